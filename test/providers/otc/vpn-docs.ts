/*
 * The Enterprise VPN arguments OtcSiteToSiteVpn emits, as the provider's documentation lists them
 * at tag v1.36.23 (the tag of provider-docs.ts; the pages are named vpn_*_v5.md, the resources
 * opentelekomcloud_enterprise_vpn_*_v5). Read from
 *   https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/<file>.md
 */
import { DocumentedResource } from '../../bindings/conformance';

const BASE = 'https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources';
const EIP = { required: [], optional: ['id', 'type', 'bandwidth_name', 'bandwidth_size', 'charge_mode'] };

export const VPN_RESOURCES: Record<string, DocumentedResource> = {
  opentelekomcloud_enterprise_vpn_gateway_v5: {
    doc: `${BASE}/vpn_gateway_v5.md`,
    required: ['name', 'availability_zones'],
    optional: ['flavor', 'attachment_type', 'network_type', 'vpc_id', 'local_subnets', 'connect_subnet', 'er_id', 'ha_mode', 'eip1', 'eip2', 'access_vpc_id',
      'access_subnet_id', 'access_private_ip_1', 'access_private_ip_2', 'asn', 'tags'],
    blocks: { eip1: EIP, eip2: EIP },
  },
  opentelekomcloud_enterprise_vpn_customer_gateway_v5: {
    doc: `${BASE}/vpn_customer_gateway_v5.md`,
    required: ['name', 'id_value'],
    optional: ['id_type', 'asn', 'tags'],
  },
  opentelekomcloud_enterprise_vpn_connection_v5: {
    doc: `${BASE}/vpn_connection_v5.md`,
    required: ['name', 'gateway_id', 'gateway_ip', 'vpn_type', 'customer_gateway_id', 'psk'],
    optional: ['peer_subnets', 'tunnel_local_address', 'tunnel_peer_address', 'enable_nqa', 'ikepolicy', 'ipsecpolicy', 'policy_rules', 'tags', 'ha_role'],
    blocks: {
      ikepolicy: {
        required: [],
        optional: ['authentication_algorithm', 'encryption_algorithm', 'ike_version', 'lifetime_seconds', 'local_id_type', 'local_id', 'peer_id_type', 'peer_id',
          'phase_one_negotiation_mode', 'authentication_method', 'dh_group', 'dpd'],
      },
      ipsecpolicy: { required: [], optional: ['authentication_algorithm', 'encryption_algorithm', 'pfs', 'lifetime_seconds', 'transform_protocol', 'encapsulation_mode'] },
    },
  },
};

/** The values vpn_connection_v5.md lists for the algorithm arguments. */
export const VPN_VALUES = {
  authentication: ['sha1', 'md5', 'sha2-256', 'sha2-384', 'sha2-512'],
  encryption: ['3des', 'aes-128', 'aes-192', 'aes-256', 'aes-128-gcm-16', 'aes-256-gcm-16', 'aes-128-gcm-128', 'aes-256-gcm-128'],
  dhGroup: ['group1', 'group2', 'group5', 'group14', 'group15', 'group16', 'group19', 'group20', 'group21'],
  pfs: ['group1', 'group2', 'group5', 'group14', 'group16', 'group19', 'group20', 'group21'],
};
