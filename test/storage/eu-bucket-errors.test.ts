import { Fn } from 'cdktf';
import { DataClassification } from '../../lib/core/classification';
import { Jurisdiction } from '../../lib/core/jurisdiction';
import { SovereigntyPolicy } from '../../lib/core/policy';
import { Retention } from '../../lib/core/retention';
import { S3Credentials } from '../../lib/storage/credentials';
import { EuBucket, EuBucketProps } from '../../lib/storage/eu-bucket';
import { BucketEncryption, EuBucketBackend, ObjectLock } from '../../lib/storage/options';
import { errorOf } from './errors';
import { stackOf } from './fixtures';

const BASE: EuBucketProps = { provider: 'scaleway', region: 'fr-par', bucketName: 'acme-data' };

function build(props: Partial<EuBucketProps>, policy?: SovereigntyPolicy): EuBucket {
  const { stack } = stackOf(policy);
  return new EuBucket(stack, 'Bucket', { ...BASE, ...props } as EuBucketProps);
}

describe('location', () => {
  test('unknown provider: the closest catalog id', () => {
    const e = errorOf(() => build({ provider: 'scalewayy' }), 'UNKNOWN_PROVIDER');
    expect(e.message).toContain('got "scalewayy"');
    expect(e.message).toContain('Did you mean "scaleway"?');
    expect(e.message).toContain('Allowed: otc, stackit, ovhcloud, scaleway, ionos, hetzner, exoscale, upcloud.');
  });

  test('a US hyperscaler is not a European provider', () => {
    const e = errorOf(() => build({ provider: 'aws', region: 'eu-central-1' }), 'NOT_A_EUROPEAN_S3_PROVIDER');
    expect(e.message).toContain('got "aws"');
    expect(e.message).toContain('Amazon Web Services (AWS) is a US hyperscaler');
  });

  test('unknown region: the closest codes', () => {
    const e = errorOf(() => build({ region: 'fr-pa' }), 'UNKNOWN_REGION');
    expect(e.message).toContain('Region of Scaleway: got "fr-pa"');
    expect(e.message).toContain('Did you mean "fr-par"');
  });

  test('a zone is not an object-storage region: use its region', () => {
    const e = errorOf(() => build({ region: 'fr-par-1' }), 'NO_OBJECT_STORAGE_IN_REGION');
    expect(e.message).toContain('got "fr-par-1"');
    expect(e.message).toContain('Allowed: fr-par, nl-ams, pl-waw, it-mil');
    expect(e.message).toContain('use the region "fr-par" instead of the zone');
  });

  test('a region outside the EU (OVHcloud Beauharnois, Canada)', () => {
    const e = errorOf(() => build({ provider: 'ovhcloud', region: 'BHS' }), 'REGION_OUTSIDE_JURISDICTION');
    expect(e.message).toContain('EuBucket region of OVHcloud: got "BHS"');
    expect(e.message).toContain("within the policy's jurisdiction (EU)");
    expect(e.message).toContain('GRA');
    expect(e.message).toContain('CA (Canada)');
    expect(e.message).toContain('widen the SovereigntyPolicy jurisdiction deliberately');
  });

  test('a region outside a country jurisdiction (Germany only)', () => {
    const policy = new SovereigntyPolicy({ jurisdiction: Jurisdiction.countries(['DE']) });
    const e = errorOf(() => build({}, policy), 'REGION_OUTSIDE_JURISDICTION');
    expect(e.message).toContain('got "fr-par"');
    expect(e.message).toContain('none of Scaleway\'s object-storage regions');
    const ovh = errorOf(() => build({ provider: 'ovhcloud', region: 'GRA' }, policy), 'REGION_OUTSIDE_JURISDICTION');
    expect(ovh.message).toContain('Allowed: a region within the policy\'s jurisdiction (DE): DE.');
  });

  test('UpCloud needs its per-service endpoint', () => {
    const e = errorOf(() => build({ provider: 'upcloud', region: 'europe-1' }), 'ENDPOINT_REQUIRED');
    expect(e.message).toContain('EuBucket endpoint for UpCloud europe-1: got undefined');
    expect(e.message).toContain('pass `endpoint`');
  });

  test.each([
    ['http://abc.upcloudobjects.com'],
    ['https://abc.upcloudobjects.com/bucket'],
    ['not a url'],
  ])('endpoint %s is not an https host', (endpoint) => {
    const e = errorOf(() => build({ provider: 'upcloud', region: 'europe-1', endpoint }), 'INVALID_ENDPOINT');
    expect(e.message).toContain(`got ${JSON.stringify(endpoint)}`);
    expect(e.message).toContain('TLS is required');
  });

  test('an endpoint of another provider', () => {
    const e = errorOf(() => build({ endpoint: 'https://s3.gra.io.cloud.ovh.net' }), 'ENDPOINT_PROVIDER_MISMATCH');
    expect(e.message).toContain('the endpoint belongs to OVHcloud: set provider "ovhcloud"');
  });

  test('an endpoint of another region', () => {
    const e = errorOf(() => build({ endpoint: 'https://s3.nl-ams.scw.cloud' }), 'ENDPOINT_REGION_MISMATCH');
    expect(e.message).toContain('an endpoint of region fr-par (https://s3.fr-par.scw.cloud)');
    expect(e.message).toContain('set region "nl-ams"');
  });

  test('a bucket host instead of the service endpoint', () => {
    const e = errorOf(() => build({ endpoint: 'https://acme.s3.fr-par.scw.cloud' }), 'ENDPOINT_IS_BUCKET_HOST');
    expect(e.message).toContain('use https://s3.fr-par.scw.cloud.');
  });

  test('an endpoint that is a reference cannot be located', () => {
    const e = errorOf(() => build({ provider: 'upcloud', region: 'europe-1', endpoint: Fn.lower('X') }), 'UNRESOLVED_ENDPOINT');
    expect(e.message).toContain('write the endpoint as a literal');
  });
});

