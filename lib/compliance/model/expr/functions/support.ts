/**
 * What the built-in function implementations share: their signature (parameters with cty's
 * null / unknown rules), and helpers that read arguments or give up with an unknown result.
 * @internal
 */
import { Node } from '../ast';
import { convert } from '../convert';
import { DYNAMIC, EvalError, isLazy, Mapping, Sequence, Type, Unknown, Value, whollyKnown } from '../value';

/** One parameter: its type (arguments are converted to it) and what it accepts. */
export interface Param {
  readonly type: Type;
  /** Whether `null` may be passed (otherwise an error, as in Terraform). */
  readonly allowNull?: boolean;
  /** Whether an unknown may be passed (otherwise the result is unknown without calling). */
  readonly allowUnknown?: boolean;
}

/** Evaluates a parsed template with only the given variables (for `templatestring`). */
export type TemplateEvaluator = (template: Node, vars: ReadonlyMap<string, Value>) => Value;

export interface FunctionSpec {
  readonly params: readonly Param[];
  readonly variadic?: Param;
  readonly impl: (args: Value[], templates: TemplateEvaluator) => Value;
}

export type FunctionTable = { readonly [name: string]: FunctionSpec };

/** Thrown by helpers when an argument is not (wholly) known: the call's result is unknown. */
export class Pending {
  public readonly pending = true;
}
const PENDING = new Pending();

export function pending(): never {
  throw PENDING;
}

export const STRING: Param = { type: 'string' };
export const NUMBER: Param = { type: 'number' };
export const BOOL: Param = { type: 'bool' };
export const ANY: Param = { type: DYNAMIC };
export const ANY_NULLABLE: Param = { type: DYNAMIC, allowNull: true };
export const ANY_UNKNOWN: Param = { type: DYNAMIC, allowNull: true, allowUnknown: true };
export const STRING_LIST: Param = { type: { kind: 'list', element: 'string' } };

/** A known value (the call is pending when it is not). */
export function known(v: Value): Exclude<Value, Unknown> {
  if (v instanceof Unknown || isLazy(v)) pending();
  return v as Exclude<Value, Unknown>;
}

/** A value known all the way down (the call is pending when anything in it is unknown). */
export function deep<T extends Value>(v: T): T {
  if (!whollyKnown(v)) pending();
  return v;
}

export function str(v: Value): string {
  const k = known(v);
  if (k === null) throw new EvalError('a string is required, got null');
  return convert(k, 'string') as string;
}

export function num(v: Value): number {
  const k = known(v);
  if (k === null) throw new EvalError('a number is required, got null');
  return convert(k, 'number') as number;
}

export function int(v: Value, what = 'the value'): number {
  const n = num(v);
  if (!Number.isInteger(n)) throw new EvalError(`${what} must be a whole number, got ${n}`);
  return n;
}

export function bool(v: Value): boolean {
  const k = known(v);
  if (k === null) throw new EvalError('a bool is required, got null');
  return convert(k, 'bool') as boolean;
}

/** The elements of a list, set or tuple. */
export function items(v: Value, what = 'the argument'): readonly Value[] {
  const k = known(v);
  if (k instanceof Sequence) return k.items;
  throw new EvalError(`${what} must be a list, set or tuple`);
}

/** The entries of a map or object. */
export function entries(v: Value, what = 'the argument'): ReadonlyMap<string, Value> {
  const k = known(v);
  if (k instanceof Mapping) return k.entries;
  throw new EvalError(`${what} must be a map or object`);
}

let segmenter: Intl.Segmenter | undefined;

/** User-perceived characters (grapheme clusters), as Terraform counts and slices strings. */
export function graphemes(s: string): string[] {
  if (/^[\x00-\x7e]*$/.test(s) && !s.includes('\r\n')) return s.split('');
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return [...segmenter.segment(s)].map((x) => x.segment);
}
