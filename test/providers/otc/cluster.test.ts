import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformStack } from 'cdktf';
import { OpentelekomcloudProvider } from '@cdktf/provider-opentelekomcloud/lib/provider';
import { Jurisdiction } from '../../../lib/core/jurisdiction';
import { SovereigntyPolicy } from '../../../lib/core/policy';
import { Retention } from '../../../lib/core/retention';
import { OtcKubernetesCluster, OtcKubernetesClusterProps } from '../../../lib/providers/otc/cluster';
import { OtcClusterFlavor, OtcClusterResilience, OtcContainerNetwork, OtcVolumeType } from '../../../lib/providers/otc/cluster-options';
import { OtcKmsKey } from '../../../lib/providers/otc/kms-key';
import { OtcNetwork, OtcNetworkProps } from '../../../lib/providers/otc/network';
import { check, errorOf, findingLines, Json, NODE_POOL, resourceOf, resourcesOf, stackOf, synth } from './helpers';

function clusterStack(props: Partial<OtcKubernetesClusterProps> = {}, networkProps: Partial<OtcNetworkProps> = {}, policy?: SovereigntyPolicy) {
  const { stack } = stackOf(policy);
  const region = networkProps.region ?? 'eu-de';
  new OpentelekomcloudProvider(stack, 'otc', { region });
  const network = new OtcNetwork(stack, 'Network', { region, ...networkProps });
  const key = new OtcKmsKey(stack, 'Key', { region });
  const cluster = new OtcKubernetesCluster(stack, 'Cluster', { network, encryptionKey: key, nodePool: NODE_POOL, ...props });
  return { stack, network, key, cluster };
}

const KEY_REF = /^\$\{opentelekomcloud_kms_key_v1\.Key_[0-9A-F]+\.id\}$/;

