import { ComplianceEngine } from '../../lib/compliance/engine';
import { Pack } from '../../lib/compliance/packs';
import { defineRule } from '../../lib/compliance/rule';
import { RuleId } from '../../lib/compliance/rules/ids';
import { FindingLevel, RuleViolation } from '../../lib/compliance/types';
import { findingsOf, tf } from './helpers';

/*
 * An error rests on verified catalog facts: a violation that depends on an unverified one is at
 * most a warning, in every pack, and its message names the fact and where to verify it.
 */

function customEngine(violation: RuleViolation, level = FindingLevel.ERROR): ComplianceEngine {
  const rule = defineRule({
    metadata: { id: 'TEST-FACT', title: 't', defaultLevel: level, references: [], rationale: 'r', remediation: 'fix it.', resourceTypes: ['random_id'] },
    evaluate: () => [violation],
  });
  return new ComplianceEngine({ rules: [rule], packs: [Pack.custom('p', 'd', [{ ruleId: 'TEST-FACT', level }])], asOf: '2026-11-28' });
}

const ONE = tf({ resource: { random_id: { x: { byte_length: 4 } } } });

describe('the engine caps findings on unverified facts at warning', () => {
  test('a violation naming an unverified fact is a warning that says which fact and where to verify it', () => {
    const [f] = customEngine({ message: 'Bad.', unverifiedFacts: [{ fact: 'the provider stores x unencrypted', source: 'https://example.org/docs/x' }] }).check(ONE, 't').findings;
    expect(f.level).toBe(FindingLevel.WARNING);
    expect(f.dependsOnUnverifiedFact).toBe(true);
    expect(f.message).toBe('Bad. (rests on an unverified catalog fact: the provider stores x unencrypted; verify it at https://example.org/docs/x)');
  });

  test('the older boolean flag has the same effect', () => {
    const [f] = customEngine({ message: 'Bad.', dependsOnUnverifiedFact: true }).check(ONE, 't').findings;
    expect(f.level).toBe(FindingLevel.WARNING);
    expect(f.message).toMatch(/^Bad\. \(rests on an unverified catalog fact; /);
  });

  test('a violation on verified facts keeps the pack\'s level and message', () => {
    const [f] = customEngine({ message: 'Bad.' }).check(ONE, 't').findings;
    expect([f.level, f.dependsOnUnverifiedFact, f.message]).toEqual([FindingLevel.ERROR, false, 'Bad.']);
  });

  test('a pack\'s info or warning level is not raised', () => {
    const [f] = customEngine({ message: 'Bad.', unverifiedFacts: [{ fact: 'f', source: 'https://example.org' }] }, FindingLevel.INFO).check(ONE, 't').findings;
    expect(f.level).toBe(FindingLevel.INFO);
  });
});

describe('built-in rules on unverified and verified catalog facts', () => {
  const R = RuleId.ENCRYPTION_AT_REST;

  test('Scaleway: MongoDB (no encryption documented, unverified) is a warning; RDB without encryption_at_rest (verified) an error', () => {
    const config = tf({
      provider: { scaleway: { region: 'fr-par', zone: 'fr-par-1' } },
      resource: {
        scaleway_mongodb_instance: { m: { name: 'm', version: '7.0', node_type: 'MGDB-PLAY2-NANO', node_number: 1 } },
        scaleway_rdb_instance: { r: { name: 'r', engine: 'PostgreSQL-15', node_type: 'DB-DEV-S' } },
      },
    });
    const levels = Object.fromEntries(findingsOf(config, R).map((f) => [f.address, f.level]));
    expect(levels).toEqual({ 'scaleway_mongodb_instance.m': FindingLevel.WARNING, 'scaleway_rdb_instance.r': FindingLevel.ERROR });
    const mongo = findingsOf(config, R).find((f) => f.address === 'scaleway_mongodb_instance.m')!;
    expect(mongo.message).toMatch(/\(rests on an unverified catalog fact: the provider documents no encryption at rest for scaleway_mongodb_instance; verify it at https:\/\/\S+mongodb_instance\.md\)$/);
  });

  test('STACKIT: MariaDB (unverified) is a warning', () => {
    const config = tf({
      provider: { stackit: { default_region: 'eu01' } },
      resource: { stackit_mariadb_instance: { m: { project_id: 'p', name: 'm', version: '10.11', plan_name: 'stackit-mariadb-1.4.10-single' } } },
    });
    expect(findingsOf(config, R).map((f) => [f.address, f.level, f.dependsOnUnverifiedFact])).toEqual([['stackit_mariadb_instance.m', FindingLevel.WARNING, true]]);
  });

  test('Open Telekom Cloud: a location from the project name follows the provider\'s verified GetRegion, so it stays an error', () => {
    const config = tf({
      provider: { opentelekomcloud: { auth_url: 'https://iam-pub.eu-ch2.sc.otc.t-systems.com/v3', tenant_name: 'eu-ch2_shop', domain_name: 'OTC-EU-DE-1' } },
      resource: { opentelekomcloud_obs_bucket: { b: { bucket: 'b', acl: 'private' } } },
    });
    const [f] = findingsOf(config, RuleId.LOCATION);
    expect([f.address, f.level, f.dependsOnUnverifiedFact]).toEqual(['opentelekomcloud_obs_bucket.b', FindingLevel.ERROR, false]);
    expect(f.message).toMatch(/eu-ch2_shop \(CH \(Switzerland\)\)/);
  });
});
