/**
 * Collection functions: lists, sets, maps and objects.
 * https://developer.hashicorp.com/terraform/language/functions
 * @internal
 */
import { convert, equals, makeSet, rawEquals, unify } from '../convert';
import {
  compareStrings, DYNAMIC, EvalError, list, map, Mapping, object, Sequence, tuple, Type, typeEquals, typeOf, Unknown, UNKNOWN, Value,
} from '../value';
import { ANY, ANY_NULLABLE, ANY_UNKNOWN, deep, entries, FunctionTable, graphemes, int, items, known, num, NUMBER, pending, str } from './support';

const LIST_OF_ANY: Type = { kind: 'list', element: DYNAMIC };

/** A list, keeping the element type when all elements share one (else a tuple, as cty would refuse). */
function listLike(values: readonly Value[], element?: Type): Sequence {
  if (element !== undefined) return list(values, element);
  const t = values.length === 0 ? DYNAMIC : unify(values.map(typeOf));
  if (t === undefined) throw new EvalError('all elements must have the same type');
  return list(values.map((v) => convert(v, t)), t);
}

/** A result of the same kind as the input: a list stays a list, a tuple a tuple. */
function sameKind(input: Value, values: readonly Value[]): Value {
  if (input instanceof Sequence && input.kind === 'tuple') return tuple(values);
  return listLike(values, input instanceof Sequence ? input.element : undefined);
}

function flatten(v: Value, out: Value[]): void {
  for (const item of items(v)) {
    const k = known(item);
    if (k instanceof Sequence) flatten(k, out);
    else out.push(k);
  }
}

function sequence(v: Value, what: string): Sequence {
  const k = known(v);
  if (!(k instanceof Sequence)) throw new EvalError(`${what} must be a list, set or tuple`);
  return k;
}

function setOp(args: Value[], op: (sets: Sequence[]) => Value[]): Value {
  if (args.length === 0) throw new EvalError('at least one set is required');
  const sets = args.map((a) => {
    const s = sequence(deep(a), 'each argument');
    return s.kind === 'set' ? s : makeSet(s.items);
  });
  const element = unify(sets.map((s) => (s.type as { element: Type }).element));
  if (element === undefined) throw new EvalError('the sets must have elements of the same type');
  const converted = sets.map((s) => makeSet(s.items.map((i) => convert(i, element)), element));
  return makeSet(op(converted), element);
}

function has(values: readonly Value[], v: Value): boolean {
  return values.some((x) => rawEquals(x, v));
}

function mergeFunction(args: Value[]): Value {
  const present = args.filter((a) => a !== null);
  for (const a of present) {
    if (a instanceof Unknown) return UNKNOWN;
    if (!(a instanceof Mapping)) throw new EvalError('merge: arguments must be maps or objects');
  }
  const maps = present as Mapping[];
  const out = new Map<string, Value>();
  for (const m of maps) for (const [k, v] of m.entries) out.set(k, v);
  const first = maps[0];
  const same = first !== undefined && maps.every((m) => typeEquals(m.type, first.type));
  if (same && first.kind === 'map') return map(out, first.element);
  return object(out);
}

function lookup([collection, key, ...fallback]: Value[]): Value {
  if (fallback.length > 1) throw new EvalError(`lookup() takes two or three arguments, got ${2 + fallback.length}`);
  const m = known(collection);
  if (!(m instanceof Mapping)) throw new EvalError('lookup() requires a map as the first argument');
  const name = str(key);
  const found = m.entries.get(name);
  if (found !== undefined) return found;
  if (fallback.length === 1) return m.kind === 'map' && m.element !== undefined && m.element !== DYNAMIC && fallback[0] !== null ? convert(fallback[0], m.element) : fallback[0];
  throw new EvalError(`lookup failed to find key ${JSON.stringify(name)}`);
}

function element([collection, indexValue]: Value[]): Value {
  const s = sequence(collection, 'the first argument');
  if (s.kind === 'set') throw new EvalError('element() cannot select from a set; convert it with tolist()');
  const i = int(indexValue, 'the index');
  if (s.items.length === 0) throw new EvalError('cannot use element function with an empty list');
  if (i < 0) throw new EvalError('element() index must not be negative');
  return s.items[i % s.items.length];
}

