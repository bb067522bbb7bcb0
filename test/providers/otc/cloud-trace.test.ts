import { TerraformStack } from 'cdktf';
import { OpentelekomcloudProvider } from '@cdktf/provider-opentelekomcloud/lib/provider';
import { DataClassification } from '../../../lib/core/classification';
import { SovereigntyPolicy } from '../../../lib/core/policy';
import { Retention } from '../../../lib/core/retention';
import { OtcCloudTrace, OtcCloudTraceProps } from '../../../lib/providers/otc/cloud-trace';
import { OtcKmsKey } from '../../../lib/providers/otc/kms-key';
import { EuBucketBackend, ObjectLockMode } from '../../../lib/storage/options';
import { check, errorOf, findingLines, resourceOf, stackOf, synth } from './helpers';

/** cdktf Annotations warnings (metadata type `@cdktf/warn`). */
function warningsOf(stack: TerraformStack) {
  return stack.node.findAll().flatMap((c) => c.node.metadata).filter((m) => m.type === '@cdktf/warn');
}

function traceStack(props: Partial<OtcCloudTraceProps> = {}, policy?: SovereigntyPolicy) {
  const { stack } = stackOf(policy);
  const region = props.region ?? 'eu-de';
  new OpentelekomcloudProvider(stack, 'otc', { region });
  const key = new OtcKmsKey(stack, 'Key', { region });
  const trace = new OtcCloudTrace(stack, 'AuditTrail', { region, bucketName: 'acme-cts', encryptionKey: key, ...props });
  return { stack, key, trace };
}

describe('OtcCloudTrace', () => {
  test('an enabled tracker writing gzip files to its own bucket', () => {
    const { stack } = traceStack();
    const json = synth(stack);
    const tracker = resourceOf(json, 'opentelekomcloud_cts_tracker_v3', 'AuditTrail');
    expect(tracker.status).toBe('enabled');
    expect(tracker.bucket_name).toMatch(/^\$\{opentelekomcloud_obs_bucket\.AuditTrail_Bucket_[0-9A-F]+\.bucket\}$/);
    expect(tracker.file_prefix_name).toBe('cts');
    expect(tracker.is_obs_created).toBe(false);
    expect(tracker.is_lts_enabled).toBe(false);
    expect(tracker.is_sort_by_service).toBe(true);
    expect(tracker.compress_type).toBe('gzip');
  });

  test('the bucket: WORM for the audit minimum, expiry at the maximum, KMS, versioned, private, tagged', () => {
    const { stack, trace } = traceStack();
    const obs = resourceOf(synth(stack), 'opentelekomcloud_obs_bucket', 'AuditTrail_Bucket');
    expect(obs.bucket).toBe('acme-cts');
    expect(obs.region).toBe('eu-de');
    expect(obs.acl).toBe('private');
    expect(obs.force_destroy).toBe(false);
    expect(obs.versioning).toBe(true);
    expect(obs.worm_policy).toEqual({ days: 365 });
    expect(obs.lifecycle_rule).toEqual([{ name: 'retention', enabled: true, expiration: [{ days: 730 }], noncurrent_version_expiration: [{ days: 7 }] }]);
    expect(obs.server_side_encryption).toEqual({ algorithm: 'kms', kms_key_id: expect.stringMatching(/^\$\{opentelekomcloud_kms_key_v1\.Key_[0-9A-F]+\.id\}$/) });
    expect(obs.tags).toEqual({ 'purpose': 'audit-logs', 'data-classification': 'personal', 'jurisdiction': 'EU' });
    expect(obs.policy).toBeUndefined();
    expect(trace.bucket.backend).toBe(EuBucketBackend.OTC_NATIVE);
    expect(trace.bucket.objectLock?.mode).toBe(ObjectLockMode.COMPLIANCE);
  });

  test('retention follows the policy', () => {
    const policy = new SovereigntyPolicy({ auditLogMinRetention: Retention.years(2), auditLogMaxRetention: Retention.years(5) });
    const { stack } = traceStack({}, policy);
    const json = synth(stack);
    const obs = resourceOf(json, 'opentelekomcloud_obs_bucket');
    expect(obs.worm_policy).toEqual({ days: 730 });
    expect(obs.lifecycle_rule[0].expiration).toEqual([{ days: 1825 }]);
    expect(findingLines(check(json, policy))).toEqual([]);
  });

  test('zero findings under gdpr and gaiax-l3', () => {
    const { stack } = traceStack();
    expect(findingLines(check(synth(stack)))).toEqual([]);
  });

  test('prefix, classification and LTS', () => {
    const { stack } = traceStack({ filePrefix: 'prod.trail', dataClassification: DataClassification.CONFIDENTIAL, ltsEnabled: true });
    const json = synth(stack);
    expect(resourceOf(json, 'opentelekomcloud_cts_tracker_v3').file_prefix_name).toBe('prod.trail');
    expect(resourceOf(json, 'opentelekomcloud_cts_tracker_v3').is_lts_enabled).toBe(true);
    expect(resourceOf(json, 'opentelekomcloud_obs_bucket').tags['data-classification']).toBe('confidential');
  });

  test('a disabled tracker (escape hatch) is reported by SOV-AUDIT-LOGGING', () => {
    const { stack, trace } = traceStack();
    trace.resource.addOverride('status', 'disabled');
    const findings = check(synth(stack)).findings.filter((f) => !f.suppressed);
    expect(findings.map((f) => f.ruleId)).toEqual(['SOV-AUDIT-LOGGING']);
    expect(findings[0].message).toBe('The Cloud Trace Service tracker is disabled (status = "disabled").');
  });

  test('a mutable bucket (WORM removed through an escape hatch) is reported', () => {
    const { stack, trace } = traceStack();
    trace.bucket.resource.addOverride('worm_policy', null);
    const ids = check(synth(stack)).findings.filter((f) => !f.suppressed).map((f) => f.ruleId).sort();
    expect(ids).toEqual(['SOV-AUDIT-LOGGING', 'SOV-RETENTION']);
  });

  test('outside eu-de: a warning that the CTS endpoint is listed for eu-de only', () => {
    const { stack } = traceStack({ region: 'eu-nl' });
    expect(warningsOf(stack).map((w) => String(w.data))).toEqual([expect.stringContaining('lists a Cloud Trace Service endpoint only for eu-de; check that CTS is available in eu-nl')]);
  });

  test('in eu-de: no warning', () => {
    const { stack } = traceStack();
    expect(warningsOf(stack)).toEqual([]);
  });
});

