/*
 * OtcNetwork: a VPC with one private subnet per availability zone and a default-deny
 * security group; no elastic IP, no NAT gateway, no route to the internet.
 * Arguments:
 *   https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/vpc_v1.md
 *   https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/vpc_subnet_v1.md
 * (the docs are unchanged up to the newest snapshot, 2024-10-24; @cdktf/provider-opentelekomcloud
 * 12.0.16 types the 1.36.54 schema, which has the same arguments plus `region`).
 */
import { TerraformResource, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { invalidInput } from '../../errors';
import { otc } from './binding';
import { AddressBlock, contains, hostAt, isPrivate, overlaps, parseBlock, subBlock } from '../../util/addresses';
import { baseTags, defaultName, resolveOtcRegion } from './region';
import { checkRule, Direction, ISovereignNetwork, PublicEntryPoint } from '../../network/network';
import { FirewallPeer } from '../../network/peer';
import { FirewallPort, FirewallProtocol } from '../../network/port';
import { OtcProtocol, OtcSecurityGroup } from './security-group';

/** A network as other constructs see it. */
export interface IOtcNetwork extends IConstruct {
  /** Region code, e.g. `eu-de`. */
  readonly region: string;
  /** The VPC ID. */
  readonly vpcId: string;
  /** The VPC's IPv4 CIDR block. */
  readonly cidr: string;
  /** Availability zones with a subnet, in order. */
  readonly availabilityZones: string[];
  /** Subnet IDs (the OpenStack network IDs that CCE and ECS take as `subnet_id`), one per zone, in zone order. */
  readonly subnetIds: string[];
  /** Subnet CIDR blocks, one per zone, in zone order. */
  readonly subnetCidrs: string[];
  /** The security group that denies all inbound traffic. */
  readonly defaultSecurityGroupId: string;
}

/** Settings of an `OtcNetwork`. */
export interface OtcNetworkProps {
  /** Open Telekom Cloud region (`eu-de`, `eu-nl`, `eu-ch2`), within the policy's jurisdiction. */
  readonly region: string;
  /**
   * VPC name (at most 64 letters, digits, `_` and `-`).
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * The VPC's IPv4 block: inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16, prefix /8 to /24 (vpc_v1 doc).
   * @default "10.0.0.0/16"
   */
  readonly cidr?: string;
  /**
   * Availability zones to create a subnet in (zones of `region` in the catalog).
   * @default - every zone of the region
   */
  readonly availabilityZones?: string[];
  /**
   * One subnet block per availability zone, in the same order: inside the VPC block, prefix at
   * most /28 (vpc_subnet_v1 doc), not overlapping.
   * @default - consecutive blocks four bits longer than the VPC's (10.0.0.0/20, 10.0.16.0/20, … for a /16)
   */
  readonly subnetCidrs?: string[];
  /**
   * Let the default security group send traffic to any address (it still accepts no inbound
   * traffic). Without a NAT gateway or EIP the subnets have no route to the internet anyway.
   * @default false - outbound traffic only inside the VPC
   */
  readonly allowAllOutbound?: boolean;
  /**
   * Additional tags on the VPC and subnets. `jurisdiction` is set by the construct.
   * @default - only the construct's tags
   */
  readonly tags?: { [key: string]: string };
}

const MAX_SUBNET_PREFIX = 28;
const IPV4 = { version: 4, allowed: 'an IPv4 CIDR block such as "10.0.0.0/16"' };

/**
 * A VPC in one region with a private subnet in each availability zone and a security group
 * that denies inbound traffic. It creates no elastic IP, NAT gateway or peering: nothing in it
 * is reachable from the internet.
 *
 * @example
 * const network = new OtcNetwork(stack, 'Network', { region: 'eu-de' });
 */
export class OtcNetwork extends Construct implements IOtcNetwork, ISovereignNetwork {
  public readonly providerId = 'otc';
  /** The region code (same as `region`). */
  public readonly location: string;
  public readonly countries: string[];
  /** The VPC's IPv4 block (same as `cidr`). */
  public readonly ipv4Cidr: string;
  /** The VPC ID (same as `vpcId`). */
  public readonly networkId: string;
  public readonly region: string;
  public readonly vpcId: string;
  public readonly cidr: string;
  public readonly availabilityZones: string[];
  public readonly subnetIds: string[];
  public readonly subnetCidrs: string[];
  public readonly defaultSecurityGroupId: string;
  /** The security group that denies inbound traffic; add rules to it with `addIngressRule`. */
  public readonly defaultSecurityGroup: OtcSecurityGroup;
  /** The `opentelekomcloud_vpc_v1` resource (escape hatch). */
  public readonly resource: TerraformResource;
  /** The `opentelekomcloud_vpc_subnet_v1` resources, in zone order (escape hatch). */
  public readonly subnets: TerraformResource[];
  private ruleCount = 0;
  private readonly entryPoints: PublicEntryPoint[] = [];

  constructor(scope: Construct, id: string, props: OtcNetworkProps) {
    super(scope, id);
    if (props === undefined || props === null || typeof props !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: 'OtcNetwork props', given: props, allowed: 'an OtcNetworkProps object', fix: 'pass { region }.' });
    }
    const location = resolveOtcRegion(this, 'OtcNetwork', props.region);
    this.region = location.region.code;
    this.location = this.region;
    this.countries = [...new Set([location.region.country, ...(location.region.additionalCountries ?? [])])];
    const zones = resolveZones('OtcNetwork availabilityZones', props.availabilityZones, location.zones, this.region);
    const vpcBlock = parseVpcCidr(props.cidr ?? '10.0.0.0/16');
    const blocks = subnetBlocks(vpcBlock, zones, props.subnetCidrs);
    const name = props.name ?? defaultName(this, 64);
    if (!Token.isUnresolved(name) && !/^[A-Za-z0-9_-]{1,64}$/.test(name)) {
      throw invalidInput({ code: 'INVALID_VPC_NAME', what: 'OtcNetwork name', given: name, allowed: '1 to 64 letters, digits, underscores and hyphens (vpc_v1 doc)', fix: 'rename the VPC.' });
    }
    const tags = baseTags(this, props.tags);

    const { VpcV1 } = otc.vpc('OtcNetwork');
    const { VpcSubnetV1 } = otc.subnet('OtcNetwork');
    this.resource = new VpcV1(this, 'Resource', { name, cidr: vpcBlock.text, region: this.region, tags });
    this.vpcId = this.resource.getStringAttribute('id');
    this.cidr = vpcBlock.text;
    this.ipv4Cidr = this.cidr;
    this.networkId = this.vpcId;
    this.availabilityZones = zones;
    this.subnetCidrs = blocks.map((b) => b.text);
    this.subnets = zones.map((zone, i) => new VpcSubnetV1(this, `Subnet-${zone}`, {
      name: `${name.slice(0, 64 - zone.length - 1)}-${zone}`,
      vpcId: this.vpcId,
      cidr: blocks[i].text,
      gatewayIp: hostAt(blocks[i], 1),
      availabilityZone: zone,
      region: this.region,
      dhcpEnable: true,
      // primary_dns stays the OTC-internal resolver (the default), which CCE needs (vpc_subnet_v1 doc).
      tags,
    }));
    // `id` of opentelekomcloud_vpc_subnet_v1 is the OpenStack network ID (vpc_subnet_v1 doc), which CCE takes as subnet_id.
    this.subnetIds = this.subnets.map((s) => s.getStringAttribute('id'));

    this.defaultSecurityGroup = new OtcSecurityGroup(this, 'DefaultDeny', {
      region: this.region,
      name: `${name.slice(0, 55)}-deny-in`,
      description: 'Denies all inbound traffic; outbound only as configured (cdktf-sovereign)',
      egressCidrs: [props.allowAllOutbound ? '0.0.0.0/0' : vpcBlock.text],
    });
    this.defaultSecurityGroupId = this.defaultSecurityGroup.securityGroupId;
  }

  /** OtcNetwork creates no public address; an OtcSiteToSiteVpn's gateway is the one it reports. */
  public get publicEntryPoints(): PublicEntryPoint[] {
    return [...this.entryPoints];
  }

  /** @internal */
  public _addEntryPoint(entry: PublicEntryPoint): void {
    this.entryPoints.push(entry);
  }

  /**
   * Allow inbound traffic to the default security group (IPv4 only: the group's rules are
   * `ethertype = "IPv4"`). Every address on an administrative or database port throws.
   */
  public allowInbound(peer: FirewallPeer, port: FirewallPort, description?: string): void {
    this.addRule(Direction.IN, peer, port, description);
  }

  /** Allow outbound traffic from the default security group (IPv4 only). */
  public allowOutbound(peer: FirewallPeer, port: FirewallPort, description?: string): void {
    this.addRule(Direction.OUT, peer, port, description);
  }

  private addRule(direction: Direction, peer: FirewallPeer, port: FirewallPort, description?: string): void {
    const rule = checkRule(this, 'OtcNetwork', direction, peer, port, description);
    if (rule.ipv6.length > 0) {
      throw invalidInput({ code: 'IPV6_NOT_SUPPORTED', what: `OtcNetwork.${direction === Direction.IN ? 'allowInbound' : 'allowOutbound'} peer`, given: `${peer}`, allowed: 'IPv4 blocks (the VPC and its security group rules are IPv4 here)', fix: 'use FirewallPeer.anyIpv4() or an IPv4 block.' });
    }
    const ports = port.protocol === FirewallProtocol.ICMP || port.allPorts ? {} : { fromPort: port.fromPort, toPort: port.toPort };
    for (const cidr of rule.ipv4) {
      const id = `${direction === Direction.IN ? 'In' : 'Out'}${this.ruleCount++}`;
      const options = { cidr, protocol: port.protocol as string as OtcProtocol, ...ports, description: description ?? `${peer} ${port}` };
      if (direction === Direction.IN) this.defaultSecurityGroup.addIngressRule(id, options);
      else this.defaultSecurityGroup.addEgressRule(id, options);
    }
  }

  /** The subnet ID of an availability zone of this network. */
  public subnetIdFor(availabilityZone: string): string {
    const i = this.availabilityZones.indexOf(availabilityZone);
    if (i < 0) {
      throw invalidInput({
        code: 'ZONE_NOT_IN_NETWORK',
        what: 'OtcNetwork.subnetIdFor availabilityZone',
        given: availabilityZone,
        allowed: `a zone of this network: ${this.availabilityZones.join(', ')}`,
        fix: 'use one of the network\'s zones, or add the zone to availabilityZones.',
        candidates: this.availabilityZones,
      });
    }
    return this.subnetIds[i];
  }
}

