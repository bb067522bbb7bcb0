import { invalidInput, listAllowed } from '../errors';
import { DefaultLocationFact, LocationArgumentFact, LocationArgumentShape, S3EndpointOverrideFact } from './facts/location';
import { Countries } from '../core/countries';
import {
  BlockStorageFacts,
  CapabilityFact,
  CloudDeploymentFact,
  CloudSelectorFact,
  Certification,
  CertificationScheme,
  KubernetesLoadBalancerFacts,
  KubernetesStorageFacts,
  LocationKind,
  ObjectStorageFacts,
  Ownership,
  ProviderCapabilities,
  ProviderFacts,
  RegionInfo,
  RegionRule,
  ResourceCategory,
  ResourceTypeFact,
} from './types';

/**
 * One cloud provider as the catalog knows it: who controls it, what it is
 * certified for, where its locations are, and what its services can do.
 * Obtain instances from `Catalog`.
 */
export class CloudProvider {
  /** @internal */
  public static _fromFacts(facts: ProviderFacts): CloudProvider {
    return new CloudProvider(facts);
  }

  /** A platform's cloud as its own provider: the platform's resource types, the cloud's regions and operator. @internal */
  public static _forDeployment(platform: CloudProvider, deployment: CloudDeploymentFact, id: string): CloudProvider {
    const facts = platform.facts;
    return new CloudProvider({
      ...facts,
      id,
      name: deployment.name,
      aliases: [],
      ownership: deployment.ownership ?? facts.ownership,
      certifications: deployment.certifications ?? [],
      regions: deployment.regions ?? [],
      regionRules: [],
      blockStorage: deployment.blockStorage,
      cloudSelector: undefined,
      deployments: undefined,
    });
  }

  /** Stable catalog id, e.g. `scaleway`. */
  public readonly id: string;
  /** Display name. */
  public readonly name: string;
  /** Whether this is a US hyperscaler. */
  public readonly hyperscaler: boolean;
  /** Ownership and control. */
  public readonly ownership: Ownership;
  /** Capabilities. */
  public readonly capabilities: ProviderCapabilities;
  /** Object-storage facts, if the provider has object storage. */
  public readonly objectStorage?: ObjectStorageFacts;
  /** Encrypted volume types of its block storage, if recorded. */
  public readonly blockStorage?: BlockStorageFacts;
  /** For a platform many operators run (OpenStack): how a provider configuration names its cloud. */
  public readonly cloudSelector?: CloudSelectorFact;
  /** How its S3 resources follow another provider's S3 endpoint, if they can. */
  public readonly s3EndpointOverride?: S3EndpointOverrideFact;
  /** Kubernetes storage facts, if known. */
  public readonly kubernetesStorage?: KubernetesStorageFacts;
  /** How its managed Kubernetes exposes LoadBalancer Services, if known. */
  public readonly kubernetesLoadBalancer?: KubernetesLoadBalancerFacts;

  private readonly facts: ProviderFacts;
  private readonly byCode = new Map<string, RegionInfo>();
  private readonly byLowerCode = new Map<string, RegionInfo>();
  private readonly compiledRules: Array<{ regex: RegExp; rule: RegionRule }>;
  private readonly typeIndex = new Map<string, ResourceTypeFact>();

  private constructor(facts: ProviderFacts) {
    this.facts = facts;
    this.id = facts.id;
    this.name = facts.name;
    this.hyperscaler = facts.hyperscaler;
    this.ownership = facts.ownership;
    this.capabilities = facts.capabilities;
    this.objectStorage = facts.objectStorage;
    this.kubernetesStorage = facts.kubernetesStorage;
    this.s3EndpointOverride = facts.s3EndpointOverride;
    this.blockStorage = facts.blockStorage;
    this.cloudSelector = facts.cloudSelector;
    this.kubernetesLoadBalancer = facts.kubernetesLoadBalancer;
    for (const region of facts.regions) {
      this.byCode.set(region.code, region);
      for (const spelling of [region.code, ...(region.aliases ?? [])]) {
        const key = spelling.toLowerCase();
        if (!this.byLowerCode.has(key)) this.byLowerCode.set(key, region);
      }
    }
    this.compiledRules = (facts.regionRules ?? []).map((rule) => ({ regex: new RegExp(`^(?:${rule.pattern})$`, 'i'), rule }));
    for (const type of facts.resourceTypes) this.typeIndex.set(type.resourceType, type);
  }

  /** Other names `Catalog.provider()` accepts for this provider. */
  public get aliases(): string[] {
    return [...this.facts.aliases];
  }

  /** Terraform provider source addresses, primary first. */
  public get terraformSources(): string[] {
    return [...this.facts.terraformSources];
  }

  /** The primary Terraform provider source address, e.g. `scaleway/scaleway`. */
  public get terraformSource(): string {
    return this.facts.terraformSources[0];
  }

