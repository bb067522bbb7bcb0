import * as path from 'path';
import { ComplianceEngine } from '../../../lib/compliance/engine';
import { TerraformConfiguration } from '../../../lib/compliance/model/configuration';
import { loadInputs } from '../../../lib/compliance/input';
import { Jurisdiction } from '../../../lib/core/jurisdiction';
import { SovereigntyPolicy } from '../../../lib/core/policy';
import { SovereignError } from '../../../lib/errors';
import { tempFiles } from './temp-files';

const FIXTURES = path.resolve(__dirname, '..', '..', 'fixtures');
const SYNTH = path.join(FIXTURES, 'synth');
const HCL = path.join(FIXTURES, 'hcl', 'hetzner');
const PLAN = path.join(FIXTURES, 'plan', 's3-scaleway-ovh.plan.json');

const temp = tempFiles('sovereign-input-');
const files = temp.files;

async function loadError(p: string): Promise<SovereignError> {
  try {
    await loadInputs(p);
  } catch (e) {
    return e as SovereignError;
  }
  throw new Error(`expected loading ${p} to fail`);
}

function resourceNames(config: Record<string, unknown>, type: string): string[] {
  return Object.keys(((config.resource as Record<string, Record<string, unknown>>)[type]) ?? {}).sort();
}

const BUCKET_JSON = JSON.stringify({ resource: { hcloud_primary_ip: { a: { location: 'fsn1', type: 'ipv4', name: 'a', assignee_type: 'server', auto_delete: false } } } });

describe('cdktf output', () => {
  test('a cdktf.out directory: one configuration per stack of manifest.json, named by the stack', async () => {
    const configs = await loadInputs(SYNTH);
    expect(configs.map((c) => c.name)).toEqual(['eu', 'us']);
    expect(configs.map((c) => c.file)).toEqual([path.join(SYNTH, 'stacks/eu/cdk.tf.json'), path.join(SYNTH, 'stacks/us/cdk.tf.json')]);
    expect(resourceNames(configs[1].configuration, 'hcloud_primary_ip')).toEqual(['edge_ip_9F8E7D6C']);
  });

  test('manifest.json itself is read like its directory', async () => {
    const configs = await loadInputs(path.join(SYNTH, 'manifest.json'));
    expect(configs.map((c) => c.name)).toEqual(['eu', 'us']);
  });

  test('a cdktf.out directory without manifest.json: stacks/*/cdk.tf.json', async () => {
    const dir = files({ 'stacks/b/cdk.tf.json': BUCKET_JSON, 'stacks/a/cdk.tf.json': BUCKET_JSON, 'stacks/empty/readme.txt': 'x' });
    expect((await loadInputs(dir)).map((c) => c.name)).toEqual(['a', 'b']);
    expect((await loadInputs(path.join(dir, 'stacks'))).map((c) => c.name)).toEqual(['a', 'b']);
  });

  test('a stack directory and its cdk.tf.json', async () => {
    const dir = path.join(SYNTH, 'stacks', 'us');
    const [fromDir] = await loadInputs(dir);
    const [fromFile] = await loadInputs(path.join(dir, 'cdk.tf.json'));
    expect(fromDir.name).toBe(dir);
    expect(fromFile.name).toBe(path.join(dir, 'cdk.tf.json'));
    expect(fromDir.configuration).toEqual(fromFile.configuration);
    expect(resourceNames(fromFile.configuration, 'hcloud_primary_ip')).toEqual(['edge_ip_9F8E7D6C']);
  });

  test('a stack whose manifest entry points at a missing file is an error naming it', async () => {
    const dir = files({ 'manifest.json': JSON.stringify({ stacks: { s: { name: 's', synthesizedStackPath: 'stacks/s/cdk.tf.json' } } }) });
    const e = await loadError(dir);
    expect(e.code).toBe('MISSING_STACK');
    expect(e.message).toContain(path.join(dir, 'stacks/s/cdk.tf.json'));
  });
});

