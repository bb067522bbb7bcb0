import { Jurisdiction } from '../../lib/core/jurisdiction';
import { SovereigntyPolicy } from '../../lib/core/policy';
import { EuStateBackend, EuStateBackendProps, StateEncryption } from '../../lib/storage/state-backend';
import { errorOf } from './errors';
import { Json, stackOf, synth } from './fixtures';

function backendOf(props: EuStateBackendProps, policy?: SovereigntyPolicy, stackName = 'network'): { json: Json; s3: Json; backend: EuStateBackend } {
  const { stack } = stackOf(policy, stackName);
  const backend = new EuStateBackend(stack, props);
  const json = synth(stack);
  return { json, s3: json.terraform.backend.s3, backend };
}

const SKIPS = {
  skip_credentials_validation: true,
  skip_region_validation: true,
  skip_requesting_account_id: true,
  skip_metadata_api_check: true,
  skip_s3_checksum: true,
};

describe('EuStateBackend', () => {
  test('OVHcloud gra: every field of the generated backend block', () => {
    const { s3, backend } = backendOf({ provider: 'ovhcloud', region: 'gra', bucketName: 'acme-tfstate' });
    expect(s3).toEqual({
      bucket: 'acme-tfstate',
      key: 'network/terraform.tfstate',
      region: 'gra',
      endpoints: { s3: 'https://s3.gra.io.cloud.ovh.net' },
      use_path_style: false,
      encrypt: true,
      use_lockfile: true,
      ...SKIPS,
    });
    expect(s3.access_key).toBeUndefined();
    expect(s3.secret_key).toBeUndefined();
    expect(s3.dynamodb_table).toBeUndefined();
    expect([backend.providerId, backend.region, backend.endpoint, backend.key, backend.locking]).toEqual(['ovhcloud', 'GRA', 'https://s3.gra.io.cloud.ovh.net', 'network/terraform.tfstate', true]);
  });

  test('UpCloud: per-service endpoint, path style, platform encryption (no encrypt header), a profile and a custom key', () => {
    const { s3 } = backendOf({ provider: 'upcloud', region: 'europe-1', endpoint: 'https://abc123.upcloudobjects.com', bucketName: 'acme-tfstate', key: 'prod/app.tfstate', profile: 'upcloud-state' });
    expect(s3).toEqual({
      bucket: 'acme-tfstate',
      key: 'prod/app.tfstate',
      region: 'europe-1',
      endpoints: { s3: 'https://abc123.upcloudobjects.com' },
      use_path_style: true,
      profile: 'upcloud-state',
      use_lockfile: true,
      ...SKIPS,
    });
  });

  test('Hetzner: SSE-C with the key from the environment replaces encrypt', () => {
    const { s3 } = backendOf({ provider: 'hetzner', region: 'hel1', bucketName: 'acme-tfstate', encryption: StateEncryption.CUSTOMER_KEY_FROM_ENVIRONMENT });
    expect(s3.encrypt).toBeUndefined();
    expect(s3.sse_customer_key).toBeUndefined();
    expect(s3.endpoints).toEqual({ s3: 'https://hel1.your-objectstorage.com' });
    expect(s3.region).toBe('hel1');
  });

  test('Exoscale: locking explicitly off (no conditional writes) leaves use_lockfile out', () => {
    const { s3, backend } = backendOf({ provider: 'exoscale', region: 'ch-gva-2', bucketName: 'acme-tfstate', locking: false }, new SovereigntyPolicy({ jurisdiction: Jurisdiction.EEA_AND_ADEQUATE }));
    expect(s3.use_lockfile).toBeUndefined();
    expect(s3.encrypt).toBe(true);
    expect(backend.locking).toBe(false);
  });

  test('Open Telekom Cloud and Scaleway with their catalog endpoints', () => {
    expect(backendOf({ provider: 'otc', region: 'eu-nl', bucketName: 'acme-tfstate' }).s3.endpoints).toEqual({ s3: 'https://obs.eu-nl.otc.t-systems.com' });
    expect(backendOf({ provider: 'scaleway', region: 'pl-waw', bucketName: 'acme-tfstate' }).s3.region).toBe('pl-waw');
  });
});

describe('EuStateBackend bad input', () => {
  test('a region outside the policy', () => {
    const policy = new SovereigntyPolicy({ jurisdiction: Jurisdiction.countries(['DE']) });
    const e = errorOf(() => backendOf({ provider: 'ovhcloud', region: 'gra', bucketName: 'acme-tfstate' }, policy), 'REGION_OUTSIDE_JURISDICTION');
    expect(e.message).toContain('EuStateBackend region of OVHcloud: got "gra"');
    expect(e.message).toContain('(DE): DE.');
  });

  test('a region outside the EU', () => {
    const e = errorOf(() => backendOf({ provider: 'ionos', region: 'us-central-1', bucketName: 'acme-tfstate' }), 'REGION_OUTSIDE_JURISDICTION');
    expect(e.message).toContain('US (United States)');
  });

  test('an invalid bucket name, key or profile', () => {
    expect(errorOf(() => backendOf({ provider: 'ovhcloud', region: 'gra', bucketName: 'TF' }), 'INVALID_BUCKET_NAME').message).toContain('EuStateBackend bucketName: got "TF"');
    for (const key of ['/abs', 'dir/', 'a//b', '']) {
      expect(errorOf(() => backendOf({ provider: 'ovhcloud', region: 'gra', bucketName: 'acme-tfstate', key }), 'INVALID_STATE_KEY').message).toContain(`got ${JSON.stringify(key)}`);
    }
    expect(errorOf(() => backendOf({ provider: 'ovhcloud', region: 'gra', bucketName: 'acme-tfstate', profile: 'a b' }), 'INVALID_PROFILE').message).toContain('got "a b"');
  });

  test('Hetzner has no provider-managed encryption', () => {
    const e = errorOf(() => backendOf({ provider: 'hetzner', region: 'fsn1', bucketName: 'acme-tfstate' }), 'NO_PROVIDER_ENCRYPTION');
    expect(e.message).toContain('StateEncryption.CUSTOMER_KEY_FROM_ENVIRONMENT on Hetzner Cloud');
    expect(e.message).toContain('export AWS_SSE_CUSTOMER_KEY');
  });

  test('Exoscale locking without conditional writes', () => {
    const policy = new SovereigntyPolicy({ jurisdiction: Jurisdiction.EEA_AND_ADEQUATE });
    const e = errorOf(() => backendOf({ provider: 'exoscale', region: 'de-fra-1', bucketName: 'acme-tfstate' }, policy), 'LOCKING_UNSUPPORTED');
    expect(e.message).toContain('locking: false on Exoscale');
    expect(e.message).toContain('serialise Terraform runs yourself');
  });

  test('UpCloud without its endpoint; an unknown encryption value; missing props', () => {
    expect(errorOf(() => backendOf({ provider: 'upcloud', region: 'europe-3', bucketName: 'acme-tfstate' }), 'ENDPOINT_REQUIRED').message).toContain('UpCloud europe-3');
    expect(errorOf(() => backendOf({ provider: 'ovhcloud', region: 'gra', bucketName: 'acme-tfstate', encryption: 'kms' as StateEncryption }), 'INVALID_CHOICE').message)
      .toContain('Allowed: provider-managed, customer-key-from-environment');
    const { stack } = stackOf();
    expect(errorOf(() => new EuStateBackend(stack, undefined as unknown as EuStateBackendProps), 'MISSING_PROPS').message).toContain('EuStateBackend props: got undefined');
  });
});
