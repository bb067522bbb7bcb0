/*
 * The ionos-cloud/ionoscloud arguments the network constructs emit, as the provider's
 * documentation lists them at tag v6.7.34 (SDKv2: nested configuration is blocks). Read from
 *   https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/<file>.md
 */
import { DocumentedNested, Nesting, ProviderDocs } from '../conformance';

const BASE = 'https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs';
const PHASE: DocumentedNested = { nesting: Nesting.BLOCK, required: [], optional: ['diffie_hellman_group', 'encryption_algorithm', 'integrity_algorithm', 'lifetime'] };

export const IONOSCLOUD_DOCS: ProviderDocs = {
  tag: 'v6.7.34',
  resources: {
    ionoscloud_datacenter: { doc: `${BASE}/resources/datacenter.md`, required: ['name', 'location'], optional: ['description', 'sec_auth_protection'] },
    ionoscloud_lan: { doc: `${BASE}/resources/lan.md`, required: ['datacenter_id'], optional: ['name', 'public', 'pcc', 'ipv6_cidr_block'] },
    ionoscloud_nsg: { doc: `${BASE}/resources/nsg.md`, required: ['datacenter_id'], optional: ['name', 'description'] },
    ionoscloud_nsg_firewallrule: {
      doc: `${BASE}/resources/nsg_firewallrule.md`,
      required: ['nsg_id', 'datacenter_id', 'protocol'],
      optional: ['name', 'source_mac', 'source_ip', 'target_ip', 'port_range_start', 'port_range_end', 'icmp_type', 'icmp_code', 'type'],
    },
    ionoscloud_datacenter_nsg_selection: { doc: `${BASE}/resources/datacenter_nsg_selection.md`, required: ['datacenter_id', 'nsg_id'], optional: [] },
    ionoscloud_ipblock: { doc: `${BASE}/resources/ipblock.md`, required: ['location', 'size'], optional: ['name'] },
    ionoscloud_vpn_ipsec_gateway: {
      doc: `${BASE}/resources/vpn_ipsec_gateway.md`,
      required: ['name', 'gateway_ip', 'connections', 'version'],
      optional: ['location', 'description', 'maintenance_window', 'tier'],
      blocks: { connections: { nesting: Nesting.BLOCK, required: ['datacenter_id', 'lan_id', 'ipv4_cidr'], optional: ['ipv6_cidr'] } },
    },
    ionoscloud_vpn_ipsec_tunnel: {
      doc: `${BASE}/resources/vpn_ipsec_tunnel.md`,
      required: ['name', 'gateway_id', 'remote_host', 'ike', 'esp', 'auth', 'cloud_network_cidrs', 'peer_network_cidrs'],
      optional: ['location', 'description'],
      blocks: { ike: PHASE, esp: PHASE, auth: { nesting: Nesting.BLOCK, required: [], optional: ['method', 'psk_key'] } },
    },
  },
  provider: {
    doc: `${BASE}/index.md`,
    required: [],
    optional: ['token', 'username', 'password', 'endpoint', 'contract_number', 's3_access_key', 's3_secret_key', 's3_region'],
  },
};

/** Values the tunnel doc lists for ike/esp (vpn_ipsec_tunnel.md). */
export const IONOS_TUNNEL_VALUES = {
  diffie_hellman_group: ['15-MODP3072', '16-MODP4096', '19-ECP256', '20-ECP384', '21-ECP521', '28-ECP256BP', '29-ECP384BP', '30-ECP512BP'],
  encryption_algorithm: ['AES128', 'AES256', 'AES128-CTR', 'AES256-CTR', 'AES128-GCM-16', 'AES256-GCM-16', 'AES128-GCM-12', 'AES256-GCM-12', 'AES128-CCM-12', 'AES256-CCM-12'],
  integrity_algorithm: ['SHA256', 'SHA384', 'SHA512', 'AES-XCBC'],
};
