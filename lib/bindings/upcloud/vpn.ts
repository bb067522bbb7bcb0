/*
 * UpCloudLtd/upcloud site-to-site VPN resources of UpcloudGatewayVpn (internal: not part of the
 * jsii API). Arguments and nesting from the provider documentation at v5.41.0:
 *   https://github.com/UpCloudLtd/terraform-provider-upcloud/blob/v5.41.0/docs/resources/gateway_connection.md
 *   https://github.com/UpCloudLtd/terraform-provider-upcloud/blob/v5.41.0/docs/resources/gateway_connection_tunnel.md
 * Allowed algorithm values from the provider's validation (internal/service/gateway/tunnel.go at
 * v5.41.0: allowedSecurityAlgorithms, allowedIntegrityAlgorithms, allowedDHGroups).
 */
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { blocks, BoundResource } from '../base';
import { UPCLOUD } from '../providers';

/** @internal */
export interface UpcloudGatewayConnectionConfig {
  readonly gatewayId: string;
  readonly name: string;
  readonly localNetworks: string[];
  readonly remoteNetworks: string[];
}

/**
 * `upcloud_gateway_connection`: `gateway`, `name`, `type = "ipsec"`, `local_route { name, type =
 * "static", static_network }`, `remote_route { … }`.
 * @internal
 */
export class UpcloudGatewayConnection extends BoundResource<UpcloudGatewayConnectionConfig> {
  constructor(scope: Construct, id: string, render: () => UpcloudGatewayConnectionConfig, provider?: TerraformProvider) {
    super(scope, id, 'upcloud_gateway_connection', UPCLOUD, render, provider);
  }

  protected attributes(c: UpcloudGatewayConnectionConfig): Record<string, unknown> {
    const route = (side: string) => (network: string, i: number) => ({ name: `${side}-${i}`, type: 'static', static_network: network });
    return {
      gateway: c.gatewayId,
      name: c.name,
      type: 'ipsec',
      local_route: blocks(...c.localNetworks.map(route('local'))),
      remote_route: blocks(...c.remoteNetworks.map(route('remote'))),
    };
  }
}

/** One phase's algorithms in UpCloud's values. @internal */
export interface UpcloudIpsecPhase {
  readonly algorithm: string;
  readonly integrity: string;
  readonly dhGroup: number;
}

/** @internal */
export interface UpcloudGatewayTunnelConfig {
  readonly connectionId: string;
  readonly name: string;
  readonly localAddressName: string;
  readonly remoteAddress: string;
  readonly psk: string;
  readonly phase1: UpcloudIpsecPhase;
  readonly phase2: UpcloudIpsecPhase;
  readonly ikeLifetime: number;
  readonly childRekeyTime: number;
}

/**
 * `upcloud_gateway_connection_tunnel`: `connection_id`, `name`, `local_address_name`,
 * `remote_address`, `ipsec_auth_psk { psk }`, `ipsec_properties { phase1_algorithms,
 * phase1_integrity_algorithms, phase1_dh_group_numbers, phase2_algorithms,
 * phase2_integrity_algorithms, phase2_dh_group_numbers, ike_lifetime, child_rekey_time }` — each
 * set to exactly one value, so none of UpCloud's computed defaults is negotiated.
 * @internal
 */
export class UpcloudGatewayTunnel extends BoundResource<UpcloudGatewayTunnelConfig> {
  constructor(scope: Construct, id: string, render: () => UpcloudGatewayTunnelConfig, provider?: TerraformProvider) {
    super(scope, id, 'upcloud_gateway_connection_tunnel', UPCLOUD, render, provider);
  }

  protected attributes(c: UpcloudGatewayTunnelConfig): Record<string, unknown> {
    return {
      connection_id: c.connectionId,
      name: c.name,
      local_address_name: c.localAddressName,
      remote_address: c.remoteAddress,
      ipsec_auth_psk: blocks({ psk: c.psk }),
      ipsec_properties: blocks({
        phase1_algorithms: [c.phase1.algorithm],
        phase1_integrity_algorithms: [c.phase1.integrity],
        phase1_dh_group_numbers: [c.phase1.dhGroup],
        phase2_algorithms: [c.phase2.algorithm],
        phase2_integrity_algorithms: [c.phase2.integrity],
        phase2_dh_group_numbers: [c.phase2.dhGroup],
        ike_lifetime: c.ikeLifetime,
        child_rekey_time: c.childRekeyTime,
      }),
    };
  }
}
