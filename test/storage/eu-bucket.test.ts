import { Testing } from 'cdktf';
import { DataClassification } from '../../lib/core/classification';
import { Jurisdiction } from '../../lib/core/jurisdiction';
import { SovereigntyPolicy } from '../../lib/core/policy';
import { Retention } from '../../lib/core/retention';
import { Pack } from '../../lib/compliance/packs';
import { S3Credentials } from '../../lib/storage/credentials';
import { EuBucket, EuBucketProps } from '../../lib/storage/eu-bucket';
import { BucketEncryption, ObjectLock, ObjectLockMode } from '../../lib/storage/options';
import { awsProvider, bodiesOf, check, findingLines, Json, namesOf, resourceOf, stackOf, synth } from './fixtures';

interface ProviderCase {
  readonly props: EuBucketProps;
  readonly alias: string;
  readonly endpoint: string;
  readonly signingRegion: string;
  readonly pathStyle: boolean;
  /** Default-encryption algorithm emitted, or undefined where the platform encrypts and nothing is configured. */
  readonly sse?: string;
  readonly publicAccessBlock: boolean;
  /** Findings the engine reports on the defaults (gdpr, gaiax-l3, bsi-c5). */
  readonly findings?: string[];
}

/** One default bucket per European provider (personal data wherever lifecycle expiry exists). */
const CASES: Record<string, ProviderCase> = {
  scaleway: { props: { provider: 'scaleway', region: 'fr-par', bucketName: 'acme-scw', holdsPersonalData: true, retention: Retention.days(30) }, alias: 'scaleway_fr_par', endpoint: 'https://s3.fr-par.scw.cloud', signingRegion: 'fr-par', pathStyle: false, sse: 'AES256', publicAccessBlock: false },
  ovhcloud: { props: { provider: 'ovhcloud', region: 'gra', bucketName: 'acme-ovh', holdsPersonalData: true, retention: Retention.days(30) }, alias: 'ovhcloud_gra', endpoint: 'https://s3.gra.io.cloud.ovh.net', signingRegion: 'gra', pathStyle: false, sse: 'AES256', publicAccessBlock: false },
  ionos: { props: { provider: 'ionos', region: 'eu-central-3', bucketName: 'acme-ionos', holdsPersonalData: true, retention: Retention.days(30) }, alias: 'ionos_eu_central_3', endpoint: 'https://s3.eu-central-3.ionoscloud.com', signingRegion: 'eu-central-3', pathStyle: false, sse: 'AES256', publicAccessBlock: true },
  stackit: { props: { provider: 'stackit', region: 'eu01', bucketName: 'acme-stackit' }, alias: 'stackit_eu01', endpoint: 'https://object.storage.eu01.onstackit.cloud', signingRegion: 'eu01', pathStyle: false, sse: undefined, publicAccessBlock: false },
  exoscale: { props: { provider: 'exoscale', region: 'de-fra-1', bucketName: 'acme-exo' }, alias: 'exoscale_de_fra_1', endpoint: 'https://sos-de-fra-1.exo.io', signingRegion: 'de-fra-1', pathStyle: false, sse: 'AES256', publicAccessBlock: false, findings: ['SOV-PROVIDER-CONTROL provider.aws.exoscale_de_fra_1'] },
  upcloud: { props: { provider: 'upcloud', region: 'europe-1', endpoint: 'https://abc123.upcloudobjects.com', bucketName: 'acme-up', holdsPersonalData: true, retention: Retention.days(30) }, alias: 'upcloud_europe_1_', endpoint: 'https://abc123.upcloudobjects.com', signingRegion: 'europe-1', pathStyle: true, sse: undefined, publicAccessBlock: false },
  otc: { props: { provider: 'otc', region: 'eu-de', bucketName: 'acme-otc', holdsPersonalData: true, retention: Retention.days(30) }, alias: 'otc_eu_de', endpoint: 'https://obs.eu-de.otc.t-systems.com', signingRegion: 'eu-de', pathStyle: false, sse: 'aws:kms', publicAccessBlock: false },
};

function one(props: EuBucketProps, policy?: SovereigntyPolicy): { json: Json; bucket: EuBucket } {
  const { stack } = stackOf(policy);
  const bucket = new EuBucket(stack, 'Bucket', props);
  return { json: synth(stack), bucket };
}

function providerOf(json: Json, aliasPrefix: string): Json {
  const alias = ((json.provider.aws ?? []) as Json[]).map((b) => b.alias as string).find((a) => a.startsWith(aliasPrefix))!;
  return awsProvider(json, alias);
}

