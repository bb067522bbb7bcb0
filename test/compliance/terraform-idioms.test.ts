/*
 * Terraform idioms that configurations written by others use: dynamic blocks, count and
 * for_each toggles, for_each chaining, locals between a provider and its cluster, ephemeral
 * resources, string templates, and availability zones that are not location codes. Each case
 * was a wrong verdict before (found by running the CLI on configurations modelled on the
 * providers' documentation examples).
 */
import { RuleId } from '../../lib/compliance/rules/ids';
import { Jurisdiction, SovereigntyPolicy } from '../../lib';
import { findingsOf, flagged, s3Provider, tf } from './helpers';

const P = RuleId.PUBLIC_EXPOSURE;
const L = RuleId.LOCATION;
const U = RuleId.LOCATION_UNKNOWN;
const N = RuleId.NETWORK_ISOLATION;
const E = RuleId.ENCRYPTION_AT_REST;

describe('dynamic blocks are expanded as Terraform builds them', () => {
  const ports = { default: [{ port: '22', cidrs: ['0.0.0.0/0', '::/0'] }, { port: '443', cidrs: ['0.0.0.0/0'] }] };

  test('hcl2json form: iterator "${p}", content as a list, for_each over a variable default', () => {
    const config = tf({
      variable: { public_ports: ports },
      resource: {
        hcloud_firewall: {
          web: {
            name: 'web',
            dynamic: { rule: [{ for_each: '${var.public_ports}', iterator: '${p}', content: [{ direction: 'in', protocol: 'tcp', port: '${p.value.port}', source_ips: '${p.value.cidrs}' }] }] },
          },
        },
      },
    });
    const findings = findingsOf(config, P);
    expect(findings.map((f) => f.message)).toEqual(['rule[0] opens TCP port 22 (SSH) to 0.0.0.0/0, ::/0.']);
  });

  test('cdktf form: iterator "each", content as an object, next to static blocks', () => {
    const config = tf({
      locals: { admin: [{ port: '3389' }] },
      resource: {
        hcloud_firewall: {
          web: {
            name: 'web',
            rule: [{ direction: 'in', protocol: 'tcp', port: '443', source_ips: ['0.0.0.0/0'] }],
            dynamic: { rule: { for_each: '${local.admin}', iterator: 'each', content: { direction: 'in', protocol: 'tcp', port: '${each.value.port}', source_ips: ['0.0.0.0/0'] } } },
          },
        },
      },
    });
    expect(findingsOf(config, P).map((f) => f.message)).toEqual(['rule[1] opens TCP port 3389 (RDP) to 0.0.0.0/0.']);
  });

  test('the default iterator is the block name; without dynamic rules nothing is flagged', () => {
    const open = tf({
      variable: { cidrs: { default: ['0.0.0.0/0'] } },
      resource: {
        hcloud_firewall: {
          db: { name: 'db', dynamic: { rule: [{ for_each: '${var.cidrs}', content: [{ direction: 'in', protocol: 'tcp', port: '5432', source_ips: ['${rule.value}'] }] }] } },
        },
      },
    });
    expect(flagged(open, P)).toEqual(['hcloud_firewall.db']);
    const closed = tf({ variable: { cidrs: { default: ['10.0.0.0/8'] } }, resource: (open as { resource: Record<string, Record<string, unknown>> }).resource });
    expect(flagged(closed, P)).toEqual([]);
  });

  test('a dynamic encryption block counts as the block (OBS server_side_encryption)', () => {
    const config = tf({
      variable: { kms_key_id: { default: 'key-1' } },
      resource: {
        opentelekomcloud_obs_bucket: {
          b: {
            bucket: 'b', region: 'eu-de',
            dynamic: { server_side_encryption: [{ for_each: '${[var.kms_key_id]}', content: [{ algorithm: 'kms', kms_key_id: '${server_side_encryption.value}' }] }] },
          },
        },
      },
    });
    expect(findingsOf(config, E).map((f) => f.message).join(' ')).not.toMatch(/no `server_side_encryption` block/);
  });
});

