import { Fn, propertyAccess, TerraformStack, TerraformVariable, Token } from 'cdktf';
import { Construct } from 'constructs';
import { HelmProvider } from '@cdktf/provider-helm/lib/provider';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import {
  AuditLogPipeline,
  AuditLogStore,
  CiliumWireGuardEncryption,
  DataClassification,
  EuBucket,
  EuStateBackend,
  FirewallPeer,
  FirewallPort,
  GaiaxLabel,
  HetznerNetwork,
  HetznerProvider,
  IHetznerServer,
  Jurisdiction,
  Pack,
  Peer,
  Port,
  Retention,
  SecureWorkload,
  SovereignNamespace,
  SovereigntyChecks,
  SovereigntyPolicy,
  WireGuardInterface,
  WireGuardKey,
} from '../../lib';

/** Packs this example is checked against at synth. */
export const PATIENT_SERVICE_PACKS = [Pack.GDPR, Pack.GAIAX_L3];

/** Settings of the `HetznerPatientServiceStack`. */
export interface HetznerPatientServiceStackProps {
  /**
   * Public IPv4 address of the on-premises WireGuard endpoint (the clinic's gateway).
   * @default - a documentation address (198.51.100.10): replace it
   */
  readonly onPremisesEndpoint?: string;
  /**
   * WireGuard public key of the on-premises gateway (`wg pubkey`; public keys are not secret).
   * @default - a placeholder key: replace it
   */
  readonly onPremisesPublicKey?: string;
  /**
   * Address blocks of the object-storage endpoint `s3.eu-central-3.ionoscloud.com`, for the
   * egress policies of the audit pipeline and the service.
   * @default - a documentation block (192.0.2.0/24): replace it
   */
  readonly storageEndpointCidrs?: string[];
  /**
   * Image digest (`sha256:…`) of the records service.
   * @default - a placeholder digest
   */
  readonly imageDigest?: string;
}

/** The clinic's network behind the tunnel. */
export const ON_PREMISES_CIDR = '10.200.0.0/16';
/** The cloud subnet of the cluster. */
export const CLOUD_SUBNET = '10.10.0.0/16';
const CONTROL_PLANE_IP = '10.10.0.10';
const WORKER_IPS = ['10.10.0.11', '10.10.0.12', '10.10.0.13'];
const PLACEHOLDER_KEY = 'xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=';
const PLACEHOLDER_DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;

/**
 * A patient-records service on Hetzner Cloud in Falkenstein (Germany only), reached only from the
 * clinic through a WireGuard site-to-site tunnel:
 *
 * - `Network`: a private Hetzner Network (10.0.0.0/8, cloud subnet 10.10.0.0/16); the cluster's
 *   nodes have no public address; the only public entry point is the WireGuard `Gateway`,
 *   whose Firewall admits nothing but the clinic's endpoint on UDP 51820;
 * - the clinic's block (10.200.0.0/16) routed through the gateway;
 * - a k3s cluster on the private nodes (server image with k3s and wireguard-tools; container
 *   images from the clinic's registry through the tunnel — the nodes have no internet route),
 *   installed without a CNI, and `Cni`: Cilium with WireGuard encryption between the nodes,
 *   because Hetzner does not encrypt traffic on its Networks;
 * - `Records`: the service in a restricted, default-deny namespace;
 * - `Exports` and `AuditLogs`: object-locked, expiring buckets at IONOS Berlin (Hetzner Object
 *   Storage offers no server-side encryption), audit logs pseudonymised on the nodes;
 * - state at IONOS Berlin with a lock file.
 */
export class HetznerPatientServiceStack extends TerraformStack {
  public readonly network: HetznerNetwork;
  public readonly gateway: IHetznerServer;
  public readonly nodes: IHetznerServer[];
  public readonly cni: CiliumWireGuardEncryption;
  public readonly namespace: SovereignNamespace;
  public readonly service: SecureWorkload;
  public readonly exports: EuBucket;
  public readonly auditStore: AuditLogStore;
  public readonly auditPipeline: AuditLogPipeline;

