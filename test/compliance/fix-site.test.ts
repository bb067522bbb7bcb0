import { Catalog } from '../../lib';
import { ResourceCategory } from '../../lib/catalog/types';
import { RuleId } from '../../lib/compliance/rules/ids';
import { findingsOf, flagged, s3Provider, tf } from './helpers';

const L = RuleId.LOCATION;
const U = RuleId.LOCATION_UNKNOWN;

/*
 * Class 1 of issue 16: a location finding belongs on the resource whose argument decides it,
 * once, naming the resources it affects; relationships and configuration resources holding no
 * data get no location finding of their own.
 */

const server = (location: string) => ({ name: 'reporting', server_type: 'cx22', image: 'debian-12', location });

function hetznerServerWithDependants(location: string) {
  return tf({
    provider: { hcloud: {} },
    resource: {
      hcloud_server: { reporting: server(location) },
      hcloud_network: { n: { name: 'n', ip_range: '10.0.0.0/16' } },
      hcloud_server_network: { reporting: { server_id: '${hcloud_server.reporting.id}', network_id: '${hcloud_network.n.id}' } },
      hcloud_floating_ip: { reporting: { type: 'ipv4', server_id: '${hcloud_server.reporting.id}' } },
      hcloud_floating_ip_assignment: { reporting: { floating_ip_id: '${hcloud_floating_ip.reporting.id}', server_id: '${hcloud_server.reporting.id}' } },
      hcloud_rdns: { reporting: { server_id: '${hcloud_server.reporting.id}', ip_address: '${hcloud_server.reporting.ipv4_address}', dns_ptr: 'r.example.org' } },
      hcloud_volume: { data: { name: 'data', size: 10, location } },
      hcloud_volume_attachment: { data: { volume_id: '${hcloud_volume.data.id}', server_id: '${hcloud_server.reporting.id}' } },
    },
  });
}

describe('Hetzner: a server outside the jurisdiction is reported on the server, naming its dependants', () => {
  test('non-compliant: one finding on the server and one on the volume (its own location argument), none on attachments', () => {
    const findings = findingsOf(hetznerServerWithDependants('ash'), L);
    expect(findings.map((f) => [f.address, f.level, f.attribute])).toEqual([
      ['hcloud_server.reporting', 'error', 'location'],
      ['hcloud_volume.data', 'error', 'location'],
    ]);
    const onServer = findings[0].message;
    expect(onServer).toMatch(/^It is located in ash \(US \(United States\)\), determined from argument location: /);
    expect(onServer).toContain('Also affects: hcloud_floating_ip.reporting, hcloud_floating_ip_assignment.reporting, hcloud_rdns.reporting, hcloud_server_network.reporting, hcloud_volume_attachment.data (their location is decided here).');
    expect(findings[1].message).not.toContain('Also affects');
  });

  test('compliant: in Falkenstein nothing is reported, and the dependants have no unknown location', () => {
    const config = hetznerServerWithDependants('fsn1');
    expect(flagged(config, L)).toEqual([]);
    expect(flagged(config, U)).toEqual([]);
  });
});

describe('IONOS: the children of a data centre are located by it and reported on it', () => {
  const dc = '${ionoscloud_datacenter.shop.id}';
  const config = (location: string) => tf({
    provider: { ionoscloud: {} },
    resource: {
      ionoscloud_datacenter: { shop: { name: 'shop', location } },
      ionoscloud_lan: { pub: { datacenter_id: dc, public: true } },
      ionoscloud_server: { web: { datacenter_id: dc, name: 'web', cores: 1, ram: 1024, availability_zone: 'AUTO', nic: { lan: '${ionoscloud_lan.pub.id}', firewall_active: true } } },
      ionoscloud_ipfailover: { web: { datacenter_id: dc, lan_id: '${ionoscloud_lan.pub.id}', ip: '203.0.113.7', nicuuid: '${ionoscloud_server.web.primary_nic}' } },
    },
  });

  test('non-compliant: us/las is one finding on the data centre naming the server, LAN and failover group', () => {
    const findings = findingsOf(config('us/las'), L);
    expect(findings.map((f) => [f.address, f.level, f.attribute])).toEqual([['ionoscloud_datacenter.shop', 'error', 'location']]);
    expect(findings[0].message).toMatch(/^It is located in us\/las \(US \(United States\)\), determined from argument location: /);
    for (const child of ['ionoscloud_lan.pub', 'ionoscloud_server.web', 'ionoscloud_ipfailover.web']) expect(findings[0].message).toContain(child);
  });

  test('compliant: de/fra, nothing reported', () => {
    expect(flagged(config('de/fra'), L)).toEqual([]);
    expect(flagged(config('de/fra'), U)).toEqual([]);
  });
});

