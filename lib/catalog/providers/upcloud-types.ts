import { IpsecSetting } from '../facts/ipsec';
import { AuditCheck } from '../facts/audit';
import { ExposureCheck, ApiAccessStep, RuleProtocol } from '../facts/exposure';
import { ListenerStep, TransitCheck } from '../facts/transit';
import { EncryptionCheck } from '../facts/encryption';
import { LocationArgumentShape } from '../facts/location';
import { ResourceCategory, ResourceTypeFact } from '../types';

export const TF = 'https://github.com/UpCloudLtd/terraform-provider-upcloud/blob/v5.41.0';

/** The documentation of its resources, at the release the facts were read from. */
export const RESOURCES = `${TF}/docs/resources`;

/** Resource types of UpCloud the catalog describes: what each holds, where it is and how the rules judge it. */
export const UPCLOUD_RESOURCE_TYPES: ResourceTypeFact[] = [
  // --- Site-to-site VPN (IPsec parameters judged against BSI TR-02102-3: lib/catalog/facts/ipsec.ts)
  {
    resourceType: 'upcloud_gateway_connection_tunnel',
    source: `${RESOURCES}/gateway_connection_tunnel.md`,
    note: 'IPsec tunnel of a gateway connection; `ipsec_properties` sets of algorithms and DH group numbers (allowed groups 2, 5, 14, 15, 16, 18-21, 24: tunnel.go). Defaults of absent properties are not documented; no IKE-version argument.',
    encryptionInTransit: {
      check: TransitCheck.IPSEC,
      ipsec: {
        what: 'gateway connection tunnel',
        arguments: [
          { path: 'ipsec_properties.phase1_algorithms', setting: IpsecSetting.ENCRYPTION, phase: 'IKE (phase 1)' },
          { path: 'ipsec_properties.phase1_integrity_algorithms', setting: IpsecSetting.INTEGRITY, phase: 'IKE (phase 1)' },
          { path: 'ipsec_properties.phase1_dh_group_numbers', setting: IpsecSetting.DH_GROUP, phase: 'IKE (phase 1)' },
          { path: 'ipsec_properties.phase2_algorithms', setting: IpsecSetting.ENCRYPTION, phase: 'ESP (phase 2)' },
          { path: 'ipsec_properties.phase2_integrity_algorithms', setting: IpsecSetting.INTEGRITY, phase: 'ESP (phase 2)' },
          { path: 'ipsec_properties.phase2_dh_group_numbers', setting: IpsecSetting.PFS_GROUP, phase: 'ESP (phase 2)' },
        ],
      },
      verified: true,
      source: `${RESOURCES}/gateway_connection_tunnel.md`,
    },
  },
  {
    resourceType: 'upcloud_kubernetes_cluster',
    category: ResourceCategory.KUBERNETES_CLUSTER,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/kubernetes_cluster.md`, note: '`zone` (String) Zone in which the Kubernetes cluster will be hosted, e.g. `de-fra1`. You can list available zones with `upctl zone list`.' },
    ],
    source: `${TF}/docs/resources/kubernetes_cluster.md`,
    note:
      '`storage_encryption` = `data-at-rest` | `none` sets the default encryption of the worker nodes\' storage (not of PVCs); ' +
      '`control_plane_ip_filter` is required (`["0.0.0.0/0"]` = open to all); `network` must be in the same zone; `private_node_groups` needs a NAT gateway.',
    encryptionAtRest: {
      check: EncryptionCheck.INHERITED_VALUE,
      argument: 'storage_encryption',
      value: 'data-at-rest',
      fix: 'Set storage_encryption = "data-at-rest".',
      message: 'The cluster\'s default node storage is not encrypted at rest: {reason} (node groups without their own setting inherit it).',
      inheritance: { childType: 'upcloud_kubernetes_node_group' },
      verified: true,
      source: `${RESOURCES}/kubernetes_cluster.md`,
    },
    publicExposure: {
      check: ExposureCheck.API_ACCESS,
      apiAccess: [{ step: ApiAccessStep.ALLOW_LIST, argument: 'control_plane_ip_filter' }],
      verified: true,
      source: `${RESOURCES}/kubernetes_cluster.md`,
    },
    auditLogging: {
      check: AuditCheck.NONE,
      message: 'UpCloud Kubernetes Service has no API-server audit log that Terraform can switch on, and no in-cluster audit pipeline is deployed.',
      fix: 'Run an in-cluster audit pipeline (a DaemonSet labelled cdktf-sovereign.org/component=audit-log-pipeline, or fluent-bit / vector) that ships logs to an object-locked bucket.',
      verified: true,
      source: `${RESOURCES}/kubernetes_cluster.md`,
    },
  },
  {
    resourceType: 'upcloud_kubernetes_node_group',
    category: ResourceCategory.NODE_POOL,
    source: `${TF}/docs/resources/kubernetes_node_group.md`,
    note:
      'No location argument: located through `cluster` (UUID). `storage_encryption` = `data-at-rest` | `none` overrides the cluster default; ' +
      '`utility_network_access`, `anti_affinity`, `custom_plan`/`gpu_plan`/`cloud_native_plan { storage_tier }`.',
    encryptionAtRest: {
      check: EncryptionCheck.INHERITED_VALUE,
      argument: 'storage_encryption',
      value: 'data-at-rest',
      fix: 'Set storage_encryption = "data-at-rest".',
      message: 'The node group\'s storage is not encrypted at rest: {reason}.',
      inheritance: {
        parentType: 'upcloud_kubernetes_cluster',
        orphanMessage: 'The node group sets no `storage_encryption` and its cluster is not in this configuration: whether node storage is encrypted cannot be verified.',
      },
      verified: true,
      source: `${RESOURCES}/kubernetes_node_group.md`,
    },
  },
  {
    resourceType: 'upcloud_managed_object_storage',
    category: ResourceCategory.BUCKET,
    locationArguments: ['region'],
    locationShapes: [
      { path: 'region', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/managed_object_storage.md`, note: '`region` (String) Region in which the service will be hosted, see `upcloud_managed_object_storage_regions` data source or use `upctl object-storage…' },
    ],
    source: `${TF}/docs/resources/managed_object_storage.md`,
    note:
      'The object-storage service that holds buckets. `region` is an object-storage region (europe-1 …), not a zone. ' +
      '`network { type = public | private }` decides whether a public endpoint exists; read-only `endpoint[].domain_name` is the S3 host. No encryption argument (data encrypted at rest by default).',
    encryptionAtRest: { check: EncryptionCheck.PLATFORM, what: 'object storage', verified: true, source: `${RESOURCES}/managed_object_storage.md` },
  },
  {
    resourceType: 'upcloud_managed_object_storage_bucket',
    category: ResourceCategory.BUCKET,
    source: `${TF}/docs/resources/managed_object_storage_bucket.md`,
    note: 'Only `service_uuid` and `name`: located through its service. No versioning/encryption/ACL arguments (use S3 tools or the objsto provider).',
    encryptionAtRest: { check: EncryptionCheck.PLATFORM, what: 'bucket', verified: true, source: `${RESOURCES}/managed_object_storage_bucket.md` },
    store: {
      lockHow: 'UpCloud Managed Object Storage documents no object lock; store audit logs on a provider with object lock',
      expiryHow: 'Add a lifecycle configuration (e.g. aws_s3_bucket_lifecycle_configuration) with an enabled rule, no filter and expiration.days',
      noncurrentHow: 'Add noncurrent_version_expiration { noncurrent_days = N } to an enabled, unfiltered rule of the bucket\'s lifecycle configuration (e.g. aws_s3_bucket_lifecycle_configuration)',
    },
  },
  {
    resourceType: 'upcloud_managed_object_storage_policy',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: `${TF}/docs/resources/managed_object_storage_policy.md`,
    note: 'IAM-style policy of the service (URL-encoded `document`), attached to users with upcloud_managed_object_storage_user_policy; not an S3 bucket policy.',
  },
  {
    resourceType: 'upcloud_managed_object_storage_user_policy',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: `${TF}/docs/resources/managed_object_storage_user_policy.md`,
  },
  {
    resourceType: 'upcloud_managed_object_storage_custom_domain',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: `${TF}/docs/resources/managed_object_storage_custom_domain.md`,
    note: 'Adds a customer domain in front of the service: S3 hosts under that domain are not recognisable as UpCloud by host name.',
  },
  {
    resourceType: 'upcloud_managed_object_storage_static_site',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: `${TF}/docs/resources/managed_object_storage_static_site.md`,
    note: 'Serves a bucket publicly; the bucket "must have a public read policy".',
  },
  {
    resourceType: 'upcloud_network',
    category: ResourceCategory.NETWORK,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${RESOURCES}/network.md`, note: '(Required) "The zone the network is in, e.g. `de-fra1`"; servers of that zone attach to it. `ip_network` holds addresses only, no location.' },
    ],
    source: `${TF}/docs/resources/network.md`,
    note: 'SDN private network. No separate subnet resource: exactly one `ip_network { address, dhcp, family, gateway }` block per network.',
  },
  {
    resourceType: 'upcloud_router',
    category: ResourceCategory.NETWORK,
    source: `${TF}/docs/resources/router.md`,
    note: 'Global (no zone); connects private networks.',
  },
  {
    resourceType: 'upcloud_gateway',
    category: ResourceCategory.NETWORK,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${RESOURCES}/gateway.md`, note: '(Required) "Zone in which the gateway will be hosted"; the `router` block names no location.' },
    ],
    source: `${TF}/docs/resources/gateway.md`,
    note: '`features` = nat and/or vpn.',
  },
  {
    resourceType: 'upcloud_network_peering',
    category: ResourceCategory.NETWORK,
    source: `${TF}/docs/resources/network_peering.md`,
    note: 'Peers networks across accounts; located through `network`/`peer_network`.',
  },
  {
    resourceType: 'upcloud_firewall_rules',
    category: ResourceCategory.FIREWALL,
    source: `${TF}/docs/resources/firewall_rules.md`,
    note:
      'One per server (`server_id`); ordered `firewall_rule { action accept|drop, direction in|out, family, protocol, source_/destination_address_start/end, ..._port_start/end }`. ' +
      'Applies to public and utility interfaces only, and only if the server has `firewall = true`.',
    publicExposure: {
      check: ExposureCheck.FIREWALL,
      firewall: {
        rules: 'firewall_rule',
        ordered: true,
        direction: { path: 'direction', words: ['in'], absent: false },
        offSwitch: { path: 'enabled', offWhen: false, literalOnly: true },
        action: { path: 'action', words: ['accept'] },
        peer: {
          cidrs: ['source_address_cidr'],
          absentMeansAny: true,
          rangeStart: 'source_address_start',
          rangeEnd: 'source_address_end',
          anyRanges: ['0.0.0.0-255.255.255.255', '::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'],
        },
        protocol: { arguments: ['protocol'], absent: RuleProtocol.ALL },
        ports: { min: 'destination_port_start', max: 'destination_port_end' },
      },
      verified: true,
      source: `${RESOURCES}/firewall_rules.md`,
    },
  },
  {
    resourceType: 'upcloud_firewall_ruleset',
    category: ResourceCategory.FIREWALL,
    source: `${TF}/docs/resources/firewall_ruleset.md`,
    note: 'SDN firewall ruleset (ordered `rules`, optional `server_uuid`); no zone argument.',
    publicExposure: {
      check: ExposureCheck.FIREWALL,
      firewall: {
        rules: 'rules',
        ordered: true,
        direction: { path: 'direction', words: ['in'], absent: false },
        offSwitch: { path: 'enabled', offWhen: false, literalOnly: true },
        action: { path: 'action', words: ['accept'] },
        peer: {
          cidrs: ['source_address_cidr'],
          absentMeansAny: true,
          rangeStart: 'source_address_start',
          rangeEnd: 'source_address_end',
          anyRanges: ['0.0.0.0-255.255.255.255', '::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'],
        },
        protocol: { arguments: ['protocol'], absent: RuleProtocol.ALL },
        ports: { min: 'destination_port_start', max: 'destination_port_end' },
      },
      verified: true,
      source: `${RESOURCES}/firewall_ruleset.md`,
    },
  },
  {
    resourceType: 'upcloud_managed_database_postgresql',
    category: ResourceCategory.DATABASE,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/managed_database_postgresql.md`, note: '`zone` (String) Zone where the instance resides, e.g. `de-fra1`. You can list available zones with `upctl zone list`.' },
    ],
    source: `${TF}/docs/resources/managed_database_postgresql.md`,
    // Property defaults: https://github.com/UpCloudLtd/terraform-provider-upcloud/blob/v5.41.0/internal/service/database/properties/service_types_data.json (same for mysql, opensearch, valkey).
    note: 'No encryption argument: UpCloud encrypts instance volumes (LUKS, per-instance keys) and backups by default. ' +
      '`properties { public_access (default false), ip_filter (allowed CIDRs, default []) }`.',
    encryptionAtRest: { check: EncryptionCheck.PLATFORM, what: 'database', verified: true, source: `${RESOURCES}/managed_database_postgresql.md` },
    publicExposure: {
      check: ExposureCheck.ALLOW_LIST,
      allowList: {
        entries: [{ values: 'properties.ip_filter', attribute: 'properties.ip_filter', what: 'the PostgreSQL service' }],
        publicSwitch: { argument: 'properties.public_access', absent: false },
        fix: 'Set properties { public_access = false } and reach the database through a private network (network block), or list only known CIDRs in properties.ip_filter.',
      },
      verified: true,
      source: `${RESOURCES}/managed_database_postgresql.md`,
    },
    // `properties.backup_retention_days`: "Number of days to retain automatic backups" (1 to 30; ACU plans only).
    backupRetention: {
      argument: 'properties.backup_retention_days',
      fix: 'Set properties { backup_retention_days } to at most {days}.',
      verified: true,
      source: `${RESOURCES}/managed_database_postgresql.md`,
    },
  },
  {
    resourceType: 'upcloud_managed_database_mysql',
    category: ResourceCategory.DATABASE,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/managed_database_mysql.md`, note: '`zone` (String) Zone where the instance resides, e.g. `de-fra1`. You can list available zones with `upctl zone list`.' },
    ],
    source: `${TF}/docs/resources/managed_database_mysql.md`,
    note: 'No encryption argument.',
    encryptionAtRest: { check: EncryptionCheck.PLATFORM, what: 'database', verified: true, source: `${RESOURCES}/managed_database_mysql.md` },
    publicExposure: {
      check: ExposureCheck.ALLOW_LIST,
      allowList: {
        entries: [{ values: 'properties.ip_filter', attribute: 'properties.ip_filter', what: 'the MySQL service' }],
        publicSwitch: { argument: 'properties.public_access', absent: false },
        fix: 'Set properties { public_access = false } and reach the database through a private network (network block), or list only known CIDRs in properties.ip_filter.',
      },
      verified: true,
      source: `${RESOURCES}/managed_database_mysql.md`,
    },
  },
  {
    resourceType: 'upcloud_managed_database_opensearch',
    category: ResourceCategory.DATABASE,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/managed_database_opensearch.md`, note: '`zone` (String) Zone where the instance resides, e.g. `de-fra1`. You can list available zones with `upctl zone list`.' },
    ],
    source: `${TF}/docs/resources/managed_database_opensearch.md`,
    note: 'No encryption argument; `access_control` switches user access control on.',
    encryptionAtRest: { check: EncryptionCheck.PLATFORM, what: 'database', verified: true, source: `${RESOURCES}/managed_database_opensearch.md` },
    publicExposure: {
      check: ExposureCheck.ALLOW_LIST,
      allowList: {
        entries: [{ values: 'properties.ip_filter', attribute: 'properties.ip_filter', what: 'the OpenSearch service' }],
        publicSwitch: { argument: 'properties.public_access', absent: false },
        fix: 'Set properties { public_access = false } and reach the database through a private network (network block), or list only known CIDRs in properties.ip_filter.',
      },
      verified: true,
      source: `${RESOURCES}/managed_database_opensearch.md`,
    },
  },
  {
    resourceType: 'upcloud_managed_database_valkey',
    category: ResourceCategory.DATABASE,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/managed_database_valkey.md`, note: '`zone` (String) Zone where the instance resides, e.g. `de-fra1`. You can list available zones with `upctl zone list`.' },
    ],
    source: `${TF}/docs/resources/managed_database_valkey.md`,
    note: 'No encryption argument.',
    encryptionAtRest: { check: EncryptionCheck.PLATFORM, what: 'database', verified: true, source: `${RESOURCES}/managed_database_valkey.md` },
    // `properties.valkey_ssl`: "Require SSL to access Valkey" (default true in the provider's property schema,
    // internal/service/database/properties/service_types_data.json at the same tag).
    encryptionInTransit: {
      check: TransitCheck.TLS_FLAG,
      argument: 'properties.valkey_ssl',
      what: 'Valkey service',
      defaultOn: true,
      fix: 'Remove properties.valkey_ssl or set it to true (the default).',
      verified: true,
      source: `${RESOURCES}/managed_database_valkey.md`,
    },
    publicExposure: {
      check: ExposureCheck.ALLOW_LIST,
      allowList: {
        entries: [{ values: 'properties.ip_filter', attribute: 'properties.ip_filter', what: 'the Valkey service' }],
        publicSwitch: { argument: 'properties.public_access', absent: false },
        fix: 'Set properties { public_access = false } and reach the database through a private network (network block), or list only known CIDRs in properties.ip_filter.',
      },
      verified: true,
      source: `${RESOURCES}/managed_database_valkey.md`,
    },
  },
  {
    resourceType: 'upcloud_storage',
    category: ResourceCategory.VOLUME,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/storage.md`, note: '`zone` (String) The zone the storage is in, e.g. `de-fra1`. You can list available zones with `upctl zone list`.' },
    ],
    source: `${TF}/docs/resources/storage.md`,
    note: '`encrypt` (bool) = encryption at rest, off unless set; `tier` (maxiops/standard/hdd …).',
    encryptionAtRest: { check: EncryptionCheck.FLAG, argument: 'encrypt', what: 'storage', fix: 'Set encrypt = true.', verified: true, source: `${RESOURCES}/storage.md` },
  },
  {
    resourceType: 'upcloud_file_storage',
    category: ResourceCategory.VOLUME,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/file_storage.md`, note: '`zone` (String) Zone in which the service will be hosted, e.g. `fi-hel1`. You can list available zones with `upctl zone list`.' },
    ],
    source: `${TF}/docs/resources/file_storage.md`,
    note: '`encrypt` (bool, default false) can only be set at creation.',
    encryptionAtRest: {
      check: EncryptionCheck.FLAG,
      argument: 'encrypt',
      what: 'file storage',
      fix: 'Set encrypt = true (only possible at creation).',
      verified: true,
      source: `${RESOURCES}/file_storage.md`,
    },
  },
  {
    resourceType: 'upcloud_server',
    category: ResourceCategory.SERVER,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/server.md`, note: '`zone` (String) The zone in which the server will be hosted, e.g. `de-fra1`. You can list available zones with `upctl zone list`.' },
    ],
    source: `${TF}/docs/resources/server.md`,
    note: '`template { encrypt }` and `storage_devices` decide disk encryption (off unless set); `firewall` (bool) enables upcloud_firewall_rules.',
    publicExposure: {
      check: ExposureCheck.SERVER,
      firewallSwitch: {
        argument: 'firewall',
        atResource: true,
        interfaces: 'network_interface',
        publicWhen: { tests: [{ path: 'type', equalTo: 'public' }] },
        consequence: 'UpCloud\'s firewall is the only filter in front of the public interface ("applies to public and utility network traffic"), so every port of the server is reachable from the internet',
        fix: 'Set firewall = true with an upcloud_firewall_rules resource that accepts only the ports the service needs and ends with a drop rule, or give the server no public interface.',
        verified: true,
        source: 'https://upcloud.com/docs/products/networking/features/firewall/',
      },
      publicAddress: {
        publicWhen: [{ path: 'network_interface', tests: [{ path: 'type', equalTo: 'public' }] }],
        what: 'a network_interface of type "public"',
        attribute: 'network_interface',
        verified: true,
        source: `${RESOURCES}/server.md`,
      },
      verified: true,
      source: `${RESOURCES}/server.md`,
    },
    encryptionAtRest: {
      check: EncryptionCheck.FLAG,
      argument: 'template.encrypt',
      what: 'server\'s template storage',
      fix: 'Set template { encrypt = true }.',
      judgedWhenSet: 'template',
      verified: true,
      source: `${RESOURCES}/server.md`,
    },
  },
  {
    resourceType: 'upcloud_loadbalancer_frontend',
    source: `${RESOURCES}/loadbalancer_frontend.md`,
    encryptionInTransit: {
      check: TransitCheck.LISTENER,
      listener: {
        protocol: 'mode',
        port: 'port',
        what: 'frontend',
        steps: [
          { step: ListenerStep.UNKNOWN_PROTOCOL },
          { step: ListenerStep.PASS_IF_TLS, childTypes: ['upcloud_loadbalancer_frontend_tls_config'] },
          { step: ListenerStep.PORT80_IF_PROTOCOL, protocols: ['tcp'] },
          {
            step: ListenerStep.PLAIN_IF_PROTOCOL,
            redirects: [
              {
                childTypes: ['upcloud_loadbalancer_frontend_rule'],
                match: { path: 'actions.http_redirect', any: [{ tests: [{ path: 'scheme', equalTo: 'https' }] }, { tests: [{ path: 'location', httpsUrl: true }] }] },
              },
            ],
            message: 'The frontend runs in http mode on port {port} with no TLS config and no rule redirecting to HTTPS: traffic is served in plain text.',
            fix: 'Attach an upcloud_loadbalancer_frontend_tls_config (certificate bundle), or add an upcloud_loadbalancer_frontend_rule with actions { http_redirect { scheme = "https" } }.',
            attribute: 'mode',
          },
        ],
      },
      verified: true,
      source: `${RESOURCES}/loadbalancer_frontend.md`,
    },
  },
];
