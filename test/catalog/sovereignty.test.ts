import { KeyControl, SealLevel, SovereigntyAssessment } from '../../lib';

function criterionOf(a: ReturnType<typeof SovereigntyAssessment.ofProvider>, id: string) {
  const c = a.criteria.find((x) => x.criterionId === id);
  if (!c) throw new Error(`no criterion ${id}`);
  return c;
}

describe('the Cloud Sovereignty Framework as encoded', () => {
  test('48 criteria in eight objectives whose weights add up to 100 %', () => {
    const criteria = SovereigntyAssessment.criteria();
    expect(criteria).toHaveLength(48);
    const perObjective = SovereigntyAssessment.objectives().map((o) => criteria.filter((c) => c.objectiveId === o.id).length);
    expect(perObjective).toEqual([8, 6, 5, 6, 7, 5, 7, 4]);
    expect(SovereigntyAssessment.objectives().reduce((n, o) => n + o.weightPercent, 0)).toBe(100);
    for (const c of criteria) {
      expect(c.answerSeals.length).toBeGreaterThanOrEqual(3);
      expect(c.answerSeals.every((s) => s >= 0 && s <= 4)).toBe(true);
    }
  });

  test('the documents are named with their URLs and marked unverified: the primary text was not read here', () => {
    const docs = SovereigntyAssessment.documents();
    expect(docs.map((d) => d.url)).toEqual([
      'https://commission.europa.eu/document/download/09579818-64a6-4dd5-9577-446ab6219113_en',
      expect.stringMatching(/^https:\/\/commission\.europa\.eu\/document\/download\/3acb8fe8-.*calculator\.xlsx$/),
      expect.stringMatching(/^https:\/\/commission\.europa\.eu\/document\/download\/2ad80a48-.*guidance\.pdf$/),
    ]);
    expect(docs.every((d) => d.verified === false)).toBe(true);
    expect(docs[0].title).toMatch(/version 1\.2\.1 \(October 2025\)/);
  });

  test('SEAL levels order and aggregate by the lowest', () => {
    expect(SovereigntyAssessment.lowest([SealLevel.SEAL_3, SealLevel.SEAL_1, SealLevel.SEAL_4])).toBe(SealLevel.SEAL_1);
    expect(SovereigntyAssessment.lowest([])).toBe(SealLevel.SEAL_4);
    expect(SovereigntyAssessment.atLeast(SealLevel.SEAL_2, SealLevel.SEAL_2)).toBe(true);
    expect(SovereigntyAssessment.atLeast(SealLevel.SEAL_1, SealLevel.SEAL_2)).toBe(false);
    expect(SovereigntyAssessment.definitionOf(SealLevel.SEAL_1)).toMatch(/^SEAL-1 Jurisdictional Sovereignty: EU law formally applies/);
  });
});

describe('provider assessments', () => {
  test('AWS commercial regions: at most SEAL-1, set by the US parent (SOV-1.1) and the CLOUD Act (SOV-2.2)', () => {
    const a = SovereigntyAssessment.ofProvider('aws', 'eu-central-1');
    expect(a.offeringId).toBe('aws');
    expect(a.seal).toBe(SealLevel.SEAL_1);
    expect(a.bindingCriteria).toEqual(['SOV-1.1', 'SOV-2.2']);
    expect(criterionOf(a, 'SOV-1.1').answers).toEqual(['1. Entirely outside the EU', '2. Mostly outside the EU']);
    expect(criterionOf(a, 'SOV-1.1').reasoning).toMatch(/Amazon Web Services EMEA SARL .*Luxembourg.*Amazon\.com, Inc\. .*United States/);
    expect(criterionOf(a, 'SOV-2.2').reasoning).toMatch(/CLOUD Act \(18 U\.S\.C\. § 2713\).*Amazon\.com, Inc\./);
    expect(criterionOf(a, 'SOV-2.2').highestSeal).toBe(SealLevel.SEAL_1);
    expect(criterionOf(a, 'SOV-4.2').assessed).toBe(false);
    expect(a.reasoning).toMatch(/^At most SEAL-1: SOV-1\.1 .* SOV-2\.2 .*not assessable from public facts/);
    expect(a.verified).toBe(false);
  });

  test('AWS European Sovereign Cloud: EU operations and a separate structure lift SOV-2.2 and SOV-4 — the US parent still caps it at SEAL-1', () => {
    const a = SovereigntyAssessment.ofProvider('aws', 'eusc-de-east-1');
    expect(a.offering).toBe('AWS European Sovereign Cloud');
    expect(a.offeringId).toBe('aws-eusc');
    expect(a.seal).toBe(SealLevel.SEAL_1);
    expect(a.bindingCriteria).toEqual(['SOV-1.1']);
    const legal = criterionOf(a, 'SOV-2.2');
    expect(legal.highestSeal).toBe(SealLevel.SEAL_2);
    expect(legal.answers).toContain('4. Legal structures shielding from foreign law');
    expect(legal.answers).not.toContain('5. Verified legal immunity, non-EU laws unenforceable');
    expect(criterionOf(a, 'SOV-4.2').assessed).toBe(true);
    expect(criterionOf(a, 'SOV-4.2').lowestSeal).toBe(SealLevel.SEAL_3);
    expect(criterionOf(a, 'SOV-1.1').reasoning).toMatch(/Germany.*Amazon\.com, Inc\..*decides as shareholder/);
  });

  test('a European-owned provider (STACKIT): nothing public rules out SEAL-4, which is a ceiling, not a certificate', () => {
    const a = SovereigntyAssessment.ofProvider('stackit');
    expect(a.seal).toBe(SealLevel.SEAL_4);
    expect(a.bindingCriteria).toEqual([]);
    expect(criterionOf(a, 'SOV-1.1').answers).toEqual(['4. Entirely within the EU']);
    expect(criterionOf(a, 'SOV-2.2').assessed).toBe(false);
    expect(criterionOf(a, 'SOV-2.2').reasoning).toMatch(/^Not assessable from public facts: no law with extraterritorial reach/);
    expect(criterionOf(a, 'SOV-5.3').reasoning).toBe('Not assessable from public facts.');
    expect(a.notAssessable).toContain('SOV-5.1');
    expect(a.reasoning).toMatch(/No public fact rules out SEAL-4, but 46 of 48 criteria are not assessable/);
  });

  test('Exoscale (Swiss entity, Mexican parent): SEAL-1 through SOV-1.1 and Swiss contract law (SOV-2.1)', () => {
    const a = SovereigntyAssessment.ofProvider('exoscale');
    expect(a.seal).toBe(SealLevel.SEAL_1);
    expect(a.bindingCriteria).toEqual(['SOV-1.1', 'SOV-2.1']);
    expect(criterionOf(a, 'SOV-1.1').answers).toEqual(['1. Entirely outside the EU']);
    expect(criterionOf(a, 'SOV-1.1').reasoning).toMatch(/Akenes SA .*Switzerland.*América Movil.*Mexico.*both outside the EU\/EEA/);
    expect(criterionOf(a, 'SOV-2.1').answers).toEqual(['1. Non-EU only']);
    expect(criterionOf(a, 'SOV-2.2').assessed).toBe(false);
  });

  test('objectives report the level their assessed criteria allow', () => {
    const a = SovereigntyAssessment.ofProvider('aws');
    const sov1 = a.objectives.find((o) => o.objectiveId === 'SOV-1')!;
    expect(sov1).toEqual(expect.objectContaining({ highestSeal: SealLevel.SEAL_1, assessedCriteria: 1, totalCriteria: 8, weightPercent: 15 }));
    expect(a.objectives.find((o) => o.objectiveId === 'SOV-5')).toEqual(expect.objectContaining({ highestSeal: SealLevel.SEAL_4, assessedCriteria: 0 }));
  });

  test('unknown providers are refused with the known ids', () => {
    expect(() => SovereigntyAssessment.ofProvider('nimbus')).toThrow(/Cloud provider.*nimbus.*Allowed: otc, stackit/s);
  });
});

