/*
 * ExoscaleNetwork: a managed Private Network in one zone (Exoscale's DHCP), instances without
 * public IP (`private = true`) on it, and a security group whose inbound side is empty and whose
 * egress ends at the network: it matters on the public interface of the named entry points
 * (`addGateway`), since Exoscale filters public traffic only.
 * Arguments (exoscale/exoscale v0.70.0):
 *   https://github.com/exoscale/terraform-provider-exoscale/blob/v0.70.0/docs/resources/private_network.md
 *   …/security_group.md, …/security_group_rule.md, …/compute_instance.md
 * Facts (lib/catalog/networks.ts): "No encryption is performed" on Private Networks, and
 * "Security group rules do not apply to traffic inside private networks"; inbound is forbidden
 * by default and outbound allowed until the first egress rule — so the group always has egress
 * rules (into the network, then what you allow).
 */
import { TerraformResource, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { ExoscaleComputeInstance, ExoscalePrivateNetwork, ExoscaleSecurityGroup, ExoscaleSecurityGroupRule } from '../../bindings/exoscale/network';
import { PRIVATE_NETWORKS } from '../../catalog/networks';
import { LocationKind } from '../../catalog/types';
import { SovereigntyLabels } from '../../core/labels';
import { SovereigntyPolicy } from '../../core/policy';
import { invalidInput } from '../../errors';
import { AddressBlock, formatAddress, hostAt, parseBlock, sizeOf } from '../../util/addresses';
import { nameFromPath } from '../../util/names';
import { resolveNetworkLocation } from '../location';
import { checkRule, Direction, ISovereignNetwork, PublicEntryPoint, PublicEntryPointKind, reportPublicEntryPoint } from '../network';
import { FirewallPeer } from '../peer';
import { FirewallPort, FirewallProtocol } from '../port';
import { checkHostAddress, privateIpv4Block } from '../subnets';

/** Settings of an `ExoscaleNetwork`. */
export interface ExoscaleNetworkProps {
  /** Zone (`de-fra-1`, `de-muc-1`, `at-vie-1`, `at-vie-2`, `bg-sof-1`, `hr-zag-1`, `ch-gva-2`, `ch-dk-2`), within the policy's jurisdiction. */
  readonly zone: string;
  /**
   * Name of the network and security group.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * The network's IPv4 block (its mask and DHCP range): RFC 1918, /8 to /29.
   * @default "10.0.0.0/24"
   */
  readonly ipv4Cidr?: string;
  /**
   * Additional labels on the network and instances. `jurisdiction` is set by the construct.
   * @default - only the construct's labels
   */
  readonly labels?: { [key: string]: string };
}

/** Settings of `ExoscaleNetwork.addServer` and `addGateway`. */
export interface ExoscaleServerOptions {
  /** Instance type, e.g. `standard.medium`. */
  readonly instanceType: string;
  /** Template id (e.g. from the `exoscale_template` data source). */
  readonly templateId: string;
  /**
   * Disk size in GiB (at least 10).
   * @default 20
   */
  readonly diskSize?: number;
  /**
   * Instance name.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * cloud-init user data, e.g. `WireGuardInterface.toCloudInit()` (cloud-init 19.3 or later reads managed Private Networks).
   * @default - none
   */
  readonly userData?: string;
  /**
   * Names of `exoscale_ssh_key`s to authorize.
   * @default - none
   */
  readonly sshKeys?: string[];
  /**
   * A static DHCP lease in the network.
   * @default - a dynamic lease
   */
  readonly privateIp?: string;
}

/** An instance of an ExoscaleNetwork. */
export interface IExoscaleServer extends IConstruct {
  /** Whether the instance has a public IPv4 address (a named entry point). */
  readonly publicIpv4: boolean;
  /** The `exoscale_compute_instance` resource (escape hatch). */
  readonly resource: TerraformResource;
  /** The instance id (a Terraform reference). */
  readonly serverId: string;
}

// Our bound: a managed network's DHCP range needs room besides the network and broadcast addresses.
const BOUNDS = { min: 8, max: 29, source: 'a managed network needs a DHCP range besides the network and broadcast addresses' };

function netmask(prefix: number): string {
  return formatAddress(((1n << 32n) - 1n) ^ ((1n << BigInt(32 - prefix)) - 1n), 4);
}

/**
 * A private Exoscale network in one zone: instances without public IP (`addServer`), and public
 * entry points only by name (`addGateway`) behind a security group that admits nothing inbound
 * until `allowInbound` and sends only into the network until `allowOutbound`.
 *
 * @example
 * const network = new ExoscaleNetwork(stack, 'Network', { zone: 'de-fra-1' });
 * network.addServer('Db', { instanceType: 'standard.medium', templateId });
 */
export class ExoscaleNetwork extends Construct implements ISovereignNetwork {
  public readonly providerId = 'exoscale';
  public readonly location: string;
  public readonly countries: string[];
  public readonly ipv4Cidr: string;
  public readonly subnetCidrs: string[];
  public readonly networkId: string;
  /** The security group id. */
  public readonly securityGroupId: string;
  /** Whether Exoscale encrypts traffic on the network (it does not: use WireGuard or CNI encryption). */
  public readonly encryptedByProvider: boolean;
  /** The `exoscale_private_network` resource (escape hatch). */
  public readonly resource: TerraformResource;
  /** The `exoscale_security_group` resource. */
  public readonly securityGroup: TerraformResource;

  private readonly entryPoints: PublicEntryPoint[] = [];
  private readonly labels: { [key: string]: string };
  private readonly block: AddressBlock;
  private ruleCount = 0;

  constructor(scope: Construct, id: string, props: ExoscaleNetworkProps) {
    super(scope, id);
    if (props === undefined || props === null || typeof props !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: 'ExoscaleNetwork props', given: props, allowed: 'an ExoscaleNetworkProps object', fix: 'pass { zone: "de-fra-1" }.' });
    }
    const located = resolveNetworkLocation(this, 'ExoscaleNetwork', 'exoscale', props.zone, [LocationKind.LOCATION]);
    this.location = located.region.code;
    this.countries = located.countries;
    this.encryptedByProvider = PRIVATE_NETWORKS.exoscale.encryptedByProvider;
    const name = props.name ?? nameFromPath(this, 63, 'net');
    if (!Token.isUnresolved(name) && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/.test(name)) {
      throw invalidInput({ code: 'INVALID_NETWORK_NAME', what: 'ExoscaleNetwork name', given: name, allowed: '1 to 63 letters, digits, ".", "_" and "-"', fix: 'rename the network.' });
    }
    this.block = privateIpv4Block('ExoscaleNetwork ipv4Cidr', props.ipv4Cidr ?? '10.0.0.0/24', BOUNDS);
    this.ipv4Cidr = this.block.text;
    this.subnetCidrs = [this.block.text];
    this.labels = { ...(props.labels ?? {}), [SovereigntyLabels.TAG_JURISDICTION]: SovereigntyLabels.labelValue(SovereigntyPolicy.of(this).jurisdiction.name) };

    const block = this.block;
    this.resource = new ExoscalePrivateNetwork(this, 'Resource', () => ({
      zone: this.location, name, description: 'Private network (cdktf-sovereign)', netmask: netmask(block.prefix),
      startIp: hostAt(block, 1), endIp: formatAddress(block.network + sizeOf(block) - 2n, 4), labels: this.labels,
    }));
    this.networkId = this.resource.getStringAttribute('id');
    this.securityGroup = new ExoscaleSecurityGroup(this, 'SecurityGroup', () => ({ name: `${name.slice(0, 55)}-deny`, description: 'No inbound rule; egress into the network until allowed by name (cdktf-sovereign)' }));
    this.securityGroupId = this.securityGroup.getStringAttribute('id');
    // The first egress rule switches Exoscale's "all outbound allowed" off (security groups docs).
    for (const port of [FirewallPort.allTcp(), FirewallPort.allUdp(), FirewallPort.icmp()]) this.addRule(Direction.OUT, FirewallPeer.network(this), port, 'Into the network only (cdktf-sovereign)');
  }

  public get publicEntryPoints(): PublicEntryPoint[] {
    return [...this.entryPoints];
  }

  /** Allow inbound traffic to the public entry points (Exoscale filters public traffic only). */
  public allowInbound(peer: FirewallPeer, port: FirewallPort, description?: string): void {
    this.addRule(Direction.IN, peer, port, description);
  }

  /** Allow the public entry points to send to `peer` on `port` (the network itself is always allowed). */
  public allowOutbound(peer: FirewallPeer, port: FirewallPort, description?: string): void {
    this.addRule(Direction.OUT, peer, port, description);
  }

  /** An instance on the network without public IP address (`private = true`). */
  public addServer(id: string, options: ExoscaleServerOptions): IExoscaleServer {
    return new ExoscaleServer(this, id, this, options, false);
  }

  /**
   * A named public entry point: an instance with a public IPv4 address behind the security group,
   * reported as such. Use it as WireGuard endpoint or bastion.
   */
  public addGateway(id: string, options: ExoscaleServerOptions): IExoscaleServer {
    const server = new ExoscaleServer(this, id, this, options, true);
    this.entryPoints.push(reportPublicEntryPoint(this, server.resource, id, PublicEntryPointKind.GATEWAY));
    return server;
  }

  /** @internal */
  public get _labels(): { [key: string]: string } {
    return this.labels;
  }

  private addRule(direction: Direction, peer: FirewallPeer, port: FirewallPort, description?: string): void {
    const rule = checkRule(this, 'ExoscaleNetwork', direction, peer, port, description);
    const text = (description ?? `${direction === Direction.IN ? 'From' : 'To'} ${peer} on ${port}`).slice(0, 255);
    const ports = port.protocol === FirewallProtocol.ICMP ? {} : { startPort: port.fromPort, endPort: port.toPort };
    for (const [cidrs, icmp] of [[rule.ipv4, 'ICMP'], [rule.ipv6, 'ICMPv6']] as const) {
      const protocol = port.protocol === FirewallProtocol.ICMP ? icmp : port.protocol.toUpperCase();
      for (const cidr of cidrs) {
        new ExoscaleSecurityGroupRule(this, `${direction === Direction.IN ? 'In' : 'Out'}${this.ruleCount++}`, () => ({
          securityGroupId: this.securityGroupId, type: direction === Direction.IN ? 'INGRESS' : 'EGRESS', protocol, cidr, ...ports, description: text,
        }));
      }
    }
  }
}

