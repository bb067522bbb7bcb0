import { AnnotationValueMatch, CertificationScheme, CertificationStatus, LocationKind, ProviderFacts, VolumeEncryptionMechanism } from '../types';
import { OPEN_TELEKOM_CLOUD_RESOURCE_TYPES, TF, TF_DOCS } from './otc-types';

/*
 * Open Telekom Cloud (T-Systems / Deutsche Telekom), since 2025 also branded "T-Cloud Public".
 *
 * Terraform facts were read from opentelekomcloud/terraform-provider-opentelekomcloud at tag
 * v1.36.23 (2024-10-17), the newest tag in the snapshot that could be checked. Newer tags exist
 * (v1.36.67 is mentioned in the project's reference notes); re-check argument lists before relying
 * on arguments added after v1.36.23.
 */

const REGIONS_DOC =
  'https://github.com/opentelekomcloud-docs/regions-and-endpoints/blob/eb83afd6cd461f95a84af8ea43d20b1ed0c3b388/doc/source/index.rst';
const SWISS_AZ_DOC =
  'https://github.com/opentelekomcloud-docs/cloud-create/blob/be83d824f3aa13874a7bfc2bb10bb8c44c042950/umn/source/swiss_otc.rst';
const BACKENDS_GUIDE = `${TF}/docs/guides/backends.md`;
const OBS_DOCS = 'https://github.com/opentelekomcloud-docs/object-storage-service/blob/b9835f85be13fa0f82eefc2440b83beeaf7fcdd4';
const CCE_DOCS = 'https://github.com/opentelekomcloud-docs/cloud-container-engine/blob/4863737383aaa71bc85eb44da133b4563415b518';
const GET_REGION_SOURCE = `${TF}/opentelekomcloud/common/cfg/config.go#L1205-L1220`;
const TRUSTED_CLOUD = 'https://www.trusted-cloud.de/cloudservices/2667/';


