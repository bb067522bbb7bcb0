/**
 * The policy file (`sovereignty-policy.json`): `SovereigntyPolicy.fromFile` and
 * `SovereigntyPolicyFile.load` read the same settings the constructs take, and reject bad
 * files with the errors the constructs give, naming the file.
 */
import * as path from 'path';
import Ajv from 'ajv';
import { tempFiles } from '../compliance/input/temp-files';
import {
  DataClassification, FindingLevel, GaiaxLabel, Jurisdiction, Pack, Retention, SovereigntyPolicy,
} from '../../lib';
import { SovereigntyPolicyFile } from '../../lib/compliance/policy-file';
import { AddressedSuppression } from '../../lib/compliance/suppressions';
import SCHEMA from '../../schema/sovereignty-policy.schema.json';

const tmp = tempFiles('sov-policy-file-');

function file(doc: unknown): string {
  return path.join(tmp.files({ 'sovereignty-policy.json': typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2) }), 'sovereignty-policy.json');
}

/** The message of what `fn` throws. */
function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

const validate = new Ajv({ allErrors: true }).compile(SCHEMA);

describe('SovereigntyPolicy.fromFile', () => {
  test('reads every setting', () => {
    const policy = SovereigntyPolicy.fromFile(file({
      formatVersion: 1,
      policy: {
        jurisdiction: ['DE', 'AT'],
        gaiaxLabel: 'L2',
        requireEuControlledProviders: true,
        requireCustomerManagedKeys: true,
        auditLogMinRetention: '180d',
        auditLogMaxRetention: '2y',
        personalDataMinRetention: '30d',
        personalDataMaxRetention: '6mo',
        defaultDataClassification: 'personal',
        clusterLocation: 'de',
        unsuppressibleRules: ['SOV-LOCATION'],
      },
    }));
    expect(policy.jurisdiction.name).toBe('AT,DE');
    expect(policy.gaiaxLabel).toBe(GaiaxLabel.L2);
    expect(policy.requireEuControlledProviders).toBe(true);
    expect(policy.requireCustomerManagedKeys).toBe(true);
    expect(policy.auditLogMinRetention.isSameAs(Retention.days(180))).toBe(true);
    expect(policy.auditLogMaxRetention.isSameAs(Retention.years(2))).toBe(true);
    expect(policy.personalDataMinRetention!.isSameAs(Retention.days(30))).toBe(true);
    expect(policy.personalDataMaxRetention!.isSameAs(Retention.months(6))).toBe(true);
    expect(policy.defaultDataClassification).toBe(DataClassification.PERSONAL);
    expect(policy.clusterLocation).toBe('DE');
    expect(policy.unsuppressibleRules).toEqual(['SOV-LOCATION']);
  });

  test('settings left out take the defaults of the constructor', () => {
    const fromFile = SovereigntyPolicy.fromFile(file({ formatVersion: 1 }));
    const defaults = new SovereigntyPolicy();
    expect(fromFile.jurisdiction).toBe(Jurisdiction.EU);
    expect([fromFile.gaiaxLabel, fromFile.auditLogMinRetention.toDays(), fromFile.auditLogMaxRetention.toDays(), fromFile.defaultDataClassification])
      .toEqual([defaults.gaiaxLabel, defaults.auditLogMinRetention.toDays(), defaults.auditLogMaxRetention.toDays(), defaults.defaultDataClassification]);
  });

  test('an invalid country code: the error Jurisdiction.countries gives, with the file and the key', () => {
    const f = file({ formatVersion: 1, policy: { jurisdiction: ['DE', 'XX'] } });
    const message = errorOf(() => SovereigntyPolicy.fromFile(f));
    expect(message).toContain(`Policy file ${f}: policy.jurisdiction: `);
    expect(message).toContain(errorOf(() => Jurisdiction.countries(['DE', 'XX'])));
    expect(errorOf(() => SovereigntyPolicy.fromFile(file({ formatVersion: 1, policy: { clusterLocation: 'UK' } })))).toContain(errorOf(() => new SovereigntyPolicy({ clusterLocation: 'UK' })));
  });

  test('contradictory bounds: the error the constructor gives, with the file', () => {
    const f = file({ formatVersion: 1, policy: { auditLogMinRetention: '3y', auditLogMaxRetention: '2y' } });
    const message = errorOf(() => SovereigntyPolicy.fromFile(f));
    expect(message).toBe(`Policy file ${f}: ${errorOf(() => new SovereigntyPolicy({ auditLogMinRetention: Retention.years(3), auditLogMaxRetention: Retention.years(2) }))}`);
    expect(message).toMatch(/got \{"auditLogMinRetention":"3 years","auditLogMaxRetention":"2 years"\}\. Allowed: auditLogMinRetention at most auditLogMaxRetention\. Fix: /);
    expect(errorOf(() => SovereigntyPolicy.fromFile(file({ formatVersion: 1, policy: { gaiaxLabel: 'L3', requireEuControlledProviders: false } }))))
      .toContain(errorOf(() => new SovereigntyPolicy({ gaiaxLabel: GaiaxLabel.L3, requireEuControlledProviders: false })));
  });

  test('unknown keys name the key, what is allowed, and the closest match', () => {
    expect(errorOf(() => SovereigntyPolicy.fromFile(file({ formatVersion: 1, policy: { jurisdicton: 'EU' } }))))
      .toMatch(/key "policy\.jurisdicton": got "jurisdicton"\. Allowed: in "policy": jurisdiction, gaiaxLabel, .*\. Did you mean "jurisdiction"\? Fix: correct the spelling/);
    expect(errorOf(() => SovereigntyPolicy.fromFile(file({ formatVersion: 1, suppresions: [] }))))
      .toMatch(/key "suppresions": got "suppresions"\. Allowed: at the top level: .*suppressions.*Did you mean "suppressions"\?/);
  });

  test('a missing or other format version says which version this release reads', () => {
    expect(errorOf(() => SovereigntyPolicy.fromFile(file({ policy: {} })))).toMatch(/formatVersion: got undefined\. Allowed: 1 \(the version this release of cdktf-sovereign reads\)\. Fix: add "formatVersion": 1/);
    expect(errorOf(() => SovereigntyPolicy.fromFile(file({ formatVersion: 2 })))).toMatch(/formatVersion: got 2\. .*upgrade cdktf-sovereign to a release that reads version 2/);
  });

  test('wrong types, malformed periods and JSON errors', () => {
    expect(errorOf(() => SovereigntyPolicy.fromFile(file({ formatVersion: 1, policy: { requireCustomerManagedKeys: 'yes' } })))).toMatch(/policy\.requireCustomerManagedKeys: got "yes"\. Allowed: true or false/);
    expect(errorOf(() => SovereigntyPolicy.fromFile(file({ formatVersion: 1, policy: { auditLogMinRetention: 'a year' } })))).toContain(errorOf(() => Retention.parse('a year')));
    expect(errorOf(() => SovereigntyPolicy.fromFile(file({ formatVersion: 1, policy: { gaiaxLabel: 'L4' } })))).toMatch(/policy\.gaiaxLabel: got "L4"\. Allowed: "SC", "L1", "L2", "L3"/);
    expect(errorOf(() => SovereigntyPolicy.fromFile(file('{\n  "formatVersion": 1,\n}\n')))).toMatch(/Invalid JSON in policy file .* at line 3/);
    expect(errorOf(() => SovereigntyPolicy.fromFile(path.join(tmp.dir(), 'none.json')))).toMatch(/Cannot read policy file .*none\.json: no such file/);
  });
});

