/* OtcSiteToSiteVpn field by field, and its arguments against the v1.36.23 documentation (vpn-docs.ts). */
import { TerraformVariable } from 'cdktf';
import { DiffieHellmanGroup, IpsecEncryption, IpsecIntegrity, IpsecProposal } from '../../../lib/network/ipsec';
import { PublicEntryPointKind } from '../../../lib/network/network';
import { OtcNetwork } from '../../../lib/providers/otc/network';
import { OtcSiteToSiteVpn } from '../../../lib/providers/otc/vpn';
import { problems } from '../../bindings/conformance';
import { expectError } from '../../network/helpers';
import { Json, resourceOf, stackOf, synth } from './helpers';
import { VPN_RESOURCES, VPN_VALUES } from './vpn-docs';

const VPN = { remoteGatewayIpv4: '198.51.100.10', remoteCountry: 'DE', remoteCidrs: ['10.200.0.0/16'] };

function build() {
  const { stack } = stackOf();
  const network = new OtcNetwork(stack, 'Net', { region: 'eu-de' });
  return { stack, network };
}

describe('OtcSiteToSiteVpn', () => {
  const { stack, network } = build();
  const vpn = new OtcSiteToSiteVpn(stack, 'OnPrem', { network, ...VPN });
  const json = synth(stack);
  const connection = resourceOf(json, 'opentelekomcloud_enterprise_vpn_connection_v5');

  test('IKEv2 written explicitly; IKE AES-256-GCM / SHA2-384 / group20', () => {
    expect(connection.ikepolicy).toEqual({
      ike_version: 'v2', encryption_algorithm: 'aes-256-gcm-16', authentication_algorithm: 'sha2-384', dh_group: 'group20', authentication_method: 'pre-share', lifetime_seconds: 86400,
    });
  });

  test('ESP AES-256-GCM / SHA2-384 with PFS group20 (the provider\'s default would be group14)', () => {
    expect(connection.ipsecpolicy).toEqual({
      encryption_algorithm: 'aes-256-gcm-16', authentication_algorithm: 'sha2-384', pfs: 'group20', transform_protocol: 'esp', encapsulation_mode: 'tunnel', lifetime_seconds: 3600,
    });
    expect(vpn.espProposal.toString()).toBe('AES-256-GCM/SHA-384/ECP-384');
  });

  test('a static connection to the customer gateway, for the site\'s blocks; the gateway on the VPC with every subnet local', () => {
    expect(connection).toEqual(expect.objectContaining({ vpn_type: 'static', peer_subnets: ['10.200.0.0/16'], ha_role: 'master' }));
    expect(connection.gateway_ip).toMatch(/^\$\{opentelekomcloud_enterprise_vpn_gateway_v5\.OnPrem_Gateway_\w+\.eip1\[0\]\.id\}$/);
    expect(resourceOf(json, 'opentelekomcloud_enterprise_vpn_customer_gateway_v5')).toEqual(expect.objectContaining({ id_type: 'ip', id_value: '198.51.100.10' }));
    const gateway = resourceOf(json, 'opentelekomcloud_enterprise_vpn_gateway_v5');
    expect(gateway).toEqual(expect.objectContaining({
      attachment_type: 'vpc', network_type: 'public', flavor: 'Professional1', local_subnets: network.subnetCidrs, availability_zones: network.availabilityZones.slice(0, 2),
    }));
    expect(gateway.eip1).toEqual(expect.objectContaining({ type: '5_bgp', bandwidth_size: 100, charge_mode: 'traffic' }));
    expect(network.publicEntryPoints.map((e) => [e.name, e.kind])).toEqual([['OnPrem', PublicEntryPointKind.VPN_GATEWAY]]);
  });

  test('the pre-shared key is a sensitive variable without default, never a literal', () => {
    expect(connection.psk).toBe('${var.onprem_psk}');
    expect(json.variable.onprem_psk).toEqual(expect.objectContaining({ type: 'string', sensitive: true, nullable: false }));
    expect(json.variable.onprem_psk.default).toBeUndefined();
    const b = build();
    expectError(() => new OtcSiteToSiteVpn(b.stack, 'Literal', { network: b.network, ...VPN, presharedKey: 'X2wosbaw74M8hQGbK3jCCaEusR6CCFRa' }), 'LITERAL_SECRET');
    const secret = new TerraformVariable(b.stack, 'vault_psk', { type: 'string', sensitive: true });
    new OtcSiteToSiteVpn(b.stack, 'FromVault', { network: b.network, ...VPN, presharedKey: secret.stringValue });
    expect(resourceOf(synth(b.stack), 'opentelekomcloud_enterprise_vpn_connection_v5').psk).toBe('${var.vault_psk}');
  });

  test('every emitted argument is documented at v1.36.23, and every algorithm value is one the doc lists', () => {
    const all = Object.entries(json.resource).filter(([type]) => type.includes('enterprise_vpn')).flatMap(([type, byName]) =>
      Object.entries(byName as Record<string, Json>).flatMap(([name, body]) => problems(body, VPN_RESOURCES[type], `${type}.${name}`)));
    expect(all).toEqual([]);
    expect(VPN_VALUES.encryption).toEqual(expect.arrayContaining([connection.ikepolicy.encryption_algorithm, connection.ipsecpolicy.encryption_algorithm]));
    expect(VPN_VALUES.authentication).toEqual(expect.arrayContaining([connection.ikepolicy.authentication_algorithm, connection.ipsecpolicy.authentication_algorithm]));
    expect(VPN_VALUES.dhGroup).toContain(connection.ikepolicy.dh_group);
    expect(VPN_VALUES.pfs).toContain(connection.ipsecpolicy.pfs);
  });

  test('CBC with MODP-4096 is written as aes-256 / sha2-256 / group16', () => {
    const b = build();
    new OtcSiteToSiteVpn(b.stack, 'Cbc', { network: b.network, ...VPN, espProposal: IpsecProposal.of({ encryption: IpsecEncryption.AES_256_CBC, integrity: IpsecIntegrity.SHA_256, dhGroup: DiffieHellmanGroup.MODP_4096 }) });
    const policy = resourceOf(synth(b.stack), 'opentelekomcloud_enterprise_vpn_connection_v5').ipsecpolicy;
    expect([policy.encryption_algorithm, policy.authentication_algorithm, policy.pfs]).toEqual(['aes-256', 'sha2-256', 'group16']);
  });

  test.each([
    [{ espProposal: IpsecProposal.of({ dhGroup: DiffieHellmanGroup.MODP_3072 }) }, 'UNSUPPORTED_BY_PROVIDER'],
    [{ ikeProposal: IpsecProposal.of({ encryption: IpsecEncryption.CHACHA20_POLY1305 }) }, 'UNSUPPORTED_BY_PROVIDER'],
    [{ remoteCountry: 'US' }, 'DESTINATION_OUTSIDE_JURISDICTION'],
    [{ remoteGatewayIpv4: '10.1.1.1' }, 'PRIVATE_ENDPOINT'],
    [{ remoteCidrs: ['10.0.5.0/24'] }, 'REMOTE_CIDR_OVERLAPS'],
    [{ remoteCidrs: ['0.0.0.0/0'] }, 'REMOTE_CIDR_NOT_PRIVATE'],
    [{ flavor: 'Huge' }, 'INVALID_CHOICE'],
    [{ flavor: 'Basic', bandwidthMbits: 300 }, 'INVALID_BANDWIDTH'],
  ])('%j throws %s', (props, code) => {
    const b = build();
    expectError(() => new OtcSiteToSiteVpn(b.stack, 'Bad', { network: b.network, ...VPN, ...props }), code);
  });

  test('weak choices never reach the provider, which would accept them (3des, md5, sha1, group1-14 are listed values)', () => {
    expectError(() => IpsecProposal.of({ encryption: IpsecEncryption.TRIPLE_DES }), 'WEAK_VPN_CRYPTO');
    expectError(() => IpsecProposal.of({ integrity: IpsecIntegrity.MD5 }), 'WEAK_VPN_CRYPTO');
    expectError(() => IpsecProposal.of({ dhGroup: DiffieHellmanGroup.MODP_2048 }), 'WEAK_VPN_CRYPTO');
  });
});
