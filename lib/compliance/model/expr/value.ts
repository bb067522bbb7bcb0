/**
 * Values and types of Terraform's expression language (HashiCorp's cty type system), as
 * far as the engine needs them to evaluate what is known before apply.
 *
 * Primitive values are JavaScript primitives (`string`, `number`, `boolean`, `null`).
 * Collections keep their cty kind, because Terraform's semantics depend on it: a tuple is
 * not equal to a list with the same elements, `for` over an object visits keys in
 * lexical order, a set is deduplicated and ordered. `Unknown` is a value Terraform learns
 * only during apply (a resource attribute the provider computes, `timestamp()`…): every
 * operation on it yields unknown again, so it poisons results instead of being guessed.
 * @internal
 */

/** A cty type. Primitive and the dynamic pseudo-type are strings; the rest are objects. */
export type Type = 'string' | 'number' | 'bool' | 'dynamic' | CollectionType | TupleType | ObjectType;

/** `list(T)`, `set(T)`, `map(T)`. */
export interface CollectionType {
  readonly kind: 'list' | 'set' | 'map';
  readonly element: Type;
}

/** `tuple([T, …])`. */
export interface TupleType {
  readonly kind: 'tuple';
  readonly elements: readonly Type[];
}

/** `object({name = T, …})`, optionally with `optional(T, default)` attributes (type constraints only). */
export interface ObjectType {
  readonly kind: 'object';
  readonly attributes: ReadonlyMap<string, Type>;
  /** Optional attributes, each with its default (undefined: null). */
  readonly optional?: ReadonlyMap<string, Value | undefined>;
}

export const DYNAMIC: Type = 'dynamic';

/**
 * A value not known before apply, of a type (often not known either), and what Terraform
 * still knows of it (cty's refinements, Terraform 1.6+): a template whose first parts are
 * known is a string that is not null and begins with them (`"arn:aws:iam::${var.account}:root"`),
 * so `== "*"` on it is already false. https://github.com/zclconf/go-cty/blob/main/docs/refinements.md
 */
export class Unknown {
  constructor(
    public readonly type: Type = DYNAMIC,
    /** The string's known beginning (cty's StringPrefix refinement); a refined value is never null. */
    public readonly prefix?: string,
  ) {}

  /** Whether the value is known not to be null (a refined string). */
  public get notNull(): boolean {
    return this.prefix !== undefined;
  }
}

/**
 * The unknown string a template produces when `known` is the text of its parts up to the first
 * unknown one, refined as HCL refines it: at most 128 bytes, and without a last character that a
 * following one could still change (a letter or digit may take a combining mark, `=` becomes
 * `≠`), as cty's SafeKnownPrefix trims it; an empty prefix still says "not null".
 * https://github.com/hashicorp/hcl/blob/main/hclsyntax/expression_template.go (TemplateExpr.Value),
 * https://github.com/zclconf/go-cty/blob/main/cty/ctystrings/prefix.go
 */
export function unknownString(known: string): Unknown {
  let prefix = known.normalize('NFC');
  if (Buffer.byteLength(prefix) > 128) prefix = Buffer.from(prefix).subarray(0, 128).toString().replace(/\uFFFD$/, '');
  if (prefix.length > 0 && !/[\x20-\x2f\x3a\x3b\x3f-\x40\x5b-\x60\x7b-\x7e]$/.test(prefix)) prefix = [...prefix].slice(0, -1).join('');
  return new Unknown('string', prefix);
}

/** The unknown value of unknown type (cty.DynamicVal). */
export const UNKNOWN = new Unknown();

/** A tuple, list or set. Sets hold distinct elements in cty's order. */
export class Sequence {
  private cachedType?: Type;
  constructor(
    public readonly kind: 'tuple' | 'list' | 'set',
    public readonly items: readonly Value[],
    /** Element type of a list or set (a tuple's types are its elements'). */
    public readonly element?: Type,
  ) {}

  public get type(): Type {
    if (this.cachedType) return this.cachedType;
    if (this.kind === 'tuple') return (this.cachedType = { kind: 'tuple', elements: this.items.map(typeOf) });
    return (this.cachedType = { kind: this.kind, element: this.element ?? (this.items.length > 0 ? typeOf(this.items[0]) : DYNAMIC) });
  }
}

