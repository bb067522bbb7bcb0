/* UpcloudNetwork and UpcloudGatewayVpn field by field. */
import { AnnotationMetadataEntryType, TerraformVariable } from 'cdktf';
import { Jurisdiction } from '../../lib/core/jurisdiction';
import { DiffieHellmanGroup, IpsecEncryption, IpsecIntegrity, IpsecProposal } from '../../lib/network/ipsec';
import { PublicEntryPointKind } from '../../lib/network/network';
import { FirewallPeer } from '../../lib/network/peer';
import { FirewallPort } from '../../lib/network/port';
import { UpcloudNetwork } from '../../lib/network/upcloud/network';
import { UpcloudGatewayVpn } from '../../lib/network/upcloud/vpn';
import { WireGuardInterface, WireGuardKey } from '../../lib/network/wireguard';
import { UpcloudProvider } from '../../lib/providers/upcloud/provider';
import { bodies, expectError, only, stackOf, synth } from './helpers';

const SERVER = { plan: '1xCPU-2GB', template: 'Debian GNU/Linux 12 (Bookworm)' };
const VPN = { remoteGatewayIpv4: '198.51.100.10', remoteCountry: 'DE', remoteCidrs: ['10.200.0.0/16'] };

function build(props = {}, policy = {}) {
  const stack = stackOf(policy);
  const network = new UpcloudNetwork(stack, 'Net', { zone: 'de-fra1', ...props });
  return { stack, network };
}

describe('UpcloudNetwork defaults', () => {
  const { stack, network } = build();
  network.addServer('Db', SERVER);
  const json = synth(stack);

  test('a router and a network in the zone with one DHCP subnet and no default route', () => {
    expect(only(json, 'upcloud_router')).toEqual({ name: 'network-net', labels: { jurisdiction: 'EU' } });
    expect(only(json, 'upcloud_network')).toEqual({
      name: 'network-net', zone: 'de-fra1', router: '${upcloud_router.Net_Router_FA18067A.id}', labels: { jurisdiction: 'EU' },
      ip_network: [{ address: '10.0.0.0/22', dhcp: true, family: 'IPv4', dhcp_default_route: false }],
    });
    expect(network).toEqual(expect.objectContaining({ providerId: 'upcloud', location: 'de-fra1', countries: ['DE'], ipv4Cidr: '10.0.0.0/22', encryptedByProvider: false }));
  });

  test('a server has one private interface: no public, no utility; its firewall is off (nothing it could filter)', () => {
    const server = only(json, 'upcloud_server');
    expect(server.network_interface).toEqual([{ type: 'private', network: '${upcloud_network.Net_DBED6B57.id}' }]);
    expect(server).toEqual(expect.objectContaining({ zone: 'de-fra1', plan: '1xCPU-2GB', metadata: true, firewall: false, template: [{ storage: 'Debian GNU/Linux 12 (Bookworm)' }] }));
    expect(server.login).toBeUndefined();
    expect(network.publicEntryPoints).toEqual([]);
  });

  test('no firewall rules and no gateway exist without an entry point', () => {
    expect(bodies(json, 'upcloud_firewall_rules')).toEqual([]);
    expect(bodies(json, 'upcloud_gateway')).toEqual([]);
  });
});

