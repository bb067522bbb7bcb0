/*
 * A Neutron security group that denies inbound traffic: the provider's default rules are
 * deleted and only the rules added here exist.
 * Arguments: https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/networking_secgroup_v2.md
 * and .../docs/resources/networking_secgroup_rule_v2.md (`region` is in both schemas, Optional
 * and Computed, though not documented; @cdktf/provider-opentelekomcloud 12.0.16 types it).
 */
import { TerraformResource, Token } from 'cdktf';
import { Construct } from 'constructs';
import { invalidInput } from '../../errors';
import { otc } from './binding';
import { parseBlock } from '../../util/addresses';
import { defaultName, resolveOtcRegion } from './region';

/** Layer-4 protocol of a security group rule. */
export enum OtcProtocol {
  /** TCP. */
  TCP = 'tcp',
  /** UDP. */
  UDP = 'udp',
  /** ICMP (ports are ICMP codes). */
  ICMP = 'icmp',
}

/** One security group rule: who, which protocol, which ports. */
export interface OtcSecurityRule {
  /** The remote IPv4 CIDR block (source of ingress, destination of egress). */
  readonly cidr: string;
  /**
   * Protocol.
   * @default OtcProtocol.TCP
   */
  readonly protocol?: OtcProtocol;
  /**
   * First port (TCP/UDP, 1-65535).
   * @default - every port of the protocol
   */
  readonly fromPort?: number;
  /**
   * Last port.
   * @default - `fromPort`
   */
  readonly toPort?: number;
  /**
   * Description of the rule.
   * @default - none
   */
  readonly description?: string;
}

/** Settings of an `OtcSecurityGroup`. */
export interface OtcSecurityGroupProps {
  /** Open Telekom Cloud region (`eu-de`, `eu-nl`, `eu-ch2`), within the policy's jurisdiction. */
  readonly region: string;
  /**
   * Security group name.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * Description.
   * @default - "Default deny inbound (cdktf-sovereign)"
   */
  readonly description?: string;
  /**
   * IPv4 blocks the members may send traffic to (all protocols). Outbound traffic elsewhere is dropped.
   * @default - none: no outbound traffic until you add egress rules
   */
  readonly egressCidrs?: string[];
}

/** A security group as other constructs see it. */
export interface IOtcSecurityGroup {
  /** The security group ID. */
  readonly securityGroupId: string;
}

/**
 * A security group that denies all inbound traffic (`delete_default_rules = true`, no ingress
 * rule) and allows outbound traffic only to the blocks you name. Add rules with
 * `addIngressRule` / `addEgressRule`; each becomes one `opentelekomcloud_networking_secgroup_rule_v2`.
 *
 * @example
 * const sg = new OtcSecurityGroup(stack, 'Web', { region: 'eu-de', egressCidrs: ['10.0.0.0/16'] });
 * sg.addIngressRule('Https', { cidr: '10.0.0.0/16', fromPort: 443 });
 */
export class OtcSecurityGroup extends Construct implements IOtcSecurityGroup {
  public readonly securityGroupId: string;
  /** The region. */
  public readonly region: string;
  /** The `opentelekomcloud_networking_secgroup_v2` resource (escape hatch). */
  public readonly resource: TerraformResource;

  constructor(scope: Construct, id: string, props: OtcSecurityGroupProps) {
    super(scope, id);
    if (props === undefined || props === null || typeof props !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: 'OtcSecurityGroup props', given: props, allowed: 'an OtcSecurityGroupProps object', fix: 'pass { region }.' });
    }
    const location = resolveOtcRegion(this, 'OtcSecurityGroup', props.region);
    this.region = location.region.code;
    const { NetworkingSecgroupV2 } = otc.secgroup('OtcSecurityGroup');
    this.resource = new NetworkingSecgroupV2(this, 'Resource', {
      name: props.name ?? defaultName(this, 64),
      description: props.description ?? 'Default deny inbound (cdktf-sovereign)',
      region: this.region,
      // Without this, the cloud adds its default rules, which Terraform does not manage (secgroup doc, "Default Security Group Rules").
      deleteDefaultRules: true,
    });
    this.securityGroupId = this.resource.getStringAttribute('id');
    (props.egressCidrs ?? []).forEach((cidr, i) => this.addEgressRule(`Egress${i}`, { cidr, description: 'Outbound (cdktf-sovereign)' }));
  }

  /** Allow inbound traffic from `rule.cidr`. */
  public addIngressRule(id: string, rule: OtcSecurityRule): void {
    this.addRule(id, 'ingress', rule);
  }

  /** Allow outbound traffic to `rule.cidr`. */
  public addEgressRule(id: string, rule: OtcSecurityRule): void {
    this.addRule(id, 'egress', rule);
  }

  private addRule(id: string, direction: 'ingress' | 'egress', rule: OtcSecurityRule): void {
    const what = `OtcSecurityGroup ${direction} rule "${id}"`;
    if (rule === undefined || rule === null || typeof rule !== 'object') {
      throw invalidInput({ code: 'INVALID_RULE', what, given: rule, allowed: 'an OtcSecurityRule { cidr, protocol?, fromPort?, toPort? }', fix: 'pass at least { cidr }.' });
    }
    if (!Token.isUnresolved(rule.cidr)) parseBlock(`${what} cidr`, rule.cidr, { version: 4, allowed: 'an IPv4 CIDR block such as "10.0.0.0/16"' });
    const protocol = rule.protocol ?? (rule.fromPort !== undefined ? OtcProtocol.TCP : undefined);
    if (protocol !== undefined && !Object.values(OtcProtocol).includes(protocol)) {
      throw invalidInput({ code: 'INVALID_CHOICE', what: `${what} protocol`, given: protocol, allowed: Object.values(OtcProtocol).join(', '), fix: 'use an OtcProtocol value.' });
    }
    const toPort = rule.toPort ?? rule.fromPort;
    if (rule.toPort !== undefined && rule.fromPort === undefined) {
      throw invalidInput({ code: 'PORT_RANGE_WITHOUT_START', what: `${what} toPort`, given: rule.toPort, allowed: 'toPort only together with fromPort', fix: 'set fromPort as well.' });
    }
    if (rule.fromPort !== undefined) {
      const [min, max] = protocol === OtcProtocol.ICMP ? [0, 255] : [1, 65535];
      for (const [name, port] of [['fromPort', rule.fromPort], ['toPort', toPort]] as const) {
        if (!Number.isInteger(port) || port! < min || port! > max) {
          throw invalidInput({ code: 'INVALID_PORT', what: `${what} ${name}`, given: port, allowed: `an integer from ${min} to ${max}`, fix: 'use a valid port number.' });
        }
      }
      if (toPort! < rule.fromPort) {
        throw invalidInput({ code: 'INVALID_PORT_RANGE', what: `${what} ports`, given: `${rule.fromPort}-${toPort}`, allowed: 'fromPort <= toPort', fix: 'swap the ports.' });
      }
    }
    const { NetworkingSecgroupRuleV2 } = otc.secgroupRule('OtcSecurityGroup');
    new NetworkingSecgroupRuleV2(this, id, {
      securityGroupId: this.securityGroupId,
      region: this.region,
      direction,
      ethertype: 'IPv4',
      remoteIpPrefix: rule.cidr,
      ...(protocol !== undefined ? { protocol } : {}),
      ...(rule.fromPort !== undefined ? { portRangeMin: rule.fromPort, portRangeMax: toPort } : {}),
      ...(rule.description !== undefined ? { description: rule.description } : {}),
    });
  }
}
