/* EuDatabase on OVHcloud, field by field. */
import { Jurisdiction } from '../../lib/core/jurisdiction';
import { Retention } from '../../lib/core/retention';
import { DatabaseEngine } from '../../lib/database/options';
import { BUILD, check, expectError, only, open, outputs, stackOf, synth } from './helpers';

describe('EuDatabase on OVHcloud: defaults', () => {
  const stack = stackOf();
  BUILD.ovhcloud(stack);
  const json = synth(stack);
  const db = only(json, 'ovh_cloud_project_database');

  test('location: the node region; backups pushed only to that region, never to the default elsewhere', () => {
    expect(db.nodes).toEqual([{ region: 'GRA', network_id: 'pn-0123-gra' }]);
    expect(db.backup_regions).toEqual(['GRA']);
  });

  test('no public endpoint: nodes in the private network, no ip_restrictions', () => {
    expect(db.nodes.every((n: { network_id?: string }) => n.network_id === 'pn-0123-gra')).toBe(true);
    expect(db.ip_restrictions).toBeUndefined();
  });

  test('encryption at rest: none documented, so the acknowledgement is a suppression with its reason', () => {
    const report = check(stack, json);
    expect(open(report)).toEqual([]);
    expect(report.findings.filter((f) => f.suppressed).map((f) => [f.ruleId, f.suppressionReason])).toEqual([[
      'SOV-ENCRYPTION-AT-REST', 'No documented encryption at rest on OVHcloud: Columns with personal data are encrypted by the application (keys in the EU HSM)',
    ]]);
  });

  test('the admin password is the one OVHcloud generates for avnadmin, exported as a sensitive output', () => {
    const admin = only(json, 'ovh_cloud_project_database_postgresql_user');
    expect(admin).toEqual(expect.objectContaining({ name: 'avnadmin', service_name: 'a1b2c3d4e5f6', cluster_id: '${ovh_cloud_project_database.Db_5D02A0A9.id}' }));
    expect(outputs(json).AdminPasswordOutput).toEqual(expect.objectContaining({ sensitive: true, value: expect.stringMatching(/^\$\{ovh_cloud_project_database_postgresql_user\.Db_Admin_[0-9A-F]{8}\.password\}$/) }));
    expect(json.resource.random_password).toBeUndefined();
  });

  test('deletion protection: the argument and prevent_destroy; the plan decides nodes and retention', () => {
    expect(db.deletion_protection).toBe(true);
    expect(db.lifecycle).toEqual({ prevent_destroy: true });
    expect([db.engine, db.version, db.plan, db.flavor]).toEqual(['postgresql', '16', 'essential', 'db1-4']);
  });

  test('TLS: the connection string verifies the server; the provider block targets the EU API', () => {
    expect(outputs(json).ConnectionStringOutput.value).toBe('postgresql://avnadmin@${ovh_cloud_project_database.Db_5D02A0A9.endpoints[0].domain}:${ovh_cloud_project_database.Db_5D02A0A9.endpoints[0].port}/defaultdb?sslmode=verify-full');
    expect(json.provider.ovh).toEqual([{ endpoint: 'ovh-eu' }]);
  });
});

describe('EuDatabase on OVHcloud: choices and errors', () => {
  test('MySQL on the business plan (two identical nodes), a second backup region inside the EU', () => {
    const stack = stackOf();
    BUILD.ovhcloud(stack, { engine: DatabaseEngine.MYSQL, version: '8', servicePlan: 'business', backupLocation: 'SBG' });
    const json = synth(stack);
    const db = only(json, 'ovh_cloud_project_database');
    expect(db.nodes).toHaveLength(2);
    expect(db.backup_regions).toEqual(['GRA', 'SBG']);
    expect(only(json, 'ovh_cloud_project_database_user')).toEqual(expect.objectContaining({ engine: 'mysql', name: 'avnadmin' }));
  });

  test('a backup region outside the policy throws', () => {
    const e = expectError(() => BUILD.ovhcloud(stackOf({ jurisdiction: Jurisdiction.countries(['FR']) }), { backupLocation: 'DE' }), 'BACKUP_OUTSIDE_JURISDICTION');
    expect(e.message).toContain('got "DE"');
    expectError(() => BUILD.ovhcloud(stackOf(), { backupLocation: 'UK' }), 'BACKUP_OUTSIDE_JURISDICTION');
  });

  test('a node region outside the EU throws', () => {
    expectError(() => BUILD.ovhcloud(stackOf(), { location: 'UK' }), 'REGION_OUTSIDE_JURISDICTION');
  });

  test('without the acknowledgement the missing encryption throws; a retention cannot be set; the plan retention is warned against a short bound', () => {
    const e = expectError(() => BUILD.ovhcloud(stackOf(), { unencryptedAtRestReason: undefined }), 'ENCRYPTION_AT_REST_NOT_DOCUMENTED');
    expect(e.message).toContain('unencryptedAtRestReason');
    expectError(() => BUILD.ovhcloud(stackOf(), { backupRetention: Retention.days(7) }), 'RETENTION_NOT_CONFIGURABLE');
    const stack = stackOf({ personalDataMaxRetention: Retention.days(14) });
    const db = BUILD.ovhcloud(stack);
    expect(db.node.metadata.map((m) => String(m.data))).toEqual([expect.stringContaining('backup retention is set by the plan')]);
    expectError(() => BUILD.ovhcloud(stackOf({ personalDataMaxRetention: Retention.days(1) })), 'RETENTION_ABOVE_POLICY');
  });

  test('no project, an unknown plan, an admin name or password throw', () => {
    expectError(() => BUILD.ovhcloud(stackOf(), { projectId: undefined }), 'MISSING_ARGUMENT');
    expectError(() => BUILD.ovhcloud(stackOf(), { servicePlan: 'gold' }), 'INVALID_CHOICE');
    expectError(() => BUILD.ovhcloud(stackOf(), { adminUsername: 'dbadmin' }), 'FIXED_ADMIN_USER');
  });
});