  constructor(scope: Construct, id: string, props: HetznerPatientServiceStackProps = {}) {
    super(scope, id);
    new SovereigntyPolicy({ jurisdiction: Jurisdiction.countries(['DE']), gaiaxLabel: GaiaxLabel.L3, clusterLocation: 'DE' }).applyTo(this);
    new EuStateBackend(this, { provider: 'ionos', region: 'eu-central-3', bucketName: 'patient-service-tfstate' });
    new HetznerProvider(this, 'hcloud');

    const endpoint = props.onPremisesEndpoint ?? '198.51.100.10';
    const clinic = FirewallPeer.ipBlock(`${endpoint}/32`, { country: 'DE' });
    this.network = new HetznerNetwork(this, 'Network', { location: 'fsn1', name: 'patient-service', ipv4Cidr: '10.0.0.0/8', subnetCidrs: [CLOUD_SUBNET] });

    // The site-to-site tunnel: a WireGuard gateway, the only host with a public address.
    const tunnel = new WireGuardInterface({
      address: '10.99.0.1/30',
      privateKey: WireGuardKey.fromSensitiveVariable(this, 'gateway_wireguard_private_key'),
      forwarding: true,
      peers: [{ publicKey: props.onPremisesPublicKey ?? PLACEHOLDER_KEY, allowedIps: ['10.99.0.2/32', ON_PREMISES_CIDR], endpoint: `${endpoint}:51820` }],
    });
    this.gateway = this.network.addGateway('Gateway', { serverType: 'cx23', image: 'debian-12', name: 'wg-gateway', userData: tunnel.toCloudInit() });
    this.network.allowInbound(clinic, FirewallPort.udp(tunnel.listenPort), 'WireGuard from the clinic');
    this.network.allowOutbound(clinic, FirewallPort.udp(tunnel.listenPort), 'WireGuard to the clinic');
    this.network.addRoute('ClinicRoute', ON_PREMISES_CIDR, this.gateway);

    // k3s on private nodes, without a CNI (Cilium below), joined with a token from the secret store.
    const nodeImage = new TerraformVariable(this, 'node_image', { type: 'string', nullable: false, description: 'Snapshot id of the node image (Debian 12 with k3s and wireguard-tools).' });
    const joinToken = new TerraformVariable(this, 'k3s_token', { type: 'string', sensitive: true, nullable: false, description: 'k3s cluster token; set TF_VAR_k3s_token from your secret store.' });
    const k3s = (role: string, extra: string[]) => [
      '#cloud-config',
      'write_files:',
      '  - path: /etc/rancher/k3s/config.yaml',
      "    permissions: '0600'",
      '    content: |',
      `      token: ${joinToken.stringValue}`,
      '      flannel-backend: none',
      '      disable-network-policy: true',
      '      disable-kube-proxy: false',
      `      node-label: ["cdktf-sovereign.org/role=${role}"]`,
      ...extra.map((l) => `      ${l}`),
      'runcmd:',
      `  - [systemctl, enable, --now, ${role === 'server' ? 'k3s' : 'k3s-agent'}]`,
      '',
    ].join('\n');
    const controlPlane = this.network.addServer('ControlPlane', {
      serverType: 'cx33', image: nodeImage.stringValue, name: 'k3s-server', privateIp: CONTROL_PLANE_IP,
      userData: k3s('server', [`node-ip: ${CONTROL_PLANE_IP}`, `tls-san: ["${CONTROL_PLANE_IP}"]`]),
    });
    this.nodes = [controlPlane, ...WORKER_IPS.map((ip, i) => this.network.addServer(`Worker${i + 1}`, {
      serverType: 'cx43', image: nodeImage.stringValue, name: `k3s-agent-${i + 1}`, privateIp: ip,
      userData: k3s('agent', [`server: https://${CONTROL_PLANE_IP}:6443`, `node-ip: ${ip}`]),
    }))];

    // The cluster as Terraform reaches it through the tunnel: kubeconfig from the secret store.
    const kubeconfig = new TerraformVariable(this, 'k3s_kubeconfig', {
      type: 'string', sensitive: true, nullable: false,
      description: 'Kubeconfig (YAML) of the k3s cluster, server https://10.10.0.10:6443; set TF_VAR_k3s_kubeconfig from your secret store.',
    });
    const config = Fn.yamldecode(kubeconfig.stringValue);
    const cluster = propertyAccess(config, ['clusters', 0, 'cluster']);
    const user = propertyAccess(config, ['users', 0, 'user']);
    const connection = {
      host: Token.asString(propertyAccess(cluster, ['server'])),
      clusterCaCertificate: Fn.base64decode(Token.asString(propertyAccess(cluster, ['"certificate-authority-data"']))),
      clientCertificate: Fn.base64decode(Token.asString(propertyAccess(user, ['"client-certificate-data"']))),
      clientKey: Fn.base64decode(Token.asString(propertyAccess(user, ['"client-key-data"']))),
    };
    new KubernetesProvider(this, 'kubernetes', connection);
    const helm = new HelmProvider(this, 'helm', { kubernetes: connection });

    // Node-to-node encryption: Hetzner Networks are not encrypted (lib/catalog/networks.ts).
    this.cni = new CiliumWireGuardEncryption(this, 'Cni', { provider: helm, values: { 'ipam.mode': 'kubernetes' } });

    this.namespace = new SovereignNamespace(this, 'Patients', {
      name: 'patient-records',
      owner: 'team-clinical-systems',
      dataClassification: DataClassification.SPECIAL_CATEGORY,
    });
    this.service = new SecureWorkload(this, 'Records', {
      namespace: this.namespace,
      name: 'records-api',
      image: `registry.clinic.internal/records-api@${props.imageDigest ?? PLACEHOLDER_DIGEST}`,
      resources: { cpuRequest: '250m', cpuLimit: '1', memoryRequest: '256Mi', memoryLimit: '512Mi' },
      replicas: 3,
      ports: [Port.tcp(8443)],
      secretEnv: { DATABASE_URL: { secretName: 'records-db', key: 'url' } },
    });
    // Clinicians reach the service only from the clinic's network, through the tunnel.
    this.service.allowFrom(Peer.ipBlock(ON_PREMISES_CIDR, { country: 'DE' }), { ports: [Port.tcp(8443)] });
    // The records database stays in the clinic; exports go to object storage in Germany.
    this.service.allowTo(Peer.ipBlock(ON_PREMISES_CIDR, { country: 'DE' }), { ports: [Port.tcp(5432)] });
    const storageCidrs = props.storageEndpointCidrs ?? ['192.0.2.0/24'];
    for (const cidr of storageCidrs) this.service.allowTo(Peer.ipBlock(cidr, { country: 'DE' }), { ports: [Port.tcp(443)] });

    this.exports = new EuBucket(this, 'Exports', {
      provider: 'ionos',
      region: 'eu-central-3',
      bucketName: 'patient-service-exports',
      dataClassification: DataClassification.SPECIAL_CATEGORY,
      retention: Retention.days(90),
    });
    this.auditStore = new AuditLogStore(this, 'AuditLogs', {
      provider: 'ionos',
      region: 'eu-central-3',
      bucketName: 'patient-service-audit',
      dataClassification: DataClassification.PERSONAL,
    });
    this.auditPipeline = new AuditLogPipeline(this, 'AuditPipeline', {
      bucket: this.auditStore,
      bucketEndpointCidrs: storageCidrs,
      apiServer: Peer.ipBlock(`${CONTROL_PLANE_IP}/32`, { country: 'DE' }),
      owner: 'team-platform',
      keyPrefix: 'hetzner-patient-service',
    });

    SovereigntyChecks.apply(this, { packs: PATIENT_SERVICE_PACKS });
  }
}
