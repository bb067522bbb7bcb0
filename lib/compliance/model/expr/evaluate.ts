/**
 * Evaluates the syntax tree with Terraform's semantics: type conversion of operands and
 * arguments, null handling, unknown values that poison every result they flow into, `try` and
 * `can` catching errors (but never unknowns), conditionals that pick one branch and unify
 * the types of both, `for` expressions, splats and template directives.
 *
 * Deliberate difference (sound, never a guess): a conditional whose condition is unknown is
 * known when both branches are the same known value — whichever way the condition turns out,
 * the result is that value. Terraform 1.11 reports such a conditional as unknown.
 * @internal
 */
import { Node, TemplatePart } from './ast';
import { convert, rawEquals, unify } from './convert';
import { binary, getAttribute, index, unary } from './operators';
import { callFunction } from './functions';
import {
  DYNAMIC, EvalError, isLazy, Lazy, list, Mapping, object, Sequence, tuple, Type, typeEquals, typeOf, Unknown, UNKNOWN, unknownString, Value,
} from './value';

/** Where names come from: `var`, `local`, resources, and the variables of `for` and `dynamic`. */
export interface Scope {
  /** The value of a root name; undefined when the name is not defined here. */
  lookup(name: string): Value | undefined;
}

/** A scope with a few names bound on top of another (a `for` element, a splat element). */
export class ChildScope implements Scope {
  constructor(private readonly parent: Scope, private readonly bindings: ReadonlyMap<string, Value>) {}
  public lookup(name: string): Value | undefined {
    const v = this.bindings.get(name);
    return v !== undefined ? v : this.parent.lookup(name);
  }
}

/** A scope without any names (variable defaults, tfvars values). */
export const EMPTY_SCOPE: Scope = { lookup: () => undefined };

const SPLAT = '\u0000splat';
/** Evaluation stops (unknown) past this nesting depth: configurations are never that deep. */
const MAX_DEPTH = 200;

/** Evaluate a node. Throws `EvalError` where Terraform would report an error. */
export function evaluate(node: Node, scope: Scope): Value {
  return new Evaluator(scope).eval(node, 0);
}

class Evaluator {
  constructor(private readonly root: Scope) {}

  public eval(node: Node, depth: number, scope: Scope = this.root): Value {
    if (depth > MAX_DEPTH) return UNKNOWN;
    const d = depth + 1;
    switch (node.t) {
      case 'literal': return node.value;
      case 'template': return node.unwrap ? this.eval((node.parts[0] as { expr: Node }).expr, d, scope) : this.template(node.parts, d, scope);
      case 'variable': {
        const v = scope.lookup(node.name);
        return v === undefined ? UNKNOWN : v;
      }
      case 'paren': return this.eval(node.expr, d, scope);
      case 'attribute': return getAttribute(this.eval(node.target, d, scope), node.name);
      case 'index': return index(this.eval(node.target, d, scope), this.eval(node.key, d, scope));
      case 'splat': return this.splat(node.target, node.each, d, scope);
      case 'splat-element': return scope.lookup(SPLAT) ?? UNKNOWN;
      case 'call': return this.call(node.name, node.args, node.expand, d, scope);
      case 'tuple': return tuple(node.items.map((i) => this.eval(i, d, scope)));
      case 'object': return this.object(node.items, d, scope);
      case 'for': return this.forExpression(node, d, scope);
      case 'conditional': return this.conditional(node.condition, node.then, node.else, d, scope);
      case 'binary': return binary(node.op, this.eval(node.left, d, scope), this.eval(node.right, d, scope));
      case 'unary': return unary(node.op, this.eval(node.operand, d, scope));
    }
  }

  private template(parts: readonly TemplatePart[], depth: number, scope: Scope): Value {
    let out = '';
    let unknown = false;
    for (const part of parts) {
      const piece = this.templatePart(part, depth, scope);
      // As HCL: the parts after the first unknown one are still evaluated (for their errors),
      // and the known ones before it are the result's known prefix.
      if (piece instanceof Unknown) unknown = true;
      else if (!unknown) out += piece;
    }
    return unknown ? unknownString(out) : out;
  }

  private templatePart(part: TemplatePart, depth: number, scope: Scope): string | Unknown {
    switch (part.t) {
      case 'text': return part.text;
      case 'interpolation': return templateString(this.eval(part.expr, depth, scope));
      case 'if': {
        const condition = this.eval(part.condition, depth, scope);
        if (condition instanceof Unknown || isLazy(condition)) return new Unknown('string');
        if (condition === null) throw new EvalError('the condition of a template "if" is null');
        const chosen = convert(condition, 'bool') ? part.then : part.else;
        const v = this.template(chosen, depth, scope);
        return v instanceof Unknown ? v : (v as string);
      }
      case 'for': {
        const collection = this.eval(part.collection, depth, scope);
        const elements = iterate(collection);
        if (elements === undefined) return new Unknown('string');
        let out = '';
        let unknown = false;
        for (const [k, v] of elements) {
          const child = new ChildScope(scope, bind(part.key, k, part.value, v));
          const piece = this.template(part.body, depth, child);
          if (piece instanceof Unknown) unknown = true;
          else out += piece as string;
        }
        return unknown ? new Unknown('string') : out;
      }
    }
  }

