/**
 * Typed facts about cloud providers. Every fact carries the https URL it was
 * checked against and whether a primary source confirmed it: a fact marked
 * unverified is still usable, but findings that depend on it say so.
 *
 * These interfaces are jsii structs (data only); the behaviour lives in
 * `CloudProvider` and `Catalog`.
 */
import type { BackupRetentionFact } from './facts/backups';
import type { EncryptionAtRestFact } from './facts/encryption';
import type { KubernetesTypeFact } from './facts/kubernetes';
import type { AuditLoggingFact, AuditSinkFact, AuditTrailFact, DiagnosticSettingFact, TelemetryLinkFact } from './facts/audit';
import type { PublicExposureFact } from './facts/exposure';
import type { DefaultLocationFact, LocationArgumentFact, S3EndpointOverrideFact, SecondaryLocationFact } from './facts/location';
import type { SecretArgumentsFact } from './facts/secrets';
import type { StoreConfigurationFact, StoreFact } from './facts/stores';
import type { EncryptionInTransitFact } from './facts/transit';

/** What kind of location a code names. */
export enum LocationKind {
  /** A region (several zones / data centres), e.g. Scaleway `fr-par`. */
  REGION = 'region',
  /** An availability zone inside a region, e.g. Scaleway `fr-par-1`. */
  ZONE = 'zone',
  /** A single data-centre location, e.g. Hetzner `fsn1`, IONOS `de/fra`. */
  LOCATION = 'location',
  /** A region code used only by the object-storage service, e.g. IONOS `eu-central-3`. */
  OBJECT_STORAGE_REGION = 'object-storage-region',
}

/** A location code that a provider's Terraform provider accepts. */
export interface RegionInfo {
  /** The code exactly as the Terraform provider accepts it (e.g. `fr-par`, `de/fra`, `GRA11`). */
  readonly code: string;
  /** Region, zone, location or object-storage region. */
  readonly kind: LocationKind;
  /** ISO 3166-1 alpha-2 code of the country where the data centre is. */
  readonly country: string;
  /**
   * Other countries where data in this location may be, for locations that span countries
   * (multi-region and dual-region storage, network zones). Rules check every country.
   * @default - only `country`
   */
  readonly additionalCountries?: string[];
  /** City (or area) of the data centre. */
  readonly city: string;
  /** Whether a primary source names the city (the country may still be verified). */
  readonly cityVerified: boolean;
  /**
   * For a zone: the code of its region.
   * @default - not a zone
   */
  readonly parent?: string;
  /**
   * Other spellings of the same location that Terraform arguments use (matched case-insensitively).
   * @default - none
   */
  readonly aliases?: string[];
  /**
   * S3 API endpoint of the provider's object storage in this region.
   * @default - no S3 endpoint in this region
   */
  readonly s3Endpoint?: string;
  /** https URL of the source for this location. */
  readonly source: string;
  /**
   * Remarks (e.g. outside the EU, sold by a subsidiary).
   * @default - none
   */
  readonly note?: string;
}

/**
 * A rule that maps location codes not listed one by one to a country, e.g.
 * every AWS region starting with `us-` is in the United States.
 */
export interface RegionRule {
  /** A JavaScript regular expression, matched case-insensitively against the whole code. */
  readonly pattern: string;
  /** ISO 3166-1 alpha-2 code of the country. */
  readonly country: string;
  /**
   * What kind of location the matched codes are.
   * @default LocationKind.REGION
   */
  readonly kind?: LocationKind;
  /** What the rule covers, in words. */
  readonly description: string;
  /** https URL of the source. */
  readonly source: string;
  /**
   * Whether the source confirms the rule (locations found through an unverified rule make
   * findings warnings at most).
   * @default false
   */
  readonly verified?: boolean;
}

