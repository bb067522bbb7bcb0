import { Adequacy, AdequacyScope, Jurisdiction } from '../../lib';

describe('Jurisdiction', () => {
  test('EU allows member states and explains the rest', () => {
    expect(Jurisdiction.EU.allows('DE')).toBe(true);
    expect(Jurisdiction.EU.check('DE').reason).toMatch(/DE \(Germany\) is in the European Union/);
    const no = Jurisdiction.EU.check('NO');
    expect(no.allowed).toBe(false);
    expect(no.reason).toMatch(/in the EEA but not in the European Union; use Jurisdiction.EEA/);
  });

  test('Switzerland and the United Kingdom are European, not EU, and adequate', () => {
    for (const code of ['CH', 'GB']) {
      expect(Jurisdiction.EU.allows(code)).toBe(false);
      expect(Jurisdiction.EEA.allows(code)).toBe(false);
      expect(Jurisdiction.EEA_AND_ADEQUATE.allows(code)).toBe(true);
      expect(Jurisdiction.EU.check(code).reason).toMatch(/use Jurisdiction.EEA_AND_ADEQUATE to allow it/);
    }
  });

  test.each(['NO', 'IS', 'LI'])('%s is in the EEA', (code) => {
    expect(Jurisdiction.EEA.allows(code)).toBe(true);
    expect(Jurisdiction.EEA_AND_ADEQUATE.allows(code)).toBe(true);
  });

  test('the United States is not adequate for infrastructure location by default', () => {
    const check = Jurisdiction.EEA_AND_ADEQUATE.check('US');
    expect(check.allowed).toBe(false);
    expect(check.reason).toMatch(/covers only organisations certified/);
    expect(check.reason).toMatch(/Jurisdiction.countries\(\)/);
    expect(Jurisdiction.EEA_AND_ADEQUATE.allowedCountries()).not.toContain('US');
    const decision = Adequacy.decisionFor('US');
    expect(decision?.scope).toBe(AdequacyScope.CERTIFIED_ORGANISATIONS);
    expect(decision?.coversInfrastructureLocation).toBe(false);
  });

  test('a country without a decision is refused with the reason', () => {
    const check = Jurisdiction.EEA_AND_ADEQUATE.check('CN');
    expect(check.allowed).toBe(false);
    expect(check.reason).toMatch(/no EU adequacy decision/);
  });

  test('countries() allows exactly the listed countries', () => {
    const j = Jurisdiction.countries(['de', 'AT', 'DE']);
    expect(j.name).toBe('AT,DE');
    expect(j.allowedCountries()).toEqual(['AT', 'DE']);
    expect(j.allows('FR')).toBe(false);
    expect(j.check('FR').reason).toMatch(/not one of the countries the policy allows \(AT, DE\)/);
    expect(Jurisdiction.EU.includes(j)).toBe(true);
    expect(j.includes(Jurisdiction.EU)).toBe(false);
  });

  test('an empty or malformed country list is rejected', () => {
    expect(() => Jurisdiction.countries([])).toThrow(/Jurisdiction.countries\(\): got \[\].*non-empty list/);
    expect(() => Jurisdiction.countries(['DEU'])).toThrow(/Country code: got "DEU"/);
  });

  test('parse understands the CLI notation', () => {
    expect(Jurisdiction.parse('eu')).toBe(Jurisdiction.EU);
    expect(Jurisdiction.parse('EEA')).toBe(Jurisdiction.EEA);
    expect(Jurisdiction.parse('EEA+adequate')).toBe(Jurisdiction.EEA_AND_ADEQUATE);
    expect(Jurisdiction.parse('DE, AT').allowedCountries()).toEqual(['AT', 'DE']);
    expect(() => Jurisdiction.parse('EAA')).toThrow(/Jurisdiction: got "EAA".*Did you mean "EEA"/);
  });

  test('an adequacy decision past its expiry no longer allows the country', () => {
    const uk = Adequacy.decisionFor('GB');
    expect(uk?.expiresOn).toMatch(/^2031-/);
    const after = '2032-01-01';
    expect(Jurisdiction.EEA_AND_ADEQUATE.allows('GB', after)).toBe(false);
    expect(Jurisdiction.EEA_AND_ADEQUATE.check('GB', after).reason).toMatch(/not in force on 2032-01-01/);
    expect(Jurisdiction.EEA_AND_ADEQUATE.allows('GB', '2026-11-28')).toBe(true);
  });
});

describe('Adequacy', () => {
  test('every decision has a decision number, an ISO date and an https source', () => {
    const decisions = Adequacy.decisions();
    expect(decisions.length).toBeGreaterThanOrEqual(15);
    for (const d of decisions) {
      expect(d.adoptedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d.source).toMatch(/^https:\/\//);
      expect(d.decision.length).toBeGreaterThan(0);
    }
  });

  test('Canada is limited to commercial organisations, and documented as such', () => {
    const ca = Adequacy.decisionFor('CA');
    expect(ca?.scope).toBe(AdequacyScope.COMMERCIAL_ORGANISATIONS);
    expect(ca?.scopeNote).toMatch(/PIPEDA/);
  });

  test.each(['AD', 'AR', 'FO', 'GG', 'IM', 'IL', 'JE', 'JP', 'KR', 'NZ', 'CH', 'GB', 'UY'])(
    '%s has a decision in force that covers infrastructure location', (code) => {
      const d = Adequacy.decisionFor(code);
      expect(d?.coversInfrastructureLocation).toBe(true);
      expect(Adequacy.isInForce(d!, '2026-11-28')).toBe(true);
      expect(Adequacy.infrastructureCountries('2026-11-28')).toContain(code);
    });
});
