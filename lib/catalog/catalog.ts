import { invalidInput } from '../errors';
import { CloudProvider } from './provider';
import { KubernetesPlatformFacts } from './facts/kubernetes';
import { KUBERNETES_PLATFORM } from './platforms/kubernetes';
import { ALL_PROVIDER_FACTS } from './providers';
import { HOLDS_NO_DATA_SUFFIXES } from './facts/location';
import { CloudDeploymentFact, RegionInfo, ResourceCategory, ResourceTypeFact } from './types';

/** Categories whose resources hold or process data, so they must have a known location. */
const DATA_CATEGORIES: ReadonlySet<ResourceCategory> = new Set<ResourceCategory>([
  ResourceCategory.KUBERNETES_CLUSTER,
  ResourceCategory.NODE_POOL,
  ResourceCategory.BUCKET,
  ResourceCategory.DATABASE,
  ResourceCategory.VOLUME,
  ResourceCategory.SERVER,
  ResourceCategory.AUDIT_LOGGING,
  ResourceCategory.KMS,
]);

const categoryByName = new Map<string, ResourceCategory | null>();

/** Where an object-storage endpoint host belongs. */
export interface EndpointMatch {
  /** The host that was matched (lower case). */
  readonly host: string;
  /** Catalog id of the provider. */
  readonly providerId: string;
  /** Display name of the provider. */
  readonly providerName: string;
  /**
   * The region the endpoint serves.
   * @default - the host does not name the region (e.g. per-service endpoints)
   */
  readonly region?: RegionInfo;
  /**
   * ISO 3166-1 alpha-2 code of the region's country.
   * @default - unknown
   */
  readonly country?: string;
  /**
   * The bucket name, when the host is a virtual-hosted-style bucket host.
   * @default - path-style or service host
   */
  readonly bucket?: string;
}

interface EndpointIndex {
  readonly exact: Map<string, { provider: CloudProvider; region: RegionInfo }>;
  readonly patterns: Array<{ provider: CloudProvider; regex: RegExp }>;
}

/**
 * The catalog of cloud providers: eight European providers (Open Telekom Cloud,
 * STACKIT, OVHcloud, Scaleway, IONOS Cloud, Hetzner Cloud, Exoscale, UpCloud), the OpenStack
 * platform with the European clouds that run it (by identity endpoint), and the US
 * hyperscalers (AWS, Microsoft Azure, Google Cloud), so rules can recognise them.
 *
 * @example
 * Catalog.provider('scaleway').region('fr-par').country;   // 'FR'
 * Catalog.findRegion('hcloud', 'ash')?.country;           // 'US'
 * Catalog.resolveEndpoint('https://fsn1.your-objectstorage.com')?.providerId; // 'hetzner'
 */
export class Catalog {
  /** Every provider, European providers first. */
  public static providers(): CloudProvider[] {
    return [...Catalog.state().providers];
  }

  /**
   * The European providers: everything but the US hyperscalers and the platforms many operators
   * run (OpenStack), whose clouds are reached through `resolveCloud`.
   */
  public static europeanProviders(): CloudProvider[] {
    return Catalog.state().providers.filter((p) => !p.hyperscaler && !p.cloudSelector);
  }

  /**
   * The provider that hosts resources of a platform's cloud, named by its identity endpoint
   * (an OpenStack `auth_url`): the catalogued operator (OVHcloud, Open Telekom Cloud), or the
   * cloud as its own provider (its regions, operator and certifications). Undefined when the
   * platform is unknown or the catalog knows no cloud with that endpoint.
   *
   * @example
   * Catalog.resolveCloud('openstack', 'https://prod1.api.pco.get-cloud.io:5000')?.region('prod1').country; // 'DE'
   */
  public static resolveCloud(platform: string, endpoint: string): CloudProvider | undefined {
    const p = Catalog.tryProvider(platform);
    const deployment = p?.deploymentForEndpoint(endpoint);
    return p && deployment ? Catalog._deploymentProvider(p, deployment) : undefined;
  }

  /** The provider hosting a platform's cloud (memoized). @internal */
  public static _deploymentProvider(platform: CloudProvider, deployment: CloudDeploymentFact): CloudProvider {
    const state = Catalog.state();
    const key = `${platform.id}:${deployment.id}`;
    const known = state.byName.get(key);
    if (known) return known;
    const hosting = deployment.operatorProviderId
      ? Catalog.provider(deployment.operatorProviderId)
      : CloudProvider._forDeployment(platform, deployment, key);
    state.byName.set(key, hosting);
    return hosting;
  }

