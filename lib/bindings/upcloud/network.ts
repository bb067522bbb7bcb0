/*
 * UpCloudLtd/upcloud network resources of UpcloudNetwork (internal: not part of the jsii API).
 * Arguments and nesting from the provider documentation at v5.41.0:
 *   https://github.com/UpCloudLtd/terraform-provider-upcloud/blob/v5.41.0/docs/resources/<resource>.md
 * (router, network, server, firewall_rules, gateway). Every nested configuration used here is a
 * block ("Block List" / "Block Set" in the docs): `blocks(…)`.
 */
import { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { blocks, blocksOrNone, BoundResource } from '../base';
import { UPCLOUD } from '../providers';

/** @internal */
export interface UpcloudRouterConfig {
  readonly name: string;
  readonly labels?: { [key: string]: string };
}

/** `upcloud_router`: `name`, `labels`. @internal */
export class UpcloudRouter extends BoundResource<UpcloudRouterConfig> {
  constructor(scope: Construct, id: string, render: () => UpcloudRouterConfig, provider?: TerraformProvider) {
    super(scope, id, 'upcloud_router', UPCLOUD, render, provider);
  }

  protected attributes(c: UpcloudRouterConfig): Record<string, unknown> {
    return { name: c.name, labels: c.labels };
  }
}

/** @internal */
export interface UpcloudNetworkConfig {
  readonly name: string;
  readonly zone: string;
  readonly routerId: string;
  readonly address: string;
  /** Whether DHCP gives the router as default route (only when a gateway is attached). */
  readonly dhcpDefaultRoute: boolean;
  readonly labels?: { [key: string]: string };
}

/**
 * `upcloud_network`: `name`, `zone`, `router`, `labels`, `ip_network { address, dhcp = true,
 * family = "IPv4", dhcp_default_route }` ("Network must have exactly one IP subnet").
 * @internal
 */
export class UpcloudNetworkResource extends BoundResource<UpcloudNetworkConfig> {
  constructor(scope: Construct, id: string, render: () => UpcloudNetworkConfig, provider?: TerraformProvider) {
    super(scope, id, 'upcloud_network', UPCLOUD, render, provider);
  }

  protected attributes(c: UpcloudNetworkConfig): Record<string, unknown> {
    return {
      name: c.name,
      zone: c.zone,
      router: c.routerId,
      labels: c.labels,
      ip_network: blocks({ address: c.address, dhcp: true, family: 'IPv4', dhcp_default_route: c.dhcpDefaultRoute }),
    };
  }
}

/** @internal */
export interface UpcloudServerConfig {
  readonly hostname: string;
  readonly zone: string;
  readonly plan: string;
  readonly template: string;
  readonly storageSize?: number;
  readonly userData?: string;
  readonly sshKeys?: string[];
  /** Public IPv4 interface first (a named entry point), then the private one. */
  readonly publicIpv4: boolean;
  readonly networkId: string;
  readonly privateIp?: string;
  readonly labels?: { [key: string]: string };
}

/**
 * `upcloud_server`: `hostname`, `zone`, `plan`, `metadata = true` (cloud-init templates need it),
 * `firewall` (on where there is a public interface), `user_data`, `labels`, `template { storage,
 * size }`, `login { keys, create_password = false, password_delivery = "none" }`, and
 * `network_interface` blocks: only `{ type = "private", network, ip_address }` unless the server
 * is a public entry point (UpCloud gives servers a public IPv4 and IPv6 address unless their
 * interfaces say otherwise: https://upcloud.com/resources/docs/networking).
 * @internal
 */
export class UpcloudServer extends BoundResource<UpcloudServerConfig> {
  constructor(scope: Construct, id: string, render: () => UpcloudServerConfig, provider?: TerraformProvider, dependsOn?: ITerraformDependable[]) {
    super(scope, id, 'upcloud_server', UPCLOUD, render, provider, dependsOn);
  }

  protected attributes(c: UpcloudServerConfig): Record<string, unknown> {
    const interfaces: Array<Record<string, unknown>> = [];
    if (c.publicIpv4) interfaces.push({ type: 'public', ip_address_family: 'IPv4' });
    interfaces.push({ type: 'private', network: c.networkId, ip_address: c.privateIp });
    return {
      hostname: c.hostname,
      zone: c.zone,
      plan: c.plan,
      metadata: true,
      firewall: c.publicIpv4,
      user_data: c.userData,
      labels: c.labels,
      template: blocks({ storage: c.template, size: c.storageSize }),
      login: c.sshKeys === undefined ? undefined : blocks({ keys: c.sshKeys, create_password: false, password_delivery: 'none' }),
      network_interface: blocks(...interfaces),
    };
  }
}

/** @internal */
export interface UpcloudFirewallRule {
  /** `in` or `out`. */
  readonly direction: string;
  /** `accept` or `drop`. */
  readonly action: string;
  /** `IPv4` or `IPv6`. */
  readonly family?: string;
  /** `tcp`, `udp`, `icmp`. */
  readonly protocol?: string;
  readonly sourceAddressStart?: string;
  readonly sourceAddressEnd?: string;
  readonly sourcePortStart?: string;
  readonly sourcePortEnd?: string;
  readonly destinationAddressStart?: string;
  readonly destinationAddressEnd?: string;
  readonly destinationPortStart?: string;
  readonly destinationPortEnd?: string;
  readonly comment?: string;
}

/** @internal */
export interface UpcloudFirewallRulesConfig {
  readonly serverId: string;
  readonly rules: UpcloudFirewallRule[];
}

/**
 * `upcloud_firewall_rules`: `server_id`, `firewall_rule { action, direction, family, protocol,
 * source_address_start/_end, source_port_start/_end, destination_address_start/_end,
 * destination_port_start/_end, comment }` — evaluated in order, default rules (only `action` and
 * `direction`) last.
 * @internal
 */
export class UpcloudFirewallRules extends BoundResource<UpcloudFirewallRulesConfig> {
  constructor(scope: Construct, id: string, render: () => UpcloudFirewallRulesConfig, provider?: TerraformProvider) {
    super(scope, id, 'upcloud_firewall_rules', UPCLOUD, render, provider);
  }

  protected attributes(c: UpcloudFirewallRulesConfig): Record<string, unknown> {
    return {
      server_id: c.serverId,
      firewall_rule: blocksOrNone(c.rules.map((r) => ({
        action: r.action,
        direction: r.direction,
        family: r.family,
        protocol: r.protocol,
        source_address_start: r.sourceAddressStart,
        source_address_end: r.sourceAddressEnd,
        source_port_start: r.sourcePortStart,
        source_port_end: r.sourcePortEnd,
        destination_address_start: r.destinationAddressStart,
        destination_address_end: r.destinationAddressEnd,
        destination_port_start: r.destinationPortStart,
        destination_port_end: r.destinationPortEnd,
        comment: r.comment,
      }))),
    };
  }
}

/** @internal */
export interface UpcloudGatewayConfig {
  readonly name: string;
  readonly zone: string;
  /** `nat`, `vpn`. */
  readonly features: string[];
  readonly plan?: string;
  readonly routerId: string;
  /** Name of the gateway's public address (the tunnel's `local_address_name`). */
  readonly addressName?: string;
  readonly labels?: { [key: string]: string };
}

/** `upcloud_gateway`: `name`, `zone`, `features`, `plan`, `router { id }`, `address { name }`, `labels`. @internal */
export class UpcloudGateway extends BoundResource<UpcloudGatewayConfig> {
  constructor(scope: Construct, id: string, render: () => UpcloudGatewayConfig, provider?: TerraformProvider) {
    super(scope, id, 'upcloud_gateway', UPCLOUD, render, provider);
  }

  protected attributes(c: UpcloudGatewayConfig): Record<string, unknown> {
    return {
      name: c.name,
      zone: c.zone,
      features: c.features,
      plan: c.plan,
      router: blocks({ id: c.routerId }),
      address: c.addressName === undefined ? undefined : blocks({ name: c.addressName }),
      labels: c.labels,
    };
  }
}
