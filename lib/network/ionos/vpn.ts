/*
 * IonosIpsecVpn: IONOS's managed IPsec VPN gateway and tunnel between an IonosNetwork and an
 * on-premises gateway. The gateway permits IKEv2 only (`version`: "Possible values: IKEv2",
 * vpn_ipsec_gateway.md); proposals are checked against BSI TR-02102-3 (lib/network/ipsec.ts);
 * the pre-shared key comes from a sensitive variable and never from a literal (Terraform state
 * holds it: keep state on EuStateBackend).
 * Arguments (ionos-cloud/ionoscloud v6.7.34):
 *   https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/vpn_ipsec_gateway.md
 *   …/vpn_ipsec_tunnel.md, …/ipblock.md
 */
import { Fn, TerraformResource, TerraformStack, TerraformVariable, Token } from 'cdktf';
import { Construct } from 'constructs';
import { IonosIpBlock, IonosIpsecGateway, IonosIpsecPhase, IonosIpsecTunnel } from '../../bindings/ionoscloud/resources';
import { invalidInput } from '../../errors';
import { isPrivate, parseBlock } from '../../util/addresses';
import { nameFromPath } from '../../util/names';
import { DiffieHellmanGroup, IpsecEncryption, IpsecIntegrity, IpsecProposal } from '../ipsec';
import { checkRule, Direction, PublicEntryPointKind, reportPublicEntryPoint } from '../network';
import { FirewallPeer } from '../peer';
import { FirewallPort } from '../port';
import { IonosNetwork } from './network';

/** Settings of an `IonosIpsecVpn`. */
export interface IonosIpsecVpnProps {
  /** The network the gateway attaches to. */
  readonly network: IonosNetwork;
  /** The on-premises gateway's public IPv4 address. */
  readonly remoteGatewayIpv4: string;
  /** ISO 3166-1 alpha-2 country of the on-premises site, checked against the policy's jurisdiction. */
  readonly remoteCountry: string;
  /** The on-premises site's private blocks (`peer_network_cidrs`). */
  readonly remoteCidrs: string[];
  /**
   * The pre-shared key, as a reference to a sensitive value (never a literal).
   * @default - a sensitive variable `<construct id>_psk` (lower case) without default
   */
  readonly presharedKey?: string;
  /**
   * IKE proposal.
   * @default IpsecProposal.strong() - AES-256-GCM, SHA-384, ECP-384
   */
  readonly ikeProposal?: IpsecProposal;
  /**
   * ESP proposal; its Diffie-Hellman group is the perfect-forward-secrecy group.
   * @default IpsecProposal.strong() - AES-256-GCM, SHA-384, ECP-384
   */
  readonly espProposal?: IpsecProposal;
  /**
   * Host number of the gateway's address in the LAN (counted from the end of the LAN's block when negative).
   * @default -6
   */
  readonly gatewayHostNumber?: number;
}

const ENCRYPTION: Partial<Record<IpsecEncryption, string>> = {
  [IpsecEncryption.AES_256_GCM]: 'AES256-GCM-16', [IpsecEncryption.AES_128_GCM]: 'AES128-GCM-16',
  [IpsecEncryption.AES_256_CBC]: 'AES256', [IpsecEncryption.AES_128_CBC]: 'AES128',
};
const INTEGRITY: Partial<Record<IpsecIntegrity, string>> = { [IpsecIntegrity.SHA_256]: 'SHA256', [IpsecIntegrity.SHA_384]: 'SHA384', [IpsecIntegrity.SHA_512]: 'SHA512' };
const DH: Partial<Record<DiffieHellmanGroup, string>> = {
  [DiffieHellmanGroup.MODP_3072]: '15-MODP3072', [DiffieHellmanGroup.MODP_4096]: '16-MODP4096', [DiffieHellmanGroup.ECP_256]: '19-ECP256',
  [DiffieHellmanGroup.ECP_384]: '20-ECP384', [DiffieHellmanGroup.ECP_521]: '21-ECP521',
};