  /**
   * A provider by catalog id, alias, Terraform local name or source address
   * (case-insensitive). Throws for unknown names, with the closest matches.
   */
  public static provider(name: string): CloudProvider {
    const found = Catalog.tryProvider(name);
    if (found) return found;
    const names = [...Catalog.state().byName.keys()];
    throw invalidInput({
      code: 'UNKNOWN_PROVIDER',
      what: 'Cloud provider',
      given: name,
      allowed: Catalog.state().providers.map((p) => p.id).join(', '),
      fix: 'use a catalog id (e.g. "scaleway", "otc", "hetzner") or a Terraform provider source such as "hetznercloud/hcloud".',
      candidates: names,
    });
  }

  /** Like `provider()`, but returns undefined for unknown names. */
  public static tryProvider(name: string): CloudProvider | undefined {
    if (typeof name !== 'string') return undefined;
    const key = name.trim().toLowerCase();
    return Catalog.state().byName.get(key) ?? Catalog.providerForTerraformSource(key);
  }

  /**
   * Look up a location of a provider (given by id, alias or Terraform source).
   * Returns undefined when the provider or the code is unknown.
   */
  public static findRegion(provider: string, code: string): RegionInfo | undefined {
    return Catalog.tryProvider(provider)?.findRegion(code);
  }

  /**
   * The provider whose Terraform provider has this source address, e.g. `hetznercloud/hcloud`
   * or `registry.terraform.io/scaleway/scaleway`. A source on another registry host (a private
   * registry or mirror, `registry.upcloud.com/upcloud/upcloud`) is matched by its namespace and
   * type; when those name no catalogued provider, the resource types used with it decide: the
   * one provider whose catalog owns every one of them, none when they belong to several
   * providers or to none.
   *
   * @param source the `source` of a `required_providers` entry
   * @param resourceTypes the resource types the configuration uses with that provider
   * (`upcloud_server`); without them a source on another host whose namespace and type match
   * no catalogued provider resolves to none
   */
  public static providerForTerraformSource(source: string, resourceTypes?: string[]): CloudProvider | undefined {
    return Catalog._resolveTerraformSource(source, resourceTypes).provider;
  }

  /**
   * `providerForTerraformSource`, with the reason a source resolves to no provider (for the
   * unknown locations of its resources). @internal
   */
  public static _resolveTerraformSource(source: string, resourceTypes?: readonly string[]): { readonly provider?: CloudProvider; readonly reason?: string } {
    if (typeof source !== 'string') return {};
    const key = normalizeSource(source);
    const state = Catalog.state();
    const found = state.bySource.get(key);
    if (found) return { provider: found };
    const legacy = LEGACY_NAMESPACE.exec(key);
    if (legacy) return { provider: state.byLegacyType.get(legacy[1]) };
    const parts = key.split('/');
    // `host/namespace/type`: normalizeSource strips the public registry hosts, so three parts name another host.
    if (parts.length !== 3) return {};
    const [host, namespace, type] = parts;
    const own = state.bySource.get(`${namespace}/${type}`);
    if (own) return { provider: own };
    const where = `the source ${source.trim()} is on ${host}, not a public registry, and ${namespace}/${type} is no catalogued provider's address`;
    const types = [...new Set(resourceTypes ?? [])].sort();
    if (types.length === 0) return { reason: `${where}; no resource of the configuration uses it to tell which provider it is` };
    const owners = new Map<string, CloudProvider[]>();
    for (const t of types) owners.set(t, Catalog.ownersOf(t));
    const unowned = types.filter((t) => owners.get(t)!.length === 0);
    if (unowned.length > 0) return { reason: `${where}; ${list(unowned)} ${unowned.length === 1 ? 'belongs' : 'belong'} to no catalogued provider` };
    const providers = [...new Set(types.flatMap((t) => owners.get(t)!))];
    if (providers.length > 1) return { reason: `${where}; the resource types used with it (${list(types)}) belong to several catalogued providers (${providers.map((p) => p.name).join(', ')})` };
    return { provider: providers[0] };
  }

  /** The providers whose catalog describes a resource type, else those whose type prefix it has. */
  private static ownersOf(resourceType: string): CloudProvider[] {
    const providers = Catalog.state().providers;
    const describing = providers.filter((p) => p.resourceType(resourceType) !== undefined);
    return describing.length > 0 ? describing : providers.filter((p) => p.resourceTypePrefixes.some((prefix) => resourceType.startsWith(prefix)));
  }

  /** The provider a Terraform resource type belongs to, by its prefix (e.g. `hcloud_server`). */
  public static providerForResourceType(resourceType: string): CloudProvider | undefined {
    if (typeof resourceType !== 'string') return undefined;
    let best: CloudProvider | undefined;
    let bestLength = 0;
    for (const provider of Catalog.state().providers) {
      for (const prefix of provider.resourceTypePrefixes) {
        if (resourceType.startsWith(prefix) && prefix.length > bestLength) {
          best = provider;
          bestLength = prefix.length;
        }
      }
    }
    return best;
  }

