/*
 * ScalewaySiteToSiteVpn: Scaleway's managed Site-to-Site VPN between a ScalewayNetwork and an
 * on-premises gateway — IKEv2 only (the resource has `ikev2_ciphers` and no IKEv1 setting),
 * proposals checked against BSI TR-02102-3 (lib/network/ipsec.ts), BGP with prefix filters in both
 * directions, and a pre-shared key Scaleway generates and keeps in Secret Manager (never an input).
 * Arguments: https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources/s2s_vpn_connection.md
 * and …/s2s_vpn_gateway.md, …/s2s_vpn_customer_gateway.md, …/s2s_vpn_routing_policy.md.
 */
import { TerraformResource, Token } from 'cdktf';
import { Construct } from 'constructs';
import { S2sCipher, ScalewayS2sConnection, ScalewayS2sCustomerGateway, ScalewayS2sRoutingPolicy, ScalewayS2sVpnGateway } from '../../bindings/scaleway/s2s-vpn';
import { invalidInput } from '../../errors';
import { isPrivate, overlaps, parseBlock } from '../../util/addresses';
import { nameFromPath } from '../../util/names';
import { DiffieHellmanGroup, IpsecEncryption, IpsecIntegrity, IpsecProposal } from '../ipsec';
import { checkRule, Direction, PublicEntryPointKind, reportPublicEntryPoint } from '../network';
import { FirewallPeer } from '../peer';
import { FirewallPort } from '../port';
import { ScalewayNetwork } from './network';

/** Settings of a `ScalewaySiteToSiteVpn`. */
export interface ScalewaySiteToSiteVpnProps {
  /** The network the VPN gateway attaches to. */
  readonly network: ScalewayNetwork;
  /** The on-premises gateway's public IPv4 address. */
  readonly remoteGatewayIpv4: string;
  /** ISO 3166-1 alpha-2 country of the on-premises site, checked against the policy's jurisdiction. */
  readonly remoteCountry: string;
  /** The on-premises site's private blocks (accepted from its BGP announcements). */
  readonly remoteCidrs: string[];
  /**
   * The on-premises gateway's BGP AS number (not Scaleway's 12876).
   * @default 65000
   */
  readonly remoteAsn?: number;
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
   * VPN gateway type.
   * @default "VGW-S"
   */
  readonly gatewayType?: string;
  /**
   * Which side starts the tunnel: `customer_gateway` or `vpn_gateway`.
   * @default "customer_gateway"
   */
  readonly initiationPolicy?: string;
}

const ENCRYPTION: Partial<Record<IpsecEncryption, string>> = {
  [IpsecEncryption.AES_256_GCM]: 'aes256gcm', [IpsecEncryption.AES_128_GCM]: 'aes128gcm', [IpsecEncryption.AES_256_CBC]: 'aes256',
  [IpsecEncryption.AES_128_CBC]: 'aes128', [IpsecEncryption.CHACHA20_POLY1305]: 'chacha20poly1305',
};
const INTEGRITY: Partial<Record<IpsecIntegrity, string>> = { [IpsecIntegrity.SHA_256]: 'sha256', [IpsecIntegrity.SHA_384]: 'sha384', [IpsecIntegrity.SHA_512]: 'sha512' };
const DH: Partial<Record<DiffieHellmanGroup, string>> = {
  [DiffieHellmanGroup.MODP_3072]: 'modp3072', [DiffieHellmanGroup.MODP_4096]: 'modp4096', [DiffieHellmanGroup.ECP_256]: 'ecp256',
  [DiffieHellmanGroup.ECP_384]: 'ecp384', [DiffieHellmanGroup.ECP_521]: 'ecp521', [DiffieHellmanGroup.CURVE_25519]: 'curve25519',
};

/**
 * A managed Site-to-Site VPN from a ScalewayNetwork to an on-premises gateway, with strong
 * IKEv2/ESP defaults; the VPN gateway is reported as the network's public entry point.
 *
 * @example
 * new ScalewaySiteToSiteVpn(stack, 'OnPrem', {
 *   network, remoteGatewayIpv4: '198.51.100.10', remoteCountry: 'FR', remoteCidrs: ['10.200.0.0/16'],
 * });
 */
