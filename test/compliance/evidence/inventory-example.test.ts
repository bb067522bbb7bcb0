/*
 * The data inventory of the otc-health-records example, written at synth next to cdk.tf.json
 * (ReportFormat.INVENTORY and HTML in reportFormats), asserted row by row and field by field.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { ReportFormat, SovereigntyChecks } from '../../../lib';
import { HEALTH_RECORDS_PACKS, OtcHealthRecordsStack } from '../../../examples/otc-health-records/stack';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sov-inventory-health-'));
const app = new App({ outdir });
const stack = new OtcHealthRecordsStack(app, 'otc-health-records', { complianceChecks: false });
SovereigntyChecks.apply(stack, { packs: HEALTH_RECORDS_PACKS, reportFormats: [ReportFormat.JSON, ReportFormat.INVENTORY, ReportFormat.HTML] });
app.synth();
const dir = path.join(outdir, 'stacks', 'otc-health-records');
const inventory: Json = JSON.parse(fs.readFileSync(path.join(dir, 'sovereignty-inventory.json'), 'utf8'));
const row = (prefix: string): Json => {
  const found = inventory.rows.filter((r: Json) => r.address.startsWith(prefix));
  if (found.length !== 1) throw new Error(`expected one row ${prefix}*, found ${found.length}`);
  return found[0];
};
const TBC = 'to be completed by the controller';

describe('otc-health-records: the data inventory written at synth', () => {
  test('writes sovereignty-inventory.json, .md, .csv and sovereignty-report.html next to cdk.tf.json', () => {
    for (const f of ['sovereignty-inventory.json', 'sovereignty-inventory.md', 'sovereignty-inventory.csv', 'sovereignty-report.html', 'sovereignty-report.json']) {
      expect({ f, exists: fs.existsSync(path.join(dir, f)) }).toEqual({ f, exists: true });
    }
    expect(inventory.formatVersion).toBe('1.0');
    expect(inventory.configurations).toEqual(['otc-health-records']);
  });

  test('one row per store of personal data, and the state backend', () => {
    expect(inventory.rows.map((r: Json) => r.address.replace(/_[0-9A-F]{8}$/, ''))).toEqual([
      'aws_s3_bucket.AuditLogs',
      'kubernetes_persistent_volume_claim_v1.Records_DatabaseVolume',
      'opentelekomcloud_obs_bucket.DocumentAccessLogs',
      'opentelekomcloud_obs_bucket.Foundation_AuditTrail_Bucket',
      'opentelekomcloud_obs_bucket.PatientDocuments',
      'terraform.backend.s3',
    ]);
    expect(inventory.summary.statement).toBe('5 store(s) of personal data and the Terraform state in 1 country.');
    expect(inventory.summary.countries).toEqual(['DE']);
    expect(inventory.summary.providers).toEqual(['IONOS Cloud', 'Open Telekom Cloud']);
    expect(inventory.summary.transfersOutsideEea).toEqual([]);
    expect(inventory.summary.unknownLocations).toEqual([]);
    // The confidential state bucket is classified, so it is neither a row nor unclassified.
    expect(inventory.unclassifiedStores).toEqual([]);
  });

  test('patient documents: special category on OBS eu-de, KMS key of the foundation, ten years, versioned, access logs to a log store', () => {
    const r = row('opentelekomcloud_obs_bucket.PatientDocuments_');
    expect(r.constructPath).toBe('otc-health-records/PatientDocuments/Resource');
    expect(r.kind).toBe('object-storage bucket');
    expect(r.basis).toBe('data-classification label "special-category"');
    expect(r.provider).toEqual({
      id: 'otc', name: 'Open Telekom Cloud', legalEntity: 'T-Systems International GmbH', headquarters: 'Frankfurt am Main, Germany',
      ultimateParent: 'Deutsche Telekom AG', ultimateParentCountry: 'DE', euControlled: true, verified: true,
    });
    expect(r.location).toEqual(expect.objectContaining({ status: 'known', countries: ['DE'], region: 'eu-de', determinedBy: 'argument region', verified: true }));
    expect(r.location.city).toMatch(/Magdeburg/);
    expect(r.encryptionAtRest).toEqual({
      status: 'encrypted', keyControl: 'customer-kms',
      evidence: 'Encrypted with a customer-managed key: server_side_encryption.kms_key_id = ${opentelekomcloud_kms_key_v1.Foundation_Key_CE5FC256.id}.',
    });
    expect(r.encryptionInTransit.status).toBe('TLS (HTTPS)');
    expect(r.retention.status).toBe('expires after 3650 days');
    expect(r.versioning).toEqual({ status: 'enabled', evidence: 'versioning true' });
    expect(r.worm.status).toBe('off');
    expect(r.reachability.status).toBe('not public');
    expect(r.copies).toEqual([expect.objectContaining({ role: 'log sink', countries: ['DE'], determinedBy: expect.stringMatching(/^argument logging\.target_bucket → opentelekomcloud_obs_bucket\.DocumentAccessLogs_/) })]);
    expect(r.transfers).toEqual([]);
    expect(r.openFindings).toEqual([]);
    expect(r.controller).toEqual({ 'purposes of the processing': TBC, 'categories of data subjects': TBC, 'categories of personal data': TBC, recipients: TBC });
  });

  test('audit logs at IONOS Frankfurt: S3 through the aws provider, provider-managed keys, two years, object lock one year', () => {
    const r = row('aws_s3_bucket.AuditLogs_');
    expect(r.kind).toBe('log store (audit logs)');
    expect(r.providerKey).toBe('aws.ionos_eu_central_4');
    expect(r.provider.id).toBe('ionos');
    expect(r.location).toEqual(expect.objectContaining({ countries: ['DE'], region: 'eu-central-4', city: 'Frankfurt', determinedBy: 'endpoint s3.eu-central-4.ionoscloud.com' }));
    expect(r.encryptionAtRest.status).toBe('encrypted');
    expect(r.encryptionAtRest.keyControl).toBe('provider');
    expect(r.retention.status).toBe('expires after 730 days');
    expect(r.versioning.status).toBe('enabled');
    expect(r.worm.status).toBe('locked 365 days');
    expect(r.reachability.status).toBe('not public');
  });

  test('the database volume: a Kubernetes claim located through the CCE cluster, KMS key by the storage class annotation, cluster-internal', () => {
    const r = row('kubernetes_persistent_volume_claim_v1.Records_DatabaseVolume_');
    expect(r.kind).toBe('Kubernetes persistent volume claim');
    expect(r.classification).toBe('special-category');
    expect(r.location.determinedBy).toMatch(/^cluster opentelekomcloud_cce_cluster_v3\.Foundation_Cluster_/);
    expect(r.encryptionAtRest.keyControl).toBe('customer-kms');
    expect(r.encryptionAtRest.evidence).toMatch(/everest\.io\/crypt-key-id/);
    expect(r.retention.status).toBe('not expressed in the configuration');
    expect(r.versioning.status).toBe('not applicable');
    expect(r.reachability.status).toBe('cluster-internal');
  });

  test('the state backend: OBS eu-de, encrypted by the state bucket\'s KMS key', () => {
    const r = row('terraform.backend.s3');
    expect(r.kind).toBe('Terraform state backend');
    expect(r.location).toEqual(expect.objectContaining({ countries: ['DE'], region: 'eu-de', determinedBy: 'endpoint obs.eu-de.otc.t-systems.com of the s3 backend' }));
    expect(r.encryptionAtRest.keyControl).toBe('customer-kms');
    expect(r.encryptionAtRest.evidence).toMatch(/^The state bucket opentelekomcloud_obs_bucket\.Foundation_StateBucket_/);
  });

  test('sovereignty: OTC at most SEAL-3 (its KMS), IONOS at most SEAL-1 (provider-managed keys of the audit logs): the stack is at most SEAL-1', () => {
    const byProvider = Object.fromEntries(inventory.assessments.map((a: Json) => [a.assessment.providerId, a]));
    expect(byProvider.otc.assessment.seal).toBe('SEAL-3');
    expect(byProvider.otc.assessment.bindingCriteria).toEqual(['SOV-3.1']);
    expect(byProvider.ionos.assessment.seal).toBe('SEAL-1');
    expect(byProvider.ionos.assessment.reasoning).toMatch(/aws_s3_bucket\.AuditLogs_7B2A6859 is encrypted with keys the provider manages/);
    expect(byProvider.ionos.stores).toEqual([row('aws_s3_bucket.AuditLogs_').address]);
    expect(inventory.summary.seal).toBe('SEAL-1');
  });

  test('the Markdown and CSV carry the same rows and the controller\'s fields', () => {
    const md = fs.readFileSync(path.join(dir, 'sovereignty-inventory.md'), 'utf8');
    expect(md).toMatch(/^# Data inventory/);
    for (const r of inventory.rows) expect(md).toContain(`### \`${r.address}\``);
    expect(md).toContain('- purposes of the processing (Art. 30(1)(b)): to be completed by the controller');
    const csv = fs.readFileSync(path.join(dir, 'sovereignty-inventory.csv'), 'utf8').split('\r\n').filter((l) => l.length > 0);
    expect(csv).toHaveLength(inventory.rows.length + 1);
    expect(csv[0]).toMatch(/^configuration,address,construct path,kind,/);
    expect(csv[0]).toMatch(/,purposes,categories of data subjects,recipients$/);
    expect(csv.slice(1).every((l) => l.endsWith(`,${TBC},${TBC},${TBC}`))).toBe(true);
  });
});
