/**
 * Numeric functions. https://developer.hashicorp.com/terraform/language/functions
 * @internal
 */
import { EvalError, Value } from '../value';
import { ANY, FunctionTable, int, known, NUMBER, num } from './support';

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Go's big.Int SetString(text, base): letters are case-insensitive up to base 36. */
function parseInteger(text: string, base: number): number {
  if (base < 2 || base > 62) throw new EvalError('parseint(): base must be a whole number between 2 and 62 inclusive');
  let s = text;
  let negative = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    negative = s.startsWith('-');
    s = s.slice(1);
  }
  if (s === '') throw new EvalError(`parseint(): cannot parse ${JSON.stringify(text)} as a base ${base} integer`);
  let value = 0n;
  const b = BigInt(base);
  for (const ch of s) {
    let d = DIGITS.indexOf(base <= 36 ? ch.toLowerCase() : ch);
    if (base <= 36 && d >= 36) d = -1;
    if (d < 0 || d >= base) throw new EvalError(`parseint(): cannot parse ${JSON.stringify(text)} as a base ${base} integer`);
    value = value * b + BigInt(d);
  }
  return Number(negative ? -value : value);
}

const unary = (f: (x: number) => number) => ({ params: [NUMBER], impl: ([x]: Value[]) => f(num(x)) });

export const NUMBER_FUNCTIONS: FunctionTable = {
  abs: unary(Math.abs),
  ceil: unary(Math.ceil),
  floor: unary(Math.floor),
  signum: unary((x) => (x > 0 ? 1 : x < 0 ? -1 : 0)),
  log: {
    params: [NUMBER, NUMBER],
    impl: ([x, base]) => {
      const r = Math.log(num(x)) / Math.log(num(base));
      if (Number.isNaN(r)) throw new EvalError('log(): the result is not a number');
      return r;
    },
  },
  pow: { params: [NUMBER, NUMBER], impl: ([x, y]) => Math.pow(num(x), num(y)) },
  max: {
    params: [],
    variadic: NUMBER,
    impl: (args) => {
      if (args.length === 0) throw new EvalError('max() needs at least one number');
      return Math.max(...args.map(num));
    },
  },
  min: {
    params: [],
    variadic: NUMBER,
    impl: (args) => {
      if (args.length === 0) throw new EvalError('min() needs at least one number');
      return Math.min(...args.map(num));
    },
  },
  parseint: {
    params: [ANY, NUMBER],
    impl: ([text, base]) => {
      if (typeof known(text) !== 'string') throw new EvalError('parseint(): the first argument must be a string');
      return parseInteger(text as string, int(base, 'the base'));
    },
  },
};
