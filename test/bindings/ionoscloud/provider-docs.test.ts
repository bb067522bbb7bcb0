/* The ionoscloud bindings of IonosNetwork and IonosIpsecVpn against ionos-cloud/ionoscloud v6.7.34. */
import { DiffieHellmanGroup, IpsecEncryption, IpsecIntegrity, IpsecProposal } from '../../../lib/network/ipsec';
import { IonosNetwork } from '../../../lib/network/ionos/network';
import { IonosIpsecVpn } from '../../../lib/network/ionos/vpn';
import { FirewallPeer } from '../../../lib/network/peer';
import { FirewallPort } from '../../../lib/network/port';
import { IonosProvider } from '../../../lib/providers/ionos/provider';
import { stackOf, synth } from '../../network/helpers';
import { Json, providerProblems, resourceProblems, typesWithPrefix } from '../conformance';
import { IONOS_TUNNEL_VALUES, IONOSCLOUD_DOCS } from './provider-docs';

function everything(): Json {
  const stack = stackOf();
  new IonosProvider(stack, 'ionoscloud');
  const network = new IonosNetwork(stack, 'Net', { location: 'de/txl', name: 'records' });
  network.allowInbound(FirewallPeer.ipBlock('198.51.100.0/24', { country: 'DE' }), FirewallPort.icmp());
  network.allowOutbound(FirewallPeer.ipBlock('203.0.113.0/24', { country: 'DE' }), FirewallPort.udp(53));
  new IonosIpsecVpn(stack, 'OnPrem', {
    network, remoteGatewayIpv4: '198.51.100.10', remoteCountry: 'DE', remoteCidrs: ['10.200.0.0/16', '10.201.0.0/16'],
    ikeProposal: IpsecProposal.of({ encryption: IpsecEncryption.AES_256_CBC, integrity: IpsecIntegrity.SHA_512, dhGroup: DiffieHellmanGroup.MODP_4096 }),
  });
  return synth(stack);
}

describe('ionoscloud bindings against ionos-cloud/ionoscloud v6.7.34', () => {
  const json = everything();

  test('every resource of the table is emitted', () => {
    expect(typesWithPrefix(json, 'ionoscloud_')).toEqual(Object.keys(IONOSCLOUD_DOCS.resources).sort());
  });

  test('every emitted argument is documented, every required one present, blocks as lists', () => {
    expect(resourceProblems(json, IONOSCLOUD_DOCS, (t) => t.startsWith('ionoscloud_'))).toEqual([]);
    expect(providerProblems(json, IONOSCLOUD_DOCS, 'ionoscloud')).toEqual([]);
  });

  test('ike and esp values are among those the doc lists', () => {
    const tunnel = Object.values(json.resource.ionoscloud_vpn_ipsec_tunnel)[0] as Json;
    const phases: Json[] = [...tunnel.ike, ...tunnel.esp];
    for (const key of ['diffie_hellman_group', 'encryption_algorithm', 'integrity_algorithm'] as const) {
      expect(phases.map((p) => p[key]).filter((v) => !IONOS_TUNNEL_VALUES[key].includes(v))).toEqual([]);
    }
    expect(phases.map((p) => p.lifetime).every((l) => l >= 3600 && l <= 86400)).toBe(true);
  });
});
