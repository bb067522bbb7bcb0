import { Catalog } from '../../catalog/catalog';
import { SecondaryLocationDefault, SecondaryLocationFact, SecondaryLocationRead } from '../../catalog/facts/location';
import { CloudProvider } from '../../catalog/provider';
import { RegionInfo } from '../../catalog/types';
import { LocationStatus, ResourceLocation } from '../types';
import { ResourceRecord, TerraformConfiguration } from './configuration';
import { getAll, isLiteral, referencesIn } from './expressions';
import { innerMap } from './memo';
import { LocationResolver } from './location';

/*
 * Where else a resource puts data — replicas, backups, replication destinations and log sinks —
 * is a catalog fact (`ResourceTypeFact.secondaryLocations`): each names the argument that holds a
 * location code, an endpoint URL or a reference to another resource.
 */

/** Shared (frozen) result for the many resource types without secondary locations. */
const NONE: ResourceLocation[] = Object.freeze([]) as unknown as ResourceLocation[];
const SPECS_BY_TYPE = new Map<string, readonly SecondaryLocationFact[] | null>();

function specsOf(type: string): readonly SecondaryLocationFact[] | undefined {
  let specs = SPECS_BY_TYPE.get(type);
  if (specs === undefined) {
    specs = Catalog.resourceType(type)?.secondaryLocations ?? null;
    SPECS_BY_TYPE.set(type, specs);
  }
  return specs ?? undefined;
}

/**
 * The secondary locations of a resource. A reference to a resource in this
 * configuration takes that resource's location; a literal name is matched against
 * bucket names; anything else unknown is reported as unknown.
 * @internal
 */
export function secondaryLocations(
  record: ResourceRecord,
  config: TerraformConfiguration,
  resolver: LocationResolver,
): ResourceLocation[] {
  if (record.memoSecondary) return record.memoSecondary;
  const specs = specsOf(record.type);
  if (!specs || specs.length === 0) return (record.memoSecondary = NONE);
  const out: ResourceLocation[] = [];
  record.memoSecondary = out;
  for (const spec of specs) {
    if (spec.noneWhenTrue !== undefined && config.literalValue(getAll(record.body, spec.noneWhenTrue)[0]) === true) continue;
    const values = getAll(record.body, spec.argument);
    if (spec.read === SecondaryLocationRead.SAME_LOCATION_SWITCH) {
      const raw = values.length === 0 ? undefined : config.literalValue(values[0]);
      // Terraform converts "true" / "false" strings to booleans.
      const on = raw === 'true' ? true : raw === 'false' ? false : raw;
      if (on === true) continue;
      if (values.length > 0 && typeof on !== 'boolean') {
        // Not known before apply: the same location or any other.
        const other = otherLocations(record, resolver, spec, `argument ${spec.argument} is not known before apply`, true);
        if (other) out.push(other);
        continue;
      }
      if (values.length > 0 || spec.absent?.behaviour === SecondaryLocationDefault.OTHER_LOCATION) {
        const why = values.length > 0 ? `argument ${spec.argument} = false` : `argument ${spec.argument} not set`;
        const other = otherLocations(record, resolver, spec, why, false);
        if (other) out.push(other);
      }
      continue;
    }
    if (values.length === 0 && spec.absent?.behaviour === SecondaryLocationDefault.OTHER_LOCATION) {
      const other = otherLocations(record, resolver, spec, `argument ${spec.argument} not set`, false);
      if (other) out.push(other);
      continue;
    }
    for (const value of values) {
      const source = `argument ${spec.argument}`;
      if (spec.read === SecondaryLocationRead.REGION) {
        const provider = resolver.effectiveProvider(record);
        const located = resolver.fromCodes(provider, value, source, spec.role);
        if (located) out.push(located);
        continue;
      }
      if (spec.read === SecondaryLocationRead.ENDPOINT) {
        const literal = config.literalValue(value);
        if (typeof literal !== 'string') {
          out.push(unknownSecondary(`${source} is not known before apply`, source, spec.role));
          continue;
        }
        const match = Catalog.resolveEndpoint(literal);
        if (match?.region) {
          out.push({ status: LocationStatus.KNOWN, countries: [match.region.country, ...(match.region.additionalCountries ?? [])], providerId: match.providerId, region: match.region.code, source: `${source} (${match.host})`, role: spec.role, verified: true });
        } else {
          out.push(unknownSecondary(`${source} points at ${literal}, which the catalog cannot place`, source, spec.role));
        }
        continue;
      }
      // reference (or a literal bucket name)
      const target = referencedResource(value, config);
      if (target && target !== record) {
        const located = resolver.locate(target);
        // An unknown target location is the target's own finding, at its fix site (for a module
        // without provider configuration, the caller's provider): reported there, once.
        if (located.status !== LocationStatus.NOT_APPLICABLE && located.status !== LocationStatus.UNKNOWN) {
          out.push({ ...located, role: spec.role, source: `${source} → ${target.address} (${located.source})` });
        }
      } else if (typeof value === 'string' && value.length > 0) {
        out.push(unknownSecondary(`${source} names "${value}", which is not a resource of this configuration`, source, spec.role));
      }
    }
  }
  return out;
}

