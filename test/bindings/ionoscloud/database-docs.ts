/*
 * The ionos-cloud/ionoscloud arguments EuDatabase emits, as the documentation lists them at tag v6.7.34:
 *   https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/dbaas_pgsql_cluster.md
 */
import { Nesting, ProviderDocs } from '../conformance';
import { IONOSCLOUD_DOCS } from './provider-docs';

const BASE = 'https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs';

export const IONOS_DATABASE_DOCS: ProviderDocs = {
  tag: 'v6.7.34',
  resources: {
    ionoscloud_pg_cluster: {
      doc: `${BASE}/resources/dbaas_pgsql_cluster.md`,
      required: ['postgres_version', 'instances', 'cores', 'ram', 'storage_size', 'storage_type', 'connections', 'location', 'display_name', 'credentials', 'synchronization_mode'],
      optional: ['connection_pooler', 'backup_location', 'maintenance_window', 'from_backup', 'allow_replace'],
      blocks: {
        connections: { nesting: Nesting.BLOCK, required: ['datacenter_id', 'lan_id', 'cidr'], optional: [] },
        credentials: { nesting: Nesting.BLOCK, required: ['username', 'password'], optional: [] },
      },
    },
  },
  provider: IONOSCLOUD_DOCS.provider,
};
