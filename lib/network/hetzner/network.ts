/*
 * HetznerNetwork: a Hetzner Cloud Network with cloud subnets in one network zone, servers with
 * private addresses only, and a Firewall for the network's named public entry points.
 * Arguments (hetznercloud/hcloud v1.68.0):
 *   https://github.com/hetznercloud/terraform-provider-hcloud/blob/v1.68.0/docs/resources/network.md
 *   …/network_subnet.md, …/network_route.md, …/firewall.md, …/server.md
 * Facts (lib/catalog/networks.ts): Networks are IPv4 only and not encrypted by Hetzner; Firewalls
 * filter public interfaces only (API error private_net_only_server), so a server without public
 * address is reachable only from inside the network; without outbound rules a Firewall allows
 * all outbound traffic (Firewalls FAQ), so the Firewall here always has outbound rules.
 */
import { TerraformResource, Token } from 'cdktf';
import { Construct } from 'constructs';
import { HcloudFirewall, HcloudFirewallRule, HcloudNetwork, HcloudNetworkRoute, HcloudNetworkSubnet } from '../../bindings/hcloud/resources';
import { HETZNER_NETWORK_ZONES, PRIVATE_NETWORKS } from '../../catalog/networks';
import { LocationKind } from '../../catalog/types';
import { SovereigntyLabels } from '../../core/labels';
import { SovereigntyPolicy } from '../../core/policy';
import { invalidInput } from '../../errors';
import { AddressBlock, contains, isPrivate, overlaps, parseBlock, subBlock } from '../../util/addresses';
import { nameFromPath } from '../../util/names';
import { resolveNetworkLocation } from '../location';
import { CheckedRule, checkRule, Direction, ISovereignNetwork, PublicEntryPoint, PublicEntryPointKind, reportPublicEntryPoint } from '../network';
import { FirewallPeer } from '../peer';
import { FirewallPort, FirewallProtocol } from '../port';
import { HetznerServer, HetznerServerOptions, IHetznerServer } from './server';

/** Settings of a `HetznerNetwork`. */
export interface HetznerNetworkProps {
  /** Location of the network's servers: `fsn1` or `nbg1` (Germany), `hel1` (Finland); within the policy's jurisdiction. */
  readonly location: string;
  /**
   * Network name (1 to 63 lower-case letters, digits and `-`; also a label value).
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * The network's IPv4 block: a private range of RFC 1918 (network.md), prefix /8 to /24.
   * @default "10.0.0.0/16"
   */
  readonly ipv4Cidr?: string;
  /**
   * Cloud subnets, inside the network's block, not overlapping.
   * @default - one block four bits longer than the network's (10.0.0.0/20 for a /16)
   */
  readonly subnetCidrs?: string[];
  /**
   * Additional labels on the network, firewall and servers. `jurisdiction` is set by the construct.
   * @default - only the construct's labels
   */
  readonly labels?: { [key: string]: string };
}

/** Settings of `HetznerNetwork.addGateway`. */
export interface HetznerGatewayOptions extends HetznerServerOptions {
  /**
   * Give the gateway a public IPv6 address too.
   * @default false - IPv4 only
   */
  readonly publicIpv6?: boolean;
}

const LABEL_VALUE = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const ENTRY_LABEL = 'sovereign-public-entry';

/**
 * A private Hetzner Cloud Network in one location: cloud subnets, servers without public
 * addresses (`addServer`), and named public entry points (`addGateway`) behind a Firewall that
 * admits nothing inbound until `allowInbound` and lets them send only into the network until
 * `allowOutbound`.
 *
 * @example
 * const network = new HetznerNetwork(stack, 'Network', { location: 'fsn1' });
 * network.addServer('Db', { serverType: 'cx33', image: 'debian-12' });
 */
export class HetznerNetwork extends Construct implements ISovereignNetwork {
  public readonly providerId = 'hetzner';
  public readonly location: string;
  public readonly countries: string[];
  public readonly ipv4Cidr: string;
  public readonly subnetCidrs: string[];
  public readonly networkId: string;
  /** The network zone of the location (`eu-central`). */
  public readonly networkZone: string;
  /** The network name. */
  public readonly networkName: string;
  /** Subnet ids, in order. */
  public readonly subnetIds: string[];
  /** Whether Hetzner encrypts traffic on the network (it does not: use WireGuard or CNI encryption). */
  public readonly encryptedByProvider: boolean;
  /** The `hcloud_network` resource (escape hatch). */
  public readonly resource: TerraformResource;
  /** The `hcloud_network_subnet` resources, in order. */
  public readonly subnets: TerraformResource[];
  /** The `hcloud_firewall` of the public entry points. */
  public readonly firewall: TerraformResource;
  /** The firewall id. */
  public readonly firewallId: string;

  private readonly block: AddressBlock;
  private readonly rules: CheckedRule[] = [];
  private readonly entryPoints: PublicEntryPoint[] = [];
  private readonly labels: { [key: string]: string };
  private readonly routes: AddressBlock[] = [];