describe.each(Object.entries(CASES))('EuBucket defaults on %s', (_name, c) => {
  const { json, bucket } = one(c.props);
  const ref = `\${aws_s3_bucket.${resourceOf(json, 'aws_s3_bucket', 'Bucket').name}.id}`;

  test('the aws provider points at the European endpoint, with skip flags and no literal credentials', () => {
    const p = providerOf(json, c.alias);
    expect(p.alias.startsWith(c.alias)).toBe(true);
    expect(p.endpoints).toEqual([{ s3: c.endpoint }]);
    expect(p.region).toBe(c.signingRegion);
    expect(p.s3_use_path_style).toBe(c.pathStyle);
    expect(p.skip_credentials_validation).toBe(true);
    expect(p.skip_region_validation).toBe(true);
    expect(p.skip_requesting_account_id).toBe(true);
    expect(p.skip_metadata_api_check).toBe('true');
    expect(p.access_key).toBe(`\${var.${p.alias}_s3_access_key}`);
    expect(p.secret_key).toBe(`\${var.${p.alias}_s3_secret_key}`);
    expect(json.variable[`${p.alias}_s3_access_key`]).toEqual(expect.objectContaining({ type: 'string', sensitive: true }));
    expect(json.variable[`${p.alias}_s3_secret_key`]).toEqual(expect.objectContaining({ type: 'string', sensitive: true }));
    expect(json.terraform.required_providers.aws).toEqual({ source: 'hashicorp/aws', version: '~> 5.100' });
  });

  test('the bucket: name, no force_destroy, no object lock, classification and jurisdiction tags', () => {
    const b = resourceOf(json, 'aws_s3_bucket', 'Bucket').body;
    expect(b.bucket).toBe(c.props.bucketName);
    expect(b.force_destroy).toBe(false);
    expect(b.object_lock_enabled).toBeUndefined();
    expect(b.acl).toBeUndefined();
    expect(b.policy).toBeUndefined();
    expect(b.tags).toEqual({ 'data-classification': c.props.holdsPersonalData ? 'personal' : 'confidential', 'jurisdiction': 'EU' });
    expect(b.provider).toBe(`aws.${providerOf(json, c.alias).alias}`);
    expect(bucket.endpoint).toBe(c.endpoint);
  });

  test('encryption at rest as the provider supports it', () => {
    const expected = c.sse === undefined ? [] : [{ bucket: ref, rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: c.sse }] }] }];
    expect(bodiesOf(json, 'aws_s3_bucket_server_side_encryption_configuration')).toEqual(expected);
    expect(bucket.encryption).toBe(BucketEncryption.PROVIDER_MANAGED);
  });

  test('versioning on', () => {
    expect(bodiesOf(json, 'aws_s3_bucket_versioning')).toEqual([{ bucket: ref, versioning_configuration: [{ status: 'Enabled' }] }]);
  });

  test('lifecycle expiry of current and noncurrent versions when a retention is set', () => {
    const versioning = `aws_s3_bucket_versioning.${resourceOf(json, 'aws_s3_bucket_versioning', 'Bucket_Versioning').name}`;
    const expected = c.props.retention === undefined ? [] : [{
      bucket: ref,
      depends_on: [versioning],
      rule: [{ id: 'retention', status: 'Enabled', filter: [{}], expiration: [{ days: 30 }], noncurrent_version_expiration: [{ noncurrent_days: 7 }] }],
    }];
    expect(bodiesOf(json, 'aws_s3_bucket_lifecycle_configuration')).toEqual(expected);
  });

  test('a public access block exactly where the provider\'s S3 API has one', () => {
    const expected = c.publicAccessBlock
      ? [{ bucket: ref, block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true }]
      : [];
    expect(bodiesOf(json, 'aws_s3_bucket_public_access_block')).toEqual(expected);
    expect(namesOf(json, 'aws_s3_bucket_acl')).toEqual([]);
    expect(namesOf(json, 'aws_s3_bucket_policy')).toEqual([]);
  });

  test('the compliance engine reports nothing on the defaults (gdpr, gaiax-l3, bsi-c5) but provider control', () => {
    expect(check(json).findings.map((f) => `${f.ruleId} ${f.address}`)).toEqual(c.findings ?? []);
  });
});