describe('OtcKubernetesCluster', () => {
  test('private API, encrypted masters, HA flavor across zones, RBAC, no admin key in its state', () => {
    const { stack, cluster } = clusterStack();
    const json = synth(stack);
    const body = resourceOf(json, 'opentelekomcloud_cce_cluster_v3', 'Cluster');
    expect(body.eip).toBeUndefined();
    expect(body.enable_volume_encryption).toBe(true);
    expect(body.multi_az).toBe(true);
    expect(body.flavor_id).toBe('cce.s2.small');
    expect(body.authentication_mode).toBe('rbac');
    expect(body.ignore_certificate_users_data).toBe(true);
    expect(body.ignore_certificate_clusters_data).toBeUndefined();
    expect(body.cluster_type).toBe('VirtualMachine');
    expect(body.container_network_type).toBe('overlay_l2');
    expect(body.region).toBe('eu-de');
    expect(body.vpc_id).toMatch(/^\$\{opentelekomcloud_vpc_v1\.Network_[0-9A-F]+\.id\}$/);
    expect(body.subnet_id).toMatch(/^\$\{opentelekomcloud_vpc_subnet_v1\.Network_Subnet-eu-de-01_[0-9A-F]+\.id\}$/);
    expect(body.security_group_id).toBeUndefined();
    expect(body.authenticating_proxy).toBeUndefined();
    expect(body.labels).toEqual({ jurisdiction: 'EU' });
    expect(body.cluster_version).toBeUndefined();
    expect(cluster.multiAz).toBe(true);
    expect(cluster.resilience).toBe(OtcClusterResilience.MULTI_ZONE);
    expect(findingLines(check(json))).toEqual([expect.stringContaining('SOV-AUDIT-LOGGING')]);
  });

  test('one node pool per zone; root and data volumes encrypted with the KMS key; key pair, no password', () => {
    const { stack } = clusterStack();
    const pools = resourcesOf(synth(stack), 'opentelekomcloud_cce_node_pool_v3', 'Cluster_NodePool');
    expect(pools.map(([name, b]) => [name.replace(/_[0-9A-F]+$/, ''), b.availability_zone])).toEqual([
      ['Cluster_NodePool-eu-de-01', 'eu-de-01'], ['Cluster_NodePool-eu-de-02', 'eu-de-02'], ['Cluster_NodePool-eu-de-03', 'eu-de-03'],
    ]);
    for (const [, pool] of pools) {
      expect(pool.cluster_id).toMatch(/^\$\{opentelekomcloud_cce_cluster_v3\.Cluster_[0-9A-F]+\.id\}$/);
      expect(pool.root_volume.kms_id).toMatch(KEY_REF);
      expect(pool.root_volume).toEqual({ size: 50, volumetype: 'SSD', kms_id: pool.root_volume.kms_id });
      expect(pool.data_volumes).toHaveLength(1);
      expect(pool.data_volumes[0]).toEqual({ size: 100, volumetype: 'SSD', kms_id: pool.root_volume.kms_id });
      expect(pool.key_pair).toBe('ops');
      expect(pool.password).toBeUndefined();
      expect(pool.flavor).toBe('s3.xlarge.4');
      expect(pool.initial_node_count).toBe(1);
      expect(pool.runtime).toBe('containerd');
      expect(pool.user_tags).toEqual({ jurisdiction: 'EU' });
      expect(pool.security_group_ids).toBeUndefined();
      expect(pool.name).toMatch(/^otc-cluster-nodepool-eu-de-0[123]$/);
    }
  });

  test('node pool options and addNodePool in chosen zones', () => {
    const { stack, cluster } = clusterStack({
      nodePool: { ...NODE_POOL, nodesPerZone: 2, rootVolumeSizeGb: 80, dataVolumeSizeGb: 200, volumeType: OtcVolumeType.SAS, os: 'EulerOS 2.9' },
    });
    cluster.addNodePool('Gpu', { flavor: 'p2.2xlarge.8', sshKeyPairName: 'ops', availabilityZones: ['eu-de-01', 'eu-de-02'] });
    const json = synth(stack);
    const pool = resourceOf(json, 'opentelekomcloud_cce_node_pool_v3', 'Cluster_NodePool-eu-de-02');
    expect([pool.initial_node_count, pool.root_volume.size, pool.data_volumes[0].size, pool.root_volume.volumetype, pool.os]).toEqual([2, 80, 200, 'SAS', 'EulerOS 2.9']);
    const gpu = resourcesOf(json, 'opentelekomcloud_cce_node_pool_v3', 'Cluster_Gpu');
    expect(gpu.map(([, b]) => b.availability_zone)).toEqual(['eu-de-01', 'eu-de-02']);
    expect(gpu.every(([, b]) => KEY_REF.test(b.root_volume.kms_id) && KEY_REF.test(b.data_volumes[0].kms_id))).toBe(true);
    expect(cluster.nodePools).toHaveLength(5);
  });

  test('SINGLE_ZONE: no multi_az, one pool in the first zone, a one-master flavor allowed', () => {
    const { stack, cluster } = clusterStack({ resilience: OtcClusterResilience.SINGLE_ZONE, flavor: OtcClusterFlavor.S1_SMALL, containerNetwork: OtcContainerNetwork.VPC_ROUTER, clusterVersion: 'v1.29' });
    const json = synth(stack);
    const body = resourceOf(json, 'opentelekomcloud_cce_cluster_v3');
    expect([body.multi_az, body.flavor_id, body.container_network_type, body.cluster_version]).toEqual([false, 'cce.s1.small', 'vpc-router', 'v1.29']);
    expect(resourcesOf(json, 'opentelekomcloud_cce_node_pool_v3').map(([, b]) => b.availability_zone)).toEqual(['eu-de-01']);
    expect(cluster.multiAz).toBe(false);
  });

  test('ZONE_FAILURE_TOLERANT in a three-zone region', () => {
    const { stack } = clusterStack({ resilience: OtcClusterResilience.ZONE_FAILURE_TOLERANT, flavor: OtcClusterFlavor.S2_MEDIUM }, { region: 'eu-nl' });
    const json = synth(stack);
    expect(resourceOf(json, 'opentelekomcloud_cce_cluster_v3').multi_az).toBe(true);
    expect(resourcesOf(json, 'opentelekomcloud_cce_node_pool_v3')).toHaveLength(3);
  });

  test('the kubeconfig data source asks for a one-day certificate', () => {
    const { stack, cluster } = clusterStack();
    const json = synth(stack);
    const ds = Object.values(json.data.opentelekomcloud_cce_cluster_kubeconfig_v3) as Json[];
    expect(ds).toEqual([{ cluster_id: expect.stringMatching(/^\$\{opentelekomcloud_cce_cluster_v3\.Cluster_[0-9A-F]+\.id\}$/), duration: 1 }]);
    expect(ds[0].expiry_date).toBeUndefined();
    expect(cluster.kubeconfig.terraformResourceType).toBe('opentelekomcloud_cce_cluster_kubeconfig_v3');
  });

  test('kubeconfigValidity', () => {
    const { stack } = clusterStack({ kubeconfigValidity: Retention.days(7) });
    expect((Object.values(synth(stack).data.opentelekomcloud_cce_cluster_kubeconfig_v3) as Json[])[0].duration).toBe(7);
  });

  test('what the Kubernetes constructs need: provider id, catalog entry, KMS key id, PVC annotation', () => {
    const { cluster, key } = clusterStack();
    expect(cluster.providerId).toBe('otc');
    expect(cluster.cloudProvider.id).toBe('otc');
    expect(cluster.cloudProvider.kubernetesStorage?.encryption?.pvcAnnotation).toBe('everest.io/crypt-key-id');
    expect(cluster.kmsKeyId).toBe(key.keyId);
    expect(cluster.encryptedVolumeAnnotations()).toEqual({ 'everest.io/crypt-key-id': key.keyId });
    expect(cluster.region).toBe('eu-de');
  });

  test('the kubernetes provider connects to the private endpoint with the data source\'s certificate', () => {
    const { stack, cluster } = clusterStack();
    cluster.addKubernetesProvider(stack, 'k8s');
    const json = synth(stack);
    const k8s = json.provider.kubernetes[0];
    const ds = /^Cluster_Kubeconfig_[0-9A-F]+$/;
    const name = Object.keys(json.data.opentelekomcloud_cce_cluster_kubeconfig_v3)[0];
    expect(name).toMatch(ds);
    const config = `jsondecode(data.opentelekomcloud_cce_cluster_kubeconfig_v3.${name}.kubeconfig)`;
    expect(k8s.host).toBe(`\${{ for key, val in ${config}.clusters: val.name => val }["internalCluster"].cluster["server"]}`);
    expect(k8s.cluster_ca_certificate).toBe(`\${base64decode({ for key, val in ${config}.clusters: val.name => val }["internalCluster"].cluster["certificate-authority-data"])}`);
    expect(k8s.client_certificate).toBe(`\${base64decode({ for key, val in ${config}.users: val.name => val }["user"].user["client-certificate-data"])}`);
    expect(k8s.client_key).toBe(`\${base64decode({ for key, val in ${config}.users: val.name => val }["user"].user["client-key-data"])}`);
    expect(k8s.insecure).toBeUndefined();
    expect(k8s.config_path).toBeUndefined();
  });

  test('opting out: an EIP on the API server is emitted and reported by SOV-PUBLIC-EXPOSURE', () => {
    const { stack } = clusterStack({ publicApiEndpointEip: '80.158.1.2' });
    const json = synth(stack);
    expect(resourceOf(json, 'opentelekomcloud_cce_cluster_v3').eip).toBe('80.158.1.2');
    const exposure = check(json).findings.filter((f) => f.ruleId === 'SOV-PUBLIC-EXPOSURE');
    expect(exposure).toHaveLength(1);
    expect(exposure[0].message).toContain('eip binds a public address (80.158.1.2) to the CCE API server');
  });

  test('removing kms_id through an escape hatch is caught by SOV-ENCRYPTION-AT-REST', () => {
    const { stack, cluster } = clusterStack();
    cluster.nodePools[0].addOverride('root_volume.kms_id', null);
    const findings = check(synth(stack)).findings.filter((f) => f.ruleId === 'SOV-ENCRYPTION-AT-REST');
    expect(findings).toHaveLength(1);
    expect(findings[0].address).toContain('Cluster_NodePool-eu-de-01');
  });

  test('eu-ch2 (two zones) with MULTI_ZONE under a policy that allows Switzerland', () => {
    const policy = new SovereigntyPolicy({ jurisdiction: Jurisdiction.EEA_AND_ADEQUATE });
    const { stack } = clusterStack({}, { region: 'eu-ch2' }, policy);
    const json = synth(stack);
    expect(resourcesOf(json, 'opentelekomcloud_cce_node_pool_v3').map(([, b]) => b.availability_zone)).toEqual(['eu-ch2a', 'eu-ch2b']);
    expect(resourceOf(json, 'opentelekomcloud_cce_cluster_v3').region).toBe('eu-ch2');
  });
});

