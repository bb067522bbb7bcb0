/*
 * UpcloudNetwork: an SDN private network in one zone with its router, servers with one private
 * interface only, and public entry points only by name: a managed NAT gateway (`addNatGateway`),
 * a server with a public IPv4 interface behind a stateless firewall that ends in drop both ways
 * (`addGateway`), the VPN gateway of UpcloudGatewayVpn.
 * Arguments (UpCloudLtd/upcloud v5.41.0):
 *   https://github.com/UpCloudLtd/terraform-provider-upcloud/blob/v5.41.0/docs/resources/router.md
 *   …/network.md, …/server.md, …/firewall_rules.md, …/gateway.md
 * Facts (lib/catalog/networks.ts): UpCloud does not encrypt SDN private networks; the server
 * firewall filters public and utility traffic only ("SDN private networks are excluded") and is
 * stateless, so a server without public interface is reachable only from the private network.
 * Without a gateway the network's DHCP gives no default route: no way out.
 */
import { TerraformResource, Token } from 'cdktf';
import { Construct } from 'constructs';
import { UpcloudFirewallRules, UpcloudGateway, UpcloudNetworkResource, UpcloudRouter } from '../../bindings/upcloud/network';
import { PRIVATE_NETWORKS } from '../../catalog/networks';
import { LocationKind } from '../../catalog/types';
import { SovereigntyLabels } from '../../core/labels';
import { SovereigntyPolicy } from '../../core/policy';
import { invalidInput } from '../../errors';
import { nameFromPath } from '../../util/names';
import { resolveNetworkLocation } from '../location';
import { CheckedRule, checkRule, Direction, ISovereignNetwork, PublicEntryPoint, PublicEntryPointKind, reportPublicEntryPoint } from '../network';
import { FirewallPeer } from '../peer';
import { FirewallPort, FirewallProtocol } from '../port';
import { privateIpv4Block } from '../subnets';
import { statelessRules } from './firewall';
import { IUpcloudServer, UpcloudServer, UpcloudServerOptions } from './server';

/** Settings of an `UpcloudNetwork`. */
export interface UpcloudNetworkProps {
  /** Zone (`de-fra1`, `fi-hel1`, `nl-ams1`, `pl-waw1`, `es-mad1`, `se-sto1`, `dk-cph1`, …), within the policy's jurisdiction. */
  readonly zone: string;
  /**
   * Name of the network and router.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * The network's IPv4 subnet ("Network must have exactly one IP subnet", network.md): RFC 1918, /8 to /29.
   * @default "10.0.0.0/22"
   */
  readonly ipv4Cidr?: string;
  /**
   * Additional labels. `jurisdiction` is set by the construct.
   * @default - only the construct's labels
   */
  readonly labels?: { [key: string]: string };
}

/** Settings of `UpcloudNetwork.addNatGateway`. */
export interface UpcloudNatGatewayOptions {
  /**
   * Gateway plan (`development`, `standard`, `production`, `advanced`).
   * @default "standard"
   */
  readonly plan?: string;
}

// Our bound: DHCP, the router and a gateway take addresses of the subnet.
const BOUNDS = { min: 8, max: 29, source: 'the subnet needs addresses for DHCP, the router and a gateway besides the hosts' };
const PLANS = ['development', 'standard', 'production', 'advanced'];

/**
 * A private UpCloud SDN network in one zone: servers with a private interface only
 * (`addServer`), and public entry points only by name.
 *
 * @example
 * const network = new UpcloudNetwork(stack, 'Network', { zone: 'de-fra1' });
 * network.addServer('Db', { plan: '2xCPU-4GB', template: 'Debian GNU/Linux 12 (Bookworm)' });
 */
export class UpcloudNetwork extends Construct implements ISovereignNetwork {
  public readonly providerId = 'upcloud';
  public readonly location: string;
  public readonly countries: string[];
  public readonly ipv4Cidr: string;
  public readonly subnetCidrs: string[];
  public readonly networkId: string;
  /** The router id. */
  public readonly routerId: string;
  /** Whether UpCloud encrypts traffic on the network (it does not: use WireGuard or CNI encryption). */
  public readonly encryptedByProvider: boolean;
  /** The `upcloud_network` resource (escape hatch). */
  public readonly resource: TerraformResource;
  /** The `upcloud_router` resource. */
  public readonly router: TerraformResource;

  private readonly rules: CheckedRule[] = [];
  private readonly entryPoints: PublicEntryPoint[] = [];
  private readonly labels: { [key: string]: string };
  private readonly name: string;
  private gateways = 0;

