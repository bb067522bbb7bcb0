/**
 * `format` and `formatlist`: printf-style verbs as Terraform implements them (cty's
 * `format`, on Go's fmt): %v %#v %t %s %q %d %b %o %x %X %e %E %f %g %G, flags `-+ #0`,
 * width, precision and explicit argument indexes (`%[2]s`).
 * https://developer.hashicorp.com/terraform/language/functions/format
 * @internal
 */
import { convert } from '../convert';
import { jsonEncode } from './json';
import { ANY_UNKNOWN, deep, FunctionTable, graphemes, items, known, pending, STRING, str } from './support';
import { EvalError, list, Sequence, Unknown, Value, whollyKnown } from '../value';

interface Verb {
  readonly raw: string;
  readonly minus: boolean;
  readonly plus: boolean;
  readonly space: boolean;
  readonly sharp: boolean;
  readonly zero: boolean;
  readonly width?: number;
  readonly precision?: number;
  readonly mode: string;
  readonly arg: number;
}

const VERB = /%([-+# 0]*)(?:\[(\d+)\])?(\d+)?(?:\.(\d*))?(?:\[(\d+)\])?([a-zA-Z%])?/y;

/** Format `args` with the `spec`; throws `EvalError` for bad verbs or arguments. */
export function format(spec: string, args: readonly Value[]): string {
  let out = '';
  let i = 0;
  let next = 0;
  let used = 0;
  while (i < spec.length) {
    const pct = spec.indexOf('%', i);
    if (pct === -1) {
      out += spec.slice(i);
      break;
    }
    out += spec.slice(i, pct);
    VERB.lastIndex = pct;
    const m = VERB.exec(spec)!;
    i = VERB.lastIndex;
    const [raw, flags, index1, width, precision, index2, mode] = m;
    if (mode === undefined) throw new EvalError(`invalid format verb at offset ${pct}: ${JSON.stringify(raw)}`);
    if (mode === '%') {
      if (raw !== '%%') throw new EvalError(`the %% verb takes no flags (offset ${pct})`);
      out += '%';
      continue;
    }
    const explicit = index1 ?? index2;
    const arg = explicit !== undefined ? Number(explicit) : next + 1;
    next = arg;
    used = Math.max(used, arg);
    const verb: Verb = {
      raw, mode, arg,
      minus: flags.includes('-'), plus: flags.includes('+'), space: flags.includes(' '), sharp: flags.includes('#'), zero: flags.includes('0'),
      width: width === undefined ? undefined : Number(width),
      precision: precision === undefined ? undefined : Number(precision || '0'),
    };
    if (arg < 1 || arg > args.length) {
      throw new EvalError(`not enough arguments for ${JSON.stringify(raw)} at ${pct}: need index ${arg} but have ${args.length} total`);
    }
    out += formatOne(verb, args[arg - 1]);
  }
  if (used < args.length) throw new EvalError(`too many arguments; only ${used} used by format string`);
  return out;
}

function formatOne(verb: Verb, arg: Value): string {
  if (verb.mode !== 'v' && arg === null) throw new EvalError(`unsupported value for ${JSON.stringify(verb.raw)}: null value cannot be formatted`);
  switch (verb.mode) {
    case 'v':
      if (!verb.sharp && typeof arg === 'string') return pad(verb, arg);
      if (!verb.sharp && typeof arg === 'number') return pad(verb, shortestG(arg));
      return pad(verb, jsonEncode(arg));
    case 't': return convert(arg, 'bool') ? 'true' : 'false';
    case 's': case 'q': {
      let s = convert(arg, 'string') as string;
      if (verb.precision !== undefined && verb.precision > 0) s = graphemes(s).slice(0, verb.precision).join('');
      return pad(verb, verb.mode === 'q' ? jsonEncode(s) : s);
    }
    case 'b': case 'd': case 'o': case 'x': case 'X': {
      const n = convert(arg, 'number') as number;
      if (!Number.isInteger(n)) throw new EvalError(`unsupported value for ${JSON.stringify(verb.raw)}: an integer is required`);
      return integer(verb, n);
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      return float(verb, convert(arg, 'number') as number);
    default:
      throw new EvalError(`unsupported format verb ${JSON.stringify(verb.mode)} in ${JSON.stringify(verb.raw)}`);
  }
}

/** Width padding by characters, with spaces (or zeros for `0`), left-justified with `-`. */
function pad(verb: Verb, text: string): string {
  if (verb.width === undefined) return text;
  const length = graphemes(text).length;
  if (length >= verb.width) return text;
  const fill = (verb.zero && !verb.minus ? '0' : ' ').repeat(verb.width - length);
  return verb.minus ? text + fill : fill + text;
}

/** Go's numeric padding: zeros go after the sign. */
function padNumber(verb: Verb, sign: string, digits: string): string {
  const width = verb.width ?? 0;
  const length = sign.length + digits.length;
  if (length >= width) return sign + digits;
  if (verb.minus) return sign + digits + ' '.repeat(width - length);
  if (verb.zero) return sign + '0'.repeat(width - length) + digits;
  return ' '.repeat(width - length) + sign + digits;
}

function signOf(verb: Verb, negative: boolean): string {
  return negative ? '-' : verb.plus ? '+' : verb.space ? ' ' : '';
}

function integer(verb: Verb, n: number): string {
  const big = BigInt(n);
  const negative = big < 0n;
  const abs = negative ? -big : big;
  const radix = verb.mode === 'b' ? 2 : verb.mode === 'o' ? 8 : verb.mode === 'd' ? 10 : 16;
  let digits = abs.toString(radix);
  if (verb.mode === 'X') digits = digits.toUpperCase();
  if (verb.precision !== undefined && digits.length < verb.precision) digits = '0'.repeat(verb.precision - digits.length) + digits;
  if (verb.sharp) digits = (verb.mode === 'x' ? '0x' : verb.mode === 'X' ? '0X' : verb.mode === 'o' ? '0' : verb.mode === 'b' ? '0b' : '') + digits;
  return padNumber(verb, signOf(verb, negative), digits);
}

function float(verb: Verb, n: number): string {
  const negative = n < 0 || Object.is(n, -0);
  const abs = Math.abs(n);
  let digits: string;
  switch (verb.mode) {
    case 'f': case 'F':
      digits = abs.toFixed(verb.precision ?? 6);
      break;
    case 'e': case 'E':
      digits = goExponent(abs.toExponential(verb.precision ?? 6));
      break;
    default:
      digits = verb.precision === undefined ? shortestG(abs) : precisionG(abs, verb.precision);
  }
  if (verb.mode === 'E' || verb.mode === 'G') digits = digits.toUpperCase();
  return padNumber(verb, signOf(verb, negative), digits);
}

/** `1e+6` → `1e+06`: Go writes at least two exponent digits. */
function goExponent(text: string): string {
  return text.replace(/e([+-])(\d)$/, 'e$10$2');
}

/** Go's big.Float `%g` with the shortest representation: exponent form when the exponent is < -4 or ≥ 6. */
export function shortestG(n: number): string {
  if (n === 0) return Object.is(n, -0) ? '-0' : '0';
  const exp = Math.floor(Math.log10(Math.abs(n)));
  const shortest = String(Math.abs(n));
  const digits = shortest.replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').length;
  const eprec = 6;
  const sign = n < 0 ? '-' : '';
  if (exp < -4 || exp >= eprec) return sign + goExponent(Math.abs(n).toExponential(Math.max(digits - 1, 0)).replace(/\.?0+e/, 'e'));
  return sign + expandPlain(Math.abs(n));
}

function precisionG(n: number, precision: number): string {
  const p = precision === 0 ? 1 : precision;
  const exp = n === 0 ? 0 : Math.floor(Math.log10(n));
  if (exp < -4 || exp >= p) return goExponent(n.toExponential(p - 1).replace(/\.?0+e/, 'e'));
  return n.toPrecision(p).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}

function expandPlain(n: number): string {
  const s = String(n);
  if (!s.includes('e')) return s;
  return n.toFixed(Math.max(0, 20 - Math.floor(Math.log10(n)))).replace(/\.?0+$/, '');
}

export const FORMAT_FUNCTIONS: FunctionTable = {
  format: {
    params: [STRING],
    variadic: ANY_UNKNOWN,
    impl: ([spec, ...args]) => {
      // A null argument is of no type here; Terraform then leaves the result unknown too.
      for (const a of args) if (deep(a) === null) pending();
      return format(str(spec), args);
    },
  },
  formatlist: {
    params: [STRING],
    variadic: ANY_UNKNOWN,
    impl: ([spec, ...args]) => {
      const fmt = str(spec);
      let length = -1;
      for (const a of args) {
        const k = known(a);
        if (k instanceof Sequence) {
          if (length !== -1 && k.items.length !== length) throw new EvalError(`formatlist arguments have inconsistent lengths (${length} and ${k.items.length})`);
          length = k.items.length;
        }
      }
      if (length === -1) return list([format(fmt, args.map(deep))], 'string');
      const out: Value[] = [];
      for (let i = 0; i < length; i++) {
        const row = args.map((a) => (a instanceof Sequence ? items(a)[i] : a));
        out.push(row.every(whollyKnown) ? format(fmt, row) : new Unknown('string'));
      }
      return list(out, 'string');
    },
  },
};