  /**
   * What the catalog knows about a Terraform resource type, from the provider (or the Kubernetes
   * platform) whose prefix it has: its role, location arguments and the facts the rules judge it by.
   * Undefined for types the catalog does not describe.
   */
  public static resourceType(resourceType: string): ResourceTypeFact | undefined {
    if (typeof resourceType !== 'string') return undefined;
    return Catalog.state().types.get(resourceType);
  }

  /**
   * The role of a resource type: the catalog's category for it (from `fact`, the record of the
   * provider that hosts it, when given), else — for types the catalog does not describe one by
   * one — the role its name gives it (`*_attachment`, `*_assignment`, `*_acl`, `*_policy`, …:
   * relationships and configuration resources). Undefined when neither says.
   */
  public static categoryOf(typeName: string, fact?: ResourceTypeFact): ResourceCategory | undefined {
    const own = (fact ?? Catalog.resourceType(typeName))?.category;
    if (own !== undefined) return own;
    let byName = categoryByName.get(typeName);
    if (byName === undefined) {
      byName = HOLDS_NO_DATA_SUFFIXES.find((s) => typeName.endsWith(s.suffix))?.category ?? null;
      categoryByName.set(typeName, byName);
    }
    return byName ?? undefined;
  }

  /**
   * Whether resources of a type hold or process data (clusters, node pools, buckets, databases,
   * volumes, servers, audit logs, KMS keys) and so must have a known location: true or false by
   * `categoryOf`; undefined when the catalog cannot tell (an unknown type is then located when
   * anything locates it). Relationships, configuration resources, networks and firewalls hold no data.
   */
  public static holdsData(typeName: string, fact?: ResourceTypeFact): boolean | undefined {
    const category = Catalog.categoryOf(typeName, fact);
    return category === undefined ? undefined : DATA_CATEGORIES.has(category);
  }

  /** Every resource type the catalog describes (cloud providers' and the Kubernetes platform's). */
  public static resourceTypes(): ResourceTypeFact[] {
    return [...Catalog.state().types.values()];
  }

  /** Prefixes of bucket references that are not bare names (bucket ARNs), from every provider's object storage. @internal */
  public static _bucketReferencePrefixes(): string[] {
    const state = Catalog.state();
    return (state.bucketPrefixes ??= state.providers.flatMap((p) => p.objectStorage?.bucketReferencePrefixes ?? []));
  }

  /**
   * The Kubernetes and Helm Terraform providers: not a cloud, their resources are located where
   * their cluster is. Their resource types say which Kubernetes object each writes.
   */
  public static kubernetesPlatform(): KubernetesPlatformFacts {
    return KUBERNETES_PLATFORM;
  }

  /**
   * Which provider and region an S3 endpoint belongs to, from a URL or a bare host:
   * `https://s3.fr-par.scw.cloud` → Scaleway, fr-par, FR. Virtual-hosted bucket hosts
   * (`my-bucket.s3.fr-par.scw.cloud`) are recognised too. Returns undefined for hosts
   * of no catalogued provider.
   */
  public static resolveEndpoint(endpoint: string): EndpointMatch | undefined {
    const host = hostOf(endpoint);
    if (!host) return undefined;
    const cache = Catalog.state().endpointCache;
    if (cache.has(host)) return cache.get(host);
    const match = Catalog.matchEndpoint(host);
    cache.set(host, match);
    return match;
  }

  private static matchEndpoint(host: string): EndpointMatch | undefined {
    const index = Catalog.endpointIndex();
    const exact = index.exact.get(host);
    if (exact) return toMatch(host, exact.provider, exact.region);
    // Virtual-hosted style: <bucket>.<endpoint host>
    for (let dot = host.indexOf('.'); dot !== -1; dot = host.indexOf('.', dot + 1)) {
      const suffix = host.slice(dot + 1);
      const hit = index.exact.get(suffix);
      if (hit) return toMatch(host, hit.provider, hit.region, host.slice(0, dot));
    }
    for (const { provider, regex } of index.patterns) {
      const m = regex.exec(host);
      if (!m) continue;
      const regionCode = m.groups?.region;
      const region = regionCode ? provider.findRegion(regionCode) : undefined;
      return toMatch(host, provider, region, m.groups?.bucket);
    }
    return undefined;
  }

