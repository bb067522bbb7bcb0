import { Catalog } from '../../catalog/catalog';
import { CloudProvider } from '../../catalog/provider';
import { blocks, getAll, getPath, isLiteral, referencesIn, stringsIn } from './expressions';

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
  readonly body: Record<string, unknown>;
  /** Catalog provider by source address or local name. */
  readonly catalogProvider?: CloudProvider;
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
  'metadata.namespace',
];

/** Attributes that name a bucket literally (for bucket configurations that name it instead of referencing it). */
const BUCKET_NAME_ATTRIBUTES = ['bucket', 'name'];
/** Top-level parent attributes (nested ones are handled by type). */
const TOP_PARENT_ATTRIBUTES = new Set(PARENT_ATTRIBUTES.filter((a) => !a.includes('.')));
/** Shared empty list for records without links (most of them): saves two arrays per resource. */
const NO_RECORDS: ResourceRecord[] = [];
/** Resource types that are Kubernetes namespaces. */
const NAMESPACE_TYPES = new Set(['kubernetes_namespace', 'kubernetes_namespace_v1']);

/**
 * The configuration being checked: every resource, data source and provider block,
 * indexed by address, with references and parent links resolved once.
 * @internal
 */
export class TerraformConfiguration {
  public readonly name: string;
  public readonly raw: Record<string, unknown>;
  public readonly resources: ResourceRecord[] = [];
  public readonly providers = new Map<string, ProviderBlock>();
  public readonly variables = new Map<string, Record<string, unknown>>();
  private readonly byAddress = new Map<string, ResourceRecord>();
  private readonly requiredSources = new Map<string, string>();
  private linked = false;

  constructor(name: string, raw: Record<string, unknown>) {
    this.name = name;
    this.raw = raw;
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
    for (const [localName, decls] of Object.entries(asObject(raw.provider))) {
      for (const body of blocks(decls)) {
        const alias = typeof body.alias === 'string' ? body.alias : undefined;
        const key = alias ? `${localName}.${alias}` : localName;
        this.providers.set(key, {
          key,
          localName,
          alias,
          body,
          catalogProvider: this.catalogProviderFor(localName),
          declared: true,
        });
      }
    }
    this.addResources(raw.resource, ResourceMode.MANAGED, '');
    this.addResources(raw.data, ResourceMode.DATA, 'data.');
  }

  /** The catalog provider of a provider local name (via `required_providers` source, else the name). */
  public catalogProviderFor(localName: string): CloudProvider | undefined {
    const source = this.requiredSources.get(localName);
    if (source) return Catalog.providerForTerraformSource(source) ?? undefined;
    return Catalog.tryProvider(localName);
  }

  /** A resource or data source by address (`type.name`, `data.type.name`). */
  public find(address: string): ResourceRecord | undefined {
    return this.byAddress.get(address);
  }

  /** The provider block a resource uses: its explicit `provider` or the default of its type prefix. */
  public providerOf(record: ResourceRecord): ProviderBlock {
    const key = record.providerKey;
    const existing = this.providers.get(key);
    if (existing) return existing;
    const localName = key.split('.')[0];
    const implied: ProviderBlock = {
      key,
      localName,
      body: {},
      catalogProvider: this.catalogProviderFor(localName),
      declared: false,
    };
    this.providers.set(key, implied);
    return implied;
  }

  /** Resolve a `${var.x}` to its default, or a literal to itself; undefined when unknown. */
  public literalValue(value: unknown): unknown {
    if (isLiteral(value)) return value;
    if (typeof value !== 'string') return undefined;
    const refs = referencesIn(value);
    if (refs.length !== 1 || !refs[0].whole) return undefined;
    const ref = refs[0];
    if (ref.address.startsWith('var.')) {
      const decl = this.variables.get(ref.address.slice(4));
      const def = decl?.default;
      return isLiteral(def) ? def : undefined;
    }
    const target = this.find(ref.address);
    if (!target || !ref.attribute) return undefined;
    const attr = getPath(target.body, ref.attribute);
    return isLiteral(attr) ? attr : undefined;
  }

