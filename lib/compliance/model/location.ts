import { Catalog, EndpointMatch } from '../../catalog/catalog';
import { CloudProvider } from '../../catalog/provider';
import { LocationArgumentFact, LocationArgumentShape } from '../../catalog/facts/location';
import { CloudDeploymentFact, RegionInfo, ResourceCategory } from '../../catalog/types';
import { LocationStatus, ResourceLocation } from '../types';
import { FixSite, ProviderBlock, ResourceMode, ResourceRecord, TerraformConfiguration } from './configuration';
import { getAll, isLiteral, referencesIn, stringsIn } from './expressions';
import { innerMap } from './memo';

/**
 * Categories of resources that hold no data but place what is created inside or routed through
 * them (a data centre, a network, a subnet, a gateway, a public IP): their own location argument
 * is judged. Firewalls, security-group rules and configuration resources place nothing.
 */
const PLACING_CATEGORIES = new Set<ResourceCategory>([ResourceCategory.NETWORK, ResourceCategory.SUBNET]);

/** Location arguments tried on resource types the catalog does not describe. */
const GENERIC_LOCATION_ARGUMENTS = ['region', 'location', 'zone', 'region_name', 'availability_zone', 'availability_zones'];

/**
 * Whether a type belongs to the Kubernetes platform (hashicorp/kubernetes, hashicorp/helm): such
 * resources are located where their cluster is, and those that hold or run data (catalog
 * `kubernetes.holdsData`) must be located. RBAC objects, quotas, network policies and services
 * carry no data of their own.
 */
const CLUSTER_PLATFORM = new Map<string, boolean>();
function isClusterPlatformType(type: string): boolean {
  let yes = CLUSTER_PLATFORM.get(type);
  if (yes === undefined) {
    yes = Catalog.kubernetesPlatform().resourceTypePrefixes.some((p) => type.startsWith(p));
    CLUSTER_PLATFORM.set(type, yes);
  }
  return yes;
}

/** The cloud a platform's provider configuration names (an OpenStack `auth_url`), or why it is unknown. */
interface CloudSelection {
  /** The provider hosting the cloud's resources. */
  readonly provider?: CloudProvider;
  readonly deployment?: CloudDeploymentFact;
  /** The identity endpoint's host. */
  readonly host?: string;
  /** Where the selection was read. */
  readonly source: string;
  /** Why the cloud is unknown. */
  readonly reason?: string;
}

/** Providers whose resources are local bookkeeping with no data location. */
const LOCAL_PROVIDERS = new Set(['random', 'null', 'time', 'tls', 'local', 'external', 'http', 'archive', 'terraform', 'cloudinit', 'template', 'kubernetes', 'helm']);
/** The dependants of a resource that decides no other resource's location (shared, never written). */
const NO_DEPENDANTS: ResourceRecord[] = [];

/** Where S3 resources of a provider with an S3 endpoint override (catalog `s3EndpointOverride`) really go. */
export interface S3Redirect {
  readonly endpoint: string;
  readonly match?: EndpointMatch;
}

/**
 * Computes the effective location of resources: own argument → parent resource →
 * provider alias → provider default → S3 endpoint host → unknown. Kubernetes
 * resources are located where their cluster is. Results are memoized per resource.
 * @internal
 */
export class LocationResolver {
  private readonly clusterOfProvider = new Map<string, ResourceRecord | null>();
  private readonly codeCache = new Map<CloudProvider | undefined, Map<string, Map<string, ResourceLocation>>>();
  private readonly redirects = new Map<string, S3Redirect | undefined>();
  private readonly providerByKey = new Map<string, Map<string, CloudProvider | null>>();
  private readonly locatedByKey = new Map<string, Map<string, boolean | null>>();
  private readonly kubernetesCache = new Map<string, ResourceLocation>();
  private readonly selections = new Map<string, CloudSelection>();

  constructor(private readonly config: TerraformConfiguration, private readonly clusterLocation?: string, private readonly clusterLocationSource = 'policy clusterLocation') {}

  /** The S3 endpoint a provider block is pointed at (catalog `s3EndpointOverride`), if any. */
  public s3Redirect(provider: ProviderBlock): S3Redirect | undefined {
    if (this.redirects.has(provider.key)) return this.redirects.get(provider.key);
    let redirect: S3Redirect | undefined;
    const override = provider.catalogProvider?.s3EndpointOverride;
    if (override) {
      const endpoint = override.providerArguments.map((a) => getAll(provider.body, a)[0]).find((v) => v !== undefined);
      if (typeof endpoint === 'string') {
        const literal = this.config.literalValue(endpoint);
        redirect = { endpoint, match: typeof literal === 'string' ? Catalog.resolveEndpoint(literal) : undefined };
      }
    }
    this.redirects.set(provider.key, redirect);
    return redirect;
  }