/**
 * The provider's documented default puts the data in another of its locations without saying
 * which: every location of the kind of the resource's own (but that one, unless `includeOwn`) is
 * possible. Unknown when the resource's provider or location is not known.
 */
function otherLocations(record: ResourceRecord, resolver: LocationResolver, spec: SecondaryLocationFact, why: string, includeOwn: boolean): ResourceLocation | undefined {
  const provider: CloudProvider | undefined = resolver.effectiveProvider(record);
  const primary = resolver.locate(record);
  const statement = spec.absent ? ` (${spec.absent.statement} ${spec.absent.source})` : '';
  const source = `${why}${statement}`;
  // The resource's own location unknown is its own finding, where the fix is made: once the
  // location is set, the backups are judged against it.
  if (!provider || primary.status !== LocationStatus.KNOWN || primary.region === undefined) return undefined;
  if (primary.region.includes(',')) return unknownSecondary(`${source}, and the resource is in several locations (${primary.region})`, source, spec.role);
  const own = provider.findRegion(primary.region);
  if (!own) return unknownSecondary(`${source}, and the resource's own location is not in the catalog`, source, spec.role);
  // The same few (fact, provider, region) combinations for every resource: one shared, immutable result.
  const byProvider = innerMap(innerMap(OTHER_LOCATIONS, spec), provider);
  const key = `${own.code}|${includeOwn}|${why}`;
  if (byProvider.has(key)) return byProvider.get(key);
  const result = otherLocationsOf(provider, own, spec, source, includeOwn);
  byProvider.set(key, result);
  return result;
}

// Catalog facts and providers are long-lived singletons: a table per fact, then per provider.
const OTHER_LOCATIONS = new WeakMap<SecondaryLocationFact, Map<CloudProvider, Map<string, ResourceLocation | undefined>>>();

function otherLocationsOf(provider: CloudProvider, own: RegionInfo, spec: SecondaryLocationFact, source: string, includeOwn: boolean): ResourceLocation | undefined {
  const candidates = provider.regions.filter((r) => r.kind === own.kind && (includeOwn || r.code !== own.code));
  if (candidates.length === 0) return undefined;
  const countries = new Set<string>();
  for (const region of candidates) for (const c of [region.country, ...(region.additionalCountries ?? [])]) countries.add(c);
  return {
    status: LocationStatus.KNOWN,
    countries: [...countries].sort(),
    providerId: provider.id,
    region: `one of ${candidates.map((r) => r.code).join(', ')}`,
    source,
    role: spec.role,
    verified: spec.absent?.verified ?? true,
  };
}

function referencedResource(value: unknown, config: TerraformConfiguration): ResourceRecord | undefined {
  if (typeof value !== 'string') return undefined;
  for (const ref of referencesIn(value)) {
    const target = config.find(ref.address);
    if (target) return target;
  }
  if (!isLiteral(value)) return undefined;
  // A literal bucket name (or ARN / "region/name") of a bucket in this configuration.
  let stripped = value;
  for (const prefix of Catalog._bucketReferencePrefixes()) if (stripped.startsWith(prefix)) stripped = stripped.slice(prefix.length);
  const name = stripped.split('/').pop();
  return config.resources.find((r) => r.mode === 'managed' && (r.body.bucket === name || r.body.name === name) && /bucket|storage/.test(r.type));
}

function unknownSecondary(reason: string, source: string, role: string): ResourceLocation {
  return { status: LocationStatus.UNKNOWN, countries: [], source, role, reason, verified: true };
}
