/*
 * OtcKubernetesCluster: a CCE cluster with a private API endpoint, encrypted master volumes,
 * a multi-AZ control plane where the flavor allows it, and node pools whose volumes are
 * encrypted with a customer KMS key.
 * Arguments:
 *   https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/cce_cluster_v3.md
 *   https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/cce_node_pool_v3.md
 *   https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/data-sources/cce_cluster_kubeconfig_v3.md
 * and the kubeconfig layout of the CCE API "Obtaining Cluster Certificates" (one cluster
 * `internalCluster` without an EIP, one user `user`):
 *   https://github.com/opentelekomcloud-docs/cloud-container-engine/blob/ef107a16e35511eab18d684df9d297963c3bcdf5/api-ref/source/apis/cluster_management/obtaining_cluster_certificates.rst
 * The docs are unchanged up to the newest provider snapshot (2024-10-24); the 1.36.54 schema
 * typed by @cdktf/provider-opentelekomcloud 12.0.16 has every argument used here.
 */
import {
  FOR_EXPRESSION_VALUE, Fn, forExpression, propertyAccess, TerraformDataSource, TerraformProvider, TerraformResource, Token,
} from 'cdktf';
import { Construct } from 'constructs';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { CloudProvider } from '../../catalog/provider';
import { Retention } from '../../core/retention';
import { invalidInput } from '../../errors';
import { otc } from './binding';
import {
  OtcClusterFlavor, OtcClusterResilience, OtcContainerNetwork, OtcKubernetesConnection, OtcNodePoolOptions, OtcVolumeType,
} from './cluster-options';
import { IOtcKmsKey } from './kms-key';
import { IOtcNetwork, resolveZones } from './network';
import { baseTags, defaultName, otcCatalog, resolveOtcRegion } from './region';

/** Settings of an `OtcKubernetesCluster`. */
export interface OtcKubernetesClusterProps {
  /** The network: the cluster runs in its VPC and first subnet, in its region. */
  readonly network: IOtcNetwork;
  /** The KMS key that encrypts the root and data volumes of every node (same region). */
  readonly encryptionKey: IOtcKmsKey;
  /**
   * Cluster name.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * Cluster flavor.
   * @default OtcClusterFlavor.S2_SMALL (three masters)
   */
  readonly flavor?: OtcClusterFlavor;
  /**
   * How much of a zone outage the cluster survives; decides `multi_az` and where node pools go.
   * @default OtcClusterResilience.MULTI_ZONE
   */
  readonly resilience?: OtcClusterResilience;
  /**
   * Kubernetes version, e.g. `v1.29`.
   * @default - the newest version CCE offers
   */
  readonly clusterVersion?: string;
  /**
   * Container network model.
   * @default OtcContainerNetwork.OVERLAY_L2
   */
  readonly containerNetwork?: OtcContainerNetwork;
  /**
   * A node pool created with the cluster.
   * @default - no node pool; add them with `addNodePool`
   */
  readonly nodePool?: OtcNodePoolOptions;
  /**
   * Opt-out of the private API endpoint: an existing elastic IP address bound to the API
   * server, which makes the Kubernetes API reachable from the internet (CCE has no allow list
   * for it). The compliance engine reports SOV-PUBLIC-EXPOSURE unless you suppress it with a reason.
   * @default - no EIP: the API is reachable only inside the VPC
   */
  readonly publicApiEndpointEip?: string;
  /**
   * Validity of the client certificate that the kubeconfig data source requests on every
   * Terraform run (1 to 1825 days). Short-lived, because the certificate lands in the state.
   * @default Retention.days(1)
   */
  readonly kubeconfigValidity?: Retention;
  /**
   * Additional cluster labels and node tags. `jurisdiction` is set by the construct.
   * @default - only the construct's tags
   */
  readonly tags?: { [key: string]: string };
}

