/*
 * IonosNetwork: a Virtual Data Center with one private LAN and a Network Security Group that is
 * the data centre's default NSG (every new VM joins it), with no inbound rule and egress only
 * into the LAN. The LAN is private (`public = false`): NICs on it get no public address.
 * Arguments (ionos-cloud/ionoscloud v6.7.34):
 *   https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/datacenter.md
 *   …/lan.md, …/nsg.md, …/nsg_firewallrule.md, …/datacenter_nsg_selection.md
 * Facts (lib/catalog/networks.ts): the LAN's IPv4 block is assigned by IONOS (read-only), so it
 * is known only at apply; IONOS's own default NSG allows all egress — this one replaces it.
 * NIC firewall rules take a "Source IP/CIDR" and "Destination IP/CIDR"
 * (https://docs.ionos.com/cloud/compute/networks/overview); here IPv4 only.
 */
import { TerraformResource, Token } from 'cdktf';
import { Construct } from 'constructs';
import { IonosDatacenter, IonosLan, IonosNsg, IonosNsgRule, IonosNsgSelection } from '../../bindings/ionoscloud/resources';
import { PRIVATE_NETWORKS } from '../../catalog/networks';
import { LocationKind } from '../../catalog/types';
import { invalidInput } from '../../errors';
import { nameFromPath } from '../../util/names';
import { resolveNetworkLocation } from '../location';
import { checkRule, Direction, ISovereignNetwork, PublicEntryPoint } from '../network';
import { FirewallPeer } from '../peer';
import { FirewallPort, FirewallProtocol } from '../port';

/** Settings of an `IonosNetwork`. */
export interface IonosNetworkProps {
  /** Data-centre location (`de/fra`, `de/fra/2`, `de/txl`, `es/vit`, `fr/par`, …), within the policy's jurisdiction. */
  readonly location: string;
  /**
   * Name of the data centre, LAN and NSG.
   * @default - derived from the construct path
   */
  readonly name?: string;
}

/**
 * A private IONOS network: a data centre, a private LAN and a default Network Security Group
 * that admits nothing inbound and sends only into the LAN until rules are added by name.
 *
 * @example
 * const network = new IonosNetwork(stack, 'Network', { location: 'de/fra' });
 * network.allowInbound(FirewallPeer.ipBlock('198.51.100.0/24', { country: 'DE' }), FirewallPort.tcp(443));
 */
export class IonosNetwork extends Construct implements ISovereignNetwork {
  public readonly providerId = 'ionos';
  public readonly location: string;
  public readonly countries: string[];
  /** The LAN's IPv4 block, assigned by IONOS (known at apply). */
  public readonly ipv4Cidr: string;
  public readonly subnetCidrs: string[];
  /** The LAN id. */
  public readonly networkId: string;
  /** The data centre id. */
  public readonly datacenterId: string;
  /** The NSG id (pass it as `security_groups_ids` of servers created before the selection). */
  public readonly securityGroupId: string;
  /** Whether IONOS encrypts traffic on the LAN (it does not: use WireGuard or CNI encryption). */
  public readonly encryptedByProvider: boolean;
  /** The `ionoscloud_lan` resource (escape hatch). */
  public readonly resource: TerraformResource;
  /** The `ionoscloud_datacenter` resource. */
  public readonly datacenter: TerraformResource;

  private readonly entryPoints: PublicEntryPoint[] = [];
  private readonly nsg: TerraformResource;
  private ruleCount = 0;

