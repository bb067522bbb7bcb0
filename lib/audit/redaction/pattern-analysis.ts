/*
 * Static analysis of user redaction patterns (internal: not part of the jsii API).
 *
 * Lua's pattern matcher backtracks. A pattern is accepted only if its worst case is
 * linear in the line length; the rules (mirrored by check_linear in redact.lua):
 *
 *  - every unbounded repetition (`*`, `+`, `-`) over a class C that another
 *    repetition follows is terminated on the right by a mandatory item disjoint from
 *    C, so a failed match backs out of the run one character at a time instead of
 *    re-splitting it (`%w+%w+` and `[^"]+ [^"]+"` re-split: quadratic or worse);
 *  - and, when something mandatory follows it, is fenced on the left by a mandatory
 *    item disjoint from C somewhere before it (or a frontier `%f[S]` with C inside S),
 *    so that no other start position can enter the same run (`a[^b]*b` on `aaaa…`:
 *    every `a` starts a match that rescans the rest of the line);
 *  - at most 3 optional items (`?`) that can match what follows them (2^3 tries);
 *  - no `%b` (it rescans the rest of the line for every unmatched opener).
 *
 * Under these rules each run of text is scanned by a bounded number of match
 * attempts. Items are bytes, sets are computed as Lua does in the C locale.
 */

/** Longest user pattern accepted, in bytes (same limit in redact.lua). */
export const MAX_PATTERN_LENGTH = 256;
/** Most optional items that can match what follows them (same limit in redact.lua). */
export const MAX_AMBIGUOUS_OPTIONALS = 3;

type ByteSet = boolean[];

interface Item {
  kind: 'char' | 'frontier' | 'open' | 'close';
  /** Source bytes of the single-character class (for a frontier: its [set]). */
  src?: number[];
  set?: ByteSet;
  q?: '*' | '+' | '-' | '?';
  any?: boolean;
  /** Set changed by a rewrite: rendered from `set` instead of `src`. */
  changed?: boolean;
}

/** A syntax problem: the fix to tell the user. */
export class PatternSyntaxError extends Error {}

/** A worst case that is not linear: why, and a rewrite that is safe (undefined if none found). */
export interface LinearityProblem {
  readonly reason: string;
  readonly rewrite?: string;
}

const P = (c: string) => c.charCodeAt(0);
const isDigit = (b: number) => b >= 48 && b <= 57;
const isUpper = (b: number) => b >= 65 && b <= 90;
const isLower = (b: number) => b >= 97 && b <= 122;
const isAlpha = (b: number) => isUpper(b) || isLower(b);
const isAlnum = (b: number) => isAlpha(b) || isDigit(b);
const isSpace = (b: number) => b === 32 || (b >= 9 && b <= 13);
const isCntrl = (b: number) => b < 32 || b === 127;
const isPunct = (b: number) => b > 32 && b < 127 && !isAlnum(b);
const isXdigit = (b: number) => isDigit(b) || (b >= 65 && b <= 70) || (b >= 97 && b <= 102);

const CLASSES: Record<string, (b: number) => boolean> = {
  a: isAlpha, c: isCntrl, d: isDigit, l: isLower, p: isPunct, s: isSpace, u: isUpper, w: isAlnum, x: isXdigit,
};
/** Class letters that mean the same in Lua 5.1 (LuaJIT) and 5.4. */
export const CLASS_LETTERS = 'acdlpsuwxACDLPSUWX';

/** Does byte `b` match class `%<letter>` (Lua's match_class, C locale)? Non-letters match themselves. */
function matchClass(b: number, letter: number): boolean {
  const lower = String.fromCharCode(letter).toLowerCase();
  const f = CLASSES[lower];
  if (f === undefined) return b === letter;
  const r = f(b);
  return isUpper(letter) ? !r : r;
}

function setOf(pred: (b: number) => boolean): ByteSet {
  return Array.from({ length: 256 }, (_, b) => pred(b));
}

/** The set of a single-character item given by its source bytes (Lua's singlematch). */
function itemSet(src: number[]): ByteSet {
  if (src.length === 1) return src[0] === P('.') ? setOf(() => true) : setOf((b) => b === src[0]);
  if (src[0] === P('%')) return setOf((b) => matchClass(b, src[1]));
  // [set]: Lua's matchbracketclass over the bytes between [ and the closing ]
  let i = 1;
  const negate = src[i] === P('^');
  if (negate) i++;
  const end = src.length - 1;
  const members: Array<(b: number) => boolean> = [];
  while (i < end) {
    if (src[i] === P('%') && i + 1 < end) {
      const letter = src[i + 1];
      members.push((b) => matchClass(b, letter));
      i += 2;
    } else if (src[i + 1] === P('-') && i + 2 < end) {
      const lo = src[i];
      const hi = src[i + 2];
      members.push((b) => b >= lo && b <= hi);
      i += 3;
    } else {
      const c = src[i];
      members.push((b) => b === c);
      i++;
    }
  }
  return setOf((b) => members.some((m) => m(b)) !== negate);
}

