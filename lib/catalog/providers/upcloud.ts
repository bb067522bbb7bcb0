import { AnnotationValueMatch, LocationKind, ProviderFacts, VolumeEncryptionMechanism } from '../types';
import { TF, UPCLOUD_RESOURCE_TYPES } from './upcloud-types';

const OBJSTO = 'https://github.com/UpCloudLtd/terraform-provider-objsto/blob/v0.3.0';
/** Lists the Utility-network CIDR of every zone in which a UKS cluster can run (all 15 public zones). */
const ZONES_DOC = 'https://upcloud.com/docs/products/managed-kubernetes/features/data-plane/';
/** Recorded `GET /1.3/zone` answer in UpCloud's own Go SDK: zone id + description ("Frankfurt #1" …). */
const ZONES_FIXTURE = 'https://github.com/UpCloudLtd/upcloud-go-api/blob/v8.38.0/upcloud/service/fixtures/getzones.yaml';
/** Recorded `GET /1.3/object-storage-2/regions` answer (2025-12-29) in UpCloud's own Go SDK. */
const OBJSTO_REGIONS =
  'https://github.com/UpCloudLtd/upcloud-go-api/blob/v8.38.0/upcloud/service/fixtures/managedobjectstoragepolicyversion.yaml';
const OBJSTO_API = 'https://developers.upcloud.com/1.3/21-managed-object-storage/';
const CSI = 'https://github.com/UpCloudLtd/upcloud-csi/blob/v1.2.0';

/**
 * UpCloud (UpCloud Oy, Helsinki, Finland).
 * Checked against terraform-provider-upcloud v5.41.0 (2026-07-13), upcloud-csi v1.2.0, upcloud-go-api v8.38.0
 * and UpCloud's own terraform-provider-objsto v0.3.0.
 */
