/*
 * OtcSovereignFoundation: network, KMS key, CCE cluster, Cloud Trace Service audit trail and
 * a Terraform state bucket for one Open Telekom Cloud region and the policy in force.
 * Provider arguments: https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/index.md
 * (`auth_url`, `region`, `tenant_name`; credentials from OS_* environment variables).
 */
import { TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import { DataClassification } from '../../core/classification';
import { invalidInput } from '../../errors';
import { EuBucket } from '../../storage/eu-bucket';
import { EuBucketBackend } from '../../storage/options';
import { otc } from './binding';
import { OtcCloudTrace } from './cloud-trace';
import { OtcKubernetesCluster } from './cluster';
import { OtcClusterFlavor, OtcClusterResilience, OtcNodePoolOptions } from './cluster-options';
import { OtcKmsKey } from './kms-key';
import { OtcNetwork } from './network';
import { iamEndpoint, resolveOtcRegion } from './region';

/** Settings of an `OtcSovereignFoundation`. */
export interface OtcSovereignFoundationProps {
  /** Open Telekom Cloud region (`eu-de`, `eu-nl`, or `eu-ch2` when the policy allows Switzerland). */
  readonly region: string;
  /**
   * Prefix of the two bucket names, `<prefix>-audit` (Cloud Trace Service) and
   * `<prefix>-tfstate` (Terraform state): lower-case letters, digits and hyphens.
   */
  readonly bucketNamePrefix: string;
  /** The cluster's node pool (one pool per availability zone, volumes encrypted with the foundation's key). */
  readonly nodePool: OtcNodePoolOptions;
  /**
   * The project (tenant) to work in: the region's base project (`eu-de`) or one of its
   * sub-projects (`eu-de_<name>`). Only with `createProvider`.
   * @default - the region's base project
   */
  readonly projectName?: string;
  /**
   * Create the `opentelekomcloud` provider configuration (region, IAM endpoint and project;
   * credentials from the OS_* environment variables). Set false to configure it yourself —
   * with the same region, or resources without a region argument land elsewhere.
   * @default true
   */
  readonly createProvider?: boolean;
  /**
   * The VPC's IPv4 block.
   * @default "10.0.0.0/16"
   */
  readonly networkCidr?: string;
  /**
   * Availability zones of the network (and node pools).
   * @default - every zone of the region
   */
  readonly availabilityZones?: string[];
  /**
   * Subnet blocks, one per zone.
   * @default - carved from the VPC block
   */
  readonly subnetCidrs?: string[];
  /**
   * How much of a zone outage the cluster survives.
   * @default OtcClusterResilience.MULTI_ZONE
   */
  readonly resilience?: OtcClusterResilience;
  /**
   * CCE cluster flavor.
   * @default OtcClusterFlavor.S2_SMALL
   */
  readonly clusterFlavor?: OtcClusterFlavor;
  /**
   * Kubernetes version, e.g. `v1.29`.
   * @default - the newest version CCE offers
   */
  readonly clusterVersion?: string;
}

/**
 * A sovereign Open Telekom Cloud foundation in one line: for a region inside the policy's
 * jurisdiction it creates
 * - `Provider`: the `opentelekomcloud` provider for the region (optional),
 * - `Key`: an `OtcKmsKey` (rotation on, 30-day deletion wait),
 * - `Network`: an `OtcNetwork` (private subnets in every zone, default-deny security group, no EIP),
 * - `Cluster`: an `OtcKubernetesCluster` (private API, encrypted masters and node volumes, multi-AZ),
 * - `AuditTrail`: an `OtcCloudTrace` (CTS tracker to a WORM bucket kept between the policy's audit minimum and maximum),
 * - `StateBucket`: an `EuBucket` for Terraform state (KMS-encrypted, versioned, private).
 *
 * @example
 * new OtcSovereignFoundation(stack, 'Foundation', {
 *   region: 'eu-de', bucketNamePrefix: 'acme-prod',
 *   nodePool: { flavor: 's3.xlarge.4', sshKeyPairName: 'ops' },
 * });
 */
export class OtcSovereignFoundation extends Construct {
  /** The region. */
  public readonly region: string;
  /** The provider configuration, when created here. */
  public readonly provider?: TerraformProvider;
  /** The KMS key of every encrypted resource of the foundation. */
  public readonly encryptionKey: OtcKmsKey;
  /** The network. */
  public readonly network: OtcNetwork;
  /** The CCE cluster. */
  public readonly cluster: OtcKubernetesCluster;
  /** The Cloud Trace Service audit trail. */
  public readonly auditTrail: OtcCloudTrace;
  /** The bucket for Terraform state (use it with `EuStateBackend` in the stacks that follow). */
  public readonly stateBucket: EuBucket;

  constructor(scope: Construct, id: string, props: OtcSovereignFoundationProps) {
    super(scope, id);
    if (props === undefined || props === null || typeof props !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: 'OtcSovereignFoundation props', given: props, allowed: 'an OtcSovereignFoundationProps object', fix: 'pass { region, bucketNamePrefix, nodePool }.' });
    }
    this.region = resolveOtcRegion(this, 'OtcSovereignFoundation', props.region).region.code;
    const prefix = props.bucketNamePrefix;
    if (typeof prefix !== 'string' || (!Token.isUnresolved(prefix) && !/^[a-z0-9][a-z0-9-]{1,53}[a-z0-9]$/.test(prefix))) {
      throw invalidInput({
        code: 'INVALID_BUCKET_PREFIX',
        what: 'OtcSovereignFoundation bucketNamePrefix',
        given: prefix,
        allowed: '3 to 55 lower-case letters, digits and hyphens, starting and ending with a letter or digit (the bucket names add "-audit" and "-tfstate")',
        fix: 'use a prefix such as "acme-prod".',
      });
    }
    const createProvider = props.createProvider ?? true;
    if (props.projectName !== undefined && !createProvider) {
      throw invalidInput({ code: 'PROJECT_WITHOUT_PROVIDER', what: 'OtcSovereignFoundation projectName', given: props.projectName, allowed: 'only with createProvider (the default)', fix: 'set the project on your own provider configuration, or remove createProvider: false.' });
    }
    const project = props.projectName ?? this.region;
    if (!Token.isUnresolved(project) && project !== this.region && !project.startsWith(`${this.region}_`)) {
      throw invalidInput({
        code: 'PROJECT_IN_OTHER_REGION',
        what: 'OtcSovereignFoundation projectName',
        given: project,
        allowed: `the base project "${this.region}" or a sub-project "${this.region}_<name>" (the provider takes the region from the part before "_")`,
        fix: `use a project of ${this.region}, or set region to the project's region.`,
      });
    }

    if (createProvider) {
      const { OpentelekomcloudProvider } = otc.provider('OtcSovereignFoundation');
      this.provider = new OpentelekomcloudProvider(this, 'Provider', { authUrl: iamEndpoint(this.region), region: this.region, tenantName: project });
    }
    this.encryptionKey = new OtcKmsKey(this, 'Key', { region: this.region });
    this.network = new OtcNetwork(this, 'Network', {
      region: this.region,
      cidr: props.networkCidr,
      availabilityZones: props.availabilityZones,
      subnetCidrs: props.subnetCidrs,
    });
    this.cluster = new OtcKubernetesCluster(this, 'Cluster', {
      network: this.network,
      encryptionKey: this.encryptionKey,
      flavor: props.clusterFlavor,
      resilience: props.resilience,
      clusterVersion: props.clusterVersion,
      nodePool: props.nodePool,
    });
    this.auditTrail = new OtcCloudTrace(this, 'AuditTrail', {
      region: this.region,
      bucketName: `${prefix}-audit`,
      encryptionKey: this.encryptionKey,
    });
    this.stateBucket = new EuBucket(this, 'StateBucket', {
      provider: 'otc',
      region: this.region,
      bucketName: `${prefix}-tfstate`,
      backend: EuBucketBackend.OTC_NATIVE,
      encryptionKeyId: this.encryptionKey.keyId,
      dataClassification: DataClassification.CONFIDENTIAL,
      versioned: true,
    });
  }
}