/** An instance of an ExoscaleNetwork. @internal */
class ExoscaleServer extends Construct implements IExoscaleServer {
  public readonly publicIpv4: boolean;
  public readonly resource: TerraformResource;
  public readonly serverId: string;

  constructor(scope: Construct, id: string, network: ExoscaleNetwork, options: ExoscaleServerOptions, publicIpv4: boolean) {
    super(scope, id);
    const what = `ExoscaleServer "${this.node.path}"`;
    if (options === undefined || options === null || typeof options !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: `${what} options`, given: options, allowed: 'an ExoscaleServerOptions object', fix: 'pass { instanceType, templateId }.' });
    }
    for (const [name, value] of [['instanceType', options.instanceType], ['templateId', options.templateId]] as const) {
      if (typeof value !== 'string' || value.length === 0) {
        throw invalidInput({ code: 'MISSING_ARGUMENT', what: `${what} ${name}`, given: value, allowed: 'a non-empty string', fix: name === 'instanceType' ? 'pass a type such as "standard.medium".' : 'look the template up with the exoscale_template data source.' });
      }
    }
    const diskSize = options.diskSize ?? 20;
    if (!Number.isInteger(diskSize) || diskSize < 10) {
      throw invalidInput({ code: 'INVALID_VOLUME_SIZE', what: `${what} diskSize`, given: options.diskSize, allowed: 'a whole number of GiB, at least 10 (compute_instance.md)', fix: 'use e.g. 20.' });
    }
    if (options.privateIp !== undefined && !Token.isUnresolved(options.privateIp)) {
      checkHostAddress(`${what} privateIp`, options.privateIp, parseBlock('network', network.ipv4Cidr));
    }
    const name = options.name ?? nameFromPath(this, 63, 'server');
    this.publicIpv4 = publicIpv4;
    this.resource = new ExoscaleComputeInstance(this, 'Resource', () => ({
      zone: network.location,
      name,
      type: options.instanceType,
      templateId: options.templateId,
      diskSize,
      securityGroupIds: [network.securityGroupId],
      networkId: network.networkId,
      ipAddress: options.privateIp,
      private: !publicIpv4,
      userData: options.userData,
      sshKeys: options.sshKeys,
      labels: network._labels,
    }));
    this.serverId = this.resource.getStringAttribute('id');
  }
}
