import { AnnotationValueMatch, CapabilityFact, CertificationScheme, CertificationStatus, LocationKind, ProviderFacts, VolumeEncryptionMechanism } from '../types';
import { SCALEWAY_RESOURCE_TYPES, SDK, TF } from './scaleway-types';

/** Scaleway's own documentation sources (scaleway/docs-content). */
const DOCS = 'https://github.com/scaleway/docs-content/blob/main/pages';
/** Scaleway Block Storage CSI driver at its newest release tag. */
const CSI = 'https://github.com/scaleway/scaleway-csi/blob/v0.3.6';

const REGIONS_GUIDE = `${TF}/docs/guides/regions_and_zones.md`;
const LOCALITY = `${SDK}/scw/locality.go`;

const NOT_DOCUMENTED_PAB: CapabilityFact = {
  supported: false,
  verified: false,
  source: `${DOCS}/object-storage/api-cli/using-api-call-list.mdx`,
  note:
    'not documented in Scaleway Object Storage docs: PutPublicAccessBlock/GetPublicAccessBlock are absent from the ' +
    'supported S3 API call list, and terraform-provider-scaleway v2.81.0 has no public-access-block resource. ' +
    'Buckets and objects are private by default; public access comes from ACLs (`scaleway_object_bucket_acl`) ' +
    'or bucket policies (`scaleway_object_bucket_policy`).',
};

