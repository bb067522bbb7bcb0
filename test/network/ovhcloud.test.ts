/* OvhcloudNetwork field by field. */
import { Jurisdiction } from '../../lib/core/jurisdiction';
import { PublicEntryPointKind } from '../../lib/network/network';
import { OvhcloudNetwork } from '../../lib/network/ovhcloud/network';
import { FirewallPeer } from '../../lib/network/peer';
import { FirewallPort } from '../../lib/network/port';
import { OvhcloudProvider } from '../../lib/providers/ovhcloud/provider';
import { bodies, expectError, infos, only, stackOf, synth } from './helpers';

const PROJECT = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

function build(props = {}, policy = {}) {
  const stack = stackOf(policy);
  const network = new OvhcloudNetwork(stack, 'Net', { serviceName: PROJECT, region: 'GRA11', ...props });
  return { stack, network };
}

describe('OvhcloudNetwork defaults', () => {
  const { stack, network } = build();
  network.addServer('Db', { flavorId: 'b3-8', imageId: 'debian-12' });
  const json = synth(stack);

  test('a vRack private network in the region with one DHCP subnet inside the RFC 1918 block', () => {
    expect(only(json, 'ovh_cloud_network_private_vrack')).toEqual({ service_name: PROJECT, name: 'network-net', region: 'GRA11', description: 'Private network (cdktf-sovereign)' });
    expect(only(json, 'ovh_cloud_network_private_vrack_subnet')).toEqual({
      service_name: PROJECT, network_id: '${ovh_cloud_network_private_vrack.Net_DBED6B57.id}', name: 'network-net-0', cidr: '10.0.0.0/20', region: 'GRA11', dhcp_enabled: true,
    });
    expect(network).toEqual(expect.objectContaining({ providerId: 'ovhcloud', location: 'GRA11', countries: ['FR'], ipv4Cidr: '10.0.0.0/16', subnetCidrs: ['10.0.0.0/20'], encryptedByProvider: false }));
  });

  test('the security group has no rule at all: nothing inbound, not even from the network', () => {
    const sg = only(json, 'ovh_cloud_security_group');
    expect(sg).toEqual({ service_name: PROJECT, region: 'GRA11', name: 'network-net-deny', description: 'No inbound rule until allowed by name (cdktf-sovereign)' });
    expect(sg.rule).toBeUndefined();
  });

  test('an instance has one private interface, no public one, and the security group written explicitly', () => {
    const instance = only(json, 'ovh_cloud_instance');
    expect(instance.networks).toEqual([{ network_id: '${ovh_cloud_network_private_vrack.Net_DBED6B57.id}', subnet_id: '${ovh_cloud_network_private_vrack_subnet.Net_Subnet0_C7B02FDD.id}' }]);
    expect(JSON.stringify(instance.networks)).not.toMatch(/auto_assign_public_ip/);
    expect(instance.security_group_ids).toEqual(['${ovh_cloud_security_group.Net_SecurityGroup_798944D1.id}']);
    expect(instance).toEqual(expect.objectContaining({ service_name: PROJECT, region: 'GRA11', flavor_id: 'b3-8', image_id: 'debian-12' }));
    expect(network.publicEntryPoints).toEqual([]);
  });

  test('no gateway, no external address anywhere', () => {
    expect(bodies(json, 'ovh_cloud_gateway')).toEqual([]);
  });
});

describe('OvhcloudNetwork rules', () => {
  test('inbound rules render per block and IP version; ports as a range; ICMP without ports', () => {
    const { stack, network } = build();
    network.allowInbound(FirewallPeer.anywhere(), FirewallPort.tcp(443));
    network.allowInbound(FirewallPeer.network(network), FirewallPort.udp(51820), 'WireGuard between the hosts');
    network.allowInbound(FirewallPeer.ipBlock('198.51.100.0/24', { country: 'FR' }), FirewallPort.icmp());
    const sg = only(synth(stack), 'ovh_cloud_security_group');
    expect(sg.rule).toEqual([
      { direction: 'INGRESS', ethernet_type: 'IPV4', protocol: 'TCP', port_range_min: 443, port_range_max: 443, remote_ip_prefix: '0.0.0.0/0', description: 'From anywhere (0.0.0.0/0, ::/0) on tcp/443' },
      { direction: 'INGRESS', ethernet_type: 'IPV6', protocol: 'TCP', port_range_min: 443, port_range_max: 443, remote_ip_prefix: '::/0', description: 'From anywhere (0.0.0.0/0, ::/0) on tcp/443' },
      { direction: 'INGRESS', ethernet_type: 'IPV4', protocol: 'UDP', port_range_min: 51820, port_range_max: 51820, remote_ip_prefix: '10.0.0.0/16', description: 'WireGuard between the hosts' },
      { direction: 'INGRESS', ethernet_type: 'IPV4', protocol: 'ICMP', remote_ip_prefix: '198.51.100.0/24', description: 'From 198.51.100.0/24 (FR) on icmp' },
    ]);
  });

  test('outbound rules are recorded as EGRESS rules after the jurisdiction check', () => {
    const { stack, network } = build();
    network.allowOutbound(FirewallPeer.ipBlock('203.0.113.0/24', { country: 'DE' }), FirewallPort.allTcp());
    expect(only(synth(stack), 'ovh_cloud_security_group').rule).toEqual([
      { direction: 'EGRESS', ethernet_type: 'IPV4', protocol: 'TCP', remote_ip_prefix: '203.0.113.0/24', description: 'To 203.0.113.0/24 (DE) on tcp/any' },
    ]);
    expectError(() => network.allowOutbound(FirewallPeer.ipBlock('192.0.2.0/24', { country: 'US' }), FirewallPort.tcp(443)), 'DESTINATION_OUTSIDE_JURISDICTION');
    expectError(() => network.allowOutbound(FirewallPeer.anywhere(), FirewallPort.tcp(443)), 'EGRESS_TO_ANYWHERE');
  });

  test.each([22, 5432, 6443, 3389])('every address on administrative port %d throws', (port) => {
    expectError(() => build().network.allowInbound(FirewallPeer.anyIpv4(), FirewallPort.tcp(port)), 'ADMIN_PORT_OPEN_TO_INTERNET');
    expectError(() => build().network.allowInbound(FirewallPeer.anyIpv6(), FirewallPort.tcpRange(1, 65535)), 'ADMIN_PORT_OPEN_TO_INTERNET');
  });

  test('ICMP for IPv6 blocks is refused (not documented for the resource)', () => {
    expectError(() => build().network.allowInbound(FirewallPeer.anywhere(), FirewallPort.icmp()), 'IPV6_NOT_SUPPORTED');
  });
});