describe('UpcloudNetwork entry points and their stateless firewall', () => {
  test('a gateway server: public IPv4 first, firewall on, rules with replies, drop both ways last', () => {
    const { stack, network } = build();
    network.addGateway('Bastion', SERVER);
    network.allowInbound(FirewallPeer.ipBlock('198.51.100.0/24', { country: 'DE' }), FirewallPort.udp(51820), 'WireGuard from the clinic');
    network.allowOutbound(FirewallPeer.ipBlock('203.0.113.0/24', { country: 'DE' }), FirewallPort.tcp(443));
    const json = synth(stack);
    const server = only(json, 'upcloud_server');
    expect(server.network_interface).toEqual([{ type: 'public', ip_address_family: 'IPv4' }, { type: 'private', network: '${upcloud_network.Net_DBED6B57.id}' }]);
    expect(server.firewall).toBe(true);
    expect(only(json, 'upcloud_firewall_rules').firewall_rule).toEqual([
      { action: 'accept', direction: 'in', family: 'IPv4', protocol: 'udp', source_address_start: '198.51.100.0', source_address_end: '198.51.100.255', destination_port_start: '51820', destination_port_end: '51820', comment: 'WireGuard from the clinic' },
      { action: 'accept', direction: 'out', family: 'IPv4', protocol: 'udp', destination_address_start: '198.51.100.0', destination_address_end: '198.51.100.255', source_port_start: '51820', source_port_end: '51820', comment: 'Replies: WireGuard from the clinic' },
      { action: 'accept', direction: 'out', family: 'IPv4', protocol: 'tcp', destination_address_start: '203.0.113.0', destination_address_end: '203.0.113.255', destination_port_start: '443', destination_port_end: '443', comment: 'To 203.0.113.0/24 (DE) on tcp/443' },
      { action: 'accept', direction: 'in', family: 'IPv4', protocol: 'tcp', source_address_start: '203.0.113.0', source_address_end: '203.0.113.255', source_port_start: '443', source_port_end: '443', comment: 'Replies: To 203.0.113.0/24 (DE) on tcp/443' },
      { direction: 'in', action: 'drop', comment: 'Default: drop (cdktf-sovereign)' },
      { direction: 'out', action: 'drop', comment: 'Default: drop (cdktf-sovereign)' },
    ]);
    expect(network.publicEntryPoints.map((e) => [e.name, e.kind])).toEqual([['Bastion', PublicEntryPointKind.GATEWAY]]);
  });

  test('every address: no address range, one rule per IP version', () => {
    const { stack, network } = build();
    network.addGateway('Web', SERVER);
    network.allowInbound(FirewallPeer.anywhere(), FirewallPort.tcp(443));
    const rules = only(synth(stack), 'upcloud_firewall_rules').firewall_rule.filter((r: { direction: string; action: string }) => r.direction === 'in' && r.action === 'accept');
    expect(rules.map((r: { family: string; source_address_start?: string }) => [r.family, r.source_address_start])).toEqual([['IPv4', undefined], ['IPv6', undefined]]);
  });

  test('SSH or PostgreSQL from every address throws; ICMP for IPv6 is refused', () => {
    expectError(() => build().network.allowInbound(FirewallPeer.anywhere(), FirewallPort.tcp(22)), 'ADMIN_PORT_OPEN_TO_INTERNET');
    expectError(() => build().network.allowInbound(FirewallPeer.anyIpv4(), FirewallPort.tcp(5432)), 'ADMIN_PORT_OPEN_TO_INTERNET');
    expectError(() => build().network.allowInbound(FirewallPeer.anyIpv6(), FirewallPort.icmp()), 'IPV6_NOT_SUPPORTED');
  });

  test('a NAT gateway: the router becomes the DHCP default route, the router keeps the service\'s static routes, reported', () => {
    const { stack, network } = build();
    network.addNatGateway('Egress');
    const json = synth(stack);
    expect(only(json, 'upcloud_gateway')).toEqual(expect.objectContaining({ features: ['nat'], plan: 'standard', zone: 'de-fra1', router: [{ id: '${upcloud_router.Net_Router_FA18067A.id}' }] }));
    expect(only(json, 'upcloud_network').ip_network[0].dhcp_default_route).toBe(true);
    expect(only(json, 'upcloud_router').lifecycle).toEqual({ ignore_changes: ['static_route'] });
    expect(network.publicEntryPoints.map((e) => [e.name, e.kind])).toEqual([['Egress', PublicEntryPointKind.GATEWAY]]);
    expectError(() => network.addNatGateway('Big', { plan: 'huge' }), 'INVALID_CHOICE');
  });
});

describe('UpcloudNetwork encryption between hosts', () => {
  test('WireGuard by cloud-init with the key from a sensitive variable; metadata on for cloud-init', () => {
    const { stack, network } = build();
    const wg = new WireGuardInterface({ address: '10.99.0.1/24', privateKey: WireGuardKey.fromSensitiveVariable(stack, 'app_wg_key') });
    network.addServer('App', { ...SERVER, userData: wg.toCloudInit() });
    const server = only(synth(stack), 'upcloud_server');
    expect(server.user_data).toContain('PrivateKey = ${var.app_wg_key}');
    expect(server.metadata).toBe(true);
  });
});

