/*
 * Where an Open Telekom Cloud construct lives (internal): a region of the catalog inside the
 * policy's jurisdiction, its availability zones, the IAM endpoint of the region, and names
 * and tags shared by the constructs.
 */
import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { Catalog } from '../../catalog/catalog';
import { CloudProvider } from '../../catalog/provider';
import { LocationKind, RegionInfo } from '../../catalog/types';
import { SovereigntyLabels } from '../../core/labels';
import { SovereigntyPolicy } from '../../core/policy';
import { invalidInput, listAllowed } from '../../errors';
import { nameFromPath } from '../../util/names';

/** A resolved Open Telekom Cloud region. @internal */
export interface OtcLocation {
  readonly provider: CloudProvider;
  readonly region: RegionInfo;
  /** Availability zones of the region, as the catalog lists them. */
  readonly zones: string[];
}

/** The catalog entry of Open Telekom Cloud. @internal */
export function otcCatalog(): CloudProvider {
  return Catalog.provider('otc');
}

function regionCodes(provider: CloudProvider): string[] {
  return provider.regions.filter((r) => r.kind === LocationKind.REGION).map((r) => r.code);
}

/** Zones of a region, from the catalog (`parent` = region). @internal */
export function zonesOf(provider: CloudProvider, region: string): string[] {
  return provider.regions.filter((r) => r.kind === LocationKind.ZONE && r.parent === region).map((r) => r.code);
}

/**
 * A region code of the catalog (not a zone, not a project name) inside the policy's
 * jurisdiction; throws with the allowed regions otherwise.
 * @internal
 */
export function resolveOtcRegion(scope: IConstruct, what: string, code: string): OtcLocation {
  const provider = otcCatalog();
  const regions = regionCodes(provider);
  const found = typeof code === 'string' ? provider.findRegion(code) : undefined;
  if (!found || found.note?.startsWith('located by rule')) {
    throw invalidInput({
      code: 'UNKNOWN_REGION',
      what: `${what} region`,
      given: code,
      allowed: `an Open Telekom Cloud region of the catalog: ${regions.join(', ')}`,
      fix: typeof code === 'string' && code.includes('_')
        ? `"${code}" looks like a project name: set region to the part before "_" and pass the project as projectName.`
        : 'use one of the allowed region codes (Catalog.provider(\'otc\').regions).',
      candidates: regions,
    });
  }
  if (found.kind !== LocationKind.REGION) {
    throw invalidInput({
      code: 'ZONE_NOT_REGION',
      what: `${what} region`,
      given: code,
      allowed: `a region code: ${regions.join(', ')}`,
      fix: `"${found.code}" is an availability zone; use its region "${found.parent}" (zones are chosen with availabilityZones).`,
    });
  }
  const policy = SovereigntyPolicy.of(scope);
  for (const country of [found.country, ...(found.additionalCountries ?? [])]) {
    const check = policy.jurisdiction.check(country);
    if (check.allowed) continue;
    const inside = provider.regions
      .filter((r) => r.kind === LocationKind.REGION && [r.country, ...(r.additionalCountries ?? [])].every((c) => policy.jurisdiction.allows(c)))
      .map((r) => `${r.code} (${r.country})`);
    throw invalidInput({
      code: 'REGION_OUTSIDE_JURISDICTION',
      what: `${what} region`,
      given: code,
      allowed: `a region within the policy's jurisdiction (${policy.jurisdiction.name}): ${inside.length > 0 ? listAllowed(inside) : 'none of Open Telekom Cloud\'s regions'}. ${check.reason}`,
      fix: found.country === 'CH'
        ? 'choose eu-de or eu-nl, or allow Switzerland deliberately with a SovereigntyPolicy whose jurisdiction includes CH (e.g. Jurisdiction.EEA_AND_ADEQUATE, Switzerland has an EU adequacy decision).'
        : 'choose a region in an allowed country, or widen the SovereigntyPolicy jurisdiction deliberately.',
    });
  }
  return { provider, region: found, zones: zonesOf(provider, found.code) };
}

/**
 * The IAM (Keystone v3) endpoint of a region: `https://iam.<region>.otc.t-systems.com/v3`
 * (provider docs/index.md at v1.36.23, https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/index.md),
 * and for Swiss OTC the `iam-pub` host in the `sc.otc` domain (catalog: eu-ch2 note and
 * regionRules, lib/catalog/providers/otc.ts).
 * @internal
 */
export function iamEndpoint(region: string): string {
  return region === 'eu-ch2'
    ? 'https://iam-pub.eu-ch2.sc.otc.t-systems.com/v3'
    : `https://iam.${region}.otc.t-systems.com/v3`;
}

/** Tags every Open Telekom Cloud construct writes: the jurisdiction, plus the user's. @internal */
export function baseTags(scope: IConstruct, extra?: { [key: string]: string }): { [key: string]: string } {
  const policy = SovereigntyPolicy.of(scope);
  return { ...(extra ?? {}), [SovereigntyLabels.TAG_JURISDICTION]: SovereigntyLabels.labelValue(policy.jurisdiction.name) };
}

/** A default resource name from the construct path (lib/util/names). @internal */
export function defaultName(scope: IConstruct, max: number): string {
  return nameFromPath(scope, max, 'otc');
}

/** A string that is not an unresolved token. @internal */
export function isLiteral(value: unknown): value is string {
  return typeof value === 'string' && !Token.isUnresolved(value);
}
