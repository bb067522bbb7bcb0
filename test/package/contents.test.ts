/*
 * What the npm package ships, read from `npm pack --dry-run --json` over a real jsii build
 * (test/package/build.ts), and that the committed API.md is what jsii-docgen makes of the
 * current source.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { buildPackage, ROOT, run } from './build';

interface PackResult {
  readonly name: string;
  readonly version: string;
  readonly files: { readonly path: string }[];
  readonly bundled: string[];
}

const built = buildPackage();
const pack = (JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--offline'], built.dir).stdout) as PackResult[])[0];
const shipped = new Set(pack.files.map((f) => f.path));
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string; version: string; license: string; bin: Record<string, string>; main: string; types: string; bundleDependencies: string[];
};

function libSources(dir = path.join(ROOT, 'lib')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return libSources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path.relative(ROOT, p).split(path.sep).join('/')] : [];
  });
}

/** Where a shipped file belongs; anything unclassified must not ship. */
function category(file: string): string {
  if (['package.json', 'README.md', 'API.md', 'CHANGELOG.md', 'LICENSE', 'NOTICE', '.jsii'].includes(file)) return 'top-level';
  if (/^docs\/[^/]+\.md$/.test(file) || /^docs\/images\/[^/]+\.png$/.test(file)) return 'docs';
  if (file === 'lib/audit/redaction/redact.lua') return 'lua asset';
  if (/^schema\/[^/]+\.schema\.json$/.test(file)) return 'schema';
  // The vendored Gaia-X shapes and context and the W3C credentials context (data/gaiax/SOURCE.md).
  if (/^data\/gaiax\/(SOURCE\.md|25\.11-fix\.1\/(gx\.shacl\.ttl|gx\.context\.jsonld|LICENSE|VERSION))$/.test(file)) return 'gaiax data';
  if (/^data\/w3c\/(credentials-v2\.jsonld|LICENSE\.md)$/.test(file)) return 'gaiax data';
  if (/^out\/.+\.(js|d\.ts)$/.test(file)) return 'compiled';
  if (pack.bundled.some((b) => file.startsWith(`node_modules/${b}/`))) return 'bundled';
  return 'unexpected';
}

describe('npm pack', () => {
  test(`the build ran in a copy of the repository (${built.seconds > 0 ? `${built.seconds.toFixed(0)} s` : 'cached'})`, () => {
    expect(fs.existsSync(path.join(built.dir, '.jsii'))).toBe(true);
    expect(pack.name).toBe(pkg.name);
    expect(pack.version).toBe(pkg.version);
  });

  test('ships the licence, notice, README, API.md, CHANGELOG, package.json and the jsii assembly', () => {
    for (const f of ['LICENSE', 'NOTICE', 'README.md', 'API.md', 'CHANGELOG.md', 'package.json', '.jsii']) expect({ f, shipped: shipped.has(f) }).toEqual({ f, shipped: true });
    // The Gaia-X validation reads these at synth time.
    for (const f of ['data/gaiax/25.11-fix.1/gx.shacl.ttl', 'data/gaiax/25.11-fix.1/gx.context.jsonld', 'data/gaiax/25.11-fix.1/LICENSE', 'data/w3c/credentials-v2.jsonld']) expect({ f, shipped: shipped.has(f) }).toEqual({ f, shipped: true });
    const assembly = JSON.parse(fs.readFileSync(path.join(built.dir, '.jsii'), 'utf8')) as { name: string; version: string; license: string; schema: string };
    expect([assembly.name, assembly.version, assembly.license]).toEqual([pkg.name, pkg.version, 'Apache-2.0']);
    expect(assembly.schema).toMatch(/^jsii\//);
  });

  test('LICENSE is the full Apache License 2.0 text (byte for byte the apache.org LICENSE-2.0.txt)', () => {
    expect(pkg.license).toBe('Apache-2.0');
    const license = fs.readFileSync(path.join(ROOT, 'LICENSE'));
    expect(crypto.createHash('sha256').update(license).digest('hex')).toBe('cfc7749b96f63bd31c3c42b5c471bf756814053e847c10f3eb003417bc523d30');
  });

  test('NOTICE names every bundled dependency', () => {
    const notice = fs.readFileSync(path.join(ROOT, 'NOTICE'), 'utf8');
    expect(pack.bundled).toEqual(expect.arrayContaining(pkg.bundleDependencies));
    for (const b of pack.bundled) expect({ b, named: notice.includes(b) }).toEqual({ b, named: true });
    expect(notice).toContain('fs-extra');
  });

  test('ships every guide the README links to', () => {
    const guides = fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`);
    expect(guides.length).toBeGreaterThan(0);
    for (const g of guides) expect({ g, shipped: shipped.has(g) }).toEqual({ g, shipped: true });
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const local = [...readme.matchAll(/\]\(((?:docs\/)[^)#\s]+)/g)].map((m) => m[1]);
    expect(local.length).toBeGreaterThan(0);
    for (const link of local) expect({ link, shipped: shipped.has(link) }).toEqual({ link, shipped: true });
  });

  test('ships the JSON Schema of the policy file (sovereignty-policy.json) that the README and the synthesized files name', () => {
    const schemas = fs.readdirSync(path.join(ROOT, 'schema')).filter((f) => f.endsWith('.schema.json')).map((f) => `schema/${f}`);
    expect(schemas).toContain('schema/sovereignty-policy.schema.json');
    for (const s of schemas) expect({ s, shipped: shipped.has(s) }).toEqual({ s, shipped: true });
  });

  test('ships the Lua filter, and compiled JavaScript and declarations for every library source', () => {
    expect(shipped.has('lib/audit/redaction/redact.lua')).toBe(true);
    const missing = libSources().flatMap((src) => {
      const base = src.replace(/^lib\//, 'out/').replace(/\.ts$/, '');
      return [`${base}.js`, `${base}.d.ts`].filter((f) => !shipped.has(f));
    });
    expect(missing).toEqual([]);
    for (const f of [pkg.main, pkg.types, ...Object.values(pkg.bin)]) expect({ f, shipped: shipped.has(f) }).toEqual({ f, shipped: true });
  });

  test('ships nothing else: no sources, tests, fixtures, examples, benchmarks, scripts or build configuration', () => {
    expect(pack.files.map((f) => f.path).filter((f) => category(f) === 'unexpected')).toEqual([]);
    const paths = pack.files.map((f) => f.path);
    expect(paths.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    for (const prefix of ['test/', 'examples/', 'bench/', 'scripts/', '.ci/', '.gen/', 'tsconfig', 'jest.config', 'eslint.config', 'dist/', 'cdktf.json']) {
      expect({ prefix, shipped: paths.filter((f) => f.startsWith(prefix)) }).toEqual({ prefix, shipped: [] });
    }
    // The bin script starts with its shebang, so `npx cdktf-sovereign` runs with node.
    expect(fs.readFileSync(path.join(built.dir, pkg.bin['cdktf-sovereign']), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});

describe('API.md', () => {
  test('is what jsii-docgen generates from the current source (run `npm run build` and commit API.md)', () => {
    const generated = fs.readFileSync(path.join(built.dir, 'API.md'), 'utf8');
    const committed = fs.readFileSync(path.join(ROOT, 'API.md'), 'utf8');
    expect(generated.length).toBeGreaterThan(10_000);
    expect(committed === generated ? 'API.md is current' : 'API.md differs from jsii-docgen output').toBe('API.md is current');
  });
});
