/*
 * The UpCloudLtd/upcloud arguments EuDatabase emits, as the documentation lists them at tag v5.41.0
 * (`network` is a block set, `properties` a block list):
 *   https://github.com/UpCloudLtd/terraform-provider-upcloud/blob/v5.41.0/docs/resources/managed_database_postgresql.md
 *   …/managed_database_mysql.md, …/docs/index.md
 */
import { DocumentedResource, Nesting, ProviderDocs } from '../conformance';

const BASE = 'https://github.com/UpCloudLtd/terraform-provider-upcloud/blob/v5.41.0/docs';

/** The arguments both engines share, and the `properties` EuDatabase sets (a subset of each engine's list). */
function managedDatabase(doc: string): DocumentedResource {
  return {
    doc,
    required: ['name', 'plan', 'title', 'zone'],
    optional: ['additional_disk_space_gib', 'labels', 'maintenance_window_dow', 'maintenance_window_time', 'powered', 'termination_protection', 'network', 'properties'],
    blocks: {
      network: { nesting: Nesting.BLOCK, required: ['family', 'name', 'type', 'uuid'], optional: [] },
      properties: {
        nesting: Nesting.BLOCK, required: [],
        optional: ['admin_password', 'admin_username', 'automatic_utility_network_ip_filter', 'backup_hour', 'backup_minute', 'ip_filter', 'public_access', 'public_access_prometheus', 'service_log', 'version'],
      },
    },
  };
}

export const UPCLOUD_DATABASE_DOCS: ProviderDocs = {
  tag: 'v5.41.0',
  resources: {
    upcloud_managed_database_postgresql: managedDatabase(`${BASE}/resources/managed_database_postgresql.md`),
    upcloud_managed_database_mysql: managedDatabase(`${BASE}/resources/managed_database_mysql.md`),
  },
  provider: {
    doc: `${BASE}/index.md`,
    required: [],
    optional: ['password', 'request_timeout_sec', 'retry_max', 'retry_wait_max_sec', 'retry_wait_min_sec', 'token', 'username'],
  },
};
