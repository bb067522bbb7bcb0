/* The upcloud bindings of UpcloudNetwork and UpcloudGatewayVpn against UpCloudLtd/upcloud v5.41.0. */
import { TerraformVariable } from 'cdktf';
import { DiffieHellmanGroup, IpsecEncryption, IpsecIntegrity, IpsecProposal } from '../../../lib/network/ipsec';
import { FirewallPeer } from '../../../lib/network/peer';
import { FirewallPort } from '../../../lib/network/port';
import { UpcloudNetwork } from '../../../lib/network/upcloud/network';
import { UpcloudGatewayVpn } from '../../../lib/network/upcloud/vpn';
import { UpcloudProvider } from '../../../lib/providers/upcloud/provider';
import { stackOf, synth } from '../../network/helpers';
import { Json, providerProblems, resourceProblems, typesWithPrefix } from '../conformance';
import { UPCLOUD_DOCS, UPCLOUD_IPSEC_VALUES } from './provider-docs';

function everything(): Json {
  const stack = stackOf();
  const password = new TerraformVariable(stack, 'upcloud_password', { type: 'string', sensitive: true });
  new UpcloudProvider(stack, 'upcloud', { username: 'api-user', password: password.stringValue });
  const network = new UpcloudNetwork(stack, 'Net', { zone: 'fi-hel1', ipv4Cidr: '172.16.8.0/24', labels: { team: 'platform' } });
  network.addServer('App', { plan: '1xCPU-2GB', template: 'Debian GNU/Linux 12 (Bookworm)', storageSize: 25, userData: '#cloud-config\n', sshKeys: ['ssh-ed25519 AAAA ops'], privateIp: '172.16.8.10' });
  network.addGateway('Bastion', { plan: '1xCPU-1GB', template: 'Debian GNU/Linux 12 (Bookworm)' });
  network.addNatGateway('Egress', { plan: 'development' });
  network.allowInbound(FirewallPeer.anywhere(), FirewallPort.udp(51820));
  network.allowInbound(FirewallPeer.ipBlock('198.51.100.0/24', { country: 'FI' }), FirewallPort.icmp());
  network.allowOutbound(FirewallPeer.ipBlock('203.0.113.0/24', { country: 'FI' }), FirewallPort.allTcp());
  new UpcloudGatewayVpn(stack, 'OnPrem', {
    network, remoteGatewayIpv4: '198.51.100.10', remoteCountry: 'FI', remoteCidrs: ['10.200.0.0/16', '10.201.0.0/16'], plan: 'advanced',
    ikeProposal: IpsecProposal.of({ encryption: IpsecEncryption.AES_256_CBC, integrity: IpsecIntegrity.SHA_512, dhGroup: DiffieHellmanGroup.MODP_4096 }),
  });
  return synth(stack);
}

describe('upcloud bindings against UpCloudLtd/upcloud v5.41.0', () => {
  const json = everything();

  test('every resource of the table is emitted', () => {
    expect(typesWithPrefix(json, 'upcloud_')).toEqual(Object.keys(UPCLOUD_DOCS.resources).sort());
  });

  test('every emitted argument is documented, every required one present, blocks as lists', () => {
    expect(resourceProblems(json, UPCLOUD_DOCS, (t) => t.startsWith('upcloud_'))).toEqual([]);
    expect(providerProblems(json, UPCLOUD_DOCS, 'upcloud')).toEqual([]);
  });

  test('tunnel algorithm values are the provider\'s', () => {
    const properties = (Object.values(json.resource.upcloud_gateway_connection_tunnel)[0] as Json).ipsec_properties[0];
    const algorithms: string[] = [...properties.phase1_algorithms, ...properties.phase2_algorithms];
    const integrity: string[] = [...properties.phase1_integrity_algorithms, ...properties.phase2_integrity_algorithms];
    const groups: number[] = [...properties.phase1_dh_group_numbers, ...properties.phase2_dh_group_numbers];
    expect(algorithms.filter((a) => !UPCLOUD_IPSEC_VALUES.algorithms.includes(a))).toEqual([]);
    expect(integrity.filter((a) => !UPCLOUD_IPSEC_VALUES.integrity.includes(a))).toEqual([]);
    expect(groups.filter((g) => !UPCLOUD_IPSEC_VALUES.dhGroups.includes(g))).toEqual([]);
    expect(algorithms).toEqual(['aes256', 'aes256gcm16']);
  });

  test('firewall rules follow the doc: ports only for tcp/udp, both ends of each range, default rules last', () => {
    const rules = (Object.values(json.resource.upcloud_firewall_rules)[0] as Json).firewall_rule as Json[];
    for (const r of rules) {
      const ported = r.source_port_start !== undefined || r.destination_port_start !== undefined;
      expect(ported && r.protocol !== 'tcp' && r.protocol !== 'udp').toBe(false);
      expect(r.source_address_start === undefined).toBe(r.source_address_end === undefined);
      expect(r.destination_port_start === undefined).toBe(r.destination_port_end === undefined);
    }
    expect(rules.slice(-2)).toEqual([{ direction: 'in', action: 'drop', comment: 'Default: drop (cdktf-sovereign)' }, { direction: 'out', action: 'drop', comment: 'Default: drop (cdktf-sovereign)' }]);
  });
});
