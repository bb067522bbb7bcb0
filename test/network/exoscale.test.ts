/* ExoscaleNetwork field by field. */
import { Jurisdiction } from '../../lib/core/jurisdiction';
import { ExoscaleNetwork } from '../../lib/network/exoscale/network';
import { PublicEntryPointKind } from '../../lib/network/network';
import { FirewallPeer } from '../../lib/network/peer';
import { FirewallPort } from '../../lib/network/port';
import { WireGuardInterface, WireGuardKey } from '../../lib/network/wireguard';
import { ExoscaleProvider } from '../../lib/providers/exoscale/provider';
import { bodies, expectError, infos, only, stackOf, synth } from './helpers';

const SERVER = { instanceType: 'standard.medium', templateId: 'template-1' };

function build(props = {}, policy = {}) {
  const stack = stackOf(policy);
  const network = new ExoscaleNetwork(stack, 'Net', { zone: 'de-fra-1', ...props });
  return { stack, network };
}

function rules(json: ReturnType<typeof synth>) {
  return bodies(json, 'exoscale_security_group_rule').map(({ security_group_id: _s, description: _d, ...r }) => r);
}

describe('ExoscaleNetwork defaults', () => {
  const { stack, network } = build();
  network.addServer('Db', SERVER);
  const json = synth(stack);

  test('a managed Private Network in the zone: the block\'s mask and a DHCP range inside it', () => {
    expect(only(json, 'exoscale_private_network')).toEqual({
      zone: 'de-fra-1', name: 'network-net', description: 'Private network (cdktf-sovereign)', netmask: '255.255.255.0', start_ip: '10.0.0.1', end_ip: '10.0.0.254', labels: { jurisdiction: 'EU' },
    });
    expect(network).toEqual(expect.objectContaining({ providerId: 'exoscale', location: 'de-fra-1', countries: ['DE'], ipv4Cidr: '10.0.0.0/24', encryptedByProvider: false }));
  });

  test('the security group has no inbound rule, and egress rules into the network only (the first one ends "all outbound allowed")', () => {
    expect(rules(json)).toEqual([
      { type: 'EGRESS', protocol: 'TCP', cidr: '10.0.0.0/24', start_port: 1, end_port: 65535 },
      { type: 'EGRESS', protocol: 'UDP', cidr: '10.0.0.0/24', start_port: 1, end_port: 65535 },
      { type: 'EGRESS', protocol: 'ICMP', cidr: '10.0.0.0/24' },
    ]);
  });

  test('an instance has no public IP (private = true, no IPv6), sits on the network, behind the group', () => {
    const instance = only(json, 'exoscale_compute_instance');
    expect(instance).toEqual(expect.objectContaining({ private: true, ipv6: false, zone: 'de-fra-1', type: 'standard.medium', template_id: 'template-1', disk_size: 20 }));
    expect(instance.network_interface).toEqual([{ network_id: '${exoscale_private_network.Net_DBED6B57.id}' }]);
    expect(instance.security_group_ids).toEqual(['${exoscale_security_group.Net_SecurityGroup_798944D1.id}']);
    expect(instance.elastic_ip_ids).toBeUndefined();
    expect(network.publicEntryPoints).toEqual([]);
  });
});

