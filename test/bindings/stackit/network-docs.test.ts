/* The stackit bindings of StackitNetwork against stackitcloud/stackit v0.113.0 (network-docs.ts). */
import { TerraformVariable } from 'cdktf';
import { FirewallPeer } from '../../../lib/network/peer';
import { FirewallPort } from '../../../lib/network/port';
import { StackitNetwork } from '../../../lib/network/stackit/network';
import { StackitProvider } from '../../../lib/providers/stackit/provider';
import { stackOf, synth } from '../../network/helpers';
import { Json, problems, providerProblems, resourceProblems, typesWithPrefix } from '../conformance';
import { STACKIT_NETWORK_DOCS } from './network-docs';

const PROJECT = '11111111-2222-3333-4444-555555555555';

function everything(): Json {
  const stack = stackOf();
  const key = new TerraformVariable(stack, 'stackit_key', { type: 'string', sensitive: true });
  new StackitProvider(stack, 'stackit', { region: 'eu02', serviceAccountKey: key.stringValue, serviceAccountKeyPath: '/run/secrets/sa.json' });
  const network = new StackitNetwork(stack, 'Net', { projectId: PROJECT, region: 'eu02', zone: 'eu02-2', ipv4Cidr: '172.16.0.0/24', internetEgress: true, labels: { team: 'platform' } });
  network.addServer('App', { machineType: 'g2i.1', imageId: 'img', bootVolumeSize: 40, userData: '#cloud-config\n', keypairName: 'ops', privateIp: '172.16.0.10' });
  network.addGateway('Bastion', { machineType: 'g2i.1', imageId: 'img' });
  network.allowInbound(FirewallPeer.anywhere(), FirewallPort.tcp(443));
  network.allowInbound(FirewallPeer.ipBlock('198.51.100.0/24', { country: 'AT' }), FirewallPort.icmp());
  network.allowOutbound(FirewallPeer.ipBlock('203.0.113.0/24', { country: 'AT' }), FirewallPort.udpRange(1000, 2000));
  return synth(stack);
}

describe('stackit bindings of StackitNetwork against stackitcloud/stackit v0.113.0', () => {
  const json = everything();

  test('every resource of the table is emitted', () => {
    expect(typesWithPrefix(json, 'stackit_')).toEqual(Object.keys(STACKIT_NETWORK_DOCS.resources).sort());
  });

  test('every emitted argument is documented, every required one present, attributes as objects', () => {
    expect(resourceProblems(json, STACKIT_NETWORK_DOCS, (t) => t.startsWith('stackit_'))).toEqual([]);
    expect(providerProblems(json, STACKIT_NETWORK_DOCS, 'stackit')).toEqual([]);
  });

  test('the check can fail: boot_volume written as a block is reported', () => {
    const body = { machine_type: 'g2i.1', name: 's', project_id: PROJECT, boot_volume: [{ source_id: 'i', source_type: 'image' }] };
    expect(problems(body, STACKIT_NETWORK_DOCS.resources.stackit_server, 's')).toEqual(['s.boot_volume: a nested attribute, rendered as a list (write an object)']);
  });

  test('port_range only where the protocol is not ICMP (security_group_rule.md)', () => {
    for (const rule of Object.values(json.resource.stackit_security_group_rule) as Json[]) {
      expect(rule.port_range === undefined).toBe(['icmp', 'ipv6-icmp'].includes(rule.protocol.name));
    }
  });
});