/** Certification schemes and memberships tracked by the catalog. */
export enum CertificationScheme {
  /** BSI Cloud Computing Compliance Criteria Catalogue (C5) attestation. */
  BSI_C5 = 'BSI C5',
  /** ANSSI SecNumCloud qualification (France). */
  SECNUMCLOUD = 'SecNumCloud',
  /** ISO/IEC 27001 information security management. */
  ISO_27001 = 'ISO/IEC 27001',
  /** ISO/IEC 27017 cloud security controls. */
  ISO_27017 = 'ISO/IEC 27017',
  /** ISO/IEC 27018 protection of PII in public clouds. */
  ISO_27018 = 'ISO/IEC 27018',
  /** ISO/IEC 27701 privacy information management. */
  ISO_27701 = 'ISO/IEC 27701',
  /** ISO 22301 business continuity. */
  ISO_22301 = 'ISO 22301',
  /** SOC 1 / SOC 2 / SOC 3 reports. */
  SOC = 'SOC',
  /** CSA STAR. */
  CSA_STAR = 'CSA STAR',
  /** Trusted Cloud Data Profile (Germany). */
  TCDP = 'TCDP',
  /** Hébergeur de Données de Santé (France). */
  HDS = 'HDS',
  /** GDPR Art. 32 technical and organisational measures audited by a third party. */
  GDPR_TOM_AUDIT = 'GDPR TOM audit',
  /** Membership of the Gaia-X AISBL. */
  GAIAX_MEMBERSHIP = 'Gaia-X membership',
  /** A Gaia-X compliance label for a service offering. */
  GAIAX_LABEL = 'Gaia-X label',
  /** Spain's Esquema Nacional de Seguridad. */
  ENS = 'ENS',
  /** Sovereign Cloud Stack: SCS-compatible IaaS or KaaS (https://docs.scs.community/standards/certification/overview). */
  SCS_COMPATIBLE = 'SCS-compatible',
}

/** Where a certification stands. */
export enum CertificationStatus {
  /** Held now (as far as the source says). */
  HELD = 'held',
  /** The provider is in the process of obtaining it. */
  IN_PROGRESS = 'in-progress',
  /** Held or joined once, now ended (e.g. left Gaia-X). */
  ENDED = 'ended',
}

/** A certification, attestation or membership of a provider. */
export interface Certification {
  /** The scheme. */
  readonly scheme: CertificationScheme;
  /** Held, in progress or ended. */
  readonly status: CertificationStatus;
  /** Which services, regions or legal entities it covers. */
  readonly scope: string;
  /** Whether a primary source (the provider or the certifying body) confirms it. */
  readonly verified: boolean;
  /** https URL of the source. */
  readonly source: string;
  /**
   * Remarks.
   * @default - none
   */
  readonly note?: string;
}

/** Who runs a provider and who controls it. */
export interface Ownership {
  /** The contracting legal entity for European customers. */
  readonly legalEntity: string;
  /** ISO 3166-1 alpha-2 code of the headquarters country. */
  readonly headquartersCountry: string;
  /** Headquarters city. */
  readonly headquartersCity: string;
  /** The ultimate parent company (or the entity itself when independent). */
  readonly ultimateParent: string;
  /** ISO 3166-1 alpha-2 code of the ultimate parent's country. */
  readonly ultimateParentCountry: string;
  /** Why the ultimate parent is the one named, and any control caveats worth knowing. */
  readonly reasoning: string;
  /** Whether primary sources confirm headquarters and parent (not only third-party summaries). */
  readonly verified: boolean;
  /** https URLs of the sources. */
  readonly sources: string[];
}

/** The role a Terraform resource type plays, as far as the sovereignty rules care. */
export enum ResourceCategory {
  /** A managed Kubernetes cluster. */
  KUBERNETES_CLUSTER = 'kubernetes-cluster',
  /** A node pool / node group of a managed Kubernetes cluster. */
  NODE_POOL = 'node-pool',
  /** An object-storage bucket (or the service that holds buckets). */
  BUCKET = 'bucket',
  /** A separate resource configuring a bucket (encryption, versioning, lifecycle, ACL, policy, lock…). */
  BUCKET_CONFIGURATION = 'bucket-configuration',
  /** A private network, VPC or LAN. */
  NETWORK = 'network',
  /** A subnet. */
  SUBNET = 'subnet',
  /** A firewall or security group (or one of its rules). */
  FIREWALL = 'firewall',
  /** A key-management key or key ring. */
  KMS = 'kms',
  /** An audit trail, log subscription or log pipeline. */
  AUDIT_LOGGING = 'audit-logging',
  /** A managed database. */
  DATABASE = 'database',
  /** A block-storage volume. */
  VOLUME = 'volume',
  /** A virtual or bare-metal server. */
  SERVER = 'server',
  /**
   * A relationship between resources that holds no data of its own (an attachment, an
   * assignment, an IP failover group, a DNS record of a zone): located, if at all, by what it links.
   */
  RELATIONSHIP = 'relationship',
}