/**
 * A managed IPsec site-to-site VPN from an IonosNetwork, with strong IKEv2/ESP defaults and the
 * pre-shared key from a sensitive variable; the gateway is reported as the network's public entry point.
 *
 * @example
 * new IonosIpsecVpn(stack, 'OnPrem', { network, remoteGatewayIpv4: '198.51.100.10', remoteCountry: 'DE', remoteCidrs: ['10.200.0.0/16'] });
 */
export class IonosIpsecVpn extends Construct {
  /** The `ionoscloud_vpn_ipsec_tunnel` (escape hatch). */
  public readonly resource: TerraformResource;
  /** The `ionoscloud_vpn_ipsec_gateway`. */
  public readonly gateway: TerraformResource;
  /** The IKE proposal in use. */
  public readonly ikeProposal: IpsecProposal;
  /** The ESP proposal in use. */
  public readonly espProposal: IpsecProposal;

  constructor(scope: Construct, id: string, props: IonosIpsecVpnProps) {
    super(scope, id);
    const what = `IonosIpsecVpn "${this.node.path}"`;
    if (props === undefined || props === null || typeof props !== 'object' || !(props.network instanceof IonosNetwork)) {
      throw invalidInput({ code: 'MISSING_PROPS', what: `${what} props`, given: props, allowed: 'an IonosIpsecVpnProps object with an IonosNetwork', fix: 'pass { network, remoteGatewayIpv4, remoteCountry, remoteCidrs }.' });
    }
    const network = props.network;
    if (typeof props.remoteGatewayIpv4 !== 'string' || Token.isUnresolved(props.remoteGatewayIpv4)) {
      throw invalidInput({ code: 'UNRESOLVED_ENDPOINT', what: `${what} remoteGatewayIpv4`, given: props.remoteGatewayIpv4, allowed: 'a literal public IPv4 address', fix: 'write the on-premises gateway address as a literal, so its location can be checked.' });
    }
    if (isPrivate(parseBlock(`${what} remoteGatewayIpv4`, `${props.remoteGatewayIpv4}/32`, { version: 4, allowed: 'a public IPv4 address' }))) {
      throw invalidInput({ code: 'PRIVATE_ENDPOINT', what: `${what} remoteGatewayIpv4`, given: props.remoteGatewayIpv4, allowed: 'the public address of the on-premises gateway', fix: 'use the address the gateway is reached at over the internet.' });
    }
    checkRule(this, what, Direction.OUT, FirewallPeer.ipBlock(`${props.remoteGatewayIpv4}/32`, { country: props.remoteCountry }), FirewallPort.udp(500));
    if (!Array.isArray(props.remoteCidrs) || props.remoteCidrs.length === 0 || props.remoteCidrs.length > 20) {
      throw invalidInput({ code: 'NO_REMOTE_CIDRS', what: `${what} remoteCidrs`, given: props.remoteCidrs, allowed: '1 to 20 private blocks of the on-premises site (vpn_ipsec_tunnel.md)', fix: 'list the blocks behind the on-premises gateway.' });
    }
    props.remoteCidrs.forEach((cidr, i) => {
      if (!isPrivate(parseBlock(`${what} remoteCidrs[${i}]`, cidr, { version: 4, allowed: 'an IPv4 block' }))) {
        throw invalidInput({ code: 'REMOTE_CIDR_NOT_PRIVATE', what: `${what} remoteCidrs[${i}]`, given: cidr, allowed: 'a private block (RFC 1918): the tunnel carries private traffic, not "0.0.0.0/0"', fix: 'list the site\'s private blocks.' });
      }
    });
    let psk = props.presharedKey;
    if (psk === undefined) {
      const name = `${id.toLowerCase().replace(/[^a-z0-9]+/g, '_')}_psk`;
      psk = new TerraformVariable(TerraformStack.of(this), name, {
        type: 'string', sensitive: true, nullable: false,
        description: `Pre-shared key of the IPsec tunnel ${this.node.path} (at least 32 random characters); set TF_VAR_${name} from your secret store. Terraform state holds it.`,
      }).stringValue;
    } else if (!Token.isUnresolved(psk)) {
      throw invalidInput({ code: 'LITERAL_SECRET', what: `${what} presharedKey`, given: '<a literal key>', allowed: 'a reference to a sensitive variable or secret-store value, never the key itself', fix: 'omit presharedKey (a sensitive variable is created), or pass a sensitive TerraformVariable\'s stringValue.' });
    }
    this.ikeProposal = props.ikeProposal ?? IpsecProposal.strong();
    this.espProposal = props.espProposal ?? IpsecProposal.strong();
    const ike = phase(`${what} ikeProposal`, this.ikeProposal, 86400);
    const esp = phase(`${what} espProposal`, this.espProposal, 3600);
    const hostNumber = props.gatewayHostNumber ?? -6;
    if (!Number.isInteger(hostNumber) || hostNumber === 0) {
      throw invalidInput({ code: 'INVALID_HOST_NUMBER', what: `${what} gatewayHostNumber`, given: props.gatewayHostNumber, allowed: 'a non-zero integer (host number in the LAN\'s block; negative from the end)', fix: 'use the default -6.' });
    }
    const name = nameFromPath(this, 63, 'vpn');
    // ipblock.md at v6.7.34 lists us/las, us/ewr, de/fra, de/fkb as locations, the gateway doc more: the gateway's location decides.
    const ipBlock = new IonosIpBlock(this, 'PublicIp', () => ({ name: `${name.slice(0, 55)}-ip`, location: network.location, size: 1 }));
    const lanCidr = network.ipv4Cidr;
    const gatewayLanIp = `${Fn.cidrhost(lanCidr, hostNumber)}/${Fn.element(Fn.split('/', lanCidr), 1)}`;
    this.gateway = new IonosIpsecGateway(this, 'Gateway', () => ({
      name,
      location: network.location,
      gatewayIp: Token.asString(Fn.element(ipBlock.getListAttribute('ips'), 0)),
      datacenterId: network.datacenterId,
      lanId: network.networkId,
      lanIpv4Cidr: gatewayLanIp,
      description: 'Site-to-site VPN (cdktf-sovereign)',
    }));
    this.resource = new IonosIpsecTunnel(this, 'Resource', () => ({
      name,
      location: network.location,
      gatewayId: this.gateway.getStringAttribute('id'),
      remoteHost: props.remoteGatewayIpv4,
      ike,
      esp,
      psk: psk!,
      cloudNetworkCidrs: [lanCidr],
      peerNetworkCidrs: [...props.remoteCidrs],
      description: `To ${props.remoteGatewayIpv4} (${props.remoteCountry})`,
    }));
    network._addEntryPoint(reportPublicEntryPoint(network, this.gateway, id, PublicEntryPointKind.VPN_GATEWAY));
  }
}

function phase(what: string, proposal: IpsecProposal, lifetime: number): IonosIpsecPhase {
  if (!(proposal instanceof IpsecProposal)) {
    throw invalidInput({ code: 'INVALID_PROPOSAL', what, given: proposal, allowed: 'an IpsecProposal', fix: 'use IpsecProposal.strong() or IpsecProposal.of({ … }).' });
  }
  const encryption = ENCRYPTION[proposal.encryption];
  const integrity = INTEGRITY[proposal.integrity];
  const dhGroup = DH[proposal.dhGroup];
  if (!encryption || !integrity || !dhGroup) {
    throw invalidInput({ code: 'UNSUPPORTED_BY_PROVIDER', what, given: proposal.toString(), allowed: 'what IONOS offers (vpn_ipsec_tunnel.md): AES128/AES256 (CBC), AES128-GCM-16/AES256-GCM-16; SHA256/384/512; 15-MODP3072, 16-MODP4096, 19-ECP256, 20-ECP384, 21-ECP521', fix: 'choose a supported combination.' });
  }
  return { encryption, integrity, dhGroup, lifetime };
}