describe('OtcKubernetesCluster bad input', () => {
  test('ZONE_FAILURE_TOLERANT in eu-ch2, which has two zones', () => {
    const policy = new SovereigntyPolicy({ jurisdiction: Jurisdiction.EEA_AND_ADEQUATE });
    const e = errorOf(() => clusterStack({ resilience: OtcClusterResilience.ZONE_FAILURE_TOLERANT }, { region: 'eu-ch2' }, policy), 'TOO_FEW_AVAILABILITY_ZONES');
    expect(e.message).toBe('OtcKubernetesCluster resilience zone-failure-tolerant: got ["eu-ch2a","eu-ch2b"]. Allowed: at least 3 availability zones in the network (region eu-ch2 has 2: eu-ch2a, eu-ch2b). Fix: eu-ch2 has only 2 zones: choose a region with 3 zones (eu-de, eu-nl) or lower the resilience to MULTI_ZONE.');
  });

  test('MULTI_ZONE on a one-zone network', () => {
    const e = errorOf(() => clusterStack({}, { availabilityZones: ['eu-de-02'] }), 'TOO_FEW_AVAILABILITY_ZONES');
    expect(e.message).toContain('got ["eu-de-02"]');
    expect(e.message).toContain('Fix: give the OtcNetwork at least 2 of eu-de-01, eu-de-02, eu-de-03 (or omit availabilityZones to use all), or lower the resilience.');
  });

  test('a node pool in fewer zones than the resilience needs', () => {
    const { cluster } = clusterStack();
    const e = errorOf(() => cluster.addNodePool('Small', { ...NODE_POOL, availabilityZones: ['eu-de-01'] }), 'TOO_FEW_AVAILABILITY_ZONES');
    expect(e.message).toContain('OtcKubernetesCluster node pool "Small" availabilityZones: got ["eu-de-01"]. Allowed: at least 2 zones for resilience multi-zone.');
  });

  test('a node pool zone outside the network', () => {
    const { cluster } = clusterStack({}, { availabilityZones: ['eu-de-01', 'eu-de-02'] });
    const e = errorOf(() => cluster.addNodePool('P', { ...NODE_POOL, availabilityZones: ['eu-de-01', 'eu-de-03'] }), 'UNKNOWN_AVAILABILITY_ZONE');
    expect(e.message).toContain('got "eu-de-03"');
  });

  test('a one-master flavor with a multi-AZ control plane', () => {
    const e = errorOf(() => clusterStack({ flavor: OtcClusterFlavor.S1_MEDIUM }), 'FLAVOR_NOT_HA');
    expect(e.message).toContain('OtcKubernetesCluster flavor: got "cce.s1.medium".');
    expect(e.message).toContain('Fix: use OtcClusterFlavor.S2_SMALL or larger, or set resilience: OtcClusterResilience.SINGLE_ZONE.');
  });

  test('a key of another region', () => {
    const e = errorOf(() => {
      const { stack } = stackOf();
      const network = new OtcNetwork(stack, 'Network', { region: 'eu-de' });
      const key = new OtcKmsKey(stack, 'Key', { region: 'eu-nl' });
      return new OtcKubernetesCluster(stack, 'Cluster', { network, encryptionKey: key });
    }, 'KEY_IN_OTHER_REGION');
    expect(e.message).toContain('create the OtcKmsKey with region "eu-de"');
  });

  test('a kubeconfig certificate valid for more than 1825 days', () => {
    const e = errorOf(() => clusterStack({ kubeconfigValidity: Retention.years(6) }), 'INVALID_KUBECONFIG_VALIDITY');
    expect(e.message).toContain('got "6 years (2190 days)"');
  });

  test('an invalid cluster version', () => {
    const e = errorOf(() => clusterStack({ clusterVersion: '1.29' }), 'INVALID_CLUSTER_VERSION');
    expect(e.message).toContain('with the leading "v"');
  });

  test('a node pool without key pair', () => {
    const e = errorOf(() => clusterStack({ nodePool: { flavor: 's3.large.2', sshKeyPairName: '' } }), 'INVALID_NODE_POOL');
    expect(e.message).toContain('passwords are not accepted here');
  });

  test('zero nodes per zone', () => {
    const e = errorOf(() => clusterStack({ nodePool: { ...NODE_POOL, nodesPerZone: 0 } }), 'INVALID_NUMBER');
    expect(e.message).toContain('OtcKubernetesCluster node pool "NodePool" nodesPerZone: got 0.');
  });

  test('an unknown resilience value', () => {
    const e = errorOf(() => clusterStack({ resilience: 'regional' as OtcClusterResilience }), 'INVALID_CHOICE');
    expect(e.message).toContain('Allowed: single-zone, multi-zone, zone-failure-tolerant.');
  });

  test('no network', () => {
    const e = errorOf(() => new OtcKubernetesCluster(new TerraformStack(stackOf().app, 'x'), 'C', { encryptionKey: undefined } as never), 'MISSING_NETWORK');
    expect(e.message).toContain('create an OtcNetwork');
  });
});