  /** Prefixes of its Terraform resource types, e.g. `scaleway_`. */
  public get resourceTypePrefixes(): string[] {
    return [...this.facts.resourceTypePrefixes];
  }

  /** Provider-configuration arguments that set the default location, in order of precedence. */
  public get providerLocationArguments(): string[] {
    return [...(this.facts.providerLocationArguments ?? [])];
  }

  /** The documented default locations (catalog `defaultLocations`). */
  public get defaultLocations(): DefaultLocationFact[] {
    return [...(this.facts.defaultLocations ?? [])];
  }

  /**
   * The documented location a resource of this type gets when neither it nor its provider
   * configuration sets one: the zone default for a type located by a zone argument, else the
   * region default (a default restricted to type prefixes applies to those types only).
   * @param resourceType the Terraform resource type
   * @param byZone whether the type's location argument takes a zone
   */
  public defaultLocationFor(resourceType: string, byZone: boolean): DefaultLocationFact | undefined {
    const applicable = (this.facts.defaultLocations ?? [])
      .filter((d) => !d.resourceTypePrefixes || d.resourceTypePrefixes.some((p) => resourceType.startsWith(p)));
    const wanted = byZone ? LocationKind.ZONE : LocationKind.REGION;
    return applicable.find((d) => d.kind === wanted) ?? applicable.find((d) => d.kind !== LocationKind.ZONE) ?? applicable[0];
  }

  /**
   * Every country any location of this provider is in (listed locations and region rules):
   * where a resource whose location is not known can be at most.
   */
  public get allCountries(): string[] {
    if (this.countryList) return [...this.countryList];
    const out = new Set<string>();
    for (const r of this.facts.regions) for (const c of [r.country, ...(r.additionalCountries ?? [])]) out.add(c);
    for (const rule of this.facts.regionRules ?? []) out.add(rule.country);
    this.countryList = [...out].sort();
    return [...this.countryList];
  }

  private countryList?: string[];

  /** For a platform: the clouds the catalog knows, by identity endpoint. */
  public get deployments(): CloudDeploymentFact[] {
    return [...(this.facts.deployments ?? [])];
  }

  /**
   * For a platform: the cloud whose identity endpoint this is (a URL or a host), or undefined
   * for endpoints of clouds the catalog does not know.
   */
  public deploymentForEndpoint(endpoint: string): CloudDeploymentFact | undefined {
    const host = hostOfUrl(endpoint);
    if (!host) return undefined;
    return (this.facts.deployments ?? []).find((d) => d.endpointHosts.includes(host));
  }

  /** Provider-configuration arguments that are credentials although their names do not say so. */
  public get providerCredentialArguments(): string[] {
    return [...(this.facts.providerCredentialArguments ?? [])];
  }

  /** Certifications and memberships. */
  public get certifications(): Certification[] {
    return [...this.facts.certifications];
  }

  /** Every location code listed in the catalog. */
  public get regions(): RegionInfo[] {
    return [...this.facts.regions];
  }

  /** Rules mapping other codes to countries. */
  public get regionRules(): RegionRule[] {
    return [...(this.facts.regionRules ?? [])];
  }

  /** Resource types the catalog knows for this provider. */
  public get resourceTypes(): ResourceTypeFact[] {
    return [...this.facts.resourceTypes];
  }

  /**
   * Whether the provider counts as EU-controlled: headquarters **and** ultimate parent in
   * the EEA (the test of Gaia-X criteria P5.1.4 and P5.1.5).
   */
  public get euControlled(): boolean {
    return Countries.isEea(this.ownership.headquartersCountry) && Countries.isEea(this.ownership.ultimateParentCountry);
  }

  /** One-sentence account of the control assessment, with its reasoning. */
  public get controlAssessment(): string {
    const o = this.ownership;
    const verdict = this.euControlled ? 'EU-controlled' : 'not EU-controlled';
    const hq = Countries.describe(o.headquartersCountry);
    const parent = `${o.ultimateParent}, ${Countries.describe(o.ultimateParentCountry)}`;
    const caveat = o.verified ? '' : ' (unverified: based on third-party sources)';
    return `${this.name} is ${verdict}: headquarters in ${hq}, ultimate parent ${parent}${caveat}. ${o.reasoning}`;
  }

  /** Certifications of a scheme (any status). */
  public certificationsOf(scheme: CertificationScheme): Certification[] {
    return this.facts.certifications.filter((c) => c.scheme === scheme);
  }