const disjoint = (a: ByteSet, b: ByteSet) => a.every((x, i) => !(x && b[i]));
const subset = (a: ByteSet, b: ByteSet) => a.every((x, i) => !x || b[i]);
const minus = (a: ByteSet, b: ByteSet): ByteSet => a.map((x, i) => x && !b[i]);
const isEmpty = (a: ByteSet) => a.every((x) => !x);
const equal = (a: ByteSet, b: ByteSet) => a.every((x, i) => x === b[i]);

function classError(letter: number): string | undefined {
  return isAlpha(letter) && !CLASS_LETTERS.includes(String.fromCharCode(letter))
    ? `replace %${String.fromCharCode(letter)}: only %a %c %d %l %p %s %u %w %x (and their upper-case complements) mean the same in LuaJIT and Lua 5.4.`
    : undefined;
}

/** Index of the "]" closing the set whose content starts at j, or throws. */
function setEnd(p: number[], start: number): number {
  let j = start;
  if (p[j] === P('^')) j++;
  if (p[j] === P(']')) j++;
  while (j < p.length && p[j] !== P(']')) {
    if (p[j] === P('%')) {
      j++;
      if (j >= p.length) break;
      const problem = classError(p[j]);
      if (problem) throw new PatternSyntaxError(problem);
    }
    j++;
  }
  if (j >= p.length) throw new PatternSyntaxError('close the [set] with ].');
  return j;
}

/** Split a pattern (bytes) into items; `%bxy` becomes `x[^xy]*y` with `balanced` set. */
function parse(p: number[]): { items: Item[]; balanced: boolean } {
  const items: Item[] = [];
  let captures = 0;
  let open = 0;
  let balanced = false;
  const n = p.length;
  let i = 0;
  while (i < n) {
    const c = p[i];
    if (c === P('%')) {
      const next = p[i + 1];
      if (next === undefined) throw new PatternSyntaxError('escape a literal % as %%, or complete the class (e.g. %d).');
      if (isDigit(next)) throw new PatternSyntaxError('remove the back-reference (%1-%9): captures are used to choose what gets replaced.');
      if (next === P('b')) {
        if (i + 3 >= n) throw new PatternSyntaxError('give %b two characters, e.g. %b().');
        const x = p[i + 2];
        const y = p[i + 3];
        const lit = (b: number) => (isAlnum(b) ? [b] : [P('%'), b]);
        items.push({ kind: 'char', src: lit(x) });
        items.push({ kind: 'char', src: [P('['), P('^'), ...lit(x), ...lit(y), P(']')], q: '*' });
        items.push({ kind: 'char', src: lit(y) });
        balanced = true;
        i += 4;
        continue;
      }
      if (next === P('f')) {
        if (p[i + 2] !== P('[')) throw new PatternSyntaxError('follow %f with a [set], e.g. %f[%w].');
        const e = setEnd(p, i + 3);
        items.push({ kind: 'frontier', src: p.slice(i + 2, e + 1) });
        i = e + 1;
        continue;
      }
      const problem = classError(next);
      if (problem) throw new PatternSyntaxError(problem);
      items.push({ kind: 'char', src: [c, next] });
      i += 2;
    } else if (c === P('[')) {
      const e = setEnd(p, i + 1);
      items.push({ kind: 'char', src: p.slice(i, e + 1) });
      i = e + 1;
    } else if (c === P('(')) {
      if (p[i + 1] === P(')')) throw new PatternSyntaxError('remove the position capture (): it is not supported.');
      captures++;
      if (captures > 1) throw new PatternSyntaxError('keep at most one capture: it marks the part to replace; remove the other parentheses.');
      open++;
      items.push({ kind: 'open' });
      i++;
    } else if (c === P(')')) {
      if (open === 0) throw new PatternSyntaxError('balance the parentheses, or escape a literal ) as %).');
      open--;
      items.push({ kind: 'close' });
      i++;
    } else if (c === P('*') || c === P('+') || c === P('-') || c === P('?')) {
      const prev = items[items.length - 1];
      const q = String.fromCharCode(c) as Item['q'];
      if (prev === undefined || prev.kind !== 'char' || prev.q !== undefined) {
        throw new PatternSyntaxError(`escape the literal ${q} as %${q}: a quantifier must follow a single character or class.`);
      }
      prev.q = q;
      i++;
    } else if (c === P('^') && i === 0) {
      throw new PatternSyntaxError('drop the leading ^: patterns are searched anywhere in every string; use a frontier such as %f[%w] for a word boundary.');
    } else if (c === P('$') && i === n - 1) {
      throw new PatternSyntaxError('drop the trailing $: patterns are searched anywhere in every string; use a frontier such as %f[%W] for a word boundary.');
    } else {
      items.push({ kind: 'char', src: [c], any: c === P('.') });
      i++;
    }
  }
  if (open > 0) throw new PatternSyntaxError('balance the parentheses, or escape a literal ( as %(.');
  for (const it of items) if (it.src) it.set = itemSet(it.src);
  return { items, balanced };
}

