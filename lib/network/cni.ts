/*
 * Node-to-node encryption in the Kubernetes CNI: Cilium with WireGuard transparent encryption,
 * installed through @cdktf/provider-helm (an optional peer dependency, loaded when the construct
 * is created). Cilium's Helm values `encryption.enabled`, `encryption.type` (`ipsec` or
 * `wireguard`) and `encryption.nodeEncryption` (node-to-node traffic, WireGuard only):
 *   https://github.com/cilium/cilium/blob/v1.20.2/install/kubernetes/cilium/values.yaml
 *   https://github.com/cilium/cilium/blob/v1.20.2/Documentation/security/network/encryption-wireguard.rst
 * ("the agent running on each cluster node will establish a secure WireGuard tunnel between it
 * and all other known nodes"; the tunnel endpoint is UDP 51871 on each node).
 *
 * Why: none of the providers documents encryption of its private network (lib/catalog/networks.ts),
 * so pod traffic between nodes crosses it in clear text unless the CNI encrypts it. Sovereign
 * Cloud Stack's decision record scs-0122 ("End-to-End Encryption between Customer Workloads",
 * Draft) weighs Cilium and Calico WireGuard for the same threat — eavesdropping on links between
 * nodes outside the operator's control — and decides for IPsec in OVN on the operator's side;
 * on clouds that offer neither, the CNI is where the tenant can encrypt.
 */
import { TerraformProvider, TerraformResource, Token } from 'cdktf';
import { Construct } from 'constructs';
import type * as helmRelease from '@cdktf/provider-helm/lib/release';
import { invalidInput, SovereignError } from '../errors';
import { FirewallPort } from './port';

/** The Cilium release whose values were checked. @internal */
export const CILIUM_CHART_VERSION = '1.20.2';

/** Settings of a `CiliumWireGuardEncryption`. */
export interface CiliumWireGuardEncryptionProps {
  /**
   * The `helm` provider configuration of the cluster.
   * @default - the stack's default `helm` provider configuration
   */
  readonly provider?: TerraformProvider;
  /**
   * Cilium chart version (pin it; review the values on upgrade).
   * @default "1.20.2"
   */
  readonly chartVersion?: string;
  /**
   * Namespace of the release.
   * @default "kube-system"
   */
  readonly releaseNamespace?: string;
  /**
   * Encrypt traffic between the nodes themselves too, not only between pods
   * (`encryption.nodeEncryption`).
   * @default true
   */
  readonly nodeEncryption?: boolean;
  /**
   * Further Helm values (`--set` names and values), e.g. `{ 'kubeProxyReplacement': 'true',
   * 'k8sServiceHost': '10.0.0.2' }`. Names under `encryption.` are refused: the construct sets them.
   * @default - none
   */
  readonly values?: { [name: string]: string };
}

function loadRelease(): typeof helmRelease {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('@cdktf/provider-helm/lib/release') as typeof helmRelease;
  } catch {
    throw new SovereignError('MISSING_PEER_DEPENDENCY',
      'CiliumWireGuardEncryption: got no @cdktf/provider-helm module (lib/release). ' +
      'Allowed: the CNI encryption construct needs the optional peer dependency @cdktf/provider-helm (^12.1.2). ' +
      'Fix: npm install @cdktf/provider-helm@^12.1.2.');
  }
}

/**
 * Cilium as the cluster's CNI, with WireGuard transparent encryption of pod-to-pod (and by
 * default node-to-node) traffic between nodes. Install it on a cluster created without a CNI
 * (e.g. k3s with `--flannel-backend=none --disable-network-policy`).
 *
 * @example
 * new CiliumWireGuardEncryption(stack, 'Cni', { provider: helm });
 */
export class CiliumWireGuardEncryption extends Construct {
  /** The UDP port WireGuard uses between nodes (allow it between the nodes where a firewall filters the private network). */
  public static readonly WIREGUARD_PORT: FirewallPort = FirewallPort.udp(51871);

  /** The `helm_release` (escape hatch). */
  public readonly resource: TerraformResource;
  /** The chart version. */
  public readonly chartVersion: string;

  constructor(scope: Construct, id: string, props: CiliumWireGuardEncryptionProps = {}) {
    super(scope, id);
    const what = `CiliumWireGuardEncryption "${this.node.path}"`;
    const values = props.values ?? {};
    for (const name of Object.keys(values)) {
      if (name === 'encryption' || name.startsWith('encryption.')) {
        throw invalidInput({ code: 'ENCRYPTION_VALUE_REFUSED', what: `${what} values`, given: name, allowed: 'Helm values outside encryption.*: the construct sets encryption.enabled, encryption.type and encryption.nodeEncryption', fix: `remove "${name}"; set nodeEncryption instead of encryption.nodeEncryption.` });
      }
    }
    this.chartVersion = props.chartVersion ?? CILIUM_CHART_VERSION;
    if (!Token.isUnresolved(this.chartVersion) && !/^\d+\.\d+\.\d+$/.test(this.chartVersion)) {
      throw invalidInput({ code: 'UNPINNED_CHART', what: `${what} chartVersion`, given: props.chartVersion, allowed: 'an exact chart version such as "1.20.2"', fix: 'pin the version; review the encryption values when you upgrade.' });
    }
    const { Release } = loadRelease();
    const set = [
      { name: 'encryption.enabled', value: 'true' },
      { name: 'encryption.type', value: 'wireguard' },
      { name: 'encryption.nodeEncryption', value: String(props.nodeEncryption ?? true) },
      ...Object.entries(values).map(([name, value]) => ({ name, value })),
    ];
    this.resource = new Release(this, 'Resource', {
      name: 'cilium',
      repository: 'https://helm.cilium.io/',
      chart: 'cilium',
      version: this.chartVersion,
      namespace: props.releaseNamespace ?? 'kube-system',
      atomic: true,
      set,
      provider: props.provider,
    });
  }
}
