/* StackitNetwork field by field. */
import { Jurisdiction } from '../../lib/core/jurisdiction';
import { PublicEntryPointKind } from '../../lib/network/network';
import { FirewallPeer } from '../../lib/network/peer';
import { FirewallPort } from '../../lib/network/port';
import { StackitNetwork } from '../../lib/network/stackit/network';
import { WireGuardInterface, WireGuardKey } from '../../lib/network/wireguard';
import { StackitProvider } from '../../lib/providers/stackit/provider';
import { bodies, expectError, infos, only, stackOf, synth } from './helpers';

const PROJECT = '11111111-2222-3333-4444-555555555555';
const SERVER = { machineType: 'g2i.1', imageId: 'image-1' };

function build(props = {}, policy = {}) {
  const stack = stackOf(policy);
  const network = new StackitNetwork(stack, 'Net', { projectId: PROJECT, region: 'eu01', ...props });
  return { stack, network };
}

describe('StackitNetwork defaults', () => {
  const { stack, network } = build();
  network.addServer('Db', SERVER);
  const json = synth(stack);

  test('a network in the region with an RFC 1918 prefix and no gateway: no route to the internet', () => {
    expect(only(json, 'stackit_network')).toEqual({
      project_id: PROJECT, name: 'network-net', region: 'eu01', ipv4_prefix: '10.0.0.0/22', no_ipv4_gateway: true, labels: { jurisdiction: 'EU' },
    });
    expect(network).toEqual(expect.objectContaining({ providerId: 'stackit', location: 'eu01', zone: 'eu01-1', countries: ['DE'], ipv4Cidr: '10.0.0.0/22', internetEgress: false, encryptedByProvider: false }));
  });

  test('a stateful security group and no rule at all', () => {
    expect(only(json, 'stackit_security_group')).toEqual(expect.objectContaining({ stateful: true, region: 'eu01', name: 'network-net-deny' }));
    expect(bodies(json, 'stackit_security_group_rule')).toEqual([]);
  });

  test('a server has one interface on the network with the security group, and no public IP', () => {
    const nic = only(json, 'stackit_network_interface');
    expect(nic).toEqual(expect.objectContaining({ network_id: '${stackit_network.Net_DBED6B57.network_id}', security: true, security_group_ids: ['${stackit_security_group.Net_SecurityGroup_798944D1.security_group_id}'] }));
    const server = only(json, 'stackit_server');
    expect(server.network_interfaces).toEqual([expect.stringMatching(/^\$\{stackit_network_interface\.Net_Db_Nic_\w+\.network_interface_id\}$/)]);
    expect(server).toEqual(expect.objectContaining({ availability_zone: 'eu01-1', region: 'eu01', machine_type: 'g2i.1', boot_volume: { source_type: 'image', source_id: 'image-1', size: 20, delete_on_termination: true } }));
    expect(bodies(json, 'stackit_public_ip')).toEqual([]);
    expect(network.publicEntryPoints).toEqual([]);
  });
});

describe('StackitNetwork rules', () => {
  test('one rule resource per block and IP version; ports as port_range; ICMP per IP version', () => {
    const { stack, network } = build();
    network.allowInbound(FirewallPeer.anywhere(), FirewallPort.tcp(443));
    network.allowInbound(FirewallPeer.anywhere(), FirewallPort.icmp());
    network.allowOutbound(FirewallPeer.ipBlock('203.0.113.0/24', { country: 'DE' }), FirewallPort.allTcp());
    const rules = bodies(synth(stack), 'stackit_security_group_rule').map(({ project_id: _p, security_group_id: _s, region: _r, description: _d, ...r }) => r);
    expect(rules).toEqual([
      { direction: 'ingress', ether_type: 'IPv4', ip_range: '0.0.0.0/0', protocol: { name: 'tcp' }, port_range: { min: 443, max: 443 } },
      { direction: 'ingress', ether_type: 'IPv6', ip_range: '::/0', protocol: { name: 'tcp' }, port_range: { min: 443, max: 443 } },
      { direction: 'ingress', ether_type: 'IPv4', ip_range: '0.0.0.0/0', protocol: { name: 'icmp' } },
      { direction: 'ingress', ether_type: 'IPv6', ip_range: '::/0', protocol: { name: 'ipv6-icmp' } },
      { direction: 'egress', ether_type: 'IPv4', ip_range: '203.0.113.0/24', protocol: { name: 'tcp' } },
    ]);
  });

  test.each([22, 5432, 2379, 10250])('every address on administrative port %d throws', (port) => {
    expectError(() => build().network.allowInbound(FirewallPeer.anywhere(), FirewallPort.tcp(port)), 'ADMIN_PORT_OPEN_TO_INTERNET');
  });

  test('outbound to a country outside the jurisdiction throws', () => {
    expectError(() => build().network.allowOutbound(FirewallPeer.ipBlock('192.0.2.0/24', { country: 'US' }), FirewallPort.tcp(443)), 'DESTINATION_OUTSIDE_JURISDICTION');
  });
});

