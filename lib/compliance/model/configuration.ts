import { Catalog } from '../../catalog/catalog';
import { CloudProvider } from '../../catalog/provider';
import { ResourceLocation } from '../types';
import { expandDynamicBlocks } from './dynamic';
import { blocks, getAll, getPath, isLiteral, referencesIn, referencesOf, stringsIn } from './expressions';
import { evaluate, parseString, toJs, whollyKnown } from './expr';
import { Node } from './expr/ast';
import { AttributeReader } from './expr/reader';
import { ConfigurationScope } from './expr/scope';
import { Mapping, Sequence, toJsPartial } from './expr/value';

/** The kind of configuration object a view describes. */
export enum ResourceMode {
  /** A managed resource (`resource` block). */
  MANAGED = 'managed',
  /** A data source (`data` block). */
  DATA = 'data',
  /** A provider configuration (`provider` block). */
  PROVIDER = 'provider',
}

/** One provider configuration block. @internal */
export interface ProviderBlock {
  /** `aws` or `aws.alias`. */
  readonly key: string;
  /** Local name, e.g. `aws`. */
  readonly localName: string;
  readonly alias?: string;
  /** Its arguments as written (`ResourceLocation` evaluates the ones it reads with `literalValue`). */
  readonly body: Record<string, unknown>;
  /** Catalog provider by source address or local name. */
  readonly catalogProvider?: CloudProvider;
  /** Why the source address names no catalogued provider (a private registry host), when it says. */
  readonly catalogReason?: string;
  /** Whether the block was written in the configuration (false: implied by resources). */
  readonly declared: boolean;
}

/**
 * Attribute names that point from a resource to the resource it belongs to — a bucket's
 * encryption configuration to its bucket, a node pool to its cluster, a NetworkPolicy to
 * its namespace. Following them lets rules judge a resource together with everything
 * attached to it, whatever provider it comes from.
 */
const PARENT_ATTRIBUTES: readonly string[] = [
  'bucket', 'bucket_name', 'bucket_id',
  'cluster_id', 'kube_id', 'k8s_cluster_id', 'cluster', 'cluster_name', 'kubernetes_cluster_id', 'cluster_uuid',
  'datacenter_id', 'service_uuid', 'storage_account_id', 'storage_account_name',
  'server_id', 'instance_id', 'security_group_id', 'firewall_id', 'network_id', 'vpc_id',
  'load_balancer_id', 'loadbalancer_id', 'lb_id', 'listener_id', 'frontend', 'frontend_id',
  'networkloadbalancer_id', 'application_loadbalancer_id', 'natgateway_id',
  'target_resource_id', 'resource_id', 'storage_container_resource_manager_id', 'container_name', 's3_bucket_name',
  'metadata.namespace',
];

/** Attributes that name a bucket literally (for bucket configurations that name it instead of referencing it). */
const BUCKET_NAME_ATTRIBUTES = ['bucket', 'name'];
/** Creates the object that represents a resource (the engine creates `ResourceView`s). */
export type RecordFactory = (type: string, name: string, mode: ResourceMode, body: Record<string, unknown>) => ResourceRecord;
const DEFAULT_FACTORY: RecordFactory = (type, name, mode, body) => new ResourceRecord(type, name, mode, body);

/** Top-level parent attributes (nested ones are handled by type). */
const TOP_PARENT_ATTRIBUTES: ReadonlySet<string> = new Set(PARENT_ATTRIBUTES.filter((a) => !a.includes('.')));
/** Shared empty list for records without links (most of them): saves two arrays per resource. */
const NO_RECORDS: ResourceRecord[] = [];
/** Resource types that are Kubernetes namespaces. */
const NAMESPACE_TYPES = new Set(['kubernetes_namespace', 'kubernetes_namespace_v1']);

/**
 * The configuration being checked: every resource, data source and provider block,
 * indexed by address, with references and parent links resolved once.
 * @internal
 */
