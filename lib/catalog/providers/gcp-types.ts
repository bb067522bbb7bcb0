import { LocationArgumentShape, SecondaryLocationRead } from '../facts/location';
import { AuditCheck } from '../facts/audit';
import { LockShape, LifecycleShape } from '../facts/stores';
import { ExposureCheck, ApiAccessStep, RuleProtocol } from '../facts/exposure';
import { ListenerStep, TransitCheck } from '../facts/transit';
import { EncryptionCheck } from '../facts/encryption';
import { LocationKind, ResourceCategory, ResourceTypeFact } from '../types';

/** The documentation of its resources, at the release the facts were read from. */
export const RESOURCES = 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r';

/** Resource types of Google Cloud the catalog describes: what each holds, where it is and how the rules judge it. */
export const GOOGLE_CLOUD_RESOURCE_TYPES: ResourceTypeFact[] = [
  {
    resourceType: 'google_container_cluster',
    category: ResourceCategory.KUBERNETES_CLUSTER,
    locationArguments: ['location', 'node_locations'],
    locationShapes: [
      { path: 'node_locations', shape: LocationArgumentShape.LIST, kind: LocationKind.ZONE, verified: true, source: 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/container_cluster.html.markdown' },
    ],
    source: 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/container_cluster.html.markdown',
    note: '`location` is a region (regional cluster) or a zone (zonal cluster); falls back to the provider `zone`/`region`. `node_locations` are zones. Secrets encryption: `database_encryption { state = "ENCRYPTED", key_name }`. `node_config { boot_disk_kms_key }`. `private_cluster_config`, `master_authorized_networks_config`.',
    encryptionAtRest: {
      check: EncryptionCheck.PLATFORM,
      what: 'default node pool\'s boot disks',
      customerKey: { arguments: ['node_config.boot_disk_kms_key'], fix: 'Set node_config { boot_disk_kms_key }.' },
      skippedWhenTrue: 'remove_default_node_pool',
      verified: true,
      source: `${RESOURCES}/container_cluster.html.markdown`,
    },
    publicExposure: {
      check: ExposureCheck.API_ACCESS,
      apiAccess: [
        { step: ApiAccessStep.PASS_IF_FLAG, argument: 'private_cluster_config.enable_private_endpoint' },
        { step: ApiAccessStep.PASS_IF_FLAG, argument: 'control_plane_endpoints_config.ip_endpoints_config.enabled', absent: true, passWhen: false },
        {
          step: ApiAccessStep.REQUIRE_SET,
          argument: 'master_authorized_networks_config',
          message: 'No master_authorized_networks_config and no private endpoint: the Kubernetes API accepts connections from any address.',
        },
        {
          step: ApiAccessStep.FINDING_UNLESS_FALSE,
          argument: 'master_authorized_networks_config.gcp_public_cidrs_access_enabled',
          message: 'master_authorized_networks_config.gcp_public_cidrs_access_enabled admits every Google Cloud public IP (anyone can rent one).',
        },
        {
          step: ApiAccessStep.CIDR_ENTRIES,
          values: 'master_authorized_networks_config.cidr_blocks.cidr_block',
          attribute: 'master_authorized_networks_config.cidr_blocks',
          message: 'master_authorized_networks_config admits {sources}: the Kubernetes API is open to the internet.',
          unknownMessage: 'master_authorized_networks_config cidr_block {sources} cannot be verified before apply.',
        },
      ],
      verified: true,
      source: `${RESOURCES}/container_cluster.html.markdown`,
    },
    auditLogging: { check: AuditCheck.ALWAYS_ON, verified: true, source: 'https://cloud.google.com/logging/docs/audit#admin-activity' },
  },
  {
    resourceType: 'google_container_node_pool',
    category: ResourceCategory.NODE_POOL,
    locationArguments: ['location', 'node_locations'],
    locationShapes: [
      { path: 'node_locations', shape: LocationArgumentShape.LIST, kind: LocationKind.ZONE, verified: true, source: 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/container_node_pool.html.markdown' },
    ],
    source: 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/container_node_pool.html.markdown',
    note: '`node_config { boot_disk_kms_key }`.',
    encryptionAtRest: {
      check: EncryptionCheck.PLATFORM,
      what: 'node pool\'s boot disks',
      customerKey: { arguments: ['node_config.boot_disk_kms_key'], fix: 'Set node_config { boot_disk_kms_key }.' },
      verified: true,
      source: `${RESOURCES}/container_node_pool.html.markdown`,
    },
  },
  {
    resourceType: 'google_storage_bucket',
    category: ResourceCategory.BUCKET,
    locationArguments: ['location'],
    source: 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/storage_bucket.html.markdown',
    note: '`location` = region, multi-region (EU, US, ASIA) or dual-region (EUR4, ...; configurable dual-regions list regions in `custom_placement_config.data_locations`). Always encrypted with Google-managed keys; `encryption { default_kms_key_name }` for CMEK. `versioning { enabled }`, `lifecycle_rule`, `retention_policy { retention_period, is_locked }` (WORM), `uniform_bucket_level_access`, `public_access_prevention` ("enforced" | "inherited"), `soft_delete_policy`.',
    encryptionAtRest: {
      check: EncryptionCheck.PLATFORM,
      what: 'bucket',
      customerKey: { arguments: ['encryption.default_kms_key_name'], fix: 'Set encryption { default_kms_key_name } to a Cloud KMS key.' },
      verified: true,
      source: `${RESOURCES}/storage_bucket.html.markdown`,
    },
    store: {
      lockArguments: [{ shape: LockShape.RETENTION_SECONDS, argument: 'retention_policy', period: 'retention_period' }],
      lockHow: 'Add a retention_policy { retention_period, is_locked = true }',
      lifecycle: {
        shape: LifecycleShape.ACTION_CONDITION,
        rules: 'lifecycle_rule',
        actionCondition: {
          action: 'action',
          actionType: 'type',
          deleteValue: 'Delete',
          condition: 'condition',
          age: 'age',
          state: 'with_state',
          noncurrentState: 'ARCHIVED',
          liveState: 'LIVE',
          noncurrentConditions: ['num_newer_versions', 'days_since_noncurrent_time', 'noncurrent_time_before'],
          sinceNoncurrent: 'days_since_noncurrent_time',
          newerVersions: 'num_newer_versions',
          filters: ['matches_prefix', 'matches_suffix', 'matches_storage_class'],
        },
      },
      expiryHow: 'Add a lifecycle_rule { action { type = "Delete" } condition { age = N } }',
      noncurrentHow: 'Add a lifecycle_rule { action { type = "Delete" } condition { days_since_noncurrent_time = N } } without with_state = "LIVE"',
      versioning: [{ argument: 'versioning', fields: ['enabled', 'status'], scalarIsFlag: true }],
      versioningHow: 'Set versioning { enabled = true }.',
    },
    secondaryLocations: [{ argument: 'custom_placement_config.data_locations', role: 'replica', read: SecondaryLocationRead.REGION }],
  },
  {
    resourceType: 'google_storage_bucket_iam_binding',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/storage_bucket_iam.html.markdown',
    note: 'Also _iam_member / _iam_policy (same doc). Members "allUsers" / "allAuthenticatedUsers" make the bucket public.',
    publicExposure: { check: ExposureCheck.BUCKET, bucket: { members: 'members' }, verified: true, source: `${RESOURCES}/storage_bucket_iam.html.markdown` },
  },
  {
    resourceType: 'google_storage_bucket_iam_member',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/storage_bucket_iam.html.markdown',
    publicExposure: { check: ExposureCheck.BUCKET, bucket: { members: 'member' }, verified: true, source: `${RESOURCES}/storage_bucket_iam.html.markdown` },
  },
  {
    resourceType: 'google_storage_bucket_iam_policy',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/storage_bucket_iam.html.markdown',
    publicExposure: {
      check: ExposureCheck.BUCKET,
      bucket: { policyData: { argument: 'policy_data', dataSourceType: 'google_iam_policy', dataSourceAttribute: 'policy_data', members: 'binding.members' } },
      verified: true,
      source: `${RESOURCES}/storage_bucket_iam.html.markdown`,
    },
  },
  {
    resourceType: 'google_storage_bucket_acl',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/storage_bucket_acl.html.markdown',
    note: 'Legacy ACLs (ignored when uniform_bucket_level_access is on).',
    publicExposure: {
      check: ExposureCheck.BUCKET,
      bucket: { cannedAcl: 'predefined_acl', roleEntities: 'role_entity' },
      verified: true,
      source: `${RESOURCES}/storage_bucket_acl.html.markdown`,
    },
  },
  {
    resourceType: 'google_storage_bucket_access_control',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/storage_bucket_access_control.html.markdown',
  },
  {
    resourceType: 'google_storage_default_object_acl',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/storage_default_object_acl.html.markdown',
    publicExposure: {
      check: ExposureCheck.BUCKET,
      bucket: { roleEntities: 'role_entity' },
      verified: true,
      source: `${RESOURCES}/storage_default_object_acl.html.markdown`,
    },
  },
  {
    resourceType: 'google_compute_network',
    category: ResourceCategory.NETWORK,
    source: 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/compute_network.html.markdown',
    note: 'Global resource (no location); project from `project` / provider.',
  },
  {
    resourceType: 'google_compute_subnetwork',
    category: ResourceCategory.SUBNET,
    locationArguments: ['region'],
    source: 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/compute_subnetwork.html.markdown',
  },
  {
    resourceType: 'google_compute_firewall',
    category: ResourceCategory.FIREWALL,
    source: 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/compute_firewall.html.markdown',
    note: 'Global. `direction`, `source_ranges` ("0.0.0.0/0" = open), `allow` / `deny` blocks.',
    publicExposure: {
      check: ExposureCheck.FIREWALL,
      firewall: {
        rules: 'allow',
        direction: { path: 'direction', words: ['ingress'], absent: true },
        offSwitch: { path: 'disabled', offWhen: true, absent: false, atResource: true },
        peer: {
          cidrs: ['source_ranges'],
          absentMeansAny: false,
          groups: ['source_tags', 'source_service_accounts'],
          groupText: 'source tags or service accounts',
          atResource: true,
        },
        protocol: { arguments: ['protocol'], absent: RuleProtocol.UNKNOWN },
        ports: { list: ['ports'] },
      },
      verified: true,
      source: `${RESOURCES}/compute_firewall.html.markdown`,
    },
  },
  {
    resourceType: 'google_compute_firewall_policy_rule',
    category: ResourceCategory.FIREWALL,
    source: 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/compute_firewall_policy_rule.html.markdown',
  },
  {
    resourceType: 'google_kms_key_ring',
    category: ResourceCategory.KMS,
    locationArguments: ['location'],
    source: 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/kms_key_ring.html.markdown',
    note: '`location` is a Cloud KMS location: a region, "global", or a KMS multi-/dual-region (e.g. "europe") - KMS multi-region codes are not catalogued here.',
  },
  {
    resourceType: 'google_kms_crypto_key',
    category: ResourceCategory.KMS,
    source: 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/kms_crypto_key.html.markdown',
    note: 'Located in its key ring (`key_ring`). `rotation_period`, `purpose`, `version_template { protection_level = "SOFTWARE" | "HSM" | "EXTERNAL" }`.',
  },
  {
    resourceType: 'google_logging_project_sink',
    category: ResourceCategory.AUDIT_LOGGING,
    source: 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/logging_project_sink.html.markdown',
    note: 'Routes logs (incl. Cloud Audit Logs) to `destination` (bucket / BigQuery / Pub/Sub / log bucket) - the destination location matters.',
    auditSink: { arguments: ['destination'], description: 'logging sink {address}', stripPrefix: 'storage.googleapis.com/' },
    secondaryLocations: [{ argument: 'destination', role: 'log sink', read: SecondaryLocationRead.REFERENCE }],
  },
  {
    resourceType: 'google_logging_organization_sink',
    category: ResourceCategory.AUDIT_LOGGING,
    source: 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/logging_organization_sink.html.markdown',
  },
  {
    resourceType: 'google_logging_project_bucket_config',
    category: ResourceCategory.AUDIT_LOGGING,
    locationArguments: ['location'],
    source: 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/logging_project_bucket_config.html.markdown',
    note: '`location` ("global", a region, or "eu"/"us"), `retention_days`, `cmek_settings { kms_key_name }`.',
  },
  {
    resourceType: 'google_project_iam_audit_config',
    category: ResourceCategory.AUDIT_LOGGING,
    source: 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/google_project_iam.html.markdown',
    note: 'Enables Data Access audit logs (`audit_log_config { log_type = "DATA_READ" | "DATA_WRITE" | "ADMIN_READ" }`); Admin Activity logs are always on.',
  },
  {
    resourceType: 'google_sql_database_instance',
    category: ResourceCategory.DATABASE,
    locationArguments: ['region'],
    source: 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/sql_database_instance.html.markdown',
    note: 'Zone: `settings { location_preference { zone } }`; falls back to provider `region`. CMEK: `encryption_key_name` (set at creation); Google-managed encryption otherwise. `settings { ip_configuration { ipv4_enabled, authorized_networks } }`, `deletion_protection`.',
    encryptionAtRest: {
      check: EncryptionCheck.PLATFORM,
      what: 'database instance',
      customerKey: { arguments: ['encryption_key_name'], fix: 'Set encryption_key_name to a Cloud KMS key (at creation).' },
      verified: true,
      source: `${RESOURCES}/sql_database_instance.html.markdown`,
    },
    encryptionInTransit: {
      check: TransitCheck.TLS_MODE,
      argument: 'settings.ip_configuration.ssl_mode',
      values: ['encrypted_only', 'trusted_client_certificate_required'],
      legacyFlag: 'settings.ip_configuration.require_ssl',
      absentText: 'not set (ALLOW_UNENCRYPTED_AND_ENCRYPTED)',
      message: 'The instance accepts unencrypted connections: `settings.ip_configuration.ssl_mode` is {state}.',
      fix: 'Set settings { ip_configuration { ssl_mode = "ENCRYPTED_ONLY" } }.',
      verified: true,
      source: `${RESOURCES}/sql_database_instance.html.markdown`,
    },
  },
  {
    resourceType: 'google_compute_disk',
    category: ResourceCategory.VOLUME,
    locationArguments: ['zone'],
    source: 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/compute_disk.html.markdown',
    note: 'Encrypted with Google-managed keys by default; `disk_encryption_key { kms_key_self_link | raw_key }` for CMEK/CSEK.',
    encryptionAtRest: {
      check: EncryptionCheck.PLATFORM,
      what: 'disk',
      customerKey: {
        arguments: ['disk_encryption_key.kms_key_self_link', 'disk_encryption_key.raw_key', 'disk_encryption_key.rsa_encrypted_key'],
        fix: 'Set disk_encryption_key { kms_key_self_link }.',
      },
      verified: true,
      source: `${RESOURCES}/compute_disk.html.markdown`,
    },
  },
  {
    resourceType: 'google_compute_region_disk',
    category: ResourceCategory.VOLUME,
    locationArguments: ['region'],
    source: 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/compute_region_disk.html.markdown',
    note: '`replica_zones`; `disk_encryption_key`.',
    encryptionAtRest: {
      check: EncryptionCheck.PLATFORM,
      what: 'disk',
      customerKey: { arguments: ['disk_encryption_key.kms_key_self_link', 'disk_encryption_key.raw_key'], fix: 'Set disk_encryption_key { kms_key_self_link }.' },
      verified: true,
      source: `${RESOURCES}/compute_region_disk.html.markdown`,
    },
  },
  {
    resourceType: 'google_compute_instance',
    category: ResourceCategory.SERVER,
    locationArguments: ['zone'],
    source: 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/compute_instance.html.markdown',
    note: 'Falls back to provider `zone`. `boot_disk { kms_key_self_link }`.',
  },
  {
    resourceType: 'google_compute_target_http_proxy',
    source: `${RESOURCES}/compute_target_http_proxy.html.markdown`,
    encryptionInTransit: {
      check: TransitCheck.LISTENER,
      listener: {
        port: 'url_map',
        what: 'target HTTP proxy',
        steps: [
          {
            step: ListenerStep.PASS_IF_REDIRECT,
            redirects: [
              {
                referencedBy: 'url_map',
                referencedType: 'google_compute_url_map',
                match: { tests: [{ path: 'default_url_redirect.https_redirect', isTrue: true }] },
              },
            ],
          },
          {
            step: ListenerStep.PLAIN_IF_PROTOCOL,
            message: 'The target HTTP proxy serves plain HTTP and its URL map does not redirect to HTTPS (default_url_redirect.https_redirect).',
            fix: 'Use a google_compute_target_https_proxy, and point this proxy at a URL map with default_url_redirect { https_redirect = true }.',
            attribute: 'url_map',
          },
        ],
      },
      verified: true,
      source: `${RESOURCES}/compute_target_http_proxy.html.markdown`,
    },
  },
  {
    resourceType: 'google_secret_manager_secret_version',
    source: `${RESOURCES}/secret_manager_secret_version.html.markdown`,
    secretArguments: { arguments: ['secret_data'] },
  },
];