  /**
   * The provider that actually hosts a resource: the catalog provider of its provider
   * block, or — for S3 resources pointed at another provider's S3 endpoint, or a platform's
   * resources on a cloud its configuration names —
   * that provider.
   */
  public effectiveProvider(record: ResourceRecord): CloudProvider | undefined {
    if (record.memoProvider !== undefined) return record.memoProvider ?? undefined;
    // The answer depends only on the provider block and the type: compute once per pair.
    const byType = innerMap(this.providerByKey, record.providerKey);
    let known = byType.get(record.type);
    if (known === undefined) {
      known = this.computeEffectiveProvider(record) ?? null;
      byType.set(record.type, known);
    }
    record.memoProvider = known;
    return known ?? undefined;
  }

  private computeEffectiveProvider(record: ResourceRecord): CloudProvider | undefined {
    const block = this.config.providerOf(record);
    let provider = block.catalogProvider;
    if (followsS3Endpoint(provider, record.type)) {
      const redirect = this.s3Redirect(block);
      if (redirect) provider = redirect.match ? Catalog.provider(redirect.match.providerId) : undefined;
    }
    if (!provider && !block.declared) provider = Catalog.providerForResourceType(record.type);
    // A platform's resources are hosted by the cloud its provider configuration names.
    if (provider?.cloudSelector) provider = this.cloudSelection(block, provider).provider ?? provider;
    return provider;
  }

  /** The platform (OpenStack) a resource's provider configuration belongs to, if it is one. */
  private platformOf(record: ResourceRecord, block: ProviderBlock): CloudProvider | undefined {
    const provider = block.catalogProvider ?? (block.declared ? undefined : Catalog.providerForResourceType(record.type));
    return provider?.cloudSelector ? provider : undefined;
  }

  /**
   * The cloud a platform's provider configuration names, by its identity endpoint (memoized per
   * block). A named entry of a local configuration file, an expression or no endpoint at all
   * leaves the cloud unknown: the location fails closed.
   */
  public cloudSelection(block: ProviderBlock, platform: CloudProvider): CloudSelection {
    const cached = this.selections.get(block.key);
    if (cached) return cached;
    const selection = this.computeCloudSelection(block, platform);
    this.selections.set(block.key, selection);
    return selection;
  }

  private computeCloudSelection(block: ProviderBlock, platform: CloudProvider): CloudSelection {
    const selector = platform.cloudSelector!;
    for (const arg of selector.endpointArguments) {
      const raw = getAll(block.body, arg)[0];
      if (raw === undefined || raw === null) continue;
      const source = `${arg} of provider ${block.key}`;
      const literal = this.config.literalValue(raw);
      if (typeof literal !== 'string') return { source, reason: `the ${source} is an expression whose value is not known before apply, so the ${platform.name} cloud cannot be determined` };
      const deployment = platform.deploymentForEndpoint(literal);
      if (!deployment) return { source, reason: `the ${source}, ${literal}, belongs to no ${platform.name} cloud in the catalog` };
      const host = deployment.endpointHosts.find((h) => literal.toLowerCase().includes(h)) ?? literal;
      return { source: `${source} (${deployment.name})`, deployment, host, provider: Catalog._deploymentProvider(platform, deployment) };
    }
    for (const arg of selector.namedCloudArguments ?? []) {
      const raw = getAll(block.body, arg)[0];
      if (raw === undefined || raw === null) continue;
      const literal = this.config.literalValue(raw);
      const named = typeof literal === 'string' ? `"${literal}"` : 'an entry given by an expression';
      return {
        source: `${arg} of provider ${block.key}`,
        reason: `provider ${block.key} names ${named} of ${selector.namedCloudFile ?? 'a local configuration file'} (${arg}), which the configuration cannot resolve, so the ${platform.name} cloud is unknown`,
      };
    }
    const env = selector.environmentVariables ?? [];
    return {
      source: `provider ${block.key}`,
      reason: `provider ${block.key} sets no ${selector.endpointArguments.join(' or ')}${env.length > 0 ? ` (the Terraform provider then reads ${env.join(' or ')} from the environment)` : ''}, so the ${platform.name} cloud is unknown`,
    };
  }

  /** Whether the resource is something that must have a data location. */
  public isLocated(record: ResourceRecord): boolean {
    if (record.memoLocated !== undefined) return record.memoLocated;
    if (record.mode !== 'managed') return (record.memoLocated = false);
    // Known types decide by their category, per provider block: compute once per pair.
    const byType = innerMap(this.locatedByKey, record.providerKey);
    let byCategory = byType.get(record.type);
    if (byCategory === undefined) {
      byCategory = this.locatedByCategory(record);
      byType.set(record.type, byCategory);
    }
    const located = byCategory === null ? this.locate(record).status === LocationStatus.KNOWN
      : byCategory || this.placedByOwnArgument(record);
    record.memoLocated = located;
    return located;
  }