describe('UpCloud: firewall rules, server groups and floating IPs of a server carry no location finding', () => {
  const config = (zone: string) => tf({
    provider: { upcloud: {} },
    resource: {
      upcloud_server: { analytics: { hostname: 'a', zone, plan: '1xCPU-1GB', template: { storage: 'Ubuntu Server 24.04 LTS (Noble Numbat)' }, network_interface: [{ type: 'public' }] } },
      upcloud_firewall_rules: { analytics: { server_id: '${upcloud_server.analytics.id}', firewall_rule: [{ action: 'drop', direction: 'in', family: 'IPv4' }] } },
      upcloud_server_group: { analytics: { title: 'g', members: ['${upcloud_server.analytics.id}'] } },
    },
  });

  test('non-compliant: us-chi1 is reported on the server only', () => {
    expect(flagged(config('us-chi1'), L)).toEqual(['upcloud_server.analytics']);
  });

  test('compliant: de-fra1', () => {
    expect(flagged(config('de-fra1'), L)).toEqual([]);
  });
});

describe('aws on an S3-compatible endpoint: bucket configuration resources hold no data', () => {
  const config = (endpoint: string, region: string) => tf({
    provider: { aws: s3Provider(endpoint, region) },
    resource: {
      aws_s3_bucket: { ledger: { bucket: 'ledger' } },
      aws_s3_bucket_cors_configuration: { ledger: { bucket: '${aws_s3_bucket.ledger.id}', cors_rule: [{ allowed_methods: ['GET'], allowed_origins: ['https://example.org'] }] } },
      aws_s3_bucket_lifecycle_configuration: { ledger: { bucket: '${aws_s3_bucket.ledger.id}', rule: [{ id: 'r', status: 'Enabled' }] } },
    },
  });

  test('non-compliant: an OVHcloud bucket in Canada (BHS) is one finding, on the bucket', () => {
    expect(flagged(config('https://s3.bhs.io.cloud.ovh.net', 'bhs'), L)).toEqual(['aws_s3_bucket.ledger']);
  });

  test('compliant: the same in Gravelines (GRA)', () => {
    expect(flagged(config('https://s3.gra.io.cloud.ovh.net', 'gra'), L)).toEqual([]);
  });
});

describe('one notion of "holds data", from the catalog', () => {
  test('relationship and configuration types hold no data, by their catalog record or their name', () => {
    expect(Catalog.holdsData('hcloud_volume_attachment')).toBe(false);
    expect(Catalog.holdsData('hcloud_floating_ip_assignment')).toBe(false);
    expect(Catalog.holdsData('ionoscloud_ipfailover')).toBe(false);
    expect(Catalog.holdsData('aws_s3_bucket_cors_configuration')).toBe(false);
    expect(Catalog.holdsData('scaleway_object_bucket_acl')).toBe(false);
    expect(Catalog.categoryOf('hcloud_rdns')).toBe(ResourceCategory.RELATIONSHIP);
  });

  test('data-holding types hold data; types the catalog cannot classify are undecided', () => {
    expect(Catalog.holdsData('hcloud_server')).toBe(true);
    expect(Catalog.holdsData('scaleway_object_bucket')).toBe(true);
    expect(Catalog.holdsData('ionoscloud_datacenter_unknown_thing')).toBeUndefined();
  });
});

