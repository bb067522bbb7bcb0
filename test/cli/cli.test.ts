/**
 * The `cdktf-sovereign` CLI end to end: every case spawns a real child process and looks
 * only at its exit code, stdout, stderr and the files it writes. The CLI is transpiled
 * once (see ./build.ts for why that beats ts-node per process).
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildCli, ROOT } from './build';

const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const SYNTH = path.join(FIXTURES, 'synth');
const HCL = path.join(FIXTURES, 'hcl', 'hetzner');
const PLAN = path.join(FIXTURES, 'plan', 's3-scaleway-ovh.plan.json');
const VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

let build: { bin: string; dir: string };
let tmp: string;

beforeAll(() => {
  build = buildCli();
});
afterAll(() => {
  fs.rmSync(build.dir, { recursive: true, force: true });
});
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sovereign-cli-'));
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [build.bin, ...args], {
      cwd: tmp,
      env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
      maxBuffer: 64 * 1024 * 1024,
    }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

function write(rel: string, content: string): string {
  const p = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

/** A usage/input error: exit 2, `cdktf-sovereign: <one line>` and the --help hint, no stack trace. */
function expectUsageError(run: Run, fragment: string): void {
  expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: '' });
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(/^cdktf-sovereign: /);
  expect(lines[0]).toContain(fragment);
  expect(lines[1]).toBe("Run 'cdktf-sovereign --help' for usage.");
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('usage', () => {
  test('--help and -h print the usage and exit 0', async () => {
    const [long, short] = await Promise.all([cli('--help'), cli('check', '-h')]);
    expect(long.code).toBe(0);
    expect(long.stdout).toContain('Usage: cdktf-sovereign check <path> [options]');
    for (const option of ['--pack', '--policy', '--source-root', '--jurisdiction', '--cluster-location', '--format', '--out', '--suppressions', '--var-file', '--var <name>=<value>', 'gaiax-l3', 'bsi-c5']) {
      expect(long.stdout).toContain(option);
    }
    expect(short).toEqual(long);
  });

  test('--version prints the package version', async () => {
    expect(await cli('--version')).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  test.each([
    ['missing command', []],
    ['unknown command "lint"', ['lint', '.']],
    ['missing <path>', ['check']],
    ['unexpected argument "extra"', ['check', SYNTH, 'extra']],
    ['unknown option --packs. Did you mean --pack?', ['check', SYNTH, '--packs', 'gdpr']],
    ['unknown option --verbose', ['check', SYNTH, '--verbose']],
    ['option --pack needs a value', ['check', SYNTH, '--pack']],
    ['Rule pack: got "gdrp". Allowed: gdpr, gaiax-sc, gaiax-l1, gaiax-l2, gaiax-l3, bsi-c5. Did you mean "gdpr"?', ['check', SYNTH, '--pack', 'gdrp']],
    ['Jurisdiction: got "Europe"', ['check', SYNTH, '--jurisdiction', 'Europe']],
    ['Country code: got "XX"', ['check', SYNTH, '--jurisdiction=DE,XX']],
    ['Country code: got "Germany"', ['check', SYNTH, '--cluster-location', 'Germany']],
    ['unknown format "pdf". Allowed: text, json, md, sarif, junit, inventory, html', ['check', SYNTH, '--format', 'pdf']],
    ['option --var needs name=value: got "location"', ['check', SYNTH, '--var', 'location']],
    ['option --var-file needs a value', ['check', SYNTH, '--var-file']],
  ])('exit 2: %s', async (fragment, args) => {
    expectUsageError(await cli(...args), fragment);
  });
});

describe('bad input', () => {
  test('a path that does not exist', async () => {
    expectUsageError(await cli('check', 'nope/cdktf.out'), 'Cannot read nope/cdktf.out: no such file or directory');
  });

  test('malformed JSON names the file, line and column', async () => {
    write('bad/main.tf.json', '{\n  "resource": {\n    "x": {"y": {"a": 1,}}\n  }\n}\n');
    expectUsageError(await cli('check', 'bad'), 'Invalid JSON in bad/main.tf.json at line 3, column 24: trailing comma before "}"');
  });

  test('malformed HCL names the file, line and column', async () => {
    write('bad/main.tf', 'resource "hcloud_primary_ip" "x" {\n  location = "fsn1\n}\n');
    const run = await cli('check', 'bad');
    expectUsageError(run, 'Invalid HCL in bad/main.tf at line 2');
  });

  test('an empty directory', async () => {
    fs.mkdirSync(path.join(tmp, 'empty'));
    expectUsageError(await cli('check', 'empty'), 'Directory empty is empty');
  });

  test('--out pointing at a file is an error, not a crash', async () => {
    write('taken', 'x');
    expectUsageError(await cli('check', SYNTH, '--out', 'taken', '--format', 'json'), 'Cannot create the --out directory taken');
  });
});

describe('checks', () => {
  test('a cdktf.out directory with an error: exit 1 and the text report on stdout', async () => {
    const run = await cli('check', SYNTH);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('ERRORS (1)');
    expect(run.stdout).toMatch(/SOV-LOCATION +hcloud_primary_ip\.edge_ip_9F8E7D6C/);
    expect(run.stdout).toContain('us/edge/ip');
    expect(run.stdout).toContain('GDPR Art. 44');
    expect(run.stdout).toContain('FAILED: 1 error');
  });

  test('a compliant stack: exit 0', async () => {
    const run = await cli('check', path.join(SYNTH, 'stacks', 'eu', 'cdk.tf.json'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('PASSED: 0 errors');
  });

  test('JSON on stdout parses and matches the text summary', async () => {
    const [json, text] = await Promise.all([cli('check', SYNTH, '--format', 'json'), cli('check', SYNTH)]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.summary).toMatchObject({ errors: 1, warnings: 0, suppressed: 0, resources: 2, notEvaluated: 0 });
    expect(report.configurations).toEqual(['eu', 'us']);
    expect(report.packs).toEqual(['gdpr']);
    expect(report.findings.map((f: { ruleId: string; address: string; constructPath: string }) => [f.ruleId, f.address, f.constructPath]))
      .toEqual([['SOV-LOCATION', 'hcloud_primary_ip.edge_ip_9F8E7D6C', 'us/edge/ip']]);
    const s = report.summary;
    expect(text.stdout).toContain(`${s.errors} error, ${s.warnings} warnings, ${s.infos} infos, ${s.suppressed} suppressed; ${s.resources} resources checked, ${s.notEvaluated} not evaluated.`);
  });

  test('SARIF, JUnit and Markdown on stdout', async () => {
    const [sarif, junit, md] = await Promise.all([
      cli('check', SYNTH, '--format', 'sarif'),
      cli('check', SYNTH, '--format', 'junit'),
      cli('check', SYNTH, '--format', 'md'),
    ]);
    expect([sarif.code, junit.code, md.code]).toEqual([1, 1, 1]);
    const doc = JSON.parse(sarif.stdout);
    expect(doc.version).toBe('2.1.0');
    expect(doc.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['SOV-LOCATION']);
    expect(junit.stdout).toMatch(/^<\?xml[^>]*\?>\s*<testsuites/);
    expect(junit.stdout).toContain('hcloud_primary_ip.edge_ip_9F8E7D6C');
    expect(md.stdout).toMatch(/^#/m);
    expect(md.stdout).toContain('SOV-LOCATION');
  });

  test('--out writes every requested report atomically and prints the text report', async () => {
    const run = await cli('check', SYNTH, '--format', 'json,md,sarif,junit', '--out', 'reports/sovereignty');
    expect(run.code).toBe(1);
    const dir = path.join(tmp, 'reports', 'sovereignty');
    expect(fs.readdirSync(dir).sort()).toEqual(['sovereignty-report.json', 'sovereignty-report.junit.xml', 'sovereignty-report.md', 'sovereignty-report.sarif']);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'sovereignty-report.json'), 'utf8')).summary.errors).toBe(1);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'sovereignty-report.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(fs.readFileSync(path.join(dir, 'sovereignty-report.junit.xml'), 'utf8')).toContain('<testsuites');
    expect(run.stdout).toContain('FAILED: 1 error');
    expect(run.stdout).toContain('Reports written: reports/sovereignty/sovereignty-report.json, reports/sovereignty/sovereignty-report.md');
  });

  test('--out replaces reports from an earlier run', async () => {
    write('out/sovereignty-report.json', 'stale');
    const run = await cli('check', path.join(SYNTH, 'stacks', 'eu'), '--format', 'json', '--out', 'out');
    expect(run.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(tmp, 'out', 'sovereignty-report.json'), 'utf8')).summary.errors).toBe(0);
    expect(fs.readdirSync(path.join(tmp, 'out'))).toEqual(['sovereignty-report.json']);
  });

  test('a directory of HCL and .tf.json files', async () => {
    const run = await cli('check', HCL, '--format', 'json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.findings.filter((f: { level: string }) => f.level === 'error').map((f: { ruleId: string; address: string }) => `${f.ruleId} ${f.address}`))
      .toEqual(['SOV-LOCATION hcloud_primary_ip.edge']);
    expect(report.summary.resources).toBe(6);
    expect(report.notEvaluated).toEqual([{ resourceType: 'random_id', count: 1 }]);
  });

  test('a plan JSON: module resources, provider aliases and endpoints are followed', async () => {
    const [eu, de] = await Promise.all([cli('check', PLAN, '--format', 'json'), cli('check', PLAN, '--format', 'json', '--jurisdiction', 'DE')]);
    const euReport = JSON.parse(eu.stdout);
    expect(euReport.configurations).toEqual([PLAN]);
    expect(euReport.summary.resources).toBe(13);
    expect(euReport.findings.filter((f: { ruleId: string }) => f.ruleId.startsWith('SOV-LOCATION'))).toEqual([]);
    const deReport = JSON.parse(de.stdout);
    expect(de.code).toBe(1);
    const located = deReport.findings.filter((f: { ruleId: string }) => f.ruleId === 'SOV-LOCATION');
    expect(located.map((f: { address: string }) => f.address)).toEqual(expect.arrayContaining(['aws_s3_bucket.data', 'aws_s3_bucket.exports[0]', 'module.logs.aws_s3_bucket.this']));
    expect(located.find((f: { address: string }) => f.address === 'module.logs.aws_s3_bucket.this').message).toContain('gra');
  });

  test('several packs and --cluster-location for Kubernetes resources outside the configuration', async () => {
    write('k8s/main.tf.json', JSON.stringify({ resource: { kubernetes_config_map_v1: { cm: { metadata: [{ name: 'settings', namespace: 'default' }], data: { LOG_LEVEL: 'info' } } } } }));
    const [unknown, de] = await Promise.all([
      cli('check', 'k8s', '--format', 'json', '--pack', 'gdpr,gaiax-l3', '--pack', 'bsi-c5'),
      cli('check', 'k8s', '--format', 'json', '--cluster-location', 'DE'),
    ]);
    const unknownReport = JSON.parse(unknown.stdout);
    expect(unknownReport.packs).toEqual(['gdpr', 'gaiax-l3', 'bsi-c5']);
    expect(unknownReport.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('SOV-LOCATION-UNKNOWN');
    const deReport = JSON.parse(de.stdout);
    expect(deReport.policy.clusterLocation).toBe('DE');
    expect(deReport.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('SOV-LOCATION-UNKNOWN');
  });
});

describe('--suppressions', () => {
  const edge = { ruleId: 'SOV-LOCATION', address: 'hcloud_primary_ip.edge', reason: 'Edge IP for US visitors; serves no personal data.' };

  test('a suppressed finding stays in the report with its reason, and no longer fails the run', async () => {
    const file = write('suppressions.json', JSON.stringify({ suppressions: [edge] }));
    const [json, text] = await Promise.all([cli('check', HCL, '--suppressions', file, '--format', 'json'), cli('check', HCL, '--suppressions', file)]);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.summary).toMatchObject({ errors: 0, suppressed: 1 });
    expect(report.findings.find((f: { address: string }) => f.address === 'hcloud_primary_ip.edge')).toMatchObject({ suppressed: true, suppressionReason: edge.reason });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(edge.reason);
  });

  test('a bare array is accepted, and address patterns match with *', async () => {
    write('s.json', JSON.stringify([{ ruleId: 'SOV-LOCATION', address: 'hcloud_primary_ip.*', reason: 'All primary IPs are reviewed by hand.' }]));
    const run = await cli('check', HCL, '--suppressions', 's.json', '--format', 'json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary.suppressed).toBe(1);
  });

  test('an expired suppression no longer suppresses, and says so', async () => {
    write('s.json', JSON.stringify({ suppressions: [{ ...edge, expires: '2020-01-31' }] }));
    const run = await cli('check', HCL, '--suppressions', 's.json', '--format', 'json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    const finding = report.findings.find((f: { address: string }) => f.address === 'hcloud_primary_ip.edge');
    expect(finding).toMatchObject({ suppressed: false, level: 'error' });
    expect(finding.suppressionNote).toContain('expired on 2020-01-31');
    expect(report.suppressions.map((n: { kind: string }) => n.kind)).toContain('expired');
  });

  test('a suppression that matches nothing is reported', async () => {
    write('s.json', JSON.stringify({ suppressions: [{ ...edge, address: 'hcloud_server.gone' }] }));
    const report = JSON.parse((await cli('check', HCL, '--suppressions', 's.json', '--format', 'json')).stdout);
    expect(report.suppressions).toEqual([expect.objectContaining({ kind: 'unused', ruleId: 'SOV-LOCATION' })]);
  });

  test('an unknown rule ID is an error naming the file and the entry', async () => {
    write('s.json', JSON.stringify({ suppressions: [edge, { ...edge, ruleId: 'SOV-LOCATOIN' }] }));
    expectUsageError(await cli('check', HCL, '--suppressions', 's.json'), 'Suppression in s.json (entry 2): unknown rule ID "SOV-LOCATOIN". Allowed: ');
  });

  test.each([
    [{ suppressions: [{ ...edge, reason: 'ok' }] }, 'Suppression of SOV-LOCATION in s.json (entry 1): reason: got "ok". Allowed: a reason of at least 10 characters'],
    [{ suppressions: [{ ...edge, expires: '31.01.2027' }] }, 'expires: got "31.01.2027". Allowed: a date as YYYY-MM-DD'],
    [{ suppressions: [{ ...edge, rule: 'x' }] }, 'Suppression in s.json (entry 1) has an unknown field "rule"'],
    [{ suppressions: [{ ruleId: edge.ruleId, reason: edge.reason }] }, 'Suppression in s.json (entry 1) names no "address"'],
    [{ suppression: [edge] }, 'Suppressions file s.json has no "suppressions" list'],
  ])('exit 2 for %j', async (content, fragment) => {
    write('s.json', JSON.stringify(content));
    expectUsageError(await cli('check', HCL, '--suppressions', 's.json'), fragment);
  });

  test('a suppressions file that is missing or malformed', async () => {
    write('broken.json', '{"suppressions": [');
    const [missing, broken] = await Promise.all([cli('check', HCL, '--suppressions', 'none.json'), cli('check', HCL, '--suppressions', 'broken.json')]);
    expectUsageError(missing, 'Cannot read suppressions file none.json: no such file');
    expectUsageError(broken, 'Invalid JSON in broken.json at line 1, column 19');
  });
});

describe('variable values and module calls', () => {
  const SERVER = 'variable "location" {\n  type    = string\n  default = "fsn1"\n}\nresource "hcloud_server" "app" {\n  name        = "app"\n  image       = "debian-12"\n  server_type = "cpx21"\n  location    = var.location\n}\n';

  /** `SOV-LOCATION <address> <location>` of each location finding in a JSON report. */
  function locations(run: Run): string[] {
    return JSON.parse(run.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'SOV-LOCATION')
      .map((f: { address: string; message: string }) => `${f.address} ${/located in (\S+)/.exec(f.message)?.[1]}`);
  }

  test('*.auto.tfvars overrides a default: a US location fails the check; a literal secret in terraform.tfvars is reported', async () => {
    write('infra/main.tf', `variable "hcloud_token" {\n  type      = string\n  sensitive = true\n}\nprovider "hcloud" {\n  token = var.hcloud_token\n}\n${SERVER}`);
    const before = await cli('check', 'infra', '--format', 'json');
    expect({ code: before.code, findings: JSON.parse(before.stdout).findings }).toEqual({ code: 0, findings: [] });
    write('infra/prod.auto.tfvars', 'location = "ash"\n');
    write('infra/terraform.tfvars', 'hcloud_token = "Yx3kq9PzR8mN2vB7cL4dF6gH1jK5sT0w"\n');
    const run = await cli('check', 'infra', '--format', 'json');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(locations(run)).toEqual(['hcloud_server.app ash']);
    expect(JSON.parse(run.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'SOV-SECRETS').map((f: { address: string; attribute: string }) => `${f.address} ${f.attribute}`))
      .toEqual(['provider.hcloud token']);
  });

  test('*.auto.tfvars wins over terraform.tfvars', async () => {
    write('infra/main.tf', SERVER);
    write('infra/terraform.tfvars', 'location = "ash"\n');
    expect(locations(await cli('check', 'infra', '--format', 'json'))).toEqual(['hcloud_server.app ash']);
    write('infra/eu.auto.tfvars', 'location = "nbg1"\n');
    const run = await cli('check', 'infra', '--format', 'json');
    expect(run.code).toBe(0);
    expect(locations(run)).toEqual([]);
  });

  test('--var-file wins over the automatic files, and --var / --var-file apply in the order given', async () => {
    write('infra/main.tf', SERVER);
    write('infra/eu.auto.tfvars', 'location = "nbg1"\n');
    write('us.tfvars', 'location = "ash"\n');
    write('sg.tfvars.json', JSON.stringify({ location: 'sin' }));
    const [us, sgLast, cliLast] = await Promise.all([
      cli('check', 'infra', '--format', 'json', '--var-file', 'us.tfvars'),
      cli('check', 'infra', '--format', 'json', '--var-file', 'us.tfvars', '--var-file=sg.tfvars.json'),
      cli('check', 'infra', '--format', 'json', '--var', 'location=hil', '--var-file', 'us.tfvars', '--var', 'location=sin'),
    ]);
    expect(us.code).toBe(1);
    expect(locations(us)).toEqual(['hcloud_server.app ash']);
    expect(locations(sgLast)).toEqual(['hcloud_server.app sin']);
    expect(locations(cliLast)).toEqual(['hcloud_server.app sin']);
  });

  test('a malformed variable file: exit 2 naming the file and the line', async () => {
    write('infra/main.tf', SERVER);
    write('infra/prod.auto.tfvars', 'location = "ash\n');
    expectUsageError(await cli('check', 'infra'), 'Invalid HCL in infra/prod.auto.tfvars at line 1, column 16: Invalid multi-line string');
    write('bad.tfvars', 'x = 1\nlocation = var.region\n');
    fs.rmSync(path.join(tmp, 'infra', 'prod.auto.tfvars'));
    expectUsageError(await cli('check', 'infra', '--var-file', 'bad.tfvars'), 'Invalid value for variable "location" in bad.tfvars at line 2: got the expression "${var.region}"');
  });

  test('a file value for an undeclared variable is ignored with a warning; a --var for one is an error', async () => {
    write('infra/main.tf', SERVER);
    write('infra/terraform.tfvars', 'locaton = "ash"\n');
    const run = await cli('check', 'infra', '--format', 'json');
    expect(run.code).toBe(0);
    expect(locations(run)).toEqual([]);
    expect(run.stderr).toBe('cdktf-sovereign: warning: infra/terraform.tfvars sets "locaton", but infra declares no such variable; the value is ignored (Terraform warns too). Did you mean "location"?\n');
    expectUsageError(await cli('check', 'infra', '--var', 'locaton=ash'), '--var locaton=…: infra declares no variable "locaton". Allowed: location. Did you mean "location"?');
  });

  test('a plan JSON takes no --var-file', async () => {
    write('x.tfvars', 'a = 1\n');
    expectUsageError(await cli('check', PLAN, '--var-file', 'x.tfvars'), `--var-file and --var do not apply to ${PLAN}: it is a plan or state JSON`);
  });

  test('a registry module call that was not expanded is reported as not evaluated, with a warning saying why', async () => {
    write('infra/main.tf', 'module "kube" {\n  source         = "kube-hetzner/kube-hetzner/hcloud"\n  version        = "2.15.0"\n  hcloud_token   = "abc"\n  network_region = "us-east"\n}\n');
    const [json, text] = await Promise.all([cli('check', 'infra', '--format', 'json'), cli('check', 'infra')]);
    const report = JSON.parse(json.stdout);
    expect(report.notEvaluated).toEqual([{ resourceType: 'module:kube-hetzner/kube-hetzner/hcloud', count: 1 }]);
    expect(report.summary.notEvaluated).toBe(1);
    for (const run of [json, text]) {
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^cdktf-sovereign: warning: module\.kube \(source "kube-hetzner\/kube-hetzner\/hcloud"\) was not checked: its source is a registry or remote module that `terraform init` has not downloaded/);
      expect(lines[0]).toContain('terraform show -json');
    }
    expect(text.stdout).toMatch(/NOT EVALUATED[^\n]*\n-+\n {2}module:kube-hetzner\/kube-hetzner\/hcloud +1\n/);
    expect(text.stdout).toContain('0 resources checked, 1 not evaluated.');
  });
});