describe('Terraform files', () => {
  test('any *.tf.json file', async () => {
    const file = path.join(files({ 'network.tf.json': BUCKET_JSON }), 'network.tf.json');
    const [c] = await loadInputs(file);
    expect(c.name).toBe(file);
    expect(resourceNames(c.configuration, 'hcloud_primary_ip')).toEqual(['a']);
  });

  test('a directory of .tf and .tf.json files is one configuration, merged like Terraform', async () => {
    const configs = await loadInputs(HCL);
    expect(configs).toHaveLength(1);
    const config = configs[0].configuration;
    expect(configs[0].name).toBe(HCL);
    expect(configs[0].file).toBeUndefined();
    // HCL files and the JSON file contribute to the same sections.
    expect(resourceNames(config, 'hcloud_primary_ip')).toEqual(['api', 'edge', 'web']);
    expect(resourceNames(config, 'random_id')).toEqual(['suffix']);
    expect(config.resource.hcloud_primary_ip.edge.location).toBe('${var.edge_location}');
    expect(config.resource.hcloud_network_subnet.eu.network_id).toBe('${hcloud_network.private.id}');
    expect(config.variable.edge_location.default).toBe('ash');
    expect(config.provider.hcloud).toEqual([{}]);
    expect(config.terraform[0].required_providers[0].hcloud.source).toBe('hetznercloud/hcloud');
  });

  test('the merged HCL directory is checked like Terraform JSON: variable defaults locate resources', async () => {
    const report = new ComplianceEngine({ asOf: '2026-11-28' }).checkAll(await loadInputs(HCL));
    expect(report.findings.filter((f) => f.ruleId === 'SOV-LOCATION').map((f) => f.address)).toEqual(['hcloud_primary_ip.edge']);
    expect(report.notEvaluatedTypes).toEqual([{ resourceType: 'random_id', count: 1 }]);
  });

  test('a single .tf file', async () => {
    const file = path.join(HCL, 'main.tf');
    const [c] = await loadInputs(file);
    expect(c.name).toBe(file);
    expect(c.file).toBe(file);
    expect(resourceNames(c.configuration, 'hcloud_primary_ip')).toEqual(['edge', 'web']);
    expect(c.configuration.resource.hcloud_network.private).toEqual({ name: 'private', ip_range: '10.0.0.0/16' });
  });

  test('nested blocks from HCL are lists of objects the engine reads', async () => {
    const dir = files({
      'main.tf': `
provider "aws" {
  alias  = "scw"
  region = "fr-par"
  endpoints {
    s3 = "https://s3.fr-par.scw.cloud"
  }
}
resource "aws_s3_bucket" "b" {
  provider = aws.scw
  bucket   = "b"
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  provider = aws.scw
  bucket   = aws_s3_bucket.b.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}
`,
    });
    const [c] = await loadInputs(dir);
    expect(c.configuration.provider.aws).toEqual([{ alias: 'scw', region: 'fr-par', endpoints: [{ s3: 'https://s3.fr-par.scw.cloud' }] }]);
    expect(c.configuration.resource.aws_s3_bucket.b).toEqual({ provider: '${aws.scw}', bucket: 'b' });
    expect(c.configuration.resource.aws_s3_bucket_server_side_encryption_configuration.b.rule).toEqual([
      { apply_server_side_encryption_by_default: [{ sse_algorithm: 'AES256' }] },
    ]);
  });

  test('override files are merged last, argument by argument', async () => {
    const dir = files({
      'main.tf': 'resource "hcloud_primary_ip" "a" {\n  name     = "a"\n  location = "ash"\n}\nprovider "hcloud" {\n  poll_interval = "1s"\n}\n',
      'override.tf': 'resource "hcloud_primary_ip" "a" {\n  location = "fsn1"\n}\n',
      'z_override.tf.json': JSON.stringify({ provider: { hcloud: { endpoint: 'https://api.example.eu' } } }),
    });
    const [c] = await loadInputs(dir);
    expect(c.configuration.resource.hcloud_primary_ip.a).toEqual({ name: 'a', location: 'fsn1' });
    expect(c.configuration.provider.hcloud).toEqual([{ poll_interval: '1s', endpoint: 'https://api.example.eu' }]);
  });

  test('locals and repeated blocks from several files are all kept', async () => {
    const dir = files({
      'a.tf': 'locals {\n  a = 1\n}\nprovider "aws" {\n  region = "eu-west-3"\n}\n',
      'b.tf': 'locals {\n  b = 2\n}\nprovider "aws" {\n  alias  = "fra"\n  region = "eu-central-1"\n}\n',
    });
    const [c] = await loadInputs(dir);
    expect(c.configuration.locals).toEqual({ a: 1, b: 2 });
    expect(c.configuration.provider.aws).toEqual([{ region: 'eu-west-3' }, { alias: 'fra', region: 'eu-central-1' }]);
  });

  test('hidden files, editor backups and other files are ignored, as Terraform does', async () => {
    const dir = files({ 'main.tf.json': BUCKET_JSON, '.hidden.tf': 'not hcl {', 'main.tf~': 'not hcl {', 'notes.md': '# x' });
    const [c] = await loadInputs(dir);
    expect(resourceNames(c.configuration, 'hcloud_primary_ip')).toEqual(['a']);
  });

  test('a resource declared in two files is an error naming both', async () => {
    const dir = files({ 'a.tf': 'resource "hcloud_primary_ip" "x" {\n  name = "a"\n}\n', 'b.tf.json': JSON.stringify({ resource: { hcloud_primary_ip: { x: { name: 'b' } } } }) });
    const e = await loadError(dir);
    expect(e.code).toBe('DUPLICATE_BLOCK');
    expect(e.message).toContain('Resource hcloud_primary_ip.x is declared twice');
    expect(e.message).toContain(path.join(dir, 'a.tf'));
    expect(e.message).toContain(path.join(dir, 'b.tf.json'));
  });
});

