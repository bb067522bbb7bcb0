/*
 * Who a cloud firewall rule admits or reaches: an address block with the country its addresses
 * are in, every address, or a network of this library. In the style of the Kubernetes `Peer`.
 */
import { Token } from 'cdktf';
import { Countries } from '../core/countries';
import { invalidInput } from '../errors';
import { checkReason } from '../kubernetes/validate';
import { parseBlock } from '../util/addresses';
import type { ISovereignNetwork } from './network';

/** Options of `FirewallPeer.ipBlock` and `FirewallPeer.anywhere`. */
export interface FirewallPeerOptions {
  /**
   * ISO 3166-1 alpha-2 code of the country where the addresses are (where data sent there is
   * processed). Required to allow outbound traffic to public addresses: it is checked against
   * the policy's jurisdiction when the rule is added.
   * @default - unknown: only inbound rules, or outbound to private addresses
   */
  readonly country?: string;
  /**
   * Why sending data there is lawful although the country is outside the policy's jurisdiction
   * (the GDPR Chapter V safeguard), or — for `anywhere()` — why the hosts must reach every
   * address. At least 10 characters.
   * @default - not acknowledged: such outbound rules throw
   */
  readonly transferReason?: string;
}

/**
 * The remote side of a firewall rule.
 *
 * @example
 * network.allowInbound(FirewallPeer.ipBlock('198.51.100.0/24', { country: 'DE' }), FirewallPort.tcp(443));
 * network.allowOutbound(FirewallPeer.network(otherNetwork), FirewallPort.tcp(5432));
 */
export class FirewallPeer {
  /**
   * An IPv4 or IPv6 block, e.g. `203.0.113.0/24`. Public blocks need their `country` for
   * outbound rules; private blocks (RFC 1918, unique local) do not.
   */
  public static ipBlock(cidr: string, options: FirewallPeerOptions = {}): FirewallPeer {
    if (!Token.isUnresolved(cidr)) parseBlock('FirewallPeer.ipBlock() cidr', cidr);
    return new FirewallPeer([cidr], FirewallPeer.country(options), options.transferReason, `${cidr}`);
  }

  /**
   * Every IPv4 and IPv6 address (`0.0.0.0/0`, `::/0`). Inbound: only on non-administrative
   * ports. Outbound: only with a `transferReason`.
   */
  public static anywhere(options: FirewallPeerOptions = {}): FirewallPeer {
    return new FirewallPeer(['0.0.0.0/0', '::/0'], undefined, FirewallPeer.reason(options), 'anywhere (0.0.0.0/0, ::/0)');
  }

  /** Every IPv4 address (`0.0.0.0/0`), with the limits of `anywhere()`. */
  public static anyIpv4(options: FirewallPeerOptions = {}): FirewallPeer {
    return new FirewallPeer(['0.0.0.0/0'], undefined, FirewallPeer.reason(options), 'any IPv4 address (0.0.0.0/0)');
  }

  /** Every IPv6 address (`::/0`), with the limits of `anywhere()`. */
  public static anyIpv6(options: FirewallPeerOptions = {}): FirewallPeer {
    return new FirewallPeer(['::/0'], undefined, FirewallPeer.reason(options), 'any IPv6 address (::/0)');
  }

  /** The private address range of a network of this library (same provider, same country). */
  public static network(network: ISovereignNetwork): FirewallPeer {
    const peer = new FirewallPeer([network.ipv4Cidr], network.countries[0], undefined, `network ${network.node.path}`);
    peer._private = true;
    return peer;
  }

  private static country(options: FirewallPeerOptions): string | undefined {
    checkReason(options.transferReason, 'FirewallPeer transferReason');
    if (options.country === undefined || Token.isUnresolved(options.country)) return options.country;
    return Countries.normalize(options.country);
  }

  private static reason(options: FirewallPeerOptions): string | undefined {
    if (options.country !== undefined) {
      throw invalidInput({ code: 'COUNTRY_OF_ANYWHERE', what: 'FirewallPeer.anywhere() country', given: options.country, allowed: 'no country: every address is in every country', fix: 'remove country; use FirewallPeer.ipBlock(cidr, { country }) for addresses in one country.' });
    }
    checkReason(options.transferReason, 'FirewallPeer transferReason');
    return options.transferReason;
  }

  /** The address blocks. @internal */
  public readonly _cidrs: readonly string[];
  /** ISO country of the addresses, if known. @internal */
  public readonly _country?: string;
  /** The acknowledged reason for an outbound rule outside the jurisdiction. @internal */
  public readonly _transferReason?: string;
  /** A network of this library: private addresses, even when its block is known only at apply. @internal */
  public _private = false;

  private constructor(cidrs: string[], country: string | undefined, transferReason: string | undefined, private readonly description: string) {
    this._cidrs = cidrs;
    this._country = country;
    this._transferReason = transferReason;
  }

  /** The blocks and country, for messages. */
  public toString(): string {
    return this._country ? `${this.description} (${this._country})` : this.description;
  }
}
