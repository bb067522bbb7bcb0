import { ExposureCheck, RuleProtocol } from '../facts/exposure';
import { ListenerStep, TransitCheck } from '../facts/transit';
import { EncryptionCheck } from '../facts/encryption';
import { LocationArgumentShape } from '../facts/location';
import { ResourceCategory, ResourceTypeFact } from '../types';

/** hcloud Terraform provider docs at the newest release tag checked (v1.68.0). */
export const TF = 'https://github.com/hetznercloud/terraform-provider-hcloud/blob/v1.68.0';

/** Hetzner Cloud CSI driver at its newest release tag checked (v2.22.1). */
export const CSI = 'https://github.com/hetznercloud/csi-driver/blob/v2.22.1';

/** The documentation of its resources, at the release the facts were read from. */
export const RESOURCES = `${TF}/docs/resources`;

/** Resource types of Hetzner Cloud the catalog describes: what each holds, where it is and how the rules judge it. */
export const HETZNER_RESOURCE_TYPES: ResourceTypeFact[] = [
  {
    resourceType: 'hcloud_server',
    category: ResourceCategory.SERVER,
    locationArguments: ['location', 'datacenter'],
    locationShapes: [
      { path: 'location', shape: LocationArgumentShape.STRING, verified: true, source: `${RESOURCES}/server.md` },
      { path: 'datacenter', shape: LocationArgumentShape.STRING, verified: true, source: `${RESOURCES}/server.md`, note: 'Deprecated data-centre name, e.g. `fsn1-dc14`.' },
    ],
    source: `${TF}/docs/resources/server.md`,
    note:
      '`datacenter` (e.g. `fsn1-dc14`) is deprecated since v1.67.0 and being removed from the API (Hetzner changelog ' +
      '2026-07-01); use `location`. No disk-encryption argument. `backups` (bool) enables Hetzner server backups.',
    publicExposure: {
      check: ExposureCheck.SERVER,
      publicAddress: {
        // "If this block is not defined, two primary (ipv4 & ipv6) ips getting auto generated."
        publicUnless: { path: 'public_net', tests: [{ path: 'ipv4_enabled', equalTo: 'false' }, { path: 'ipv6_enabled', equalTo: 'false' }] },
        what: 'public_net (without ipv4_enabled = false and ipv6_enabled = false Hetzner assigns a public IPv4 and IPv6)',
        attribute: 'public_net',
        verified: true,
        source: `${TF}/docs/resources/server.md`,
      },
      verified: true,
      source: `${TF}/docs/resources/server.md`,
    },
  },
  {
    resourceType: 'hcloud_volume',
    category: ResourceCategory.VOLUME,
    locationArguments: ['location'],
    locationShapes: [
      { path: 'location', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/volume.md`, note: '`location` - (Optional, string) The location name of the volume to create, not allowed if server_id argument is passed. See the Hetzner Docs for mo…' },
    ],
    source: `${TF}/docs/resources/volume.md`,
    note:
      '`location` and `server_id` are mutually exclusive: with `server_id` the volume is created in that server\'s ' +
      'location. No encryption argument (`format` xfs/ext4, `automount`); encrypt inside the OS (LUKS) or via the CSI driver.',
    encryptionAtRest: {
      check: EncryptionCheck.NOT_ENCRYPTABLE,
      message: 'Hetzner Cloud Volumes cannot be encrypted by the platform: hcloud_volume has no encryption argument and Hetzner documents no encryption at rest.',
      fix: 'Encrypt inside the server (LUKS/cryptsetup) or, in Kubernetes, use an hcloud CSI StorageClass with a LUKS passphrase secret; then suppress with that reason.',
      verified: true,
      source: `${RESOURCES}/volume.md`,
    },
  },
  {
    resourceType: 'hcloud_storage_box',
    category: ResourceCategory.VOLUME,
    locationArguments: ['location'],
    locationShapes: [
      { path: 'location', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/storage_box.md`, note: '`location` (String) Name of the Location.' },
    ],
    source: `${TF}/docs/resources/storage_box.md`,
    note: 'Storage Box: network file storage (SFTP/SMB/…), not block storage and not S3. `location` is required. No encryption argument.',
    encryptionAtRest: {
      check: EncryptionCheck.NOT_ENCRYPTABLE,
      message: 'Hetzner Storage Boxes have no encryption argument and no documented encryption at rest.',
      fix: 'Encrypt data before it is written (e.g. restic/borg encrypted repositories) and suppress with that reason.',
      verified: false,
      source: `${RESOURCES}/storage_box.md`,
    },
  },
  {
    resourceType: 'hcloud_network',
    category: ResourceCategory.NETWORK,
    source: `${TF}/docs/resources/network.md`,
    note:
      'No location argument: a Network is project-wide; its subnets carry the `network_zone`. `ip_range` must be ' +
      'RFC 1918. `expose_routes_to_vswitch` links it to Robot (dedicated server) vSwitches.',
  },
  {
    resourceType: 'hcloud_network_subnet',
    category: ResourceCategory.SUBNET,
    locationArguments: ['network_zone'],
    locationShapes: [{ path: 'network_zone', shape: LocationArgumentShape.STRING, verified: true, source: `${RESOURCES}/network_subnet.md` }],
    source: `${TF}/docs/resources/network_subnet.md`,
    note:
      '`network_zone` (required): eu-central, us-east, us-west or ap-southeast. `type` cloud | server | vswitch ' +
      '(vswitch only in eu-central).',
  },
  {
    resourceType: 'hcloud_network_route',
    category: ResourceCategory.NETWORK,
    source: `${TF}/docs/resources/network_route.md`,
    note: 'No location argument.',
  },
  {
    resourceType: 'hcloud_floating_ip',
    category: ResourceCategory.NETWORK,
    locationArguments: ['home_location'],
    locationShapes: [
      { path: 'home_location', shape: LocationArgumentShape.STRING, verified: true, source: `${RESOURCES}/floating_ip.md`, note: '"Name of home location (routing is optimized for that location). Optional if `server_id` argument is passed."' },
    ],
    source: `${RESOURCES}/floating_ip.md`,
    note: 'A public IP homed at `home_location` (routing optimised for it); with `server_id` and no home_location it is homed where the server is (located through the server).',
  },
  {
    resourceType: 'hcloud_primary_ip',
    category: ResourceCategory.NETWORK,
    locationArguments: ['location', 'datacenter'],
    locationShapes: [
      { path: 'location', shape: LocationArgumentShape.STRING, verified: true, source: 'https://registry.terraform.io/providers/hetznercloud/hcloud/latest/docs/resources/primary_ip', note: 'Replaces `datacenter` (provider v1.58.0+).' },
      { path: 'datacenter', shape: LocationArgumentShape.STRING, verified: true, source: `${RESOURCES}/primary_ip.md`, note: 'Deprecated data-centre name (e.g. `fsn1-dc14`): "The datacenter name to create the resource in".' },
    ],
    source: `${RESOURCES}/primary_ip.md`,
    note: 'A public IP bound to a location; with `assignee_id` and neither location nor datacenter it is where the server is.',
  },
  {
    resourceType: 'hcloud_load_balancer',
    category: ResourceCategory.NETWORK,
    locationArguments: ['location', 'network_zone'],
    locationShapes: [
      { path: 'location', shape: LocationArgumentShape.STRING, verified: true, source: `${RESOURCES}/load_balancer.md`, note: '"Require when no network_zone is set."' },
      { path: 'network_zone', shape: LocationArgumentShape.STRING, verified: true, source: `${RESOURCES}/load_balancer.md`, note: 'eu-central, us-east, us-west, ap-southeast: "Require when no location is set."' },
    ],
    source: `${RESOURCES}/load_balancer.md`,
    note: 'Terminates (and with protocol https decrypts) traffic in its location.',
  },
  {
    resourceType: 'hcloud_firewall',
    category: ResourceCategory.FIREWALL,
    source: `${TF}/docs/resources/firewall.md`,
    note:
      'No location argument (project-wide). Inline `rule { direction in|out, protocol tcp|udp|icmp|gre|esp, port, ' +
      'source_ips, destination_ips }`; `apply_to { label_selector | server }`.',
    publicExposure: {
      check: ExposureCheck.FIREWALL,
      firewall: {
        rules: 'rule',
        direction: { path: 'direction', words: ['in'], absent: false },
        peer: { cidrs: ['source_ips'], absentMeansAny: false },
        protocol: { arguments: ['protocol'], absent: RuleProtocol.UNKNOWN },
        ports: { list: ['port'] },
      },
      verified: true,
      source: `${RESOURCES}/firewall.md`,
    },
  },
  {
    resourceType: 'hcloud_firewall_attachment',
    category: ResourceCategory.FIREWALL,
    source: `${TF}/docs/resources/firewall_attachment.md`,
    note: 'Attaches a firewall to `server_ids` and/or `label_selectors`. No location argument.',
  },
  {
    resourceType: 'hcloud_load_balancer_service',
    source: `${RESOURCES}/load_balancer_service.md`,
    // A service has no source filter (none of its arguments restricts clients); the Load
    // Balancer's public interface is on unless a hcloud_load_balancer_network switches it off.
    publicExposure: {
      check: ExposureCheck.LISTENER,
      listener: {
        what: 'service',
        port: 'listen_port',
        targetPortArgument: 'destination_port',
        loadBalancerType: 'hcloud_load_balancer',
        privateChildType: 'hcloud_load_balancer_network',
        privateChildWhen: { tests: [{ path: 'enable_public_interface', equalTo: 'false' }] },
        defaultPublicVerified: true,
        defaultPublicSource: `${RESOURCES}/load_balancer_network.md`,
        fix: 'Hetzner Cloud load balancer services cannot filter sources: remove the service, or switch the public interface off (hcloud_load_balancer_network with enable_public_interface = false) and reach the service through a VPN or bastion.',
      },
      verified: true,
      source: `${RESOURCES}/load_balancer_service.md`,
    },
    encryptionInTransit: {
      check: TransitCheck.LISTENER,
      listener: {
        protocol: 'protocol',
        port: 'listen_port',
        what: 'service',
        steps: [
          { step: ListenerStep.UNKNOWN_PROTOCOL },
          {
            step: ListenerStep.PLAIN_IF_PROTOCOL,
            protocols: ['http'],
            message: 'The load balancer service uses protocol "http": traffic is served in plain text.',
            fix: 'Use protocol "https" with http { certificates = [...], redirect_http = true } so port 80 only redirects.',
            attribute: 'protocol',
          },
          { step: ListenerStep.PORT80_IF_PROTOCOL, protocols: ['tcp'] },
        ],
      },
      verified: true,
      source: `${RESOURCES}/load_balancer_service.md`,
    },
  },
];