/** What a configuration resource configures on the resource it belongs to (a bucket's versioning, lifecycle, …). */
export enum ConfigurationRole {
  /** Server-side encryption (an S3 `*_server_side_encryption_configuration`). */
  ENCRYPTION = 'encryption',
  /** Object versioning (an S3 `*_versioning`). */
  VERSIONING = 'versioning',
  /** Lifecycle rules (an S3 `*_lifecycle_configuration`, a storage management policy). */
  LIFECYCLE = 'lifecycle',
  /** Object lock with a default retention (an S3 `*_object_lock_configuration`). */
  OBJECT_LOCK = 'object-lock',
  /** A default retention that locks new objects (without a separate lock switch). */
  DEFAULT_RETENTION = 'default-retention',
  /** A public access block. */
  PUBLIC_ACCESS_BLOCK = 'public-access-block',
  /** A container of the store (a blob container of a storage account): its own configuration resources count for the store. */
  CONTAINER = 'container',
}

/**
 * A Terraform resource type of a provider and what it is: its role, where it is, and the
 * facts the rules judge it by (each with the documentation page it was read from). Rules name
 * no resource type: they read these facts.
 */
export interface ResourceTypeFact {
  /** Terraform resource type, e.g. `scaleway_k8s_cluster`. (Named `resourceType` because `type` is reserved in Go.) */
  readonly resourceType: string;
  /**
   * Its role. Types of a data-holding category (cluster, node pool, bucket, database, volume,
   * server, audit log, KMS key) must have a known location.
   * @default - not classified: located when any location argument, parent or provider locates it
   */
  readonly category?: ResourceCategory;
  /**
   * Arguments that carry its location (region/zone/location), in the order they take precedence.
   * @default - the generic location arguments (`region`, `location`, `zone`, …), then its parent and provider configuration
   */
  readonly locationArguments?: string[];
  /**
   * The shape of location arguments that are not one code in a string argument (lists,
   * arguments of nested blocks), and the parent references that locate a type without location
   * arguments of its own. `CloudProvider.locationArgumentsOf()` gives every location argument
   * of a type with its shape.
   * @default - every entry of `locationArguments` is a string argument; no parent reference is named
   */
  readonly locationShapes?: LocationArgumentFact[];
  /**
   * For configuration resources: what they configure on the resource they belong to.
   * @default - not a configuration resource
   */
  readonly configures?: ConfigurationRole;
  /**
   * How its data is encrypted at rest, and how the engine checks it.
   * @default - not judged for encryption at rest
   */
  readonly encryptionAtRest?: EncryptionAtRestFact;
  /**
   * How it protects data in transit (listeners, TLS switches), and how the engine checks it.
   * @default - not judged for encryption in transit
   */
  readonly encryptionInTransit?: EncryptionInTransitFact;
  /**
   * What opens it to the internet (ACLs, policies, firewall rules, allow lists), and how the engine checks it.
   * @default - not judged for public exposure
   */
  readonly publicExposure?: PublicExposureFact;
  /**
   * For stores: object lock, lifecycle and versioning arguments, and how to switch each on.
   * @default - not a store the retention, versioning and audit-log rules can read
   */
  readonly store?: StoreFact;
  /**
   * For configuration resources of a store: how they are read, where their role does not say.
   * @default - read by their role
   */
  readonly storeConfiguration?: StoreConfigurationFact;
  /**
   * How its audit logging is switched on (Kubernetes clusters, cloud projects, trails, log destinations).
   * @default - not judged for audit logging
   */
  readonly auditLogging?: AuditLoggingFact;
  /**
   * For audit trails: how they are switched on.
   * @default - not a trail
   */
  readonly auditTrail?: AuditTrailFact;
  /**
   * For resources that write audit logs into a store: where.
   * @default - writes no audit logs into a store
   */
  readonly auditSink?: AuditSinkFact;
  /**
   * For diagnostic settings: what they target and how their log categories are written.
   * @default - not a diagnostic setting
   */
  readonly diagnosticSetting?: DiagnosticSettingFact;
  /**
   * For telemetry links: what they route.
   * @default - not a telemetry link
   */
  readonly telemetryLink?: TelemetryLinkFact;
  /**
   * Arguments whose value is a secret although their names do not say so.
   * @default - only arguments named like secrets
   */
  readonly secretArguments?: SecretArgumentsFact;
  /**
   * Arguments that hold user data (cloud-init, scripts, configuration files for the machine)
   * although their names do not say so; their text is searched for embedded secrets
   * (arguments named `user_data`, `custom_data`, `cloud-init`, `user-data`, `startup-script`
   * are searched by name).
   * @default - only arguments named like user data
   */
  readonly userDataArguments?: string[];
  /**
   * Arguments that put data in another location (replicas, backups, log sinks), each judged by the location rules.
   * @default - none
   */
  readonly secondaryLocations?: SecondaryLocationFact[];
  /**
   * For managed databases: how long automated backups are kept, judged against the policy's personal-data bound.
   * @default - not judged for backup retention
   */
  readonly backupRetention?: BackupRetentionFact;
  /**
   * For Kubernetes and Helm resource types: the object it writes into the cluster.
   * @default - not a Kubernetes resource
   */
  readonly kubernetes?: KubernetesTypeFact;
  /** https URL of the resource's documentation. */
  readonly source: string;
  /**
   * Remarks.
   * @default - none
   */
  readonly note?: string;
}

