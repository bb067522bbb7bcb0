/*
 * StackitNetwork: a STACKIT network in one region without gateway (no default route, so no
 * source NAT to the internet), a stateful security group without rules on every server's
 * interface, servers without public IP, and a public IP only on a named gateway server.
 * Arguments (stackitcloud/stackit v0.113.0):
 *   https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources/network.md
 *   …/security_group.md, …/security_group_rule.md, …/network_interface.md, …/server.md, …/public_ip.md
 * Facts (lib/catalog/networks.ts): STACKIT does not encrypt its networks; every network with a
 * gateway reaches the internet by source NAT; a new security group allows all egress and
 * ingress from its own members, and takes allow rules only — so egress is limited by routing
 * (`no_ipv4_gateway = true`) unless `internetEgress` is asked for, and reported as entry point then.
 */
import { TerraformResource, Token } from 'cdktf';
import { Construct } from 'constructs';
import { StackitNetworkResource, StackitPublicIp, StackitSecurityGroup, StackitSecurityGroupRule } from '../../bindings/stackit/network';
import { PRIVATE_NETWORKS } from '../../catalog/networks';
import { LocationKind } from '../../catalog/types';
import { SovereigntyLabels } from '../../core/labels';
import { SovereigntyPolicy } from '../../core/policy';
import { invalidInput } from '../../errors';
import { nameFromPath } from '../../util/names';
import { resolveNetworkLocation } from '../location';
import { checkRule, Direction, ISovereignNetwork, PublicEntryPoint, PublicEntryPointKind, reportPublicEntryPoint } from '../network';
import { FirewallPeer } from '../peer';
import { FirewallPort, FirewallProtocol } from '../port';
import { privateIpv4Block } from '../subnets';
import { IStackitServer, StackitServer, StackitServerOptions } from './server';

/** Settings of a `StackitNetwork`. */
export interface StackitNetworkProps {
  /** The STACKIT project id (a UUID). */
  readonly projectId: string;
  /** Region (`eu01` Germany, `eu02` Austria), within the policy's jurisdiction. */
  readonly region: string;
  /**
   * Availability zone of the servers (a zone of `region`).
   * @default - the region's first zone (`eu01-1`)
   */
  readonly zone?: string;
  /**
   * Name of the network and security group (1 to 63 characters).
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * The network's IPv4 prefix: RFC 1918, /8 to /29 (STACKIT Virtual Network concepts).
   * @default "10.0.0.0/22"
   */
  readonly ipv4Cidr?: string;
  /**
   * Keep the network's gateway, so every server reaches the internet by STACKIT's source NAT
   * (and a gateway server's public IP works). Reported as a public entry point.
   * @default false - `no_ipv4_gateway = true`: no default route, traffic stays in the network
   */
  readonly internetEgress?: boolean;
  /**
   * Additional labels. `jurisdiction` is set by the construct.
   * @default - only the construct's labels
   */
  readonly labels?: { [key: string]: string };
}

// "between effectively 6 (29 bit mask) and over 16 million (8 bit mask) possible hosts"
const BOUNDS = { min: 8, max: 29, source: 'https://docs.stackit.cloud/products/network/core-networking/virtual-network/basics/concepts/' };

/**
 * A private STACKIT network in one region: servers without public IP behind a security group
 * without rules, no route out of the network unless `internetEgress`, and a public IP only on a
 * named gateway server (`addGateway`).
 *
 * @example
 * const network = new StackitNetwork(stack, 'Network', { projectId, region: 'eu01' });
 * network.addServer('Db', { machineType: 'g2i.1', imageId });
 */
