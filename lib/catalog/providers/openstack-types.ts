import { LocationArgumentShape } from '../facts/location';
import { IpsecSetting } from '../facts/ipsec';
import { AuditCheck } from '../facts/audit';
import { EncryptionCheck } from '../facts/encryption';
import { ApiAccessStep, ExposureCheck, Presence, RuleProtocol } from '../facts/exposure';
import { ListenerStep, TransitCheck } from '../facts/transit';
import { ResourceCategory, ResourceTypeFact } from '../types';

/*
 * terraform-provider-openstack: argument names read from its docs at tag v3.4.0 (2025-11-11,
 * the newest tag), except openstack_compute_secgroup_v2 and openstack_blockstorage_volume_v1/v2,
 * which v3.0.0 removed (read at v2.1.0).
 * Every type is located by its `region` within the cloud the provider's `auth_url` names
 * (lib/catalog/providers/openstack-clouds.ts).
 */

/** terraform-provider-openstack at the release read. */
export const TF = 'https://github.com/terraform-provider-openstack/terraform-provider-openstack/blob/v3.4.0';
/** Its resource documentation at that release. */
export const RESOURCES = `${TF}/docs/resources`;

/** Neutron security-group rules: no remote prefix and no remote group = every source; 0/0 = every port. */
const NEUTRON_RULE = {
  direction: { path: 'direction', words: ['ingress'], absent: false },
  peer: { cidrs: ['remote_ip_prefix'], absentMeansAny: true, cidrPresence: Presence.DEFINED, groups: ['remote_group_id', 'remote_address_group_id'] },
  protocol: { arguments: ['protocol'], absent: RuleProtocol.ALL },
  ports: { min: 'port_range_min', max: 'port_range_max', zeroMeansAll: true },
};