  constructor(scope: Construct, id: string, props: HetznerNetworkProps) {
    super(scope, id);
    if (props === undefined || props === null || typeof props !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: 'HetznerNetwork props', given: props, allowed: 'a HetznerNetworkProps object', fix: 'pass { location: "fsn1" }.' });
    }
    const located = resolveNetworkLocation(this, 'HetznerNetwork', 'hetzner', props.location, [LocationKind.LOCATION]);
    this.location = located.region.code;
    this.countries = located.countries;
    this.networkZone = HETZNER_NETWORK_ZONES[this.location];
    this.encryptedByProvider = PRIVATE_NETWORKS.hetzner.encryptedByProvider;
    const name = props.name ?? nameFromPath(this, 63, 'net');
    if (!Token.isUnresolved(name) && !LABEL_VALUE.test(name)) {
      throw invalidInput({ code: 'INVALID_NETWORK_NAME', what: 'HetznerNetwork name', given: name, allowed: '1 to 63 lower-case letters, digits and "-", starting and ending with a letter or digit (also used as a label value)', fix: 'rename the network, e.g. "prod-eu".' });
    }
    this.networkName = name;
    this.block = parseBlock('HetznerNetwork ipv4Cidr', props.ipv4Cidr ?? '10.0.0.0/16', { version: 4, allowed: 'an IPv4 block such as "10.0.0.0/16" (Hetzner Networks are IPv4 only)' });
    if (!isPrivate(this.block) || this.block.prefix > 24) {
      throw invalidInput({ code: 'NETWORK_CIDR_NOT_ALLOWED', what: 'HetznerNetwork ipv4Cidr', given: this.block.text, allowed: 'a block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 ("Must be one of the private ipv4 ranges of RFC1918", network.md) with a prefix up to /24', fix: 'use a private block such as "10.0.0.0/16".' });
    }
    this.ipv4Cidr = this.block.text;
    const subnetBlocks = this.subnetBlocks(props.subnetCidrs);
    this.subnetCidrs = subnetBlocks.map((b) => b.text);
    const policy = SovereigntyPolicy.of(this);
    this.labels = { ...(props.labels ?? {}), [SovereigntyLabels.TAG_JURISDICTION]: SovereigntyLabels.labelValue(policy.jurisdiction.name) };

    this.resource = new HcloudNetwork(this, 'Resource', () => ({ name, ipRange: this.ipv4Cidr, labels: this.labels }));
    this.networkId = this.resource.getStringAttribute('id');
    this.subnets = subnetBlocks.map((b, i) => new HcloudNetworkSubnet(this, `Subnet${i}`, () => ({
      networkId: this.networkId, type: 'cloud', networkZone: this.networkZone, ipRange: b.text,
    })));
    this.subnetIds = this.subnets.map((s) => s.getStringAttribute('id'));
    this.firewall = new HcloudFirewall(this, 'Firewall', () => ({
      name: `${name.slice(0, 55)}-entry`,
      labels: this.labels,
      rules: this.renderRules(),
      applyToLabelSelectors: [`${ENTRY_LABEL}=${name}`],
    }));
    this.firewallId = this.firewall.getStringAttribute('id');
  }

  public get publicEntryPoints(): PublicEntryPoint[] {
    return [...this.entryPoints];
  }

  /**
   * Allow inbound traffic to the network's public entry points. Servers without public address
   * are not behind the Firewall: Hetzner filters only public interfaces.
   */
  public allowInbound(peer: FirewallPeer, port: FirewallPort, description?: string): void {
    this.rules.push(checkRule(this, 'HetznerNetwork', Direction.IN, peer, port, description));
  }

  /** Allow the public entry points to send to `to` (the network itself is always allowed). */
  public allowOutbound(peer: FirewallPeer, port: FirewallPort, description?: string): void {
    this.rules.push(checkRule(this, 'HetznerNetwork', Direction.OUT, peer, port, description));
  }

  /** A server with a private address only (`public_net { ipv4_enabled = false, ipv6_enabled = false }`). */
  public addServer(id: string, options: HetznerServerOptions): IHetznerServer {
    return new HetznerServer(this, id, this.parent(), options, { publicIpv4: false, publicIpv6: false, extraLabels: {} });
  }

  /**
   * A named public entry point: a server with a public IPv4 address (and IPv6 if asked) behind
   * the network's Firewall, reported as a public entry point. Use it as WireGuard endpoint or
   * bastion; its private address defaults to the subnet's second-to-last address.
   */
  public addGateway(id: string, options: HetznerGatewayOptions): IHetznerServer {
    const server = new HetznerServer(this, id, this.parent(), options, {
      publicIpv4: true,
      publicIpv6: options.publicIpv6 ?? false,
      extraLabels: { [ENTRY_LABEL]: this.networkName },
      defaultIpOffsetFromEnd: 2,
    });
    this.entryPoints.push(reportPublicEntryPoint(this, server.resource, id, PublicEntryPointKind.GATEWAY));
    return server;
  }

  /**
   * Route `destination` through `gateway` (e.g. the on-premises block through the WireGuard
   * gateway). network_route.md: the destination must lie inside the network's block and must
   * not overlap a subnet or another route.
   */
  public addRoute(id: string, destination: string, gateway: IHetznerServer): void {
    const what = `HetznerNetwork.addRoute "${id}" destination`;
    const block = parseBlock(what, destination, { version: 4, allowed: 'an IPv4 block' });
    if (!contains(this.block, block)) {
      throw invalidInput({ code: 'ROUTE_OUTSIDE_NETWORK', what, given: destination, allowed: `a block inside the network's ${this.ipv4Cidr} ("Must be a subnet of the ip_range of the Network", network_route.md)`, fix: `widen ipv4Cidr to cover ${destination} (e.g. 10.0.0.0/8 with the cloud subnets and the on-premises block inside it).` });
    }
    const clash = [...this.subnetCidrs.map((c) => parseBlock('subnet', c)), ...this.routes].find((b) => overlaps(b, block));
    if (clash) {
      throw invalidInput({ code: 'ROUTE_OVERLAPS', what, given: destination, allowed: `a block that overlaps no subnet or route; it overlaps ${clash.text}`, fix: 'choose the block of the remote site only.' });
    }
    if (gateway.privateIp === undefined) {
      throw invalidInput({ code: 'GATEWAY_WITHOUT_ADDRESS', what: `HetznerNetwork.addRoute "${id}" gateway`, given: gateway.node.path, allowed: 'a server with a fixed privateIp (addGateway gives one)', fix: 'pass privateIp to the server, or use addGateway.' });
    }
    this.routes.push(block);
    new HcloudNetworkRoute(this, id, () => ({ networkId: this.networkId, destination: block.text, gateway: gateway.privateIp! }), undefined, [gateway.resource]);
  }

  private parent() {
    return { location: this.location, networkId: this.networkId, subnetIds: this.subnetIds, subnetCidrs: this.subnetCidrs, subnets: this.subnets, baseLabels: this.labels };
  }

  private subnetBlocks(given: string[] | undefined): AddressBlock[] {
    if (given === undefined) return [subBlock(this.block, Math.min(this.block.prefix + 4, 30), 0)];
    if (!Array.isArray(given) || given.length === 0) {
      throw invalidInput({ code: 'NO_SUBNETS', what: 'HetznerNetwork subnetCidrs', given, allowed: 'one or more blocks inside the network block', fix: 'list at least one subnet, or omit subnetCidrs.' });
    }
    const blocks = given.map((text, i) => parseBlock(`HetznerNetwork subnetCidrs[${i}]`, text, { version: 4, allowed: 'an IPv4 block inside the network block' }));
    blocks.forEach((b, i) => {
      if (!contains(this.block, b)) {
        throw invalidInput({ code: 'SUBNET_OUTSIDE_NETWORK', what: `HetznerNetwork subnetCidrs[${i}]`, given: b.text, allowed: `a block inside ${this.block.text} ("Must be a subnet of the ip_range of the Network", network_subnet.md)`, fix: `choose a block inside ${this.block.text}, or widen ipv4Cidr.` });
      }
      const other = blocks.slice(0, i).findIndex((o) => overlaps(o, b));
      if (other >= 0) {
        throw invalidInput({ code: 'SUBNET_CIDRS_OVERLAP', what: `HetznerNetwork subnetCidrs[${i}]`, given: b.text, allowed: `blocks that do not overlap; it overlaps subnetCidrs[${other}] ${blocks[other].text}`, fix: 'give each subnet its own block.' });
      }
    });
    return blocks;
  }

  /** Inbound: only the added rules. Outbound: the network itself, then the added rules. */
  private renderRules(): HcloudFirewallRule[] {
    const out: HcloudFirewallRule[] = [];
    const description = 'Into the network only (cdktf-sovereign)';
    for (const protocol of ['tcp', 'udp']) out.push({ direction: 'out', protocol, port: 'any', destinationIps: [this.ipv4Cidr], description });
    out.push({ direction: 'out', protocol: 'icmp', destinationIps: [this.ipv4Cidr], description });
    for (const rule of this.rules) {
      const ips = [...rule.ipv4, ...rule.ipv6];
      const port = rule.port.protocol === FirewallProtocol.ICMP ? undefined
        : rule.port.allPorts ? 'any'
          : rule.port.fromPort === rule.port.toPort ? `${rule.port.fromPort}` : `${rule.port.fromPort}-${rule.port.toPort}`;
      out.push({
        direction: rule.direction,
        protocol: rule.port.protocol,
        port,
        sourceIps: rule.direction === Direction.IN ? ips : undefined,
        destinationIps: rule.direction === Direction.OUT ? ips : undefined,
        description: rule.description ?? `${rule.direction === Direction.IN ? 'From' : 'To'} ${rule.peer} on ${rule.port}`.slice(0, 255),
      });
    }
    return out;
  }
}
