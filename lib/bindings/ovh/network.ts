/*
 * ovh/ovh network resources of OvhcloudNetwork (internal: not part of the jsii API). Arguments
 * and nesting from the provider documentation at v2.19.0:
 *   https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources/<resource>.md
 * (cloud_network_private_vrack, cloud_network_private_vrack_subnet, cloud_security_group,
 * cloud_instance, cloud_gateway). These are plugin-framework resources: `rule`, `networks` are
 * list attributes (`rule = [ { … } ]`, plain arrays) and `external_gateway` is a nested
 * attribute (`external_gateway = { … }`, a plain object).
 */
import { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { BoundResource } from '../base';
import { OVH } from '../providers';

/** @internal */
export interface OvhPrivateNetworkConfig {
  readonly serviceName: string;
  readonly name: string;
  readonly region: string;
  readonly description?: string;
  readonly vlanId?: number;
}

/** `ovh_cloud_network_private_vrack`: `service_name`, `name`, `region`, `description`, `vlan_id`. @internal */
export class OvhPrivateNetwork extends BoundResource<OvhPrivateNetworkConfig> {
  constructor(scope: Construct, id: string, render: () => OvhPrivateNetworkConfig, provider?: TerraformProvider) {
    super(scope, id, 'ovh_cloud_network_private_vrack', OVH, render, provider);
  }

  protected attributes(c: OvhPrivateNetworkConfig): Record<string, unknown> {
    return { service_name: c.serviceName, name: c.name, region: c.region, description: c.description, vlan_id: c.vlanId };
  }
}

/** @internal */
export interface OvhPrivateSubnetConfig {
  readonly serviceName: string;
  readonly networkId: string;
  readonly name: string;
  readonly cidr: string;
  readonly region: string;
  readonly description?: string;
}

/**
 * `ovh_cloud_network_private_vrack_subnet`: `service_name`, `network_id`, `name`, `cidr`, `region`,
 * `description`, `dhcp_enabled = true` (the instances take their address from it).
 * @internal
 */
export class OvhPrivateSubnet extends BoundResource<OvhPrivateSubnetConfig> {
  constructor(scope: Construct, id: string, render: () => OvhPrivateSubnetConfig, provider?: TerraformProvider, dependsOn?: ITerraformDependable[]) {
    super(scope, id, 'ovh_cloud_network_private_vrack_subnet', OVH, render, provider, dependsOn);
  }

  protected attributes(c: OvhPrivateSubnetConfig): Record<string, unknown> {
    return { service_name: c.serviceName, network_id: c.networkId, name: c.name, cidr: c.cidr, region: c.region, description: c.description, dhcp_enabled: true };
  }
}

/** @internal */
export interface OvhSecurityGroupRule {
  /** `INGRESS` or `EGRESS`. */
  readonly direction: string;
  /** `IPV4` or `IPV6`. */
  readonly ethernetType: string;
  /** `TCP`, `UDP`, `ICMP`. */
  readonly protocol: string;
  readonly portRangeMin?: number;
  readonly portRangeMax?: number;
  readonly remoteIpPrefix: string;
  readonly description?: string;
}

/** @internal */
export interface OvhSecurityGroupConfig {
  readonly serviceName: string;
  readonly region: string;
  readonly name: string;
  readonly description: string;
  readonly rules: OvhSecurityGroupRule[];
}

/**
 * `ovh_cloud_security_group`: `service_name`, `region`, `name`, `description`, `rule = [{ direction,
 * ethernet_type, protocol, port_range_min, port_range_max, remote_ip_prefix, description }]`
 * (a list attribute; none at all when there is no rule).
 * @internal
 */
export class OvhSecurityGroup extends BoundResource<OvhSecurityGroupConfig> {
  constructor(scope: Construct, id: string, render: () => OvhSecurityGroupConfig, provider?: TerraformProvider) {
    super(scope, id, 'ovh_cloud_security_group', OVH, render, provider);
  }

  protected attributes(c: OvhSecurityGroupConfig): Record<string, unknown> {
    return {
      service_name: c.serviceName,
      region: c.region,
      name: c.name,
      description: c.description,
      rule: c.rules.length === 0 ? undefined : c.rules.map((r) => ({
        direction: r.direction,
        ethernet_type: r.ethernetType,
        protocol: r.protocol,
        port_range_min: r.portRangeMin,
        port_range_max: r.portRangeMax,
        remote_ip_prefix: r.remoteIpPrefix,
        description: r.description,
      })),
    };
  }
}

/** @internal */
export interface OvhInstanceConfig {
  readonly serviceName: string;
  readonly region: string;
  readonly name: string;
  readonly flavorId: string;
  readonly imageId: string;
  readonly availabilityZone?: string;
  readonly sshKeyName?: string;
  readonly networkId: string;
  readonly subnetId: string;
  readonly ip?: string;
  readonly securityGroupIds: string[];
}

/**
 * `ovh_cloud_instance`: `service_name`, `region`, `name`, `flavor_id`, `image_id`,
 * `availability_zone`, `ssh_key_name`, `networks = [{ network_id, subnet_id, ip }]` (a private
 * interface only: no `auto_assign_public_ip`, no public `ip` entry) and `security_group_ids`
 * (always written: omitted, the platform applies the project's `default` group).
 * @internal
 */
export class OvhInstance extends BoundResource<OvhInstanceConfig> {
  constructor(scope: Construct, id: string, render: () => OvhInstanceConfig, provider?: TerraformProvider, dependsOn?: ITerraformDependable[]) {
    super(scope, id, 'ovh_cloud_instance', OVH, render, provider, dependsOn);
  }

  protected attributes(c: OvhInstanceConfig): Record<string, unknown> {
    return {
      service_name: c.serviceName,
      region: c.region,
      name: c.name,
      flavor_id: c.flavorId,
      image_id: c.imageId,
      availability_zone: c.availabilityZone,
      ssh_key_name: c.sshKeyName,
      networks: [{ network_id: c.networkId, subnet_id: c.subnetId, ip: c.ip }],
      security_group_ids: c.securityGroupIds,
    };
  }
}

/** @internal */
export interface OvhGatewayConfig {
  readonly serviceName: string;
  readonly region: string;
  readonly name: string;
  readonly description?: string;
  /** `S`, `M`, `L`, `XL`, `2XL`, `3XL`. */
  readonly model: string;
  readonly subnetIds: string[];
}

/**
 * `ovh_cloud_gateway`: `service_name`, `region`, `name`, `description`, `external_gateway =
 * { enabled = true, model }` (a nested attribute), `subnet_ids`.
 * @internal
 */
export class OvhGateway extends BoundResource<OvhGatewayConfig> {
  constructor(scope: Construct, id: string, render: () => OvhGatewayConfig, provider?: TerraformProvider, dependsOn?: ITerraformDependable[]) {
    super(scope, id, 'ovh_cloud_gateway', OVH, render, provider, dependsOn);
  }

  protected attributes(c: OvhGatewayConfig): Record<string, unknown> {
    return {
      service_name: c.serviceName,
      region: c.region,
      name: c.name,
      description: c.description,
      external_gateway: { enabled: true, model: c.model },
      subnet_ids: c.subnetIds,
    };
  }
}