describe('a location argument that copies another resource\'s (`zone = <cluster>.zone`) is fixed at that resource', () => {
  function exoscale(zone: string, instanceZone: string) {
    return tf({
      provider: { exoscale: {} },
      resource: {
        exoscale_sks_cluster: { c: { zone, name: 'c' } },
        exoscale_sks_nodepool: { p: { cluster_id: '${exoscale_sks_cluster.c.id}', zone: '${exoscale_sks_cluster.c.zone}', name: 'p', instance_type: 'standard.medium', size: 3 } },
        exoscale_compute_instance: { i: { zone: instanceZone, name: 'i', template_id: 't', type: 'standard.medium' } },
      },
    });
  }

  test('non-compliant: one finding on the cluster, naming the node pool and the instance that copy its zone', () => {
    const findings = findingsOf(exoscale('ch-gva-2', '${exoscale_sks_cluster.c.zone}'), L);
    expect(findings.map((f) => [f.address, f.level, f.attribute])).toEqual([['exoscale_sks_cluster.c', 'error', 'zone']]);
    expect(findings[0].message).toContain('Also affects: exoscale_compute_instance.i, exoscale_sks_nodepool.p (their location is decided here).');
  });

  test('an unknown zone is reported once, on the cluster', () => {
    const config = exoscale('xx-nowhere-1', '${exoscale_sks_cluster.c.zone}');
    expect(flagged(config, U)).toEqual(['exoscale_sks_cluster.c']);
    expect(flagged(config, L)).toEqual([]);
  });

  test('an instance with a literal zone of its own is its own fix site', () => {
    const findings = findingsOf(exoscale('ch-gva-2', 'ch-dk-2'), L);
    expect(findings.map((f) => f.address)).toEqual(['exoscale_compute_instance.i', 'exoscale_sks_cluster.c']);
    expect(findings[0].message).not.toContain('Also affects');
    expect(findings[1].message).toContain('Also affects: exoscale_sks_nodepool.p (their location is decided here).');
  });

  test('a copy of another argument (not the location argument) is no copy of the location', () => {
    // `zone = <cluster>.name` is whatever the name is: not where the cluster is.
    const config = exoscale('de-fra-1', '${exoscale_sks_cluster.c.name}');
    expect(flagged(config, U)).toEqual(['exoscale_compute_instance.i']);
  });

  test('compliant: the cluster in Frankfurt, everything copying its zone has no finding', () => {
    const config = exoscale('de-fra-1', '${exoscale_sks_cluster.c.zone}');
    expect(flagged(config, L)).toEqual([]);
    expect(flagged(config, U)).toEqual([]);
  });
});

describe('a child whose location argument is written as its parent\'s (`zone = local.zone` on both) is fixed at the parent', () => {
  function exoscale(clusterZone: string, poolZone: string) {
    return tf({
      provider: { exoscale: {} },
      locals: { zone: 'ch-gva-2' },
      variable: { zone: { default: 'ch-gva-2' } },
      resource: {
        exoscale_sks_cluster: { c: { zone: clusterZone, name: 'c' } },
        exoscale_sks_nodepool: { p: { cluster_id: '${exoscale_sks_cluster.c.id}', zone: poolZone, name: 'p', instance_type: 'standard.medium', size: 3 } },
      },
    } as Parameters<typeof tf>[0]);
  }

  test.each([['${local.zone}'], ['${var.zone}']])('non-compliant: %s on both is one finding, on the cluster, naming the pool', (zone) => {
    const findings = findingsOf(exoscale(zone, zone), L);
    expect(findings.map((f) => [f.address, f.attribute])).toEqual([['exoscale_sks_cluster.c', 'zone']]);
    expect(findings[0].message).toContain('Also affects: exoscale_sks_nodepool.p (their location is decided here).');
  });

  test('the same literal written twice is two arguments to change: two findings', () => {
    expect(flagged(exoscale('ch-gva-2', 'ch-gva-2'), L)).toEqual(['exoscale_sks_cluster.c', 'exoscale_sks_nodepool.p']);
  });

  test('different expressions that happen to agree are judged each on its own', () => {
    expect(flagged(exoscale('${local.zone}', '${var.zone}'), L)).toEqual(['exoscale_sks_cluster.c', 'exoscale_sks_nodepool.p']);
  });
});