describe('plan JSON', () => {
  test('a saved plan (terraform show -json) is detected and converted', async () => {
    const [c] = await loadInputs(PLAN);
    expect(c.name).toBe(PLAN);
    expect(resourceNames(c.configuration, 'aws_s3_bucket')).toEqual(['data', 'exports__0', 'exports__1', 'module_logs__this']);
    expect(c.configuration.terraform.required_providers.aws.source).toBe('registry.terraform.io/hashicorp/aws');
  });
});

describe('bad input', () => {
  test('malformed JSON: the file, line and column', async () => {
    const dir = files({ 'main.tf.json': '{\n  "resource": {\n    "x": {\n      "y": { "a": 1, }\n    }\n  }\n}\n' });
    const e = await loadError(path.join(dir, 'main.tf.json'));
    expect(e).toBeInstanceOf(SovereignError);
    expect(e.code).toBe('INVALID_JSON');
    expect(e.message).toContain(`Invalid JSON in ${path.join(dir, 'main.tf.json')} at line 4, column 22`);
    expect(e.message).toContain('trailing comma');
  });

  test('malformed JSON inside a directory of Terraform files names that file', async () => {
    const dir = files({ 'good.tf': 'resource "random_id" "r" {\n  byte_length = 4\n}\n', 'bad.tf.json': '{"resource": ' });
    const e = await loadError(dir);
    expect(e.message).toContain(`Invalid JSON in ${path.join(dir, 'bad.tf.json')} at line 1, column 14`);
    expect(e.message).toContain('expected a value, found the end of the file');
  });

  test('malformed JSON in a cdktf stack names the stack file', async () => {
    const dir = files({
      'manifest.json': JSON.stringify({ stacks: { s: { name: 's', synthesizedStackPath: 'stacks/s/cdk.tf.json' } } }),
      'stacks/s/cdk.tf.json': '{\n  "resource": {\n    "x": {"y": {"a": "unterminated}}\n  }\n}',
    });
    const e = await loadError(dir);
    expect(e.message).toContain(`Invalid JSON in ${path.join(dir, 'stacks/s/cdk.tf.json')} at line 3`);
  });

  test('malformed HCL: the file, line and column, and Terraform\'s explanation', async () => {
    const dir = files({ 'ok.tf': 'resource "random_id" "r" {\n  byte_length = 4\n}\n', 'broken.tf': 'resource "hcloud_primary_ip" "x" {\n  name = \n}\n' });
    const e = await loadError(dir);
    expect(e.code).toBe('INVALID_HCL');
    expect(e.message).toContain(`Invalid HCL in ${path.join(dir, 'broken.tf')} at line 2, column 10: Invalid expression`);
    expect(e.message).toContain('Expected the start of an expression');
  });

  test('an unclosed HCL block', async () => {
    const file = path.join(files({ 'main.tf': 'resource "x" "y" {\n  a = 1\n' }), 'main.tf');
    const e = await loadError(file);
    expect(e.message).toMatch(new RegExp(`^Invalid HCL in ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} at line 1, column \\d+: Unclosed configuration block`));
  });

  test('an empty directory says what was expected', async () => {
    const e = await loadError(temp.dir());
    expect(e.code).toBe('EMPTY_DIRECTORY');
    expect(e.message).toContain(`Directory ${temp.dir()} is empty`);
    expect(e.message).toContain('cdktf.out directory');
    expect(e.message).toContain('terraform show -json');
  });

  test('a directory without Terraform files lists what it found', async () => {
    const dir = files({ 'README.md': '# hi', 'notes.txt': 'x' });
    const e = await loadError(dir);
    expect(e.code).toBe('NO_TERRAFORM_FILES');
    expect(e.message).toContain('has no Terraform files (found: README.md, notes.txt)');
  });

  test('a path that does not exist', async () => {
    const e = await loadError(path.join(temp.dir(), 'nope.tf.json'));
    expect(e.code).toBe('UNREADABLE_INPUT');
    expect(e.message).toContain(`Cannot read ${path.join(temp.dir(), 'nope.tf.json')}: no such file or directory`);
  });

  test('an empty file', async () => {
    const e = await loadError(path.join(files({ 'cdk.tf.json': '' }), 'cdk.tf.json'));
    expect(e.code).toBe('INVALID_JSON');
    expect(e.message).toContain('the file is empty');
  });

  test('JSON that is not Terraform (e.g. package.json)', async () => {
    const e = await loadError(path.join(files({ 'package.json': '{"name": "x", "version": "1.0.0"}' }), 'package.json'));
    expect(e.code).toBe('INVALID_CONFIGURATION');
    expect(e.message).toContain('is not a Terraform JSON configuration');
    expect(e.message).toContain('"name", "version"');
  });

  test('a JSON array at the top level', async () => {
    const e = await loadError(path.join(files({ 'x.tf.json': '[1, 2]' }), 'x.tf.json'));
    expect(e.message).toContain('its top level is an array');
  });

  test('a binary saved plan asks for its JSON form', async () => {
    const e = await loadError(path.join(files({ 'plan.tfplan': 'PK\u0003\u0004binary' }), 'plan.tfplan'));
    expect(e.code).toBe('BINARY_PLAN');
    expect(e.message).toContain('terraform show -json plan.tfplan > plan.tfplan.json');
  });

  test('a file that is neither JSON nor .tf', async () => {
    const e = await loadError(path.join(files({ 'main.yaml': 'a: 1' }), 'main.yaml'));
    expect(e.code).toBe('UNSUPPORTED_INPUT');
  });
});

