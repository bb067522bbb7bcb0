/* IonosNetwork and IonosIpsecVpn field by field. */
import { TerraformVariable } from 'cdktf';
import { Jurisdiction } from '../../lib/core/jurisdiction';
import { IonosNetwork } from '../../lib/network/ionos/network';
import { IonosIpsecVpn } from '../../lib/network/ionos/vpn';
import { DiffieHellmanGroup, IpsecEncryption, IpsecIntegrity, IpsecProposal } from '../../lib/network/ipsec';
import { PublicEntryPointKind } from '../../lib/network/network';
import { FirewallPeer } from '../../lib/network/peer';
import { FirewallPort } from '../../lib/network/port';
import { IonosProvider } from '../../lib/providers/ionos/provider';
import { bodies, expectError, only, stackOf, synth } from './helpers';

function build(props = {}, policy = {}) {
  const stack = stackOf(policy);
  new IonosProvider(stack, 'ionoscloud');
  const network = new IonosNetwork(stack, 'Net', { location: 'de/fra', ...props });
  return { stack, network };
}

const VPN = { remoteGatewayIpv4: '198.51.100.10', remoteCountry: 'DE', remoteCidrs: ['10.200.0.0/16'] };

describe('IonosNetwork defaults', () => {
  const { stack, network } = build();
  const json = synth(stack);

  test('a data centre in the location with a private LAN', () => {
    expect(only(json, 'ionoscloud_datacenter')).toEqual(expect.objectContaining({ location: 'de/fra', name: 'network-net' }));
    expect(only(json, 'ionoscloud_lan')).toEqual({ datacenter_id: '${ionoscloud_datacenter.Net_Datacenter_DEFEB806.id}', name: 'network-net', public: false });
    expect(network).toEqual(expect.objectContaining({ providerId: 'ionos', location: 'de/fra', countries: ['DE'], encryptedByProvider: false, publicEntryPoints: [] }));
  });

  test('the default NSG has no inbound rule and one egress rule into the LAN', () => {
    expect(only(json, 'ionoscloud_datacenter_nsg_selection')).toEqual({ datacenter_id: '${ionoscloud_datacenter.Net_Datacenter_DEFEB806.id}', nsg_id: '${ionoscloud_nsg.Net_SecurityGroup_798944D1.id}' });
    expect(bodies(json, 'ionoscloud_nsg_firewallrule')).toEqual([
      expect.objectContaining({ type: 'EGRESS', protocol: 'ANY', target_ip: '${ionoscloud_lan.Net_DBED6B57.ipv4_cidr_block}' }),
    ]);
  });
});

describe('IonosNetwork rules and checks', () => {
  test('inbound from a block: one INGRESS rule with source and ports; every address: no source', () => {
    const { stack, network } = build();
    network.allowInbound(FirewallPeer.ipBlock('198.51.100.0/24', { country: 'DE' }), FirewallPort.tcpRange(8000, 8100));
    network.allowInbound(FirewallPeer.anyIpv4(), FirewallPort.tcp(443));
    const rules = bodies(synth(stack), 'ionoscloud_nsg_firewallrule').filter((r) => r.type === 'INGRESS');
    expect(rules).toEqual([
      expect.objectContaining({ protocol: 'TCP', source_ip: '198.51.100.0/24', port_range_start: 8000, port_range_end: 8100 }),
      expect.objectContaining({ protocol: 'TCP', port_range_start: 443, port_range_end: 443 }),
    ]);
    expect(rules[1].source_ip).toBeUndefined();
  });

  test('SSH from every address throws; IPv6 is refused; a US location is refused', () => {
    expectError(() => build().network.allowInbound(FirewallPeer.anyIpv4(), FirewallPort.tcp(22)), 'ADMIN_PORT_OPEN_TO_INTERNET');
    expectError(() => build().network.allowInbound(FirewallPeer.anyIpv6(), FirewallPort.tcp(443)), 'IPV6_NOT_SUPPORTED');
    expectError(() => build({ location: 'us/las' }), 'REGION_OUTSIDE_JURISDICTION');
    expectError(() => build({ location: 'fr/par' }, { jurisdiction: Jurisdiction.countries(['DE']) }), 'REGION_OUTSIDE_JURISDICTION');
    expectError(() => build({ location: 'eu-central-3' }), 'WRONG_LOCATION_KIND');
  });

  test('outbound to the network itself needs no country, though its block is known only at apply', () => {
    const { network } = build();
    expect(() => network.allowOutbound(FirewallPeer.network(network), FirewallPort.tcp(5432))).not.toThrow();
  });
});

