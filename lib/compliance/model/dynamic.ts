/**
 * `dynamic` blocks, expanded as Terraform would build them, so that rules reading a block
 * (`rule`, `inbound_rule`, `server_side_encryption`, `container` …) see the generated ones.
 *
 * `dynamic "<name>" { for_each = <collection>, iterator = <it>, content { … } }` generates one
 * `<name>` block per element; inside `content`, `<it>.key` is the element's key (the index for
 * a list) and `<it>.value` the element (`<it>` defaults to the block name).
 * https://developer.hashicorp.com/terraform/language/expressions/dynamic-blocks
 *
 * When `for_each` is known before apply (see ./expr: variables, locals, functions, `for`
 * expressions…), each element is substituted into the content: every string that reads the
 * iterator is evaluated with it, and known results replace it. When it is not known, one block
 * is generated with the iterator references left as expressions: rules then see an unknown
 * value, never a missing block. hcl2json writes the iterator as `${it}`; cdktf writes it as a
 * plain name.
 *
 * The configuration expands a resource only when it has a top-level `dynamic` block (one probe
 * per resource; a walk of every body would cost ~10% of the engine's time at 100,000
 * resources). Within such a resource, nested `dynamic` blocks are expanded too; a resource whose
 * only `dynamic` blocks are nested (`spec { dynamic "container" … }`) is read as written.
 * @internal
 */
import { iterate } from './expr/evaluate';
import { AttributeReader } from './expr/reader';
import { Value } from './expr/value';

type Resolve = AttributeReader;

const MAX_DEPTH = 8;

/** The body with its `dynamic` blocks (at any depth) expanded; the same object when it has none. */
export function expandDynamicBlocks(body: Record<string, unknown>, resolve: Resolve): Record<string, unknown> {
  return expandObject(body, resolve, 0);
}

function expandObject(obj: Record<string, unknown>, resolve: Resolve, depth: number): Record<string, unknown> {
  if (depth > MAX_DEPTH) return obj;
  let out: Record<string, unknown> | undefined;
  for (const key in obj) {
    const value = obj[key];
    if (value === null || typeof value !== 'object' || key === 'dynamic' || key === '//') continue;
    const expanded = expandValue(value, resolve, depth + 1);
    if (expanded !== value) (out ??= { ...obj })[key] = expanded;
  }
  const dynamic = obj.dynamic;
  if (dynamic === undefined || dynamic === null || typeof dynamic !== 'object') return out ?? obj;
  out ??= { ...obj };
  delete out.dynamic;
  for (const spec of asList(dynamic)) {
    for (const [name, definitions] of Object.entries(spec)) {
      const generated: unknown[] = [];
      for (const definition of asList(definitions)) generated.push(...generate(name, definition, resolve, depth));
      const existing = out[name];
      out[name] = [...(existing === undefined || existing === null ? [] : Array.isArray(existing) ? existing : [existing]), ...generated];
    }
  }
  return out;
}

function expandValue(value: unknown, resolve: Resolve, depth: number): unknown {
  if (!Array.isArray(value)) return expandObject(value as Record<string, unknown>, resolve, depth);
  // Copy only when an element changes: this runs over every block of every resource.
  let list: unknown[] | undefined;
  for (let i = 0; i < value.length; i++) {
    const v = value[i];
    if (v === null || typeof v !== 'object' || Array.isArray(v)) continue;
    const e = expandObject(v as Record<string, unknown>, resolve, depth);
    if (e !== v) (list ??= [...value])[i] = e;
  }
  return list ?? value;
}

/** The blocks one `dynamic` definition generates. */
function generate(name: string, definition: Record<string, unknown>, resolve: Resolve, depth: number): Record<string, unknown>[] {
  const iterator = iteratorName(definition.iterator) ?? name;
  const contents = asList(definition.content);
  const content = contents.length === 0 ? {} : contents.length === 1 ? contents[0] : Object.assign({}, ...contents);
  const elements = forEachElements(definition.for_each, resolve);
  if (elements === undefined) {
    // Not known before apply: one block whose iterator references stay expressions.
    return [expandObject(content, resolve, depth + 1)];
  }
  const written = writtenCollection(definition.for_each, resolve);
  return elements.map(([key, value]) => {
    const raw = written === undefined ? undefined : Array.isArray(written) ? written[key as number] : (written as Record<string, unknown>)[key as string];
    return expandObject(resolve.substitute(content, iterator, key, value, raw) as Record<string, unknown>, resolve, depth + 1);
  });
}

/** The collection as written, when `for_each` is `${var.x}` or `${local.x}` (its elements may be expressions). */
function writtenCollection(forEach: unknown, reader: AttributeReader): unknown {
  if (typeof forEach !== 'string') return Array.isArray(forEach) || (forEach !== null && typeof forEach === 'object') ? forEach : undefined;
  const m = /^\$\{\s*(var|local)\.([A-Za-z_][\w-]*)\s*\}$/.exec(forEach);
  if (!m) return undefined;
  const v = reader.scope.written(m[1] as 'var' | 'local', m[2]);
  return v !== null && typeof v === 'object' ? v : undefined;
}

/** The (key, value) pairs of a dynamic block's `for_each`, when known. */
function forEachElements(forEach: unknown, reader: AttributeReader): Array<[Value, Value]> | undefined {
  const entry = reader.scope.root(forEach);
  try {
    return iterate(entry.value);
  } catch {
    return undefined;
  }
}

function iteratorName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(?:\$\{\s*)?([A-Za-z_][\w-]*)\s*\}?\s*$/.exec(value);
  return m ? m[1] : undefined;
}

function asList(value: unknown): Record<string, unknown>[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v));
}