const HA_FLAVORS = new Set<string>([OtcClusterFlavor.S2_SMALL, OtcClusterFlavor.S2_MEDIUM, OtcClusterFlavor.S2_LARGE, OtcClusterFlavor.S2_XLARGE]);
const MIN_ZONES: Record<OtcClusterResilience, number> = {
  [OtcClusterResilience.SINGLE_ZONE]: 1,
  [OtcClusterResilience.MULTI_ZONE]: 2,
  [OtcClusterResilience.ZONE_FAILURE_TOLERANT]: 3,
};

/**
 * A CCE cluster with sovereign defaults:
 * - private API endpoint: no `eip`, so the API server has only its VPC address;
 * - `enable_volume_encryption`: master system and data disks encrypted;
 * - `multi_az` with an HA flavor: three masters spread over availability zones;
 * - node pools whose root and data volumes carry `kms_id` of a customer KMS key;
 * - `authentication_mode = "rbac"`; the admin client key is kept out of the cluster resource's
 *   state (`ignore_certificate_users_data`), and the kubernetes provider gets a short-lived
 *   certificate from the `opentelekomcloud_cce_cluster_kubeconfig_v3` data source instead.
 *
 * @example
 * const cluster = new OtcKubernetesCluster(stack, 'Cluster', {
 *   network, encryptionKey: key,
 *   nodePool: { flavor: 's3.xlarge.4', sshKeyPairName: 'ops' },
 * });
 * cluster.addKubernetesProvider(stack, 'k8s');
 */
export class OtcKubernetesCluster extends Construct {
  /** The cluster ID. */
  public readonly clusterId: string;
  /** Region code. */
  public readonly region: string;
  /** Catalog id of the provider (`otc`), e.g. for the Kubernetes storage constructs. */
  public readonly providerId: string;
  /** The catalog entry of Open Telekom Cloud (what `EncryptedStorageClass` takes as `provider`). */
  public readonly cloudProvider: CloudProvider;
  /** ID of the KMS key of the node volumes; use it for `everest.io/crypt-key-id` on PVCs. */
  public readonly kmsKeyId: string;
  /** The flavor. */
  public readonly flavor: OtcClusterFlavor;
  /** The resilience. */
  public readonly resilience: OtcClusterResilience;
  /** Whether the masters are spread over availability zones (`multi_az`). */
  public readonly multiAz: boolean;
  /** The private API endpoint (`internal` attribute, `https://<VPC address>:5443`). */
  public readonly internalEndpoint: string;
  /** The `opentelekomcloud_cce_cluster_v3` resource (escape hatch). */
  public readonly resource: TerraformResource;
  /** The `opentelekomcloud_cce_cluster_kubeconfig_v3` data source. */
  public readonly kubeconfig: TerraformDataSource;
  /** The node pool resources created so far. */
  public readonly nodePools: TerraformResource[] = [];

  private readonly network: IOtcNetwork;
  private readonly clusterName: string;
  private readonly tags: { [key: string]: string };

