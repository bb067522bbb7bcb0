/*
 * Instead of `terraform validate` (no opentelekomcloud provider binary here): every argument
 * the constructs emit is one the provider documents for that resource (or a schema-only
 * argument named with its reason), every documented required argument is present, and
 * every resource type is one the catalog knows, with the same documentation source.
 */
import { Catalog } from '../../../lib/catalog/catalog';
import { OtcClusterResilience, OtcVolumeType } from '../../../lib/providers/otc/cluster-options';
import { OtcSovereignFoundation } from '../../../lib/providers/otc/foundation';
import { problems } from '../../bindings/conformance';
import { DATA_SOURCES, PROVIDER, RESOURCES } from './provider-docs';
import { Json, NODE_POOL, stackOf, synth } from './helpers';

function everything(): Json {
  const { stack } = stackOf();
  const f = new OtcSovereignFoundation(stack, 'F', {
    region: 'eu-de', bucketNamePrefix: 'acme-prod', projectName: 'eu-de_acme',
    nodePool: { ...NODE_POOL, os: 'EulerOS 2.9', volumeType: OtcVolumeType.SAS, nodesPerZone: 2 },
    resilience: OtcClusterResilience.ZONE_FAILURE_TOLERANT, clusterVersion: 'v1.29',
  });
  f.network.defaultSecurityGroup.addIngressRule('Https', { cidr: '10.0.0.0/16', fromPort: 443, description: 'internal HTTPS' });
  f.cluster.addKubernetesProvider(stack, 'k8s');
  return synth(stack);
}

describe('emitted arguments against the provider documentation (v1.36.23)', () => {
  const json = everything();

  test.each(Object.keys(json.resource))('%s', (type) => {
    const documented = RESOURCES[type];
    expect(documented).toBeDefined();
    const all = Object.entries(json.resource[type] as Record<string, Json>).flatMap(([name, body]) => problems(body, documented, `${type}.${name}`));
    expect(all).toEqual([]);
  });

  test.each(Object.keys(json.data))('data source %s', (type) => {
    const documented = DATA_SOURCES[type];
    expect(documented).toBeDefined();
    expect(Object.entries(json.data[type] as Record<string, Json>).flatMap(([name, body]) => problems(body, documented, name))).toEqual([]);
  });

  test('provider block', () => {
    expect((json.provider.opentelekomcloud as Json[]).flatMap((b) => problems(b, PROVIDER, 'provider'))).toEqual([]);
  });

  test('every emitted type is in the catalog, documented at the same source', () => {
    const otc = Catalog.provider('otc');
    for (const type of Object.keys(json.resource)) {
      expect(otc.resourceType(type)?.source).toBe(RESOURCES[type].doc);
    }
  });

  test('the check can fail: an undocumented or missing argument is reported', () => {
    expect(problems({ name: 'x', colour: 'red' }, RESOURCES.opentelekomcloud_vpc_v1, 'vpc')).toEqual([
      'vpc: "colour" is not documented', 'vpc: required "cidr" is missing',
    ]);
    expect(problems({ cluster_id: 'c', flavor: 'f', availability_zone: 'a', name: 'n', initial_node_count: 1, root_volume: { size: 1, volumetype: 'SSD', kms: 'k' }, data_volumes: [{ size: 1 }] },
      RESOURCES.opentelekomcloud_cce_node_pool_v3, 'pool')).toEqual([
      'pool.root_volume[0]: "kms" is not documented', 'pool.data_volumes[0]: required "volumetype" is missing',
    ]);
  });
});
