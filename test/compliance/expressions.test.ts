import { referencesIn } from '../../lib/compliance/model/expressions';

describe('referencesIn', () => {
  test('a whole resource reference', () => {
    expect(referencesIn('${aws_s3_bucket.b.id}')).toEqual([{ address: 'aws_s3_bucket.b', attribute: 'id', whole: true }]);
  });

  test('a data source: the address is data.type.name, the rest is the attribute', () => {
    expect(referencesIn('${data.opentelekomcloud_cce_cluster_kubeconfig_v3.k.kubeconfig}')).toEqual([
      { address: 'data.opentelekomcloud_cce_cluster_kubeconfig_v3.k', attribute: 'kubeconfig', whole: true },
    ]);
  });

  test('a data source inside functions and a for expression (cdktf Fn.lookup of a decoded kubeconfig)', () => {
    const host = '${{ for key, val in jsondecode(data.opentelekomcloud_cce_cluster_kubeconfig_v3.Kube_1241A2E9.kubeconfig).clusters: val.name => val }["internalCluster"].cluster["server"]}';
    const addresses = referencesIn(host).map((r) => r.address);
    expect(addresses).toContain('data.opentelekomcloud_cce_cluster_kubeconfig_v3.Kube_1241A2E9');
    expect(referencesIn(host).find((r) => r.address.startsWith('data.'))).toEqual(expect.objectContaining({ attribute: 'kubeconfig', whole: false }));
  });

  test('variables and locals are references; data.type without a name is not', () => {
    expect(referencesIn('${base64decode(yamldecode(var.kubeconfig).users[0].user["client-key-data"])}').map((r) => r.address)).toEqual(['var.kubeconfig']);
    expect(referencesIn('${data.only_type}')).toEqual([]);
  });

  test('literals have none', () => {
    expect(referencesIn('acme-bucket')).toEqual([]);
  });
});