const KNOWN: Array<[string, ByteSet]> = [
  ...'dalusxwpc'.split('').flatMap((l): Array<[string, ByteSet]> => [
    [`%${l}`, setOf((b) => matchClass(b, P(l)))],
    [`%${l.toUpperCase()}`, setOf((b) => matchClass(b, P(l.toUpperCase())))],
  ]),
];

/** A byte as a literal: alphanumerics as they are; outside a set every other byte escaped, inside only % ] ^ - [. */
function escapeByte(b: number, inSet = false): number[] {
  if (isAlnum(b)) return [b];
  if (inSet && b > 32 && b < 127 && !'%]^-['.includes(String.fromCharCode(b))) return [b];
  if (inSet && b === 32) return [b];
  return [P('%'), b];
}

/** Lua source for a set of bytes: a known class, one byte, or a [set]. */
function renderSet(set: ByteSet): number[] {
  const count = set.filter(Boolean).length;
  if (count === 256) return [P('.')];
  for (const [src, known] of KNOWN) if (equal(set, known)) return [...Buffer.from(src)];
  if (count === 1) return escapeByte(set.indexOf(true));
  const negate = count > 128;
  let rest = negate ? set.map((x) => !x) : [...set];
  const out: number[] = [P('[')];
  if (negate) out.push(P('^'));
  for (const l of ['w', 'a', 'd', 'l', 'u', 's']) {
    const cls = setOf((b) => matchClass(b, P(l)));
    if (subset(cls, rest)) {
      out.push(P('%'), P(l));
      rest = minus(rest, cls);
    }
  }
  for (let b = 0; b < 256; b++) {
    if (!rest[b]) continue;
    let e = b;
    while (e + 1 < 256 && rest[e + 1] && isAlnum(e + 1) === isAlnum(b)) e++;
    if (e - b >= 2 && isAlnum(b) && isAlnum(e)) {
      out.push(b, P('-'), e);
    } else {
      for (let x = b; x <= e; x++) out.push(...escapeByte(x, true));
    }
    b = e;
  }
  out.push(P(']'));
  return out;
}

/** A frontier needs a [set]. */
function renderFrontierSet(set: ByteSet): number[] {
  const r = renderSet(set);
  if (r[0] === P('[')) return r;
  if (r.length === 1 && r[0] === P('.')) return [...Buffer.from('[%w%W]')];
  return [P('['), ...r, P(']')];
}

function render(items: Item[]): string {
  const out: number[] = [];
  for (const it of items) {
    if (it.kind === 'open') out.push(P('('));
    else if (it.kind === 'close') out.push(P(')'));
    else if (it.kind === 'frontier') out.push(P('%'), P('f'), ...(it.changed ? renderFrontierSet(it.set!) : it.src!));
    else {
      const body = it.changed ? renderSet(it.set!) : it.src!;
      out.push(...body);
      if (it.q) out.push(P(it.q));
    }
  }
  return Buffer.from(out).toString('utf8');
}

const quoted = (it: Item) => `\`${Buffer.from(it.src ?? []).toString('utf8')}${it.q ?? ''}\``;
const mandatory = (it: Item) => it.kind === 'frontier' || it.q === undefined || it.q === '+';

interface Violation {
  readonly reason: string;
  /** Changes `items` towards a linear pattern; false if it cannot. */
  readonly fix: (items: Item[]) => boolean;
}

function setItem(it: Item, set: ByteSet): void {
  it.set = set;
  it.changed = true;
}

