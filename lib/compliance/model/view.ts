import { CloudProvider } from '../../catalog/provider';
import { ResourceCategory } from '../../catalog/types';
import { Catalog } from '../../catalog/catalog';
import { SovereigntyPolicy } from '../../core/policy';
import { LocationStatus, ResourceLocation } from '../types';
import { ProviderBlock, ResourceMode, ResourceRecord, TerraformConfiguration } from './configuration';
import { getAll, getPath, isLiteral, isUnresolved } from './expressions';
import { LocationResolver } from './location';
import { secondaryLocations } from './secondary';

/** Label and tag keys that mark a resource's data classification (first match wins). */
export const CLASSIFICATION_KEYS: readonly string[] = [
  'cdktf-sovereign.org/data-classification',
  'data-classification',
  'data_classification',
  'DataClassification',
  'dataClassification',
  'classification',
];

/** Label and tag keys that mark what a store is for (e.g. `audit-logs`). */
export const PURPOSE_KEYS: readonly string[] = ['cdktf-sovereign.org/purpose', 'purpose', 'Purpose'];

/** Attributes that carry labels or tags, across providers. */
const LABEL_ATTRIBUTES = ['tags', 'labels', 'metadata.labels', 'metadata.annotations', 'tags_all', 'k8s_tags', 'resource_labels', 'user_labels'];

/**
 * A read-only view of one resource, data source or provider configuration, as rules
 * see it: attributes exactly as written (references stay `${...}` strings and count as
 * unknown), its effective location, and the resources linked to it.
 */
export class ResourceView {
  /** @internal */
  public static _of(record: ResourceRecord, context: RuleContext): ResourceView {
    return new ResourceView(record, undefined, context);
  }

  /** @internal */
  public static _ofProvider(block: ProviderBlock, context: RuleContext): ResourceView {
    return new ResourceView(undefined, block, context);
  }

  /** Terraform address: `type.name`, `data.type.name`, or `provider.name[.alias]`. */
  public readonly address: string;
  /** Resource type (`provider` for provider configurations). */
  public readonly resourceType: string;
  /** Resource name (the provider key for provider configurations). */
  public readonly name: string;
  /** Managed resource, data source or provider configuration. */
  public readonly mode: ResourceMode;
  /**
   * Construct path from cdktf's `//` metadata.
   * @default - none (plain Terraform)
   */
  public readonly constructPath?: string;
  /** The provider configuration it uses, e.g. `aws` or `aws.scw`. */
  public readonly providerKey: string;

  private readonly record?: ResourceRecord;
  private readonly block?: ProviderBlock;
  private readonly context: RuleContext;

  private constructor(record: ResourceRecord | undefined, block: ProviderBlock | undefined, context: RuleContext) {
    this.context = context;
    if (record) {
      this.record = record;
      this.address = record.address;
      this.resourceType = record.type;
      this.name = record.name;
      this.mode = record.mode;
      this.constructPath = record.constructPath;
      this.providerKey = record.providerKey;
    } else {
      this.block = block!;
      this.address = `provider.${block!.key}`;
      this.resourceType = 'provider';
      this.name = block!.key;
      this.mode = ResourceMode.PROVIDER;
      this.providerKey = block!.key;
    }
  }

  /** All attributes as written (JSON values; references are `${...}` strings). */
  public get attributes(): any {
    return this.record?.body ?? this.block!.body;
  }

  /**
   * Value at a dotted path (`rule.apply_server_side_encryption_by_default.sse_algorithm`); nested
   * blocks written as lists are entered at their first element. Undefined when absent.
   */
  public attribute(path: string): any {
    return this.record ? this.record.attribute(path) : getPath(this.block!.body, path);
  }

  /** Every value at a dotted path, across all nested blocks (all `ingress` rules, …). */
  public values(path: string): any[] {
    return this.record ? this.record.values(path) : getAll(this.block!.body, path);
  }

  /** Whether the argument at `path` is set (to anything, including an expression). */
  public has(path: string): boolean {
    const v = this.attribute(path);
    return v !== undefined && v !== null;
  }

  /** Whether the value at `path` is (or contains) an expression unknown before apply. */
  public isUnknown(path: string): boolean {
    return isUnresolved(this.attribute(path));
  }

  /**
   * The literal value at `path`: the value itself when literal, a variable's default for
   * `${var.x}`, or a referenced resource's literal attribute; undefined when unknown.
   */
  public literal(path: string): any {
    return this.context._config.literalValue(this.attribute(path));
  }

  /** The catalog id of the provider that hosts it (S3-compatible resources: the endpoint's provider). */
  public get providerId(): string | undefined {
    return this.cloudProvider?.id;
  }

  /** The catalog provider that hosts it, if known. */
  public get cloudProvider(): CloudProvider | undefined {
    if (this.block) return this.block.catalogProvider;
    return this.context._resolver.effectiveProvider(this.record!);
  }

  /** The catalog's role for this resource type, if the catalog describes it. */
  public get category(): ResourceCategory | undefined {
    const fact = this.cloudProvider?.resourceType(this.resourceType)
      ?? Catalog.providerForResourceType(this.resourceType)?.resourceType(this.resourceType);
    return fact?.category;
  }

