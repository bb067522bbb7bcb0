import { CertificationScheme, CertificationStatus, LocationKind, ProviderFacts, VolumeEncryptionMechanism } from '../types';
import { CSI, EXOSCALE_RESOURCE_TYPES, TF } from './exoscale-types';

const ZONES_SRC = `${TF}/pkg/config/config.go`;
const SOS_API = 'https://community.exoscale.com/api/sos/';
const SOS_LIMITS = 'https://community.exoscale.com/product/storage/object-storage/service-boundaries/limits-and-quotas';
const SOS_ENCRYPTION = 'https://community.exoscale.com/product/storage/object-storage/how-to/encryption';
const SOS_VERSIONING = 'https://community.exoscale.com/documentation/storage/versioning/';
const BS_ENCRYPTION = 'https://community.exoscale.com/product/compute/instances/reference/encryption-at-rest/';
const CITY_3RD_PARTY = 'https://csf.hop3.abilian.com/providers/exoscale.html';

/**
 * Exoscale (Akenes SA, Lausanne, Switzerland; part of A1 Digital / A1 Telekom Austria Group).
 * Checked against terraform-provider-exoscale v0.70.0 (2026-07-17) and exoscale-csi-driver v0.34.3.
 */
export const EXOSCALE: ProviderFacts = {
  id: 'exoscale',
  name: 'Exoscale',
  aliases: [],
  hyperscaler: false,
  ownership: {
    legalEntity: 'Akenes SA',
    headquartersCountry: 'CH',
    headquartersCity: 'Lausanne',
    ultimateParent: 'América Movil, S.A.B. de C.V.',
    ultimateParentCountry: 'MX',
    reasoning:
      'Exoscale is a trademark of Akenes SA (Boulevard de Grancy 19A, Lausanne, CHE-423.524.322), which contracts under Swiss law; ' +
      'Akenes was acquired in 2017 by A1 Digital (Austria), part of A1 Telekom Austria Group, which América Movil (Mexico) controls ' +
      'with ~56.55 % of the shares and a shareholders agreement (Austrian state holding ÖBAG ~28.4 % with veto rights). ' +
      'So the contracting entity is Swiss (non-EU, EU adequacy decision) and the ultimate controller is Mexican; no US parent found. ' +
      'Only the legal entity and Lausanne address come from a primary source; the parent chain comes from third-party pages.',
    verified: false,
    sources: [
      'https://www.exoscale.com/dpa/',
      'https://www.exoscale.ch/infrastructure/security/',
      'https://totaltele.com/america-movil-ups-stake-in-a1-telekom-austria/',
      'https://csf.hop3.abilian.com/providers/exoscale.html',
    ],
  },
  certifications: [
    {
      scheme: CertificationScheme.ISO_27001,
      status: CertificationStatus.HELD,
      scope: 'Exoscale infrastructure (scope not published)',
      verified: false,
      source: 'https://community.exoscale.com/platform/compliance/shared-responsability-model',
      note:
        'Exoscale\'s shared-responsibility page lists "Regulatory compliance of the infrastructure (ISO 27001, SOC 2, C5, HDS, etc.)" ' +
        'as Exoscale\'s responsibility; no certificate, scope or certifying body found, so SOC 2 / C5 / HDS are not listed here. ' +
        'The older security page only cites the CSA Cloud Control Matrix (which maps to ISO/IEC 27001).',
    },
  ],
  terraformSources: ['exoscale/exoscale'],
  resourceTypePrefixes: ['exoscale_'],
  // The provider block has no zone/region argument (only key, secret, environment, sos_endpoint, timeout):
  // every located resource carries its own `zone`.
  // Provider credentials the generic secret names miss: https://github.com/exoscale/terraform-provider-exoscale/blob/v0.70.0/docs/index.md (key, secret)
  providerCredentialArguments: ['key'],
  resourceTypes: EXOSCALE_RESOURCE_TYPES,
  regions: [
    {
      code: 'ch-gva-2',
      kind: LocationKind.LOCATION,
      country: 'CH',
      city: 'Geneva',
      cityVerified: true,
      s3Endpoint: 'https://sos-ch-gva-2.exo.io',
      source: ZONES_SRC,
      note:
        'Switzerland: outside the EU (EU adequacy decision). Exoscale calls its locations "zones" (no parent region). ' +
        'City: Exoscale SOS quick start ("upload data ... in Geneva, then your data is kept in Switzerland"). Default zone of the provider.',
    },
    {
      code: 'ch-dk-2',
      kind: LocationKind.LOCATION,
      country: 'CH',
      city: 'Zurich',
      cityVerified: false,
      s3Endpoint: 'https://sos-ch-dk-2.exo.io',
      source: ZONES_SRC,
      note: `Switzerland: outside the EU (EU adequacy decision). City from a 3rd-party page (${CITY_3RD_PARTY}).`,
    },
    {
      code: 'at-vie-1',
      kind: LocationKind.LOCATION,
      country: 'AT',
      city: 'Vienna',
      cityVerified: false,
      s3Endpoint: 'https://sos-at-vie-1.exo.io',
      source: ZONES_SRC,
      note: 'City inferred from the code; 3rd-party lists confirm it.',
    },
    {
      code: 'at-vie-2',
      kind: LocationKind.LOCATION,
      country: 'AT',
      city: 'Vienna',
      cityVerified: false,
      s3Endpoint: 'https://sos-at-vie-2.exo.io',
      source: ZONES_SRC,
      note: 'City inferred from the code; 3rd-party lists confirm it.',
    },
    {
      code: 'de-fra-1',
      kind: LocationKind.LOCATION,
      country: 'DE',
      city: 'Frankfurt',
      cityVerified: false,
      s3Endpoint: 'https://sos-de-fra-1.exo.io',
      source: ZONES_SRC,
      note: 'City inferred from the code; 3rd-party lists confirm it.',
    },
    {
      code: 'de-muc-1',
      kind: LocationKind.LOCATION,
      country: 'DE',
      city: 'Munich',
      cityVerified: false,
      s3Endpoint: 'https://sos-de-muc-1.exo.io',
      source: ZONES_SRC,
      note: 'City inferred from the code; 3rd-party lists confirm it.',
    },
    {
      code: 'bg-sof-1',
      kind: LocationKind.LOCATION,
      country: 'BG',
      city: 'Sofia',
      cityVerified: false,
      s3Endpoint: 'https://sos-bg-sof-1.exo.io',
      source: ZONES_SRC,
      note: 'City inferred from the code; 3rd-party lists confirm it.',
    },
    {
      code: 'hr-zag-1',
      kind: LocationKind.LOCATION,
      country: 'HR',
      city: 'Zagreb',
      cityVerified: false,
      s3Endpoint: 'https://sos-hr-zag-1.exo.io',
      source: ZONES_SRC,
      note:
        'Added in provider v0.64.3 (CHANGELOG "config: Add support for hr-zag-1 zone"). City inferred from the code. ' +
        `The SOS API page does not list this endpoint yet; it follows the provider's sos-<zone>.exo.io rule and ${SOS_LIMITS} says object storage is in all zones.`,
    },
  ],
  objectStorage: {
    s3Compatible: true,
    endpointTemplate: 'https://sos-{region}.exo.io',
    hostPatterns: [
      '(?:(?<bucket>[a-z0-9][a-z0-9.-]*)\\.)?sos-(?<region>[a-z]{2}-[a-z]{2,3}-\\d+)\\.exo\\.io',
      '(?:(?<bucket>[a-z0-9][a-z0-9.-]*)\\.)?sos\\.exo\\.io',
    ],
    pathStyleRequired: false,
    signingRegion: '{region}',
    source: SOS_API,
    note:
      'Endpoint per zone `https://sos-<zone>.exo.io`; the zone code is also the SigV4 region (pkg/sos/sos.go at v0.70.0 sets region = zone ' +
      'and forces path style for its own client; Exoscale\'s s3cmd guide configures virtual-hosted `%(bucket)s.sos...exo.io` hosts, so path style is not required). ' +
      '`sos.exo.io` (second pattern, no zone) is the legacy pre-zone endpoint in Switzerland. The Terraform provider manages no buckets: ' +
      'use hashicorp/aws (`aws_s3_bucket*`) with a custom endpoint; data stays in the zone of the endpoint. ' +
      'Unsupported (limits page): object tagging, lifecycle management, access logging, event notification, static website.',
  },
  kubernetesStorage: {
    storageClasses: [
      {
        name: 'exoscale-sbs',
        provisioner: 'csi.exoscale.com',
        encrypted: true,
        isDefault: false,
        verified: true,
        source: `${CSI}/storage-class.yaml`,
        parameters: {},
      },
      {
        name: 'exoscale-bs-retain',
        provisioner: 'csi.exoscale.com',
        encrypted: true,
        isDefault: false,
        verified: true,
        source: `${CSI}/storage-class-retain.yaml`,
        parameters: {},
      },
    ],
    encryption: {
      mechanism: VolumeEncryptionMechanism.PLATFORM_DEFAULT,
      provisioner: 'csi.exoscale.com',
      customerManagedKey: false,
      note:
        'The CSI driver creates Exoscale Block Storage volumes, and Exoscale encrypts every new Block Storage volume (and compute root volume) ' +
        'at the hypervisor with AES-256-XTS and a per-volume key; encryption cannot be disabled and keys are Exoscale-managed (KMS integration announced, not yet available). ' +
        'The driver has no encryption parameter. Prerequisite: SKS cluster with `exoscale_csi = true` (default false) or the driver installed by hand. ' +
        'Neither class is annotated as default in the manifests; exoscale-sbs reclaims with Delete, exoscale-bs-retain with Retain.',
      verified: true,
      source: BS_ENCRYPTION,
    },
  },
  kubernetesLoadBalancer: {
    internalAnnotations: [],
    honorsSourceRanges: false,
    verified: true,
    source: 'https://github.com/exoscale/exoscale-cloud-controller-manager/blob/v0.34.0/docs/service-loadbalancer.md',
    note: 'Exoscale network load balancers are always public; the controller has no internal option',
  },
  capabilities: {
    managedKubernetes: {
      supported: true,
      verified: true,
      source: `${TF}/docs/resources/sks_cluster.md`,
      note: 'SKS (`exoscale_sks_cluster` + `exoscale_sks_nodepool`).',
    },
    bucketSse: {
      supported: true,
      verified: true,
      source: SOS_ENCRYPTION,
      note:
        'SSE-SOS (Exoscale-managed keys) is on by default for new buckets and cannot be switched off; older buckets: ' +
        'PutBucketEncryption with SSEAlgorithm AES256 (e.g. aws_s3_bucket_server_side_encryption_configuration). SSE-C is also supported.',
    },
    bucketSseKms: {
      supported: false,
      verified: true,
      source: SOS_ENCRYPTION,
      note: 'The SOS encryption page states SSE-KMS is not supported (planned). Exoscale KMS keys exist but SOS does not use them.',
    },
    objectLock: {
      supported: true,
      verified: true,
      source: SOS_VERSIONING,
      note: 'Documented as S3 object lock "with the Legal hold feature"; retention modes/default retention are not documented. Needs versioning.',
    },
    publicAccessBlock: {
      supported: false,
      verified: false,
      note: 'not documented in the SOS docs (neither as supported nor in the unsupported list); restrict public access with ACLs and bucket policies.',
      source: SOS_LIMITS,
    },
    bucketVersioning: {
      supported: true,
      verified: true,
      source: SOS_VERSIONING,
      note: 'Up to 1000 versions per object.',
    },
    bucketLifecycle: {
      supported: false,
      verified: true,
      source: SOS_LIMITS,
      note: '"Object Lifecycle Management" is in the unsupported list; Exoscale offers a client-side tool (exoscale/sos-client-bucket-lifecycle) to emulate it.',
    },
    kms: {
      supported: true,
      verified: true,
      source: `${TF}/pkg/resources/kms/resource_kms_key.go`,
      note:
        '`exoscale_kms_key` is registered in provider v0.70.0 (undocumented in docs/); Exoscale KMS (BETA API) manages keys for envelope encryption. ' +
        'No Exoscale service (SOS, block storage, DBaaS) can be pointed at a customer key through Terraform yet.',
    },
    managedAuditLogging: {
      supported: true,
      verified: true,
      source: `${TF}/docs/resources/sks_cluster.md`,
      note:
        'Kubernetes API audit: `exoscale_sks_cluster.audit { enabled = true, endpoint, bearer_token }` (set at creation) ships events to your own webhook. ' +
        'The platform Audit Trail (API mutations, 30 days, optional export to SOS) exists but has no Terraform resource.',
    },
    bucketEncryptedByDefault: {
      supported: true,
      verified: true,
      source: SOS_ENCRYPTION,
      note: 'SSE-SOS (Exoscale-managed keys) is on by default for new buckets and cannot be switched off; buckets created before it need PutBucketEncryption.',
    },
    bucketEncryptionConfiguration: {
      supported: true,
      verified: true,
      source: SOS_ENCRYPTION,
      note: 'New buckets are encrypted (SSE-SOS) by default; PutBucketEncryption with SSEAlgorithm AES256 switches it on for older buckets.',
    },
    bucketAccessLogging: {
      supported: false,
      verified: true,
      source: SOS_LIMITS,
      note: '"Bucket Access Logging" is in the list of unsupported S3 features.',
    },
    s3ConditionalWrites: {
      supported: false,
      verified: false,
      source: 'https://community.exoscale.com/documentation/storage/simple-object-storage-overview/',
      note: 'One version of the SOS overview lists "Conditional Writes" among unsupported S3 features; the current limits page does not mention them.',
    },
  },
};
