import { Fn, propertyAccess, TerraformStack, TerraformVariable, Token } from 'cdktf';
import { Construct } from 'constructs';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import {
  AuditLogPipeline,
  AuditLogStore,
  DataClassification,
  EuBucket,
  EuStateBackend,
  GaiaxLabel,
  IngressController,
  Jurisdiction,
  Pack,
  Peer,
  Port,
  SecureWorkload,
  SovereignNamespace,
  SovereigntyChecks,
  SovereigntyPolicy,
  TlsCertificate,
  TlsIngress,
} from '../../lib';

/** Packs this example is checked against at synth. */
export const PUBLIC_PORTAL_PACKS = [Pack.GDPR, Pack.GAIAX_L2];

/** Settings of the `StackitPublicPortalStack`. */
export interface StackitPublicPortalStackProps {
  /**
   * The SKE API server as pods reach it (the endpoint of the `kubernetes` Service:
   * `kubectl get endpointslices -n default -l kubernetes.io/service-name=kubernetes`).
   * @default - a documentation address (192.0.2.10/32): replace it
   */
  readonly apiServerCidr?: string;

  /**
   * Address blocks of STACKIT Object Storage (`object.storage.eu01.onstackit.cloud`), which the
   * portal reads its content from.
   * @default - a documentation block (192.0.2.128/25): replace it
   */
  readonly contentEndpointCidrs?: string[];

  /**
   * Address blocks of the audit-log store's endpoint (`s3.eu-central-4.ionoscloud.com`).
   * @default - a documentation block (198.51.100.0/24): replace it
   */
  readonly auditStoreEndpointCidrs?: string[];

  /**
   * Image digest (`sha256:…`) of the portal.
   * @default - a placeholder digest
   */
  readonly imageDigest?: string;

  /**
   * Apply `SovereigntyChecks` with PUBLIC_PORTAL_PACKS to the stack.
   * @default true (tests that apply their own checks, e.g. with more report formats, turn it off)
   */
  readonly complianceChecks?: boolean;
}

const PLACEHOLDER_DIGEST = `sha256:${'fedcba9876543210'.repeat(4)}`;

/**
 * A public-sector information portal on an existing STACKIT SKE cluster, with data residency
 * in Germany only:
 *
 * - the `kubernetes` provider configured from a sensitive variable holding the SKE kubeconfig
 *   (`TF_VAR_ske_kubeconfig`), never from a file in the repository;
 * - `Portal`: a namespace (restricted Pod Security, default deny), the portal behind a TLS
 *   ingress, egress only to STACKIT Object Storage in Germany;
 * - `Content`: the published documents and images on STACKIT Object Storage `eu01`
 *   (public information, no personal data);
 * - `AuditLogs` + `AuditPipeline`: every container log (access logs hold visitors' IP
 *   addresses), pseudonymised on the node, in an object-locked, expiring bucket at IONOS
 *   Frankfurt — STACKIT Object Storage has no verified lifecycle expiry (see the README);
 * - state on STACKIT Object Storage `eu01`.
 */
export class StackitPublicPortalStack extends TerraformStack {
  public readonly kubeconfig: TerraformVariable;
  public readonly namespace: SovereignNamespace;
  public readonly portal: SecureWorkload;
  public readonly ingress: TlsIngress;
  public readonly content: EuBucket;
  public readonly auditStore: AuditLogStore;
  public readonly auditPipeline: AuditLogPipeline;

