import {
  CertificationScheme,
  CertificationStatus,
  LocationKind,
  ProviderFacts,
  ResourceCategory,
  VolumeEncryptionMechanism,
} from '../types';

// Sources, checked for this file: terraform-provider-ionoscloud at tag v6.7.34 (newest tag).
const REPO = 'https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34';
const TF = `${REPO}/docs/resources`;
const TF_INDEX = `${REPO}/docs/index.md`;
/** IONOS sdk-go-bundle as vendored in the provider at v6.7.34: server lists with the city of each location. */
const SDK = `${REPO}/vendor/github.com/ionos-cloud/sdk-go-bundle/products`;
/** Contract-owned object storage endpoints: eu-central-3 Berlin, eu-central-4 Frankfurt, us-central-1 Lenexa. */
const SDK_OBJECT_STORAGE = `${SDK}/objectstorage/v2/client.go`;
/** User-owned object storage endpoints: de Frankfurt, eu-central-2 Berlin, eu-south-2 Logroño. */
const SDK_USER_OBJECT_STORAGE = `${SDK}/userobjectstorage/v2/client.go`;
/** PostgreSQL API servers, one per compute location, with country and city. */
const SDK_PSQL = `${SDK}/dbaas/psql/v3/client.go`;
const CONTRACT_S3_CLIENT = `${REPO}/services/objectstorage/client.go`;
const USER_S3_CLIENT = `${REPO}/services/userobjectstorage/client.go`;
const BLOCK_STORAGE_SECURITY = 'https://docs.ionos.com/cloud/storage-and-backup/block-storage/overview/security';
const DATACENTER = `${TF}/datacenter.md`;
/** 3rd-party: `kubectl get sc` output on IONOS Managed Kubernetes (no IONOS page lists the classes). */
const K8S_CLASSES_3RD_PARTY = 'https://github.com/sourensam/ionos_project';

