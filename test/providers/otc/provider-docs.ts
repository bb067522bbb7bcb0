/*
 * The arguments of every Open Telekom Cloud resource the constructs emit, as the provider's
 * documentation lists them at tag v1.36.23 (the newest tag in the snapshot; the docs of these
 * resources are unchanged up to its newest commit, 2024-10-24). There is no opentelekomcloud
 * provider binary here, so `terraform validate` cannot run: this table is what the emitted JSON
 * is checked against instead. Read from
 *   https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/<kind>/<file>.md
 */

import { DocumentedBlock, DocumentedResource } from '../../bindings/conformance';

export { DocumentedBlock, DocumentedResource };

const BASE = 'https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs';
const REGION = 'Optional+Computed `region` in the resource schema at v1.36.23 (catalog note UNDOCUMENTED_REGION) and typed by @cdktf/provider-opentelekomcloud 12.0.16; pins the resource to the construct\'s region.';
const VOLUME: DocumentedBlock = { required: ['size', 'volumetype'], optional: ['extend_params', 'extend_param', 'kms_id'] };

export const RESOURCES: Record<string, DocumentedResource> = {
  opentelekomcloud_vpc_v1: {
    doc: `${BASE}/resources/vpc_v1.md`,
    required: ['cidr', 'name'],
    optional: ['secondary_cidr', 'description', 'shared', 'tags'],
    schemaOnly: { region: REGION },
  },
  opentelekomcloud_vpc_subnet_v1: {
    doc: `${BASE}/resources/vpc_subnet_v1.md`,
    required: ['name', 'cidr', 'gateway_ip', 'vpc_id'],
    optional: ['description', 'dhcp_enable', 'ipv6_enable', 'primary_dns', 'secondary_dns', 'dns_list', 'availability_zone', 'ntp_addresses', 'tags'],
    schemaOnly: { region: REGION },
  },
  opentelekomcloud_networking_secgroup_v2: {
    doc: `${BASE}/resources/networking_secgroup_v2.md`,
    required: ['name'],
    optional: ['description', 'tenant_id', 'delete_default_rules'],
    schemaOnly: { region: REGION },
  },
  opentelekomcloud_networking_secgroup_rule_v2: {
    doc: `${BASE}/resources/networking_secgroup_rule_v2.md`,
    required: ['direction', 'ethertype', 'security_group_id'],
    optional: ['description', 'protocol', 'port_range_min', 'port_range_max', 'remote_ip_prefix', 'remote_group_id', 'tenant_id'],
    schemaOnly: { region: REGION },
  },
  opentelekomcloud_kms_key_v1: {
    doc: `${BASE}/resources/kms_key_v1.md`,
    required: ['key_alias'],
    optional: ['allow_cancel_deletion', 'key_description', 'realm', 'pending_days', 'is_enabled', 'rotation_interval', 'rotation_enabled', 'tags'],
  },
  opentelekomcloud_cce_cluster_v3: {
    doc: `${BASE}/resources/cce_cluster_v3.md`,
    required: ['name', 'flavor_id', 'cluster_type', 'vpc_id', 'subnet_id', 'container_network_type'],
    optional: [
      'labels', 'annotations', 'cluster_version', 'description', 'billing_mode', 'extend_param', 'enable_volume_encryption', 'security_group_id',
      'highway_subnet_id', 'container_network_cidr', 'eni_subnet_id', 'eni_subnet_cidr', 'authentication_mode', 'authenticating_proxy_ca',
      'authenticating_proxy', 'multi_az', 'eip', 'kubernetes_svc_ip_range', 'no_addons', 'ignore_addons', 'ignore_certificate_users_data',
      'ignore_certificate_clusters_data', 'kube_proxy_mode', 'delete_evs', 'delete_obs', 'delete_sfs', 'delete_efs', 'delete_eni', 'delete_net',
      'delete_all_storage', 'delete_all_network',
    ],
    schemaOnly: { region: REGION },
  },
  opentelekomcloud_cce_node_pool_v3: {
    doc: `${BASE}/resources/cce_node_pool_v3.md`,
    required: ['cluster_id', 'flavor', 'availability_zone', 'name', 'initial_node_count', 'root_volume', 'data_volumes'],
    optional: [
      'key_pair', 'password', 'os', 'subnet_id', 'preinstall', 'postinstall', 'max_pods', 'docker_base_size', 'docker_lvm_config_override',
      'scale_enable', 'min_node_count', 'max_node_count', 'scale_down_cooldown_time', 'server_group_reference', 'security_group_ids', 'priority',
      'user_tags', 'k8s_tags', 'runtime', 'agency_name', 'storage', 'taints',
    ],
    blocks: { root_volume: VOLUME, data_volumes: VOLUME },
  },
  opentelekomcloud_cts_tracker_v3: {
    doc: `${BASE}/resources/cts_tracker_v3.md`,
    required: ['status'],
    optional: ['is_lts_enabled', 'bucket_name', 'file_prefix_name', 'is_obs_created', 'is_sort_by_service', 'compress_type'],
  },
  opentelekomcloud_obs_bucket: {
    doc: `${BASE}/resources/obs_bucket.md`,
    required: ['bucket'],
    optional: [
      'storage_class', 'parallel_fs', 'acl', 'tags', 'versioning', 'logging', 'worm_policy', 'website', 'cors_rule', 'lifecycle_rule',
      'server_side_encryption', 'event_notifications', 'force_destroy', 'region', 'user_domain_names',
    ],
    blocks: {
      worm_policy: { required: [], optional: ['days', 'years'] },
      server_side_encryption: { required: ['algorithm', 'kms_key_id'], optional: [] },
      logging: { required: ['target_bucket'], optional: ['target_prefix'] },
      lifecycle_rule: {
        required: ['name', 'enabled'],
        optional: ['prefix', 'expiration', 'transition', 'noncurrent_version_expiration', 'noncurrent_version_transition'],
        blocks: { expiration: { required: ['days'], optional: [] }, noncurrent_version_expiration: { required: ['days'], optional: [] } },
      },
    },
  },
};

export const DATA_SOURCES: Record<string, DocumentedResource> = {
  opentelekomcloud_cce_cluster_kubeconfig_v3: {
    doc: `${BASE}/data-sources/cce_cluster_kubeconfig_v3.md`,
    required: ['cluster_id'],
    optional: ['duration', 'expiry_date'],
  },
};

/** Provider arguments used (docs/index.md, "Configuration Reference"). */
export const PROVIDER: DocumentedResource = {
  doc: `${BASE}/index.md`,
  required: [],
  optional: ['auth_url', 'region', 'tenant_name', 'user_name', 'password', 'domain_name', 'access_key', 'secret_key', 'cloud', 'token'],
};