/** An object or a map. Keys are kept in lexical order, the order Terraform iterates them in. */
export class Mapping {
  private cachedType?: Type;
  public readonly entries: ReadonlyMap<string, Value>;
  constructor(
    public readonly kind: 'object' | 'map',
    entries: ReadonlyMap<string, Value> | Iterable<[string, Value]>,
    /** Element type of a map. */
    public readonly element?: Type,
    /**
     * Whether this is a block or body of a resource as written: nested blocks may be written as
     * an object or as a list of one object in Terraform JSON, so `[0]` on it is the object itself.
     */
    public readonly block = false,
  ) {
    this.entries = sortedMap(entries);
  }

  public get type(): Type {
    if (this.cachedType) return this.cachedType;
    if (this.kind === 'object') {
      const attributes = new Map<string, Type>();
      for (const [k, v] of this.entries) attributes.set(k, typeOf(v));
      return (this.cachedType = { kind: 'object', attributes });
    }
    const first = this.entries.values().next();
    return (this.cachedType = { kind: 'map', element: this.element ?? (first.done ? DYNAMIC : typeOf(first.value)) });
  }
}

/**
 * A value whose attributes are computed on demand: a resource instance, or a namespace such
 * as `var`, `local`, `data`, `module`. Only attribute access and indexing read it; used as a
 * whole (passed to a function, compared) it is unknown.
 */
export interface Lazy {
  readonly lazy: true;
  /** The attribute, or undefined when it does not exist (an error in Terraform). */
  attribute(name: string): Value | undefined;
  /** `x[key]`; undefined when this value cannot be indexed. */
  index?(key: Value): Value | undefined;
  /** Its value as a whole, when known (a resource used as an object is not). */
  whole?(): Value;
}

export type Value = null | string | number | boolean | Sequence | Mapping | Unknown | Lazy;

/** An evaluation error: Terraform would refuse the configuration (or `try` / `can` catch it). */
export class EvalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvalError';
  }
}

export function isLazy(v: Value): v is Lazy {
  return v !== null && typeof v === 'object' && (v as Lazy).lazy === true;
}

export function isUnknown(v: Value): v is Unknown {
  return v instanceof Unknown;
}

/** Whether a value and everything inside it is known. */
export function whollyKnown(v: Value): boolean {
  if (v instanceof Unknown) return false;
  if (v instanceof Sequence) return v.items.every(whollyKnown);
  if (v instanceof Mapping) {
    for (const e of v.entries.values()) if (!whollyKnown(e)) return false;
    return true;
  }
  if (isLazy(v)) return false;
  return true;
}

export function tuple(items: readonly Value[]): Sequence {
  return new Sequence('tuple', items);
}

export function object(entries: Iterable<[string, Value]>): Mapping {
  return new Mapping('object', entries);
}

export function list(items: readonly Value[], element?: Type): Sequence {
  return new Sequence('list', items, element);
}

export function map(entries: Iterable<[string, Value]>, element?: Type): Mapping {
  return new Mapping('map', entries, element);
}

function sortedMap(entries: ReadonlyMap<string, Value> | Iterable<[string, Value]>): ReadonlyMap<string, Value> {
  const list = [...entries];
  let sorted = true;
  for (let i = 1; i < list.length; i++) {
    if (compareStrings(list[i - 1][0], list[i][0]) > 0) {
      sorted = false;
      break;
    }
  }
  if (!sorted) list.sort((a, b) => compareStrings(a[0], b[0]));
  return entries instanceof Map && sorted ? entries : new Map(list);
}

/** Go's byte-wise string order (Terraform sorts object keys and string sets with it). */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  // UTF-16 order equals UTF-8 byte order except across the surrogate range; compare code points.
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

// ---------------------------------------------------------------- types

export function typeOf(v: Value): Type {
  if (v === null) return DYNAMIC;
  switch (typeof v) {
    case 'string': return 'string';
    case 'number': return 'number';
    case 'boolean': return 'bool';
  }
  if (v instanceof Unknown) return v.type;
  if (v instanceof Sequence || v instanceof Mapping) return v.type;
  return DYNAMIC;
}

export function typeEquals(a: Type, b: Type): boolean {
  if (a === b) return true;
  if (typeof a === 'string' || typeof b === 'string') return false;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'list': case 'set': case 'map':
      return typeEquals(a.element, (b as CollectionType).element);
    case 'tuple': {
      const be = (b as TupleType).elements;
      return a.elements.length === be.length && a.elements.every((t, i) => typeEquals(t, be[i]));
    }
    case 'object': {
      const ba = (b as ObjectType).attributes;
      if (a.attributes.size !== ba.size) return false;
      for (const [k, t] of a.attributes) {
        const o = ba.get(k);
        if (o === undefined || !typeEquals(t, o)) return false;
      }
      return true;
    }
  }
}

