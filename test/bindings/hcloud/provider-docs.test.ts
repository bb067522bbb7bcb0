/* The hcloud bindings of HetznerNetwork against hetznercloud/hcloud v1.68.0 (provider-docs.ts). */
import { TerraformVariable } from 'cdktf';
import { HetznerNetwork } from '../../../lib/network/hetzner/network';
import { FirewallPeer } from '../../../lib/network/peer';
import { FirewallPort } from '../../../lib/network/port';
import { HetznerProvider } from '../../../lib/providers/hetzner/provider';
import { stackOf, synth } from '../../network/helpers';
import { providerProblems, resourceProblems, typesWithPrefix } from '../conformance';
import { HCLOUD_DOCS } from './provider-docs';

function everything() {
  const stack = stackOf();
  const token = new TerraformVariable(stack, 'hcloud_token', { type: 'string', sensitive: true });
  new HetznerProvider(stack, 'hcloud', { token: token.stringValue });
  const network = new HetznerNetwork(stack, 'Net', { location: 'nbg1', ipv4Cidr: '10.0.0.0/8', subnetCidrs: ['10.1.0.0/16', '10.2.0.0/16'], labels: { team: 'platform' } });
  network.addServer('App', { serverType: 'cx33', image: 'debian-12', subnetIndex: 1, privateIp: '10.2.0.10', sshKeys: ['ops'], userData: '#cloud-config\n', protection: true });
  const gateway = network.addGateway('Gateway', { serverType: 'cx23', image: 'debian-12', publicIpv6: true });
  network.addRoute('OnPrem', '10.200.0.0/16', gateway);
  network.allowInbound(FirewallPeer.anywhere(), FirewallPort.tcp(443));
  network.allowInbound(FirewallPeer.ipBlock('198.51.100.0/24', { country: 'DE' }), FirewallPort.icmp());
  network.allowOutbound(FirewallPeer.ipBlock('198.51.100.0/24', { country: 'DE' }), FirewallPort.udpRange(51820, 51821));
  return synth(stack);
}

describe('hcloud bindings against hetznercloud/hcloud v1.68.0', () => {
  const json = everything();

  test('every resource of the table is emitted', () => {
    expect(typesWithPrefix(json, 'hcloud_')).toEqual(Object.keys(HCLOUD_DOCS.resources).sort());
  });

  test('every emitted argument is documented, every required one present, blocks as lists', () => {
    expect(resourceProblems(json, HCLOUD_DOCS, (t) => t.startsWith('hcloud_'))).toEqual([]);
    expect(providerProblems(json, HCLOUD_DOCS, 'hcloud')).toEqual([]);
  });

  test('firewall rules follow the doc: port only for tcp/udp, source_ips in, destination_ips out', () => {
    const rules = (Object.values(json.resource.hcloud_firewall)[0] as { rule: Array<Record<string, unknown>> }).rule;
    for (const r of rules) {
      expect(r.port === undefined).toBe(r.protocol === 'icmp');
      expect(r.direction === 'in' ? r.source_ips : r.destination_ips).toBeDefined();
      expect(r.direction === 'in' ? r.destination_ips : r.source_ips).toBeUndefined();
    }
  });
});