  /** Whether the resource holds or processes data and therefore needs a known location. */
  public get isLocated(): boolean {
    return !!this.record && this.context._resolver.isLocated(this.record);
  }

  /** The effective location. */
  public get location(): ResourceLocation {
    if (!this.record) return { status: LocationStatus.NOT_APPLICABLE, countries: [], source: 'provider configuration', verified: true };
    return this.context._resolver.locate(this.record);
  }

  /** Replicas, backups, replication destinations and log sinks. */
  public get secondaryLocations(): ResourceLocation[] {
    if (!this.record) return [];
    return secondaryLocations(this.record, this.context._config, this.context._resolver);
  }

  /** Resources this one belongs to (its bucket, cluster, namespace, data centre). */
  public get parents(): ResourceView[] {
    return (this.record?.parents ?? []).map((r) => this.context._view(r));
  }

  /** Resources attached to this one (its encryption configuration, node pools, network policies). */
  public get children(): ResourceView[] {
    return (this.record?.children ?? []).map((r) => this.context._view(r));
  }

  /** Attached resources of a type, or of a prefix ending in `*`. */
  public childrenOfType(resourceType: string): ResourceView[] {
    return this.children.filter((c) => matchesType(c.resourceType, resourceType));
  }

  /** Literal labels and tags, merged from `tags`, `labels`, `metadata.labels` and friends. */
  public get labels(): { [key: string]: string } {
    const out: Record<string, string> = {};
    for (const attr of LABEL_ATTRIBUTES) {
      const value = this.attribute(attr);
      if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (isLiteral(v) && !(k in out)) out[k] = String(v);
      }
    }
    return out;
  }

  /**
   * The data classification from its labels or tags (`data-classification` and the other
   * `CLASSIFICATION_KEYS`), lower-cased.
   * @default - not marked
   */
  public get dataClassification(): string | undefined {
    return firstLabel(this.labels, CLASSIFICATION_KEYS)?.toLowerCase();
  }

  /** Whether it is marked as holding personal data (`personal` or `special-category`). */
  public get holdsPersonalData(): boolean {
    const c = this.dataClassification;
    if (c === 'personal' || c === 'special-category' || c === 'pii' || c === 'personal-data') return true;
    const flag = this.labels['personal-data'] ?? this.labels['cdktf-sovereign.org/personal-data'];
    return flag === 'true';
  }

  /**
   * What it is for, from the `purpose` label or tag (e.g. `audit-logs`).
   * @default - not marked
   */
  public get purpose(): string | undefined {
    return firstLabel(this.labels, PURPOSE_KEYS)?.toLowerCase();
  }
}

/**
 * What a rule sees besides the resource: the policy and the whole configuration.
 */
export class RuleContext {
  /** @internal */
  public readonly _config: TerraformConfiguration;
  /** @internal */
  public readonly _resolver: LocationResolver;
  /** The policy the configuration is checked against. */
  public readonly policy: SovereigntyPolicy;
  private providerViews?: ResourceView[];

  /** @internal */
  constructor(config: TerraformConfiguration, policy: SovereigntyPolicy, resolver: LocationResolver) {
    this._config = config;
    this.policy = policy;
    this._resolver = resolver;
  }

  /** Name of the configuration (stack name or path). */
  public get configurationName(): string {
    return this._config.name;
  }

  /** Every managed resource and data source. */
  public resources(): ResourceView[] {
    return this._config.resources.map((r) => this._view(r));
  }

  /** Managed resources of a type, or of a prefix ending in `*`. */
  public resourcesOfType(resourceType: string): ResourceView[] {
    return this._config.resources.filter((r) => r.mode === ResourceMode.MANAGED && matchesType(r.type, resourceType)).map((r) => this._view(r));
  }

  /** A resource or data source by address. */
  public find(address: string): ResourceView | undefined {
    const r = this._config.find(address);
    return r ? this._view(r) : undefined;
  }

  /** Every provider configuration, declared or implied by resources. */
  public providers(): ResourceView[] {
    if (!this.providerViews) {
      for (const r of this._config.resources) this._config.providerOf(r);
      this.providerViews = [...this._config.providers.values()].map((b) => ResourceView._ofProvider(b, this));
    }
    return this.providerViews;
  }

  /** @internal */
  public _view(record: ResourceRecord): ResourceView {
    const memo = (record.memo ??= {});
    let view = memo.view as ResourceView | undefined;
    if (!view) {
      view = ResourceView._of(record, this);
      memo.view = view;
    }
    return view;
  }
}

/** Whether a type matches an exact type or a prefix ending in `*`. */
export function matchesType(resourceType: string, pattern: string): boolean {
  return pattern.endsWith('*') ? resourceType.startsWith(pattern.slice(0, -1)) : resourceType === pattern;
}

function firstLabel(labels: Record<string, string>, keys: readonly string[]): string | undefined {
  for (const key of keys) if (labels[key] !== undefined) return labels[key];
  return undefined;
}