  /** Resolve parent links (once). */
  public link(): void {
    if (this.linked) return;
    this.linked = true;
    const bucketsByName = new Map<string, ResourceRecord>();
    const namespacesByName = new Map<string, ResourceRecord>();
    for (const r of this.resources) {
      if (r.mode !== ResourceMode.MANAGED) continue;
      if (NAMESPACE_TYPES.has(r.type)) {
        const name = getPath(r.body, 'metadata.name');
        if (typeof name === 'string' && isLiteral(name)) namespacesByName.set(name, r);
      } else if (isBucketType(r.type)) {
        for (const attr of BUCKET_NAME_ATTRIBUTES) {
          const name = r.body[attr];
          if (typeof name === 'string' && isLiteral(name)) {
            bucketsByName.set(name, r);
            break;
          }
        }
      }
    }
    for (const r of this.resources) {
      // Visit the resource's own keys (few) rather than every known parent attribute (many).
      for (const key in r.body) {
        if (!TOP_PARENT_ATTRIBUTES.has(key)) continue;
        const value = r.body[key];
        if (value === undefined || value === null) continue;
        this.addParent(r, this.parentFrom(r, key, value, bucketsByName, namespacesByName));
      }
      if (r.type.startsWith('kubernetes_')) {
        const namespace = getPath(r.body, 'metadata.namespace');
        if (namespace !== undefined && namespace !== null) {
          this.addParent(r, this.parentFrom(r, 'metadata.namespace', namespace, bucketsByName, namespacesByName));
        }
      }
    }
  }

  private addParent(child: ResourceRecord, parent: ResourceRecord | undefined): void {
    if (!parent || parent === child) return;
    (child.parents === NO_RECORDS ? (child.parents = []) : child.parents).push(parent);
    (parent.children === NO_RECORDS ? (parent.children = []) : parent.children).push(child);
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
        const simple = simpleReference(value);
        if (simple !== undefined) return this.find(simple);
        for (const ref of referencesIn(value)) {
          const target = this.find(ref.address);
          if (target) return target;
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

  private addResources(section: unknown, mode: ResourceMode, prefix: string): void {
    for (const [type, byName] of Object.entries(asObject(section))) {
      for (const [name, decl] of Object.entries(asObject(byName))) {
        const first = Array.isArray(decl) ? decl[0] : decl;
        if (!first || typeof first !== 'object' || Array.isArray(first)) continue;
        const body = first as Record<string, unknown>;
        const address = `${prefix}${type}.${name}`;
        const record = new ResourceRecord(address, type, name, mode, body);
        this.resources.push(record);
        this.byAddress.set(address, record);
      }
    }
  }
}

/** The raw record of one resource, with its links. @internal */
export class ResourceRecord {
  public parents: ResourceRecord[] = NO_RECORDS;
  public children: ResourceRecord[] = NO_RECORDS;
  /** Memoized results of the location resolver and views (set lazily). */
  public memo?: Record<string, unknown>;
  public readonly providerKey: string;
  public readonly constructPath?: string;

  constructor(
    public readonly address: string,
    public readonly type: string,
    public readonly name: string,
    public readonly mode: ResourceMode,
    public readonly body: Record<string, unknown>,
  ) {
    const provider = body.provider;
    this.providerKey = typeof provider === 'string' && provider.length > 0
      ? (provider.startsWith('${') ? provider.slice(2, -1).trim() : provider)
      : impliedProviderName(type);
    const meta = body['//'] as { metadata?: { path?: unknown } } | undefined;
    const path = meta?.metadata?.path;
    if (typeof path === 'string') this.constructPath = path;
  }

  public attribute(path: string): unknown {
    return path.includes('.') || path.includes('[') ? getPath(this.body, path) : this.body[path];
  }

  public values(path: string): unknown[] {
    return getAll(this.body, path);
  }
}

/**
 * The address of a plain whole-string reference such as `${aws_s3_bucket.b.id}` or
 * `${data.x.y.z}`, without running the general expression scanner; undefined for
 * anything more complex.
 */
export function simpleReference(value: string): string | undefined {
  if (!value.startsWith('${') || !value.endsWith('}') || value.indexOf('${', 2) !== -1) return undefined;
  const inner = value.slice(2, -1);
  if (!/^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*|\[\d+\])+$/.test(inner)) return undefined;
  const parts = inner.replace(/\[\d+\]/g, '').split('.');
  if (parts[0] === 'data') return parts.length >= 3 ? `data.${parts[1]}.${parts[2]}` : undefined;
  if (parts[0] === 'var' || parts[0] === 'local' || parts[0] === 'module' || parts.length < 2) return undefined;
  return `${parts[0]}.${parts[1]}`;
}

/** Terraform's implied provider local name: the resource type up to the first underscore. */
export function impliedProviderName(type: string): string {
  const i = type.indexOf('_');
  return i === -1 ? type : type.slice(0, i);
}

function isBucketType(type: string): boolean {
  return /(^|_)(s3_bucket|object_bucket|obs_bucket|objectstorage_bucket|storage_bucket|managed_object_storage_bucket|cloud_project_storage)$/.test(type)
    || type === 'aws_s3_bucket';
}

function asObject(value: unknown): Record<string, unknown> {
  if (Array.isArray(value)) {
    const merged: Record<string, unknown> = {};
    for (const v of value) Object.assign(merged, asObject(v));
    return merged;
  }
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}
