/*
 * The scaleway/scaleway arguments the network constructs emit, as the provider's documentation
 * lists them at tag v2.81.0 (SDKv2: nested configuration is blocks; instance_server.user_data is
 * a map). Read from
 *   https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources/<file>.md
 */
import { DocumentedNested, Nesting, ProviderDocs } from '../conformance';

const BASE = 'https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs';
const block = (required: string[], optional: string[]): DocumentedNested => ({ nesting: Nesting.BLOCK, required, optional });
const SG_RULE = block(['action'], ['protocol', 'port', 'port_range', 'ip', 'ip_range']);
const CIPHER = block(['encryption'], ['integrity', 'dh_group']);

export const SCALEWAY_DOCS: ProviderDocs = {
  tag: 'v2.81.0',
  resources: {
    scaleway_vpc: {
      doc: `${BASE}/resources/vpc.md`,
      required: [],
      optional: ['name', 'tags', 'enable_routing', 'enable_custom_routes_propagation', 'enable_transitivity', 'region', 'project_id'],
    },
    scaleway_vpc_private_network: {
      doc: `${BASE}/resources/vpc_private_network.md`,
      required: [],
      optional: ['name', 'tags', 'project_id', 'ipv4_subnet', 'ipv6_subnets', 'region', 'vpc_id', 'is_regional', 'enable_default_route_propagation', 'zone'],
      blocks: { ipv4_subnet: block([], ['subnet']) },
    },
    scaleway_instance_security_group: {
      doc: `${BASE}/resources/instance_security_group.md`,
      required: [],
      optional: ['name', 'description', 'stateful', 'inbound_default_policy', 'outbound_default_policy', 'inbound_rule', 'outbound_rule', 'external_rules', 'zone',
        'project_id', 'enable_default_security', 'tags'],
      blocks: { inbound_rule: SG_RULE, outbound_rule: SG_RULE },
    },
    scaleway_instance_server: {
      doc: `${BASE}/resources/instance_server.md`,
      required: ['type'],
      optional: ['image', 'name', 'tags', 'security_group_id', 'placement_group_id', 'root_volume', 'additional_volume_ids', 'filesystems', 'ip_id', 'ip_ids',
        'enable_dynamic_ip', 'state', 'user_data', 'private_network', 'boot_type', 'replace_on_type_change', 'protected', 'admin_password_encryption_ssh_key_id', 'zone', 'project_id'],
      blocks: { private_network: block(['pn_id'], ['zone']), user_data: { nesting: Nesting.ATTRIBUTE, required: [], optional: ['cloud-init'] } },
    },
    scaleway_vpc_public_gateway_ip: {
      doc: `${BASE}/resources/vpc_public_gateway_ip.md`,
      required: [],
      optional: ['reverse', 'tags', 'zone', 'project_id'],
    },
    scaleway_vpc_public_gateway: {
      doc: `${BASE}/resources/vpc_public_gateway.md`,
      required: ['type'],
      optional: ['name', 'tags', 'zone', 'project_id', 'upstream_dns_servers', 'ip_id', 'bastion_enabled', 'bastion_port', 'allowed_ip_ranges', 'enable_smtp', 'refresh_ssh_keys'],
    },
    scaleway_vpc_gateway_network: {
      doc: `${BASE}/resources/vpc_gateway_network.md`,
      required: ['gateway_id', 'private_network_id'],
      optional: ['ipam_config', 'enable_masquerade', 'zone', 'dhcp_id', 'enable_dhcp', 'cleanup_dhcp', 'static_address'],
      blocks: { ipam_config: block([], ['push_default_route', 'ipam_ip_id']) },
    },
    scaleway_s2s_vpn_gateway: {
      doc: `${BASE}/resources/s2s_vpn_gateway.md`,
      required: ['gateway_type', 'private_network_id'],
      optional: ['name', 'tags', 'public_config', 'ipam_private_ipv4_id', 'ipam_private_ipv6_id', 'region', 'zone', 'project_id'],
    },
    scaleway_s2s_vpn_customer_gateway: {
      doc: `${BASE}/resources/s2s_vpn_customer_gateway.md`,
      required: ['asn'],
      optional: ['ipv4_public', 'ipv6_public', 'name', 'tags', 'region', 'project_id'],
    },
    scaleway_s2s_vpn_routing_policy: {
      doc: `${BASE}/resources/s2s_vpn_routing_policy.md`,
      required: [],
      optional: ['prefix_filter_in', 'prefix_filter_out', 'name', 'tags', 'is_ipv6', 'region', 'project_id'],
    },
    scaleway_s2s_vpn_connection: {
      doc: `${BASE}/resources/s2s_vpn_connection.md`,
      required: ['vpn_gateway_id', 'customer_gateway_id'],
      optional: ['initiation_policy', 'enable_route_propagation', 'bgp_config_ipv4', 'bgp_config_ipv6', 'ikev2_ciphers', 'esp_ciphers', 'name', 'tags', 'is_ipv6', 'region', 'project_id'],
      blocks: { bgp_config_ipv4: block(['routing_policy_id'], ['private_ip', 'peer_private_ip']), ikev2_ciphers: CIPHER, esp_ciphers: CIPHER },
    },
  },
  provider: {
    doc: `${BASE}/index.md`,
    required: [],
    optional: ['access_key', 'secret_key', 'project_id', 'organization_id', 'region', 'zone', 'profile'],
  },
};

/**
 * Cipher values of scaleway-sdk-go api/s2s_vpn/v1alpha1 (ConnectionEncryption, ConnectionIntegrity,
 * ConnectionDhGroup), which the provider validates against.
 */
export const SCALEWAY_CIPHER_VALUES = {
  encryption: ['aes128', 'aes192', 'aes256', 'aes128gcm', 'aes192gcm', 'aes256gcm', 'aes128ccm', 'aes256ccm', 'chacha20poly1305'],
  integrity: ['sha256', 'sha384', 'sha512'],
  dh_group: ['modp2048', 'modp3072', 'modp4096', 'ecp256', 'ecp384', 'ecp521', 'curve25519'],
};