describe('OvhcloudNetwork gateway', () => {
  test('a managed gateway on every subnet is the one named, reported entry point, with a warning about egress', () => {
    const { stack, network } = build({ subnetCidrs: ['10.0.0.0/24', '10.0.1.0/24'] });
    network.addGateway('Egress');
    const json = synth(stack);
    expect(only(json, 'ovh_cloud_gateway')).toEqual(expect.objectContaining({
      external_gateway: { enabled: true, model: 'S' },
      subnet_ids: [expect.stringMatching(/^\$\{ovh_cloud_network_private_vrack_subnet\.Net_Subnet0_\w+\.id\}$/), expect.stringMatching(/^\$\{ovh_cloud_network_private_vrack_subnet\.Net_Subnet1_\w+\.id\}$/)],
    }));
    expect(network.publicEntryPoints).toEqual([{ name: 'Egress', kind: PublicEntryPointKind.GATEWAY, constructPath: 'network/Net/Egress' }]);
    expect(infos(stack)).toEqual([expect.stringContaining('Public entry point "Egress" (gateway)')]);
    expectError(() => network.addGateway('Big', { model: 'XXL' }), 'INVALID_CHOICE');
  });
});

describe('OvhcloudNetwork location and address checks', () => {
  test('a region outside the jurisdiction is refused, inside it accepted', () => {
    expectError(() => build({ region: 'BHS5' }), 'REGION_OUTSIDE_JURISDICTION');
    expectError(() => build({ region: 'UK1' }), 'REGION_OUTSIDE_JURISDICTION');
    expectError(() => build({ region: 'WAW1' }, { jurisdiction: Jurisdiction.countries(['FR']) }), 'REGION_OUTSIDE_JURISDICTION');
    expect(build({ region: 'DE1' }).network.countries).toEqual(['DE']);
  });

  test.each([
    [{ region: 'eu-west-par-a' }, 'WRONG_LOCATION_KIND'],
    [{ region: 'nowhere-1' }, 'UNKNOWN_REGION'],
    [{ serviceName: '' }, 'MISSING_ARGUMENT'],
    [{ vlanId: 5000 }, 'INVALID_VLAN_ID'],
    [{ ipv4Cidr: '100.64.0.0/16' }, 'NETWORK_CIDR_NOT_ALLOWED'],
    [{ ipv4Cidr: '10.0.0.0/30' }, 'NETWORK_CIDR_NOT_ALLOWED'],
    [{ ipv4Cidr: '10.0.0.1/16' }, 'INVALID_CIDR'],
    [{ subnetCidrs: ['10.1.0.0/24'] }, 'SUBNET_OUTSIDE_NETWORK'],
    [{ subnetCidrs: ['10.0.0.0/24', '10.0.0.128/25'] }, 'SUBNET_CIDRS_OVERLAP'],
    [{ subnetCidrs: ['10.0.0.0/29'] }, 'SUBNET_TOO_SMALL'],
    [{ subnetCidrs: [] }, 'NO_SUBNETS'],
    [{ name: 'bad name!' }, 'INVALID_NETWORK_NAME'],
  ])('%j throws %s', (props, code) => {
    expectError(() => build(props), code);
  });

  test('server checks: subnet index, address inside the subnet, flavor and image given', () => {
    const { network } = build();
    expectError(() => network.addServer('A', { flavorId: 'f', imageId: 'i', subnetIndex: 1 }), 'UNKNOWN_SUBNET');
    expectError(() => network.addServer('B', { flavorId: 'f', imageId: 'i', privateIp: '10.0.16.1' }), 'IP_OUTSIDE_SUBNET');
    expectError(() => network.addServer('C', { flavorId: '', imageId: 'i' }), 'MISSING_ARGUMENT');
  });
});

describe('OvhcloudProvider', () => {
  test('the European endpoint, and no literal credentials', () => {
    const stack = stackOf();
    new OvhcloudProvider(stack, 'ovh');
    expect(synth(stack).provider.ovh).toEqual([{ endpoint: 'ovh-eu' }]);
    expectError(() => new OvhcloudProvider(stackOf(), 'p', { applicationSecret: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6' }), 'LITERAL_SECRET');
  });
});