/** What an unknown part of a partly known document reads as. */
const UNKNOWN_PART = '${unknown}';

export class TerraformConfiguration {
  public readonly name: string;
  public readonly raw: Record<string, unknown>;
  public readonly resources: ResourceRecord[] = [];
  public readonly providers = new Map<string, ProviderBlock>();
  public readonly variables = new Map<string, Record<string, unknown>>();
  private readonly managed = new Map<string, TypeRecords>();
  private readonly dataSources = new Map<string, TypeRecords>();
  private readonly byFullAddress = new Map<string, ResourceRecord>();
  private readonly requiredSources = new Map<string, string>();
  private linked = false;
  private readonly factory: RecordFactory;
  /** Terraform's expression language over this configuration's variables, locals and resources. */
  public readonly scope: ConfigurationScope;
  /** Reads arguments as Terraform knows them at plan time. */
  public readonly reader: AttributeReader;

  constructor(name: string, raw: Record<string, unknown>, factory: RecordFactory = DEFAULT_FACTORY) {
    this.name = name;
    this.raw = raw;
    this.factory = factory;
    for (const terraform of blocks(raw.terraform)) {
      for (const required of blocks(terraform.required_providers)) {
        for (const [local, spec] of Object.entries(required)) {
          const source = typeof spec === 'string' ? undefined : (spec as { source?: unknown })?.source;
          if (typeof source === 'string') this.requiredSources.set(local, source);
        }
      }
    }
    for (const [name, decls] of Object.entries(asObject(raw.variable))) {
      const decl = blocks(decls)[0];
      if (decl) this.variables.set(name, decl);
    }
    this.scope = new ConfigurationScope(raw, this.variables);
    this.reader = new AttributeReader(this.scope);
    this.addResources(raw.resource, ResourceMode.MANAGED, this.managed);
    this.addResources(raw.data, ResourceMode.DATA, this.dataSources);
    // After the resources: a source on a private registry host is told by the types used with it.
    for (const [localName, decls] of Object.entries(asObject(raw.provider))) {
      for (const body of blocks(decls)) {
        const alias = typeof body.alias === 'string' ? body.alias : undefined;
        const key = alias ? `${localName}.${alias}` : localName;
        this.providers.set(key, { key, localName, alias, body, ...this.catalogProviderOf(localName), declared: true });
      }
    }
    for (let at = 0, all = this.resources; at < all.length; at++) {
      const r = all[at];
      const meta = r.body['//'] as { metadata?: { address?: unknown } } | undefined;
      if (typeof meta?.metadata?.address === 'string') this.byFullAddress.set(meta.metadata.address, r);
    }
  }

  /** The catalog provider of a provider local name (via `required_providers` source, else the name). */
  public catalogProviderFor(localName: string): CloudProvider | undefined {
    return this.catalogProviderOf(localName).catalogProvider;
  }

  /** The catalog provider of a local name, or why its source names none. */
  private catalogProviderOf(localName: string): { catalogProvider?: CloudProvider; catalogReason?: string } {
    const source = this.requiredSources.get(localName);
    if (!source) return { catalogProvider: Catalog.tryProvider(localName) };
    const first = Catalog._resolveTerraformSource(source);
    // Only a source on a private registry host gives a reason: the types used with it can still tell.
    if (first.provider || !first.reason) return { catalogProvider: first.provider };
    const then = Catalog._resolveTerraformSource(source, this.typesUsedWith(localName));
    return then.provider ? { catalogProvider: then.provider } : { catalogReason: `provider ${localName}: ${then.reason}` };
  }

  /** The resource and data source types whose provider configuration has this local name. */
  private typesUsedWith(localName: string): string[] {
    const types = new Set<string>();
    for (let at = 0, all = this.resources; at < all.length; at++) {
      const r = all[at];
      const key = r.providerKey;
      if (key === localName || key.startsWith(`${localName}.`)) types.add(r.type);
    }
    return [...types];
  }

