import { AnnotationMetadataEntryType, Testing } from 'cdktf';
import { AuditLogStore, AuditLogStoreProps } from '../../lib/audit/store';
import { DataClassification } from '../../lib/core/classification';
import { Jurisdiction } from '../../lib/core/jurisdiction';
import { SovereigntyPolicy } from '../../lib/core/policy';
import { Retention } from '../../lib/core/retention';
import { RuleId } from '../../lib/compliance/rules/ids';
import { BucketEncryption, EuBucketBackend, ObjectLockMode } from '../../lib/storage/options';
import { check, errorOf, Json, open, resourceOf, synth, testStack } from './helpers';

/** Providers whose object storage has object lock and lifecycle expiry (catalog), with a region each. */
const PROVIDERS: Array<[string, string, string]> = [
  ['scaleway', 'fr-par', 'aws_s3_bucket'],
  ['ovhcloud', 'gra', 'aws_s3_bucket'],
  ['ionos', 'eu-central-3', 'aws_s3_bucket'],
  ['otc', 'eu-de', 'aws_s3_bucket'],
];

function store(props: Partial<AuditLogStoreProps> = {}, policy?: SovereigntyPolicy): { json: Json; store: AuditLogStore; report: ReturnType<typeof check> } {
  const t = testStack();
  const p = policy ?? t.policy;
  const s = new AuditLogStore(t.stack, 'AuditLogs', { provider: 'scaleway', region: 'fr-par', bucketName: 'acme-audit-logs', ...props });
  const json = synth(t.stack);
  return { json, store: s, report: check(t.stack, p, json) };
}

function children(json: Json): { bucket: Json; lock: Json; lifecycle: Json; versioning: Json } {
  return {
    bucket: resourceOf(json, 'aws_s3_bucket', 'AuditLogs').body,
    lock: resourceOf(json, 'aws_s3_bucket_object_lock_configuration', 'AuditLogs').body,
    lifecycle: resourceOf(json, 'aws_s3_bucket_lifecycle_configuration', 'AuditLogs').body,
    versioning: resourceOf(json, 'aws_s3_bucket_versioning', 'AuditLogs').body,
  };
}