describe('bucket name', () => {
  test.each([
    ['ab', '2 characters long'],
    ['a'.repeat(64), '64 characters long'],
    ['Acme-Data', 'characters other than lower-case letters'],
    ['acme.data', 'contains a dot'],
    ['-acme', 'does not start and end with a letter or digit'],
    ['acme_data', 'characters other than lower-case letters'],
    ['xn--acme', 'prefix or suffix S3 reserves'],
    ['acme-s3alias', 'prefix or suffix S3 reserves'],
  ])('%s is rejected (%s)', (bucketName, problem) => {
    const e = errorOf(() => build({ bucketName }), 'INVALID_BUCKET_NAME');
    expect(e.message).toContain(`got ${JSON.stringify(bucketName)}`);
    expect(e.message).toContain('S3 naming rules');
    expect(e.message).toContain(problem);
  });

  test('IP-address-like names are rejected', () => {
    const e = errorOf(() => build({ bucketName: '192.168.1.1' }), 'INVALID_BUCKET_NAME');
    expect(e.message).toContain('formatted as an IP address');
  });

  test('unresolved names are not checked (the engine judges the resolved JSON)', () => {
    expect(build({ bucketName: Fn.lower('ACME') }).bucketName).toMatch(/TOKEN/);
  });
});

describe('retention and classification', () => {
  test('personal data without retention', () => {
    const e = errorOf(() => build({ holdsPersonalData: true }), 'PERSONAL_DATA_WITHOUT_RETENTION');
    expect(e.message).toContain('EuBucket retention: got undefined');
    expect(e.message).toContain('GDPR Art. 5(1)(e)');
    expect(e.message).toContain('retention: Retention.days(30)');
  });

  test('a personal classification without retention', () => {
    const e = errorOf(() => build({ dataClassification: DataClassification.SPECIAL_CATEGORY }), 'PERSONAL_DATA_WITHOUT_RETENTION');
    expect(e.message).toContain('special-category data');
  });

  test('retention above or below the policy bounds for personal data', () => {
    const policy = new SovereigntyPolicy({ personalDataMaxRetention: Retention.days(90), personalDataMinRetention: Retention.days(7) });
    const over = errorOf(() => build({ holdsPersonalData: true, retention: Retention.months(6) }, policy), 'RETENTION_ABOVE_POLICY');
    expect(over.message).toContain('got "6 months"');
    expect(over.message).toContain('at most 90 days (90 days, SovereigntyPolicy.personalDataMaxRetention)');
    const under = errorOf(() => build({ holdsPersonalData: true, retention: Retention.days(1) }, policy), 'RETENTION_BELOW_POLICY');
    expect(under.message).toContain('at least 7 days');
  });

  test('personal data on a provider without lifecycle expiry (Exoscale)', () => {
    const e = errorOf(() => build({ provider: 'exoscale', region: 'at-vie-1', holdsPersonalData: true, retention: Retention.days(30) }), 'FEATURE_UNSUPPORTED');
    expect(e.message).toContain('EuBucket retention: got "30 days"');
    expect(e.message).toContain('lifecycle expiration is not one of them');
    expect(e.message).toContain('"Object Lifecycle Management" is in the unsupported list');
    expect(e.message).toContain('store it with a provider that supports lifecycle expiration');
  });

  test('contradictory holdsPersonalData and dataClassification', () => {
    const e = errorOf(() => build({ holdsPersonalData: false, dataClassification: DataClassification.PERSONAL, retention: Retention.days(3) }), 'CONTRADICTORY_CLASSIFICATION');
    expect(e.message).toContain('"holdsPersonalData":false');
  });

  test('a noncurrent-version period without retention', () => {
    const e = errorOf(() => build({ noncurrentVersionRetention: Retention.days(3) }), 'NONCURRENT_WITHOUT_RETENTION');
    expect(e.message).toContain('only together with retention on a versioned bucket');
  });

  test('a retention that is not a Retention', () => {
    const e = errorOf(() => build({ retention: 30 as unknown as Retention }), 'INVALID_RETENTION');
    expect(e.message).toContain('EuBucket retention: got 30');
  });

  test('an unknown data classification', () => {
    const e = errorOf(() => build({ dataClassification: 'secret' as DataClassification }), 'INVALID_CHOICE');
    expect(e.message).toContain('Allowed: public, internal, confidential, personal, special-category');
  });
});