function range(args: Value[]): Value {
  if (args.length < 1 || args.length > 3) throw new EvalError('range() takes one, two or three arguments');
  const n = args.map((a) => num(a));
  const [start, end, step] = n.length === 1 ? [0, n[0], n[0] < 0 ? -1 : 1] : n.length === 2 ? [n[0], n[1], n[1] < n[0] ? -1 : 1] : n;
  if (step === 0) throw new EvalError('range() step must not be zero');
  if (step < 0 && end > start) throw new EvalError('range(): end must be less than start when step is negative');
  if (step > 0 && end < start) throw new EvalError('range(): end must be greater than start when step is positive');
  const out: Value[] = [];
  for (let x = start; step > 0 ? x < end : x > end; x += step) {
    if (out.length >= 1024) throw new EvalError('range() generated more than 1024 values');
    out.push(x);
  }
  return list(out, 'number');
}

function transpose(v: Value): Value {
  const m = deep(v);
  if (!(m instanceof Mapping)) throw new EvalError('transpose() requires a map of lists of strings');
  const out = new Map<string, string[]>();
  for (const [k, values] of m.entries) {
    for (const item of items(values)) {
      const s = str(item);
      const l = out.get(s);
      if (l) l.push(k);
      else out.set(s, [k]);
    }
  }
  return map([...out].map(([k, l]) => [k, list(l, 'string')]), { kind: 'list', element: 'string' });
}

function slice([collection, startValue, endValue]: Value[]): Value {
  const s = sequence(collection, 'the first argument');
  if (s.kind === 'set') throw new EvalError('slice() cannot be used on a set');
  const start = int(startValue, 'the start index');
  const end = int(endValue, 'the end index');
  if (start < 0) throw new EvalError('slice(): the start index must not be negative');
  if (end > s.items.length) throw new EvalError('slice(): the end index must not be greater than the length of the list');
  if (start > end) throw new EvalError('slice(): the start index must not be greater than the end index');
  return sameKind(s, s.items.slice(start, end));
}

function setProduct(args: Value[]): Value {
  if (args.length < 2) throw new EvalError('setproduct() needs at least two arguments');
  const seqs = args.map((a) => sequence(deep(a), 'each argument'));
  let rows: Value[][] = [[]];
  for (const s of seqs) {
    const next: Value[][] = [];
    for (const r of rows) for (const item of s.items) next.push([...r, item]);
    rows = next;
  }
  const allSets = seqs.every((s) => s.kind === 'set');
  const values = rows.map((r) => (seqs.every((s) => s.kind !== 'tuple') ? listLike(r) : tuple(r)));
  return allSets ? makeSet(values) : list(values);
}

