/* EuDatabase on UpCloud, field by field. */
import { Retention } from '../../lib/core/retention';
import { DatabaseEngine } from '../../lib/database/options';
import { BUILD, check, expectError, only, open, outputs, stackOf, synth } from './helpers';

describe('EuDatabase on UpCloud: defaults', () => {
  const stack = stackOf();
  const database = BUILD.upcloud(stack);
  const json = synth(stack);
  const db = only(json, 'upcloud_managed_database_postgresql');

  test('location: the zone', () => {
    expect(db.zone).toBe('de-fra1');
    expect(database.countries).toEqual(['DE']);
  });

  test('no public endpoint: a private network, public access off, only the network\'s block allowed', () => {
    expect(db.network).toEqual([{ family: 'IPv4', name: 'private', type: 'private', uuid: '03aa7245-2ff9-49c8-9f0e-7ca0270d71a4' }]);
    const [properties] = db.properties;
    expect([properties.public_access, properties.automatic_utility_network_ip_filter, properties.ip_filter]).toEqual([false, false, ['10.20.0.0/24']]);
  });

  test('generated password, exported only as a sensitive output; labels carry the classification', () => {
    const [name] = Object.keys(json.resource.random_password);
    expect(db.properties[0]).toEqual(expect.objectContaining({ admin_username: 'dbadmin', admin_password: `\${random_password.${name}.result}`, version: '17' }));
    expect(outputs(json).AdminPasswordOutput.sensitive).toBe(true);
    expect(db.labels).toEqual({ 'data-classification': 'personal', 'jurisdiction': 'EU' });
  });

  test('deletion protection; the one-node plan keeps backups one day; no open finding', () => {
    expect(db.termination_protection).toBe(true);
    expect(db.lifecycle).toEqual({ prevent_destroy: true });
    expect(database.backupRetentionDays).toBe(1);
    expect(outputs(json).ConnectionStringOutput.value).toBe('postgresql://dbadmin@${upcloud_managed_database_postgresql.Db_5D02A0A9.service_host}:${upcloud_managed_database_postgresql.Db_5D02A0A9.service_port}/defaultdb?sslmode=verify-full');
    expect(open(check(stack, json))).toEqual([]);
  });
});

describe('EuDatabase on UpCloud: retention, MySQL and errors', () => {
  test('a three-node plan keeps backups 14 days: above a 7-day bound it throws', () => {
    const e = expectError(() => BUILD.upcloud(stackOf({ personalDataMaxRetention: Retention.days(7) }), { instanceType: '3x2xCPU-4GB-100GB' }), 'RETENTION_ABOVE_POLICY');
    expect(e.message).toContain('14 days (plan 3x2xCPU-4GB-100GB)');
    expect(BUILD.upcloud(stackOf({ personalDataMaxRetention: Retention.days(7) }), { instanceType: '2x2xCPU-4GB-100GB' }).backupRetentionDays).toBe(7);
  });

  test('MySQL 8.4 is its own resource type', () => {
    const stack = stackOf();
    BUILD.upcloud(stack, { engine: DatabaseEngine.MYSQL, version: '8.4' });
    const db = only(synth(stack), 'upcloud_managed_database_mysql');
    expect(db.properties[0].version).toBe('8.4');
  });

  test('a zone outside the EU, a version UpCloud does not offer, an allow list and a missing network throw', () => {
    expectError(() => BUILD.upcloud(stackOf(), { location: 'us-nyc1' }), 'REGION_OUTSIDE_JURISDICTION');
    expectError(() => BUILD.upcloud(stackOf(), { location: 'uk-lon1' }), 'REGION_OUTSIDE_JURISDICTION');
    expectError(() => BUILD.upcloud(stackOf(), { version: '14' }), 'VERSION_NOT_OFFERED');
    expectError(() => BUILD.upcloud(stackOf(), { allowedCidrs: ['203.0.113.0/28'] }), 'ALLOW_LIST_ON_PRIVATE_DATABASE');
    expectError(() => BUILD.upcloud(stackOf(), { networkId: undefined, networkOptions: undefined }), 'NETWORK_REQUIRED');
    expectError(() => BUILD.upcloud(stackOf(), { networkOptions: undefined }), 'MISSING_NETWORK_ID');
  });
});
