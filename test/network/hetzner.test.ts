/* HetznerNetwork field by field: private by default, deny by default, the location check, entry points, routes. */
import { Jurisdiction } from '../../lib/core/jurisdiction';
import { HetznerNetwork } from '../../lib/network/hetzner/network';
import { PublicEntryPointKind } from '../../lib/network/network';
import { FirewallPeer } from '../../lib/network/peer';
import { FirewallPort } from '../../lib/network/port';
import { WireGuardInterface, WireGuardKey } from '../../lib/network/wireguard';
import { HetznerProvider } from '../../lib/providers/hetzner/provider';
import { bodies, expectError, infos, only, stackOf, synth } from './helpers';

const PEER_KEY = 'xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=';

function build(props = {}) {
  const stack = stackOf();
  new HetznerProvider(stack, 'hcloud');
  const network = new HetznerNetwork(stack, 'Net', { location: 'fsn1', ...props });
  return { stack, network };
}

describe('HetznerNetwork defaults', () => {
  const { stack, network } = build();
  network.addServer('Db', { serverType: 'cx33', image: 'debian-12' });
  const json = synth(stack);

  test('a private network in RFC 1918 space with one cloud subnet in the location\'s network zone', () => {
    expect(only(json, 'hcloud_network')).toEqual({ name: 'network-net', ip_range: '10.0.0.0/16', labels: { jurisdiction: 'EU' } });
    expect(only(json, 'hcloud_network_subnet')).toEqual({ network_id: '${hcloud_network.Net_DBED6B57.id}', type: 'cloud', network_zone: 'eu-central', ip_range: '10.0.0.0/20' });
    expect(network).toEqual(expect.objectContaining({ providerId: 'hetzner', location: 'fsn1', countries: ['DE'], ipv4Cidr: '10.0.0.0/16', subnetCidrs: ['10.0.0.0/20'], encryptedByProvider: false }));
  });

  test('no public IPv4 or IPv6 on an attached server', () => {
    const server = only(json, 'hcloud_server');
    expect(server.public_net).toEqual([{ ipv4_enabled: false, ipv6_enabled: false }]);
    expect(server.network).toEqual([{ network_id: '${hcloud_network.Net_DBED6B57.id}', subnet_id: '${hcloud_network_subnet.Net_Subnet0_C7B02FDD.id}', alias_ips: [] }]);
    expect(server.location).toBe('fsn1');
    expect(server.depends_on).toEqual(['hcloud_network_subnet.Net_Subnet0_C7B02FDD']);
    expect(server.labels).toEqual({ jurisdiction: 'EU' });
    expect(network.publicEntryPoints).toEqual([]);
  });

  test('the firewall has no inbound rule and sends only into the network', () => {
    const firewall = only(json, 'hcloud_firewall');
    expect(firewall.rule.filter((r: { direction: string }) => r.direction === 'in')).toEqual([]);
    expect(firewall.rule).toEqual([
      { direction: 'out', protocol: 'tcp', port: 'any', destination_ips: ['10.0.0.0/16'], description: 'Into the network only (cdktf-sovereign)' },
      { direction: 'out', protocol: 'udp', port: 'any', destination_ips: ['10.0.0.0/16'], description: 'Into the network only (cdktf-sovereign)' },
      { direction: 'out', protocol: 'icmp', destination_ips: ['10.0.0.0/16'], description: 'Into the network only (cdktf-sovereign)' },
    ]);
    expect(firewall.apply_to).toEqual([{ label_selector: 'sovereign-public-entry=network-net' }]);
  });

  test('the provider block declares hetznercloud/hcloud without a literal token', () => {
    expect(json.provider.hcloud).toEqual([{}]);
    expect(json.terraform.required_providers.hcloud).toEqual({ source: 'hetznercloud/hcloud', version: '~> 1.68' });
  });
});

describe('HetznerNetwork location check', () => {
  test('a US location is refused under an EU policy, with the allowed ones', () => {
    const e = expectError(() => new HetznerNetwork(stackOf(), 'Net', { location: 'ash' }), 'REGION_OUTSIDE_JURISDICTION');
    expect(e.message).toContain('Allowed: a location within the policy\'s jurisdiction (EU): fsn1, nbg1, hel1.');
  });

  test('Helsinki is refused under a Germany-only policy', () => {
    expectError(() => new HetznerNetwork(stackOf({ jurisdiction: Jurisdiction.countries(['DE']) }), 'Net', { location: 'hel1' }), 'REGION_OUTSIDE_JURISDICTION');
  });

  test('an unknown code suggests the close one; a network zone is not a location', () => {
    expect(expectError(() => new HetznerNetwork(stackOf(), 'Net', { location: 'fsn' }), 'UNKNOWN_REGION').message).toContain('Did you mean "fsn1"');
    expectError(() => new HetznerNetwork(stackOf(), 'Net', { location: 'eu-central' }), 'WRONG_LOCATION_KIND');
  });
});

