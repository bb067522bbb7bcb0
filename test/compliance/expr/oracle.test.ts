/*
 * The expression evaluator against Terraform itself: every expression of oracle-cases.txt is
 * evaluated by the engine and by `terraform console -plan` over the same configuration
 * (oracle.tf), and the two must agree — the same value (compared as JSON), both an error, or
 * both unknown. Cases marked `## known` / `## unknown` are the documented differences, and
 * are asserted as such (Terraform's side included).
 *
 * Without terraform this test does not run: it says so loudly, and fails when
 * CDKTF_SOVEREIGN_REQUIRE_TERRAFORM is set (CI).
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseHcl } from '../../../lib/compliance/input/hcl';
import { EvalError, jsonValue, ParseError, whollyKnown } from '../../../lib/compliance/model/expr';
import { supportedFunctions } from '../../../lib/compliance/model/expr/functions';
import { jsonEncode } from '../../../lib/compliance/model/expr/functions/json';
import { ConfigurationScope } from '../../../lib/compliance/model/expr/scope';
import { ConsoleResult, findTerraformBinary, TerraformConsole } from './console';

interface Case {
  readonly expression: string;
  readonly line: number;
  /** Terraform says unknown, the engine knows this value. */
  readonly known?: unknown;
  /** Terraform knows it, the engine leaves it unknown. */
  readonly unknown?: boolean;
}

const TF = fs.readFileSync(path.join(__dirname, 'oracle.tf'), 'utf8');

function readCases(): Case[] {
  const lines = fs.readFileSync(path.join(__dirname, 'oracle-cases.txt'), 'utf8').split('\n');
  const out: Case[] = [];
  lines.forEach((text, i) => {
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const [expression, marker] = trimmed.split(/\s+##\s+/);
    if (marker === undefined) out.push({ expression, line: i + 1 });
    else if (marker === 'unknown') out.push({ expression, line: i + 1, unknown: true });
    else if (marker.startsWith('known ')) out.push({ expression, line: i + 1, known: JSON.parse(marker.slice(6)) });
    else throw new Error(`oracle-cases.txt line ${i + 1}: unknown marker "${marker}"`);
  });
  return out;
}

/** The engine's result, in the console's terms. */
function engineResult(scope: ConfigurationScope, expression: string): ConsoleResult {
  try {
    const v = jsonValue(`\${${expression}}`, scope);
    if (!whollyKnown(v)) return { kind: 'unknown' };
    return { kind: 'value', json: JSON.parse(jsonEncode(v)) };
  } catch (e) {
    if (e instanceof EvalError || e instanceof ParseError) return { kind: 'error', message: e.message };
    throw e;
  }
}

/** JSON equality with numbers compared as Terraform's decimals would round to doubles. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) <= Math.abs(b) * 1e-12;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return same(ka, kb) && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

function describe_(r: ConsoleResult): string {
  return r.kind === 'value' ? JSON.stringify(r.json) : r.kind === 'error' ? `error${r.message ? ` (${r.message.split('\n')[0]})` : ''}` : 'unknown';
}

/** What to compare for one case: agreement, or the documented difference on both sides. */
function verdict(c: Case, tf: ConsoleResult, ours: ConsoleResult): { actual: string; expected: string } {
  const both = `terraform: ${describe_(tf)}; engine: ${describe_(ours)}`;
  if (c.known !== undefined) return { actual: both, expected: `terraform: unknown; engine: ${JSON.stringify(c.known)}` };
  if (c.unknown) return { actual: `terraform: ${tf.kind}; engine: ${ours.kind}`, expected: 'terraform: value; engine: unknown' };
  const agree = tf.kind === ours.kind && (tf.kind !== 'value' || same((ours as { json: unknown }).json, tf.json));
  return { actual: agree ? 'agree' : both, expected: 'agree' };
}

const terraform = findTerraformBinary();
const cases = readCases();

test('every function the engine evaluates is checked against Terraform at least once', () => {
  const called = new Set<string>();
  for (const c of cases) for (const m of c.expression.matchAll(/([a-z][a-z0-9_]*)\s*\(/g)) called.add(m[1]);
  expect(supportedFunctions().filter((f) => !called.has(f))).toEqual([]);
});

if (!terraform.ok) {
  test(`terraform console oracle did NOT run (${cases.length} expressions): ${terraform.reason}`, () => {
    console.warn(`\n*** SKIPPED the terraform console oracle of the expression evaluator: ${terraform.reason}.\n`);
    expect(process.env.CDKTF_SOVEREIGN_REQUIRE_TERRAFORM).toBeUndefined();
  });
} else {
  describe(`expressions evaluated by the engine and by terraform ${terraform.version} console`, () => {
    let oracle: ConsoleResult[] = [];
    let scope: ConfigurationScope;

    beforeAll(async () => {
      const tfConsole = new TerraformConsole(terraform.terraform, { 'oracle.tf': TF });
      try {
        oracle = tfConsole.evaluate(cases.map((c) => c.expression));
      } finally {
        tfConsole.remove();
      }
      const raw = await parseHcl('oracle.tf', TF);
      const declarations = new Map<string, Record<string, unknown>>();
      for (const [name, decls] of Object.entries(raw.variable as Record<string, unknown[]>)) declarations.set(name, decls[0] as Record<string, unknown>);
      scope = new ConfigurationScope(raw, declarations);
    }, 120_000);

    test('the oracle answered every expression', () => {
      expect(oracle).toHaveLength(cases.length);
    });

    test.each(cases.map((c, i) => [c.line, c.expression, i] as const))('line %i: %s', (_line, expression, i) => {
      const c = cases[i];
      const tf = oracle[i];
      const { actual, expected } = verdict(c, tf, engineResult(scope, expression));
      expect(actual).toBe(expected);
    });
  });
}
