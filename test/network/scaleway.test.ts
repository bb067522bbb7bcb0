/* ScalewayNetwork and ScalewaySiteToSiteVpn field by field. */
import { Jurisdiction } from '../../lib/core/jurisdiction';
import { DiffieHellmanGroup, IpsecEncryption, IpsecIntegrity, IpsecProposal } from '../../lib/network/ipsec';
import { PublicEntryPointKind } from '../../lib/network/network';
import { FirewallPeer } from '../../lib/network/peer';
import { FirewallPort } from '../../lib/network/port';
import { ScalewayNetwork } from '../../lib/network/scaleway/network';
import { ScalewaySiteToSiteVpn } from '../../lib/network/scaleway/vpn';
import { ScalewayProvider } from '../../lib/providers/scaleway/provider';
import { expectError, infos, only, stackOf, synth } from './helpers';

function build(props = {}, policy = {}) {
  const stack = stackOf(policy);
  new ScalewayProvider(stack, 'scaleway', { region: 'fr-par' });
  const network = new ScalewayNetwork(stack, 'Net', { region: 'fr-par', ...props });
  return { stack, network };
}

const VPN = { remoteGatewayIpv4: '198.51.100.10', remoteCountry: 'FR', remoteCidrs: ['10.200.0.0/16'] };

describe('ScalewayNetwork defaults', () => {
  const { stack, network } = build();
  network.addServer('Db', { commercialType: 'PRO2-S', image: 'debian_bookworm', cloudInit: '#cloud-config\n' });
  const json = synth(stack);

  test('a VPC and a regional Private Network in RFC 1918 space', () => {
    expect(only(json, 'scaleway_vpc')).toEqual({ name: 'network-net', region: 'fr-par', tags: ['jurisdiction=EU'] });
    expect(only(json, 'scaleway_vpc_private_network')).toEqual({
      name: 'network-net', vpc_id: '${scaleway_vpc.Net_Vpc_8A3E024F.id}', region: 'fr-par', ipv4_subnet: [{ subnet: '172.16.0.0/22' }], tags: ['jurisdiction=EU'],
    });
    expect(network).toEqual(expect.objectContaining({ providerId: 'scaleway', location: 'fr-par', zone: 'fr-par-1', countries: ['FR'], ipv4Cidr: '172.16.0.0/22', encryptedByProvider: false }));
  });

  test('the security group drops inbound and outbound by default and has no rule', () => {
    const sg = only(json, 'scaleway_instance_security_group');
    expect(sg).toEqual(expect.objectContaining({ stateful: true, inbound_default_policy: 'drop', outbound_default_policy: 'drop', enable_default_security: true, zone: 'fr-par-1' }));
    expect(sg.inbound_rule).toBeUndefined();
    expect(sg.outbound_rule).toBeUndefined();
  });

  test('an Instance has no public address, sits on the Private Network, behind the security group', () => {
    const server = only(json, 'scaleway_instance_server');
    expect(server.enable_dynamic_ip).toBe(false);
    expect(server.ip_id).toBeUndefined();
    expect(server.ip_ids).toBeUndefined();
    expect(server.private_network).toEqual([{ pn_id: '${scaleway_vpc_private_network.Net_DBED6B57.id}' }]);
    expect(server.security_group_id).toBe('${scaleway_instance_security_group.Net_SecurityGroup_798944D1.id}');
    expect(server.user_data).toEqual({ 'cloud-init': '#cloud-config\n' });
    expect(network.publicEntryPoints).toEqual([]);
  });

  test('the provider block carries region and zone, no keys', () => {
    expect(json.provider.scaleway).toEqual([{ region: 'fr-par', zone: 'fr-par-1' }]);
  });
});

describe('ScalewayNetwork rules and entry points', () => {
  test('rules render one per range, ports as port or port_range', () => {
    const { stack, network } = build();
    network.allowInbound(FirewallPeer.anywhere(), FirewallPort.tcp(443));
    network.allowOutbound(FirewallPeer.ipBlock('203.0.113.0/24', { country: 'DE' }), FirewallPort.tcpRange(8000, 8100));
    const sg = only(synth(stack), 'scaleway_instance_security_group');
    expect(sg.inbound_rule).toEqual([
      { action: 'accept', protocol: 'TCP', port: 443, ip_range: '0.0.0.0/0' },
      { action: 'accept', protocol: 'TCP', port: 443, ip_range: '::/0' },
    ]);
    expect(sg.outbound_rule).toEqual([{ action: 'accept', protocol: 'TCP', port_range: '8000-8100', ip_range: '203.0.113.0/24' }]);
  });

  test('SSH from every address throws', () => {
    expectError(() => build().network.allowInbound(FirewallPeer.anyIpv4(), FirewallPort.tcp(22)), 'ADMIN_PORT_OPEN_TO_INTERNET');
  });

  test('a Public Gateway is a named, reported entry point with NAT and no bastion', () => {
    const { stack, network } = build();
    network.addPublicGateway('Egress');
    const json = synth(stack);
    expect(only(json, 'scaleway_vpc_public_gateway')).toEqual(expect.objectContaining({ type: 'VPC-GW-S', zone: 'fr-par-1', bastion_enabled: false }));
    expect(only(json, 'scaleway_vpc_gateway_network')).toEqual(expect.objectContaining({ enable_masquerade: true, ipam_config: [{ push_default_route: true }] }));
    expect(network.publicEntryPoints).toEqual([{ name: 'Egress', kind: PublicEntryPointKind.GATEWAY, constructPath: 'network/Net/Egress/Resource' }]);
    expect(infos(stack)).toEqual([expect.stringContaining('Public entry point "Egress" (gateway)')]);
  });
});

