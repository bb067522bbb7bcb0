import { IpsecSetting } from '../facts/ipsec';
import { LocationArgumentShape, SecondaryLocationRead } from '../facts/location';
import { AuditCheck } from '../facts/audit';
import { LockShape, LifecycleShape } from '../facts/stores';
import { ExposureCheck, ApiAccessStep, Presence, RuleProtocol, S3_PUBLIC_OBJECT_ACLS } from '../facts/exposure';
import { ListenerStep, TransitCheck } from '../facts/transit';
import { EncryptionCheck } from '../facts/encryption';
import { LocationKind, ResourceCategory, ResourceTypeFact } from '../types';

export const TF = 'https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23';

export const TF_DOCS = `${TF}/docs/resources`;

export const UNDOCUMENTED_REGION =
  '`region` is not in the resource doc but is in the resource schema (Optional, Computed) at v1.36.23; otherwise the provider region applies.';

/** The documentation of its resources, at the release the facts were read from. */
export const RESOURCES = TF_DOCS;

/** Resource types of Open Telekom Cloud the catalog describes: what each holds, where it is and how the rules judge it. */
export const OPEN_TELEKOM_CLOUD_RESOURCE_TYPES: ResourceTypeFact[] = [
  {
    resourceType: 'opentelekomcloud_networking_port_v2',
    source: `${TF_DOCS}/networking_port_v2.md`,
    note: 'A Neutron port; `port_security_enabled = false` removes every security group from it.',
    publicExposure: {
      check: ExposureCheck.SERVER,
      firewallSwitch: {
        // "Setting this explicitly to `false` will disable port security. In order to disable port security, the port must not have any security groups."
        argument: 'port_security_enabled',
        publicAttachments: [{ resourceType: 'opentelekomcloud_networking_floatingip_associate_v2', reference: 'port_id' }, { resourceType: 'opentelekomcloud_networking_floatingip_v2', reference: 'port_id' }],
        consequence: 'port security is off, so no security group filters the port and every port of the server behind the floating IP is reachable from the internet',
        fix: 'Keep port_security_enabled = true (the default) with a security group that admits only what the service needs, or do not associate a floating IP with the port.',
        verified: true,
        source: `${TF_DOCS}/networking_port_v2.md`,
      },
      verified: true,
      source: `${TF_DOCS}/networking_port_v2.md`,
    },
  },
  // --- Site-to-site VPN (IPsec parameters judged against BSI TR-02102-3: lib/catalog/facts/ipsec.ts)
  {
    resourceType: 'opentelekomcloud_vpnaas_ike_policy_v2',
    source: `${TF_DOCS}/vpnaas_ike_policy_v2.md`,
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
      verified: true,
      source: `${TF_DOCS}/vpnaas_ike_policy_v2.md`,
    },
  },
  {
    resourceType: 'opentelekomcloud_vpnaas_ipsec_policy_v2',
    source: `${TF_DOCS}/vpnaas_ipsec_policy_v2.md`,
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
      verified: true,
      source: `${TF_DOCS}/vpnaas_ipsec_policy_v2.md`,
    },
  },
  {
    resourceType: 'opentelekomcloud_enterprise_vpn_connection_v5',
    source: `${TF_DOCS}/vpn_connection_v5.md`,
    note: 'Enterprise VPN connection (page vpn_connection_v5.md): `ikepolicy` (defaults v2, aes-128, sha2-256, group15) and `ipsecpolicy` (pfs default group14, 2048-bit MODP).',
    encryptionInTransit: {
      check: TransitCheck.IPSEC,
      ipsec: {
        what: 'Enterprise VPN connection',
        arguments: [
          { path: 'ikepolicy.ike_version', setting: IpsecSetting.IKE_VERSION, phase: 'IKE (phase 1)', documentedDefault: 'v2' },
          { path: 'ikepolicy.encryption_algorithm', setting: IpsecSetting.ENCRYPTION, phase: 'IKE (phase 1)', documentedDefault: 'aes-128' },
          { path: 'ikepolicy.authentication_algorithm', setting: IpsecSetting.INTEGRITY, phase: 'IKE (phase 1)', documentedDefault: 'sha2-256' },
          { path: 'ikepolicy.dh_group', setting: IpsecSetting.DH_GROUP, phase: 'IKE (phase 1)', documentedDefault: 'group15' },
          { path: 'ipsecpolicy.encryption_algorithm', setting: IpsecSetting.ENCRYPTION, phase: 'ESP (phase 2)', documentedDefault: 'aes-128' },
          { path: 'ipsecpolicy.authentication_algorithm', setting: IpsecSetting.INTEGRITY, phase: 'ESP (phase 2)', documentedDefault: 'sha2-256' },
          { path: 'ipsecpolicy.pfs', setting: IpsecSetting.PFS_GROUP, phase: 'ESP (phase 2)', documentedDefault: 'group14' },
        ],
      },
      verified: true,
      source: `${TF_DOCS}/vpn_connection_v5.md`,
    },
  },
  // --- Managed Kubernetes (CCE) ---
  {
    resourceType: 'opentelekomcloud_cce_cluster_v3',
    category: ResourceCategory.KUBERNETES_CLUSTER,
    locationArguments: ['region'],
    source: `${TF_DOCS}/cce_cluster_v3.md`,
    note:
      `${UNDOCUMENTED_REGION} \`multi_az\` (bool, HA flavors only) spreads masters over AZs. ` +
      '`enable_volume_encryption` (bool, ForceNew) encrypts system and data disks of the MASTER nodes only; worker disks are encrypted via the node pool `kms_id`. No API audit-log argument.',
    encryptionAtRest: {
      check: EncryptionCheck.FLAG,
      argument: 'enable_volume_encryption',
      what: 'system and data disks of the CCE master nodes',
      fix: 'Set enable_volume_encryption = true (forces a new cluster).',
      verified: true,
      source: `${RESOURCES}/cce_cluster_v3.md`,
    },
    publicExposure: {
      check: ExposureCheck.API_ACCESS,
      apiAccess: [
        {
          step: ApiAccessStep.PUBLIC_IF_SET,
          argument: 'eip',
          message: 'eip binds a public address ({value}) to the CCE API server; the provider has no API allow list.',
          fix: 'Remove eip and reach the API through the VPC (VPN, Direct Connect or a bastion), or restrict it in the master security group and suppress with a reason.',
        },
      ],
      verified: true,
      source: `${RESOURCES}/cce_cluster_v3.md`,
    },
    auditLogging: {
      check: AuditCheck.TRAIL,
      what: 'The CTS tracker',
      unknownArgument: 'status',
      message: 'The configuration creates a CCE cluster but no enabled Cloud Trace Service tracker (opentelekomcloud_cts_tracker_v3 / _v1) records its API operations.',
      fix: 'Add an opentelekomcloud_cts_tracker_v3 { status = "enabled", bucket_name = <a WORM OBS bucket> } or run an in-cluster audit pipeline (a DaemonSet labelled cdktf-sovereign.org/component=audit-log-pipeline).',
      verified: true,
      source: `${RESOURCES}/cts_tracker_v3.md`,
    },
  },
  {
    resourceType: 'opentelekomcloud_cce_node_pool_v3',
    category: ResourceCategory.NODE_POOL,
    locationArguments: ['availability_zone'],
    locationShapes: [
      { path: 'availability_zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/cce_node_pool_v3.md`, note: '`availability_zone` - (Required, ForceNew, String) Specify the name of the available partition (AZ). If zone is not' },
    ],
    source: `${TF_DOCS}/cce_node_pool_v3.md`,
    note:
      '`availability_zone` defaults to `random` (any AZ of the cluster region); no `region` argument (follows the cluster). ' +
      'Encryption: `root_volume.kms_id` and `data_volumes.kms_id` (KMS key ID, ForceNew). If omitted in HCL, the provider falls back to env `OS_KMS_ID`, so an absent `kms_id` in code does not prove the disk is unencrypted. EVS needs a KMS agency first.',
    encryptionAtRest: {
      check: EncryptionCheck.KEYS,
      keys: [
        {
          argument: 'root_volume',
          field: 'kms_id',
          what: 'root volume',
          fix: 'Set kms_id on root_volume and on every data_volumes block (KMS key; EVS needs a KMS agency first).',
          note: ' (The provider falls back to the environment variable OS_KMS_ID, which the configuration does not show.)',
        },
        {
          argument: 'data_volumes',
          field: 'kms_id',
          what: 'data volume',
          fix: 'Set kms_id on root_volume and on every data_volumes block (KMS key; EVS needs a KMS agency first).',
          note: ' (The provider falls back to the environment variable OS_KMS_ID, which the configuration does not show.)',
        },
      ],
      verified: true,
      source: `${RESOURCES}/cce_node_pool_v3.md`,
    },
  },
  {
    resourceType: 'opentelekomcloud_cce_node_v3',
    category: ResourceCategory.NODE_POOL,
    locationArguments: ['availability_zone', 'region'],
    locationShapes: [
      { path: 'availability_zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/cce_node_v3.md`, note: '`availability_zone` - (Required, ForceNew, String) specify the name of the available partition (AZ). Changing this parameter will create a new reso…' },
    ],
    source: `${TF_DOCS}/cce_node_v3.md`,
    note: 'Single CCE worker node (not a pool). `root_volume.kms_id` / `data_volumes.kms_id` as for node pools (env `OS_KMS_ID` fallback). `region` is in the schema only.',
    encryptionAtRest: {
      check: EncryptionCheck.KEYS,
      keys: [
        {
          argument: 'root_volume',
          field: 'kms_id',
          what: 'root volume',
          fix: 'Set kms_id on root_volume and on every data_volumes block (KMS key; EVS needs a KMS agency first).',
          note: ' (The provider falls back to the environment variable OS_KMS_ID, which the configuration does not show.)',
        },
        {
          argument: 'data_volumes',
          field: 'kms_id',
          what: 'data volume',
          fix: 'Set kms_id on root_volume and on every data_volumes block (KMS key; EVS needs a KMS agency first).',
          note: ' (The provider falls back to the environment variable OS_KMS_ID, which the configuration does not show.)',
        },
      ],
      verified: true,
      source: `${RESOURCES}/cce_node_v3.md`,
    },
  },
  // --- Object storage (OBS) ---
  {
    resourceType: 'opentelekomcloud_obs_bucket_object',
    source: `${TF_DOCS}/obs_bucket_object.md`,
    note: '`acl` - "The ACL policy to apply. Defaults to private."; the schema accepts private, public-read, public-read-write (case-insensitive, opentelekomcloud/services/obs/resource_opentelekomcloud_obs_bucket_object.go). The object lives in its bucket (no location of its own).',
    publicExposure: {
      check: ExposureCheck.OBJECT,
      objectAccess: { argument: 'acl', publicValues: { 'public-read': S3_PUBLIC_OBJECT_ACLS['public-read'], 'public-read-write': S3_PUBLIC_OBJECT_ACLS['public-read-write'] } },
      verified: true,
      source: `${TF_DOCS}/obs_bucket_object.md`,
    },
  },
  {
    resourceType: 'opentelekomcloud_s3_bucket_object',
    source: `${TF_DOCS}/s3_bucket_object.md`,
    note: '`acl` - the S3 canned ACL, defaults to "private". The object lives in its bucket (no location of its own).',
    publicExposure: {
      check: ExposureCheck.OBJECT,
      objectAccess: { argument: 'acl', publicValues: S3_PUBLIC_OBJECT_ACLS },
      verified: true,
      source: `${TF_DOCS}/s3_bucket_object.md`,
    },
  },
  {
    resourceType: 'opentelekomcloud_obs_bucket',
    category: ResourceCategory.BUCKET,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/obs_bucket.md`, note: '`region` - (Optional) If specified, the region this bucket should reside in. Otherwise, — schema: opentelekomcloud/services/obs/resource_opentelekomcloud_obs_bucket.go' },
    ],
    source: `${TF_DOCS}/obs_bucket.md`,
    note:
      'Inline configuration: `versioning` (bool), `worm_policy { days | years }` (default WORM retention, requires versioning), `lifecycle_rule`, `logging`, `acl` (default `private`), ' +
      '`server_side_encryption { algorithm = "kms", kms_key_id }` (only `kms` accepted at v1.36.23; only base-project KMS keys, e.g. of project `eu-de`). No public-access-block argument.',
    encryptionAtRest: {
      check: EncryptionCheck.ALGORITHM_BLOCK,
      algorithmBlock: {
        block: 'server_side_encryption',
        algorithmField: 'algorithm',
        algorithm: 'kms',
        keyField: 'kms_key_id',
        missingMessage: 'The OBS bucket has no `server_side_encryption` block: objects are stored without default encryption.',
        missingFix: 'Add server_side_encryption { algorithm = "kms", kms_key_id = <KMS key of the base project> }.',
        wrongAlgorithmMessage: '`server_side_encryption.algorithm` is "{value}"; OBS accepts only "kms".',
        algorithmFix: 'Set algorithm = "kms".',
        keyFix: 'Set kms_key_id to a KMS key of the base project.',
      },
      verified: true,
      source: `${RESOURCES}/obs_bucket.md`,
    },
    publicExposure: { check: ExposureCheck.BUCKET, bucket: { cannedAcl: 'acl' }, verified: true, source: `${RESOURCES}/obs_bucket.md` },
    store: {
      lockArguments: [{ shape: LockShape.WORM_BLOCK, argument: 'worm_policy' }],
      lockHow: 'Set versioning = true and a worm_policy { days | years }',
      lifecycle: { shape: LifecycleShape.S3, rules: 'lifecycle_rule' },
      expiryHow: 'Add an enabled lifecycle_rule with expiration { days = N } and no prefix',
      noncurrentHow: 'Add noncurrent_version_expiration { days = N } to an enabled lifecycle_rule without prefix',
      versioning: [{ argument: 'versioning', fields: ['enabled', 'status'], scalarIsFlag: true }],
      versioningHow: 'Set versioning = true (EuBucket: leave `versioned` at its default, true).',
    },
    secondaryLocations: [{ argument: 'logging.target_bucket', role: 'log sink', read: SecondaryLocationRead.REFERENCE }],
  },
  {
    resourceType: 'opentelekomcloud_obs_bucket_policy',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: `${TF_DOCS}/obs_bucket_policy.md`,
    note: 'Arguments `bucket`, `policy` only; located through the bucket.',
    publicExposure: {
      check: ExposureCheck.BUCKET,
      bucket: { policy: 'policy', policyDocumentTypes: ['aws_iam_policy_document'] },
      verified: true,
      source: `${RESOURCES}/obs_bucket_policy.md`,
    },
  },
  {
    resourceType: 'opentelekomcloud_obs_bucket_replication',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/obs_bucket_replication.md`, note: '`region` - (Optional, ForceNew) Specifies the region in which to create the resource. — schema: opentelekomcloud/services/obs/resource_opentelekomcloud_obs_bucket_replication.go' },
    ],
    source: `${TF_DOCS}/obs_bucket_replication.md`,
    note: 'Cross-region replication to `destination_bucket` (which may be in another region/country); check the destination bucket location.',
  },
  {
    resourceType: 'opentelekomcloud_obs_bucket_inventory',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: `${TF_DOCS}/obs_bucket_inventory.md`,
  },
  {
    resourceType: 'opentelekomcloud_s3_bucket',
    category: ResourceCategory.BUCKET,
    locationArguments: ['region'],
    source: `${TF_DOCS}/s3_bucket.md`,
    note: `Legacy S3-API bucket resource. ${UNDOCUMENTED_REGION} Inline \`versioning\`, \`lifecycle_rule\`, \`logging\`, \`acl\`, \`policy\`; no server-side-encryption or object-lock argument.`,
    encryptionAtRest: {
      check: EncryptionCheck.NOT_ENCRYPTABLE,
      message: 'The legacy opentelekomcloud_s3_bucket resource cannot configure server-side encryption.',
      fix: 'Use opentelekomcloud_obs_bucket with server_side_encryption { algorithm = "kms", kms_key_id }.',
      verified: true,
      source: `${RESOURCES}/s3_bucket.md`,
    },
    publicExposure: {
      check: ExposureCheck.BUCKET,
      bucket: { cannedAcl: 'acl', policy: 'policy', policyDocumentTypes: ['aws_iam_policy_document'] },
      verified: true,
      source: `${RESOURCES}/s3_bucket.md`,
    },
    store: {
      lockHow: 'Use opentelekomcloud_obs_bucket (the legacy S3 resource has no WORM) with versioning and a worm_policy',
      lifecycle: { shape: LifecycleShape.S3, rules: 'lifecycle_rule' },
      expiryHow: 'Add an enabled lifecycle_rule with expiration { days = N } and no prefix',
      noncurrentHow: 'Add noncurrent_version_expiration { days = N } to an enabled lifecycle_rule without prefix',
      versioning: [{ argument: 'versioning', fields: ['enabled', 'status'], scalarIsFlag: true }],
      versioningHow: 'Set versioning { enabled = true }.',
    },
  },
  {
    resourceType: 'opentelekomcloud_s3_bucket_policy',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: `${TF_DOCS}/s3_bucket_policy.md`,
    publicExposure: {
      check: ExposureCheck.BUCKET,
      bucket: { policy: 'policy', policyDocumentTypes: ['aws_iam_policy_document'] },
      verified: true,
      source: `${RESOURCES}/s3_bucket_policy.md`,
    },
  },
  // --- Network ---
  {
    resourceType: 'opentelekomcloud_vpc_v1',
    category: ResourceCategory.NETWORK,
    locationArguments: ['region'],
    source: `${TF_DOCS}/vpc_v1.md`,
    note: UNDOCUMENTED_REGION,
  },
  {
    resourceType: 'opentelekomcloud_networking_network_v2',
    category: ResourceCategory.NETWORK,
    locationArguments: ['region'],
    source: `${TF_DOCS}/networking_network_v2.md`,
    note: `OpenStack Neutron network. ${UNDOCUMENTED_REGION}`,
  },
  {
    resourceType: 'opentelekomcloud_vpc_subnet_v1',
    category: ResourceCategory.SUBNET,
    locationArguments: ['availability_zone', 'region'],
    locationShapes: [
      { path: 'availability_zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/vpc_subnet_v1.md`, note: '`availability_zone` - (Optional) Identifies the availability zone (AZ) to which the subnet belongs. — schema: opentelekomcloud/services/vpc/resource_opentelekomcloud_vpc_subnet_v1.go' },
    ],
    source: `${TF_DOCS}/vpc_subnet_v1.md`,
    note: `\`availability_zone\` is documented; ${UNDOCUMENTED_REGION}`,
  },
  {
    resourceType: 'opentelekomcloud_networking_subnet_v2',
    category: ResourceCategory.SUBNET,
    locationArguments: ['region'],
    source: `${TF_DOCS}/networking_subnet_v2.md`,
    note: UNDOCUMENTED_REGION,
  },
  {
    resourceType: 'opentelekomcloud_networking_secgroup_v2',
    category: ResourceCategory.FIREWALL,
    locationArguments: ['region'],
    source: `${TF_DOCS}/networking_secgroup_v2.md`,
    note: UNDOCUMENTED_REGION,
  },
  {
    resourceType: 'opentelekomcloud_networking_secgroup_rule_v2',
    category: ResourceCategory.FIREWALL,
    locationArguments: ['region'],
    source: `${TF_DOCS}/networking_secgroup_rule_v2.md`,
    note: `\`direction\` ingress/egress, \`remote_ip_prefix\`, \`port_range_min/max\`. ${UNDOCUMENTED_REGION}`,
    publicExposure: {
      check: ExposureCheck.FIREWALL,
      firewall: {
        direction: { path: 'direction', words: ['ingress'], absent: false },
        peer: { cidrs: ['remote_ip_prefix'], absentMeansAny: true, cidrPresence: Presence.DEFINED, groups: ['remote_group_id'] },
        protocol: { arguments: ['protocol'], absent: RuleProtocol.ALL },
        ports: { min: 'port_range_min', max: 'port_range_max', zeroMeansAll: true },
      },
      verified: true,
      source: `${RESOURCES}/networking_secgroup_rule_v2.md`,
    },
  },
  {
    resourceType: 'opentelekomcloud_compute_secgroup_v2',
    category: ResourceCategory.FIREWALL,
    locationArguments: ['region'],
    source: `${TF_DOCS}/compute_secgroup_v2.md`,
    note: `Legacy Nova security group with inline rules. ${UNDOCUMENTED_REGION}`,
    publicExposure: {
      check: ExposureCheck.FIREWALL,
      firewall: {
        rules: 'rule',
        peer: { cidrs: ['cidr'], absentMeansAny: false, cidrPresence: Presence.DEFINED, groups: ['from_group_id'], groupFlags: ['self'] },
        protocol: { arguments: ['ip_protocol'], absent: RuleProtocol.UNKNOWN },
        ports: { min: 'from_port', max: 'to_port' },
      },
      verified: true,
      source: `${RESOURCES}/compute_secgroup_v2.md`,
    },
  },
  {
    resourceType: 'opentelekomcloud_fw_firewall_group_v2',
    category: ResourceCategory.FIREWALL,
    locationArguments: ['region'],
    source: `${TF_DOCS}/fw_firewall_group_v2.md`,
    note: UNDOCUMENTED_REGION,
  },
  {
    resourceType: 'opentelekomcloud_fw_policy_v2',
    category: ResourceCategory.FIREWALL,
    locationArguments: ['region'],
    source: `${TF_DOCS}/fw_policy_v2.md`,
    note: UNDOCUMENTED_REGION,
  },
  {
    resourceType: 'opentelekomcloud_fw_rule_v2',
    category: ResourceCategory.FIREWALL,
    locationArguments: ['region'],
    source: `${TF_DOCS}/fw_rule_v2.md`,
    note: UNDOCUMENTED_REGION,
    publicExposure: {
      check: ExposureCheck.FIREWALL,
      firewall: {
        offSwitch: { path: 'enabled', offWhen: false, absent: true, atResource: true },
        action: { path: 'action', words: ['allow'] },
        peer: { cidrs: ['source_ip_address'], absentMeansAny: true },
        protocol: { arguments: ['protocol'], absent: RuleProtocol.UNKNOWN },
        ports: { list: ['destination_port'] },
      },
      verified: true,
      source: `${RESOURCES}/fw_rule_v2.md`,
    },
  },
  // --- KMS ---
  {
    resourceType: 'opentelekomcloud_kms_key_v1',
    category: ResourceCategory.KMS,
    locationArguments: ['realm'],
    locationShapes: [
      { path: 'realm', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/kms_key_v1.md`, note: '`realm` - (Optional) Region where a key resides. Changing this creates a new key. — schema: opentelekomcloud/services/kms/resource_opentelekomcloud_kms_key_v1.go' },
    ],
    source: `${TF_DOCS}/kms_key_v1.md`,
    note: '`realm` = "Region where a key resides" (ForceNew); otherwise the provider region. `rotation_enabled`, `rotation_interval` (30-365 days), `pending_days` (7-1096).',
  },
  {
    resourceType: 'opentelekomcloud_kms_grant_v1',
    category: ResourceCategory.KMS,
    source: `${TF_DOCS}/kms_grant_v1.md`,
  },
  // --- Audit logging (CTS) and log service (LTS) ---
  {
    resourceType: 'opentelekomcloud_cts_tracker_v3',
    category: ResourceCategory.AUDIT_LOGGING,
    source: `${TF_DOCS}/cts_tracker_v3.md`,
    note:
      'Cloud Trace Service tracker (platform audit trail). `status` = `enabled`/`disabled` (required), `bucket_name` (OBS bucket receiving traces), `is_lts_enabled`, `is_obs_created`, `compress_type`. No region argument (provider region/project). ' +
      'The current regions-and-endpoints table lists a CTS endpoint for eu-de only (an older version also listed eu-nl).',
    auditTrail: { statusArgument: 'status', enabledValue: 'enabled', name: 'Cloud Trace Service tracker' },
    auditSink: { arguments: ['bucket_name'], description: 'Cloud Trace Service tracker {address}' },
    auditLogging: {
      check: AuditCheck.TRAIL_STATUS,
      argument: 'status',
      what: 'Whether the CTS tracker records',
      message: 'The Cloud Trace Service tracker is disabled (status = "{state}").',
      fix: 'Set status = "enabled".',
      verified: true,
      source: `${RESOURCES}/cts_tracker_v3.md`,
    },
    secondaryLocations: [{ argument: 'bucket_name', role: 'log sink', read: SecondaryLocationRead.REFERENCE }],
  },
  {
    resourceType: 'opentelekomcloud_cts_tracker_v1',
    category: ResourceCategory.AUDIT_LOGGING,
    source: `${TF_DOCS}/cts_tracker_v1.md`,
    note: 'Older CTS tracker API: `bucket_name` (required), `file_prefix_name`, `is_lts_enabled`. `region` is a computed attribute only.',
    auditTrail: { name: 'Cloud Trace Service tracker' },
    auditSink: { arguments: ['bucket_name'], description: 'Cloud Trace Service tracker {address}' },
    secondaryLocations: [{ argument: 'bucket_name', role: 'log sink', read: SecondaryLocationRead.REFERENCE }],
  },
  {
    resourceType: 'opentelekomcloud_cts_event_notification_v3',
    category: ResourceCategory.AUDIT_LOGGING,
    source: `${TF_DOCS}/cts_event_notification_v3.md`,
  },
  {
    resourceType: 'opentelekomcloud_logtank_group_v2',
    category: ResourceCategory.AUDIT_LOGGING,
    source: `${TF_DOCS}/lts_loggroup.md`,
    note: 'Log Tank Service log group (`group_name`, `ttl_in_days`). The doc file is named lts_loggroup.md but the resource type is `opentelekomcloud_logtank_group_v2`.',
  },
  {
    resourceType: 'opentelekomcloud_logtank_topic_v2',
    category: ResourceCategory.AUDIT_LOGGING,
    source: `${TF_DOCS}/lts_logtopic.md`,
  },
  {
    resourceType: 'opentelekomcloud_logtank_transfer_v2',
    category: ResourceCategory.AUDIT_LOGGING,
    source: `${TF_DOCS}/lts_logtransfer.md`,
    note: 'Transfers log streams to an OBS bucket (`obs_bucket_name`).',
  },
  // --- Databases ---
  {
    resourceType: 'opentelekomcloud_rds_instance_v3',
    category: ResourceCategory.DATABASE,
    locationArguments: ['availability_zone'],
    locationShapes: [
      { path: 'availability_zone', shape: LocationArgumentShape.LIST, verified: true, source: `${TF_DOCS}/rds_instance_v3.md`, note: '`availability_zone` - (Required, ForceNew) Specifies the AZ name. — schema: opentelekomcloud/services/rds/resource_opentelekomcloud_rds_instance_v3.go (TypeList of strings)' },
    ],
    source: `${TF_DOCS}/rds_instance_v3.md`,
    note: '`availability_zone` is a LIST of AZ names (one per node for HA). No region argument. Encryption at rest: `volume.disk_encryption_id` (KMS key ID, ForceNew); absent = unencrypted. `ssl_enable` (MySQL only).',
    encryptionAtRest: {
      check: EncryptionCheck.KEY,
      argument: 'volume.disk_encryption_id',
      what: 'RDS instance',
      fix: 'Set volume { disk_encryption_id = <KMS key id> } (forces a new instance).',
      verified: true,
      source: `${RESOURCES}/rds_instance_v3.md`,
    },
    encryptionInTransit: {
      check: TransitCheck.ENGINE_TLS_FLAG,
      argument: 'ssl_enable',
      engineArgument: 'db.type',
      engine: 'mysql',
      fix: 'Set ssl_enable = true.',
      unknownEngineMessage: '`db.type` is not known before apply and `ssl_enable` is not true: whether a MySQL instance enforces TLS cannot be verified.',
      unknownEngineFix: 'Set ssl_enable = true for MySQL instances.',
      message: 'The MySQL instance does not enable SSL: `ssl_enable` is {state}.',
      verified: true,
      source: `${RESOURCES}/rds_instance_v3.md`,
    },
    // `backup_strategy.keep_days`: "The value range is from 0 to 732. If this parameter is not specified or set to 0, the automated backup policy is disabled."
    backupRetention: {
      argument: 'backup_strategy.keep_days',
      disabledValue: 0,
      fix: 'Set backup_strategy { keep_days } to at most {days}.',
      verified: true,
      source: `${RESOURCES}/rds_instance_v3.md`,
    },
  },
  {
    resourceType: 'opentelekomcloud_rds_instance_v1',
    category: ResourceCategory.DATABASE,
    locationArguments: ['availabilityzone'],
    locationShapes: [
      { path: 'availabilityzone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/rds_instance_v1.md`, note: '`availabilityzone` - (Required) Specifies the ID of the AZ. — schema: opentelekomcloud/services/rds/resource_opentelekomcloud_rds_instance_v1.go' },
    ],
    source: `${TF_DOCS}/rds_instance_v1.md`,
    note: 'Legacy RDS v1; the AZ argument is spelled `availabilityzone` (no underscore). No encryption argument documented.',
    encryptionAtRest: {
      check: EncryptionCheck.NOT_ENCRYPTABLE,
      message: 'The legacy RDS v1 instance has no encryption argument.',
      fix: 'Migrate to opentelekomcloud_rds_instance_v3 with volume.disk_encryption_id.',
      verified: true,
      source: `${RESOURCES}/rds_instance_v1.md`,
    },
  },
  {
    resourceType: 'opentelekomcloud_dds_instance_v3',
    category: ResourceCategory.DATABASE,
    locationArguments: ['availability_zone', 'region'],
    locationShapes: [
      { path: 'availability_zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/dds_instance_v3.md`, note: '`availability_zone` - (Required, String, ForceNew) Specifies the ID of the availability zone. — schema: opentelekomcloud/services/dds/resource_opentelekomcloud_dds_instance_v3.go' },
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/dds_instance_v3.md`, note: '`region` - (Optional, String, ForceNew) Specifies the region of the DDS instance. — schema: opentelekomcloud/services/dds/resource_opentelekomcloud_dds_instance_v3.go' },
    ],
    source: `${TF_DOCS}/dds_instance_v3.md`,
    note: 'Document Database (MongoDB-compatible). Encryption at rest: `disk_encryption_id` (ForceNew). `ssl` defaults to true.',
    encryptionAtRest: {
      check: EncryptionCheck.KEY,
      argument: 'disk_encryption_id',
      what: 'DDS instance',
      fix: 'Set disk_encryption_id to a KMS key id.',
      verified: true,
      source: `${RESOURCES}/dds_instance_v3.md`,
    },
    encryptionInTransit: {
      check: TransitCheck.TLS_FLAG,
      argument: 'ssl',
      what: 'document database',
      defaultOn: true,
      fix: 'Set ssl = true (the default).',
      verified: true,
      source: `${RESOURCES}/dds_instance_v3.md`,
    },
  },
  {
    resourceType: 'opentelekomcloud_css_cluster_v1',
    category: ResourceCategory.DATABASE,
    locationArguments: ['node_config.availability_zone'],
    locationShapes: [
      { path: 'node_config.availability_zone', shape: LocationArgumentShape.BLOCK, kind: LocationKind.ZONE, verified: true, source: `${TF_DOCS}/css_cluster_v1.md` },
    ],
    source: `${TF_DOCS}/css_cluster_v1.md`,
    note: 'Cloud Search Service (Elasticsearch/OpenSearch); AZ is nested in `node_config`. Encryption: `node_config.volume.encryption_key` (KMS key ID; default master keys not allowed). `enable_https`, `enable_authority`.',
    encryptionAtRest: {
      check: EncryptionCheck.KEY,
      argument: 'node_config.volume.encryption_key',
      what: 'CSS cluster',
      fix: 'Set node_config { volume { encryption_key = <KMS key id> } } (not a default master key).',
      verified: true,
      source: `${RESOURCES}/css_cluster_v1.md`,
    },
    encryptionInTransit: {
      check: TransitCheck.TLS_FLAG,
      argument: 'enable_https',
      what: 'search cluster',
      fix: 'Set enable_https = true (forces a new cluster).',
      verified: true,
      source: `${RESOURCES}/css_cluster_v1.md`,
    },
  },
  // --- Block volumes ---
  {
    resourceType: 'opentelekomcloud_evs_volume_v3',
    category: ResourceCategory.VOLUME,
    locationArguments: ['availability_zone'],
    locationShapes: [
      { path: 'availability_zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/evs_volume_v3.md`, note: '`availability_zone` - (Required) The availability zone for the volume. — schema: opentelekomcloud/services/evs/resource_opentelekomcloud_evs_volume_v3.go' },
    ],
    source: `${TF_DOCS}/evs_volume_v3.md`,
    note: 'Encryption: `kms_id` (KMS key ID, ForceNew); absent = unencrypted. No region argument.',
    encryptionAtRest: {
      check: EncryptionCheck.KEY,
      argument: 'kms_id',
      what: 'EVS volume',
      fix: 'Set kms_id to a KMS key id.',
      verified: true,
      source: `${RESOURCES}/evs_volume_v3.md`,
    },
  },
  {
    resourceType: 'opentelekomcloud_blockstorage_volume_v2',
    category: ResourceCategory.VOLUME,
    locationArguments: ['availability_zone', 'region'],
    locationShapes: [
      { path: 'availability_zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/blockstorage_volume_v2.md`, note: '`availability_zone` - (Optional) The availability zone for the volume. — schema: opentelekomcloud/services/evs/resource_opentelekomcloud_blockstorage_volume_v2.go' },
    ],
    source: `${TF_DOCS}/blockstorage_volume_v2.md`,
    note: 'Encryption via `metadata`: `__system__encrypted = "1"` and `__system__cmkid = <KMS key ID>` (default "0" = unencrypted). `region` is in the schema only.',
    encryptionAtRest: {
      check: EncryptionCheck.FLAG,
      argument: 'metadata.__system__encrypted',
      what: 'volume',
      fix: 'Set metadata = { __system__encrypted = "1", __system__cmkid = <KMS key id> }, or use opentelekomcloud_evs_volume_v3 with kms_id.',
      absentText: 'not set (default "0")',
      falseText: '"0"',
      verified: true,
      source: `${RESOURCES}/blockstorage_volume_v2.md`,
    },
  },
  // --- Servers ---
  {
    resourceType: 'opentelekomcloud_compute_instance_v2',
    category: ResourceCategory.SERVER,
    locationArguments: ['availability_zone', 'region'],
    locationShapes: [
      { path: 'availability_zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/compute_instance_v2.md`, note: '`availability_zone` - (Optional) The availability zone in which to create the server. Changing this creates a new — schema: opentelekomcloud/services/ecs/resource_opentelekomcloud_compute_instance_v2.go' },
    ],
    source: `${TF_DOCS}/compute_instance_v2.md`,
    note: `No disk-encryption argument on \`block_device\`; attach encrypted EVS volumes instead. ${UNDOCUMENTED_REGION}`,
  },
  {
    resourceType: 'opentelekomcloud_ecs_instance_v1',
    category: ResourceCategory.SERVER,
    locationArguments: ['availability_zone'],
    locationShapes: [
      { path: 'availability_zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/ecs_instance_v1.md`, note: '`availability_zone` - (Required, String, ForceNew) The availability zone in which to create the server. — schema: opentelekomcloud/services/ecs/resource_opentelekomcloud_ecs_instance_v1.go' },
    ],
    source: `${TF_DOCS}/ecs_instance_v1.md`,
    note: 'Disk encryption: `system_disk_kms_id` and `data_disks.kms_id` (ForceNew).',
    encryptionAtRest: {
      check: EncryptionCheck.KEYS,
      keys: [
        { argument: 'system_disk_kms_id', what: 'system disk', fix: 'Set system_disk_kms_id to a KMS key id.' },
        { argument: 'data_disks', field: 'kms_id', what: 'data disk', fix: 'Set kms_id on every data_disks block.' },
      ],
      verified: true,
      source: `${RESOURCES}/ecs_instance_v1.md`,
    },
  },
  {
    resourceType: 'opentelekomcloud_sfs_turbo_share_v1',
    source: `${RESOURCES}/sfs_turbo_share_v1.md`,
    encryptionAtRest: {
      check: EncryptionCheck.KEY,
      argument: 'crypt_key_id',
      what: 'SFS Turbo file system',
      fix: 'Set crypt_key_id to a KMS key id.',
      verified: true,
      source: `${RESOURCES}/sfs_turbo_share_v1.md`,
    },
  },
  {
    resourceType: 'opentelekomcloud_rds_read_replica_v3',
    source: `${RESOURCES}/rds_read_replica_v3.md`,
    encryptionAtRest: {
      check: EncryptionCheck.KEY,
      argument: 'volume.disk_encryption_id',
      what: 'RDS read replica',
      fix: 'Set volume { disk_encryption_id = <KMS key id> }.',
      verified: true,
      source: `${RESOURCES}/rds_read_replica_v3.md`,
    },
  },
  {
    resourceType: 'opentelekomcloud_lb_listener_v2',
    source: `${RESOURCES}/lb_listener_v2.md`,
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
            redirects: [
              {
                childTypes: ['opentelekomcloud_lb_l7policy_v2', 'opentelekomcloud_lb_policy_v3'],
                match: { any: [{ tests: [{ path: 'action', equalTo: 'redirect_to_listener' }] }, { tests: [{ path: 'redirect_url_config.protocol', equalTo: 'https' }] }] },
              },
            ],
            message: 'The listener\'s `protocol` is HTTP and no policy redirects it to an HTTPS listener: traffic is served in plain text.',
            fix: 'Use protocol TERMINATED_HTTPS with default_tls_container_ref, or add an opentelekomcloud_lb_l7policy_v2 with action REDIRECT_TO_LISTENER to an HTTPS listener.',
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
    resourceType: 'opentelekomcloud_lb_listener_v3',
    source: `${RESOURCES}/lb_listener_v3.md`,
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
            redirects: [
              {
                childTypes: ['opentelekomcloud_lb_l7policy_v2', 'opentelekomcloud_lb_policy_v3'],
                match: { any: [{ tests: [{ path: 'action', equalTo: 'redirect_to_listener' }] }, { tests: [{ path: 'redirect_url_config.protocol', equalTo: 'https' }] }] },
              },
            ],
            message: 'The listener\'s `protocol` is HTTP and no policy redirects it to an HTTPS listener: traffic is served in plain text.',
            fix: 'Use protocol HTTPS with default_tls_container_ref, or add an opentelekomcloud_lb_policy_v3 with action REDIRECT_TO_LISTENER to an HTTPS listener.',
            attribute: 'protocol',
          },
          { step: ListenerStep.PORT80_IF_PROTOCOL, protocols: ['tcp'] },
        ],
      },
      verified: true,
      source: `${RESOURCES}/lb_listener_v3.md`,
    },
  },
  {
    resourceType: 'opentelekomcloud_identity_project_v3',
    source: `${RESOURCES}/cts_tracker_v3.md`,
    auditLogging: {
      check: AuditCheck.ANY_TRAIL,
      message: 'The configuration creates a project but no enabled Cloud Trace Service tracker records its API operations.',
      fix: 'Add an opentelekomcloud_cts_tracker_v3 { status = "enabled", bucket_name = <a WORM OBS bucket> } for the project.',
      verified: true,
      source: `${RESOURCES}/cts_tracker_v3.md`,
    },
  },
];
