import { AnnotationValueMatch, CertificationScheme, CertificationStatus, LocationKind, ProviderFacts, VolumeEncryptionMechanism } from '../types';
import { STACKIT_RESOURCE_TYPES, TF, TF_DOCS } from './stackit-types';

const PROVIDER_DOC = `${TF}/docs/index.md`;
const S3_GUIDE = `${TF}/docs/guides/aws_provider_s3_stackit.md`;
const ENCRYPTED_VOLUMES_GUIDE = `${TF}/docs/guides/setting_up_encrypted_volumes_for_ske.md`;
/** STACKIT cloud-provider / CSI driver at its newest release tag. */
const CSI = 'https://github.com/stackitcloud/cloud-provider-stackit/blob/v1.36.3';
/** STACKIT CLI issue quoting the SKE API error that lists the eu02 zones. */
const EU02_ZONES = 'https://github.com/stackitcloud/stackit-cli/issues/997';
const SERVICE_DESCRIPTION = 'https://stackit.com/en/gtc/service-description';
const OBJECT_LOCK_DOC = 'https://docs.stackit.cloud/products/storage/object-storage/basics/object-lock';
const OBJECT_LOCK_BUCKET_DOC = 'https://docs.stackit.cloud/de/products/storage/object-storage/how-tos/object-lock-bucket';
const OBJECT_ENCRYPTION_DOC = 'https://docs.stackit.cloud/products/storage/object-storage/how-tos/encryption/';