  private splat(target: Node, each: Node, depth: number, scope: Scope): Value {
    const source = this.eval(target, depth, scope);
    if (source instanceof Unknown) return UNKNOWN;
    if (source === null) return tuple([]);
    const apply = (element: Value) => this.eval(each, depth, new ChildScope(scope, new Map([[SPLAT, element]])));
    if (source instanceof Sequence) {
      const items = source.items.map(apply);
      return source.kind === 'list' ? listOf(items) : tuple(items);
    }
    return tuple([apply(source)]);
  }

  private call(name: string, argNodes: readonly Node[], expand: boolean, depth: number, scope: Scope): Value {
    const bare = name.startsWith('core::') ? name.slice(6) : name;
    if (bare === 'try' || bare === 'can') return this.tryOrCan(bare, argNodes, depth, scope);
    const args = argNodes.map((a) => this.eval(a, depth, scope));
    if (expand) {
      const last = args.pop()!;
      if (last instanceof Unknown || isLazy(last)) return UNKNOWN;
      if (!(last instanceof Sequence)) throw new EvalError(`the last argument of ${name}(…) before "..." must be a list, set or tuple`);
      args.push(...last.items);
    }
    return callFunction(bare, args, (template, vars) => this.templateString(template, vars, depth));
  }

  /** `templatestring`: a template from a string value, evaluated with only `vars` in scope. */
  private templateString(template: Node, vars: ReadonlyMap<string, Value>, depth: number): Value {
    return this.eval(template, depth, new ChildScope(EMPTY_SCOPE, vars));
  }

  private tryOrCan(name: 'try' | 'can', argNodes: readonly Node[], depth: number, scope: Scope): Value {
    if (name === 'can' && argNodes.length !== 1) throw new EvalError('can(…) takes exactly one argument');
    if (argNodes.length === 0) throw new EvalError('try(…) needs at least one argument');
    let lastError: EvalError | undefined;
    for (const arg of argNodes) {
      let v: Value;
      try {
        v = this.eval(arg, depth, scope);
      } catch (e) {
        if (!(e instanceof EvalError)) throw e;
        lastError = e;
        continue;
      }
      // An unknown value may still fail once known: neither try nor can decide before apply.
      if (!isWhollyKnown(v)) return name === 'can' ? new Unknown('bool') : UNKNOWN;
      return name === 'can' ? true : v;
    }
    if (name === 'can') return false;
    throw new EvalError(`no expression given to try(…) succeeded (last: ${lastError?.message ?? 'unknown'})`);
  }

  private object(items: ReadonlyArray<{ key: Node; value: Node }>, depth: number, scope: Scope): Value {
    const entries = new Map<string, Value>();
    let unknownKey = false;
    for (const item of items) {
      const key = this.eval(item.key, depth, scope);
      const value = this.eval(item.value, depth, scope);
      if (key instanceof Unknown || isLazy(key)) {
        unknownKey = true;
        continue;
      }
      if (key === null) throw new EvalError('an object key is null');
      entries.set(convert(key, 'string') as string, value);
    }
    return unknownKey ? UNKNOWN : object(entries);
  }

  private forExpression(node: Extract<Node, { t: 'for' }>, depth: number, scope: Scope): Value {
    const collection = this.eval(node.collection, depth, scope);
    const elements = iterate(collection);
    if (elements === undefined) return UNKNOWN;
    const items: Value[] = [];
    const entries = new Map<string, Value>();
    const groups = new Map<string, Value[]>();
    let unknown = false;
    for (const [k, v] of elements) {
      const child = new ChildScope(scope, bind(node.keyVar, k, node.valueVar, v));
      if (node.condition) {
        const keep = this.eval(node.condition, depth, child);
        if (keep instanceof Unknown || isLazy(keep)) {
          unknown = true;
          continue;
        }
        if (keep === null) throw new EvalError('the "if" condition of a for expression is null');
        if (!convert(keep, 'bool')) continue;
      }
      if (node.keyExpr === undefined) {
        items.push(this.eval(node.valueExpr, depth, child));
        continue;
      }
      const key = this.eval(node.keyExpr, depth, child);
      const value = this.eval(node.valueExpr, depth, child);
      if (key instanceof Unknown || isLazy(key)) {
        unknown = true;
        continue;
      }
      if (key === null) throw new EvalError('a key of a for expression is null');
      const name = convert(key, 'string') as string;
      if (node.group) {
        const g = groups.get(name);
        if (g) g.push(value);
        else groups.set(name, [value]);
      } else {
        if (entries.has(name)) throw new EvalError(`two elements produce the key "${name}" (add "..." after the value to group them)`);
        entries.set(name, value);
      }
    }
    if (unknown) return UNKNOWN;
    if (node.keyExpr === undefined) return tuple(items);
    if (node.group) return object([...groups].map(([k, vs]) => [k, tuple(vs)]));
    return object(entries);
  }