export class ScalewaySiteToSiteVpn extends Construct {
  /** The `scaleway_s2s_vpn_connection` (escape hatch). */
  public readonly resource: TerraformResource;
  /** The `scaleway_s2s_vpn_gateway`. */
  public readonly gateway: TerraformResource;
  /** The IKEv2 proposal in use. */
  public readonly ikeProposal: IpsecProposal;
  /** The ESP proposal in use. */
  public readonly espProposal: IpsecProposal;
  /** The id of the Secret Manager secret that holds the pre-shared key Scaleway generated. */
  public readonly pskSecretId: string;

  constructor(scope: Construct, id: string, props: ScalewaySiteToSiteVpnProps) {
    super(scope, id);
    const what = `ScalewaySiteToSiteVpn "${this.node.path}"`;
    if (props === undefined || props === null || typeof props !== 'object' || !(props.network instanceof ScalewayNetwork)) {
      throw invalidInput({ code: 'MISSING_PROPS', what: `${what} props`, given: props, allowed: 'a ScalewaySiteToSiteVpnProps object with a ScalewayNetwork', fix: 'pass { network, remoteGatewayIpv4, remoteCountry, remoteCidrs }.' });
    }
    const network = props.network;
    if (typeof props.remoteGatewayIpv4 !== 'string' || Token.isUnresolved(props.remoteGatewayIpv4)) {
      throw invalidInput({ code: 'UNRESOLVED_ENDPOINT', what: `${what} remoteGatewayIpv4`, given: props.remoteGatewayIpv4, allowed: 'a literal public IPv4 address', fix: 'write the on-premises gateway address as a literal, so its location can be checked.' });
    }
    const endpointBlock = parseBlock(`${what} remoteGatewayIpv4`, `${props.remoteGatewayIpv4}/32`, { version: 4, allowed: 'a public IPv4 address' });
    if (isPrivate(endpointBlock)) {
      throw invalidInput({ code: 'PRIVATE_ENDPOINT', what: `${what} remoteGatewayIpv4`, given: props.remoteGatewayIpv4, allowed: 'the public address of the on-premises gateway', fix: 'use the address the gateway is reached at over the internet.' });
    }
    // The tunnel sends data to the remote site: its country must be inside the jurisdiction (as any outbound destination).
    checkRule(this, what, Direction.OUT, FirewallPeer.ipBlock(`${props.remoteGatewayIpv4}/32`, { country: props.remoteCountry }), FirewallPort.udp(500));
    this.ikeProposal = props.ikeProposal ?? IpsecProposal.strong();
    this.espProposal = props.espProposal ?? IpsecProposal.strong();
    const ikev2 = cipher(`${what} ikeProposal`, this.ikeProposal, true);
    const esp = cipher(`${what} espProposal`, this.espProposal, false);
    if (!Array.isArray(props.remoteCidrs) || props.remoteCidrs.length === 0) {
      throw invalidInput({ code: 'NO_REMOTE_CIDRS', what: `${what} remoteCidrs`, given: props.remoteCidrs, allowed: 'one or more private blocks of the on-premises site', fix: 'list the blocks behind the on-premises gateway.' });
    }
    const local = parseBlock('network', network.ipv4Cidr);
    props.remoteCidrs.forEach((cidr, i) => {
      const block = parseBlock(`${what} remoteCidrs[${i}]`, cidr, { version: 4, allowed: 'an IPv4 block' });
      if (!isPrivate(block)) {
        throw invalidInput({ code: 'REMOTE_CIDR_NOT_PRIVATE', what: `${what} remoteCidrs[${i}]`, given: cidr, allowed: 'a private block (RFC 1918): the tunnel carries private traffic', fix: 'list the site\'s private blocks.' });
      }
      if (overlaps(block, local)) {
        throw invalidInput({ code: 'REMOTE_CIDR_OVERLAPS', what: `${what} remoteCidrs[${i}]`, given: cidr, allowed: `a block that does not overlap the network's ${network.ipv4Cidr}`, fix: 'renumber one side, or choose the site\'s own block.' });
      }
    });
    const asn = props.remoteAsn ?? 65000;
    if (!Number.isInteger(asn) || asn < 1 || asn > 4294967295 || asn === 12876) {
      throw invalidInput({ code: 'INVALID_ASN', what: `${what} remoteAsn`, given: props.remoteAsn, allowed: 'an AS number other than Scaleway\'s 12876 (s2s_vpn_customer_gateway.md); a private ASN 64512-65534 for tests', fix: 'use your gateway\'s AS number.' });
    }
    const initiationPolicy = props.initiationPolicy ?? 'customer_gateway';
    if (!['customer_gateway', 'vpn_gateway'].includes(initiationPolicy)) {
      throw invalidInput({ code: 'INVALID_CHOICE', what: `${what} initiationPolicy`, given: initiationPolicy, allowed: 'customer_gateway, vpn_gateway', fix: 'say which side starts the tunnel.' });
    }
    const name = nameFromPath(this, 63, 'vpn');
    const region = network.location;
    const tags = network._tags;
    this.gateway = new ScalewayS2sVpnGateway(this, 'Gateway', () => ({ name, gatewayType: props.gatewayType ?? 'VGW-S', privateNetworkId: network.networkId, region, zone: network.zone, tags }), undefined, [network.resource]);
    const customer = new ScalewayS2sCustomerGateway(this, 'CustomerGateway', () => ({ name: `${name.slice(0, 55)}-remote`, ipv4Public: props.remoteGatewayIpv4, asn, region, tags }));
    const policy = new ScalewayS2sRoutingPolicy(this, 'RoutingPolicy', () => ({ name: `${name.slice(0, 55)}-routes`, prefixFilterIn: [...props.remoteCidrs], prefixFilterOut: [network.ipv4Cidr], region, tags }));
    this.resource = new ScalewayS2sConnection(this, 'Resource', () => ({
      name,
      vpnGatewayId: this.gateway.getStringAttribute('id'),
      customerGatewayId: customer.getStringAttribute('id'),
      routingPolicyId: policy.getStringAttribute('id'),
      initiationPolicy,
      ikev2,
      esp,
      region,
      tags,
    }));
    this.pskSecretId = this.resource.getStringAttribute('secret_id');
    network._addEntryPoint(reportPublicEntryPoint(network, this.gateway, id, PublicEntryPointKind.VPN_GATEWAY));
  }
}

