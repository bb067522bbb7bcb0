/**
 * The README's CI recipe and policy-file example, run as written: the recipe on the
 * repository's own examples (`npm run synth`, then the check), the policy file by a cdktf app
 * (its ts block) and by the CLI. `npx cdktf-sovereign` runs the transpiled CLI; `npm ci` has
 * already run.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import Ajv from 'ajv';
import { SovereigntyPolicyFile } from '../../lib';
import SCHEMA from '../../schema/sovereignty-policy.schema.json';
import { sarifErrors } from '../compliance/report/sarif-schema';
import { buildCli, ROOT } from './build';

const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The first fenced block of `lang` after `heading`. */
function block(heading: string, lang: string): string {
  const section = README.slice(README.indexOf(heading));
  const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(section);
  if (!m) throw new Error(`no ${lang} block after ${heading}`);
  return m[1];
}

let build: { bin: string; dir: string };
let work: string;

beforeAll(() => {
  build = buildCli();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'sov-readme-recipes-'));
});
afterAll(() => {
  fs.rmSync(build.dir, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
});

/** Run a command line as written (`npx cdktf-sovereign` → the transpiled CLI); exit code and stdout + stderr. */
function shell(command: string, cwd: string): { code: number | null; output: string } {
  const cli = `${JSON.stringify(process.execPath)} ${JSON.stringify(build.bin)}`;
  const r = spawnSync('/bin/bash', ['-c', command.replace(/^npx cdktf-sovereign\b/, cli)], {
    cwd, encoding: 'utf8', env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') }, maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

test('the CI recipe passes on the repository\'s examples, as written', () => {
  const steps = [...block('### CI: GitHub Actions with code scanning', 'yaml').matchAll(/^\s*- run: (.+)$/gm)].map((m) => m[1].trim());
  expect(steps).toEqual(['npm ci', 'npm run synth', expect.stringMatching(/^npx cdktf-sovereign check cdktf\.out /)]);
  // The project as CI checks it out, without a cdktf.out of an earlier run.
  const project = path.join(work, 'project');
  fs.mkdirSync(project);
  for (const entry of ['package.json', 'tsconfig.json', 'examples', 'lib', 'node_modules']) fs.symlinkSync(path.join(ROOT, entry), path.join(project, entry));
  const results = steps.slice(1).map((step) => ({ step, ...shell(step, project) }));
  expect(results.map((r) => [r.step, r.code])).toEqual(steps.slice(1).map((s) => [s, 0]));
  // npm run synth shows the construct warnings, as cdktf synth does.
  expect(results[0].output).toMatch(/^WARN \[otc-health-records\/AuditPipeline\]: AuditLogPipeline .* is not pinned by digest/m);
  expect(results[1].output).toContain('PASSED: 0 errors');
  const sarifFile = /sarif_file: (\S+) \}/.exec(block('### CI: GitHub Actions with code scanning', 'yaml'))![1];
  const sarif = JSON.parse(fs.readFileSync(path.join(project, sarifFile), 'utf8'));
  expect(sarifErrors(sarif)).toEqual([]);
  expect(sarif.runs[0].results.length).toBeGreaterThan(0);
  for (const r of sarif.runs[0].results) {
    expect(r.locations[0].physicalLocation.artifactLocation).toEqual(expect.objectContaining({ uri: expect.stringMatching(/^cdktf\.out\/stacks\/[^/]+\/cdk\.tf\.json$/), uriBaseId: '%SRCROOT%' }));
    expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThan(1);
  }
}, 300_000);

describe('the README\'s policy file', () => {
  const json = block('### Policy file', 'json');

  test('is valid: the schema and SovereigntyPolicyFile.load accept it', () => {
    expect(new Ajv().validate(SCHEMA, JSON.parse(json))).toBe(true);
    const file = path.join(work, 'policy-check', 'sovereignty-policy.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, json);
    const loaded = SovereigntyPolicyFile.load(file);
    expect([loaded.policy.jurisdiction.name, loaded.policy.clusterLocation, loaded.policy.auditLogMinRetention.toDays(), loaded.packs.map((p) => p.id)])
      .toEqual(['EU', 'FR', 180, ['gdpr', 'gaiax-l2']]);
  });

  test('the cdktf app of the README synthesizes with it, and the CLI judges its stack with the same settings', () => {
    const app = path.join(work, 'policy-app');
    fs.mkdirSync(app);
    fs.writeFileSync(path.join(app, 'sovereignty-policy.json'), json);
    const { outputText } = ts.transpileModule(block('### Policy file', 'ts'), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
    fs.writeFileSync(path.join(app, 'main.js'), outputText.replace(/require\("cdktf-sovereign"\)/g, `require(${JSON.stringify(path.join(build.dir, 'lib', 'index.js'))})`));
    execFileSync(process.execPath, ['main.js'], { cwd: app, env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') }, stdio: 'pipe' });
    const written = JSON.parse(fs.readFileSync(path.join(app, 'cdktf.out', 'stacks', 'customers', 'sovereignty-policy.json'), 'utf8'));
    const source = JSON.parse(json);
    expect(written.policy).toEqual(expect.objectContaining(source.policy));
    expect(written.packs).toEqual(source.packs);
    expect(written.suppressions).toEqual([expect.objectContaining({ ...source.suppressions[0], origin: 'checks' })]);
    const run = shell('npx cdktf-sovereign check cdktf.out', app);
    expect(run.code).toBe(0);
    expect(run.output.replace(/\s+/g, ' ')).toMatch(/from the stack's policy: packs gdpr, gaiax-l2; jurisdiction EU; .*auditLogMinRetention 180d; .*clusterLocation FR; unsuppressibleRules SOV-LOCATION/);
  });

  test('the CLI reads it for plain Terraform, from the checked directory', () => {
    const infra = path.join(work, 'policy-infra', 'infra');
    fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'hcl', 'hetzner'), infra, { recursive: true });
    fs.writeFileSync(path.join(infra, 'sovereignty-policy.json'), json);
    const run = shell('npx cdktf-sovereign check infra/', path.dirname(infra));
    expect(run.output.replace(/\s+/g, ' ')).toContain('from infra/sovereignty-policy.json: packs gdpr, gaiax-l2; jurisdiction EU;');
  });
});