  /**
   * Look up a location code: exact code, then any spelling (case-insensitive), then the
   * region rules. A location found only through a rule has city `unknown` and a note
   * naming the rule. Returns undefined for codes the catalog cannot place.
   */
  public findRegion(code: string): RegionInfo | undefined {
    if (typeof code !== 'string' || code.length === 0) return undefined;
    const exact = this.byCode.get(code) ?? this.byLowerCode.get(code.toLowerCase());
    if (exact) return exact;
    for (const { regex, rule } of this.compiledRules) {
      if (regex.test(code)) {
        return {
          code,
          kind: rule.kind ?? LocationKind.REGION,
          country: rule.country,
          city: 'unknown',
          cityVerified: false,
          source: rule.source,
          // A verified rule is not marked "located by rule:" (which makes the location unverified).
          note: `located by ${rule.verified === true ? 'rule (verified at its source)' : 'rule'}: ${rule.description}`,
        };
      }
    }
    return undefined;
  }

  /**
   * Like `findRegion`, but throws for unknown codes with the closest known codes
   * and how to fix it.
   */
  public region(code: string): RegionInfo {
    const found = this.findRegion(code);
    if (found) return found;
    const codes = this.facts.regions.map((r) => r.code);
    throw invalidInput({
      code: 'UNKNOWN_REGION',
      what: `Region of ${this.name}`,
      given: code,
      allowed: listAllowed(codes),
      fix: `use a location code that the ${this.terraformSource} Terraform provider accepts.`,
      candidates: codes,
    });
  }

  /**
   * The S3 endpoint of the provider's object storage in a region. Throws when the
   * region is unknown or has no object storage.
   */
  public s3Endpoint(regionCode: string): string {
    const region = this.region(regionCode);
    if (region.s3Endpoint) return region.s3Endpoint;
    const withS3 = this.facts.regions.filter((r) => r.s3Endpoint).map((r) => r.code);
    throw invalidInput({
      code: 'NO_OBJECT_STORAGE_IN_REGION',
      what: `S3 endpoint of ${this.name}`,
      given: regionCode,
      allowed: withS3.length > 0 ? listAllowed(withS3) : `none: ${this.name} has no regional S3 endpoints in the catalog`,
      fix: withS3.length > 0
        ? 'choose a region with object storage.'
        : 'pass the endpoint of your object-storage service explicitly.',
      candidates: withS3,
    });
  }

  /** What the catalog knows about a Terraform resource type of this provider. */
  public resourceType(resourceType: string): ResourceTypeFact | undefined {
    return this.typeIndex.get(resourceType);
  }

  /**
   * Every argument that carries the location of a resource type, in the order it takes
   * precedence, with its shape (catalog `locationShapes`; an argument without one is a string
   * argument, marked unverified), followed by the parent references that locate the type.
   * Empty when the catalog does not describe the type or names no location argument for it (the
   * engine then tries the generic location arguments, the parent and the provider configuration).
   */
  public locationArgumentsOf(resourceType: string): LocationArgumentFact[] {
    const fact = this.typeIndex.get(resourceType);
    if (!fact) return [];
    const shapes = fact.locationShapes ?? [];
    const own = (fact.locationArguments ?? []).map((path): LocationArgumentFact => shapes.find((s) => s.path === path && s.shape !== LocationArgumentShape.PARENT)
      ?? { path, shape: LocationArgumentShape.STRING, verified: false, source: fact.source, note: 'Shape not recorded: read as one code in a string argument.' });
    return [...own, ...shapes.filter((s) => s.shape === LocationArgumentShape.PARENT)];
  }

  /** Resource types of a category. */
  public resourceTypesOf(category: ResourceCategory): ResourceTypeFact[] {
    return this.facts.resourceTypes.filter((t) => t.category === category);
  }

  /** Whether a Terraform resource type belongs to this provider (by prefix). */
  public ownsResourceType(resourceType: string): boolean {
    return this.facts.resourceTypePrefixes.some((p) => resourceType.startsWith(p));
  }

  /** A capability by name, e.g. `objectLock`. */
  public capability(name: string): CapabilityFact {
    const caps = this.capabilities as unknown as Record<string, CapabilityFact | undefined>;
    const fact = Object.prototype.hasOwnProperty.call(caps, name) ? caps[name] : undefined;
    if (!fact) {
      const names = Object.keys(caps);
      throw invalidInput({
        code: 'UNKNOWN_CAPABILITY',
        what: `Capability of ${this.name}`,
        given: name,
        allowed: names.join(', '),
        fix: 'use one of the capability names of ProviderCapabilities.',
        candidates: names,
      });
    }
    return fact;
  }
}

/** The lower-case host of a URL or bare host (port and path dropped). */
function hostOfUrl(endpoint: string): string | undefined {
  if (typeof endpoint !== 'string' || endpoint.trim().length === 0) return undefined;
  const text = endpoint.trim();
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    return url.hostname.toLowerCase().replace(/\.$/, '') || undefined;
  } catch {
    return undefined;
  }
}
