/** Helpers of plan.ts: Terraform addresses and generated names, and the shapes of plan JSON values. */

export type Body = Record<string, unknown>;

// -------------------------------------------------------------------- helpers

/** Attributes that identify a resource (`id`, `arn`, `metadata[0].name`, `cluster_id`, …). */
export const IDENTIFIER_ATTRIBUTE = /(^|[.\]])(id|name|arn|uuid|urn|bucket|self_link)$|(_id|_name|_uuid|_arn)$/;

export const NOT_RESOURCES = new Set(['local', 'each', 'count', 'path', 'terraform', 'self']);

export interface Segment {
  readonly name?: string;
  /** Index text as written, with brackets: `[0]`, `["a"]`. */
  readonly index?: string;
}

/** `module.x["a"].aws_s3_bucket.b[0].id` → segments; undefined when not a plain traversal. */
export function parseTraversal(ref: string): Segment[] | undefined {
  const out: Segment[] = [];
  const re = /\.?([A-Za-z_][\w-]*)|(\[(?:\d+|"(?:[^"\\]|\\.)*"|\*)\])/y;
  while (re.lastIndex < ref.length) {
    const m = re.exec(ref);
    if (!m) return undefined;
    out.push(m[1] !== undefined ? { name: m[1] } : { index: m[2] });
  }
  return out.length > 0 ? out : undefined;
}

export function formatIndex(index: string | number): string {
  return typeof index === 'number' ? `[${index}]` : `[${JSON.stringify(index)}]`;
}

/** Module call names of a module instance prefix (`module.a[0].module.b.` → `['a', 'b']`). */
export function moduleNames(prefix: string): string[] {
  const names: string[] = [];
  for (const m of prefix.matchAll(/module\.([A-Za-z_][\w-]*)(?:\[(?:\d+|"(?:[^"\\]|\\.)*")\])?\./g)) names.push(m[1]);
  return names;
}

export function stripLastModule(prefix: string): string {
  const m = /^(.*?)module\.[A-Za-z_][\w-]*(?:\[(?:\d+|"(?:[^"\\]|\\.)*")\])?\.$/.exec(prefix);
  return m ? m[1] : '';
}

/**
 * A resource name that keeps the module path and instance key and is still a Terraform
 * identifier (so `${type.name.attr}` references to it parse): `module.a["x"].` + `b` + `0`
 * → `module_a_x__b__0`.
 */
export function encodeName(moduleInstance: string, name: string, index: string | number | undefined): string {
  const parts: string[] = [];
  for (const m of moduleInstance.matchAll(/module\.([A-Za-z_][\w-]*)(?:\[(\d+|"(?:[^"\\]|\\.)*")\])?\./g)) {
    parts.push(`module_${m[1]}${m[2] !== undefined ? `_${sanitize(unquote(m[2]))}` : ''}`);
  }
  parts.push(index === undefined ? name : `${name}__${sanitize(String(index))}`);
  return parts.join('__');
}

function unquote(key: string): string {
  if (!key.startsWith('"')) return key;
  try {
    return String(JSON.parse(key));
  } catch {
    return key.slice(1, -1);
  }
}

export function sanitize(text: string): string {
  return text.replace(/[^\w-]/g, '_');
}

export function keyOf(localName: string, alias: unknown): string {
  return typeof alias === 'string' && alias.length > 0 ? `${localName}.${alias}` : localName;
}

/** An expression object of the configuration representation (`constant_value` / `references`). */
export function isExpression(value: unknown): value is Body {
  return isObject(value) && (Array.isArray(value.references) || 'constant_value' in value);
}

/** The expression for element `i` of a value: a block list's element, or the attribute's whole expression. */
export function elementExpression(expr: unknown, i: number): unknown {
  if (Array.isArray(expr)) return expr[i] ?? expr[0];
  return isExpression(expr) ? expr : undefined;
}

/** The expression for member `key` of a value: a block's argument, or the attribute's whole expression. */
export function memberExpression(expr: unknown, key: string): unknown {
  if (Array.isArray(expr)) return isObject(expr[0]) ? expr[0][key] : undefined;
  if (isExpression(expr)) return expr;
  return isObject(expr) ? expr[key] : undefined;
}

export function isEmpty(value: unknown): boolean {
  if (value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return isObject(value) && Object.keys(value).length === 0;
}

export function isObject(value: unknown): value is Body {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

export function asObject(value: unknown): Body {
  return isObject(value) ? value : {};
}

export function asArray<T = Body>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}
