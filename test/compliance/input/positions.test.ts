/**
 * Source positions: every expected line is found in the fixture's own text (a line that
 * starts the block or names the argument), never typed in by hand.
 */
import * as fs from 'fs';
import * as path from 'path';
import { hclPositions } from '../../../lib/compliance/input/hcl-positions';
import { jsonPositions, planPositions } from '../../../lib/compliance/input/json-positions';
import { loadInputs } from '../../../lib/compliance/input/load';
import { SourcePositions, splitAddress } from '../../../lib/compliance/input/positions';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
const read = (rel: string) => fs.readFileSync(path.join(FIXTURES, rel), 'utf8');

/** 1-based line and column of the first occurrence of `needle` (after `from`, when given) in `text`. */
function at(text: string, needle: string, from?: string): { line: number; column: number } {
  const start = from === undefined ? 0 : text.indexOf(from);
  const i = text.indexOf(needle, start);
  if (start < 0 || i < 0) throw new Error(`"${needle}" not in the text`);
  const before = text.slice(0, i);
  return { line: before.split('\n').length, column: i - before.lastIndexOf('\n') };
}

describe('HCL positions', () => {
  const main = read('hcl/hetzner/main.tf');
  const positions = hclPositions(main);

  test('each resource block at its `resource` keyword', () => {
    for (const [type, name] of [['hcloud_network', 'private'], ['hcloud_network_subnet', 'eu'], ['hcloud_primary_ip', 'web'], ['hcloud_primary_ip', 'edge']]) {
      expect(positions.block(`${type}.${name}`)).toEqual(at(main, `resource "${type}" "${name}"`));
    }
  });

  test('an argument at its name, inside the right block', () => {
    expect(positions.attribute('hcloud_primary_ip.edge', 'location')).toEqual(at(main, 'location', 'resource "hcloud_primary_ip" "edge"'));
    expect(positions.attribute('hcloud_primary_ip.web', 'location')).toEqual(at(main, 'location', 'resource "hcloud_primary_ip" "web"'));
    expect(positions.attribute('hcloud_primary_ip.web', 'location')).not.toEqual(positions.attribute('hcloud_primary_ip.edge', 'location'));
  });

  test('blocks and arguments the file does not have are unknown', () => {
    expect(positions.block('hcloud_server.nope')).toBeUndefined();
    expect(positions.attribute('hcloud_primary_ip.web', 'labels.owner')).toBeUndefined();
    expect(positions.attribute('hcloud_server.nope', 'location')).toBeUndefined();
  });

  test('providers by alias, the backend, required_providers and modules', () => {
    const text = [
      'terraform {',
      '  required_providers {',
      '    aws = { source = "hashicorp/aws" }',
      '  }',
      '  backend "s3" {',
      '    bucket = "state"',
      '  }',
      '}',
      'provider "aws" {',
      '  region = "eu-central-1"',
      '}',
      'provider "aws" {',
      '  alias  = "par"',
      '  region = "fr-par"',
      '}',
      'module "logs" {',
      '  source = "./logs"',
      '}',
      '',
    ].join('\n');
    const p = hclPositions(text);
    expect(p.block('provider.aws')).toEqual(at(text, 'provider "aws"'));
    expect(p.block('provider.aws.par')).toEqual(at(text, 'provider "aws" {\n  alias'));
    expect(p.attribute('provider.aws.par', 'region')).toEqual(at(text, 'region', 'alias'));
    expect(p.block('terraform.backend.s3')).toEqual(at(text, 'backend "s3"'));
    expect(p.attribute('terraform.backend.s3', 'bucket')).toEqual(at(text, 'bucket'));
    expect(p.block('terraform.required_providers.aws')).toEqual(at(text, 'aws = {'));
    expect(p.block('module.logs')).toEqual(at(text, 'module "logs"'));
  });

  test('strings with braces, templates, heredocs and comments do not confuse the scanner', () => {
    const text = [
      '# resource "fake" "one" {',
      '/* resource "fake" "two" { */',
      'resource "aws_s3_bucket" "a" {',
      '  bucket = "x-${var.env}-{not a block}"',
      '  policy = <<-EOT',
      '    { "resource": "aws_s3_bucket" }',
      '    resource "fake" "three" {',
      '    EOT',
      '  tags = { for k, v in var.tags : k => "${v}}" }',
      '  // lifecycle {',
      '  versioning {',
      '    enabled = true',
      '  }',
      '}',
      'resource "aws_s3_bucket" "b" { bucket = "b" }',
      '',
    ].join('\n');
    const p = hclPositions(text);
    expect(p.block('fake.one')).toBeUndefined();
    expect(p.block('fake.two')).toBeUndefined();
    expect(p.block('fake.three')).toBeUndefined();
    expect(p.block('aws_s3_bucket.a')).toEqual(at(text, 'resource "aws_s3_bucket" "a"'));
    expect(p.attribute('aws_s3_bucket.a', 'versioning.enabled')).toEqual(at(text, 'enabled'));
    expect(p.attribute('aws_s3_bucket.a', 'lifecycle')).toBeUndefined();
    expect(p.block('aws_s3_bucket.b')).toEqual(at(text, 'resource "aws_s3_bucket" "b"'));
    expect(p.attribute('aws_s3_bucket.b', 'bucket')).toEqual(at(text, 'bucket = "b"'));
  });

  test('repeated nested blocks by index, lists of objects, and dynamic blocks', () => {
    const text = [
      'resource "hcloud_firewall" "fw" {',
      '  rule {',
      '    port = "22"',
      '  }',
      '  rule {',
      '    port = "443"',
      '  }',
      '  dynamic "apply_to" {',
      '    for_each = var.servers',
      '    content {',
      '      server = apply_to.value',
      '    }',
      '  }',
      '  items = [',
      '    { name = "a" },',
      '    { name = "b" },',
      '  ]',
      '}',
      '',
    ].join('\n');
    const p = hclPositions(text);
    expect(p.attribute('hcloud_firewall.fw', 'rule[1].port')).toEqual(at(text, 'port = "443"'));
    expect(p.attribute('hcloud_firewall.fw', 'rule.port')).toEqual(at(text, 'port = "22"'));
    expect(p.attribute('hcloud_firewall.fw', 'apply_to.server')).toEqual(at(text, 'server = '));
    expect(p.attribute('hcloud_firewall.fw', 'items[1].name')).toEqual(at(text, 'name = "b"'));
  });
});

