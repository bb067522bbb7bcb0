import { Countries } from '../../lib';

describe('Countries', () => {
  test('the EU has 27 member states, and EU territory adds outermost regions and Åland', () => {
    const members = Countries.euMemberStates();
    expect(members).toHaveLength(27);
    expect(members).toEqual(expect.arrayContaining(['DE', 'FR', 'GR', 'HR', 'IE', 'CY', 'MT']));
    expect(members).not.toContain('GB');
    expect(Countries.euCountries()).toEqual(expect.arrayContaining([...members, 'RE', 'GF', 'AX']));
  });

  test('the EEA is the EU plus Iceland, Liechtenstein and Norway', () => {
    const eea = Countries.eeaCountries();
    const extra = eea.filter((c) => !Countries.isEu(c));
    expect(extra.sort()).toEqual(['IS', 'LI', 'NO']);
  });

  test.each([
    ['NO', false, true],
    ['IS', false, true],
    ['LI', false, true],
    ['CH', false, false],
    ['GB', false, false],
    ['US', false, false],
    ['DE', true, true],
    ['at', true, true],
  ])('%s: EU %s, EEA %s', (code, eu, eea) => {
    expect(Countries.isEu(code)).toBe(eu);
    expect(Countries.isEea(code)).toBe(eea);
  });

  test('249 officially assigned ISO 3166-1 alpha-2 codes', () => {
    const all = Countries.all();
    expect(all).toHaveLength(249);
    expect(all.every((c) => /^[A-Z]{2}$/.test(c))).toBe(true);
    expect(Countries.nameOf('ch')).toBe('Switzerland');
  });

  test('normalize upper-cases and trims valid codes', () => {
    expect(Countries.normalize(' de ')).toBe('DE');
  });

  test.each(['D', 'DEU', '12', '', 'D-'])('malformed code %p is rejected with the format', (code) => {
    expect(() => Countries.normalize(code)).toThrow(/Country code: got .*Allowed: an ISO 3166-1 alpha-2 code: two letters.*Fix:/);
  });

  test('UK and EL are not ISO codes and the error says which code to use', () => {
    expect(() => Countries.normalize('UK')).toThrow(/got "UK".*use "GB" instead/);
    expect(() => Countries.normalize('el')).toThrow(/use "GR" instead/);
  });

  test('an unassigned code is rejected', () => {
    expect(() => Countries.normalize('XX')).toThrow(/Country code: got "XX".*officially assigned/);
  });
});