function cipher(what: string, proposal: IpsecProposal, ike: boolean): S2sCipher {
  if (!(proposal instanceof IpsecProposal)) {
    throw invalidInput({ code: 'INVALID_PROPOSAL', what, given: proposal, allowed: 'an IpsecProposal', fix: 'use IpsecProposal.strong() or IpsecProposal.of({ … }).' });
  }
  const encryption = ENCRYPTION[proposal.encryption];
  const dhGroup = DH[proposal.dhGroup];
  const integrity = INTEGRITY[proposal.integrity];
  if (!encryption || !dhGroup || !integrity) {
    throw invalidInput({ code: 'UNSUPPORTED_BY_PROVIDER', what, given: proposal.toString(), allowed: 'what Scaleway offers (scaleway-sdk-go s2s_vpn v1alpha1): aes128/aes256 (CBC), aes128gcm/aes256gcm, chacha20poly1305; sha256/384/512; modp3072/4096, ecp256/384/521, curve25519', fix: 'choose a supported combination.' });
  }
  // GCM and ChaCha20-Poly1305 authenticate by themselves: ESP takes no integrity algorithm then; IKE uses it as PRF.
  const aead = proposal.encryption === IpsecEncryption.AES_256_GCM || proposal.encryption === IpsecEncryption.AES_128_GCM || proposal.encryption === IpsecEncryption.CHACHA20_POLY1305;
  return { encryption, integrity: ike || !aead ? integrity : undefined, dhGroup };
}