describe('IonosIpsecVpn', () => {
  const { stack, network } = build();
  const vpn = new IonosIpsecVpn(stack, 'OnPrem', { network, ...VPN });
  const json = synth(stack);

  test('IKEv2 gateway with a public IP block, attached to the LAN', () => {
    const gateway = only(json, 'ionoscloud_vpn_ipsec_gateway');
    expect(gateway.version).toBe('IKEv2');
    expect(gateway.gateway_ip).toBe('${element(ionoscloud_ipblock.OnPrem_PublicIp_2ACB7BB4.ips, 0)}');
    expect(gateway.connections).toEqual([expect.objectContaining({ lan_id: '${ionoscloud_lan.Net_DBED6B57.id}' })]);
    expect(only(json, 'ionoscloud_ipblock')).toEqual(expect.objectContaining({ location: 'de/fra', size: 1 }));
    expect(network.publicEntryPoints.map((e) => [e.name, e.kind])).toEqual([['OnPrem', PublicEntryPointKind.VPN_GATEWAY]]);
  });

  test('IKE and ESP: AES256-GCM-16, SHA384, 20-ECP384 (PFS on ESP), lifetimes within the doc\'s bounds', () => {
    const tunnel = only(json, 'ionoscloud_vpn_ipsec_tunnel');
    expect(tunnel.ike).toEqual([{ diffie_hellman_group: '20-ECP384', encryption_algorithm: 'AES256-GCM-16', integrity_algorithm: 'SHA384', lifetime: 86400 }]);
    expect(tunnel.esp).toEqual([{ diffie_hellman_group: '20-ECP384', encryption_algorithm: 'AES256-GCM-16', integrity_algorithm: 'SHA384', lifetime: 3600 }]);
    expect(tunnel.peer_network_cidrs).toEqual(['10.200.0.0/16']);
    expect(tunnel.cloud_network_cidrs).toEqual(['${ionoscloud_lan.Net_DBED6B57.ipv4_cidr_block}']);
    expect(vpn.espProposal.toString()).toBe('AES-256-GCM/SHA-384/ECP-384');
  });

  test('the pre-shared key is a sensitive variable without default, never a literal', () => {
    expect(only(json, 'ionoscloud_vpn_ipsec_tunnel').auth).toEqual([{ method: 'PSK', psk_key: '${var.onprem_psk}' }]);
    expect(json.variable.onprem_psk).toEqual(expect.objectContaining({ type: 'string', sensitive: true, nullable: false }));
    expect(json.variable.onprem_psk.default).toBeUndefined();
    const b = build();
    expectError(() => new IonosIpsecVpn(b.stack, 'Literal', { network: b.network, ...VPN, presharedKey: 'X2wosbaw74M8hQGbK3jCCaEusR6CCFRa' }), 'LITERAL_SECRET');
    const secret = new TerraformVariable(b.stack, 'vault_psk', { type: 'string', sensitive: true });
    new IonosIpsecVpn(b.stack, 'FromVault', { network: b.network, ...VPN, presharedKey: secret.stringValue });
    expect(bodies(synth(b.stack), 'ionoscloud_vpn_ipsec_tunnel')[0].auth[0].psk_key).toBe('${var.vault_psk}');
  });

  test.each([
    [{ espProposal: IpsecProposal.of({ encryption: IpsecEncryption.CHACHA20_POLY1305 }) }, 'UNSUPPORTED_BY_PROVIDER'],
    [{ ikeProposal: IpsecProposal.of({ dhGroup: DiffieHellmanGroup.CURVE_25519 }) }, 'UNSUPPORTED_BY_PROVIDER'],
    [{ remoteCountry: 'US' }, 'DESTINATION_OUTSIDE_JURISDICTION'],
    [{ remoteGatewayIpv4: '192.168.1.1' }, 'PRIVATE_ENDPOINT'],
    [{ remoteCidrs: ['0.0.0.0/0'] }, 'REMOTE_CIDR_NOT_PRIVATE'],
    [{ gatewayHostNumber: 0 }, 'INVALID_HOST_NUMBER'],
  ])('%j throws %s', (props, code) => {
    const b = build();
    expectError(() => new IonosIpsecVpn(b.stack, 'Bad', { network: b.network, ...VPN, ...props }), code);
  });

  test('a weak proposal never reaches the provider', () => {
    expectError(() => IpsecProposal.of({ integrity: IpsecIntegrity.SHA_1 }), 'WEAK_VPN_CRYPTO');
  });
});
