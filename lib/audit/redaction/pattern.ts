import { Token } from 'cdktf';
import { invalidInput } from '../../errors';
import { linearityProblem, matchesSomething, MAX_PATTERN_LENGTH, PatternSyntaxError } from './pattern-analysis';

export { MAX_PATTERN_LENGTH } from './pattern-analysis';
/** Labels of the built-in matchers, which user patterns may not reuse. */
const RESERVED_LABELS = ['email', 'ipv4', 'ipv6', 'user'];

const PATTERN_ALLOWED =
  `a Lua pattern of 1-${MAX_PATTERN_LENGTH} bytes that is searched anywhere in each string in time linear in its length: ` +
  'no ^ or $ anchors, at most one capture (only the captured text is replaced), no position captures () ' +
  'or back-references %1-%9, no %b, character classes %a %c %d %l %p %s %u %w %x (and upper-case complements), ' +
  'no .* .+ .-; a repetition (* + -) that something mandatory follows needs an earlier literal, set or frontier ' +
  'that cannot match its characters (e.g. %f[%w] before %w+), and one that another repetition follows must be ' +
  'followed by something that cannot match its characters; ' +
  'at most 3 ambiguous optional items (?), and it must not match the empty string';

/** Why a pattern is rejected: the fix to tell the user. Undefined when the pattern is accepted. */
function patternProblem(p: string): string | undefined {
  if (p.length === 0) return 'give a non-empty pattern.';
  if (Buffer.byteLength(p, 'utf8') > MAX_PATTERN_LENGTH) {
    return `shorten the pattern to at most ${MAX_PATTERN_LENGTH} bytes, or split it into several patterns.`;
  }
  try {
    const problem = linearityProblem(p);
    if (problem !== undefined) {
      const rewrite = problem.rewrite !== undefined
        ? ` A safe rewrite: ${JSON.stringify(problem.rewrite)} (check that it still matches what you need).`
        : ' Rewrite it so that every repetition is bounded by characters it cannot match.';
      return `the worst case is not linear in the line length: ${problem.reason}, and one log line could hold up the pipeline.${rewrite}`;
    }
    if (!matchesSomething(p)) {
      return 'make at least one character mandatory: a pattern that can match the empty string redacts nothing.';
    }
  } catch (e) {
    if (e instanceof PatternSyntaxError) return e.message;
    throw e;
  }
  return undefined;
}

/** Throw when `pattern` is not a Lua pattern redact.lua accepts (the Lua side repeats these checks at load). */
export function validateLuaPattern(pattern: string): void {
  if (typeof pattern !== 'string' || Token.isUnresolved(pattern)) {
    throw invalidInput({
      code: 'INVALID_REDACTION_PATTERN',
      what: 'PII redaction pattern',
      given: pattern,
      allowed: 'a literal string known at synth time (it is written into the Lua script)',
      fix: 'pass the pattern as a plain string, not a token or Terraform reference.',
    });
  }
  const fix = patternProblem(pattern);
  if (fix !== undefined) {
    throw invalidInput({ code: 'INVALID_REDACTION_PATTERN', what: 'PII redaction pattern', given: pattern, allowed: PATTERN_ALLOWED, fix });
  }
}

/** Throw when `label` is not usable as the type in `<label:…>` pseudonyms. */
export function validateLabel(label: string): void {
  const ok = typeof label === 'string' && /^[a-z][a-z0-9_]{0,15}$/.test(label) && !RESERVED_LABELS.includes(label);
  if (!ok) {
    throw invalidInput({
      code: 'INVALID_REDACTION_LABEL',
      what: 'PII redaction pattern label',
      given: label,
      allowed: '1-16 characters of a-z, 0-9 and _, starting with a letter, other than the built-in labels email, ipv4, ipv6, user',
      fix: 'choose a short lower-case name for what the pattern finds, e.g. "iban" or "customer_id"; the default is "pii".',
    });
  }
}

/**
 * A user-supplied pattern whose matches the redaction filter replaces by a keyed
 * pseudonym `<label:hhhhhhhhhhhhhhhh>`.
 *
 * Patterns are Lua patterns (https://www.lua.org/manual/5.1/manual.html#5.4.1), the
 * matching language Fluent Bit's LuaJIT offers, restricted so that they behave the
 * same in LuaJIT and Lua 5.4 and run in time linear in the line length: a pattern
 * whose worst case is super-linear is rejected with the reason and a safe rewrite.
 * They see the original text of every string, before any pseudonym is inserted.
 */
export class RedactionPattern {
  /**
   * A Lua pattern, searched anywhere in every string of every record.
   *
   * With one capture, only the captured text is replaced: `customer=(%d+)` turns
   * `customer=4711` into `customer=<pii:…>`. Without a capture the whole match is
   * replaced. A literal `-` must be escaped as `%-` (a bare `-` is a lazy repetition).
   *
   * @param pattern the Lua pattern
   * @param label the type shown in the pseudonym, 1-16 of a-z, 0-9, _ (default "pii")
   */
  public static luaPattern(pattern: string, label?: string): RedactionPattern {
    return new RedactionPattern(pattern, label ?? 'pii');
  }

  /** The Lua pattern. */
  public readonly pattern: string;
  /** The type shown in the pseudonym (`<label:…>`). */
  public readonly label: string;

  private constructor(pattern: string, label: string) {
    validateLuaPattern(pattern);
    validateLabel(label);
    this.pattern = pattern;
    this.label = label;
  }
}
