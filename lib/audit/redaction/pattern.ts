import { Token } from 'cdktf';
import { invalidInput } from '../../errors';

/** Longest user pattern accepted, in bytes (same limit in redact.lua). */
export const MAX_PATTERN_LENGTH = 256;
/** Most unbounded repetitions (`*`, `+`, `-`, `%b`) in one pattern (same limit in redact.lua). */
export const MAX_UNBOUNDED_REPETITIONS = 4;
/** Labels of the built-in matchers, which user patterns may not reuse. */
const RESERVED_LABELS = ['email', 'ipv4', 'ipv6'];
const CLASS_LETTERS = 'acdlpsuwxACDLPSUWX';

const PATTERN_ALLOWED =
  `a Lua pattern of 1-${MAX_PATTERN_LENGTH} bytes that is searched anywhere in each string: ` +
  'no ^ or $ anchors, at most one capture (only the captured text is replaced), no position captures () ' +
  `or back-references %1-%9, character classes %a %c %d %l %p %s %u %w %x (and upper-case complements), ` +
  `at most ${MAX_UNBOUNDED_REPETITIONS} unbounded repetitions (*, +, -, %b), none on the first item, no .* .+ .-, ` +
  'and it must not match the empty string';

/** Why a pattern is rejected: the fix to tell the user. Undefined when the pattern is accepted. */
function patternProblem(p: string): string | undefined {
  if (p.length === 0) return 'give a non-empty pattern.';
  if (Buffer.byteLength(p, 'utf8') > MAX_PATTERN_LENGTH) {
    return `shorten the pattern to at most ${MAX_PATTERN_LENGTH} bytes, or split it into several patterns.`;
  }
  if (p.startsWith('^')) {
    return 'drop the leading ^: patterns are searched anywhere in every string; use a frontier such as %f[%w] for a word boundary.';
  }
  const n = p.length;
  let captures = 0;
  let open = 0;
  let unbounded = 0;
  let required = 0;
  let prev: 'item' | 'dot' | undefined;
  let leading = true; // no item seen yet (only "(" so far)
  let firstItem = false; // the previous token is the pattern's first item

  const classProblem = (letter: string): string | undefined =>
    /[A-Za-z]/.test(letter) && !CLASS_LETTERS.includes(letter)
      ? `replace %${letter}: only %a %c %d %l %p %s %u %w %x (and their upper-case complements) mean the same in LuaJIT and Lua 5.4.`
      : undefined;

  // Returns the index of the "]" closing the set whose content starts at j, or a problem.
  const setEnd = (start: number): number | string => {
    let j = start;
    if (p[j] === '^') j++;
    if (p[j] === ']') j++;
    while (j < n && p[j] !== ']') {
      if (p[j] === '%') {
        j++;
        if (j >= n) break;
        const problem = classProblem(p[j]);
        if (problem) return problem;
      }
      j++;
    }
    if (j >= n) return 'close the [set] with ].';
    return j;
  };

  let i = 0;
  while (i < n) {
    const c = p[i];
    let end = i;
    let kind: 'item' | 'dot' | 'balance' | 'frontier' | 'open' | 'close' | 'quantifier';
    if (c === '%') {
      const next = p[i + 1];
      if (next === undefined) return 'escape a literal % as %%, or complete the class (e.g. %d).';
      if (/[0-9]/.test(next)) return 'remove the back-reference (%1-%9): captures are used to choose what gets replaced.';
      if (next === 'b') {
        if (i + 3 >= n) return 'give %b two characters, e.g. %b().';
        end = i + 3;
        kind = 'balance';
      } else if (next === 'f') {
        if (p[i + 2] !== '[') return 'follow %f with a [set], e.g. %f[%w].';
        const close = setEnd(i + 3);
        if (typeof close === 'string') return close;
        end = close;
        kind = 'frontier';
      } else {
        const problem = classProblem(next);
        if (problem) return problem;
        end = i + 1;
        kind = 'item';
      }
    } else if (c === '[') {
      const close = setEnd(i + 1);
      if (typeof close === 'string') return close;
      end = close;
      kind = 'item';
    } else if (c === '(') {
      if (p[i + 1] === ')') return 'remove the position capture (): it is not supported.';
      captures++;
      if (captures > 1) return 'keep at most one capture: it marks the part to replace; remove the other parentheses.';
      open++;
      kind = 'open';
    } else if (c === ')') {
      if (open === 0) return 'balance the parentheses, or escape a literal ) as %).';
      open--;
      kind = 'close';
    } else if (c === '*' || c === '+' || c === '-' || c === '?') {
      if (prev === undefined) {
        return `escape the literal ${c} as %${c}: a quantifier must follow a single character or class.`;
      }
      if (c !== '?' && prev === 'dot') {
        return `replace .${c} by a bounded set such as [^ ]${c} or [^"]${c}: runs of any character are too costly and overmatch.`;
      }
      if (c !== '?' && firstItem) {
        return (
          `start with a literal or a frontier such as %f[%w] before the leading ${c}: a leading repetition is retried ` +
          'at every position of a line, which takes quadratic time on long lines.'
        );
      }
      kind = 'quantifier';
    } else if (c === '$' && i === n - 1) {
      return 'drop the trailing $: patterns are searched anywhere in every string; use a frontier such as %f[%W] for a word boundary.';
    } else {
      kind = c === '.' ? 'dot' : 'item';
    }

    if (kind === 'item' || kind === 'dot' || kind === 'balance') required++;
    if (kind === 'balance') unbounded++;
    if (kind === 'quantifier') {
      if (c !== '?') unbounded++;
      if (c !== '+') required--;
    }
    prev = kind === 'item' || kind === 'dot' ? kind : undefined;
    firstItem = leading && prev !== undefined;
    if (kind !== 'open') leading = false;
    i = end + 1;
  }
  if (open > 0) return 'balance the parentheses, or escape a literal ( as %(.';
  if (unbounded > MAX_UNBOUNDED_REPETITIONS) {
    return `use at most ${MAX_UNBOUNDED_REPETITIONS} unbounded repetitions (*, +, -, %b): each one multiplies the backtracking cost per log line.`;
  }
  if (required <= 0) return 'make at least one character mandatory: a pattern that can match the empty string redacts nothing.';
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
      allowed: '1-16 characters of a-z, 0-9 and _, starting with a letter, other than the built-in labels email, ipv4, ipv6',
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
 * same in LuaJIT and Lua 5.4 and cannot blow up on long log lines.
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