  constructor(scope: Construct, id: string, props: OtcKubernetesClusterProps) {
    super(scope, id);
    if (props === undefined || props === null || typeof props !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: 'OtcKubernetesCluster props', given: props, allowed: 'an OtcKubernetesClusterProps object', fix: 'pass { network, encryptionKey }.' });
    }
    if (!props.network || typeof props.network.vpcId !== 'string') {
      throw invalidInput({ code: 'MISSING_NETWORK', what: 'OtcKubernetesCluster network', given: props.network, allowed: 'an IOtcNetwork (e.g. an OtcNetwork)', fix: 'create an OtcNetwork and pass it as network.' });
    }
    if (!props.encryptionKey || typeof props.encryptionKey.keyId !== 'string') {
      throw invalidInput({ code: 'MISSING_KMS_KEY', what: 'OtcKubernetesCluster encryptionKey', given: props.encryptionKey, allowed: 'an IOtcKmsKey (e.g. an OtcKmsKey) of the cluster\'s region', fix: 'create an OtcKmsKey and pass it as encryptionKey.' });
    }
    this.network = props.network;
    this.region = resolveOtcRegion(this, 'OtcKubernetesCluster', props.network.region).region.code;
    if (props.encryptionKey.region !== this.region) {
      throw invalidInput({
        code: 'KEY_IN_OTHER_REGION',
        what: 'OtcKubernetesCluster encryptionKey',
        given: `a key in ${props.encryptionKey.region}`,
        allowed: `a KMS key of the cluster's region ${this.region} (EVS uses keys of its own region)`,
        fix: `create the OtcKmsKey with region "${this.region}".`,
      });
    }
    this.providerId = 'otc';
    this.cloudProvider = otcCatalog();
    this.kmsKeyId = props.encryptionKey.keyId;
    this.tags = baseTags(this, props.tags);

    this.flavor = checkEnum('OtcKubernetesCluster flavor', props.flavor ?? OtcClusterFlavor.S2_SMALL, OtcClusterFlavor);
    this.resilience = checkEnum('OtcKubernetesCluster resilience', props.resilience ?? OtcClusterResilience.MULTI_ZONE, OtcClusterResilience);
    const containerNetwork = checkEnum('OtcKubernetesCluster containerNetwork', props.containerNetwork ?? OtcContainerNetwork.OVERLAY_L2, OtcContainerNetwork);
    this.multiAz = this.resilience !== OtcClusterResilience.SINGLE_ZONE;
    this.checkResilience();
    if (props.clusterVersion !== undefined && !Token.isUnresolved(props.clusterVersion) && !/^v\d+\.\d+(\.\d+)?(-r\d+)?$/.test(props.clusterVersion)) {
      throw invalidInput({ code: 'INVALID_CLUSTER_VERSION', what: 'OtcKubernetesCluster clusterVersion', given: props.clusterVersion, allowed: 'a CCE version such as "v1.29" or "v1.28.3-r0"', fix: 'use the version as CCE lists it, with the leading "v".' });
    }
    const validity = props.kubeconfigValidity ?? Retention.days(1);
    if (!(validity instanceof Retention) || validity.toDays() > 1825) {
      throw invalidInput({
        code: 'INVALID_KUBECONFIG_VALIDITY',
        what: 'OtcKubernetesCluster kubeconfigValidity',
        given: validity instanceof Retention ? `${validity.toString()} (${validity.toDays()} days)` : validity,
        allowed: 'a Retention of 1 to 1825 days (cce_cluster_kubeconfig_v3 doc, `duration`)',
        fix: 'use a short period such as Retention.days(1).',
      });
    }
    this.clusterName = props.name ?? defaultName(this, 128);

    const { CceClusterV3 } = otc.cceCluster('OtcKubernetesCluster');
    this.resource = new CceClusterV3(this, 'Resource', {
      name: this.clusterName,
      region: this.region,
      clusterType: 'VirtualMachine',
      flavorId: this.flavor,
      ...(props.clusterVersion !== undefined ? { clusterVersion: props.clusterVersion } : {}),
      vpcId: props.network.vpcId,
      subnetId: props.network.subnetIds[0],
      containerNetworkType: containerNetwork,
      authenticationMode: 'rbac',
      // Master system and data disks encrypted (ForceNew).
      enableVolumeEncryption: true,
      multiAz: this.multiAz,
      // No `eip` unless explicitly asked: the API server keeps only its VPC address.
      ...(props.publicApiEndpointEip !== undefined ? { eip: props.publicApiEndpointEip } : {}),
      // The admin client key stays out of this resource's state; the kubeconfig data source issues short-lived ones.
      ignoreCertificateUsersData: true,
      labels: this.tags,
    });
    this.clusterId = this.resource.getStringAttribute('id');
    this.internalEndpoint = this.resource.getStringAttribute('internal');

    const { DataOpentelekomcloudCceClusterKubeconfigV3 } = otc.kubeconfig('OtcKubernetesCluster');
    this.kubeconfig = new DataOpentelekomcloudCceClusterKubeconfigV3(this, 'Kubeconfig', {
      clusterId: this.clusterId,
      duration: validity.toDays(),
    });

    if (props.nodePool !== undefined) this.addNodePool('NodePool', props.nodePool);
  }

  /**
   * Add a node pool: one `opentelekomcloud_cce_node_pool_v3` per zone (construct id
   * `<id>-<zone>`), root and data volumes encrypted with the cluster's KMS key.
   */
  public addNodePool(id: string, options: OtcNodePoolOptions): void {
    const what = `OtcKubernetesCluster node pool "${id}"`;
    if (options === undefined || options === null || typeof options !== 'object') {
      throw invalidInput({ code: 'INVALID_NODE_POOL', what, given: options, allowed: 'OtcNodePoolOptions { flavor, sshKeyPairName, ... }', fix: 'pass at least { flavor, sshKeyPairName }.' });
    }
    for (const key of ['flavor', 'sshKeyPairName'] as const) {
      const v = options[key];
      if (typeof v !== 'string' || (!Token.isUnresolved(v) && v.trim().length === 0)) {
        throw invalidInput({
          code: 'INVALID_NODE_POOL',
          what: `${what} ${key}`,
          given: v,
          allowed: key === 'flavor' ? 'an ECS flavor such as "s3.xlarge.4"' : 'the name of an existing key pair (CCE needs a key pair or a password; passwords are not accepted here)',
          fix: `set ${key}.`,
        });
      }
    }
    const defaultZones = this.resilience === OtcClusterResilience.SINGLE_ZONE ? [this.network.availabilityZones[0]] : this.network.availabilityZones;
    const zones = resolveZones(`${what} availabilityZones`, options.availabilityZones, this.network.availabilityZones, `the network (${this.region})`);
    const poolZones = options.availabilityZones === undefined ? defaultZones : zones;
    const need = MIN_ZONES[this.resilience];
    if (poolZones.length < need) {
      throw invalidInput({
        code: 'TOO_FEW_AVAILABILITY_ZONES',
        what: `${what} availabilityZones`,
        given: poolZones,
        allowed: `at least ${need} zones for resilience ${this.resilience}`,
        fix: `list ${need} or more zones of the network (${this.network.availabilityZones.join(', ')}), or lower the cluster's resilience.`,
      });
    }
    const nodes = positiveInt(`${what} nodesPerZone`, options.nodesPerZone ?? 1);
    const rootSize = positiveInt(`${what} rootVolumeSizeGb`, options.rootVolumeSizeGb ?? 50);
    const dataSize = positiveInt(`${what} dataVolumeSizeGb`, options.dataVolumeSizeGb ?? 100);
    const volumeType = checkEnum(`${what} volumeType`, options.volumeType ?? OtcVolumeType.SSD, OtcVolumeType);

    const { CceNodePoolV3 } = otc.cceNodePool('OtcKubernetesCluster');
    const base = defaultName(this, 40);
    for (const zone of poolZones) {
      const pool = new CceNodePoolV3(this, `${id}-${zone}`, {
        clusterId: this.clusterId,
        name: `${base}-${id.toLowerCase().replace(/[^a-z0-9-]+/g, '-').slice(0, 20)}-${zone}`.replace(/-+/g, '-'),
        flavor: options.flavor,
        availabilityZone: zone,
        initialNodeCount: nodes,
        keyPair: options.sshKeyPairName,
        ...(options.os !== undefined ? { os: options.os } : {}),
        runtime: 'containerd',
        // kms_id on both volumes: without it the provider falls back to env OS_KMS_ID, or the disks stay unencrypted.
        rootVolume: { size: rootSize, volumetype: volumeType, kmsId: this.kmsKeyId },
        dataVolumes: [{ size: dataSize, volumetype: volumeType, kmsId: this.kmsKeyId }],
        userTags: this.tags,
      });
      this.nodePools.push(pool);
    }
  }

  /** What the kubernetes provider needs: the private endpoint, CA, and the data source's short-lived client certificate (PEM, decoded). */
  public kubernetesConnection(): OtcKubernetesConnection {
    // The kubeconfig is JSON (the data source marshals the API's kubeconfig map). Entries are
    // picked by name with an object for-expression: `toset()` would fail on entries of different shapes.
    const config = Fn.jsondecode(this.kubeconfig.getStringAttribute('kubeconfig'));
    const byName = (list: string) => forExpression(propertyAccess(config, [list]), FOR_EXPRESSION_VALUE, propertyAccess(FOR_EXPRESSION_VALUE, ['name']));
    const internal = propertyAccess(byName('clusters'), ['"internalCluster"', 'cluster']);
    const user = propertyAccess(byName('users'), ['"user"', 'user']);
    return {
      host: Token.asString(propertyAccess(internal, ['"server"'])),
      clusterCaCertificate: Fn.base64decode(Token.asString(propertyAccess(internal, ['"certificate-authority-data"']))),
      clientCertificate: Fn.base64decode(Token.asString(propertyAccess(user, ['"client-certificate-data"']))),
      clientKey: Fn.base64decode(Token.asString(propertyAccess(user, ['"client-key-data"']))),
    };
  }

  /** Create a `kubernetes` provider configuration connected to this cluster's private endpoint. */
  public addKubernetesProvider(scope: Construct, id: string, alias?: string): TerraformProvider {
    return new KubernetesProvider(scope, id, { ...this.kubernetesConnection(), ...(alias !== undefined ? { alias } : {}) });
  }

  /**
   * Annotations that encrypt an EVS-backed PVC with the cluster's KMS key (from the catalog:
   * `everest.io/crypt-key-id` on a `csi-disk` claim).
   */
  public encryptedVolumeAnnotations(): { [key: string]: string } {
    const annotation = this.cloudProvider.kubernetesStorage?.encryption?.pvcAnnotation ?? 'everest.io/crypt-key-id';
    return { [annotation]: this.kmsKeyId };
  }

  private checkResilience(): void {
    const need = MIN_ZONES[this.resilience];
    if (this.multiAz && !HA_FLAVORS.has(this.flavor)) {
      throw invalidInput({
        code: 'FLAVOR_NOT_HA',
        what: 'OtcKubernetesCluster flavor',
        given: this.flavor,
        allowed: `an HA flavor (${[...HA_FLAVORS].join(', ')}) for resilience ${this.resilience}: multi_az works "only when using HA flavors" (cce_cluster_v3 doc)`,
        fix: 'use OtcClusterFlavor.S2_SMALL or larger, or set resilience: OtcClusterResilience.SINGLE_ZONE.',
      });
    }
    const zones = this.network.availabilityZones;
    if (zones.length < need) {
      const regionZones = otcCatalog().regions.filter((r) => r.parent === this.region).map((r) => r.code);
      throw invalidInput({
        code: 'TOO_FEW_AVAILABILITY_ZONES',
        what: `OtcKubernetesCluster resilience ${this.resilience}`,
        given: zones,
        allowed: `at least ${need} availability zones in the network (region ${this.region} has ${regionZones.length}: ${regionZones.join(', ')})`,
        fix: regionZones.length >= need
          ? `give the OtcNetwork at least ${need} of ${regionZones.join(', ')} (or omit availabilityZones to use all), or lower the resilience.`
          : `${this.region} has only ${regionZones.length} zones: choose a region with ${need} zones (eu-de, eu-nl) or lower the resilience to ${regionZones.length >= 2 ? 'MULTI_ZONE' : 'SINGLE_ZONE'}.`,
      });
    }
  }
}

function checkEnum<T extends string>(what: string, value: T, values: Record<string, T>): T {
  const allowed = Object.values(values);
  if (!allowed.includes(value)) {
    throw invalidInput({ code: 'INVALID_CHOICE', what, given: value, allowed: allowed.join(', '), fix: 'use one of the enum values.', candidates: allowed });
  }
  return value;
}

function positiveInt(what: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw invalidInput({ code: 'INVALID_NUMBER', what, given: value, allowed: 'a whole number of at least 1', fix: 'use a positive whole number.' });
  }
  return value;
}