describe('Terraform JSON positions', () => {
  const extra = read('hcl/hetzner/extra.tf.json');

  test('a resource at the line of its key; an argument at its key', () => {
    const p = jsonPositions(extra);
    expect(p.block('hcloud_primary_ip.api')).toEqual(at(extra, '"api"'));
    expect(p.block('random_id.suffix')).toEqual(at(extra, '"suffix"'));
    expect(p.attribute('hcloud_primary_ip.api', 'location')).toEqual(at(extra, '"location"'));
    expect(p.block('hcloud_primary_ip.nope')).toBeUndefined();
  });

  test('minified JSON: the column tells resources on one line apart', () => {
    const text = JSON.stringify({ resource: { a_b: { x: { n: 1 }, y: { n: 2 } } }, provider: { aws: [{ region: 'eu' }, { alias: 'par', region: 'fr-par' }] } });
    const p = jsonPositions(text);
    expect(p.block('a_b.y')).toEqual(at(text, '"y"'));
    expect(p.attribute('a_b.y', 'n')).toEqual(at(text, '"n"', '"y"'));
    expect(p.block('provider.aws.par')).toEqual(at(text, '{"alias"'));
    expect(p.block('provider.aws')).toEqual(at(text, '{"region":"eu"'));
  });

  test('strings with quotes, braces and escapes are skipped whole', () => {
    const text = JSON.stringify({ resource: { t_x: { a: { s: 'a"b}{\\"', n: '"y":' }, b: { s: '\\' } } } }, null, 2);
    const p = jsonPositions(text);
    expect(p.block('t_x.b')).toEqual(at(text, '"b": {'));
    expect(p.attribute('t_x.b', 's')).toEqual(at(text, '"s"', '"b": {'));
  });

  test('blocks written as lists (`"rule": [{…}]`) are entered as the engine reads them', () => {
    const text = JSON.stringify({ resource: { aws_s3_bucket_lifecycle_configuration: { l: { rule: [{ id: 'a', expiration: [{ days: 30 }] }, { id: 'b' }] } } } }, null, 2);
    const p = jsonPositions(text);
    expect(p.attribute('aws_s3_bucket_lifecycle_configuration.l', 'rule.expiration.days')).toEqual(at(text, '"days"'));
    expect(p.attribute('aws_s3_bucket_lifecycle_configuration.l', 'rule[1].id')).toEqual(at(text, '"id": "b"'));
  });

  test('the backend and required_providers', () => {
    const text = JSON.stringify({ terraform: { required_providers: { aws: { source: 'hashicorp/aws' } }, backend: { s3: { bucket: 'state' } } } }, null, 2);
    const p = jsonPositions(text);
    expect(p.block('terraform.backend.s3')).toEqual(at(text, '"s3"'));
    expect(p.block('terraform.required_providers.aws')).toEqual(at(text, '"aws"'));
  });
});

