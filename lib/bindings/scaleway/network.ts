/*
 * scaleway/scaleway network resources (internal: not part of the jsii API). Arguments and
 * nesting from the provider documentation at v2.81.0:
 *   https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources/<resource>.md
 * (vpc, vpc_private_network, instance_security_group, instance_server, vpc_public_gateway,
 * vpc_public_gateway_ip, vpc_gateway_network; index.md for the provider block). SDKv2 provider:
 * nested configuration is blocks; `user_data` of instance_server is a map.
 */
import { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { blocks, blocksOrNone, BoundProvider, BoundResource } from '../base';
import { SCALEWAY } from '../providers';

/** @internal */
export interface ScalewayProviderConfig {
  readonly accessKey?: string;
  readonly secretKey?: string;
  readonly projectId?: string;
  readonly region: string;
  readonly zone: string;
  readonly alias?: string;
}

/** The `scaleway` provider block: `access_key`, `secret_key`, `project_id`, `region`, `zone` (index.md). @internal */
export class ScalewayProviderBlock extends BoundProvider {
  constructor(scope: Construct, id: string, private readonly config: ScalewayProviderConfig) {
    super(scope, id, SCALEWAY, config.alias);
  }

  protected attributes(): Record<string, unknown> {
    const c = this.config;
    return { access_key: c.accessKey, secret_key: c.secretKey, project_id: c.projectId, region: c.region, zone: c.zone };
  }
}

/** @internal */
export interface ScalewayVpcConfig {
  readonly name: string;
  readonly region: string;
  readonly tags?: string[];
}

/** `scaleway_vpc`: `name`, `region`, `tags`. @internal */
export class ScalewayVpc extends BoundResource<ScalewayVpcConfig> {
  constructor(scope: Construct, id: string, render: () => ScalewayVpcConfig, provider?: TerraformProvider) {
    super(scope, id, 'scaleway_vpc', SCALEWAY, render, provider);
  }

  protected attributes(c: ScalewayVpcConfig): Record<string, unknown> {
    return { name: c.name, region: c.region, tags: c.tags };
  }
}

/** @internal */
export interface ScalewayPrivateNetworkConfig {
  readonly name: string;
  readonly vpcId: string;
  readonly region: string;
  readonly ipv4Subnet: string;
  readonly tags?: string[];
}

/** `scaleway_vpc_private_network`: `name`, `vpc_id`, `region`, `ipv4_subnet { subnet }`, `tags`. @internal */
export class ScalewayPrivateNetwork extends BoundResource<ScalewayPrivateNetworkConfig> {
  constructor(scope: Construct, id: string, render: () => ScalewayPrivateNetworkConfig, provider?: TerraformProvider) {
    super(scope, id, 'scaleway_vpc_private_network', SCALEWAY, render, provider);
  }

  protected attributes(c: ScalewayPrivateNetworkConfig): Record<string, unknown> {
    return { name: c.name, vpc_id: c.vpcId, region: c.region, ipv4_subnet: blocks({ subnet: c.ipv4Subnet }), tags: c.tags };
  }
}

/** @internal */
export interface ScalewaySecurityGroupRule {
  /** `accept` or `drop`. */
  readonly action: string;
  /** `TCP`, `UDP`, `ICMP` or `ANY`. */
  readonly protocol: string;
  readonly port?: number;
  /** `22-23`. */
  readonly portRange?: string;
  readonly ipRange?: string;
}

/** @internal */
export interface ScalewaySecurityGroupConfig {
  readonly name: string;
  readonly description: string;
  readonly zone: string;
  readonly inbound: ScalewaySecurityGroupRule[];
  readonly outbound: ScalewaySecurityGroupRule[];
  readonly tags?: string[];
}

function rule(r: ScalewaySecurityGroupRule): Record<string, unknown> {
  return { action: r.action, protocol: r.protocol, port: r.port, port_range: r.portRange, ip_range: r.ipRange };
}

/**
 * `scaleway_instance_security_group`: `name`, `description`, `zone`, `stateful`,
 * `inbound_default_policy` and `outbound_default_policy` (both `drop`: the provider's default is
 * `accept`), `enable_default_security` (SMTP blocked), `inbound_rule` / `outbound_rule`
 * `{ action, protocol, port, port_range, ip_range }`, `tags`.
 * @internal
 */
export class ScalewaySecurityGroup extends BoundResource<ScalewaySecurityGroupConfig> {
  constructor(scope: Construct, id: string, render: () => ScalewaySecurityGroupConfig, provider?: TerraformProvider) {
    super(scope, id, 'scaleway_instance_security_group', SCALEWAY, render, provider);
  }

  protected attributes(c: ScalewaySecurityGroupConfig): Record<string, unknown> {
    return {
      name: c.name,
      description: c.description,
      zone: c.zone,
      stateful: true,
      inbound_default_policy: 'drop',
      outbound_default_policy: 'drop',
      enable_default_security: true,
      inbound_rule: blocksOrNone(c.inbound.map(rule)),
      outbound_rule: blocksOrNone(c.outbound.map(rule)),
      tags: c.tags,
    };
  }
}

/** @internal */
export interface ScalewayInstanceServerConfig {
  readonly name: string;
  readonly type: string;
  readonly image: string;
  readonly zone: string;
  readonly securityGroupId: string;
  readonly privateNetworkId: string;
  readonly cloudInit?: string;
  readonly tags?: string[];
}

/**
 * `scaleway_instance_server`: `name`, `type`, `image`, `zone`, `security_group_id`,
 * `private_network { pn_id }`, `user_data { cloud-init }`, `tags`, `enable_dynamic_ip = false`
 * and no `ip_id` / `ip_ids`: no public address.
 * @internal
 */
export class ScalewayInstanceServer extends BoundResource<ScalewayInstanceServerConfig> {
  constructor(scope: Construct, id: string, render: () => ScalewayInstanceServerConfig, provider?: TerraformProvider) {
    super(scope, id, 'scaleway_instance_server', SCALEWAY, render, provider);
  }

  protected attributes(c: ScalewayInstanceServerConfig): Record<string, unknown> {
    return {
      name: c.name,
      type: c.type,
      image: c.image,
      zone: c.zone,
      security_group_id: c.securityGroupId,
      private_network: blocks({ pn_id: c.privateNetworkId }),
      user_data: c.cloudInit === undefined ? undefined : { 'cloud-init': c.cloudInit },
      enable_dynamic_ip: false,
      tags: c.tags,
    };
  }
}

/** @internal */
export interface ScalewayPublicGatewayIpConfig {
  readonly zone: string;
  readonly tags?: string[];
}

/** `scaleway_vpc_public_gateway_ip`: `zone`, `tags`. @internal */
export class ScalewayPublicGatewayIp extends BoundResource<ScalewayPublicGatewayIpConfig> {
  constructor(scope: Construct, id: string, render: () => ScalewayPublicGatewayIpConfig, provider?: TerraformProvider) {
    super(scope, id, 'scaleway_vpc_public_gateway_ip', SCALEWAY, render, provider);
  }

  protected attributes(c: ScalewayPublicGatewayIpConfig): Record<string, unknown> {
    return { zone: c.zone, tags: c.tags };
  }
}

/** @internal */
export interface ScalewayPublicGatewayConfig {
  readonly name: string;
  readonly type: string;
  readonly zone: string;
  readonly ipId: string;
  readonly tags?: string[];
}

/** `scaleway_vpc_public_gateway`: `name`, `type`, `zone`, `ip_id`, `bastion_enabled = false`, `tags`. @internal */
export class ScalewayPublicGateway extends BoundResource<ScalewayPublicGatewayConfig> {
  constructor(scope: Construct, id: string, render: () => ScalewayPublicGatewayConfig, provider?: TerraformProvider) {
    super(scope, id, 'scaleway_vpc_public_gateway', SCALEWAY, render, provider);
  }

  protected attributes(c: ScalewayPublicGatewayConfig): Record<string, unknown> {
    return { name: c.name, type: c.type, zone: c.zone, ip_id: c.ipId, bastion_enabled: false, tags: c.tags };
  }
}

/** @internal */
export interface ScalewayGatewayNetworkConfig {
  readonly gatewayId: string;
  readonly privateNetworkId: string;
  readonly zone: string;
  readonly masquerade: boolean;
  readonly pushDefaultRoute: boolean;
}

/** `scaleway_vpc_gateway_network`: `gateway_id`, `private_network_id`, `zone`, `enable_masquerade`, `ipam_config { push_default_route }`. @internal */
export class ScalewayGatewayNetwork extends BoundResource<ScalewayGatewayNetworkConfig> {
  constructor(scope: Construct, id: string, render: () => ScalewayGatewayNetworkConfig, provider?: TerraformProvider, dependsOn?: ITerraformDependable[]) {
    super(scope, id, 'scaleway_vpc_gateway_network', SCALEWAY, render, provider, dependsOn);
  }

  protected attributes(c: ScalewayGatewayNetworkConfig): Record<string, unknown> {
    return {
      gateway_id: c.gatewayId,
      private_network_id: c.privateNetworkId,
      zone: c.zone,
      enable_masquerade: c.masquerade,
      ipam_config: blocks({ push_default_route: c.pushDefaultRoute }),
    };
  }
}