  /**
   * Whether a resource that holds no data itself (a data centre, a network, a gateway, a public
   * IP) is placed by a location argument of its own: it is then judged like a located one, as it
   * is the fix site of everything created inside it or routed through it. An unknown own
   * location is not a finding for such a resource (it holds no data), nor is a zone that spans
   * several countries (Hetzner's `eu-central` is Germany and Finland): what is created in it
   * can be anywhere among them, and is judged by its own location.
   */
  private placedByOwnArgument(record: ResourceRecord): boolean {
    const provider = this.effectiveProvider(record);
    const fact = provider?.resourceType(record.type);
    if (!fact || !PLACING_CATEGORIES.has(fact.category!) || (fact.locationArguments ?? []).length === 0) return false;
    const location = this.locate(record);
    if (location.status !== LocationStatus.KNOWN || !location.source.startsWith('argument ')) return false;
    const codes = location.region?.split(',') ?? [];
    return !codes.some((code) => (provider!.findRegion(code)?.additionalCountries ?? []).length > 0);
  }

  /** true/false when the type alone decides; null when only locating the resource can tell (unknown types). */
  private locatedByCategory(record: ResourceRecord): boolean | null {
    // Kubernetes and Helm resources (a chart installs workloads, often a database) are located
    // where their cluster is when they hold or run data.
    if (isClusterPlatformType(record.type)) return Catalog.resourceType(record.type)?.kubernetes?.holdsData ?? false;
    const block = this.config.providerOf(record);
    if (LOCAL_PROVIDERS.has(block.localName)) return false;
    const provider = this.effectiveProvider(record);
    const fact = (provider ?? block.catalogProvider)?.resourceType(record.type)
      ?? Catalog.providerForResourceType(record.type)?.resourceType(record.type);
    // Unknown type: located if anything locates it.
    return Catalog.holdsData(record.type, fact) ?? null;
  }

  /** The primary location of a resource. */
  public locate(record: ResourceRecord): ResourceLocation {
    const cached = record.memoLocation;
    if (cached) return cached;
    if (record.memoLocating) return unknown('a reference cycle', 'cycle');
    record.memoLocating = true;
    try {
      const location = isClusterPlatformType(record.type)
        ? this.locateKubernetes(record)
        : this.locateCloud(record);
      record.memoLocation = location;
      return location;
    } finally {
      record.memoLocating = false;
    }
  }

  /** Locate a code (or list of codes) with a provider's catalog. */
  public fromCodes(provider: CloudProvider | undefined, value: unknown, source: string, role?: string): ResourceLocation | undefined {
    // Most resources share a handful of (provider, code, source) combinations: reuse the immutable result.
    if (typeof value === 'string' && !value.includes('${')) {
      // Nested maps: no key string to build per resource.
      const byProvider = innerMap(this.codeCache, provider);
      const sourceKey = role === undefined ? source : `${source}|${role}`;
      const bySource = innerMap(byProvider, sourceKey);
      let hit = bySource.get(value);
      if (!hit) {
        hit = this.computeFromCodes(provider, value, source, role)!;
        bySource.set(value, hit);
      }
      return hit;
    }
    return this.computeFromCodes(provider, value, source, role);
  }

  private computeFromCodes(provider: CloudProvider | undefined, value: unknown, source: string, role?: string): ResourceLocation | undefined {
    const codes = (Array.isArray(value) ? value : [value]).map((v) => this.config.literalValue(v));
    if (codes.length === 0) return undefined;
    if (codes.some((c) => c === undefined)) {
      return unknown(`${source} is an expression whose value is not known before apply`, source, provider?.id, role, undefined, provider?.allCountries);
    }
    if (!provider) return unknown(`${source} names a location of a provider the catalog does not know`, source, undefined, role);
    const countries = new Set<string>();
    let verified = true;
    const regions: string[] = [];
    for (const code of codes) {
      const region = provider.findRegion(String(code));
      if (!region) {
        // Not a location the provider has (a placeholder such as "xxxx-x", a typo): where it would be
        // is still among the provider's countries (one finding at most, at info level where all are allowed).
        return unknown(`${source} "${String(code)}" is not a location of ${provider.name} in the catalog`, source, provider.id, role, String(code), provider.allCountries);
      }
      regions.push(region.code);
      for (const c of countriesOf(region)) countries.add(c);
      verified = verified && !region.note?.startsWith('located by rule:') && region.source.startsWith('https://');
    }
    return { status: LocationStatus.KNOWN, countries: [...countries].sort(), providerId: provider.id, region: regions.join(','), source, role, verified };
  }

  private locateCloud(record: ResourceRecord): ResourceLocation {
    const block = this.config.providerOf(record);
    if (LOCAL_PROVIDERS.has(block.localName)) return notApplicable(`provider ${block.localName} has no data location`);
    const provider = this.effectiveProvider(record);
    // S3-compatible storage: the endpoint decides — the same for every resource of a type on one provider block.
    const redirect = followsS3Endpoint(block.catalogProvider, record.type) ? this.s3Redirect(block) : undefined;
    if (redirect) {
      const byType = innerMap(this.s3Locations, block.key);
      let located = byType.get(record.type);
      if (!located) byType.set(record.type, (located = this.locateAtS3Endpoint(block, redirect, provider)));
      return located;
    }
    const located = this.locateCloudResource(record, block, provider);
    // A source on a private registry host that names no catalogued provider: the location says why.
    if (provider || !block.catalogReason || located.providerId !== undefined) return located;
    return { ...located, reason: located.reason ? `${located.reason} (${block.catalogReason})` : block.catalogReason };
  }