/** Whether a type contains the dynamic pseudo-type anywhere. */
export function hasDynamic(t: Type): boolean {
  if (t === DYNAMIC) return true;
  if (typeof t === 'string') return false;
  switch (t.kind) {
    case 'list': case 'set': case 'map': return hasDynamic(t.element);
    case 'tuple': return t.elements.some(hasDynamic);
    case 'object': for (const a of t.attributes.values()) if (hasDynamic(a)) return true; return false;
  }
}

/** Terraform's name of a type, for messages: `list(string)`, `object({a=number})`. */
export function typeName(t: Type): string {
  if (typeof t === 'string') return t;
  switch (t.kind) {
    case 'list': case 'set': case 'map': return `${t.kind}(${typeName(t.element)})`;
    case 'tuple': return `tuple([${t.elements.map(typeName).join(', ')}])`;
    case 'object': return `object({${[...t.attributes].map(([k, v]) => `${k}=${typeName(v)}`).join(', ')}})`;
  }
}

export function isCollection(v: Value): v is Sequence | Mapping {
  return v instanceof Sequence || v instanceof Mapping;
}

// ---------------------------------------------------------------- numbers

/**
 * A number as Terraform writes it (Go's big.Float `Text('f', -1)`): plain decimal, never an
 * exponent. Terraform computes with 512-bit floats; where a double result is off by rounding
 * noise (0.1 + 0.2), the 15-digit form is what Terraform prints.
 */
export function formatNumber(n: number): string {
  if (Number.isNaN(n)) throw new EvalError('the result is not a number');
  if (!Number.isFinite(n)) return n > 0 ? '+Inf' : '-Inf';
  if (Object.is(n, -0)) return '0';
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  let text = String(n);
  if (!Number.isInteger(n)) {
    const short = Number(n.toPrecision(15));
    if (short !== n && Math.abs(short - n) <= Math.abs(n) * 4e-16) text = String(short);
  }
  return expandExponent(text);
}

function expandExponent(text: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign, int, frac = '', expText] = m;
  const exp = Number(expText);
  const digits = int + frac;
  const point = int.length + exp;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`.replace(/0+$/, '');
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Parse a number as Terraform does when converting a string (`"1.5"`, `"1e3"`, `"-2"`). */
export function parseNumber(text: string): number | undefined {
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(text)) return undefined;
  return Number(text);
}

// ---------------------------------------------------------------- plain JavaScript

/** A plain JSON-like JavaScript value of a known value; undefined when anything in it is unknown. */
export function toJs(v: Value): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (v instanceof Unknown) return undefined;
  if (v instanceof Sequence) {
    const out: unknown[] = [];
    for (const item of v.items) {
      const js = toJs(item);
      if (js === undefined) return undefined;
      out.push(js);
    }
    return out;
  }
  if (v instanceof Mapping) {
    const out: { [k: string]: unknown } = {};
    for (const [k, item] of v.entries) {
      const js = toJs(item);
      if (js === undefined) return undefined;
      out[k] = js;
    }
    return out;
  }
  const whole = v.whole?.();
  return whole === undefined ? undefined : toJs(whole);
}

/**
 * A plain JavaScript value in which what is unknown before apply reads as `marker` (a string
 * such as `${unknown}`): the known structure around it stays readable (a policy document
 * whose Effect and Principal are literals but whose Resource names a bucket from a variable).
 */
export function toJsPartial(v: Value, marker: string): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (v instanceof Unknown) return v.prefix ? v.prefix + marker : marker;
  if (v instanceof Sequence) return v.items.map((item) => toJsPartial(item, marker));
  if (v instanceof Mapping) {
    const out: { [k: string]: unknown } = {};
    for (const [k, item] of v.entries) out[k] = toJsPartial(item, marker);
    return out;
  }
  const whole = v.whole?.();
  return whole === undefined ? marker : toJsPartial(whole, marker);
}

/** A value from JSON (`jsondecode`, variable values): arrays are tuples, objects are objects. */
export function fromJson(js: unknown): Value {
  if (js === null || js === undefined) return null;
  if (typeof js === 'string' || typeof js === 'number' || typeof js === 'boolean') return js;
  if (Array.isArray(js)) return tuple(js.map(fromJson));
  if (typeof js === 'object') return object(Object.entries(js as { [k: string]: unknown }).map(([k, v]) => [k, fromJson(v)]));
  return UNKNOWN;
}
