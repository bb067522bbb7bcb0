/*
 * The exoscale/exoscale arguments EuDatabase emits, as the documentation lists them at tag v0.70.0
 * (plugin framework: the per-engine arguments are nested attributes):
 *   https://github.com/exoscale/terraform-provider-exoscale/blob/v0.70.0/docs/resources/dbaas.md
 *   …/docs/data-sources/database_uri.md, …/docs/index.md
 */
import { Nesting, ProviderDocs } from '../conformance';

const BASE = 'https://github.com/exoscale/terraform-provider-exoscale/blob/v0.70.0/docs';

export const EXOSCALE_DATABASE_DOCS: ProviderDocs = {
  tag: 'v0.70.0',
  resources: {
    exoscale_dbaas: {
      doc: `${BASE}/resources/dbaas.md`,
      required: ['name', 'plan', 'type', 'zone'],
      optional: ['grafana', 'kafka', 'maintenance_dow', 'maintenance_time', 'mysql', 'opensearch', 'pg', 'termination_protection', 'timeouts', 'valkey'],
      blocks: {
        pg: {
          nesting: Nesting.ATTRIBUTE, required: [],
          optional: ['admin_password', 'admin_username', 'backup_schedule', 'ip_filter', 'pg_settings', 'pgbouncer_settings', 'pglookout_settings', 'recovery_backup_time',
            'shared_buffers_percentage', 'timescaledb_settings', 'variant', 'version', 'work_mem'],
        },
        mysql: { nesting: Nesting.ATTRIBUTE, required: [], optional: ['admin_password', 'admin_username', 'backup_schedule', 'ip_filter', 'mysql_settings', 'version'] },
      },
    },
  },
  dataSources: {
    exoscale_database_uri: {
      doc: `${BASE}/data-sources/database_uri.md`,
      required: ['name', 'type', 'zone'],
      optional: ['timeouts'],
    },
  },
  provider: {
    doc: `${BASE}/index.md`,
    required: [],
    optional: ['environment', 'key', 'secret', 'sos_endpoint', 'timeout'],
  },
};