  private readonly s3Locations = new Map<string, Map<string, ResourceLocation>>();

  /** Where S3-compatible storage on a provider block with an endpoint is: the endpoint's region, or (per-service endpoints) its region argument. */
  private locateAtS3Endpoint(block: ProviderBlock, redirect: S3Redirect, provider: CloudProvider | undefined): ResourceLocation {
    const override = block.catalogProvider?.s3EndpointOverride;
    if (!redirect.match) {
      return unknown(isLiteral(redirect.endpoint)
        ? `the S3 endpoint ${redirect.endpoint} of provider ${block.key} belongs to no provider in the catalog`
        : `the S3 endpoint of provider ${block.key} is an expression`, `endpoint of provider ${block.key}`);
    }
    const m = redirect.match;
    const source = `endpoint ${m.host}`;
    if (m.region) return { status: LocationStatus.KNOWN, countries: countriesOf(m.region), providerId: m.providerId, region: m.region.code, source, verified: true };
    // Per-service endpoints (UpCloud): the provider's region argument names the region.
    const regionArgument = override?.regionArgument ?? 'region';
    const region = block.body[regionArgument];
    if (region !== undefined) return this.fromCodes(provider, region, `${regionArgument} of provider ${block.key} (endpoint ${m.host})`)!;
    return unknown(`the endpoint ${m.host} does not name its region and provider ${block.key} sets none`, source, m.providerId);
  }

  private locateCloudResource(record: ResourceRecord, block: ProviderBlock, provider: CloudProvider | undefined): ResourceLocation {
    // A platform (OpenStack): the cloud its provider configuration names decides; unknown cloud, unknown location.
    const platform = this.platformOf(record, block);
    const selection = platform ? this.cloudSelection(block, platform) : undefined;
    if (platform && !selection?.provider) return unknown(selection!.reason!, selection!.source, platform.id);

    const typeFact = provider?.resourceType(record.type) ?? platform?.resourceType(record.type);
    const args = typeFact?.locationArguments ?? GENERIC_LOCATION_ARGUMENTS;
    // An availability zone that is not a location code ("random", "AUTO", a variable without
    // default) lies within the region of the parent or the provider: fall back to those.
    let zoneUnknown: ResourceLocation | undefined;
    for (const arg of args) {
      const value = typeFact?.locationShapes !== undefined && isBlockArgument(typeFact.locationShapes, arg) ? inEveryBlock(record, arg) : record.locationValue(arg);
      if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) continue;
      const located = this.fromCodes(provider, value, argumentSource(arg))!;
      if (located.status === LocationStatus.UNKNOWN && ZONE_ARGUMENTS.has(arg)) {
        zoneUnknown ??= located;
        continue;
      }
      // Instances in different places (`location = each.value.location`): each is judged on its own.
      const perInstance = Array.isArray(value) && located.status === LocationStatus.KNOWN ? record.locationValuesByInstance(arg) : undefined;
      if (perInstance) {
        return { ...located, instances: perInstance.map(([key, v]) => ({ key, location: this.fromCodes(provider, v, `argument ${arg}`)! })) };
      }
      return located;
    }
    const everywhere = typeFact?.locationShapes?.find((s) => s.absentMeansEveryLocation);
    if (everywhere && provider && !zoneUnknown && record.locationValue(everywhere.path) === undefined) return everyLocationOf(provider, everywhere);

    // A resource without its own location lives where its parent is (bucket, cluster, data
    // centre): the first parent whose location is known, else the first one at all.
    let parentUnknown: ResourceLocation | undefined;
    let unknownParent: ResourceRecord | undefined;
    for (const parent of record.parentRecords) {
      const located = this.inherited(parent);
      if (!located) continue;
      if (located.status === LocationStatus.KNOWN) {
        record.memoVia = parent;
        return zoneUnknown ? viaRegionOf(located, zoneUnknown) : located;
      }
      if (!parentUnknown) {
        parentUnknown = located;
        unknownParent = parent;
      }
    }
    if (parentUnknown) {
      record.memoVia = unknownParent;
      return zoneUnknown ? viaRegionOf(parentUnknown, zoneUnknown) : parentUnknown;
    }

    const defaults = platform ? platform.providerLocationArguments
      : provider?.providerLocationArguments ?? block.catalogProvider?.providerLocationArguments ?? ['region'];
    for (const arg of defaults) {
      const value = block.body[arg];
      if (value === undefined || value === null) continue;
      const located = this.fromCodes(provider, value, `${arg} of provider ${block.key}`)!;
      return zoneUnknown ? viaRegionOf(located, zoneUnknown) : located;
    }
    if (zoneUnknown) return zoneUnknown;
    // An identity endpoint that serves one region places the resource without a region argument.
    const only = selection?.host ? selection.deployment?.endpointRegions?.[selection.host] : undefined;
    if (only) return this.fromCodes(provider, only, `${selection!.source}, which serves region ${only} only`)!;