describe('count and for_each toggles: what Terraform does not create is not judged', () => {
  const ssh = (count: unknown) => ({ hcloud_firewall: { ssh: { name: 'ssh', count, rule: [{ direction: 'in', protocol: 'tcp', port: '22', source_ips: ['0.0.0.0/0'] }] } } });

  test.each([
    ['count = 0', 0, []],
    ['count = var.debug ? 1 : 0, debug false', '${var.debug ? 1 : 0}', []],
    ['count = var.debug ? 1 : 0, debug true', '${var.debug ? 1 : 0}', ['hcloud_firewall.ssh'], true],
    ['count = !var.debug ? 1 : 0, debug false', '${!var.debug ? 1 : 0}', ['hcloud_firewall.ssh']],
    ['count unknown before apply', '${length(var.ports)}', ['hcloud_firewall.ssh']],
  ])('%s', (_name, count, expected, debug = false) => {
    const config = tf({ variable: { debug: { default: debug }, ports: {} }, resource: ssh(count) });
    expect(flagged(config, P)).toEqual(expected);
  });

  test('for_each over an empty map creates nothing', () => {
    const config = tf({
      variable: { extra: { default: {} } },
      resource: { hcloud_server: { s: { for_each: '${var.extra}', name: 's', server_type: 'cx22', image: 'x', location: 'ash' } } },
    });
    expect(flagged(config, L)).toEqual([]);
  });

  test('an ACL switched off does not protect the cluster (Scaleway Kapsule)', () => {
    const resources = (count: unknown) => ({
      scaleway_k8s_cluster: { c: { name: 'c', version: '1.31', cni: 'cilium', region: 'fr-par', delete_additional_resources: true } },
      scaleway_k8s_acl: { acl: { count, cluster_id: '${scaleway_k8s_cluster.c.id}', acl_rules: [{ ip: '192.0.2.0/24', description: 'office' }] } },
    });
    expect(flagged(tf({ variable: { acl: { default: false } }, resource: resources('${var.acl ? 1 : 0}') }), P)).toEqual(['scaleway_k8s_cluster.c']);
    expect(flagged(tf({ variable: { acl: { default: true } }, resource: resources('${var.acl ? 1 : 0}') }), P)).toEqual([]);
  });
});

describe('for_each chaining links instances to the instances they iterate over', () => {
  test('bucket encryption with for_each = the buckets and bucket = each.value.name', () => {
    const config = tf({
      provider: { aws: s3Provider('https://s3.fr-par.scw.cloud', 'fr-par') },
      resource: {
        aws_s3_bucket: { data: { for_each: '${toset(["a", "b"])}', bucket: '${each.key}' } },
        aws_s3_bucket_server_side_encryption_configuration: {
          data: { for_each: '${aws_s3_bucket.data}', bucket: '${each.value.id}', rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'AES256' }] }] },
        },
      },
    });
    expect(flagged(config, E)).toEqual([]);
  });

  test('network policies with the same for_each and namespace = each.key belong to the namespaces', () => {
    const resource = (policyNamespace: string) => ({
      kubernetes_namespace_v1: { tenant: { for_each: '${var.tenants}', metadata: { name: '${each.key}' } } },
      kubernetes_network_policy_v1: {
        deny: { for_each: '${var.tenants}', metadata: { name: 'default-deny', namespace: policyNamespace }, spec: { pod_selector: {}, policy_types: ['Ingress', 'Egress'] } },
      },
    });
    const variable = { tenants: { default: ['billing', 'crm'] } };
    expect(flagged(tf({ variable, resource: resource('${each.key}') }), N, { clusterLocation: 'DE' })).toEqual([]);
    expect(flagged(tf({ variable, resource: resource('other') }), N, { clusterLocation: 'DE' })).toEqual(['kubernetes_namespace_v1.tenant']);
  });
});

