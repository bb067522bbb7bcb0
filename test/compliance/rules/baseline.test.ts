import {
  digest, EXAMPLES_FILE, findingsOf, FINDINGS_FILE, fixtureConfigurations, generatedConfiguration, mentionsOpenStack, readJson, readTestConfigurations,
  TEST_DIGESTS_FILE, withoutOpenStack,
} from './baseline/corpus';

/*
 * Issue 15 moved every provider fact out of the rules into the catalog. This test holds the
 * engine to the findings recorded before that change (scripts/findings-baseline.ts): every
 * rule, on every fixture, example stack, the generated benchmark configuration and every
 * configuration the test suite checked, under two engine settings. Only findings on OpenStack
 * resources may differ (the ninth provider is new); in configurations that have such
 * resources, everything else must still match.
 */

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const recorded = readJson<Record<string, Json>>(FINDINGS_FILE);

function expectSame(name: string, configuration: unknown, before: Json): void {
  const now = findingsOf(name, configuration);
  if (mentionsOpenStack(configuration)) expect(withoutOpenStack(now)).toEqual(withoutOpenStack(before));
  else expect(now).toEqual(before);
}

describe('the findings baseline of issue 15', () => {
  test('fixtures: the same findings as recorded', async () => {
    const fixtures = await fixtureConfigurations();
    expect(fixtures.map((f) => `fixture ${f.name}`).sort()).toEqual(Object.keys(recorded).filter((k) => k.startsWith('fixture ')).sort());
    for (const { name, configuration } of fixtures) expectSame(name, configuration, recorded[`fixture ${name}`]);
  });

  test('example stacks: the same findings as recorded', () => {
    const examples = readJson<Record<string, unknown>>(EXAMPLES_FILE);
    expect(Object.keys(examples).sort()).toEqual(['multi-provider-analytics', 'non-compliant', 'otc-health-records', 'stackit-public-portal']);
    for (const [name, configuration] of Object.entries(examples)) expectSame(name, configuration, recorded[`example ${name}`]);
  });

  test('the generated benchmark configuration: the same findings as recorded', () => {
    const generated = generatedConfiguration();
    expectSame(generated.name, generated.configuration, recorded[generated.name]);
  });

  test('every configuration the test suite checked: the same findings as recorded', () => {
    const digests = readJson<Record<string, { all: string; withoutOpenStack?: string }>>(TEST_DIGESTS_FILE);
    const configurations = readTestConfigurations();
    expect(configurations.length).toBe(Object.keys(digests).length);
    const changed: string[] = [];
    for (const { name, configuration } of configurations) {
      const now = findingsOf(name, configuration);
      const before = digests[name];
      const same = digest(now) === before.all || (before.withoutOpenStack !== undefined && digest(withoutOpenStack(now)) === before.withoutOpenStack);
      if (!same) changed.push(`${name}: ${JSON.stringify(now).slice(0, 2000)}`);
    }
    expect(changed).toEqual([]);
  });
});
