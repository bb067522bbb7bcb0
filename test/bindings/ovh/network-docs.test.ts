/* The ovh bindings of OvhcloudNetwork against ovh/ovh v2.19.0 (network-docs.ts). */
import { TerraformVariable } from 'cdktf';
import { OvhcloudNetwork } from '../../../lib/network/ovhcloud/network';
import { FirewallPeer } from '../../../lib/network/peer';
import { FirewallPort } from '../../../lib/network/port';
import { OvhcloudProvider } from '../../../lib/providers/ovhcloud/provider';
import { stackOf, synth } from '../../network/helpers';
import { Json, problems, providerProblems, resourceProblems, typesWithPrefix } from '../conformance';
import { OVH_NETWORK_DOCS } from './network-docs';

function everything(): Json {
  const stack = stackOf();
  const secret = new TerraformVariable(stack, 'ovh_secret', { type: 'string', sensitive: true });
  new OvhcloudProvider(stack, 'ovh', { applicationKey: secret.stringValue, applicationSecret: secret.stringValue, consumerKey: secret.stringValue });
  const network = new OvhcloudNetwork(stack, 'Net', { serviceName: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', region: 'EU-WEST-PAR', vlanId: 42, ipv4Cidr: '10.0.0.0/16', subnetCidrs: ['10.0.0.0/24', '10.0.1.0/24'] });
  network.addServer('App', { flavorId: 'flavor-1', imageId: 'image-1', sshKeyName: 'ops', availabilityZone: 'eu-west-par-a', privateIp: '10.0.1.10', subnetIndex: 1 });
  network.addGateway('Egress', { model: 'M' });
  network.allowInbound(FirewallPeer.anywhere(), FirewallPort.tcp(443));
  network.allowInbound(FirewallPeer.network(network), FirewallPort.icmp());
  network.allowOutbound(FirewallPeer.ipBlock('203.0.113.0/24', { country: 'FR' }), FirewallPort.allUdp());
  return synth(stack);
}

describe('ovh bindings of OvhcloudNetwork against ovh/ovh v2.19.0', () => {
  const json = everything();

  test('every resource of the table is emitted', () => {
    expect(typesWithPrefix(json, 'ovh_')).toEqual(Object.keys(OVH_NETWORK_DOCS.resources).sort());
  });

  test('every emitted argument is documented, every required one present, list attributes as lists, nested attributes as objects', () => {
    expect(resourceProblems(json, OVH_NETWORK_DOCS, (t) => t.startsWith('ovh_'))).toEqual([]);
    expect(providerProblems(json, OVH_NETWORK_DOCS, 'ovh')).toEqual([]);
    expect(json.provider.ovh[0].endpoint).toBe('ovh-eu');
  });

  test('the check can fail: external_gateway written as a block is reported', () => {
    const body = { service_name: 's', region: 'GRA11', name: 'g', external_gateway: [{ enabled: true }] };
    expect(problems(body, OVH_NETWORK_DOCS.resources.ovh_cloud_gateway, 'g')).toEqual(['g.external_gateway: a nested attribute, rendered as a list (write an object)']);
  });

  test('each resource declares its provider source for required_providers', () => {
    expect(json.terraform.required_providers.ovh).toEqual({ source: 'ovh/ovh' });
  });
});
