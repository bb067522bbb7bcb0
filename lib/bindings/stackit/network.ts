/*
 * stackitcloud/stackit network resources of StackitNetwork (internal: not part of the jsii API).
 * Arguments and nesting from the provider documentation at v0.113.0 (the tag of the other
 * STACKIT bindings):
 *   https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources/<resource>.md
 * (network, security_group, security_group_rule, network_interface, server, public_ip). Plugin
 * framework: nested configuration (`protocol`, `port_range`, `boot_volume`) is "Attributes",
 * written as objects.
 */
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { BoundResource } from '../base';
import { STACKIT } from '../providers';

/** @internal */
export interface StackitNetworkConfig {
  readonly projectId: string;
  readonly name: string;
  readonly region: string;
  readonly ipv4Prefix: string;
  /** `no_ipv4_gateway`: no default route, no source NAT to the internet. */
  readonly noIpv4Gateway: boolean;
  readonly labels?: { [key: string]: string };
}

/**
 * `stackit_network`: `project_id`, `name`, `region`, `ipv4_prefix`, `no_ipv4_gateway` (only when
 * true: it conflicts with `ipv4_gateway`, and false is the provider's behaviour anyway), `labels`.
 * @internal
 */
export class StackitNetworkResource extends BoundResource<StackitNetworkConfig> {
  constructor(scope: Construct, id: string, render: () => StackitNetworkConfig, provider?: TerraformProvider) {
    super(scope, id, 'stackit_network', STACKIT, render, provider);
  }

  protected attributes(c: StackitNetworkConfig): Record<string, unknown> {
    return { project_id: c.projectId, name: c.name, region: c.region, ipv4_prefix: c.ipv4Prefix, no_ipv4_gateway: c.noIpv4Gateway ? true : undefined, labels: c.labels };
  }
}

/** @internal */
export interface StackitSecurityGroupConfig {
  readonly projectId: string;
  readonly name: string;
  readonly region: string;
  readonly description: string;
  readonly labels?: { [key: string]: string };
}

/** `stackit_security_group`: `project_id`, `name`, `region`, `description`, `stateful = true`, `labels`. @internal */
export class StackitSecurityGroup extends BoundResource<StackitSecurityGroupConfig> {
  constructor(scope: Construct, id: string, render: () => StackitSecurityGroupConfig, provider?: TerraformProvider) {
    super(scope, id, 'stackit_security_group', STACKIT, render, provider);
  }

  protected attributes(c: StackitSecurityGroupConfig): Record<string, unknown> {
    return { project_id: c.projectId, name: c.name, region: c.region, description: c.description, stateful: true, labels: c.labels };
  }
}

/** @internal */
export interface StackitSecurityGroupRuleConfig {
  readonly projectId: string;
  readonly securityGroupId: string;
  readonly region: string;
  /** `ingress` or `egress`. */
  readonly direction: string;
  /** `IPv4` or `IPv6`. */
  readonly etherType: string;
  readonly ipRange: string;
  /** `tcp`, `udp`, `icmp`, `ipv6-icmp`. */
  readonly protocol: string;
  readonly portMin?: number;
  readonly portMax?: number;
  readonly description?: string;
}

/**
 * `stackit_security_group_rule`: `project_id`, `security_group_id`, `region`, `direction`,
 * `ether_type`, `ip_range`, `protocol = { name }`, `port_range = { min, max }` (not for ICMP),
 * `description`.
 * @internal
 */
export class StackitSecurityGroupRule extends BoundResource<StackitSecurityGroupRuleConfig> {
  constructor(scope: Construct, id: string, render: () => StackitSecurityGroupRuleConfig, provider?: TerraformProvider) {
    super(scope, id, 'stackit_security_group_rule', STACKIT, render, provider);
  }

  protected attributes(c: StackitSecurityGroupRuleConfig): Record<string, unknown> {
    return {
      project_id: c.projectId,
      security_group_id: c.securityGroupId,
      region: c.region,
      direction: c.direction,
      ether_type: c.etherType,
      ip_range: c.ipRange,
      protocol: { name: c.protocol },
      port_range: c.portMin === undefined ? undefined : { min: c.portMin, max: c.portMax },
      description: c.description,
    };
  }
}

/** @internal */
export interface StackitNetworkInterfaceConfig {
  readonly projectId: string;
  readonly networkId: string;
  readonly region: string;
  readonly name: string;
  readonly securityGroupIds: string[];
  readonly ipv4?: string;
  readonly labels?: { [key: string]: string };
}

/**
 * `stackit_network_interface`: `project_id`, `network_id`, `region`, `name`, `security = true`,
 * `security_group_ids`, `ipv4`, `labels`.
 * @internal
 */
export class StackitNetworkInterface extends BoundResource<StackitNetworkInterfaceConfig> {
  constructor(scope: Construct, id: string, render: () => StackitNetworkInterfaceConfig, provider?: TerraformProvider) {
    super(scope, id, 'stackit_network_interface', STACKIT, render, provider);
  }

  protected attributes(c: StackitNetworkInterfaceConfig): Record<string, unknown> {
    return {
      project_id: c.projectId,
      network_id: c.networkId,
      region: c.region,
      name: c.name,
      security: true,
      security_group_ids: c.securityGroupIds,
      ipv4: c.ipv4,
      labels: c.labels,
    };
  }
}

/** @internal */
export interface StackitServerConfig {
  readonly projectId: string;
  readonly region: string;
  readonly name: string;
  readonly machineType: string;
  readonly availabilityZone: string;
  readonly imageId: string;
  readonly bootVolumeSize: number;
  readonly networkInterfaceId: string;
  readonly userData?: string;
  readonly keypairName?: string;
  readonly labels?: { [key: string]: string };
}

/**
 * `stackit_server`: `project_id`, `region`, `name`, `machine_type`, `availability_zone`,
 * `boot_volume = { source_type = "image", source_id, size, delete_on_termination = true }`,
 * `network_interfaces` (the one interface on the private network), `user_data` (the provider
 * base64-encodes it), `keypair_name`, `labels`.
 * @internal
 */
export class StackitServer extends BoundResource<StackitServerConfig> {
  constructor(scope: Construct, id: string, render: () => StackitServerConfig, provider?: TerraformProvider) {
    super(scope, id, 'stackit_server', STACKIT, render, provider);
  }

  protected attributes(c: StackitServerConfig): Record<string, unknown> {
    return {
      project_id: c.projectId,
      region: c.region,
      name: c.name,
      machine_type: c.machineType,
      availability_zone: c.availabilityZone,
      boot_volume: { source_type: 'image', source_id: c.imageId, size: c.bootVolumeSize, delete_on_termination: true },
      network_interfaces: [c.networkInterfaceId],
      user_data: c.userData,
      keypair_name: c.keypairName,
      labels: c.labels,
    };
  }
}

/** @internal */
export interface StackitPublicIpConfig {
  readonly projectId: string;
  readonly region: string;
  readonly networkInterfaceId: string;
  readonly labels?: { [key: string]: string };
}

/** `stackit_public_ip`: `project_id`, `region`, `network_interface_id`, `labels`. @internal */
export class StackitPublicIp extends BoundResource<StackitPublicIpConfig> {
  constructor(scope: Construct, id: string, render: () => StackitPublicIpConfig, provider?: TerraformProvider) {
    super(scope, id, 'stackit_public_ip', STACKIT, render, provider);
  }

  protected attributes(c: StackitPublicIpConfig): Record<string, unknown> {
    return { project_id: c.projectId, region: c.region, network_interface_id: c.networkInterfaceId, labels: c.labels };
  }
}
