import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  AuditLogPipeline,
  AuditLogStore,
  DataClassification,
  EncryptedStorageClass,
  EncryptedVolumeClaim,
  EuBucket,
  EuBucketBackend,
  EuStateBackend,
  GaiaxLabel,
  IEncryptedStorageClass,
  IngressController,
  Jurisdiction,
  OtcKubernetesCluster,
  OtcSovereignFoundation,
  Pack,
  Peer,
  Port,
  Retention,
  SecureWorkload,
  SovereignNamespace,
  SovereigntyChecks,
  SovereigntyPolicy,
  TlsCertificate,
  TlsIngress,
} from '../../lib';

/** Packs this example is checked against at synth. */
export const HEALTH_RECORDS_PACKS = [Pack.GDPR, Pack.GAIAX_L3, Pack.BSI_C5];

/** Rules nobody may suppress in this stack: health data never leaves the EU, is never unencrypted, never public. */
export const HEALTH_RECORDS_UNSUPPRESSIBLE = ['SOV-LOCATION', 'SOV-ENCRYPTION-AT-REST', 'SOV-PUBLIC-EXPOSURE'];

/** Settings of the `OtcHealthRecordsStack`. */
export interface OtcHealthRecordsStackProps {
  /**
   * Tenants (clinics) served, each with its own namespace, database, API and ingress host.
   * The synth benchmark scales this.
   * @default 1
   */
  readonly tenants?: number;

  /**
   * Run the compliance checks at synth (the benchmark switches them off to measure their cost).
   * @default true
   */
  readonly complianceChecks?: boolean;

  /**
   * Address blocks of the audit-log store's S3 endpoint (`s3.eu-central-4.ionoscloud.com`), for
   * the pipeline's egress NetworkPolicy. Look them up (`dig +short`) before applying.
   * @default - a documentation block (198.51.100.0/24): replace it
   */
  readonly auditStoreEndpointCidrs?: string[];

  /**
   * Container image digest (`sha256:…`) of the records API and the database.
   * @default - a placeholder digest
   */
  readonly imageDigest?: string;
}

const PLACEHOLDER_DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;
/**
 * Port of the in-cluster API server endpoint on CCE (the `kubernetes` Service's endpoint on
 * the masters' VPC address). Not verified here: check with
 * `kubectl get endpointslices -n default -l kubernetes.io/service-name=kubernetes`.
 */
export const CCE_IN_CLUSTER_API_PORT = 5444;

/**
 * A patient-records service on Open Telekom Cloud `eu-de` (Germany), for health data — GDPR
 * Art. 9 special categories — under an EU policy aiming at Gaia-X Label Level 3:
 *
 * - `Foundation`: VPC with private subnets in three zones, KMS key (rotated), a private CCE
 *   cluster with KMS-encrypted node volumes, Cloud Trace to a WORM bucket, and the state bucket;
 * - per tenant (`Records`, `Records2`, …): a namespace (restricted Pod Security, default deny),
 *   a PostgreSQL database on a KMS-encrypted volume, the records API behind a TLS ingress;
 * - `PatientDocuments`: scanned documents in an OBS bucket encrypted with the foundation's
 *   key, kept ten years (§ 630f (3) BGB) and no longer;
 * - `AuditLogs` + `AuditPipeline`: every container log, pseudonymised on the node, in an
 *   object-locked bucket at IONOS Frankfurt (see the README for why not on OBS);
 * - state in the foundation's state bucket on OBS.
 */
export class OtcHealthRecordsStack extends TerraformStack {
  public readonly foundation: OtcSovereignFoundation;
  public readonly tenants: PatientRecordsService[] = [];
  public readonly documents: EuBucket;
  public readonly documentAccessLogs: AuditLogStore;
  public readonly auditStore: AuditLogStore;
  public readonly auditPipeline: AuditLogPipeline;