/** A yes/no fact about what a provider supports. */
export interface CapabilityFact {
  /** Whether it is supported. */
  readonly supported: boolean;
  /** Whether a primary source confirms the answer. */
  readonly verified: boolean;
  /** https URL of the source. */
  readonly source: string;
  /**
   * Remarks (limits, regions, how to use it).
   * @default - none
   */
  readonly note?: string;
}

/** Capabilities constructs and rules need to know about. */
export interface ProviderCapabilities {
  /** A managed Kubernetes service that Terraform can create. */
  readonly managedKubernetes: CapabilityFact;
  /** Buckets can be encrypted server-side with provider-managed keys (SSE-S3 / AES256). */
  readonly bucketSse: CapabilityFact;
  /** Buckets can be encrypted server-side with a customer-managed KMS key (SSE-KMS). */
  readonly bucketSseKms: CapabilityFact;
  /** Buckets support object lock / WORM retention. */
  readonly objectLock: CapabilityFact;
  /** The S3 API supports the public access block configuration. */
  readonly publicAccessBlock: CapabilityFact;
  /** Buckets support versioning. */
  readonly bucketVersioning: CapabilityFact;
  /** Buckets support lifecycle expiration rules. */
  readonly bucketLifecycle: CapabilityFact;
  /** A key-management service Terraform can manage. */
  readonly kms: CapabilityFact;
  /** A provider-side audit trail (platform or Kubernetes API) that Terraform can switch on. */
  readonly managedAuditLogging: CapabilityFact;
  /**
   * The S3 API accepts a bucket default-encryption configuration (PutBucketEncryption), as
   * opposed to platform encryption that cannot be configured.
   * @default - not recorded: follows `bucketSse`
   */
  readonly bucketEncryptionConfiguration?: CapabilityFact;
  /**
   * Objects in a bucket nobody configured encryption for are encrypted at rest anyway (platform
   * encryption, or a default bucket encryption that is always on), so a bucket without an
   * encryption configuration is still encrypted.
   * @default - not recorded: treated as not encrypted by default
   */
  readonly bucketEncryptedByDefault?: CapabilityFact;
  /**
   * The S3 API accepts server access logging to another bucket (PutBucketLogging).
   * @default - not recorded: treated as unsupported
   */
  readonly bucketAccessLogging?: CapabilityFact;
  /**
   * The S3 API accepts bucket tags (PutBucketTagging).
   * @default - not recorded: assumed supported (standard S3)
   */
  readonly bucketTagging?: CapabilityFact;
  /**
   * The S3 API honours conditional writes (`If-None-Match`), which Terraform's S3 backend
   * lock file (`use_lockfile`) relies on.
   * @default - not recorded: unknown
   */
  readonly s3ConditionalWrites?: CapabilityFact;
}