describe('UpcloudNetwork location and address checks', () => {
  test('a zone outside the jurisdiction is refused', () => {
    expectError(() => build({ zone: 'us-nyc1' }), 'REGION_OUTSIDE_JURISDICTION');
    expectError(() => build({ zone: 'uk-lon1' }), 'REGION_OUTSIDE_JURISDICTION');
    expectError(() => build({ zone: 'fi-hel1' }, { jurisdiction: Jurisdiction.countries(['DE']) }), 'REGION_OUTSIDE_JURISDICTION');
    expect(build({ zone: 'no-svg1' }, { jurisdiction: Jurisdiction.EEA }).network.countries).toEqual(['NO']);
  });

  test.each([
    [{ zone: 'europe-1' }, 'WRONG_LOCATION_KIND'],
    [{ zone: 'xx-abc1' }, 'UNKNOWN_REGION'],
    [{ ipv4Cidr: '100.64.0.0/16' }, 'NETWORK_CIDR_NOT_ALLOWED'],
    [{ ipv4Cidr: '10.0.0.0/30' }, 'NETWORK_CIDR_NOT_ALLOWED'],
    [{ ipv4Cidr: '10.0.0.1/24' }, 'INVALID_CIDR'],
  ])('%j throws %s', (props, code) => {
    expectError(() => build(props), code);
  });

  test('server checks', () => {
    const { network } = build();
    expectError(() => network.addServer('A', { ...SERVER, hostname: 'db_1' }), 'INVALID_SERVER_NAME');
    expectError(() => network.addServer('B', { ...SERVER, privateIp: '10.0.4.1' }), 'IP_OUTSIDE_SUBNET');
    expectError(() => network.addServer('C', { ...SERVER, plan: '' }), 'MISSING_ARGUMENT');
  });
});

