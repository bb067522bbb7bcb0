/**
 * `regex`, `regexall` and the regular-expression form of `replace`. Terraform uses Go's RE2
 * syntax; patterns are translated to JavaScript (Unicode mode) where the meaning is the
 * same, and anything without a faithful translation (inline flag groups, `\C`, ungreedy
 * mode) makes the call unknown rather than risk a different match.
 * https://developer.hashicorp.com/terraform/language/functions/regex
 * @internal
 */
import { EvalError, list, object, tuple, Value } from '../value';
import { FunctionSpec, pending, STRING, str } from './support';

interface Compiled {
  readonly re: RegExp;
  /** Names of the capture groups in order (undefined for unnamed ones). */
  readonly groups: ReadonlyArray<string | undefined>;
}

const CACHE = new Map<string, Compiled | null>();

/** Compile an RE2 pattern; throws `EvalError` for an invalid one, pends for an untranslatable one. */
export function compile(pattern: string): Compiled {
  const cached = CACHE.get(pattern);
  if (cached === null) pending();
  if (cached) return cached;
  let compiled: Compiled | null;
  try {
    compiled = translate(pattern);
  } catch (e) {
    if (e instanceof Untranslatable) {
      CACHE.set(pattern, null);
      pending();
    }
    throw e;
  }
  CACHE.set(pattern, compiled);
  return compiled;
}

class Untranslatable extends Error {}

const POSIX: { readonly [name: string]: string } = {
  alnum: '0-9A-Za-z', alpha: 'A-Za-z', ascii: '\\x00-\\x7F', blank: '\\t ', cntrl: '\\x00-\\x1F\\x7F', digit: '0-9',
  graph: '!-~', lower: 'a-z', print: ' -~', punct: '!-\\/:-@\\[-`{-~', space: '\\t\\n\\v\\f\\r ', upper: 'A-Z', word: '0-9A-Za-z_', xdigit: '0-9A-Fa-f',
};
const SYNTAX = new Set(['^', '$', '\\', '.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '/']);
const GENERAL_CATEGORIES = /^(C|Cc|Cf|Co|Cs|L|Ll|Lm|Lo|Lt|Lu|M|Mc|Me|Mn|N|Nd|Nl|No|P|Pc|Pd|Pe|Pf|Pi|Po|Ps|S|Sc|Sk|Sm|So|Z|Zl|Zp|Zs)$/;

function translate(pattern: string): Compiled {
  let flags = 'u';
  let i = 0;
  // Leading flag group: (?i) (?s) (?m) (?is) …
  const lead = /^\(\?([imsU]+)\)/.exec(pattern);
  if (lead) {
    if (lead[1].includes('U')) throw new Untranslatable();
    for (const f of new Set(lead[1])) flags += f;
    i = lead[0].length;
  }
  const groups: Array<string | undefined> = [];
  let out = '';
  let inClass = false;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === '\\') {
      const [text, length] = escape(pattern, i, inClass);
      out += text;
      i += length;
      continue;
    }
    if (inClass) {
      if (c === '[' && pattern[i + 1] === ':') {
        const m = /^\[:(\^?)([a-z]+):\]/.exec(pattern.slice(i));
        if (!m || POSIX[m[2]] === undefined) throw new EvalError(`invalid character class in regular expression ${JSON.stringify(pattern)}`);
        if (m[1]) throw new Untranslatable();
        out += POSIX[m[2]];
        i += m[0].length;
        continue;
      }
      if (c === ']') inClass = false;
      out += c === '[' ? '\\[' : c === '/' ? '\\/' : c;
      i++;
      continue;
    }
    switch (c) {
      case '[': {
        inClass = true;
        out += '[';
        i++;
        if (pattern[i] === '^') {
          out += '^';
          i++;
        }
        // A `]` right after `[` or `[^` is a literal.
        if (pattern[i] === ']') {
          out += '\\]';
          i++;
        }
        continue;
      }
      case '(': {
        if (pattern[i + 1] === '?') {
          const named = /^\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(pattern.slice(i));
          if (named) {
            groups.push(named[1]);
            out += `(?<${named[1]}>`;
            i += named[0].length;
            continue;
          }
          if (pattern[i + 2] === ':') {
            out += '(?:';
            i += 3;
            continue;
          }
          if (/^\(\?[=!<]/.test(pattern.slice(i))) throw new EvalError(`invalid regular expression ${JSON.stringify(pattern)}: RE2 has no lookaround`);
          throw new Untranslatable();
        }
        groups.push(undefined);
        out += '(';
        i++;
        continue;
      }
      case '{': {
        const q = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
        if (q) {
          out += q[0];
          i += q[0].length;
        } else {
          out += '\\{';
          i++;
        }
        continue;
      }
      case '}': out += '\\}'; i++; continue;
      case ']': out += '\\]'; i++; continue;
      case '/': out += '\\/'; i++; continue;
      // RE2's `.` excludes only \n; JavaScript's also excludes \r, U+2028 and U+2029.
      case '.': out += flags.includes('s') ? '.' : '[^\\n]'; i++; continue;
      default:
        out += c;
        i++;
    }
  }
  if (inClass) throw new EvalError(`invalid regular expression ${JSON.stringify(pattern)}: missing closing ]`);
  try {
    return { re: new RegExp(out, flags), groups };
  } catch (e) {
    throw new EvalError(`invalid regular expression ${JSON.stringify(pattern)}: ${(e as Error).message}`);
  }
}

/** One RE2 escape at `i` (a backslash) as JavaScript text, and its length in the pattern. */
function escape(pattern: string, i: number, inClass: boolean): [string, number] {
  const c = pattern[i + 1];
  if (c === undefined) throw new EvalError(`invalid regular expression ${JSON.stringify(pattern)}: trailing backslash`);
  switch (c) {
    case 'A': if (inClass) break; return ['(?<![\\s\\S])', 2];
    case 'z': if (inClass) break; return ['(?![\\s\\S])', 2];
    case 's': return [inClass ? '\\t\\n\\f\\r ' : '[\\t\\n\\f\\r ]', 2];
    case 'S': if (inClass) throw new Untranslatable(); return ['[^\\t\\n\\f\\r ]', 2];
    case 'd': case 'D': case 'w': case 'W': case 'n': case 't': case 'r': case 'f': case 'v':
      return [`\\${c}`, 2];
    case 'b': case 'B': if (inClass) break; return [`\\${c}`, 2];
    case 'a': return ['\\x07', 2];
    case 'x': {
      const braced = /^\\x\{([0-9A-Fa-f]{1,6})\}/.exec(pattern.slice(i));
      if (braced) return [`\\u{${braced[1]}}`, braced[0].length];
      const two = /^\\x([0-9A-Fa-f]{2})/.exec(pattern.slice(i));
      if (two) return [`\\x${two[1]}`, 4];
      break;
    }
    case 'p': case 'P': {
      const m = /^\\[pP](?:\{(\^?)([A-Za-z_]+)\}|([A-Za-z]))/.exec(pattern.slice(i));
      if (!m) break;
      const negate = (c === 'P') !== (m[1] === '^');
      const name = m[2] ?? m[3];
      const prop = GENERAL_CATEGORIES.test(name) ? name : name === 'Any' ? undefined : `Script=${name}`;
      if (prop === undefined) return [negate ? '[^\\s\\S]' : '[\\s\\S]', m[0].length];
      return [`\\${negate ? 'P' : 'p'}{${prop}}`, m[0].length];
    }
    case 'Q': {
      const end = pattern.indexOf('\\E', i + 2);
      const literal = pattern.slice(i + 2, end === -1 ? undefined : end);
      return [[...literal].map((ch) => (SYNTAX.has(ch) || ch === '-' ? `\\${ch}` : ch)).join(''), end === -1 ? pattern.length - i : end + 2 - i];
    }
    case 'C': throw new Untranslatable();
  }
  if (/[0-9]/.test(c)) {
    const octal = /^\\([0-7]{1,3})/.exec(pattern.slice(i));
    if (octal && (octal[1].length > 1 || octal[1] === '0') && c !== '8' && c !== '9') return [`\\u{${parseInt(octal[1], 8).toString(16)}}`, octal[0].length];
    throw new EvalError(`invalid regular expression ${JSON.stringify(pattern)}: backreferences are not supported`);
  }
  if (/[A-Za-z]/.test(c)) throw new EvalError(`invalid regular expression ${JSON.stringify(pattern)}: invalid escape \\${c}`);
  // Any other punctuation escapes itself.
  if (SYNTAX.has(c) || (inClass && c === '-')) return [`\\${c}`, 2];
  return [c, 2];
}

function matchValue(m: RegExpExecArray, c: Compiled): Value {
  if (c.groups.length === 0) return m[0];
  if (c.groups.some((g) => g !== undefined)) {
    if (c.groups.some((g) => g === undefined)) throw new EvalError('a regular expression with named capture groups cannot also have unnamed ones');
    return object(c.groups.map((g) => [g!, m.groups?.[g!] ?? '']));
  }
  return tuple(c.groups.map((_, k) => m[k + 1] ?? ''));
}

function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = global.exec(text)) !== null) {
    out.push(m);
    if (m[0] === '') global.lastIndex += text.codePointAt(m.index)! > 0xffff ? 2 : 1;
  }
  return out;
}

