/**
 * The corpus labels stay sound: the schema holds, every labelled address names a resource,
 * module resource or provider block that exists in its configuration, every case directory is
 * labelled, and every configuration loads with the CLI's loader. The recall and false-alarm
 * targets are NOT asserted here (`npm run corpus -- --min-recall 0.9 --max-fp 0` does that).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadInputs } from '../../lib/compliance/input/load';
import { RuleId } from '../../lib/compliance/rules/ids';
import { caseDirectories, CATEGORIES, CORPUS_DIR, Labels, missingAddress, PROVIDERS, readLabels, validateLabels } from './corpus-labels';

const labels = readLabels();

/** A deep copy to break on purpose. */
function copy(): { -readonly [K in keyof Labels]: Labels[K] } {
  return JSON.parse(JSON.stringify(labels));
}

describe('corpus labels', () => {
  test('the labels file has no schema or address errors', () => {
    expect(validateLabels(labels)).toEqual([]);
  });

  test('every case directory on disk is labelled, and nothing else', () => {
    expect(labels.configurations.map((c) => c.path).sort()).toEqual(caseDirectories());
  });

  test('labelled rules are built-in rule IDs', () => {
    const known = new Set<string>(Object.values(RuleId));
    const unknown = labels.configurations.flatMap((c) => c.problems.flatMap((p) => p.rules.filter((r) => !known.has(r)).map((r) => `${c.path} ${p.address}: ${r}`)));
    expect(unknown).toEqual([]);
  });

  test('the corpus is at least 40 configurations and covers every provider folder and category', () => {
    expect(labels.configurations.length).toBeGreaterThanOrEqual(40);
    expect(new Set(labels.configurations.map((c) => c.provider))).toEqual(new Set(PROVIDERS));
    const used = new Set(labels.configurations.flatMap((c) => [...c.problems, ...c.clean].map((l) => l.category)));
    expect([...used].sort()).toEqual(Object.keys(CATEGORIES).sort());
  });

  test('every configuration loads with the CLI loader', async () => {
    const failures: string[] = [];
    for (const c of labels.configurations) {
      try {
        const loaded = await loadInputs(path.join(CORPUS_DIR, c.path));
        if (loaded.length !== 1) failures.push(`${c.path}: ${loaded.length} configurations`);
      } catch (e) {
        failures.push(`${c.path}: ${(e as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('label validation catches broken labels', () => {
  test('an address that names no resource', () => {
    const broken = copy();
    const first = broken.configurations[0];
    broken.configurations[0] = { ...first, clean: [...first.clean, { address: 'hcloud_server.gone', category: 'baseline', why: 'a resource that was renamed' }] };
    expect(validateLabels(broken)).toEqual([expect.stringContaining('no resource hcloud_server.gone')]);
  });

  test('an instance key on a resource without count or for_each', () => {
    const broken = copy();
    const first = broken.configurations[0];
    const target = first.clean.find((l) => !l.address.startsWith('provider.') && !l.address.includes('['))!;
    broken.configurations[0] = { ...first, clean: first.clean.map((l) => (l === target ? { ...l, address: `${l.address}[0]` } : l)) };
    expect(validateLabels(broken)).toEqual([expect.stringContaining('has no count or for_each')]);
  });

  test('an instance key on a resource of a module called with for_each is an address; on a module called once it is not', () => {
    expect(missingAddress(path.join(CORPUS_DIR, 'hetzner/module-for-each-pools'), 'module.pool.hcloud_server.this["api"]')).toBeUndefined();
    expect(missingAddress(path.join(CORPUS_DIR, 'hetzner/root-calls-module'), 'module.shop_eu.hcloud_server.this[0]')).toMatch(/has no count or for_each/);
  });

  test('an unknown category, a provider that does not match its folder, an empty why and no rules', () => {
    const broken = copy();
    const first = broken.configurations[0];
    const problem = first.problems[0];
    broken.configurations[0] = {
      ...first,
      provider: 'scaleway',
      problems: [{ ...problem, category: 'misc' as never, why: '', rules: [] }, ...first.problems.slice(1)],
    };
    const errors = validateLabels(broken);
    expect(errors).toEqual(expect.arrayContaining([
      expect.stringContaining('does not match its folder'),
      expect.stringContaining('category must be one of'),
      expect.stringContaining("why must give the reviewer's reasoning"),
      expect.stringContaining('rules must list rule IDs'),
    ]));
    expect(errors).toHaveLength(4);
  });

  test('the same address labelled twice, and a configuration labelled twice', () => {
    const broken = copy();
    const first = broken.configurations[0];
    broken.configurations[0] = { ...first, clean: [...first.clean, first.clean[0]] };
    broken.configurations.push(broken.configurations[1]);
    const errors = validateLabels(broken);
    expect(errors).toEqual(expect.arrayContaining([
      expect.stringContaining('address labelled twice in one configuration'),
      `configurations[${labels.configurations.length}] (${labels.configurations[1].path}): labelled twice`,
    ]));
  });
});

describe('missingAddress reads module calls and provider blocks', () => {
  let dir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-labels-'));
    fs.mkdirSync(path.join(dir, 'modules', 'app'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'main.tf'), [
      'provider "aws" {}',
      '',
      'provider "aws" {',
      '  alias  = "dr"',
      '  region = "eu-west-3"',
      '}',
      '',
      'module "app" {',
      '  source = "./modules/app"',
      '}',
      '',
      'module "remote" {',
      '  source = "terraform-aws-modules/s3-bucket/aws"',
      '}',
      '',
      '# resource "aws_s3_bucket" "commented" {',
      '# }',
      '',
    ].join('\n'));
    fs.writeFileSync(path.join(dir, 'modules', 'app', 'main.tf'), 'resource "aws_s3_bucket" "this" {\n  for_each = toset(["a"])\n  bucket   = each.key\n}\n');
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('resources inside local modules, with instance keys', () => {
    expect(missingAddress(dir, 'module.app.aws_s3_bucket.this["a"]')).toBeUndefined();
    expect(missingAddress(dir, 'module.app.aws_s3_bucket.other')).toContain('no resource aws_s3_bucket.other');
  });

  test('modules from a registry cannot be labelled, nor modules that are not called', () => {
    expect(missingAddress(dir, 'module.remote.aws_s3_bucket.this')).toContain('non-local source');
    expect(missingAddress(dir, 'module.absent.aws_s3_bucket.this')).toContain('no module "absent"');
  });

  test('provider blocks with and without alias; commented-out blocks do not count', () => {
    expect(missingAddress(dir, 'provider.aws')).toBeUndefined();
    expect(missingAddress(dir, 'provider.aws.dr')).toBeUndefined();
    expect(missingAddress(dir, 'provider.aws.eu')).toContain('no provider block "aws.eu"');
    expect(missingAddress(dir, 'aws_s3_bucket.commented')).toContain('no resource aws_s3_bucket.commented');
  });
});