export const UPCLOUD: ProviderFacts = {
  id: 'upcloud',
  name: 'UpCloud',
  aliases: ['upcloudltd'],
  hyperscaler: false,
  ownership: {
    legalEntity: 'UpCloud Oy',
    headquartersCountry: 'FI',
    headquartersCity: 'Helsinki',
    ultimateParent: 'UpCloud Oy',
    ultimateParentCountry: 'FI',
    reasoning:
      'UpCloud Oy (business ID 2431560-5, Aleksanterinkatu 15 B, Helsinki) is the data controller and contracting party; no parent company is known. ' +
      'Third-party sources describe it as founder-led and backed by Finnish/EU investors (Inventure, Connected Capital, state fund Tesi), ' +
      'with non-EU data centres run by subsidiaries such as UpCloud USA Inc.; the shareholder structure is not confirmed by a primary source.',
    verified: false,
    sources: [
      'https://upcloud.com/global/privacy-notice/',
      'https://upcloud.com/security-privacy',
      'https://csf.hop3.abilian.com/providers/upcloud.html',
    ],
  },
  certifications: [],
  terraformSources: ['UpCloudLtd/upcloud'],
  resourceTypePrefixes: ['upcloud_'],
  // The provider block has no location argument (username/password/token and retry settings only).
  resourceTypes: UPCLOUD_RESOURCE_TYPES,
  regions: [
    {
      code: 'fi-hel1',
      kind: LocationKind.LOCATION,
      country: 'FI',
      city: 'Helsinki',
      cityVerified: true,
      source: ZONES_FIXTURE,
      note: 'UpCloud calls it a zone (single data-centre location, no region above it). API description "Helsinki #1".',
    },
    {
      code: 'fi-hel2',
      kind: LocationKind.LOCATION,
      country: 'FI',
      city: 'Helsinki',
      cityVerified: true,
      source: ZONES_FIXTURE,
      note: 'UpCloud calls it a zone (single data-centre location, no region above it). API description "Helsinki #2".',
    },
    {
      code: 'de-fra1',
      kind: LocationKind.LOCATION,
      country: 'DE',
      city: 'Frankfurt',
      cityVerified: true,
      source: ZONES_FIXTURE,
      note: 'UpCloud calls it a zone (single data-centre location, no region above it). API description "Frankfurt #1".',
    },
    {
      code: 'nl-ams1',
      kind: LocationKind.LOCATION,
      country: 'NL',
      city: 'Amsterdam',
      cityVerified: true,
      source: ZONES_FIXTURE,
      note: 'UpCloud calls it a zone (single data-centre location, no region above it). API description "Amsterdam #1".',
    },
    {
      code: 'uk-lon1',
      kind: LocationKind.LOCATION,
      country: 'GB',
      city: 'London',
      cityVerified: true,
      source: ZONES_FIXTURE,
      note: 'UpCloud calls it a zone (single data-centre location, no region above it). API description "London #1". United Kingdom: outside the EU (EU adequacy decision); the code prefix is `uk`, the country code GB.',
    },
    {
      code: 'es-mad1',
      kind: LocationKind.LOCATION,
      country: 'ES',
      city: 'Madrid',
      cityVerified: false,
      source: ZONES_DOC,
      note: 'UpCloud calls it a zone (single data-centre location, no region above it). City from the code and UpCloud guides; not in the recorded zone list.',
    },
    {
      code: 'pl-waw1',
      kind: LocationKind.LOCATION,
      country: 'PL',
      city: 'Warsaw',
      cityVerified: false,
      source: ZONES_DOC,
      note: 'UpCloud calls it a zone (single data-centre location, no region above it). City from the code and UpCloud guides; not in the recorded zone list.',
    },
    {
      code: 'se-sto1',
      kind: LocationKind.LOCATION,
      country: 'SE',
      city: 'Stockholm',
      cityVerified: false,
      source: ZONES_DOC,
      note: 'UpCloud calls it a zone (single data-centre location, no region above it). City from the code and UpCloud guides; not in the recorded zone list.',
    },
    {
      code: 'dk-cph1',
      kind: LocationKind.LOCATION,
      country: 'DK',
      city: 'Copenhagen',
      cityVerified: false,
      source: ZONES_DOC,
      note: 'UpCloud calls it a zone (single data-centre location, no region above it). Newer zone. City from the code and UpCloud guides; a 3rd-party list places the data centre in Ballerup (Copenhagen area).',
    },
    {
      code: 'no-svg1',
      kind: LocationKind.LOCATION,
      country: 'NO',
      city: 'Stavanger',
      cityVerified: false,
      source: ZONES_DOC,
      note: 'UpCloud calls it a zone (single data-centre location, no region above it). Newer zone. Norway: EEA, outside the EU. City from the code and UpCloud guides.',
    },
    {
      code: 'us-chi1',
      kind: LocationKind.LOCATION,
      country: 'US',
      city: 'Chicago',
      cityVerified: true,
      source: ZONES_FIXTURE,
      note: 'UpCloud calls it a zone (single data-centre location, no region above it). Outside Europe (United States); run by a US subsidiary per 3rd-party sources. API description "Chicago #1".',
    },
    {
      code: 'us-nyc1',
      kind: LocationKind.LOCATION,
      country: 'US',
      city: 'New York',
      cityVerified: true,
      source: ZONES_FIXTURE,
      note: 'UpCloud calls it a zone (single data-centre location, no region above it). Outside Europe (United States). API description "New York #1".',
    },
    {
      code: 'us-sjo1',
      kind: LocationKind.LOCATION,
      country: 'US',
      city: 'San Jose',
      cityVerified: true,
      source: ZONES_FIXTURE,
      note: 'UpCloud calls it a zone (single data-centre location, no region above it). Outside Europe (United States). API description "San Jose #1".',
    },
    {
      code: 'sg-sin1',
      kind: LocationKind.LOCATION,
      country: 'SG',
      city: 'Singapore',
      cityVerified: true,
      source: ZONES_FIXTURE,
      note: 'UpCloud calls it a zone (single data-centre location, no region above it). Outside Europe (Singapore). API description "Singapore #1".',
    },
    {
      code: 'au-syd1',
      kind: LocationKind.LOCATION,
      country: 'AU',
      city: 'Sydney',
      cityVerified: false,
      source: ZONES_DOC,
      note: 'UpCloud calls it a zone (single data-centre location, no region above it). Outside Europe (Australia). City from the code and UpCloud guides.',
    },
    {
      code: 'europe-1',
      kind: LocationKind.OBJECT_STORAGE_REGION,
      country: 'FI',
      city: 'Helsinki',
      cityVerified: false,
      source: OBJSTO_REGIONS,
      note: 'Managed Object Storage region; the API lists primary_zone fi-hel2 and zones [de-fra1, es-mad1, fi-hel1, fi-hel2, nl-ams1, pl-waw1, se-sto1, uk-lon1, dk-cph1] (zones from which private networks can attach). Country/city taken from the primary zone: UpCloud does not state where the data of a region is stored beyond that. S3 endpoints are per service (`<id>.upcloudobjects.com`), so there is no per-region s3Endpoint. The older API doc example shows primary_zone fi-hel1; both are in Finland.',
    },
    {
      code: 'europe-2',
      kind: LocationKind.OBJECT_STORAGE_REGION,
      country: 'DE',
      city: 'Frankfurt',
      cityVerified: false,
      source: OBJSTO_REGIONS,
      note: 'Managed Object Storage region; the API lists primary_zone de-fra1 and zones [de-fra1, es-mad1, fi-hel1, fi-hel2, nl-ams1, pl-waw1, se-sto1, uk-lon1, dk-cph1] (zones from which private networks can attach). Country/city taken from the primary zone: UpCloud does not state where the data of a region is stored beyond that. S3 endpoints are per service (`<id>.upcloudobjects.com`), so there is no per-region s3Endpoint.',
    },
    {
      code: 'europe-3',
      kind: LocationKind.OBJECT_STORAGE_REGION,
      country: 'SE',
      city: 'Stockholm',
      cityVerified: false,
      source: OBJSTO_REGIONS,
      note: 'Managed Object Storage region; the API lists primary_zone se-sto1 and zones [de-fra1, es-mad1, fi-hel1, fi-hel2, nl-ams1, pl-waw1, se-sto1, uk-lon1, dk-cph1] (zones from which private networks can attach). Country/city taken from the primary zone: UpCloud does not state where the data of a region is stored beyond that. S3 endpoints are per service (`<id>.upcloudobjects.com`), so there is no per-region s3Endpoint.',
    },
    {
      code: 'us-1',
      kind: LocationKind.OBJECT_STORAGE_REGION,
      country: 'US',
      city: 'Chicago',
      cityVerified: false,
      source: OBJSTO_REGIONS,
      note: 'Managed Object Storage region; the API lists primary_zone us-chi1 and zones [us-chi1, us-sjo1, us-nyc1] (zones from which private networks can attach). Country/city taken from the primary zone: UpCloud does not state where the data of a region is stored beyond that. S3 endpoints are per service (`<id>.upcloudobjects.com`), so there is no per-region s3Endpoint. Outside Europe (United States).',
    },
    {
      code: 'apac-1',
      kind: LocationKind.OBJECT_STORAGE_REGION,
      country: 'SG',
      city: 'Singapore',
      cityVerified: false,
      source: OBJSTO_REGIONS,
      note: 'Managed Object Storage region; the API lists primary_zone sg-sin1 and zones [sg-sin1, au-syd1] (zones from which private networks can attach). Country/city taken from the primary zone: UpCloud does not state where the data of a region is stored beyond that. S3 endpoints are per service (`<id>.upcloudobjects.com`), so there is no per-region s3Endpoint. Outside Europe (Singapore).',
    },
  ],
  objectStorage: {
    s3Compatible: true,
    hostPatterns: ['[a-z0-9]+(?:-private)?\\.upcloudobjects\\.com'],
    pathStyleRequired: true,
    signingRegion: '{region}',
    source: `${TF}/docs/guides/objsto-as-s3-state-backend.md`,
    note:
      'Each Managed Object Storage service has its own endpoint `https://<id>.upcloudobjects.com` (private: `<id>-private.upcloudobjects.com`; ' +
      'IAM at `:4443/iam`, STS at `:4443/sts`), read from `upcloud_managed_object_storage.endpoint[].domain_name`. The host does not name the region: ' +
      'resolve the region through the service resource. UpCloud\'s S3-backend guide uses path-style URLs and the object-storage region (e.g. `europe-1`) as the S3 region. ' +
      'Custom domains (upcloud_managed_object_storage_custom_domain) hide the provider. Bucket settings beyond create/delete: UpCloud\'s own provider ' +
      '`UpCloudLtd/objsto` (objsto_bucket, objsto_bucket_versioning, objsto_bucket_lifecycle_configuration, objsto_bucket_policy, objsto_bucket_cors_configuration) ' +
      'or hashicorp/aws with a custom endpoint; neither names the UpCloud region.',
  },
  kubernetesStorage: {
    storageClasses: [
      {
        name: 'upcloud-block-storage-maxiops',
        provisioner: 'storage.csi.upcloud.com',
        encrypted: false,
        isDefault: true,
        parameters: { tier: 'maxiops' },
        verified: true,
        source: `${CSI}/deploy/kubernetes/setup-upcloud-csi.yaml`,
      },
      {
        name: 'upcloud-block-storage-hdd',
        provisioner: 'storage.csi.upcloud.com',
        encrypted: false,
        isDefault: false,
        parameters: { tier: 'hdd' },
        verified: true,
        source: `${CSI}/deploy/kubernetes/setup-upcloud-csi.yaml`,
      },
      {
        name: 'upcloud-block-storage-standard',
        provisioner: 'storage.csi.upcloud.com',
        encrypted: false,
        isDefault: false,
        parameters: { tier: 'standard' },
        verified: true,
        source: `${CSI}/deploy/kubernetes/setup-upcloud-csi.yaml`,
      },
      {
        name: 'upcloud-encrypted-block-storage',
        provisioner: 'storage.csi.upcloud.com',
        encrypted: true,
        isDefault: false,
        parameters: { tier: 'maxiops', encryption: 'data-at-rest' },
        verified: true,
        source: `${CSI}/example/test-pvc-encryption-at-rest.yaml`,
      },
    ],
    encryption: {
      mechanism: VolumeEncryptionMechanism.STORAGE_CLASS_PARAMETER,
      provisioner: 'storage.csi.upcloud.com',
      parameters: { encryption: 'data-at-rest' },
      customerManagedKey: false,
      note:
        'Create a StorageClass with `parameters.encryption: "data-at-rest"` (plus `tier`); the driver then creates UpCloud storage with encryption at rest ' +
        '(added in upcloud-csi v1.2.0). Keys are managed by UpCloud. Encrypted snapshots cannot yet be used as a volume source. ' +
        'The shipped classes (maxiops default, hdd, standard; all reclaimPolicy Retain) are NOT encrypted. ' +
        'The cluster/node-group `storage_encryption = "data-at-rest"` argument covers the worker nodes\' storage, not PersistentVolumes.',
      verified: true,
      source: `${CSI}/example/test-pvc-encryption-at-rest.yaml`,
    },
  },
  kubernetesLoadBalancer: {
    // `service.beta.kubernetes.io/upcloud-load-balancer-config` is a JSON object; private when every network is private.
    internalAnnotations: [{
      annotation: 'service.beta.kubernetes.io/upcloud-load-balancer-config',
      match: AnnotationValueMatch.JSON_EVERY_ELEMENT_EQUALS,
      jsonField: 'networks',
      jsonElementField: 'type',
      value: 'private',
      example: '\'{"networks":[{"name":"private-IPv4","type":"private","family":"IPv4","uuid":"..."}], ...}\'',
    }],
    honorsSourceRanges: false,
    verified: true,
    source: 'https://github.com/UpCloudLtd/uks-instructions/blob/main/ccm/networks.md',
  },
  capabilities: {
    managedKubernetes: {
      supported: true,
      verified: true,
      source: `${TF}/docs/resources/kubernetes_cluster.md`,
      note: 'UKS (`upcloud_kubernetes_cluster` + `upcloud_kubernetes_node_group`).',
    },
    bucketSse: {
      supported: true,
      verified: true,
      source: OBJSTO_API,
      note: 'Managed Object Storage: "All customers data is encrypted by default using encryption at rest" — nothing to configure; SSE request headers are not documented.',
    },
    bucketSseKms: {
      supported: false,
      verified: false,
      source: OBJSTO_API,
      note: 'not documented in the Managed Object Storage API docs; UpCloud has no KMS service.',
    },
    objectLock: {
      supported: false,
      verified: false,
      source: OBJSTO_API,
      note: 'not documented in the Managed Object Storage docs, and neither the upcloud nor the objsto Terraform provider has an object-lock resource.',
    },
    publicAccessBlock: {
      supported: false,
      verified: false,
      source: OBJSTO_API,
      note: 'not documented in the Managed Object Storage docs; public access is controlled by the service `network { type = public }` and bucket policies.',
    },
    bucketVersioning: {
      supported: true,
      verified: true,
      source: `${OBJSTO}/docs/resources/bucket_versioning.md`,
      note: 'Through UpCloud\'s own S3 provider `UpCloudLtd/objsto` (`objsto_bucket_versioning`), built for UpCloud Managed Object Storage; the upcloud provider has no versioning argument.',
    },
    bucketLifecycle: {
      supported: true,
      verified: true,
      source: `${OBJSTO}/docs/resources/bucket_lifecycle_configuration.md`,
      note: '`objsto_bucket_lifecycle_configuration` (expiration, noncurrent_version_expiration, prefix/tag/size filters) in UpCloud\'s objsto provider.',
    },
    kms: {
      supported: false,
      verified: false,
      source: `${TF}/docs/index.md`,
      note: 'not documented: no KMS resource in terraform-provider-upcloud v5.41.0 and no UpCloud KMS product found. Encryption at rest uses UpCloud-managed keys.',
    },
    managedAuditLogging: {
      supported: false,
      verified: true,
      source: 'https://developers.upcloud.com/1.3/22-audit-logs/',
      note:
        'UpCloud Audit Logs (account, login, server, storage, database, load balancer, object storage and UKS events; 180 days; API /1.3/audit-logs and export) ' +
        'are always on, but there is no Terraform resource to configure them, and UKS has no API-server audit setting in Terraform.',
    },
    bucketEncryptedByDefault: {
      supported: true,
      verified: true,
      source: OBJSTO_API,
      note: 'Managed Object Storage: "All customers data is encrypted by default using encryption at rest"; there is nothing to configure.',
    },
    bucketEncryptionConfiguration: {
      supported: false,
      verified: false,
      source: OBJSTO_API,
      note: 'Not documented: data is encrypted at rest by default and no bucket encryption configuration or SSE header is described.',
    },
    bucketAccessLogging: {
      supported: false,
      verified: false,
      source: OBJSTO_API,
      note: 'not documented in the Managed Object Storage API docs, and the objsto provider v0.3.0 has no logging resource.',
    },
  },
};