  constructor(scope: Construct, id: string, props: UpcloudNetworkProps) {
    super(scope, id);
    if (props === undefined || props === null || typeof props !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: 'UpcloudNetwork props', given: props, allowed: 'an UpcloudNetworkProps object', fix: 'pass { zone: "de-fra1" }.' });
    }
    const located = resolveNetworkLocation(this, 'UpcloudNetwork', 'upcloud', props.zone, [LocationKind.LOCATION]);
    this.location = located.region.code;
    this.countries = located.countries;
    this.encryptedByProvider = PRIVATE_NETWORKS.upcloud.encryptedByProvider;
    const name = props.name ?? nameFromPath(this, 63, 'net');
    if (!Token.isUnresolved(name) && (name.length === 0 || name.length > 64)) {
      throw invalidInput({ code: 'INVALID_NETWORK_NAME', what: 'UpcloudNetwork name', given: name, allowed: '1 to 64 characters', fix: 'shorten the name.' });
    }
    this.name = name;
    const block = privateIpv4Block('UpcloudNetwork ipv4Cidr', props.ipv4Cidr ?? '10.0.0.0/22', BOUNDS);
    this.ipv4Cidr = block.text;
    this.subnetCidrs = [block.text];
    this.labels = { ...(props.labels ?? {}), [SovereigntyLabels.TAG_JURISDICTION]: SovereigntyLabels.labelValue(SovereigntyPolicy.of(this).jurisdiction.name) };

    this.router = new UpcloudRouter(this, 'Router', () => ({ name, labels: this.labels }));
    this.routerId = this.router.getStringAttribute('id');
    this.resource = new UpcloudNetworkResource(this, 'Resource', () => ({
      name, zone: this.location, routerId: this.routerId, address: this.ipv4Cidr, dhcpDefaultRoute: this.gateways > 0, labels: this.labels,
    }));
    this.networkId = this.resource.getStringAttribute('id');
  }

  public get publicEntryPoints(): PublicEntryPoint[] {
    return [...this.entryPoints];
  }

  /**
   * Allow inbound traffic to the network's public entry-point servers (`addGateway`), with the
   * replies: UpCloud's firewall is stateless. Private interfaces are not filtered by UpCloud.
   */
  public allowInbound(peer: FirewallPeer, port: FirewallPort, description?: string): void {
    this.rules.push(this.check(Direction.IN, peer, port, description));
  }

  /** Allow the entry-point servers to send to `peer` on `port`, with the replies. */
  public allowOutbound(peer: FirewallPeer, port: FirewallPort, description?: string): void {
    this.rules.push(this.check(Direction.OUT, peer, port, description));
  }

  /** A server with one private interface: no public IPv4/IPv6, no utility network. */
  public addServer(id: string, options: UpcloudServerOptions): IUpcloudServer {
    return new UpcloudServer(this, id, this.parent(), options, false);
  }

  /**
   * A named public entry point: a server with a public IPv4 interface (and its private one), its
   * firewall on, admitting only what `allowInbound` / `allowOutbound` name and dropping the rest
   * both ways. Use it as WireGuard endpoint or bastion.
   */
  public addGateway(id: string, options: UpcloudServerOptions): IUpcloudServer {
    const server = new UpcloudServer(this, id, this.parent(), options, true);
    new UpcloudFirewallRules(server, 'Firewall', () => ({ serverId: server.serverId, rules: statelessRules(this.rules) }));
    this.entryPoints.push(reportPublicEntryPoint(this, server.resource, id, PublicEntryPointKind.GATEWAY));
    return server;
  }

  /**
   * A named public entry point: UpCloud's managed NAT gateway on the network's router, giving
   * the servers outbound internet access through its public address (DHCP then gives the router
   * as default route). Reported as such.
   */
  public addNatGateway(id: string, options: UpcloudNatGatewayOptions = {}): TerraformResource {
    const plan = options.plan ?? 'standard';
    if (!PLANS.includes(plan)) {
      throw invalidInput({ code: 'INVALID_CHOICE', what: `UpcloudNetwork.addNatGateway "${id}" plan`, given: plan, allowed: PLANS.join(', '), fix: 'use "standard", or "production" for two gateway servers.' });
    }
    const gateway = new UpcloudGateway(this, id, () => ({ name: this._gatewayName(id), zone: this.location, features: ['nat'], plan, routerId: this.routerId, labels: this.labels }));
    this._attachGateway(reportPublicEntryPoint(this, gateway, id, PublicEntryPointKind.GATEWAY));
    return gateway;
  }

  /** A gateway was attached to the router: DHCP gives the router as default route. @internal */
  public _attachGateway(entry: PublicEntryPoint): void {
    this.gateways++;
    this.entryPoints.push(entry);
    // The gateway service adds static routes to the router (gateway.md): Terraform must not remove them.
    this.router.lifecycle = { ...(this.router.lifecycle ?? {}), ignoreChanges: ['static_route'] };
  }

  /** A unique gateway name ("Needs to be unique within the account", gateway.md). @internal */
  public _gatewayName(id: string): string {
    return `${this.name.slice(0, 50)}-${id.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`.slice(0, 64);
  }

  /** @internal */
  public get _labels(): { [key: string]: string } {
    return this.labels;
  }

  private parent() {
    return { zone: this.location, networkId: this.networkId, ipv4Cidr: this.ipv4Cidr, labels: this.labels };
  }

  private check(direction: Direction, peer: FirewallPeer, port: FirewallPort, description?: string): CheckedRule {
    const rule = checkRule(this, 'UpcloudNetwork', direction, peer, port, description);
    if (port.protocol === FirewallProtocol.ICMP && rule.ipv6.length > 0) {
      throw invalidInput({ code: 'IPV6_NOT_SUPPORTED', what: `UpcloudNetwork.${direction === Direction.IN ? 'allowInbound' : 'allowOutbound'} peer`, given: `${peer} on ${port}`, allowed: 'ICMP rules for IPv4 blocks (firewall_rules.md documents protocol icmp, not ICMPv6)', fix: 'use FirewallPeer.anyIpv4() or an IPv4 block for ICMP.' });
    }
    return rule;
  }
}
