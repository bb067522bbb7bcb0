import { LocationArgumentShape } from '../facts/location';
import { IpsecSetting } from '../facts/ipsec';
import { AuditCheck } from '../facts/audit';
import { LockShape, LifecycleShape } from '../facts/stores';
import { ExposureCheck, ApiAccessStep, RuleProtocol, S3_PUBLIC_OBJECT_ACLS } from '../facts/exposure';
import { ListenerStep, TransitCheck } from '../facts/transit';
import { EncryptionCheck } from '../facts/encryption';
import { SecondaryLocationDefault, SecondaryLocationRead } from '../facts/location';
import { ConfigurationRole, ResourceCategory, ResourceTypeFact } from '../types';

/** Scaleway Terraform provider docs at the newest release tag checked (v2.81.0). */
export const TF = 'https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0';

/** scaleway-sdk-go at the commit pinned by terraform-provider-scaleway v2.81.0 (go.mod). */
export const SDK = 'https://github.com/scaleway/scaleway-sdk-go/blob/729b6c016cc8de49dc0edf3d7ca3463c6cad54b4';

/** The documentation of its resources, at the release the facts were read from. */
export const RESOURCES = `${TF}/docs/resources`;

/** Resource types of Scaleway the catalog describes: what each holds, where it is and how the rules judge it. */
export const SCALEWAY_RESOURCE_TYPES: ResourceTypeFact[] = [
  // --- Site-to-site VPN (IPsec parameters judged against BSI TR-02102-3: lib/catalog/facts/ipsec.ts)
  {
    resourceType: 'scaleway_s2s_vpn_connection',
    source: `${TF}/docs/resources/s2s_vpn_connection.md`,
    note: 'IKEv2 only (`ikev2_ciphers`, `esp_ciphers { encryption, integrity, dh_group }`); defaults of absent ciphers are not documented.',
    encryptionInTransit: {
      check: TransitCheck.IPSEC,
      ipsec: {
        what: 'Site-to-Site VPN connection',
        arguments: [
          { path: 'ikev2_ciphers.encryption', setting: IpsecSetting.ENCRYPTION, phase: 'IKE (phase 1)' },
          { path: 'ikev2_ciphers.integrity', setting: IpsecSetting.INTEGRITY, phase: 'IKE (phase 1)' },
          { path: 'ikev2_ciphers.dh_group', setting: IpsecSetting.DH_GROUP, phase: 'IKE (phase 1)' },
          { path: 'esp_ciphers.encryption', setting: IpsecSetting.ENCRYPTION, phase: 'ESP (phase 2)' },
          { path: 'esp_ciphers.integrity', setting: IpsecSetting.INTEGRITY, phase: 'ESP (phase 2)' },
          { path: 'esp_ciphers.dh_group', setting: IpsecSetting.PFS_GROUP, phase: 'ESP (phase 2)' },
        ],
      },
      verified: true,
      source: `${TF}/docs/resources/s2s_vpn_connection.md`,
    },
  },
  {
    resourceType: 'scaleway_k8s_cluster',
    category: ResourceCategory.KUBERNETES_CLUSTER,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/k8s_cluster.md`, note: '`region` - (Optional, Computed, Defaults to provider `region`) The region in which the cluster should be created. — schema: regional/zonal.Schema(), TypeString (internal/locality)' },
    ],
    source: `${TF}/docs/resources/k8s_cluster.md`,
    note:
      '`region` defaults to the provider region (fr-par if unset). `private_network_id` is required. ' +
      '`type` `kapsule`/`multicloud` = mutualized control plane; `kapsule-dedicated-4|8|16` / ' +
      '`multicloud-dedicated-4|8|16` = dedicated control plane, which is what turns on Kubernetes API audit logs ' +
      '(exported to Cockpit). No encryption argument.',
    publicExposure: {
      check: ExposureCheck.API_ACCESS,
      apiAccess: [
        {
          step: ApiAccessStep.REQUIRE_CHILD,
          childTypes: ['scaleway_k8s_acl'],
          message: 'No scaleway_k8s_acl is attached, so the cluster keeps its default ACL allowing 0.0.0.0/0 to reach the Kubernetes API.',
          fix: 'Add a scaleway_k8s_acl with cluster_id pointing at this cluster and acl_rules for your admin ranges (or no_ip_allowed = true).',
        },
      ],
      verified: true,
      source: `${RESOURCES}/k8s_acl.md`,
    },
    auditLogging: {
      check: AuditCheck.VALUE_PATTERN,
      argument: 'type',
      absentValue: 'kapsule',
      pattern: '-dedicated-',
      what: 'The cluster type (and so its audit log)',
      message: 'The cluster type "{value}" is a mutualized control plane, which produces no Kubernetes API audit log.',
      fix: 'Use a dedicated control plane (type = "kapsule-dedicated-4/8/16" or "multicloud-dedicated-*"), whose API-server audit logs go to Cockpit, or run an in-cluster audit pipeline (a DaemonSet labelled cdktf-sovereign.org/component=audit-log-pipeline).',
      verified: true,
      source: `${RESOURCES}/k8s_cluster.md`,
    },
  },
  {
    resourceType: 'scaleway_k8s_pool',
    category: ResourceCategory.NODE_POOL,
    locationArguments: ['zone', 'region'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/k8s_pool.md`, note: '`zone` - (Optional, Computed, Defaults to provider `zone`) The zone in which the pool should be created. — schema: regional/zonal.Schema(), TypeString (internal/locality)' },
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/k8s_pool.md`, note: '`region` - (Optional, Computed, Defaults to provider `region`) The region in which the pool should be created. — schema: regional/zonal.Schema(), TypeString (internal/locality)' },
    ],
    source: `${TF}/docs/resources/k8s_pool.md`,
    note:
      '`zone` (where the nodes run) defaults to the provider zone and can differ from `region`: the doc example ' +
      'puts a pool of a fr-par `multicloud` cluster in nl-ams-1, so check `zone`, not only the cluster region. ' +
      '`region` must match the cluster. `root_volume_type` (`l_ssd`, `sbs_5k`, `sbs_15k`, legacy `b_ssd`) and ' +
      '`root_volume_size_in_gb`; no encryption argument for node disks. `public_ip_disabled` removes public IPs ' +
      '(needs a Public Gateway). Node type `external` = nodes outside Scaleway (Kosmos multicloud).',
    encryptionAtRest: {
      check: EncryptionCheck.NOT_ENCRYPTABLE,
      message: 'The pool\'s node disks have no encryption argument (root_volume_type only) and Scaleway documents no platform encryption for them. Node disks hold container images, emptyDir volumes and logs, which can contain personal data.',
      fix: 'Keep personal data on encrypted PersistentVolumes (csi.scaleway.com with a LUKS secret). If the provider confirms platform encryption, suppress with that reference.',
      verified: false,
      source: `${RESOURCES}/k8s_pool.md`,
    },
  },
  {
    resourceType: 'scaleway_k8s_acl',
    category: ResourceCategory.FIREWALL,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/k8s_acl.md`, note: '`region` - (Optional, Computed, Defaults to provider `region`) The region in which the ACL rule should be created. — schema: regional/zonal.Schema(), TypeString (internal/locality)' },
    ],
    source: `${TF}/docs/resources/k8s_acl.md`,
    note: 'IP allow-list for the Kubernetes API server of a cluster.',
    publicExposure: {
      check: ExposureCheck.API_ACCESS,
      apiAccess: [
        { step: ApiAccessStep.PASS_IF_FLAG, argument: 'no_ip_allowed' },
        {
          step: ApiAccessStep.CIDR_ENTRIES,
          values: 'acl_rules.ip',
          attribute: 'acl_rules',
          message: 'acl_rules admit {sources}: the Kubernetes API is open to the internet.',
          unknownMessage: 'acl_rules ip {sources} cannot be verified before apply; the Kubernetes API may be open to the internet.',
        },
      ],
      verified: true,
      source: `${RESOURCES}/k8s_acl.md`,
    },
  },
  {
    resourceType: 'scaleway_object_bucket',
    category: ResourceCategory.BUCKET,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/object_bucket.md`, note: '`region` - (Optional, Computed) The region in which the bucket will be created. — schema: regional/zonal.Schema(), TypeString (internal/locality)' },
    ],
    source: `${TF}/docs/resources/object_bucket.md`,
    note:
      'No encryption argument (use scaleway_object_bucket_server_side_encryption_configuration). Versioning is the ' +
      'inline `versioning { enabled }` block, lifecycle the inline `lifecycle_rule` blocks (no separate resources). ' +
      '`object_lock_enabled` (forces new) is required for scaleway_object_bucket_lock_configuration. `acl` is ' +
      'deprecated in favour of scaleway_object_bucket_acl. Data residency: a lifecycle `transition` to ' +
      '`GLACIER` stores objects in Paris whatever the bucket region; `ONEZONE_IA` exists only in fr-par; GLACIER is ' +
      'not available in pl-waw. ID form `{region}/{name}`.',
    encryptionAtRest: {
      check: EncryptionCheck.S3_BUCKET,
      configurationType: 'scaleway_object_bucket_server_side_encryption_configuration',
      verified: true,
      source: `${RESOURCES}/object_bucket.md`,
    },
    publicExposure: { check: ExposureCheck.BUCKET, bucket: { cannedAcl: 'acl' }, verified: true, source: `${RESOURCES}/object_bucket.md` },
    store: {
      lockArguments: [{ shape: LockShape.FLAG, argument: 'object_lock_enabled' }],
      lockHow: 'Create the bucket with object_lock_enabled = true and add a scaleway_object_bucket_lock_configuration',
      lifecycle: { shape: LifecycleShape.S3, rules: 'lifecycle_rule' },
      expiryHow: 'Add an enabled lifecycle_rule with expiration { days = N } and no prefix',
      noncurrentHow: 'Add noncurrent_version_expiration { noncurrent_days = N } to an enabled lifecycle_rule without prefix or tags',
      versioning: [{ argument: 'versioning', fields: ['enabled', 'status'], scalarIsFlag: true }],
      versioningHow: 'Set versioning { enabled = true }.',
    },
  },
  {
    resourceType: 'scaleway_object_bucket_server_side_encryption_configuration',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/object_bucket_server_side_encryption_configuration.md`, note: '`region` - (Optional, Computed) The region in which the bucket is located. — schema: regional/zonal.Schema(), TypeString (internal/locality)' },
    ],
    source: `${TF}/docs/resources/object_bucket_server_side_encryption_configuration.md`,
    note:
      '`rule { apply_server_side_encryption_by_default { sse_algorithm = "AES256" | "aws:kms", kms_master_key_id } ' +
      'bucket_key_enabled }`. AES256 = SSE-ONE (Scaleway-managed keys); aws:kms = SSE-KMS with a Key Manager key ' +
      '(kms_master_key_id required). `bucket` may be a regional ID `{region}/{name}`, whose region then wins over `region`.',
    encryptionAtRest: { check: EncryptionCheck.S3_CONFIGURATION, verified: true, source: `${RESOURCES}/object_bucket_server_side_encryption_configuration.md` },
    configures: ConfigurationRole.ENCRYPTION,
  },
  {
    resourceType: 'scaleway_object',
    source: `${RESOURCES}/object.md`,
    note: '`visibility` - "public-read" or "private"; absent, the object is private. The object lives in its bucket (no location of its own).',
    publicExposure: {
      check: ExposureCheck.OBJECT,
      objectAccess: { argument: 'visibility', publicValues: { 'public-read': S3_PUBLIC_OBJECT_ACLS['public-read'] } },
      verified: true,
      source: `${RESOURCES}/object.md`,
    },
  },
  {
    resourceType: 'scaleway_object_bucket_acl',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/object_bucket_acl.md`, note: '`region` - (Optional, Computed) The region in which the bucket should be created. — schema: regional/zonal.Schema(), TypeString (internal/locality)' },
    ],
    source: `${TF}/docs/resources/object_bucket_acl.md`,
    note:
      'Canned `acl` (e.g. private, public-read) or `access_control_policy` grants. `bucket` may be a regional ID ' +
      '`{region}/{name}`, whose region then wins over `region`.',
    publicExposure: {
      check: ExposureCheck.BUCKET,
      bucket: { cannedAcl: 'acl', grants: { path: 'access_control_policy.grant', uri: 'grantee.uri' } },
      verified: true,
      source: `${RESOURCES}/object_bucket_acl.md`,
    },
  },
  {
    resourceType: 'scaleway_object_bucket_policy',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    locationArguments: ['region'],
    source: `${TF}/docs/resources/object_bucket_policy.md`,
    note:
      'JSON `policy`. `region` is in the schema (internal/services/object/bucket_policy.go) though the doc does not ' +
      'list it; a regional `bucket` ID `{region}/{name}` wins over `region`.',
    publicExposure: {
      check: ExposureCheck.BUCKET,
      bucket: { policy: 'policy', policyDocumentTypes: ['aws_iam_policy_document'] },
      verified: true,
      source: `${RESOURCES}/object_bucket_policy.md`,
    },
  },
  {
    resourceType: 'scaleway_object_bucket_lock_configuration',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    locationArguments: ['region'],
    source: `${TF}/docs/resources/object_bucket_lock_configuration.md`,
    note:
      '`rule { default_retention { mode = GOVERNANCE | COMPLIANCE, days | years } }`; the bucket must have ' +
      '`object_lock_enabled = true`. `region` is in the schema though the doc does not list it.',
    configures: ConfigurationRole.OBJECT_LOCK,
  },
  {
    resourceType: 'scaleway_object_bucket_website_configuration',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    locationArguments: ['region'],
    source: `${TF}/docs/resources/object_bucket_website_configuration.md`,
    note: 'Static website hosting; content is served publicly at `{bucket}.s3-website.{region}.scw.cloud`.',
  },
  {
    resourceType: 'scaleway_vpc',
    category: ResourceCategory.NETWORK,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/vpc.md`, note: '`region` - (Optional, Computed, Defaults to provider `region`) The region of the VPC. — schema: regional/zonal.Schema(), TypeString (internal/locality)' },
    ],
    source: `${TF}/docs/resources/vpc.md`,
  },
  {
    resourceType: 'scaleway_vpc_private_network',
    category: ResourceCategory.NETWORK,
    locationArguments: ['region', 'zone'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/vpc_private_network.md`, note: '`region` - (Optional, Computed, Defaults to provider `region`) The region of the Private Network. — schema: regional/zonal.Schema(), TypeString (internal/locality)' },
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/vpc_private_network.md`, note: '`zone` - (Deprecated) Use `region` instead. — schema: regional/zonal.Schema(), TypeString (internal/locality)' },
    ],
    source: `${TF}/docs/resources/vpc_private_network.md`,
    note:
      'Regional Private Network inside a `vpc_id`. There is no separate subnet resource: subnets are the ' +
      '`ipv4_subnet { subnet }` and `ipv6_subnets` blocks of this resource. `zone` is deprecated (use `region`).',
  },
  {
    resourceType: 'scaleway_vpc_public_gateway',
    category: ResourceCategory.NETWORK,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${RESOURCES}/vpc_public_gateway.md`, note: '`zone` - (Optional, Computed, Defaults to provider `zone`) The zone in which the Public Gateway should be created.' },
    ],
    source: `${RESOURCES}/vpc_public_gateway.md`,
    note:
      'NAT gateway of Private Networks, with an optional SSH bastion (`bastion_enabled`, `bastion_port`, default 61000) ' +
      'that admits the Project\'s SSH keys; `allowed_ip_ranges` is "a definitive list of IP ranges (in CIDR notation) ' +
      'allowed to connect to the SSH bastion" (IPAM-mode gateways only).',
    publicExposure: {
      check: ExposureCheck.ALLOW_LIST,
      allowList: {
        entries: [{
          values: 'allowed_ip_ranges',
          attribute: 'allowed_ip_ranges',
          what: 'the SSH bastion (and through it every resource of the attached Private Networks)',
          // Public Gateway API, "Allowed IPs": "The default entry of 0.0.0.0/0 allows all IPs to connect."
          absentMeansAny: true,
        }],
        publicSwitch: { argument: 'bastion_enabled', absent: false },
        fix: 'Set allowed_ip_ranges to the address ranges of your administrators (never 0.0.0.0/0), or switch the bastion off (bastion_enabled = false) and reach the servers another way.',
      },
      verified: true,
      source: 'https://www.scaleway.com/en/developers/api/public-gateway/allowed-ips',
    },
  },
  {
    resourceType: 'scaleway_vpc_acl',
    category: ResourceCategory.FIREWALL,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/vpc_acl.md`, note: '`region` - (Optional, Computed, Defaults to provider `region`) The region of the ACL. — schema: regional/zonal.Schema(), TypeString (internal/locality)' },
    ],
    source: `${TF}/docs/resources/vpc_acl.md`,
    note: 'Network ACL rules for a VPC.',
  },
  {
    resourceType: 'scaleway_instance_security_group',
    category: ResourceCategory.FIREWALL,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/instance_security_group.md`, note: '`zone` - (Optional, Computed, Defaults to provider `zone`) The zone in which the security group should be created. — schema: regional/zonal.Schema(), TypeString (internal/locality)' },
    ],
    source: `${TF}/docs/resources/instance_security_group.md`,
    note:
      '`inbound_default_policy` and `outbound_default_policy` both default to `accept`; `stateful` defaults to true. ' +
      'Rules inline (`inbound_rule` / `outbound_rule { action, protocol, port, port_range, ip_range }`) unless ' +
      '`external_rules = true`.',
    publicExposure: {
      check: ExposureCheck.FIREWALL,
      firewall: {
        rules: 'inbound_rule',
        ordered: true,
        ruleResources: ['scaleway_instance_security_group_rules'],
        defaultPolicy: { argument: 'inbound_default_policy', acceptWords: ['accept'], absentAccepts: true, absentText: '(default "accept")' },
        action: { path: 'action', words: ['accept'] },
        peer: { cidrs: ['ip_range', 'ip'], absentMeansAny: true },
        protocol: { arguments: ['protocol'], absent: RuleProtocol.TCP },
        ports: { firstOf: ['port', 'port_range'] },
      },
      verified: true,
      source: `${RESOURCES}/instance_security_group.md`,
    },
  },
  {
    resourceType: 'scaleway_instance_security_group_rules',
    category: ResourceCategory.FIREWALL,
    source: `${TF}/docs/resources/instance_security_group_rules.md`,
    note:
      'No location argument: located by `security_group_id`, a zonal ID `{zone}/{id}`. Requires ' +
      '`external_rules = true` on the security group.',
    publicExposure: {
      check: ExposureCheck.FIREWALL,
      firewall: {
        rules: 'inbound_rule',
        ordered: true,
        groupType: 'scaleway_instance_security_group',
        action: { path: 'action', words: ['accept'] },
        peer: { cidrs: ['ip_range', 'ip'], absentMeansAny: true },
        protocol: { arguments: ['protocol'], absent: RuleProtocol.TCP },
        ports: { firstOf: ['port', 'port_range'] },
      },
      verified: true,
      source: `${RESOURCES}/instance_security_group_rules.md`,
    },
  },
  {
    resourceType: 'scaleway_key_manager_key',
    category: ResourceCategory.KMS,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/key_manager_key.md`, note: '`region` (String, Optional, Computed) – The region in which to create the key (e.g., `fr-par`). If not specified, defaults to the provider configur… — schema: regional/zonal.Schema(), TypeString (internal/locality)' },
    ],
    source: `${TF}/docs/resources/key_manager_key.md`,
    note:
      '`usage` symmetric_encryption (`algorithm` aes_256_gcm) / asymmetric_encryption / asymmetric_signing; ' +
      '`rotation_policy { rotation_period }`; `unprotected` (default false = protected against deletion); ' +
      '`origin` scaleway_kms (default) or external (BYOK via scaleway_key_manager_key_material). Key Manager API ' +
      'regions: fr-par, nl-ams, pl-waw (SDK).',
  },
  {
    resourceType: 'scaleway_rdb_instance',
    category: ResourceCategory.DATABASE,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/rdb_instance.md`, note: '`region` - (Optional, Computed, Defaults to provider `region`) The region — schema: regional/zonal.Schema(), TypeString (internal/locality)' },
    ],
    source: `${TF}/docs/resources/rdb_instance.md`,
    note:
      '`encryption_at_rest` (bool, optional, default false). `backup_same_region` (bool, optional/computed): set ' +
      'true to keep logical backups in the instance region. `volume_type` lssd | sbs_5k | sbs_15k; ' +
      '`private_network { pn_id, enable_ipam }`; `load_balancer` public endpoint is added by default when no ' +
      'private network is set.',
    encryptionAtRest: {
      check: EncryptionCheck.FLAG,
      argument: 'encryption_at_rest',
      what: 'database instance',
      fix: 'Set encryption_at_rest = true.',
      verified: true,
      source: `${RESOURCES}/rdb_instance.md`,
    },
    publicExposure: {
      check: ExposureCheck.ALLOW_LIST,
      allowList: {
        entries: [],
        // "A load-balancer endpoint will be set by default if no Private Network is" (rdb_instance.md).
        privateWhen: [{ tests: [{ path: 'private_network', isPresent: true }, { path: 'load_balancer', isAbsent: true }] }],
        childType: 'scaleway_rdb_acl',
        missingChildMessage:
          'The Database Instance has a public endpoint (a load_balancer block, or no private_network) and no scaleway_rdb_acl: ' +
          'Scaleway opens a new public endpoint with "full network access from anywhere (0.0.0.0/0)" ' +
          '(https://www.scaleway.com/en/docs/managed-databases/postgresql-and-mysql/concepts/).',
        fix: 'Attach the instance to a Private Network (private_network { pn_id, enable_ipam = true }) without a load_balancer block, or add a scaleway_rdb_acl listing only known address ranges.',
      },
      verified: true,
      source: `${RESOURCES}/rdb_instance.md`,
    },
    secondaryLocations: [{
      argument: 'backup_same_region',
      role: 'backup',
      read: SecondaryLocationRead.SAME_LOCATION_SWITCH,
      noneWhenTrue: 'disable_backup',
      absent: {
        behaviour: SecondaryLocationDefault.OTHER_LOCATION,
        statement: 'a backup is "stored on an offsite backend located in a different region than your database, by default"',
        verified: true,
        source: 'https://www.scaleway.com/en/developers/api/managed-database-postgre-mysql/backups',
      },
    }],
    backupRetention: {
      argument: 'backup_schedule_retention',
      disabledWhenTrue: 'disable_backup',
      fix: 'Set backup_schedule_retention to at most {days}.',
      verified: true,
      source: `${RESOURCES}/rdb_instance.md`,
    },
  },
  {
    resourceType: 'scaleway_rdb_read_replica',
    category: ResourceCategory.DATABASE,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/rdb_read_replica.md`, note: '`region` - (Optional, Computed, Defaults to provider `region`) The region — schema: regional/zonal.Schema(), TypeString (internal/locality)' },
    ],
    source: `${TF}/docs/resources/rdb_read_replica.md`,
  },
  {
    resourceType: 'scaleway_mongodb_instance',
    category: ResourceCategory.DATABASE,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/mongodb_instance.md`, note: '`region` - (Optional, Computed, Defaults to provider `region`) The region in which the MongoDB® instance should be created. — schema: regional/zonal.Schema(), TypeString (internal/locality)' },
    ],
    source: `${TF}/docs/resources/mongodb_instance.md`,
    note: 'No encryption argument. MongoDB API region list in the SDK: fr-par only.',
    encryptionAtRest: {
      check: EncryptionCheck.NOT_ENCRYPTABLE,
      message: 'The MongoDB instance has no encryption argument and Scaleway documents no encryption at rest for it.',
      fix: 'If the provider confirms platform encryption, suppress with that reference.',
      verified: false,
      source: `${RESOURCES}/mongodb_instance.md`,
    },
  },
  {
    resourceType: 'scaleway_redis_cluster',
    category: ResourceCategory.DATABASE,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/redis_cluster.md`, note: '`zone` - (Defaults to provider `zone`) The zone in which the — schema: regional/zonal.Schema(), TypeString (internal/locality)' },
    ],
    source: `${TF}/docs/resources/redis_cluster.md`,
    note: 'Zonal. No encryption-at-rest argument.',
    encryptionAtRest: {
      check: EncryptionCheck.NOT_ENCRYPTABLE,
      message: 'The Redis cluster has no encryption-at-rest argument and Scaleway documents no encryption at rest for it.',
      fix: 'If the provider confirms platform encryption, suppress with that reference.',
      verified: false,
      source: `${RESOURCES}/redis_cluster.md`,
    },
    encryptionInTransit: {
      check: TransitCheck.TLS_FLAG,
      argument: 'tls_enabled',
      what: 'Redis cluster',
      fix: 'Set tls_enabled = true (forces a new cluster).',
      verified: true,
      source: `${RESOURCES}/redis_cluster.md`,
    },
    publicExposure: {
      check: ExposureCheck.ALLOW_LIST,
      allowList: { entries: [{ values: 'acl.ip', attribute: 'acl', what: 'the Redis cluster' }] },
      verified: true,
      source: `${RESOURCES}/redis_cluster.md`,
    },
  },
  {
    resourceType: 'scaleway_sdb_sql_database',
    category: ResourceCategory.DATABASE,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/sdb_sql_database.md`, note: '`region` - (Optional, Computed, Defaults to provider `region`) The region in which the resource exists. — schema: regional/zonal.Schema(), TypeString (internal/locality)' },
    ],
    source: `${TF}/docs/resources/sdb_sql_database.md`,
    note: 'Serverless SQL Database. No encryption argument.',
    encryptionAtRest: {
      check: EncryptionCheck.NOT_ENCRYPTABLE,
      message: 'The Serverless SQL database has no encryption argument and Scaleway documents no encryption at rest for it.',
      fix: 'If the provider confirms platform encryption, suppress with that reference.',
      verified: false,
      source: `${RESOURCES}/sdb_sql_database.md`,
    },
  },
  {
    resourceType: 'scaleway_block_volume',
    category: ResourceCategory.VOLUME,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/block_volume.md`, note: '`zone` - (Defaults to the zone specified in the provider configuration). The zone in which the volume should be created. — schema: regional/zonal.Schema(), TypeString (internal/locality)' },
    ],
    source: `${TF}/docs/resources/block_volume.md`,
    note: 'SBS Block Storage (`iops` 5000 / 15000). No encryption argument.',
    encryptionAtRest: {
      check: EncryptionCheck.NOT_ENCRYPTABLE,
      message: 'Scaleway Block Storage volumes have no encryption argument, and platform encryption at rest is not documented outside the HDS offer.',
      fix: 'Encrypt inside the instance (LUKS) or, in Kubernetes, use an encrypted csi.scaleway.com StorageClass. If the provider confirms platform encryption, suppress with that reference.',
      verified: false,
      source: `${RESOURCES}/block_volume.md`,
    },
  },
  {
    resourceType: 'scaleway_instance_volume',
    category: ResourceCategory.VOLUME,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/instance_volume.md`, note: '`zone` - (Optional, Computed, Defaults to provider `zone`) The zone in which the volume should be created. — schema: regional/zonal.Schema(), TypeString (internal/locality)' },
    ],
    source: `${TF}/docs/resources/instance_volume.md`,
    note: 'No encryption argument.',
    encryptionAtRest: {
      check: EncryptionCheck.NOT_ENCRYPTABLE,
      message: 'Scaleway instance volumes have no encryption argument, and platform encryption at rest is not documented outside the HDS offer.',
      fix: 'Encrypt inside the instance (LUKS). If the provider confirms platform encryption, suppress with that reference.',
      verified: false,
      source: `${RESOURCES}/instance_volume.md`,
    },
  },
  {
    resourceType: 'scaleway_instance_user_data',
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${RESOURCES}/instance_user_data.md`, note: '`zone` - (Optional, Computed, Defaults to provider `zone`) The zone in which the server should be created. — schema: regional/zonal.Schema(), TypeString (internal/locality)' },
    ],
    userDataArguments: ['value'],
    source: `${RESOURCES}/instance_user_data.md`,
    note:
      'One user-data entry of a server (`key`, `value`): "The typical use case is to pass something like a shell script or a ' +
      'configuration file as user data"; the `cloud-init` key is read by cloud-init. The server reads it without authentication.',
  },
  {
    resourceType: 'scaleway_instance_server',
    category: ResourceCategory.SERVER,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/instance_server.md`, note: '`zone` - (Optional, Computed, Defaults to provider `zone`) The zone in which the server should be created. — schema: regional/zonal.Schema(), TypeString (internal/locality)' },
    ],
    source: `${TF}/docs/resources/instance_server.md`,
    note: 'No disk-encryption argument (`root_volume { volume_type, sbs_iops, size_in_gb }`).',
    publicExposure: {
      check: ExposureCheck.SERVER,
      publicAddress: {
        publicWhen: [{ tests: [{ path: 'ip_id', isSet: true }] }, { tests: [{ path: 'ip_ids', isSet: true }] }, { tests: [{ path: 'enable_dynamic_ip', isTrue: true }] }],
        what: 'a reserved IP (ip_id / ip_ids) or a dynamic IP (enable_dynamic_ip = true)',
        attribute: 'ip_id',
        verified: true,
        source: `${RESOURCES}/instance_server.md`,
      },
      verified: true,
      source: `${RESOURCES}/instance_server.md`,
    },
  },
  {
    resourceType: 'scaleway_baremetal_server',
    category: ResourceCategory.SERVER,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/baremetal_server.md`, note: '`zone` - (Optional, Computed, Defaults to provider `zone`) The zone in which the server should be created. — schema: regional/zonal.Schema(), TypeString (internal/locality)' },
    ],
    source: `${TF}/docs/resources/baremetal_server.md`,
  },
  {
    resourceType: 'scaleway_apple_silicon_server',
    category: ResourceCategory.SERVER,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/apple_silicon_server.md`, note: '`zone` - (Optional, Computed, Defaults to provider `zone`) The zone in which — schema: regional/zonal.Schema(), TypeString (internal/locality)' },
    ],
    source: `${TF}/docs/resources/apple_silicon_server.md`,
  },
  {
    resourceType: 'scaleway_lb_frontend',
    source: `${RESOURCES}/lb_frontend.md`,
    // A frontend filters sources only through ACLs (`acl` blocks, or `scaleway_lb_acl` with
    // `external_acls = true`); a Load Balancer is public unless `assign_flexible_ip = false`.
    publicExposure: {
      check: ExposureCheck.LISTENER,
      listener: {
        what: 'frontend',
        port: 'inbound_port',
        targetPort: { reference: 'backend_id', resourceType: 'scaleway_lb_backend', argument: 'forward_port' },
        filterBlocks: ['acl', 'external_acls'],
        filterChildTypes: ['scaleway_lb_acl'],
        loadBalancerType: 'scaleway_lb',
        publicWhen: [
          { tests: [{ path: 'ip_ids', isSet: true }] },
          { tests: [{ path: 'ip_id', isSet: true }] },
          { tests: [{ path: 'assign_flexible_ip', isTrue: true }] },
        ],
        privateWhen: [{ tests: [{ path: 'assign_flexible_ip', equalTo: 'false' }, { path: 'ip_ids', isUnset: true }, { path: 'ip_id', isUnset: true }] }],
        defaultPublicVerified: true,
        // Scaleway's generated Load Balancer API types: assign_flexible_ip "Default value is `true` (assign)".
        defaultPublicSource: 'https://github.com/scaleway/scaleway-sdk-js/pull/1312',
        fix: 'Add acl blocks that allow known source ranges (match { ip_subnet = [...] } action { type = "allow" }) followed by one that denies the rest, or reach the service through a VPN or a Public Gateway bastion instead of the Load Balancer.',
      },
      verified: true,
      source: `${RESOURCES}/lb_frontend.md`,
    },
    encryptionInTransit: {
      check: TransitCheck.LISTENER,
      listener: {
        protocolFrom: { reference: 'backend_id', resourceType: 'scaleway_lb_backend', argument: 'forward_protocol' },
        port: 'inbound_port',
        what: 'frontend',
        steps: [
          { step: ListenerStep.PASS_IF_TLS, arguments: ['certificate_ids'] },
          {
            step: ListenerStep.PASS_IF_REDIRECT,
            redirects: [
              {
                match: {
                  path: 'acl',
                  all: [
                    {
                      path: 'action',
                      tests: [{ path: 'type', equalTo: 'redirect' }],
                      all: [
                        {
                          path: 'redirect',
                          any: [
                            { tests: [{ path: 'type', equalTo: 'scheme' }, { path: 'target', equalTo: 'https' }] },
                            { tests: [{ path: 'type', equalTo: 'location' }, { path: 'target', httpsUrl: true }] },
                          ],
                        },
                      ],
                    },
                  ],
                },
              },
              {
                childTypes: ['scaleway_lb_acl'],
                match: {
                  path: 'action',
                  tests: [{ path: 'type', equalTo: 'redirect' }],
                  all: [
                    {
                      path: 'redirect',
                      any: [
                        { tests: [{ path: 'type', equalTo: 'scheme' }, { path: 'target', equalTo: 'https' }] },
                        { tests: [{ path: 'type', equalTo: 'location' }, { path: 'target', httpsUrl: true }] },
                      ],
                    },
                  ],
                },
              },
            ],
          },
          {
            step: ListenerStep.PLAIN_IF_PROTOCOL,
            protocols: ['http'],
            message: 'The frontend has no `certificate_ids` and its backend {backend} forwards HTTP: traffic on port {port} is plain HTTP, and no ACL redirects it to HTTPS.',
            fix: 'Add certificate_ids (a scaleway_lb_certificate) on port 443, and on port 80 an acl with action { type = "redirect", redirect { type = "scheme", target = "https" } }.',
            attribute: 'certificate_ids',
          },
          { step: ListenerStep.PORT80_IF_PROTOCOL },
        ],
      },
      verified: true,
      source: `${RESOURCES}/lb_frontend.md`,
    },
  },
  {
    resourceType: 'scaleway_rdb_acl',
    source: `${RESOURCES}/rdb_acl.md`,
    publicExposure: {
      check: ExposureCheck.ALLOW_LIST,
      allowList: {
        entries: [{ values: 'acl_rules.ip', attribute: 'acl_rules', what: 'the Database Instance' }],
        privateParentType: 'scaleway_rdb_instance',
        privateParentWhen: { tests: [{ path: 'private_network', isPresent: true }, { path: 'load_balancer', isAbsent: true }] },
      },
      verified: true,
      source: `${RESOURCES}/rdb_acl.md`,
    },
  },
  {
    resourceType: 'scaleway_secret_version',
    source: `${RESOURCES}/secret_version.md`,
    secretArguments: { arguments: ['data'] },
  },
];
