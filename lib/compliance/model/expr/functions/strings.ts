/**
 * String functions. https://developer.hashicorp.com/terraform/language/functions
 * @internal
 */
import { parseTemplate, ParseError } from '../parser';
import { EvalError, list, Mapping, Unknown, Value } from '../value';
import { regexReplace } from './regex';
import { ANY, deep, FunctionTable, graphemes, int, items, known, NUMBER, STRING, STRING_LIST, str } from './support';

const STRING_FN = (f: (s: string) => string) => ({ params: [STRING], impl: ([s]: Value[]) => f(str(s)) });

/** Go's strings.ToUpper / ToLower: one character for one (ß stays ß; JavaScript would write SS). */
function mapCase(s: string, upper: boolean): string {
  const whole = upper ? s.toUpperCase() : s.toLowerCase();
  if (whole.length === s.length) return whole;
  let out = '';
  for (const ch of s) {
    const m = upper ? ch.toUpperCase() : ch.toLowerCase();
    out += [...m].length === 1 ? m : ch;
  }
  return out;
}

/**
 * `startswith`, also on a string unknown before apply whose beginning is known (cty's
 * StartsWith: true when the known prefix begins with the tested one, false when it is at
 * least as long and does not). https://github.com/zclconf/go-cty/blob/main/cty/function/stdlib/string.go
 */
function startsWith(s: Value, prefix: string): Value {
  if (!(s instanceof Unknown)) return str(s).startsWith(prefix);
  if (prefix === '') return true;
  const known = s.prefix ?? '';
  if (known !== '' && known.startsWith(prefix)) return true;
  if (known !== '' && known.length >= prefix.length) return false;
  return new Unknown('bool');
}

/** Go's strings.Title: the first letter of every word upper-cased. */
function title(s: string): string {
  let prev = ' ';
  let out = '';
  for (const ch of s) {
    out += isSeparator(prev) ? mapCase(ch, true) : ch;
    prev = ch;
  }
  return out;
}

function isSeparator(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  if (code <= 0x7f) return !/[0-9A-Za-z_]/.test(ch);
  if (/[\p{L}\p{Nd}]/u.test(ch)) return false;
  return /\s/u.test(ch);
}

/** Go's strings.Trim family: remove leading / trailing characters of the cutset. */
function trimSet(s: string, cutset: string, left: boolean, right: boolean): string {
  const set = new Set(cutset);
  const chars = [...s];
  let start = 0;
  let end = chars.length;
  if (left) while (start < end && set.has(chars[start])) start++;
  if (right) while (end > start && set.has(chars[end - 1])) end--;
  return chars.slice(start, end).join('');
}

/** cty's substr: offsets and lengths count characters; a negative offset counts from the end. */
function substr(s: string, offset: number, length: number): string {
  const chars = graphemes(s);
  if (offset < 0) offset += chars.length;
  else if (length === 0) return '';
  const rest = offset > 0 ? chars.slice(offset) : chars;
  if (length < 0) return rest.join('');
  return rest.slice(0, length === 0 ? rest.length : length).join('');
}

/** Unicode white space as Go's unicode.IsSpace defines it. */
const SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const LEADING_SPACE = new RegExp(`^[${SPACE}]+`);
const TRAILING_SPACE = new RegExp(`[${SPACE}]+$`);

export const STRING_FUNCTIONS: FunctionTable = {
  upper: STRING_FN((s) => mapCase(s, true)),
  lower: STRING_FN((s) => mapCase(s, false)),
  title: STRING_FN(title),
  chomp: STRING_FN((s) => s.replace(/(?:\r\n?|\n)*$/, '')),
  strrev: STRING_FN((s) => graphemes(s).reverse().join('')),
  trimspace: STRING_FN((s) => s.replace(LEADING_SPACE, '').replace(TRAILING_SPACE, '')),
  trim: { params: [STRING, STRING], impl: ([s, cut]) => trimSet(str(s), str(cut), true, true) },
  trimprefix: { params: [STRING, STRING], impl: ([s, p]) => (str(s).startsWith(str(p)) ? str(s).slice(str(p).length) : str(s)) },
  trimsuffix: { params: [STRING, STRING], impl: ([s, p]) => (str(p) !== '' && str(s).endsWith(str(p)) ? str(s).slice(0, -str(p).length) : str(s)) },
  startswith: { params: [{ type: 'string', allowUnknown: true }, STRING], impl: ([s, p]) => startsWith(s, str(p)) },
  endswith: { params: [STRING, STRING], impl: ([s, p]) => str(s).endsWith(str(p)) },
  strcontains: { params: [STRING, STRING], impl: ([s, p]) => str(s).includes(str(p)) },
  indent: { params: [NUMBER, STRING], impl: ([n, s]) => str(s).replace(/\n/g, `\n${' '.repeat(Math.max(0, int(n, 'the number of spaces')))}`) },
  substr: { params: [STRING, NUMBER, NUMBER], impl: ([s, o, l]) => substr(str(s), int(o, 'the offset'), int(l, 'the length')) },
  split: {
    params: [STRING, STRING],
    impl: ([sep, s]) => {
      const text = str(s);
      const separator = str(sep);
      return list(separator === '' ? [...text] : text.split(separator), 'string');
    },
  },
  join: {
    params: [STRING],
    variadic: STRING_LIST,
    impl: ([sep, ...lists]) => {
      if (lists.length === 0) throw new EvalError('join needs at least one list');
      const parts: string[] = [];
      for (const l of lists) {
        for (const item of items(l)) {
          const k = known(item);
          if (k === null) throw new EvalError('join: an element of the list is null');
          parts.push(str(k));
        }
      }
      return parts.join(str(sep));
    },
  },
  replace: {
    params: [STRING, STRING, STRING],
    impl: ([s, find, repl]) => {
      const text = str(s);
      const pattern = str(find);
      if (pattern.length > 1 && pattern.startsWith('/') && pattern.endsWith('/')) return regexReplace(text, pattern.slice(1, -1), str(repl));
      return text.split(pattern).join(str(repl));
    },
  },
  templatestring: {
    params: [STRING, ANY],
    impl: ([template, vars], evaluateTemplate) => {
      const v = deep(known(vars));
      if (!(v instanceof Mapping)) throw new EvalError('templatestring: the variables must be an object or map');
      let node;
      try {
        node = parseTemplate(str(template));
      } catch (e) {
        if (e instanceof ParseError) throw new EvalError(`templatestring: invalid template: ${e.message}`);
        throw e;
      }
      return evaluateTemplate(node, v.entries);
    },
  },
};