describe('HetznerNetwork address checks', () => {
  test.each([
    [{ ipv4Cidr: '8.8.0.0/16' }, 'NETWORK_CIDR_NOT_ALLOWED'],
    [{ ipv4Cidr: '10.0.0.0/25' }, 'NETWORK_CIDR_NOT_ALLOWED'],
    [{ ipv4Cidr: 'fd00::/48' }, 'INVALID_CIDR'],
    [{ subnetCidrs: ['10.1.0.0/24'] }, 'SUBNET_OUTSIDE_NETWORK'],
    [{ subnetCidrs: ['10.0.0.0/20', '10.0.8.0/24'] }, 'SUBNET_CIDRS_OVERLAP'],
    [{ subnetCidrs: [] }, 'NO_SUBNETS'],
    [{ name: 'Prod Net' }, 'INVALID_NETWORK_NAME'],
  ])('%j throws %s', (props, code) => {
    expectError(() => build(props), code);
  });
});

describe('HetznerNetwork gateway and routes', () => {
  const { stack, network } = build({ ipv4Cidr: '10.0.0.0/8', subnetCidrs: ['10.1.0.0/16'] });
  const wg = new WireGuardInterface({ address: '10.99.0.1/30', privateKey: WireGuardKey.fromSensitiveVariable(stack, 'gateway_wg_private_key'), forwarding: true });
  wg.addPeer({ publicKey: PEER_KEY, allowedIps: ['10.200.0.0/16'], endpoint: '198.51.100.10:51820' });
  const gateway = network.addGateway('Gateway', { serverType: 'cx23', image: 'debian-12', userData: wg.toCloudInit() });
  network.addRoute('OnPrem', '10.200.0.0/16', gateway);
  network.allowInbound(FirewallPeer.ipBlock('198.51.100.10/32', { country: 'DE' }), FirewallPort.udp(51820));
  const json = synth(stack);

  test('a gateway is a named public entry point with IPv4 only, behind the firewall, reported', () => {
    const gw = bodies(json, 'hcloud_server')[0];
    expect(gw.public_net).toEqual([{ ipv4_enabled: true, ipv6_enabled: false }]);
    expect(gw.labels['sovereign-public-entry']).toBe('network-net');
    expect(gw.network[0].ip).toBe('10.1.255.254');
    expect(network.publicEntryPoints).toEqual([{ name: 'Gateway', kind: PublicEntryPointKind.GATEWAY, constructPath: 'network/Net/Gateway/Resource' }]);
    expect(infos(stack)).toEqual([expect.stringContaining('Public entry point "Gateway" (gateway) of network network/Net')]);
  });

  test('its WireGuard key is a sensitive variable, never in the configuration', () => {
    const gw = bodies(json, 'hcloud_server')[0];
    expect(gw.user_data).toContain('PrivateKey = ${var.gateway_wg_private_key}');
    expect(json.variable.gateway_wg_private_key).toEqual(expect.objectContaining({ type: 'string', sensitive: true, nullable: false }));
    expect(json.variable.gateway_wg_private_key.default).toBeUndefined();
  });

  test('the on-premises block is routed through the gateway\'s private address', () => {
    expect(only(json, 'hcloud_network_route')).toEqual(expect.objectContaining({ destination: '10.200.0.0/16', gateway: '10.1.255.254', network_id: '${hcloud_network.Net_DBED6B57.id}' }));
  });

  test('routes outside the network or over a subnet, and gateways without address, are refused', () => {
    expectError(() => network.addRoute('Out', '192.168.0.0/16', gateway), 'ROUTE_OUTSIDE_NETWORK');
    expectError(() => network.addRoute('Clash', '10.1.0.0/24', gateway), 'ROUTE_OVERLAPS');
    expectError(() => network.addRoute('Twice', '10.200.0.0/24', gateway), 'ROUTE_OVERLAPS');
    const plain = network.addServer('Plain', { serverType: 'cx23', image: 'debian-12' });
    expectError(() => network.addRoute('NoIp', '10.201.0.0/16', plain), 'GATEWAY_WITHOUT_ADDRESS');
  });

  test('server checks: names, addresses, subnets, user data size', () => {
    expectError(() => network.addServer('A', { serverType: 'cx23', image: 'debian-12', name: 'Db_1' }), 'INVALID_SERVER_NAME');
    expectError(() => network.addServer('B', { serverType: 'cx23', image: 'debian-12', privateIp: '10.2.0.5' }), 'IP_OUTSIDE_SUBNET');
    expectError(() => network.addServer('C', { serverType: 'cx23', image: 'debian-12', subnetIndex: 1 }), 'UNKNOWN_SUBNET');
    expectError(() => network.addServer('D', { serverType: '', image: 'debian-12' }), 'MISSING_ARGUMENT');
    expectError(() => network.addServer('E', { serverType: 'cx23', image: 'debian-12', userData: 'x'.repeat(33 * 1024) }), 'USER_DATA_TOO_LARGE');
  });
});

describe('HetznerProvider', () => {
  test('a literal token is refused', () => {
    expectError(() => new HetznerProvider(stackOf(), 'hcloud', { token: 'abcdef0123456789' }), 'LITERAL_SECRET');
  });
});