describe('ScalewayNetwork location and address checks', () => {
  test('a region outside the jurisdiction is refused', () => {
    expectError(() => build({ region: 'pl-waw' }, { jurisdiction: Jurisdiction.countries(['FR']) }), 'REGION_OUTSIDE_JURISDICTION');
  });

  test.each([
    [{ region: 'fr-par-1' }, 'WRONG_LOCATION_KIND'],
    [{ region: 'us-east' }, 'UNKNOWN_REGION'],
    [{ zone: 'nl-ams-1' }, 'ZONE_NOT_IN_REGION'],
    [{ ipv4Cidr: '100.64.0.0/16' }, 'NETWORK_CIDR_NOT_ALLOWED'],
    [{ ipv4Cidr: '172.16.0.0/30' }, 'NETWORK_CIDR_NOT_ALLOWED'],
    [{ ipv4Cidr: '172.16.0.1/22' }, 'INVALID_CIDR'],
  ])('%j throws %s', (props, code) => {
    expectError(() => build(props), code);
  });

  test('the provider refuses literal keys and a zone of another region', () => {
    expectError(() => new ScalewayProvider(stackOf(), 'p', { region: 'fr-par', secretKey: '00000000-1111-2222-3333-444444444444' }), 'LITERAL_SECRET');
    expectError(() => new ScalewayProvider(stackOf(), 'p', { region: 'fr-par', zone: 'pl-waw-1' }), 'ZONE_NOT_IN_REGION');
  });
});

describe('ScalewaySiteToSiteVpn', () => {
  const { stack, network } = build();
  const vpn = new ScalewaySiteToSiteVpn(stack, 'OnPrem', { network, ...VPN });
  const json = synth(stack);

  test('IKEv2 and ESP default to AES-256-GCM with ECP-384; ESP with a DH group is PFS', () => {
    const connection = only(json, 'scaleway_s2s_vpn_connection');
    expect(connection.ikev2_ciphers).toEqual([{ encryption: 'aes256gcm', integrity: 'sha384', dh_group: 'ecp384' }]);
    expect(connection.esp_ciphers).toEqual([{ encryption: 'aes256gcm', dh_group: 'ecp384' }]);
    expect(connection.initiation_policy).toBe('customer_gateway');
    expect(connection.is_ipv6).toBe(false);
    expect(vpn.ikeProposal.toString()).toBe('AES-256-GCM/SHA-384/ECP-384');
  });

  test('no pre-shared key is an input: Scaleway generates it into Secret Manager', () => {
    const connection = only(json, 'scaleway_s2s_vpn_connection');
    expect(JSON.stringify(connection)).not.toMatch(/psk|pre_shared/i);
    expect(vpn.pskSecretId).toMatch(/TOKEN/);
  });

  test('BGP filters in both directions; the gateway on the Private Network; reported as entry point', () => {
    expect(only(json, 'scaleway_s2s_vpn_routing_policy')).toEqual(expect.objectContaining({ prefix_filter_in: ['10.200.0.0/16'], prefix_filter_out: ['172.16.0.0/22'], is_ipv6: false }));
    expect(only(json, 'scaleway_s2s_vpn_customer_gateway')).toEqual(expect.objectContaining({ ipv4_public: '198.51.100.10', asn: 65000, region: 'fr-par' }));
    expect(only(json, 'scaleway_s2s_vpn_gateway')).toEqual(expect.objectContaining({ gateway_type: 'VGW-S', private_network_id: '${scaleway_vpc_private_network.Net_DBED6B57.id}', zone: 'fr-par-1' }));
    expect(network.publicEntryPoints.map((e) => [e.name, e.kind])).toEqual([['OnPrem', PublicEntryPointKind.VPN_GATEWAY]]);
  });

  test('a CBC proposal carries its integrity on ESP too', () => {
    const b = build();
    new ScalewaySiteToSiteVpn(b.stack, 'Cbc', { network: b.network, ...VPN, espProposal: IpsecProposal.of({ encryption: IpsecEncryption.AES_256_CBC, integrity: IpsecIntegrity.SHA_256, dhGroup: DiffieHellmanGroup.MODP_3072 }) });
    expect(only(synth(b.stack), 'scaleway_s2s_vpn_connection').esp_ciphers).toEqual([{ encryption: 'aes256', integrity: 'sha256', dh_group: 'modp3072' }]);
  });

  test.each([
    [{ remoteCountry: 'US' }, 'DESTINATION_OUTSIDE_JURISDICTION'],
    [{ remoteGatewayIpv4: '10.0.0.1' }, 'PRIVATE_ENDPOINT'],
    [{ remoteGatewayIpv4: '198.51.100.300' }, 'INVALID_CIDR'],
    [{ remoteCidrs: ['172.16.1.0/24'] }, 'REMOTE_CIDR_OVERLAPS'],
    [{ remoteCidrs: ['203.0.113.0/24'] }, 'REMOTE_CIDR_NOT_PRIVATE'],
    [{ remoteCidrs: [] }, 'NO_REMOTE_CIDRS'],
    [{ remoteAsn: 12876 }, 'INVALID_ASN'],
    [{ initiationPolicy: 'both' }, 'INVALID_CHOICE'],
  ])('%j throws %s', (props, code) => {
    const b = build();
    expectError(() => new ScalewaySiteToSiteVpn(b.stack, 'Bad', { network: b.network, ...VPN, ...props }), code);
  });
});
