/*
 * ScalewayNetwork: a VPC with one regional Private Network, a security group that drops every
 * inbound and outbound packet not allowed by name, Instances without public addresses, and a
 * Public Gateway only as a named entry point.
 * Arguments (scaleway/scaleway v2.81.0):
 *   https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources/vpc.md
 *   …/vpc_private_network.md, …/instance_security_group.md, …/instance_server.md,
 *   …/vpc_public_gateway.md, …/vpc_public_gateway_ip.md, …/vpc_gateway_network.md
 * Facts (lib/catalog/networks.ts): Private Networks are layer-2 VLANs Scaleway does not encrypt;
 * security groups filter the public traffic of Instances; `inbound_default_policy` and
 * `outbound_default_policy` default to `accept` (instance_security_group.md), so both are set.
 */
import { TerraformResource, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { ScalewayGatewayNetwork, ScalewayInstanceServer, ScalewayPrivateNetwork, ScalewayPublicGateway, ScalewayPublicGatewayIp, ScalewaySecurityGroup, ScalewaySecurityGroupRule, ScalewayVpc } from '../../bindings/scaleway/network';
import { PRIVATE_NETWORKS } from '../../catalog/networks';
import { LocationKind } from '../../catalog/types';
import { SovereigntyLabels } from '../../core/labels';
import { SovereigntyPolicy } from '../../core/policy';
import { invalidInput } from '../../errors';
import { resolveScalewayZone } from '../../providers/scaleway/provider';
import { isPrivate, parseBlock } from '../../util/addresses';
import { nameFromPath } from '../../util/names';
import { resolveNetworkLocation } from '../location';
import { CheckedRule, checkRule, Direction, ISovereignNetwork, PublicEntryPoint, PublicEntryPointKind, reportPublicEntryPoint } from '../network';
import { FirewallPeer } from '../peer';
import { FirewallPort, FirewallProtocol } from '../port';

/** Settings of a `ScalewayNetwork`. */
export interface ScalewayNetworkProps {
  /** Region (`fr-par`, `nl-ams`, `pl-waw`, `it-mil`), within the policy's jurisdiction. */
  readonly region: string;
  /**
   * Zone of the security group, Instances and gateways (a zone of `region`).
   * @default - the region's first zone (`fr-par-1`)
   */
  readonly zone?: string;
  /**
   * Name of the VPC and Private Network.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * The Private Network's IPv4 subnet: inside a private range of RFC 1918, prefix /8 to /29.
   * @default "172.16.0.0/22"
   */
  readonly ipv4Cidr?: string;
  /**
   * Additional tags (`key=value` strings). `jurisdiction=<policy>` is set by the construct.
   * @default - only the construct's tags
   */
  readonly tags?: string[];
}

/** Settings of `ScalewayNetwork.addServer`. */
export interface ScalewayServerOptions {
  /** Commercial type, e.g. `PRO2-S`. */
  readonly commercialType: string;
  /** Image label or UUID, e.g. `debian_bookworm`. */
  readonly image: string;
  /**
   * Server name.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * cloud-init user data, e.g. `WireGuardInterface.toCloudInit()`.
   * @default - none
   */
  readonly cloudInit?: string;
}

/** Settings of `ScalewayNetwork.addPublicGateway`. */
export interface ScalewayPublicGatewayOptions {
  /**
   * Gateway type.
   * @default "VPC-GW-S"
   */
  readonly gatewayType?: string;
  /**
   * Source NAT for the Private Network (outbound internet through the gateway's address) and
   * the default route pushed to its hosts.
   * @default true
   */
  readonly masquerade?: boolean;
}

/** A server of a ScalewayNetwork. */
export interface IScalewayServer extends IConstruct {
  /** The `scaleway_instance_server` resource (escape hatch). */
  readonly resource: TerraformResource;
  /** The server id (a Terraform reference). */
  readonly serverId: string;
}

/**
 * A private Scaleway network in one region: a VPC with a Private Network, Instances without
 * public addresses, and a security group that drops every packet not allowed by name.
 *
 * @example
 * const network = new ScalewayNetwork(stack, 'Network', { region: 'fr-par' });
 * network.addServer('Db', { commercialType: 'PRO2-S', image: 'debian_bookworm' });
 */
export class ScalewayNetwork extends Construct implements ISovereignNetwork {
  public readonly providerId = 'scaleway';
  public readonly location: string;
  public readonly countries: string[];
  public readonly ipv4Cidr: string;
  public readonly subnetCidrs: string[];
  public readonly networkId: string;
  /** The zone of the security group, Instances and gateways. */
  public readonly zone: string;
  /** The VPC id. */
  public readonly vpcId: string;
  /** The security group id. */
  public readonly securityGroupId: string;
  /** Whether Scaleway encrypts traffic on the network (it does not: use WireGuard or CNI encryption). */
  public readonly encryptedByProvider: boolean;
  /** The `scaleway_vpc_private_network` resource (escape hatch). */
  public readonly resource: TerraformResource;
  /** The `scaleway_vpc` resource. */
  public readonly vpc: TerraformResource;
  /** The `scaleway_instance_security_group` resource. */
  public readonly securityGroup: TerraformResource;

  private readonly rules: CheckedRule[] = [];
  private readonly entryPoints: PublicEntryPoint[] = [];
  private readonly tags: string[];
  private readonly name: string;

  constructor(scope: Construct, id: string, props: ScalewayNetworkProps) {
    super(scope, id);
    if (props === undefined || props === null || typeof props !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: 'ScalewayNetwork props', given: props, allowed: 'a ScalewayNetworkProps object', fix: 'pass { region: "fr-par" }.' });
    }
    const located = resolveNetworkLocation(this, 'ScalewayNetwork', 'scaleway', props.region, [LocationKind.REGION]);
    this.location = located.region.code;
    this.countries = located.countries;
    this.zone = resolveScalewayZone(this, 'ScalewayNetwork', this.location, props.zone);
    this.encryptedByProvider = PRIVATE_NETWORKS.scaleway.encryptedByProvider;
    const name = props.name ?? nameFromPath(this, 63, 'net');
    if (!Token.isUnresolved(name) && !/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(name)) {
      throw invalidInput({ code: 'INVALID_NETWORK_NAME', what: 'ScalewayNetwork name', given: name, allowed: '1 to 63 lower-case letters, digits and "-"', fix: 'rename the network, e.g. "prod-par".' });
    }
    this.name = name;
    const block = parseBlock('ScalewayNetwork ipv4Cidr', props.ipv4Cidr ?? '172.16.0.0/22', { version: 4, allowed: 'an IPv4 block such as "172.16.0.0/22"' });
    if (!isPrivate(block) || block.prefix > 29) {
      throw invalidInput({ code: 'NETWORK_CIDR_NOT_ALLOWED', what: 'ScalewayNetwork ipv4Cidr', given: block.text, allowed: 'a block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16, prefix up to /29', fix: 'use a private block such as "172.16.0.0/22".' });
    }
    this.ipv4Cidr = block.text;
    this.subnetCidrs = [block.text];
    this.tags = [...(props.tags ?? []), `${SovereigntyLabels.TAG_JURISDICTION}=${SovereigntyLabels.labelValue(SovereigntyPolicy.of(this).jurisdiction.name)}`];

    this.vpc = new ScalewayVpc(this, 'Vpc', () => ({ name, region: this.location, tags: this.tags }));
    this.vpcId = this.vpc.getStringAttribute('id');
    this.resource = new ScalewayPrivateNetwork(this, 'Resource', () => ({ name, vpcId: this.vpcId, region: this.location, ipv4Subnet: this.ipv4Cidr, tags: this.tags }));
    this.networkId = this.resource.getStringAttribute('id');
    this.securityGroup = new ScalewaySecurityGroup(this, 'SecurityGroup', () => ({
      name: `${name.slice(0, 55)}-deny`,
      description: 'Drops every packet not allowed by name (cdktf-sovereign)',
      zone: this.zone,
      inbound: this.render(Direction.IN),
      outbound: this.render(Direction.OUT),
      tags: this.tags,
    }));
    this.securityGroupId = this.securityGroup.getStringAttribute('id');
  }

  public get publicEntryPoints(): PublicEntryPoint[] {
    return [...this.entryPoints];
  }

  /** Allow inbound public traffic to the network's Instances (none has a public address unless you add one). */
  public allowInbound(peer: FirewallPeer, port: FirewallPort, description?: string): void {
    this.rules.push(checkRule(this, 'ScalewayNetwork', Direction.IN, peer, port, description));
  }

  /** Allow outbound traffic from the Instances' public interfaces. */
  public allowOutbound(peer: FirewallPeer, port: FirewallPort, description?: string): void {
    this.rules.push(checkRule(this, 'ScalewayNetwork', Direction.OUT, peer, port, description));
  }

  /** An Instance on the Private Network, behind the security group, without public address. */
  public addServer(id: string, options: ScalewayServerOptions): IScalewayServer {
    return new ScalewayServer(this, id, this, options);
  }

  /**
   * A named public entry point: a Public Gateway with a flexible IP on the Private Network
   * (NAT for the hosts when `masquerade`, SSH bastion off), reported as such.
   */
  public addPublicGateway(id: string, options: ScalewayPublicGatewayOptions = {}): TerraformResource {
    const scope = new Construct(this, id);
    const ip = new ScalewayPublicGatewayIp(scope, 'Ip', () => ({ zone: this.zone, tags: this.tags }));
    const gateway = new ScalewayPublicGateway(scope, 'Resource', () => ({
      name: `${this.name.slice(0, 50)}-${id.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`.slice(0, 63),
      type: options.gatewayType ?? 'VPC-GW-S',
      zone: this.zone,
      ipId: ip.getStringAttribute('id'),
      tags: this.tags,
    }));
    const masquerade = options.masquerade ?? true;
    new ScalewayGatewayNetwork(scope, 'Attachment', () => ({
      gatewayId: gateway.getStringAttribute('id'), privateNetworkId: this.networkId, zone: this.zone, masquerade, pushDefaultRoute: masquerade,
    }));
    this.entryPoints.push(reportPublicEntryPoint(this, gateway, id, PublicEntryPointKind.GATEWAY));
    return gateway;
  }

  /** @internal */
  public _addEntryPoint(entry: PublicEntryPoint): void {
    this.entryPoints.push(entry);
  }

  /** @internal */
  public get _tags(): string[] {
    return this.tags;
  }

  private render(direction: Direction): ScalewaySecurityGroupRule[] {
    const out: ScalewaySecurityGroupRule[] = [];
    for (const r of this.rules.filter((x) => x.direction === direction)) {
      const protocol = r.port.protocol === FirewallProtocol.ICMP ? 'ICMP' : r.port.protocol.toUpperCase();
      const ports = r.port.protocol === FirewallProtocol.ICMP || r.port.allPorts ? {}
        : r.port.fromPort === r.port.toPort ? { port: r.port.fromPort } : { portRange: `${r.port.fromPort}-${r.port.toPort}` };
      // One rule per range: a rule takes one ip_range (IPv4 or IPv6).
      for (const ipRange of [...r.ipv4, ...r.ipv6]) out.push({ action: 'accept', protocol, ...ports, ipRange });
    }
    return out;
  }
}