  /** The `terraform { backend "<type>" { … } }` blocks: where the state is kept. */
  public backends(): Array<{ readonly type: string; readonly body: Record<string, unknown> }> {
    const out: Array<{ type: string; body: Record<string, unknown> }> = [];
    for (const terraform of blocks(this.raw.terraform)) {
      for (const backend of blocks(terraform.backend)) {
        for (const [type, bodies] of Object.entries(backend)) {
          const body = blocks(bodies)[0];
          if (body) out.push({ type, body });
        }
      }
    }
    return out;
  }

  /** A resource, data source or ephemeral resource by address (`type.name`, `data.type.name`, `ephemeral.type.name`). */
  public find(address: string): ResourceRecord | undefined {
    if (address.startsWith('ephemeral.')) return this.ephemeral().get(address);
    const isData = address.startsWith('data.');
    const rest = isData ? address.slice(5) : address;
    const dot = rest.indexOf('.');
    if (dot > 0) {
      const found = this.named(isData ? this.dataSources : this.managed, rest.slice(0, dot), rest.slice(dot + 1));
      if (found) return found;
    }
    return this.byFullAddress.size > 0 ? this.byFullAddress.get(address) : undefined;
  }

  /** The provider block a resource uses: its explicit `provider` or the default of its type prefix. */
  public providerOf(record: ResourceRecord): ProviderBlock {
    const key = record.providerKey;
    const existing = this.providers.get(key);
    if (existing) return existing;
    const localName = key.split('.')[0];
    const implied: ProviderBlock = { key, localName, body: {}, ...this.catalogProviderOf(localName), declared: false };
    this.providers.set(key, implied);
    return implied;
  }

  /**
   * A value as Terraform knows it before apply, as plain JSON: literals as they are; every
   * expression evaluated with Terraform's semantics over variables (defaults and assigned
   * values), locals, the arguments written in resources and data sources, and the pure
   * built-in functions. Undefined when anything in it is not known before apply.
   */
  public literalValue(value: unknown): unknown {
    if (value === undefined || value === null) return value ?? undefined;
    if (typeof value === 'string' ? value.indexOf('{') === -1 : typeof value !== 'object') return value;
    return toJs(this.scope.root(value).value);
  }

  /**
   * The document a `${jsonencode(…)}` expression encodes, as Terraform knows it before apply,
   * with every part that is not known read as the string `${unknown}` (which rules treat as an
   * expression); undefined when the value is not a jsonencode() call or cannot be evaluated.
   */
  public partialDocument(value: unknown): unknown {
    if (typeof value !== 'string' || value.indexOf('jsonencode') === -1) return undefined;
    try {
      const node = parseString(value);
      if (node === undefined || node.t !== 'template' || !node.unwrap) return undefined;
      const expr = (node.parts[0] as { expr: Node }).expr;
      if (expr.t !== 'call' || expr.name !== 'jsonencode' || expr.args.length !== 1) return undefined;
      return this.partialOf(expr.args[0]);
    } catch {
      return undefined;
    }
  }

  /**
   * An object or tuple expression, part by part: known parts as their values, an unknown part that
   * is one reference as that reference (`${aws_iam_role.r.arn}`, `${var.reader}`: rules can tell
   * what it is), any other unknown part as `${unknown}`.
   */
  private partialOf(node: Node): unknown {
    if (node.t === 'tuple') return node.items.map((item) => this.partialOf(item));
    if (node.t === 'object') {
      const out: Record<string, unknown> = {};
      for (const { key, value } of node.items) {
        const k = key.t === 'variable' ? key.name : toJs(evaluate(key, this.scope));
        if (typeof k !== 'string') return toJsPartial(evaluate(node, this.scope), UNKNOWN_PART);
        out[k] = this.partialOf(value);
      }
      return out;
    }
    const value = evaluate(node, this.scope);
    if (whollyKnown(value)) return toJs(value);
    if (node.t === 'attribute' || node.t === 'index' || node.t === 'splat') {
      const refs = referencesOf(node);
      const ref = refs.length === 1 ? refs[0] : undefined;
      if (ref) {
        return `\${${ref.address}${ref.attribute === '' || ref.attribute.startsWith('[') ? '' : '.'}${ref.attribute}}`;
      }
    }
    return toJsPartial(value, UNKNOWN_PART);
  }