/*
 * The kubernetes provider expressions evaluated by real Terraform (no provider binary needed):
 * the data source reference is replaced by a local holding a kubeconfig shaped as the CCE API
 * documents it, once without and once with an EIP (entries of different shapes).
 */
const terraform = process.env.CDKTF_SOVEREIGN_TERRAFORM ?? 'terraform';
const probe = spawnSync(terraform, ['version'], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });

function b64(text: string): string {
  return Buffer.from(text).toString('base64');
}

function kubeconfig(withEip: boolean): string {
  const internal = { name: 'internalCluster', cluster: { 'server': 'https://192.168.1.7:5443', 'certificate-authority-data': b64('CA-PEM') } };
  const external = { name: 'externalCluster', cluster: { 'server': 'https://80.158.1.2:5443', 'insecure-skip-tls-verify': true } };
  return JSON.stringify({
    'kind': 'Config', 'apiVersion': 'v1', 'preferences': {},
    'clusters': withEip ? [external, internal] : [internal],
    'users': [{ name: 'user', user: { 'client-certificate-data': b64('CERT-PEM'), 'client-key-data': b64('KEY-PEM') } }],
    'contexts': [], 'current-context': withEip ? 'external' : 'internal',
  });
}

if (probe.error || probe.status !== 0) {
  test(`real-Terraform evaluation of the kubeconfig expressions did NOT run: terraform not runnable as "${terraform}"`, () => {
    console.warn(`\n*** SKIPPED: terraform not found (${terraform}); set CDKTF_SOVEREIGN_TERRAFORM.\n`);
    expect(process.env.CDKTF_SOVEREIGN_REQUIRE_TERRAFORM).toBeUndefined();
  });
} else {
  describe('kubernetes provider expressions, evaluated by terraform', () => {
    test.each([false, true])('EIP bound: %s', (withEip) => {
      const { stack, cluster } = clusterStack();
      cluster.addKubernetesProvider(stack, 'k8s');
      const json = synth(stack);
      const k8s = json.provider.kubernetes[0] as Record<string, string>;
      const name = Object.keys(json.data.opentelekomcloud_cce_cluster_kubeconfig_v3)[0];
      const rewrite = (expr: string) => expr.split(`data.opentelekomcloud_cce_cluster_kubeconfig_v3.${name}.kubeconfig`).join('local.kubeconfig');
      const config = {
        locals: { kubeconfig: kubeconfig(withEip) },
        output: Object.fromEntries(['host', 'cluster_ca_certificate', 'client_certificate', 'client_key'].map((k) => [k, { value: rewrite(k8s[k]) }])),
      };
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-sovereign-otc-'));
      try {
        fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(config));
        // An empty CLI configuration: no provider is needed, and the user's settings must not leak in.
        fs.writeFileSync(path.join(dir, 'cli.tfrc'), '');
        const env = { ...process.env, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_CLI_CONFIG_FILE: path.join(dir, 'cli.tfrc') };
        const apply = spawnSync(terraform, ['apply', '-auto-approve', '-input=false', '-no-color'], { cwd: dir, encoding: 'utf8', env });
        expect(`${apply.status} ${apply.stderr}`).toBe('0 ');
        const out = spawnSync(terraform, ['output', '-json'], { cwd: dir, encoding: 'utf8', env });
        const values = Object.fromEntries(Object.entries(JSON.parse(out.stdout) as Record<string, { value: string }>).map(([k, v]) => [k, v.value]));
        expect(values).toEqual({ host: 'https://192.168.1.7:5443', cluster_ca_certificate: 'CA-PEM', client_certificate: 'CERT-PEM', client_key: 'KEY-PEM' });
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