export const OPEN_TELEKOM_CLOUD: ProviderFacts = {
  id: 'otc',
  name: 'Open Telekom Cloud',
  aliases: ['opentelekomcloud', 'open-telekom-cloud', 'open telekom cloud', 't-systems'],
  hyperscaler: false,
  ownership: {
    legalEntity: 'T-Systems International GmbH',
    headquartersCountry: 'DE',
    headquartersCity: 'Frankfurt am Main',
    ultimateParent: 'Deutsche Telekom AG',
    ultimateParentCountry: 'DE',
    reasoning:
      'Open Telekom Cloud is operated by T-Systems International GmbH (Hahnstraße 43d, Frankfurt am Main), the corporate-customer arm of Deutsche Telekom AG (Bonn); the German federal state (directly and via KfW) is the largest DT shareholder. ' +
      'Caveats: DT holds a large stake in T-Mobile US (whether that creates US CLOUD Act exposure was not verified), the platform hardware/OpenStack distribution is supplied by Huawei (3rd-party), and the Swiss region eu-ch2 is sold by T-Systems Schweiz (3rd-party).',
    verified: true,
    sources: [
      'https://open-telekom-cloud.com/en/data-protection',
      'https://www.t-systems.com/de/en/data-protection',
      'https://www.annualreport.telekom.com/site0317/management-report/group-organization/business-activities-and-organization.html',
      'https://csf.hop3.abilian.com/providers/open-telekom-cloud.html',
    ],
  },
  certifications: [
    {
      scheme: CertificationScheme.BSI_C5,
      status: CertificationStatus.HELD,
      scope: 'Open Telekom Cloud platform (attestation per ISAE 3000)',
      verified: false,
      source: TRUSTED_CLOUD,
      note: '3rd-party: Trusted Cloud directory entry (provider-supplied listing); no BSI/auditor document retrieved.',
    },
    {
      scheme: CertificationScheme.ISO_27001,
      status: CertificationStatus.HELD,
      scope: 'Open Telekom Cloud platform',
      verified: false,
      source: TRUSTED_CLOUD,
      note: '3rd-party: Trusted Cloud directory entry lists ISO/IEC 27001:2017.',
    },
    {
      scheme: CertificationScheme.ISO_27018,
      status: CertificationStatus.HELD,
      scope: 'Open Telekom Cloud platform',
      verified: false,
      source: TRUSTED_CLOUD,
      note: '3rd-party: Trusted Cloud directory entry lists ISO/IEC 27018:2019.',
    },
    {
      scheme: CertificationScheme.ISO_22301,
      status: CertificationStatus.HELD,
      scope: 'Open Telekom Cloud platform',
      verified: false,
      source: TRUSTED_CLOUD,
      note: '3rd-party: Trusted Cloud directory entry lists ISO 22301:2020.',
    },
    {
      scheme: CertificationScheme.SOC,
      status: CertificationStatus.HELD,
      scope: 'Open Telekom Cloud platform (SOC 1 / ISAE 3402 and SOC 2)',
      verified: false,
      source: TRUSTED_CLOUD,
      note: '3rd-party: Trusted Cloud directory entry.',
    },
    {
      scheme: CertificationScheme.CSA_STAR,
      status: CertificationStatus.HELD,
      scope: 'Open Telekom Cloud platform (CSA STAR Level 2)',
      verified: false,
      source: TRUSTED_CLOUD,
      note: '3rd-party: Trusted Cloud directory entry.',
    },
    {
      scheme: CertificationScheme.TCDP,
      status: CertificationStatus.HELD,
      scope: 'Open Telekom Cloud (Trusted Cloud Data Profile v1.0)',
      verified: false,
      source: TRUSTED_CLOUD,
      note: '3rd-party: Trusted Cloud directory entry; the same entry lists data-centre countries NL, DE and CH.',
    },
  ],
  terraformSources: ['opentelekomcloud/opentelekomcloud'],
  resourceTypePrefixes: ['opentelekomcloud_'],
  // Region resolution in the provider: resource `region` > provider `region` > prefix of
  // `tenant_name` before "_" (e.g. "eu-de_myproject") > second host label of `auth_url`
  // (e.g. https://iam.eu-de.otc.t-systems.com/v3). See GET_REGION_SOURCE and regionRules.
  providerLocationArguments: ['region', 'tenant_name', 'auth_url'],
  resourceTypes: OPEN_TELEKOM_CLOUD_RESOURCE_TYPES,
  regions: [
    {
      code: 'eu-de',
      kind: LocationKind.REGION,
      country: 'DE',
      city: 'Biere / Magdeburg',
      cityVerified: false,
      s3Endpoint: 'https://obs.eu-de.otc.t-systems.com',
      source: REGIONS_DOC,
      note: 'Cities from 3rd-party press (T-Systems twin-core data centres Biere and Magdeburg). Legacy global OBS endpoint obs.otc.t-systems.com defaults to eu-de.',
    },
    { code: 'eu-de-01', kind: LocationKind.ZONE, country: 'DE', city: 'Biere / Magdeburg', cityVerified: false, parent: 'eu-de', source: REGIONS_DOC },
    { code: 'eu-de-02', kind: LocationKind.ZONE, country: 'DE', city: 'Biere / Magdeburg', cityVerified: false, parent: 'eu-de', source: REGIONS_DOC },
    { code: 'eu-de-03', kind: LocationKind.ZONE, country: 'DE', city: 'Biere / Magdeburg', cityVerified: false, parent: 'eu-de', source: REGIONS_DOC },
    {
      code: 'eu-nl',
      kind: LocationKind.REGION,
      country: 'NL',
      city: 'Amsterdam',
      cityVerified: false,
      s3Endpoint: 'https://obs.eu-nl.otc.t-systems.com',
      source: REGIONS_DOC,
      note: 'City from 3rd-party source only.',
    },
    { code: 'eu-nl-01', kind: LocationKind.ZONE, country: 'NL', city: 'Amsterdam', cityVerified: false, parent: 'eu-nl', source: REGIONS_DOC },
    { code: 'eu-nl-02', kind: LocationKind.ZONE, country: 'NL', city: 'Amsterdam', cityVerified: false, parent: 'eu-nl', source: REGIONS_DOC },
    { code: 'eu-nl-03', kind: LocationKind.ZONE, country: 'NL', city: 'Amsterdam', cityVerified: false, parent: 'eu-nl', source: REGIONS_DOC },
    {
      code: 'eu-ch2',
      kind: LocationKind.REGION,
      country: 'CH',
      city: 'Switzerland (city not published)',
      cityVerified: false,
      s3Endpoint: 'https://obs.eu-ch2.sc.otc.t-systems.com',
      source: BACKENDS_GUIDE,
      note:
        'Swiss Open Telekom Cloud: outside the EU (Switzerland has an EU adequacy decision). Separate domain `*.sc.otc.t-systems.com` (e.g. IAM `iam-pub.eu-ch2.sc.otc.t-systems.com`), two AZs only, fewer services/flavors. ' +
        'The provider computes `bucket_domain_name` as `<bucket>.obs.eu-ch2.otc.t-systems.com` (without `sc.`), which does not match the documented endpoint.',
    },
    { code: 'eu-ch2a', kind: LocationKind.ZONE, country: 'CH', city: 'Switzerland (city not published)', cityVerified: false, parent: 'eu-ch2', source: SWISS_AZ_DOC },
    { code: 'eu-ch2b', kind: LocationKind.ZONE, country: 'CH', city: 'Switzerland (city not published)', cityVerified: false, parent: 'eu-ch2', source: SWISS_AZ_DOC },
  ],
  regionRules: [
    {
      pattern: 'eu-de_.+',
      country: 'DE',
      description: 'Project (tenant) names in region eu-de, e.g. `eu-de_myproject`; the provider takes the region from the part before "_".',
      source: GET_REGION_SOURCE,
      verified: true,
    },
    {
      pattern: 'eu-nl_.+',
      country: 'NL',
      description: 'Project (tenant) names in region eu-nl, e.g. `eu-nl_myproject`.',
      source: GET_REGION_SOURCE,
      verified: true,
    },
    {
      pattern: 'eu-ch2_.+',
      country: 'CH',
      description: 'Project (tenant) names in region eu-ch2 (Swiss OTC, outside the EU).',
      source: GET_REGION_SOURCE,
      verified: true,
    },
    {
      pattern: 'https://iam(-pub)?\\.eu-de\\.otc\\.t-systems\\.com(/.*)?',
      country: 'DE',
      description: 'Provider `auth_url` for eu-de; without `region`/`tenant_name` the provider uses the second host label as region.',
      source: GET_REGION_SOURCE,
      verified: true,
    },
    {
      pattern: 'https://iam(-pub)?\\.eu-nl\\.otc\\.t-systems\\.com(/.*)?',
      country: 'NL',
      description: 'Provider `auth_url` for eu-nl.',
      source: GET_REGION_SOURCE,
      verified: true,
    },
    {
      pattern: 'https://iam(-pub)?\\.eu-ch2\\.sc\\.otc\\.t-systems\\.com(/.*)?',
      country: 'CH',
      description: 'Provider `auth_url` for eu-ch2 (Swiss OTC, `sc.otc` domain).',
      source: GET_REGION_SOURCE,
      verified: true,
    },
  ],
  objectStorage: {
    s3Compatible: true,
    // OBS accepts only SSE-KMS through the S3 API (see `note` of obs_bucket and the OBS docs).
    encryptionFix:
      'Add an aws_s3_bucket_server_side_encryption_configuration with sse_algorithm "aws:kms" (OBS accepts only KMS through the S3 API), or use opentelekomcloud_obs_bucket with a server_side_encryption block.',
    endpointTemplate: 'https://obs.{region}.otc.t-systems.com',
    hostPatterns: [
      '(?:(?<bucket>[a-z0-9][a-z0-9.-]*)\\.)?obs\\.(?<region>eu-de|eu-nl)\\.otc\\.t-systems\\.com',
      '(?:(?<bucket>[a-z0-9][a-z0-9.-]*)\\.)?obs\\.(?<region>eu-ch2)\\.sc\\.otc\\.t-systems\\.com',
      '(?:(?<bucket>[a-z0-9][a-z0-9.-]*)\\.)?obs\\.otc\\.t-systems\\.com',
    ],
    pathStyleRequired: false,
    signingRegion: '{region}',
    // Via the S3 API, bucket default encryption accepts only SSE-KMS (configuring_bucket_encryption.rst).
    s3SseAlgorithm: 'aws:kms',
    // WORM mode is COMPLIANCE only (capabilities.objectLock source and note).
    objectLockModes: ['COMPLIANCE'],
    source: BACKENDS_GUIDE,
    note:
      'The template does not fit eu-ch2 (use its `s3Endpoint`, domain `sc.otc.t-systems.com`). OBS requires virtual-hosted-style requests (`<bucket>.obs.<region>.otc.t-systems.com`). ' +
      'The global host `obs.otc.t-systems.com` has no region in it; buckets created there default to eu-de unless a Location is given. Via the S3 API, bucket default encryption accepts only `aws:kms`.',
  },
  kubernetesStorage: {
    storageClasses: [
      {
        name: 'csi-disk',
        provisioner: 'everest-csi-provisioner',
        encrypted: false,
        isDefault: false,
        verified: true,
        source: `${CCE_DOCS}/umn/source/storage/storage_basics.rst`,
      },
      {
        name: 'csi-disk-topology',
        provisioner: 'everest-csi-provisioner',
        encrypted: false,
        isDefault: false,
        verified: true,
        source: `${CCE_DOCS}/umn/source/storage/storage_basics.rst`,
      },
      {
        name: 'csi-nas',
        provisioner: 'everest-csi-provisioner',
        encrypted: false,
        isDefault: false,
        verified: true,
        source: `${CCE_DOCS}/umn/source/storage/storage_basics.rst`,
      },
      {
        name: 'csi-sfsturbo',
        provisioner: 'everest-csi-provisioner',
        encrypted: false,
        isDefault: false,
        verified: true,
        source: `${CCE_DOCS}/umn/source/storage/storage_basics.rst`,
      },
      {
        name: 'csi-obs',
        provisioner: 'everest-csi-provisioner',
        encrypted: false,
        isDefault: false,
        verified: true,
        source: `${CCE_DOCS}/umn/source/storage/storage_basics.rst`,
      },
    ],
    encryption: {
      mechanism: VolumeEncryptionMechanism.PVC_ANNOTATION,
      provisioner: 'everest-csi-provisioner',
      pvcAnnotation: 'everest.io/crypt-key-id',
      storageClassName: 'csi-disk',
      customerManagedKey: true,
      note:
        'Encrypted EVS PVs: set annotation `everest.io/crypt-key-id: <KMS/DEW key ID>` (plus `everest.io/disk-volume-type`, e.g. SAS/SSD) on a PVC with `storageClassName: csi-disk`; requires the CCE Container Storage (Everest) add-on. ' +
        'A customer key or the default key `evs/default` can be used (the latter is platform-managed). Default classes are marked "encrypted: false" because encryption is per PVC, not per class. ' +
        'The CCE docs do not say which class is the cluster default, so none is marked default.',
      verified: true,
      source: `${CCE_DOCS}/umn/source/storage/evs/encrypting_evs_disks.rst`,
    },
  },
  kubernetesLoadBalancer: {
    // `kubernetes.io/elb.autocreate` is a JSON object; its `type` is `public` or `inner` (default `inner`).
    internalAnnotations: [{
      annotation: 'kubernetes.io/elb.autocreate',
      match: AnnotationValueMatch.JSON_FIELD_EQUALS,
      jsonField: 'type',
      jsonFieldDefault: 'inner',
      value: 'inner',
      example: '\'{"type":"inner", ...}\'',
    }],
    existingLoadBalancerAnnotations: ['kubernetes.io/elb.id'],
    honorsSourceRanges: false,
    verified: true,
    source: 'https://github.com/opentelekomcloud-docs/cloud-container-engine/blob/main/umn/source/networking/services/loadbalancer/creating_a_loadbalancer_service.rst',
  },
  capabilities: {
    managedKubernetes: {
      supported: true,
      verified: true,
      source: `${TF_DOCS}/cce_cluster_v3.md`,
      note: 'Cloud Container Engine: `opentelekomcloud_cce_cluster_v3` + `opentelekomcloud_cce_node_pool_v3`.',
    },
    bucketSse: {
      supported: true,
      verified: true,
      source: `${OBS_DOCS}/api-ref/source/apis/advanced_bucket_settings/configuring_bucket_encryption.rst`,
      note:
        'OBS API bucket default encryption accepts `kms` (SSE-KMS) or `AES256` (SSE-OBS, OBS-managed keys); SSE-C per object. ' +
        'But the Terraform `obs_bucket.server_side_encryption.algorithm` accepts only `kms` at v1.36.23, so SSE-OBS cannot be set from Terraform.',
    },
    bucketSseKms: {
      supported: true,
      verified: true,
      source: `${TF_DOCS}/obs_bucket.md`,
      note: '`server_side_encryption { algorithm = "kms", kms_key_id = ... }`; only KMS keys of the base project (e.g. `eu-de`) can be used.',
    },
    objectLock: {
      supported: true,
      verified: true,
      source: `${TF_DOCS}/obs_bucket.md`,
      note: '`worm_policy { days | years }` (default WORM retention; requires `versioning = true`). WORM mode is COMPLIANCE only; 1-36500 days or 1-100 years (OBS API doc configuring_a_default_worm_policy_for_a_bucket).',
    },
    publicAccessBlock: {
      supported: false,
      verified: false,
      source: `${TF_DOCS}/obs_bucket.md`,
      note: 'not documented in the OBS API reference or the Terraform obs_bucket resource (no PublicAccessBlock API found); use `acl = "private"` and bucket policies',
    },
    bucketVersioning: {
      supported: true,
      verified: true,
      source: `${TF_DOCS}/obs_bucket.md`,
      note: '`versioning = true` on `opentelekomcloud_obs_bucket` (cannot return to unversioned, only suspended).',
    },
    bucketLifecycle: {
      supported: true,
      verified: true,
      source: `${TF_DOCS}/obs_bucket.md`,
      note: '`lifecycle_rule { expiration { days }, transition, noncurrent_version_expiration, ... }`.',
    },
    kms: {
      supported: true,
      verified: true,
      source: `${TF_DOCS}/kms_key_v1.md`,
      note: '`opentelekomcloud_kms_key_v1` (location argument `realm`); keys usable by OBS, EVS, CCE node disks, RDS, DDS, CSS.',
    },
    managedAuditLogging: {
      supported: true,
      verified: true,
      source: `${TF_DOCS}/cts_tracker_v3.md`,
      note: 'Cloud Trace Service: `opentelekomcloud_cts_tracker_v3` with `status = "enabled"` and an OBS `bucket_name` (or `is_lts_enabled`). No Kubernetes API audit-log argument on CCE clusters.',
    },
    bucketEncryptedByDefault: {
      supported: false,
      verified: true,
      source: `${OBS_DOCS}/umn/source/obs_console_operation_guide/managing_buckets/creating_a_bucket.rst`,
      note: 'Server-side encryption is chosen per bucket and defaults to Disable; only objects uploaded after it is configured inherit the bucket encryption.',
    },
    bucketEncryptionConfiguration: {
      supported: true,
      verified: true,
      source: `${OBS_DOCS}/api-ref/source/apis/advanced_bucket_settings/configuring_bucket_encryption.rst`,
      note: 'PUT /?encryption accepts only SSE-KMS; without KMSMasterKeyID the default master key is used (see objectStorage.s3SseAlgorithm).',
    },
    bucketAccessLogging: {
      supported: true,
      verified: true,
      source: `${OBS_DOCS}/api-ref/source/apis/advanced_bucket_settings/configuring_logging_for_a_bucket.rst`,
      note: 'PUT /?logging; the Terraform obs_bucket `logging { target_bucket, target_prefix }` block (the target bucket ACL should be log-delivery-write).',
    },
  },
};