  private ephemeralRecords?: Map<string, ResourceRecord>;
  /**
   * Ephemeral resources (Terraform 1.10+, e.g. `ephemeral "stackit_ske_kubeconfig"`), by
   * address. They leave nothing behind, so no rule judges them; they are kept for references
   * (a kubernetes provider configured from one points at its cluster).
   */
  private ephemeral(): Map<string, ResourceRecord> {
    if (this.ephemeralRecords) return this.ephemeralRecords;
    const out = new Map<string, ResourceRecord>();
    const types = asObject(this.raw.ephemeral);
    for (const type in types) {
      const byName = asObject(types[type]);
      for (const name in byName) {
        const decl = byName[name];
        const first = Array.isArray(decl) ? decl[0] : decl;
        if (first && typeof first === 'object' && !Array.isArray(first)) {
          out.set(`ephemeral.${type}.${name}`, new ResourceRecord(type, name, ResourceMode.DATA, first as Record<string, unknown>));
        }
      }
    }
    return (this.ephemeralRecords = out);
  }

  /** The value of a local (as written: literals or expressions). */
  public localValue(name: string): unknown {
    return this.locals()[name];
  }

  private localValues?: Record<string, unknown>;
  private locals(): Record<string, unknown> {
    return (this.localValues ??= asObject(this.raw.locals));
  }

  /** Resolve parent links (once). */
  public link(): void {
    if (this.linked) return;
    this.linked = true;
    const bucketsByName = new Map<string, ResourceRecord>();
    const namespacesByName = new Map<string, ResourceRecord>();
    for (let at = 0, all = this.resources; at < all.length; at++) {
      const r = all[at];
      if (r.mode !== ResourceMode.MANAGED) continue;
      const kind = typeKind(r.type);
      if (kind === TypeKind.NAMESPACE) {
        const name = getPath(r.body, 'metadata.name');
        if (typeof name === 'string' && isLiteral(name)) namespacesByName.set(name, r);
        // Namespaces created per element (`for_each = var.tenants`, `name = each.key`): a policy
        // with the same for_each and the same name expression belongs to them.
        else if (typeof name === 'string' && /\beach\.(key|value)\b/.test(name)) namespacesByName.set(forEachKey(r.body.for_each, name), r);
      } else if (kind === TypeKind.BUCKET) {
        for (const attr of BUCKET_NAME_ATTRIBUTES) {
          const name = r.body[attr];
          if (typeof name === 'string' && isLiteral(name)) {
            bucketsByName.set(name, r);
            break;
          }
        }
      }
    }
    for (let at = 0, all = this.resources; at < all.length; at++) {
      const r = all[at];
      const body = r.body;
      // Enumerating the body's own keys (a handful) beats probing every known parent attribute:
      // bodies have many shapes, so probing is megamorphic (measured 11 ms vs 70 ms per 100,000).
      for (const key in body) {
        if (!TOP_PARENT_ATTRIBUTES.has(key)) continue;
        const value = body[key];
        if (value === undefined || value === null) continue;
        this.addParent(r, this.parentFrom(r, key, value, bucketsByName, namespacesByName));
      }
      if (typeKind(r.type) === TypeKind.KUBERNETES) {
        // kubernetes_manifest keeps the object (camelCase) under `manifest`.
        const metadata = r.type === 'kubernetes_manifest' ? getPath(body.manifest, 'metadata') : body.metadata;
        const namespace = metadata === undefined ? undefined : getPath(metadata, 'namespace');
        if (namespace !== undefined && namespace !== null) {
          this.addParent(r, this.parentFrom(r, 'metadata.namespace', namespace, bucketsByName, namespacesByName));
        }
      }
    }
  }