  constructor(scope: Construct, id: string, props: OtcHealthRecordsStackProps = {}) {
    super(scope, id);
    new SovereigntyPolicy({
      jurisdiction: Jurisdiction.EU,
      gaiaxLabel: GaiaxLabel.L3,
      requireCustomerManagedKeys: true,
      defaultDataClassification: DataClassification.SPECIAL_CATEGORY,
      personalDataMaxRetention: Retention.years(10),
      unsuppressibleRules: HEALTH_RECORDS_UNSUPPRESSIBLE,
      // No clusterLocation: the checks follow the kubernetes provider through the kubeconfig data
      // source to the CCE cluster of this stack and locate every Kubernetes resource in eu-de.
    }).applyTo(this);

    this.foundation = new OtcSovereignFoundation(this, 'Foundation', {
      region: 'eu-de',
      bucketNamePrefix: 'clinic-records',
      nodePool: { flavor: 's3.xlarge.4', sshKeyPairName: 'clinic-ops' },
    });
    // The state bucket is created by this stack: bootstrap it once with local state (README).
    new EuStateBackend(this, { provider: 'otc', region: 'eu-de', bucketName: this.foundation.stateBucket.bucketName });

    const cluster = this.foundation.cluster;
    cluster.addKubernetesProvider(this, 'kubernetes');
    // Open Telekom Cloud encrypts EVS volumes per claim: the class adds the KMS key annotation to every claim.
    const encrypted = new EncryptedStorageClass(this, 'EncryptedVolumes', {
      provider: cluster.cloudProvider,
      kmsKey: { keyId: cluster.kmsKeyId },
    });

    const digest = props.imageDigest ?? PLACEHOLDER_DIGEST;
    const tenants = props.tenants ?? 1;
    for (let i = 1; i <= tenants; i++) {
      this.tenants.push(new PatientRecordsService(this, i === 1 ? 'Records' : `Records${i}`, {
        name: i === 1 ? 'patient-records' : `patient-records-${i}`,
        host: i === 1 ? 'records.clinic.example.de' : `records-${i}.clinic.example.de`,
        storageClass: encrypted,
        digest,
      }));
    }

    // Who read or changed which patient document: OBS server access logs, kept like audit logs.
    this.documentAccessLogs = new AuditLogStore(this, 'DocumentAccessLogs', {
      provider: 'otc',
      region: 'eu-de',
      bucketName: 'clinic-records-document-access',
      backend: EuBucketBackend.OTC_NATIVE,
      encryptionKeyId: this.foundation.encryptionKey.keyId,
      dataClassification: DataClassification.PERSONAL,
    });
    this.documents = new EuBucket(this, 'PatientDocuments', {
      provider: 'otc',
      region: 'eu-de',
      bucketName: 'clinic-records-documents',
      backend: EuBucketBackend.OTC_NATIVE,
      encryptionKeyId: this.foundation.encryptionKey.keyId,
      dataClassification: DataClassification.SPECIAL_CATEGORY,
      retention: Retention.years(10),
      // OBS delivers the access logs into the store (log-delivery-write ACL, set by the construct).
      accessLogsBucket: this.documentAccessLogs,
    });

    this.auditStore = new AuditLogStore(this, 'AuditLogs', {
      provider: 'ionos',
      region: 'eu-central-4',
      bucketName: 'clinic-records-audit-logs',
      dataClassification: DataClassification.PERSONAL,
    });
    this.auditPipeline = new AuditLogPipeline(this, 'AuditPipeline', {
      bucket: this.auditStore,
      bucketEndpointCidrs: props.auditStoreEndpointCidrs ?? ['198.51.100.0/24'],
      apiServer: Peer.ipBlock(this.foundation.network.subnetCidrs[0], { country: 'DE' }),
      apiServerPort: CCE_IN_CLUSTER_API_PORT,
      owner: 'team-platform',
      keyPrefix: 'cce-clinic-records',
    });

    if (props.complianceChecks ?? true) {
      SovereigntyChecks.apply(this, { packs: HEALTH_RECORDS_PACKS });
    }
  }
}

/** Settings of a `PatientRecordsService`. */
export interface PatientRecordsServiceProps {
  /** Namespace name. */
  readonly name: string;
  /** Host name of the ingress. */
  readonly host: string;
  /** The encrypted storage class of the database volume. */
  readonly storageClass: IEncryptedStorageClass;
  /** Image digest of both containers. */
  readonly digest: string;
}

/** One tenant: namespace, PostgreSQL on an encrypted volume, the records API behind a TLS ingress. */
export class PatientRecordsService extends Construct {
  public readonly namespace: SovereignNamespace;
  public readonly database: SecureWorkload;
  public readonly api: SecureWorkload;
  public readonly volume: EncryptedVolumeClaim;
  public readonly ingress: TlsIngress;

  constructor(scope: Construct, id: string, props: PatientRecordsServiceProps) {
    super(scope, id);
    const resources = { cpuRequest: '250m', cpuLimit: '1', memoryRequest: '512Mi', memoryLimit: '1Gi' };
    this.namespace = new SovereignNamespace(this, 'Namespace', {
      name: props.name,
      owner: 'team-records',
      dataClassification: DataClassification.SPECIAL_CATEGORY,
    });
    this.volume = new EncryptedVolumeClaim(this, 'DatabaseVolume', {
      namespace: this.namespace,
      storageClass: props.storageClass,
      name: 'records-db',
      size: '50Gi',
      annotations: { 'everest.io/disk-volume-type': 'SSD' },
    });
    this.database = new SecureWorkload(this, 'Database', {
      namespace: this.namespace,
      name: 'records-db',
      image: `registry.clinic.example.de/postgres@${props.digest}`,
      resources,
      replicas: 1,
      ports: [Port.tcp(5432)],
      volumes: [{ claim: this.volume, mountPath: '/var/lib/postgresql/data' }],
      secretEnv: { POSTGRES_PASSWORD: { secretName: 'records-db', key: 'password' } },
    });
    this.api = new SecureWorkload(this, 'Api', {
      namespace: this.namespace,
      name: 'records-api',
      image: `registry.clinic.example.de/records-api@${props.digest}`,
      resources,
      secretEnv: { DB_PASSWORD: { secretName: 'records-db', key: 'password' } },
    });
    this.ingress = new TlsIngress(this, 'Ingress', {
      namespace: this.namespace,
      name: 'records',
      ingressClassName: 'nginx',
      controller: IngressController.NGINX,
      certificate: TlsCertificate.certManager('clinic-ca'),
      rules: [{ host: props.host, backend: this.api }],
    });
    this.api.allowFrom(this.ingress);
    this.api.allowTo(Peer.workload(this.database));
  }
}

/** The cluster type, re-exported for the tests. */
export type HealthRecordsCluster = OtcKubernetesCluster;
