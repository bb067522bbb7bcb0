/* The exoscale bindings of ExoscaleNetwork against exoscale/exoscale v0.70.0 (provider-docs.ts). */
import { TerraformVariable } from 'cdktf';
import { ExoscaleNetwork } from '../../../lib/network/exoscale/network';
import { FirewallPeer } from '../../../lib/network/peer';
import { FirewallPort } from '../../../lib/network/port';
import { ExoscaleProvider } from '../../../lib/providers/exoscale/provider';
import { stackOf, synth } from '../../network/helpers';
import { Json, providerProblems, resourceProblems, typesWithPrefix } from '../conformance';
import { EXOSCALE_DOCS } from './provider-docs';

function everything(): Json {
  const stack = stackOf();
  const secret = new TerraformVariable(stack, 'exoscale_secret', { type: 'string', sensitive: true });
  new ExoscaleProvider(stack, 'exoscale', { key: secret.stringValue, secret: secret.stringValue });
  const network = new ExoscaleNetwork(stack, 'Net', { zone: 'at-vie-2', ipv4Cidr: '192.168.50.0/24', labels: { team: 'platform' } });
  network.addServer('App', { instanceType: 'standard.medium', templateId: 'tpl', diskSize: 50, userData: '#cloud-config\n', sshKeys: ['ops'], privateIp: '192.168.50.10' });
  network.addGateway('Bastion', { instanceType: 'standard.small', templateId: 'tpl' });
  network.allowInbound(FirewallPeer.anywhere(), FirewallPort.udp(51820));
  network.allowInbound(FirewallPeer.anywhere(), FirewallPort.icmp());
  network.allowOutbound(FirewallPeer.ipBlock('203.0.113.0/24', { country: 'AT' }), FirewallPort.tcp(443));
  return synth(stack);
}

describe('exoscale bindings against exoscale/exoscale v0.70.0', () => {
  const json = everything();

  test('every resource of the table is emitted', () => {
    expect(typesWithPrefix(json, 'exoscale_')).toEqual(Object.keys(EXOSCALE_DOCS.resources).sort());
  });

  test('every emitted argument is documented, every required one present, blocks as lists', () => {
    expect(resourceProblems(json, EXOSCALE_DOCS, (t) => t.startsWith('exoscale_'))).toEqual([]);
    expect(providerProblems(json, EXOSCALE_DOCS, 'exoscale')).toEqual([]);
  });

  test('rules follow the provider\'s validation: ports only for TCP/UDP within 1-65535, ICMPv6 for IPv6 blocks', () => {
    for (const r of Object.values(json.resource.exoscale_security_group_rule) as Json[]) {
      expect(['TCP', 'UDP', 'ICMP', 'ICMPv6']).toContain(r.protocol);
      expect(r.start_port === undefined).toBe(r.protocol.startsWith('ICMP'));
      expect(r.protocol === 'ICMPv6').toBe(String(r.cidr).includes(':') && r.protocol.startsWith('ICMP'));
    }
  });
});
