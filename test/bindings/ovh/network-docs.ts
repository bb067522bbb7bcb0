/*
 * The ovh/ovh arguments OvhcloudNetwork emits, as the provider's documentation lists them at tag
 * v2.19.0 (the tag of ovh/provider-docs.ts; plugin-framework resources: `rule` and `networks` are
 * list attributes, `external_gateway` a nested attribute). Read from
 *   https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources/<file>.md
 */
import { Nesting, ProviderDocs } from '../conformance';

const BASE = 'https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources';
const INDEX = 'https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/index.md';

export const OVH_NETWORK_DOCS: ProviderDocs = {
  tag: 'v2.19.0',
  resources: {
    ovh_cloud_network_private_vrack: {
      doc: `${BASE}/cloud_network_private_vrack.md`,
      required: ['service_name', 'name', 'region'],
      optional: ['description', 'vlan_id'],
    },
    ovh_cloud_network_private_vrack_subnet: {
      doc: `${BASE}/cloud_network_private_vrack_subnet.md`,
      required: ['service_name', 'network_id', 'name', 'cidr', 'region'],
      optional: ['availability_zone', 'description', 'dhcp_enabled', 'dns_nameservers', 'gateway_ip', 'allocation_pools'],
      blocks: { allocation_pools: { nesting: Nesting.LIST_ATTRIBUTE, required: ['start', 'end'], optional: [] } },
    },
    ovh_cloud_security_group: {
      doc: `${BASE}/cloud_security_group.md`,
      required: ['service_name', 'region', 'name'],
      optional: ['description', 'rule'],
      blocks: {
        rule: {
          nesting: Nesting.LIST_ATTRIBUTE,
          required: ['direction', 'ethernet_type'],
          optional: ['protocol', 'port_range_min', 'port_range_max', 'remote_group_id', 'remote_ip_prefix', 'description'],
        },
      },
    },
    ovh_cloud_instance: {
      doc: `${BASE}/cloud_instance.md`,
      required: ['service_name', 'region', 'name', 'flavor_id'],
      optional: ['availability_zone', 'ssh_key_name', 'group_id', 'image_id', 'power_state', 'networks', 'volume_ids', 'security_group_ids', 'shares'],
      blocks: {
        networks: { nesting: Nesting.LIST_ATTRIBUTE, required: [], optional: ['network_id', 'subnet_id', 'ip', 'auto_assign_public_ip'] },
        shares: { nesting: Nesting.LIST_ATTRIBUTE, required: ['id'], optional: ['access_level'] },
      },
    },
    ovh_cloud_gateway: {
      doc: `${BASE}/cloud_gateway.md`,
      required: ['service_name', 'region', 'name'],
      optional: ['availability_zone', 'description', 'external_gateway', 'subnet_ids'],
      blocks: { external_gateway: { nesting: Nesting.ATTRIBUTE, required: ['enabled'], optional: ['model'] } },
    },
  },
  provider: {
    doc: INDEX,
    required: [],
    optional: ['endpoint', 'application_key', 'application_secret', 'consumer_key', 'client_id', 'client_secret', 'access_token', 'user_agent_extra', 'api_rate_limit', 'ignore_init_error'],
  },
};
