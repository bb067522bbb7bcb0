/*
 * hetznercloud/hcloud resources of the network constructs (internal: not part of the jsii API).
 * Arguments and nesting from the provider documentation at v1.68.0:
 *   https://github.com/hetznercloud/terraform-provider-hcloud/blob/v1.68.0/docs/resources/<resource>.md
 * (network, network_subnet, network_route, firewall, server; index.md for the provider block).
 * SDKv2 provider: nested configuration is blocks.
 */
import { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { blocks, blocksOrNone, BoundProvider, BoundResource } from '../base';
import { HCLOUD } from '../providers';

/** @internal */
export interface HcloudProviderConfig {
  /** API token: a reference to a sensitive variable; unset: HCLOUD_TOKEN from the environment. */
  readonly token?: string;
  readonly alias?: string;
}

/** The `hcloud` provider block: `token` (index.md). @internal */
export class HcloudProviderBlock extends BoundProvider {
  constructor(scope: Construct, id: string, private readonly config: HcloudProviderConfig) {
    super(scope, id, HCLOUD, config.alias);
  }

  protected attributes(): Record<string, unknown> {
    return { token: this.config.token };
  }
}

/** @internal */
export interface HcloudNetworkConfig {
  readonly name: string;
  readonly ipRange: string;
  readonly labels?: { [key: string]: string };
  readonly deleteProtection?: boolean;
}

/** `hcloud_network`: `name`, `ip_range`, `labels`, `delete_protection`. @internal */
export class HcloudNetwork extends BoundResource<HcloudNetworkConfig> {
  constructor(scope: Construct, id: string, render: () => HcloudNetworkConfig, provider?: TerraformProvider) {
    super(scope, id, 'hcloud_network', HCLOUD, render, provider);
  }

  protected attributes(c: HcloudNetworkConfig): Record<string, unknown> {
    return { name: c.name, ip_range: c.ipRange, labels: c.labels, delete_protection: c.deleteProtection };
  }
}

/** @internal */
export interface HcloudNetworkSubnetConfig {
  readonly networkId: string;
  /** `cloud`, `server` or `vswitch`. */
  readonly type: string;
  readonly networkZone: string;
  readonly ipRange: string;
}

/** `hcloud_network_subnet`: `network_id`, `type`, `network_zone`, `ip_range`. @internal */
export class HcloudNetworkSubnet extends BoundResource<HcloudNetworkSubnetConfig> {
  constructor(scope: Construct, id: string, render: () => HcloudNetworkSubnetConfig, provider?: TerraformProvider) {
    super(scope, id, 'hcloud_network_subnet', HCLOUD, render, provider);
  }

  protected attributes(c: HcloudNetworkSubnetConfig): Record<string, unknown> {
    return { network_id: c.networkId, type: c.type, network_zone: c.networkZone, ip_range: c.ipRange };
  }
}

/** @internal */
export interface HcloudNetworkRouteConfig {
  readonly networkId: string;
  readonly destination: string;
  readonly gateway: string;
}

/** `hcloud_network_route`: `network_id`, `destination`, `gateway`. @internal */
export class HcloudNetworkRoute extends BoundResource<HcloudNetworkRouteConfig> {
  constructor(scope: Construct, id: string, render: () => HcloudNetworkRouteConfig, provider?: TerraformProvider, dependsOn?: ITerraformDependable[]) {
    super(scope, id, 'hcloud_network_route', HCLOUD, render, provider, dependsOn);
  }

  protected attributes(c: HcloudNetworkRouteConfig): Record<string, unknown> {
    return { network_id: c.networkId, destination: c.destination, gateway: c.gateway };
  }
}

/** @internal */
export interface HcloudFirewallRule {
  /** `in` or `out`. */
  readonly direction: string;
  /** `tcp`, `udp`, `icmp`, `gre` or `esp`. */
  readonly protocol: string;
  /** `22`, `80-85` or `any`; only for tcp and udp. */
  readonly port?: string;
  readonly sourceIps?: string[];
  readonly destinationIps?: string[];
  readonly description?: string;
}

/** @internal */
export interface HcloudFirewallConfig {
  readonly name: string;
  readonly labels?: { [key: string]: string };
  readonly rules: HcloudFirewallRule[];
  readonly applyToLabelSelectors: string[];
}

/**
 * `hcloud_firewall`: `name`, `labels`, `rule { direction, protocol, port, source_ips,
 * destination_ips, description }`, `apply_to { label_selector }`.
 * @internal
 */
export class HcloudFirewall extends BoundResource<HcloudFirewallConfig> {
  constructor(scope: Construct, id: string, render: () => HcloudFirewallConfig, provider?: TerraformProvider) {
    super(scope, id, 'hcloud_firewall', HCLOUD, render, provider);
  }

  protected attributes(c: HcloudFirewallConfig): Record<string, unknown> {
    return {
      name: c.name,
      labels: c.labels,
      rule: blocksOrNone(c.rules.map((r) => ({
        direction: r.direction,
        protocol: r.protocol,
        port: r.port,
        source_ips: r.sourceIps,
        destination_ips: r.destinationIps,
        description: r.description,
      }))),
      apply_to: blocksOrNone(c.applyToLabelSelectors.map((selector) => ({ label_selector: selector }))),
    };
  }
}

/** @internal */
export interface HcloudServerNetwork {
  readonly networkId: string;
  readonly subnetId?: string;
  readonly ip?: string;
}

/** @internal */
export interface HcloudServerConfig {
  readonly name: string;
  readonly serverType: string;
  readonly image: string;
  readonly location: string;
  readonly userData?: string;
  readonly sshKeys?: string[];
  readonly labels?: { [key: string]: string };
  readonly ipv4Enabled: boolean;
  readonly ipv6Enabled: boolean;
  readonly networks: HcloudServerNetwork[];
  readonly placementGroupId?: string;
  readonly deleteProtection?: boolean;
}

/**
 * `hcloud_server`: `name`, `server_type`, `image`, `location`, `user_data`, `ssh_keys`, `labels`,
 * `public_net { ipv4_enabled, ipv6_enabled }` (always written: without the block the server
 * gets a public IPv4 and IPv6), `network { network_id, subnet_id, ip, alias_ips }`,
 * `placement_group_id`, `delete_protection` and `rebuild_protection` (which must be equal).
 * @internal
 */
export class HcloudServer extends BoundResource<HcloudServerConfig> {
  constructor(scope: Construct, id: string, render: () => HcloudServerConfig, provider?: TerraformProvider, dependsOn?: ITerraformDependable[]) {
    super(scope, id, 'hcloud_server', HCLOUD, render, provider, dependsOn);
  }

  protected attributes(c: HcloudServerConfig): Record<string, unknown> {
    return {
      name: c.name,
      server_type: c.serverType,
      image: c.image,
      location: c.location,
      user_data: c.userData,
      ssh_keys: c.sshKeys,
      labels: c.labels,
      public_net: blocks({ ipv4_enabled: c.ipv4Enabled, ipv6_enabled: c.ipv6Enabled }),
      // alias_ips = [] avoids a detach/attach on every apply with Terraform 1.4+ (server.md, provider issue #650).
      network: blocksOrNone(c.networks.map((n) => ({ network_id: n.networkId, subnet_id: n.subnetId, ip: n.ip, alias_ips: [] }))),
      placement_group_id: c.placementGroupId,
      delete_protection: c.deleteProtection,
      rebuild_protection: c.deleteProtection,
    };
  }
}
