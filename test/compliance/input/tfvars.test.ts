/**
 * Variable values (terraform.tfvars, *.auto.tfvars, --var-file, --var) and module calls the
 * loader cannot expand.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ComplianceEngine } from '../../../lib/compliance/engine';
import { loadInputs, LoadOptions } from '../../../lib/compliance/input';
import { SovereignError } from '../../../lib/errors';
import { tempFiles } from './temp-files';

const PLAN = path.resolve(__dirname, '..', '..', 'fixtures', 'plan', 's3-scaleway-ovh.plan.json');

const temp = tempFiles('sovereign-tfvars-');
const files = temp.files;

async function loadError(p: string, options?: LoadOptions): Promise<SovereignError> {
  try {
    await loadInputs(p, options);
  } catch (e) {
    return e as SovereignError;
  }
  throw new Error(`expected loading ${p} to fail`);
}

const SERVER = `
variable "location" {
  type    = string
  default = "fsn1"
}
resource "hcloud_server" "app" {
  name        = "app"
  image       = "debian-12"
  server_type = "cpx21"
  location    = var.location
}
`;

/** Four variables a, b, c, d declared with default "default". */
const ABCD = ['a', 'b', 'c', 'd', 'e'].map((v) => `variable "${v}" {\n  default = "default"\n}\n`).join('');

async function defaults(dir: string, options?: LoadOptions): Promise<Record<string, unknown>> {
  const [c] = await loadInputs(dir, options);
  return Object.fromEntries(Object.entries(c.configuration.variable as Record<string, { default?: unknown }>).map(([k, v]) => [k, v.default]));
}

function locationFindings(configs: Awaited<ReturnType<typeof loadInputs>>): string[] {
  return new ComplianceEngine({ asOf: '2026-11-28' }).checkAll(configs).findings.filter((f) => f.ruleId === 'SOV-LOCATION').map((f) => `${f.address} in ${/located in (\S+)/.exec(f.message)?.[1]}`);
}

describe('variable files Terraform loads by itself', () => {
  test('a *.auto.tfvars value replaces the default, and the engine checks it', async () => {
    const dir = files({ 'main.tf': SERVER, 'prod.auto.tfvars': 'location = "ash"\n' });
    const configs = await loadInputs(dir);
    expect(configs[0].configuration.variable.location.default).toBe('ash');
    expect(locationFindings(configs)).toEqual(['hcloud_server.app in ash']);
  });

  test('terraform.tfvars, then terraform.tfvars.json, then *.auto.tfvars(.json) in byte order of their names', async () => {
    const dir = files({
      'main.tf': ABCD,
      'terraform.tfvars': 'a = "tfvars"\nb = "tfvars"\nc = "tfvars"\nd = "tfvars"\n',
      'terraform.tfvars.json': JSON.stringify({ b: 'tfvars.json', c: 'tfvars.json', d: 'tfvars.json' }),
      // "B" sorts before "a" in byte order (as Go sorts), after it in the locale's order.
      'a.auto.tfvars': 'c = "a.auto"\nd = "a.auto"\n',
      'B.auto.tfvars.json': JSON.stringify({ c: 'B.auto', d: 'B.auto' }),
      'z.auto.tfvars': 'd = "z.auto"\n',
    });
    expect(await defaults(dir)).toEqual({ a: 'tfvars', b: 'tfvars.json', c: 'a.auto', d: 'z.auto', e: 'default' });
  });

  test('other .tfvars files, hidden or not, are only read through --var-file', async () => {
    const dir = files({ 'main.tf': ABCD, 'prod.tfvars': 'a = "prod"\n', 'terraform.tfvars.bak': 'b = "bak"\n' });
    expect(await defaults(dir)).toMatchObject({ a: 'default', b: 'default' });
    expect(await defaults(dir, { variables: [{ kind: 'file', file: path.join(dir, 'prod.tfvars') }] })).toMatchObject({ a: 'prod', b: 'default' });
  });

  test('values of every type; null keeps the default of a non-nullable variable', async () => {
    const dir = files({
      'main.tf': 'variable "n" {}\nvariable "l" {}\nvariable "m" {}\nvariable "keep" {\n  default  = "x"\n  nullable = false\n}\nvariable "clear" {\n  default = "x"\n}\n',
      'terraform.tfvars': 'n = 3\nl = ["a", true]\nm = { a = { b = 1 } }\nkeep = null\nclear = null\n',
    });
    expect(await defaults(dir)).toEqual({ n: 3, l: ['a', true], m: { a: { b: 1 } }, keep: 'x', clear: null });
  });

  test('a literal "$${" stays a literal', async () => {
    const dir = files({ 'main.tf': ABCD, 'terraform.tfvars': 'a = "$${x}"\n' });
    expect((await defaults(dir)).a).toBe('$${x}');
  });

  test('a value for an undeclared variable is ignored with a warning naming the file', async () => {
    const dir = files({ 'main.tf': SERVER, 'terraform.tfvars': 'locaton = "ash"\n' });
    const [c] = await loadInputs(dir);
    expect(c.configuration.variable.location.default).toBe('fsn1');
    expect(c.configuration.variable).not.toHaveProperty('locaton');
    expect(c.warnings).toEqual([`${path.join(dir, 'terraform.tfvars')} sets "locaton", but ${dir} declares no such variable; the value is ignored (Terraform warns too). Did you mean "location"?`]);
  });

  test('only the root module takes variable files: a module directory\'s are not read, and root values do not reach module variables', async () => {
    const dir = files({
      'main.tf': `${SERVER}module "m" {\n  source = "./m"\n}\n`,
      'terraform.tfvars': 'location = "ash"\n',
      'm/main.tf': 'variable "location" {\n  default = "nbg1"\n}\nvariable "zone" {\n  default = "eu-central"\n}\nresource "hcloud_network_subnet" "s" {\n  network_id   = "1"\n  type         = "cloud"\n  ip_range     = "10.0.1.0/24"\n  network_zone = "${var.zone}-${var.location}"\n}\n',
      'm/terraform.tfvars': 'zone = "us-east"\n',
    });
    const [c] = await loadInputs(dir);
    expect(c.configuration.variable.location.default).toBe('ash');
    expect(c.configuration.resource.hcloud_network_subnet.module_m__s.network_zone).toBe('eu-central-nbg1');
  });

  test('a JSON configuration in a directory (a cdktf stack directory) takes them too', async () => {
    const dir = files({
      'cdk.tf.json': JSON.stringify({ variable: { location: [{ default: 'fsn1' }] }, resource: { hcloud_server: { app: { name: 'app', image: 'debian-12', server_type: 'cpx21', location: '${var.location}' } } } }),
      'terraform.tfvars': 'location = "ash"\n',
    });
    const configs = await loadInputs(dir);
    expect(configs[0].configuration.variable.location).toEqual([{ default: 'ash' }]);
    expect(locationFindings(configs)).toHaveLength(1);
  });

  test('a secret in terraform.tfvars is a literal secret in the configuration (SOV-SECRETS)', async () => {
    const dir = files({
      'main.tf': 'variable "hcloud_token" {\n  type      = string\n  sensitive = true\n}\nprovider "hcloud" {\n  token = var.hcloud_token\n}\n',
      'terraform.tfvars': 'hcloud_token = "Yx3kq9PzR8mN2vB7cL4dF6gH1jK5sT0w"\n',
    });
    const report = new ComplianceEngine({ asOf: '2026-11-28' }).checkAll(await loadInputs(dir));
    expect(report.findings.map((f) => `${f.ruleId} ${f.address} ${f.attribute}`)).toEqual(['SOV-SECRETS provider.hcloud token']);
    fs.rmSync(path.join(dir, 'terraform.tfvars'));
    const without = new ComplianceEngine({ asOf: '2026-11-28' }).checkAll(await loadInputs(dir));
    expect(without.findings.map((f) => f.ruleId)).not.toContain('SOV-SECRETS');
  });
});

