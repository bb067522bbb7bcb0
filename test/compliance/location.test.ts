import { RuleId } from '../../lib/compliance/rules/ids';
import { Jurisdiction, SovereigntyPolicy } from '../../lib';
import { findingsOf, flagged, s3Provider, tf } from './helpers';

const L = RuleId.LOCATION;
const U = RuleId.LOCATION_UNKNOWN;

describe('effective location: resource argument, provider alias, provider default', () => {
  test('a resource argument wins over the provider default', () => {
    const config = tf({
      provider: { scaleway: { region: 'fr-par' } },
      resource: { scaleway_object_bucket: { eu: { name: 'a' }, moved: { name: 'b', region: 'nl-ams' } } },
    });
    expect(flagged(config, L)).toEqual([]);
    const de = new SovereigntyPolicy({ jurisdiction: Jurisdiction.countries(['FR']) });
    const findings = findingsOf(config, L, { policy: de });
    expect(findings.map((f) => f.address)).toEqual(['scaleway_object_bucket.moved']);
    expect(findings[0].message).toMatch(/nl-ams \(NL \(Netherlands\)\), determined from argument region/);
    expect(findings[0].attribute).toBe('region');
  });

  test('a provider alias decides for the resources that use it', () => {
    const config = tf({
      provider: { hcloud: [{ token: '${var.t}' }] },
      resource: {
        hcloud_server: {
          ok: { name: 'a', server_type: 'cx22', image: 'debian-12', location: 'fsn1' },
          us: { name: 'b', server_type: 'cx22', image: 'debian-12', location: 'ash' },
        },
      },
    });
    const findings = findingsOf(config, L);
    expect(findings.map((f) => f.address)).toEqual(['hcloud_server.us']);
    expect(findings[0].message).toMatch(/ash \(US \(United States\)\)/);
    expect(findings[0].references.map((r) => r.id)).toEqual(expect.arrayContaining(['Art. 44', 'P5.1.2']));
  });

  test('provider alias configuration locates resources without their own location', () => {
    const config = tf({
      provider: { aws: [{ region: 'eu-central-1' }, { alias: 'us', region: 'us-west-2' }] },
      resource: { aws_ebs_volume: { a: { availability_zone: undefined, size: 10 }, b: { size: 10, provider: 'aws.us' } } },
    });
    expect(flagged(config, L)).toEqual(['aws_ebs_volume.b']);
  });

  test('a variable default is used as the location', () => {
    const config = tf({
      variable: { region: { type: 'string', default: 'us-east-1' } },
      provider: { aws: { region: '${var.region}' } },
      resource: { aws_s3_bucket: { b: { bucket: 'x' } } },
    });
    const findings = findingsOf(config, L);
    expect(findings[0].message).toMatch(/region of provider aws/);
    expect(findings[0].message).toMatch(/us-east-1/);
  });
});

describe('S3-compatible storage through the aws provider', () => {
  test.each([
    ['https://s3.fr-par.scw.cloud', 'fr-par', 'scaleway'],
    ['https://fsn1.your-objectstorage.com', 'fsn1', 'hetzner'],
    ['https://s3.eu-central-3.ionoscloud.com', 'eu-central-3', 'ionos'],
    ['https://sos-de-fra-1.exo.io', 'de-fra-1', 'exoscale'],
    ['https://object.storage.eu01.onstackit.cloud', 'eu01', 'stackit'],
    ['https://s3.gra.io.cloud.ovh.net', 'gra', 'ovhcloud'],
    ['https://obs.eu-de.otc.t-systems.com', 'eu-de', 'otc'],
  ])('%s locates buckets in the EU', (endpoint, region) => {
    const config = tf({
      provider: { aws: s3Provider(endpoint, region) },
      resource: { aws_s3_bucket: { b: { bucket: 'data' } } },
    });
    expect(flagged(config, L)).toEqual([]);
    expect(flagged(config, U)).toEqual([]);
  });

  test('the endpoint decides even when the region argument says something else', () => {
    const config = tf({
      provider: { aws: s3Provider('https://sos-ch-gva-2.exo.io', 'de-fra-1') },
      resource: { aws_s3_bucket: { b: { bucket: 'data' } } },
    });
    const findings = findingsOf(config, L);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/ch-gva-2 \(CH \(Switzerland\)\), determined from endpoint sos-ch-gva-2.exo.io/);
  });

  test('a per-service endpoint takes the region from the provider block', () => {
    const config = tf({
      provider: { aws: s3Provider('https://abc123.upcloudobjects.com', 'us-1') },
      resource: { aws_s3_bucket: { b: { bucket: 'data' } } },
    });
    expect(findingsOf(config, L)[0].message).toMatch(/us-1 \(US \(United States\)\)/);
  });

  test('an endpoint no provider in the catalog owns is an unknown location', () => {
    const config = tf({
      provider: { aws: s3Provider('https://minio.example.com', 'eu-1') },
      resource: { aws_s3_bucket: { b: { bucket: 'data' } } },
    });
    expect(flagged(config, L)).toEqual([]);
    const unknown = findingsOf(config, U);
    expect(unknown.map((f) => f.address)).toEqual(['aws_s3_bucket.b']);
    expect(unknown[0].message).toMatch(/minio.example.com of provider aws belongs to no provider in the catalog/);
  });

  test('bucket configuration resources are located through their bucket', () => {
    const config = tf({
      provider: { aws: s3Provider('https://s3.fr-par.scw.cloud', 'fr-par') },
      resource: {
        aws_s3_bucket: { b: { bucket: 'data' } },
        aws_s3_bucket_versioning: { v: { bucket: '${aws_s3_bucket.b.id}', versioning_configuration: { status: 'Enabled' } } },
      },
    });
    expect(flagged(config, U)).toEqual([]);
  });
});