  constructor(scope: Construct, id: string, props: IonosNetworkProps) {
    super(scope, id);
    if (props === undefined || props === null || typeof props !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: 'IonosNetwork props', given: props, allowed: 'an IonosNetworkProps object', fix: 'pass { location: "de/fra" }.' });
    }
    const located = resolveNetworkLocation(this, 'IonosNetwork', 'ionos', props.location, [LocationKind.LOCATION]);
    this.location = located.region.code;
    this.countries = located.countries;
    this.encryptedByProvider = PRIVATE_NETWORKS.ionos.encryptedByProvider;
    const name = props.name ?? nameFromPath(this, 63, 'net');
    if (!Token.isUnresolved(name) && !/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,62}$/.test(name)) {
      throw invalidInput({ code: 'INVALID_NETWORK_NAME', what: 'IonosNetwork name', given: name, allowed: '1 to 63 letters, digits, spaces, ".", "_" and "-"', fix: 'rename the network.' });
    }
    this.datacenter = new IonosDatacenter(this, 'Datacenter', () => ({ name, location: this.location, description: 'Private network (cdktf-sovereign)' }));
    this.datacenterId = this.datacenter.getStringAttribute('id');
    this.resource = new IonosLan(this, 'Resource', () => ({ datacenterId: this.datacenterId, name }));
    this.networkId = this.resource.getStringAttribute('id');
    this.ipv4Cidr = this.resource.getStringAttribute('ipv4_cidr_block');
    this.subnetCidrs = [this.ipv4Cidr];
    this.nsg = new IonosNsg(this, 'SecurityGroup', () => ({ datacenterId: this.datacenterId, name: `${name.slice(0, 55)}-deny`, description: 'No inbound rule; egress into the LAN only (cdktf-sovereign)' }));
    this.securityGroupId = this.nsg.getStringAttribute('id');
    new IonosNsgSelection(this, 'DefaultSecurityGroup', () => ({ datacenterId: this.datacenterId, nsgId: this.securityGroupId }));
    this.addRule(Direction.OUT, FirewallPeer.network(this), undefined, 'Into the LAN only (cdktf-sovereign)');
  }

  public get publicEntryPoints(): PublicEntryPoint[] {
    return [...this.entryPoints];
  }

  /** Allow inbound traffic to the data centre's VMs (IPv4). */
  public allowInbound(peer: FirewallPeer, port: FirewallPort, description?: string): void {
    checkRule(this, 'IonosNetwork', Direction.IN, peer, port, description);
    this.addRule(Direction.IN, peer, port, description);
  }

  /** Allow outbound traffic from the data centre's VMs (IPv4). */
  public allowOutbound(peer: FirewallPeer, port: FirewallPort, description?: string): void {
    checkRule(this, 'IonosNetwork', Direction.OUT, peer, port, description);
    this.addRule(Direction.OUT, peer, port, description);
  }

  /** @internal */
  public _addEntryPoint(entry: PublicEntryPoint): void {
    this.entryPoints.push(entry);
  }

  private addRule(direction: Direction, peer: FirewallPeer, port: FirewallPort | undefined, description?: string): void {
    const ipv6 = peer._cidrs.filter((c) => !Token.isUnresolved(c) && c.includes(':'));
    if (ipv6.length > 0) {
      throw invalidInput({ code: 'IPV6_NOT_SUPPORTED', what: `IonosNetwork.${direction === Direction.IN ? 'allowInbound' : 'allowOutbound'} peer`, given: `${peer}`, allowed: 'IPv4 blocks (this network\'s rules are IPv4)', fix: 'use FirewallPeer.anyIpv4() or an IPv4 block.' });
    }
    const protocol = port === undefined ? 'ANY' : port.protocol === FirewallProtocol.ICMP ? 'ICMP' : port.protocol.toUpperCase();
    const ports = port === undefined || port.protocol === FirewallProtocol.ICMP || port.allPorts ? {} : { portRangeStart: port.fromPort, portRangeEnd: port.toPort };
    for (const cidr of peer._cidrs) {
      const everything = cidr === '0.0.0.0/0';
      const n = this.ruleCount++;
      new IonosNsgRule(this, `${direction === Direction.IN ? 'In' : 'Out'}${n}`, () => ({
        nsgId: this.securityGroupId,
        datacenterId: this.datacenterId,
        name: (description ?? `${peer} ${port ?? 'any'}`).slice(0, 60),
        protocol,
        type: direction === Direction.IN ? 'INGRESS' : 'EGRESS',
        // A null address admits every address (nsg_firewallrule.md).
        sourceIp: direction === Direction.IN && !everything ? cidr : undefined,
        targetIp: direction === Direction.OUT && !everything ? cidr : undefined,
        ...ports,
      }));
    }
  }
}