describe('modules', () => {
  const MODULES = path.join(FIXTURES, 'hcl', 'modules');

  test('resources of local modules are added under names that keep the module path', async () => {
    const [c] = await loadInputs(MODULES);
    const config = c.configuration;
    expect(resourceNames(config, 'aws_s3_bucket')).toEqual(['module_audit__this', 'module_data__this']);
    expect(resourceNames(config, 'random_id')).toEqual(['module_audit__module_labels__suffix', 'module_data__module_labels__suffix']);
    expect(config.resource.random_id.module_data__module_labels__suffix['//'].metadata.address).toBe('module.data.module.labels.random_id.suffix');
    expect(config).not.toHaveProperty('module');
  });

  test('variables take the arguments of the call (or their defaults), inside templates too', async () => {
    const [c] = await loadInputs(MODULES);
    const lifecycle = c.configuration.resource.aws_s3_bucket_lifecycle_configuration;
    expect(c.configuration.resource.aws_s3_bucket.module_audit__this.bucket).toBe('acme-audit');
    expect(lifecycle.module_audit__this.rule[0].expiration).toEqual([{ days: 400 }]);
    expect(lifecycle.module_data__this.rule[0].id).toBe('expire-acme-data');
    expect(c.configuration.resource.random_id.module_audit__module_labels__suffix.keepers).toEqual({ owner: 'acme-audit' });
  });

  test('references inside the module and to its outputs link resources; providers follow the call', async () => {
    const [c] = await loadInputs(MODULES);
    const r = c.configuration.resource;
    expect(r.aws_s3_bucket_server_side_encryption_configuration.module_data__this.bucket).toBe('${aws_s3_bucket.module_data__this.id}');
    expect(r.aws_s3_bucket_versioning.audit.bucket).toBe('${aws_s3_bucket.module_audit__this.id}');
    expect(r.aws_s3_bucket.module_audit__this.provider).toBe('aws.ovh');
    expect(r.aws_s3_bucket.module_data__this).not.toHaveProperty('provider');

    const report = new ComplianceEngine({ policy: new SovereigntyPolicy({ jurisdiction: Jurisdiction.parse('DE') }), asOf: '2026-11-28' }).checkAll([c]);
    const location = report.findings.filter((f) => f.ruleId === 'SOV-LOCATION' && f.resourceType === 'aws_s3_bucket');
    expect(location.map((f) => f.address).sort()).toEqual(['module.audit.aws_s3_bucket.this', 'module.data.aws_s3_bucket.this']);
    expect(location.find((f) => f.address === 'module.audit.aws_s3_bucket.this')!.message).toContain('gra');
    expect(location.find((f) => f.address === 'module.data.aws_s3_bucket.this')!.message).toContain('fr-par');
  });

  test('modules downloaded by terraform init are found through .terraform/modules/modules.json', async () => {
    const dir = files({
      'main.tf': 'module "vpc" {\n  source = "example/network/hcloud"\n  zone   = "us-east"\n}\n',
      '.terraform/modules/modules.json': JSON.stringify({ Modules: [{ Key: '', Source: '', Dir: '.' }, { Key: 'vpc', Source: 'registry.terraform.io/example/network/hcloud', Dir: '.terraform/modules/vpc' }] }),
      '.terraform/modules/vpc/main.tf': 'variable "zone" {}\nresource "hcloud_network" "n" {\n  name     = "n"\n  ip_range = "10.0.0.0/16"\n}\nresource "hcloud_network_subnet" "s" {\n  network_id   = hcloud_network.n.id\n  network_zone = var.zone\n  type         = "cloud"\n  ip_range     = "10.0.1.0/24"\n}\n',
    });
    const [c] = await loadInputs(dir);
    expect(c.configuration.resource.hcloud_network_subnet.module_vpc__s).toMatchObject({ network_id: '${hcloud_network.module_vpc__n.id}', network_zone: 'us-east' });
  });

  test('a module whose source is not on disk is left as a module call', async () => {
    const dir = files({ 'main.tf': 'module "remote" {\n  source = "example/thing/aws"\n}\nresource "random_id" "r" {\n  byte_length = 4\n}\n' });
    const [c] = await loadInputs(dir);
    expect(c.configuration.module).toEqual({ remote: { source: 'example/thing/aws' } });
    expect(resourceNames(c.configuration, 'random_id')).toEqual(['r']);
  });

  test('an argument that is an expression of the caller stays an expression; an object argument inside a template is that object', async () => {
    const dir = files({
      'main.tf': 'resource "hcloud_network" "n" {\n  name     = "n"\n  ip_range = "10.0.0.0/16"\n}\nmodule "m" {\n  source  = "./m"\n  network = hcloud_network.n.id\n  labels  = { team = "a" }\n}\n',
      'm/main.tf': 'variable "network" {}\nvariable "labels" {}\nresource "hcloud_network_subnet" "s" {\n  network_id = var.network\n  ip_range   = "10.0.${length(var.labels)}.0/24"\n  type       = "cloud"\n}\nresource "hcloud_server" "x" {\n  name   = "x-${var.network}"\n  labels = var.labels\n}\n',
    });
    const [c] = await loadInputs(dir);
    const r = c.configuration.resource;
    expect(r.hcloud_network_subnet.module_m__s.network_id).toBe('${hcloud_network.n.id}');
    // The object argument is an object inside the template too (it was unknown before).
    expect(r.hcloud_network_subnet.module_m__s.ip_range).toBe('10.0.${length({"team" = "a"})}.0/24');
    expect(r.hcloud_server.module_m__x).toMatchObject({ name: 'x-${hcloud_network.n.id}', labels: { team: 'a' } });
  });

  test('null, list and map arguments (or defaults) inside an expression keep their values', async () => {
    const dir = files({
      'main.tf': 'provider "hcloud" {}\nmodule "m" {\n  source   = "./m"\n  location = "fsn1"\n  zones    = { eu = "nbg1" }\n}\n',
      'm/main.tf': 'variable "location" {}\nvariable "zones" {}\nvariable "datacenter" {\n  default = null\n}\nvariable "extra" {\n  default = ["hel1"]\n}\n' +
        'resource "hcloud_server" "a" {\n  location = var.datacenter == null ? var.location : null\n}\n' +
        'resource "hcloud_server" "b" {\n  location = lookup(var.zones, "eu", "ash")\n}\n' +
        'resource "hcloud_server" "c" {\n  location = var.extra[0]\n}\n',
    });
    const [c] = await loadInputs(dir);
    const r = c.configuration.resource;
    expect(r.hcloud_server.module_m__a.location).toBe('${null == null ? "fsn1" : null}');
    expect(r.hcloud_server.module_m__b.location).toBe('${lookup({"eu" = "nbg1"}, "eu", "ash")}');
    expect(r.hcloud_server.module_m__c.location).toBe('${["hel1"][0]}');
    const report = new ComplianceEngine({ policy: new SovereigntyPolicy({ jurisdiction: Jurisdiction.EU }) }).checkAll([c]);
    expect(report.findings.filter((f) => f.ruleId.startsWith('SOV-LOCATION'))).toEqual([]);
  });

  test('locals of a module are its own, not the caller\'s of the same name; a local that refers to itself stays unknown', async () => {
    const dir = files({
      'main.tf': 'provider "hcloud" {}\nlocals {\n  site = "ash"\n}\nmodule "m" {\n  source = "./m"\n  region = "eu"\n}\n',
      'm/main.tf': 'variable "region" {}\nlocals {\n  sites = { eu = "fsn1", us = "ash" }\n  site  = local.sites[var.region]\n  loop  = local.loop\n}\n' +
        'resource "hcloud_server" "a" {\n  location = local.site\n}\nresource "hcloud_server" "b" {\n  location = local.loop\n}\n',
    });
    const [c] = await loadInputs(dir);
    expect(c.configuration.locals.site).toBe('ash');
    expect(c.configuration.locals.module_m__site).toBe('${local.module_m__sites["eu"]}');
    const report = new ComplianceEngine({ policy: new SovereigntyPolicy({ jurisdiction: Jurisdiction.EU }) }).checkAll([c]);
    expect(report.findings.filter((f) => f.ruleId === 'SOV-LOCATION')).toEqual([]);
    expect(report.findings.filter((f) => f.ruleId === 'SOV-LOCATION-UNKNOWN').map((f) => f.address)).toEqual(['module.m.hcloud_server.b']);
  });

  test('a module file with a syntax error is named', async () => {
    const dir = files({ 'main.tf': 'module "m" {\n  source = "./m"\n}\n', 'm/main.tf': 'resource "x" "y" {\n' });
    const e = await loadError(dir);
    expect(e.message).toContain(`Invalid HCL in ${path.join(dir, 'm', 'main.tf')}`);
  });
});