    if (!provider) return notApplicable(`provider ${block.localName} is not in the catalog`);
    // The location the provider documents for resources nobody placed (Scaleway fr-par / fr-par-1).
    const documented = provider.defaultLocationFor(record.type, args.length > 0 && args[0].includes('zone'));
    if (documented) {
      const overridden = documented.overriddenBy && documented.overriddenBy.length > 0 ? `, unless ${documented.overriddenBy.join(' or ')} sets another` : '';
      const located = this.fromCodes(provider, documented.code, `the default ${documented.code} of provider ${block.key}, which ${provider.name} documents for resources without a location${overridden}`)!;
      if (located.status === LocationStatus.KNOWN) return documented.verified ? located : { ...located, verified: false };
    }
    return unknown(`neither ${record.address} nor its provider configuration ${block.key} sets a location`, 'none', provider.id, undefined, undefined, provider.allCountries);
  }

  /**
   * Where the argument that decides a resource's location is written (memoized): the resource
   * itself when its own argument, its provider configuration or its provider's default places it;
   * the fix site of its parent when it lives where that parent is and the parent's own argument
   * decides it (or the parent's location is unknown); for Kubernetes and Helm resources, the
   * cluster their provider points at, or that provider configuration when the cluster is not in
   * the configuration; and for a resource with an unknown location and no provider configuration
   * (a reusable module), the missing provider configuration its caller supplies.
   */
  public fixSiteOf(record: ResourceRecord): FixSite {
    if (record.memoFixSite) return record.memoFixSite;
    // Its own fix site unless a branch below finds another (the object is made only then).
    let site: FixSite | undefined;
    const block = this.config.providerOf(record);
    if (isClusterPlatformType(record.type)) {
      const cluster = this.clusterForProvider(block);
      const upstream = cluster ? this.fixSiteOf(cluster) : undefined;
      // A cluster read through a data source is fixed where the provider configuration points at it.
      site = upstream && upstream.record?.mode !== 'data' ? upstream : this.providerSite(block);
    } else {
      const location = this.locate(record);
      const via = record.memoVia;
      if (via) {
        const upstream = this.fixSiteOf(via);
        const decided = upstream.block !== undefined || location.status === LocationStatus.UNKNOWN
          || (upstream.record !== undefined && this.locate(upstream.record).source.startsWith('argument '));
        if (decided && upstream.record?.mode !== 'data') site = upstream;
      } else if (location.status === LocationStatus.UNKNOWN && !block.declared && this.isProviderlessModule() && callerDecides(record, location)) {
        site = this.providerSite(block);
      } else {
        // `zone = exoscale_sks_cluster.c.zone`: the location is the other resource's, decided there.
        const source = this.copiedFrom(record, location) ?? this.sharedWithParent(record, location);
        if (source) site = this.fixSiteOf(source);
      }
    }
    site ??= new OwnSite(record);
    record.memoFixSite = site;
    return site;
  }

  /**
   * The resource whose location argument this resource's copies: its location argument is one
   * reference to that resource's own location argument (`zone = <type>.<name>.zone`), so both
   * are where that resource is and the fix is made there. Undefined otherwise.
   */
  private copiedFrom(record: ResourceRecord, location: ResourceLocation): ResourceRecord | undefined {
    if (record.mode !== ResourceMode.MANAGED || location.instances || !location.source.startsWith('argument ')) return undefined;
    const raw = this.rawArgument(record, location.source);
    if (typeof raw !== 'string' || raw.charCodeAt(0) !== 36 /* $ */) return undefined;
    const refs = referencesIn(raw);
    if (refs.length !== 1 || !refs[0].whole || refs[0].attribute === '') return undefined;
    const target = this.config.find(refs[0].address);
    if (!target || target === record || target.mode !== ResourceMode.MANAGED) return undefined;
    return this.locate(target).source === `argument ${refs[0].attribute}` ? target : undefined;
  }

  /**
   * The parent whose location argument is written exactly as this resource's, as one expression
   * (`zone = local.zone` on a cluster and on its node pool): one value decides both, so the
   * finding is the parent's, naming the child. Literals written twice are two arguments to change.
   */
  private sharedWithParent(record: ResourceRecord, location: ResourceLocation): ResourceRecord | undefined {
    if (record.parentRecords.length === 0 || location.instances || !location.source.startsWith('argument ')) return undefined;
    const raw = this.rawArgument(record, location.source);
    if (typeof raw !== 'string' || !raw.includes('${')) return undefined;
    for (const parent of record.parentRecords) {
      if (parent.mode !== ResourceMode.MANAGED) continue;
      const there = this.locate(parent);
      if (there.source.startsWith('argument ') && this.rawArgument(parent, there.source) === raw) return parent;
    }
    return undefined;
  }

  /** The value of the argument a location source (`argument zone`) names, as written. */
  private rawArgument(record: ResourceRecord, source: string): unknown {
    const arg = source.slice('argument '.length);
    return arg.includes('.') || arg.includes('[') ? getAll(record.body, arg)[0] : record.body[arg];
  }

  private providerless?: boolean;
  /**
   * Whether the configuration declares no provider configuration at all: a reusable module,
   * whose caller passes the providers (a root module that configures some providers and not
   * another is judged as written).
   */
  public isProviderlessModule(): boolean {
    if (this.providerless === undefined) {
      let declared = false;
      for (const p of this.config.providers.values()) if (p.declared) declared = true;
      this.providerless = !declared;
    }
    return this.providerless;
  }

  private readonly providerSites = new Map<string, FixSite>();
  private providerSite(block: ProviderBlock): FixSite {
    let site = this.providerSites.get(block.key);
    if (!site) {
      site = { address: `provider.${block.key}`, block };
      this.providerSites.set(block.key, site);
    }
    return site;
  }

  /** The dependants of provider configurations (fix sites without a record), by address; built with the index. */
  private providerDependants?: Map<string, ResourceRecord[]>;
  /**
   * The managed resources whose location is decided at `site` (a resource or provider
   * configuration that is a fix site), other than the site itself, in configuration order.
   * Built once per configuration, on the first question: a resource's list is kept on the
   * resource itself (no address lookup per question, 100,000 resources ask several times).
   */
  public dependantsOf(site: ResourceRecord): ResourceRecord[] {
    if (!this.providerDependants) {
      const byProvider = new Map<string, ResourceRecord[]>();
      for (let at = 0, all = this.config.resources; at < all.length; at++) {
        const r = all[at];
        if (r.mode !== 'managed') continue;
        // A resource with no parent outside a cluster is its own fix site, unless it is in a
        // reusable module on a provider its caller configures (see `fixSiteOf`).
        if (r.parentRecords.length === 0 && !isClusterPlatformType(r.type) && (this.config.providerOf(r).declared || !this.isProviderlessModule())
          && !this.mayCopyLocation(r)) continue;
        const fix = this.fixSiteOf(r);
        if (fix.record === r) continue;
        if (fix.record) {
          if (fix.record.memoDependants) fix.record.memoDependants.push(r);
          else fix.record.memoDependants = [r];
          continue;
        }
        const list = byProvider.get(fix.address);
        if (list) list.push(r);
        else byProvider.set(fix.address, [r]);
      }
      this.providerDependants = byProvider;
    }
    if (site.mode === ResourceMode.PROVIDER) return this.providerDependants.get(site.address) ?? NO_DEPENDANTS;
    return site.memoDependants ?? NO_DEPENDANTS;
  }

  /** A cheap first test for `copiedFrom`: the argument its location comes from is an expression. */
  private mayCopyLocation(r: ResourceRecord): boolean {
    const location = this.locate(r);
    if (location.source.charCodeAt(0) !== 97 /* a */ || !location.source.startsWith('argument ')) return false;
    const raw = r.body[location.source.slice('argument '.length)];
    return raw === undefined || (typeof raw === 'string' && raw.charCodeAt(0) === 36 /* $ */);
  }

  private locateKubernetes(record: ResourceRecord): ResourceLocation {
    // Every Kubernetes resource of one provider block is in the same place.
    const block = this.config.providerOf(record);
    let location = this.kubernetesCache.get(block.key);
    if (!location) {
      location = this.locateKubernetesProvider(block);
      this.kubernetesCache.set(block.key, location);
    }
    return location;
  }

  private locateKubernetesProvider(block: ProviderBlock): ResourceLocation {
    const cluster = this.clusterForProvider(block);
    if (cluster) {
      const located = this.locate(cluster);
      return { ...located, source: `cluster ${cluster.address} (${located.source})` };
    }
    if (this.clusterLocation) {
      return { status: LocationStatus.KNOWN, countries: [this.clusterLocation], source: this.clusterLocationSource, verified: true };
    }
    return unknown(
      `the Kubernetes provider ${block.key} does not point at a cluster in this configuration and no cluster location is declared`,
      `provider ${block.key}`);
  }

  /** The location a child inherits from `parent` (one object shared by all its children). */
  private inherited(parent: ResourceRecord): ResourceLocation | undefined {
    if (parent.memoInherited !== undefined) return parent.memoInherited ?? undefined;
    const located = this.locate(parent);
    const inherited = located.status === LocationStatus.NOT_APPLICABLE
      ? undefined
      : { ...located, source: `parent ${parent.address} (${located.source})` };
    parent.memoInherited = inherited ?? null;
    return inherited;
  }

  /**
   * Whether a state backend has a data location this engine can judge: the `s3` backend (AWS
   * S3 or, with `endpoints.s3`, any S3-compatible object storage). Other backends (gcs,
   * azurerm, remote, http, pg …) are judged for secrets only.
   */
  public static isLocatedBackend(type: string): boolean {
    return type === 's3';
  }

  /**
   * Where an `s3` backend keeps the state: the S3 endpoint (`endpoints.s3`, legacy `endpoint`)
   * through the catalog, else the AWS region (`region`; Terraform falls back to AWS_REGION).
   * https://developer.hashicorp.com/terraform/language/backend/s3
   */
  public locateBackend(type: string, body: Record<string, unknown>): ResourceLocation {
    if (!LocationResolver.isLocatedBackend(type)) return notApplicable(`the ${type} backend has no location this engine can determine`);
    const endpoint = getAll(body, 'endpoints.s3')[0] ?? body.endpoint;
    const region = body.region;
    if (endpoint !== undefined && endpoint !== null) {
      const literal = this.config.literalValue(endpoint);
      if (typeof literal !== 'string') return unknown('the endpoint of the s3 backend is an expression', 'endpoints.s3 of the s3 backend');
      const match = Catalog.resolveEndpoint(literal);
      if (!match) return unknown(`the s3 backend's endpoint ${literal} belongs to no provider in the catalog`, 'endpoints.s3 of the s3 backend');
      if (match.region) {
        return { status: LocationStatus.KNOWN, countries: countriesOf(match.region), providerId: match.providerId, region: match.region.code, source: `endpoint ${match.host} of the s3 backend`, verified: true };
      }
      if (region !== undefined) return this.fromCodes(Catalog.provider(match.providerId), region, `region of the s3 backend (endpoint ${match.host})`)!;
      return unknown(`the s3 backend's endpoint ${match.host} does not name its region and the backend sets none`, 'endpoints.s3 of the s3 backend', match.providerId);
    }
    if (region === undefined || region === null) {
      return unknown('the s3 backend sets neither an endpoint nor a region (Terraform then takes AWS_REGION from the environment)', 'region of the s3 backend', 'aws');
    }
    return this.fromCodes(Catalog.provider('aws'), region, 'region of the s3 backend')!;
  }

  /** The cluster a kubernetes/helm resource runs on, if that cluster is in this configuration. */
  public clusterOfKubernetesResource(record: ResourceRecord): ResourceRecord | undefined {
    if (!isClusterPlatformType(record.type)) return undefined;
    return this.clusterForProvider(this.config.providerOf(record));
  }

  /** The cluster a kubernetes/helm provider block connects to, if it is in this configuration (memoized per block). */
  private clusterForProvider(block: ProviderBlock): ResourceRecord | undefined {
    const cached = this.clusterOfProvider.get(block.key);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.clusterReferencedBy(block.body, 0, new Set());
    this.clusterOfProvider.set(block.key, found ?? null);
    return found;
  }

  /** The first cluster that a value references, directly or through locals (`local.kubeconfig = yamldecode(…)`). */
  private clusterReferencedBy(value: unknown, depth: number, seenLocals: Set<string>): ResourceRecord | undefined {
    for (const s of stringsIn(value)) {
      for (const ref of referencesIn(s)) {
        if (ref.address.startsWith('local.')) {
          const name = ref.address.slice(6);
          if (depth >= 4 || seenLocals.has(name)) continue;
          seenLocals.add(name);
          const viaLocal = this.clusterReferencedBy(this.config.localValue(name), depth + 1, seenLocals);
          if (viaLocal) return viaLocal;
          continue;
        }
        const target = this.config.find(ref.address);
        const cluster = target ? this.clusterOf(target) : undefined;
        if (cluster) return cluster;
      }
    }
    return undefined;
  }

  /**
   * A cluster resource, or the cluster a kubeconfig data source / resource points at, directly
   * or through the resources between them (a kubeconfig file written by `local_sensitive_file`
   * whose content is an `exoscale_sks_kubeconfig`, or a data source reading the managed
   * cluster): references are followed `MAX_KUBECONFIG_HOPS` resources deep.
   */
  private clusterOf(target: ResourceRecord, hops = 0, seen: Set<ResourceRecord> = new Set()): ResourceRecord | undefined {
    const isCluster = (r: ResourceRecord) => {
      const fact = Catalog.providerForResourceType(r.type)?.resourceType(r.type);
      return fact?.category === ResourceCategory.KUBERNETES_CLUSTER;
    };
    if (isCluster(target)) {
      // A data source reading a cluster of this configuration (`id = upcloud_kubernetes_cluster.apps.id`) is that cluster.
      if (target.mode === 'data') {
        for (const s of stringsIn(target.body)) {
          for (const ref of referencesIn(s)) {
            const next = this.config.find(ref.address);
            if (next && next.mode === 'managed' && isCluster(next)) return next;
          }
        }
      }
      return target;
    }
    for (const parent of target.parentRecords) if (isCluster(parent)) return parent;
    // a data source such as `data.x_cluster_kubeconfig.k` with cluster_id = ${cluster.id}
    seen.add(target);
    const via: ResourceRecord[] = [];
    for (const s of stringsIn(target.body)) {
      for (const ref of referencesIn(s)) {
        const next = this.config.find(ref.address);
        if (!next || seen.has(next)) continue;
        if (isCluster(next)) return this.clusterOf(next, hops + 1, seen);
        via.push(next);
      }
    }
    if (hops >= MAX_KUBECONFIG_HOPS) return undefined;
    for (const next of via) {
      if (seen.has(next)) continue;
      const found = this.clusterOf(next, hops + 1, seen);
      if (found) return found;
    }
    return undefined;
  }
}

