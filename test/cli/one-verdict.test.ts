/**
 * One verdict: every example stack and the README's first stack, synthesized with their
 * checks, then checked by the CLI as a child process on cdktf.out with no flags. The CLI's
 * JSON report must equal synth's, finding for finding — it reads each stack's
 * sovereignty-policy.json, which synth wrote next to cdk.tf.json.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import { App } from 'cdktf';
import { MultiProviderAnalyticsStack } from '../../examples/multi-provider-analytics/stack';
import { OtcHealthRecordsStack } from '../../examples/otc-health-records/stack';
import { StackitPublicPortalStack } from '../../examples/stackit-public-portal/stack';
import { buildCli, ROOT } from './build';
import { runCli } from './child';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

let build: { bin: string; dir: string };
let work: string;

/** The first ```ts block of the README's "A first stack" section. */
function readmeFirstStack(): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## A first stack'));
  const m = /```ts\n([\s\S]*?)```/.exec(section);
  if (!m) throw new Error('no code in the README\'s "A first stack"');
  return m[1];
}

/** What must agree between synth and the CLI for each finding. */
function verdict(f: Json, configuration?: string): Json {
  return {
    configuration: configuration ?? f.configuration,
    ruleId: f.ruleId,
    address: f.address,
    level: f.level,
    suppressed: f.suppressed,
    suppressionReason: f.suppressionReason,
    suppressionNote: f.suppressionNote,
    message: f.message,
    attribute: f.attribute,
  };
}

const order = (a: Json, b: Json) => JSON.stringify(a) < JSON.stringify(b) ? -1 : 1;

/** Synth's findings and suppression remarks, from every stack's sovereignty-report.json under `outdir`. */
function synthReports(outdir: string): { findings: Json[]; notes: Json[]; stacks: string[] } {
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
  const findings: Json[] = [];
  const notes: Json[] = [];
  const stacks = Object.keys(manifest.stacks);
  for (const name of stacks) {
    const report = JSON.parse(fs.readFileSync(path.join(outdir, manifest.stacks[name].workingDirectory, 'sovereignty-report.json'), 'utf8'));
    findings.push(...report.findings.map((f: Json) => verdict(f, name)));
    notes.push(...report.suppressions);
  }
  return { findings: findings.sort(order), notes: notes.sort(order), stacks };
}

beforeAll(() => {
  build = buildCli();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'sov-one-verdict-'));

  fs.mkdirSync(path.join(work, 'examples'));
  const app = new App({ outdir: path.join(work, 'examples', 'cdktf.out') });
  new OtcHealthRecordsStack(app, 'otc-health-records');
  new StackitPublicPortalStack(app, 'stackit-public-portal');
  new MultiProviderAnalyticsStack(app, 'multi-provider-analytics');
  app.synth();

  // The README's code as written, with 'cdktf-sovereign' resolved to the transpiled library.
  const { outputText } = ts.transpileModule(readmeFirstStack(), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } });
  const readmeDir = path.join(work, 'readme');
  fs.mkdirSync(readmeDir);
  fs.writeFileSync(path.join(readmeDir, 'main.js'), outputText.replace(/require\("cdktf-sovereign"\)/g, JSON.stringify(path.join(build.dir, 'lib', 'index.js')).replace(/^/, 'require(').replace(/$/, ')')));
  execFileSync(process.execPath, ['main.js'], { cwd: readmeDir, env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') }, stdio: 'pipe' });
}, 300_000);

afterAll(() => {
  fs.rmSync(build.dir, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
});

describe.each([
  ['every example stack', 'examples'],
  ['the README\'s first stack', 'readme'],
])('the CLI on cdktf.out with no flags agrees with synth: %s', (_name, dir) => {
  test('same findings: rule, address, level, suppressed, reason, message, argument; same suppression remarks; same exit code', async () => {
    const outdir = path.join(work, dir, 'cdktf.out');
    const synth = synthReports(outdir);
    const run = await runCli(build.bin, ['check', 'cdktf.out', '--format', 'json'], path.join(work, dir));
    expect(run.stderr).toBe('');
    const cli = JSON.parse(run.stdout);
    expect(cli.configurations.sort()).toEqual([...synth.stacks].sort());
    expect(cli.findings.map((f: Json) => verdict(f)).sort(order)).toEqual(synth.findings);
    expect([...cli.suppressions].sort(order)).toEqual(synth.notes);
    const errors = synth.findings.filter((f) => f.level === 'error' && !f.suppressed).length;
    expect({ errors: cli.summary.errors, code: run.code }).toEqual({ errors, code: errors > 0 ? 1 : 0 });
  });
});

test('each finding of the CLI on the examples points at its argument, or at its resource\'s key, in cdk.tf.json', async () => {
  const run = await runCli(build.bin, ['check', 'cdktf.out', '--format', 'json'], path.join(work, 'examples'));
  const findings = JSON.parse(run.stdout).findings as Json[];
  expect(findings.length).toBeGreaterThan(0);
  for (const f of findings) {
    const line = fs.readFileSync(path.join(work, 'examples', f.source.file), 'utf8').split('\n')[f.source.line - 1].trim();
    // The argument's last key when it is written, else the resource's own key.
    const keys = [f.attribute?.split('.').pop()?.replace(/\[\d+\]$/, ''), f.address.split('.').pop()].filter(Boolean).map((k: string) => `${JSON.stringify(k)}:`);
    expect({ address: f.address, attribute: f.attribute, line, matches: keys.some((k: string) => line.startsWith(k)) }).toEqual(expect.objectContaining({ matches: true }));
  }
});

describe.each([
  ['the examples: their suppressions are lost, errors appear', 'examples', []],
  ['the README stack: its clusterLocation is lost, its Kubernetes resources are unlocated', 'readme', ['--pack', 'gdpr,gaiax-l2']],
])('without the stacks\' policy files the CLI would not agree (so the comparisons above can fail): %s', (_name, dir, flags) => {
  test('different findings, and errors synth did not report', async () => {
    const copy = path.join(work, `${dir}-without-policy`);
    fs.cpSync(path.join(work, dir, 'cdktf.out'), path.join(copy, 'cdktf.out'), { recursive: true });
    for (const stack of fs.readdirSync(path.join(copy, 'cdktf.out', 'stacks'))) fs.rmSync(path.join(copy, 'cdktf.out', 'stacks', stack, 'sovereignty-policy.json'));
    const run = await runCli(build.bin, ['check', 'cdktf.out', '--format', 'json', ...flags], copy);
    const cli = JSON.parse(run.stdout);
    expect(cli.findings.map((f: Json) => verdict(f)).sort(order)).not.toEqual(synthReports(path.join(work, dir, 'cdktf.out')).findings);
    expect(cli.summary.errors).toBeGreaterThan(0);
    expect(run.code).toBe(1);
  });
});