describe.each(PROVIDERS)('AuditLogStore defaults on %s %s', (provider, region) => {
  const { json, store: s, report } = store({ provider, region, bucketName: `acme-audit-${provider}` });
  const { bucket, lock, lifecycle, versioning } = children(json);

  test('the bucket is created with object lock, tagged as an audit-log store in the jurisdiction', () => {
    expect(bucket.bucket).toBe(`acme-audit-${provider}`);
    expect(bucket.object_lock_enabled).toBe(true);
    expect(bucket.force_destroy).toBe(false);
    expect(bucket.tags.purpose).toBe('audit-logs');
    expect(bucket.tags.jurisdiction).toBe('EU');
    expect(bucket.tags['data-classification']).toBe('confidential');
  });

  test('every object version is locked in COMPLIANCE mode for the policy minimum (365 days)', () => {
    expect(lock.rule).toEqual([{ default_retention: [{ mode: 'COMPLIANCE', days: 365 }] }]);
    expect(s.minRetention.toDays()).toBe(365);
    expect(s.lockMode).toBe(ObjectLockMode.COMPLIANCE);
  });

  test('logs expire at the policy maximum (730 days), deleted versions one day later, for the whole bucket', () => {
    expect(lifecycle.rule).toHaveLength(1);
    expect(lifecycle.rule[0].status).toBe('Enabled');
    expect(lifecycle.rule[0].expiration).toEqual([{ days: 730 }]);
    expect(lifecycle.rule[0].noncurrent_version_expiration).toEqual([{ noncurrent_days: 1 }]);
    expect(lifecycle.rule[0].filter).toEqual([{}]);
    expect(s.maxRetention.toDays()).toBe(730);
  });

  test('versioning is on', () => {
    expect(versioning.versioning_configuration).toEqual([{ status: 'Enabled' }]);
  });

  test('the compliance engine finds nothing (GDPR, Gaia-X L3, BSI C5)', () => {
    expect(open(report)).toEqual([]);
    expect(report.findings).toEqual([]);
  });

  test('it presents the bucket to other constructs (IEuBucket)', () => {
    expect(s.bucketName).toBe(`acme-audit-${provider}`);
    expect(s.providerId).toBe(provider);
    expect(s.endpoint).toMatch(/^https:\/\//);
    expect(s.resource.terraformResourceType).toBe('aws_s3_bucket');
  });
});

describe('AuditLogStore follows the policy', () => {
  test('policy retention bounds become the lock and the expiry', () => {
    const t = testStack({ auditLogMinRetention: Retention.days(400), auditLogMaxRetention: Retention.years(3) });
    new AuditLogStore(t.stack, 'AuditLogs', { provider: 'ovhcloud', region: 'gra', bucketName: 'acme-audit-logs' });
    const out = synth(t.stack);
    const { lock, lifecycle } = children(out);
    expect(lock.rule[0].default_retention[0].days).toBe(400);
    expect(lifecycle.rule[0].expiration[0].days).toBe(1095);
    expect(open(check(t.stack, t.policy, out))).toEqual([]);
  });

  test('GOVERNANCE mode and explicit retentions within the policy', () => {
    const { json, report } = store({ lockMode: ObjectLockMode.GOVERNANCE, minRetention: Retention.days(500), maxRetention: Retention.days(600) });
    const { lock, lifecycle } = children(json);
    expect(lock.rule[0].default_retention[0]).toEqual({ mode: 'GOVERNANCE', days: 500 });
    expect(lifecycle.rule[0].expiration[0].days).toBe(600);
    expect(open(report)).toEqual([]);
  });

  test('Open Telekom Cloud\'s own provider: a WORM policy and a lifecycle rule on opentelekomcloud_obs_bucket', () => {
    const t = testStack();
    new AuditLogStore(t.stack, 'AuditLogs', {
      provider: 'otc', region: 'eu-de', bucketName: 'acme-audit-logs', backend: EuBucketBackend.OTC_NATIVE, encryptionKeyId: '0d0c5c2c-1111-2222-3333-444455556666',
    });
    const json = synth(t.stack);
    const obs = resourceOf(json, 'opentelekomcloud_obs_bucket', 'AuditLogs').body;
    expect(obs.versioning).toBe(true);
    expect(obs.worm_policy).toEqual({ days: 365 });
    expect(obs.lifecycle_rule).toEqual([{ enabled: true, name: 'retention', expiration: [{ days: 730 }], noncurrent_version_expiration: [{ days: 1 }] }]);
    expect(obs.tags.purpose).toBe('audit-logs');
    expect(open(check(t.stack, t.policy, json))).toEqual([]);
  });

  test('a personal-data classification is written to the tag', () => {
    const { json, report } = store({ dataClassification: DataClassification.PERSONAL });
    expect(children(json).bucket.tags['data-classification']).toBe('personal');
    expect(open(report)).toEqual([]);
  });

  test('Hetzner: no bucket tags there, so a warning says the engine cannot recognise the store', () => {
    const t = testStack();
    const s = new AuditLogStore(t.stack, 'AuditLogs', { provider: 'hetzner', region: 'fsn1', bucketName: 'acme-audit-logs', encryption: BucketEncryption.CLIENT_SIDE });
    const json = synth(t.stack);
    expect(resourceOf(json, 'aws_s3_bucket', 'AuditLogs').body.tags).toBeUndefined();
    expect(resourceOf(json, 'aws_s3_bucket_object_lock_configuration', 'AuditLogs').body.rule[0].default_retention[0].days).toBe(365);
    const warnings = s.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('cannot recognise this bucket as an audit-log store');
  });

  test('Hetzner with clientSideEncryptionReason: the encryption finding is kept, suppressed with the reason', () => {
    const t = testStack();
    new AuditLogStore(t.stack, 'AuditLogs', {
      provider: 'hetzner', region: 'fsn1', bucketName: 'acme-audit-logs', encryption: BucketEncryption.CLIENT_SIDE,
      clientSideEncryptionReason: 'Fluent Bit encrypts each upload with SSE-C keys from the audit-logging secret',
    });
    const report = check(t.stack, t.policy);
    const encryption = report.findings.filter((f) => f.ruleId === 'SOV-ENCRYPTION-AT-REST');
    expect(encryption.map((f) => [f.suppressed, f.suppressionReason])).toEqual([
      [true, 'Client-side encryption (BucketEncryption.CLIENT_SIDE): Fluent Bit encrypts each upload with SSE-C keys from the audit-logging secret'],
    ]);
  });
});

describe('AuditLogStore misuse', () => {
  const make = (props: Partial<AuditLogStoreProps>, policyProps = {}) => () => {
    const t = testStack(policyProps);
    new AuditLogStore(t.stack, 'AuditLogs', { provider: 'scaleway', region: 'fr-par', bucketName: 'acme-audit-logs', ...props });
  };

  test('minimum above maximum', () => {
    expect(errorOf(make({ minRetention: Retention.years(2), maxRetention: Retention.days(400) }))).toBe(
      'AuditLogStore "audit/AuditLogs" retention: got {"minRetention":"2 years (730 days)","maxRetention":"400 days (400 days)"}. '
      + 'Allowed: minRetention (the lock) at most maxRetention (the expiry): a locked log cannot expire before its lock ends. Fix: lower minRetention or raise maxRetention.');
  });

  test('minimum below the policy minimum', () => {
    expect(errorOf(make({ minRetention: Retention.days(90) }))).toBe(
      'AuditLogStore "audit/AuditLogs" minRetention: got "90 days (90 days)". Allowed: at least 1 year (365 days, SovereigntyPolicy.auditLogMinRetention). '
      + 'Fix: remove minRetention to use the policy minimum, or lower auditLogMinRetention on the SovereigntyPolicy deliberately.');
  });

  test('maximum above the policy maximum', () => {
    expect(errorOf(make({ maxRetention: Retention.years(10) }))).toBe(
      'AuditLogStore "audit/AuditLogs" maxRetention: got "10 years (3650 days)". Allowed: at most 2 years (730 days, SovereigntyPolicy.auditLogMaxRetention). '
      + 'Fix: remove maxRetention to use the policy maximum, or raise auditLogMaxRetention on the SovereigntyPolicy deliberately.');
  });

  test('a retention that is not a Retention', () => {
    expect(errorOf(make({ minRetention: 365 as unknown as Retention }))).toBe(
      'AuditLogStore "audit/AuditLogs" minRetention: got 365. Allowed: a Retention, e.g. Retention.years(1). Fix: pass Retention.days(n), Retention.months(n) or Retention.years(n).');
  });

  test('an unknown lock mode', () => {
    expect(errorOf(make({ lockMode: 'COMPLIANT' as ObjectLockMode }))).toBe(
      'AuditLogStore "audit/AuditLogs" lockMode: got "COMPLIANT". Allowed: GOVERNANCE, COMPLIANCE. Did you mean "COMPLIANCE"? Fix: use ObjectLockMode.COMPLIANCE or ObjectLockMode.GOVERNANCE.');
  });

  test('a provider without object lock (UpCloud)', () => {
    const message = errorOf(make({ provider: 'upcloud', region: 'europe-1', endpoint: 'https://abc123.upcloudobjects.com' }));
    expect(message).toMatch(/^AuditLogStore "audit\/AuditLogs" provider: got "upcloud"\. Allowed: a provider whose object storage offers object lock \/ WORM, without which anyone holding the bucket credentials can alter or delete the logs \(BSI C5 OPS-13\): /);
    expect(message).toContain(': otc, ovhcloud, scaleway, ionos, hetzner. UpCloud: ');
    expect(message).toContain('(catalog: unverified, ');
    expect(message).toMatch(/Fix: store the audit logs with one of .*; the logs may live with another provider than the cluster\.$/);
  });

  test('a provider without lifecycle expiry (Exoscale, STACKIT)', () => {
    for (const [provider, region] of [['exoscale', 'de-fra-1'], ['stackit', 'eu01']]) {
      const message = errorOf(make({ provider, region }));
      expect(message).toMatch(new RegExp(`^AuditLogStore "audit/AuditLogs" provider: got "${provider}"\\. Allowed: a provider whose object storage offers lifecycle expiry, without which the logs are kept forever \\(storage limitation, GDPR Art\\. 5\\(1\\)\\(e\\)\\): `));
    }
  });

  test('a region outside the jurisdiction', () => {
    const message = errorOf(make({ provider: 'ovhcloud', region: 'gra' }, { jurisdiction: Jurisdiction.countries(['DE']) }));
    expect(message).toMatch(/^AuditLogStore "audit\/AuditLogs" region of OVHcloud: got "gra"\. Allowed: a region within the policy's jurisdiction \(DE\)/);
  });

  test('errors of the store\'s bucket name the store and its own props, not EuBucket', () => {
    expect(errorOf(make({ bucketName: 'Audit_Logs' }))).toMatch(/^AuditLogStore "audit\/AuditLogs" bucketName: got "Audit_Logs"\./);
    const hetzner = errorOf(make({ provider: 'hetzner', region: 'fsn1' }));
    expect(hetzner).toMatch(/^AuditLogStore "audit\/AuditLogs" encryption: got "provider-managed"\./);
    expect(hetzner).toContain('clientSideEncryptionReason');
    // the bucket's retention is the store's maxRetention
    const personal = errorOf(make({ dataClassification: DataClassification.PERSONAL }, { personalDataMaxRetention: Retention.days(90) }));
    expect(personal).toMatch(/^AuditLogStore "audit\/AuditLogs" maxRetention \(the expiry\)/);
    expect(personal).not.toContain('EuBucket');
  });

  test('the purpose tag is the construct\'s', () => {
    expect(errorOf(make({ tags: { purpose: 'backup' } }))).toBe(
      'AuditLogStore "audit/AuditLogs" tags: got "purpose". Allowed: keys other than purpose, data-classification and jurisdiction, which the construct sets. '
      + 'Fix: remove the "purpose" tag: an audit-log store is always "audit-logs".');
  });

  test('missing props', () => {
    const t = testStack();
    expect(errorOf(() => new AuditLogStore(t.stack, 'X', undefined as unknown as AuditLogStoreProps))).toBe(
      'AuditLogStore props: got undefined. Allowed: an AuditLogStoreProps object. Fix: pass { provider, region, bucketName }.');
  });
});

describe('the engine fails the store when it is weakened (escape hatches on the synthesized JSON)', () => {
  const base = () => store({ provider: 'ovhcloud', region: 'gra' });

  test('mutable: object lock removed', () => {
    const t = testStack();
    const s = new AuditLogStore(t.stack, 'AuditLogs', { provider: 'ovhcloud', region: 'gra', bucketName: 'acme-audit-logs' });
    s.resource.addOverride('object_lock_enabled', false);
    const json = synth(t.stack);
    delete json.resource.aws_s3_bucket_object_lock_configuration;
    const lines = open(check(t.stack, t.policy, json));
    expect(lines.filter((l) => l.startsWith(RuleId.AUDIT_LOGGING))).toEqual([
      expect.stringMatching(/^SOV-AUDIT-LOGGING aws_s3_bucket\.AuditLogs_\w+: It receives audit logs \(it is marked purpose=audit-logs\) but is not immutable/),
    ]);
    expect(lines.filter((l) => l.startsWith(RuleId.RETENTION))).toEqual([
      expect.stringMatching(/no object lock \/ WORM default retention keeps the logs/),
    ]);
  });

  test('kept without limit: lifecycle removed', () => {
    const { json } = base();
    delete json.resource.aws_s3_bucket_lifecycle_configuration;
    const t = testStack();
    const lines = open(check(t.stack, t.policy, json));
    expect(lines).toEqual([
      expect.stringMatching(/^SOV-RETENTION aws_s3_bucket\.AuditLogs_\w+: It holds audit logs, but no enabled lifecycle rule expires the whole store: logs are kept beyond the policy maximum of 2 years\.$/),
    ]);
  });

  test('kept too long for a stricter policy', () => {
    const { json } = base();
    const t = testStack({ auditLogMaxRetention: Retention.days(400) });
    const lines = open(check(t.stack, t.policy, json));
    expect(lines).toContainEqual(expect.stringMatching(/^SOV-RETENTION .*they expire after 730 days .* longer than the policy maximum of 400 days/));
  });

  test('outside the jurisdiction: the same store checked against a Germany-only policy', () => {
    const { json } = base();
    const t = testStack({ jurisdiction: Jurisdiction.countries(['DE']) });
    const lines = open(check(t.stack, t.policy, json));
    expect(lines.some((l) => l.startsWith('SOV-LOCATION aws_s3_bucket.AuditLogs_'))).toBe(true);
  });
});

test('Testing.synth output is the same configuration (no metadata-only differences in resources)', () => {
  const t = testStack();
  new AuditLogStore(t.stack, 'AuditLogs', { provider: 'scaleway', region: 'fr-par', bucketName: 'acme-audit-logs' });
  const plain = JSON.parse(Testing.synth(t.stack)) as Json;
  expect(Object.keys(plain.resource).sort()).toEqual([
    'aws_s3_bucket', 'aws_s3_bucket_lifecycle_configuration', 'aws_s3_bucket_object_lock_configuration',
    'aws_s3_bucket_server_side_encryption_configuration', 'aws_s3_bucket_versioning',
  ]);
});