describe('unknown locations fail closed', () => {
  test('an expression that is not known before apply', () => {
    const config = tf({
      provider: { hcloud: {} },
      resource: {
        hcloud_volume: { v: { name: 'x', size: 10, location: '${data.hcloud_location.l.name}' } },
      },
    });
    const findings = findingsOf(config, U);
    expect(findings.map((f) => [f.address, f.level])).toEqual([['hcloud_volume.v', 'error']]);
    expect(findings[0].message).toMatch(/argument location is an expression whose value is not known before apply/);
  });

  test('a code the catalog does not know', () => {
    // A code the catalog does not know is the module's own error, even without a provider configuration.
    const config = tf({ resource: { hcloud_server: { s: { name: 'a', server_type: 'cx22', image: 'x', location: 'mars1' } } } });
    expect(findingsOf(config, U)[0].message).toMatch(/argument location "mars1" is not a location of Hetzner Cloud in the catalog/);
  });

  test('no location anywhere', () => {
    // Hetzner documents no default location and runs locations outside the EU.
    const config = tf({ provider: { hcloud: {} }, resource: { hcloud_volume: { v: { name: 'x', size: 10 } } } });
    const findings = findingsOf(config, U);
    expect(findings.map((f) => [f.address, f.level])).toEqual([['hcloud_volume.v', 'error']]);
    expect(findings[0].message).toMatch(/neither hcloud_volume.v nor its provider configuration hcloud sets a location/);
  });
});

