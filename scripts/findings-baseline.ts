/**
 * Records the findings baseline of issue 15 (`npx ts-node --transpile-only scripts/findings-baseline.ts`):
 * synthesizes every example stack, loads every fixture, generates the benchmark configuration,
 * and writes their findings under two engine settings to test/compliance/rules/baseline/.
 * With `--configurations <dir>` it also takes the configurations recorded from a test run
 * (one JSON file each) into test-configurations.jsonl. test/compliance/rules/baseline.test.ts
 * asserts that the engine still produces exactly these findings.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { MultiProviderAnalyticsStack } from '../examples/multi-provider-analytics/stack';
import { NonCompliantAnalyticsStack } from '../examples/non-compliant/stack';
import { OtcHealthRecordsStack } from '../examples/otc-health-records/stack';
import { StackitPublicPortalStack } from '../examples/stackit-public-portal/stack';
import { ComplianceEngine } from '../lib/compliance/engine';
import {
  digest, EXAMPLES_FILE, findingsOf, FINDINGS_FILE, fixtureConfigurations, generatedConfiguration, mentionsOpenStack, readTestConfigurations, TEST_CONFIGURATIONS_FILE,
  TEST_DIGESTS_FILE, withoutOpenStack,
} from '../test/compliance/rules/baseline/corpus';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every example stack's synthesized configuration, as the engine received it at synth. */
function synthesizeExamples(): Record<string, Json> {
  const captured: Record<string, Json> = {};
  const proto = ComplianceEngine.prototype as Json;
  const original = proto.checkAll;
  proto.checkAll = function (this: ComplianceEngine, configurations: Json[]) {
    for (const c of configurations) captured[c.name] = JSON.parse(JSON.stringify(c.configuration));
    return original.apply(this, [configurations]);
  };
  try {
    const stacks: Array<[string, new (app: App, id: string) => unknown]> = [
      ['otc-health-records', OtcHealthRecordsStack],
      ['stackit-public-portal', StackitPublicPortalStack],
      ['multi-provider-analytics', MultiProviderAnalyticsStack],
      ['non-compliant', NonCompliantAnalyticsStack],
    ];
    for (const [id, Stack] of stacks) {
      const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'findings-baseline-')) });
      new Stack(app, id);
      try {
        app.synth();
      } catch {
        // the non-compliant example fails synth on purpose; its configuration was checked first
      }
    }
  } finally {
    proto.checkAll = original;
  }
  return captured;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dirIndex = args.indexOf('--configurations');
  if (dirIndex !== -1) {
    const dir = args[dirIndex + 1];
    const lines = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
      .map((f) => JSON.stringify({ name: `test ${f.replace(/\.json$/, '').slice(0, 12)}`, configuration: JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) }));
    fs.writeFileSync(TEST_CONFIGURATIONS_FILE, `${lines.join('\n')}\n`);
  }
  const examples = fs.existsSync(EXAMPLES_FILE) && !args.includes('--resynth') ? JSON.parse(fs.readFileSync(EXAMPLES_FILE, 'utf8')) : synthesizeExamples();
  fs.writeFileSync(EXAMPLES_FILE, `${JSON.stringify(examples)}\n`);

  const findings: Record<string, unknown> = {};
  for (const { name, configuration } of await fixtureConfigurations()) findings[`fixture ${name}`] = findingsOf(name, configuration);
  for (const [name, configuration] of Object.entries(examples)) findings[`example ${name}`] = findingsOf(name, configuration);
  const generated = generatedConfiguration();
  findings[generated.name] = findingsOf(generated.name, generated.configuration);
  fs.writeFileSync(FINDINGS_FILE, `${JSON.stringify(findings, null, 1)}\n`);

  const digests: Record<string, { all: string; withoutOpenStack?: string }> = {};
  for (const { name, configuration } of readTestConfigurations()) {
    const result = findingsOf(name, configuration);
    digests[name] = { all: digest(result), ...(mentionsOpenStack(configuration) ? { withoutOpenStack: digest(withoutOpenStack(result)) } : {}) };
  }
  fs.writeFileSync(TEST_DIGESTS_FILE, `${JSON.stringify(digests, null, 1)}\n`);
  console.log(`${Object.keys(findings).length} fixtures, examples and generated configurations; ${Object.keys(digests).length} test configurations.`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