/** An Instance of a ScalewayNetwork. @internal */
class ScalewayServer extends Construct implements IScalewayServer {
  public readonly resource: TerraformResource;
  public readonly serverId: string;

  constructor(scope: Construct, id: string, network: ScalewayNetwork, options: ScalewayServerOptions) {
    super(scope, id);
    const what = `ScalewayServer "${this.node.path}"`;
    if (options === undefined || options === null || typeof options !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: `${what} options`, given: options, allowed: 'a ScalewayServerOptions object', fix: 'pass { commercialType, image }.' });
    }
    for (const [name, value] of [['commercialType', options.commercialType], ['image', options.image]] as const) {
      if (typeof value !== 'string' || value.length === 0) {
        throw invalidInput({ code: 'MISSING_ARGUMENT', what: `${what} ${name}`, given: value, allowed: 'a non-empty string', fix: name === 'commercialType' ? 'pass a commercial type such as "PRO2-S".' : 'pass an image such as "debian_bookworm".' });
      }
    }
    const name = options.name ?? nameFromPath(this, 63, 'server');
    this.resource = new ScalewayInstanceServer(this, 'Resource', () => ({
      name,
      type: options.commercialType,
      image: options.image,
      zone: network.zone,
      securityGroupId: network.securityGroupId,
      privateNetworkId: network.networkId,
      cloudInit: options.cloudInit,
      tags: network._tags,
    }));
    this.serverId = this.resource.getStringAttribute('id');
  }
}
