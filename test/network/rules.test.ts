/*
 * FirewallPeer, FirewallPort and the checks every provider's allowInbound / allowOutbound pass
 * through (exercised on a HetznerNetwork; the other networks share checkRule).
 */
import { ADMIN_PORTS } from '../../lib/compliance/rules/public-exposure/shared';
import { Jurisdiction } from '../../lib/core/jurisdiction';
import { HetznerNetwork } from '../../lib/network/hetzner/network';
import { FirewallPeer } from '../../lib/network/peer';
import { ADMINISTRATIVE_PORTS, FirewallPort, FirewallProtocol } from '../../lib/network/port';
import { expectError, only, stackOf, synth } from './helpers';

const network = (policy = {}) => new HetznerNetwork(stackOf(policy), 'Net', { location: 'fsn1' });

describe('FirewallPort', () => {
  test('factories, ranges and their text', () => {
    expect([FirewallPort.tcp(443), FirewallPort.udp(51820), FirewallPort.tcpRange(8000, 8100), FirewallPort.allTcp(), FirewallPort.icmp()].map((p) => p.toString()))
      .toEqual(['tcp/443', 'udp/51820', 'tcp/8000-8100', 'tcp/any', 'icmp']);
    expect(FirewallPort.allUdp()).toEqual(expect.objectContaining({ protocol: FirewallProtocol.UDP, fromPort: 1, toPort: 65535 }));
  });

  test('bad ports throw with the range', () => {
    expect(expectError(() => FirewallPort.tcp(0), 'INVALID_PORT').message).toContain('an integer from 1 to 65535');
    expect(expectError(() => FirewallPort.tcpRange(500, 400), 'INVALID_PORT_RANGE').message).toContain('got "500-400"');
  });

  test('the administrative ports are the compliance engine\'s, so construction and synth agree', () => {
    expect(ADMINISTRATIVE_PORTS.map((a) => [a.port, a.service])).toEqual(ADMIN_PORTS.map(([port, service]) => [port, service]));
  });

  test('which administrative ports a rule opens: TCP only', () => {
    expect(FirewallPort.tcpRange(20, 25)._administrative().map((a) => a.service)).toEqual(['SSH']);
    expect(FirewallPort.udp(22)._administrative()).toEqual([]);
    expect(FirewallPort.allTcp()._administrative()).toHaveLength(ADMINISTRATIVE_PORTS.length);
  });
});

describe('inbound from every address', () => {
  test.each([
    ['SSH', FirewallPort.tcp(22), 'SSH (22)'],
    ['RDP', FirewallPort.tcp(3389), 'RDP (3389)'],
    ['the Kubernetes API', FirewallPort.tcp(6443), 'Kubernetes API (6443)'],
    ['PostgreSQL', FirewallPort.tcp(5432), 'PostgreSQL (5432)'],
    ['MySQL', FirewallPort.tcp(3306), 'MySQL/MariaDB (3306)'],
    ['a range over SSH', FirewallPort.tcpRange(1, 1024), 'SSH (22)'],
  ])('on %s throws at construction, with the reason', (_name, port, service) => {
    for (const peer of [FirewallPeer.anywhere(), FirewallPeer.anyIpv4(), FirewallPeer.anyIpv6(), FirewallPeer.ipBlock('0.0.0.0/0')]) {
      const e = expectError(() => network().allowInbound(peer, port), 'ADMIN_PORT_OPEN_TO_INTERNET');
      expect(e.message).toContain(service);
      expect(e.message).toContain('SOV-PUBLIC-EXPOSURE');
      expect(e.message).toContain('Fix: allow only your administrators');
    }
  });

  test('is allowed on HTTPS, and on SSH from a named block', () => {
    const net = network();
    net.allowInbound(FirewallPeer.anywhere(), FirewallPort.tcp(443));
    net.allowInbound(FirewallPeer.ipBlock('198.51.100.0/24', { country: 'DE' }), FirewallPort.tcp(22));
    const rules = only(synth(net.node.scope as never), 'hcloud_firewall').rule.filter((r: { direction: string }) => r.direction === 'in');
    expect(rules).toEqual([
      expect.objectContaining({ protocol: 'tcp', port: '443', source_ips: ['0.0.0.0/0', '::/0'] }),
      expect.objectContaining({ protocol: 'tcp', port: '22', source_ips: ['198.51.100.0/24'] }),
    ]);
  });
});

describe('outbound', () => {
  test('to a public block needs its country', () => {
    const e = expectError(() => network().allowOutbound(FirewallPeer.ipBlock('203.0.113.0/24'), FirewallPort.tcp(443)), 'MISSING_COUNTRY');
    expect(e.message).toContain('pass { country: "DE" }');
  });

  test('to a country outside the jurisdiction throws, unless the safeguard is recorded', () => {
    const e = expectError(() => network().allowOutbound(FirewallPeer.ipBlock('203.0.113.0/24', { country: 'US' }), FirewallPort.tcp(443)), 'DESTINATION_OUTSIDE_JURISDICTION');
    expect(e.message).toContain('jurisdiction (EU)');
    expect(() => network().allowOutbound(FirewallPeer.ipBlock('203.0.113.0/24', { country: 'US', transferReason: 'SCCs signed 2026-03-01, DPA ref 42' }), FirewallPort.tcp(443))).not.toThrow();
  });

  test('to a country the jurisdiction allows passes; a Germany-only policy refuses France', () => {
    expect(() => network().allowOutbound(FirewallPeer.ipBlock('203.0.113.0/24', { country: 'fr' }), FirewallPort.tcp(443))).not.toThrow();
    expect(() => network({ jurisdiction: Jurisdiction.countries(['DE']) }).allowOutbound(FirewallPeer.ipBlock('203.0.113.0/24', { country: 'FR' }), FirewallPort.tcp(443)))
      .toThrow(/DE/);
  });

  test('to every address needs a reason', () => {
    expectError(() => network().allowOutbound(FirewallPeer.anywhere(), FirewallPort.tcp(443)), 'EGRESS_TO_ANYWHERE');
    expect(() => network().allowOutbound(FirewallPeer.anywhere({ transferReason: 'OS updates from distribution mirrors' }), FirewallPort.tcp(443))).not.toThrow();
    expectError(() => FirewallPeer.anywhere({ transferReason: 'short' }), 'REASON_TOO_SHORT');
  });

  test('to private blocks and other networks needs no country', () => {
    const net = network();
    expect(() => net.allowOutbound(FirewallPeer.ipBlock('10.200.0.0/16'), FirewallPort.tcp(5432))).not.toThrow();
    expect(() => net.allowOutbound(FirewallPeer.network(net), FirewallPort.tcp(5432))).not.toThrow();
  });
});

describe('FirewallPeer', () => {
  test('rejects invalid blocks and a country for every address', () => {
    expect(expectError(() => FirewallPeer.ipBlock('10.0.0.1/8'), 'INVALID_CIDR').message).toContain('use the network address: "10.0.0.0/8"');
    expectError(() => FirewallPeer.anywhere({ country: 'DE' }), 'COUNTRY_OF_ANYWHERE');
  });

  test('names itself with its country', () => {
    expect(FirewallPeer.ipBlock('2001:db8::/32', { country: 'nl' }).toString()).toBe('2001:db8::/32 (NL)');
  });
});
