/*
 * ionos-cloud/ionoscloud network and VPN resources (internal: not part of the jsii API).
 * Arguments and nesting from the provider documentation at v6.7.34:
 *   https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/<resource>.md
 * (datacenter, lan, nsg, nsg_firewallrule, datacenter_nsg_selection, ipblock, vpn_ipsec_gateway,
 * vpn_ipsec_tunnel). SDKv2 provider: nested configuration is blocks.
 */
import { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { blocks, BoundProvider, BoundResource } from '../base';
import { IONOSCLOUD } from '../providers';

/** @internal */
export interface IonosProviderConfig {
  readonly token?: string;
  readonly alias?: string;
}

/** The `ionoscloud` provider block: `token` (index.md; unset: IONOS_TOKEN or IONOS_USERNAME/IONOS_PASSWORD). @internal */
export class IonosProviderBlock extends BoundProvider {
  constructor(scope: Construct, id: string, private readonly config: IonosProviderConfig) {
    super(scope, id, IONOSCLOUD, config.alias);
  }

  protected attributes(): Record<string, unknown> {
    return { token: this.config.token };
  }
}

/** @internal */
export interface IonosDatacenterConfig {
  readonly name: string;
  readonly location: string;
  readonly description?: string;
}

/** `ionoscloud_datacenter`: `name`, `location`, `description`. @internal */
export class IonosDatacenter extends BoundResource<IonosDatacenterConfig> {
  constructor(scope: Construct, id: string, render: () => IonosDatacenterConfig, provider?: TerraformProvider) {
    super(scope, id, 'ionoscloud_datacenter', IONOSCLOUD, render, provider);
  }

  protected attributes(c: IonosDatacenterConfig): Record<string, unknown> {
    return { name: c.name, location: c.location, description: c.description };
  }
}

/** @internal */
export interface IonosLanConfig {
  readonly datacenterId: string;
  readonly name: string;
}

/** `ionoscloud_lan` with `public = false`: `datacenter_id`, `name`, `public`. @internal */
export class IonosLan extends BoundResource<IonosLanConfig> {
  constructor(scope: Construct, id: string, render: () => IonosLanConfig, provider?: TerraformProvider) {
    super(scope, id, 'ionoscloud_lan', IONOSCLOUD, render, provider);
  }

  protected attributes(c: IonosLanConfig): Record<string, unknown> {
    return { datacenter_id: c.datacenterId, name: c.name, public: false };
  }
}

/** @internal */
export interface IonosNsgConfig {
  readonly datacenterId: string;
  readonly name: string;
  readonly description: string;
}

/** `ionoscloud_nsg`: `datacenter_id`, `name`, `description`. @internal */
export class IonosNsg extends BoundResource<IonosNsgConfig> {
  constructor(scope: Construct, id: string, render: () => IonosNsgConfig, provider?: TerraformProvider) {
    super(scope, id, 'ionoscloud_nsg', IONOSCLOUD, render, provider);
  }

  protected attributes(c: IonosNsgConfig): Record<string, unknown> {
    return { datacenter_id: c.datacenterId, name: c.name, description: c.description };
  }
}

/** @internal */
export interface IonosNsgRuleConfig {
  readonly nsgId: string;
  readonly datacenterId: string;
  readonly name: string;
  /** `TCP`, `UDP`, `ICMP` or `ANY`. */
  readonly protocol: string;
  /** `INGRESS` or `EGRESS`. */
  readonly type: string;
  readonly sourceIp?: string;
  readonly targetIp?: string;
  readonly portRangeStart?: number;
  readonly portRangeEnd?: number;
}

/**
 * `ionoscloud_nsg_firewallrule`: `nsg_id`, `datacenter_id`, `name`, `protocol`, `type`,
 * `source_ip`, `target_ip`, `port_range_start`, `port_range_end`.
 * @internal
 */
export class IonosNsgRule extends BoundResource<IonosNsgRuleConfig> {
  constructor(scope: Construct, id: string, render: () => IonosNsgRuleConfig, provider?: TerraformProvider) {
    super(scope, id, 'ionoscloud_nsg_firewallrule', IONOSCLOUD, render, provider);
  }

  protected attributes(c: IonosNsgRuleConfig): Record<string, unknown> {
    return {
      nsg_id: c.nsgId, datacenter_id: c.datacenterId, name: c.name, protocol: c.protocol, type: c.type,
      source_ip: c.sourceIp, target_ip: c.targetIp, port_range_start: c.portRangeStart, port_range_end: c.portRangeEnd,
    };
  }
}

/** @internal */
export interface IonosNsgSelectionConfig {
  readonly datacenterId: string;
  readonly nsgId: string;
}

/** `ionoscloud_datacenter_nsg_selection`: `datacenter_id`, `nsg_id` (the data centre's default NSG). @internal */
export class IonosNsgSelection extends BoundResource<IonosNsgSelectionConfig> {
  constructor(scope: Construct, id: string, render: () => IonosNsgSelectionConfig, provider?: TerraformProvider) {
    super(scope, id, 'ionoscloud_datacenter_nsg_selection', IONOSCLOUD, render, provider);
  }

  protected attributes(c: IonosNsgSelectionConfig): Record<string, unknown> {
    return { datacenter_id: c.datacenterId, nsg_id: c.nsgId };
  }
}

/** @internal */
export interface IonosIpBlockConfig {
  readonly name: string;
  readonly location: string;
  readonly size: number;
}

/** `ionoscloud_ipblock`: `name`, `location`, `size`. @internal */
export class IonosIpBlock extends BoundResource<IonosIpBlockConfig> {
  constructor(scope: Construct, id: string, render: () => IonosIpBlockConfig, provider?: TerraformProvider) {
    super(scope, id, 'ionoscloud_ipblock', IONOSCLOUD, render, provider);
  }

  protected attributes(c: IonosIpBlockConfig): Record<string, unknown> {
    return { name: c.name, location: c.location, size: c.size };
  }
}

/** @internal */
export interface IonosIpsecGatewayConfig {
  readonly name: string;
  readonly location: string;
  readonly gatewayIp: string;
  readonly datacenterId: string;
  readonly lanId: string;
  readonly lanIpv4Cidr: string;
  readonly description?: string;
}

/**
 * `ionoscloud_vpn_ipsec_gateway`: `name`, `location`, `gateway_ip`, `version = "IKEv2"` (the only
 * value the doc allows), `description`, `connections { datacenter_id, lan_id, ipv4_cidr }`.
 * @internal
 */
export class IonosIpsecGateway extends BoundResource<IonosIpsecGatewayConfig> {
  constructor(scope: Construct, id: string, render: () => IonosIpsecGatewayConfig, provider?: TerraformProvider, dependsOn?: ITerraformDependable[]) {
    super(scope, id, 'ionoscloud_vpn_ipsec_gateway', IONOSCLOUD, render, provider, dependsOn);
  }

  protected attributes(c: IonosIpsecGatewayConfig): Record<string, unknown> {
    return {
      name: c.name,
      location: c.location,
      gateway_ip: c.gatewayIp,
      version: 'IKEv2',
      description: c.description,
      connections: blocks({ datacenter_id: c.datacenterId, lan_id: c.lanId, ipv4_cidr: c.lanIpv4Cidr }),
    };
  }
}

/** One phase's algorithms in IONOS's values (`20-ECP384`, `AES256-GCM-16`, `SHA384`). @internal */
export interface IonosIpsecPhase {
  readonly dhGroup: string;
  readonly encryption: string;
  readonly integrity: string;
  readonly lifetime: number;
}

/** @internal */
export interface IonosIpsecTunnelConfig {
  readonly name: string;
  readonly location: string;
  readonly gatewayId: string;
  readonly remoteHost: string;
  readonly ike: IonosIpsecPhase;
  readonly esp: IonosIpsecPhase;
  readonly psk: string;
  readonly cloudNetworkCidrs: string[];
  readonly peerNetworkCidrs: string[];
  readonly description?: string;
}

const phase = (p: IonosIpsecPhase) => ({ diffie_hellman_group: p.dhGroup, encryption_algorithm: p.encryption, integrity_algorithm: p.integrity, lifetime: p.lifetime });

/**
 * `ionoscloud_vpn_ipsec_tunnel`: `name`, `location`, `gateway_id`, `description`, `remote_host`,
 * `ike` and `esp { diffie_hellman_group, encryption_algorithm, integrity_algorithm, lifetime }`,
 * `auth { method = "PSK", psk_key }`, `cloud_network_cidrs`, `peer_network_cidrs`.
 * @internal
 */
export class IonosIpsecTunnel extends BoundResource<IonosIpsecTunnelConfig> {
  constructor(scope: Construct, id: string, render: () => IonosIpsecTunnelConfig, provider?: TerraformProvider) {
    super(scope, id, 'ionoscloud_vpn_ipsec_tunnel', IONOSCLOUD, render, provider);
  }

  protected attributes(c: IonosIpsecTunnelConfig): Record<string, unknown> {
    return {
      name: c.name,
      location: c.location,
      gateway_id: c.gatewayId,
      description: c.description,
      remote_host: c.remoteHost,
      ike: blocks(phase(c.ike)),
      esp: blocks(phase(c.esp)),
      auth: blocks({ method: 'PSK', psk_key: c.psk }),
      cloud_network_cidrs: c.cloudNetworkCidrs,
      peer_network_cidrs: c.peerNetworkCidrs,
    };
  }
}
