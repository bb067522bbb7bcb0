import { IpsecSetting } from '../facts/ipsec';
import { LocationArgumentShape, SecondaryLocationRead } from '../facts/location';
import { AuditCheck } from '../facts/audit';
import { LockShape } from '../facts/stores';
import { ExposureCheck, ApiAccessStep, RuleProtocol } from '../facts/exposure';
import { ListenerStep, TransitCheck } from '../facts/transit';
import { EncryptionCheck, UnsetKeyDefault } from '../facts/encryption';
import { ConfigurationRole, LocationKind, ResourceCategory, ResourceTypeFact } from '../types';

/** STACKIT Terraform provider docs at the newest release tag checked (v0.113.0, 2026-08-20). */
export const TF = 'https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0';

export const TF_DOCS = `${TF}/docs/resources`;

/** The documentation of its resources, at the release the facts were read from. */
export const RESOURCES = TF_DOCS;

// The VPN resources are newer than the catalog's tag: read at this commit of the provider's docs.
const STACKIT_VPN_DOC = 'https://github.com/stackitcloud/terraform-provider-stackit/blob/0feb5ea6d730024ef0b6ca65cbcfc707ba8f07e6/docs/resources/vpn_connection.md';

/** Resource types of STACKIT the catalog describes: what each holds, where it is and how the rules judge it. */
export const STACKIT_RESOURCE_TYPES: ResourceTypeFact[] = [
  // --- Site-to-site VPN (IPsec parameters judged against BSI TR-02102-3: lib/catalog/facts/ipsec.ts)
  {
    resourceType: 'stackit_vpn_connection',
    source: STACKIT_VPN_DOC,
    note: 'VPN connection of a VPN gateway: `tunnel1`/`tunnel2` with `phase1`/`phase2 { dh_groups, encryption_algorithms, integrity_algorithms }`; values read at the provider docs (dh_groups modp1024, modp2048, ecp256, ecp384, modp2048s256; integrity sha1, sha2_*).',
    encryptionInTransit: {
      check: TransitCheck.IPSEC,
      ipsec: {
        what: 'VPN connection',
        arguments: [
          { path: 'tunnel1.phase1.encryption_algorithms', setting: IpsecSetting.ENCRYPTION, phase: 'tunnel1 phase 1' },
          { path: 'tunnel1.phase1.integrity_algorithms', setting: IpsecSetting.INTEGRITY, phase: 'tunnel1 phase 1' },
          { path: 'tunnel1.phase1.dh_groups', setting: IpsecSetting.DH_GROUP, phase: 'tunnel1 phase 1' },
          { path: 'tunnel1.phase2.encryption_algorithms', setting: IpsecSetting.ENCRYPTION, phase: 'tunnel1 phase 2' },
          { path: 'tunnel1.phase2.integrity_algorithms', setting: IpsecSetting.INTEGRITY, phase: 'tunnel1 phase 2' },
          { path: 'tunnel1.phase2.dh_groups', setting: IpsecSetting.PFS_GROUP, phase: 'tunnel1 phase 2' },
          { path: 'tunnel2.phase1.encryption_algorithms', setting: IpsecSetting.ENCRYPTION, phase: 'tunnel2 phase 1' },
          { path: 'tunnel2.phase1.integrity_algorithms', setting: IpsecSetting.INTEGRITY, phase: 'tunnel2 phase 1' },
          { path: 'tunnel2.phase1.dh_groups', setting: IpsecSetting.DH_GROUP, phase: 'tunnel2 phase 1' },
          { path: 'tunnel2.phase2.encryption_algorithms', setting: IpsecSetting.ENCRYPTION, phase: 'tunnel2 phase 2' },
          { path: 'tunnel2.phase2.integrity_algorithms', setting: IpsecSetting.INTEGRITY, phase: 'tunnel2 phase 2' },
          { path: 'tunnel2.phase2.dh_groups', setting: IpsecSetting.PFS_GROUP, phase: 'tunnel2 phase 2' },
        ],
      },
      verified: true,
      source: STACKIT_VPN_DOC,
    },
  },
  // --- Managed Kubernetes (SKE) ---
  {
    resourceType: 'stackit_ske_cluster',
    category: ResourceCategory.KUBERNETES_CLUSTER,
    locationArguments: ['region', 'node_pools.availability_zones'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/ske_cluster.md`, note: '`region` (String) The resource region. If not defined, the provider region is used.' },
      { path: 'node_pools.availability_zones', shape: LocationArgumentShape.BLOCK, elementShape: LocationArgumentShape.LIST, kind: LocationKind.ZONE, verified: true, source: `${TF_DOCS}/ske_cluster.md`, note: 'Every node pool (a list of blocks) lists its zones.' },
    ],
    source: `${TF_DOCS}/ske_cluster.md`,
    note:
      'Node pools are INLINE (`node_pools` list attribute: `availability_zones` list e.g. `eu01-1`/`eu01-m`, `machine_type`, `minimum`, `maximum`, `volume_type` default `storage_premium_perf1`, `volume_size`); there is no separate node-pool resource. ' +
      'No node-volume encryption argument. `audit { enabled }` forwards the Kubernetes audit log to a Telemetry Router. `extensions.acl` restricts API access. Without `region`, the provider `default_region` (else eu01) applies.',
    encryptionAtRest: {
      check: EncryptionCheck.NOT_ENCRYPTABLE,
      message: 'The SKE node pools\' volumes have no encryption argument (volume_type only) and STACKIT documents no platform encryption for them. Node disks hold container images, emptyDir volumes and logs, which can contain personal data.',
      fix: 'Keep personal data on encrypted PersistentVolumes (block-storage.csi.stackit.cloud with encrypted: "true" and a KMS key). If the provider confirms platform encryption, suppress with that reference.',
      verified: false,
      source: `${RESOURCES}/ske_cluster.md`,
      judgedWhenSet: 'node_pools',
    },
    publicExposure: {
      check: ExposureCheck.API_ACCESS,
      apiAccess: [
        { step: ApiAccessStep.PASS_IF_VALUE, argument: 'network.control_plane.access_scope', equalTo: 'sna' },
        {
          step: ApiAccessStep.REQUIRE_FLAG,
          argument: 'extensions.acl.enabled',
          attribute: 'extensions.acl',
          unknownMessage: 'extensions.acl.enabled cannot be verified before apply; the Kubernetes API may be open to the internet.',
          message: 'The API ACL extension is not enabled (extensions.acl) and network.control_plane.access_scope is not "SNA", so the Kubernetes API accepts connections from any address.',
          fix: 'Set extensions = { acl = { enabled = true, allowed_cidrs = [...] } }, or access_scope = "SNA" in network.control_plane.',
        },
        { step: ApiAccessStep.ALLOW_LIST, argument: 'extensions.acl.allowed_cidrs', what: 'The API ACL' },
      ],
      verified: true,
      source: `${RESOURCES}/ske_cluster.md`,
    },
    auditLogging: {
      check: AuditCheck.FLAG,
      argument: 'audit.enabled',
      what: 'The SKE audit log',
      message: 'The SKE cluster\'s Kubernetes API audit log is off (audit.enabled is {state}).',
      fix: 'Set audit = { enabled = true } (forwards the API-server audit log to a Telemetry Router) or run an in-cluster audit pipeline (a DaemonSet labelled cdktf-sovereign.org/component=audit-log-pipeline).',
      verified: true,
      source: `${RESOURCES}/ske_cluster.md`,
    },
  },
  // --- Object storage ---
  {
    resourceType: 'stackit_objectstorage_bucket',
    category: ResourceCategory.BUCKET,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/objectstorage_bucket.md`, note: '`region` (String) The resource region. If not defined, the provider region is used.' },
    ],
    source: `${TF_DOCS}/objectstorage_bucket.md`,
    note:
      'Arguments: `name`, `project_id`, `region`, `object_lock` (bool, creation only, requires an active project compliance lock). No encryption, versioning, lifecycle or ACL arguments; manage those through the S3 API (e.g. the AWS provider, see the S3 guide). ' +
      'Exports `url_path_style` and `url_virtual_hosted_style`.',
    encryptionAtRest: { check: EncryptionCheck.PLATFORM, what: 'bucket', verified: true, source: `${RESOURCES}/objectstorage_bucket.md` },
    store: {
      lockArguments: [{ shape: LockShape.FLAG, argument: 'object_lock' }],
      lockHow: 'Enable stackit_objectstorage_compliance_lock, create the bucket with object_lock = true and add a stackit_objectstorage_default_retention',
      expiryHow: 'Add a lifecycle configuration (e.g. aws_s3_bucket_lifecycle_configuration) with an enabled rule, no filter and expiration.days',
      noncurrentHow: 'Add noncurrent_version_expiration { noncurrent_days = N } to an enabled, unfiltered rule of the bucket\'s lifecycle configuration (e.g. aws_s3_bucket_lifecycle_configuration)',
    },
  },
  {
    resourceType: 'stackit_objectstorage_compliance_lock',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/objectstorage_compliance_lock.md`, note: '`region` (String) The resource region. If not defined, the provider region is used.' },
    ],
    source: `${TF_DOCS}/objectstorage_compliance_lock.md`,
    note: 'Project-level prerequisite for Object Lock (one per project); exports `max_retention_days` (365 per STACKIT docs).',
  },
  {
    resourceType: 'stackit_objectstorage_default_retention',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/objectstorage_default_retention.md`, note: '`region` (String) The resource region. If not defined, the provider region is used.' },
    ],
    source: `${TF_DOCS}/objectstorage_default_retention.md`,
    note: 'Default WORM retention of an Object Lock bucket: `bucket_name`, `days`, `mode` (COMPLIANCE or GOVERNANCE per STACKIT docs).',
    configures: ConfigurationRole.DEFAULT_RETENTION,
    storeConfiguration: { retentionDays: 'days' },
  },
  {
    resourceType: 'stackit_objectstorage_credentials_group',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/objectstorage_credentials_group.md`, note: '`region` (String) The resource region. If not defined, the provider region is used.' },
    ],
    source: `${TF_DOCS}/objectstorage_credentials_group.md`,
    note: 'Groups S3 credentials; bucket access can be restricted per credentials group.',
  },
  {
    resourceType: 'stackit_objectstorage_credential',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/objectstorage_credential.md`, note: '`region` (String) The resource region. If not defined, the provider region is used.' },
    ],
    source: `${TF_DOCS}/objectstorage_credential.md`,
  },
  // --- Network ---
  {
    resourceType: 'stackit_network',
    category: ResourceCategory.NETWORK,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/network.md`, note: '`region` (String) The resource region. If not defined, the provider region is used.' },
    ],
    source: `${TF_DOCS}/network.md`,
    note: 'A STACKIT network carries its own IPv4/IPv6 prefix (`ipv4_prefix`, `ipv4_prefix_length`, `routed`, `dhcp`); there is no separate subnet resource.',
  },
  {
    resourceType: 'stackit_network_area',
    category: ResourceCategory.NETWORK,
    source: `${TF_DOCS}/network_area.md`,
    note: 'Organization-level STACKIT Network Area (SNA); no location argument. Regional settings live in `stackit_network_area_region`.',
  },
  {
    resourceType: 'stackit_network_area_region',
    category: ResourceCategory.NETWORK,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/network_area_region.md`, note: '`region` (String) The resource region. If not defined, the provider region is used.' },
    ],
    source: `${TF_DOCS}/network_area_region.md`,
  },
  {
    resourceType: 'stackit_vpc',
    category: ResourceCategory.NETWORK,
    source: `${TF_DOCS}/vpc.md`,
    note: 'Experimental resource; no location argument (regional parts in `stackit_vpc_region`).',
  },
  {
    resourceType: 'stackit_vpc_region',
    category: ResourceCategory.NETWORK,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/vpc_region.md`, note: '`region` (String) The resource region. If not defined, the provider region is used.' },
    ],
    source: `${TF_DOCS}/vpc_region.md`,
  },
  {
    resourceType: 'stackit_vpc_network_range',
    category: ResourceCategory.SUBNET,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/vpc_network_range.md`, note: '`region` (String) The resource region. If not defined, the provider region is used.' },
    ],
    source: `${TF_DOCS}/vpc_network_range.md`,
    note: 'Address range of a VPC (experimental); closest STACKIT equivalent of a subnet range.',
  },
  // --- Firewall ---
  {
    resourceType: 'stackit_security_group',
    category: ResourceCategory.FIREWALL,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/security_group.md`, note: '`region` (String) The resource region. If not defined, the provider region is used.' },
    ],
    source: `${TF_DOCS}/security_group.md`,
    note: '`stateful` (bool).',
  },
  {
    resourceType: 'stackit_security_group_rule',
    category: ResourceCategory.FIREWALL,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/security_group_rule.md`, note: '`region` (String) The resource region. If not defined, the provider region is used.' },
    ],
    source: `${TF_DOCS}/security_group_rule.md`,
    note: '`direction` ingress/egress, `ip_range`, `port_range { min, max }`, `protocol { name | number }`, `remote_security_group_id`.',
    publicExposure: {
      check: ExposureCheck.FIREWALL,
      firewall: {
        direction: { path: 'direction', words: ['ingress'], absent: false },
        peer: { cidrs: ['ip_range'], absentMeansAny: true, groups: ['remote_security_group_id'] },
        protocol: { arguments: ['protocol.name', 'protocol.number'], absent: RuleProtocol.ALL },
        ports: { min: 'port_range.min', max: 'port_range.max' },
      },
      verified: true,
      source: `${RESOURCES}/security_group_rule.md`,
    },
  },
  // --- KMS ---
  {
    resourceType: 'stackit_kms_keyring',
    category: ResourceCategory.KMS,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/kms_keyring.md`, note: '`region` (String) The resource region. If not defined, the provider region is used.' },
    ],
    source: `${TF_DOCS}/kms_keyring.md`,
    note: 'Not deleted on `terraform destroy` (only removed from state).',
  },
  {
    resourceType: 'stackit_kms_key',
    category: ResourceCategory.KMS,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/kms_key.md`, note: '`region` (String) The resource region. If not defined, the provider region is used.' },
    ],
    source: `${TF_DOCS}/kms_key.md`,
    note: '`algorithm` (e.g. `aes_256_gcm`), `purpose` (e.g. `symmetric_encrypt_decrypt`), `protection` (e.g. `software`), `access_scope` PUBLIC/SNA, `import_only`. Destroy only schedules deletion.',
  },
  {
    resourceType: 'stackit_kms_wrapping_key',
    category: ResourceCategory.KMS,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/kms_wrapping_key.md`, note: '`region` (String) The resource region. If not defined, the provider region is used.' },
    ],
    source: `${TF_DOCS}/kms_wrapping_key.md`,
  },
  // --- Audit / log pipeline ---
  {
    resourceType: 'stackit_telemetryrouter_instance',
    category: ResourceCategory.AUDIT_LOGGING,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/telemetryrouter_instance.md`, note: '`region` (String) STACKIT region name the resource is located in. If not defined, the provider region is used.' },
    ],
    source: `${TF_DOCS}/telemetryrouter_instance.md`,
    note: 'Target of `stackit_ske_cluster.audit.enabled` (SKE audit-log forwarding).',
  },
  {
    resourceType: 'stackit_telemetryrouter_destination',
    category: ResourceCategory.AUDIT_LOGGING,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/telemetryrouter_destination.md`, note: '`region` (String) STACKIT region name the resource is located in. If not defined, the provider region is used.' },
    ],
    source: `${TF_DOCS}/telemetryrouter_destination.md`,
    note: '`config.config_type` = `OpenTelemetry` or `S3`; the destination endpoint/bucket may be outside STACKIT, check it.',
    auditSink: { arguments: ['config.s3.bucket'], description: 'Telemetry Router destination {address}' },
    auditLogging: {
      check: AuditCheck.ENDPOINT_SINK,
      argument: 'config.opentelemetry.uri',
      what: 'Where this log sink is',
      message: 'Audit logs routed here go to {value}, whose location and immutability cannot be determined (SOV-LOCATION does not see OpenTelemetry receivers).',
      fix: 'Send audit logs to an S3 destination on an object-locked bucket of a catalogued EU region, or suppress with the location of the OpenTelemetry receiver as the reason.',
      verified: true,
      source: `${RESOURCES}/telemetryrouter_destination.md`,
    },
    secondaryLocations: [{ argument: 'config.s3.endpoint', role: 'log sink', read: SecondaryLocationRead.ENDPOINT }],
  },
  {
    resourceType: 'stackit_telemetrylink',
    category: ResourceCategory.AUDIT_LOGGING,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/telemetrylink.md`, note: '`region` (String) STACKIT region name the resource is located in. If not defined, the provider region is used.' },
    ],
    source: `${TF_DOCS}/telemetrylink.md`,
    note: 'Links a project, folder or organization (`resource_type`, `resource_id`) to a Telemetry Router; the doc does not say which telemetry (e.g. platform audit logs) flows through it.',
    telemetryLink: { target: 'resource_id' },
  },
  {
    resourceType: 'stackit_logs_instance',
    category: ResourceCategory.AUDIT_LOGGING,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/logs_instance.md`, note: '`region` (String) STACKIT region name the resource is located in. If not defined, the provider region is used.' },
    ],
    source: `${TF_DOCS}/logs_instance.md`,
    note: 'Log store with `retention_days` and `acl`.',
  },
  // --- Databases ---
  {
    resourceType: 'stackit_postgresflex_instance',
    category: ResourceCategory.DATABASE,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/postgresflex_instance.md`, note: '`region` (String) The resource region. If not defined, the provider region is used.' },
    ],
    source: `${TF_DOCS}/postgresflex_instance.md`,
    note: 'Customer-managed encryption: `encryption { kek_key_id, kek_key_version, kek_keyring_id, service_account }` (STACKIT KMS). Absent = no CMK (platform default not documented). `network.acl` restricts access.',
    encryptionAtRest: {
      check: EncryptionCheck.KEY,
      argument: 'encryption',
      what: 'PostgreSQL Flex instance',
      fix: 'Set encryption { kek_key_id, kek_key_version, kek_keyring_id, service_account } (STACKIT KMS).',
      // The docs describe `encryption` only as the KMS key to use; what an instance without it gets is not documented.
      unsetKey: {
        means: UnsetKeyDefault.UNDOCUMENTED,
        documentation: 'STACKIT documents `encryption` only as the STACKIT KMS key to use, and no default encryption at rest for a PostgreSQL Flex instance without it',
        source: `${RESOURCES}/postgresflex_instance.md`,
      },
      verified: true,
      source: `${RESOURCES}/postgresflex_instance.md`,
    },
    publicExposure: {
      check: ExposureCheck.ALLOW_LIST,
      allowList: {
        entries: [
          { values: 'network.acl', attribute: 'network.acl', what: 'the PostgreSQL Flex instance' },
          { values: 'acl', attribute: 'acl', what: 'the PostgreSQL Flex instance' },
        ],
        privateWhen: [{ tests: [{ path: 'network.access_scope', equalTo: 'sna' }] }],
      },
      verified: true,
      source: `${RESOURCES}/postgresflex_instance.md`,
    },
  },
  {
    resourceType: 'stackit_sqlserverflex_instance',
    category: ResourceCategory.DATABASE,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/sqlserverflex_instance.md`, note: '`region` (String) The resource region. If not defined, the provider region is used.' },
    ],
    source: `${TF_DOCS}/sqlserverflex_instance.md`,
    note: 'Customer-managed encryption: `encryption { kek_key_id, kek_key_version, kek_keyring_id, service_account }` (STACKIT KMS). Absent = no CMK (platform default not documented).',
    encryptionAtRest: {
      check: EncryptionCheck.KEY,
      argument: 'encryption',
      what: 'SQLServer Flex instance',
      fix: 'Set encryption { kek_key_id, kek_key_version, kek_keyring_id, service_account } (STACKIT KMS).',
      // The docs describe `encryption` only as the KMS key to use; what an instance without it gets is not documented.
      unsetKey: {
        means: UnsetKeyDefault.UNDOCUMENTED,
        documentation: 'STACKIT documents `encryption` only as the STACKIT KMS key to use, and no default encryption at rest for a SQLServer Flex instance without it',
        source: `${RESOURCES}/sqlserverflex_instance.md`,
      },
      verified: true,
      source: `${RESOURCES}/sqlserverflex_instance.md`,
    },
    publicExposure: {
      check: ExposureCheck.ALLOW_LIST,
      allowList: {
        entries: [
          { values: 'network.acl', attribute: 'network.acl', what: 'the SQLServer Flex instance' },
          { values: 'acl', attribute: 'acl', what: 'the SQLServer Flex instance' },
        ],
        privateWhen: [{ tests: [{ path: 'network.access_scope', equalTo: 'sna' }] }],
      },
      verified: true,
      source: `${RESOURCES}/sqlserverflex_instance.md`,
    },
  },
  {
    resourceType: 'stackit_mongodbflex_instance',
    category: ResourceCategory.DATABASE,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/mongodbflex_instance.md`, note: '`region` (String) The resource region. If not defined, the provider region is used.' },
    ],
    source: `${TF_DOCS}/mongodbflex_instance.md`,
    note: 'No encryption argument.',
    encryptionAtRest: {
      check: EncryptionCheck.NOT_ENCRYPTABLE,
      message: 'The MongoDB Flex instance has no encryption argument and STACKIT documents no encryption at rest for it.',
      fix: 'If the provider confirms platform encryption, suppress with that reference.',
      verified: false,
      source: `${RESOURCES}/mongodbflex_instance.md`,
    },
    publicExposure: {
      check: ExposureCheck.ALLOW_LIST,
      allowList: { entries: [{ values: 'acl', attribute: 'acl', what: 'the MongoDB Flex instance' }] },
      verified: true,
      source: `${RESOURCES}/mongodbflex_instance.md`,
    },
  },
  {
    resourceType: 'stackit_mariadb_instance',
    category: ResourceCategory.DATABASE,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/mariadb_instance.md`, note: '`region` (String) The resource region. If not defined, the provider region is used.' },
    ],
    source: `${TF_DOCS}/mariadb_instance.md`,
    note: 'No encryption argument.',
    encryptionAtRest: {
      check: EncryptionCheck.NOT_ENCRYPTABLE,
      message: 'The MariaDB instance has no encryption argument and STACKIT documents no encryption at rest for it.',
      fix: 'If the provider confirms platform encryption, suppress with that reference.',
      verified: false,
      source: `${RESOURCES}/mariadb_instance.md`,
    },
    publicExposure: {
      check: ExposureCheck.ALLOW_LIST,
      allowList: { entries: [{ values: 'parameters.sgw_acl', attribute: 'parameters.sgw_acl', what: 'the MariaDB instance', commaSeparated: true }] },
      verified: true,
      source: `${RESOURCES}/mariadb_instance.md`,
    },
  },
  {
    resourceType: 'stackit_redis_instance',
    category: ResourceCategory.DATABASE,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/redis_instance.md`, note: '`region` (String) The resource region. If not defined, the provider region is used.' },
    ],
    source: `${TF_DOCS}/redis_instance.md`,
    note: 'No encryption argument.',
    encryptionAtRest: {
      check: EncryptionCheck.NOT_ENCRYPTABLE,
      message: 'The Redis instance has no encryption argument and STACKIT documents no encryption at rest for it.',
      fix: 'If the provider confirms platform encryption, suppress with that reference.',
      verified: false,
      source: `${RESOURCES}/redis_instance.md`,
    },
    publicExposure: {
      check: ExposureCheck.ALLOW_LIST,
      allowList: { entries: [{ values: 'parameters.sgw_acl', attribute: 'parameters.sgw_acl', what: 'the Redis instance', commaSeparated: true }] },
      verified: true,
      source: `${RESOURCES}/redis_instance.md`,
    },
  },
  {
    resourceType: 'stackit_opensearch_instance',
    category: ResourceCategory.DATABASE,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/opensearch_instance.md`, note: '`region` (String) The resource region. If not defined, the provider region is used.' },
    ],
    source: `${TF_DOCS}/opensearch_instance.md`,
    note: 'No encryption argument.',
    encryptionAtRest: {
      check: EncryptionCheck.NOT_ENCRYPTABLE,
      message: 'The OpenSearch instance has no encryption argument and STACKIT documents no encryption at rest for it.',
      fix: 'If the provider confirms platform encryption, suppress with that reference.',
      verified: false,
      source: `${RESOURCES}/opensearch_instance.md`,
    },
    publicExposure: {
      check: ExposureCheck.ALLOW_LIST,
      allowList: { entries: [{ values: 'parameters.sgw_acl', attribute: 'parameters.sgw_acl', what: 'the OpenSearch instance', commaSeparated: true }] },
      verified: true,
      source: `${RESOURCES}/opensearch_instance.md`,
    },
  },
  // --- Block volumes and servers ---
  {
    resourceType: 'stackit_volume',
    category: ResourceCategory.VOLUME,
    locationArguments: ['availability_zone', 'region'],
    locationShapes: [
      { path: 'availability_zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/volume.md`, note: '`availability_zone` (String) The availability zone of the volume.' },
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/volume.md`, note: '`region` (String) The resource region. If not defined, the provider region is used.' },
    ],
    source: `${TF_DOCS}/volume.md`,
    note: 'Encryption: `encryption_parameters { kek_key_id, kek_key_version, kek_keyring_id, service_account, key_payload_base64 }` (STACKIT KMS); read-only `encrypted` (bool). The parameters are not returned on import.',
    encryptionAtRest: {
      check: EncryptionCheck.KEY,
      argument: 'encryption_parameters',
      what: 'volume',
      fix: 'Set encryption_parameters { kek_key_id, kek_key_version, kek_keyring_id, service_account } (STACKIT KMS).',
      verified: true,
      source: `${RESOURCES}/volume.md`,
    },
  },
  {
    resourceType: 'stackit_server',
    category: ResourceCategory.SERVER,
    locationArguments: ['availability_zone', 'region'],
    locationShapes: [
      { path: 'availability_zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/server.md`, note: '`availability_zone` (String) The availability zone of the server.' },
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF_DOCS}/server.md`, note: '`region` (String) The resource region. If not defined, the provider region is used.' },
    ],
    source: `${TF_DOCS}/server.md`,
    note: '`boot_volume` has no encryption argument; use a pre-created encrypted `stackit_volume` as boot source (`source_type = "volume"`).',
  },
  {
    resourceType: 'stackit_loadbalancer',
    source: `${RESOURCES}/loadbalancer.md`,
    encryptionInTransit: {
      check: TransitCheck.LISTENER,
      listener: {
        blocks: 'listeners',
        protocol: 'protocol',
        port: 'port',
        what: 'listener',
        oneFinding: true,
        steps: [{ step: ListenerStep.PORT80_IF_PROTOCOL, protocols: ['protocol_tls_passthrough'], exceptProtocols: true }],
      },
      verified: true,
      source: `${RESOURCES}/loadbalancer.md`,
    },
  },
  {
    resourceType: 'stackit_application_load_balancer',
    source: `${RESOURCES}/application_load_balancer.md`,
    encryptionInTransit: {
      check: TransitCheck.LISTENER,
      listener: {
        blocks: 'listeners',
        protocol: 'protocol',
        port: 'port',
        what: 'listener',
        steps: [
          { step: ListenerStep.UNKNOWN_PROTOCOL },
          {
            step: ListenerStep.PLAIN_IF_PROTOCOL,
            protocols: ['protocol_http'],
            message: 'A listener on port {port} uses PROTOCOL_HTTP: traffic is served in plain text.',
            fix: 'Use PROTOCOL_HTTPS with https { certificate_config { certificate_ids } }.',
            attribute: 'listeners.protocol',
          },
        ],
      },
      verified: true,
      source: `${RESOURCES}/application_load_balancer.md`,
    },
  },
  {
    resourceType: 'stackit_resourcemanager_project',
    source: `${RESOURCES}/telemetrylink.md`,
    auditLogging: {
      check: AuditCheck.PLATFORM_RETENTION,
      // "Always on: Admin activities are recorded by default ... viewable, searchable, and downloadable for 90 days."
      platformDays: 90,
      message: 'The project\'s platform audit log is on (STACKIT records it by default), but STACKIT documents its history as viewable for {days} days ({source}), less than the policy minimum of {minimum}, and no stackit_telemetrylink in this configuration routes it to a Telemetry Router (a route on a parent folder or the organization, or set up outside Terraform, would not show here).',
      fix: 'Add a stackit_telemetrylink (resource_type = "project", resource_id = this project) to a stackit_telemetryrouter_instance with an S3 destination on an object-locked bucket, or suppress with a reference to the route configured elsewhere.',
      verified: true,
      source: 'https://docs.stackit.cloud/platform/audit-log',
    },
  },
];