describe('StackitNetwork public entry points', () => {
  test('a gateway server needs internetEgress; without it there is no route back', () => {
    expectError(() => build().network.addGateway('Bastion', SERVER), 'NO_ROUTE_TO_INTERNET');
  });

  test('with internetEgress the network keeps its gateway, reported; a gateway server gets the one public IP', () => {
    const { stack, network } = build({ internetEgress: true });
    network.addServer('Db', SERVER);
    network.addGateway('Bastion', SERVER);
    const json = synth(stack);
    expect(only(json, 'stackit_network').no_ipv4_gateway).toBeUndefined();
    expect(only(json, 'stackit_public_ip').network_interface_id).toMatch(/^\$\{stackit_network_interface\.Net_Bastion_Nic_\w+\.network_interface_id\}$/);
    expect(network.publicEntryPoints.map((e) => [e.name, e.kind, e.constructPath])).toEqual([
      ['internet-egress', PublicEntryPointKind.GATEWAY, 'network/Net/Resource'],
      ['Bastion', PublicEntryPointKind.GATEWAY, 'network/Net/Bastion/PublicIp'],
    ]);
    expect(infos(stack)).toEqual([expect.stringContaining('"internet-egress" (gateway)'), expect.stringContaining('"Bastion" (gateway)')]);
  });
});

describe('StackitNetwork encryption between hosts', () => {
  test('WireGuard by cloud-init: the key is a sensitive variable, the user data reaches the server', () => {
    const { stack, network } = build();
    const wg = new WireGuardInterface({ address: '10.99.0.1/24', privateKey: WireGuardKey.fromSensitiveVariable(stack, 'db_wg_key') });
    wg.addPeer({ publicKey: 'xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=', allowedIps: ['10.99.0.2/32'], endpoint: '10.0.0.3:51820' });
    network.addServer('Db', { ...SERVER, userData: wg.toCloudInit() });
    const json = synth(stack);
    expect(only(json, 'stackit_server').user_data).toContain('PrivateKey = ${var.db_wg_key}');
    expect(json.variable.db_wg_key).toEqual(expect.objectContaining({ sensitive: true }));
    expect(json.variable.db_wg_key.default).toBeUndefined();
  });
});

describe('StackitNetwork location and address checks', () => {
  test('eu02 (Austria) outside a Germany-only jurisdiction is refused', () => {
    expectError(() => build({ region: 'eu02' }, { jurisdiction: Jurisdiction.countries(['DE']) }), 'REGION_OUTSIDE_JURISDICTION');
    expect(build({ region: 'eu02' }).network.countries).toEqual(['AT']);
  });

  test.each([
    [{ region: 'eu01-1' }, 'WRONG_LOCATION_KIND'],
    [{ region: 'us01' }, 'UNKNOWN_REGION'],
    [{ zone: 'eu02-1' }, 'ZONE_NOT_IN_REGION'],
    [{ projectId: 'my-project' }, 'INVALID_PROJECT_ID'],
    [{ ipv4Cidr: '100.64.0.0/16' }, 'NETWORK_CIDR_NOT_ALLOWED'],
    [{ ipv4Cidr: '10.0.0.0/30' }, 'NETWORK_CIDR_NOT_ALLOWED'],
    [{ ipv4Cidr: '10.0.0.0/7' }, 'NETWORK_CIDR_NOT_ALLOWED'],
    [{ ipv4Cidr: '10.0.0.1/22' }, 'INVALID_CIDR'],
    [{ ipv4Cidr: 'fd00::/64' }, 'INVALID_CIDR'],
  ])('%j throws %s', (props, code) => {
    expectError(() => build(props), code);
  });

  test('server checks: name, address inside the network, size', () => {
    const { network } = build();
    expectError(() => network.addServer('A', { ...SERVER, name: 'db_1' }), 'INVALID_SERVER_NAME');
    expectError(() => network.addServer('B', { ...SERVER, privateIp: '10.0.4.1' }), 'IP_OUTSIDE_SUBNET');
    expectError(() => network.addServer('C', { ...SERVER, bootVolumeSize: 0 }), 'INVALID_VOLUME_SIZE');
    expectError(() => network.addServer('D', { ...SERVER, machineType: '' }), 'MISSING_ARGUMENT');
  });
});

describe('StackitProvider', () => {
  test('the default region is checked like the network\'s; no literal key', () => {
    const stack = stackOf();
    new StackitProvider(stack, 'stackit', { region: 'eu01' });
    expect(synth(stack).provider.stackit).toEqual([{ default_region: 'eu01' }]);
    expectError(() => new StackitProvider(stackOf({ jurisdiction: Jurisdiction.countries(['DE']) }), 'p', { region: 'eu02' }), 'REGION_OUTSIDE_JURISDICTION');
    expectError(() => new StackitProvider(stackOf(), 'p', { region: 'eu01', serviceAccountKey: '{"credentials":{}}' }), 'LITERAL_SECRET');
  });
});