/** How the provider's object storage is reached through the S3 API. */
export interface ObjectStorageFacts {
  /** Whether the object storage speaks the S3 API. */
  readonly s3Compatible: boolean;
  /**
   * Endpoint template with `{region}` for the object-storage region code,
   * e.g. `https://s3.{region}.scw.cloud`.
   * @default - no regional template (per-service endpoints)
   */
  readonly endpointTemplate?: string;
  /**
   * Regular expressions (case-insensitive, whole host) recognising endpoint hosts of this
   * provider that are not listed per region — e.g. per-service endpoints. A named group
   * `region` captures the region code when the host contains it.
   * @default - only the per-region endpoints are recognised
   */
  readonly hostPatterns?: string[];
  /** Whether clients must use path-style addressing (`https://host/bucket`). */
  readonly pathStyleRequired: boolean;
  /** The region string to give the S3 client (SigV4) when it differs from the region code; `{region}` is replaced. */
  readonly signingRegion: string;
  /**
   * The `sse_algorithm` of a bucket default-encryption configuration with provider-managed keys.
   * @default "AES256"
   */
  readonly s3SseAlgorithm?: string;
  /**
   * Object-lock default-retention modes the storage accepts (`GOVERNANCE`, `COMPLIANCE`).
   * @default - both, where `capabilities.objectLock` is supported
   */
  readonly objectLockModes?: string[];
  /**
   * Prefixes of bucket references that are not bare names (`arn:aws:s3:::`): a reference with
   * the prefix names the bucket after it.
   * @default - none
   */
  readonly bucketReferencePrefixes?: string[];
  /**
   * How to encrypt a bucket reached through the S3 API when the generic advice (an S3
   * server-side encryption configuration with "AES256") does not hold, in the provider's terms.
   * @default - the generic advice
   */
  readonly encryptionFix?: string;
  /**
   * Longest object-lock default retention, in days.
   * @default 36500 (100 years, the S3 maximum)
   */
  readonly objectLockMaxDays?: number;
  /** https URL of the source. */
  readonly source: string;
  /**
   * Remarks.
   * @default - none
   */
  readonly note?: string;
}

/** How encryption at rest is obtained for Kubernetes volumes. */
export enum VolumeEncryptionMechanism {
  /** A StorageClass whose CSI parameters switch encryption on, with a passphrase secret (LUKS on the node). */
  STORAGE_CLASS_WITH_SECRET = 'storage-class-with-secret',
  /** A StorageClass whose CSI parameters switch encryption on, with keys in the provider's KMS. */
  STORAGE_CLASS_WITH_KMS = 'storage-class-with-kms',
  /** A StorageClass parameter; the platform manages the keys. */
  STORAGE_CLASS_PARAMETER = 'storage-class-parameter',
  /** A predefined encrypted StorageClass (platform-managed keys). */
  PREDEFINED_CLASS = 'predefined-class',
  /** An annotation on the PersistentVolumeClaim naming a KMS key. */
  PVC_ANNOTATION = 'pvc-annotation',
  /** Every volume is encrypted by the platform; nothing to configure. */
  PLATFORM_DEFAULT = 'platform-default',
  /** No encryption at rest is available for Kubernetes volumes. */
  NONE = 'none',
}