/** The first violation of the linearity rules in `items`, or undefined. */
function firstViolation(items: Item[]): Violation | undefined {
  const chars = items.filter((it) => it.kind === 'char' || it.kind === 'frontier');
  let ambiguous = 0;
  let firstAmbiguous: Violation | undefined;
  for (let k = 0; k < chars.length; k++) {
    const it = chars[k];
    const C = it.set!;
    if (it.q !== undefined && it.q !== '?') {
      const following = chars.slice(k + 1);
      if (it.any) {
        const next = following.find(mandatory);
        return {
          reason: `.${it.q} (any run of characters) is too costly and overmatches`,
          fix: () => {
            setItem(it, next ? next.set!.map((x) => !x) : setOf((b) => !isSpace(b)));
            it.any = false;
            return true;
          },
        };
      }
      // Without a later repetition a failed match backs out of the run at the cost of the fixed rest per character.
      const laterRun = following.some((f) => f.q !== undefined && f.q !== '?');
      for (const nx of laterRun ? following : []) {
        if (!disjoint(nx.set!, C)) {
          return {
            reason: `${quoted(it)} is followed by ${quoted(nx)}, which matches some of the same characters, so a failed match retries every split of the run (quadratic time or worse)`,
            fix: (all) => {
              const rest = minus(C, nx.set!);
              if (!isEmpty(rest)) setItem(it, rest);
              else if (it.q === '+') it.q = undefined;
              else all.splice(all.indexOf(it), 1);
              return true;
            },
          };
        }
        if (mandatory(nx)) break;
      }
      const canFail = following.some(mandatory);
      let fenced = !canFail;
      for (let j = k - 1; j >= 0 && !fenced; j--) {
        const pv = chars[j];
        if (pv.kind === 'frontier') fenced = subset(C, pv.set!);
        else if (mandatory(pv)) fenced = disjoint(pv.set!, C);
      }
      if (!fenced) {
        const before = chars.slice(0, k).filter((pv) => pv.kind === 'char' && mandatory(pv));
        if (before.length === 0) {
          return {
            reason: `the leading repetition ${quoted(it)} is retried at every position of a line (quadratic time)`,
            fix: (all) => {
              if (chars[k - 1]?.kind === 'frontier') setItem(chars[k - 1], C);
              else all.splice(all.indexOf(it), 0, { kind: 'frontier', set: C, changed: true });
              return true;
            },
          };
        }
        return {
          reason: `no item before ${quoted(it)} excludes its characters, so every position inside a run of them starts a match that rescans the run (quadratic time)`,
          fix: () => {
            // Take out of the run the characters of the pattern's first mandatory item (usually its literal start).
            const rest = minus(C, before[0].set!);
            if (isEmpty(rest)) return false;
            setItem(it, rest);
            return true;
          },
        };
      }
    } else if (it.q === '?') {
      const nx = chars.slice(k + 1).find((f, j, arr) => !disjoint(f.set!, C) && !arr.slice(0, j).some(mandatory));
      if (nx) {
        ambiguous++;
        firstAmbiguous ??= {
          reason: `more than ${MAX_AMBIGUOUS_OPTIONALS} optional items (?) that can match what follows them (each one doubles the tries)`,
          fix: (all) => {
            const rest = minus(C, nx.set!);
            if (!isEmpty(rest)) setItem(it, rest);
            else all.splice(all.indexOf(it), 1);
            return true;
          },
        };
      }
    }
  }
  if (ambiguous > MAX_AMBIGUOUS_OPTIONALS) return firstAmbiguous;
  return undefined;
}

function clone(items: Item[]): Item[] {
  return items.map((it) => ({ ...it, src: it.src && [...it.src], set: it.set && [...it.set] }));
}

/** True when the pattern cannot match the empty string (it has a mandatory character). */
function hasRequired(items: Item[]): boolean {
  return items.some((it) => it.kind === 'char' && (it.q === undefined || it.q === '+'));
}

/**
 * Check `pattern` for super-linear worst cases. Throws PatternSyntaxError (with the
 * fix) on syntax problems; returns the problem, with a safe rewrite when one is found.
 */
export function linearityProblem(pattern: string): LinearityProblem | undefined {
  const bytes = [...Buffer.from(pattern, 'utf8')];
  const { items, balanced } = parse(bytes);
  let violation = firstViolation(items);
  if (!balanced && violation === undefined) return undefined;
  const reason = balanced
    ? '%b (balanced match) rescans the rest of the line for every unmatched opener (quadratic time); the innermost pair is matched by a set'
    : violation!.reason;
  const work = clone(items);
  for (let round = 0; round < 64; round++) {
    violation = firstViolation(work);
    if (violation === undefined) {
      const rewrite = render(work);
      return hasRequired(work) && Buffer.byteLength(rewrite) <= MAX_PATTERN_LENGTH ? { reason, rewrite } : { reason };
    }
    if (!violation.fix(work)) break;
  }
  return { reason };
}

/** True when the pattern cannot match the empty string. Throws PatternSyntaxError like linearityProblem. */
export function matchesSomething(pattern: string): boolean {
  return hasRequired(parse([...Buffer.from(pattern, 'utf8')]).items);
}
