/*
 * UpcloudGatewayVpn: UpCloud's managed VPN gateway on an UpcloudNetwork's router, one IPsec
 * connection with static routes (the network's block ↔ the remote site's blocks) and one tunnel
 * to an on-premises gateway. Proposals are checked against BSI TR-02102-3 (lib/network/ipsec.ts)
 * and written as exactly one algorithm, integrity algorithm and Diffie-Hellman group per phase —
 * phase 2 with a group is perfect forward secrecy. The pre-shared key comes from a sensitive
 * variable (UpCloud keeps it out of the tunnel's state, gateway_connection_tunnel.md; the plan
 * still holds the variable's value).
 * UpCloud's tunnel has no IKE-version argument and its documentation names none; the construct
 * says so in a warning: configure the on-premises side for IKEv2 only.
 * Arguments (UpCloudLtd/upcloud v5.41.0):
 *   https://github.com/UpCloudLtd/terraform-provider-upcloud/blob/v5.41.0/docs/resources/gateway.md
 *   …/gateway_connection.md, …/gateway_connection_tunnel.md
 */
import { Annotations, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { UpcloudGateway } from '../../bindings/upcloud/network';
import { UpcloudGatewayConnection, UpcloudGatewayTunnel, UpcloudIpsecPhase } from '../../bindings/upcloud/vpn';
import { invalidInput } from '../../errors';
import { DH_GROUP_NUMBERS, DiffieHellmanGroup, IpsecEncryption, IpsecIntegrity, IpsecProposal, TR_02102_3 } from '../ipsec';
import { PublicEntryPointKind, reportPublicEntryPoint } from '../network';
import { checkRemoteSite, presharedKey } from '../remote-site';
import { UpcloudNetwork } from './network';

/** Settings of an `UpcloudGatewayVpn`. */
export interface UpcloudGatewayVpnProps {
  /** The network whose router the VPN gateway attaches to. */
  readonly network: UpcloudNetwork;
  /** The on-premises gateway's public IPv4 address. */
  readonly remoteGatewayIpv4: string;
  /** ISO 3166-1 alpha-2 country of the on-premises site, checked against the policy's jurisdiction. */
  readonly remoteCountry: string;
  /** The on-premises site's private blocks (the connection's remote routes). */
  readonly remoteCidrs: string[];
  /**
   * The pre-shared key (8 to 64 characters), as a reference to a sensitive value (never a literal).
   * @default - a sensitive variable `<construct id>_psk` (lower case) without default
   */
  readonly presharedKey?: string;
  /**
   * IKE (phase 1) proposal.
   * @default IpsecProposal.strong() - AES-256-GCM, SHA-384, ECP-384
   */
  readonly ikeProposal?: IpsecProposal;
  /**
   * ESP (phase 2) proposal; its Diffie-Hellman group is the perfect-forward-secrecy group.
   * @default IpsecProposal.strong() - AES-256-GCM, SHA-384, ECP-384
   */
  readonly espProposal?: IpsecProposal;
  /**
   * Gateway plan with VPN: `production` (2 tunnels) or `advanced` (10 tunnels).
   * @default "production"
   */
  readonly plan?: string;
}

const ALGORITHM: Partial<Record<IpsecEncryption, string>> = {
  [IpsecEncryption.AES_256_GCM]: 'aes256gcm16', [IpsecEncryption.AES_128_GCM]: 'aes128gcm16',
  [IpsecEncryption.AES_256_CBC]: 'aes256', [IpsecEncryption.AES_128_CBC]: 'aes128',
};
const INTEGRITY: Partial<Record<IpsecIntegrity, string>> = { [IpsecIntegrity.SHA_256]: 'sha256', [IpsecIntegrity.SHA_384]: 'sha384', [IpsecIntegrity.SHA_512]: 'sha512' };
// UpCloud's allowedDHGroups (tunnel.go): 2, 5, 14, 15, 16, 18, 19, 20, 21, 24 — the weak ones never reach it.
const DH_GROUPS = [DiffieHellmanGroup.MODP_3072, DiffieHellmanGroup.MODP_4096, DiffieHellmanGroup.ECP_256, DiffieHellmanGroup.ECP_384, DiffieHellmanGroup.ECP_521];
const PLANS = ['production', 'advanced'];
const ADDRESS_NAME = 'public-ip-1';

/**
 * A managed IPsec site-to-site VPN from an UpcloudNetwork to an on-premises gateway, with strong
 * defaults (AES-256-GCM, SHA-384, ECP-384, PFS); the VPN gateway is reported as the network's
 * public entry point.
 *
 * @example
 * new UpcloudGatewayVpn(stack, 'OnPrem', { network, remoteGatewayIpv4: '198.51.100.10', remoteCountry: 'DE', remoteCidrs: ['10.200.0.0/16'] });
 */
export class UpcloudGatewayVpn extends Construct {
  /** The `upcloud_gateway_connection_tunnel` (escape hatch). */
  public readonly resource: TerraformResource;
  /** The `upcloud_gateway` with the `vpn` feature. */
  public readonly gateway: TerraformResource;
  /** The `upcloud_gateway_connection`. */
  public readonly connection: TerraformResource;
  /** The IKE proposal in use. */
  public readonly ikeProposal: IpsecProposal;
  /** The ESP proposal in use. */
  public readonly espProposal: IpsecProposal;

  constructor(scope: Construct, id: string, props: UpcloudGatewayVpnProps) {
    super(scope, id);
    const what = `UpcloudGatewayVpn "${this.node.path}"`;
    if (props === undefined || props === null || typeof props !== 'object' || !(props.network instanceof UpcloudNetwork)) {
      throw invalidInput({ code: 'MISSING_PROPS', what: `${what} props`, given: props, allowed: 'an UpcloudGatewayVpnProps object with an UpcloudNetwork', fix: 'pass { network, remoteGatewayIpv4, remoteCountry, remoteCidrs }.' });
    }
    const network = props.network;
    checkRemoteSite(this, what, props, network.ipv4Cidr);
    const psk = presharedKey(this, what, id, props.presharedKey);
    this.ikeProposal = props.ikeProposal ?? IpsecProposal.strong();
    this.espProposal = props.espProposal ?? IpsecProposal.strong();
    const phase1 = phase(`${what} ikeProposal`, this.ikeProposal);
    const phase2 = phase(`${what} espProposal`, this.espProposal);
    const plan = props.plan ?? 'production';
    if (!PLANS.includes(plan)) {
      throw invalidInput({ code: 'INVALID_CHOICE', what: `${what} plan`, given: plan, allowed: `${PLANS.join(', ')} (the gateway plans with the vpn feature)`, fix: 'use "production".' });
    }
    this.gateway = new UpcloudGateway(this, 'Gateway', () => ({
      name: network._gatewayName(id), zone: network.location, features: ['vpn'], plan, routerId: network.routerId, addressName: ADDRESS_NAME, labels: network._labels,
    }));
    this.connection = new UpcloudGatewayConnection(this, 'Connection', () => ({
      gatewayId: this.gateway.getStringAttribute('id'), name: 'site-to-site', localNetworks: [network.ipv4Cidr], remoteNetworks: [...props.remoteCidrs],
    }));
    this.resource = new UpcloudGatewayTunnel(this, 'Resource', () => ({
      connectionId: this.connection.getStringAttribute('id'),
      name: 'tunnel-1',
      localAddressName: ADDRESS_NAME,
      remoteAddress: props.remoteGatewayIpv4,
      psk,
      phase1,
      phase2,
      ikeLifetime: 86400,
      childRekeyTime: 3600,
    }));
    network._attachGateway(reportPublicEntryPoint(network, this.gateway, id, PublicEntryPointKind.VPN_GATEWAY));
    Annotations.of(this.resource).addWarning(`UpCloud's tunnel ${this.node.path} has no IKE-version setting and UpCloud documents none: ${TR_02102_3} covers IKEv2 only — configure the on-premises gateway (${props.remoteGatewayIpv4}) for IKEv2 and refuse IKEv1.`);
  }
}

function phase(what: string, proposal: IpsecProposal): UpcloudIpsecPhase {
  if (!(proposal instanceof IpsecProposal)) {
    throw invalidInput({ code: 'INVALID_PROPOSAL', what, given: proposal, allowed: 'an IpsecProposal', fix: 'use IpsecProposal.strong() or IpsecProposal.of({ … }).' });
  }
  const algorithm = ALGORITHM[proposal.encryption];
  const integrity = INTEGRITY[proposal.integrity];
  if (!algorithm || !integrity || !DH_GROUPS.includes(proposal.dhGroup)) {
    throw invalidInput({ code: 'UNSUPPORTED_BY_PROVIDER', what, given: proposal.toString(), allowed: 'what UpCloud offers (tunnel.go at v5.41.0): aes128/aes256 (CBC), aes128gcm16/aes256gcm16; sha256/384/512; DH groups 15, 16, 19, 20, 21', fix: 'choose a supported combination.' });
  }
  return { algorithm, integrity, dhGroup: DH_GROUP_NUMBERS[proposal.dhGroup] };
}