describe('object lock', () => {
  test('on a provider without object lock (UpCloud)', () => {
    const e = errorOf(() => build({ provider: 'upcloud', region: 'europe-1', endpoint: 'https://abc.upcloudobjects.com', objectLock: ObjectLock.compliance(Retention.days(7)) }), 'FEATURE_UNSUPPORTED');
    expect(e.message).toContain('object lock / WORM is not one of them');
    expect(e.message).toContain('catalog: unverified');
  });

  test('a mode the provider does not have (OTC OBS: COMPLIANCE only)', () => {
    const e = errorOf(() => build({ provider: 'otc', region: 'eu-de', objectLock: ObjectLock.governance(Retention.days(7)) }), 'FEATURE_UNSUPPORTED');
    expect(e.message).toContain('EuBucket objectLock mode: got "GOVERNANCE"');
    expect(e.message).toContain('use ObjectLock.compliance(…): Open Telekom Cloud supports only COMPLIANCE');
  });

  test('longer than the provider allows (STACKIT: 365 days)', () => {
    const e = errorOf(() => build({ provider: 'stackit', region: 'eu01', objectLock: ObjectLock.compliance(Retention.days(400)) }), 'OBJECT_LOCK_TOO_LONG');
    expect(e.message).toContain('got "400 days (400 days)"');
    expect(e.message).toContain('at most 365 days on STACKIT');
  });

  test('retention shorter than the lock period', () => {
    const e = errorOf(() => build({ retention: Retention.days(30), objectLock: ObjectLock.compliance(Retention.days(90)) }), 'RETENTION_SHORTER_THAN_LOCK');
    expect(e.message).toContain('"retention":"30 days (30 days)"');
    expect(e.message).toContain('lengthen retention to at least 90 days');
  });

  test('object lock without versioning', () => {
    const e = errorOf(() => build({ versioned: false, objectLock: ObjectLock.compliance(Retention.days(7)) }), 'OBJECT_LOCK_NEEDS_VERSIONING');
    expect(e.message).toContain('object lock only on a versioned bucket');
  });

  test('a lock period that is not a Retention', () => {
    const e = errorOf(() => ObjectLock.compliance(7 as unknown as Retention), 'INVALID_OBJECT_LOCK_PERIOD');
    expect(e.message).toContain('ObjectLock.compliance period: got 7');
  });

  test('an objectLock that is not an ObjectLock', () => {
    const e = errorOf(() => build({ objectLock: { mode: 'COMPLIANCE' } as unknown as ObjectLock }), 'INVALID_OBJECT_LOCK');
    expect(e.message).toContain('ObjectLock.compliance(period)');
  });
});

