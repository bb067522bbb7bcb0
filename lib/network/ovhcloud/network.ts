/*
 * OvhcloudNetwork: a Public Cloud private network (vRack VLAN) in one region with DHCP subnets,
 * a security group without inbound rule on every instance's interface, instances without public
 * interface, and a managed gateway (NAT) only as a named entry point.
 * Arguments (ovh/ovh v2.19.0):
 *   https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources/cloud_network_private_vrack.md
 *   …/cloud_network_private_vrack_subnet.md, …/cloud_security_group.md, …/cloud_instance.md, …/cloud_gateway.md
 * Facts (lib/catalog/networks.ts): private networks are layer-2 VLANs OVHcloud does not encrypt;
 * a security group applies to every interface of an instance, private ones too, so hosts of the
 * network reach each other only where `allowInbound(FirewallPeer.network(network), …)` says so;
 * OpenStack gives every new group an allow-all egress rule that the resource does not manage, so
 * egress is limited by routing: no public interface and no gateway, no way out of the network.
 * The project must be attached to a vRack (`ovh_vrack_cloudproject`) before networks are created.
 */
import { Annotations, TerraformResource, Token } from 'cdktf';
import { Construct } from 'constructs';
import { OvhGateway, OvhPrivateNetwork, OvhPrivateSubnet, OvhSecurityGroup, OvhSecurityGroupRule } from '../../bindings/ovh/network';
import { PRIVATE_NETWORKS } from '../../catalog/networks';
import { LocationKind } from '../../catalog/types';
import { invalidInput } from '../../errors';
import { AddressBlock } from '../../util/addresses';
import { nameFromPath } from '../../util/names';
import { resolveNetworkLocation } from '../location';
import { CheckedRule, checkRule, Direction, ISovereignNetwork, PublicEntryPoint, PublicEntryPointKind, reportPublicEntryPoint } from '../network';
import { FirewallPeer } from '../peer';
import { FirewallPort, FirewallProtocol } from '../port';
import { privateIpv4Block, subnetBlocks } from '../subnets';
import { IOvhcloudServer, OvhcloudServer, OvhcloudServerOptions } from './server';

/** Settings of an `OvhcloudNetwork`. */
export interface OvhcloudNetworkProps {
  /** The Public Cloud project id (`service_name`). */
  readonly serviceName: string;
  /** Public Cloud region as the compute API names it (`GRA11`, `SBG5`, `DE1`, `WAW1`, `EU-WEST-PAR`, …), within the policy's jurisdiction. */
  readonly region: string;
  /**
   * Name of the network, its subnets and security group.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * VLAN id of the network in the vRack, 0 to 4096 (cloud_network_private_vrack.md).
   * @default - assigned by OVHcloud
   */
  readonly vlanId?: number;
  /**
   * The network's IPv4 block, which its subnets divide: RFC 1918, prefix /8 to /28.
   * @default "10.0.0.0/16"
   */
  readonly ipv4Cidr?: string;
  /**
   * DHCP subnets, inside the network's block, not overlapping.
   * @default - one block four bits longer than the network's (10.0.0.0/20 for a /16)
   */
  readonly subnetCidrs?: string[];
}

/** Settings of `OvhcloudNetwork.addGateway`. */
export interface OvhcloudGatewayOptions {
  /**
   * Gateway size: `S`, `M`, `L`, `XL`, `2XL` or `3XL` (cloud_gateway.md).
   * @default "S"
   */
  readonly model?: string;
}

// An OpenStack subnet needs addresses for its gateway and DHCP port besides the hosts (our bound, not OVHcloud's).
const BOUNDS = { min: 8, max: 28, source: 'a subnet needs addresses for its gateway and DHCP port besides the hosts' };
const MODELS = ['S', 'M', 'L', 'XL', '2XL', '3XL'];

/**
 * A private OVHcloud Public Cloud network in one region: DHCP subnets, instances without public
 * interface (`addServer`) behind a security group without inbound rule, and a managed gateway as
 * the only, named way out (`addGateway`).
 *
 * @example
 * const network = new OvhcloudNetwork(stack, 'Network', { serviceName: project, region: 'GRA11' });
 * network.addServer('Db', { flavorId, imageId });
 */
