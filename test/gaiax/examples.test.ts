/*
 * Gaia-X credential drafts of the otc-health-records and stackit-public-portal examples, written
 * at synth (ReportFormat.GAIAX), validated against the vendored Gaia-X shapes, and every provider,
 * country and encryption claim checked against the synthesized cdk.tf.json.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { Pack, ReportFormat, SovereigntyChecks } from '../../lib';
import { PARTICIPANT } from './participant';
import { ALL_PROVIDER_FACTS } from '../../lib/catalog/providers';
import { validateDrafts } from '../../lib/gaiax/validate';
import { HEALTH_RECORDS_PACKS, OtcHealthRecordsStack } from '../../examples/otc-health-records/stack';
import { PUBLIC_PORTAL_PACKS, StackitPublicPortalStack } from '../../examples/stackit-public-portal/stack';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Synthesized {
  readonly dir: string;
  readonly tf: Json;
  readonly credential: Json;
  readonly assessment: Json;
  readonly markdown: string;
}

function synth(make: (app: App) => TerraformStack, packs: Pack[]): Synthesized {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sov-gaiax-'));
  const app = new App({ outdir });
  const stack = make(app);
  SovereigntyChecks.apply(stack, { packs, reportFormats: [ReportFormat.JSON, ReportFormat.GAIAX], gaiax: PARTICIPANT });
  app.synth();
  const dir = path.join(outdir, 'stacks', stack.node.id);
  const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
  return { dir, tf: JSON.parse(read('cdk.tf.json')), credential: JSON.parse(read('gaiax-credential.json')), assessment: JSON.parse(read('gaiax-assessment.json')), markdown: read('gaiax-assessment.md') };
}

const otc = synth((app) => new OtcHealthRecordsStack(app, 'otc-health-records', { complianceChecks: false }), HEALTH_RECORDS_PACKS);
const portal = synth((app) => new StackitPublicPortalStack(app, 'stackit-public-portal', { complianceChecks: false }), PUBLIC_PORTAL_PACKS);

/** The resource of an address (`type.name`) in cdk.tf.json. */
function resourceOf(tf: Json, address: string): Json {
  const [type, name] = address.split('.');
  const r = tf.resource?.[type]?.[name];
  if (!r) throw new Error(`${address} is not in cdk.tf.json`);
  return r;
}

const legalEntity = (id: string) => ALL_PROVIDER_FACTS.find((p) => p.id === id)!.ownership;
const strip = (a: string) => a.replace(/_[0-9A-F]{8}$/, '');

describe.each([['otc-health-records', otc], ['stackit-public-portal', portal]])('%s: Gaia-X draft', (_name, s) => {
  test('conforms to the vendored Gaia-X shapes (SHACL validation of the written file)', async () => {
    const result = await validateDrafts([s.credential], s.assessment.validation.referencedNotValidated);
    expect(result.violations).toEqual([]);
    expect(result.conforms).toBe(true);
    expect(s.assessment.validation.conforms).toBe(true);
    expect(s.assessment.gaiaxRelease).toBe('25.11+fix.1');
    expect(s.assessment.signed).toBe(false);
  }, 60_000);

  test('is an unsigned VC 2.0 credential with the participant\'s own values, none invented', () => {
    const c = s.credential;
    expect(c['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://w3id.org/gaia-x/development#']);
    expect(c.type).toEqual(['VerifiableCredential']);
    expect(c.proof).toBeUndefined();
    expect(c.issuer).toBe(PARTICIPANT.issuer);
    const subject = c.credentialSubject;
    expect(subject.type).toBe('ServiceOffering');
    expect(subject.id).toBe(PARTICIPANT.offeringId);
    expect(subject.providedBy).toBe(PARTICIPANT.participantId);
    expect(subject.serviceOfferingTermsAndConditions).toEqual({ type: 'TermsAndConditions', url: PARTICIPANT.termsAndConditionsUrl, hash: PARTICIPANT.termsAndConditionsHash });
    expect(subject.cryptographicSecurityStandards).toBeUndefined();
    expect(s.assessment.toBeSupplied.some((t: string) => t.startsWith('cryptographicSecurityStandards'))).toBe(true);
  });

  test('every sub-contractor is a provider the configuration uses, with its legal entity and jurisdiction from the catalog', () => {
    const text = JSON.stringify(s.tf);
    for (const sc of s.credential.credentialSubject.subContractors) {
      const facts = ALL_PROVIDER_FACTS.find((p) => p.ownership.legalEntity === sc.legalName);
      expect({ legalName: sc.legalName, inCatalog: facts !== undefined }).toEqual({ legalName: sc.legalName, inCatalog: true });
      expect(sc.applicableJurisdiction).toBe(facts!.ownership.headquartersCountry);
      expect(sc.informationDocuments.map((d: Json) => d['@value'])).toEqual(facts!.ownership.sources);
      // The provider is used: one of its Terraform provider sources or S3 endpoints is in cdk.tf.json.
      const types = Object.keys(s.tf.resource ?? {});
      const used = types.some((t) => facts!.resourceTypePrefixes.some((p) => t.startsWith(p)))
        || facts!.regions.some((r) => r.s3Endpoint !== undefined && text.includes(r.s3Endpoint));
      expect({ provider: facts!.id, used }).toEqual({ provider: facts!.id, used: true });
    }
  });

  test('every hosted resource is in cdk.tf.json, with countries and key management the configuration shows', () => {
    for (const r of s.credential.credentialSubject.hostedOn) {
      const tfResource = resourceOf(s.tf, r.name);
      expect(r.type).toBe('VirtualResource');
      for (const l of r.location) expect(l.countryCode).toBe('DE');
      const body = JSON.stringify(tfResource);
      const customerKey = /kms_key_id|crypt-key-id|sse_customer_key/.test(body);
      // BYOK only where the resource names a customer key; "managed" only where it names none.
      expect({ address: r.name, keyManagement: r.encryption?.keyManagement, customerKey }).toEqual({
        address: r.name, keyManagement: r.encryption?.keyManagement, customerKey: r.encryption === undefined ? customerKey : r.encryption.keyManagement !== 'managed' });
    }
  });
});

