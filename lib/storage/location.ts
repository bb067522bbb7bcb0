/*
 * Where an S3-compatible bucket (or Terraform state) lives: provider and region from the
 * catalog, checked against the policy's jurisdiction, and the endpoint, signing region
 * and addressing style to reach it (internal).
 */
import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { Catalog } from '../catalog/catalog';
import { CloudProvider } from '../catalog/provider';
import { LocationKind, RegionInfo } from '../catalog/types';
import { SovereigntyPolicy } from '../core/policy';
import { invalidInput, listAllowed } from '../errors';

/** A resolved object-storage location. @internal */
export interface StorageLocation {
  readonly provider: CloudProvider;
  readonly region: RegionInfo;
  /** The S3 endpoint URL (from the catalog, or the one given for per-service endpoints). */
  readonly endpoint: string;
  /** Whether the endpoint was given rather than taken from the catalog. */
  readonly customEndpoint: boolean;
  /** SigV4 signing region. */
  readonly signingRegion: string;
  /** Whether path-style addressing is required. */
  readonly pathStyle: boolean;
}

/** What to resolve, as given by the user. @internal */
export interface LocationRequest {
  /** Construct type for messages, e.g. "EuBucket". */
  readonly what: string;
  readonly provider: string;
  readonly region: string;
  readonly endpoint?: string;
}

/** The European providers whose object storage speaks S3. */
function s3Providers(): CloudProvider[] {
  return Catalog.europeanProviders().filter((p) => p.objectStorage?.s3Compatible);
}

/** @internal */
export function resolveStorageLocation(scope: IConstruct, req: LocationRequest): StorageLocation {
  const provider = resolveProvider(req);
  const region = resolveRegion(provider, req);
  checkJurisdiction(scope, provider, region, req);
  const { endpoint, custom } = resolveEndpoint(provider, region, req);
  const objectStorage = provider.objectStorage!;
  // SigV4 region names are lower case for every catalogued provider (OVHcloud's `GRA` signs as `gra`).
  const signingRegion = objectStorage.signingRegion.replace('{region}', region.code).toLowerCase();
  return { provider, region, endpoint, customEndpoint: custom, signingRegion, pathStyle: objectStorage.pathStyleRequired };
}

function resolveProvider(req: LocationRequest): CloudProvider {
  const european = s3Providers();
  const ids = european.map((p) => p.id);
  const found = typeof req.provider === 'string' ? Catalog.tryProvider(req.provider) : undefined;
  if (!found) {
    throw invalidInput({
      code: 'UNKNOWN_PROVIDER',
      what: `${req.what} provider`,
      given: req.provider,
      allowed: ids.join(', '),
      fix: 'use the catalog id of a European provider with S3-compatible object storage.',
      candidates: ids,
    });
  }
  if (found.hyperscaler || !found.objectStorage?.s3Compatible) {
    throw invalidInput({
      code: 'NOT_A_EUROPEAN_S3_PROVIDER',
      what: `${req.what} provider`,
      given: req.provider,
      allowed: `a European provider with S3-compatible object storage: ${ids.join(', ')}`,
      fix: found.hyperscaler
        ? `${found.name} is a US hyperscaler; ${req.what} targets European providers. Choose one of the allowed providers.`
        : `choose one of the allowed providers.`,
    });
  }
  return found;
}

function resolveRegion(provider: CloudProvider, req: LocationRequest): RegionInfo {
  const region = provider.region(req.region); // throws UNKNOWN_REGION with candidates
  if (region.s3Endpoint) return region;
  const perService = !provider.objectStorage?.endpointTemplate
    && !provider.regions.some((r) => r.s3Endpoint)
    && region.kind === LocationKind.OBJECT_STORAGE_REGION;
  if (perService) return region;
  const withS3 = provider.regions
    .filter((r) => r.s3Endpoint || (!provider.objectStorage?.endpointTemplate && r.kind === LocationKind.OBJECT_STORAGE_REGION))
    .map((r) => r.code);
  throw invalidInput({
    code: 'NO_OBJECT_STORAGE_IN_REGION',
    what: `${req.what} region of ${provider.name}`,
    given: req.region,
    allowed: listAllowed(withS3),
    fix: region.kind === LocationKind.ZONE && region.parent
      ? `object storage is regional: use the region "${region.parent}" instead of the zone.`
      : 'choose a region with object storage.',
    candidates: withS3,
  });
}