describe('a kubernetes provider is followed to its cluster through locals and ephemeral resources', () => {
  const namespace = { kubernetes_namespace_v1: { ns: { metadata: { name: 'app' } } } };
  const swiss = new SovereigntyPolicy({ jurisdiction: Jurisdiction.EU });

  test('local.kubeconfig = yamldecode(<kubeconfig resource>) (Exoscale SKS in Geneva)', () => {
    const config = tf({
      locals: { kubeconfig: '${yamldecode(exoscale_sks_kubeconfig.admin.kubeconfig)}' },
      provider: { kubernetes: { host: '${local.kubeconfig.clusters[0].cluster.server}' } },
      resource: {
        exoscale_sks_cluster: { prod: { zone: 'ch-gva-2', name: 'prod' } },
        exoscale_sks_kubeconfig: { admin: { cluster_id: '${exoscale_sks_cluster.prod.id}', zone: '${exoscale_sks_cluster.prod.zone}', user: 'admin', groups: ['system:masters'] } },
        ...namespace,
      },
    });
    expect(flagged(config, U)).toEqual([]);
    // Reported on the cluster whose zone decides it, naming the namespace; not on the namespace.
    expect(flagged(config, L, { policy: swiss })).toContain('exoscale_sks_cluster.prod');
    expect(flagged(config, L, { policy: swiss })).not.toContain('kubernetes_namespace_v1.ns');
    expect(findingsOf(config, L, { policy: swiss }).find((f) => f.address === 'exoscale_sks_cluster.prod')?.message).toMatch(/Also affects: .*kubernetes_namespace_v1\.ns/);
    // A declared cluster location does not override the cluster the configuration points at.
    expect(flagged(config, L, { policy: swiss, clusterLocation: 'DE' })).toContain('exoscale_sks_cluster.prod');
  });

  test('ephemeral "stackit_ske_kubeconfig" (Terraform 1.10+), as in the STACKIT docs', () => {
    const config = tf({
      provider: { stackit: { default_region: 'eu01' }, kubernetes: { host: '${yamldecode(ephemeral.stackit_ske_kubeconfig.example.kube_config).clusters.0.cluster.server}' } },
      resource: { stackit_ske_cluster: { example: { project_id: 'p', name: 'example', kubernetes_version_min: '1.31', node_pools: [] } }, ...namespace },
    });
    const withEphemeral = { ...config, ephemeral: { stackit_ske_kubeconfig: { example: { project_id: 'p', cluster_name: '${stackit_ske_cluster.example.name}' } } } };
    expect(flagged(withEphemeral, U)).toEqual([]);
    const de = new SovereigntyPolicy({ jurisdiction: Jurisdiction.countries(['AT']) });
    expect(flagged(withEphemeral, L, { policy: de })).toEqual(['stackit_ske_cluster.example']);
    expect(findingsOf(withEphemeral, L, { policy: de })[0].message).toMatch(/Also affects: kubernetes_namespace_v1\.ns/);
  });
});

describe('a kubernetes provider is followed to its cluster through a kubeconfig file written by the configuration', () => {
  const swiss = new SovereigntyPolicy({ jurisdiction: Jurisdiction.EU });
  const release = { helm_release: { runner: { name: 'runner', chart: 'runner', namespace: 'ci' } } };

  test('config_path = local_sensitive_file.k.filename, its content from an exoscale_sks_kubeconfig of the cluster', () => {
    const config = tf({
      provider: { helm: { kubernetes: [{ config_path: '${local_sensitive_file.kubeconfig.filename}' }] } },
      resource: {
        exoscale_sks_cluster: { ci: { zone: 'ch-dk-2', name: 'ci' } },
        exoscale_sks_kubeconfig: { admin: { cluster_id: '${exoscale_sks_cluster.ci.id}', zone: '${exoscale_sks_cluster.ci.zone}', user: 'admin', groups: ['system:masters'] } },
        local_sensitive_file: { kubeconfig: { filename: 'kubeconfig', content: '${exoscale_sks_kubeconfig.admin.kubeconfig}' } },
        ...release,
      },
    });
    expect(flagged(config, U)).toEqual([]);
    expect(flagged(config, L, { policy: swiss })).toContain('exoscale_sks_cluster.ci');
    expect(flagged(config, L, { policy: swiss })).not.toContain('helm_release.runner');
  });

  test('a kubeconfig file from a data source that reads the managed cluster (UpCloud)', () => {
    const config = tf({
      provider: { kubernetes: { config_path: '${local_sensitive_file.kubeconfig.filename}' } },
      resource: {
        upcloud_kubernetes_cluster: { main: { name: 'main', zone: 'fi-hel2', network: 'n', storage_encryption: 'data-at-rest', control_plane_ip_filter: ['192.0.2.0/24'] } },
        local_sensitive_file: { kubeconfig: { filename: 'kubeconfig.yml', content: '${data.upcloud_kubernetes_cluster.main.kubeconfig}' } },
        kubernetes_namespace_v1: { ns: { metadata: { name: 'app' } } },
      },
      data: { upcloud_kubernetes_cluster: { main: { id: '${upcloud_kubernetes_cluster.main.id}' } } },
    });
    expect(flagged(config, U)).toEqual([]);
  });

  test('a file that names no cluster leaves the provider unknown', () => {
    const config = tf({
      provider: { kubernetes: { config_path: '${local_file.kubeconfig.filename}' } },
      resource: { local_file: { kubeconfig: { filename: 'kubeconfig.yml', content: '${var.kubeconfig}' } }, kubernetes_namespace_v1: { ns: { metadata: { name: 'app' } } } },
      variable: { kubeconfig: {} },
    });
    expect(flagged(config, U)).toEqual(['provider.kubernetes']);
  });
});

