import { RuleId } from '../../../lib/compliance/rules/ids';
import { FindingLevel, Pack } from '../../../lib';
import { findingsOf, flagged, s3Provider, tf } from '../helpers';

const V = RuleId.VERSIONING;
const personal = { 'data-classification': 'personal' };

/**
 * Per store type: a versioned store (`ok`) and an unversioned one (`bad`), both marked as
 * holding personal data; versioning resources point at `ok`.
 */
const STORES: Array<[string, string, Record<string, Record<string, unknown>>, Record<string, unknown>]> = [
  ['aws (S3-compatible, Scaleway endpoint)', 'aws_s3_bucket', {
    aws_s3_bucket: { ok: { bucket: 'ok', tags: personal }, bad: { bucket: 'bad', tags: personal } },
    aws_s3_bucket_versioning: { ok: { bucket: '${aws_s3_bucket.ok.id}', versioning_configuration: [{ status: 'Enabled' }] } },
  }, { aws: s3Provider('https://s3.fr-par.scw.cloud', 'fr-par') }],
  ['scaleway', 'scaleway_object_bucket', {
    scaleway_object_bucket: { ok: { name: 'ok', tags: personal, versioning: [{ enabled: true }] }, bad: { name: 'bad', tags: personal } },
  }, {}],
  ['opentelekomcloud obs', 'opentelekomcloud_obs_bucket', {
    opentelekomcloud_obs_bucket: { ok: { bucket: 'ok', tags: personal, versioning: true }, bad: { bucket: 'bad', tags: personal, versioning: false } },
  }, {}],
  ['opentelekomcloud s3', 'opentelekomcloud_s3_bucket', {
    opentelekomcloud_s3_bucket: { ok: { bucket: 'ok', tags: personal, versioning: { enabled: true } }, bad: { bucket: 'bad', tags: personal } },
  }, {}],
  ['ionoscloud', 'ionoscloud_s3_bucket', {
    ionoscloud_s3_bucket: { ok: { name: 'ok', tags: personal }, bad: { name: 'bad', tags: personal } },
    ionoscloud_s3_bucket_versioning: { ok: { bucket: '${ionoscloud_s3_bucket.ok.name}', versioning_configuration: { status: 'Enabled' } } },
  }, {}],
  ['ovh', 'ovh_cloud_project_storage', {
    ovh_cloud_project_storage: {
      ok: { service_name: 'p', region_name: 'GRA', name: 'ok', tags: personal, versioning: { status: 'enabled' } },
      bad: { service_name: 'p', region_name: 'GRA', name: 'bad', tags: personal, versioning: { status: 'suspended' } },
    },
  }, {}],
  ['google', 'google_storage_bucket', {
    google_storage_bucket: {
      ok: { name: 'ok', location: 'EUROPE-WEST3', labels: personal, versioning: [{ enabled: true }] },
      bad: { name: 'bad', location: 'EUROPE-WEST3', labels: personal },
    },
  }, {}],
  ['azurerm', 'azurerm_storage_account', {
    azurerm_storage_account: {
      ok: { name: 'ok', location: 'westeurope', resource_group_name: 'rg', account_tier: 'Standard', account_replication_type: 'LRS', tags: personal, blob_properties: { versioning_enabled: true } },
      bad: { name: 'bad', location: 'westeurope', resource_group_name: 'rg', account_tier: 'Standard', account_replication_type: 'LRS', tags: personal },
    },
  }, {}],
];

describe('SOV-VERSIONING: stores of personal data keep object versions, per provider', () => {
  // Every row has four entries: jest reads a test function with more parameters than the row as one awaiting `done`.
  test.each(STORES)('%s', (_name, type, resource, provider) => {
    const config = tf({ resource, provider });
    expect(flagged(config, V)).toEqual([`${type}.bad`]);
    const [finding] = findingsOf(config, V);
    expect(finding.message).toMatch(/^It holds personal data but keeps no object versions \(.+\): an overwrite or deletion cannot be undone\.$/);
    expect(finding.remediation).toMatch(/versioning/i);
  });
});

describe('SOV-VERSIONING: which stores it judges', () => {
  const bucket = (tags?: Record<string, string>) => tf({
    provider: { aws: s3Provider('https://s3.gra.io.cloud.ovh.net', 'gra') },
    resource: { aws_s3_bucket: { b: { bucket: 'b', ...(tags ? { tags } : {}) } } },
  });

  test.each([
    ['special-category', 'personal data'],
    ['confidential', 'confidential data'],
    ['internal', 'internal data'],
  ])('a %s store without versions is flagged', (classification, what) => {
    const [finding] = findingsOf(bucket({ 'data-classification': classification }), V);
    expect(finding.address).toBe('aws_s3_bucket.b');
    expect(finding.message).toContain(`It holds ${what} but keeps no object versions (no versioning argument)`);
    expect(finding.message).not.toContain('undefined');
  });

  test('an audit-log store (purpose tag) without versions is flagged', () => {
    expect(findingsOf(bucket({ purpose: 'audit-logs' }), V)[0].message).toContain('It holds audit logs but keeps no object versions');
  });

  test('public and unmarked stores are not judged', () => {
    expect(flagged(bucket({ 'data-classification': 'public' }), V)).toEqual([]);
    expect(flagged(bucket(), V)).toEqual([]);
  });

  test('suspended versioning counts as off', () => {
    const config = tf({
      provider: { aws: s3Provider('https://s3.gra.io.cloud.ovh.net', 'gra') },
      resource: {
        aws_s3_bucket: { b: { bucket: 'b', tags: personal } },
        aws_s3_bucket_versioning: { v: { bucket: '${aws_s3_bucket.b.id}', versioning_configuration: [{ status: 'Suspended' }] } },
      },
    });
    expect(findingsOf(config, V)[0].message).toMatch(/keeps no object versions \(aws_s3_bucket_versioning\.v status Suspended\)/);
  });

  test('a versioning status that is an expression cannot be verified, and says how to fix it', () => {
    const config = tf({
      provider: { aws: s3Provider('https://s3.gra.io.cloud.ovh.net', 'gra') },
      variable: { status: { type: 'string' } },
      resource: {
        aws_s3_bucket: { b: { bucket: 'b', tags: personal } },
        aws_s3_bucket_versioning: { v: { bucket: '${aws_s3_bucket.b.id}', versioning_configuration: [{ status: '${var.status}' }] } },
      },
    });
    const [finding] = findingsOf(config, V);
    expect(finding.message).toMatch(/whether it keeps object versions cannot be verified before apply/);
    expect(finding.remediation).toContain('Write the setting as a literal');
  });

  test('STACKIT and UpCloud bucket resources have no versioning argument and are not judged', () => {
    const config = tf({
      resource: {
        stackit_objectstorage_bucket: { s: { project_id: 'p', name: 's', labels: personal } },
        upcloud_managed_object_storage_bucket: { u: { service_uuid: 'x', name: 'u', labels: personal } },
      },
    });
    expect(flagged(config, V)).toEqual([]);
  });

  test('cites GDPR Art. 32 and BSI C5 OPS-06; an error in bsi-c5, a warning in gdpr', () => {
    const config = bucket(personal);
    const [gdpr] = findingsOf(config, V, { packs: [Pack.GDPR] });
    expect(gdpr.level).toBe(FindingLevel.WARNING);
    expect(gdpr.references.map((r) => `${r.framework} ${r.id}`)).toEqual(expect.arrayContaining(['GDPR Art. 32', 'BSI C5 OPS-06']));
    expect(findingsOf(config, V, { packs: [Pack.BSI_C5] })[0].level).toBe(FindingLevel.ERROR);
  });
});
