/*
 * The interface every private network of this library shares (OtcNetwork, HetznerNetwork,
 * ScalewayNetwork, …): where it is, its address ranges, its public entry points, and firewall
 * rules opened by name. The checks every provider's rules pass through live here too.
 */
import { Annotations, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { SovereigntyPolicy } from '../core/policy';
import { invalidInput } from '../errors';
import { isEverything, isPrivate, parseBlock } from '../util/addresses';
import { FirewallPeer } from './peer';
import { FirewallPort } from './port';

/** What kind of public entry point a network has. */
export enum PublicEntryPointKind {
  /** A load balancer with a public address. */
  LOAD_BALANCER = 'load-balancer',
  /** A gateway host or managed gateway with a public address (NAT, bastion, VPN endpoint). */
  GATEWAY = 'gateway',
  /** A managed site-to-site VPN gateway. */
  VPN_GATEWAY = 'vpn-gateway',
}

/** A named, deliberate public address of a network. */
export interface PublicEntryPoint {
  /** The name given when it was added. */
  readonly name: string;
  /** What it is. */
  readonly kind: PublicEntryPointKind;
  /** The construct path of the resource that holds the public address. */
  readonly constructPath: string;
}

/** A private network as other constructs see it, whatever the provider. */
export interface ISovereignNetwork extends IConstruct {
  /** Catalog id of the provider, e.g. `hetzner`. */
  readonly providerId: string;
  /** Location code as the catalog spells it: region, zone or location, e.g. `fsn1`, `fr-par`, `eu-de`. */
  readonly location: string;
  /** Countries where the network's hosts are (ISO 3166-1 alpha-2). */
  readonly countries: string[];
  /** The network's IPv4 block. */
  readonly ipv4Cidr: string;
  /** The subnets' blocks, in order. */
  readonly subnetCidrs: string[];
  /** The provider's id of the network (a Terraform reference). */
  readonly networkId: string;
  /** The public entry points added to the network (none by default). */
  readonly publicEntryPoints: PublicEntryPoint[];
  /**
   * Allow inbound traffic from `peer` on `port`. Every address (`0.0.0.0/0`, `::/0`) on an
   * administrative or database port throws.
   */
  allowInbound(peer: FirewallPeer, port: FirewallPort, description?: string): void;
  /**
   * Allow outbound traffic to `peer` on `port`. Public addresses need their country, inside the
   * policy's jurisdiction (or an acknowledged `transferReason`).
   */
  allowOutbound(peer: FirewallPeer, port: FirewallPort, description?: string): void;
}

/** Direction of a firewall rule. @internal */
export enum Direction {
  IN = 'in',
  OUT = 'out',
}

/** A checked rule, ready for a provider to render. @internal */
export interface CheckedRule {
  readonly direction: Direction;
  readonly peer: FirewallPeer;
  readonly port: FirewallPort;
  readonly description?: string;
  /** The peer's blocks, by IP version (tokens count as IPv4). */
  readonly ipv4: string[];
  readonly ipv6: string[];
}

/**
 * Check a rule before a provider renders it: every address on an administrative port inbound,
 * a public destination without a country or outside the jurisdiction outbound, egress to every
 * address without a reason.
 * @internal
 */
export function checkRule(scope: IConstruct, what: string, direction: Direction, peer: FirewallPeer, port: FirewallPort, description?: string): CheckedRule {
  const verb = direction === Direction.IN ? 'allowInbound' : 'allowOutbound';
  if (!(peer instanceof FirewallPeer)) {
    throw invalidInput({ code: 'INVALID_PEER', what: `${what}.${verb} peer`, given: peer, allowed: 'a FirewallPeer', fix: 'use FirewallPeer.ipBlock(cidr, { country }), FirewallPeer.network(network) or FirewallPeer.anywhere().' });
  }
  if (!(port instanceof FirewallPort)) {
    throw invalidInput({ code: 'INVALID_PORT', what: `${what}.${verb} port`, given: port, allowed: 'a FirewallPort', fix: 'use FirewallPort.tcp(443), FirewallPort.udp(51820) or FirewallPort.icmp().' });
  }
  const ipv4: string[] = [];
  const ipv6: string[] = [];
  let everything = false;
  let publicBlock = false;
  for (const cidr of peer._cidrs) {
    if (Token.isUnresolved(cidr)) {
      ipv4.push(cidr);
      publicBlock = publicBlock || !peer._private;
      continue;
    }
    const block = parseBlock(`${what}.${verb} peer`, cidr);
    (block.version === 4 ? ipv4 : ipv6).push(cidr);
    everything = everything || isEverything(block);
    publicBlock = publicBlock || !isPrivate(block);
  }
  if (direction === Direction.IN && everything) {
    const administrative = port._administrative();
    if (administrative.length > 0) {
      throw invalidInput({
        code: 'ADMIN_PORT_OPEN_TO_INTERNET',
        what: `${what}.allowInbound`,
        given: `${peer} on ${port}`,
        allowed: `every address only on ports that are not administrative or database ports; ${port} includes ${administrative.map((a) => `${a.service} (${a.port})`).join(', ')}, which give a shell, a control plane or the data itself and are attacked within minutes of facing the internet (GDPR Art. 32(1)(b); the compliance engine reports the same as SOV-PUBLIC-EXPOSURE)`,
        fix: 'allow only your administrators\' and CI addresses (a VPN or bastion block with its country), or reach the hosts through the site-to-site tunnel.',
      });
    }
  }
  if (direction === Direction.OUT) {
    const policy = SovereigntyPolicy.of(scope);
    if (everything && peer._transferReason === undefined) {
      throw invalidInput({
        code: 'EGRESS_TO_ANYWHERE',
        what: `${what}.allowOutbound`,
        given: `${peer} on ${port}`,
        allowed: `destinations named by block and country (checked against the jurisdiction ${policy.jurisdiction.name}), or every address with an acknowledged transferReason`,
        fix: 'name the destinations (FirewallPeer.ipBlock(cidr, { country })), or pass FirewallPeer.anywhere({ transferReason: "…" }) saying why the hosts must reach every address.',
      });
    }
    if (!everything && publicBlock) {
      if (peer._country === undefined) {
        throw invalidInput({
          code: 'MISSING_COUNTRY',
          what: `${what}.allowOutbound`,
          given: `${peer}`,
          allowed: `a destination whose country is known, to check it against the jurisdiction (${policy.jurisdiction.name})`,
          fix: 'pass { country: "DE" } (the ISO code of the country where the addresses are) to FirewallPeer.ipBlock.',
        });
      }
      if (!Token.isUnresolved(peer._country)) {
        const check = policy.jurisdiction.check(peer._country);
        if (!check.allowed && peer._transferReason === undefined) {
          throw invalidInput({
            code: 'DESTINATION_OUTSIDE_JURISDICTION',
            what: `${what}.allowOutbound`,
            given: `${peer}`,
            allowed: `destinations in the policy's jurisdiction (${policy.jurisdiction.name}). ${check.reason}`,
            fix: 'choose a destination in an allowed country, or record the GDPR Chapter V safeguard as transferReason.',
          });
        }
      }
    }
  }
  return { direction, peer, port, description, ipv4, ipv6 };
}

/** Report a public entry point where the user (and auditors) see it. @internal */
export function reportPublicEntryPoint(owner: IConstruct, resource: IConstruct, name: string, kind: PublicEntryPointKind): PublicEntryPoint {
  Annotations.of(resource).addInfo(`Public entry point "${name}" (${kind}) of network ${owner.node.path}: it has a public address; everything else in the network has none.`);
  return { name, kind, constructPath: resource.node.path };
}
