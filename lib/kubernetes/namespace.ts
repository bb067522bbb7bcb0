import { Construct } from 'constructs';
import { DefaultServiceAccountV1 } from '@cdktf/provider-kubernetes/lib/default-service-account-v1';
import { LimitRangeV1 } from '@cdktf/provider-kubernetes/lib/limit-range-v1';
import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import { NetworkPolicyV1 } from '@cdktf/provider-kubernetes/lib/network-policy-v1';
import { ResourceQuotaV1 } from '@cdktf/provider-kubernetes/lib/resource-quota-v1';
import { DataClassification } from '../core/classification';
import { SovereigntyLabels } from '../core/labels';
import { SovereigntyPolicy } from '../core/policy';
import { invalidInput } from '../errors';
import { allowFrom, allowTo, registerZone, ZonePolicies } from './policies';
import { checkDnsLabel, checkLabels, checkLabelValue, parseQuantity, unresolved } from './validate';
import { AllowOptions, INetworkPeer, ISovereignNamespace, NetworkPeerConfig } from './zone';

/** Pod Security Standard levels (https://kubernetes.io/docs/concepts/security/pod-security-standards/). */
export enum PodSecurityLevel {
  /** Heavily restricted, current pod hardening best practice. */
  RESTRICTED = 'restricted',
  /** Prevents known privilege escalations; allows running as root. */
  BASELINE = 'baseline',
  /** Unrestricted. */
  PRIVILEGED = 'privileged',
}

/** The namespace's ResourceQuota (`spec.hard`). */
export interface NamespaceQuota {
  /**
   * Sum of CPU requests of all pods.
   * @default '4'
   */
  readonly requestsCpu?: string;
  /**
   * Sum of memory requests of all pods.
   * @default '8Gi'
   */
  readonly requestsMemory?: string;
  /**
   * Sum of CPU limits of all pods.
   * @default '8'
   */
  readonly limitsCpu?: string;
  /**
   * Sum of memory limits of all pods.
   * @default '16Gi'
   */
  readonly limitsMemory?: string;
  /**
   * Sum of storage requested by PersistentVolumeClaims.
   * @default '100Gi'
   */
  readonly requestsStorage?: string;
  /**
   * Number of pods.
   * @default 50
   */
  readonly pods?: number;
  /**
   * Number of PersistentVolumeClaims.
   * @default 10
   */
  readonly persistentVolumeClaims?: number;
  /**
   * Number of Services of type LoadBalancer. Zero keeps the namespace from exposing a
   * Service to the internet by itself; expose workloads through a `TlsIngress`.
   * @default 0
   */
  readonly loadBalancers?: number;
  /**
   * Number of Services of type NodePort.
   * @default 0
   */
  readonly nodePorts?: number;
}

/** Requests and limits the LimitRange gives containers that do not declare their own. */
export interface ContainerDefaults {
  /**
   * Default CPU request.
   * @default '100m'
   */
  readonly cpuRequest?: string;
  /**
   * Default memory request.
   * @default '128Mi'
   */
  readonly memoryRequest?: string;
  /**
   * Default CPU limit.
   * @default '500m'
   */
  readonly cpuLimit?: string;
  /**
   * Default memory limit.
   * @default '512Mi'
   */
  readonly memoryLimit?: string;
}

