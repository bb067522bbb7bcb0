/*
 * The state backend is judged like a resource (`terraform_backend`, address
 * `terraform.backend.<type>`): the state holds every secret and often personal data, so where
 * it is kept is a location question, and literal keys in it are secrets in the configuration.
 */
import { RuleId } from '../../lib/compliance/rules/ids';
import { findingsOf, flagged } from './helpers';

const withBackend = (type: string, body: Record<string, unknown>) => ({ terraform: { backend: { [type]: body } } });
const hclForm = (type: string, body: Record<string, unknown>) => ({ terraform: [{ backend: { [type]: [body] } }] });

describe('where the s3 backend keeps the state', () => {
  test('AWS us-east-1 is outside the EU', () => {
    const [finding] = findingsOf(withBackend('s3', { bucket: 'tf', key: 'k', region: 'us-east-1' }), RuleId.LOCATION);
    expect(finding.address).toBe('terraform.backend.s3');
    expect(finding.resourceType).toBe('terraform_backend');
    expect(finding.message).toMatch(/^It is located in us-east-1 \(US \(United States\)\), determined from region of the s3 backend/);
  });

  test('AWS eu-central-1 is inside (HCL form of the block)', () => {
    expect(flagged(hclForm('s3', { bucket: 'tf', key: 'k', region: 'eu-central-1' }), RuleId.LOCATION)).toEqual([]);
    expect(flagged(hclForm('s3', { bucket: 'tf', key: 'k', region: 'eu-central-1' }), RuleId.LOCATION_UNKNOWN)).toEqual([]);
  });

  test('an S3-compatible endpoint is placed through the catalog (OVHcloud Gravelines, Exoscale Geneva)', () => {
    const ovh = withBackend('s3', { bucket: 'tf', key: 'k', region: 'gra', endpoints: { s3: 'https://s3.gra.io.cloud.ovh.net' }, use_lockfile: true });
    expect(flagged(ovh, RuleId.LOCATION)).toEqual([]);
    expect(flagged(ovh, RuleId.LOCATION_UNKNOWN)).toEqual([]);
    const exo = withBackend('s3', { bucket: 'tf', key: 'k', region: 'ch-gva-2', endpoint: 'https://sos-ch-gva-2.exo.io' });
    expect(findingsOf(exo, RuleId.LOCATION)[0].message).toMatch(/ch-gva-2 \(CH \(Switzerland\)\).*endpoint sos-ch-gva-2\.exo\.io of the s3 backend/);
  });

  test('an endpoint the catalog does not know, or no region at all, is unknown (fail closed)', () => {
    const [unknownHost] = findingsOf(withBackend('s3', { bucket: 'tf', key: 'k', region: 'x', endpoints: { s3: 'https://minio.example.org' } }), RuleId.LOCATION_UNKNOWN);
    expect(unknownHost.message).toMatch(/minio\.example\.org belongs to no provider in the catalog/);
    const [noRegion] = findingsOf(withBackend('s3', { bucket: 'tf', key: 'k' }), RuleId.LOCATION_UNKNOWN);
    expect(noRegion.message).toMatch(/neither an endpoint nor a region/);
  });

  test('other backends are not located (gcs, azurerm)', () => {
    expect(flagged(withBackend('gcs', { bucket: 'tf' }), RuleId.LOCATION_UNKNOWN)).toEqual([]);
    expect(flagged(withBackend('azurerm', { storage_account_name: 'x', container_name: 'tf', key: 'k' }), RuleId.LOCATION_UNKNOWN)).toEqual([]);
  });
});

describe('secrets in the backend block', () => {
  test('literal access and secret keys are flagged; variables are not allowed in backends, environment is the way', () => {
    const config = withBackend('s3', { bucket: 'tf', key: 'k', region: 'eu-central-1', access_key: 'SCWQ7K3M9X2B4N6P8R1T', secret_key: '11111111-2222-3333-4444-555555555555' });
    expect(findingsOf(config, RuleId.SECRETS).map((f) => f.message)).toEqual([
      'A secret is written into the configuration: access_key is a literal value.',
      'A secret is written into the configuration: secret_key is a literal value.',
    ]);
    expect(flagged(withBackend('s3', { bucket: 'tf', key: 'k', region: 'eu-central-1', profile: 'scw' }), RuleId.SECRETS)).toEqual([]);
  });

  test('placeholder keys (a run of X, an all-zero UUID) disclose nothing (issue 16, class 8)', () => {
    const config = withBackend('s3', { bucket: 'tf', key: 'k', region: 'eu-central-1', access_key: 'SCWXXXXXXXXXXXXXXXXX', secret_key: '00000000-0000-0000-0000-000000000000' });
    expect(flagged(config, RuleId.SECRETS)).toEqual([]);
  });
});
