/*
 * The docs-conformance check every hand-written binding is held to (and the Open Telekom
 * Cloud binding, test/providers/otc): each emitted argument is one the provider documents
 * for that resource at a named release tag (or a schema-only argument named with its
 * reason), every documented required argument is present, and nested configuration has the
 * documented shape — a block renders as a JSON list of objects, a nested attribute as an object.
 */

// Terraform JSON is walked key by key; `unknown` would need a cast at every step.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

/** How nested configuration is written in the provider's schema. */
export enum Nesting {
  /** SDKv2 block (`name { … }`): a JSON list of objects. */
  BLOCK = 'block',
  /** Plugin-framework single nested attribute (`name = { … }`): a JSON object. */
  ATTRIBUTE = 'attribute',
  /** Plugin-framework list/set nested attribute (`name = [{ … }]`): a JSON list of objects. */
  LIST_ATTRIBUTE = 'list-attribute',
}

export interface DocumentedBlock {
  /** Required arguments. */
  readonly required: string[];
  /** Optional arguments. */
  readonly optional: string[];
  /** Arguments in the resource schema but not in its doc, with why they are used. */
  readonly schemaOnly?: Record<string, string>;
  /** Nested configuration, by argument name. */
  readonly blocks?: Record<string, DocumentedNested>;
}

export interface DocumentedNested extends DocumentedBlock {
  /** The documented shape; undefined: either shape is accepted (tables written before shapes were checked). */
  readonly nesting?: Nesting;
}

export interface DocumentedResource extends DocumentedBlock {
  /** The documentation page at the release tag. */
  readonly doc: string;
}

/** One provider's table: its resources at one release tag. */
export interface ProviderDocs {
  /** Release tag the table was read at, e.g. `v1.68.0`. */
  readonly tag: string;
  readonly resources: Record<string, DocumentedResource>;
  readonly dataSources?: Record<string, DocumentedResource>;
  /** Provider configuration arguments used. */
  readonly provider?: DocumentedResource;
}

const META = new Set(['//', 'alias', 'provider', 'depends_on', 'lifecycle', 'count', 'for_each', 'provisioner', 'connection']);

/** Problems of one body against its documentation: undocumented and missing arguments, wrong nesting. */
export function problems(body: Json, block: DocumentedBlock, where: string): string[] {
  const out: string[] = [];
  const known = new Set([...block.required, ...block.optional, ...Object.keys(block.schemaOnly ?? {})]);
  for (const key of Object.keys(body)) {
    if (META.has(key)) continue;
    if (!known.has(key)) out.push(`${where}: "${key}" is not documented`);
    const nested = block.blocks?.[key];
    if (!nested) continue;
    const value = body[key];
    const isList = Array.isArray(value);
    if (nested.nesting === Nesting.ATTRIBUTE && isList) out.push(`${where}.${key}: a nested attribute, rendered as a list (write an object)`);
    if ((nested.nesting === Nesting.BLOCK || nested.nesting === Nesting.LIST_ATTRIBUTE) && !isList) {
      out.push(`${where}.${key}: ${nested.nesting === Nesting.BLOCK ? 'a block' : 'a list attribute'}, rendered as an object (write a list)`);
    }
    const items: Json[] = isList ? value : [value];
    items.forEach((item, i) => out.push(...problems(item, nested, `${where}.${key}[${i}]`)));
  }
  for (const key of block.required) if (body[key] === undefined) out.push(`${where}: required "${key}" is missing`);
  return out;
}

/** Problems of every resource of `types` in a synthesized configuration; types the table lacks are problems too. */
export function resourceProblems(json: Json, docs: ProviderDocs, isOfProvider: (type: string) => boolean): string[] {
  const out: string[] = [];
  for (const [type, byName] of Object.entries((json.resource ?? {}) as Record<string, Record<string, Json>>)) {
    if (!isOfProvider(type)) continue;
    const documented = docs.resources[type];
    if (!documented) {
      out.push(`${type}: not in the ${docs.tag} table`);
      continue;
    }
    for (const [name, body] of Object.entries(byName)) out.push(...problems(body, documented, `${type}.${name}`));
  }
  for (const [type, byName] of Object.entries((json.data ?? {}) as Record<string, Record<string, Json>>)) {
    if (!isOfProvider(type)) continue;
    const documented = docs.dataSources?.[type];
    if (!documented) {
      out.push(`data.${type}: not in the ${docs.tag} table`);
      continue;
    }
    for (const [name, body] of Object.entries(byName)) out.push(...problems(body, documented, `data.${type}.${name}`));
  }
  return out;
}

/** Problems of every provider block of `name`. */
export function providerProblems(json: Json, docs: ProviderDocs, name: string): string[] {
  const bodies = (json.provider?.[name] ?? []) as Json[];
  if (bodies.length === 0) return [];
  if (!docs.provider) return [`provider ${name}: not in the ${docs.tag} table`];
  return bodies.flatMap((b, i) => problems(b, docs.provider!, `provider.${name}[${i}]`));
}

/** Every resource type of the configuration whose name starts with one of the prefixes. */
export function typesWithPrefix(json: Json, ...prefixes: string[]): string[] {
  return [...Object.keys(json.resource ?? {}), ...Object.keys(json.data ?? {})].filter((t) => prefixes.some((p) => t.startsWith(p))).sort();
}
