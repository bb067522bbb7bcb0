import { invalidInput, SovereignError } from '../../lib/errors';

describe('invalidInput', () => {
  test('says what was given, what is allowed, a close match and how to fix it', () => {
    const error = invalidInput({ code: 'UNKNOWN_REGION', what: 'Region of Scaleway', given: 'fr-prs', allowed: 'fr-par, nl-ams, pl-waw', fix: 'use one of the regions listed.', candidates: ['fr-par', 'nl-ams', 'pl-waw'] });
    expect(error).toBeInstanceOf(SovereignError);
    expect(error.code).toBe('UNKNOWN_REGION');
    expect(error.message).toBe('Region of Scaleway: got "fr-prs". Allowed: fr-par, nl-ams, pl-waw. Did you mean "fr-par"? Fix: use one of the regions listed.');
  });

  test('an allowed clause that is already a sentence gets no second full stop', () => {
    const error = invalidInput({ code: 'X', what: 'Region', given: 'us-east-1', allowed: 'a region in DE: US is not allowed.', fix: 'choose another.' });
    expect(error.message).toBe('Region: got "us-east-1". Allowed: a region in DE: US is not allowed. Fix: choose another.');
  });
});