/** Settings of a `SovereignNamespace`. */
export interface SovereignNamespaceProps {
  /** Namespace name: a DNS-1123 label (at most 63 lower-case letters, digits and `-`). */
  readonly name: string;
  /** Team or person accountable for the namespace (a label value, e.g. `team-payments`). */
  readonly owner: string;
  /**
   * Classification of the data processed in the namespace.
   * @default - the policy's `defaultDataClassification`
   */
  readonly dataClassification?: DataClassification;
  /**
   * Additional labels of the namespace. Keys this construct sets (Pod Security, sovereignty labels) are refused.
   * @default - none
   */
  readonly labels?: { [key: string]: string };
  /**
   * Pod Security Standard enforced (and audited and warned about) by Pod Security Admission.
   * Anything but RESTRICTED is an opt-out that `SOV-POD-SECURITY` reports.
   * @default PodSecurityLevel.RESTRICTED
   */
  readonly podSecurity?: PodSecurityLevel;
  /**
   * Version of the Pod Security Standard, pinned so a cluster upgrade cannot change what is enforced (`v1.<minor>`).
   * @default 'v1.33'
   */
  readonly podSecurityVersion?: string;
  /**
   * Whether a NetworkPolicy denies all ingress and egress of every pod by default.
   * `false` is an opt-out that `SOV-NETWORK-ISOLATION` reports.
   * @default true
   */
  readonly defaultDeny?: boolean;
  /**
   * Whether pods may query the cluster DNS (UDP and TCP 53 to the DNS pods only).
   * @default true
   */
  readonly allowClusterDns?: boolean;
  /**
   * Namespace of the cluster DNS pods.
   * @default 'kube-system'
   */
  readonly clusterDnsNamespace?: string;
  /**
   * Labels of the cluster DNS pods (CoreDNS keeps the `kube-dns` label for compatibility).
   * @default { 'k8s-app': 'kube-dns' }
   */
  readonly clusterDnsPodLabels?: { [key: string]: string };
  /**
   * The ResourceQuota.
   * @default - the defaults of `NamespaceQuota`
   */
  readonly quota?: NamespaceQuota;
  /**
   * Requests and limits for containers that declare none (LimitRange).
   * @default - the defaults of `ContainerDefaults`
   */
  readonly containerDefaults?: ContainerDefaults;
}

/** Pod Security Admission label keys. */
const PSA = 'pod-security.kubernetes.io';
const DEFAULT_PSA_VERSION = 'v1.33';
const DNS_PORT = '53';

/**
 * A namespace with the sovereign baseline:
 * - labels for data classification, jurisdiction (from `SovereigntyPolicy.of(this)`) and owner;
 * - Pod Security Admission `enforce`, `audit` and `warn` = `restricted`, pinned to a version;
 * - a default-deny NetworkPolicy for ingress and egress, and egress to the cluster DNS only;
 * - a ResourceQuota (no LoadBalancer or NodePort Services by default) and a LimitRange;
 * - the default service account with token automount off.
 *
 * Open what workloads need with `allowFrom` / `allowTo`, or on each `SecureWorkload`.
 *
 * @example
 * const ns = new SovereignNamespace(this, 'Payments', { name: 'payments', owner: 'team-payments' });
 */
export class SovereignNamespace extends Construct implements ISovereignNamespace {
  /** The namespace resource. */
  public readonly resource: NamespaceV1;
  /** The namespace name (a token that references the namespace resource). */
  public readonly namespaceName: string;
  /** Classification of the data in the namespace. */
  public readonly dataClassification: DataClassification;
  /** Owner label value. */
  public readonly owner: string;
  /** The sovereignty labels (classification, jurisdiction, owner) objects in the namespace carry. */
  public readonly sovereigntyLabels: { [key: string]: string };
  /**
   * The default-deny NetworkPolicy.
   * @default - none when `defaultDeny` is false
   */
  public readonly defaultDenyPolicy?: NetworkPolicyV1;
  /**
   * The NetworkPolicy allowing DNS to the cluster DNS pods.
   * @default - none when `allowClusterDns` is false
   */
  public readonly clusterDnsPolicy?: NetworkPolicyV1;
  /** The ResourceQuota. */
  public readonly resourceQuota: ResourceQuotaV1;
  /** The LimitRange. */
  public readonly limitRange: LimitRangeV1;
  /** The default service account (token automount off). */
  public readonly defaultServiceAccount: DefaultServiceAccountV1;

  private readonly zone: ZonePolicies;
  private readonly literalName: string;