  private addParent(child: ResourceRecord, parent: ResourceRecord | undefined): void {
    if (!parent || parent === child) return;
    // A literal of one element, not [] then push (which reserves 17 slots): most resources have one parent.
    if (child.parentRecords === NO_RECORDS) child.parentRecords = [parent];
    else child.parentRecords.push(parent);
    if (parent.childRecords === NO_RECORDS) parent.childRecords = [child];
    else parent.childRecords.push(child);
  }

  private parentFrom(
    r: ResourceRecord,
    attr: string,
    value: unknown,
    buckets: Map<string, ResourceRecord>,
    namespaces: Map<string, ResourceRecord>,
  ): ResourceRecord | undefined {
    if (typeof value === 'string') {
      if (value.includes('${')) {
        const simple = simpleReferenceParts(value);
        if (simple !== undefined) return this.named(simple.data ? this.dataSources : this.managed, simple.type, simple.name);
        for (const ref of referencesIn(value)) {
          const target = this.find(ref.address);
          if (target) return target;
        }
        if (attr === 'metadata.namespace' && /\beach\.(key|value)\b/.test(value)) {
          const sibling = namespaces.get(forEachKey(r.body.for_each, value));
          if (sibling) return sibling;
        }
        // `for_each = scaleway_object_bucket.data` with `bucket = each.value.name` (or each.key):
        // every instance belongs to an instance of the resource it iterates over.
        if (/\beach\.(value|key)\b/.test(value) && typeof r.body.for_each === 'string') {
          const [over] = referencesIn(r.body.for_each);
          if (over && !over.attribute && referencesIn(r.body.for_each).length === 1) return this.find(over.address);
        }
        return undefined;
      }
      if (attr === 'metadata.namespace') return namespaces.get(value);
      if (attr.startsWith('bucket')) {
        // OVH/Scaleway write `region/name`; take the name.
        return buckets.get(value) ?? buckets.get(value.split('/').pop() ?? value);
      }
      return undefined;
    }
    // A block or list (e.g. `cluster { id = ... }`): follow the first resource reference in it.
    if (typeof value === 'object') {
      for (const s of stringsIn(value)) {
        for (const ref of referencesIn(s)) {
          const target = this.find(ref.address);
          if (target && target !== r) return target;
        }
      }
    }
    return undefined;
  }

  /**
   * Whether a resource is switched off: a `count` that is 0 or a `for_each` over an empty
   * collection, as far as they are known before apply (variables, locals, conditionals…).
   * Terraform creates no instance of it, so no rule judges it and nothing links to it.
   */
  private neverCreated(body: Record<string, unknown>): boolean {
    if (body.count !== undefined && body.count !== null) {
      const n = this.literalValue(body.count);
      if (n === 0 || n === '0') return true;
    }
    if (body.for_each !== undefined && body.for_each !== null) {
      const v = this.scope.root(body.for_each).value;
      if ((v instanceof Sequence && v.items.length === 0) || (v instanceof Mapping && v.entries.size === 0)) return true;
    }
    return false;
  }

  private addResources(section: unknown, mode: ResourceMode, index: Map<string, TypeRecords>): void {
    const types = asObject(section);
    const resources = this.resources;
    for (const type in types) {
      const byName = asObject(types[type]);
      const start = resources.length;
      for (const name in byName) {
        const decl = byName[name];
        const first = Array.isArray(decl) ? decl[0] : decl;
        if (!first || typeof first !== 'object' || Array.isArray(first)) continue;
        const declared = first as Record<string, unknown>;
        // Three probes per body, nothing more: this runs for every resource of every configuration.
        if ((declared.count !== undefined || declared.for_each !== undefined) && this.neverCreated(declared)) continue;
        const body = declared.dynamic !== undefined ? expandDynamicBlocks(declared, this.reader) : declared;
        const record = this.factory(type, name, mode, body);
        record.reader = this.reader;
        resources.push(record);
      }
      // The records of one type are contiguous: the index by name is made when first asked.
      if (resources.length > start) index.set(type, { start, end: resources.length, names: undefined });
    }
  }

