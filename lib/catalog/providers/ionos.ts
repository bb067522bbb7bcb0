import { CertificationScheme, CertificationStatus, LocationKind, ProviderFacts, VolumeEncryptionMechanism } from '../types';
import { IONOS_CLOUD_RESOURCE_TYPES, REPO, TF } from './ionos-types';

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
  defaultLocations: [
    {
      code: 'eu-central-3',
      kind: LocationKind.OBJECT_STORAGE_REGION,
      resourceTypePrefixes: ['ionoscloud_s3_'],
      overriddenBy: ['IONOS_S3_REGION'],
      verified: true,
      source: `${TF_INDEX}`,
      note: 'Environment variables table: IONOS_S3_REGION "Region for IONOS Object Storage operations. Default value: eu-central-3."',
    },
  ],
  // Types with `availability_zone` (AUTO / ZONE_1 / ZONE_2 / ZONE_3: a zone inside a data centre, not a location) set
  // `locationArguments: []`, so the generic location arguments are not tried and they are located through `datacenter_id`.
  // Top-level `availability_zone` in the v6.7.34 resource schemas: server, vcpu_server, cube_server, gpu_server, volume,
  // k8s_node_pool (https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/ionoscloud/resource_server.go
  // and its resource_*.go siblings); nic, lan and firewall have none.
  resourceTypes: IONOS_CLOUD_RESOURCE_TYPES,
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