  private static endpointIndex(): EndpointIndex {
    const state = Catalog.state();
    if (state.endpoints) return state.endpoints;
    const exact = new Map<string, { provider: CloudProvider; region: RegionInfo }>();
    const patterns: Array<{ provider: CloudProvider; regex: RegExp }> = [];
    for (const provider of state.providers) {
      for (const region of provider.regions) {
        if (!region.s3Endpoint) continue;
        const host = hostOf(region.s3Endpoint);
        if (host && !exact.has(host)) exact.set(host, { provider, region });
      }
      for (const pattern of provider.objectStorage?.hostPatterns ?? []) {
        patterns.push({ provider, regex: new RegExp(`^(?:${pattern})$`, 'i') });
      }
    }
    state.endpoints = { exact, patterns };
    return state.endpoints;
  }

  private static cached?: {
    providers: CloudProvider[];
    byName: Map<string, CloudProvider>;
    bySource: Map<string, CloudProvider>;
    byLegacyType: Map<string, CloudProvider>;
    endpointCache: Map<string, EndpointMatch | undefined>;
    endpoints?: EndpointIndex;
    types: Map<string, ResourceTypeFact>;
    bucketPrefixes?: string[];
  };

  private static state() {
    if (Catalog.cached) return Catalog.cached;
    const providers = ALL_PROVIDER_FACTS.map((facts) => CloudProvider._fromFacts(facts));
    const byName = new Map<string, CloudProvider>();
    const bySource = new Map<string, CloudProvider>();
    for (const provider of providers) {
      for (const name of [provider.id, provider.name, ...provider.aliases]) byName.set(name.toLowerCase(), provider);
      for (const source of provider.terraformSources) {
        bySource.set(normalizeSource(source), provider);
        // The Terraform local name (`hcloud` of `hetznercloud/hcloud`) is a name too.
        const local = source.split('/').pop()!.toLowerCase();
        if (!byName.has(local)) byName.set(local, provider);
      }
    }
    // Legacy addresses name the provider by its type alone: only a type one provider owns counts.
    const byLegacyType = new Map<string, CloudProvider>();
    const ambiguous = new Set<string>();
    for (const provider of providers) {
      for (const type of new Set(provider.terraformSources.map((s) => s.split('/').pop()!.toLowerCase()))) {
        if (byLegacyType.has(type) && byLegacyType.get(type) !== provider) ambiguous.add(type);
        else byLegacyType.set(type, provider);
      }
    }
    for (const type of ambiguous) byLegacyType.delete(type);
    const types = new Map<string, ResourceTypeFact>();
    for (const provider of providers) for (const fact of provider.resourceTypes) if (!types.has(fact.resourceType)) types.set(fact.resourceType, fact);
    for (const fact of KUBERNETES_PLATFORM.resourceTypes) if (!types.has(fact.resourceType)) types.set(fact.resourceType, fact);
    Catalog.cached = { providers, byName, bySource, byLegacyType, endpointCache: new Map(), types };
    return Catalog.cached;
  }
}

/**
 * Legacy provider source addresses of the public registry, which name a provider by its type:
 * `terraform-providers/<type>` (the GitHub organisation that hosted the partner providers until
 * Terraform 0.13, and what `terraform 0.13upgrade` wrote into `required_providers` for them; the
 * registry resolves it to the provider's current namespace, e.g. terraform-providers/exoscale →
 * exoscale/exoscale) and `-/<type>` (the namespace-less "legacy provider" address of 0.12-era
 * state). Sources: https://developer.hashicorp.com/terraform/language/v1.1.x/upgrade-guides/0-13#explicit-provider-source-locations,
 * https://developer.hashicorp.com/terraform/cli/commands/0.13upgrade. Only on the public
 * registry host (normalizeSource strips it); another host's namespace is its own.
 */
const LEGACY_NAMESPACE = /^(?:terraform-providers|-)\/([a-z0-9][a-z0-9-]*)$/;

function normalizeSource(source: string): string {
  return source.trim().toLowerCase().replace(/^(registry\.terraform\.io|registry\.opentofu\.org)\//, '');
}

/** `a`, `a and b`, `a, b and c`, each in backticks. */
function list(items: readonly string[]): string {
  const quoted = items.map((i) => `\`${i}\``);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** The lower-case host of a URL or bare host (`s3.fr-par.scw.cloud:443/x` → `s3.fr-par.scw.cloud`). */
function hostOf(endpoint: string): string | undefined {
  if (typeof endpoint !== 'string' || endpoint.trim().length === 0) return undefined;
  const text = endpoint.trim();
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    return url.hostname.toLowerCase().replace(/\.$/, '') || undefined;
  } catch {
    return undefined;
  }
}

function toMatch(host: string, provider: CloudProvider, region?: RegionInfo, bucket?: string): EndpointMatch {
  return {
    host,
    providerId: provider.id,
    providerName: provider.name,
    region,
    country: region?.country,
    bucket,
  };
}