/** Zones given (or all of the region), each a zone of the region, no duplicates. @internal */
export function resolveZones(what: string, given: string[] | undefined, regionZones: string[], region: string): string[] {
  if (given === undefined) return [...regionZones];
  if (!Array.isArray(given) || given.length === 0) {
    throw invalidInput({ code: 'NO_AVAILABILITY_ZONES', what, given, allowed: `one or more zones of ${region}: ${regionZones.join(', ')}`, fix: 'list at least one zone, or omit availabilityZones to use every zone.' });
  }
  const seen = new Set<string>();
  for (const zone of given) {
    if (!regionZones.includes(zone)) {
      throw invalidInput({
        code: 'UNKNOWN_AVAILABILITY_ZONE',
        what,
        given: zone,
        allowed: `a zone of ${region} in the catalog: ${regionZones.join(', ')}`,
        fix: 'use one of the allowed zones (zones belong to one region).',
        candidates: regionZones,
      });
    }
    if (seen.has(zone)) {
      throw invalidInput({ code: 'DUPLICATE_AVAILABILITY_ZONE', what, given, allowed: 'each zone once', fix: `remove the second "${zone}".` });
    }
    seen.add(zone);
  }
  return [...given];
}

function parseVpcCidr(text: string): AddressBlock {
  const block = parseBlock('OtcNetwork cidr', text, IPV4);
  if (!isPrivate(block) || block.prefix > 24) {
    throw invalidInput({
      code: 'VPC_CIDR_NOT_ALLOWED',
      what: 'OtcNetwork cidr',
      given: text,
      allowed: 'a block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 with a prefix from the range\'s own up to /24 (vpc_v1 doc)',
      fix: 'use a private block such as "10.0.0.0/16".',
    });
  }
  return block;
}