/** A StorageClass that a provider's managed Kubernetes (or its CSI driver) ships or documents. */
export interface StorageClassFact {
  /** StorageClass name. */
  readonly name: string;
  /** CSI provisioner. */
  readonly provisioner: string;
  /** Whether volumes of this class are encrypted at rest. */
  readonly encrypted: boolean;
  /** Whether it is the default class. */
  readonly isDefault: boolean;
  /**
   * Parameters of the class, as documented.
   * @default - none
   */
  readonly parameters?: { [key: string]: string };
  /** Whether a primary source documents it. */
  readonly verified: boolean;
  /** https URL of the source. */
  readonly source: string;
}

/** How to get encrypted Kubernetes volumes on this provider. */
export interface VolumeEncryptionFact {
  /** The mechanism. */
  readonly mechanism: VolumeEncryptionMechanism;
  /**
   * CSI provisioner to use in an encrypted StorageClass.
   * @default - none (no class to create)
   */
  readonly provisioner?: string;
  /**
   * Fixed StorageClass parameters that switch encryption on, e.g. `{ encrypted: 'true' }`.
   * @default - none
   */
  readonly parameters?: { [key: string]: string };
  /**
   * StorageClass parameter names that must point at the passphrase secret's name; the
   * matching `…-namespace` parameter names the secret's namespace.
   * @default - no secret
   */
  readonly secretNameParameters?: string[];
  /**
   * Key inside the secret that holds the passphrase.
   * @default - no secret
   */
  readonly secretKey?: string;
  /**
   * StorageClass parameters that name the KMS key.
   * @default - no KMS parameters
   */
  readonly kmsParameters?: string[];
  /**
   * KMS parameters that must all be set for the driver to create encrypted volumes (a subset of
   * `kmsParameters`), e.g. STACKIT's key, keyring, key version and service account.
   * @default - none required
   */
  readonly requiredKmsParameters?: string[];
  /**
   * PVC annotation that carries the KMS key id.
   * @default - no annotation
   */
  readonly pvcAnnotation?: string;
  /**
   * Name of a predefined encrypted class, or the class a PVC annotation applies to.
   * @default - none
   */
  readonly storageClassName?: string;
  /**
   * PREDEFINED_CLASS: a StorageClass parameter naming the volume type, whose encrypted types end
   * with `encryptedTypeSuffix` (custom classes with an encrypted volume type are encrypted too).
   * @default - only the predefined classes are encrypted
   */
  readonly encryptedTypeParameter?: string;
  /**
   * PREDEFINED_CLASS: the suffix of encrypted volume types (e.g. `-luks`).
   * @default - none
   */
  readonly encryptedTypeSuffix?: string;
  /** Whether the customer controls the key (passphrase or KMS key). */
  readonly customerManagedKey: boolean;
  /** What it means in practice, prerequisites and limits. */
  readonly note: string;
  /** Whether a primary source documents it. */
  readonly verified: boolean;
  /** https URL of the source. */
  readonly source: string;
}

/** Facts about a provider's Kubernetes storage. */
export interface KubernetesStorageFacts {
  /** StorageClasses the provider ships or documents. */
  readonly storageClasses: StorageClassFact[];
  /** How to obtain encryption at rest. */
  readonly encryption: VolumeEncryptionFact;
}

/** How the value of an internal-load-balancer annotation is read. */
export enum AnnotationValueMatch {
  /** The value, trimmed and compared case-insensitively, equals `value`. */
  EQUALS = 'equals',
  /**
   * The value is a JSON object whose field `jsonField` equals `value` (case-insensitively);
   * an absent field takes `jsonFieldDefault`.
   */
  JSON_FIELD_EQUALS = 'json-field-equals',
  /**
   * The value is a JSON object whose field `jsonField` is a non-empty list of objects, each with
   * field `jsonElementField` equal to `value` (case-insensitively).
   */
  JSON_EVERY_ELEMENT_EQUALS = 'json-every-element-equals',
}

