/**
 * Every error this library throws for misuse is built here, so that messages
 * share one shape: what went wrong, the value received, what is allowed, and
 * how to fix it. (Internal module: not part of the jsii API.)
 */
import { closestMatches } from './util/suggest';

/** An error caused by invalid input to cdktf-sovereign. */
export class SovereignError extends Error {
  public readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'SovereignError';
    this.code = code;
  }
}

/** Quote a received value for an error message without dumping huge objects. */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

export interface InvalidInput {
  /** Stable machine-readable code, e.g. UNKNOWN_REGION. */
  readonly code: string;
  /** What was being validated, e.g. "Region of Scaleway". */
  readonly what: string;
  /** The value received. */
  readonly given: unknown;
  /** What is allowed, in words or as a list. */
  readonly allowed: string;
  /** How to fix it. */
  readonly fix: string;
  /** Candidates for a "did you mean" hint. */
  readonly candidates?: readonly string[];
}

/** Build an error for invalid input: `<what>: got <value>. Allowed: <...>. Did you mean ...? Fix: <...>` */
export function invalidInput(input: InvalidInput): SovereignError {
  const parts = [`${input.what}: got ${show(input.given)}.`, `Allowed: ${sentence(input.allowed)}`];
  if (input.candidates && typeof input.given === 'string') {
    const close = closestMatches(input.given, input.candidates);
    if (close.length > 0) parts.push(`Did you mean ${close.map((c) => `"${c}"`).join(' or ')}?`);
  }
  parts.push(`Fix: ${input.fix}`);
  return new SovereignError(input.code, parts.join(' '));
}

/** End a clause with exactly one full stop (clauses may already end with one). */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** List values for an "Allowed:" clause, truncating long lists. */
export function listAllowed(values: readonly string[], max = 40): string {
  if (values.length <= max) return values.join(', ');
  return `${values.slice(0, max).join(', ')}, … (${values.length - max} more)`;
}
