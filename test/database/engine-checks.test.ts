/*
 * EuDatabase's output produces none of the engine's database checks (issue 18): on every provider,
 * for PostgreSQL and MySQL where the provider offers it, no unsuppressed finding of SOV-LOCATION
 * (backups included), SOV-PUBLIC-EXPOSURE, SOV-ENCRYPTION-AT-REST, SOV-ENCRYPTION-IN-TRANSIT,
 * SOV-SECRETS or SOV-RETENTION under a policy that bounds personal-data retention. The raw-Terraform
 * side of the same checks is test/compliance/rules/databases.test.ts.
 */
import { Pack } from '../../lib/compliance/packs';
import { RuleId } from '../../lib/compliance/rules/ids';
import { FindingLevel } from '../../lib/compliance/types';
import { Retention } from '../../lib/core/retention';
import { DatabaseEngine } from '../../lib/database/options';
import { BUILD, check, open, stackOf, synth } from './helpers';

const RULES = [
  RuleId.LOCATION, RuleId.LOCATION_UNKNOWN, RuleId.PUBLIC_EXPOSURE, RuleId.ENCRYPTION_AT_REST, RuleId.ENCRYPTION_IN_TRANSIT, RuleId.SECRETS, RuleId.RETENTION,
];
const PACK = Pack.custom('databases', 'the database checks', RULES.map((ruleId) => ({ ruleId, level: FindingLevel.ERROR })));

const MYSQL: Record<string, string> = { scaleway: '8', ovhcloud: '8', exoscale: '8', upcloud: '8.4', otc: '8.0' };

const CASES: Array<[string, DatabaseEngine]> = [
  ...Object.keys(BUILD).map((p): [string, DatabaseEngine] => [p, DatabaseEngine.POSTGRESQL]),
  ...Object.keys(MYSQL).map((p): [string, DatabaseEngine] => [p, DatabaseEngine.MYSQL]),
];

describe('EuDatabase output against the engine\'s database checks', () => {
  test.each(CASES)('%s %s: no unsuppressed finding', (provider, engine) => {
    const stack = stackOf({ personalDataMaxRetention: Retention.days(60) });
    BUILD[provider](stack, engine === DatabaseEngine.MYSQL ? { engine, version: MYSQL[provider] } : {});
    expect(open(check(stack, synth(stack), [PACK]))).toEqual([]);
  });

  test('the same checks do fire on a construct output that is opened up by hand (the test can fail)', () => {
    const stack = stackOf({ personalDataMaxRetention: Retention.days(60) });
    BUILD.scaleway(stack);
    const json = synth(stack);
    const [name, body] = Object.entries(json.resource.scaleway_rdb_instance as Record<string, Record<string, unknown>>)[0];
    json.resource.scaleway_rdb_instance[name] = { ...body, backup_same_region: false, backup_schedule_retention: 90, load_balancer: [{}], password: 'Sup3r-s3cret!' };
    const ruleIds = open(check(stack, json, [PACK])).map((f) => f.split(' ')[0]).sort();
    expect(ruleIds).toEqual([RuleId.PUBLIC_EXPOSURE, RuleId.RETENTION, RuleId.SECRETS]);
  });
});