describe('--var-file and --var', () => {
  test('are applied after the automatic files, in the order given', async () => {
    const dir = files({
      'main.tf': ABCD,
      'z.auto.tfvars': 'a = "auto"\nb = "auto"\nc = "auto"\nd = "auto"\n',
      'one.tfvars': 'b = "one"\nc = "one"\nd = "one"\n',
      'two.tfvars.json': JSON.stringify({ c: 'two' }),
    });
    const variables: LoadOptions['variables'] = [
      { kind: 'file', file: path.join(dir, 'one.tfvars') },
      { kind: 'value', name: 'c', value: 'cli' },
      { kind: 'file', file: path.join(dir, 'two.tfvars.json') },
      { kind: 'value', name: 'd', value: 'cli' },
    ];
    expect(await defaults(dir, { variables })).toEqual({ a: 'auto', b: 'one', c: 'two', d: 'cli', e: 'default' });
  });

  test('a --var-file overriding an EU default with a US location is reported', async () => {
    const dir = files({ 'main.tf': SERVER, 'us.tfvars': 'location = "ash"\n' });
    expect(locationFindings(await loadInputs(dir))).toEqual([]);
    expect(locationFindings(await loadInputs(dir, { variables: [{ kind: 'file', file: path.join(dir, 'us.tfvars') }] }))).toHaveLength(1);
  });

  test('apply to a single JSON configuration file as well', async () => {
    const file = path.join(files({ 'main.tf.json': JSON.stringify({ variable: { a: { default: 'x' } } }) }), 'main.tf.json');
    const [c] = await loadInputs(file, { variables: [{ kind: 'value', name: 'a', value: 'y' }] });
    expect(c.configuration.variable.a.default).toBe('y');
  });

  test('a --var string is literal; a list or map variable parses its value', async () => {
    const dir = files({ 'main.tf': `${ABCD}variable "zones" {\n  type = list(string)\n}\n` });
    const d = await defaults(dir, { variables: [{ kind: 'value', name: 'a', value: 'x-${y}-%{z}' }, { kind: 'value', name: 'zones', value: '["fsn1", "ash"]' }] });
    expect(d).toMatchObject({ a: 'x-$${y}-%%{z}', zones: ['fsn1', 'ash'] });
  });

  test('a --var for an undeclared variable is an error, as in Terraform', async () => {
    const e = await loadError(files({ 'main.tf': SERVER }), { variables: [{ kind: 'value', name: 'locaton', value: 'ash' }] });
    expect(e.code).toBe('UNDECLARED_VARIABLE');
    expect(e.message).toContain('declares no variable "locaton". Allowed: location. Did you mean "location"?');
  });

  test('a plan JSON already holds its variables: --var-file and --var are refused', async () => {
    const e = await loadError(PLAN, { variables: [{ kind: 'value', name: 'x', value: 'y' }] });
    expect(e.code).toBe('VARIABLES_FOR_PLAN');
    expect(e.message).toContain(`do not apply to ${PLAN}`);
  });

  test('a --var-file that does not exist', async () => {
    const e = await loadError(files({ 'main.tf': SERVER }), { variables: [{ kind: 'file', file: path.join(temp.dir(), 'nope.tfvars') }] });
    expect(e.message).toBe(`Cannot read variable file ${path.join(temp.dir(), 'nope.tfvars')}: no such file or directory. Allowed: a .tfvars or .tfvars.json file.`);
  });
});

