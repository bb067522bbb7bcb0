import { IpsecSetting } from '../facts/ipsec';
import { LocationArgumentShape, SecondaryLocationRead } from '../facts/location';
import { AuditCheck } from '../facts/audit';
import { LockShape } from '../facts/stores';
import { ExposureCheck, ApiAccessStep, RuleProtocol } from '../facts/exposure';
import { ListenerStep, TransitCheck } from '../facts/transit';
import { EncryptionCheck } from '../facts/encryption';
import { ConfigurationRole, ResourceCategory, ResourceTypeFact } from '../types';

// Sources, checked for this file: terraform-provider-ionoscloud at tag v6.7.34 (newest tag).
export const REPO = 'https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34';

export const TF = `${REPO}/docs/resources`;

export const DATACENTER = `${TF}/datacenter.md`;

/** The documentation of its resources, at the release the facts were read from. */
export const RESOURCES = TF;

/*
 * A NIC's firewall (`firewall_active`, nic.md; lan.md: `public` "Indicates if the LAN faces the
 * public Internet"): the Cloud API's `firewallActive` — "Activate or deactivate the firewall. By
 * default, an active firewall without any defined rules will block all incoming network traffic
 * except for the firewall rules that explicitly allows certain protocols, IP addresses and ports."
 * Deactivated, the NIC is not filtered.
 */
const IONOS_FIREWALL_SOURCE = 'https://api.ionos.com/docs/cloud/v6/'; // Nic properties: firewallActive (nic.md names only the argument)
const IONOS_FIREWALL_OFF = 'IONOS does not filter the NIC, so every port of the server is reachable from the internet (an active NIC firewall blocks all incoming traffic no rule allows)';
const IONOS_FIREWALL_FIX = 'Set firewall_active = true and allow only the ports the service needs with ionoscloud_firewall rules (or nic { firewall { … } }), or move the NIC to a private LAN.';

