/*
 * The exoscale/exoscale arguments ExoscaleNetwork emits, as the provider's documentation lists
 * them at tag v0.70.0 (`network_interface` of compute_instance is a "Block Set"). Read from
 *   https://github.com/exoscale/terraform-provider-exoscale/blob/v0.70.0/docs/resources/<file>.md
 */
import { Nesting, ProviderDocs } from '../conformance';

const BASE = 'https://github.com/exoscale/terraform-provider-exoscale/blob/v0.70.0/docs/resources';

export const EXOSCALE_DOCS: ProviderDocs = {
  tag: 'v0.70.0',
  resources: {
    exoscale_private_network: {
      doc: `${BASE}/private_network.md`,
      required: ['name', 'zone'],
      optional: ['description', 'end_ip', 'labels', 'netmask', 'start_ip', 'timeouts'],
    },
    exoscale_security_group: {
      doc: `${BASE}/security_group.md`,
      required: ['name'],
      optional: ['description', 'external_sources', 'timeouts'],
    },
    exoscale_security_group_rule: {
      doc: `${BASE}/security_group_rule.md`,
      required: ['security_group_id', 'type'],
      optional: ['cidr', 'description', 'end_port', 'icmp_code', 'icmp_type', 'protocol', 'public_security_group', 'start_port', 'timeouts', 'user_security_group_id'],
    },
    exoscale_compute_instance: {
      doc: `${BASE}/compute_instance.md`,
      required: ['disk_size', 'name', 'template_id', 'type', 'zone'],
      optional: ['anti_affinity_group_ids', 'block_storage_volume_ids', 'deploy_target_id', 'destroy_protected', 'elastic_ip_ids', 'enable_secure_boot', 'enable_tpm',
        'ipv6', 'labels', 'network_interface', 'private', 'reverse_dns', 'security_group_ids', 'ssh_key', 'ssh_keys', 'state', 'timeouts', 'user_data'],
      blocks: { network_interface: { nesting: Nesting.BLOCK, required: ['network_id'], optional: ['ip_address'] } },
    },
  },
  provider: {
    doc: 'https://github.com/exoscale/terraform-provider-exoscale/blob/v0.70.0/docs/index.md',
    required: [],
    optional: ['environment', 'key', 'secret', 'sos_endpoint', 'timeout'],
  },
};