export class StackitNetwork extends Construct implements ISovereignNetwork {
  public readonly providerId = 'stackit';
  public readonly location: string;
  public readonly countries: string[];
  public readonly ipv4Cidr: string;
  public readonly subnetCidrs: string[];
  /** The STACKIT network id (`network_id`). */
  public readonly networkId: string;
  /** The project id. */
  public readonly projectId: string;
  /** The availability zone of the servers. */
  public readonly zone: string;
  /** Whether servers reach the internet by source NAT (the network has a gateway). */
  public readonly internetEgress: boolean;
  /** The security group id. */
  public readonly securityGroupId: string;
  /** Whether STACKIT encrypts traffic on the network (it does not: use WireGuard or CNI encryption). */
  public readonly encryptedByProvider: boolean;
  /** The `stackit_network` resource (escape hatch). */
  public readonly resource: TerraformResource;
  /** The `stackit_security_group` resource. */
  public readonly securityGroup: TerraformResource;

  private readonly entryPoints: PublicEntryPoint[] = [];
  private readonly labels: { [key: string]: string };
  private ruleCount = 0;

  constructor(scope: Construct, id: string, props: StackitNetworkProps) {
    super(scope, id);
    if (props === undefined || props === null || typeof props !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: 'StackitNetwork props', given: props, allowed: 'a StackitNetworkProps object', fix: 'pass { projectId, region: "eu01" }.' });
    }
    if (typeof props.projectId !== 'string' || (!Token.isUnresolved(props.projectId) && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(props.projectId))) {
      throw invalidInput({ code: 'INVALID_PROJECT_ID', what: 'StackitNetwork projectId', given: props.projectId, allowed: 'the project\'s UUID (network.md validates project_id as a UUID) or a reference to it', fix: 'pass the project id, e.g. stackit_resourcemanager_project.project_id.' });
    }
    const located = resolveNetworkLocation(this, 'StackitNetwork', 'stackit', props.region, [LocationKind.REGION]);
    this.location = located.region.code;
    this.countries = located.countries;
    this.zone = resolveZone(this, this.location, props.zone);
    this.projectId = props.projectId;
    this.encryptedByProvider = PRIVATE_NETWORKS.stackit.encryptedByProvider;
    this.internetEgress = props.internetEgress ?? false;
    const name = props.name ?? nameFromPath(this, 63, 'net');
    if (!Token.isUnresolved(name) && (name.length === 0 || name.length > 63)) {
      throw invalidInput({ code: 'INVALID_NETWORK_NAME', what: 'StackitNetwork name', given: name, allowed: '1 to 63 characters (network.md)', fix: 'shorten the name.' });
    }
    const block = privateIpv4Block('StackitNetwork ipv4Cidr', props.ipv4Cidr ?? '10.0.0.0/22', BOUNDS);
    this.ipv4Cidr = block.text;
    this.subnetCidrs = [block.text];
    this.labels = { ...(props.labels ?? {}), [SovereigntyLabels.TAG_JURISDICTION]: SovereigntyLabels.labelValue(SovereigntyPolicy.of(this).jurisdiction.name) };

    this.resource = new StackitNetworkResource(this, 'Resource', () => ({
      projectId: this.projectId, name, region: this.location, ipv4Prefix: this.ipv4Cidr, noIpv4Gateway: !this.internetEgress, labels: this.labels,
    }));
    this.networkId = this.resource.getStringAttribute('network_id');
    this.securityGroup = new StackitSecurityGroup(this, 'SecurityGroup', () => ({
      projectId: this.projectId, name: `${name.slice(0, 55)}-deny`, region: this.location,
      description: 'No inbound rule until allowed by name (cdktf-sovereign)', labels: this.labels,
    }));
    this.securityGroupId = this.securityGroup.getStringAttribute('security_group_id');
    if (this.internetEgress) {
      this.entryPoints.push(reportPublicEntryPoint(this, this.resource, 'internet-egress', PublicEntryPointKind.GATEWAY));
    }
  }

  public get publicEntryPoints(): PublicEntryPoint[] {
    return [...this.entryPoints];
  }

  /**
   * Allow inbound traffic to the network's servers. Members of the security group (the
   * network's servers) already reach each other: STACKIT admits traffic from the same group.
   */
  public allowInbound(peer: FirewallPeer, port: FirewallPort, description?: string): void {
    this.addRule(Direction.IN, peer, port, description);
  }

  /**
   * Record an outbound rule (checked against the jurisdiction). STACKIT's security groups allow
   * all egress by default and take allow rules only; without `internetEgress` the network has
   * no route out anyway.
   */
  public allowOutbound(peer: FirewallPeer, port: FirewallPort, description?: string): void {
    this.addRule(Direction.OUT, peer, port, description);
  }

  /** A server with one interface on the network, behind the security group, without public IP. */
  public addServer(id: string, options: StackitServerOptions): IStackitServer {
    return new StackitServer(this, id, this.parent(), options);
  }

  /**
   * A named public entry point: a server whose interface gets a STACKIT public IP (1:1 NAT),
   * behind the same security group, reported as such. Needs `internetEgress`: without a gateway
   * the server could not answer.
   */
  public addGateway(id: string, options: StackitServerOptions): IStackitServer {
    if (!this.internetEgress) {
      throw invalidInput({
        code: 'NO_ROUTE_TO_INTERNET',
        what: `StackitNetwork.addGateway "${id}"`,
        given: `network ${this.node.path} without gateway (internetEgress: false)`,
        allowed: 'a network with internetEgress: true: a public IP is 1:1 NAT at the project router, and the server answers through the network\'s gateway',
        fix: 'set internetEgress: true on the network (reported as a public entry point), or reach the servers through a VPN.',
      });
    }
    const server = new StackitServer(this, id, this.parent(), options);
    const ip = new StackitPublicIp(server, 'PublicIp', () => ({
      projectId: this.projectId, region: this.location, networkInterfaceId: server.networkInterface.getStringAttribute('network_interface_id'), labels: this.labels,
    }));
    this.entryPoints.push(reportPublicEntryPoint(this, ip, id, PublicEntryPointKind.GATEWAY));
    return server;
  }

  private parent() {
    return { projectId: this.projectId, region: this.location, zone: this.zone, networkId: this.networkId, ipv4Cidr: this.ipv4Cidr, securityGroupId: this.securityGroupId, labels: this.labels };
  }

  private addRule(direction: Direction, peer: FirewallPeer, port: FirewallPort, description?: string): void {
    const rule = checkRule(this, 'StackitNetwork', direction, peer, port, description);
    const text = (description ?? `${direction === Direction.IN ? 'From' : 'To'} ${peer} on ${port}`).slice(0, 255);
    const ports = port.protocol === FirewallProtocol.ICMP || port.allPorts ? {} : { portMin: port.fromPort, portMax: port.toPort };
    for (const [cidrs, etherType] of [[rule.ipv4, 'IPv4'], [rule.ipv6, 'IPv6']] as const) {
      const protocol = port.protocol === FirewallProtocol.ICMP ? (etherType === 'IPv4' ? 'icmp' : 'ipv6-icmp') : port.protocol;
      for (const ipRange of cidrs) {
        new StackitSecurityGroupRule(this, `${direction === Direction.IN ? 'In' : 'Out'}${this.ruleCount++}`, () => ({
          projectId: this.projectId, securityGroupId: this.securityGroupId, region: this.location,
          direction: direction === Direction.IN ? 'ingress' : 'egress', etherType, ipRange, protocol, ...ports, description: text,
        }));
      }
    }
  }
}

/** A zone of the region (default: its first), from the catalog. */
function resolveZone(scope: Construct, region: string, zone: string | undefined): string {
  const found = resolveNetworkLocation(scope, 'StackitNetwork', 'stackit', zone ?? `${region}-1`, [LocationKind.ZONE]);
  const parent = found.region.parent ?? found.region.code.replace(/-[^-]+$/, '');
  if (parent !== region) {
    throw invalidInput({ code: 'ZONE_NOT_IN_REGION', what: 'StackitNetwork zone', given: zone, allowed: `a zone of ${region} (${region}-1, ${region}-2, ${region}-3)`, fix: `use a zone of ${region}, or change the region.` });
  }
  return found.region.code;
}
