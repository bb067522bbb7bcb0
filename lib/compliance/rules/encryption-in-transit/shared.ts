import { ResourceView, RuleContext } from '../../model/view';
import { RuleViolation } from '../../types';

export type Check = (resource: ResourceView, context: RuleContext) => RuleViolation[];

// ---------------------------------------------------------------------------------------------
// Value helpers
// ---------------------------------------------------------------------------------------------

export function literalOf(context: RuleContext, value: unknown): unknown {
  return context.literal(value);
}

export function lower(context: RuleContext, value: unknown): string | undefined {
  const v = literalOf(context, value);
  return v === undefined ? undefined : String(v).toLowerCase();
}

export function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

export function isSet(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.some(isSet);
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).some(isSet);
  return true;
}

type FlagState = 'true' | 'false' | 'absent' | 'unknown';

export function flagOf(raw: unknown, literal: unknown): FlagState {
  if (raw === undefined || raw === null) return 'absent';
  if (literal === true || literal === 'true' || literal === 1 || literal === '1') return 'true';
  if (literal === false || literal === 'false' || literal === 0 || literal === '0') return 'false';
  return 'unknown';
}

export function flag(r: ResourceView, path: string): FlagState {
  return flagOf(r.attribute(path), r.literal(path));
}

/** Whether a port specification (80, "80", "80,443", "79-81") includes port 80. */
export function includesPort80(context: RuleContext, raw: unknown): boolean {
  const v = literalOf(context, raw);
  if (typeof v === 'number') return v === 80;
  if (typeof v !== 'string') return false;
  return v.split(',').some((part) => {
    const [a, b] = part.trim().split('-').map((x) => Number(x));
    return b === undefined || Number.isNaN(b) ? a === 80 : a <= 80 && 80 <= b;
  });
}

export function unknownValue(path: string, raw: unknown): RuleViolation {
  return {
    message: `\`${path}\` is ${show(raw)}, whose value is not known before apply: whether traffic is encrypted cannot be verified.`,
    attribute: path,
    fix: `Set \`${path}\` to a literal.`,
  };
}

const HTTPS_URL = /^https:\/\//i;

/** Whether a redirect target is an https:// URL (interpolations after the scheme do not matter). */
export function isHttpsUrl(context: RuleContext, value: unknown): boolean {
  const v = typeof value === 'string' ? value : literalOf(context, value);
  return typeof v === 'string' && (HTTPS_URL.test(v.trim()) || HTTPS_URL.test(String(literalOf(context, v) ?? '')));
}
