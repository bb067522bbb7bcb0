/**
 * Type conversion and unification as Terraform performs them (cty's `convert` package):
 * arguments to function parameters, values to variable type constraints, the two results
 * of a conditional to one type, elements of `tolist` / `toset` / `tomap` to a common type.
 * https://developer.hashicorp.com/terraform/language/expressions/type-constraints#conversion-of-primitive-types
 * @internal
 */
import {
  compareStrings, DYNAMIC, EvalError, formatNumber, isLazy, Lazy, list, map, Mapping, ObjectType, parseNumber, Sequence, tuple, Type, typeEquals,
  typeName, typeOf, Unknown, UNKNOWN, Value, whollyKnown,
} from './value';

/** Convert a value to a type, or throw an `EvalError` saying why it cannot be. */
export function convert(v: Value, t: Type): Value {
  if (t === DYNAMIC) return isLazy(v) ? wholeOf(v) : v;
  if (v instanceof Unknown) return t === 'string' && v.type === 'string' ? v : new Unknown(t);
  if (v === null) return null;
  if (isLazy(v)) {
    const whole = wholeOf(v);
    return whole instanceof Unknown ? new Unknown(t) : convert(whole, t);
  }
  if (typeof t === 'string') return convertPrimitive(v, t as 'string' | 'number' | 'bool');
  switch (t.kind) {
    case 'list': return toList(v, t.element);
    case 'set': return toSet(v, t.element);
    case 'map': return toMap(v, t.element);
    case 'tuple': {
      if (!(v instanceof Sequence) || v.kind !== 'tuple') throw mismatch(v, t);
      if (v.items.length !== t.elements.length) throw new EvalError(`a tuple of ${t.elements.length} elements is required, got ${v.items.length}`);
      return tuple(v.items.map((item, i) => convert(item, t.elements[i])));
    }
    case 'object': return toObject(v, t);
  }
}

function wholeOf(v: Lazy): Value {
  return v.whole?.() ?? new Unknown();
}

function convertPrimitive(v: Value, t: 'string' | 'number' | 'bool'): Value {
  switch (t) {
    case 'string':
      if (typeof v === 'string') return v;
      if (typeof v === 'number') return formatNumber(v);
      if (typeof v === 'boolean') return v ? 'true' : 'false';
      break;
    case 'number':
      if (typeof v === 'number') return v;
      if (typeof v === 'string') {
        const n = parseNumber(v);
        if (n === undefined) throw new EvalError(`a number is required, got the string ${JSON.stringify(v)}`);
        return n;
      }
      break;
    case 'bool':
      if (typeof v === 'boolean') return v;
      if (typeof v === 'string') {
        if (v === 'true' || v === '1') return true;
        if (v === 'false' || v === '0') return false;
        throw new EvalError(`a bool is required, got the string ${JSON.stringify(v)}${/^(true|false)$/i.test(v) ? ' (write it in lower case)' : ''}`);
      }
      break;
  }
  throw mismatch(v, t);
}

function mismatch(v: Value, t: Type): EvalError {
  return new EvalError(`${typeName(t)} required, got ${typeName(typeOf(v))}`);
}

function elementsOf(v: Value, t: Type): readonly Value[] {
  if (v instanceof Sequence) return v.items;
  throw mismatch(v, t);
}

function toList(v: Value, element: Type): Value {
  const items = elementsOf(v, { kind: 'list', element });
  if (element === DYNAMIC) {
    if (v instanceof Sequence && v.kind !== 'tuple') return v.kind === 'list' ? v : list(v.items, v.element);
    const unified = unifyValues(items, 'list');
    return list(unified.values, unified.type);
  }
  return list(items.map((item) => convert(item, element)), element);
}

function toSet(v: Value, element: Type): Value {
  const items = elementsOf(v, { kind: 'set', element });
  if (element === DYNAMIC) {
    if (v instanceof Sequence && v.kind === 'set') return v;
    const unified = unifyValues(items, 'set');
    return makeSet(unified.values, unified.type);
  }
  return makeSet(items.map((item) => convert(item, element)), element);
}

