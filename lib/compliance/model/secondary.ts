import { Catalog } from '../../catalog/catalog';
import { LocationStatus, ResourceLocation } from '../types';
import { ResourceRecord, TerraformConfiguration } from './configuration';
import { getAll, isLiteral, referencesIn } from './expressions';
import { LocationResolver } from './location';

/**
 * Where else a resource puts data: replicas, backups, replication destinations and
 * log sinks. Each entry names the attribute that holds a location code, an endpoint
 * URL or a reference to another resource.
 */
interface SecondarySpec {
  /** Resource type. */
  readonly type: string;
  /** Dotted attribute path (every list element is visited). */
  readonly path: string;
  /** What the other location is for. */
  readonly role: string;
  /** How to read the value. */
  readonly as: 'region' | 'endpoint' | 'reference';
}

const SPECS: readonly SecondarySpec[] = [
  // Managed database backups in other regions.
  // https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources/cloud_project_database.md
  { type: 'ovh_cloud_project_database', path: 'backup_regions', role: 'backup', as: 'region' },
  // https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/dbaas_pgsql_cluster.md
  { type: 'ionoscloud_pg_cluster', path: 'backup_location', role: 'backup', as: 'region' },
  // v2 nests it: backup { location } (https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/main/docs/resources/pg_cluster_v2.md)
  { type: 'ionoscloud_pg_cluster_v2', path: 'backup.location', role: 'backup', as: 'region' },
  { type: 'ionoscloud_mongo_cluster', path: 'backup.location', role: 'backup', as: 'region' },
  // Object replication destinations.
  // https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources/cloud_project_storage.md
  { type: 'ovh_cloud_project_storage', path: 'replication.rules.destination.region', role: 'replica', as: 'region' },
  { type: 'ovh_cloud_project_storage', path: 'replication.rules.destination.name', role: 'replica', as: 'reference' },
  // https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_replication_configuration
  { type: 'aws_s3_bucket_replication_configuration', path: 'rule.destination.bucket', role: 'replica', as: 'reference' },
  { type: 'aws_dynamodb_table', path: 'replica.region_name', role: 'replica', as: 'region' },
  { type: 'aws_db_instance_automated_backups_replication', path: 'region', role: 'backup', as: 'region' },
  // GCS dual-region placement.
  { type: 'google_storage_bucket', path: 'custom_placement_config.data_locations', role: 'replica', as: 'region' },
  // Log sinks.
  { type: 'google_logging_project_sink', path: 'destination', role: 'log sink', as: 'reference' },
  { type: 'exoscale_sks_cluster', path: 'audit.endpoint', role: 'log sink', as: 'endpoint' },
  { type: 'ionoscloud_k8s_cluster', path: 's3_buckets.name', role: 'log sink', as: 'reference' },
  { type: 'opentelekomcloud_cts_tracker_v3', path: 'bucket_name', role: 'log sink', as: 'reference' },
  { type: 'opentelekomcloud_cts_tracker_v1', path: 'bucket_name', role: 'log sink', as: 'reference' },
  { type: 'stackit_telemetryrouter_destination', path: 'config.s3.endpoint', role: 'log sink', as: 'endpoint' },
  { type: 'aws_cloudtrail', path: 's3_bucket_name', role: 'log sink', as: 'reference' },
  { type: 'aws_s3_bucket_logging', path: 'target_bucket', role: 'log sink', as: 'reference' },
  { type: 'opentelekomcloud_obs_bucket', path: 'logging.target_bucket', role: 'log sink', as: 'reference' },
  { type: 'azurerm_monitor_diagnostic_setting', path: 'storage_account_id', role: 'log sink', as: 'reference' },
];

/** Shared (frozen) result for the many resource types without secondary locations. */
const NONE: ResourceLocation[] = Object.freeze([]) as unknown as ResourceLocation[];
const SPECS_BY_TYPE = new Map<string, SecondarySpec[]>();
for (const spec of SPECS) {
  const list = SPECS_BY_TYPE.get(spec.type) ?? [];
  list.push(spec);
  SPECS_BY_TYPE.set(spec.type, list);
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
  const specs = SPECS_BY_TYPE.get(record.type);
  if (!specs) return (record.memoSecondary = NONE);
  const out: ResourceLocation[] = [];
  record.memoSecondary = out;
  for (const spec of specs) {
    for (const value of getAll(record.body, spec.path)) {
      const source = `argument ${spec.path}`;
      if (spec.as === 'region') {
        const provider = resolver.effectiveProvider(record);
        const located = resolver.fromCodes(provider, value, source, spec.role);
        if (located) out.push(located);
        continue;
      }
      if (spec.as === 'endpoint') {
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
        if (located.status !== LocationStatus.NOT_APPLICABLE) {
          out.push({ ...located, role: spec.role, source: `${source} → ${target.address} (${located.source})` });
        }
      } else if (typeof value === 'string' && value.length > 0) {
        out.push(unknownSecondary(`${source} names "${value}", which is not a resource of this configuration`, source, spec.role));
      }
    }
  }
  return out;
}

function referencedResource(value: unknown, config: TerraformConfiguration): ResourceRecord | undefined {
  if (typeof value !== 'string') return undefined;
  for (const ref of referencesIn(value)) {
    const target = config.find(ref.address);
    if (target) return target;
  }
  if (!isLiteral(value)) return undefined;
  // A literal bucket name (or ARN / "region/name") of a bucket in this configuration.
  const name = value.replace(/^arn:aws:s3:::/, '').split('/').pop();
  return config.resources.find((r) => r.mode === 'managed' && (r.body.bucket === name || r.body.name === name) && /bucket|storage/.test(r.type));
}

function unknownSecondary(reason: string, source: string, role: string): ResourceLocation {
  return { status: LocationStatus.UNKNOWN, countries: [], source, role, reason, verified: true };
}