  constructor(scope: Construct, id: string, props: SovereignNamespaceProps) {
    super(scope, id);
    checkDnsLabel(props.name, `SovereignNamespace "${this.node.path}" name`);
    checkLabelValue(props.owner, `SovereignNamespace "${this.node.path}" owner`);
    checkLabels(props.labels, `SovereignNamespace "${this.node.path}" labels`);
    const level = props.podSecurity ?? PodSecurityLevel.RESTRICTED;
    const version = props.podSecurityVersion ?? DEFAULT_PSA_VERSION;
    checkPodSecurityVersion(version, this.node.path);

    const policy = SovereigntyPolicy.of(this);
    this.literalName = props.name;
    this.owner = props.owner;
    this.dataClassification = props.dataClassification ?? policy.defaultDataClassification;
    this.sovereigntyLabels = {
      [SovereigntyLabels.DATA_CLASSIFICATION]: this.dataClassification,
      [SovereigntyLabels.JURISDICTION]: SovereigntyLabels.labelValue(policy.jurisdiction.name),
      [SovereigntyLabels.OWNER]: props.owner,
    };
    const podSecurityLabels: Record<string, string> = {};
    for (const mode of ['enforce', 'audit', 'warn']) {
      podSecurityLabels[`${PSA}/${mode}`] = level;
      podSecurityLabels[`${PSA}/${mode}-version`] = version;
    }
    const reserved = Object.keys(props.labels ?? {}).filter((k) => k in podSecurityLabels || k in this.sovereigntyLabels);
    if (reserved.length > 0) {
      throw invalidInput({
        code: 'RESERVED_LABEL',
        what: `SovereignNamespace "${this.node.path}" labels`,
        given: reserved,
        allowed: 'labels other than the Pod Security and sovereignty labels this construct sets',
        fix: 'use the podSecurity, podSecurityVersion, dataClassification and owner props instead.',
      });
    }

    this.resource = new NamespaceV1(this, 'Resource', {
      metadata: { name: props.name, labels: { ...props.labels, ...this.sovereigntyLabels, ...podSecurityLabels } },
      waitForDefaultServiceAccount: true,
    });
    this.namespaceName = this.resource.metadata.name;
    const namespace = this.namespaceName;

    if (props.defaultDeny ?? true) {
      this.defaultDenyPolicy = new NetworkPolicyV1(this, 'DefaultDeny', {
        metadata: { name: 'default-deny', namespace, labels: this.sovereigntyLabels },
        spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
      });
    }
    if (props.allowClusterDns ?? true) {
      const dnsNamespace = props.clusterDnsNamespace ?? 'kube-system';
      checkDnsLabel(dnsNamespace, `SovereignNamespace "${this.node.path}" clusterDnsNamespace`);
      checkLabels(props.clusterDnsPodLabels, `SovereignNamespace "${this.node.path}" clusterDnsPodLabels`);
      const dnsLabels = props.clusterDnsPodLabels ?? { 'k8s-app': 'kube-dns' };
      this.clusterDnsPolicy = new NetworkPolicyV1(this, 'AllowClusterDns', {
        metadata: { name: 'allow-cluster-dns', namespace, labels: this.sovereigntyLabels },
        spec: {
          podSelector: {},
          policyTypes: ['Egress'],
          egress: [{
            to: [{
              namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': dnsNamespace } },
              podSelector: { matchLabels: { ...dnsLabels } },
            }],
            ports: [{ port: DNS_PORT, protocol: 'UDP' }, { port: DNS_PORT, protocol: 'TCP' }],
          }],
        },
      });
    }

    const q = props.quota ?? {};
    const hard: Record<string, string> = {
      'requests.cpu': quantity(q.requestsCpu ?? '4', 'quota.requestsCpu', '4', this.node.path),
      'requests.memory': quantity(q.requestsMemory ?? '8Gi', 'quota.requestsMemory', '8Gi', this.node.path),
      'limits.cpu': quantity(q.limitsCpu ?? '8', 'quota.limitsCpu', '8', this.node.path),
      'limits.memory': quantity(q.limitsMemory ?? '16Gi', 'quota.limitsMemory', '16Gi', this.node.path),
      'requests.storage': quantity(q.requestsStorage ?? '100Gi', 'quota.requestsStorage', '100Gi', this.node.path),
      'pods': count(q.pods ?? 50, 'quota.pods', this.node.path),
      'persistentvolumeclaims': count(q.persistentVolumeClaims ?? 10, 'quota.persistentVolumeClaims', this.node.path),
      'services.loadbalancers': count(q.loadBalancers ?? 0, 'quota.loadBalancers', this.node.path),
      'services.nodeports': count(q.nodePorts ?? 0, 'quota.nodePorts', this.node.path),
    };
    this.resourceQuota = new ResourceQuotaV1(this, 'Quota', {
      metadata: { name: 'default-quota', namespace, labels: this.sovereigntyLabels },
      spec: { hard },
    });

    const d = props.containerDefaults ?? {};
    const cpuRequest = quantity(d.cpuRequest ?? '100m', 'containerDefaults.cpuRequest', '100m', this.node.path);
    const memoryRequest = quantity(d.memoryRequest ?? '128Mi', 'containerDefaults.memoryRequest', '128Mi', this.node.path);
    const cpuLimit = quantity(d.cpuLimit ?? '500m', 'containerDefaults.cpuLimit', '500m', this.node.path);
    const memoryLimit = quantity(d.memoryLimit ?? '512Mi', 'containerDefaults.memoryLimit', '512Mi', this.node.path);
    checkRequestWithinLimit(cpuRequest, cpuLimit, `SovereignNamespace "${this.node.path}" containerDefaults CPU`);
    checkRequestWithinLimit(memoryRequest, memoryLimit, `SovereignNamespace "${this.node.path}" containerDefaults memory`);
    this.limitRange = new LimitRangeV1(this, 'Limits', {
      metadata: { name: 'default-limits', namespace, labels: this.sovereigntyLabels },
      spec: {
        limit: [{
          type: 'Container',
          defaultRequest: { cpu: cpuRequest, memory: memoryRequest },
          default: { cpu: cpuLimit, memory: memoryLimit },
        }],
      },
    });

    this.defaultServiceAccount = new DefaultServiceAccountV1(this, 'DefaultServiceAccount', {
      metadata: { namespace },
      automountServiceAccountToken: false,
    });

    this.zone = new ZonePolicies(this, namespace, undefined, '', this.sovereigntyLabels);
    registerZone(this, this.zone);
  }

