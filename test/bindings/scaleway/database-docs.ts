/*
 * The scaleway/scaleway arguments EuDatabase emits, as the documentation lists them at tag v2.81.0:
 *   https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources/rdb_instance.md
 */
import { Nesting, ProviderDocs } from '../conformance';
import { SCALEWAY_DOCS } from './provider-docs';

const BASE = 'https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs';

export const SCALEWAY_DATABASE_DOCS: ProviderDocs = {
  tag: 'v2.81.0',
  resources: {
    scaleway_rdb_instance: {
      doc: `${BASE}/resources/rdb_instance.md`,
      required: ['node_type', 'engine'],
      optional: ['volume_type', 'volume_size_in_gb', 'user_name', 'password', 'password_wo', 'password_wo_version', 'is_ha_cluster', 'name', 'tags', 'region',
        'project_id', 'encryption_at_rest', 'snapshot_id', 'disable_backup', 'backup_schedule_frequency', 'backup_schedule_retention', 'backup_same_region',
        'settings', 'init_settings', 'private_network', 'load_balancer'],
      blocks: { private_network: { nesting: Nesting.BLOCK, required: ['pn_id'], optional: ['ip_net', 'enable_ipam'] } },
    },
  },
  provider: SCALEWAY_DOCS.provider,
};