describe('plan JSON positions', () => {
  const plan = read('plan/s3-scaleway-ovh.plan.json');

  test('a resource at the "address" of its planned_values entry, a provider at its provider_config entry', () => {
    const json = JSON.parse(plan);
    const first = json.planned_values.root_module.resources[0].address as string;
    const p = planPositions(plan);
    expect(p.block(first)).toEqual(at(plan, `"address":${JSON.stringify(first)}`, '"planned_values"'));
    expect(p.attribute(first, 'tags')).toEqual(at(plan, '"tags"', `"address":${JSON.stringify(first)}`));
    const key = Object.keys(json.configuration.provider_config)[0];
    expect(p.block(`provider.${key}`)).toEqual(at(plan, JSON.stringify(key), '"provider_config"'));
    expect(p.block('aws_s3_bucket.not_in_the_plan')).toBeUndefined();
  });
});

describe('positions of a whole configuration', () => {
  test('module resources are found in the module\'s files, by module path', async () => {
    const [config] = await loadInputs(path.join(FIXTURES, 'hcl', 'modules'));
    const positions = new SourcePositions(config.sources);
    const addresses = Object.values(config.configuration.resource as Record<string, Record<string, { '//'?: { metadata?: { address?: string } } }>>)
      .flatMap((byName) => Object.values(byName).map((b) => b['//']?.metadata?.address))
      .filter((a): a is string => typeof a === 'string' && a.startsWith('module.'));
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) {
      const found = positions.locate(address)!;
      const [type, name] = splitAddress(address).local.split('.');
      // `module "audit" { source = "./modules/bucket" }`: in the module's directory, not the caller's file
      expect(path.dirname(found.file)).not.toBe(path.join(FIXTURES, 'hcl', 'modules'));
      expect({ address, line: found.line }).toEqual({ address, line: at(fs.readFileSync(found.file, 'utf8'), `resource "${type}" "${name}"`).line });
    }
  });

  test('splitAddress drops instance keys of modules and resources', () => {
    expect(splitAddress('module.a["x"].module.b[0].aws_s3_bucket.c[2]')).toEqual({ modules: 'a.b', local: 'aws_s3_bucket.c' });
    expect(splitAddress('provider.aws.eu')).toEqual({ modules: '', local: 'provider.aws.eu' });
    expect(splitAddress('data.t.n["k"]')).toEqual({ modules: '', local: 'data.t.n' });
  });
});
