/**
 * Type constraints of `variable` blocks (`string`, `list(string)`, `map(object({…}))`,
 * `optional(string, "fsn1")`…): a variable's value is converted to its declared type before
 * anything reads it, with the defaults of optional object attributes filled in.
 * https://developer.hashicorp.com/terraform/language/expressions/type-constraints
 * @internal
 */
import { Node } from './ast';
import { evaluate, EMPTY_SCOPE } from './evaluate';
import { parseExpression, parseTemplate } from './parser';
import { DYNAMIC, EvalError, Type, Value } from './value';

/** The type a `type` argument declares; undefined when it cannot be read (then the value is used as given). */
export function typeConstraint(raw: unknown): Type | undefined {
  if (typeof raw !== 'string') return undefined;
  let node: Node;
  try {
    // hcl2json writes `type = list(string)` as "${list(string)}"; Terraform JSON as "list(string)".
    const template = parseTemplate(raw);
    node = template.t === 'template' && template.unwrap ? (template.parts[0] as { expr: Node }).expr : parseExpression(raw);
  } catch {
    return undefined;
  }
  try {
    return typeOfNode(node);
  } catch (e) {
    if (e instanceof EvalError) return undefined;
    throw e;
  }
}

function typeOfNode(node: Node): Type {
  if (node.t === 'paren') return typeOfNode(node.expr);
  if (node.t === 'variable') {
    switch (node.name) {
      case 'string': case 'number': case 'bool': return node.name;
      case 'any': return DYNAMIC;
    }
    throw new EvalError(`unknown type ${node.name}`);
  }
  if (node.t !== 'call') throw new EvalError('not a type');
  const [first] = node.args;
  switch (node.name) {
    case 'list': case 'set': case 'map':
      if (node.args.length !== 1) throw new EvalError(`${node.name}() takes one type`);
      return { kind: node.name, element: typeOfNode(first) };
    case 'tuple':
      if (node.args.length !== 1 || first.t !== 'tuple') throw new EvalError('tuple() takes a list of types');
      return { kind: 'tuple', elements: first.items.map(typeOfNode) };
    case 'object': {
      if (node.args.length !== 1 || first.t !== 'object') throw new EvalError('object() takes an object of types');
      const attributes = new Map<string, Type>();
      const optional = new Map<string, Value | undefined>();
      for (const item of first.items) {
        const name = evaluate(item.key, EMPTY_SCOPE);
        if (typeof name !== 'string') throw new EvalError('object attribute names must be strings');
        const v = item.value;
        if (v.t === 'call' && v.name === 'optional') {
          attributes.set(name, typeOfNode(v.args[0]));
          optional.set(name, v.args[1] === undefined ? undefined : evaluate(v.args[1], EMPTY_SCOPE));
        } else {
          attributes.set(name, typeOfNode(v));
        }
      }
      return optional.size > 0 ? { kind: 'object', attributes, optional } : { kind: 'object', attributes };
    }
    default:
      throw new EvalError(`unknown type constructor ${node.name}`);
  }
}