export const STACKIT: ProviderFacts = {
  id: 'stackit',
  name: 'STACKIT',
  aliases: ['stackitcloud'],
  hyperscaler: false,
  ownership: {
    legalEntity: 'Schwarz Digits Cloud GmbH & Co. KG',
    headquartersCountry: 'DE',
    headquartersCity: 'Neckarsulm',
    ultimateParent: 'Schwarz Group (Schwarz Unternehmenstreuhand KG)',
    ultimateParentCountry: 'DE',
    reasoning:
      'STACKIT is provided by Schwarz Digits Cloud GmbH & Co. KG (Stiftsbergstraße 1, Neckarsulm; earlier contracts name Schwarz IT KG / STACKIT GmbH & Co. KG), which its service description calls "the cloud service provider of the Schwarz Group" (Lidl/Kaufland), a privately held German group. ' +
      'No non-EU owner was found; the name of the group holding entity (Schwarz Unternehmenstreuhand KG) was not checked at a primary source.',
    verified: true,
    sources: [SERVICE_DESCRIPTION, 'https://stackit.com/en/data-protection-notice'],
  },
  certifications: [
    {
      scheme: CertificationScheme.ISO_27001,
      status: CertificationStatus.HELD,
      scope: 'STACKIT Cloud Services and data centres',
      verified: false,
      source: SERVICE_DESCRIPTION,
      note:
        'The service description says the services are "based on" ISO/IEC 27001:2013 and the data centres are operated "in compliance with" ISO 27001, ISO 20000 and TÜV Level 3; no certificate was retrieved. ' +
        'BSI C5 (claimed for eu01 by 3rd-party code only) is not recorded because no source could be cited.',
    },
  ],
  terraformSources: ['stackitcloud/stackit'],
  resourceTypePrefixes: ['stackit_'],
  // Only `default_region` exists at v0.113.0; when it is unset the provider uses "eu01".
  providerLocationArguments: ['default_region'],
  defaultLocations: [
    {
      code: 'eu01',
      kind: LocationKind.REGION,
      verified: true,
      source: `${TF}/stackit/internal/core/core.go`,
      note: 'GetRegion returns "eu01" when neither the resource\'s region nor the provider\'s default_region is set (docs/index.md: default_region).',
    },
  ],
  // Provider credentials the generic secret names miss: https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/index.md
  providerCredentialArguments: ['service_account_key', 'service_account_token', 'private_key'],
  resourceTypes: STACKIT_RESOURCE_TYPES,
  regions: [
    {
      code: 'eu01',
      kind: LocationKind.REGION,
      country: 'DE',
      city: 'not published',
      cityVerified: false,
      s3Endpoint: 'https://object.storage.eu01.onstackit.cloud',
      source: PROVIDER_DOC,
      note:
        'Default region of the Terraform provider when `default_region` is unset (GetRegion in stackit/internal/core/core.go returns "eu01"). Country: STACKIT says its data centres are in Germany (service description); the eu01 = Germany mapping itself is from 3rd-party sources.',
    },
    { code: 'eu01-1', kind: LocationKind.ZONE, country: 'DE', city: 'not published', cityVerified: false, parent: 'eu01', source: `${TF}/docs/guides/ske_log_alerts.md` },
    { code: 'eu01-2', kind: LocationKind.ZONE, country: 'DE', city: 'not published', cityVerified: false, parent: 'eu01', source: `${TF}/docs/guides/ske_log_alerts.md` },
    { code: 'eu01-3', kind: LocationKind.ZONE, country: 'DE', city: 'not published', cityVerified: false, parent: 'eu01', source: `${TF_DOCS}/ske_cluster.md` },
    {
      code: 'eu01-m',
      kind: LocationKind.ZONE,
      country: 'DE',
      city: 'not published',
      cityVerified: false,
      parent: 'eu01',
      source: `${TF_DOCS}/ske_cluster.md`,
      note: 'Metro zone (spans the eu01 data centres).',
    },
    {
      code: 'eu02',
      kind: LocationKind.REGION,
      country: 'AT',
      city: 'not published',
      cityVerified: false,
      s3Endpoint: 'https://object.storage.eu02.onstackit.cloud',
      source: EU02_ZONES,
      note:
        'Country Austria from 3rd-party sources only (no STACKIT page found that names the country of eu02; a trade-press article mentions a Schwarz Group data centre in Ostermiething, Upper Austria). ' +
        'The S3 endpoint follows the documented eu01 pattern and appears in 3rd-party code; not in STACKIT docs read.',
    },
    { code: 'eu02-1', kind: LocationKind.ZONE, country: 'AT', city: 'not published', cityVerified: false, parent: 'eu02', source: EU02_ZONES },
    { code: 'eu02-2', kind: LocationKind.ZONE, country: 'AT', city: 'not published', cityVerified: false, parent: 'eu02', source: EU02_ZONES },
    { code: 'eu02-3', kind: LocationKind.ZONE, country: 'AT', city: 'not published', cityVerified: false, parent: 'eu02', source: EU02_ZONES },
    {
      code: 'eu02-m',
      kind: LocationKind.ZONE,
      country: 'AT',
      city: 'not published',
      cityVerified: false,
      parent: 'eu02',
      source: EU02_ZONES,
      note: 'Metro zone.',
    },
  ],
  regionRules: [
    {
      pattern: 'eu01-[a-z0-9]+',
      country: 'DE',
      kind: LocationKind.ZONE,
      description: 'Any other availability zone of region eu01.',
      source: `${TF_DOCS}/ske_cluster.md`,
    },
    {
      pattern: 'eu02-[a-z0-9]+',
      country: 'AT',
      kind: LocationKind.ZONE,
      description: 'Any other availability zone of region eu02 (country from 3rd-party sources).',
      source: EU02_ZONES,
    },
  ],
  objectStorage: {
    s3Compatible: true,
    endpointTemplate: 'https://object.storage.{region}.onstackit.cloud',
    hostPatterns: ['(?:(?<bucket>[a-z0-9][a-z0-9.-]*)\\.)?object\\.storage\\.(?<region>eu\\d{2})\\.onstackit\\.cloud'],
    pathStyleRequired: false,
    signingRegion: '{region}',
    // Maximum object-lock retention 365 days (capabilities.objectLock source: OBJECT_LOCK_DOC).
    objectLockMaxDays: 365,
    source: S3_GUIDE,
    note:
      'The provider guide configures the AWS provider/backend with `region = "eu01"`, endpoint `https://object.storage.eu01.onstackit.cloud` and skipped AWS validations. Buckets expose both path-style and virtual-hosted-style URLs (`url_path_style`, `url_virtual_hosted_style`). ' +
      'All objects are encrypted at rest (AES256); per-object SSE (`x-amz-server-side-encryption`) and SSE-C are supported; SSE-KMS is not documented.',
  },
  kubernetesStorage: {
    storageClasses: [
      {
        name: 'premium-perf4-stackit',
        provisioner: 'block-storage.csi.stackit.cloud',
        encrypted: false,
        isDefault: false,
        parameters: { type: 'storage_premium_perf4' },
        verified: true,
        source: `${CSI}/deploy/csi-plugin/storageclass.yaml`,
      },
      {
        name: 'stackit-encrypted-premium',
        provisioner: 'block-storage.csi.stackit.cloud',
        encrypted: true,
        isDefault: false,
        parameters: { type: 'storage_premium_perf6', encrypted: 'true' },
        verified: true,
        source: ENCRYPTED_VOLUMES_GUIDE,
      },
    ],
    encryption: {
      mechanism: VolumeEncryptionMechanism.STORAGE_CLASS_WITH_KMS,
      provisioner: 'block-storage.csi.stackit.cloud',
      parameters: { encrypted: 'true' },
      kmsParameters: ['kmsKeyID', 'kmsKeyringID', 'kmsKeyVersion', 'kmsServiceAccount', 'kmsProjectID'],
      // The driver's "Volume Encryption" section (source) lists these four with `encrypted`; kmsProjectID appears only in the Terraform guide.
      requiredKmsParameters: ['kmsKeyID', 'kmsKeyringID', 'kmsKeyVersion', 'kmsServiceAccount'],
      customerManagedKey: true,
      note:
        'Create a StorageClass with the STACKIT CSI driver (`block-storage.csi.stackit.cloud`), `type` (e.g. `storage_premium_perf6`; required for encrypted volumes), `encrypted: "true"` and `kmsKeyID`, `kmsKeyringID`, `kmsKeyVersion`, `kmsServiceAccount` (all required); `kmsProjectID` is optional (only when the KMS key is in another project). ' +
        'The SKE internal service account (`...@ske.sa.stackit.cloud`) must be allowed to act as the KMS service account. The guide says the STACKIT CSI driver for SKE is a preview that must be enabled for the project. ' +
        'Listed classes: `premium-perf4-stackit` is the example class of the STACKIT CSI driver repo, `stackit-encrypted-premium` the example of the Terraform guide (its KMS parameters are per project). ' +
        'Classes pre-installed on SKE are not listed here: only uncitable 3rd-party material names them (`premium-perf0/1/2/4/6/8-stackit`, default `premium-perf1-stackit`, provisioner `cinder.csi.openstack.org`, no encryption parameter). ' +
        'Platform-side encryption at rest of STACKIT block storage is not documented in the sources read.',
      verified: true,
      source: `${CSI}/docs/csi-driver.md`,
    },
  },
  kubernetesLoadBalancer: {
    internalAnnotations: [
      { annotation: 'lb.stackit.cloud/internal-lb', match: AnnotationValueMatch.EQUALS, value: 'true', example: '"true"' },
      // Deprecated spelling, still honoured.
      { annotation: 'yawol.stackit.cloud/internalLB', match: AnnotationValueMatch.EQUALS, value: 'true', example: '"true"' },
    ],
    honorsSourceRanges: true,
    verified: true,
    source: `${CSI}/docs/load-balancer.md`,
  },
  capabilities: {
    managedKubernetes: {
      supported: true,
      verified: true,
      source: `${TF_DOCS}/ske_cluster.md`,
      note: 'STACKIT Kubernetes Engine: `stackit_ske_cluster` with inline `node_pools`.',
    },
    bucketSse: {
      supported: true,
      verified: true,
      source: OBJECT_ENCRYPTION_DOC,
      note:
        'All data is encrypted at rest with AES256 by the platform; additionally per-object SSE (header `x-amz-server-side-encryption`, backend-managed keys) and SSE-C. No bucket default-encryption configuration is documented and the Terraform bucket resource has no encryption argument.',
    },
    bucketSseKms: {
      supported: false,
      verified: false,
      source: OBJECT_ENCRYPTION_DOC,
      note: 'not documented in the STACKIT Object Storage encryption page (only SSE with backend-managed keys and SSE-C) or the Terraform bucket resource.',
    },
    objectLock: {
      supported: true,
      verified: true,
      source: OBJECT_LOCK_DOC,
      note:
        'S3 Object Lock (WORM): enable `stackit_objectstorage_compliance_lock` on the project, create the bucket with `object_lock = true` (creation only, cannot be disabled), optional `stackit_objectstorage_default_retention` (COMPLIANCE or GOVERNANCE). Maximum retention 365 days.',
    },
    publicAccessBlock: {
      supported: false,
      verified: false,
      source: `${TF_DOCS}/objectstorage_bucket.md`,
      note: 'not documented in the STACKIT Object Storage docs read or the Terraform provider; access is controlled by credentials groups and bucket policies.',
    },
    bucketVersioning: {
      supported: true,
      verified: true,
      source: OBJECT_LOCK_BUCKET_DOC,
      note: 'Versioning is switched on automatically (and cannot be suspended) for Object Lock buckets; otherwise only via the S3 API. No versioning argument in the STACKIT Terraform provider.',
    },
    bucketLifecycle: {
      supported: false,
      verified: false,
      source: `${TF_DOCS}/objectstorage_bucket.md`,
      note: 'not documented in the STACKIT Object Storage docs read or the Terraform provider (may still work through the S3 API; unverified).',
    },
    kms: {
      supported: true,
      verified: true,
      source: `${TF_DOCS}/kms_key.md`,
      note: '`stackit_kms_keyring` + `stackit_kms_key`; keys usable for `stackit_volume`, PostgresFlex, SQLServerFlex and SKE CSI volumes.',
    },
    managedAuditLogging: {
      supported: true,
      verified: true,
      source: `${TF_DOCS}/ske_cluster.md`,
      note: 'Kubernetes API audit log: `stackit_ske_cluster.audit.enabled = true` forwards to a Telemetry Router (`stackit_telemetryrouter_*`). A platform (control-plane API) audit-trail resource was not found in the provider.',
    },
    bucketEncryptedByDefault: {
      supported: true,
      verified: true,
      source: OBJECT_ENCRYPTION_DOC,
      note: 'All data is encrypted at rest with AES256 by the platform; there is nothing to configure.',
    },
    bucketEncryptionConfiguration: {
      supported: false,
      verified: false,
      source: OBJECT_ENCRYPTION_DOC,
      note: 'Not documented: the encryption page describes platform encryption of all data (AES256), the per-object SSE header and SSE-C, but no bucket default-encryption configuration (PutBucketEncryption).',
    },
    bucketAccessLogging: {
      supported: false,
      verified: false,
      source: `${TF_DOCS}/objectstorage_bucket.md`,
      note: 'not documented in the STACKIT Object Storage docs read or the Terraform provider.',
    },
  },
};