function toMap(v: Value, element: Type): Value {
  if (!(v instanceof Mapping)) throw mismatch(v, { kind: 'map', element });
  if (element === DYNAMIC) {
    if (v.kind === 'map') return v;
    const keys = [...v.entries.keys()];
    const unified = unifyValues([...v.entries.values()], 'map');
    return map(keys.map((k, i) => [k, unified.values[i]]), unified.type);
  }
  return map([...v.entries].map(([k, item]) => [k, convert(item, element)]), element);
}

function toObject(v: Value, t: ObjectType): Value {
  if (!(v instanceof Mapping)) throw mismatch(v, t);
  const out: Array<[string, Value]> = [];
  for (const [name, attrType] of t.attributes) {
    const present = v.entries.has(name);
    const given = present ? v.entries.get(name)! : null;
    if (given === null && t.optional?.has(name)) {
      const fallback = t.optional.get(name);
      out.push([name, fallback === undefined ? null : convert(fallback, attrType)]);
      continue;
    }
    if (!present) throw new EvalError(`attribute "${name}" is required`);
    out.push([name, convert(given, attrType)]);
  }
  return new Mapping('object', out);
}

/**
 * A set of values: duplicates removed, ordered as cty orders sets (strings and numbers
 * ascending, bools false first; other elements in a stable order of their text).
 */
export function makeSet(items: readonly Value[], element?: Type): Sequence {
  const unique: Value[] = [];
  for (const item of items) {
    if (item === null) throw new EvalError('sets cannot contain null values');
    if (!unique.some((u) => rawEquals(u, item))) unique.push(item);
  }
  if (unique.every((u) => typeof u === 'string')) unique.sort((a, b) => compareStrings(a as string, b as string));
  else if (unique.every((u) => typeof u === 'number')) unique.sort((a, b) => (a as number) - (b as number));
  else if (unique.every((u) => typeof u === 'boolean')) unique.sort((a, b) => Number(a) - Number(b));
  return new Sequence('set', unique, element ?? (unique.length > 0 ? typeOf(unique[0]) : DYNAMIC));
}

/** Whether two values are identical (same type, same content; unknowns compare by identity). */
export function rawEquals(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (a instanceof Sequence && b instanceof Sequence) {
    return a.kind === b.kind && a.items.length === b.items.length && a.items.every((x, i) => rawEquals(x, b.items[i])) && typeEquals(a.type, b.type);
  }
  if (a instanceof Mapping && b instanceof Mapping) {
    if (a.kind !== b.kind || a.entries.size !== b.entries.size) return false;
    for (const [k, x] of a.entries) {
      if (!b.entries.has(k) || !rawEquals(x, b.entries.get(k)!)) return false;
    }
    return typeEquals(a.type, b.type);
  }
  return false;
}

// ---------------------------------------------------------------- unification

/** Elements converted to one common type, for a collection of `kind`. */
function unifyValues(items: readonly Value[], kind: string): { values: Value[]; type: Type } {
  if (items.length === 0) return { values: [], type: DYNAMIC };
  const types = items.map(typeOf);
  let type = unify(types);
  // A dynamic result from mixed types (a null beside a collection) is no single type.
  if (type === DYNAMIC && types.some((t) => t !== DYNAMIC)) type = undefined;
  if (type === undefined) throw new EvalError(`all ${kind} elements must have the same type (got ${[...new Set(items.map((i) => typeName(typeOf(i))))].join(', ')})`);
  return { values: items.map((item) => convert(item, type)), type };
}

/**
 * The type all of `types` can be converted to, as cty's `UnifyUnsafe` chooses it;
 * undefined when there is none.
 */
