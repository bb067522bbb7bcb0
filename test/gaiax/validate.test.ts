/* A draft with a required property missing fails validation with a readable message; contexts never come from the network. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { ReportFormat, SovereigntyChecks } from '../../lib';
import { nonConforming } from '../../lib/gaiax/render';
import { validateDrafts } from '../../lib/gaiax/validate';
import { localDocumentLoader } from '../../lib/gaiax/vendored';
import { HEALTH_RECORDS_PACKS, OtcHealthRecordsStack } from '../../examples/otc-health-records/stack';
import { PARTICIPANT } from './participant';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const LEGAL_PERSON = [{ id: PARTICIPANT.participantId, type: 'https://w3id.org/gaia-x/development#LegalPerson' }];

function draft(): Json {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://w3id.org/gaia-x/development#'],
    'type': ['VerifiableCredential'],
    'issuer': PARTICIPANT.issuer,
    'validFrom': '2026-12-07T00:00:00Z',
    'credentialSubject': {
      type: 'ServiceOffering',
      name: 'Patient records',
      providedBy: PARTICIPANT.participantId,
      serviceOfferingTermsAndConditions: { type: 'TermsAndConditions', url: PARTICIPANT.termsAndConditionsUrl, hash: PARTICIPANT.termsAndConditionsHash },
    },
  };
}

describe('validation of a draft against the vendored Gaia-X shapes', () => {
  test('a complete draft conforms', async () => {
    expect((await validateDrafts([draft()], LEGAL_PERSON)).violations).toEqual([]);
  }, 60_000);

  test('a missing required property (gx:hash of the terms and conditions) fails with a readable message and its fix', async () => {
    const broken = draft();
    delete broken.credentialSubject.serviceOfferingTermsAndConditions.hash;
    const result = await validateDrafts([broken], LEGAL_PERSON);
    expect(result.conforms).toBe(false);
    expect(result.violations).toEqual([{ node: 'gx:TermsAndConditions', property: 'gx:hash', message: 'gx:hash is required and missing (at least 1 value)' }]);
    expect(nonConforming('broken', result).message).toContain('  - gx:TermsAndConditions: gx:hash is required and missing (at least 1 value). Fix: set termsAndConditionsHash.');
  }, 60_000);

  test('a value outside the shapes\' list fails', async () => {
    const broken = draft();
    broken.credentialSubject.dataProtectionRegime = 'GDPR';
    const result = await validateDrafts([broken], LEGAL_PERSON);
    expect(result.violations.map((v) => [v.property, v.message])).toEqual([['gx:dataProtectionRegime', 'gx:dataProtectionRegime has a value outside the list the shapes allow (got "GDPR")']]);
  }, 60_000);

  test('without the participant as an external gx:LegalPerson, providedBy fails (nothing is assumed silently)', async () => {
    const result = await validateDrafts([draft()]);
    expect(result.violations.map((v) => v.property)).toEqual(['gx:providedBy']);
  }, 60_000);

  test('the document loader serves only the vendored contexts', async () => {
    await expect(localDocumentLoader('https://example.org/context.jsonld')).rejects.toThrow(/not one of the vendored copies, and validation never fetches from the network/);
    expect(((await localDocumentLoader('https://www.w3.org/ns/credentials/v2')).document as Json)['@context']['@protected']).toBe(true);
  });

  test('at synth, a draft missing a required value fails synth with the SHACL messages and leaves no draft behind', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sov-gaiax-broken-'));
    const app = new App({ outdir });
    const stack = new OtcHealthRecordsStack(app, 'otc-health-records', { complianceChecks: false });
    const withoutLicense = { ...PARTICIPANT, resourceLicense: undefined };
    SovereigntyChecks.apply(stack, { packs: HEALTH_RECORDS_PACKS, reportFormats: [ReportFormat.GAIAX], gaiax: withoutLicense });
    expect(() => app.synth()).toThrow(/does not conform to the Gaia-X 25\.11\+fix\.1 shapes[\s\S]*gx:VirtualResource "opentelekomcloud_obs_bucket\.PatientDocuments_[0-9A-F]{8}": gx:license is required and missing \(at least 1 value\)\. Fix: set resourceLicense\./);
    const dir = path.join(outdir, 'stacks', 'otc-health-records');
    expect(fs.existsSync(path.join(dir, 'gaiax-credential.json'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'cdk.tf.json'))).toBe(false);
  }, 60_000);

  test('ReportFormat.GAIAX without the participant\'s values says what to add', () => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'sov-gaiax-noprops-')) });
    const stack = new OtcHealthRecordsStack(app, 'otc-health-records', { complianceChecks: false });
    SovereigntyChecks.apply(stack, { packs: HEALTH_RECORDS_PACKS, reportFormats: [ReportFormat.GAIAX] });
    expect(() => app.synth()).toThrow(/ReportFormat.GAIAX needs the values only you know/);
  });
});
