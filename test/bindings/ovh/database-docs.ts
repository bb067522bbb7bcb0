/*
 * The ovh/ovh arguments EuDatabase emits, as the documentation lists them at tag v2.19.0:
 *   https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources/cloud_project_database.md
 *   …/cloud_project_database_postgresql_user.md, …/cloud_project_database_user.md, …/docs/index.md
 */
import { Nesting, ProviderDocs } from '../conformance';

const BASE = 'https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs';

export const OVH_DATABASE_DOCS: ProviderDocs = {
  tag: 'v2.19.0',
  resources: {
    ovh_cloud_project_database: {
      doc: `${BASE}/resources/cloud_project_database.md`,
      required: ['service_name', 'engine', 'flavor', 'nodes', 'plan', 'version'],
      optional: ['description', 'ip_restrictions', 'deletion_protection', 'kafka_rest_api', 'kafka_schema_registry', 'opensearch_acls_enabled', 'disk_size',
        'advanced_configuration', 'backup_regions', 'backup_time', 'maintenance_time'],
      blocks: {
        nodes: { nesting: Nesting.BLOCK, required: ['region'], optional: ['network_id', 'subnet_id'] },
        ip_restrictions: { nesting: Nesting.BLOCK, required: [], optional: ['description', 'ip'] },
      },
    },
    ovh_cloud_project_database_postgresql_user: {
      doc: `${BASE}/resources/cloud_project_database_postgresql_user.md`,
      required: ['service_name', 'cluster_id', 'name'],
      optional: ['roles', 'password_reset'],
    },
    ovh_cloud_project_database_user: {
      doc: `${BASE}/resources/cloud_project_database_user.md`,
      required: ['service_name', 'engine', 'cluster_id', 'name'],
      optional: ['password_reset'],
    },
  },
  provider: {
    doc: `${BASE}/index.md`,
    required: [],
    optional: ['endpoint', 'application_key', 'application_secret', 'consumer_key', 'client_id', 'client_secret', 'access_token', 'user_agent_extra', 'api_rate_limit', 'ignore_init_error'],
  },
};
