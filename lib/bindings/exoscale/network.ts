/*
 * exoscale/exoscale network resources of ExoscaleNetwork (internal: not part of the jsii API).
 * Arguments and nesting from the provider documentation at v0.70.0:
 *   https://github.com/exoscale/terraform-provider-exoscale/blob/v0.70.0/docs/resources/<resource>.md
 * (private_network, security_group, security_group_rule, compute_instance). `network_interface`
 * of compute_instance is a block ("Block Set").
 */
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { blocks, BoundResource } from '../base';
import { EXOSCALE } from '../providers';

/** @internal */
export interface ExoscalePrivateNetworkConfig {
  readonly zone: string;
  readonly name: string;
  readonly description: string;
  /** Managed network: the mask and the DHCP range. */
  readonly netmask: string;
  readonly startIp: string;
  readonly endIp: string;
  readonly labels?: { [key: string]: string };
}

/** `exoscale_private_network`: `zone`, `name`, `description`, `netmask`, `start_ip`, `end_ip`, `labels` (a managed network: Exoscale's DHCP). @internal */
export class ExoscalePrivateNetwork extends BoundResource<ExoscalePrivateNetworkConfig> {
  constructor(scope: Construct, id: string, render: () => ExoscalePrivateNetworkConfig, provider?: TerraformProvider) {
    super(scope, id, 'exoscale_private_network', EXOSCALE, render, provider);
  }

  protected attributes(c: ExoscalePrivateNetworkConfig): Record<string, unknown> {
    return { zone: c.zone, name: c.name, description: c.description, netmask: c.netmask, start_ip: c.startIp, end_ip: c.endIp, labels: c.labels };
  }
}

/** @internal */
export interface ExoscaleSecurityGroupConfig {
  readonly name: string;
  readonly description: string;
}

/** `exoscale_security_group`: `name`, `description`. @internal */
export class ExoscaleSecurityGroup extends BoundResource<ExoscaleSecurityGroupConfig> {
  constructor(scope: Construct, id: string, render: () => ExoscaleSecurityGroupConfig, provider?: TerraformProvider) {
    super(scope, id, 'exoscale_security_group', EXOSCALE, render, provider);
  }

  protected attributes(c: ExoscaleSecurityGroupConfig): Record<string, unknown> {
    return { name: c.name, description: c.description };
  }
}

/** @internal */
export interface ExoscaleSecurityGroupRuleConfig {
  readonly securityGroupId: string;
  /** `INGRESS` or `EGRESS`. */
  readonly type: string;
  /** `TCP`, `UDP`, `ICMP`, `ICMPv6`. */
  readonly protocol: string;
  readonly cidr: string;
  readonly startPort?: number;
  readonly endPort?: number;
  readonly description?: string;
}

/**
 * `exoscale_security_group_rule`: `security_group_id`, `type`, `protocol` (always written: the
 * provider's default is TCP), `cidr`, `start_port`, `end_port` (TCP/UDP only), `description`.
 * @internal
 */
export class ExoscaleSecurityGroupRule extends BoundResource<ExoscaleSecurityGroupRuleConfig> {
  constructor(scope: Construct, id: string, render: () => ExoscaleSecurityGroupRuleConfig, provider?: TerraformProvider) {
    super(scope, id, 'exoscale_security_group_rule', EXOSCALE, render, provider);
  }

  protected attributes(c: ExoscaleSecurityGroupRuleConfig): Record<string, unknown> {
    return { security_group_id: c.securityGroupId, type: c.type, protocol: c.protocol, cidr: c.cidr, start_port: c.startPort, end_port: c.endPort, description: c.description };
  }
}

/** @internal */
export interface ExoscaleComputeInstanceConfig {
  readonly zone: string;
  readonly name: string;
  readonly type: string;
  readonly templateId: string;
  readonly diskSize: number;
  readonly securityGroupIds: string[];
  readonly networkId: string;
  readonly ipAddress?: string;
  /** `private = true`: no public IP address. */
  readonly private: boolean;
  readonly userData?: string;
  readonly sshKeys?: string[];
  readonly labels?: { [key: string]: string };
}

/**
 * `exoscale_compute_instance`: `zone`, `name`, `type`, `template_id`, `disk_size`,
 * `security_group_ids`, `network_interface { network_id, ip_address }`, `private` ("no public IP
 * addresses; default: false", so always written), `ipv6 = false`, `user_data`, `ssh_keys`, `labels`.
 * @internal
 */
export class ExoscaleComputeInstance extends BoundResource<ExoscaleComputeInstanceConfig> {
  constructor(scope: Construct, id: string, render: () => ExoscaleComputeInstanceConfig, provider?: TerraformProvider) {
    super(scope, id, 'exoscale_compute_instance', EXOSCALE, render, provider);
  }

  protected attributes(c: ExoscaleComputeInstanceConfig): Record<string, unknown> {
    return {
      zone: c.zone,
      name: c.name,
      type: c.type,
      template_id: c.templateId,
      disk_size: c.diskSize,
      security_group_ids: c.securityGroupIds,
      network_interface: blocks({ network_id: c.networkId, ip_address: c.ipAddress }),
      private: c.private,
      ipv6: false,
      user_data: c.userData,
      ssh_keys: c.sshKeys,
      labels: c.labels,
    };
  }
}
