import { SealLevel, SovereigntyPolicy } from '../../../lib';
import { findingsOf, run, s3Provider, tf } from '../helpers';

const SEAL = 'SOV-SEAL';
const minimum = (level: SealLevel) => ({ policy: new SovereigntyPolicy({ minimumSeal: level }) });
const personal = { 'data-classification': 'personal' };

/** An OBS bucket in eu-de, encrypted with a customer-managed KMS key. */
const otcWithKms = tf({
  provider: { opentelekomcloud: { region: 'eu-de' } },
  resource: {
    opentelekomcloud_kms_key_v1: { key: { key_alias: 'records' } },
    opentelekomcloud_obs_bucket: {
      records: {
        bucket: 'records', region: 'eu-de', tags: personal,
        server_side_encryption: [{ algorithm: 'kms', kms_key_id: '${opentelekomcloud_kms_key_v1.key.id}' }],
      },
    },
  },
});

describe('SOV-SEAL', () => {
  test('compliant: an EU-controlled provider holding the data under a customer-managed key reaches SEAL-2 (and SEAL-3)', () => {
    expect(findingsOf(otcWithKms, SEAL, minimum(SealLevel.SEAL_2))).toEqual([]);
    expect(findingsOf(otcWithKms, SEAL, minimum(SealLevel.SEAL_3))).toEqual([]);
  });

  test('non-compliant: the same data cannot reach SEAL-4, because the provider operates the KMS (SOV-3.1)', () => {
    const [f, ...rest] = findingsOf(otcWithKms, SEAL, minimum(SealLevel.SEAL_4));
    expect(rest).toEqual([]);
    expect(f.address).toBe('provider.opentelekomcloud');
    expect(f.message).toMatch(/^Open Telekom Cloud allows at most SEAL-3 for the data this configuration stores there, below the policy's minimum SEAL-4\. At most SEAL-3: SOV-3\.1/);
    expect(f.remediation).toMatch(/customer-managed keys \(or keys only you hold\)/);
    expect(f.dependsOnUnverifiedFact).toBe(true);
  });

  test('non-compliant: AWS in an EU region is at most SEAL-1 (US parent, CLOUD Act), at the provider configuration', () => {
    const config = tf({
      provider: { aws: { region: 'eu-central-1' } },
      resource: { aws_s3_bucket: { data: { bucket: 'customer-data', tags: personal } } },
    });
    const [f, ...rest] = findingsOf(config, SEAL, minimum(SealLevel.SEAL_2));
    expect(rest).toEqual([]);
    expect(f.address).toBe('provider.aws');
    expect(f.message).toMatch(/^AWS \(commercial regions\) allows at most SEAL-1 .*below the policy's minimum SEAL-2\. At most SEAL-1: SOV-1\.1 .*Amazon\.com.*SOV-2\.2/);
    expect(f.remediation).toMatch(/EU-controlled provider/);
  });

  test('non-compliant: the AWS European Sovereign Cloud is judged as its own offering, and still capped by its US parent', () => {
    const config = tf({ provider: { aws: { region: 'eusc-de-east-1' } } , resource: { aws_s3_bucket: { data: { bucket: 'customer-data', tags: personal } } } });
    const [f] = findingsOf(config, SEAL, minimum(SealLevel.SEAL_2));
    expect(f.message).toMatch(/^AWS European Sovereign Cloud allows at most SEAL-1/);
    expect(f.message).not.toMatch(/SOV-2\.2 \(/);
  });

  test('non-compliant: an EU provider whose S3 buckets use provider-managed keys is at most SEAL-1 for that data', () => {
    const config = tf({
      provider: { aws: s3Provider('https://s3.eu-central-3.ionoscloud.com', 'eu-central-3') },
      resource: {
        aws_s3_bucket: { logs: { bucket: 'logs', tags: personal } },
        aws_s3_bucket_server_side_encryption_configuration: {
          logs: { bucket: '${aws_s3_bucket.logs.id}', rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'AES256' }] }] },
        },
      },
    });
    const [f, ...rest] = findingsOf(config, SEAL, minimum(SealLevel.SEAL_2));
    expect(rest).toEqual([]);
    expect(f.message).toMatch(/^IONOS Cloud allows at most SEAL-1 for the data.*SOV-3\.1.*aws_s3_bucket\.logs is encrypted with keys the provider manages/);
  });

  test('runs only with a minimum in the policy, as a warning by default', () => {
    const config = tf({ provider: { aws: { region: 'eu-central-1' } }, resource: { aws_s3_bucket: { data: { bucket: 'x', tags: personal } } } });
    expect(run(config).findings.filter((f) => f.ruleId === SEAL)).toEqual([]);
    const withMinimum = run(config, undefined, minimum(SealLevel.SEAL_2)).findings.filter((f) => f.ruleId === SEAL);
    expect(withMinimum.map((f) => [f.address, f.level])).toEqual([['provider.aws', 'warning']]);
    expect(run(config, undefined, minimum(SealLevel.SEAL_2)).context.policy.minimumSeal).toBe('SEAL-2');
  });

  test('an invalid minimum is refused with the allowed levels', () => {
    expect(() => new SovereigntyPolicy({ minimumSeal: 'SEAL-9' as SealLevel })).toThrow(/minimumSeal.*SEAL-9.*Allowed: SEAL-0, SEAL-1, SEAL-2, SEAL-3, SEAL-4/s);
  });
});