describe('providers the defaults cannot fully satisfy', () => {
  test('Exoscale: the bucket itself is clean; the provider is not EU-controlled (a warning in every pack: its parent chain is not verified at a primary source)', () => {
    const { json } = one(CASES.exoscale.props);
    const levels = (packs: Pack[]) => check(json, undefined, packs).findings.map((f) => `${f.ruleId} ${f.level} ${f.address}`);
    expect(levels([Pack.GDPR, Pack.BSI_C5])).toEqual(['SOV-PROVIDER-CONTROL warning provider.aws.exoscale_de_fra_1']);
    // gaiax-l3 makes the rule an error, but the Exoscale ownership fact is unverified: at most a warning.
    expect(levels([Pack.GAIAX_L3])).toEqual(['SOV-PROVIDER-CONTROL warning provider.aws.exoscale_de_fra_1']);
    expect(check(json, undefined, [Pack.GAIAX_L3]).findings[0].message).toMatch(/rests on an unverified catalog fact/);
  });

  test('Hetzner: only client-side encryption, no tags (bucket tagging unsupported); the engine reports the opt-out', () => {
    const { json } = one({ provider: 'hetzner', region: 'fsn1', bucketName: 'acme-hetzner', encryption: BucketEncryption.CLIENT_SIDE, retention: Retention.days(30) });
    const b = resourceOf(json, 'aws_s3_bucket', 'Bucket').body;
    expect(b.tags).toBeUndefined();
    expect(awsProvider(json, 'hetzner_fsn1').endpoints).toEqual([{ s3: 'https://fsn1.your-objectstorage.com' }]);
    expect(namesOf(json, 'aws_s3_bucket_server_side_encryption_configuration')).toEqual([]);
    expect(resourceOf(json, 'aws_s3_bucket_lifecycle_configuration', 'Bucket_Lifecycle').body.rule[0].expiration).toEqual([{ days: 30 }]);
    const findings = check(json).findings;
    expect(findings.map((f) => f.ruleId)).toEqual(['SOV-ENCRYPTION-AT-REST']);
    expect(findings[0].message).toContain('Hetzner Cloud object storage cannot encrypt buckets server-side by default');
  });
});