describe('provider sources on a registry host other than the public registries', () => {
  // `required_providers` with a source on a private registry or mirror host.
  const withSource = (source: string, resource: Record<string, unknown>, provider: Record<string, unknown>) => ({
    terraform: { required_providers: { [Object.keys(provider)[0]]: { source } } },
    provider,
    resource,
  });
  const server = (zone: string) => ({ hostname: 'web', zone, plan: '1xCPU-1GB', template: [{ storage: 'Ubuntu Server 24.04 LTS (Noble Numbat)', size: 25, encrypt: true }] });

  test('types that one catalogued provider owns resolve the provider: its locations are known', () => {
    const config = withSource('registry.upcloud.com/upcloud/upcloud', {
      upcloud_server: { us: server('us-nyc1'), eu: server('fi-hel1') },
      upcloud_storage: { data: { title: 'data', size: 10, zone: 'de-fra1', encrypt: true } },
    }, { upcloud: {} });
    expect(flagged(config, U)).toEqual([]);
    const findings = findingsOf(config, L);
    expect(findings.map((f) => [f.address, f.level])).toEqual([['upcloud_server.us', 'error']]);
    expect(findings[0].message).toMatch(/us-nyc1 \(US \(United States\)\), determined from argument zone/);
  });

  test('a private mirror of a catalogued provider\'s namespace and type resolves to it', () => {
    const config = withSource('terraform.example.corp/hetznercloud/hcloud', {
      hcloud_volume: { v: { name: 'v', size: 10, location: 'ash' } },
    }, { hcloud: {} });
    expect(flagged(config, L)).toEqual(['hcloud_volume.v']);
  });

  test('types of several providers, or of none, leave it unknown, and the finding says why', () => {
    const mixed = withSource('registry.example.corp/acme/cloud', {
      hcloud_volume: { a: { provider: 'cloud', name: 'a', size: 10, location: 'fsn1' } },
      upcloud_storage: { b: { provider: 'cloud', title: 'b', size: 10, zone: 'fi-hel1', encrypt: true } },
    }, { cloud: {} });
    const several = findingsOf(mixed, U);
    expect(several.map((f) => [f.address, f.level])).toEqual([['hcloud_volume.a', 'error'], ['upcloud_storage.b', 'error']]);
    expect(several[0].message).toMatch(/provider cloud: the source registry\.example\.corp\/acme\/cloud is on registry\.example\.corp, not a public registry, and acme\/cloud is no catalogued provider's address; the resource types used with it \(`hcloud_volume` and `upcloud_storage`\) belong to several catalogued providers \(Hetzner Cloud, UpCloud\)/);

    const foreign = withSource('registry.upcloud.com/upcloud/upcloud', {
      upcloud_storage: { b: { title: 'b', size: 10, zone: 'fi-hel1', encrypt: true } },
      acme_volume: { c: { provider: 'upcloud', size: 10, zone: 'fi-hel1' } },
    }, { upcloud: {} });
    const none = findingsOf(foreign, U);
    // (acme_volume, a type the catalog does not know, holds data only if something locates it.)
    expect(none.map((f) => [f.address, f.level])).toEqual([['upcloud_storage.b', 'error']]);
    expect(none[0].message).toMatch(/`acme_volume` belongs to no catalogued provider/);
  });
});

describe('Kubernetes resources are located where their cluster is', () => {
  const namespace = { kubernetes_namespace_v1: { ns: { metadata: { name: 'app' } } } };

  test('through the provider configuration to a cluster in the same configuration', () => {
    const config = tf({
      provider: {
        kubernetes: {
          host: '${scaleway_k8s_cluster.c.kubeconfig[0].host}',
          token: '${scaleway_k8s_cluster.c.kubeconfig[0].token}',
        },
      },
      resource: {
        scaleway_k8s_cluster: { c: { name: 'c', version: '1.31', cni: 'cilium', region: 'pl-waw', delete_additional_resources: true } },
        ...namespace,
      },
    });
    expect(flagged(config, U)).toEqual([]);
    const de = new SovereigntyPolicy({ jurisdiction: Jurisdiction.countries(['DE']) });
    // Reported once, on the cluster whose region decides it, naming the namespace.
    const findings = findingsOf(config, L, { policy: de });
    expect(findings.map((f) => f.address)).toEqual(['scaleway_k8s_cluster.c']);
    expect(findings[0].message).toMatch(/determined from argument region: .*Also affects: kubernetes_namespace_v1.ns \(their location is decided here\)/);
  });

  test('through a kubeconfig data source that names the cluster (Open Telekom Cloud CCE)', () => {
    const kubeconfig = 'jsondecode(data.opentelekomcloud_cce_cluster_kubeconfig_v3.k.kubeconfig)';
    const config = tf({
      provider: {
        opentelekomcloud: { auth_url: 'https://iam.eu-de.otc.t-systems.com/v3', tenant_name: 'eu-de' },
        kubernetes: {
          host: `\${{ for key, val in ${kubeconfig}.clusters: val.name => val }["internalCluster"].cluster["server"]}`,
          client_key: `\${base64decode({ for key, val in ${kubeconfig}.users: val.name => val }["user"].user["client-key-data"])}`,
        },
      },
      data: { opentelekomcloud_cce_cluster_kubeconfig_v3: { k: { cluster_id: '${opentelekomcloud_cce_cluster_v3.c.id}' } } },
      resource: {
        opentelekomcloud_cce_cluster_v3: { c: { name: 'c', cluster_type: 'VirtualMachine', flavor_id: 'cce.s2.small', vpc_id: 'v', subnet_id: 's', container_network_type: 'overlay_l2' } },
        ...namespace,
      },
    });
    expect(flagged(config, U)).toEqual([]);
    const at = new SovereigntyPolicy({ jurisdiction: Jurisdiction.countries(['AT']) });
    const findings = findingsOf(config, L, { policy: at });
    expect(findings.map((f) => f.address)).toEqual(['opentelekomcloud_cce_cluster_v3.c']);
    expect(findings[0].message).toMatch(/DE \(Germany\).*Also affects: kubernetes_namespace_v1.ns/);
  });

  test('through the declared cluster location when the cluster is elsewhere', () => {
    const config = tf({ provider: { kubernetes: { config_path: '~/.kube/config' } }, resource: namespace });
    // The provider configuration is where the cluster is named: reported there, once.
    expect(flagged(config, U)).toEqual(['provider.kubernetes']);
    expect(flagged(config, U, { clusterLocation: 'DE' })).toEqual([]);
    expect(flagged(config, L, { clusterLocation: 'CH' })).toEqual(['provider.kubernetes']);
    const policy = new SovereigntyPolicy({ clusterLocation: 'AT' });
    expect(flagged(config, U, { policy })).toEqual([]);
  });

  test('RBAC objects and network policies carry no data and are not located', () => {
    const config = tf({
      resource: {
        kubernetes_role_v1: { r: { metadata: { name: 'r' } } },
        kubernetes_network_policy_v1: { p: { metadata: { name: 'p' }, spec: { pod_selector: {} } } },
      },
    });
    expect(flagged(config, U)).toEqual([]);
  });
});

describe('secondary locations', () => {
  test('a PostgreSQL v2 cluster backing up to another region (IONOS backup { location })', () => {
    const config = tf({ resource: { ionoscloud_pg_cluster_v2: { db: { name: 'db', version: '17', location: 'de/fra', backup: { location: 'us-central-1', retention_days: 7 } } } } });
    const findings = findingsOf(config, L);
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/^Its backup is located in us-central-1 \(US \(United States\)\)/)]);
  });

  test('the first parent with a known location wins over one whose location is unknown', () => {
    const config = tf({
      resource: {
        ionoscloud_k8s_cluster: { k: { name: 'k' } },
        ionoscloud_datacenter: { dc: { name: 'dc', location: 'us/las' } },
        ionoscloud_k8s_node_pool: { p: { k8s_cluster_id: '${ionoscloud_k8s_cluster.k.id}', datacenter_id: '${ionoscloud_datacenter.dc.id}', name: 'p', k8s_version: '1.31', availability_zone: 'AUTO', cpu_family: 'INTEL_SKYLAKE', storage_type: 'SSD', node_count: 1, cores_count: 2, ram_size: 2048, storage_size: 40 } },
      },
    });
    // The pool takes the data centre's known location (no unknown finding), reported on the data centre.
    expect(flagged(config, U)).not.toContain('ionoscloud_k8s_node_pool.p');
    const dc = findingsOf(config, L).find((f) => f.address === 'ionoscloud_datacenter.dc');
    expect(dc?.message).toMatch(/us\/las \(US \(United States\)\), determined from argument location: .*Also affects: ionoscloud_k8s_node_pool\.p/);
    expect(flagged(config, L)).toEqual(['ionoscloud_datacenter.dc']);
  });

  test('a database backup region outside the jurisdiction is flagged', () => {
    const config = tf({
      resource: {
        ovh_cloud_project_database: {
          db: { service_name: 'p', engine: 'postgresql', plan: 'business', flavor: 'db1-4', version: '16', nodes: [{ region: 'GRA' }], backup_regions: ['GRA', 'BHS'] },
        },
      },
    });
    const findings = findingsOf(config, L);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/^Its backup is located in BHS \(CA \(Canada\)\)/);
  });

  test('a replication destination follows the reference to the other bucket', () => {
    const config = tf({
      provider: { aws: [s3Provider('https://s3.fr-par.scw.cloud', 'fr-par'), { alias: 'us', region: 'us-east-1' }] },
      resource: {
        aws_s3_bucket: { src: { bucket: 'a' }, dst: { bucket: 'b', provider: 'aws.us' } },
        aws_s3_bucket_replication_configuration: {
          r: { bucket: '${aws_s3_bucket.src.id}', role: 'x', rule: [{ status: 'Enabled', destination: [{ bucket: '${aws_s3_bucket.dst.arn}' }] }] },
        },
      },
    });
    const findings = findingsOf(config, L);
    expect(findings.map((f) => f.address).sort()).toEqual(['aws_s3_bucket.dst', 'aws_s3_bucket_replication_configuration.r']);
    expect(findings.find((f) => f.address.endsWith('.r'))!.message).toMatch(/Its replica is located in us-east-1/);
  });

  test('a GCS multi-region location spans every country it may use', () => {
    const config = tf({ resource: { google_storage_bucket: { b: { name: 'x', location: 'EUR8' } } } });
    const findings = findingsOf(config, L);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/CH \(Switzerland\)/);
  });
});
