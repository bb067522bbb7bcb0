import { CloudProvider } from '../../catalog/provider';
import { ResourceCategory } from '../../catalog/types';
import { Catalog } from '../../catalog/catalog';
import { SovereigntyPolicy } from '../../core/policy';
import { LocationStatus, ResourceLocation } from '../types';
import { impliedProviderName, ProviderBlock, ResourceMode, ResourceRecord, TerraformConfiguration } from './configuration';
import { isLiteral, isUnresolved, referencesIn, stringsIn } from './expressions';
import { LocationResolver } from './location';
import { secondaryLocations } from './secondary';

/** `each.key`, `each.value`, `count.index`: a value of the resource instance, decided by its `for_each` / `count`. */
const INSTANCE_REFERENCE = /(?<![\w.])(each\.(key|value)|count\.index)\b/;

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
/** Resource type of the state backend pseudo-resource. */
const BACKEND_TYPE = 'terraform_backend';

const LABEL_ATTRIBUTES = ['tags', 'labels', 'metadata.labels', 'metadata.annotations', 'tags_all', 'k8s_tags', 'resource_labels', 'user_labels'];

/** Where views find the rule context (set once the context exists). @internal */
export interface ContextHolder {
  context?: RuleContext;
}

/**
 * A read-only view of one resource, data source or provider configuration, as rules
 * see it: attributes exactly as written (references stay `${...}` strings and count as
 * unknown), its effective location, and the resources linked to it.
 */
export class ResourceView extends ResourceRecord {
  /** @internal */
  public static _create(holder: ContextHolder, type: string, name: string, mode: ResourceMode, body: Record<string, unknown>): ResourceView {
    return new ResourceView(holder, type, name, mode, body);
  }

  /** @internal */
  public static _ofProvider(block: ProviderBlock, context: RuleContext): ResourceView {
    const view = new ResourceView({ context }, 'provider', block.key, ResourceMode.PROVIDER, block.body, block.key);
    view.block = block;
    return view;
  }

  /**
   * The state backend as a pseudo-resource of type `terraform_backend` (address
   * `terraform.backend.<type>`), so that the location and secrets rules judge where the state
   * goes and how the configuration authenticates to it. @internal
   */
  public static _ofBackend(type: string, body: Record<string, unknown>, context: RuleContext): ResourceView {
    const view = new ResourceView({ context }, BACKEND_TYPE, type, ResourceMode.PROVIDER, body, 'terraform');
    view._setAddress(`terraform.backend.${type}`);
    view.backendType = type;
    return view;
  }

  private readonly holder: ContextHolder;
  private block?: ProviderBlock;
  private backendType?: string;
  private labelCache?: { [key: string]: string };

  private constructor(holder: ContextHolder, type: string, name: string, mode: ResourceMode, body: Record<string, unknown>, providerKey?: string) {
    super(type, name, mode, body, providerKey);
    this.holder = holder;
  }

  private get context(): RuleContext {
    return this.holder.context!;
  }

  /** Resource type (`provider` for provider configurations). */
  public get resourceType(): string {
    return this.type;
  }