describe('the resource. prefix (Terraform 1.x: resource.<type>.<name> is a managed resource)', () => {
  const CLUSTER = 'resource "upcloud_kubernetes_cluster" "k" {\n  name    = "k"\n  zone    = "fi-hel2"\n  network = "n"\n  storage_encryption = "data-at-rest"\n  control_plane_ip_filter = ["192.0.2.0/24"]\n}\n';

  test('references written with the prefix read as references to the resource, in the root module and in modules', async () => {
    const dir = files({
      'main.tf': `${CLUSTER}resource "upcloud_kubernetes_node_group" "g" {\n  cluster    = resource.upcloud_kubernetes_cluster.k.id\n  name       = "g"\n  node_count = 1\n  plan       = "K8S-2xCPU-4GB"\n}\nmodule "m" {\n  source = "./m"\n}\n`,
      'm/main.tf': 'resource "upcloud_network" "n" {\n  name = "n"\n  zone = "de-fra1"\n}\nresource "upcloud_router" "r" {\n  name = "r-${resource.upcloud_network.n.name}"\n}\n',
    });
    const [c] = await loadInputs(dir);
    const r = c.configuration.resource;
    expect(r.upcloud_kubernetes_node_group.g.cluster).toBe('${upcloud_kubernetes_cluster.k.id}');
    expect(r.upcloud_router.module_m__r.name).toBe('r-${upcloud_network.module_m__n.name}');
  });

  test('a node group of a cluster referenced with the prefix follows the cluster: no unknown location, no unverifiable encryption', async () => {
    const dir = files({ 'main.tf': `${CLUSTER}resource "upcloud_kubernetes_node_group" "g" {\n  cluster    = resource.upcloud_kubernetes_cluster.k.id\n  name       = "g"\n  node_count = 1\n  plan       = "K8S-2xCPU-4GB"\n}\n` });
    const report = new ComplianceEngine({ asOf: '2026-12-07' }).checkAll(await loadInputs(dir));
    const onGroup = report.findings.filter((f) => f.address === 'upcloud_kubernetes_node_group.g' && f.level === 'error');
    expect(onGroup.map((f) => `${f.ruleId} ${f.message}`)).toEqual([]);
  });

  test('only a declared resource is renamed: a for variable called resource and quoted text stay as written', async () => {
    const dir = files({
      'main.tf': 'variable "items" {\n  default = [{ name = "a" }]\n}\nresource "upcloud_router" "r" {\n  name   = join(",", [for resource in var.items : resource.name])\n  labels = { note = "resource.upcloud_router.r" }\n}\n',
    });
    const [c] = await loadInputs(dir);
    expect(c.configuration.resource.upcloud_router.r.name).toBe('${join(",", [for resource in var.items : resource.name])}');
  });
});