export function unify(types: readonly Type[]): Type | undefined {
  if (types.length === 0) return undefined;
  const first = types[0];
  if (types.every((t) => typeEquals(t, first))) return first;
  const count = (k: string) => types.filter((t) => typeof t !== 'string' && t.kind === k).length;
  const dynamic = types.filter((t) => t === DYNAMIC).length;
  const maps = count('map');
  const lists = count('list');
  const sets = count('set');
  const objects = count('object');
  const tuples = count('tuple');
  const n = types.length;
  if (maps > 0 && maps + dynamic === n) return dynamic > 0 ? DYNAMIC : collectionOf('map', types);
  if (maps > 0 && maps + objects + dynamic === n) {
    const asMap = objectsToMap(types.filter(isKind('object')));
    if (asMap) {
      const t = unify(types.map((t) => (isKind('object')(t) ? asMap : t)));
      if (t !== undefined && typeof t !== 'string' && t.kind === 'map') return t;
    }
  } else if (lists > 0 && lists + dynamic === n) {
    return dynamic > 0 ? DYNAMIC : collectionOf('list', types);
  } else if (lists > 0 && lists + tuples + dynamic === n) {
    const asList = tuplesToList(types.filter(isKind('tuple')));
    if (asList) {
      const t = unify(types.map((t) => (isKind('tuple')(t) ? asList : t)));
      if (t !== undefined && typeof t !== 'string' && t.kind === 'list') return t;
    }
  } else if (sets > 0 && sets + dynamic === n) {
    return dynamic > 0 ? DYNAMIC : collectionOf('set', types);
  } else if (objects > 0 && objects + dynamic === n) {
    return dynamic > 0 ? DYNAMIC : unifyObjects(types as ObjectType[]);
  } else if (tuples > 0 && tuples + dynamic === n) {
    return dynamic > 0 ? DYNAMIC : unifyTuples(types as Array<Extract<Type, { kind: 'tuple' }>>);
  } else if (objects > 0 && tuples > 0) {
    return undefined;
  }
  // Primitives (and the dynamic pseudo-type): the most general type all convert to.
  for (const want of preferenceOrder(types)) {
    if (types.every((t) => typeEquals(t, want) || convertible(t, want))) return want;
  }
  return undefined;
}

function isKind(kind: string): (t: Type) => boolean {
  return (t) => typeof t !== 'string' && t.kind === kind;
}

function collectionOf(kind: 'map' | 'list' | 'set', types: readonly Type[]): Type | undefined {
  const element = unify(types.map((t) => (t as { element: Type }).element));
  return element === undefined ? undefined : { kind, element };
}

function objectsToMap(objects: readonly Type[]): Type | undefined {
  const attrs: Type[] = [];
  for (const o of objects) attrs.push(...(o as ObjectType).attributes.values());
  const element = attrs.length === 0 ? DYNAMIC : unify(attrs);
  return element === undefined ? undefined : { kind: 'map', element };
}

function tuplesToList(tuples: readonly Type[]): Type | undefined {
  const elements: Type[] = [];
  for (const t of tuples) elements.push(...(t as Extract<Type, { kind: 'tuple' }>).elements);
  const element = elements.length === 0 ? DYNAMIC : unify(elements);
  return element === undefined ? undefined : { kind: 'list', element };
}

function unifyObjects(types: readonly ObjectType[]): Type | undefined {
  const names = [...types[0].attributes.keys()];
  const sameShape = types.every((t) => t.attributes.size === names.length && names.every((n) => t.attributes.has(n)));
  if (!sameShape) return objectsToMap(types);
  const attributes = new Map<string, Type>();
  for (const name of names) {
    const t = unify(types.map((o) => o.attributes.get(name)!));
    if (t === undefined) return undefined;
    attributes.set(name, t);
  }
  return { kind: 'object', attributes };
}

function unifyTuples(types: ReadonlyArray<Extract<Type, { kind: 'tuple' }>>): Type | undefined {
  const length = types[0].elements.length;
  if (!types.every((t) => t.elements.length === length)) return tuplesToList(types);
  const elements: Type[] = [];
  for (let i = 0; i < length; i++) {
    const t = unify(types.map((tt) => tt.elements[i]));
    if (t === undefined) return undefined;
    elements.push(t);
  }
  return { kind: 'tuple', elements };
}

