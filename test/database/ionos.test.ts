/* EuDatabase on IONOS (DBaaS PostgreSQL), field by field. */
import { Jurisdiction } from '../../lib/core/jurisdiction';
import { Retention } from '../../lib/core/retention';
import { DatabaseEngine } from '../../lib/database/options';
import { EuDatabase } from '../../lib/database/eu-database';
import { BUILD, check, expectError, only, open, outputs, stackOf, synth } from './helpers';

describe('EuDatabase on IONOS: defaults', () => {
  const stack = stackOf();
  BUILD.ionos(stack);
  const json = synth(stack);
  const db = only(json, 'ionoscloud_pg_cluster');

  test('location and backup location: de/fra, backups in the Frankfurt object storage ("de"), set explicitly', () => {
    expect(db.location).toBe('de/fra');
    expect(db.backup_location).toBe('de');
  });

  test('no public endpoint: connected to the private LAN only, at host 200 of its block', () => {
    expect(db.connections).toEqual([{
      datacenter_id: '${ionoscloud_datacenter.Net_Datacenter_DEFEB806.id}',
      lan_id: '${ionoscloud_lan.Net_DBED6B57.id}',
      cidr: '${format("%s/%s", cidrhost(ionoscloud_lan.Net_DBED6B57.ipv4_cidr_block, 200), element(split("/", ionoscloud_lan.Net_DBED6B57.ipv4_cidr_block), 1))}',
    }]);
  });

  test('encrypted at rest: SSD storage, for which IONOS documents encryption at rest', () => {
    expect(db.storage_type).toBe('SSD Premium');
  });

  test('TLS: Let\'s Encrypt certificates, so the connection string verifies against the system roots', () => {
    expect(outputs(json).ConnectionStringOutput.value).toBe('postgresql://dbadmin@${ionoscloud_pg_cluster.Db_5D02A0A9.dns_name}:5432/postgres?sslmode=verify-full&sslrootcert=system');
  });

  test('the password is generated and exported only as a sensitive output', () => {
    const [name] = Object.keys(json.resource.random_password);
    expect(db.credentials).toEqual([{ username: 'dbadmin', password: `\${random_password.${name}.result}` }]);
    expect(outputs(json).AdminPasswordOutput.sensitive).toBe(true);
  });

  test('deletion protection and sizes; no open finding', () => {
    expect(db.lifecycle).toEqual({ prevent_destroy: true });
    expect([db.cores, db.ram, db.storage_size, db.instances, db.postgres_version]).toEqual([2, 4096, 20480, 1, '16']);
    expect(open(check(stack, json))).toEqual([]);
  });
});

describe('EuDatabase on IONOS: backups and errors', () => {
  test('Berlin backs up to eu-central-2; a chosen location inside the policy is used', () => {
    const berlin = stackOf();
    BUILD.ionos(berlin, { location: 'de/txl', network: undefined, networkId: 'lan-1', networkOptions: { datacenterId: 'dc-1', privateAddress: '10.7.222.200/24' } });
    const json = synth(berlin);
    expect(only(json, 'ionoscloud_pg_cluster').backup_location).toBe('eu-central-2');
    expect(only(json, 'ionoscloud_pg_cluster').connections).toEqual([{ datacenter_id: 'dc-1', lan_id: 'lan-1', cidr: '10.7.222.200/24' }]);
    const chosen = stackOf();
    BUILD.ionos(chosen, { backupLocation: 'eu-central-2' });
    expect(only(synth(chosen), 'ionoscloud_pg_cluster').backup_location).toBe('eu-central-2');
  });

  test('a backup location outside the policy, or none in the country, throws', () => {
    const e = expectError(() => BUILD.ionos(stackOf({ jurisdiction: Jurisdiction.countries(['DE']) }), { backupLocation: 'eu-south-2' }), 'BACKUP_OUTSIDE_JURISDICTION');
    expect(e.message).toContain('de, eu-central-2');
    const stack = stackOf();
    expectError(() => new EuDatabase(stack, 'Paris', { provider: 'ionos', location: 'fr/par', version: '16', networkId: 'lan', networkOptions: { datacenterId: 'dc', privateAddress: '10.0.0.5/24' } }), 'BACKUP_LOCATION_REQUIRED');
    expectError(() => BUILD.ionos(stackOf(), { backupLocation: 'us-central-1' }), 'UNKNOWN_BACKUP_LOCATION');
  });

  test('a non-EU location, MySQL, a retention other than seven days and a policy bound under seven days throw', () => {
    const stack = stackOf();
    expectError(() => new EuDatabase(stack, 'London', { provider: 'ionos', location: 'gb/lhr', version: '16', networkId: 'lan' }), 'REGION_OUTSIDE_JURISDICTION');
    expectError(() => BUILD.ionos(stackOf(), { engine: DatabaseEngine.MYSQL }), 'ENGINE_NOT_OFFERED');
    expectError(() => BUILD.ionos(stackOf(), { backupRetention: Retention.days(14) }), 'RETENTION_NOT_CONFIGURABLE');
    expectError(() => BUILD.ionos(stackOf({ personalDataMaxRetention: Retention.days(5) })), 'RETENTION_ABOVE_POLICY');
    expectError(() => BUILD.ionos(stackOf(), { encryptedAtRest: false }), 'ENCRYPTION_CANNOT_BE_DISABLED');
    expectError(() => BUILD.ionos(stackOf(), { storageGb: 21 }), 'INVALID_SIZE');
  });
});