describe('count and for_each of a module call', () => {
  const HOST = 'variable "location" {}\nvariable "name" {}\nresource "hcloud_server" "this" {\n  name        = var.name\n  server_type = "cx22"\n  image       = "debian-12"\n  location    = var.location\n}\n';

  test('a module created per element: its resources are created per element, each in its own location', async () => {
    const dir = files({
      'main.tf': 'provider "hcloud" {}\nvariable "pools" {\n  default = {\n    web = "fsn1"\n    edge = "ash"\n  }\n}\nmodule "pool" {\n  source   = "./host"\n  for_each = var.pools\n  name     = each.key\n  location = each.value\n}\n',
      'host/main.tf': HOST,
    });
    const [c] = await loadInputs(dir);
    expect(c.configuration.resource.hcloud_server.module_pool__this.for_each).toBe('${var.pools}');
    const report = new ComplianceEngine({ asOf: '2026-12-07' }).checkAll([c]);
    const errors = report.findings.filter((f) => f.level === 'error' && f.ruleId.startsWith('SOV-LOCATION'));
    expect(errors.map((f) => [f.ruleId, f.address])).toEqual([['SOV-LOCATION', 'module.pool.hcloud_server.this["edge"]']]);
  });

  test('a module whose count or for_each is empty creates nothing (a reusable module whose pools the caller gives)', async () => {
    const dir = files({
      'main.tf': 'variable "control_plane_pools" {\n  type    = list(object({ name = string, location = string }))\n  default = []\n}\nlocals {\n  nodes = { for p in var.control_plane_pools : p.name => p }\n}\nmodule "control_planes" {\n  source   = "./host"\n  for_each = local.nodes\n  name     = each.key\n  location = each.value.location\n}\nmodule "bastion" {\n  source   = "./host"\n  count    = 0\n  name     = "bastion"\n  location = "fsn1"\n}\n',
      'host/main.tf': HOST,
    });
    const report = new ComplianceEngine({ asOf: '2026-12-07' }).checkAll(await loadInputs(dir));
    expect(report.findings.filter((f) => f.level === 'error').map((f) => `${f.ruleId} ${f.address}`)).toEqual([]);
  });

  test('a resource with its own count inside a module with count keeps its own', async () => {
    const dir = files({
      'main.tf': 'module "m" {\n  source = "./m"\n  count  = 2\n}\n',
      'm/main.tf': 'resource "hcloud_network" "n" {\n  count    = 3\n  name     = "n"\n  ip_range = "10.0.0.0/16"\n}\nresource "hcloud_network" "single" {\n  name     = "s"\n  ip_range = "10.1.0.0/16"\n}\n',
    });
    const [c] = await loadInputs(dir);
    expect(c.configuration.resource.hcloud_network.module_m__n.count).toBe(3);
    expect(c.configuration.resource.hcloud_network.module_m__single.count).toBe(2);
    const report = new ComplianceEngine({ asOf: '2026-12-07' }).checkAll([c]);
    expect(report.summary.resources).toBe(2);
  });

  // A landing zone's optional part: `module "connectivity" { count = var.enable ? 1 : 0 }`
  // whose resources have a count or for_each of their own.
  const OPTIONAL = 'variable "zones" {\n  default = ["fsn1"]\n}\nresource "hcloud_server" "counted" {\n  count       = 2\n  name        = "c"\n  server_type = "cx22"\n  image       = "debian-12"\n  location    = "ash"\n}\n'
    + 'resource "hcloud_server" "each" {\n  for_each    = toset(var.zones)\n  name        = each.key\n  server_type = "cx22"\n  image       = "debian-12"\n  location    = "ash"\n}\ndata "hcloud_image" "i" {\n  count = 1\n  name  = "debian-12"\n}\n';

  test.each([
    ['count = 0', 'count = 0'],
    ['count = "0"', 'count = "0"'],
    ['a conditional count that is 0', 'count = var.enable ? 1 : 0'],
    ['an empty for_each', 'for_each = {}'],
    ['a for_each over an empty variable', 'for_each = var.sites'],
  ])('a module with %s creates none of its resources, not even those with a count or for_each of their own', async (_, meta) => {
    const dir = files({
      'main.tf': `provider "hcloud" {}\nvariable "enable" {\n  default = false\n}\nvariable "sites" {\n  default = {}\n}\nmodule "connectivity" {\n  source = "./m"\n  ${meta}\n}\n`,
      'm/main.tf': OPTIONAL,
    });
    const report = new ComplianceEngine({ asOf: '2026-12-07' }).checkAll(await loadInputs(dir));
    expect(report.summary.resources).toBe(0);
    expect(report.findings.filter((f) => f.level === 'error')).toEqual([]);
  });

  test.each([
    ['no count', ''],
    ['a conditional count that is 1', 'count = var.enable ? 1 : 0'],
    ['a for_each over a non-empty variable', 'for_each = var.sites'],
  ])('a module with %s creates its resources, and those with their own count are judged', async (_, meta) => {
    const dir = files({
      'main.tf': `provider "hcloud" {}\nvariable "enable" {\n  default = true\n}\nvariable "sites" {\n  default = { a = 1 }\n}\nmodule "connectivity" {\n  source = "./m"\n  ${meta}\n}\n`,
      'm/main.tf': OPTIONAL,
    });
    const report = new ComplianceEngine({ asOf: '2026-12-07' }).checkAll(await loadInputs(dir));
    expect(report.summary.resources).toBe(2);
    const errors = report.findings.filter((f) => f.level === 'error' && f.ruleId === 'SOV-LOCATION').map((f) => f.address).sort();
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors.every((a) => a.startsWith('module.connectivity'))).toBe(true);
  });
});

