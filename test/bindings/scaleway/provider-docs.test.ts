/* The scaleway bindings of ScalewayNetwork and ScalewaySiteToSiteVpn against scaleway/scaleway v2.81.0. */
import { TerraformVariable } from 'cdktf';
import { DiffieHellmanGroup, IpsecEncryption, IpsecIntegrity, IpsecProposal } from '../../../lib/network/ipsec';
import { FirewallPeer } from '../../../lib/network/peer';
import { FirewallPort } from '../../../lib/network/port';
import { ScalewayNetwork } from '../../../lib/network/scaleway/network';
import { ScalewaySiteToSiteVpn } from '../../../lib/network/scaleway/vpn';
import { ScalewayProvider } from '../../../lib/providers/scaleway/provider';
import { stackOf, synth } from '../../network/helpers';
import { Json, providerProblems, resourceProblems, typesWithPrefix } from '../conformance';
import { SCALEWAY_CIPHER_VALUES, SCALEWAY_DOCS } from './provider-docs';

function everything(): Json {
  const stack = stackOf();
  const secret = new TerraformVariable(stack, 'scw_secret_key', { type: 'string', sensitive: true });
  const access = new TerraformVariable(stack, 'scw_access_key', { type: 'string', sensitive: true });
  new ScalewayProvider(stack, 'scaleway', { region: 'nl-ams', zone: 'nl-ams-2', projectId: '11111111-1111-1111-1111-111111111111', accessKey: access.stringValue, secretKey: secret.stringValue });
  const network = new ScalewayNetwork(stack, 'Net', { region: 'nl-ams', zone: 'nl-ams-2', ipv4Cidr: '192.168.10.0/24', tags: ['team=platform'] });
  network.addServer('App', { commercialType: 'PRO2-S', image: 'debian_bookworm', cloudInit: '#cloud-config\n' });
  network.addPublicGateway('Egress', { masquerade: false });
  network.allowInbound(FirewallPeer.anywhere(), FirewallPort.tcp(443));
  network.allowOutbound(FirewallPeer.ipBlock('203.0.113.0/24', { country: 'NL' }), FirewallPort.udpRange(1000, 2000));
  network.allowOutbound(FirewallPeer.ipBlock('203.0.113.0/24', { country: 'NL' }), FirewallPort.icmp());
  new ScalewaySiteToSiteVpn(stack, 'OnPrem', {
    network, remoteGatewayIpv4: '198.51.100.10', remoteCountry: 'NL', remoteCidrs: ['10.200.0.0/16'], remoteAsn: 64600, initiationPolicy: 'vpn_gateway',
    espProposal: IpsecProposal.of({ encryption: IpsecEncryption.AES_128_CBC, integrity: IpsecIntegrity.SHA_512, dhGroup: DiffieHellmanGroup.CURVE_25519 }),
  });
  return synth(stack);
}

describe('scaleway bindings against scaleway/scaleway v2.81.0', () => {
  const json = everything();

  test('every resource of the table is emitted', () => {
    expect(typesWithPrefix(json, 'scaleway_')).toEqual(Object.keys(SCALEWAY_DOCS.resources).sort());
  });

  test('every emitted argument is documented, every required one present, blocks as lists', () => {
    expect(resourceProblems(json, SCALEWAY_DOCS, (t) => t.startsWith('scaleway_'))).toEqual([]);
    expect(providerProblems(json, SCALEWAY_DOCS, 'scaleway')).toEqual([]);
  });

  test('cipher values are the SDK\'s', () => {
    const connection = Object.values(json.resource.scaleway_s2s_vpn_connection)[0] as Json;
    const ciphers: Json[] = [...connection.ikev2_ciphers, ...connection.esp_ciphers];
    expect(ciphers.map((c) => c.encryption).filter((v) => !SCALEWAY_CIPHER_VALUES.encryption.includes(v))).toEqual([]);
    expect(ciphers.map((c) => c.dh_group).filter((v) => !SCALEWAY_CIPHER_VALUES.dh_group.includes(v))).toEqual([]);
    expect(ciphers.map((c) => c.integrity).filter((v) => v !== undefined && !SCALEWAY_CIPHER_VALUES.integrity.includes(v))).toEqual([]);
    expect(ciphers.map((c) => c.integrity)).toEqual(['sha384', 'sha512']);
  });
});
