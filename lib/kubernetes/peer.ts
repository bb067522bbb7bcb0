import { Countries } from '../core/countries';
import { checkCidr, checkReason, unresolved } from './validate';
import { INetworkPeer, ISecureWorkload, ISovereignNamespace, NetworkPeerConfig } from './zone';

/** Options of `Peer.ipBlock`. */
export interface IpBlockOptions {
  /**
   * ISO 3166-1 alpha-2 code of the country where the addresses are (where data sent there
   * is processed). Required for egress: it is checked against the policy's jurisdiction.
   * @default - unknown: only ingress from the block can be allowed
   */
  readonly country?: string;
  /**
   * CIDR blocks inside `cidr` to exclude.
   * @default - none
   */
  readonly exceptCidrs?: string[];
  /**
   * Why sending data to this block is lawful although its country is outside the policy's
   * jurisdiction (e.g. the GDPR Chapter V safeguard in place), at least 10 characters. Without
   * it, egress to a country the jurisdiction does not allow is an error.
   * @default - not acknowledged
   */
  readonly transferReason?: string;
}

/**
 * Peers for `allowFrom` / `allowTo`: the pods of a workload or a namespace, or an IP block
 * outside the cluster.
 *
 * @example
 * api.allowFrom(Peer.workload(web));
 * api.allowTo(Peer.workload(db));
 * api.allowTo(Peer.ipBlock('203.0.113.0/24', { country: 'DE' }), { ports: [Port.tcp(443)] });
 */
export class Peer implements INetworkPeer {
  /** The pods of a `SecureWorkload`. */
  public static workload(workload: ISecureWorkload): INetworkPeer {
    return new Peer(() => workload.toNetworkPeerConfig());
  }

  /** Every pod of a `SovereignNamespace`. */
  public static namespace(sovereignNamespace: ISovereignNamespace): INetworkPeer {
    return new Peer(() => sovereignNamespace.toNetworkPeerConfig());
  }

  /**
   * Addresses outside the cluster. Egress to them requires `country`, checked against
   * `SovereigntyPolicy.of(zone).jurisdiction` when the rule is added.
   * @param cidr IPv4 or IPv6 CIDR block, e.g. `203.0.113.0/24`
   */
  public static ipBlock(cidr: string, options: IpBlockOptions = {}): INetworkPeer {
    checkCidr(cidr, 'Peer.ipBlock() cidr');
    (options.exceptCidrs ?? []).forEach((block, i) => checkCidr(block, `Peer.ipBlock() exceptCidrs[${i}]`));
    const country = options.country === undefined || unresolved(options.country) ? options.country : Countries.normalize(options.country);
    checkReason(options.transferReason, 'Peer.ipBlock() transferReason');
    const config: NetworkPeerConfig = {
      description: `${cidr}${country ? ` (${country})` : ''}`,
      cidr,
      exceptCidrs: options.exceptCidrs ? [...options.exceptCidrs] : undefined,
      country,
      transferReason: options.transferReason,
    };
    return new Peer(() => config);
  }

  private constructor(private readonly produce: () => NetworkPeerConfig) {}

  /** The selector material for a NetworkPolicy rule. */
  public toNetworkPeerConfig(): NetworkPeerConfig {
    return this.produce();
  }
}
