/* EuDatabase on Scaleway, field by field. */
import { Retention } from '../../lib/core/retention';
import { DatabaseEngine } from '../../lib/database/options';
import { BUILD, check, expectError, only, open, outputs, stackOf, synth } from './helpers';

describe('EuDatabase on Scaleway: defaults', () => {
  const stack = stackOf();
  const db = BUILD.scaleway(stack);
  const json = synth(stack);
  const rdb = only(json, 'scaleway_rdb_instance');

  test('location: the region, checked against the catalog; backups in the same region', () => {
    expect(rdb.region).toBe('fr-par');
    expect(db.location).toBe('fr-par');
    expect(db.countries).toEqual(['FR']);
    // Scaleway stores backups in another region by default (API docs); backup_same_region keeps them in fr-par.
    expect(rdb.backup_same_region).toBe(true);
  });

  test('no public endpoint: a Private Network endpoint with IPAM and no load_balancer block', () => {
    expect(rdb.private_network).toEqual([{ pn_id: '${scaleway_vpc_private_network.Net_DBED6B57.id}', enable_ipam: true }]);
    expect(rdb.load_balancer).toBeUndefined();
    expect(json.resource.scaleway_rdb_acl).toBeUndefined();
  });

  test('encrypted at rest with the provider switch', () => {
    expect(rdb.encryption_at_rest).toBe(true);
    expect(db.encryptedAtRest).toBe(true);
  });

  test('TLS: the connection string verifies certificate and host name; the CA certificate is an output', () => {
    expect(outputs(json).ConnectionStringOutput.value).toBe('postgresql://dbadmin@${scaleway_rdb_instance.Db_5D02A0A9.private_network[0].hostname}:${scaleway_rdb_instance.Db_5D02A0A9.private_network[0].port}/rdb?sslmode=verify-full');
    expect(outputs(json).CaCertificateOutput.value).toBe('${scaleway_rdb_instance.Db_5D02A0A9.certificate}');
  });

  test('the password is generated and leaves only as a sensitive output', () => {
    const [name] = Object.keys(json.resource.random_password);
    expect(rdb.password).toBe(`\${random_password.${name}.result}`);
    expect(only(json, 'random_password')).toEqual(expect.objectContaining({ length: 32, special: true, override_special: '-_=+', min_upper: 1, min_lower: 1, min_numeric: 1, min_special: 1 }));
    expect(outputs(json).AdminPasswordOutput).toEqual(expect.objectContaining({ sensitive: true, value: `\${random_password.${name}.result}` }));
    expect(outputs(json).ConnectionStringOutput.value).not.toContain('random_password');
    expect(json.provider.random).toEqual([{}]);
  });

  test('deletion protection: prevent_destroy (Scaleway has no argument)', () => {
    expect(rdb.lifecycle).toEqual({ prevent_destroy: true });
  });

  test('backups on, kept 7 days; tags carry classification and jurisdiction', () => {
    expect(rdb.disable_backup).toBe(false);
    expect(rdb.backup_schedule_retention).toBe(7);
    expect(rdb.tags).toEqual(['data-classification=personal', 'jurisdiction=EU']);
    expect(rdb.engine).toBe('PostgreSQL-16');
    expect(rdb.volume_type).toBe('lssd');
  });

  test('no open finding under GDPR, Gaia-X level 2 and BSI C5', () => {
    expect(open(check(stack, json))).toEqual([]);
  });
});

describe('EuDatabase on Scaleway: choices and opt-outs', () => {
  test('MySQL 8 on Block Storage with a retention capped by the policy', () => {
    const stack = stackOf({ personalDataMaxRetention: Retention.days(3) });
    BUILD.scaleway(stack, { engine: DatabaseEngine.MYSQL, version: '8', storageGb: 50 });
    const rdb = only(synth(stack), 'scaleway_rdb_instance');
    expect([rdb.engine, rdb.volume_type, rdb.volume_size_in_gb, rdb.backup_schedule_retention]).toEqual(['MySQL-8', 'sbs_5k', 50, 3]);
  });

  test('encryptedAtRest: false still produces SOV-ENCRYPTION-AT-REST; with a reason it is suppressed', () => {
    const off = stackOf();
    BUILD.scaleway(off, { encryptedAtRest: false });
    const json = synth(off);
    expect(only(json, 'scaleway_rdb_instance').encryption_at_rest).toBe(false);
    expect(open(check(off, json))).toEqual([expect.stringMatching(/^SOV-ENCRYPTION-AT-REST scaleway_rdb_instance\.Db_5D02A0A9: .*encryption_at_rest/)]);
    const acknowledged = stackOf();
    BUILD.scaleway(acknowledged, { encryptedAtRest: false, unencryptedAtRestReason: 'Test data only, synthetic records without personal data' });
    const report = check(acknowledged);
    expect(open(report)).toEqual([]);
    expect(report.findings.filter((f) => f.suppressed).map((f) => [f.ruleId, f.suppressionReason])).toEqual([
      ['SOV-ENCRYPTION-AT-REST', 'Encryption at rest turned off (encryptedAtRest: false): Test data only, synthetic records without personal data'],
    ]);
  });

  test('deletionProtection: false drops prevent_destroy and warns', () => {
    const stack = stackOf();
    const db = BUILD.scaleway(stack, { deletionProtection: false });
    expect(only(synth(stack), 'scaleway_rdb_instance').lifecycle).toBeUndefined();
    expect(db.node.metadata.map((m) => String(m.data))).toEqual([expect.stringContaining('deletion protection is off')]);
  });

  test('a region without the service, a zone, a size Block Storage refuses and requireTls: false throw', () => {
    expectError(() => BUILD.scaleway(stackOf(), { location: 'it-mil' }), 'DATABASE_NOT_IN_LOCATION');
    expectError(() => BUILD.scaleway(stackOf(), { location: 'fr-par-1' }), 'WRONG_LOCATION_KIND');
    expectError(() => BUILD.scaleway(stackOf(), { storageGb: 12 }), 'INVALID_SIZE');
    expectError(() => BUILD.scaleway(stackOf(), { requireTls: false }), 'TLS_HAS_NO_SWITCH');
  });
});