describe('encryption', () => {
  test('Hetzner cannot encrypt server-side: the default throws and names the opt-out', () => {
    const e = errorOf(() => build({ provider: 'hetzner', region: 'nbg1' }), 'NO_PROVIDER_ENCRYPTION');
    expect(e.message).toContain('got "provider-managed"');
    expect(e.message).toContain('BucketEncryption.CLIENT_SIDE on Hetzner Cloud');
    expect(e.message).toContain('encryption: BucketEncryption.CLIENT_SIDE with clientSideEncryptionReason: "<who encrypts, where the keys are>"');
  });

  test('SSE-KMS where the provider has none (IONOS)', () => {
    const e = errorOf(() => build({ provider: 'ionos', region: 'eu-central-3', encryptionKeyId: 'key-1' }), 'FEATURE_UNSUPPORTED');
    expect(e.message).toContain('EuBucket encryption CUSTOMER_MANAGED_KEY: got "key-1"');
    expect(e.message).toContain('"AES256" is the only valid sse_algorithm');
  });

  test('the policy requires customer-managed keys and the provider has them', () => {
    const policy = new SovereigntyPolicy({ requireCustomerManagedKeys: true });
    const e = errorOf(() => build({}, policy), 'CUSTOMER_MANAGED_KEY_REQUIRED');
    expect(e.message).toContain('Scaleway offers SSE-KMS');
    // Where no customer key exists, provider-managed encryption is accepted.
    expect(build({ provider: 'ionos', region: 'eu-central-3' }, policy).encryption).toBe(BucketEncryption.PROVIDER_MANAGED);
  });

  test('CUSTOMER_MANAGED_KEY without a key, a key without CUSTOMER_MANAGED_KEY, an empty key', () => {
    expect(errorOf(() => build({ encryption: BucketEncryption.CUSTOMER_MANAGED_KEY }), 'KMS_KEY_REQUIRED').message).toContain('set encryptionKeyId');
    expect(errorOf(() => build({ encryption: BucketEncryption.CLIENT_SIDE, encryptionKeyId: 'k' }), 'KEY_WITHOUT_CUSTOMER_MANAGED_ENCRYPTION').message)
      .toContain('encryptionKeyId only with BucketEncryption.CUSTOMER_MANAGED_KEY');
    expect(errorOf(() => build({ encryptionKeyId: ' ' }), 'INVALID_KMS_KEY').message).toContain('got " "');
  });

  test('an unknown encryption value', () => {
    const e = errorOf(() => build({ encryption: 'none' as BucketEncryption }), 'INVALID_CHOICE');
    expect(e.message).toContain('Allowed: provider-managed, customer-managed-key, client-side');
  });
});

