/**
 * The syntax tree of Terraform's expression and template language (HCL native syntax,
 * https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md), as the parser builds it
 * from a Terraform JSON string (a template) or from the text of one expression.
 * @internal
 */
import { Value } from './value';

export type Node =
  | LiteralNode
  | TemplateNode
  | VariableNode
  | AttributeNode
  | IndexNode
  | SplatNode
  | SplatElementNode
  | CallNode
  | TupleNode
  | ObjectNode
  | ForNode
  | ConditionalNode
  | BinaryNode
  | UnaryNode
  | ParenNode;

/** A number, `true`, `false`, `null`, or a template without interpolations. */
export interface LiteralNode {
  readonly t: 'literal';
  readonly value: Value;
}

/**
 * A string template. `unwrap` marks a template that is exactly one interpolation
 * (`"${x}"`): its value is the expression's value, not converted to a string.
 */
export interface TemplateNode {
  readonly t: 'template';
  readonly parts: readonly TemplatePart[];
  readonly unwrap: boolean;
}

export type TemplatePart =
  | { readonly t: 'text'; readonly text: string }
  | { readonly t: 'interpolation'; readonly expr: Node }
  | { readonly t: 'if'; readonly condition: Node; readonly then: readonly TemplatePart[]; readonly else: readonly TemplatePart[] }
  | { readonly t: 'for'; readonly key?: string; readonly value: string; readonly collection: Node; readonly body: readonly TemplatePart[] };

/** A name at the root of a traversal: `var`, `local`, `aws_s3_bucket`, a `for` variable. */
export interface VariableNode {
  readonly t: 'variable';
  readonly name: string;
}

/** `x.name` */
export interface AttributeNode {
  readonly t: 'attribute';
  readonly target: Node;
  readonly name: string;
}

/** `x[key]`, and the legacy `x.0`. */
export interface IndexNode {
  readonly t: 'index';
  readonly target: Node;
  readonly key: Node;
}

/** `x[*].a.b` / `x.*.a`: `each` is applied to every element (the `splat-element` node). */
export interface SplatNode {
  readonly t: 'splat';
  readonly target: Node;
  readonly each: Node;
}

/** The element a splat's `each` expression is applied to. */
export interface SplatElementNode {
  readonly t: 'splat-element';
}

/** `name(args…)`, or `name(args…, list...)` with `expand`. Namespaced names keep their `::`. */
export interface CallNode {
  readonly t: 'call';
  readonly name: string;
  readonly args: readonly Node[];
  readonly expand: boolean;
}

export interface TupleNode {
  readonly t: 'tuple';
  readonly items: readonly Node[];
}

/** `{ key = value, … }`: a bare identifier key is its name, not a variable. */
export interface ObjectNode {
  readonly t: 'object';
  readonly items: ReadonlyArray<{ readonly key: Node; readonly value: Node }>;
}

/** `[for k, v in coll : value if cond]` or `{for k, v in coll : key => value... if cond}`. */
export interface ForNode {
  readonly t: 'for';
  readonly keyVar?: string;
  readonly valueVar: string;
  readonly collection: Node;
  /** Present for the object form. */
  readonly keyExpr?: Node;
  readonly valueExpr: Node;
  /** `...` after the value: group values with the same key into lists. */
  readonly group: boolean;
  readonly condition?: Node;
}

export interface ConditionalNode {
  readonly t: 'conditional';
  readonly condition: Node;
  readonly then: Node;
  readonly else: Node;
}

export type BinaryOperator = '||' | '&&' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '+' | '-' | '*' | '/' | '%';

export interface BinaryNode {
  readonly t: 'binary';
  readonly op: BinaryOperator;
  readonly left: Node;
  readonly right: Node;
}

export interface UnaryNode {
  readonly t: 'unary';
  readonly op: '!' | '-';
  readonly operand: Node;
}

/** `( expr )`: kept because `{(k) = v}` takes its key from an expression. */
export interface ParenNode {
  readonly t: 'paren';
  readonly expr: Node;
}