describe('EuBucket options', () => {
  test('customer-managed key: SSE-KMS with the key (Scaleway Key Manager)', () => {
    const { json, bucket } = one({ provider: 'scaleway', region: 'nl-ams', bucketName: 'acme-kms', encryptionKeyId: 'nl-ams/1111-2222' });
    expect(resourceOf(json, 'aws_s3_bucket_server_side_encryption_configuration', 'Bucket_Encryption').body.rule)
      .toEqual([{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms', kms_master_key_id: 'nl-ams/1111-2222' }] }]);
    expect(bucket.encryption).toBe(BucketEncryption.CUSTOMER_MANAGED_KEY);
    const policy = new SovereigntyPolicy({ requireCustomerManagedKeys: true });
    expect(findingLines(check(json, policy))).toEqual([]);
  });

  test('object lock: created locked, default retention mode and days, after versioning', () => {
    const { json, bucket } = one({ provider: 'ovhcloud', region: 'gra', bucketName: 'acme-worm', retention: Retention.days(400), objectLock: ObjectLock.compliance(Retention.years(1)) });
    expect(resourceOf(json, 'aws_s3_bucket', 'Bucket').body.object_lock_enabled).toBe(true);
    const lock = resourceOf(json, 'aws_s3_bucket_object_lock_configuration', 'Bucket_ObjectLock').body;
    expect(lock.object_lock_enabled).toBe('Enabled');
    expect(lock.rule).toEqual([{ default_retention: [{ mode: 'COMPLIANCE', days: 365 }] }]);
    expect(lock.depends_on).toEqual([`aws_s3_bucket_versioning.${resourceOf(json, 'aws_s3_bucket_versioning', 'Bucket_Versioning').name}`]);
    expect(bucket.objectLock?.mode).toBe(ObjectLockMode.COMPLIANCE);
  });

  test('governance mode and a custom noncurrent-version period', () => {
    const { json } = one({ provider: 'scaleway', region: 'fr-par', bucketName: 'acme-gov', retention: Retention.days(90), noncurrentVersionRetention: Retention.days(1), objectLock: ObjectLock.governance(Retention.days(30)) });
    expect(resourceOf(json, 'aws_s3_bucket_object_lock_configuration', 'Bucket_ObjectLock').body.rule[0].default_retention).toEqual([{ mode: 'GOVERNANCE', days: 30 }]);
    expect(resourceOf(json, 'aws_s3_bucket_lifecycle_configuration', 'Bucket_Lifecycle').body.rule[0].noncurrent_version_expiration).toEqual([{ noncurrent_days: 1 }]);
  });

  test('a retention shorter than 7 days bounds the noncurrent period too', () => {
    const { json } = one({ provider: 'scaleway', region: 'fr-par', bucketName: 'acme-short', retention: Retention.days(3) });
    expect(resourceOf(json, 'aws_s3_bucket_lifecycle_configuration', 'Bucket_Lifecycle').body.rule[0].noncurrent_version_expiration).toEqual([{ noncurrent_days: 3 }]);
  });

  test('access logging to another EuBucket in the same region', () => {
    const { stack } = stackOf();
    const logs = new EuBucket(stack, 'Logs', { provider: 'ovhcloud', region: 'gra', bucketName: 'acme-logs', retention: Retention.days(90) });
    new EuBucket(stack, 'Data', { provider: 'ovhcloud', region: 'GRA', bucketName: 'acme-data', accessLogsBucket: logs });
    new EuBucket(stack, 'Other', { provider: 'ovhcloud', region: 'gra', bucketName: 'acme-other', accessLogsBucket: logs, accessLogsPrefix: 'other/' });
    const json = synth(stack);
    expect(resourceOf(json, 'aws_s3_bucket_logging', 'Data_AccessLogging').body).toEqual(expect.objectContaining({
      bucket: `\${aws_s3_bucket.${resourceOf(json, 'aws_s3_bucket', 'Data').name}.id}`,
      // a reference, so that Terraform creates the log bucket first
      target_bucket: `\${aws_s3_bucket.${resourceOf(json, 'aws_s3_bucket', 'Logs').name}.bucket}`,
      target_prefix: 'acme-data/',
    }));
    expect(resourceOf(json, 'aws_s3_bucket_logging', 'Other_AccessLogging').body.target_prefix).toBe('other/');
    // One provider configuration for the three buckets.
    expect((json.provider.aws as Json[]).map((p) => p.alias)).toEqual(['ovhcloud_gra']);
    expect(findingLines(check(json))).toEqual([]);
  });

  test('several providers in one stack: one provider configuration each, rendered once', () => {
    const { stack } = stackOf();
    new EuBucket(stack, 'A', { provider: 'scaleway', region: 'fr-par', bucketName: 'acme-a' });
    new EuBucket(stack, 'B', { provider: 'scaleway', region: 'fr-par', bucketName: 'acme-b' });
    new EuBucket(stack, 'C', { provider: 'scaleway', region: 'pl-waw', bucketName: 'acme-c' });
    new EuBucket(stack, 'D', { provider: 'upcloud', region: 'europe-2', endpoint: 'https://one.upcloudobjects.com', bucketName: 'acme-d' });
    new EuBucket(stack, 'E', { provider: 'upcloud', region: 'europe-2', endpoint: 'https://two.upcloudobjects.com', bucketName: 'acme-e' });
    const json = synth(stack);
    const aliases = (json.provider.aws as Json[]).map((p) => p.alias as string);
    expect(aliases.slice(0, 2)).toEqual(['scaleway_fr_par', 'scaleway_pl_waw']);
    expect(aliases.slice(2).every((a) => /^upcloud_europe_2_[0-9a-f]{8}$/.test(a))).toBe(true);
    expect(new Set(aliases).size).toBe(4);
    expect(Object.keys(json.variable)).toHaveLength(8);
  });

  test('credentials from a profile or the environment: no variables at all', () => {
    const { stack } = stackOf();
    new EuBucket(stack, 'A', { provider: 'scaleway', region: 'fr-par', bucketName: 'acme-a', credentials: S3Credentials.fromProfile('scw-prod') });
    new EuBucket(stack, 'B', { provider: 'ionos', region: 'eu-central-4', bucketName: 'acme-b', credentials: S3Credentials.fromEnvironment() });
    const json = synth(stack);
    expect(awsProvider(json, 'scaleway_fr_par').profile).toBe('scw-prod');
    expect(awsProvider(json, 'scaleway_fr_par').access_key).toBeUndefined();
    const ionos = awsProvider(json, 'ionos_eu_central_4');
    expect([ionos.access_key, ionos.secret_key, ionos.profile]).toEqual([undefined, undefined, undefined]);
    expect(json.variable).toBeUndefined();
  });

  test('user tags, a special-category classification and a country jurisdiction', () => {
    const policy = new SovereigntyPolicy({ jurisdiction: Jurisdiction.countries(['DE', 'AT']) });
    const { json, bucket } = one({ provider: 'ionos', region: 'eu-central-3', bucketName: 'acme-health', dataClassification: DataClassification.SPECIAL_CATEGORY, retention: Retention.days(10), tags: { owner: 'team-health' } }, policy);
    expect(resourceOf(json, 'aws_s3_bucket', 'Bucket').body.tags).toEqual({ 'owner': 'team-health', 'data-classification': 'special-category', 'jurisdiction': 'AT_DE' });
    expect(bucket.holdsPersonalData).toBe(true);
    expect(findingLines(check(json, policy))).toEqual([]);
  });

  test('holdsPersonalData: false keeps a non-personal classification even when the policy default is personal', () => {
    const policy = new SovereigntyPolicy({ defaultDataClassification: DataClassification.PERSONAL });
    expect(one({ provider: 'scaleway', region: 'fr-par', bucketName: 'acme-x', holdsPersonalData: false }, policy).bucket.dataClassification).toBe(DataClassification.CONFIDENTIAL);
    expect(() => one({ provider: 'scaleway', region: 'fr-par', bucketName: 'acme-y' }, policy)).toThrow(/PERSONAL|personal/);
  });

  test('construct ids are stable: Resource is the bucket, children are named', () => {
    const { stack } = stackOf();
    const b = new EuBucket(stack, 'Customers', { provider: 'ionos', region: 'eu-central-3', bucketName: 'acme-c', retention: Retention.days(30), objectLock: ObjectLock.compliance(Retention.days(7)) });
    expect(b.node.defaultChild).toBe(b.resource);
    expect(b.node.children.map((c) => c.node.id).sort()).toEqual(['Encryption', 'Lifecycle', 'ObjectLock', 'PublicAccessBlock', 'Resource', 'Versioning']);
  });

  test('HCL synthesis renders the same resources', () => {
    const { stack } = stackOf();
    new EuBucket(stack, 'Bucket', { provider: 'scaleway', region: 'fr-par', bucketName: 'acme-hcl', retention: Retention.days(30) });
    const hcl = Testing.synthHcl(stack);
    expect(hcl).toContain('resource "aws_s3_bucket_lifecycle_configuration"');
    expect(hcl).toMatch(/sse_algorithm\s*=\s*"AES256"/);
    expect(hcl).toMatch(/s3\s*=\s*"https:\/\/s3\.fr-par\.scw\.cloud"/);
  });
});

describe('opting out produces the specific finding', () => {
  test('client-side encryption on a provider that encrypts server-side: SOV-ENCRYPTION-AT-REST', () => {
    const { json } = one({ provider: 'scaleway', region: 'fr-par', bucketName: 'acme-cse', encryption: BucketEncryption.CLIENT_SIDE });
    expect(namesOf(json, 'aws_s3_bucket_server_side_encryption_configuration')).toEqual([]);
    const findings = check(json).findings;
    expect(findings.map((f) => f.ruleId)).toEqual(['SOV-ENCRYPTION-AT-REST']);
    expect(findings[0].message).toContain('no server-side encryption configuration, although Scaleway supports it');
  });

  test('versioning off: no versioning resource, and SOV-VERSIONING says what is lost', () => {
    const { json, bucket } = one({ provider: 'scaleway', region: 'fr-par', bucketName: 'acme-nover', versioned: false, holdsPersonalData: true, retention: Retention.days(30) });
    expect(namesOf(json, 'aws_s3_bucket_versioning')).toEqual([]);
    expect(resourceOf(json, 'aws_s3_bucket_lifecycle_configuration', 'Bucket_Lifecycle').body.rule[0].noncurrent_version_expiration).toBeUndefined();
    expect(bucket.versioned).toBe(false);
    const findings = check(json).findings;
    expect(findings.map((f) => [f.ruleId, f.address])).toEqual([['SOV-VERSIONING', `aws_s3_bucket.${resourceOf(json, 'aws_s3_bucket', 'Bucket').name}`]]);
    expect(findings[0].message).toBe('It holds personal data but keeps no object versions (no versioning argument): an overwrite or deletion cannot be undone.');
  });

  test('personal data above the policy maximum cannot be built; a raw override past it is reported by SOV-RETENTION', () => {
    const policy = new SovereigntyPolicy({ personalDataMaxRetention: Retention.days(30) });
    const { stack } = stackOf(policy);
    const b = new EuBucket(stack, 'Bucket', { provider: 'scaleway', region: 'fr-par', bucketName: 'acme-over', holdsPersonalData: true, retention: Retention.days(30) });
    const lifecycle = b.node.findChild('Lifecycle') as unknown as { addOverride(path: string, value: unknown): void };
    lifecycle.addOverride('rule.0.expiration.0.days', 400);
    const findings = check(synth(stack), policy).findings;
    expect(findings.map((f) => f.ruleId)).toEqual(['SOV-RETENTION']);
    expect(findings[0].message).toContain('longer than the policy maximum of 30 days');
  });
});
