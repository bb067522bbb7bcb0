/**
 * Where the CLI's settings come from: the stack's policy file synth wrote, a team's
 * sovereignty-policy.json (found next to what is checked, or named with --policy), and the
 * flags — and the text report says which setting came from where.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { AuditLogStore, FindingLevel, IRule, Pack, Retention, SovereigntyChecks, SovereigntyPolicy } from '../../lib';
import { MultiProviderAnalyticsStack } from '../../examples/multi-provider-analytics/stack';
import { buildCli, ROOT } from './build';
import { Run, runCli } from './child';

const HETZNER = path.join(ROOT, 'test', 'fixtures', 'hcl', 'hetzner');

let build: { bin: string; dir: string };
let work: string;

beforeAll(() => {
  build = buildCli();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'sov-cli-settings-'));
  const app = new App({ outdir: path.join(work, 'cdktf.out') });
  new MultiProviderAnalyticsStack(app, 'multi-provider-analytics');
  app.synth();
}, 120_000);

afterAll(() => {
  fs.rmSync(build.dir, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
});

const cli = (...args: string[]) => runCli(build.bin, args, work);
const STACK = path.join('cdktf.out', 'stacks', 'multi-provider-analytics');

/** The text report's SETTINGS section, whitespace collapsed. */
function settings(run: Run): string {
  const lines = run.stdout.split('\n');
  const start = lines.indexOf('SETTINGS');
  expect(start).toBeGreaterThan(0);
  return lines.slice(start + 2, lines.indexOf('', start + 2)).join(' ').replace(/\s+/g, ' ');
}

function write(rel: string, content: unknown): string {
  const p = path.join(work, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return p;
}

describe('a synthesized stack', () => {
  test('no flags: every setting from the stack\'s policy file', async () => {
    const run = await cli('check', STACK);
    expect(run.code).toBe(0);
    const s = settings(run);
    expect(s).toContain(`policy file: ${path.join(STACK, 'sovereignty-policy.json')} (written by synth for stack multi-provider-analytics on `);
    expect(s).toMatch(/from the stack's policy: packs gdpr, bsi-c5; jurisdiction EEA; .*personalDataMaxRetention 90d/);
    expect(s).not.toContain('says');
    expect(run.stdout).toContain('PASSED: 0 errors, 0 warnings, 0 infos, 1 suppressed');
  });

  test('a flag overrides, and the report says what the stack\'s policy says', async () => {
    const run = await cli('check', STACK, '--jurisdiction', 'DE', '--pack', 'gdpr');
    const s = settings(run);
    expect(s).toContain('jurisdiction: DE (from --jurisdiction; the stack\'s policy says EEA)');
    expect(s).toContain('packs: gdpr (from --pack; the stack\'s policy says gdpr, bsi-c5)');
    // Scaleway Paris and OVHcloud Gravelines are outside Germany.
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/SOV-LOCATION +aws_s3_bucket\.RawEvents/);
  });

  test('a stack synthesized with custom rules: the CLI says it does not have them, and judges the rest as synth did', async () => {
    const owner: IRule = {
      metadata: {
        id: 'ACME-OWNER', title: 'Namespaces have an owner', defaultLevel: FindingLevel.WARNING, references: [],
        rationale: 'Every namespace needs an owner.', remediation: 'Add an owner label.', resourceTypes: ['kubernetes_namespace_v1'],
      },
      appliesTo: () => true,
      evaluate: (r) => (r.labels.owner ? [] : [{ message: 'No owner label.' }]),
    };
    const outdir = path.join(work, 'custom', 'cdktf.out');
    fs.mkdirSync(path.dirname(outdir), { recursive: true });
    const app = new App({ outdir });
    const stack = new TerraformStack(app, 'custom');
    new SovereigntyPolicy({ clusterLocation: 'DE' }).applyTo(stack);
    new KubernetesProvider(stack, 'k8s', { configPath: '~/.kube/config' });
    new NamespaceV1(stack, 'ns', { metadata: { name: 'team-a' } });
    SovereigntyChecks.apply(app, { rules: [owner], packs: [Pack.GDPR, Pack.custom('acme', 'ACME', [{ ruleId: 'ACME-OWNER', level: FindingLevel.WARNING }])] });
    app.synth();
    const synth = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'custom', 'sovereignty-report.json'), 'utf8'));
    expect(synth.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('ACME-OWNER');

    const [text, json] = await Promise.all([cli('check', 'custom/cdktf.out'), cli('check', 'custom/cdktf.out', '--format', 'json')]);
    const remark = 'custom was checked with custom rules this CLI does not have: ACME-OWNER (Namespaces have an owner).';
    expect(text.stdout).toContain('\nREMARKS (1)\n');
    expect(text.stdout.replace(/\s+/g, ' ')).toContain(remark);
    expect(text.stderr).toContain(`cdktf-sovereign: warning: ${remark}`);
    const builtIn = (findings: Array<{ ruleId: string; address: string; level: string }>) => findings.filter((f) => f.ruleId !== 'ACME-OWNER').map((f) => [f.ruleId, f.address, f.level]);
    expect(builtIn(JSON.parse(json.stdout).findings)).toEqual(builtIn(synth.findings));
    expect(JSON.parse(json.stdout).remarks).toEqual([expect.stringContaining(remark)]);
  });
});