/** `replace(str, "/re/", repl)`: Go's ReplaceAllString with `$1`, `${1}`, `$name`, `$$` expansion. */
export function regexReplace(text: string, pattern: string, replacement: string): string {
  const c = compile(pattern);
  let out = '';
  let last = 0;
  for (const m of allMatches(c.re, text)) {
    out += text.slice(last, m.index) + expand(replacement, m, c);
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}

function expand(template: string, m: RegExpExecArray, c: Compiled): string {
  return template.replace(/\$(\$|\{([A-Za-z0-9_]*)\}|([A-Za-z0-9_]+))/g, (whole, _x: string, braced?: string, bare?: string) => {
    if (whole === '$$') return '$';
    const name = braced ?? bare ?? '';
    if (/^\d+$/.test(name)) return m[Number(name)] ?? '';
    const k = c.groups.indexOf(name);
    return k === -1 ? '' : m[k + 1] ?? '';
  });
}

export const REGEX_FUNCTIONS: { readonly [name: string]: FunctionSpec } = {
  regex: {
    params: [STRING, STRING],
    impl: ([pattern, text]) => {
      const c = compile(str(pattern));
      const m = c.re.exec(str(text));
      if (!m) throw new EvalError(`the regular expression ${JSON.stringify(str(pattern))} does not match ${JSON.stringify(str(text))}`);
      return matchValue(m, c);
    },
  },
  regexall: {
    params: [STRING, STRING],
    impl: ([pattern, text]) => {
      const c = compile(str(pattern));
      const matches = allMatches(c.re, str(text)).map((m) => matchValue(m, c));
      return list(matches);
    },
  },
};