/** How many resources deep a provider's kubeconfig is followed to its cluster (file → kubeconfig resource → cluster). */
const MAX_KUBECONFIG_HOPS = 3;

/**
 * Whether the caller of a module decides an unknown location: nothing sets it (the caller's
 * provider configuration will), or its argument is an expression over input variables only
 * (`location = var.location` without a default). A data source, a resource attribute or a code
 * the catalog does not know stays unknown wherever the module is called.
 * @internal
 */
export function callerDecides(record: ResourceRecord, location: ResourceLocation): boolean {
  if (location.source === 'none') return true;
  // A platform's cloud (OpenStack `auth_url`) named by a provider configuration the module does not declare.
  if (location.source.startsWith('provider ') && location.region === undefined) return true;
  if (location.region !== undefined || !location.source.startsWith('argument ')) return false;
  const raw = getAll(record.body, location.source.slice('argument '.length))[0];
  const refs = typeof raw === 'string' ? referencesIn(raw) : [];
  return refs.length > 0 && refs.every((r) => r.address.startsWith('var.'));
}

/** Whether a resource type of `provider` follows the provider configuration's S3 endpoint. */
function followsS3Endpoint(provider: CloudProvider | undefined, type: string): boolean {
  const prefixes = provider?.s3EndpointOverride?.resourceTypePrefixes;
  if (!prefixes) return false;
  for (let i = 0; i < prefixes.length; i++) if (type.startsWith(prefixes[i])) return true;
  return false;
}