describe('OtcCloudTrace bad input', () => {
  test('a second tracker in the same project (stack)', () => {
    const { stack, key } = traceStack();
    const e = errorOf(() => new OtcCloudTrace(stack, 'Second', { region: 'eu-de', bucketName: 'acme-cts-2', encryptionKey: key }), 'ONE_TRACKER_PER_PROJECT');
    expect(e.message).toBe('OtcCloudTrace: got "otc/Second". Allowed: one Cloud Trace Service tracker per project ("A single tracker can be created", cts_tracker_v3 doc); this stack already has otc/AuditTrail. Fix: keep a single OtcCloudTrace per project (stack), or put the second one in a stack whose provider uses another project.');
  });

  test('a key of another region', () => {
    const e = errorOf(() => {
      const { stack } = stackOf();
      const key = new OtcKmsKey(stack, 'Key', { region: 'eu-nl' });
      return new OtcCloudTrace(stack, 'T', { region: 'eu-de', bucketName: 'acme-cts', encryptionKey: key });
    }, 'KEY_IN_OTHER_REGION');
    expect(e.message).toContain('Allowed: a KMS key of eu-de');
  });

  test('an invalid prefix', () => {
    const e = errorOf(() => traceStack({ filePrefix: 'a/b' }), 'INVALID_FILE_PREFIX');
    expect(e.message).toContain('got "a/b"');
  });

  test('audit logs kept longer than the policy allows for personal data', () => {
    const policy = new SovereigntyPolicy({ personalDataMaxRetention: Retention.days(90), auditLogMinRetention: Retention.days(30), auditLogMaxRetention: Retention.days(180) });
    const e = errorOf(() => traceStack({}, policy), 'AUDIT_RETENTION_ABOVE_PERSONAL_DATA_MAXIMUM');
    expect(e.message).toContain('got {"auditLogMaxRetention":"180 days","personalDataMaxRetention":"90 days"}');
  });

  test('an invalid bucket name (EuBucket rules)', () => {
    const e = errorOf(() => traceStack({ bucketName: 'Acme.CTS' }), 'INVALID_BUCKET_NAME');
    expect(e.message).toContain('EuBucket bucketName: got "Acme.CTS"');
  });

  test('a region outside the policy', () => {
    const e = errorOf(() => traceStack({ region: 'eu-ch2' }), 'REGION_OUTSIDE_JURISDICTION');
    expect(e.message).toContain('OtcKmsKey region: got "eu-ch2"');
  });
});