  /** All attributes as written (JSON values; references are `${...}` strings). */
  public get attributes(): any {
    return this.body;
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

  /**
   * In a module without provider configuration (a reusable module, checked where it is called),
   * the required input variables (no default) that alone make up the expression at `path`:
   * the value is its caller's to choose. An argument of a block counts when every expression in
   * it is such; `each.value` / `count.index` count when the resource's `for_each` / `count` is
   * (`for_each = { for db in var.instances : db.name => db }`). Undefined anywhere else, or when
   * the value is literal, has a default, or refers to anything but input variables.
   */
  public callerInputsAt(path: string): string[] | undefined {
    if (!this.context._resolver.isProviderlessModule()) return undefined;
    const expressions = stringsIn(this.attribute(path)).filter((s) => s.includes('${'));
    if (expressions.length === 0) return undefined;
    const names: string[] = [];
    for (const text of expressions) if (!this.addCallerInputs(text, names)) return undefined;
    return names;
  }

  /** Adds the input variables `text` is made of to `names`; false when it reads anything else. */
  private addCallerInputs(text: string, names: string[]): boolean {
    const refs = referencesIn(text);
    const iterates = INSTANCE_REFERENCE.test(text);
    if (refs.length === 0 && !iterates) return false;
    if (iterates) {
      const body = this.attributes as Record<string, unknown>;
      const meta = body.for_each ?? body.count;
      if (typeof meta !== 'string' || !meta.includes('${') || INSTANCE_REFERENCE.test(meta) || !this.addCallerInputs(meta, names)) return false;
    }
    for (const ref of refs) {
      const [kind, id] = ref.address.split('.');
      const decl = kind === 'var' ? this.context._config.variables.get(id) : undefined;
      if (!decl || decl.default !== undefined) return false;
      if (!names.includes(`var.${id}`)) names.push(`var.${id}`);
    }
    return true;
  }

  /** The catalog id of the provider that hosts it (S3-compatible resources: the endpoint's provider). */
  public get providerId(): string | undefined {
    return this.cloudProvider?.id;
  }

  /** The catalog provider that hosts it, if known. */
  public get cloudProvider(): CloudProvider | undefined {
    if (this.block) return this.block.catalogProvider;
    return this.context._resolver.effectiveProvider(this);
  }

  /** The catalog's role for this resource type, if the catalog describes it. */
  public get category(): ResourceCategory | undefined {
    const fact = this.cloudProvider?.resourceType(this.resourceType)
      ?? Catalog.providerForResourceType(this.resourceType)?.resourceType(this.resourceType);
    return fact?.category;
  }

  /** Whether the resource holds or processes data and therefore needs a known location. */
  public get isLocated(): boolean {
    if (this.backendType !== undefined) return LocationResolver.isLocatedBackend(this.backendType);
    return !this.block && this.context._resolver.isLocated(this);
  }

  /** The effective location. */
  public get location(): ResourceLocation {
    if (this.backendType !== undefined) return this.context._resolver.locateBackend(this.backendType, this.body);
    if (this.block) return { status: LocationStatus.NOT_APPLICABLE, countries: [], source: 'provider configuration', verified: true };
    return this.context._resolver.locate(this);
  }

  /** Replicas, backups, replication destinations and log sinks. */
  public get secondaryLocations(): ResourceLocation[] {
    if (this.block || this.backendType !== undefined) return [];
    return secondaryLocations(this, this.context._config, this.context._resolver);
  }

  /**
   * For Kubernetes and Helm resources: the managed cluster resource (in this configuration)
   * that their provider connects to.
   * @default - not a Kubernetes resource, or the cluster is not in the configuration
   */
  public get kubernetesCluster(): ResourceView | undefined {
    if (this.block) return undefined;
    return this.context._resolver.clusterOfKubernetesResource(this) as ResourceView | undefined;
  }

  /** Resources this one belongs to (its bucket, cluster, namespace, data centre). */
  public get parents(): ResourceView[] {
    // Every record of a checked configuration is a view: no copy, no allocation.
    return this.parentRecords as ResourceView[];
  }

  /** Resources attached to this one (its encryption configuration, node pools, network policies). */
  public get children(): ResourceView[] {
    return this.childRecords as ResourceView[];
  }

  /** Attached resources of a type, or of a prefix ending in `*`. */
  public childrenOfType(resourceType: string): ResourceView[] {
    return this.children.filter((c) => matchesType(c.resourceType, resourceType));
  }

  /** Literal labels and tags, merged from `tags`, `labels`, `metadata.labels` and friends. */
  public get labels(): { [key: string]: string } {
    // Several rules ask for labels; compute once per resource.
    if (this.labelCache) return this.labelCache;
    const out: Record<string, string> = {};
    for (const attr of LABEL_ATTRIBUTES) {
      const value = this.attribute(attr);
      if (Array.isArray(value)) {
        // Tags as a list of `key=value` (or `key:value`) strings (Scaleway, Exoscale).
        for (const tag of value) {
          if (typeof tag !== 'string' || !isLiteral(tag)) continue;
          const m = /^([^=:]+)[=:](.*)$/.exec(tag);
          if (m && !(m[1].trim() in out)) out[m[1].trim()] = m[2].trim();
        }
        continue;
      }
      if (!value || typeof value !== 'object') continue;
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (isLiteral(v) && !(k in out)) out[k] = String(v);
      }
    }
    // Most resources have none: one shared (frozen) empty object rather than one per resource.
    this.labelCache = Object.keys(out).length === 0 ? NO_LABELS : out;
    return this.labelCache;
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
  public static _create(config: TerraformConfiguration, policy: SovereigntyPolicy, resolver: LocationResolver): RuleContext {
    return new RuleContext(config, policy, resolver);
  }

  private constructor(config: TerraformConfiguration, policy: SovereigntyPolicy, resolver: LocationResolver) {
    this._config = config;
    this.policy = policy;
    this._resolver = resolver;
  }

  /**
   * Resolve a value to a literal, as the engine does: literals as they are, `${var.x}` to the
   * variable's default, `${local.x}` to the local, a reference to a resource's literal
   * attribute, lists element by element. Undefined when it is unknown before apply.
   */
  public literal(value: any): any {
    return this._config.literalValue(value);
  }

  /** Name of the configuration (stack name or path). */
  public get configurationName(): string {
    return this._config.name;
  }

  /** Every managed resource and data source. */
  public resources(): ResourceView[] {
    return this._config.resources as ResourceView[];
  }

  /** Managed resources of a type, or of a prefix ending in `*`. */
  public resourcesOfType(resourceType: string): ResourceView[] {
    return (this._config.resources as ResourceView[]).filter((r) => r.mode === ResourceMode.MANAGED && matchesType(r.type, resourceType));
  }

  /** A resource or data source by address. */
  public find(address: string): ResourceView | undefined {
    return this._config.find(address) as ResourceView | undefined;
  }

  /** Every provider configuration, declared or implied by resources. */
  public providers(): ResourceView[] {
    if (!this.providerViews) {
      for (let at = 0, all = this._config.resources; at < all.length; at++) this._config.providerOf(all[at]);
      this.providerViews = [...this._config.providers.values()].map((b) => ResourceView._ofProvider(b, this));
    }
    return this.providerViews;
  }

  private usedProviders?: { keys: Set<string>; defaultsInherited: boolean };
  /**
   * Whether the configuration relies on a provider configuration: a resource, data source or
   * ephemeral resource uses it, or a module call the engine could not expand is passed it (or
   * inherits it, for a default configuration). `terraform show -json` lists a default
   * configuration for every provider even when all resources use aliases; that one is unused.
   */
  public providerInUse(providerKey: string): boolean {
    if (!this.usedProviders) {
      const keys = new Set<string>();
      for (let at = 0, all = this._config.resources; at < all.length; at++) keys.add(all[at].providerKey);
      for (const [type, byName] of Object.entries(objectOf(this._config.raw.ephemeral))) {
        for (const decl of Object.values(objectOf(byName))) {
          const body = objectOf(Array.isArray(decl) ? decl[0] : decl);
          keys.add(typeof body.provider === 'string' ? unwrap(body.provider) : impliedProviderName(type));
        }
      }
      let defaultsInherited = false;
      for (const decl of Object.values(objectOf(this._config.raw.module))) {
        const call = objectOf(Array.isArray(decl) ? decl[0] : decl);
        const passed = objectOf(call.providers);
        for (const value of Object.values(passed)) if (typeof value === 'string') keys.add(unwrap(value));
        if (Object.keys(passed).length === 0) defaultsInherited = true;
      }
      this.usedProviders = { keys, defaultsInherited };
    }
    return this.usedProviders.keys.has(providerKey) || (this.usedProviders.defaultsInherited && !providerKey.includes('.'));
  }

  private backendViews?: ResourceView[];
  /** The state backends (`terraform { backend … }`) as `terraform_backend` views. */
  public backends(): ResourceView[] {
    return (this.backendViews ??= this._config.backends().map((b) => ResourceView._ofBackend(b.type, b.body, this)));
  }

  /** @internal */
  public _view(record: ResourceRecord): ResourceView {
    return record as ResourceView;
  }
}

/** Whether a type matches an exact type or a prefix ending in `*`. */
export function matchesType(resourceType: string, pattern: string): boolean {
  return pattern.endsWith('*') ? resourceType.startsWith(pattern.slice(0, -1)) : resourceType === pattern;
}

function objectOf(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** `${aws.eu}` → `aws.eu`. */
function unwrap(reference: string): string {
  return reference.startsWith('${') && reference.endsWith('}') ? reference.slice(2, -1).trim() : reference.trim();
}

function firstLabel(labels: Record<string, string>, keys: readonly string[]): string | undefined {
  for (const key of keys) if (labels[key] !== undefined) return labels[key];
  return undefined;
}

const NO_LABELS: { [key: string]: string } = Object.freeze({}) as { [key: string]: string };