describe('otc-health-records: claims field by field', () => {
  const subject = otc.credential.credentialSubject;

  test('sub-contractors: T-Systems (Open Telekom Cloud) and IONOS, both German', () => {
    expect(subject.subContractors.map((x: Json) => [x.legalName, x.applicableJurisdiction, x.communicationMethods])).toEqual([
      [legalEntity('ionos').legalEntity, 'DE', { '@value': PARTICIPANT.subcontractorChangeNotice }],
      [legalEntity('otc').legalEntity, 'DE', { '@value': PARTICIPANT.subcontractorChangeNotice }],
    ]);
  });

  test('hosted on: the five stores of personal data (not the state backend), in DE, with who holds the keys', () => {
    expect(subject.hostedOn.filter((r: Json) => r.encryption).map((r: Json) => [strip(r.name), r.location.map((l: Json) => [l.countryCode, l.locality]), r.encryption])).toEqual([
      ['aws_s3_bucket.AuditLogs', [['DE', 'Frankfurt']], { type: 'Encryption', cipher: 'AES', keyManagement: 'managed' }],
      ['kubernetes_persistent_volume_claim_v1.Records_DatabaseVolume', [['DE', undefined]], { type: 'Encryption', cipher: 'AES', keyManagement: 'BYOK' }],
      ['opentelekomcloud_obs_bucket.DocumentAccessLogs', [['DE', undefined]], { type: 'Encryption', cipher: 'AES', keyManagement: 'BYOK' }],
      ['opentelekomcloud_obs_bucket.Foundation_AuditTrail_Bucket', [['DE', undefined]], { type: 'Encryption', cipher: 'AES', keyManagement: 'BYOK' }],
      ['opentelekomcloud_obs_bucket.PatientDocuments', [['DE', undefined]], { type: 'Encryption', cipher: 'AES', keyManagement: 'BYOK' }],
    ]);
    // The countries rest on the configuration: OBS buckets name region eu-de, the IONOS bucket's provider the Frankfurt endpoint.
    for (const r of subject.hostedOn.filter((x: Json) => x.name.startsWith('opentelekomcloud_obs_bucket.'))) {
      expect(resourceOf(otc.tf, r.name).region).toBe('eu-de');
      expect(resourceOf(otc.tf, r.name).server_side_encryption.kms_key_id).toMatch(/opentelekomcloud_kms_key_v1/);
    }
    expect(JSON.stringify(otc.tf.provider.aws)).toContain('s3.eu-central-4.ionoscloud.com');
    expect(ALL_PROVIDER_FACTS.find((p) => p.id === 'otc')!.regions.find((r) => r.code === 'eu-de')!.country).toBe('DE');
  });

  test('data protection regime GDPR2016: every store of personal data is in the EEA; no third-country transfer', () => {
    expect(subject.dataProtectionRegime).toBe('GDPR2016');
    expect(subject.possiblePersonalDataTransfers).toBeUndefined();
  });

  test('every claim names its source', () => {
    for (const c of otc.assessment.claims) expect(c.source).toMatch(/^(configuration|catalog|user): /);
    expect(otc.assessment.claims.filter((c: Json) => c.property.endsWith('.encryption.cipher')).map((c: Json) => c.source)).toEqual(Array(5).fill('user: storageCipher'));
  });

  test('criteria self-assessment: infrastructure criteria met or not met with the deciding findings, the rest out of scope', () => {
    const byId = new Map(otc.assessment.criteria.map((c: Json) => [c.id, c]));
    const report = JSON.parse(fs.readFileSync(path.join(otc.dir, 'sovereignty-report.json'), 'utf8'));
    for (const c of otc.assessment.criteria as Json[]) {
      expect(['met', 'not met', 'out of scope']).toContain(c.status);
      const open = report.findings.filter((f: Json) => !f.suppressed && c.rules.includes(f.ruleId));
      expect({ id: c.id, status: c.status }).toEqual({ id: c.id, status: c.rules.length === 0 ? 'out of scope' : open.length > 0 ? 'not met' : 'met' });
    }
    expect((byId.get('P5.1.2') as Json).rules.length).toBeGreaterThan(0);
    expect(otc.markdown).toContain('## Criteria self-assessment');
    expect(otc.markdown).not.toMatch(/\bpassed\b/);
  });
});

describe('stackit-public-portal: claims field by field', () => {
  test('sub-contractors are STACKIT and IONOS; the public content bucket is hosted in DE', () => {
    const subject = portal.credential.credentialSubject;
    expect(subject.subContractors.map((x: Json) => x.legalName).sort()).toEqual([legalEntity('ionos').legalEntity, legalEntity('stackit').legalEntity].sort());
    expect(subject.hostedOn.map((r: Json) => [strip(r.name), r.location.map((l: Json) => l.countryCode)])).toEqual(
      subject.hostedOn.map((r: Json) => [strip(r.name), ['DE']]));
  });
});