describe('ExoscaleNetwork rules and entry points', () => {
  test('inbound and outbound rules per block; ICMPv6 for IPv6 blocks', () => {
    const { stack, network } = build();
    network.allowInbound(FirewallPeer.anywhere(), FirewallPort.udp(51820));
    network.allowInbound(FirewallPeer.anywhere(), FirewallPort.icmp());
    network.allowOutbound(FirewallPeer.ipBlock('203.0.113.0/24', { country: 'DE' }), FirewallPort.tcp(443));
    const all = rules(synth(stack));
    expect(all).toHaveLength(8);
    expect(all).toEqual(expect.arrayContaining([
      { type: 'INGRESS', protocol: 'UDP', cidr: '0.0.0.0/0', start_port: 51820, end_port: 51820 },
      { type: 'INGRESS', protocol: 'UDP', cidr: '::/0', start_port: 51820, end_port: 51820 },
      { type: 'INGRESS', protocol: 'ICMP', cidr: '0.0.0.0/0' },
      { type: 'INGRESS', protocol: 'ICMPv6', cidr: '::/0' },
      { type: 'EGRESS', protocol: 'TCP', cidr: '203.0.113.0/24', start_port: 443, end_port: 443 },
    ]));
  });

  test.each([22, 3306, 6443, 27017])('every address on administrative port %d throws', (port) => {
    expectError(() => build().network.allowInbound(FirewallPeer.anywhere(), FirewallPort.tcp(port)), 'ADMIN_PORT_OPEN_TO_INTERNET');
  });

  test('a gateway is the one instance with a public IP, reported', () => {
    const { stack, network } = build();
    network.addServer('Db', SERVER);
    network.addGateway('Bastion', SERVER);
    const instances = bodies(synth(stack), 'exoscale_compute_instance');
    expect(instances.map((i) => [i.name, i.private]).sort()).toEqual([['network-net-bastion', false], ['network-net-db', true]]);
    expect(network.publicEntryPoints.map((e) => [e.name, e.kind, e.constructPath])).toEqual([['Bastion', PublicEntryPointKind.GATEWAY, 'network/Net/Bastion/Resource']]);
    expect(infos(stack)).toEqual([expect.stringContaining('Public entry point "Bastion" (gateway)')]);
  });

  test('WireGuard by cloud-init reaches the instance with the key as a sensitive variable', () => {
    const { stack, network } = build();
    const wg = new WireGuardInterface({ address: '10.99.0.1/24', privateKey: WireGuardKey.fromSensitiveVariable(stack, 'db_wg_key') });
    network.addServer('Db', { ...SERVER, userData: wg.toCloudInit() });
    expect(only(synth(stack), 'exoscale_compute_instance').user_data).toContain('PrivateKey = ${var.db_wg_key}');
  });
});

describe('ExoscaleNetwork location and address checks', () => {
  test('Swiss zones are outside an EU policy; inside one that allows Switzerland', () => {
    expectError(() => build({ zone: 'ch-gva-2' }), 'REGION_OUTSIDE_JURISDICTION');
    expectError(() => build({ zone: 'at-vie-1' }, { jurisdiction: Jurisdiction.countries(['DE']) }), 'REGION_OUTSIDE_JURISDICTION');
    expect(build({ zone: 'ch-gva-2' }, { jurisdiction: Jurisdiction.countries(['CH']) }).network.countries).toEqual(['CH']);
  });

  test.each([
    [{ zone: 'de-fra' }, 'UNKNOWN_REGION'],
    [{ ipv4Cidr: '100.64.0.0/16' }, 'NETWORK_CIDR_NOT_ALLOWED'],
    [{ ipv4Cidr: '10.0.0.0/30' }, 'NETWORK_CIDR_NOT_ALLOWED'],
    [{ ipv4Cidr: '10.0.0.1/24' }, 'INVALID_CIDR'],
    [{ name: 'bad name' }, 'INVALID_NETWORK_NAME'],
  ])('%j throws %s', (props, code) => {
    expectError(() => build(props), code);
  });

  test('server checks', () => {
    const { network } = build();
    expectError(() => network.addServer('A', { ...SERVER, diskSize: 5 }), 'INVALID_VOLUME_SIZE');
    expectError(() => network.addServer('B', { ...SERVER, privateIp: '10.0.1.1' }), 'IP_OUTSIDE_SUBNET');
    expectError(() => network.addServer('C', { ...SERVER, templateId: '' }), 'MISSING_ARGUMENT');
  });
});

describe('ExoscaleProvider', () => {
  test('credentials from the environment by default; no literal key or secret', () => {
    const stack = stackOf();
    new ExoscaleProvider(stack, 'exoscale');
    expect(synth(stack).provider.exoscale).toEqual([{}]);
    expectError(() => new ExoscaleProvider(stackOf(), 'p', { key: 'EXO0123456789abcdef', secret: 'not-a-reference' }), 'LITERAL_SECRET');
  });
});
