/**
 * Attribute access, indexing and the operators of Terraform's expression language, with cty's
 * conversion of operands (`"3" + 4` is 7) and unknowns poisoning results.
 * https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md#operations
 * @internal
 */
import { convert, equals } from './convert';
import { EvalError, isLazy, Mapping, Sequence, Unknown, UNKNOWN, Value } from './value';

// ---------------------------------------------------------------- traversal

/** `value.name` */
export function getAttribute(v: Value, name: string): Value {
  if (v instanceof Unknown) return UNKNOWN;
  if (isLazy(v)) {
    const a = v.attribute(name);
    if (a === undefined) throw new EvalError(`unsupported attribute "${name}"`);
    return a;
  }
  if (v === null) throw new EvalError(`attempt to get attribute "${name}" from a null value`);
  if (v instanceof Mapping) {
    const a = v.entries.get(name);
    if (a === undefined) {
      if (v.block) return UNKNOWN;
      throw new EvalError(v.kind === 'map' ? `the map has no element "${name}"` : `the object has no attribute "${name}"`);
    }
    return a;
  }
  if (v instanceof Sequence) throw new EvalError(`cannot access attribute "${name}" on a ${v.kind}; use [index] or [*]`);
  throw new EvalError(`cannot access attribute "${name}" on a ${typeof v}`);
}

/** `value[key]` */
export function index(v: Value, key: Value): Value {
  if (v instanceof Unknown) return UNKNOWN;
  if (isLazy(v)) {
    if (key instanceof Unknown) return UNKNOWN;
    const r = v.index?.(key);
    if (r === undefined) throw new EvalError('this value cannot be indexed');
    return r;
  }
  if (v === null) throw new EvalError('attempt to index a null value');
  if (key === null) throw new EvalError('the index is null');
  if (key instanceof Unknown || isLazy(key)) return UNKNOWN;
  if (v instanceof Sequence) {
    if (v.kind === 'set') throw new EvalError('elements of a set cannot be selected by index; convert it with tolist() first');
    const n = convert(key, 'number') as number;
    if (!Number.isInteger(n) || n < 0 || n >= v.items.length) throw new EvalError(`invalid index ${String(n)} for a ${v.kind} of ${v.items.length} elements`);
    return v.items[n];
  }
  if (v instanceof Mapping) {
    // A block written as an object in Terraform JSON: `[0]` is the block itself.
    if (v.block && key === 0) return v;
    if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean') throw new EvalError('an object or map key must be a string');
    const name = convert(key, 'string') as string;
    const a = v.entries.get(name);
    if (a === undefined) {
      if (v.block) return UNKNOWN;
      throw new EvalError(`the ${v.kind} has no element "${name}"`);
    }
    return a;
  }
  throw new EvalError(`cannot index a ${typeof v}`);
}

// ---------------------------------------------------------------- operators

export function binary(op: string, left: Value, right: Value): Value {
  switch (op) {
    case '==': return equals(left, right);
    case '!=': {
      const eq = equals(left, right);
      return eq instanceof Unknown ? eq : !eq;
    }
    case '&&': case '||': return logic(op, operand(left, 'bool'), operand(right, 'bool'));
  }
  const a = operand(left, 'number');
  const b = operand(right, 'number');
  if (a instanceof Unknown || b instanceof Unknown) return new Unknown(op === '<' || op === '>' || op === '<=' || op === '>=' ? 'bool' : 'number');
  const x = a as number;
  const y = b as number;
  switch (op) {
    case '+': return x + y;
    case '-': return x - y;
    case '*': return x * y;
    case '/':
      if (y === 0 && x === 0) throw new EvalError('0 / 0 is not a number');
      return x / y;
    // cty returns the dividend for a remainder by zero.
    case '%': return y === 0 ? x : x % y;
    case '<': return x < y;
    case '>': return x > y;
    case '<=': return x <= y;
    case '>=': return x >= y;
  }
  throw new EvalError(`unknown operator ${op}`);
}

function operand(v: Value, type: 'bool' | 'number'): Value {
  if (isLazy(v)) return new Unknown(type);
  if (v === null) throw new EvalError(`a ${type} operand is null`);
  return convert(v, type);
}

/** `&&` / `||`: a known operand that decides the result decides it, even when the other is unknown. */
function logic(op: '&&' | '||', a: Value, b: Value): Value {
  const decisive = op === '||';
  if (a === decisive || b === decisive) return decisive;
  if (a instanceof Unknown || b instanceof Unknown) return new Unknown('bool');
  return op === '||' ? (a as boolean) || (b as boolean) : (a as boolean) && (b as boolean);
}

export function unary(op: '!' | '-', v: Value): Value {
  const x = operand(v, op === '!' ? 'bool' : 'number');
  if (x instanceof Unknown) return x;
  return op === '!' ? !x : -(x as number);
}