/** Resource types of OpenStack the catalog describes: what each holds, where it is and how the rules judge it. */
export const OPENSTACK_RESOURCE_TYPES: ResourceTypeFact[] = [
  {
    resourceType: 'openstack_networking_port_v2',
    source: `${RESOURCES}/networking_port_v2.md`,
    note: 'A Neutron port; `port_security_enabled = false` removes every security group from it.',
    publicExposure: {
      check: ExposureCheck.SERVER,
      firewallSwitch: {
        // "Setting this explicitly to `false` will disable port security. In order to disable port security, the port must not have any security groups."
        argument: 'port_security_enabled',
        publicAttachments: [{ resourceType: 'openstack_networking_floatingip_associate_v2', reference: 'port_id' }, { resourceType: 'openstack_networking_floatingip_v2', reference: 'port_id' }],
        consequence: 'port security is off, so no security group filters the port and every port of the server behind the floating IP is reachable from the internet',
        fix: 'Keep port_security_enabled = true (the default) with a security group that admits only what the service needs, or do not associate a floating IP with the port.',
        verified: false,
        source: `${RESOURCES}/networking_port_v2.md`,
      },
      verified: false,
      source: `${RESOURCES}/networking_port_v2.md`,
    },
  },
  // --- Site-to-site VPN (IPsec parameters judged against BSI TR-02102-3: lib/catalog/facts/ipsec.ts)
  {
    resourceType: 'openstack_vpnaas_ike_policy_v2',
    source: `${RESOURCES}/vpnaas_ike_policy_v2.md`,
    note: 'VPNaaS IKE policy: documented defaults ike_version v1, auth_algorithm sha1, encryption_algorithm aes-128, pfs group5.',
    encryptionInTransit: {
      check: TransitCheck.IPSEC,
      ipsec: {
        what: 'IKE policy',
        arguments: [
          { path: 'ike_version', setting: IpsecSetting.IKE_VERSION, phase: 'IKE (phase 1)', documentedDefault: 'v1' },
          { path: 'encryption_algorithm', setting: IpsecSetting.ENCRYPTION, phase: 'IKE (phase 1)', documentedDefault: 'aes-128' },
          { path: 'auth_algorithm', setting: IpsecSetting.INTEGRITY, phase: 'IKE (phase 1)', documentedDefault: 'sha1' },
          { path: 'pfs', setting: IpsecSetting.DH_GROUP, phase: 'IKE (phase 1)', documentedDefault: 'group5' },
        ],
      },
      verified: false,
      source: `${RESOURCES}/vpnaas_ike_policy_v2.md`,
    },
  },
  {
    resourceType: 'openstack_vpnaas_ipsec_policy_v2',
    source: `${RESOURCES}/vpnaas_ipsec_policy_v2.md`,
    note: 'VPNaaS IPsec policy: documented defaults auth_algorithm sha1, encryption_algorithm aes-128, pfs group5 (`disable` switches PFS off).',
    encryptionInTransit: {
      check: TransitCheck.IPSEC,
      ipsec: {
        what: 'IPsec policy',
        arguments: [
          { path: 'encryption_algorithm', setting: IpsecSetting.ENCRYPTION, phase: 'ESP (phase 2)', documentedDefault: 'aes-128' },
          { path: 'auth_algorithm', setting: IpsecSetting.INTEGRITY, phase: 'ESP (phase 2)', documentedDefault: 'sha1' },
          { path: 'pfs', setting: IpsecSetting.PFS_GROUP, phase: 'ESP (phase 2)', documentedDefault: 'group5' },
        ],
      },
      verified: false,
      source: `${RESOURCES}/vpnaas_ipsec_policy_v2.md`,
    },
  },
  {
    resourceType: 'openstack_compute_instance_v2',
    category: ResourceCategory.SERVER,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${RESOURCES}/compute_instance_v2.md`, note: '`region` - (Optional) The region in which to create the server instance. If — schema: openstack/resource_openstack_compute_instance_v2.go' },
    ],
    source: `${RESOURCES}/compute_instance_v2.md`,
    note: '`availability_zone` names a zone of the cloud (often "nova"), not a location code. Ephemeral disks have no encryption argument; boot from an encrypted volume (block_device with an encrypted volume_type) to encrypt the root disk.',
  },
  {
    resourceType: 'openstack_blockstorage_volume_v3',
    category: ResourceCategory.VOLUME,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${RESOURCES}/blockstorage_volume_v3.md`, note: '`region` - (Optional) The region in which to create the volume. If — schema: openstack/resource_openstack_blockstorage_volume_v3.go' },
    ],
    source: `${RESOURCES}/blockstorage_volume_v3.md`,
    note: 'Encrypted by choosing an encrypted `volume_type` of the cloud (a Cinder type with an encryption spec, e.g. LUKS); the names differ per cloud (catalog `blockStorage` of the cloud).',
    encryptionAtRest: {
      check: EncryptionCheck.VOLUME_TYPE,
      argument: 'volume_type',
      what: 'volume',
      fix: 'Set volume_type to an encrypted volume type of the cloud.',
      verified: true,
      source: `${RESOURCES}/blockstorage_volume_v3.md`,
    },
  },
  ...(['v1', 'v2'] as const).map((version): ResourceTypeFact => {
    // Removed in v3.0.0; older configurations (and OpenStack-based clouds' examples) still use them.
    const doc = `https://github.com/terraform-provider-openstack/terraform-provider-openstack/blob/v2.1.0/docs/resources/blockstorage_volume_${version}.md`;
    return {
      resourceType: `openstack_blockstorage_volume_${version}`,
      category: ResourceCategory.VOLUME,
      locationArguments: ['region'],
      locationShapes: [
        { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: doc, note: `\`region\` - (Optional) The region in which to create the volume. If omitted, the \`region\` argument of the provider is used. — schema: openstack/resource_openstack_blockstorage_volume_${version}.go` },
      ],
      source: doc,
      note: 'Encrypted by choosing an encrypted `volume_type` of the cloud, as for openstack_blockstorage_volume_v3.',
      encryptionAtRest: {
        check: EncryptionCheck.VOLUME_TYPE,
        argument: 'volume_type',
        what: 'volume',
        fix: 'Set volume_type to an encrypted volume type of the cloud (and move to openstack_blockstorage_volume_v3: v3.0.0 of the provider removed this type).',
        verified: true,
        source: doc,
      },
    };
  }),
  {
    resourceType: 'openstack_db_instance_v1',
    category: ResourceCategory.DATABASE,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${RESOURCES}/db_instance_v1.md`, note: '`region` - (Optional) The region in which to create the db instance. Changing this — schema: openstack/resource_openstack_db_instance_v1.go' },
    ],
    source: `${RESOURCES}/db_instance_v1.md`,
    note: 'Trove database; its data volume takes `volume_type` (with `size`).',
    encryptionAtRest: {
      check: EncryptionCheck.VOLUME_TYPE,
      argument: 'volume_type',
      what: 'database volume',
      fix: 'Set volume_type to an encrypted volume type of the cloud.',
      verified: true,
      source: `${RESOURCES}/db_instance_v1.md`,
    },
  },
  {
    resourceType: 'openstack_sharedfilesystem_share_v2',
    category: ResourceCategory.VOLUME,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${RESOURCES}/sharedfilesystem_share_v2.md`, note: '`region` - (Optional) The region in which to obtain the V2 Shared File System — schema: openstack/resource_openstack_sharedfilesystem_share_v2.go' },
    ],
    source: `${RESOURCES}/sharedfilesystem_share_v2.md`,
  },
  {
    resourceType: 'openstack_objectstorage_container_v1',
    category: ResourceCategory.BUCKET,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${RESOURCES}/objectstorage_container_v1.md`, note: '`region` - (Optional) The region in which to create the container. If — schema: openstack/migrate_resource_openstack_objectstorage_container_v1.go' },
    ],
    source: `${RESOURCES}/objectstorage_container_v1.md`,
    note: 'Swift container. `container_read = ".r:*"` makes its objects readable by anyone (the docs example); `versioning` (Swift 2.24+). No encryption, lock or lifecycle argument: at-rest encryption is the operator\'s configuration, expiry is per object (X-Delete-After).',
    encryptionAtRest: {
      check: EncryptionCheck.NOT_ENCRYPTABLE,
      message: 'The Swift container has no encryption argument: whether objects are encrypted at rest is the cloud operator\'s configuration, which the catalog does not record.',
      fix: 'Confirm the operator\'s at-rest encryption of object storage and suppress with that reference, or encrypt objects client-side.',
      verified: false,
      source: `${RESOURCES}/objectstorage_container_v1.md`,
    },
    publicExposure: {
      check: ExposureCheck.BUCKET,
      bucket: {
        aclEntries: {
          argument: 'container_read',
          separator: ',',
          publicEntries: ['.r:*'],
          message: 'container_read grants {entries}: anyone can read the container\'s objects without credentials.',
          fix: 'Remove the .r:* referrer from container_read and grant read access to named projects or users, or share single objects with temporary URLs (openstack_objectstorage_tempurl_v1).',
        },
      },
      verified: true,
      source: `${RESOURCES}/objectstorage_container_v1.md`,
    },
    store: {
      versioning: [{ argument: 'versioning', fields: [], scalarIsFlag: true }],
      versioningHow: 'Set versioning = true (Swift 2.24 or later, where the cloud allows object versioning).',
      lockHow: 'Swift containers have no object lock; keep audit logs in an object-locked bucket (the cloud\'s S3 API, where it offers object lock)',
      expiryHow: 'Swift containers have no lifecycle rule in Terraform: expire objects per object (openstack_objectstorage_object_v1 delete_after), or keep the data in a bucket of the cloud\'s S3 API with a lifecycle configuration',
      noncurrentHow: 'Swift containers have no lifecycle rule for old versions in Terraform: keep versioned personal data in a bucket of the cloud\'s S3 API with a noncurrent-version expiration',
    },
  },
  {
    resourceType: 'openstack_containerinfra_cluster_v1',
    category: ResourceCategory.KUBERNETES_CLUSTER,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${RESOURCES}/containerinfra_cluster_v1.md`, note: '`region` - (Optional) The region in which to obtain the V1 Container Infra — schema: openstack/resource_openstack_containerinfra_cluster_v1.go' },
    ],
    source: `${RESOURCES}/containerinfra_cluster_v1.md`,
    note: 'Magnum cluster (where the cloud runs Magnum). `floating_ip_enabled`, `master_lb_enabled`; no API allow-list or audit argument.',
    publicExposure: {
      check: ExposureCheck.API_ACCESS,
      apiAccess: [
        {
          step: ApiAccessStep.PASS_IF_FLAG,
          argument: 'floating_ip_enabled',
          absent: true,
          passWhen: false,
          unknownMessage: 'floating_ip_enabled cannot be verified before apply; the Kubernetes API may be public.',
        },
        {
          step: ApiAccessStep.ALWAYS_PUBLIC,
          message: 'floating_ip_enabled is not false (the cluster template\'s default applies when it is not set), so the cluster gets public addresses, and the provider has no API allow-list argument.',
          fix: 'Set floating_ip_enabled = false and reach the API through the project network (VPN or bastion); if the API must be public, restrict it with the master_lb_allowed_cidrs label and suppress with a reason.',
        },
      ],
      verified: false,
      source: `${RESOURCES}/containerinfra_cluster_v1.md`,
    },
    auditLogging: {
      check: AuditCheck.NONE,
      message: 'OpenStack Magnum has no Kubernetes API audit log that Terraform can switch on, and no in-cluster audit pipeline is deployed.',
      fix: 'Run an in-cluster audit pipeline (a DaemonSet labelled cdktf-sovereign.org/component=audit-log-pipeline, or fluent-bit / vector) that ships logs to an object-locked bucket.',
      verified: true,
      source: `${RESOURCES}/containerinfra_cluster_v1.md`,
    },
  },
  {
    resourceType: 'openstack_containerinfra_nodegroup_v1',
    category: ResourceCategory.NODE_POOL,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${RESOURCES}/containerinfra_nodegroup_v1.md`, note: '`region` - (Optional) The region in which to obtain the V1 Container Infra — schema: openstack/resource_openstack_containerinfra_nodegroup_v1.go' },
    ],
    source: `${RESOURCES}/containerinfra_nodegroup_v1.md`,
  },
  {
    resourceType: 'openstack_networking_network_v2',
    category: ResourceCategory.NETWORK,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${RESOURCES}/networking_network_v2.md`, note: '`region` - (Optional) The region in which to obtain the V2 Networking client. — schema: openstack/resource_openstack_networking_network_v2.go' },
    ],
    source: `${RESOURCES}/networking_network_v2.md`,
  },
  {
    resourceType: 'openstack_networking_subnet_v2',
    category: ResourceCategory.SUBNET,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${RESOURCES}/networking_subnet_v2.md`, note: '`region` - (Optional) The region in which to obtain the V2 Networking client. — schema: openstack/resource_openstack_networking_subnet_v2.go' },
    ],
    source: `${RESOURCES}/networking_subnet_v2.md`,
  },
  {
    resourceType: 'openstack_networking_secgroup_v2',
    category: ResourceCategory.FIREWALL,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${RESOURCES}/networking_secgroup_v2.md`, note: '`region` - (Optional) The region in which to obtain the V2 networking client. — schema: openstack/resource_openstack_networking_secgroup_v2.go' },
    ],
    source: `${RESOURCES}/networking_secgroup_v2.md`,
    note: 'Rules are separate openstack_networking_secgroup_rule_v2 resources (judged there).',
  },
  {
    resourceType: 'openstack_networking_secgroup_rule_v2',
    category: ResourceCategory.FIREWALL,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${RESOURCES}/networking_secgroup_rule_v2.md`, note: '`region` - (Optional) The region in which to obtain the V2 networking client. — schema: openstack/resource_openstack_networking_secgroup_rule_v2.go' },
    ],
    source: `${RESOURCES}/networking_secgroup_rule_v2.md`,
    // direction ingress|egress, protocol, port_range_min/max (0/0 or absent = every port), remote_ip_prefix | remote_group_id | remote_address_group_id
    publicExposure: { check: ExposureCheck.FIREWALL, firewall: NEUTRON_RULE, verified: true, source: `${RESOURCES}/networking_secgroup_rule_v2.md` },
  },
  {
    resourceType: 'openstack_compute_secgroup_v2',
    category: ResourceCategory.FIREWALL,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: 'https://github.com/terraform-provider-openstack/terraform-provider-openstack/blob/v2.1.0/docs/resources/compute_secgroup_v2.md', note: '`region` - (Optional) The region in which to obtain the V2 Compute client. — schema: openstack/resource_openstack_compute_secgroup_v2.go' },
    ],
    source: 'https://github.com/terraform-provider-openstack/terraform-provider-openstack/blob/v2.1.0/docs/resources/compute_secgroup_v2.md',
    note: 'Removed in v3.0.0 ("Remove deprecated resources"); still judged for configurations written for v2.',
    // rule { from_port, to_port, ip_protocol, cidr | from_group_id | self }
    publicExposure: {
      check: ExposureCheck.FIREWALL,
      firewall: {
        rules: 'rule',
        peer: { cidrs: ['cidr'], absentMeansAny: false, cidrPresence: Presence.DEFINED, groups: ['from_group_id'], groupFlags: ['self'] },
        protocol: { arguments: ['ip_protocol'], absent: RuleProtocol.UNKNOWN },
        ports: { min: 'from_port', max: 'to_port' },
      },
      verified: true,
      source: 'https://github.com/terraform-provider-openstack/terraform-provider-openstack/blob/v2.1.0/docs/resources/compute_secgroup_v2.md',
    },
  },
  {
    resourceType: 'openstack_lb_listener_v2',
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${RESOURCES}/lb_listener_v2.md`, note: '`region` - (Optional) The region in which to obtain the V2 Networking client. — schema: openstack/resource_openstack_lb_listener_v2.go' },
    ],
    source: `${RESOURCES}/lb_listener_v2.md`,
    // protocol TCP | UDP | HTTP | HTTPS | TERMINATED_HTTPS …; redirects: openstack_lb_l7policy_v2 (action REDIRECT_TO_URL, redirect_url; REDIRECT_PREFIX, redirect_prefix)
    encryptionInTransit: {
      check: TransitCheck.LISTENER,
      listener: {
        protocol: 'protocol',
        port: 'protocol_port',
        what: 'listener',
        steps: [
          { step: ListenerStep.UNKNOWN_PROTOCOL },
          {
            step: ListenerStep.PLAIN_IF_PROTOCOL,
            protocols: ['http'],
            redirects: [{
              childTypes: ['openstack_lb_l7policy_v2'],
              match: {
                any: [
                  { tests: [{ path: 'action', equalTo: 'redirect_to_url' }, { path: 'redirect_url', httpsUrl: true }] },
                  { tests: [{ path: 'action', equalTo: 'redirect_prefix' }, { path: 'redirect_prefix', httpsUrl: true }] },
                ],
              },
            }],
            message: 'The listener\'s `protocol` is HTTP and no L7 policy redirects it to https://: traffic is served in plain text.',
            fix: 'Use protocol TERMINATED_HTTPS with default_tls_container_ref, or add an openstack_lb_l7policy_v2 with action REDIRECT_TO_URL (or REDIRECT_PREFIX) to an https:// URL.',
            attribute: 'protocol',
          },
          { step: ListenerStep.PORT80_IF_PROTOCOL, protocols: ['tcp'] },
        ],
      },
      verified: true,
      source: `${RESOURCES}/lb_listener_v2.md`,
    },
  },
  {
    resourceType: 'openstack_lb_l7policy_v2',
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${RESOURCES}/lb_l7policy_v2.md`, note: '`region` - (Optional) The region in which to obtain the V2 Networking client. — schema: openstack/resource_openstack_lb_l7policy_v2.go' },
    ],
    source: `${RESOURCES}/lb_l7policy_v2.md`,
    note: 'Linked to its listener by `listener_id`; judged on the listener.',
  },
  {
    resourceType: 'openstack_keymanager_secret_v1',
    category: ResourceCategory.KMS,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${RESOURCES}/keymanager_secret_v1.md`, note: '`region` - (Optional) The region in which to obtain the V1 KeyManager client. — schema: openstack/resource_openstack_keymanager_secret_v1.go' },
    ],
    source: `${RESOURCES}/keymanager_secret_v1.md`,
    // payload: "The secret's data to be stored"
    secretArguments: { arguments: ['payload'] },
  },
];