describe('a module\'s locals and its object and list inputs inside expressions', () => {
  // As reusable S3 modules write it: switches in locals, maps of options with {} defaults.
  const MODULE = 'variable "create" {\n  default = true\n}\nvariable "logging" {\n  type    = any\n  default = {}\n}\nvariable "tags" {\n  default = { team = "data" }\n}\nvariable "names" {\n  default = ["a", "b"]\n}\n'
    + 'locals {\n  create_bucket = var.create && true\n  log_enabled   = length(keys(var.logging)) > 0\n}\n'
    + 'resource "aws_s3_bucket" "this" {\n  count  = local.create_bucket ? 1 : 0\n  bucket = "b-${length(var.names)}"\n  tags   = merge(var.tags, { owner = "ops" })\n}\n'
    + 'resource "aws_s3_bucket_logging" "this" {\n  count         = local.create_bucket && local.log_enabled ? 1 : 0\n  bucket        = aws_s3_bucket.this[0].id\n  target_bucket = var.logging["target_bucket"]\n  target_prefix = "log/"\n}\n';

  test('the module\'s locals are read in the caller under the module\'s name', async () => {
    const dir = files({ 'main.tf': 'module "m" {\n  source = "./m"\n}\n', 'm/main.tf': MODULE });
    const [c] = await loadInputs(dir);
    expect(c.configuration.locals).toEqual({
      module_m__create_bucket: '${true && true}',
      module_m__log_enabled: '${length(keys((var.module_m__logging))) > 0}',
    });
    // A map or list input with a declared type is declared in the caller, to be converted to that type.
    expect(c.configuration.variable.module_m__logging).toMatchObject({ default: {} });
    expect(c.configuration.resource.aws_s3_bucket.module_m__this.count).toBe('${local.module_m__create_bucket ? 1 : 0}');
  });

  test('an object default ({}) inside an expression is the object: logging with no options creates no aws_s3_bucket_logging', async () => {
    const dir = files({ 'main.tf': 'module "m" {\n  source = "./m"\n}\n', 'm/main.tf': MODULE });
    const report = new ComplianceEngine({ asOf: '2026-12-07' }).checkAll(await loadInputs(dir));
    expect(report.summary.resources).toBe(1);
    expect(report.findings.filter((f) => f.address.includes('aws_s3_bucket_logging'))).toEqual([]);
  });

  test('the caller\'s object argument is read the same way: logging to a bucket creates the logging resource', async () => {
    const dir = files({ 'main.tf': 'module "m" {\n  source  = "./m"\n  logging = { target_bucket = "central-logs" }\n}\n', 'm/main.tf': MODULE });
    const [c] = await loadInputs(dir);
    expect(c.configuration.variable.module_m__logging).toMatchObject({ default: { target_bucket: 'central-logs' } });
    const report = new ComplianceEngine({ asOf: '2026-12-07' }).checkAll([c]);
    expect(report.summary.resources).toBe(2);
  });

  test('a list of objects given to a typed variable gets its optional attributes, as Terraform converts it', async () => {
    const dir = files({
      'main.tf': 'provider "hcloud" {}\nmodule "m" {\n  source = "./pools"\n  pools  = [{ name = "web", location = "fsn1" }, { name = "edge", location = "ash", size = 2 }]\n}\n',
      'pools/main.tf': 'variable "pools" {\n  type = list(object({\n    name     = string\n    location = string\n    size     = optional(number, 1)\n    backups  = optional(bool)\n  }))\n}\n'
        + 'locals {\n  nodes = merge([for p in var.pools : { for i in range(p.size) : "${p.name}-${i}" => { location = p.location, backups = p.backups == null ? false : p.backups } }]...)\n}\n'
        + 'resource "hcloud_server" "node" {\n  for_each    = local.nodes\n  name        = each.key\n  server_type = "cx22"\n  image       = "debian-12"\n  location    = each.value.location\n  backups     = each.value.backups\n}\n',
    });
    const report = new ComplianceEngine({ asOf: '2026-12-07' }).checkAll(await loadInputs(dir));
    const location = report.findings.filter((f) => f.ruleId.startsWith('SOV-LOCATION') && f.level === 'error').map((f) => `${f.ruleId} ${f.address}`).sort();
    // `p.size` and `p.backups` exist only through the type's optional(...) attributes.
    expect(location).toEqual(['SOV-LOCATION module.m.hcloud_server.node["edge-0"]', 'SOV-LOCATION module.m.hcloud_server.node["edge-1"]']);
  });

  test('a switched-off module (create = false) creates none of its resources', async () => {
    const dir = files({ 'main.tf': 'module "m" {\n  source = "./m"\n  create = false\n}\n', 'm/main.tf': MODULE });
    const report = new ComplianceEngine({ asOf: '2026-12-07' }).checkAll(await loadInputs(dir));
    expect(report.summary.resources).toBe(0);
  });

  test('lists, maps and templates given to a module keep their values inside its expressions', async () => {
    const dir = files({ 'main.tf': 'variable "env" {\n  default = "prod"\n}\nmodule "m" {\n  source = "./m"\n  names  = ["x", "y", "z"]\n  tags   = { team = "shop-${var.env}" }\n}\n', 'm/main.tf': MODULE });
    const [c] = await loadInputs(dir);
    const bucket = c.configuration.resource.aws_s3_bucket.module_m__this;
    expect(bucket.bucket).toBe('b-${length(["x", "y", "z"])}');
    expect(bucket.tags).toBe('${merge({"team" = "shop-${var.env}"}, { owner = "ops" })}');
  });
});

describe('an attribute of a module variable', () => {
  test('var.db.host reads the attribute (it was the whole object), as a whole value and inside a template', async () => {
    const dir = files({
      'main.tf': 'module "m" {\n  source = "./m"\n  db     = { host = "db.internal", port = 5432 }\n}\n',
      'm/main.tf': 'variable "db" {}\nresource "terraform_data" "x" {\n  input = var.db.host\n}\nresource "terraform_data" "y" {\n  input = "${var.db.host}:${var.db.port}"\n}\n',
    });
    const [c] = await loadInputs(dir);
    const r = c.configuration.resource.terraform_data;
    expect(r.module_m__x.input).toBe('${{"host" = "db.internal", "port" = 5432}.host}');
    const config = new TerraformConfiguration('t', c.configuration);
    expect(config.literalValue(r.module_m__x.input)).toBe('db.internal');
    expect(config.literalValue(r.module_m__y.input)).toBe('db.internal:5432');
  });
});