/** Whether the catalog records `path` as an argument of a nested block (`nodes.region`). */
function isBlockArgument(shapes: LocationArgumentFact[], path: string): boolean {
  for (const s of shapes) if (s.path === path) return s.shape === LocationArgumentShape.BLOCK;
  return false;
}

/** A nested-block argument read in every block (`nodes { region }` repeated), lists flattened; undefined when no block sets it. */
function inEveryBlock(record: ResourceRecord, path: string): unknown {
  const distinct = [...new Set(record.values(path).flat().filter((v) => v !== undefined && v !== null))];
  if (distinct.length === 0) return undefined;
  return distinct.length === 1 ? distinct[0] : distinct;
}

/** Arguments naming an availability zone, which always lies within a region. */
const ZONE_ARGUMENTS: ReadonlySet<string> = new Set(['availability_zone', 'availability_zones']);

/** The region's location, noting that the zone itself could not be placed. */
function viaRegionOf(region: ResourceLocation, zone: ResourceLocation): ResourceLocation {
  if (region.status !== LocationStatus.KNOWN) return zone;
  return { ...region, source: `${region.source}; its ${zone.source} is not a location code, but a zone lies within the region` };
}

/**
 * A resource the provider creates in every location it has when the argument is left out
 * (catalog `absentMeansEveryLocation`): located in all of them.
 */