/** cty's preference among types to unify to: string over number and bool, then the rest. */
function preferenceOrder(types: readonly Type[]): Type[] {
  const rank = (t: Type) => (t === 'string' ? 0 : t === DYNAMIC ? 3 : typeof t === 'string' ? 1 : 2);
  return [...types].sort((a, b) => rank(a) - rank(b));
}

/** Whether a value of type `from` can be converted to `to` (without looking at values). */
function convertible(from: Type, to: Type): boolean {
  if (to === DYNAMIC || from === DYNAMIC) return true;
  if (typeof from === 'string' && typeof to === 'string') {
    if (from === to) return true;
    return from === 'string' || to === 'string';
  }
  if (typeof from === 'string' || typeof to === 'string') return false;
  switch (to.kind) {
    case 'list': case 'set':
      if (from.kind === 'list' || from.kind === 'set') return convertible(from.element, to.element);
      if (from.kind === 'tuple') return from.elements.every((e) => convertible(e, to.element));
      return false;
    case 'map':
      if (from.kind === 'map') return convertible(from.element, to.element);
      if (from.kind === 'object') return [...from.attributes.values()].every((e) => convertible(e, to.element));
      return false;
    case 'tuple':
      return from.kind === 'tuple' && from.elements.length === to.elements.length && from.elements.every((e, i) => convertible(e, to.elements[i]));
    case 'object':
      if (from.kind === 'object') return [...to.attributes].every(([k, t]) => (from.attributes.has(k) ? convertible(from.attributes.get(k)!, t) : !!to.optional?.has(k)));
      if (from.kind === 'map') return [...to.attributes.values()].every((t) => convertible(from.element, t));
      return false;
  }
}

/** `==`, with cty's rules: values of different types are never equal; unknowns make it unknown. */
/**
 * `==` with an unknown side: still false when the unknown's refinement rules the other value
 * out (cty's Equals on refined values): a known string that does not begin with its known
 * prefix, or null when it is known not to be null.
 */
function refinedEquals(a: Value, b: Value): Value {
  const [u, other] = a instanceof Unknown ? [a, b] : [b as Unknown, a];
  if (other instanceof Unknown || isLazy(other) || !u.notNull) return new Unknown('bool');
  if (other === null) return false;
  if (typeof other === 'string' && u.prefix && !other.normalize('NFC').startsWith(u.prefix)) return false;
  return new Unknown('bool');
}

export function equals(a: Value, b: Value): Value {
  if (isLazy(a)) a = a.whole?.() ?? UNKNOWN;
  if (isLazy(b)) b = b.whole?.() ?? UNKNOWN;
  if (a instanceof Unknown || b instanceof Unknown) return refinedEquals(a, b);
  if (a === null || b === null) return a === null && b === null;
  if (typeof a !== 'object' || typeof b !== 'object') return a === b;
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (!typeEquals(ta, tb)) {
    // An unknown element leaves the type open: a tuple of an unknown may still equal.
    return whollyKnown(a) && whollyKnown(b) ? false : new Unknown('bool');
  }
  if (a instanceof Sequence && b instanceof Sequence) {
    if (a.items.length !== b.items.length) return false;
    let unknown = false;
    const bs = b.kind === 'set' ? b.items : undefined;
    for (let i = 0; i < a.items.length; i++) {
      const eq = equals(a.items[i], bs ? bs[i] : b.items[i]);
      if (eq === false) return false;
      if (eq instanceof Unknown) unknown = true;
    }
    return unknown ? new Unknown('bool') : true;
  }
  if (a instanceof Mapping && b instanceof Mapping) {
    if (a.entries.size !== b.entries.size) return false;
    let unknown = false;
    for (const [k, x] of a.entries) {
      if (!b.entries.has(k)) return false;
      const eq = equals(x, b.entries.get(k)!);
      if (eq === false) return false;
      if (eq instanceof Unknown) unknown = true;
    }
    return unknown ? new Unknown('bool') : true;
  }
  return false;
}
