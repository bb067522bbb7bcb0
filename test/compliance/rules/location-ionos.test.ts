import { RuleId } from '../../../lib/compliance/rules/ids';
import { encryptionAtRestRule } from '../../../lib/compliance/rules/encryption-at-rest';
import { findingsOf, flagged, tf } from '../helpers';

const L = RuleId.LOCATION;
const U = RuleId.LOCATION_UNKNOWN;

/** Resources inside one data centre, each with an `availability_zone` (a zone of the data centre, not a location). */
function zonedResources(location: string): Record<string, unknown> {
  const dc = '${ionoscloud_datacenter.dc.id}';
  const nic = [{ lan: 1, dhcp: true }];
  return tf({
    resource: {
      ionoscloud_datacenter: { dc: { name: 'dc', location } },
      ionoscloud_k8s_cluster: { k: { name: 'k', k8s_version: '1.31.2', api_subnet_allow_list: ['192.0.2.0/24'] } },
      ionoscloud_k8s_node_pool: {
        // datacenter_id before k8s_cluster_id, as HCL files give them (hcl2json sorts keys): the resolver takes the
        // first parent, and a public cluster has no location of its own.
        pool: {
          datacenter_id: dc, k8s_cluster_id: '${ionoscloud_k8s_cluster.k.id}', name: 'pool', k8s_version: '1.31.2', availability_zone: 'AUTO',
          storage_type: 'SSD', node_count: 1, cores_count: 2, ram_size: 2048, storage_size: 40,
        },
      },
      ionoscloud_volume: { v: { datacenter_id: dc, name: 'v', availability_zone: 'ZONE_1', size: 50, disk_type: 'SSD Standard' } },
      ionoscloud_server: { s: { datacenter_id: dc, name: 's', cores: 1, ram: 1024, availability_zone: 'ZONE_1', nic } },
      ionoscloud_vcpu_server: { s: { datacenter_id: dc, name: 's', cores: 1, ram: 1024, availability_zone: 'ZONE_2', nic } },
      ionoscloud_cube_server: { s: { datacenter_id: dc, name: 's', template_uuid: 't', availability_zone: 'ZONE_2', nic } },
      ionoscloud_gpu_server: { s: { datacenter_id: dc, name: 's', template_uuid: 't', availability_zone: 'AUTO', nic } },
    },
  });
}

const ZONED = [
  'ionoscloud_cube_server.s',
  'ionoscloud_gpu_server.s',
  'ionoscloud_k8s_node_pool.pool',
  'ionoscloud_server.s',
  'ionoscloud_vcpu_server.s',
  'ionoscloud_volume.v',
];

describe('IONOS: located through the data centre, not availability_zone', () => {
  test('AUTO / ZONE_1 / ZONE_2 are not reported as unknown locations', () => {
    const config = zonedResources('de/fra');
    expect(flagged(config, U).filter((a) => ZONED.includes(a))).toEqual([]);
    expect(flagged(config, L)).toEqual([]);
  });

  test('a data centre in the United States still puts them outside the jurisdiction', () => {
    // Reported once, on the data centre whose location argument decides it, naming what it places.
    const findings = findingsOf(zonedResources('us/las'), L);
    expect(findings.filter((f) => ZONED.includes(f.address))).toEqual([]);
    const dc = findings.find((f) => f.address === 'ionoscloud_datacenter.dc');
    expect(dc?.message).toMatch(/us\/las \(US \(United States\)\), determined from argument location/);
    for (const address of ZONED) expect(dc?.message).toContain(address);
  });
});

describe('IONOS DBaaS type names', () => {
  // https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/utils/constant/constants.go
  test('ionoscloud_pg_cluster and ionoscloud_mongo_cluster are databases that must be located', () => {
    const config = tf({
      provider: { ionoscloud: {} },
      variable: { db_location: { type: 'string' } },
      resource: {
        ionoscloud_pg_cluster: {
          us: { display_name: 'us', location: 'us/las', backup_location: 'de' },
          eu: { display_name: 'eu', location: 'de/txl', backup_location: 'de' },
        },
        ionoscloud_mongo_cluster: { open: { display_name: 'm', location: '${var.db_location}' } },
        ionoscloud_mariadb_cluster: { eu: { display_name: 'm', location: 'de/txl' } },
        ionoscloud_inmemorydb_replicaset: { us: { display_name: 'r', location: 'us/ewr' } },
      },
    });
    expect(flagged(config, L)).toEqual(['ionoscloud_inmemorydb_replicaset.us', 'ionoscloud_pg_cluster.us']);
    const unknown = findingsOf(config, U);
    expect(unknown.map((f) => f.address)).toEqual(['ionoscloud_mongo_cluster.open']);
    expect(unknown[0].message).toMatch(/argument location is an expression whose value is not known before apply/);
  });

  test('the encryption-at-rest table knows the same names', () => {
    const types = encryptionAtRestRule.metadata.resourceTypes;
    expect(types).toEqual(expect.arrayContaining(['ionoscloud_pg_cluster', 'ionoscloud_mongo_cluster', 'ionoscloud_mariadb_cluster', 'ionoscloud_inmemorydb_replicaset']));
    expect(types.filter((t) => t.startsWith('ionoscloud_dbaas_'))).toEqual([]);
  });
});