export class OvhcloudNetwork extends Construct implements ISovereignNetwork {
  public readonly providerId = 'ovhcloud';
  /** The region as given (the compute API's spelling, e.g. `GRA11`). */
  public readonly location: string;
  public readonly countries: string[];
  public readonly ipv4Cidr: string;
  public readonly subnetCidrs: string[];
  public readonly networkId: string;
  /** The Public Cloud project id. */
  public readonly serviceName: string;
  /** Subnet ids, in order. */
  public readonly subnetIds: string[];
  /** The security group id (on every instance of the network). */
  public readonly securityGroupId: string;
  /** Whether OVHcloud encrypts traffic on the network (it does not: use WireGuard or CNI encryption). */
  public readonly encryptedByProvider: boolean;
  /** The `ovh_cloud_network_private_vrack` resource (escape hatch). */
  public readonly resource: TerraformResource;
  /** The `ovh_cloud_network_private_vrack_subnet` resources, in order. */
  public readonly subnets: TerraformResource[];
  /** The `ovh_cloud_security_group` resource. */
  public readonly securityGroup: TerraformResource;

  private readonly rules: CheckedRule[] = [];
  private readonly entryPoints: PublicEntryPoint[] = [];
  private readonly name: string;

  constructor(scope: Construct, id: string, props: OvhcloudNetworkProps) {
    super(scope, id);
    if (props === undefined || props === null || typeof props !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: 'OvhcloudNetwork props', given: props, allowed: 'an OvhcloudNetworkProps object', fix: 'pass { serviceName, region: "GRA11" }.' });
    }
    if (typeof props.serviceName !== 'string' || props.serviceName.length === 0) {
      throw invalidInput({ code: 'MISSING_ARGUMENT', what: 'OvhcloudNetwork serviceName', given: props.serviceName, allowed: 'the Public Cloud project id (32 hexadecimal characters) or a reference to it', fix: 'pass the project id, e.g. from a variable.' });
    }
    const located = resolveNetworkLocation(this, 'OvhcloudNetwork', 'ovhcloud', props.region, [LocationKind.REGION]);
    this.location = props.region;
    this.countries = located.countries;
    this.serviceName = props.serviceName;
    this.encryptedByProvider = PRIVATE_NETWORKS.ovhcloud.encryptedByProvider;
    const vlanId = props.vlanId;
    if (vlanId !== undefined && (!Number.isInteger(vlanId) || vlanId < 0 || vlanId > 4096)) {
      throw invalidInput({ code: 'INVALID_VLAN_ID', what: 'OvhcloudNetwork vlanId', given: vlanId, allowed: 'an integer from 0 to 4096 (cloud_network_private_vrack.md)', fix: 'choose a free VLAN of your vRack, or omit vlanId.' });
    }
    const name = props.name ?? nameFromPath(this, 63, 'net');
    if (!Token.isUnresolved(name) && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/.test(name)) {
      throw invalidInput({ code: 'INVALID_NETWORK_NAME', what: 'OvhcloudNetwork name', given: name, allowed: '1 to 63 letters, digits, ".", "_" and "-", starting with a letter or digit', fix: 'rename the network, e.g. "prod-gra".' });
    }
    this.name = name;
    const block = privateIpv4Block('OvhcloudNetwork ipv4Cidr', props.ipv4Cidr ?? '10.0.0.0/16', BOUNDS);
    this.ipv4Cidr = block.text;
    const blocks: AddressBlock[] = subnetBlocks('OvhcloudNetwork subnetCidrs', block, props.subnetCidrs, BOUNDS);
    this.subnetCidrs = blocks.map((b) => b.text);

    this.resource = new OvhPrivateNetwork(this, 'Resource', () => ({
      serviceName: this.serviceName, name, region: this.location, description: 'Private network (cdktf-sovereign)', vlanId,
    }));
    this.networkId = this.resource.getStringAttribute('id');
    this.subnets = blocks.map((b, i) => new OvhPrivateSubnet(this, `Subnet${i}`, () => ({
      serviceName: this.serviceName, networkId: this.networkId, name: `${name.slice(0, 55)}-${i}`, cidr: b.text, region: this.location,
    })));
    this.subnetIds = this.subnets.map((s) => s.getStringAttribute('id'));
    this.securityGroup = new OvhSecurityGroup(this, 'SecurityGroup', () => ({
      serviceName: this.serviceName,
      region: this.location,
      name: `${name.slice(0, 55)}-deny`,
      description: 'No inbound rule until allowed by name (cdktf-sovereign)',
      rules: this.renderRules(),
    }));
    this.securityGroupId = this.securityGroup.getStringAttribute('id');
  }

  public get publicEntryPoints(): PublicEntryPoint[] {
    return [...this.entryPoints];
  }

  /**
   * Allow inbound traffic to the network's instances — from other hosts of the network too:
   * the security group filters their private interfaces.
   */
  public allowInbound(peer: FirewallPeer, port: FirewallPort, description?: string): void {
    this.rules.push(this.check(Direction.IN, peer, port, description));
  }

  /**
   * Record an outbound rule (checked against the jurisdiction). OpenStack's default egress rule
   * of the group still allows all egress: what limits it is that the instances have no route out
   * except a gateway you add.
   */
  public allowOutbound(peer: FirewallPeer, port: FirewallPort, description?: string): void {
    this.rules.push(this.check(Direction.OUT, peer, port, description));
  }

  /** An instance with one private interface, behind the network's security group, without public address. */
  public addServer(id: string, options: OvhcloudServerOptions): IOvhcloudServer {
    return new OvhcloudServer(this, id, {
      serviceName: this.serviceName, region: this.location, networkId: this.networkId, subnetIds: this.subnetIds,
      subnetCidrs: this.subnetCidrs, subnets: this.subnets, securityGroupId: this.securityGroupId,
    }, options);
  }

  /**
   * A named public entry point: a managed gateway with an external IP on every subnet, giving the
   * instances outbound internet access through source NAT. Reported as such; its egress is not
   * filtered by the security group (OpenStack's default egress rule).
   */
  public addGateway(id: string, options: OvhcloudGatewayOptions = {}): TerraformResource {
    const model = options.model ?? 'S';
    if (!MODELS.includes(model)) {
      throw invalidInput({ code: 'INVALID_CHOICE', what: `OvhcloudNetwork.addGateway "${id}" model`, given: model, allowed: MODELS.join(', '), fix: 'use "S" unless you need the bandwidth.' });
    }
    const gateway = new OvhGateway(this, id, () => ({
      serviceName: this.serviceName,
      region: this.location,
      name: `${this.name.slice(0, 50)}-${id.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`.slice(0, 63),
      description: 'NAT gateway: the network\'s way out (cdktf-sovereign)',
      model,
      subnetIds: this.subnetIds,
    }));
    this.entryPoints.push(reportPublicEntryPoint(this, gateway, id, PublicEntryPointKind.GATEWAY));
    Annotations.of(gateway).addWarning(`Gateway "${id}" gives every instance of ${this.node.path} outbound internet access: OVHcloud security groups keep an allow-all egress rule the provider does not manage (cloud_security_group.md), so allowOutbound cannot narrow it. Filter egress on the hosts if the data must not leave.`);
    return gateway;
  }

  private check(direction: Direction, peer: FirewallPeer, port: FirewallPort, description?: string): CheckedRule {
    const rule = checkRule(this, 'OvhcloudNetwork', direction, peer, port, description);
    if (port.protocol === FirewallProtocol.ICMP && rule.ipv6.length > 0) {
      throw invalidInput({ code: 'IPV6_NOT_SUPPORTED', what: `OvhcloudNetwork.${direction === Direction.IN ? 'allowInbound' : 'allowOutbound'} peer`, given: `${peer} on ${port}`, allowed: 'ICMP rules for IPv4 blocks (cloud_security_group.md documents ICMP, not ICMPv6)', fix: 'use FirewallPeer.anyIpv4() or an IPv4 block for ICMP.' });
    }
    return rule;
  }

  private renderRules(): OvhSecurityGroupRule[] {
    const out: OvhSecurityGroupRule[] = [];
    for (const r of this.rules) {
      const ports = r.port.protocol === FirewallProtocol.ICMP || r.port.allPorts ? {} : { portRangeMin: r.port.fromPort, portRangeMax: r.port.toPort };
      const description = (r.description ?? `${r.direction === Direction.IN ? 'From' : 'To'} ${r.peer} on ${r.port}`).slice(0, 255);
      for (const [cidrs, ethernetType] of [[r.ipv4, 'IPV4'], [r.ipv6, 'IPV6']] as const) {
        for (const remoteIpPrefix of cidrs) {
          out.push({ direction: r.direction === Direction.IN ? 'INGRESS' : 'EGRESS', ethernetType, protocol: r.port.protocol.toUpperCase(), ...ports, remoteIpPrefix, description });
        }
      }
    }
    return out;
  }
}