  /**
   * The record of one type and name. Most types are never looked up by name (only the targets
   * of references are): their index is made on the first lookup, not for every resource.
   */
  private named(index: Map<string, TypeRecords>, type: string, name: string): ResourceRecord | undefined {
    const of = index.get(type);
    if (of === undefined) return undefined;
    if (of.names === undefined) {
      // Keys straight from JSON are internalized strings with cached hashes: indexing by
      // type and then name is far cheaper than by a concatenated address.
      const names = new Map<string, ResourceRecord>();
      for (let at = of.start, all = this.resources; at < of.end; at++) names.set(all[at].name, all[at]);
      of.names = names;
    }
    return of.names.get(name);
  }
}

/** The records of one type: a range of `TerraformConfiguration.resources`, and its index by name once made. */
interface TypeRecords {
  readonly start: number;
  readonly end: number;
  names: Map<string, ResourceRecord> | undefined;
}

/** Key of a name written per `for_each` element: the collection and the name expression. */
function forEachKey(forEach: unknown, name: string): string {
  return `for_each ${JSON.stringify(forEach)} name ${name}`;
}

/**
 * Where the argument that decides a resource's location is written: the resource itself, the
 * resource it lives in (its data centre, bucket, server, cluster), or a provider configuration
 * (a Kubernetes provider that names no cluster; a module's missing provider configuration). A
 * location finding is reported there, once, naming the resources it affects.
 * @internal
 */
export interface FixSite {
  /** Its address: `type.name` or `provider.name[.alias]`. */
  readonly address: string;
  /** The resource, when the site is one. */
  readonly record?: ResourceRecord;
  /** The provider configuration, when the site is one. */
  readonly block?: ProviderBlock;
}

/**
 * The raw record of one resource, with its links. `ResourceView` (what rules see) extends
 * it, so the engine allocates one object per resource; members not meant for the public
 * API are hidden from jsii with `@jsii ignore`.
 * @internal
 */
export class ResourceRecord {
  /** @jsii ignore */
  public parentRecords: ResourceRecord[] = NO_RECORDS;
  /** @jsii ignore */
  public childRecords: ResourceRecord[] = NO_RECORDS;
  // Memoized results of the location resolver (set lazily; plain fields are much cheaper
  // than a dictionary per resource at 100,000 resources).
  /** @jsii ignore */
  public memoProvider?: CloudProvider | null;
  /** @jsii ignore */
  public memoLocated?: boolean;
  /** @jsii ignore */
  public memoLocation?: ResourceLocation;
  /** @jsii ignore */
  public memoSecondary?: ResourceLocation[];
  /** @jsii ignore */
  public memoInherited?: ResourceLocation | null;
  /** @jsii ignore */
  public memoLocating?: boolean;
  /** The parent whose location this resource took (set by the location resolver). @jsii ignore */
  public memoVia?: ResourceRecord = undefined;
  /** Where the argument deciding its location is (set by the location resolver). @jsii ignore */
  public memoFixSite?: FixSite = undefined;
  /** The resources whose location is decided here, when it is their fix site (set by the location resolver). @jsii ignore */
  public memoDependants?: ResourceRecord[] = undefined;
  /** What the location rules judge here (`atFixSite`, set by the first of them). @jsii ignore */
  public memoSite?: unknown = undefined;
  /** Reads arguments as Terraform knows them at plan time (set by the configuration). @jsii ignore */
  public reader?: AttributeReader = undefined;
  /** The body as read by `reader`. @jsii ignore */
  public memoRead?: Record<string, unknown> = undefined;
  /** @jsii ignore */
  public readonly type: string;
  /** Resource name (the provider key for provider configurations). */
  public readonly name: string;
  /** Managed resource, data source or provider configuration. */
  public readonly mode: ResourceMode;
  /** @jsii ignore */
  public readonly body: Record<string, unknown>;
  /** The provider configuration it uses, e.g. `aws` or `aws.scw`. */
  public readonly providerKey: string;
  /**
   * Construct path from cdktf's `//` metadata.
   * @default - none (plain Terraform)
   */
  public readonly constructPath?: string;
  private fullAddress?: string;