function checkJurisdiction(scope: IConstruct, provider: CloudProvider, region: RegionInfo, req: LocationRequest): void {
  const policy = SovereigntyPolicy.of(scope);
  for (const country of [region.country, ...(region.additionalCountries ?? [])]) {
    const check = policy.jurisdiction.check(country);
    if (check.allowed) continue;
    const inside = provider.regions
      .filter((r) => (r.s3Endpoint || r.kind === LocationKind.OBJECT_STORAGE_REGION)
        && [r.country, ...(r.additionalCountries ?? [])].every((c) => policy.jurisdiction.allows(c)))
      .map((r) => r.code);
    throw invalidInput({
      code: 'REGION_OUTSIDE_JURISDICTION',
      what: `${req.what} region of ${provider.name}`,
      given: req.region,
      allowed: `a region within the policy's jurisdiction (${policy.jurisdiction.name}): ${inside.length > 0 ? listAllowed(inside) : `none of ${provider.name}'s object-storage regions`}. ${check.reason}`,
      fix: 'choose a region in an allowed country, or widen the SovereigntyPolicy jurisdiction deliberately.',
    });
  }
}

function resolveEndpoint(provider: CloudProvider, region: RegionInfo, req: LocationRequest): { endpoint: string; custom: boolean } {
  if (req.endpoint === undefined) {
    if (region.s3Endpoint) return { endpoint: region.s3Endpoint, custom: false };
    throw invalidInput({
      code: 'ENDPOINT_REQUIRED',
      what: `${req.what} endpoint for ${provider.name} ${region.code}`,
      given: undefined,
      allowed: `the https URL of your object-storage service (${provider.objectStorage?.hostPatterns?.[0] ?? 'per-service host'})`,
      fix: `${provider.name} has one S3 endpoint per object-storage service, not per region: pass \`endpoint\`, e.g. the domain_name of upcloud_managed_object_storage.endpoint.`,
    });
  }
  if (Token.isUnresolved(req.endpoint)) {
    throw invalidInput({
      code: 'UNRESOLVED_ENDPOINT',
      what: `${req.what} endpoint`,
      given: req.endpoint,
      allowed: 'a literal https URL',
      fix: 'write the endpoint as a literal: the compliance engine locates S3-compatible buckets by their endpoint host, and a reference is unknown until apply.',
    });
  }
  let url: URL | undefined;
  try {
    url = new URL(req.endpoint);
  } catch {
    url = undefined;
  }
  if (!url || url.protocol !== 'https:' || url.pathname.replace(/\/$/, '') !== '' || url.search || url.username) {
    throw invalidInput({
      code: 'INVALID_ENDPOINT',
      what: `${req.what} endpoint`,
      given: req.endpoint,
      allowed: 'an https URL with a host only, e.g. "https://abc123.upcloudobjects.com"',
      fix: 'pass the service endpoint as https://<host> (TLS is required; no path, query or credentials).',
    });
  }
  const match = Catalog.resolveEndpoint(url.host);
  if (!match || match.providerId !== provider.id) {
    throw invalidInput({
      code: 'ENDPOINT_PROVIDER_MISMATCH',
      what: `${req.what} endpoint`,
      given: req.endpoint,
      allowed: `an S3 endpoint of ${provider.name}${provider.objectStorage?.hostPatterns ? ` (hosts matching ${provider.objectStorage.hostPatterns.join(' or ')})` : ''}`,
      fix: match
        ? `the endpoint belongs to ${match.providerName}: set provider "${match.providerId}", or use ${provider.name}'s endpoint.`
        : 'use an endpoint host the catalog knows (the compliance engine could not locate the bucket otherwise).',
    });
  }
  if (match.bucket) {
    throw invalidInput({
      code: 'ENDPOINT_IS_BUCKET_HOST',
      what: `${req.what} endpoint`,
      given: req.endpoint,
      allowed: 'the service endpoint, without a bucket name in the host',
      fix: `use https://${url.host.slice(match.bucket.length + 1)}.`,
    });
  }
  if (match.region && match.region.code.toLowerCase() !== region.code.toLowerCase()) {
    throw invalidInput({
      code: 'ENDPOINT_REGION_MISMATCH',
      what: `${req.what} endpoint`,
      given: req.endpoint,
      allowed: `an endpoint of region ${region.code}${region.s3Endpoint ? ` (${region.s3Endpoint})` : ''}`,
      fix: `the endpoint serves region ${match.region.code}: set region "${match.region.code}", or omit endpoint to use the catalog's.`,
    });
  }
  return { endpoint: `https://${url.host}`, custom: region.s3Endpoint === undefined || `https://${url.host}` !== region.s3Endpoint };
}
