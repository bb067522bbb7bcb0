/* OtcNetwork through the shared ISovereignNetwork interface: the same rules, on the default security group. */
import { ISovereignNetwork } from '../../lib/network/network';
import { FirewallPeer } from '../../lib/network/peer';
import { FirewallPort } from '../../lib/network/port';
import { OtcNetwork } from '../../lib/providers/otc/network';
import { resourcesOf, stackOf, synth } from '../providers/otc/helpers';
import { expectError } from './helpers';

describe('OtcNetwork as an ISovereignNetwork', () => {
  const { stack } = stackOf();
  const network: ISovereignNetwork = new OtcNetwork(stack, 'Network', { region: 'eu-de' });
  network.allowInbound(FirewallPeer.ipBlock('198.51.100.0/24', { country: 'DE' }), FirewallPort.tcp(443), 'partners');
  network.allowOutbound(FirewallPeer.ipBlock('203.0.113.0/24', { country: 'NL' }), FirewallPort.icmp());
  const json = synth(stack);

  test('location, countries and blocks from the catalog and the VPC', () => {
    expect(network).toEqual(expect.objectContaining({ providerId: 'otc', location: 'eu-de', countries: ['DE'], ipv4Cidr: '10.0.0.0/16', publicEntryPoints: [] }));
  });

  test('rules land on the default security group, IPv4, field by field', () => {
    const rules = resourcesOf(json, 'opentelekomcloud_networking_secgroup_rule_v2').map(([, r]) => r);
    expect(rules).toEqual(expect.arrayContaining([
      expect.objectContaining({ direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: 443, port_range_max: 443, remote_ip_prefix: '198.51.100.0/24', description: 'partners' }),
      expect.objectContaining({ direction: 'egress', ethertype: 'IPv4', protocol: 'icmp', remote_ip_prefix: '203.0.113.0/24' }),
    ]));
  });

  test('SSH from every address throws; IPv6 peers are refused', () => {
    expectError(() => network.allowInbound(FirewallPeer.anyIpv4(), FirewallPort.tcp(22)), 'ADMIN_PORT_OPEN_TO_INTERNET');
    expectError(() => network.allowInbound(FirewallPeer.anywhere(), FirewallPort.tcp(443)), 'IPV6_NOT_SUPPORTED');
  });
});
