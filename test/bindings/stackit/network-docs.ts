/*
 * The stackitcloud/stackit arguments StackitNetwork emits, as the provider's documentation lists
 * them at tag v0.113.0 (the tag of stackit/provider-docs.ts; plugin framework: nested
 * configuration is "Attributes", written as objects). Read from
 *   https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources/<file>.md
 */
import { Nesting, ProviderDocs } from '../conformance';

const BASE = 'https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources';

export const STACKIT_NETWORK_DOCS: ProviderDocs = {
  tag: 'v0.113.0',
  resources: {
    stackit_network: {
      doc: `${BASE}/network.md`,
      required: ['name', 'project_id'],
      optional: ['dhcp', 'ipv4_gateway', 'ipv4_nameservers', 'ipv4_prefix', 'ipv4_prefix_length', 'ipv4_vpc_network_range_id', 'ipv6_gateway', 'ipv6_nameservers',
        'ipv6_prefix', 'ipv6_prefix_length', 'ipv6_vpc_network_range_id', 'labels', 'no_ipv4_gateway', 'no_ipv6_gateway', 'region', 'routed', 'routing_table_id', 'vpc_id'],
    },
    stackit_security_group: {
      doc: `${BASE}/security_group.md`,
      required: ['name', 'project_id'],
      optional: ['description', 'labels', 'region', 'stateful'],
    },
    stackit_security_group_rule: {
      doc: `${BASE}/security_group_rule.md`,
      required: ['direction', 'project_id', 'security_group_id'],
      optional: ['description', 'ether_type', 'icmp_parameters', 'ip_range', 'port_range', 'protocol', 'region', 'remote_security_group_id'],
      blocks: {
        icmp_parameters: { nesting: Nesting.ATTRIBUTE, required: ['code', 'type'], optional: [] },
        port_range: { nesting: Nesting.ATTRIBUTE, required: ['max', 'min'], optional: [] },
        protocol: { nesting: Nesting.ATTRIBUTE, required: [], optional: ['name', 'number'] },
      },
    },
    stackit_network_interface: {
      doc: `${BASE}/network_interface.md`,
      required: ['network_id', 'project_id'],
      optional: ['allowed_addresses', 'ipv4', 'labels', 'name', 'region', 'security', 'security_group_ids'],
    },
    stackit_server: {
      doc: `${BASE}/server.md`,
      required: ['machine_type', 'name', 'project_id'],
      optional: ['affinity_group', 'agent', 'availability_zone', 'boot_volume', 'desired_status', 'image_id', 'keypair_name', 'labels', 'network_interfaces', 'region', 'user_data'],
      blocks: {
        agent: { nesting: Nesting.ATTRIBUTE, required: [], optional: ['provisioning_policy'] },
        boot_volume: { nesting: Nesting.ATTRIBUTE, required: ['source_id', 'source_type'], optional: ['delete_on_termination', 'performance_class', 'size'] },
      },
    },
    stackit_public_ip: {
      doc: `${BASE}/public_ip.md`,
      required: ['project_id'],
      optional: ['labels', 'network_interface_id', 'region'],
    },
  },
  provider: {
    doc: 'https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/index.md',
    required: [],
    optional: ['credentials_path', 'default_region', 'enable_beta_resources', 'experiments', 'private_key', 'private_key_path', 'service_account_email',
      'service_account_key', 'service_account_key_path', 'use_oidc'],
  },
};