export const SCALEWAY: ProviderFacts = {
  id: 'scaleway',
  name: 'Scaleway',
  aliases: ['scw'],
  hyperscaler: false,
  ownership: {
    legalEntity: 'Scaleway SAS',
    headquartersCountry: 'FR',
    headquartersCity: 'Paris',
    ultimateParent: 'iliad SA (iliad Group)',
    ultimateParentCountry: 'FR',
    reasoning:
      'Scaleway SAS (Paris) is the contracting entity named in Scaleway\'s terms; press and a Scaleway CEO interview ' +
      'describe it as a wholly owned subsidiary of the French iliad Group (Free), whose principal shareholder is ' +
      'Xavier Niel. No non-EU parent or shareholder was found. The parent link rests on third-party sources only.',
    verified: false,
    sources: [
      'https://www.scaleway.com/de/terms/',
      'https://effisyn-sds.com/2021/11/30/exceptional-interview-with-yann-lechelle-ceo-of-scaleway/?lang=en',
      'https://www.channelnews.fr/scaleway-passe-le-cap-des-100-me-mais-creuse-ses-pertes-127287',
    ],
  },
  certifications: [
    {
      scheme: CertificationScheme.ISO_27001,
      status: CertificationStatus.HELD,
      scope: 'Scaleway information security management system (ISO/IEC 27001:2022)',
      verified: true,
      source: `${DOCS}/use-cases/benefits-migration/index.mdx`,
    },
    {
      scheme: CertificationScheme.HDS,
      status: CertificationStatus.HELD,
      scope:
        'Since July 2024; selected products only (Elastic Metal, Dedibox without customization, Object Storage, VPC) ' +
        'in the French data centres DC2, DC3, DC4, DC5 (fr-par)',
      verified: true,
      source: `${DOCS}/use-cases/benefits-migration/index.mdx`,
      note: 'Glacier storage class and lifecycle rules are not allowed for HDS data (storage shared responsibility model).',
    },
    {
      scheme: CertificationScheme.SECNUMCLOUD,
      status: CertificationStatus.IN_PROGRESS,
      scope: 'Qualification process entered in 2025; not yet qualified',
      verified: true,
      source: `${DOCS}/use-cases/benefits-migration/index.mdx`,
      note: 'Scaleway blog series (2026) still describes the path toward qualification: https://www.scaleway.com/en/blog/secnumcloud-strategic-challenges/',
    },
    {
      scheme: CertificationScheme.GAIAX_MEMBERSHIP,
      status: CertificationStatus.ENDED,
      scope: 'Founding member; announced on 18 Nov 2021 it would not renew its membership for 2022',
      verified: false,
      source: 'https://www.universfreebox.com/article/507941/scaleway-iliad-quitte-et-critique-le-projet-gaia-x-pour-un-projet-de-cloud-europeen-souverain',
      note: '3rd-party (press); no Scaleway page retrieved.',
    },
  ],
  terraformSources: ['scaleway/scaleway'],
  resourceTypePrefixes: ['scaleway_'],
  providerLocationArguments: ['region', 'zone'],
  // docs/index.md, "Arguments Reference": region "fr-par if none specified", zone "fr-par-1 if none specified".
  defaultLocations: [
    {
      code: 'fr-par',
      kind: LocationKind.REGION,
      overriddenBy: ['SCW_DEFAULT_REGION', 'the default_region of the shared configuration file (~/.config/scw/config.yaml)'],
      verified: true,
      source: 'https://github.com/scaleway/terraform-provider-scaleway/blob/01dfa7ba746ae088f55ea066654aee3df016b36e/docs/index.md#arguments-reference',
    },
    {
      code: 'fr-par-1',
      kind: LocationKind.ZONE,
      overriddenBy: ['SCW_DEFAULT_ZONE', 'the default_zone of the shared configuration file (~/.config/scw/config.yaml)'],
      verified: true,
      source: 'https://github.com/scaleway/terraform-provider-scaleway/blob/01dfa7ba746ae088f55ea066654aee3df016b36e/docs/index.md#arguments-reference',
    },
  ],
  resourceTypes: SCALEWAY_RESOURCE_TYPES,
  regions: [
    {
      code: 'fr-par',
      kind: LocationKind.REGION,
      country: 'FR',
      city: 'Paris',
      cityVerified: true,
      s3Endpoint: 'https://s3.fr-par.scw.cloud',
      source: REGIONS_GUIDE,
      note: 'Legacy name `par1` is parsed by the SDK as fr-par (scw.ParseRegion).',
    },
    {
      code: 'fr-par-1',
      kind: LocationKind.ZONE,
      country: 'FR',
      city: 'Paris area',
      cityVerified: true,
      parent: 'fr-par',
      aliases: ['par1'],
      source: REGIONS_GUIDE,
      note:
        'Data centres DC2 and DC3 (Scaleway blog, https://blog.scaleway.com/design-considerations-and-our-recommendations-for-data-protection/). ' +
        '`par1` is a deprecated alias accepted by scw.ParseZone.',
    },
    {
      code: 'fr-par-2',
      kind: LocationKind.ZONE,
      country: 'FR',
      city: 'Paris area',
      cityVerified: true,
      parent: 'fr-par',
      source: REGIONS_GUIDE,
      note: 'Data centre DC5 (Scaleway blog).',
    },
    {
      code: 'fr-par-3',
      kind: LocationKind.ZONE,
      country: 'FR',
      city: 'Paris',
      cityVerified: true,
      parent: 'fr-par',
      source: REGIONS_GUIDE,
      note: 'Data centre DC4 (Scaleway blog).',
    },
    {
      code: 'nl-ams',
      kind: LocationKind.REGION,
      country: 'NL',
      city: 'Amsterdam',
      cityVerified: true,
      s3Endpoint: 'https://s3.nl-ams.scw.cloud',
      source: REGIONS_GUIDE,
      note: 'Legacy name `ams1` is parsed by the SDK as nl-ams (scw.ParseRegion).',
    },
    {
      code: 'nl-ams-1',
      kind: LocationKind.ZONE,
      country: 'NL',
      city: 'Amsterdam',
      cityVerified: true,
      parent: 'nl-ams',
      aliases: ['ams1'],
      source: REGIONS_GUIDE,
      note: '`ams1` is a deprecated alias accepted by scw.ParseZone.',
    },
    {
      code: 'nl-ams-2',
      kind: LocationKind.ZONE,
      country: 'NL',
      city: 'Amsterdam',
      cityVerified: true,
      parent: 'nl-ams',
      source: REGIONS_GUIDE,
    },
    {
      code: 'nl-ams-3',
      kind: LocationKind.ZONE,
      country: 'NL',
      city: 'Amsterdam',
      cityVerified: true,
      parent: 'nl-ams',
      source: REGIONS_GUIDE,
    },
    {
      code: 'pl-waw',
      kind: LocationKind.REGION,
      country: 'PL',
      city: 'Warsaw',
      cityVerified: true,
      s3Endpoint: 'https://s3.pl-waw.scw.cloud',
      source: REGIONS_GUIDE,
      note: 'Audit Trail is not available in pl-waw. GLACIER storage class not available here.',
    },
    {
      code: 'pl-waw-1',
      kind: LocationKind.ZONE,
      country: 'PL',
      city: 'Warsaw',
      cityVerified: true,
      parent: 'pl-waw',
      source: REGIONS_GUIDE,
    },
    {
      code: 'pl-waw-2',
      kind: LocationKind.ZONE,
      country: 'PL',
      city: 'Warsaw',
      cityVerified: true,
      parent: 'pl-waw',
      source: REGIONS_GUIDE,
    },
    {
      code: 'pl-waw-3',
      kind: LocationKind.ZONE,
      country: 'PL',
      city: 'Warsaw',
      cityVerified: true,
      parent: 'pl-waw',
      source: REGIONS_GUIDE,
    },
    {
      code: 'it-mil',
      kind: LocationKind.REGION,
      country: 'IT',
      city: 'Milan',
      cityVerified: false,
      s3Endpoint: 'https://s3.it-mil.scw.cloud',
      source: LOCALITY,
      note:
        'Added to scaleway-sdk-go scw.AllRegions in Feb 2026 (PR #2946) and therefore accepted by the provider ' +
        'region validation, but NOT listed in the provider regions_and_zones guide. Italy from the code; the city ' +
        '(Milan) and the S3 endpoint are 3rd-party only (Scaleway announced "new regions planned in Italy"). ' +
        'SDK product lists include it for Instances, Kubernetes, VPC and IPAM, not for Block Storage, RDB, Key ' +
        'Manager or Audit Trail.',
    },
    {
      code: 'it-mil-1',
      kind: LocationKind.ZONE,
      country: 'IT',
      city: 'Milan',
      cityVerified: false,
      parent: 'it-mil',
      source: LOCALITY,
      note: 'Only zone of it-mil (scw.Region.GetZones). Not in the provider regions_and_zones guide.',
    },
  ],
  regionRules: [
    {
      pattern: 'fr-par-\\d+',
      country: 'FR',
      kind: LocationKind.ZONE,
      description: 'Any (future) numbered zone of the fr-par region (Paris); the SDK derives the region from xx-yyy-N zone names',
      source: LOCALITY,
    },
    {
      pattern: 'nl-ams-\\d+',
      country: 'NL',
      kind: LocationKind.ZONE,
      description: 'Any (future) numbered zone of the nl-ams region (Amsterdam); the SDK derives the region from xx-yyy-N zone names',
      source: LOCALITY,
    },
    {
      pattern: 'pl-waw-\\d+',
      country: 'PL',
      kind: LocationKind.ZONE,
      description: 'Any (future) numbered zone of the pl-waw region (Warsaw); the SDK derives the region from xx-yyy-N zone names',
      source: LOCALITY,
    },
    {
      pattern: 'it-mil-\\d+',
      country: 'IT',
      kind: LocationKind.ZONE,
      description: 'Any (future) numbered zone of the it-mil region (Milan); the SDK derives the region from xx-yyy-N zone names',
      source: LOCALITY,
    },
  ],
  objectStorage: {
    s3Compatible: true,
    endpointTemplate: 'https://s3.{region}.scw.cloud',
    hostPatterns: [
      's3\\.(?<region>[a-z]{2}-[a-z]{3})\\.scw\\.cloud',
      '[a-z0-9.-]+\\.s3\\.(?<region>[a-z]{2}-[a-z]{3})\\.scw\\.cloud',
      '([a-z0-9.-]+\\.)?s3-website\\.(?<region>[a-z]{2}-[a-z]{3})\\.scw\\.cloud',
    ],
    pathStyleRequired: false,
    signingRegion: '{region}',
    source: `${TF}/internal/services/object/helpers_object.go`,
    note:
      'The provider builds `https://s3.{region}.scw.cloud` and signs with the region code (config.WithRegion(region)); ' +
      'virtual-host URLs are `https://{bucket}.s3.{region}.scw.cloud`, website endpoints ' +
      '`{bucket}.s3-website.{region}.scw.cloud`. Scaleway docs say both path-style and virtual-host style work; ' +
      'bucket names containing dots need path style (the *.s3.{region}.scw.cloud certificate is not recursive). ' +
      'The GLACIER class always stores objects in Paris regardless of the bucket region ' +
      '(https://github.com/scaleway/docs-content/blob/main/pages/block-storage/reference-content/storage-shared-responsibility-model.mdx).',
  },
  kubernetesStorage: {
    storageClasses: [
      {
        name: 'sbs-default',
        provisioner: 'csi.scaleway.com',
        encrypted: false,
        isDefault: true,
        verified: true,
        source: `${CSI}/examples/kubernetes/README.md`,
      },
      {
        name: 'sbs-5k',
        provisioner: 'csi.scaleway.com',
        encrypted: false,
        isDefault: false,
        verified: true,
        source: `${DOCS}/kubernetes/api-cli/managing-storage.mdx`,
      },
      {
        name: 'sbs-15k',
        provisioner: 'csi.scaleway.com',
        encrypted: false,
        isDefault: false,
        verified: true,
        source: `${DOCS}/kubernetes/api-cli/managing-storage.mdx`,
      },
    ],
    encryption: {
      mechanism: VolumeEncryptionMechanism.STORAGE_CLASS_WITH_SECRET,
      provisioner: 'csi.scaleway.com',
      parameters: { encrypted: 'true' },
      secretNameParameters: [
        'csi.storage.k8s.io/node-stage-secret-name',
        'csi.storage.k8s.io/node-expand-secret-name',
      ],
      secretKey: 'encryptionPassphrase',
      customerManagedKey: true,
      note:
        'LUKS (cryptsetup) on the node with a passphrase from a Kubernetes Secret (key `encryptionPassphrase`), ' +
        'e.g. a class `sbs-default-enc`. The matching `...-secret-namespace` parameters are required too. The ' +
        'node-expand secret is only needed for volume expansion (CSINodeExpandSecret, default since Kubernetes ' +
        '1.27). None of the preinstalled classes is encrypted; Scaleway Key Manager is not integrated with the CSI ' +
        'driver. Platform-side encryption of SBS volumes is documented only in the HDS context, so it is not ' +
        'relied on here. The CSI driver is preinstalled on Kapsule/Kosmos; do not install it yourself there.',
      verified: true,
      source: `${CSI}/examples/kubernetes/README.md`,
    },
  },
  kubernetesLoadBalancer: {
    internalAnnotations: [{ annotation: 'service.beta.kubernetes.io/scw-loadbalancer-private', match: AnnotationValueMatch.EQUALS, value: 'true', example: '"true"' }],
    honorsSourceRanges: true,
    verified: true,
    source: 'https://github.com/scaleway/scaleway-cloud-controller-manager/blob/v0.36.2/docs/loadbalancer-annotations.md',
    additionalSources: ['https://github.com/scaleway/scaleway-cloud-controller-manager/blob/v0.36.2/scaleway/acl.go'],
  },
  capabilities: {
    managedKubernetes: {
      supported: true,
      verified: true,
      source: `${TF}/docs/resources/k8s_cluster.md`,
      note: 'Kapsule (`type = kapsule*`) and Kosmos multicloud (`type = multicloud*`). Kubernetes API regions in the SDK: fr-par, nl-ams, pl-waw, it-mil.',
    },
    bucketSse: {
      supported: true,
      verified: true,
      source: `${DOCS}/object-storage/api-cli/enable-sse-one.mdx`,
      note:
        'SSE-ONE: `sse_algorithm = "AES256"` in scaleway_object_bucket_server_side_encryption_configuration; keys ' +
        'managed by Scaleway. Only objects uploaded after enabling are encrypted. SSE-C also exists ' +
        '(scaleway_object.sse_customer_key). An older Scaleway page saying SSE-S3/SSE-KMS are unsupported is outdated.',
    },
    bucketSseKms: {
      supported: true,
      verified: true,
      source: `${DOCS}/object-storage/api-cli/enable-sse-kms.mdx`,
      note:
        '`sse_algorithm = "aws:kms"` + `kms_master_key_id` (a scaleway_key_manager_key) + optional ' +
        '`bucket_key_enabled`. Every principal reading/writing objects needs the Key Manager permission sets ' +
        'KeyManagerKeyEncrypt / KeyManagerKeyDecrypt (Object Storage permissions alone give access denied). ' +
        'Docs posted 2026-06-04.',
    },
    objectLock: {
      supported: true,
      verified: true,
      source: `${TF}/docs/resources/object_bucket_lock_configuration.md`,
      note: 'Set `object_lock_enabled = true` on the bucket at creation, then scaleway_object_bucket_lock_configuration (GOVERNANCE/COMPLIANCE).',
    },
    publicAccessBlock: NOT_DOCUMENTED_PAB,
    bucketVersioning: {
      supported: true,
      verified: true,
      source: `${TF}/docs/resources/object_bucket.md`,
      note: 'Inline `versioning { enabled = true }` on scaleway_object_bucket; no separate versioning resource.',
    },
    bucketLifecycle: {
      supported: true,
      verified: true,
      source: `${TF}/docs/resources/object_bucket.md`,
      note:
        'Inline `lifecycle_rule` blocks (expiration, transition, noncurrent_version_expiration) on ' +
        'scaleway_object_bucket; no separate lifecycle resource. Lifecycle rules must not be used for HDS data.',
    },
    kms: {
      supported: true,
      verified: true,
      source: `${TF}/docs/resources/key_manager_key.md`,
      note: 'Scaleway Key Manager (scaleway_key_manager_key). Regions fr-par, nl-ams, pl-waw.',
    },
    managedAuditLogging: {
      supported: true,
      verified: true,
      source: `${DOCS}/kubernetes/how-to/access-audit-logs.mdx`,
      note:
        'Kubernetes API audit logs are on automatically for clusters with a dedicated control plane ' +
        '(scaleway_k8s_cluster `type = kapsule-dedicated-*` / `multicloud-dedicated-*`) and go to Cockpit; ' +
        'mutualized control planes (`kapsule`, `multicloud`) have none. The platform Audit Trail records API ' +
        'events without any switch (fr-par and nl-ams only; not pl-waw) but Terraform can only read it (data source ' +
        'scaleway_audit_trail_event); its export to a bucket has no Terraform resource in v2.81.0.',
    },
    bucketEncryptedByDefault: {
      supported: false,
      verified: true,
      source: `${DOCS}/object-storage/api-cli/enable-sse-one.mdx`,
      note: 'SSE-ONE encrypts only objects uploaded after it is enabled on the bucket (scaleway_object_bucket_server_side_encryption_configuration).',
    },
    bucketEncryptionConfiguration: {
      supported: true,
      verified: true,
      source: `${DOCS}/object-storage/api-cli/enable-sse-one.mdx`,
      note: 'PutBucketEncryption with SSEAlgorithm `AES256` (SSE-ONE, Scaleway-managed keys) or `aws:kms` with a Key Manager key; what aws_s3_bucket_server_side_encryption_configuration sends.',
    },
    bucketAccessLogging: {
      supported: false,
      verified: false,
      source: `${DOCS}/object-storage/api-cli/using-api-call-list.mdx`,
      note: 'PutBucketLogging / GetBucketLogging are absent from the list of supported Object Storage API calls.',
    },
    bucketTagging: {
      supported: true,
      verified: true,
      source: `${DOCS}/object-storage/api-cli/using-api-call-list.mdx`,
      note: 'PutBucketTagging / GetBucketTagging / DeleteBucketTagging are listed as available.',
    },
  },
};
