/* EuDatabase on Exoscale (DBaaS), field by field. */
import { Jurisdiction } from '../../lib/core/jurisdiction';
import { Retention } from '../../lib/core/retention';
import { DatabaseEngine } from '../../lib/database/options';
import { BUILD, check, expectError, only, open, outputs, stackOf, synth } from './helpers';

describe('EuDatabase on Exoscale: defaults', () => {
  const stack = stackOf();
  BUILD.exoscale(stack);
  const json = synth(stack);
  const db = only(json, 'exoscale_dbaas');

  test('location: the zone; the host comes from the database_uri data source of the same zone', () => {
    expect(db.zone).toBe('de-fra-1');
    const uri = Object.values(json.data.exoscale_database_uri as Record<string, { zone: string; type: string; depends_on: string[] }>)[0];
    expect([uri.zone, uri.type, uri.depends_on]).toEqual(['de-fra-1', 'pg', ['exoscale_dbaas.Db_5D02A0A9']]);
  });

  test('public endpoint only: the allow list is ip_filter, the engine block carries version and admin', () => {
    const [name] = Object.keys(json.resource.random_password);
    expect(db.pg).toEqual({ version: '16', admin_username: 'dbadmin', admin_password: `\${random_password.${name}.result}`, ip_filter: ['203.0.113.0/28'] });
    expect(db.type).toBe('pg');
  });

  test('deletion protection: termination_protection and prevent_destroy', () => {
    expect(db.termination_protection).toBe(true);
    expect(db.lifecycle).toEqual({ prevent_destroy: true });
  });

  test('TLS: the connection string verifies the server; the CA certificate output is sensitive like its source', () => {
    expect(outputs(json).ConnectionStringOutput.value).toMatch(/^postgresql:\/\/dbadmin@\$\{data\.exoscale_database_uri\.Db_Uri_[0-9A-F]{8}\.host\}:.*\?sslmode=verify-full$/);
    expect(outputs(json).CaCertificateOutput).toEqual(expect.objectContaining({ sensitive: true, value: '${exoscale_dbaas.Db_5D02A0A9.ca_certificate}' }));
    expect(outputs(json).AdminPasswordOutput.sensitive).toBe(true);
  });

  test('no open finding on the database: the one finding is on the provider, which is not EU-controlled', () => {
    expect(open(check(stack, json))).toEqual([expect.stringMatching(/^SOV-PROVIDER-CONTROL provider\.exoscale: Exoscale is not EU-controlled/)]);
  });
});

describe('EuDatabase on Exoscale: errors', () => {
  test('0.0.0.0/0, no allow list or a network throw', () => {
    expectError(() => BUILD.exoscale(stackOf(), { allowedCidrs: ['0.0.0.0/0'] }), 'ALLOW_LIST_OPEN_TO_INTERNET');
    expectError(() => BUILD.exoscale(stackOf(), { allowedCidrs: [] }), 'ALLOW_LIST_REQUIRED');
    expectError(() => BUILD.exoscale(stackOf(), { networkId: 'pn' }), 'NO_PRIVATE_ATTACHMENT');
  });

  test('Swiss zones under an EU-only policy; a retention; encryption or TLS off throw', () => {
    expectError(() => BUILD.exoscale(stackOf(), { location: 'ch-gva-2' }), 'REGION_OUTSIDE_JURISDICTION');
    expectError(() => BUILD.exoscale(stackOf(), { backupRetention: Retention.days(3) }), 'RETENTION_NOT_CONFIGURABLE');
    expectError(() => BUILD.exoscale(stackOf(), { encryptedAtRest: false }), 'ENCRYPTION_CANNOT_BE_DISABLED');
    expectError(() => BUILD.exoscale(stackOf(), { requireTls: false }), 'TLS_HAS_NO_SWITCH');
  });

  test('MySQL; a Swiss zone when the policy allows Switzerland', () => {
    const stack = stackOf({ jurisdiction: Jurisdiction.countries(['CH']) });
    BUILD.exoscale(stack, { location: 'ch-gva-2', engine: DatabaseEngine.MYSQL, version: '8' });
    const db = only(synth(stack), 'exoscale_dbaas');
    expect([db.zone, db.type, db.mysql.version, db.pg]).toEqual(['ch-gva-2', 'mysql', '8', undefined]);
  });
});