describe('malformed variable files', () => {
  test('HCL syntax: the file, line and column', async () => {
    const dir = files({ 'main.tf': SERVER, 'prod.auto.tfvars': '# prod\nlocation = "ash\n' });
    const e = await loadError(dir);
    expect(e.code).toBe('INVALID_HCL');
    expect(e.message).toMatch(new RegExp(`^Invalid HCL in ${escape(path.join(dir, 'prod.auto.tfvars'))} at line 2, column 16: Invalid multi-line string`));
    expect(e.message).toContain('`terraform plan` shows the same error');
  });

  test('JSON syntax: the file, line and column', async () => {
    const dir = files({ 'main.tf': SERVER, 'terraform.tfvars.json': '{\n  "location": "ash",\n}\n' });
    const e = await loadError(dir);
    expect(e.message).toContain(`Invalid JSON in ${path.join(dir, 'terraform.tfvars.json')} at line 3, column 1: trailing comma`);
  });

  test.each([
    ['a reference', 'x = 1\nlocation = var.other\n', 'Invalid value for variable "location" in FILE at line 2: got the expression "${var.other}"'],
    ['a function call', 'location = lower("ASH")\n', 'at line 1: got the expression "${lower(\\"ASH\\")}"'],
    ['a template inside a list', 'location = ["a", "${local.x}"]\n', 'got the expression "${local.x}"'],
    ['a block', 'location {\n  a = 1\n}\n', 'Invalid variable file FILE: "location" is a block'],
  ])('%s is refused, as Terraform refuses it', async (_what, content, fragment) => {
    const dir = files({ 'main.tf': SERVER, 'terraform.tfvars': content });
    const e = await loadError(dir);
    expect(e.message).toContain(fragment.replace('FILE', path.join(dir, 'terraform.tfvars')));
  });

  test('a JSON variable file must be an object', async () => {
    const e = await loadError(files({ 'main.tf': SERVER, 'x.auto.tfvars.json': '["ash"]' }));
    expect(e.code).toBe('INVALID_TFVARS');
    expect(e.message).toContain('its top level is an array');
  });

  test('an empty variable file sets nothing', async () => {
    expect(await defaults(files({ 'main.tf': ABCD, 'terraform.tfvars': '\n', 'x.auto.tfvars.json': '' }))).toMatchObject({ a: 'default' });
  });
});

describe('module calls that are not expanded', () => {
  test('a registry module before terraform init: its address, source and why', async () => {
    const dir = files({
      'main.tf': 'module "kube" {\n  source         = "kube-hetzner/kube-hetzner/hcloud"\n  network_region = "us-east"\n}\nmodule "local" {\n  source = "./local"\n}\nmodule "gone" {\n  source = "./gone"\n}\n',
      'local/main.tf': 'module "db" {\n  source = "git::https://example.com/db.git"\n}\nresource "random_id" "r" {\n  byte_length = 4\n}\n',
    });
    const [c] = await loadInputs(dir);
    expect(c.unexpandedModules).toEqual([
      { address: 'module.gone', source: './gone', reason: `its source directory ${path.join(dir, 'gone')} does not exist` },
      { address: 'module.kube', source: 'kube-hetzner/kube-hetzner/hcloud', reason: expect.stringContaining('registry or remote module that `terraform init` has not downloaded') },
      { address: 'module.local.module.db', source: 'git::https://example.com/db.git', reason: expect.stringContaining('registry or remote module') },
    ]);
    expect(Object.keys(c.configuration.resource.random_id)).toEqual(['module_local__r']);
  });

  test('expanded modules are not listed', async () => {
    const dir = files({ 'main.tf': 'module "local" {\n  source = "./local"\n}\n', 'local/main.tf': 'resource "random_id" "r" {\n  byte_length = 4\n}\n' });
    const [c] = await loadInputs(dir);
    expect(c).not.toHaveProperty('unexpandedModules');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
