/* EuDatabase on Open Telekom Cloud (RDS v3), field by field. */
import { Retention } from '../../lib/core/retention';
import { DatabaseEngine, DatabaseKey } from '../../lib/database/options';
import { OtcKmsKey } from '../../lib/providers/otc/kms-key';
import { BUILD, check, expectError, only, open, outputs, stackOf, synth } from './helpers';

describe('EuDatabase on Open Telekom Cloud: defaults', () => {
  const stack = stackOf();
  BUILD.otc(stack);
  const json = synth(stack);
  const db = only(json, 'opentelekomcloud_rds_instance_v3');

  test('location: the region\'s first availability zone, in the network\'s subnet there', () => {
    expect(db.availability_zone).toEqual(['eu-de-01']);
    expect(db.vpc_id).toBe('${opentelekomcloud_vpc_v1.Net_DBED6B57.id}');
    expect(db.subnet_id).toMatch(/^\$\{opentelekomcloud_vpc_subnet_v1\.Net_Subnet-eu-de-01_[0-9A-F]{8}\.id\}$/);
  });

  test('no public endpoint: no public_ips; its own security group admits 5432 from the VPC block only', () => {
    expect(db.public_ips).toBeUndefined();
    expect(db.security_group_id).toMatch(/^\$\{opentelekomcloud_networking_secgroup_v2\.Db_SecurityGroup_[0-9A-F]{8}\.id\}$/);
    const rules = Object.values(json.resource.opentelekomcloud_networking_secgroup_rule_v2 as Record<string, Record<string, unknown>>)
      .filter((r) => String(r.security_group_id).includes('Db_SecurityGroup'));
    expect(rules.map((r) => [r.direction, r.protocol, r.port_range_min, r.port_range_max, r.remote_ip_prefix])).toEqual([['ingress', 'tcp', 5432, 5432, '10.0.0.0/16']]);
  });

  test('encrypted at rest with a KMS key created for it, rotation on', () => {
    const key = only(json, 'opentelekomcloud_kms_key_v1');
    expect(key.rotation_enabled).toBe(true);
    expect(db.volume).toEqual({ type: 'CLOUDSSD', size: 40, disk_encryption_id: expect.stringMatching(/^\$\{opentelekomcloud_kms_key_v1\.Db_Key_[0-9A-F]{8}\.id\}$/) });
  });

  test('backups kept 7 days; tags; generated password; deletion protection', () => {
    expect(db.backup_strategy).toEqual({ keep_days: 7, start_time: '02:00-03:00' });
    expect(db.tags).toEqual({ 'data-classification': 'personal', 'jurisdiction': 'EU' });
    const [name] = Object.keys(json.resource.random_password);
    expect(db.db).toEqual({ type: 'PostgreSQL', version: '16', password: `\${random_password.${name}.result}`, port: 5432 });
    expect(outputs(json).AdminPasswordOutput.sensitive).toBe(true);
    expect(db.lifecycle).toEqual({ prevent_destroy: true });
    expect(db.ssl_enable).toBeUndefined();
  });

  test('TLS: the connection string verifies the server; no open finding', () => {
    expect(outputs(json).ConnectionStringOutput.value).toBe('postgresql://root@${element(opentelekomcloud_rds_instance_v3.Db_5D02A0A9.private_ips, 0)}:5432/postgres?sslmode=verify-full');
    expect(open(check(stack, json))).toEqual([]);
  });
});

describe('EuDatabase on Open Telekom Cloud: MySQL, keys and opt-outs', () => {
  test('MySQL requires TLS (ssl_enable); requireTls: false still produces SOV-ENCRYPTION-IN-TRANSIT', () => {
    const on = stackOf();
    BUILD.otc(on, { engine: DatabaseEngine.MYSQL, version: '8.0', instanceType: 'rds.mysql.n1.large.2' });
    const json = synth(on);
    expect(only(json, 'opentelekomcloud_rds_instance_v3').ssl_enable).toBe(true);
    expect(open(check(on, json))).toEqual([]);
    const off = stackOf();
    BUILD.otc(off, { engine: DatabaseEngine.MYSQL, version: '8.0', instanceType: 'rds.mysql.n1.large.2', requireTls: false });
    expect(open(check(off))).toEqual([expect.stringMatching(/^SOV-ENCRYPTION-IN-TRANSIT opentelekomcloud_rds_instance_v3\.Db_5D02A0A9: .*ssl_enable/)]);
  });

  test('a given key in the region is used; one in another region or of STACKIT throws', () => {
    const stack = stackOf();
    const key = new OtcKmsKey(stack, 'Shared', { region: 'eu-de' });
    BUILD.otc(stack, { encryptionKey: DatabaseKey.otcKms(key) });
    const json = synth(stack);
    expect(Object.keys(json.resource.opentelekomcloud_kms_key_v1)).toHaveLength(1);
    expect(only(json, 'opentelekomcloud_rds_instance_v3').volume.disk_encryption_id).toMatch(/Shared/);
    const other = stackOf();
    expectError(() => BUILD.otc(other, { encryptionKey: DatabaseKey.otcKms(new OtcKmsKey(other, 'Nl', { region: 'eu-nl' })) }), 'KEY_IN_OTHER_REGION');
    expectError(() => BUILD.otc(stackOf(), { encryptionKey: DatabaseKey.stackitKms({ keyId: 'k', keyVersion: '1', keyRingId: 'r', serviceAccountEmail: 's' }) }), 'KEY_PROVIDER_MISMATCH');
  });

  test('encryptedAtRest: false drops the key and still produces SOV-ENCRYPTION-AT-REST', () => {
    const stack = stackOf();
    BUILD.otc(stack, { encryptedAtRest: false });
    const json = synth(stack);
    expect(only(json, 'opentelekomcloud_rds_instance_v3').volume.disk_encryption_id).toBeUndefined();
    expect(open(check(stack, json))).toEqual([expect.stringMatching(/^SOV-ENCRYPTION-AT-REST opentelekomcloud_rds_instance_v3\..*disk_encryption_id/)]);
  });

  test('a zone, a retention within the policy; a zone elsewhere, a retention above the bound and a Swiss region under EU throw', () => {
    const stack = stackOf({ personalDataMaxRetention: Retention.days(30) });
    BUILD.otc(stack, { zone: 'eu-de-02', backupRetention: Retention.days(30) });
    const db = only(synth(stack), 'opentelekomcloud_rds_instance_v3');
    expect([db.availability_zone, db.backup_strategy.keep_days]).toEqual([['eu-de-02'], 30]);
    expectError(() => BUILD.otc(stackOf(), { zone: 'eu-nl-01' }), 'ZONE_WITHOUT_SUBNET');
    const e = expectError(() => BUILD.otc(stackOf({ personalDataMaxRetention: Retention.days(30) }), { backupRetention: Retention.days(35) }), 'RETENTION_ABOVE_POLICY');
    expect(e.message).toContain('got "35 days". Allowed: 1 to 732 days and at most 30 days (SovereigntyPolicy.personalDataMaxRetention');
    expectError(() => BUILD.otc(stackOf(), { location: 'eu-ch2' }), 'REGION_OUTSIDE_JURISDICTION');
    expectError(() => BUILD.otc(stackOf(), { adminUsername: 'dbadmin' }), 'FIXED_ADMIN_USER');
  });
});