  constructor(type: string, name: string, mode: ResourceMode, body: Record<string, unknown>, providerKey?: string) {
    this.type = type;
    this.name = name;
    this.mode = mode;
    this.body = body;
    const provider = body.provider;
    this.providerKey = providerKey ?? (typeof provider === 'string' && provider.length > 0
      ? (provider.startsWith('${') ? provider.slice(2, -1).trim() : provider)
      : impliedProviderName(type));
    const meta = body['//'] as { metadata?: { path?: unknown; address?: unknown } } | undefined;
    if (meta !== undefined) {
      const path = meta?.metadata?.path;
      if (typeof path === 'string') this.constructPath = path;
      // Plans and expanded modules keep the real Terraform address (`module.x.aws_s3_bucket.y`).
      const address = meta?.metadata?.address;
      if (typeof address === 'string') this.fullAddress = address;
    }
    if (mode === ResourceMode.PROVIDER) this.fullAddress = `provider.${name}`;
  }

  /** Give a pseudo-resource (the state backend) its own address. @internal */
  public _setAddress(address: string): void {
    this.fullAddress = address;
  }

  /** Terraform address: `type.name`, `data.type.name`, or `provider.name[.alias]`. */
  public get address(): string {
    return (this.fullAddress ??= this.mode === ResourceMode.DATA ? `data.${this.type}.${this.name}` : `${this.type}.${this.name}`);
  }

  /**
   * Value at a dotted path (`rule.apply_server_side_encryption_by_default.sse_algorithm`); nested
   * blocks written as lists are entered at their first element. Undefined when absent.
   * Expressions Terraform knows before apply from variables, locals and functions read as
   * their value (null: not set); others read as written (`${…}`).
   */
  public attribute(path: string): any {
    const body = this.reader === undefined ? this.body : this.readBody();
    return path.includes('.') || path.includes('[') ? getPath(body, path) : body[path];
  }

  /**
   * A location argument as `attribute` reads it; but when it is an expression that gives each
   * `count` / `for_each` instance a different known value, the list of those values (so that
   * every instance is located, as a list-valued location argument is). @jsii ignore
   */
  public locationValue(path: string): any {
    const v = this.attribute(path);
    if (typeof v !== 'string' || this.reader === undefined || v.indexOf('{') === -1 || (this.body.count === undefined && this.body.for_each === undefined)) return v;
    const values = this.reader.perInstance(this, v);
    return values === undefined ? v : values.flat();
  }

  /**
   * A location argument's value for each `count` / `for_each` instance (`[address suffix,
   * value]`), when the instances differ and each is known; undefined otherwise. @jsii ignore
   */
  public locationValuesByInstance(path: string): Array<[string, unknown]> | undefined {
    if (this.reader === undefined || (this.body.count === undefined && this.body.for_each === undefined)) return undefined;
    const raw = path.includes('.') || path.includes('[') ? getPath(this.body, path) : this.body[path];
    return typeof raw === 'string' && raw.indexOf('{') !== -1 ? this.reader.valuesByInstance(this, raw) : undefined;
  }

  /** Every value at a dotted path, across all nested blocks (all `ingress` rules, …), read as `attribute` reads them. */
  public values(path: string): any[] {
    return getAll(this.reader === undefined ? this.body : this.readBody(), path);
  }

  /** The body as Terraform knows it (computed once, on the first read; the same object when nothing changes). */
  private readBody(): Record<string, unknown> {
    return (this.memoRead ??= this.reader!.read(this, this.body) as Record<string, unknown>);
  }
}