test('a stack whose policy keeps audit logs 180 days: the CLI judges with 180 days, as synth does (no SOV-RETENTION)', async () => {
  const outdir = path.join(work, 'audit', 'cdktf.out');
  fs.mkdirSync(path.dirname(outdir), { recursive: true });
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'audit');
  new SovereigntyPolicy({ auditLogMinRetention: Retention.days(180), auditLogMaxRetention: Retention.days(365) }).applyTo(stack);
  new AuditLogStore(stack, 'Logs', { provider: 'scaleway', region: 'fr-par', bucketName: 'acme-audit-logs' });
  SovereigntyChecks.apply(app, { packs: [Pack.GDPR, Pack.BSI_C5] });
  app.synth();
  const synth = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'audit', 'sovereignty-report.json'), 'utf8'));
  const [asSynth, defaults] = await Promise.all([
    cli('check', 'audit/cdktf.out', '--format', 'json'),
    cli('check', 'audit/cdktf.out', '--format', 'json', '--policy', write('defaults/sovereignty-policy.json', { formatVersion: 1, policy: { auditLogMinRetention: '1y', auditLogMaxRetention: '2y' } })),
  ]);
  const retention = (r: Run) => JSON.parse(r.stdout).findings.filter((f: { ruleId: string; suppressed: boolean }) => f.ruleId === 'SOV-RETENTION' && !f.suppressed);
  expect(synth.findings.filter((f: { ruleId: string }) => f.ruleId === 'SOV-RETENTION')).toEqual([]);
  expect(retention(asSynth)).toEqual([]);
  expect(asSynth.code).toBe(synth.summary.errors > 0 ? 1 : 0);
  // Judged with the default minimum of one year (what the CLI did before it read the stack's policy), the store is too short-lived.
  expect(retention(defaults).map((f: { message: string }) => f.message)).toEqual([expect.stringMatching(/1 year/)]);
});

describe('plain Terraform with a policy file', () => {
  const policy = {
    formatVersion: 1,
    policy: { jurisdiction: 'EEA' },
    packs: ['gdpr'],
    suppressions: [{ ruleId: 'SOV-LOCATION', address: 'hcloud_primary_ip.edge', reason: 'Edge IP in Ashburn carries no personal data (DPIA-12)' }],
  };

  test('--policy <file>: its policy, packs and suppressions apply', async () => {
    const file = write('team/sovereignty-policy.json', policy);
    const [without, withPolicy] = await Promise.all([cli('check', HETZNER), cli('check', HETZNER, '--policy', file)]);
    expect(without.code).toBe(1);
    expect(withPolicy.code).toBe(0);
    expect(withPolicy.stdout).toMatch(/SUPPRESSED \(1\)[\s\S]*SOV-LOCATION +hcloud_primary_ip\.edge[\s\S]*DPIA-12/);
    expect(settings(withPolicy)).toContain(`policy file: ${file} (--policy)`);
    expect(settings(withPolicy)).toMatch(/from --policy .*team\/sovereignty-policy\.json: packs gdpr; jurisdiction EEA/);
  });

  test('a sovereignty-policy.json in the checked directory is picked up; a flag still overrides it', async () => {
    fs.cpSync(HETZNER, path.join(work, 'infra'), { recursive: true });
    write('infra/sovereignty-policy.json', policy);
    const run = await cli('check', 'infra');
    expect(run.code).toBe(0);
    expect(settings(run)).toContain('from infra/sovereignty-policy.json: packs gdpr; jurisdiction EEA');
    const overridden = await cli('check', 'infra', '--jurisdiction', 'DE');
    expect(settings(overridden)).toContain('jurisdiction: DE (from --jurisdiction; infra/sovereignty-policy.json says EEA)');
  });

  test('a bad policy file is a usage error with what was given, what is allowed and the fix', async () => {
    const bad = write('bad/sovereignty-policy.json', { formatVersion: 1, policy: { jurisdiction: ['DE', 'XX'] } });
    const run = await cli('check', HETZNER, '--policy', bad);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^cdktf-sovereign: Policy file .*bad\/sovereignty-policy\.json: policy\.jurisdiction: Country code: got "XX"\. Allowed: .* Fix: .*\nRun 'cdktf-sovereign --help' for usage\.\n$/);
    const version = write('v2/sovereignty-policy.json', { formatVersion: 2 });
    expect((await cli('check', HETZNER, '--policy', version)).stderr).toMatch(/formatVersion: got 2\. Allowed: 1/);
  });
});

describe('output a pipe can read', () => {
  test('several formats without --out: exit 2 with the fix, nothing on stdout', async () => {
    const run = await cli('check', HETZNER, '--format', 'sarif,md,json,junit');
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: "cdktf-sovereign: --format sarif,md,json,junit without --out would print 4 documents into one stream that no tool can read. Fix: add --out <dir> to write each to its file (the text report is still printed), or choose one format.\nRun 'cdktf-sovereign --help' for usage.\n",
    });
  });

  test('one format without --out: one document that parses', async () => {
    const run = await cli('check', HETZNER, '--format', 'json');
    expect(JSON.parse(run.stdout).findings.length).toBeGreaterThan(0);
  });
});