describe('helm releases are located where their cluster is', () => {
  const config = tf({
    provider: { helm: { kubernetes: [{ host: '${scaleway_k8s_cluster.c.kubeconfig[0].host}' }] } },
    resource: {
      scaleway_k8s_cluster: { c: { name: 'c', version: '1.31', cni: 'cilium', region: 'pl-waw', delete_additional_resources: true } },
      helm_release: { db: { name: 'db', chart: 'postgresql', namespace: 'db' } },
    },
  });

  test('a chart on a cluster in Warsaw is in Poland', () => {
    expect(flagged(config, U)).toEqual([]);
    const de = new SovereigntyPolicy({ jurisdiction: Jurisdiction.countries(['DE']) });
    expect(flagged(config, L, { policy: de })).toEqual(['scaleway_k8s_cluster.c']);
    expect(findingsOf(config, L, { policy: de })[0].message).toMatch(/PL \(Poland\).*Also affects: helm_release\.db/);
  });

  test('a chart on a cluster outside the configuration needs the declared cluster location', () => {
    const elsewhere = tf({ provider: { helm: { kubernetes: [{ config_path: '~/.kube/config' }] } }, resource: { helm_release: { db: { name: 'db', chart: 'postgresql' } } } });
    expect(flagged(elsewhere, U)).toEqual(['provider.helm']);
    expect(flagged(elsewhere, U, { clusterLocation: 'DE' })).toEqual([]);
  });
});

describe('string templates of literals are literals', () => {
  test('endpoints { s3 = "https://sos-${local.zone}.exo.io" } (Exoscale examples/sos)', () => {
    const config = tf({
      locals: { zone: 'ch-gva-2' },
      provider: { aws: { ...s3Provider('https://sos-${local.zone}.exo.io', '${local.zone}') } },
      resource: { aws_s3_bucket: { b: { bucket: 'b' } } },
    });
    expect(flagged(config, U)).toEqual([]);
    expect(findingsOf(config, L)[0].message).toMatch(/ch-gva-2 \(CH \(Switzerland\)\)/);
  });

  test('a template with a function call is evaluated too', () => {
    const config = tf({
      provider: { aws: { ...s3Provider('https://sos-${lower(var.zone)}.exo.io', 'x') } },
      variable: { zone: { default: 'CH-GVA-2' } },
      resource: { aws_s3_bucket: { b: { bucket: 'b' } } },
    });
    expect(flagged(config, U)).toEqual([]);
    expect(findingsOf(config, L)[0].message).toMatch(/ch-gva-2 \(CH \(Switzerland\)\)/);
  });

  test('a template over a value not known before apply stays unknown', () => {
    const config = tf({
      provider: { aws: { ...s3Provider('https://sos-${lower(data.exoscale_zones.z.zones[0])}.exo.io', 'x') } },
      data: { exoscale_zones: { z: {} } },
      resource: { aws_s3_bucket: { b: { bucket: 'b' } } },
    });
    expect(flagged(config, U)).toEqual(['aws_s3_bucket.b']);
  });
});

describe('availability zones that are not location codes fall back to the region', () => {
  test('CCE node pool availability_zone = "random" lies in the cluster region', () => {
    const config = tf({
      provider: { opentelekomcloud: { auth_url: 'https://iam.eu-de.otc.t-systems.com/v3', tenant_name: 'eu-de' } },
      resource: {
        opentelekomcloud_cce_cluster_v3: { c: { name: 'c', cluster_type: 'VirtualMachine', flavor_id: 'cce.s2.small', vpc_id: 'v', subnet_id: 's', container_network_type: 'overlay_l2' } },
        opentelekomcloud_cce_node_pool_v3: { p: { cluster_id: '${opentelekomcloud_cce_cluster_v3.c.id}', name: 'p', os: 'EulerOS 2.9', flavor: 's3.large.2', availability_zone: 'random', initial_node_count: 1, key_pair: 'k', root_volume: [{ size: 40, volumetype: 'SSD' }], data_volumes: [{ size: 100, volumetype: 'SSD' }] } },
      },
    });
    expect(flagged(config, U)).toEqual([]);
    const at = new SovereigntyPolicy({ jurisdiction: Jurisdiction.countries(['AT']) });
    const pool = findingsOf(config, L, { policy: at }).find((f) => f.address === 'opentelekomcloud_cce_node_pool_v3.p');
    expect(pool?.message).toMatch(/DE \(Germany\).*a zone lies within the region/);
  });

  test('a zone that is an unknown expression with no region anywhere stays unknown', () => {
    const config = tf({ provider: { opentelekomcloud: {} }, variable: { az: {} }, resource: { opentelekomcloud_rds_instance_v3: { db: { name: 'db', availability_zone: ['${var.az}'] } } } });
    expect(flagged(config, U)).toEqual(['opentelekomcloud_rds_instance_v3.db']);
  });
});