  constructor(scope: Construct, id: string, props: StackitPublicPortalStackProps = {}) {
    super(scope, id);
    new SovereigntyPolicy({
      jurisdiction: Jurisdiction.countries(['DE']),
      gaiaxLabel: GaiaxLabel.L2,
      // SKE region eu01 is in Germany; the cluster is not part of this configuration.
      clusterLocation: 'DE',
    }).applyTo(this);

    new EuStateBackend(this, { provider: 'stackit', region: 'eu01', bucketName: 'portal-tfstate' });

    // The existing cluster's kubeconfig (one cluster, one user, as `stackit ske kubeconfig create`
    // writes it), from the secret store at apply time: never a file in the repository.
    this.kubeconfig = new TerraformVariable(this, 'ske_kubeconfig', {
      type: 'string',
      sensitive: true,
      nullable: false,
      description: 'Kubeconfig (YAML) of the existing STACKIT SKE cluster; set TF_VAR_ske_kubeconfig from your secret store.',
    });
    const config = Fn.yamldecode(this.kubeconfig.stringValue);
    const cluster = propertyAccess(config, ['clusters', 0, 'cluster']);
    const user = propertyAccess(config, ['users', 0, 'user']);
    new KubernetesProvider(this, 'kubernetes', {
      host: Token.asString(propertyAccess(cluster, ['server'])),
      clusterCaCertificate: Fn.base64decode(Token.asString(propertyAccess(cluster, ['"certificate-authority-data"']))),
      clientCertificate: Fn.base64decode(Token.asString(propertyAccess(user, ['"client-certificate-data"']))),
      clientKey: Fn.base64decode(Token.asString(propertyAccess(user, ['"client-key-data"']))),
    });

    this.namespace = new SovereignNamespace(this, 'Portal', {
      name: 'public-portal',
      owner: 'team-digital-services',
      // Pages are public, but requests carry visitors' IP addresses (personal data, CJEU C-582/14).
      dataClassification: DataClassification.PERSONAL,
    });
    this.portal = new SecureWorkload(this, 'Web', {
      namespace: this.namespace,
      name: 'portal-web',
      image: `registry.example.de/public-portal@${props.imageDigest ?? PLACEHOLDER_DIGEST}`,
      resources: { cpuRequest: '250m', cpuLimit: '1', memoryRequest: '256Mi', memoryLimit: '512Mi' },
      replicas: 3,
      env: { CONTENT_ENDPOINT: 'https://object.storage.eu01.onstackit.cloud', CONTENT_BUCKET: 'portal-public-content' },
      secretEnv: {
        CONTENT_ACCESS_KEY_ID: { secretName: 'portal-content-reader', key: 'access-key-id' },
        CONTENT_SECRET_ACCESS_KEY: { secretName: 'portal-content-reader', key: 'secret-access-key' },
      },
    });
    this.ingress = new TlsIngress(this, 'Ingress', {
      namespace: this.namespace,
      name: 'portal',
      ingressClassName: 'nginx',
      controller: IngressController.NGINX,
      certificate: TlsCertificate.certManager('public-ca'),
      rules: [{ host: 'portal.example-stadt.de', backend: this.portal }],
    });
    this.portal.allowFrom(this.ingress);
    for (const cidr of props.contentEndpointCidrs ?? ['192.0.2.128/25']) {
      this.portal.allowTo(Peer.ipBlock(cidr, { country: 'DE' }), { ports: [Port.tcp(443)] });
    }

    this.content = new EuBucket(this, 'Content', {
      provider: 'stackit',
      region: 'eu01',
      bucketName: 'portal-public-content',
      dataClassification: DataClassification.PUBLIC,
    });

    this.auditStore = new AuditLogStore(this, 'AuditLogs', {
      provider: 'ionos',
      region: 'eu-central-4',
      bucketName: 'portal-audit-logs',
      dataClassification: DataClassification.PERSONAL,
    });
    this.auditPipeline = new AuditLogPipeline(this, 'AuditPipeline', {
      bucket: this.auditStore,
      bucketEndpointCidrs: props.auditStoreEndpointCidrs ?? ['198.51.100.0/24'],
      apiServer: Peer.ipBlock(props.apiServerCidr ?? '192.0.2.10/32', { country: 'DE' }),
      owner: 'team-platform',
      keyPrefix: 'ske-public-portal',
    });

    if (props.complianceChecks ?? true) SovereigntyChecks.apply(this, { packs: PUBLIC_PORTAL_PACKS });
  }
}
