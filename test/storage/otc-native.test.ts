import { AuditLogStore } from '../../lib/audit/store';
import { Retention } from '../../lib/core/retention';
import { EuBucket } from '../../lib/storage/eu-bucket';
import { BucketEncryption, EuBucketBackend, ObjectLock } from '../../lib/storage/options';
import { errorOf } from './errors';
import { check, findingLines, namesOf, resourceOf, stackOf, synth } from './fixtures';

describe('EuBucket on the Open Telekom Cloud native backend (opentelekomcloud_obs_bucket)', () => {
  test('KMS encryption, versioning, WORM, lifecycle, region, private ACL and tags', () => {
    const { stack } = stackOf();
    const b = new EuBucket(stack, 'Bucket', {
      provider: 'otc', region: 'eu-de', bucketName: 'acme-obs', backend: EuBucketBackend.OTC_NATIVE,
      encryptionKeyId: '${opentelekomcloud_kms_key_v1.key.id}', holdsPersonalData: true,
      retention: Retention.days(30), objectLock: ObjectLock.compliance(Retention.days(14)),
    });
    const json = synth(stack);
    const obs = resourceOf(json, 'opentelekomcloud_obs_bucket', 'Bucket').body;
    expect(obs.bucket).toBe('acme-obs');
    expect(obs.region).toBe('eu-de');
    expect(obs.acl).toBe('private');
    expect(obs.force_destroy).toBe(false);
    expect(obs.versioning).toBe(true);
    expect(obs.server_side_encryption).toEqual({ algorithm: 'kms', kms_key_id: '${opentelekomcloud_kms_key_v1.key.id}' });
    expect(obs.worm_policy).toEqual({ days: 14 });
    expect(obs.lifecycle_rule).toEqual([{ name: 'retention', enabled: true, expiration: [{ days: 30 }], noncurrent_version_expiration: [{ days: 7 }] }]);
    expect(obs.tags).toEqual({ 'data-classification': 'personal', 'jurisdiction': 'EU' });
    expect(namesOf(json, 'aws_s3_bucket')).toEqual([]);
    expect(json.provider?.aws).toBeUndefined();
    expect(b.backend).toBe(EuBucketBackend.OTC_NATIVE);
    expect(b.endpoint).toBe('https://obs.eu-de.otc.t-systems.com');
    expect(findingLines(check(json))).toEqual([]);
  });

  test('access logging: the target gets the log-delivery-write ACL, rendered after construction', () => {
    const { stack } = stackOf();
    const key = 'kms-key-id';
    const logs = new EuBucket(stack, 'Logs', { provider: 'otc', region: 'eu-de', bucketName: 'acme-obs-logs', backend: EuBucketBackend.OTC_NATIVE, encryptionKeyId: key });
    new EuBucket(stack, 'Data', { provider: 'otc', region: 'eu-de', bucketName: 'acme-obs-data', backend: EuBucketBackend.OTC_NATIVE, encryptionKeyId: key, accessLogsBucket: logs });
    const json = synth(stack);
    expect(resourceOf(json, 'opentelekomcloud_obs_bucket', 'Logs').body.acl).toBe('log-delivery-write');
    expect(resourceOf(json, 'opentelekomcloud_obs_bucket', 'Data').body.acl).toBe('private');
    expect(resourceOf(json, 'opentelekomcloud_obs_bucket', 'Data').body.logging).toEqual([{
      target_bucket: `\${opentelekomcloud_obs_bucket.${resourceOf(json, 'opentelekomcloud_obs_bucket', 'Logs').name}.bucket}`, target_prefix: 'acme-obs-data/',
    }]);
    expect(findingLines(check(json))).toEqual([]);
  });

  test('an AuditLogStore as access-log target: its bucket gets the log-delivery-write ACL', () => {
    const { stack } = stackOf();
    const key = 'kms-key-id';
    const store = new AuditLogStore(stack, 'AccessLogs', { provider: 'otc', region: 'eu-de', bucketName: 'acme-obs-access', backend: EuBucketBackend.OTC_NATIVE, encryptionKeyId: key });
    new EuBucket(stack, 'Data', { provider: 'otc', region: 'eu-de', bucketName: 'acme-obs-data', backend: EuBucketBackend.OTC_NATIVE, encryptionKeyId: key, accessLogsBucket: store });
    const json = synth(stack);
    const target = resourceOf(json, 'opentelekomcloud_obs_bucket', 'AccessLogs');
    expect(target.body.acl).toBe('log-delivery-write');
    expect(target.body.worm_policy).toEqual({ days: 365 });
    expect(resourceOf(json, 'opentelekomcloud_obs_bucket', 'Data').body.logging[0].target_bucket).toBe(`\${opentelekomcloud_obs_bucket.${target.name}.bucket}`);
    expect(findingLines(check(json))).toEqual([]);
  });

  test('client-side encryption: no server_side_encryption block, and SOV-ENCRYPTION-AT-REST says so', () => {
    const { stack } = stackOf();
    new EuBucket(stack, 'Bucket', { provider: 'otc', region: 'eu-nl', bucketName: 'acme-obs-cse', backend: EuBucketBackend.OTC_NATIVE, encryption: BucketEncryption.CLIENT_SIDE });
    const json = synth(stack);
    expect(resourceOf(json, 'opentelekomcloud_obs_bucket', 'Bucket').body.server_side_encryption).toBeUndefined();
    const findings = check(json).findings;
    expect(findings.map((f) => f.ruleId)).toEqual(['SOV-ENCRYPTION-AT-REST']);
    expect(findings[0].message).toContain('no `server_side_encryption` block');
  });

  test('provider-managed encryption is impossible through opentelekomcloud_obs_bucket', () => {
    const { stack } = stackOf();
    const e = errorOf(() => new EuBucket(stack, 'Bucket', { provider: 'otc', region: 'eu-de', bucketName: 'acme-obs', backend: EuBucketBackend.OTC_NATIVE }), 'OBS_NATIVE_NEEDS_KMS_KEY');
    expect(e.message).toContain('accepts only algorithm "kms" with a kms_key_id');
    expect(e.message).toContain('use the S3_COMPATIBLE backend');
  });
});
