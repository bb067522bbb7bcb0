/**
 * The findings baseline of issue 15 ("one home for provider knowledge"): the findings of every
 * rule on every fixture, every example stack, a generated mixed configuration and every
 * configuration the test suite checked when the baseline was recorded, under two engine
 * settings. Recorded before provider knowledge moved from the rules into the catalog
 * (scripts/findings-baseline.ts), asserted by ../baseline.test.ts: moving facts must not change
 * a single finding.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { generateConfiguration } from '../../../../bench/generate';
import { ComplianceEngine } from '../../../../lib/compliance/engine';
import { loadInputs } from '../../../../lib/compliance/input';
import { Pack } from '../../../../lib/compliance/packs';
import { Finding } from '../../../../lib/compliance/report/model';
import { Retention } from '../../../../lib/core/retention';
import { SovereigntyPolicy } from '../../../../lib/core/policy';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ROOT = path.resolve(__dirname, '../../../..');
export const BASELINE_DIR = __dirname;
/** Findings of the fixtures, example stacks and the generated configuration, in full. */
export const FINDINGS_FILE = path.join(__dirname, 'findings.json');
/** Configurations the test suite handed to the engine (one JSON object per line: name, configuration). */
export const TEST_CONFIGURATIONS_FILE = path.join(__dirname, 'test-configurations.jsonl');
/** Per test configuration and setting: a digest of its findings. */
export const TEST_DIGESTS_FILE = path.join(__dirname, 'test-configurations.digests.json');
/** Synthesized example stacks (cdk.tf.json content), recorded with the baseline. */
export const EXAMPLES_FILE = path.join(__dirname, 'examples.json');

/** The fixtures, loaded as the CLI loads them. */
export const FIXTURES = ['test/fixtures/synth', 'test/fixtures/plan/s3-scaleway-ovh.plan.json', 'test/fixtures/hcl/hetzner', 'test/fixtures/hcl/modules'];

/** The two engine settings every configuration is checked under. */
export function engines(): Record<string, ComplianceEngine> {
  return {
    default: new ComplianceEngine({ packs: Pack.builtIn(), asOf: '2026-11-28' }),
    strict: new ComplianceEngine({
      packs: Pack.builtIn(),
      asOf: '2026-11-28',
      clusterLocation: 'DE',
      policy: new SovereigntyPolicy({ requireCustomerManagedKeys: true, personalDataMaxRetention: Retention.days(365), personalDataMinRetention: Retention.days(7) }),
    }),
  };
}

/** The fields of a finding the baseline compares (a finding's identity and everything it says). */
export function essentials(f: Finding): Record<string, unknown> {
  return {
    ruleId: f.ruleId,
    level: f.level,
    address: f.address,
    constructPath: f.constructPath,
    resourceType: f.resourceType,
    message: f.message,
    attribute: f.attribute,
    remediation: f.remediation,
    references: f.references.map((r) => `${r.framework} ${r.id}`),
    suppressed: f.suppressed,
    suppressionReason: f.suppressionReason,
    dependsOnUnverifiedFact: f.dependsOnUnverifiedFact,
    configuration: f.configuration,
  };
}

/** Findings of a configuration under every setting, with the resources the rules did not evaluate. */
export function findingsOf(name: string, configuration: unknown, settings = engines()): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [setting, engine] of Object.entries(settings)) {
    try {
      const report = engine.check(configuration, name);
      out[setting] = { findings: report.findings.map(essentials), notEvaluated: report.notEvaluatedTypes };
    } catch (e) {
      out[setting] = { error: (e as Error).message };
    }
  }
  return out;
}

/**
 * The findings without those on OpenStack resources and provider configurations: the ninth
 * provider of issue 15 is new behaviour (its resources are located and judged now), everything
 * else must stay exactly as it was.
 */
export function withoutOpenStack(result: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [setting, value] of Object.entries(result as Record<string, Json>)) {
    out[setting] = value.error !== undefined ? value : {
      findings: (value.findings as Json[]).filter((f) => !isOpenStack(f.resourceType, f.address)),
      notEvaluated: (value.notEvaluated as Json[]).filter((n) => !isOpenStack(n.resourceType, '')),
    };
  }
  return out;
}

function isOpenStack(resourceType: string, address: string): boolean {
  return resourceType.startsWith('openstack_') || address === 'provider.openstack' || address.startsWith('provider.openstack.');
}

/** Whether a configuration has OpenStack resources or provider configurations. */
export function mentionsOpenStack(configuration: unknown): boolean {
  const c = configuration as Json;
  const types = [...Object.keys(c?.resource ?? {}), ...Object.keys(c?.data ?? {})];
  return types.some((t) => t.startsWith('openstack_')) || Object.keys(c?.provider ?? {}).includes('openstack');
}

export function digest(value: unknown): string {
  return crypto.createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** The fixtures' configurations, loaded live. */
export async function fixtureConfigurations(): Promise<Array<{ name: string; configuration: unknown }>> {
  const out: Array<{ name: string; configuration: unknown }> = [];
  for (const fixture of FIXTURES) {
    for (const loaded of await loadInputs(path.join(ROOT, fixture))) out.push({ name: `${fixture} ${loaded.name.replace(ROOT + path.sep, '')}`, configuration: loaded.configuration });
  }
  return out;
}

/** The generated mixed configuration of the engine benchmark (deterministic). */
export function generatedConfiguration(): { name: string; configuration: unknown } {
  return { name: 'bench/generate 300', configuration: generateConfiguration(300) };
}

export function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

export function readTestConfigurations(): Array<{ name: string; configuration: unknown }> {
  return fs.readFileSync(TEST_CONFIGURATIONS_FILE, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
}
