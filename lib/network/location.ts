/*
 * Where a network is: a location of the provider in the catalog, inside the policy's
 * jurisdiction, checked at construction as EuBucket checks its region (internal).
 */
import { IConstruct } from 'constructs';
import { Catalog } from '../catalog/catalog';
import { CloudProvider } from '../catalog/provider';
import { LocationKind, RegionInfo } from '../catalog/types';
import { SovereigntyPolicy } from '../core/policy';
import { invalidInput, listAllowed } from '../errors';

/** A resolved network location. @internal */
export interface NetworkLocation {
  readonly provider: CloudProvider;
  readonly region: RegionInfo;
  /** Every country of the location. */
  readonly countries: string[];
}

/** Resolve `code` among the provider's locations of `kinds`, inside the jurisdiction. @internal */
export function resolveNetworkLocation(scope: IConstruct, what: string, providerId: string, code: string, kinds: LocationKind[]): NetworkLocation {
  const provider = Catalog.provider(providerId);
  const allowedKinds = provider.regions.filter((r) => kinds.includes(r.kind));
  const region = provider.region(code); // UNKNOWN_REGION with candidates
  if (!kinds.includes(region.kind)) {
    throw invalidInput({
      code: 'WRONG_LOCATION_KIND',
      what: `${what} location of ${provider.name}`,
      given: code,
      allowed: `a ${kinds.join(' or ')}: ${listAllowed(allowedKinds.map((r) => r.code))}`,
      fix: region.kind === LocationKind.ZONE && region.parent ? `use the region "${region.parent}".` : 'use one of the allowed codes.',
      candidates: allowedKinds.map((r) => r.code),
    });
  }
  const policy = SovereigntyPolicy.of(scope);
  const countries = [...new Set([region.country, ...(region.additionalCountries ?? [])])];
  for (const country of countries) {
    const check = policy.jurisdiction.check(country);
    if (check.allowed) continue;
    const inside = allowedKinds
      .filter((r) => [r.country, ...(r.additionalCountries ?? [])].every((c) => policy.jurisdiction.allows(c)))
      .map((r) => r.code);
    throw invalidInput({
      code: 'REGION_OUTSIDE_JURISDICTION',
      what: `${what} location of ${provider.name}`,
      given: code,
      allowed: `a location within the policy's jurisdiction (${policy.jurisdiction.name}): ${inside.length > 0 ? listAllowed(inside) : `none of ${provider.name}'s locations`}. ${check.reason}`,
      fix: 'choose a location in an allowed country, or widen the SovereigntyPolicy jurisdiction deliberately.',
    });
  }
  return { provider, region, countries };
}