function subnetBlocks(vpc: AddressBlock, zones: string[], given: string[] | undefined): AddressBlock[] {
  if (given === undefined) {
    const prefix = Math.min(vpc.prefix + 4, MAX_SUBNET_PREFIX);
    return zones.map((_, i) => subBlock(vpc, prefix, i));
  }
  if (!Array.isArray(given) || given.length !== zones.length) {
    throw invalidInput({
      code: 'SUBNET_COUNT_MISMATCH',
      what: 'OtcNetwork subnetCidrs',
      given,
      allowed: `one block per availability zone, in zone order (${zones.length}: ${zones.join(', ')})`,
      fix: 'give exactly one subnet block per zone, or omit subnetCidrs to carve them from the VPC block.',
    });
  }
  const blocks = given.map((text, i) => parseBlock(`OtcNetwork subnetCidrs[${i}] (${zones[i]})`, text, IPV4));
  blocks.forEach((block, i) => {
    if (!contains(vpc, block)) {
      throw invalidInput({
        code: 'SUBNET_OUTSIDE_VPC',
        what: `OtcNetwork subnetCidrs[${i}] (${zones[i]})`,
        given: block.text,
        allowed: `a block inside the VPC block ${vpc.text} (vpc_subnet_v1 doc: "must be within the CIDR block of the VPC")`,
        fix: `choose a block inside ${vpc.text}, e.g. ${subBlock(vpc, Math.min(vpc.prefix + 4, MAX_SUBNET_PREFIX), i).text}, or widen the VPC cidr.`,
      });
    }
    if (block.prefix > MAX_SUBNET_PREFIX) {
      throw invalidInput({ code: 'SUBNET_TOO_SMALL', what: `OtcNetwork subnetCidrs[${i}] (${zones[i]})`, given: block.text, allowed: `a prefix of at most /${MAX_SUBNET_PREFIX} (vpc_subnet_v1 doc)`, fix: 'use a larger block.' });
    }
    blocks.slice(0, i).forEach((other, j) => {
      if (overlaps(block, other)) {
        throw invalidInput({
          code: 'SUBNET_CIDRS_OVERLAP',
          what: `OtcNetwork subnetCidrs[${i}] (${zones[i]})`,
          given: block.text,
          allowed: `blocks that do not overlap; it overlaps subnetCidrs[${j}] ${other.text}`,
          fix: 'give each zone its own block.',
        });
      }
    });
  });
  return blocks;
}