export const COLLECTION_FUNCTIONS: FunctionTable = {
  length: {
    params: [{ type: DYNAMIC, allowUnknown: true }],
    impl: ([v]) => {
      if (v instanceof Unknown) return new Unknown('number');
      if (typeof v === 'string') return graphemes(v).length;
      if (v instanceof Sequence) return v.items.length;
      if (v instanceof Mapping) return v.entries.size;
      throw new EvalError('length() requires a string, list, set, tuple, map or object');
    },
  },
  keys: {
    params: [ANY],
    impl: ([v]) => {
      const names = [...entries(v, 'keys() argument').keys()];
      return (v as Mapping).kind === 'object' ? tuple(names) : list(names, 'string');
    },
  },
  values: {
    params: [ANY],
    impl: ([v]) => {
      const vals = [...entries(v, 'values() argument').values()];
      const m = v as Mapping;
      return m.kind === 'object' ? tuple(vals) : list(vals, m.element);
    },
  },
  lookup: { params: [{ type: DYNAMIC, allowUnknown: true }, { type: 'string', allowUnknown: true }], variadic: ANY_UNKNOWN, impl: lookup },
  element: { params: [ANY, NUMBER], impl: element },
  index: {
    params: [ANY, ANY],
    impl: ([collection, v]) => {
      const s = sequence(collection, 'the first argument');
      if (s.kind === 'set') throw new EvalError('index() cannot search a set; convert it with tolist()');
      for (let i = 0; i < s.items.length; i++) {
        const eq = equals(s.items[i], v);
        if (eq instanceof Unknown) pending();
        if (eq === true) return i;
      }
      throw new EvalError('index(): the item was not found in the list');
    },
  },
  contains: {
    params: [ANY, { type: DYNAMIC, allowUnknown: true }],
    impl: ([collection, v]) => {
      const s = sequence(collection, 'the first argument');
      if (s.items.length === 0) return false;
      if (v instanceof Unknown) return new Unknown('bool');
      let unknown = false;
      for (const item of s.items) {
        const eq = equals(v, item);
        if (eq === true) return true;
        if (eq instanceof Unknown) unknown = true;
      }
      return unknown ? new Unknown('bool') : false;
    },
  },
  concat: {
    params: [],
    variadic: ANY,
    impl: (args) => {
      if (args.length === 0) throw new EvalError('concat() needs at least one list');
      const seqs = args.map((a) => sequence(a, 'each argument of concat()'));
      const all = seqs.flatMap((s) => s.items);
      const first = seqs[0];
      if (first !== undefined && first.kind === 'list' && seqs.every((s) => s.kind === 'list' && typeEquals(s.type, first.type))) return list(all, first.element);
      return tuple(all);
    },
  },
  flatten: {
    params: [ANY],
    impl: ([v]) => {
      const out: Value[] = [];
      flatten(v, out);
      return tuple(out);
    },
  },
  distinct: {
    params: [{ type: LIST_OF_ANY }],
    impl: ([v]) => {
      const s = sequence(deep(v), 'the argument');
      const out: Value[] = [];
      for (const item of s.items) if (!has(out, item)) out.push(item);
      return list(out, s.element);
    },
  },
  compact: {
    params: [{ type: { kind: 'list', element: 'string' } }],
    impl: ([v]) => list(items(deep(v)).filter((x) => x !== null && x !== ''), 'string'),
  },
  coalesce: {
    params: [],
    variadic: ANY_UNKNOWN,
    impl: (args) => {
      const t = unify(args.map(typeOf));
      if (t === undefined) throw new EvalError('coalesce(): all arguments must have the same type');
      for (const a of args) {
        const v = t === DYNAMIC ? a : convert(a, t);
        if (v instanceof Unknown) return new Unknown(t);
        if (v === null) continue;
        if (t === 'string' && v === '') continue;
        return v;
      }
      throw new EvalError('coalesce(): no non-null, non-empty-string arguments');
    },
  },
  coalescelist: {
    params: [],
    variadic: ANY_UNKNOWN,
    impl: (args) => {
      if (args.length === 0) throw new EvalError('coalescelist() needs at least one argument');
      for (const a of args) {
        if (a instanceof Unknown) return UNKNOWN;
        if (a === null) continue;
        const s = sequence(a, 'each argument of coalescelist()');
        if (s.items.length > 0) return s;
      }
      throw new EvalError('coalescelist(): no non-null arguments');
    },
  },
  chunklist: {
    params: [{ type: LIST_OF_ANY }, NUMBER],
    impl: ([v, sizeValue]) => {
      const s = sequence(v, 'the first argument');
      const size = int(sizeValue, 'the chunk size');
      if (size < 0) throw new EvalError('chunklist(): the size argument must be positive');
      if (size === 0) return list([s]);
      const out: Value[] = [];
      for (let i = 0; i < s.items.length; i += size) out.push(list(s.items.slice(i, i + size), s.element));
      return list(out, s.type);
    },
  },
  reverse: {
    params: [ANY],
    impl: ([v]) => {
      const s = sequence(v, 'the argument');
      if (s.kind === 'set') throw new EvalError('reverse() cannot reverse a set; convert it with tolist()');
      return sameKind(s, [...s.items].reverse());
    },
  },
  sort: {
    params: [{ type: { kind: 'list', element: 'string' } }],
    impl: ([v]) => {
      const values = items(deep(v)).map((x) => {
        if (x === null) throw new EvalError('sort(): a null string cannot be sorted');
        return str(x);
      });
      return list(values.sort(compareStrings), 'string');
    },
  },
  slice: { params: [ANY, NUMBER, NUMBER], impl: slice },
  merge: { params: [], variadic: { type: DYNAMIC, allowNull: true, allowUnknown: true }, impl: mergeFunction },
  one: {
    params: [ANY],
    impl: ([v]) => {
      const s = sequence(v, 'the argument');
      if (s.items.length > 1) throw new EvalError(`one(): must be a list, set or tuple of zero or one elements, got ${s.items.length}`);
      return s.items.length === 0 ? null : s.items[0];
    },
  },
  range: { params: [], variadic: NUMBER, impl: range },
  sum: {
    params: [ANY],
    impl: ([v]) => {
      const values = items(deep(v));
      if (values.length === 0) throw new EvalError('sum() cannot sum an empty list');
      let total = 0;
      for (const x of values) {
        if (x === null) throw new EvalError('sum(): the list contains null');
        total += convert(x, 'number') as number;
      }
      return total;
    },
  },
  alltrue: {
    params: [{ type: { kind: 'list', element: 'bool' } }],
    impl: ([v]) => {
      let unknown = false;
      for (const x of items(v)) {
        if (x instanceof Unknown) unknown = true;
        else if (x !== true) return false;
      }
      return unknown ? new Unknown('bool') : true;
    },
  },
  anytrue: {
    params: [{ type: { kind: 'list', element: 'bool' } }],
    impl: ([v]) => {
      let unknown = false;
      for (const x of items(v)) {
        if (x instanceof Unknown) unknown = true;
        else if (x === true) return true;
      }
      return unknown ? new Unknown('bool') : false;
    },
  },
  matchkeys: {
    params: [{ type: LIST_OF_ANY }, { type: LIST_OF_ANY }, { type: LIST_OF_ANY }],
    impl: ([valuesList, keysList, search]) => {
      const values = items(deep(valuesList));
      const keys = items(deep(keysList));
      const wanted = items(deep(search));
      if (values.length !== keys.length) throw new EvalError('matchkeys(): the values and keys lists must have the same length');
      const out = values.filter((_, i) => wanted.some((w) => equals(w, keys[i]) === true));
      return list(out, (valuesList as Sequence).element);
    },
  },
  zipmap: {
    params: [{ type: { kind: 'list', element: 'string' } }, ANY],
    impl: ([keysList, valuesList]) => {
      const keys = items(deep(keysList)).map((k) => str(k));
      const vals = sequence(valuesList, 'the values');
      if (keys.length !== vals.items.length) throw new EvalError(`zipmap(): number of keys (${keys.length}) does not match number of values (${vals.items.length})`);
      const pairs = keys.map((k, i): [string, Value] => [k, vals.items[i]]);
      return vals.kind === 'tuple' ? object(pairs) : map(pairs, vals.element);
    },
  },
  transpose: { params: [ANY], impl: ([v]) => transpose(v) },
  setunion: { params: [], variadic: ANY, impl: (args) => setOp(args, (sets) => sets.flatMap((s) => s.items)) },
  setintersection: { params: [], variadic: ANY, impl: (args) => setOp(args, (sets) => sets[0].items.filter((x) => sets.every((s) => has(s.items, x)))) },
  setsubtract: { params: [ANY, ANY], impl: (args) => setOp(args, ([a, b]) => a.items.filter((x) => !has(b.items, x))) },
  setproduct: { params: [], variadic: ANY, impl: setProduct },
  list: { params: [], variadic: ANY_NULLABLE, impl: () => { throw new EvalError('the "list" function was removed in Terraform 0.15; use tolist([…])'); } },
  map: { params: [], variadic: ANY_NULLABLE, impl: () => { throw new EvalError('the "map" function was removed in Terraform 0.15; use tomap({…})'); } },
};

