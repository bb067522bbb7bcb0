/*
 * OtcSiteToSiteVpn: Open Telekom Cloud's Enterprise VPN (the v5 resources; the `vpnaas_*_v2`
 * resources are the older native OpenStack API) between an OtcNetwork and an on-premises
 * gateway: a VPN gateway attached to the VPC with a new EIP, a customer gateway, and one static
 * connection with IKEv2 (`ike_version = "v2"`: the provider's default is v2, and v1 is allowed —
 * so it is always written), proposals checked against BSI TR-02102-3 (lib/network/ipsec.ts) and
 * perfect forward secrecy on ESP. The pre-shared key comes from a sensitive variable (Terraform
 * state holds it: keep state on EuStateBackend).
 * Arguments (opentelekomcloud/opentelekomcloud v1.36.23, typed by @cdktf/provider-opentelekomcloud 12.0.16):
 *   https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/vpn_gateway_v5.md
 *   …/vpn_customer_gateway_v5.md, …/vpn_connection_v5.md
 * The provider's defaults are weak where they are not written: ikepolicy `encryption_algorithm`
 * defaults to aes-128 and ipsecpolicy `pfs` to group14 (2048-bit MODP, below TR-02102-3's 3000
 * bits) — every algorithm is written.
 */
import { TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { invalidInput } from '../../errors';
import { DiffieHellmanGroup, IpsecEncryption, IpsecIntegrity, IpsecProposal } from '../../network/ipsec';
import { PublicEntryPointKind, reportPublicEntryPoint } from '../../network/network';
import { checkRemoteSite, presharedKey } from '../../network/remote-site';
import { otc } from './binding';
import { OtcNetwork } from './network';
import { baseTags, defaultName } from './region';

/** Settings of an `OtcSiteToSiteVpn`. */
export interface OtcSiteToSiteVpnProps {
  /** The network (VPC) the VPN gateway attaches to; all its subnets are the local subnets. */
  readonly network: OtcNetwork;
  /** The on-premises gateway's public IPv4 address. */
  readonly remoteGatewayIpv4: string;
  /** ISO 3166-1 alpha-2 country of the on-premises site, checked against the policy's jurisdiction. */
  readonly remoteCountry: string;
  /** The on-premises site's private blocks (`peer_subnets`). */
  readonly remoteCidrs: string[];
  /**
   * The pre-shared key, as a reference to a sensitive value (never a literal).
   * @default - a sensitive variable `<construct id>_psk` (lower case) without default
   */
  readonly presharedKey?: string;
  /**
   * IKEv2 (phase 1) proposal.
   * @default IpsecProposal.strong() - AES-256-GCM, SHA-384, ECP-384
   */
  readonly ikeProposal?: IpsecProposal;
  /**
   * ESP (phase 2) proposal; its Diffie-Hellman group is the perfect-forward-secrecy group.
   * @default IpsecProposal.strong() - AES-256-GCM, SHA-384, ECP-384
   */
  readonly espProposal?: IpsecProposal;
  /**
   * Gateway flavor: `Basic`, `Professional1` or `Professional2`.
   * @default "Professional1"
   */
  readonly flavor?: string;
  /**
   * Bandwidth of the gateway's EIP in Mbit/s (at most 100 for Basic, 300 for Professional1, 1000 for Professional2).
   * @default 100
   */
  readonly bandwidthMbits?: number;
}

const ENCRYPTION: Partial<Record<IpsecEncryption, string>> = {
  [IpsecEncryption.AES_256_GCM]: 'aes-256-gcm-16', [IpsecEncryption.AES_128_GCM]: 'aes-128-gcm-16',
  [IpsecEncryption.AES_256_CBC]: 'aes-256', [IpsecEncryption.AES_128_CBC]: 'aes-128',
};
const INTEGRITY: Partial<Record<IpsecIntegrity, string>> = { [IpsecIntegrity.SHA_256]: 'sha2-256', [IpsecIntegrity.SHA_384]: 'sha2-384', [IpsecIntegrity.SHA_512]: 'sha2-512' };
// ikepolicy dh_group and ipsecpolicy pfs values (vpn_connection_v5.md); pfs lists no group15.
const IKE_DH: Partial<Record<DiffieHellmanGroup, string>> = {
  [DiffieHellmanGroup.MODP_3072]: 'group15', [DiffieHellmanGroup.MODP_4096]: 'group16', [DiffieHellmanGroup.ECP_256]: 'group19',
  [DiffieHellmanGroup.ECP_384]: 'group20', [DiffieHellmanGroup.ECP_521]: 'group21',
};
const PFS: Partial<Record<DiffieHellmanGroup, string>> = {
  [DiffieHellmanGroup.MODP_4096]: 'group16', [DiffieHellmanGroup.ECP_256]: 'group19', [DiffieHellmanGroup.ECP_384]: 'group20', [DiffieHellmanGroup.ECP_521]: 'group21',
};
const FLAVORS: Record<string, number> = { Basic: 100, Professional1: 300, Professional2: 1000 };

/**
 * A managed site-to-site VPN (Enterprise VPN) from an OtcNetwork to an on-premises gateway, with
 * IKEv2 and strong defaults; the VPN gateway is reported as the network's public entry point.
 *
 * @example
 * new OtcSiteToSiteVpn(stack, 'OnPrem', { network, remoteGatewayIpv4: '198.51.100.10', remoteCountry: 'DE', remoteCidrs: ['10.200.0.0/16'] });
 */
export class OtcSiteToSiteVpn extends Construct {
  /** The `opentelekomcloud_enterprise_vpn_connection_v5` (escape hatch). */
  public readonly resource: TerraformResource;
  /** The `opentelekomcloud_enterprise_vpn_gateway_v5`. */
  public readonly gateway: TerraformResource;
  /** The `opentelekomcloud_enterprise_vpn_customer_gateway_v5`. */
  public readonly customerGateway: TerraformResource;
  /** The IKE proposal in use. */
  public readonly ikeProposal: IpsecProposal;
  /** The ESP proposal in use. */
  public readonly espProposal: IpsecProposal;

  constructor(scope: Construct, id: string, props: OtcSiteToSiteVpnProps) {
    super(scope, id);
    const what = `OtcSiteToSiteVpn "${this.node.path}"`;
    if (props === undefined || props === null || typeof props !== 'object' || !(props.network instanceof OtcNetwork)) {
      throw invalidInput({ code: 'MISSING_PROPS', what: `${what} props`, given: props, allowed: 'an OtcSiteToSiteVpnProps object with an OtcNetwork', fix: 'pass { network, remoteGatewayIpv4, remoteCountry, remoteCidrs }.' });
    }
    const network = props.network;
    checkRemoteSite(this, what, props, network.cidr);
    const psk = presharedKey(this, what, id, props.presharedKey);
    this.ikeProposal = props.ikeProposal ?? IpsecProposal.strong();
    this.espProposal = props.espProposal ?? IpsecProposal.strong();
    const ike = policy(`${what} ikeProposal`, this.ikeProposal, IKE_DH, 'group15, group16, group19, group20, group21');
    const esp = policy(`${what} espProposal`, this.espProposal, PFS, 'group16, group19, group20, group21 (the pfs values; group15 is not among them)');
    const flavor = props.flavor ?? 'Professional1';
    if (FLAVORS[flavor] === undefined) {
      throw invalidInput({ code: 'INVALID_CHOICE', what: `${what} flavor`, given: flavor, allowed: Object.keys(FLAVORS).join(', '), fix: 'use "Professional1".' });
    }
    const bandwidth = props.bandwidthMbits ?? 100;
    if (!Number.isInteger(bandwidth) || bandwidth < 1 || bandwidth > FLAVORS[flavor]) {
      throw invalidInput({ code: 'INVALID_BANDWIDTH', what: `${what} bandwidthMbits`, given: props.bandwidthMbits, allowed: `1 to ${FLAVORS[flavor]} Mbit/s for flavor ${flavor} (vpn_gateway_v5.md)`, fix: 'lower the bandwidth or choose a larger flavor.' });
    }
    const name = defaultName(this, 64).replace(/[^A-Za-z0-9_-]/g, '-');
    const tags = baseTags(this);
    const { EnterpriseVpnGatewayV5 } = otc.vpnGateway('OtcSiteToSiteVpn');
    const { EnterpriseVpnCustomerGatewayV5 } = otc.vpnCustomerGateway('OtcSiteToSiteVpn');
    const { EnterpriseVpnConnectionV5 } = otc.vpnConnection('OtcSiteToSiteVpn');
    const eip = { type: '5_bgp', bandwidthName: `${name.slice(0, 60)}-bw`, bandwidthSize: bandwidth, chargeMode: 'traffic' };
    const gateway = new EnterpriseVpnGatewayV5(this, 'Gateway', {
      name,
      availabilityZones: network.availabilityZones.slice(0, 2),
      flavor,
      attachmentType: 'vpc',
      networkType: 'public',
      vpcId: network.vpcId,
      localSubnets: [...network.subnetCidrs],
      connectSubnet: network.subnetIds[0],
      haMode: 'active-standby',
      eip1: { ...eip, bandwidthName: `${name.slice(0, 58)}-bw-1` },
      eip2: { ...eip, bandwidthName: `${name.slice(0, 58)}-bw-2` },
      tags,
    });
    this.gateway = gateway;
    this.customerGateway = new EnterpriseVpnCustomerGatewayV5(this, 'CustomerGateway', { name: `${name.slice(0, 57)}-remote`, idType: 'ip', idValue: props.remoteGatewayIpv4, tags });
    this.resource = new EnterpriseVpnConnectionV5(this, 'Resource', {
      name,
      gatewayId: gateway.id,
      gatewayIp: gateway.eip1.id,
      vpnType: 'static',
      customerGatewayId: this.customerGateway.getStringAttribute('id'),
      psk,
      peerSubnets: [...props.remoteCidrs],
      haRole: 'master',
      ikepolicy: {
        ikeVersion: 'v2',
        encryptionAlgorithm: ike.encryption,
        authenticationAlgorithm: ike.integrity,
        dhGroup: ike.dhGroup,
        authenticationMethod: 'pre-share',
        lifetimeSeconds: 86400,
      },
      ipsecpolicy: {
        encryptionAlgorithm: esp.encryption,
        authenticationAlgorithm: esp.integrity,
        pfs: esp.dhGroup,
        transformProtocol: 'esp',
        encapsulationMode: 'tunnel',
        lifetimeSeconds: 3600,
      },
      tags,
    });
    network._addEntryPoint(reportPublicEntryPoint(network, gateway, id, PublicEntryPointKind.VPN_GATEWAY));
  }
}

function policy(what: string, proposal: IpsecProposal, groups: Partial<Record<DiffieHellmanGroup, string>>, allowedGroups: string): { encryption: string; integrity: string; dhGroup: string } {
  if (!(proposal instanceof IpsecProposal)) {
    throw invalidInput({ code: 'INVALID_PROPOSAL', what, given: proposal, allowed: 'an IpsecProposal', fix: 'use IpsecProposal.strong() or IpsecProposal.of({ … }).' });
  }
  const encryption = ENCRYPTION[proposal.encryption];
  const integrity = INTEGRITY[proposal.integrity];
  const dhGroup = groups[proposal.dhGroup];
  if (!encryption || !integrity || !dhGroup) {
    throw invalidInput({ code: 'UNSUPPORTED_BY_PROVIDER', what, given: proposal.toString(), allowed: `what Open Telekom Cloud offers (vpn_connection_v5.md): aes-128/aes-256 (CBC), aes-128-gcm-16/aes-256-gcm-16; sha2-256/384/512; ${allowedGroups}`, fix: 'choose a supported combination.' });
  }
  return { encryption, integrity, dhGroup };
}
