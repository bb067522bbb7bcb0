import { AnnotationValueMatch, CertificationScheme, CertificationStatus, LocationKind, ProviderFacts, VolumeEncryptionMechanism } from '../types';
import { CSI, HETZNER_RESOURCE_TYPES, TF } from './hetzner-types';

/** Hetzner docs page listing network zones and the locations in each (last change 2024-12-11). */
const NETWORKS_FAQ = 'https://docs.hetzner.com/cloud/networks/faq';
const OS_OVERVIEW = 'https://docs.hetzner.com/storage/object-storage/overview';
const OS_ACTIONS = 'https://docs.hetzner.com/storage/object-storage/supported-actions/';
/**
 * Where a data-centre name is placed at its location (see regionRules): the provider's v1.68.0
 * removal notes, which migrate `datacenter = "hel1-dc1"` to `location = "hel1"`.
 */
const DATACENTERS = `${TF}/CHANGELOG.md`;

export const HETZNER: ProviderFacts = {
  id: 'hetzner',
  name: 'Hetzner Cloud',
  aliases: ['hcloud', 'hetzner-cloud', 'hetznercloud'],
  hyperscaler: false,
  ownership: {
    legalEntity: 'Hetzner Online GmbH',
    headquartersCountry: 'DE',
    headquartersCity: 'Gunzenhausen',
    ultimateParent: 'Hetzner Online GmbH',
    ultimateParentCountry: 'DE',
    reasoning:
      'Hetzner Online GmbH (Industriestr. 25, 91710 Gunzenhausen) is the controller named in its privacy policy and ' +
      'the client of its TÜV audit; founded there in 1997 (press), it names no parent company and no non-EU ' +
      'shareholder was found. The shareholder structure and the legal entity operating the US ' +
      '(ash, hil) and Singapore (sin) locations were not confirmed at a primary source.',
    verified: false,
    sources: [
      'https://www.hetzner.com/de/legal/privacy-policy/',
      'https://direct.datacenterdynamics.com/en/news/hetzner-online-hopes-to-build-data-center-solar-farm-in-gunzenhausen-germany/',
    ],
  },
  certifications: [
    {
      scheme: CertificationScheme.GDPR_TOM_AUDIT,
      status: CertificationStatus.HELD,
      scope:
        'TÜV Rheinland i-sec review of the Art. 32 GDPR technical and organisational measures of the data centres in ' +
        'Nuremberg, Falkenstein and Helsinki (Tuusula); report no. 63016141-01, 8 Feb 2024',
      verified: false,
      source: 'https://www.scribd.com/document/712803040/dpa-tuev-audit-en-1',
      note:
        '3rd-party copy of the report; Hetzner\'s own TOM page (https://docs.hetzner.com/general/others/technical-and-organizational-measures) ' +
        'describes the measures. US and Singapore locations are not in the audit scope.',
    },
  ],
  terraformSources: ['hetznercloud/hcloud'],
  resourceTypePrefixes: ['hcloud_'],
  resourceTypes: HETZNER_RESOURCE_TYPES,
  regions: [
    {
      code: 'fsn1',
      kind: LocationKind.LOCATION,
      country: 'DE',
      city: 'Falkenstein (Vogtland)',
      cityVerified: true,
      s3Endpoint: 'https://fsn1.your-objectstorage.com',
      source: NETWORKS_FAQ,
      note: 'Network zone eu-central. Also an Object Storage location (endpoint from the Object Storage overview).',
    },
    {
      code: 'nbg1',
      kind: LocationKind.LOCATION,
      country: 'DE',
      city: 'Nuremberg',
      cityVerified: true,
      s3Endpoint: 'https://nbg1.your-objectstorage.com',
      source: NETWORKS_FAQ,
      note: 'Network zone eu-central. Also an Object Storage location.',
    },
    {
      code: 'hel1',
      kind: LocationKind.LOCATION,
      country: 'FI',
      city: 'Helsinki (data centre park in Tuusula)',
      cityVerified: true,
      s3Endpoint: 'https://hel1.your-objectstorage.com',
      source: NETWORKS_FAQ,
      note: 'Network zone eu-central. Also an Object Storage location.',
    },
    {
      code: 'ash',
      kind: LocationKind.LOCATION,
      country: 'US',
      city: 'Ashburn, VA',
      cityVerified: true,
      source: NETWORKS_FAQ,
      note: 'Outside Europe (United States). Network zone us-east. No Object Storage. Operating legal entity not verified.',
    },
    {
      code: 'hil',
      kind: LocationKind.LOCATION,
      country: 'US',
      city: 'Hillsboro, OR',
      cityVerified: true,
      source: NETWORKS_FAQ,
      note: 'Outside Europe (United States). Network zone us-west. No Object Storage. Operating legal entity not verified.',
    },
    {
      code: 'sin',
      kind: LocationKind.LOCATION,
      country: 'SG',
      city: 'Singapore',
      cityVerified: true,
      source: NETWORKS_FAQ,
      note: 'Outside Europe (Singapore). Network zone ap-southeast. No Object Storage. Operating legal entity not verified.',
    },
    {
      code: 'eu-central',
      kind: LocationKind.REGION,
      country: 'DE',
      additionalCountries: ['FI'],
      city: 'Falkenstein, Nuremberg (DE) and Helsinki (FI)',
      cityVerified: true,
      source: NETWORKS_FAQ,
      note:
        'Network zone (used by `network_zone` of hcloud_network_subnet and hcloud_load_balancer), spanning fsn1 and ' +
        'nbg1 (Germany) and hel1 (Finland): country DE with additionalCountries FI. ' +
        'A network zone holds no data itself; the servers attached decide where data is.',
    },
    {
      code: 'us-east',
      kind: LocationKind.REGION,
      country: 'US',
      city: 'Ashburn, VA',
      cityVerified: true,
      source: NETWORKS_FAQ,
      note: 'Outside Europe. Network zone containing only ash.',
    },
    {
      code: 'us-west',
      kind: LocationKind.REGION,
      country: 'US',
      city: 'Hillsboro, OR',
      cityVerified: true,
      source: NETWORKS_FAQ,
      note: 'Outside Europe. Network zone containing only hil.',
    },
    {
      code: 'ap-southeast',
      kind: LocationKind.REGION,
      country: 'SG',
      city: 'Singapore',
      cityVerified: true,
      source: NETWORKS_FAQ,
      note: 'Outside Europe. Network zone containing only sin.',
    },
  ],
  // A deprecated data-centre name `<location>-dc<N>` lies in location `<location>`: the provider's
  // v1.68.0 removal notes (CHANGELOG.md) migrate `datacenter = "hel1-dc1"` to `location = "hel1"`;
  // its datacenter data source reads each data centre's `location` (docs/data-sources/datacenter.md,
  // linking https://docs.hetzner.com/cloud/general/locations/#what-datacenters-are-there); its
  // acceptance test (internal/datacenter/data_source_test.go) lists the data centres nbg1-dc3,
  // hel1-dc2, fsn1-dc14, ash-dc1, hil-dc1, sin-dc1. Countries as their locations above.
  regionRules: [
    {
      pattern: 'fsn1-dc\\d+',
      country: 'DE',
      kind: LocationKind.LOCATION,
      description: 'Deprecated `datacenter` names in location fsn1 (Falkenstein), e.g. fsn1-dc14',
      source: DATACENTERS,
      verified: true,
    },
    {
      pattern: 'nbg1-dc\\d+',
      country: 'DE',
      kind: LocationKind.LOCATION,
      description: 'Deprecated `datacenter` names in location nbg1 (Nuremberg), e.g. nbg1-dc3',
      source: DATACENTERS,
      verified: true,
    },
    {
      pattern: 'hel1-dc\\d+',
      country: 'FI',
      kind: LocationKind.LOCATION,
      description: 'Deprecated `datacenter` names in location hel1 (Helsinki), e.g. hel1-dc2',
      source: DATACENTERS,
      verified: true,
    },
    {
      pattern: '(ash|hil)-dc\\d+',
      country: 'US',
      kind: LocationKind.LOCATION,
      description: 'Deprecated `datacenter` names in locations ash (Ashburn, VA) and hil (Hillsboro, OR), outside Europe: ash-dc1, hil-dc1',
      source: DATACENTERS,
      verified: true,
    },
    {
      pattern: 'sin-dc\\d+',
      country: 'SG',
      kind: LocationKind.LOCATION,
      description: 'Deprecated `datacenter` names in location sin (Singapore), outside Europe: sin-dc1',
      source: DATACENTERS,
      verified: true,
    },
  ],
  objectStorage: {
    s3Compatible: true,
    endpointTemplate: 'https://{region}.your-objectstorage.com',
    hostPatterns: [
      '(?<region>[a-z]{3}\\d)\\.your-objectstorage\\.com',
      '[a-z0-9.-]+\\.(?<region>[a-z]{3}\\d)\\.your-objectstorage\\.com',
    ],
    pathStyleRequired: false,
    signingRegion: '{region}',
    source: OS_OVERVIEW,
    note:
      'Buckets cannot be managed with the hcloud provider (no Hetzner Cloud API for buckets or credentials, ' +
      `${TF}/docs/guides/s3-object-storage.md, issue #1005): use an S3-compatible provider (Hetzner documents ` +
      'MinIO; hashicorp/aws also works) pointed at `https://{location}.your-objectstorage.com`; the location is ' +
      'only visible in that endpoint. Locations fsn1, nbg1, hel1 only. Public URLs are virtual-host style ' +
      '`https://{bucket}.{location}.your-objectstorage.com/{key}`. Signing with the location code as region ' +
      '(e.g. fsn1) is what 3rd-party configurations use; not confirmed at a Hetzner page. S3 limits ' +
      `(${OS_ACTIONS}): encryption SSE-C only; no website, logging, replication, notifications, tagging, ` +
      'ownership controls, custom domains; object lock only via the x-amz-bucket-object-lock-enabled header at ' +
      'bucket creation; NoncurrentVersionExpiration only with NoncurrentDays. Data is stored in a Ceph cluster.',
  },
  kubernetesStorage: {
    storageClasses: [
      {
        name: 'hcloud-volumes',
        provisioner: 'csi.hetzner.cloud',
        encrypted: false,
        isDefault: true,
        verified: true,
        source: `${CSI}/chart/values.yaml`,
      },
    ],
    encryption: {
      mechanism: VolumeEncryptionMechanism.STORAGE_CLASS_WITH_SECRET,
      provisioner: 'csi.hetzner.cloud',
      secretNameParameters: ['csi.storage.k8s.io/node-publish-secret-name'],
      secretKey: 'encryption-passphrase',
      customerManagedKey: true,
      note:
        'No managed Kubernetes: this applies to self-run clusters on hcloud_server with the hcloud CSI driver (Helm ' +
        'chart hcloud/hcloud-csi). Create a Secret with key `encryption-passphrase` and a copy of `hcloud-volumes` ' +
        '(e.g. `hcloud-volumes-encrypted`) whose parameters set `csi.storage.k8s.io/node-publish-secret-name` and ' +
        '`csi.storage.k8s.io/node-publish-secret-namespace`. There is no `encrypted` parameter: the driver formats ' +
        'and opens the volume with LUKS (cryptsetup) whenever the passphrase secret is passed on NodePublish. Nodes ' +
        'need `cryptsetup`. Hetzner documents no platform-side encryption of Cloud Volumes.',
      verified: true,
      source: `${CSI}/docs/kubernetes/guides/volumes-encrypted-with-luks.md`,
    },
  },
  kubernetesLoadBalancer: {
    internalAnnotations: [{ annotation: 'load-balancer.hetzner.cloud/disable-public-network', match: AnnotationValueMatch.EQUALS, value: 'true', example: '"true"' }],
    honorsSourceRanges: false,
    verified: true,
    source: 'https://github.com/hetznercloud/hcloud-cloud-controller-manager/blob/v1.35.0/docs/reference/load_balancer_annotations.md',
    note: 'the controller can also disable public networks for all load balancers (HCLOUD_LOAD_BALANCERS_DISABLE_PUBLIC_NETWORK), which the configuration does not show',
  },
  capabilities: {
    managedKubernetes: {
      supported: false,
      verified: true,
      source: 'https://github.com/hetznercloud/terraform-provider-hcloud/tree/v1.68.0/docs/resources',
      note:
        'The hcloud provider v1.68.0 has no Kubernetes resource (its docs/resources list has servers, networks, ' +
        'firewalls, volumes, load balancers, storage boxes, DNS zones…). Run Kubernetes yourself on hcloud_server ' +
        'with hcloud-cloud-controller-manager and the hcloud CSI driver.',
    },
    bucketSse: {
      supported: false,
      verified: true,
      source: OS_ACTIONS,
      note:
        'Encryption: "only this encryption type: SSE-C" — no default bucket encryption with Hetzner-managed keys ' +
        '(PutBucketEncryption/SSE-S3). Encrypt per request with SSE-C (copying SSE-C objects is not supported) or client-side.',
    },
    bucketSseKms: {
      supported: false,
      verified: true,
      source: OS_ACTIONS,
      note: 'Only SSE-C is supported; Hetzner has no KMS.',
    },
    objectLock: {
      supported: true,
      verified: true,
      source: OS_ACTIONS,
      note:
        'Enable with the `x-amz-bucket-object-lock-enabled` header at bucket creation (e.g. aws_s3_bucket ' +
        '`object_lock_enabled = true` / minio `object_locking = true`); managed only through a third-party S3 provider.',
    },
    publicAccessBlock: {
      supported: false,
      verified: false,
      source: OS_ACTIONS,
      note:
        'not documented in Hetzner\'s list of supported S3 actions (neither listed as supported nor as an exception); ' +
        'treat as unavailable until tested. Bucket visibility is private or public-read (x-amz-acl on create) or a bucket policy.',
    },
    bucketVersioning: {
      supported: true,
      verified: true,
      source: OS_ACTIONS,
      note: 'Standard S3 versioning is not among the listed exceptions; manage via a third-party S3 provider.',
    },
    bucketLifecycle: {
      supported: true,
      verified: true,
      source: OS_ACTIONS,
      note: 'Lifecycle rules are supported except that NoncurrentVersionExpiration accepts only NoncurrentDays.',
    },
    kms: {
      supported: false,
      verified: true,
      source: 'https://github.com/hetznercloud/terraform-provider-hcloud/tree/v1.68.0/docs/resources',
      note: 'No key-management service and no KMS resource in the hcloud provider v1.68.0.',
    },
    managedAuditLogging: {
      supported: false,
      verified: false,
      source: 'https://github.com/hetznercloud/terraform-provider-hcloud/tree/v1.68.0/docs/resources',
      note: 'not documented: the hcloud provider v1.68.0 has no audit-log resource or data source, and Hetzner offers no managed Kubernetes whose API audit log could be switched on.',
    },
    bucketEncryptedByDefault: {
      supported: false,
      verified: true,
      source: OS_ACTIONS,
      note: 'Only SSE-C (keys sent with every request) is supported; objects written without it are not encrypted server-side.',
    },
    bucketEncryptionConfiguration: {
      supported: false,
      verified: true,
      source: OS_ACTIONS,
      note: 'Only SSE-C is supported: no PutBucketEncryption (bucket default encryption).',
    },
    bucketAccessLogging: {
      supported: false,
      verified: true,
      source: OS_ACTIONS,
      note: 'Bucket logging is among the actions Hetzner does not support.',
    },
    bucketTagging: {
      supported: false,
      verified: true,
      source: OS_ACTIONS,
      note: 'Tagging is among the actions Hetzner does not support; a bucket created with tags fails.',
    },
  },
};