export const IONOS_CLOUD: ProviderFacts = {
  id: 'ionos',
  name: 'IONOS Cloud',
  aliases: ['ionoscloud', 'ionos-cloud'],
  hyperscaler: false,
  ownership: {
    legalEntity: 'IONOS SE (Germany)',
    headquartersCountry: 'DE',
    headquartersCity: 'Montabaur',
    ultimateParent: 'United Internet AG',
    ultimateParentCountry: 'DE',
    reasoning:
      'IONOS Group SE (listed in Frankfurt since February 2023) is majority-owned by United Internet AG (63.8% after the IPO per United Internet\'s 2022 annual report). US private-equity firm Warburg Pincus held 21.2% after the IPO and reportedly sold its last shares in March 2025 (3rd-party, not checked at a primary source). The `us/*` locations and the `us-central-1` object-storage region are in the United States and are operated through a US subsidiary (not checked).',
    verified: true,
    sources: [
      'https://report.united-internet.de/annual-report/2022/management-report/subsequent-events.html',
      'https://ionos-group.com/investor-relations/publications/announcements/final-offer-price-for-ipo-of-ionos-group-se-set-at-eur-1850-per-share.html',
      'https://csf.hop3.abilian.com/providers/ionos.html',
    ],
  },
  certifications: [
    {
      scheme: CertificationScheme.ISO_27001,
      status: CertificationStatus.HELD,
      scope: 'All IONOS data centres in Europe (ISO/IEC 27001:2013 per the IONOS security page)',
      verified: true,
      source: 'https://www.ionos.at/sicherheit',
      note: 'Page of the IONOS hosting brand; scope of the IONOS Cloud (compute engine) certificate not checked separately.',
    },
    {
      scheme: CertificationScheme.BSI_C5,
      status: CertificationStatus.HELD,
      scope: 'IONOS Cloud (Type 1 per the 3rd-party page; scope not checked)',
      verified: false,
      source: 'https://staging.stav.ai/providers/ionos-ai-model-hub',
      note: '3rd-party: an assessment page mentions a BSI C5 Type 1 attestation; no IONOS page was found.',
    },
  ],
  terraformSources: ['ionos-cloud/ionoscloud'],
  resourceTypePrefixes: ['ionoscloud_'],
  // Only object storage has a provider-level default: `s3_region` (env IONOS_S3_REGION, default eu-central-3).
  providerLocationArguments: ['s3_region'],
  // Types with `availability_zone` (AUTO / ZONE_1 / ZONE_2 / ZONE_3: a zone inside a data centre, not a location) set
  // `locationArguments: []`, so the generic location arguments are not tried and they are located through `datacenter_id`.
  // Top-level `availability_zone` in the v6.7.34 resource schemas: server, vcpu_server, cube_server, gpu_server, volume,
  // k8s_node_pool (https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/ionoscloud/resource_server.go
  // and its resource_*.go siblings); nic, lan and firewall have none.
  resourceTypes: [
    // --- Managed Kubernetes
    {
      resourceType: 'ionoscloud_k8s_cluster',
      category: ResourceCategory.KUBERNETES_CLUSTER,
      locationArguments: ['location'],
      source: `${TF}/k8s_cluster.md`,
      note: '`location` (e.g. "de/fra") is only mandatory for private clusters (`public = false`); public clusters have no location argument, so their data location follows the node pools\' data centres. `s3_buckets { name }` names the object-storage bucket that receives the Kubernetes API audit logs. `api_subnet_allow_list` restricts API access.',
    },
    {
      resourceType: 'ionoscloud_k8s_node_pool',
      category: ResourceCategory.NODE_POOL,
      locationArguments: [],
      source: `${TF}/k8s_node_pool.md`,
      note: 'Located through `datacenter_id` (the ionoscloud_datacenter `location`); `availability_zone` is AUTO / ZONE_1 / ZONE_2, not a location. `storage_type` SSD|HDD; no encryption argument (block volumes are encrypted by the platform).',
    },
    // --- Object storage (contract-owned buckets)
    {
      resourceType: 'ionoscloud_s3_bucket',
      category: ResourceCategory.BUCKET,
      locationArguments: ['region'],
      source: `${TF}/s3_bucket.md`,
      note: 'Contract-owned bucket. `region` = eu-central-3 | eu-central-4 | us-central-1; when unset, the provider `s3_region` (IONOS_S3_REGION) applies, default eu-central-3 (Berlin). `object_lock_enabled` only at creation. Encryption, versioning, lifecycle, policy, public-access block and object-lock rules are separate resources.',
    },
    {
      resourceType: 'ionoscloud_user_object_storage_bucket',
      category: ResourceCategory.BUCKET,
      locationArguments: ['region'],
      source: `${TF}/user_object_storage_bucket.md`,
      note: 'User-owned (legacy) bucket. `region` = de (Frankfurt, endpoint s3.eu-central-1) | eu-central-2 (Berlin) | eu-south-2 (Logroño). Sub-resources (versioning, lifecycle, SSE, policy …) are NOT supported for user-owned buckets; region is not read back on import (defaults to "de").',
    },
    {
      resourceType: 'ionoscloud_s3_bucket_server_side_encryption_configuration',
      category: ResourceCategory.BUCKET_CONFIGURATION,
      source: `${TF}/s3_bucket_server_side_encryption_configuration.md`,
      note: '`rule { apply_server_side_encryption_by_default { sse_algorithm = "AES256" } }`; "AES256" is the only valid value (no KMS). Located through `bucket`.',
    },
    {
      resourceType: 'ionoscloud_s3_bucket_versioning',
      category: ResourceCategory.BUCKET_CONFIGURATION,
      source: `${TF}/s3_bucket_versioning.md`,
      note: '`versioning_configuration { status = "Enabled" | "Suspended", mfa_delete }`.',
    },
    {
      resourceType: 'ionoscloud_s3_bucket_lifecycle_configuration',
      category: ResourceCategory.BUCKET_CONFIGURATION,
      source: `${TF}/s3_bucket_lifecycle_configuration.md`,
      note: '`lifecycle_rule { status = "Enabled", expiration { days }, noncurrent_version_expiration, abort_incomplete_multipart_upload }`.',
    },
    {
      resourceType: 'ionoscloud_s3_bucket_policy',
      category: ResourceCategory.BUCKET_CONFIGURATION,
      source: `${TF}/s3_bucket_policy.md`,
    },
    {
      resourceType: 'ionoscloud_s3_bucket_public_access_block',
      category: ResourceCategory.BUCKET_CONFIGURATION,
      source: `${TF}/s3_bucket_public_access_block.md`,
      note: '`block_public_acls`, `ignore_public_acls`, `block_public_policy`, `restrict_public_buckets` (bools).',
    },
    {
      resourceType: 'ionoscloud_s3_bucket_object_lock_configuration',
      category: ResourceCategory.BUCKET_CONFIGURATION,
      source: `${TF}/s3_bucket_object_lock_configuration.md`,
      note: '`object_lock_enabled = "Enabled"`, `rule { default_retention { mode = GOVERNANCE|COMPLIANCE, days | years } }`; the bucket needs `object_lock_enabled = true` at creation.',
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
      source: `${TF}/pg_cluster_v2.md`,
      note: '`location` = compute location (e.g. "de/txl"); `backup { location }` = object-storage region of the backups (e.g. "eu-central-3"), a second data location. No encryption argument.',
    },
    {
      resourceType: 'ionoscloud_pg_cluster',
      category: ResourceCategory.DATABASE,
      locationArguments: ['location', 'backup_location'],
      source: `${TF}/dbaas_pgsql_cluster.md`,
      note: '`backup_location` = de | eu-south-2 | eu-central-2 (object-storage region; may differ from the cluster country, e.g. Spain). No encryption argument.',
    },
    {
      resourceType: 'ionoscloud_mongo_cluster',
      category: ResourceCategory.DATABASE,
      locationArguments: ['location', 'backup.location'],
      source: `${TF}/dbaas_mongo_cluster.md`,
      note: '`backup { location }` = de | eu-south-2 | eu-central-2; when unset the nearest location is used. No encryption argument.',
    },
    {
      resourceType: 'ionoscloud_mariadb_cluster',
      category: ResourceCategory.DATABASE,
      locationArguments: ['location', 'backup.location'],
      source: `${TF}/dbaas_mariadb_cluster.md`,
      note: '`location` optional (endpoint defaults to de/txl when unset); `backup { location }` = object-storage region. No encryption argument.',
    },
    {
      resourceType: 'ionoscloud_inmemorydb_cluster_v2',
      category: ResourceCategory.DATABASE,
      locationArguments: ['location', 'snapshot.location'],
      source: `${TF}/inmemorydb_cluster_v2.md`,
      note: '`snapshot { location }` = object-storage location of snapshots.',
    },
    {
      resourceType: 'ionoscloud_inmemorydb_replicaset',
      category: ResourceCategory.DATABASE,
      locationArguments: ['location'],
      source: `${TF}/dbaas_inmemorydb_replica_set.md`,
      note: '`location` defaults to de/fra when unset.',
    },
    // --- Block storage
    {
      resourceType: 'ionoscloud_volume',
      category: ResourceCategory.VOLUME,
      locationArguments: [],
      source: `${TF}/volume.md`,
      note: 'Located through `datacenter_id`; `availability_zone` AUTO/ZONE_1/ZONE_2/ZONE_3 is not a location. No encryption argument: volumes created after the feature launch are encrypted by the platform (AES-XTS-256, per-volume key, not customer-managed).',
    },
    // --- Servers
    {
      resourceType: 'ionoscloud_server',
      category: ResourceCategory.SERVER,
      locationArguments: [],
      source: `${TF}/server.md`,
      note: 'Located through `datacenter_id`; `availability_zone` AUTO/ZONE_1/ZONE_2 is not a location.',
    },
    {
      resourceType: 'ionoscloud_vcpu_server',
      category: ResourceCategory.SERVER,
      locationArguments: [],
      source: `${TF}/vcpu_server.md`,
      note: 'Located through `datacenter_id`; `availability_zone` AUTO/ZONE_1/ZONE_2 is not a location.',
    },
    {
      resourceType: 'ionoscloud_cube_server',
      category: ResourceCategory.SERVER,
      locationArguments: [],
      source: `${TF}/cube_server.md`,
      note: 'Located through `datacenter_id`; `availability_zone` is a zone inside the data centre, not a location.',
    },
    {
      resourceType: 'ionoscloud_gpu_server',
      category: ResourceCategory.SERVER,
      locationArguments: [],
      source: `${TF}/gpu_server.md`,
      note: 'Located through `datacenter_id`; `availability_zone` is a zone inside the data centre, not a location.',
    },
  ],
  regions: [
    // ---------------- Compute locations (ionoscloud_datacenter.location and DBaaS/logging `location`)
    {
      code: 'de/fra',
      kind: LocationKind.LOCATION,
      country: 'DE',
      city: 'Frankfurt',
      cityVerified: true,
      aliases: ['de-fra'],
      source: SDK_PSQL,
      note: 'Listed in ionoscloud_datacenter docs; city from the IONOS SDK server list ("Germany, Frankfurt (de/fra, de/fra/2)").',
    },
    {
      code: 'de/fra/2',
      kind: LocationKind.LOCATION,
      country: 'DE',
      city: 'Frankfurt',
      cityVerified: true,
      aliases: ['de-fra-2'],
      source: SDK_PSQL,
      note: 'Second Frankfurt location; listed in ionoscloud_datacenter docs.',
    },
    {
      code: 'de/txl',
      kind: LocationKind.LOCATION,
      country: 'DE',
      city: 'Berlin',
      cityVerified: true,
      aliases: ['de-txl'],
      source: SDK_PSQL,
    },
    {
      code: 'es/vit',
      kind: LocationKind.LOCATION,
      country: 'ES',
      city: 'Logroño',
      cityVerified: true,
      aliases: ['es-vit'],
      source: SDK_PSQL,
      note: 'The code uses the IATA code of Vitoria, but IONOS names the city Logroño.',
    },
    {
      code: 'fr/par',
      kind: LocationKind.LOCATION,
      country: 'FR',
      city: 'Paris',
      cityVerified: true,
      aliases: ['fr-par'],
      source: SDK_PSQL,
    },
    {
      code: 'gb/lhr',
      kind: LocationKind.LOCATION,
      country: 'GB',
      city: 'London',
      cityVerified: true,
      aliases: ['gb-lhr'],
      source: SDK_PSQL,
      note: 'United Kingdom: Europe but outside the EU (EU adequacy decision).',
    },
    {
      code: 'gb/bhx',
      kind: LocationKind.LOCATION,
      country: 'GB',
      city: 'Worcester',
      cityVerified: true,
      aliases: ['gb-bhx'],
      source: SDK_PSQL,
      note: 'United Kingdom, outside the EU. The code uses the IATA code of Birmingham, but IONOS names the city Worcester.',
    },
    {
      code: 'us/las',
      kind: LocationKind.LOCATION,
      country: 'US',
      city: 'Las Vegas',
      cityVerified: true,
      aliases: ['us-las'],
      source: SDK_PSQL,
      note: 'Outside Europe (USA).',
    },
    {
      code: 'us/ewr',
      kind: LocationKind.LOCATION,
      country: 'US',
      city: 'Newark',
      cityVerified: true,
      aliases: ['us-ewr'],
      source: SDK_PSQL,
      note: 'Outside Europe (USA).',
    },
    {
      code: 'us/mci',
      kind: LocationKind.LOCATION,
      country: 'US',
      city: 'Lenexa, Kansas',
      cityVerified: true,
      aliases: ['us-mci'],
      source: SDK_PSQL,
      note: 'Outside Europe (USA). The code uses the IATA code of Kansas City; IONOS names the city Lenexa.',
    },
    // ---------------- Object-storage regions, contract-owned buckets (ionoscloud_s3_bucket.region)
    {
      code: 'eu-central-3',
      kind: LocationKind.OBJECT_STORAGE_REGION,
      country: 'DE',
      city: 'Berlin',
      cityVerified: true,
      s3Endpoint: 'https://s3.eu-central-3.ionoscloud.com',
      source: SDK_OBJECT_STORAGE,
      note: 'Default region of contract-owned buckets (provider `s3_region` / IONOS_S3_REGION default).',
    },
    {
      code: 'eu-central-4',
      kind: LocationKind.OBJECT_STORAGE_REGION,
      country: 'DE',
      city: 'Frankfurt',
      cityVerified: true,
      s3Endpoint: 'https://s3.eu-central-4.ionoscloud.com',
      source: SDK_OBJECT_STORAGE,
    },
    {
      code: 'us-central-1',
      kind: LocationKind.OBJECT_STORAGE_REGION,
      country: 'US',
      city: 'Lenexa, Kansas',
      cityVerified: true,
      s3Endpoint: 'https://s3.us-central-1.ionoscloud.com',
      source: SDK_OBJECT_STORAGE,
      note: 'Outside Europe (USA).',
    },
    // ---------------- Object-storage regions, user-owned buckets (ionoscloud_user_object_storage_bucket.region, DBaaS backup locations)
    {
      code: 'de',
      kind: LocationKind.OBJECT_STORAGE_REGION,
      country: 'DE',
      city: 'Frankfurt',
      cityVerified: true,
      aliases: ['eu-central-1'],
      s3Endpoint: 'https://s3.eu-central-1.ionoscloud.com',
      source: SDK_USER_OBJECT_STORAGE,
      note: 'Region code "de" but endpoint host s3.eu-central-1.ionoscloud.com; SigV4 region is "de". Legacy host s3.de-central.profitbricks.com (same region).',
    },
    {
      code: 'eu-central-2',
      kind: LocationKind.OBJECT_STORAGE_REGION,
      country: 'DE',
      city: 'Berlin',
      cityVerified: true,
      s3Endpoint: 'https://s3.eu-central-2.ionoscloud.com',
      source: SDK_USER_OBJECT_STORAGE,
    },
    {
      code: 'eu-south-2',
      kind: LocationKind.OBJECT_STORAGE_REGION,
      country: 'ES',
      city: 'Logroño',
      cityVerified: true,
      s3Endpoint: 'https://s3.eu-south-2.ionoscloud.com',
      source: SDK_USER_OBJECT_STORAGE,
    },
  ],
  objectStorage: {
    s3Compatible: true,
    endpointTemplate: 'https://s3.{region}.ionoscloud.com',
    hostPatterns: [
      '(?:(?<bucket>[a-z0-9.-]+)\\.)?s3\\.(?<region>[a-z]{2}-[a-z]+-\\d+)\\.ionoscloud\\.com',
      '(?:(?<bucket>[a-z0-9.-]+)\\.)?s3-website[.-](?<region>[a-z]{2}-[a-z]+-\\d+)\\.ionoscloud\\.com',
      '(?:(?<bucket>[a-z0-9.-]+)\\.)?s3\\.de-central\\.profitbricks\\.com',
    ],
    pathStyleRequired: false,
    signingRegion: '{region}',
    source: CONTRACT_S3_CLIENT,
    note: 'Template holds for every region except user-owned "de", whose host is s3.eu-central-1.ionoscloud.com (listed per region; "eu-central-1" is an alias of "de"). The provider signs SigV4 with the bucket region code (eu-central-3 …, or "de"), see also ' +
      USER_S3_CLIENT +
      '. The legacy host s3.de-central.profitbricks.com (region "de", Frankfurt) carries no region code, so the pattern cannot resolve its region. Virtual-hosted style is assumed supported (the SDK itself uses path-style); not checked in IONOS docs. The s3-website host pattern is an assumption, not from a primary source.',
  },
  kubernetesStorage: {
    storageClasses: [
      {
        name: 'ionos-enterprise-hdd',
        provisioner: 'cloud.ionos.com',
        encrypted: true,
        isDefault: true,
        verified: false,
        source: K8S_CLASSES_3RD_PARTY,
      },
      {
        name: 'ionos-enterprise-ssd',
        provisioner: 'cloud.ionos.com',
        encrypted: true,
        isDefault: false,
        verified: false,
        source: K8S_CLASSES_3RD_PARTY,
      },
    ],
    encryption: {
      mechanism: VolumeEncryptionMechanism.PLATFORM_DEFAULT,
      customerManagedKey: false,
      note: 'IONOS encrypts every block-storage volume created after the feature became available (AES-XTS 256-bit, unique key per volume, keys not accessible to customers; SSD Premium/Standard additionally on self-encrypting drives). Kubernetes PVs are IONOS block volumes, so they inherit it; there is no CSI parameter or customer-managed key. Volumes created BEFORE the launch date are not covered (date not stated). Storage class names/provisioner (ionos-enterprise-hdd default, ionos-enterprise-ssd, provisioner cloud.ionos.com) come from 3rd-party examples only; no IONOS page listing them was found.',
      verified: true,
      source: BLOCK_STORAGE_SECURITY,
    },
  },
  kubernetesLoadBalancer: {
    internalAnnotations: [],
    honorsSourceRanges: false,
    verified: false,
    source: 'https://docs.ionos.com/cloud/containers/managed-kubernetes',
    note: 'IONOS managed Kubernetes gives LoadBalancer Services a public IP on a node of a public node pool; no internal option is documented',
  },
  capabilities: {
    managedKubernetes: {
      supported: true,
      verified: true,
      source: `${TF}/k8s_cluster.md`,
    },
    bucketSse: {
      supported: true,
      verified: true,
      source: `${TF}/s3_bucket_server_side_encryption_configuration.md`,
      note: 'Separate resource ionoscloud_s3_bucket_server_side_encryption_configuration, sse_algorithm "AES256"; contract-owned buckets only.',
    },
    bucketSseKms: {
      supported: false,
      verified: true,
      source: `${TF}/s3_bucket_server_side_encryption_configuration.md`,
      note: '"AES256" is the only valid sse_algorithm; the provider has no KMS.',
    },
    objectLock: {
      supported: true,
      verified: true,
      source: `${TF}/s3_bucket_object_lock_configuration.md`,
      note: 'Bucket must be created with `object_lock_enabled = true`; retention via ionoscloud_s3_bucket_object_lock_configuration.',
    },
    publicAccessBlock: {
      supported: true,
      verified: true,
      source: `${TF}/s3_bucket_public_access_block.md`,
    },
    bucketVersioning: {
      supported: true,
      verified: true,
      source: `${TF}/s3_bucket_versioning.md`,
    },
    bucketLifecycle: {
      supported: true,
      verified: true,
      source: `${TF}/s3_bucket_lifecycle_configuration.md`,
    },
    kms: {
      supported: false,
      verified: true,
      source: TF_INDEX,
      note: 'No key-management resource in terraform-provider-ionoscloud v6.7.34 (docs/resources lists none).',
    },
    managedAuditLogging: {
      supported: true,
      verified: true,
      source: `${TF}/k8s_cluster.md`,
      note: 'Kubernetes API audit logs go to the bucket named in ionoscloud_k8s_cluster `s3_buckets { name }`. ionoscloud_logging_pipeline collects logs you ship yourself. No Terraform resource for a platform (API activity) audit trail was found.',
    },
    bucketEncryptedByDefault: {
      supported: false,
      verified: false,
      source: `${TF}/s3_bucket_server_side_encryption_configuration.md`,
      note: 'not documented: the docs describe SSE-S3 only through PutBucketEncryption (GetBucketEncryption answers 404 without a configuration) and state no encryption of unconfigured buckets.',
    },
    bucketEncryptionConfiguration: {
      supported: true,
      verified: true,
      source: `${TF}/s3_bucket_server_side_encryption_configuration.md`,
      note: 'The resource is the S3 PutBucketEncryption call on contract-owned buckets; `AES256` is the only algorithm.',
    },
    bucketAccessLogging: {
      supported: false,
      verified: false,
      source: 'https://docs.ionos.com/sections-test/api-reference/storage-and-backup/ionos-object-storage/ionos-object-storage-for-user-owned-buckets/logging',
      note: 'PutBucketLogging is documented for user-owned buckets only; for contract-owned buckets (the s3.<region>.ionoscloud.com endpoints) no logging API or Terraform resource was found in v6.7.34.',
    },
  },
};
