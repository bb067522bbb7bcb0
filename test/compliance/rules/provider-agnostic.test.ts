import * as fs from 'fs';
import * as path from 'path';
import { Catalog } from '../../../lib/catalog/catalog';

/*
 * Issue 15: provider knowledge lives in the catalog; the rules name no provider's resource type
 * and no provider id. Every file under lib/compliance/rules/ is scanned (code and comments) for
 * Terraform resource-type prefixes — the catalog's, the Kubernetes platform's, and a fixed list
 * that does not depend on the catalog (so removing a provider from the catalog cannot hide its
 * names in a rule) — and for catalog provider ids written as string literals.
 *
 * Allowed, and why: the rules read a few standard APIs in their own field names, the same on
 * every provider that speaks them — the S3 API (server-side encryption, lifecycle, object lock,
 * versioning, ACL grants, public access block), the IAM policy language, the Kubernetes API
 * (pod and NetworkPolicy fields, Service annotations of ingress controllers) and the OpenStack
 * Neutron rule semantics. Those are field names, not resource types, and no type prefix occurs
 * in them. There is no file-level exception: EXCEPTIONS is empty, and any entry must say why.
 */

const RULES_DIR = path.resolve(__dirname, '../../../lib/compliance/rules');

/** Prefixes that must never appear, whatever the catalog holds. */
const FIXED_PREFIXES = [
  'hcloud_', 'scaleway_', 'ovh_', 'ionoscloud_', 'stackit_', 'opentelekomcloud_', 'exoscale_', 'upcloud_', 'openstack_',
  'aws_', 'azurerm_', 'azuread_', 'google_', 'kubernetes_', 'helm_',
];

/** file (relative to lib/compliance/rules) → reason. Empty: no rule file is exempt. */
const EXCEPTIONS: Record<string, string> = {};

function ruleFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? ruleFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

function prefixes(): string[] {
  const all = new Set(FIXED_PREFIXES);
  for (const provider of Catalog.providers()) for (const p of provider.resourceTypePrefixes) all.add(p);
  for (const p of Catalog.kubernetesPlatform().resourceTypePrefixes) all.add(p);
  return [...all];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('the rules name no provider', () => {
  const files = ruleFiles(RULES_DIR).filter((f) => !(path.relative(RULES_DIR, f) in EXCEPTIONS));

  test('the scan covers every rule file', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files.map((f) => path.relative(RULES_DIR, f))).toEqual(expect.arrayContaining(['location.ts', 'encryption-at-rest/index.ts', 'public-exposure/firewalls.ts']));
  });

  test('no rule file names a provider resource type (by its prefix)', () => {
    const pattern = new RegExp(`(?<![\\w.-])(${prefixes().map(escape).join('|')})[a-z0-9]`, 'g');
    const hits: string[] = [];
    for (const file of files) {
      fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        for (const m of line.matchAll(pattern)) hits.push(`${path.relative(RULES_DIR, file)}:${i + 1}: ${m[0]}… in "${line.trim().slice(0, 120)}"`);
      });
    }
    expect(hits).toEqual([]);
  });

  test('no rule file compares against a catalog provider id', () => {
    const ids = [...Catalog.providers().map((p) => p.id), Catalog.kubernetesPlatform().id];
    const pattern = new RegExp(`['"\`](${ids.map(escape).join('|')})['"\`]`, 'g');
    const hits: string[] = [];
    for (const file of files) {
      fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        for (const m of line.matchAll(pattern)) hits.push(`${path.relative(RULES_DIR, file)}:${i + 1}: ${m[0]}`);
      });
    }
    expect(hits).toEqual([]);
  });

  test('every exception says why', () => {
    for (const [file, reason] of Object.entries(EXCEPTIONS)) expect([file, reason.length > 20]).toEqual([file, true]);
  });

  test('the scan finds a provider type when one is written (the test can fail)', () => {
    const pattern = new RegExp(`(?<![\\w.-])(${prefixes().map(escape).join('|')})[a-z0-9]`);
    expect(pattern.test("if (t === 'opentelekomcloud_obs_bucket')")).toBe(true);
    expect(pattern.test('const kms = "aws:kms"; // storage.googleapis.com')).toBe(false);
  });
});
