/**
 * Terraform's expression language for the compliance engine: parse the strings of Terraform
 * JSON (every string is a template), evaluate them with Terraform's semantics for whatever
 * is known before apply, and find the references in them.
 * @internal
 */
import { Node } from './ast';
import { evaluate, Scope } from './evaluate';
import { parseTemplate } from './parser';
import { EvalError, Mapping, tuple, UNKNOWN, Unknown, Value } from './value';

export { Scope, ChildScope, EMPTY_SCOPE, evaluate } from './evaluate';
export { ParseError, parseExpression, parseTemplate } from './parser';
export { EvalError, Unknown, UNKNOWN, Value, toJs, whollyKnown } from './value';

/** A parsed JSON string: undefined when it is a plain string (no `${` / `%{` sequence, no escape). */
export function parseString(text: string): Node | undefined {
  if (text.indexOf('{') === -1) return undefined;
  return parseTemplate(text);
}

/**
 * The value of a Terraform JSON value: strings are templates, arrays tuples, objects objects
 * (keys are templates too). `block` marks a resource body: its nested objects are blocks, which
 * Terraform JSON writes as an object or a list of one. Invalid syntax and errors give unknown —
 * and so does anything else going wrong (a configuration nested beyond the stack, say): the
 * engine then reports the value as unknown rather than stop.
 */
export function evaluateJson(json: unknown, scope: Scope, block = false): Value {
  try {
    return jsonValue(json, scope, block);
  } catch {
    return UNKNOWN;
  }
}

/** As `evaluateJson`, but errors are thrown (`EvalError`, `ParseError`). */
export function jsonValue(json: unknown, scope: Scope, block = false): Value {
  if (json === null || json === undefined) return null;
  switch (typeof json) {
    case 'string': {
      if (json.indexOf('{') === -1) return json;
      return evaluate(parseTemplate(json), scope);
    }
    case 'number': case 'boolean': return json;
  }
  if (Array.isArray(json)) return tuple(json.map((j) => jsonValue(j, scope, block)));
  if (typeof json !== 'object') return UNKNOWN;
  const entries: Array<[string, Value]> = [];
  for (const [k, v] of Object.entries(json as { [k: string]: unknown })) {
    if (block && k === '//') continue;
    let key = k;
    if (k.indexOf('{') !== -1) {
      const evaluated = evaluate(parseTemplate(k), scope);
      if (evaluated instanceof Unknown) return UNKNOWN;
      if (typeof evaluated !== 'string') throw new EvalError('an object key must be a string');
      key = evaluated;
    }
    entries.push([key, jsonValue(v, scope, block)]);
  }
  return new Mapping('object', entries, undefined, block);
}

const INSTANCE_NAMES = new Set(['each', 'count', 'self']);
const USES_INSTANCE = new WeakMap<Node, boolean>();

/** Whether an expression reads `each`, `count` or `self` (its value differs per resource instance). */
export function usesInstance(node: Node): boolean {
  const cached = USES_INSTANCE.get(node);
  if (cached !== undefined) return cached;
  let found = false;
  walk(node, (n) => {
    if (n.t === 'variable' && INSTANCE_NAMES.has(n.name)) found = true;
  });
  USES_INSTANCE.set(node, found);
  return found;
}

/** Visit every node of a tree. */
export function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  switch (node.t) {
    case 'template':
      for (const p of node.parts) walkPart(p, visit);
      break;
    case 'paren': walk(node.expr, visit); break;
    case 'attribute': walk(node.target, visit); break;
    case 'index': walk(node.target, visit); walk(node.key, visit); break;
    case 'splat': walk(node.target, visit); walk(node.each, visit); break;
    case 'call': for (const a of node.args) walk(a, visit); break;
    case 'tuple': for (const i of node.items) walk(i, visit); break;
    case 'object': for (const i of node.items) { walk(i.key, visit); walk(i.value, visit); } break;
    case 'for':
      walk(node.collection, visit);
      if (node.keyExpr) walk(node.keyExpr, visit);
      walk(node.valueExpr, visit);
      if (node.condition) walk(node.condition, visit);
      break;
    case 'conditional': walk(node.condition, visit); walk(node.then, visit); walk(node.else, visit); break;
    case 'binary': walk(node.left, visit); walk(node.right, visit); break;
    case 'unary': walk(node.operand, visit); break;
  }
}

function walkPart(part: Extract<Node, { t: 'template' }>['parts'][number], visit: (n: Node) => void): void {
  switch (part.t) {
    case 'interpolation': walk(part.expr, visit); break;
    case 'if':
      walk(part.condition, visit);
      for (const p of part.then) walkPart(p, visit);
      for (const p of part.else) walkPart(p, visit);
      break;
    case 'for':
      walk(part.collection, visit);
      for (const p of part.body) walkPart(p, visit);
      break;
  }
}