describe('tags, logging, backend, credentials', () => {
  test('tags on a provider without bucket tagging (Hetzner)', () => {
    const e = errorOf(() => build({ provider: 'hetzner', region: 'fsn1', encryption: BucketEncryption.CLIENT_SIDE, tags: { owner: 'x' } }), 'FEATURE_UNSUPPORTED');
    expect(e.message).toContain('bucket tags is not one of them');
    expect(e.message).toContain('remove tags');
  });

  test('reserved and oversized tags', () => {
    expect(errorOf(() => build({ tags: { 'data-classification': 'public' } }), 'RESERVED_TAG').message).toContain('use the dataClassification prop');
    expect(errorOf(() => build({ tags: { jurisdiction: 'EU' } }), 'RESERVED_TAG').message).toContain('set the jurisdiction on the SovereigntyPolicy');
    expect(errorOf(() => build({ tags: { owner: 'x'.repeat(257) } }), 'INVALID_TAG').message).toContain('S3 tag limits');
  });

  test('access logging where the provider has none (Scaleway)', () => {
    const { stack } = stackOf();
    const logs = new EuBucket(stack, 'Logs', { ...BASE, bucketName: 'acme-logs' });
    const e = errorOf(() => new EuBucket(stack, 'Data', { ...BASE, accessLogsBucket: logs }), 'FEATURE_UNSUPPORTED');
    expect(e.message).toContain('got "storage/Logs"');
    expect(e.message).toContain('server access logging is not one of them');
  });

  test('access logs to another region, or into the bucket itself', () => {
    const { stack } = stackOf();
    const logs = new EuBucket(stack, 'Logs', { provider: 'ovhcloud', region: 'sbg', bucketName: 'acme-logs' });
    const e = errorOf(() => new EuBucket(stack, 'Data', { provider: 'ovhcloud', region: 'gra', bucketName: 'acme-data', accessLogsBucket: logs }), 'ACCESS_LOG_TARGET_ELSEWHERE');
    expect(e.message).toContain('got "ovhcloud SBG (https://s3.sbg.io.cloud.ovh.net)"');
    expect(e.message).toContain('another EuBucket on OVHcloud GRA');
    expect(errorOf(() => new EuBucket(stack, 'P', { provider: 'ovhcloud', region: 'gra', bucketName: 'acme-p', accessLogsPrefix: 'x/' }), 'PREFIX_WITHOUT_TARGET').message).toContain('set accessLogsBucket');
    expect(errorOf(() => new EuBucket(stack, 'Q', { provider: 'ovhcloud', region: 'sbg', bucketName: 'acme-q', accessLogsBucket: logs, accessLogsPrefix: '/x' }), 'INVALID_LOG_PREFIX').message).toContain('not starting with "/"');
  });

  test('the OTC-native backend on another provider', () => {
    const e = errorOf(() => build({ backend: EuBucketBackend.OTC_NATIVE }), 'BACKEND_PROVIDER_MISMATCH');
    expect(e.message).toContain('set provider "otc"');
  });

  test('two buckets of one provider and region with different credentials', () => {
    const { stack } = stackOf();
    new EuBucket(stack, 'A', { ...BASE, bucketName: 'acme-a' });
    const e = errorOf(() => new EuBucket(stack, 'B', { ...BASE, bucketName: 'acme-b', credentials: S3Credentials.fromProfile('other') }), 'CONFLICTING_CREDENTIALS');
    expect(e.message).toContain('got "S3Credentials.fromProfile(\\"other\\")"');
    expect(e.message).toContain('S3Credentials.fromVariables()');
  });

  test('an invalid profile name', () => {
    expect(errorOf(() => S3Credentials.fromProfile('my profile'), 'INVALID_PROFILE').message).toContain('got "my profile"');
  });

  test('missing props', () => {
    const { stack } = stackOf();
    expect(errorOf(() => new EuBucket(stack, 'X', undefined as unknown as EuBucketProps), 'MISSING_PROPS').message).toContain('pass { provider, region, bucketName }');
  });
});