describe('UpcloudGatewayVpn', () => {
  const { stack, network } = build();
  const vpn = new UpcloudGatewayVpn(stack, 'OnPrem', { network, ...VPN });
  const json = synth(stack);

  test('a VPN gateway on the network\'s router with a named public address, reported; DHCP routes through the router', () => {
    expect(only(json, 'upcloud_gateway')).toEqual(expect.objectContaining({ features: ['vpn'], plan: 'production', address: [{ name: 'public-ip-1' }], router: [{ id: '${upcloud_router.Net_Router_FA18067A.id}' }] }));
    expect(only(json, 'upcloud_network').ip_network[0].dhcp_default_route).toBe(true);
    expect(network.publicEntryPoints.map((e) => [e.name, e.kind])).toEqual([['OnPrem', PublicEntryPointKind.VPN_GATEWAY]]);
  });

  test('static routes: the network\'s block locally, the site\'s blocks remotely', () => {
    const connection = only(json, 'upcloud_gateway_connection');
    expect(connection.type).toBe('ipsec');
    expect(connection.local_route).toEqual([{ name: 'local-0', type: 'static', static_network: '10.0.0.0/22' }]);
    expect(connection.remote_route).toEqual([{ name: 'remote-0', type: 'static', static_network: '10.200.0.0/16' }]);
  });

  test('both phases default to AES-256-GCM, SHA-384, group 20 (ECP-384) — one value each; PFS on phase 2', () => {
    const tunnel = only(json, 'upcloud_gateway_connection_tunnel');
    expect(tunnel.ipsec_properties).toEqual([{
      phase1_algorithms: ['aes256gcm16'], phase1_integrity_algorithms: ['sha384'], phase1_dh_group_numbers: [20],
      phase2_algorithms: ['aes256gcm16'], phase2_integrity_algorithms: ['sha384'], phase2_dh_group_numbers: [20],
      ike_lifetime: 86400, child_rekey_time: 3600,
    }]);
    expect(tunnel).toEqual(expect.objectContaining({ remote_address: '198.51.100.10', local_address_name: 'public-ip-1' }));
    expect(vpn.espProposal.toString()).toBe('AES-256-GCM/SHA-384/ECP-384');
  });

  test('the pre-shared key is a sensitive variable without default, never a literal', () => {
    expect(only(json, 'upcloud_gateway_connection_tunnel').ipsec_auth_psk).toEqual([{ psk: '${var.onprem_psk}' }]);
    expect(json.variable.onprem_psk).toEqual(expect.objectContaining({ type: 'string', sensitive: true, nullable: false }));
    expect(json.variable.onprem_psk.default).toBeUndefined();
    const b = build();
    expectError(() => new UpcloudGatewayVpn(b.stack, 'Literal', { network: b.network, ...VPN, presharedKey: 'X2wosbaw74M8hQGbK3jCCaEusR6CCFRa' }), 'LITERAL_SECRET');
    const secret = new TerraformVariable(b.stack, 'vault_psk', { type: 'string', sensitive: true });
    new UpcloudGatewayVpn(b.stack, 'FromVault', { network: b.network, ...VPN, presharedKey: secret.stringValue });
    expect(only(synth(b.stack), 'upcloud_gateway_connection_tunnel').ipsec_auth_psk[0].psk).toBe('${var.vault_psk}');
  });

  test('the missing IKE-version setting is said in a warning on the tunnel', () => {
    const warnings = vpn.resource.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));
    expect(warnings).toEqual([expect.stringContaining('configure the on-premises gateway (198.51.100.10) for IKEv2')]);
  });

  test('a CBC proposal with MODP-3072 is written as aes256/sha256/15', () => {
    const b = build();
    new UpcloudGatewayVpn(b.stack, 'Cbc', { network: b.network, ...VPN, espProposal: IpsecProposal.of({ encryption: IpsecEncryption.AES_256_CBC, integrity: IpsecIntegrity.SHA_256, dhGroup: DiffieHellmanGroup.MODP_3072 }) });
    const properties = only(synth(b.stack), 'upcloud_gateway_connection_tunnel').ipsec_properties[0];
    expect([properties.phase2_algorithms, properties.phase2_integrity_algorithms, properties.phase2_dh_group_numbers]).toEqual([['aes256'], ['sha256'], [15]]);
  });

  test.each([
    [{ espProposal: IpsecProposal.of({ encryption: IpsecEncryption.CHACHA20_POLY1305 }) }, 'UNSUPPORTED_BY_PROVIDER'],
    [{ ikeProposal: IpsecProposal.of({ dhGroup: DiffieHellmanGroup.CURVE_25519 }) }, 'UNSUPPORTED_BY_PROVIDER'],
    [{ remoteCountry: 'US' }, 'DESTINATION_OUTSIDE_JURISDICTION'],
    [{ remoteGatewayIpv4: '192.168.1.1' }, 'PRIVATE_ENDPOINT'],
    [{ remoteCidrs: ['0.0.0.0/0'] }, 'REMOTE_CIDR_NOT_PRIVATE'],
    [{ remoteCidrs: ['10.0.1.0/24'] }, 'REMOTE_CIDR_OVERLAPS'],
    [{ remoteCidrs: [] }, 'NO_REMOTE_CIDRS'],
    [{ plan: 'standard' }, 'INVALID_CHOICE'],
  ])('%j throws %s', (props, code) => {
    const b = build();
    expectError(() => new UpcloudGatewayVpn(b.stack, 'Bad', { network: b.network, ...VPN, ...props }), code);
  });

  test.each([
    [{ dhGroup: DiffieHellmanGroup.MODP_2048 }],
    [{ integrity: IpsecIntegrity.SHA_1 }],
    [{ encryption: IpsecEncryption.TRIPLE_DES }],
  ])('a weak proposal %j throws WEAK_VPN_CRYPTO before it reaches UpCloud (which would accept it)', (props) => {
    expectError(() => IpsecProposal.of(props), 'WEAK_VPN_CRYPTO');
  });
});

describe('UpcloudProvider', () => {
  test('credentials from the environment by default; no literal password or token', () => {
    const stack = stackOf();
    new UpcloudProvider(stack, 'upcloud');
    expect(synth(stack).provider.upcloud).toEqual([{}]);
    expectError(() => new UpcloudProvider(stackOf(), 'p', { username: 'api', password: 'hunter2hunter2' }), 'LITERAL_SECRET');
    expectError(() => new UpcloudProvider(stackOf(), 'p', { token: 'ucat_0123456789' }), 'LITERAL_SECRET');
  });
});