describe('SovereigntyPolicyFile.load', () => {
  const doc = {
    $schema: '../schema/sovereignty-policy.schema.json',
    formatVersion: 1,
    policy: { jurisdiction: 'EEA' },
    packs: ['gdpr', { id: 'acme', description: 'ACME baseline', rules: [{ ruleId: 'SOV-VERSIONING', level: 'error' }, { ruleId: 'ACME-OWNER', level: 'warning' }] }],
    customRules: [{ id: 'ACME-OWNER', title: 'Stores have an owner' }],
    suppressions: [
      { ruleId: 'SOV-PROVIDER-CONTROL', address: 'provider.aws', reason: 'Legacy analytics, exit planned Q3', expires: '2027-09-30' },
      { ruleId: 'SOV-ENCRYPTION-AT-REST', addresses: ['aws_s3_bucket.a'], constructPath: 'app/A', reason: 'Encrypted client-side by the exporter', origin: 'construct' },
    ],
  };

  test('policy, packs, custom rules and suppressions', () => {
    const loaded = SovereigntyPolicyFile.load(file(doc));
    expect(loaded.policy.jurisdiction).toBe(Jurisdiction.EEA);
    expect(loaded.packs[0]).toBe(Pack.GDPR);
    expect([loaded.packs[1].id, loaded.packs[1].description, loaded.packs[1].rules]).toEqual(['acme', 'ACME baseline', [
      { ruleId: 'SOV-VERSIONING', level: FindingLevel.ERROR }, { ruleId: 'ACME-OWNER', level: FindingLevel.WARNING },
    ]]);
    expect(loaded.customRuleIds).toEqual(['ACME-OWNER']);
    expect(loaded.suppressions[0]).toEqual(expect.objectContaining({ ruleId: 'SOV-PROVIDER-CONTROL', address: 'provider.aws', reason: 'Legacy analytics, exit planned Q3', expires: '2027-09-30' }));
    expect([...(loaded.suppressions[1] as AddressedSuppression).addresses!]).toEqual(['aws_s3_bucket.a']);
    expect(validate(doc)).toBe(true);
  });

  test('a pack or suppression naming an unknown rule, with the closest match', () => {
    const badPack = { formatVersion: 1, packs: [{ id: 'x', rules: [{ ruleId: 'SOV-LOCATON', level: 'error' }] }] };
    expect(errorOf(() => SovereigntyPolicyFile.load(file(badPack)))).toMatch(/packs\[0\]\.rules\[0\]\.ruleId: got "SOV-LOCATON"\. .*Did you mean "SOV-LOCATION"\?/);
    const badSuppression = { formatVersion: 1, suppressions: [{ ruleId: 'SOV-NOPE', address: '*', reason: 'long enough reason' }] };
    expect(errorOf(() => SovereigntyPolicyFile.load(file(badSuppression)))).toMatch(/suppressions\[0\]\.ruleId: got "SOV-NOPE"/);
    expect(errorOf(() => SovereigntyPolicyFile.load(file({ formatVersion: 1, packs: ['gdrp'] })))).toMatch(/packs\[0\]: Rule pack: got "gdrp"\..*Did you mean "gdpr"\?/);
    expect(errorOf(() => SovereigntyPolicyFile.load(file({ formatVersion: 1, packs: [{ id: 'x', rules: [{ ruleId: 'SOV-LOCATION', level: 'fatal' }] }] })))).toMatch(/level: got "fatal"\. Allowed: "error", "warning", "info"/);
  });

  test('suppressions are checked as the constructs check them', () => {
    expect(errorOf(() => SovereigntyPolicyFile.load(file({ formatVersion: 1, suppressions: [{ ruleId: 'SOV-LOCATION', address: '*', reason: 'short' }] }))))
      .toMatch(/reason: got "short"\. Allowed: a reason of at least 10 characters/);
    expect(errorOf(() => SovereigntyPolicyFile.load(file({ formatVersion: 1, suppressions: [{ ruleId: 'SOV-LOCATION', reason: 'long enough reason' }] }))))
      .toMatch(/suppressions\[0\]: .*Allowed: a suppression with an "address"/);
    expect(errorOf(() => SovereigntyPolicyFile.load(file({ formatVersion: 1, suppressions: [{ ruleId: 'SOV-LOCATION', address: '*', reason: 'long enough reason', expires: '30.6.2027' }] }))))
      .toMatch(/expires: got "30\.6\.2027"\. Allowed: a date as YYYY-MM-DD/);
    expect(errorOf(() => SovereigntyPolicyFile.load(file({ formatVersion: 1, suppressions: [{ ruleId: 'SOV-LOCATION', adress: '*', reason: 'long enough reason' }] }))))
      .toMatch(/key "suppressions\[0\]\.adress".*Did you mean "address"/);
  });

  test('the schema rejects what the reader rejects', () => {
    for (const bad of [
      { formatVersion: 2 },
      { formatVersion: 1, policy: { jurisdicton: 'EU' } },
      { formatVersion: 1, policy: { jurisdiction: ['DEU'] } },
      { formatVersion: 1, packs: ['gdrp'] },
      { formatVersion: 1, suppressions: [{ ruleId: 'SOV-LOCATION', reason: 'long enough reason' }] },
    ]) {
      expect({ bad, valid: validate(bad) }).toEqual({ bad, valid: false });
    }
  });
});