  /** The namespace name as given (not a token). */
  public get name(): string {
    return this.literalName;
  }

  /** Every pod of the namespace, as a NetworkPolicy peer. */
  public toNetworkPeerConfig(): NetworkPeerConfig {
    return { description: `namespace ${this.literalName}`, namespaceName: this.namespaceName, zone: this };
  }

  /** Allow traffic from `peer` to every pod of the namespace (ports required). */
  public allowFrom(peer: INetworkPeer, options?: AllowOptions): void {
    allowFrom(this, this.toNetworkPeerConfig(), peer, options);
  }

  /** Allow traffic from every pod of the namespace to `peer`. */
  public allowTo(peer: INetworkPeer, options?: AllowOptions): void {
    allowTo(this, this.toNetworkPeerConfig(), peer, options);
  }
}

function checkPodSecurityVersion(version: string, path: string): void {
  if (unresolved(version) || (typeof version === 'string' && /^v1\.\d{1,2}$/.test(version))) return;
  throw invalidInput({
    code: 'INVALID_POD_SECURITY_VERSION',
    what: `SovereignNamespace "${path}" podSecurityVersion`,
    given: version,
    allowed: 'a pinned Kubernetes minor version "v1.<minor>", e.g. "v1.33" ("latest" is not pinned: an upgrade would change what is enforced)',
    fix: `use the minor version of your cluster, e.g. "${DEFAULT_PSA_VERSION}".`,
  });
}

function quantity(value: string, prop: string, example: string, path: string): string {
  parseQuantity(value, `SovereignNamespace "${path}" ${prop}`, example);
  return value;
}

function count(value: number, prop: string, path: string): string {
  if (!unresolved(value) && !(typeof value === 'number' && Number.isInteger(value) && value >= 0)) {
    throw invalidInput({
      code: 'INVALID_COUNT',
      what: `SovereignNamespace "${path}" ${prop}`,
      given: value,
      allowed: 'a whole number of at least 0',
      fix: 'give a count such as 10.',
    });
  }
  return String(value);
}

/** A request above its limit is rejected by the API server; say so at construction. */
export function checkRequestWithinLimit(request: string, limit: string, what: string): void {
  const r = parseQuantity(request, `${what} request`, '100m');
  const l = parseQuantity(limit, `${what} limit`, '500m');
  if (r === undefined || l === undefined || r <= l) return;
  throw invalidInput({
    code: 'REQUEST_ABOVE_LIMIT',
    what,
    given: { request, limit },
    allowed: 'a request at most the limit',
    fix: 'lower the request or raise the limit.',
  });
}