  private conditional(conditionNode: Node, thenNode: Node, elseNode: Node, depth: number, scope: Scope): Value {
    const attempt = (n: Node): { value: Value; error?: EvalError } => {
      try {
        return { value: this.eval(n, depth, scope) };
      } catch (e) {
        if (e instanceof EvalError) return { value: UNKNOWN, error: e };
        throw e;
      }
    };
    const yes = attempt(thenNode);
    const no = attempt(elseNode);
    const resultType = conditionalType(yes.value, no.value);
    if (resultType === undefined) {
      throw new EvalError(`the true and false results of a conditional must have consistent types (${describe(yes.value)} and ${describe(no.value)})`);
    }
    const condition = this.eval(conditionNode, depth, scope);
    if (condition === null) throw new EvalError('the condition is null; it must be true or false');
    if (condition instanceof Unknown || isLazy(condition)) {
      if (yes.error || no.error) return new Unknown(resultType);
      if (yes.value === null && no.value === null) return null;
      // Both branches the same known value: known, whatever the condition.
      if (isWhollyKnown(yes.value) && isWhollyKnown(no.value) && rawEquals(yes.value, no.value)) return yes.value;
      return new Unknown(resultType);
    }
    const chosen = convert(condition, 'bool') ? yes : no;
    if (chosen.error) throw chosen.error;
    return resultType === DYNAMIC ? chosen.value : convert(chosen.value, resultType);
  }
}

/** The type both results of a conditional are converted to (cty's rules for `null` and unknowns first). */
function conditionalType(a: Value, b: Value): Type | undefined {
  if (a === null) return typeOf(b);
  if (b === null) return typeOf(a);
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (ta === DYNAMIC || tb === DYNAMIC) return DYNAMIC;
  if (typeEquals(ta, tb)) return ta;
  return unify([ta, tb]);
}

function describe(v: Value): string {
  const t = typeOf(v);
  return typeof t === 'string' ? t : t.kind;
}

function isWhollyKnown(v: Value): boolean {
  if (v instanceof Unknown || isLazy(v)) return false;
  if (v instanceof Sequence) return v.items.every(isWhollyKnown);
  if (v instanceof Mapping) {
    for (const e of v.entries.values()) if (!isWhollyKnown(e)) return false;
  }
  return true;
}

function listOf(items: Value[]): Value {
  const t = unify(items.map(typeOf));
  if (items.length === 0 || t === undefined) return items.length === 0 ? list([]) : tuple(items);
  return list(items.map((i) => convert(i, t)), t);
}

function bind(keyVar: string | undefined, key: Value, valueVar: string, value: Value): Map<string, Value> {
  const m = new Map<string, Value>();
  if (keyVar !== undefined) m.set(keyVar, key);
  m.set(valueVar, value);
  return m;
}

/** The (key, value) pairs a `for` visits; undefined when the collection is unknown. */
export function iterate(collection: Value): Array<[Value, Value]> | undefined {
  if (collection instanceof Unknown) return undefined;
  if (isLazy(collection)) {
    const whole = (collection as Lazy).whole?.();
    return whole === undefined || whole instanceof Unknown ? undefined : iterate(whole);
  }
  if (collection === null) throw new EvalError('cannot iterate over a null value');
  if (collection instanceof Sequence) {
    if (collection.kind === 'set') return collection.items.map((v) => [v, v]);
    return collection.items.map((v, i) => [i, v]);
  }
  if (collection instanceof Mapping) return [...collection.entries].map(([k, v]) => [k, v]);
  throw new EvalError(`cannot iterate over a ${typeof collection}`);
}

/** An interpolation's value as template text; unknown stays unknown. */
function templateString(v: Value): string | Unknown {
  if (v instanceof Unknown) return new Unknown('string');
  if (isLazy(v)) {
    const whole = v.whole?.();
    return whole === undefined ? new Unknown('string') : templateString(whole);
  }
  if (v === null) throw new EvalError('a template interpolates a null value');
  if (v instanceof Sequence || v instanceof Mapping) throw new EvalError(`a template cannot include a ${v.kind} value: string required`);
  return convert(v, 'string') as string;
}
