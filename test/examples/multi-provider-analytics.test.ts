/*
 * The multi-provider-analytics example end to end: synthesized by a real cdktf App with the
 * compliance checks, then checked by real Terraform (init without backend, validate, offline
 * plan, show -json) with the hashicorp/aws provider from the local mirror.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { SovereigntyChecks } from '../../lib';
import { MultiProviderAnalyticsStack } from '../../examples/multi-provider-analytics/stack';
import { main } from '../../lib/cli/main';
import { dummyVariables, findTerraform, TerraformDir } from '../storage/terraform-harness';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const availability = findTerraform();

function synthesize(): { stack: MultiProviderAnalyticsStack; dir: string; config: Json } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sov-example-analytics-'));
  const app = new App({ outdir });
  const stack = new MultiProviderAnalyticsStack(app, 'multi-provider-analytics');
  app.synth();
  const dir = path.join(outdir, 'stacks', 'multi-provider-analytics');
  return { stack, dir, config: JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8')) };
}

describe('multi-provider-analytics synthesized with the checks', () => {
  const { stack, dir, config } = synthesize();

  test('zero unsuppressed findings; the Hetzner encryption finding is suppressed with its reason', () => {
    const report = SovereigntyChecks.reportOf(stack)!;
    expect(report.summary).toEqual(expect.objectContaining({ errors: 0, warnings: 0, suppressed: 1, notEvaluated: 0 }));
    const suppressed = report.findings.filter((f) => f.suppressed);
    expect(suppressed.map((f) => [f.ruleId, f.resourceType])).toEqual([['SOV-ENCRYPTION-AT-REST', 'aws_s3_bucket']]);
    expect(suppressed[0].suppressionReason).toMatch(/client-side \(SSE-C\)/);
    for (const file of ['sovereignty-report.json', 'sovereignty-report.md', 'sovereignty-report.sarif', 'sovereignty-report.junit.xml']) {
      expect(fs.existsSync(path.join(dir, file))).toBe(true);
    }
  });

  test('only the hashicorp/aws provider, pointed at Scaleway Paris and Hetzner Falkenstein', () => {
    expect(Object.keys(config.terraform.required_providers)).toEqual(['aws']);
    const endpoints = (config.provider.aws as Json[]).map((p) => [p.alias, p.region, p.endpoints[0].s3]).sort();
    expect(endpoints).toEqual([
      ['hetzner_fsn1', 'fsn1', 'https://fsn1.your-objectstorage.com'],
      ['scaleway_fr_par', 'fr-par', 'https://s3.fr-par.scw.cloud'],
    ]);
  });

  test('state on OVHcloud Gravelines: encrypted, locked with a lock file, per-stack key', () => {
    const s3 = config.terraform.backend.s3;
    expect(s3.bucket).toBe('acme-analytics-tfstate');
    expect(s3.key).toBe('multi-provider-analytics/terraform.tfstate');
    expect(s3.region).toBe('gra');
    expect(s3.endpoints.s3).toBe('https://s3.gra.io.cloud.ovh.net');
    expect(s3.encrypt).toBe(true);
    expect(s3.use_lockfile).toBe(true);
  });
});

if (!availability.ok) {
  test(`real Terraform check of the analytics example did NOT run: ${availability.reason}`, () => {
    console.warn(`\n*** SKIPPED real-Terraform check of examples/multi-provider-analytics: ${availability.reason}.\n`);
    expect(process.env.CDKTF_SOVEREIGN_REQUIRE_TERRAFORM).toBeUndefined();
  });
} else {
  const setup = availability.setup;

  describe(`multi-provider-analytics checked by terraform ${setup.version}`, () => {
    let tf: TerraformDir;
    let plan: Json;
    let planText: string;
    let config: Json;
    let stackDir: string;

    beforeAll(() => {
      const synthesized = synthesize();
      config = synthesized.config;
      stackDir = synthesized.dir;
      // The backend is verified in test/storage; here the resources are planned offline.
      const withoutBackend = { ...config, terraform: { ...config.terraform, backend: undefined } };
      tf = new TerraformDir(setup, dummyVariables(config));
      tf.write(JSON.stringify(withoutBackend));
      tf.ok(['init', '-backend=false', '-input=false']);
      tf.ok(['validate']);
      tf.ok(['plan', '-refresh=false', '-input=false', '-lock=false', '-out=plan.out']);
      planText = tf.ok(['show', '-json', 'plan.out']);
      plan = JSON.parse(planText);
    }, 600_000);

    afterAll(() => tf?.remove());

    /** Planned values of the bucket called `bucketName`, or of the `type` resource attached to it. */
    function planned(type: string, bucketName: string): Json {
      const buckets = config.resource.aws_s3_bucket as Record<string, Json>;
      const bucket = Object.keys(buckets).find((n) => buckets[n].bucket === bucketName)!;
      const name = type === 'aws_s3_bucket'
        ? bucket
        : Object.keys(config.resource[type] ?? {}).find((n) => config.resource[type][n].bucket === `\${aws_s3_bucket.${bucket}.id}`);
      if (name === undefined) return undefined;
      return (plan.planned_values.root_module.resources as Json[]).find((r) => r.address === `${type}.${name}`)!.values;
    }

    test('every synthesized resource is planned for creation, nothing else', () => {
      const synthesized = Object.values(config.resource as Record<string, Json>).reduce((n, byName) => n + Object.keys(byName).length, 0);
      expect(plan.resource_changes).toHaveLength(synthesized);
      expect(new Set((plan.resource_changes as Json[]).map((c) => c.change.actions.join(',')))).toEqual(new Set(['create']));
    });

    test('raw events (personal data): AES256, versioned, expiring after 30 days, tagged personal', () => {
      const name = 'acme-analytics-raw-events';
      expect(planned('aws_s3_bucket', name).tags).toEqual(expect.objectContaining({ 'data-classification': 'personal', jurisdiction: 'EEA' }));
      expect(planned('aws_s3_bucket_server_side_encryption_configuration', name).rule[0].apply_server_side_encryption_by_default[0].sse_algorithm).toBe('AES256');
      expect(planned('aws_s3_bucket_versioning', name).versioning_configuration[0].status).toBe('Enabled');
      const rule = planned('aws_s3_bucket_lifecycle_configuration', name).rule[0];
      expect(rule.status).toBe('Enabled');
      expect(rule.expiration[0].days).toBe(30);
    });

    test('its plan JSON gets the same findings as its cdk.tf.json — no SOV-PROVIDER-CONTROL for the unused default provider the plan adds', async () => {
      // `terraform show -json` lists a default `aws` configuration no resource uses (all use aliases).
      expect(plan.configuration.provider_config.aws).toEqual(expect.not.objectContaining({ expressions: expect.anything() }));
      expect((plan.configuration.root_module.resources as Json[]).some((r) => r.provider_config_key === 'aws')).toBe(false);
      const planFile = path.join(tf.dir, 'plan.json');
      fs.writeFileSync(planFile, planText);
      const check = async (args: string[]) => {
        let stdout = '';
        const code = await main(['check', ...args, '--format', 'json'], { stdout: (t) => (stdout += t), stderr: () => undefined });
        return { code, report: JSON.parse(stdout) };
      };
      // The plan has no construct paths and no sovereignty-policy.json next to it: the stack's file travels with --policy.
      const fromPlan = await check([planFile, '--policy', path.join(stackDir, 'sovereignty-policy.json')]);
      const fromConfig = await check([stackDir]);
      const verdicts = (r: Json) => (r.findings as Json[]).map((f) => [f.ruleId, f.address, f.level, f.suppressed, f.suppressionReason, f.message]).sort();
      expect(verdicts(fromPlan.report)).toEqual(verdicts(fromConfig.report));
      expect(verdicts(fromPlan.report)).toEqual([['SOV-ENCRYPTION-AT-REST', expect.stringMatching(/^aws_s3_bucket\.Aggregates_/), 'error', true, expect.stringMatching(/client-side \(SSE-C\)/), expect.any(String)]]);
      expect((fromPlan.report.findings as Json[]).filter((f) => f.ruleId === 'SOV-PROVIDER-CONTROL')).toEqual([]);
      expect([fromPlan.code, fromConfig.code]).toEqual([0, 0]);
      // The finding points into the plan: Terraform records no source lines there, so at the resource's entry.
      const source = fromPlan.report.findings[0].source;
      expect(source.file).toBe(planFile);
      expect(planText.split('\n')[source.line - 1].slice(source.column - 1)).toMatch(/^"address":\s*"aws_s3_bucket\.Aggregates_/);
    });

    test('aggregates on Hetzner: versioned, two-year expiry, no server-side encryption resource', () => {
      const name = 'acme-analytics-aggregates';
      expect(planned('aws_s3_bucket_versioning', name).versioning_configuration[0].status).toBe('Enabled');
      expect(planned('aws_s3_bucket_lifecycle_configuration', name).rule[0].expiration[0].days).toBe(730);
      expect(planned('aws_s3_bucket_server_side_encryption_configuration', name)).toBeUndefined();
    });
  });
}
