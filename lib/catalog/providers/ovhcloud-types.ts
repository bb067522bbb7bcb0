import { LocationArgumentShape, SecondaryLocationDefault, SecondaryLocationRead } from '../facts/location';
import { AuditCheck } from '../facts/audit';
import { LockShape } from '../facts/stores';
import { ExposureCheck, ApiAccessStep, Presence, RuleProtocol } from '../facts/exposure';
import { ListenerStep, TransitCheck } from '../facts/transit';
import { EncryptionCheck } from '../facts/encryption';
import { ConfigurationRole, LocationKind, ResourceCategory, ResourceTypeFact } from '../types';

// Sources, checked for this file (Terraform provider docs at tag v2.19.0, newest tag).
export const TF = 'https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources';

/** The documentation of its resources, at the release the facts were read from. */
export const RESOURCES = TF;

/** Resource types of OVHcloud the catalog describes: what each holds, where it is and how the rules judge it. */
export const OVHCLOUD_RESOURCE_TYPES: ResourceTypeFact[] = [
  // --- Managed Kubernetes
  {
    resourceType: 'ovh_cloud_project_kube',
    category: ResourceCategory.KUBERNETES_CLUSTER,
    locationArguments: ['region'],
    source: `${TF}/cloud_project_kube.md`,
    note: 'Region in compute spelling, e.g. "GRA9", "GRA11", "EU-WEST-PAR" (3-AZ, Standard plan only). `plan` = free|standard. No encryption argument; etcd encryption not exposed.',
    publicExposure: {
      check: ExposureCheck.API_ACCESS,
      apiAccess: [
        {
          step: ApiAccessStep.REQUIRE_CHILD,
          childTypes: ['ovh_cloud_project_kube_iprestrictions'],
          message: 'No ovh_cloud_project_kube_iprestrictions is attached, so the Kubernetes API accepts connections from any address.',
          fix: 'Add an ovh_cloud_project_kube_iprestrictions with kube_id pointing at this cluster and the CIDRs allowed to reach the API.',
        },
      ],
      verified: true,
      source: `${RESOURCES}/cloud_project_kube_iprestrictions.md`,
    },
    auditLogging: {
      check: AuditCheck.CHILD,
      childTypes: ['ovh_cloud_project_kube_log_subscription'],
      field: 'kind',
      value: 'audit',
      what: 'The audit log subscription',
      message: 'No ovh_cloud_project_kube_log_subscription of kind "audit" forwards this cluster\'s Kubernetes API audit log to Logs Data Platform.',
      fix: 'Add an ovh_cloud_project_kube_log_subscription { kube_id = <this cluster>, kind = "audit", stream_id = <LDP stream> } or run an in-cluster audit pipeline (a DaemonSet labelled cdktf-sovereign.org/component=audit-log-pipeline).',
      verified: true,
      source: `${RESOURCES}/cloud_project_kube_log_subscription.md`,
    },
  },
  {
    resourceType: 'ovh_cloud_project_kube_nodepool',
    category: ResourceCategory.NODE_POOL,
    locationArguments: ['availability_zones'],
    locationShapes: [
      { path: 'availability_zones', shape: LocationArgumentShape.LIST, kind: LocationKind.ZONE, verified: true, source: `${TF}/cloud_project_kube_nodepool.md` },
    ],
    source: `${TF}/cloud_project_kube_nodepool.md`,
    note: 'Region comes from the cluster (`kube_id`); `availability_zones` (e.g. ["eu-west-par-a"]) is mandatory for multi-zone clusters, one zone per pool.',
    encryptionAtRest: {
      check: EncryptionCheck.NOT_ENCRYPTABLE,
      message: 'The node pool\'s disks have no encryption argument and OVHcloud documents no platform encryption for them. Node disks hold container images, emptyDir volumes and logs, which can contain personal data.',
      fix: 'Keep personal data on encrypted PersistentVolumes (csi-cinder-*-luks classes). If the provider confirms platform encryption, suppress with that reference.',
      verified: false,
      source: `${RESOURCES}/cloud_project_kube_nodepool.md`,
    },
  },
  {
    resourceType: 'ovh_cloud_project_kube_iprestrictions',
    category: ResourceCategory.FIREWALL,
    source: `${TF}/cloud_project_kube_iprestrictions.md`,
    note: 'CIDR allow-list (`ips`) for the Kubernetes API server; located through `kube_id`.',
    publicExposure: {
      check: ExposureCheck.API_ACCESS,
      apiAccess: [{ step: ApiAccessStep.ALLOW_LIST, argument: 'ips', emptyMeansOpen: true, what: 'The IP restriction' }],
      verified: true,
      source: `${RESOURCES}/cloud_project_kube_iprestrictions.md`,
    },
  },
  {
    resourceType: 'ovh_cloud_project_kube_log_subscription',
    category: ResourceCategory.AUDIT_LOGGING,
    source: `${TF}/cloud_project_kube_log_subscription.md`,
    note: 'Forwards Kubernetes API audit logs (`kind` = "audit", the only supported kind) to a Logs Data Platform stream (`stream_id`). Located through `kube_id`.',
  },
  // --- Object storage
  {
    resourceType: 'ovh_cloud_project_storage',
    category: ResourceCategory.BUCKET,
    locationArguments: ['region_name'],
    locationShapes: [
      { path: 'region_name', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/cloud_project_storage.md`, note: '`region_name` (String) Region name' },
    ],
    source: `${TF}/cloud_project_storage.md`,
    note: 'S3 bucket. `region_name` in upper case, e.g. "GRA", "EU-WEST-PAR" (S3 endpoints use the lower-case code). Inline blocks: `encryption { sse_algorithm }` (only "AES256" documented), `versioning { status }`, `object_lock { status, rule { mode, period } }` (only at creation), `replication { rules { destination { name, region } } }` (replication target region is a second data location). No ACL / public-access-block / bucket-policy resource exists.',
    encryptionAtRest: {
      check: EncryptionCheck.VALUE,
      argument: 'encryption.sse_algorithm',
      value: 'AES256',
      absentMessage: 'The bucket sets no `encryption.sse_algorithm`: OVHcloud stores objects unencrypted ("plaintext") unless it is "AES256".',
      absentFix: 'Add encryption = { sse_algorithm = "AES256" } (SSE-OMK, OVHcloud-managed keys).',
      message: '`encryption.sse_algorithm` is "{value}": objects are stored unencrypted.',
      fix: 'Set sse_algorithm = "AES256".',
      verified: true,
      source: `${RESOURCES}/cloud_project_storage.md`,
    },
    store: {
      lockArguments: [{ shape: LockShape.STATUS_BLOCK, argument: 'object_lock', state: 'status', period: 'rule.period' }],
      lockHow: 'Create the bucket with object_lock { status = "enabled", rule { mode = "compliance", period = "P…D" } }',
      expiryHow: 'Add an ovh_cloud_project_storage_object_bucket_lifecycle_configuration with an enabled rule and expiration.days',
      noncurrentHow: 'Add noncurrent_version_expiration = { noncurrent_days = N } to an enabled rule of an ovh_cloud_project_storage_object_bucket_lifecycle_configuration',
      versioning: [{ argument: 'versioning', fields: ['enabled', 'status'], scalarIsFlag: true }],
      versioningHow: 'Set versioning { status = "enabled" }.',
    },
    secondaryLocations: [
      { argument: 'replication.rules.destination.region', role: 'replica', read: SecondaryLocationRead.REGION },
      { argument: 'replication.rules.destination.name', role: 'replica', read: SecondaryLocationRead.REFERENCE },
    ],
  },
  {
    resourceType: 'ovh_cloud_project_storage_object_bucket_lifecycle_configuration',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    locationArguments: ['region_name'],
    locationShapes: [
      { path: 'region_name', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/cloud_project_storage_object_bucket_lifecycle_configuration.md`, note: '`region_name` (String) Region name of the storage container.' },
    ],
    source: `${TF}/cloud_project_storage_object_bucket_lifecycle_configuration.md`,
    note: 'Lifecycle rules (`rules { expiration { days }, transitions, noncurrent_version_expiration }`) for `container_name`.',
    configures: ConfigurationRole.LIFECYCLE,
    storeConfiguration: { linkArgument: 'container_name' },
  },
  {
    resourceType: 'ovh_cloud_project_storage_replication_job',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    locationArguments: ['region_name'],
    locationShapes: [
      { path: 'region_name', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/cloud_project_storage_replication_job.md`, note: '`region_name` (String) Region name of the storage container' },
    ],
    source: `${TF}/cloud_project_storage_replication_job.md`,
    note: 'One-time catch-up replication for a container with replication rules; the job cannot be cancelled.',
  },
  {
    resourceType: 'ovh_cloud_project_user_s3_policy',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: `${TF}/cloud_project_user_s3_policy.md`,
    note: 'S3 access policy attached to a Public Cloud USER (`user_id`, `policy` JSON), not a bucket policy. Project-wide, no location.',
  },
  {
    resourceType: 'ovh_cloud_project_user_s3_credential',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: `${TF}/cloud_project_user_s3_credential.md`,
    note: 'S3 access/secret key for a Public Cloud user; no location.',
  },
  // --- Networking
  {
    resourceType: 'ovh_cloud_project_network_private',
    category: ResourceCategory.NETWORK,
    locationArguments: ['regions'],
    locationShapes: [
      {
        path: 'regions',
        shape: LocationArgumentShape.LIST,
        absentMeansEveryLocation: true,
        verified: true,
        source: `${TF}/cloud_project_network_private.md`,
        note: 'The docs: "an array of valid OVH public cloud region ID in which the network will be available. Ex.: "GRA1". Defaults to all public cloud regions."',
      },
    ],
    source: `${TF}/cloud_project_network_private.md`,
    note: '`regions` is a LIST (e.g. ["GRA1", "BHS1"]); defaults to ALL public cloud regions when omitted, which can include non-European regions. Rides on the vRack (`vlan_id`).',
  },
  {
    resourceType: 'ovh_cloud_project_network_private_subnet',
    category: ResourceCategory.SUBNET,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/cloud_project_network_private_subnet.md`, note: '`region` - The region in which the network subnet will be created. Ex.: "GRA1". Changing this value recreates the resource. — schema: ovh/resource_cloud_project_network_private_subnet.go' },
    ],
    source: `${TF}/cloud_project_network_private_subnet.md`,
  },
  {
    resourceType: 'ovh_cloud_project_network_private_subnet_v2',
    category: ResourceCategory.SUBNET,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/cloud_project_network_private_subnet_v2.md`, note: '`region` - (Required) The region in which the network subnet will be created. Ex.: "GRA1". Changing this value recreates the resource. — schema: ovh/resource_cloud_project_network_private_subnet_v2.go' },
    ],
    source: `${TF}/cloud_project_network_private_subnet_v2.md`,
  },
  {
    resourceType: 'ovh_cloud_project_region_network',
    category: ResourceCategory.NETWORK,
    locationArguments: ['region_name'],
    locationShapes: [
      { path: 'region_name', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/cloud_project_region_network.md`, note: '`region_name` - (Required) Network region — schema: ovh/resource_cloud_project_region_network.go' },
    ],
    source: `${TF}/cloud_project_region_network.md`,
    note: 'Regional network with an inline `subnet` block (e.g. in a Local Zone "EU-SOUTH-LZ-MAD-A").',
  },
  {
    resourceType: 'ovh_cloud_network_private_vrack',
    category: ResourceCategory.NETWORK,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/cloud_network_private_vrack.md`, note: '`region` - (Required) Region where the network will be created. **Changing this value recreates the resource.** — schema: ovh/resource_cloud_network_private_vrack.go' },
    ],
    source: `${TF}/cloud_network_private_vrack.md`,
  },
  {
    resourceType: 'ovh_cloud_network_private_vrack_subnet',
    category: ResourceCategory.SUBNET,
    locationArguments: ['availability_zone', 'region'],
    locationShapes: [
      { path: 'availability_zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/cloud_network_private_vrack_subnet.md`, note: '`availability_zone` - (Optional) Availability zone within the region. — schema: ovh/resource_cloud_network_private_vrack_subnet.go' },
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/cloud_network_private_vrack_subnet.md`, note: '`region` - (Required) Region where the subnet will be created. **Changing this value recreates the resource.** — schema: ovh/resource_cloud_network_private_vrack_subnet.go' },
    ],
    source: `${TF}/cloud_network_private_vrack_subnet.md`,
  },
  {
    resourceType: 'ovh_vrack_cloudproject',
    category: ResourceCategory.NETWORK,
    source: `${TF}/vrack_cloudproject.md`,
    note: 'Attaches a Public Cloud project to a vRack (global private network spanning OVHcloud data centres); no location.',
  },
  {
    resourceType: 'ovh_cloud_security_group',
    category: ResourceCategory.FIREWALL,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/cloud_security_group.md`, note: '`region` - (Required) Region where the security group will be created. **Changing this value recreates the resource.** — schema: ovh/resource_cloud_security_group.go' },
    ],
    source: `${TF}/cloud_security_group.md`,
    note: 'Rules inline: `rule { direction INGRESS|EGRESS, ethernet_type IPV4|IPV6, protocol, port_range_min/max, remote_ip_prefix, remote_group_id }`. No separate rule resource.',
    publicExposure: {
      check: ExposureCheck.FIREWALL,
      firewall: {
        rules: 'rule',
        direction: { path: 'direction', words: ['ingress'], absent: false },
        peer: { cidrs: ['remote_ip_prefix'], absentMeansAny: true, cidrPresence: Presence.DEFINED, groups: ['remote_group_id'] },
        protocol: { arguments: ['protocol'], absent: RuleProtocol.ALL },
        ports: { min: 'port_range_min', max: 'port_range_max', zeroMeansAll: true },
      },
      verified: true,
      source: `${RESOURCES}/cloud_security_group.md`,
    },
  },
  {
    resourceType: 'ovh_ip_firewall',
    category: ResourceCategory.FIREWALL,
    source: `${TF}/ip_firewall.md`,
    note: 'Edge Network Firewall for a public IP (`ip`, `ip_on_firewall`, `enabled`); no location.',
  },
  {
    resourceType: 'ovh_ip_firewall_rule',
    category: ResourceCategory.FIREWALL,
    source: `${TF}/ip_firewall_rule.md`,
    note: 'Rule of the Edge Network Firewall (`action` deny|permit, `protocol`, `source`, `destination_port`, `sequence`).',
    publicExposure: {
      check: ExposureCheck.FIREWALL,
      firewall: {
        action: { path: 'action', words: ['permit'] },
        peer: { cidrs: ['source'], absentMeansAny: true },
        protocol: { arguments: ['protocol'], absent: RuleProtocol.UNKNOWN },
        ports: { list: ['destination_port'] },
      },
      verified: true,
      source: `${RESOURCES}/ip_firewall_rule.md`,
    },
  },
  // --- KMS
  {
    resourceType: 'ovh_okms',
    category: ResourceCategory.KMS,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/okms.md`, note: '`region` (String) KMS region' },
    ],
    source: `${TF}/okms.md`,
    note: 'OVHcloud KMS domain. `region` uses codename spelling, e.g. "eu-west-rbx". `ovh_subsidiary` is the billing entity, not a location.',
  },
  {
    resourceType: 'ovh_okms_service_key',
    category: ResourceCategory.KMS,
    source: `${TF}/okms_service_key.md`,
    note: 'Key in a KMS (`okms_id`, `type` oct|RSA|EC, `size`/`curve`, `operations`); located through its KMS.',
  },
  {
    resourceType: 'ovh_okms_service_key_jwk',
    category: ResourceCategory.KMS,
    source: `${TF}/okms_service_key_jwk.md`,
    note: 'Imported (BYOK) key in JWK format; located through `okms_id`.',
  },
  {
    resourceType: 'ovh_cloud_key_manager_secret',
    category: ResourceCategory.KMS,
    locationArguments: ['availability_zone', 'region'],
    locationShapes: [
      { path: 'availability_zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/cloud_key_manager_secret.md`, note: '`availability_zone` - (Optional, Forces new resource) Availability zone where the secret will be created. — schema: ovh/resource_cloud_key_manager_secret.go' },
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/cloud_key_manager_secret.md`, note: '`region` - (Required, Forces new resource) Region where the secret will be created. — schema: ovh/resource_cloud_key_manager_secret.go' },
    ],
    source: `${TF}/cloud_key_manager_secret.md`,
    note: 'OpenStack Barbican secret in a Public Cloud region (not OKMS).',
    secretArguments: { arguments: ['payload'] },
  },
  {
    resourceType: 'ovh_cloud_key_manager_container',
    category: ResourceCategory.KMS,
    locationArguments: ['availability_zone', 'region'],
    locationShapes: [
      { path: 'availability_zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/cloud_key_manager_container.md`, note: '`availability_zone` - (Optional, Forces new resource) Availability zone where the container will be created. — schema: ovh/resource_cloud_key_manager_container.go' },
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/cloud_key_manager_container.md`, note: '`region` - (Required, Forces new resource) Region where the container will be created. — schema: ovh/resource_cloud_key_manager_container.go' },
    ],
    source: `${TF}/cloud_key_manager_container.md`,
    note: 'OpenStack Barbican container grouping secrets.',
  },
  // --- Logging (Logs Data Platform)
  {
    resourceType: 'ovh_dbaas_logs_cluster',
    category: ResourceCategory.AUDIT_LOGGING,
    source: `${TF}/dbaas_logs_cluster.md`,
    note: 'Logs Data Platform cluster settings (allowed networks). Its data-centre `region` is read-only; no location argument.',
  },
  {
    resourceType: 'ovh_dbaas_logs_output_graylog_stream',
    category: ResourceCategory.AUDIT_LOGGING,
    source: `${TF}/dbaas_logs_output_graylog_stream.md`,
    note: 'Target stream for log subscriptions; `retention_id`, cold storage (`cold_storage_enabled`, `cold_storage_retention`), archive encryption via `encryption_keys_ids` (PGP keys from ovh_dbaas_logs_encryption_key).',
  },
  {
    resourceType: 'ovh_dbaas_logs_input',
    category: ResourceCategory.AUDIT_LOGGING,
    source: `${TF}/dbaas_logs_input.md`,
  },
  {
    resourceType: 'ovh_dbaas_logs_encryption_key',
    category: ResourceCategory.AUDIT_LOGGING,
    source: `${TF}/dbaas_logs_encryption_key.md`,
    note: 'PGP public key used to encrypt cold-stored log archives.',
  },
  {
    resourceType: 'ovh_cloud_project_database_log_subscription',
    category: ResourceCategory.AUDIT_LOGGING,
    source: `${TF}/cloud_project_database_log_subscription.md`,
    note: 'Forwards managed-database logs to a Logs Data Platform stream; located through `cluster_id`.',
  },
  {
    resourceType: 'ovh_cloud_project_region_loadbalancer_log_subscription',
    category: ResourceCategory.AUDIT_LOGGING,
    locationArguments: ['region_name'],
    locationShapes: [
      { path: 'region_name', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/cloud_project_region_loadbalancer_log_subscription.md`, note: '`region_name` - A valid OVHcloud public cloud region name in which the loadbalancer will be available. Ex.: "GRA11". **Changing this value recreate… — schema: ovh/resource_cloud_project_region_loadbalancer_log_subscription.go' },
    ],
    source: `${TF}/cloud_project_region_loadbalancer_log_subscription.md`,
  },
  // --- Databases
  {
    resourceType: 'ovh_cloud_project_database',
    category: ResourceCategory.DATABASE,
    locationArguments: ['nodes.region', 'backup_regions'],
    locationShapes: [
      { path: 'nodes.region', shape: LocationArgumentShape.BLOCK, verified: true, source: `${TF}/cloud_project_database.md`, note: 'Every `nodes` block names the same region.' },
      { path: 'backup_regions', shape: LocationArgumentShape.LIST, verified: true, source: `${TF}/cloud_project_database.md` },
    ],
    source: `${TF}/cloud_project_database.md`,
    note: 'Region is nested: `nodes { region = "GRA" }` (all nodes identical). `backup_regions` is a list of regions where backups are pushed (up to 2, one may differ from the node region) and is a second data location. No encryption argument.',
    encryptionAtRest: {
      check: EncryptionCheck.NOT_ENCRYPTABLE,
      message: 'The managed database has no encryption argument and OVHcloud documents encryption only for its backups, not for the database volumes.',
      fix: 'If the provider confirms platform encryption, suppress with that reference.',
      verified: false,
      source: `${RESOURCES}/cloud_project_database.md`,
    },
    publicExposure: {
      check: ExposureCheck.ALLOW_LIST,
      allowList: {
        entries: [{ values: 'ip_restrictions.ip', attribute: 'ip_restrictions', what: 'the database service' }],
        privateWhen: [{ tests: [{ path: 'nodes.network_id', isPresent: true }] }],
      },
      verified: true,
      source: `${RESOURCES}/cloud_project_database.md`,
    },
    secondaryLocations: [{
      argument: 'backup_regions',
      role: 'backup',
      read: SecondaryLocationRead.REGION,
      absent: {
        behaviour: SecondaryLocationDefault.OTHER_LOCATION,
        // The page's table of default off-site regions covers US regions only.
        statement: '"Backups are first prepared on-site and then replicated to another region"; the default region is not documented for European regions',
        verified: false,
        source: 'https://support.us.ovhcloud.com/hc/en-us/articles/20735484294547-Cloud-Databases-Automated-Backups',
      },
    }],
  },
  {
    resourceType: 'ovh_hosting_privatedatabase',
    category: ResourceCategory.DATABASE,
    source: `${TF}/hosting_privatedatabase.md`,
    note: 'Web Cloud private database ordered by `plan`; `ovh_subsidiary` is the billing entity; the data centre is only a read-only attribute.',
  },
  // --- Block storage
  {
    resourceType: 'ovh_cloud_project_volume',
    category: ResourceCategory.VOLUME,
    locationArguments: ['availability_zone', 'region_name'],
    locationShapes: [
      { path: 'availability_zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/cloud_project_volume.md`, note: '`availability_zone` - Optional. Availability zone in which the volume is created. Required when `region_name` is a 3AZ region. **Changing this valu… — schema: ovh/resource_cloud_project_volume.go' },
      { path: 'region_name', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/cloud_project_volume.md`, note: '`region_name` - Required. A valid OVHcloud public cloud region name in which the volume will be available. Ex.: "GRA11". **Changing this value recr… — schema: ovh/resource_cloud_project_volume.go' },
    ],
    source: `${TF}/cloud_project_volume.md`,
    note: 'Encryption: `type` = classic-luks | high-speed-luks | high-speed-gen2-luks, or `encryption { encrypted = true }` (OVH-managed key, OMK); customer-managed key via `encryption { kms { domain_id, service_key_id } }` (OKMS), only in 3-AZ regions. `availability_zone` is required in 3-AZ regions. The docs recommend ovh_cloud_storage_block_volume instead.',
    encryptionAtRest: {
      check: EncryptionCheck.TYPE_OR_FLAG,
      what: 'volume',
      typeArgument: 'type',
      value: '-luks',
      argument: 'encryption.encrypted',
      fix: 'Set encryption = { encrypted = true } (or a -luks volume type such as high-speed-gen2-luks).',
      customerKey: {
        arguments: ['encryption.kms.service_key_id'],
        attribute: 'encryption.kms',
        message: 'The policy requires customer-managed keys, but the volume uses OVHcloud-managed keys (no `encryption.kms`); OKMS keys are available in 3-AZ regions.',
        fix: 'Set encryption = { encrypted = true, kms = { domain_id, service_key_id } } with an OKMS key.',
      },
      verified: true,
      source: `${RESOURCES}/cloud_project_volume.md`,
    },
  },
  {
    resourceType: 'ovh_cloud_storage_block_volume',
    category: ResourceCategory.VOLUME,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/cloud_storage_block_volume.md`, note: '`region` - (Required) Region where the volume will be created. **Changing this value recreates the resource.** — schema: ovh/resource_cloud_storage_block_volume.go' },
    ],
    source: `${TF}/cloud_storage_block_volume.md`,
    note: '`encryption { enabled = true }` = LUKS at rest; no KMS/CMK argument documented. `volume_type` CLASSIC|HIGH_SPEED|HIGH_SPEED_GEN2.',
    encryptionAtRest: {
      check: EncryptionCheck.FLAG,
      argument: 'encryption.enabled',
      what: 'block volume',
      fix: 'Set encryption { enabled = true } (LUKS).',
      verified: true,
      source: `${RESOURCES}/cloud_storage_block_volume.md`,
    },
  },
  // --- Servers
  {
    resourceType: 'ovh_cloud_instance',
    category: ResourceCategory.SERVER,
    locationArguments: ['availability_zone', 'region'],
    locationShapes: [
      { path: 'availability_zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/cloud_instance.md`, note: '`availability_zone` - (Optional) Availability zone of the instance (immutable; assigned by the platform if omitted). **Changing this value recreate… — schema: ovh/resource_cloud_instance.go' },
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/cloud_instance.md`, note: '`region` - (Required) Region where the instance is created. **Changing this value recreates the resource.** — schema: ovh/resource_cloud_instance.go' },
    ],
    source: `${TF}/cloud_instance.md`,
  },
  {
    resourceType: 'ovh_cloud_project_instance',
    category: ResourceCategory.SERVER,
    locationArguments: ['availability_zone', 'region'],
    locationShapes: [
      { path: 'availability_zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/cloud_project_instance.md`, note: '`availability_zone` - (Optional) The availability zone where the instance will be created — schema: ovh/resource_cloud_project_instance.go' },
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/cloud_project_instance.md`, note: '`region` - (Required, Forces new resource) Instance region — schema: ovh/resource_cloud_project_instance.go' },
    ],
    source: `${TF}/cloud_project_instance.md`,
  },
  {
    resourceType: 'ovh_dedicated_server',
    category: ResourceCategory.SERVER,
    source: `${TF}/dedicated_server.md`,
    note: 'Ordered by `plan` / `plan_option` (data centre chosen in the plan configuration); `ovh_subsidiary` is the billing entity, NOT the location. `region`/`datacenter` are read-only attributes.',
  },
  {
    resourceType: 'ovh_vps',
    category: ResourceCategory.SERVER,
    source: `${TF}/vps.md`,
    note: 'Ordered by `plan` (data centre in the plan configuration, e.g. value "WAW"); `ovh_subsidiary` is billing only; `zone` is read-only.',
  },
  {
    resourceType: 'ovh_cloud_project_loadbalancer',
    source: `${RESOURCES}/cloud_project_loadbalancer.md`,
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
            protocols: ['http'],
            message: 'A listener on port {port} uses protocol "http": traffic is served in plain text.',
            fix: 'Use protocol "terminatedHTTPS" with a secret_id certificate (or "https" pass-through).',
            attribute: 'listeners.protocol',
          },
          { step: ListenerStep.PORT80_IF_PROTOCOL, protocols: ['tcp'] },
        ],
      },
      verified: true,
      source: `${RESOURCES}/cloud_project_loadbalancer.md`,
    },
  },
  {
    resourceType: 'ovh_iploadbalancing_http_frontend',
    source: `${RESOURCES}/iploadbalancing_http_frontend.md`,
    encryptionInTransit: {
      check: TransitCheck.LISTENER,
      listener: {
        port: 'port',
        what: 'HTTP frontend',
        steps: [
          { step: ListenerStep.PASS_IF_TLS, tlsFlag: 'ssl', absentText: 'not set (default false)' },
          {
            step: ListenerStep.PASS_IF_REDIRECT,
            redirects: [
              { match: { tests: [{ path: 'redirect_location', httpsUrl: true }] } },
              {
                childTypes: ['ovh_iploadbalancing_http_route'],
                match: { path: 'action', tests: [{ path: 'type', equalTo: 'redirect' }, { path: 'target', httpsUrl: true }] },
              },
            ],
          },
          {
            step: ListenerStep.PLAIN_IF_PROTOCOL,
            message: 'The HTTP frontend has `ssl` {state} and does not redirect to https://: traffic is served in plain text.',
            fix: 'Set ssl = true (with default_ssl_id), or redirect with redirect_location = "https://..." or an ovh_iploadbalancing_http_route of type "redirect".',
            attribute: 'ssl',
          },
        ],
      },
      verified: true,
      source: `${RESOURCES}/iploadbalancing_http_frontend.md`,
    },
  },
  {
    resourceType: 'ovh_iploadbalancing_tcp_frontend',
    source: `${RESOURCES}/iploadbalancing_tcp_frontend.md`,
    encryptionInTransit: {
      check: TransitCheck.LISTENER,
      listener: { port: 'port', what: 'TCP frontend', steps: [{ step: ListenerStep.PASS_IF_TLS, tlsFlag: 'ssl' }, { step: ListenerStep.PORT80_IF_PROTOCOL }] },
      verified: true,
      source: `${RESOURCES}/iploadbalancing_tcp_frontend.md`,
    },
  },
];