/** A Service annotation that makes the cloud controller manager create a load balancer without a public address. */
export interface InternalLoadBalancerAnnotation {
  /** Annotation key, e.g. `service.beta.kubernetes.io/scw-loadbalancer-private`. */
  readonly annotation: string;
  /** How its value is read. */
  readonly match: AnnotationValueMatch;
  /** The value that means internal (e.g. `true`, `internal`, `inner`, `private`). */
  readonly value: string;
  /**
   * For JSON values: the field to read.
   * @default - not a JSON value
   */
  readonly jsonField?: string;
  /**
   * For `JSON_FIELD_EQUALS`: the value the controller assumes when the field is absent.
   * @default - an absent field is not internal
   */
  readonly jsonFieldDefault?: string;
  /**
   * For `JSON_EVERY_ELEMENT_EQUALS`: the field of each list element to read.
   * @default - none
   */
  readonly jsonElementField?: string;
  /** The annotation value to write, for messages (e.g. `"true"`). */
  readonly example: string;
}

/** How the provider's Kubernetes cloud controller manager exposes `type: LoadBalancer` Services. */
export interface KubernetesLoadBalancerFacts {
  /** Annotations that make the load balancer private (empty: every load balancer is public). */
  readonly internalAnnotations: InternalLoadBalancerAnnotation[];
  /**
   * Annotations that bind the Service to a load balancer created elsewhere (whose exposure the
   * Service does not show).
   * @default - none
   */
  readonly existingLoadBalancerAnnotations?: string[];
  /** Whether the controller applies `spec.loadBalancerSourceRanges` to the load balancer. */
  readonly honorsSourceRanges: boolean;
  /** Whether a primary source (the controller's docs) confirms these facts. */
  readonly verified: boolean;
  /** https URL of the source. */
  readonly source: string;
  /**
   * Further https sources.
   * @default - none
   */
  readonly additionalSources?: string[];
  /**
   * Remarks.
   * @default - none
   */
  readonly note?: string;
}

/** Which encrypted volume types a cloud's block storage offers (volumes are encrypted by choosing one). */
export interface BlockStorageFacts {
  /**
   * Volume types (exact names) that encrypt at rest.
   * @default - none by name
   */
  readonly encryptedVolumeTypes?: string[];
  /**
   * Suffixes of volume-type names that encrypt at rest (e.g. `-luks`).
   * @default - none by suffix
   */
  readonly encryptedVolumeTypeSuffixes?: string[];
  /**
   * An example of an encrypted volume type, for fixes.
   * @default - the first of `encryptedVolumeTypes`
   */
  readonly example?: string;
  /** Whether a primary source documents them. */
  readonly verified: boolean;
  /** https URL of the source. */
  readonly source: string;
  /**
   * Remarks (regions without encrypted types, key management).
   * @default - none
   */
  readonly note?: string;
}

/**
 * How a provider configuration selects one of the clouds that run the same platform (an
 * OpenStack provider configuration names its cloud by the identity endpoint).
 */
export interface CloudSelectorFact {
  /** Provider-configuration arguments holding the identity endpoint URL, in order of precedence. */
  readonly endpointArguments: string[];
  /**
   * Provider-configuration arguments naming an entry of a local configuration file the engine
   * cannot read (`cloud`, an entry of clouds.yaml).
   * @default - none
   */
  readonly namedCloudArguments?: string[];
  /**
   * The local file those named entries are read from (`clouds.yaml`), for messages.
   * @default "a local configuration file"
   */
  readonly namedCloudFile?: string;
  /**
   * The environment variables the Terraform provider reads when the arguments are absent (for messages).
   * @default - none
   */
  readonly environmentVariables?: string[];
  /** https URL of the provider's documentation of these arguments. */
  readonly source: string;
}