describe('assessments for the data a stack stores', () => {
  const base = { storeAddresses: ['a.one', 'a.two'], unknownLocations: 0 };

  test('provider-managed keys cap the data at SEAL-1 (SOV-3.1 "Provider only" / "Primarily the provider")', () => {
    const a = SovereigntyAssessment.forData('stackit', { ...base, keyControls: [KeyControl.CUSTOMER_KMS, KeyControl.PROVIDER], countries: ['DE'] });
    expect(a.includesStackFacts).toBe(true);
    expect(a.seal).toBe(SealLevel.SEAL_1);
    expect(a.bindingCriteria).toEqual(['SOV-3.1']);
    expect(criterionOf(a, 'SOV-3.1').reasoning).toMatch(/Weakest store: a\.two is encrypted with keys the provider manages/);
  });

  test('customer-managed KMS keys in the EEA allow SEAL-3; data outside the EEA caps it at SEAL-1', () => {
    const eu = SovereigntyAssessment.forData('stackit', { ...base, keyControls: [KeyControl.CUSTOMER_KMS, KeyControl.CUSTOMER_HELD], countries: ['DE', 'AT'] });
    expect(eu.seal).toBe(SealLevel.SEAL_3);
    expect(eu.bindingCriteria).toEqual(['SOV-3.1']);
    expect(criterionOf(eu, 'SOV-3.4').highestSeal).toBe(SealLevel.SEAL_4);
    const mixed = SovereigntyAssessment.forData('stackit', { ...base, keyControls: [KeyControl.CUSTOMER_HELD, KeyControl.CUSTOMER_HELD], countries: ['DE', 'US'] });
    expect(mixed.seal).toBe(SealLevel.SEAL_1);
    expect(mixed.bindingCriteria).toEqual(['SOV-3.4']);
    expect(criterionOf(mixed, 'SOV-3.4').reasoning).toMatch(/partly outside the EEA \(US\)/);
    const outside = SovereigntyAssessment.forData('stackit', { ...base, keyControls: [KeyControl.CUSTOMER_HELD, KeyControl.CUSTOMER_HELD], countries: ['US'] });
    expect(outside.seal).toBe(SealLevel.SEAL_0);
  });

  test('unencrypted data is SEAL-0; undetermined keys and unknown locations are not assessable, not guessed', () => {
    expect(SovereigntyAssessment.forData('otc', { ...base, keyControls: [KeyControl.NONE, KeyControl.CUSTOMER_KMS], countries: ['DE'] }).seal).toBe(SealLevel.SEAL_0);
    const unknown = SovereigntyAssessment.forData('otc', { ...base, keyControls: [KeyControl.UNKNOWN, KeyControl.UNKNOWN], countries: [], unknownLocations: 2 });
    expect(criterionOf(unknown, 'SOV-3.1').assessed).toBe(false);
    expect(criterionOf(unknown, 'SOV-3.4').reasoning).toMatch(/location of the stores could not be determined/);
    expect(unknown.seal).toBe(SealLevel.SEAL_4);
  });
});