function everyLocationOf(provider: CloudProvider, fact: LocationArgumentFact): ResourceLocation {
  const regions = provider.regions.filter((r) => fact.kind === undefined || r.kind === fact.kind);
  const countries = [...new Set(regions.flatMap(countriesOf))].sort();
  const source = `argument ${fact.path}, which is not set, and the provider then creates it in every region of ${provider.name} (${fact.source})`;
  return { status: LocationStatus.KNOWN, countries, providerId: provider.id, source, verified: fact.verified };
}

/** Every country of a region (multi-region locations span several). */
export function countriesOf(region: RegionInfo): string[] {
  return [...new Set([region.country, ...(region.additionalCountries ?? [])])].sort();
}

function unknown(reason: string, source: string, providerId?: string, role?: string, region?: string, possibleCountries?: string[]): ResourceLocation {
  const location: ResourceLocation = { status: LocationStatus.UNKNOWN, countries: [], providerId, region, source, role, reason, verified: true };
  return possibleCountries && possibleCountries.length > 0 ? { ...location, possibleCountries } : location;
}

function notApplicable(reason: string): ResourceLocation {
  return { status: LocationStatus.NOT_APPLICABLE, countries: [], source: 'none', reason, verified: true };
}

const ARGUMENT_SOURCES = new Map<string, string>();
/** `argument <name>`: the source of a location read from the resource's own argument (one string per argument name). */
function argumentSource(arg: string): string {
  let source = ARGUMENT_SOURCES.get(arg);
  if (source === undefined) ARGUMENT_SOURCES.set(arg, (source = `argument ${arg}`));
  return source;
}

/** A resource that is its own fix site (most are): its address is read only when asked for. */
class OwnSite implements FixSite {
  constructor(public readonly record: ResourceRecord) {}
  public get address(): string {
    return this.record.address;
  }
}
