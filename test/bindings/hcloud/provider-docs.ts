/*
 * The hetznercloud/hcloud arguments the network constructs emit, as the provider's documentation
 * lists them at tag v1.68.0 (SDKv2: nested configuration is blocks). Read from
 *   https://github.com/hetznercloud/terraform-provider-hcloud/blob/v1.68.0/docs/resources/<file>.md
 */
import { Nesting, ProviderDocs } from '../conformance';

const BASE = 'https://github.com/hetznercloud/terraform-provider-hcloud/blob/v1.68.0/docs';

export const HCLOUD_DOCS: ProviderDocs = {
  tag: 'v1.68.0',
  resources: {
    hcloud_network: {
      doc: `${BASE}/resources/network.md`,
      required: ['name', 'ip_range'],
      optional: ['labels', 'delete_protection', 'expose_routes_to_vswitch'],
    },
    hcloud_network_subnet: {
      doc: `${BASE}/resources/network_subnet.md`,
      required: ['network_id', 'type', 'ip_range', 'network_zone'],
      optional: ['vswitch_id'],
    },
    hcloud_network_route: {
      doc: `${BASE}/resources/network_route.md`,
      required: ['network_id', 'destination', 'gateway'],
      optional: [],
    },
    hcloud_firewall: {
      doc: `${BASE}/resources/firewall.md`,
      required: [],
      optional: ['name', 'labels', 'rule', 'apply_to'],
      blocks: {
        // `port` is required only for tcp and udp; source_ips for `in`, destination_ips for `out` (firewall.md).
        rule: { nesting: Nesting.BLOCK, required: ['direction', 'protocol'], optional: ['port', 'source_ips', 'destination_ips', 'description'] },
        apply_to: { nesting: Nesting.BLOCK, required: [], optional: ['label_selector', 'server'] },
      },
    },
    hcloud_server: {
      doc: `${BASE}/resources/server.md`,
      required: ['name', 'server_type', 'image'],
      optional: ['location', 'datacenter', 'user_data', 'ssh_keys', 'public_net', 'keep_disk', 'iso', 'rescue', 'labels', 'backups', 'firewall_ids',
        'ignore_remote_firewall_ids', 'network', 'placement_group_id', 'delete_protection', 'rebuild_protection', 'allow_deprecated_images', 'shutdown_before_deletion'],
      blocks: {
        public_net: { nesting: Nesting.BLOCK, required: [], optional: ['ipv4_enabled', 'ipv4', 'ipv6_enabled', 'ipv6'] },
        network: { nesting: Nesting.BLOCK, required: [], optional: ['network_id', 'subnet_id', 'ip', 'alias_ips'] },
      },
    },
  },
  provider: {
    doc: `${BASE}/index.md`,
    required: [],
    optional: ['token', 'endpoint', 'endpoint_hetzner', 'poll_interval', 'poll_function'],
  },
};