/** One cloud that runs a platform (an OpenStack cloud), recognised by its identity endpoint. */
export interface CloudDeploymentFact {
  /** Stable id within the platform, e.g. `pluscloud-open`. */
  readonly id: string;
  /** Display name, e.g. `plusserver pluscloud open`. */
  readonly name: string;
  /** Hosts (lower case) of its identity endpoints. */
  readonly endpointHosts: string[];
  /**
   * Identity endpoints (hosts) that serve exactly one region: without a region argument, the
   * resource is in that region.
   * @default - none
   */
  readonly endpointRegions?: { [host: string]: string };
  /**
   * Catalog id of the provider that operates it (OVHcloud, Open Telekom Cloud): that provider's
   * regions, ownership and certifications apply.
   * @default - described here
   */
  readonly operatorProviderId?: string;
  /**
   * Who runs it, when no catalog provider operates it.
   * @default - the operator provider's
   */
  readonly ownership?: Ownership;
  /**
   * Its certifications (SCS-compatible, …), when no catalog provider operates it.
   * @default - none
   */
  readonly certifications?: Certification[];
  /**
   * Its regions, as the Terraform provider's `region` names them, when no catalog provider operates it.
   * @default - the operator provider's
   */
  readonly regions?: RegionInfo[];
  /**
   * Its encrypted volume types, when no catalog provider operates it.
   * @default - the operator provider's
   */
  readonly blockStorage?: BlockStorageFacts;
  /** Whether a primary source (the operator's documentation) names the endpoint. */
  readonly verified: boolean;
  /** https URL of the source naming the endpoint. */
  readonly source: string;
  /**
   * Remarks.
   * @default - none
   */
  readonly note?: string;
}

/** Everything the catalog knows about one provider. */
export interface ProviderFacts {
  /** Stable catalog id, e.g. `scaleway`. */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** Other names `Catalog.provider()` accepts (Terraform local names, brand spellings). */
  readonly aliases: string[];
  /** Whether this is a US hyperscaler (AWS, Azure, Google Cloud). */
  readonly hyperscaler: boolean;
  /** Ownership and control. */
  readonly ownership: Ownership;
  /** Certifications and memberships. */
  readonly certifications: Certification[];
  /** Terraform provider source addresses, primary first (e.g. `scaleway/scaleway`). */
  readonly terraformSources: string[];
  /** Prefixes of its Terraform resource types (e.g. `scaleway_`). */
  readonly resourceTypePrefixes: string[];
  /**
   * Name of the provider-configuration argument that sets the default location
   * (`region`, `zone`, `location`…), in order of precedence.
   * @default - the provider configuration has no location
   */
  readonly providerLocationArguments?: string[];
  /**
   * The locations its resources get when neither they nor the provider configuration set one,
   * as the provider documents them (one per kind: region, zone).
   * @default - none documented: such a resource's location is unknown
   */
  readonly defaultLocations?: DefaultLocationFact[];
  /**
   * How its S3 resources follow an S3 endpoint of another provider.
   * @default - its resources are always hosted by it
   */
  readonly s3EndpointOverride?: S3EndpointOverrideFact;
  /**
   * Provider-configuration arguments that are credentials although their names do not say so
   * (Exoscale `key`).
   * @default - none
   */
  readonly providerCredentialArguments?: string[];
  /** Resource types the rules need to recognise. */
  readonly resourceTypes: ResourceTypeFact[];
  /** Every location code its Terraform provider accepts (for hyperscalers: at least all European ones). */
  readonly regions: RegionInfo[];
  /**
   * Rules mapping codes not listed in `regions` to a country.
   * @default - none
   */
  readonly regionRules?: RegionRule[];
  /**
   * Object storage.
   * @default - no object storage
   */
  readonly objectStorage?: ObjectStorageFacts;
  /**
   * Kubernetes storage and how to encrypt it.
   * @default - no managed Kubernetes storage facts
   */
  readonly kubernetesStorage?: KubernetesStorageFacts;
  /**
   * How its managed Kubernetes (cloud controller manager) exposes LoadBalancer Services.
   * @default - not recorded
   */
  readonly kubernetesLoadBalancer?: KubernetesLoadBalancerFacts;
  /** Capabilities. */
  readonly capabilities: ProviderCapabilities;
  /**
   * Encrypted volume types of its block storage.
   * @default - not recorded
   */
  readonly blockStorage?: BlockStorageFacts;
  /**
   * For a platform many operators run (OpenStack): how a provider configuration names its cloud.
   * Resources are then hosted by the cloud it names (`deployments`); a cloud the catalog does not
   * know leaves their location unknown.
   * @default - not a platform
   */
  readonly cloudSelector?: CloudSelectorFact;
  /**
   * For a platform: the clouds the catalog knows, by identity endpoint.
   * @default - none
   */
  readonly deployments?: CloudDeploymentFact[];
}
