/*
 * The UpCloudLtd/upcloud arguments the network constructs emit, as the provider's documentation
 * lists them at tag v5.41.0 (every nested configuration used is a block: "Block List" / "Block
 * Set"). Read from
 *   https://github.com/UpCloudLtd/terraform-provider-upcloud/blob/v5.41.0/docs/resources/<file>.md
 * Algorithm values of the tunnel from the provider's validation at the same tag
 * (internal/service/gateway/tunnel.go).
 */
import { Nesting, ProviderDocs } from '../conformance';

const BASE = 'https://github.com/UpCloudLtd/terraform-provider-upcloud/blob/v5.41.0/docs/resources';

export const UPCLOUD_DOCS: ProviderDocs = {
  tag: 'v5.41.0',
  resources: {
    upcloud_router: {
      doc: `${BASE}/router.md`,
      required: ['name'],
      optional: ['labels', 'static_route'],
      blocks: { static_route: { nesting: Nesting.BLOCK, required: ['nexthop', 'route'], optional: ['name'] } },
    },
    upcloud_network: {
      doc: `${BASE}/network.md`,
      required: ['name', 'zone'],
      optional: ['labels', 'router', 'ip_network'],
      blocks: {
        ip_network: {
          nesting: Nesting.BLOCK,
          required: ['address', 'dhcp', 'family'],
          optional: ['dhcp_default_route', 'dhcp_dns', 'dhcp_routes', 'dhcp_routes_configuration', 'gateway'],
        },
      },
    },
    upcloud_server: {
      doc: `${BASE}/server.md`,
      required: ['hostname', 'zone'],
      optional: ['boot_order', 'cpu', 'firewall', 'host', 'hot_resize', 'labels', 'mem', 'metadata', 'nic_model', 'plan', 'server_group', 'tags', 'timezone', 'title',
        'user_data', 'video_model', 'login', 'network_interface', 'simple_backup', 'storage_devices', 'template'],
      blocks: {
        login: { nesting: Nesting.BLOCK, required: [], optional: ['create_password', 'keys', 'password_delivery', 'user'] },
        network_interface: {
          nesting: Nesting.BLOCK,
          required: ['type'],
          optional: ['bootable', 'index', 'ip_address', 'ip_address_family', 'network', 'source_ip_filtering', 'additional_ip_address'],
        },
        template: {
          nesting: Nesting.BLOCK,
          required: [],
          optional: ['address', 'address_position', 'delete_autoresize_backup', 'encrypt', 'filesystem_autoresize', 'size', 'storage', 'tier', 'title', 'backup_rule'],
        },
      },
    },
    upcloud_firewall_rules: {
      doc: `${BASE}/firewall_rules.md`,
      required: ['server_id'],
      optional: ['firewall_rule'],
      blocks: {
        firewall_rule: {
          nesting: Nesting.BLOCK,
          required: ['action', 'direction'],
          optional: ['comment', 'destination_address_end', 'destination_address_start', 'destination_port_end', 'destination_port_start', 'family', 'icmp_type',
            'protocol', 'source_address_end', 'source_address_start', 'source_port_end', 'source_port_start'],
        },
      },
    },
    upcloud_gateway: {
      doc: `${BASE}/gateway.md`,
      required: ['features', 'name', 'zone'],
      optional: ['configured_status', 'labels', 'plan', 'address', 'router'],
      blocks: {
        address: { nesting: Nesting.BLOCK, required: [], optional: ['name'] },
        router: { nesting: Nesting.BLOCK, required: ['id'], optional: [] },
      },
    },
    upcloud_gateway_connection: {
      doc: `${BASE}/gateway_connection.md`,
      required: ['gateway', 'name'],
      optional: ['type', 'local_route', 'remote_route'],
      blocks: {
        local_route: { nesting: Nesting.BLOCK, required: ['name', 'static_network'], optional: ['type'] },
        remote_route: { nesting: Nesting.BLOCK, required: ['name', 'static_network'], optional: ['type'] },
      },
    },
    upcloud_gateway_connection_tunnel: {
      doc: `${BASE}/gateway_connection_tunnel.md`,
      required: ['connection_id', 'local_address_name', 'name', 'remote_address'],
      optional: ['ipsec_auth_psk', 'ipsec_properties'],
      blocks: {
        ipsec_auth_psk: { nesting: Nesting.BLOCK, required: ['psk'], optional: [] },
        ipsec_properties: {
          nesting: Nesting.BLOCK,
          required: [],
          optional: ['child_rekey_time', 'dpd_delay', 'dpd_timeout', 'ike_lifetime', 'phase1_algorithms', 'phase1_dh_group_numbers', 'phase1_integrity_algorithms',
            'phase2_algorithms', 'phase2_dh_group_numbers', 'phase2_integrity_algorithms', 'rekey_time'],
        },
      },
    },
  },
  provider: {
    doc: 'https://github.com/UpCloudLtd/terraform-provider-upcloud/blob/v5.41.0/docs/index.md',
    required: [],
    optional: ['password', 'request_timeout_sec', 'retry_max', 'retry_wait_max_sec', 'retry_wait_min_sec', 'token', 'username'],
  },
};

/** allowedSecurityAlgorithms, allowedIntegrityAlgorithms and allowedDHGroups of tunnel.go at v5.41.0. */
export const UPCLOUD_IPSEC_VALUES = {
  algorithms: ['aes128', 'aes192', 'aes256', 'aes128gcm16', 'aes128gcm128', 'aes192gcm16', 'aes192gcm128', 'aes256gcm16', 'aes256gcm128'],
  integrity: ['aes128gmac', 'aes256gmac', 'sha1', 'sha256', 'sha384', 'sha512'],
  dhGroups: [2, 5, 14, 15, 16, 18, 19, 20, 21, 24],
};
