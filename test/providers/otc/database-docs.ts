/*
 * The arguments of `opentelekomcloud_rds_instance_v3` EuDatabase emits, as the documentation
 * lists them at tag v1.36.23 (no opentelekomcloud binary here, so this table stands in for
 * `terraform validate`, as provider-docs.ts does for the other OTC constructs):
 *   https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/rds_instance_v3.md
 * `availability_zone` is a list in the 1.36.54 schema the @cdktf binding types (the doc says "the AZ name"); the
 * binding renders single blocks (db, volume, backup_strategy) as JSON objects, which Terraform accepts for one block.
 */
import { DocumentedResource } from '../../bindings/conformance';

const BASE = 'https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs';

export const RDS_INSTANCE: DocumentedResource = {
  doc: `${BASE}/resources/rds_instance_v3.md`,
  required: ['availability_zone', 'db', 'flavor', 'name', 'security_group_id', 'subnet_id', 'volume', 'vpc_id'],
  optional: ['backup_strategy', 'ha_replication_mode', 'param_group_id', 'parameters', 'lower_case_table_names', 'public_ips', 'tag', 'tags', 'restore_point',
    'restore_from_backup', 'ssl_enable'],
  blocks: {
    db: { required: ['password', 'type', 'version'], optional: ['port'] },
    volume: { required: ['size', 'type'], optional: ['disk_encryption_id', 'limit_size', 'trigger_threshold'] },
    backup_strategy: { required: ['start_time'], optional: ['keep_days'] },
  },
};