/**
 * The address of a plain whole-string reference such as `${aws_s3_bucket.b.id}` or
 * `${data.x.y.z}`, without running the general expression scanner; undefined for
 * anything more complex (or for `var.`, `local.`, `module.` references).
 */
export function simpleReference(value: string): string | undefined {
  const parts = simpleReferenceParts(value);
  if (!parts) return undefined;
  return parts.data ? `data.${parts.type}.${parts.name}` : `${parts.type}.${parts.name}`;
}

/** The pieces of a plain whole-string reference, found by scanning characters (no regex, no split, no closure). */
export function simpleReferenceParts(value: string): { data: boolean; type: string; name: string } | undefined {
  const end = value.length - 1;
  if (end < 5 || value.charCodeAt(0) !== 36 /* $ */ || value.charCodeAt(1) !== 123 /* { */ || value.charCodeAt(end) !== 125 /* } */) return undefined;
  let i = identifierEnd(value, 2, end);
  if (i === 2 || value.charCodeAt(i) !== 46 /* . */) return undefined;
  let first = value.slice(2, i);
  i++;
  let data = false;
  if (first === 'data') {
    data = true;
    const start = i;
    i = identifierEnd(value, start, end);
    if (i === start || value.charCodeAt(i) !== 46) return undefined;
    first = value.slice(start, i);
    i++;
  } else if (first === 'var' || first === 'local' || first === 'module' || first === 'each' || first === 'count' || first === 'self') {
    return undefined;
  }
  const nameStart = i;
  i = identifierEnd(value, nameStart, end);
  if (i === nameStart) return undefined;
  // The rest may only be an attribute path: `.attr`, `[0]`, `.attr[0].x`.
  for (let j = i; j < end; j++) {
    const c = value.charCodeAt(j);
    if (!isIdentifierChar(c) && c !== 46 /* . */ && c !== 91 /* [ */ && c !== 93 /* ] */ && c !== 42 /* * */) return undefined;
  }
  return { data, type: first, name: value.slice(nameStart, i) };
}

/** A character of a Terraform identifier: a letter, a digit, `_` or `-`. */
function isIdentifierChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

/** The end of the identifier that starts at `start`, before `end`. */
function identifierEnd(value: string, start: number, end: number): number {
  let i = start;
  while (i < end && isIdentifierChar(value.charCodeAt(i))) i++;
  return i;
}

const IMPLIED = new Map<string, string>();
/** Terraform's implied provider local name: the resource type up to the first underscore. */
export function impliedProviderName(type: string): string {
  let name = IMPLIED.get(type);
  if (name === undefined) {
    const i = type.indexOf('_');
    name = i === -1 ? type : type.slice(0, i);
    IMPLIED.set(type, name);
  }
  return name;
}

enum TypeKind { NAMESPACE, BUCKET, KUBERNETES, OTHER }
const TYPE_KINDS = new Map<string, TypeKind>();

/** What linking needs to know about a resource type (memoized: few types, many resources). */
function typeKind(type: string): TypeKind {
  let kind = TYPE_KINDS.get(type);
  if (kind === undefined) {
    if (NAMESPACE_TYPES.has(type)) kind = TypeKind.NAMESPACE;
    else if (/(^|_)(s3_bucket|object_bucket|obs_bucket|objectstorage_bucket|storage_bucket|managed_object_storage_bucket|cloud_project_storage)$/.test(type)) kind = TypeKind.BUCKET;
    else if (type.startsWith('kubernetes_')) kind = TypeKind.KUBERNETES;
    else kind = TypeKind.OTHER;
    TYPE_KINDS.set(type, kind);
  }
  return kind;
}

function asObject(value: unknown): Record<string, unknown> {
  if (Array.isArray(value)) {
    const merged: Record<string, unknown> = {};
    for (const v of value) Object.assign(merged, asObject(v));
    return merged;
  }
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

