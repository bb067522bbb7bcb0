import { ResourceView, RuleContext } from '../model/view';
import { ResourceLocation } from '../types';

/*
 * The fix-site principle, shared by every rule about where data is (SOV-LOCATION,
 * SOV-LOCATION-UNKNOWN): a location finding belongs on the resource — or provider
 * configuration — whose argument decides the location, the one the user must change, once,
 * naming the resources it affects. A server's attachments, assignments and rDNS records, the
 * servers and LANs inside a data centre, a cluster's namespaces and workloads get no location
 * finding of their own. Which resource decides is `LocationResolver.fixSiteOf`; which
 * resources hold data is `Catalog.holdsData`.
 */

/** What a location rule judges at one resource or provider configuration. @internal */
export interface SiteLocations {
  /** The primary locations decided here: its own, or (for a provider configuration) those of the resources it places. */
  readonly locations: ResourceLocation[];
  /** The other resources whose location is decided here. */
  readonly dependants: ResourceView[];
  /** Whether this is a provider configuration that is not declared here (a module's caller supplies it). */
  readonly inheritedProvider: boolean;
}

const NOTHING: SiteLocations = { locations: [], dependants: [], inheritedProvider: false };

/** The primary locations a location rule judges at `resource`, by the fix-site principle. @internal */
export function atFixSite(resource: ResourceView, context: RuleContext): SiteLocations {
  // Both location rules ask, once each per resource: compute it once.
  return (resource.memoSite ??= computeFixSite(resource, context)) as SiteLocations;
}

function computeFixSite(resource: ResourceView, context: RuleContext): SiteLocations {
  const resolver = context._resolver;
  if (resource.resourceType === 'terraform_backend') return resource.isLocated ? { ...NOTHING, locations: [resource.location] } : NOTHING;
  const dependants = resolver.dependantsOf(resource) as ResourceView[];
  if (resource.mode === 'provider') {
    const locations: ResourceLocation[] = [];
    for (const d of dependants) {
      if (!d.isLocated) continue;
      const location = d.location;
      if (!locations.includes(location)) locations.push(location);
    }
    const block = context._config.providers.get(resource.name);
    return { locations, dependants, inheritedProvider: block !== undefined && !block.declared && resolver.isProviderlessModule() };
  }
  if (resolver.fixSiteOf(resource).record !== resource) return NOTHING;
  if (resource.isLocated) return dependants.length === 0 ? alone(resource.location) : { locations: [resource.location], dependants, inheritedProvider: false };
  // A resource that holds no data but places others (a data centre, a network with a zone).
  if (dependants.some((d) => d.isLocated)) return { locations: [resolver.locate(resource)], dependants, inheritedProvider: false };
  return NOTHING;
}

/** The site of a resource that places nothing else: one shared object per location (most resources share a handful). */
const ALONE = new WeakMap<ResourceLocation, SiteLocations>();
function alone(location: ResourceLocation): SiteLocations {
  let site = ALONE.get(location);
  if (!site) ALONE.set(location, (site = { locations: [location], dependants: [], inheritedProvider: false }));
  return site;
}

/** Whether a location rule has anything to judge at `resource`. @internal */
export function hasLocationsToJudge(resource: ResourceView, context: RuleContext): boolean {
  if (resource.mode === 'provider' && resource.resourceType === 'provider') return context._resolver.dependantsOf(resource).length > 0;
  return resource.isLocated || context._resolver.dependantsOf(resource).length > 0 || resource.secondaryLocations.length > 0;
}

/** `; also affects: a, b, c and 4 more` — the resources whose location is decided at the fix site. @internal */
export function alsoAffects(dependants: ResourceView[], max = 6): string {
  if (dependants.length === 0) return '';
  const names = firstInOrder(dependants.map((d) => d.address), max).join(', ');
  const more = dependants.length > max ? ` and ${dependants.length - max} more` : '';
  return ` Also affects: ${names}${more} (their location is decided here).`;
}

/**
 * The first `max` of `values` in sorted order, as `[...values].sort().slice(0, max)` gives them,
 * without sorting them all (a provider configuration can place tens of thousands of resources).
 */
function firstInOrder(values: string[], max: number): string[] {
  if (values.length <= max) return values.sort();
  const first: string[] = [];
  for (const v of values) {
    if (first.length === max && !(v < first[max - 1])) continue;
    let i = first.length === max ? max - 1 : first.length;
    // Insert after every equal value, as a stable sort keeps them (equal strings are interchangeable anyway).
    while (i > 0 && v < first[i - 1]) {
      first[i] = first[i - 1];
      i--;
    }
    first[i] = v;
  }
  return first;
}