/** Resource types of IONOS Cloud the catalog describes: what each holds, where it is and how the rules judge it. */
export const IONOS_CLOUD_RESOURCE_TYPES: ResourceTypeFact[] = [
  // --- Site-to-site VPN (IPsec parameters judged against BSI TR-02102-3: lib/catalog/facts/ipsec.ts)
  {
    resourceType: 'ionoscloud_vpn_ipsec_tunnel',
    source: `${TF}/vpn_ipsec_tunnel.md`,
    note: 'IPsec tunnel of a VPN gateway; `ike` and `esp` blocks with documented defaults AES256, SHA256, 16-MODP4096. The gateway permits IKEv2 only.',
    encryptionInTransit: {
      check: TransitCheck.IPSEC,
      ipsec: {
        what: 'IPsec tunnel',
        arguments: [
          { path: 'ike.encryption_algorithm', setting: IpsecSetting.ENCRYPTION, phase: 'IKE (phase 1)', documentedDefault: 'AES256' },
          { path: 'ike.integrity_algorithm', setting: IpsecSetting.INTEGRITY, phase: 'IKE (phase 1)', documentedDefault: 'SHA256' },
          { path: 'ike.diffie_hellman_group', setting: IpsecSetting.DH_GROUP, phase: 'IKE (phase 1)', documentedDefault: '16-MODP4096' },
          { path: 'esp.encryption_algorithm', setting: IpsecSetting.ENCRYPTION, phase: 'ESP (phase 2)', documentedDefault: 'AES256' },
          { path: 'esp.integrity_algorithm', setting: IpsecSetting.INTEGRITY, phase: 'ESP (phase 2)', documentedDefault: 'SHA256' },
          { path: 'esp.diffie_hellman_group', setting: IpsecSetting.PFS_GROUP, phase: 'ESP (phase 2)', documentedDefault: '16-MODP4096' },
        ],
      },
      verified: true,
      source: `${TF}/vpn_ipsec_tunnel.md`,
    },
  },
  // --- Managed Kubernetes
  {
    resourceType: 'ionoscloud_k8s_cluster',
    category: ResourceCategory.KUBERNETES_CLUSTER,
    locationArguments: ['location'],
    locationShapes: [
      { path: 'location', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/k8s_cluster.md`, note: '`location` - (Optional)[string] This attribute is mandatory if the cluster is private. The location must be enabled for your contract, or you must…' },
    ],
    source: `${TF}/k8s_cluster.md`,
    note: '`location` (e.g. "de/fra") is only mandatory for private clusters (`public = false`); public clusters have no location argument, so their data location follows the node pools\' data centres. `s3_buckets { name }` names the object-storage bucket that receives the Kubernetes API audit logs. `api_subnet_allow_list` restricts API access.',
    publicExposure: {
      check: ExposureCheck.API_ACCESS,
      apiAccess: [{ step: ApiAccessStep.ALLOW_LIST, argument: 'api_subnet_allow_list', emptyMeansOpen: true }],
      verified: true,
      source: `${RESOURCES}/k8s_cluster.md`,
    },
    auditLogging: {
      check: AuditCheck.SET,
      argument: 's3_buckets.name',
      attribute: 's3_buckets',
      message: 'The cluster sends its Kubernetes API audit logs nowhere: s3_buckets is not set.',
      fix: 'Add s3_buckets { name = <an object-locked ionoscloud_s3_bucket> } or run an in-cluster audit pipeline (a DaemonSet labelled cdktf-sovereign.org/component=audit-log-pipeline).',
      verified: true,
      source: `${RESOURCES}/k8s_cluster.md`,
    },
    auditSink: { arguments: ['s3_buckets.name'], description: 'the Kubernetes API audit log of {address}' },
    secondaryLocations: [{ argument: 's3_buckets.name', role: 'log sink', read: SecondaryLocationRead.REFERENCE }],
  },
  {
    resourceType: 'ionoscloud_k8s_node_pool',
    category: ResourceCategory.NODE_POOL,
    locationArguments: [],
    locationShapes: [
      { path: 'datacenter_id', shape: LocationArgumentShape.PARENT, parentTypes: ['ionoscloud_datacenter'], verified: true, source: `${TF}/k8s_node_pool.md`, note: 'The data centre\'s `location` is the resource\'s.' },
    ],
    source: `${TF}/k8s_node_pool.md`,
    note: 'Located through `datacenter_id` (the ionoscloud_datacenter `location`); `availability_zone` is AUTO / ZONE_1 / ZONE_2, not a location. `storage_type` SSD|HDD; no encryption argument (block volumes are encrypted by the platform).',
    encryptionAtRest: { check: EncryptionCheck.PLATFORM, what: 'node pool', verified: true, source: `${RESOURCES}/k8s_node_pool.md` },
  },
  // --- Object storage (contract-owned buckets)
  {
    resourceType: 'ionoscloud_s3_bucket',
    category: ResourceCategory.BUCKET,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/s3_bucket.md`, note: '`region` - (Optional)[string] Specifies the Region where the bucket will be created. Available regions are: `eu-central-3`, `eu-central-4`, `us-cen…' },
    ],
    source: `${TF}/s3_bucket.md`,
    note: 'Contract-owned bucket. `region` = eu-central-3 | eu-central-4 | us-central-1; when unset, the provider `s3_region` (IONOS_S3_REGION) applies, default eu-central-3 (Berlin). `object_lock_enabled` only at creation. Encryption, versioning, lifecycle, policy, public-access block and object-lock rules are separate resources.',
    encryptionAtRest: {
      check: EncryptionCheck.S3_BUCKET,
      configurationType: 'ionoscloud_s3_bucket_server_side_encryption_configuration',
      verified: true,
      source: `${RESOURCES}/s3_bucket.md`,
    },
    publicExposure: {
      check: ExposureCheck.BUCKET,
      bucket: { publicAccessBlockType: 'ionoscloud_s3_bucket_public_access_block' },
      verified: true,
      source: `${RESOURCES}/s3_bucket.md`,
    },
    store: {
      lockArguments: [{ shape: LockShape.FLAG, argument: 'object_lock_enabled' }],
      lockHow: 'Create the bucket with object_lock_enabled = true and add an ionoscloud_s3_bucket_object_lock_configuration',
      expiryHow: 'Add an ionoscloud_s3_bucket_lifecycle_configuration with an enabled rule and expiration.days',
      noncurrentHow: 'Add noncurrent_version_expiration { noncurrent_days = N } to an enabled rule of an ionoscloud_s3_bucket_lifecycle_configuration',
      versioningHow: 'Add an ionoscloud_s3_bucket_versioning resource with versioning_configuration { status = "Enabled" }.',
    },
  },
  {
    resourceType: 'ionoscloud_user_object_storage_bucket',
    category: ResourceCategory.BUCKET,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/user_object_storage_bucket.md`, note: '`region` - (Required)[string] The region where the bucket is created. Available regions:' },
    ],
    source: `${TF}/user_object_storage_bucket.md`,
    note: 'User-owned (legacy) bucket. `region` = de (Frankfurt, endpoint s3.eu-central-1) | eu-central-2 (Berlin) | eu-south-2 (Logroño). Sub-resources (versioning, lifecycle, SSE, policy …) are NOT supported for user-owned buckets; region is not read back on import (defaults to "de").',
    encryptionAtRest: {
      check: EncryptionCheck.NOT_ENCRYPTABLE,
      message: 'User-owned (legacy) IONOS buckets cannot carry a server-side encryption configuration in Terraform.',
      fix: 'Use a contract-owned ionoscloud_s3_bucket with an ionoscloud_s3_bucket_server_side_encryption_configuration.',
      verified: true,
      source: `${RESOURCES}/user_object_storage_bucket.md`,
    },
  },
  {
    resourceType: 'ionoscloud_s3_bucket_server_side_encryption_configuration',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: `${TF}/s3_bucket_server_side_encryption_configuration.md`,
    note: '`rule { apply_server_side_encryption_by_default { sse_algorithm = "AES256" } }`; "AES256" is the only valid value (no KMS). Located through `bucket`.',
    encryptionAtRest: { check: EncryptionCheck.S3_CONFIGURATION, verified: true, source: `${RESOURCES}/s3_bucket_server_side_encryption_configuration.md` },
    configures: ConfigurationRole.ENCRYPTION,
  },
  {
    resourceType: 'ionoscloud_s3_bucket_versioning',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: `${TF}/s3_bucket_versioning.md`,
    note: '`versioning_configuration { status = "Enabled" | "Suspended", mfa_delete }`.',
    configures: ConfigurationRole.VERSIONING,
  },
  {
    resourceType: 'ionoscloud_s3_bucket_lifecycle_configuration',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: `${TF}/s3_bucket_lifecycle_configuration.md`,
    note: '`lifecycle_rule { status = "Enabled", expiration { days }, noncurrent_version_expiration, abort_incomplete_multipart_upload }`.',
    configures: ConfigurationRole.LIFECYCLE,
  },
  {
    resourceType: 'ionoscloud_s3_bucket_policy',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: `${TF}/s3_bucket_policy.md`,
    publicExposure: {
      check: ExposureCheck.BUCKET,
      bucket: { policy: 'policy', policyDocumentTypes: ['aws_iam_policy_document'] },
      verified: true,
      source: `${RESOURCES}/s3_bucket_policy.md`,
    },
  },
  {
    resourceType: 'ionoscloud_s3_bucket_public_access_block',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: `${TF}/s3_bucket_public_access_block.md`,
    note: '`block_public_acls`, `ignore_public_acls`, `block_public_policy`, `restrict_public_buckets` (bools).',
    publicExposure: { check: ExposureCheck.BUCKET, bucket: { isPublicAccessBlock: true }, verified: true, source: `${RESOURCES}/s3_bucket_public_access_block.md` },
  },
  {
    resourceType: 'ionoscloud_s3_bucket_object_lock_configuration',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: `${TF}/s3_bucket_object_lock_configuration.md`,
    note: '`object_lock_enabled = "Enabled"`, `rule { default_retention { mode = GOVERNANCE|COMPLIANCE, days | years } }`; the bucket needs `object_lock_enabled = true` at creation.',
    configures: ConfigurationRole.OBJECT_LOCK,
  },
  {
    resourceType: 'ionoscloud_s3_bucket_cors_configuration',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: `${TF}/s3_bucket_cors_configuration.md`,
  },
  {
    resourceType: 'ionoscloud_s3_bucket_website_configuration',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: `${TF}/s3_bucket_website_configuration.md`,
    note: 'Static website hosting (public content).',
  },
  // --- Networking
  {
    resourceType: 'ionoscloud_datacenter',
    category: ResourceCategory.NETWORK,
    locationArguments: ['location'],
    locationShapes: [
      { path: 'location', shape: LocationArgumentShape.STRING, verified: true, source: DATACENTER, note: '(Required, immutable) "The regional location where the Virtual Data Center will be created", e.g. `de/fra`, `us/las`.' },
    ],
    source: DATACENTER,
    note: 'Virtual Data Center (VDC): the location of everything inside it (servers, volumes, LANs, node pools, NSGs). `location` is immutable, e.g. "de/fra".',
  },
  {
    resourceType: 'ionoscloud_lan',
    category: ResourceCategory.NETWORK,
    source: `${TF}/lan.md`,
    note: 'L2 network inside a VDC (`datacenter_id`); `public = false` makes it private. IONOS has no separate subnet resource; `ipv4_cidr_block` is computed.',
  },
  {
    resourceType: 'ionoscloud_private_crossconnect',
    category: ResourceCategory.NETWORK,
    source: `${TF}/private_crossconnect.md`,
    note: 'Connects private LANs of several VDCs (possibly in different locations); no location argument.',
  },
  {
    resourceType: 'ionoscloud_firewall',
    category: ResourceCategory.FIREWALL,
    source: `${TF}/firewall.md`,
    note: 'Rule on one NIC (`datacenter_id`, `server_id`, `nic_id`, `protocol`, `source_ip`, `target_ip`, `port_range_start/end`, `type` INGRESS|EGRESS). The NIC must have `firewall_active = true` for rules to apply.',
    publicExposure: {
      check: ExposureCheck.FIREWALL,
      firewall: {
        direction: { path: 'type', words: ['ingress'], absent: true },
        peer: { cidrs: ['source_ip'], absentMeansAny: true },
        protocol: { arguments: ['protocol'], absent: RuleProtocol.UNKNOWN },
        ports: { min: 'port_range_start', max: 'port_range_end' },
      },
      verified: true,
      source: `${RESOURCES}/firewall.md`,
    },
  },
  {
    resourceType: 'ionoscloud_nic',
    source: `${TF}/nic.md`,
    note: 'A NIC of a server (`datacenter_id`, `server_id`, `lan`); `firewall_active` switches its firewall (rules: ionoscloud_firewall).',
    publicExposure: {
      check: ExposureCheck.SERVER,
      firewallSwitch: {
        argument: 'firewall_active',
        publicNetwork: { reference: 'lan', resourceType: 'ionoscloud_lan', match: { tests: [{ path: 'public', isTrue: true }] } },
        consequence: IONOS_FIREWALL_OFF,
        fix: IONOS_FIREWALL_FIX,
        verified: true,
        source: IONOS_FIREWALL_SOURCE,
      },
      verified: true,
      source: `${RESOURCES}/nic.md`,
    },
  },
  {
    resourceType: 'ionoscloud_nsg',
    category: ResourceCategory.FIREWALL,
    source: `${TF}/nsg.md`,
    note: 'Network security group in a VDC (`datacenter_id`).',
  },
  {
    resourceType: 'ionoscloud_nsg_firewallrule',
    category: ResourceCategory.FIREWALL,
    source: `${TF}/nsg_firewallrule.md`,
    publicExposure: {
      check: ExposureCheck.FIREWALL,
      firewall: {
        direction: { path: 'type', words: ['ingress'], absent: true },
        peer: { cidrs: ['source_ip'], absentMeansAny: true },
        protocol: { arguments: ['protocol'], absent: RuleProtocol.UNKNOWN },
        ports: { min: 'port_range_start', max: 'port_range_end' },
      },
      verified: true,
      source: `${RESOURCES}/nsg_firewallrule.md`,
    },
  },
  {
    resourceType: 'ionoscloud_datacenter_nsg_selection',
    category: ResourceCategory.FIREWALL,
    source: `${TF}/datacenter_nsg_selection.md`,
    note: 'Selects the default NSG of a VDC.',
  },
  // --- Logging
  {
    resourceType: 'ionoscloud_logging_pipeline',
    category: ResourceCategory.AUDIT_LOGGING,
    locationArguments: ['location'],
    locationShapes: [
      { path: 'location', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/logging_pipeline.md`, note: '`location` - (Optional)[string] The location of the Logging pipeline. Default: `de/txl`, other available locations: `de/fra`, `de/fra/2`, `de/txl`,…' },
    ],
    source: `${TF}/logging_pipeline.md`,
    note: 'Logging-as-a-Service (Loki/Grafana). `location` de/fra (default), de/fra/2, de/txl, es/vit, gb/bhx, gb/lhr, fr/par, us/mci. `log { source, tag, protocol, destinations { type = "loki", retention_in_days = 7|14|30 } }`. Not a platform audit trail.',
  },
  // --- Databases
  // Type names from https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/utils/constant/constants.go
  // (PsqlClusterResource, DBaasMongoClusterResource, DBaaSMariaDBClusterResource, DBaaSInMemoryDBReplicaSetResource);
  // the doc pages are named dbaas_*.md.
  {
    resourceType: 'ionoscloud_pg_cluster_v2',
    category: ResourceCategory.DATABASE,
    locationArguments: ['location', 'backup.location'],
    locationShapes: [
      { path: 'location', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/pg_cluster_v2.md`, note: '`location` - (Required, RequiresReplace)[string] The location of the PostgreSQL cluster. This is used for routing to the regional API endpoint. Cha…' },
      { path: 'backup.location', shape: LocationArgumentShape.BLOCK, verified: true, source: `${TF}/pg_cluster_v2.md` },
    ],
    source: `${TF}/pg_cluster_v2.md`,
    note: '`location` = compute location (e.g. "de/txl"); `backup { location }` = object-storage region of the backups (e.g. "eu-central-3"), a second data location. No encryption argument.',
    encryptionAtRest: { check: EncryptionCheck.PLATFORM, what: 'database', verified: true, source: `${RESOURCES}/pg_cluster_v2.md` },
    secondaryLocations: [{ argument: 'backup.location', role: 'backup', read: SecondaryLocationRead.REGION }],
    // `backup { retention_days }`: "How many days cluster backups are retained." (Required)
    backupRetention: { argument: 'backup.retention_days', fix: 'Set backup { retention_days } to at most {days}.', verified: true, source: `${RESOURCES}/pg_cluster_v2.md` },
  },
  {
    resourceType: 'ionoscloud_pg_cluster',
    category: ResourceCategory.DATABASE,
    locationArguments: ['location', 'backup_location'],
    locationShapes: [
      { path: 'location', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/dbaas_pgsql_cluster.md`, note: '`location` - (Required)[string] The physical location where the cluster will be created. This will be where all of your instances live. Property ca…' },
      { path: 'backup_location', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/dbaas_pgsql_cluster.md`, note: '`backup_location` - (Optional)(Computed)[string] The IONOS Object Storage location where the backups will be stored. Possible values are: `de`, `eu…' },
    ],
    source: `${TF}/dbaas_pgsql_cluster.md`,
    note: '`backup_location` = de | eu-south-2 | eu-central-2 (object-storage region; may differ from the cluster country, e.g. Spain). No encryption argument.',
    encryptionAtRest: {
      check: EncryptionCheck.PLATFORM,
      what: 'database',
      // "Storage options are SSD or HDD, with SSD now including encryption-at-rest": HDD is not said to be encrypted.
      notCovered: {
        argument: 'storage_type',
        values: ['HDD'],
        message: 'storage_type = "{value}": IONOS documents encryption at rest for SSD storage only ("SSD now including encryption-at-rest").',
        fix: 'Use storage_type = "SSD Premium" or "SSD Standard" (the type cannot be changed in place: a new cluster is created).',
        verified: false,
        source: 'https://docs.ionos.com/cloud/databases/postgresql/overview',
      },
      verified: true,
      source: `${RESOURCES}/dbaas_pgsql_cluster.md`,
    },
    secondaryLocations: [{ argument: 'backup_location', role: 'backup', read: SecondaryLocationRead.REGION }],
  },
  {
    resourceType: 'ionoscloud_mongo_cluster',
    category: ResourceCategory.DATABASE,
    locationArguments: ['location', 'backup.location'],
    locationShapes: [
      { path: 'location', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/dbaas_mongo_cluster.md`, note: '`location` - (Required)[string] The physical location where the cluster will be created. Property cannot be modified after datacenter creation (dis…' },
      { path: 'backup.location', shape: LocationArgumentShape.BLOCK, verified: true, source: `${TF}/dbaas_mongo_cluster.md` },
    ],
    source: `${TF}/dbaas_mongo_cluster.md`,
    note: '`backup { location }` = de | eu-south-2 | eu-central-2; when unset the nearest location is used. No encryption argument.',
    encryptionAtRest: { check: EncryptionCheck.PLATFORM, what: 'database', verified: true, source: `${RESOURCES}/dbaas_mongo_cluster.md` },
    secondaryLocations: [{ argument: 'backup.location', role: 'backup', read: SecondaryLocationRead.REGION }],
  },
  {
    resourceType: 'ionoscloud_mariadb_cluster',
    category: ResourceCategory.DATABASE,
    locationArguments: ['location', 'backup.location'],
    locationShapes: [
      { path: 'location', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/dbaas_mariadb_cluster.md`, note: '`location`- (Optional)[string] The location in which the cluster will be created. Different service endpoints are used based on location, possible…' },
      { path: 'backup.location', shape: LocationArgumentShape.BLOCK, verified: true, source: `${TF}/dbaas_mariadb_cluster.md` },
    ],
    source: `${TF}/dbaas_mariadb_cluster.md`,
    note: '`location` optional (endpoint defaults to de/txl when unset); `backup { location }` = object-storage region. No encryption argument.',
    encryptionAtRest: { check: EncryptionCheck.PLATFORM, what: 'database', verified: true, source: `${RESOURCES}/dbaas_mariadb_cluster.md` },
    // `backup { location }`: "The IONOS Object Storage location where the backups will be stored."
    secondaryLocations: [{ argument: 'backup.location', role: 'backup', read: SecondaryLocationRead.REGION }],
  },
  {
    resourceType: 'ionoscloud_inmemorydb_cluster_v2',
    category: ResourceCategory.DATABASE,
    locationArguments: ['location', 'snapshot.location'],
    locationShapes: [
      { path: 'location', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/inmemorydb_cluster_v2.md`, note: '`location` - (Required)[string] The location of the cluster. Changing this forces a new resource. Available: `de/fra`, `de/txl`, `es/vit`, `fr/par`…' },
      { path: 'snapshot.location', shape: LocationArgumentShape.BLOCK, verified: true, source: `${TF}/inmemorydb_cluster_v2.md` },
    ],
    source: `${TF}/inmemorydb_cluster_v2.md`,
    note: '`snapshot { location }` = object-storage location of snapshots.',
    encryptionAtRest: { check: EncryptionCheck.PLATFORM, what: 'database', verified: true, source: `${RESOURCES}/inmemorydb_cluster_v2.md` },
  },
  {
    resourceType: 'ionoscloud_inmemorydb_replicaset',
    category: ResourceCategory.DATABASE,
    locationArguments: ['location'],
    locationShapes: [
      { path: 'location', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/dbaas_inmemorydb_replica_set.md`, note: '`location` - (Optional)[string] The location of your replica set. Updates to the value of the field force the replica set to be re-created. If this…' },
    ],
    source: `${TF}/dbaas_inmemorydb_replica_set.md`,
    note: '`location` defaults to de/fra when unset.',
    encryptionAtRest: { check: EncryptionCheck.PLATFORM, what: 'database', verified: true, source: `${RESOURCES}/dbaas_inmemorydb_replica_set.md` },
  },
  // --- Block storage
  {
    resourceType: 'ionoscloud_volume',
    category: ResourceCategory.VOLUME,
    locationArguments: [],
    locationShapes: [
      { path: 'datacenter_id', shape: LocationArgumentShape.PARENT, parentTypes: ['ionoscloud_datacenter'], verified: true, source: `${TF}/volume.md`, note: 'The data centre\'s `location` is the resource\'s.' },
    ],
    source: `${TF}/volume.md`,
    note: 'Located through `datacenter_id`; `availability_zone` AUTO/ZONE_1/ZONE_2/ZONE_3 is not a location. No encryption argument: volumes created after the feature launch are encrypted by the platform (AES-XTS-256, per-volume key, not customer-managed).',
    encryptionAtRest: { check: EncryptionCheck.PLATFORM, what: 'volume', verified: true, source: `${RESOURCES}/volume.md` },
  },
  // --- Servers
  {
    resourceType: 'ionoscloud_server',
    category: ResourceCategory.SERVER,
    locationArguments: [],
    locationShapes: [
      { path: 'datacenter_id', shape: LocationArgumentShape.PARENT, parentTypes: ['ionoscloud_datacenter'], verified: true, source: `${TF}/server.md`, note: 'The data centre\'s `location` is the resource\'s.' },
    ],
    source: `${TF}/server.md`,
    note: 'Located through `datacenter_id`; `availability_zone` AUTO/ZONE_1/ZONE_2 is not a location.',
    publicExposure: {
      check: ExposureCheck.FIREWALL,
      firewall: {
        rules: 'nic.firewall',
        direction: { path: 'type', words: ['ingress'], absent: true },
        peer: { cidrs: ['source_ip'], absentMeansAny: true },
        protocol: { arguments: ['protocol'], absent: RuleProtocol.UNKNOWN },
        ports: { min: 'port_range_start', max: 'port_range_end' },
      },
      verified: true,
      source: `${RESOURCES}/server.md`,
      judgedWhenSet: 'nic.firewall',
      firewallSwitch: {
        argument: 'firewall_active',
        interfaces: 'nic',
        publicNetwork: { reference: 'lan', resourceType: 'ionoscloud_lan', match: { tests: [{ path: 'public', isTrue: true }] } },
        consequence: IONOS_FIREWALL_OFF,
        fix: IONOS_FIREWALL_FIX,
        verified: true,
        source: IONOS_FIREWALL_SOURCE,
      },
      publicAddress: {
        interfaces: 'nic',
        publicNetwork: { reference: 'lan', resourceType: 'ionoscloud_lan', match: { tests: [{ path: 'public', isTrue: true }] } },
        what: 'a nic on a public LAN',
        attribute: 'nic',
        verified: true,
        source: `${TF}/lan.md`,
      },
    },
  },
  {
    resourceType: 'ionoscloud_vcpu_server',
    category: ResourceCategory.SERVER,
    locationArguments: [],
    locationShapes: [
      { path: 'datacenter_id', shape: LocationArgumentShape.PARENT, parentTypes: ['ionoscloud_datacenter'], verified: true, source: `${TF}/vcpu_server.md`, note: 'The data centre\'s `location` is the resource\'s.' },
    ],
    source: `${TF}/vcpu_server.md`,
    note: 'Located through `datacenter_id`; `availability_zone` AUTO/ZONE_1/ZONE_2 is not a location.',
    publicExposure: {
      check: ExposureCheck.FIREWALL,
      firewall: {
        rules: 'nic.firewall',
        direction: { path: 'type', words: ['ingress'], absent: true },
        peer: { cidrs: ['source_ip'], absentMeansAny: true },
        protocol: { arguments: ['protocol'], absent: RuleProtocol.UNKNOWN },
        ports: { min: 'port_range_start', max: 'port_range_end' },
      },
      verified: true,
      source: `${RESOURCES}/vcpu_server.md`,
      judgedWhenSet: 'nic.firewall',
      firewallSwitch: {
        argument: 'firewall_active',
        interfaces: 'nic',
        publicNetwork: { reference: 'lan', resourceType: 'ionoscloud_lan', match: { tests: [{ path: 'public', isTrue: true }] } },
        consequence: IONOS_FIREWALL_OFF,
        fix: IONOS_FIREWALL_FIX,
        verified: true,
        source: IONOS_FIREWALL_SOURCE,
      },
      publicAddress: {
        interfaces: 'nic',
        publicNetwork: { reference: 'lan', resourceType: 'ionoscloud_lan', match: { tests: [{ path: 'public', isTrue: true }] } },
        what: 'a nic on a public LAN',
        attribute: 'nic',
        verified: true,
        source: `${TF}/lan.md`,
      },
    },
  },
  {
    resourceType: 'ionoscloud_cube_server',
    category: ResourceCategory.SERVER,
    locationArguments: [],
    locationShapes: [
      { path: 'datacenter_id', shape: LocationArgumentShape.PARENT, parentTypes: ['ionoscloud_datacenter'], verified: true, source: `${TF}/cube_server.md`, note: 'The data centre\'s `location` is the resource\'s.' },
    ],
    source: `${TF}/cube_server.md`,
    note: 'Located through `datacenter_id`; `availability_zone` is a zone inside the data centre, not a location.',
    publicExposure: {
      check: ExposureCheck.FIREWALL,
      firewall: {
        rules: 'nic.firewall',
        direction: { path: 'type', words: ['ingress'], absent: true },
        peer: { cidrs: ['source_ip'], absentMeansAny: true },
        protocol: { arguments: ['protocol'], absent: RuleProtocol.UNKNOWN },
        ports: { min: 'port_range_start', max: 'port_range_end' },
      },
      verified: true,
      source: `${RESOURCES}/cube_server.md`,
      judgedWhenSet: 'nic.firewall',
    },
  },
  {
    resourceType: 'ionoscloud_gpu_server',
    category: ResourceCategory.SERVER,
    locationArguments: [],
    locationShapes: [
      { path: 'datacenter_id', shape: LocationArgumentShape.PARENT, parentTypes: ['ionoscloud_datacenter'], verified: true, source: `${TF}/gpu_server.md`, note: 'The data centre\'s `location` is the resource\'s.' },
    ],
    source: `${TF}/gpu_server.md`,
    note: 'Located through `datacenter_id`; `availability_zone` is a zone inside the data centre, not a location.',
    publicExposure: {
      check: ExposureCheck.FIREWALL,
      firewall: {
        rules: 'nic.firewall',
        direction: { path: 'type', words: ['ingress'], absent: true },
        peer: { cidrs: ['source_ip'], absentMeansAny: true },
        protocol: { arguments: ['protocol'], absent: RuleProtocol.UNKNOWN },
        ports: { min: 'port_range_start', max: 'port_range_end' },
      },
      verified: true,
      source: `${RESOURCES}/gpu_server.md`,
      judgedWhenSet: 'nic.firewall',
    },
  },
  {
    resourceType: 'ionoscloud_application_loadbalancer_forwardingrule',
    source: `${RESOURCES}/application_loadbalancer_forwardingrule.md`,
    encryptionInTransit: {
      check: TransitCheck.LISTENER,
      listener: {
        port: 'listener_port',
        what: 'forwarding rule',
        steps: [
          { step: ListenerStep.PASS_IF_TLS, arguments: ['server_certificates'] },
          {
            step: ListenerStep.PASS_IF_REDIRECT,
            redirects: [
              {
                match: { path: 'http_rules', tests: [{ path: 'type', equalTo: 'redirect' }, { path: 'location', httpsUrl: true }, { path: 'conditions', isUnset: true }] },
              },
            ],
          },
          {
            step: ListenerStep.PLAIN_IF_PROTOCOL,
            message: 'The forwarding rule on port {port} has no `server_certificates` and no unconditional redirect to https://: traffic is served in plain HTTP.',
            fix: 'Add server_certificates (ionoscloud_certificate), or an http_rules { type = "REDIRECT", location = "https://..." } without conditions.',
            attribute: 'server_certificates',
          },
        ],
      },
      verified: true,
      source: `${RESOURCES}/application_loadbalancer_forwardingrule.md`,
    },
  },
  {
    resourceType: 'ionoscloud_networkloadbalancer_forwardingrule',
    source: `${RESOURCES}/networkloadbalancer_forwardingrule.md`,
    encryptionInTransit: {
      check: TransitCheck.LISTENER,
      listener: { protocol: 'protocol', port: 'listener_port', what: 'forwarding rule', steps: [{ step: ListenerStep.PORT80_IF_PROTOCOL }] },
      verified: true,
      source: `${RESOURCES}/networkloadbalancer_forwardingrule.md`,
    },
  },
];
