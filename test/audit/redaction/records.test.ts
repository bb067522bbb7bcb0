/**
 * redact.lua on whole records: key quality, the key as the docs' openssl recipe reads
 * it, map keys that collide after redaction, and the per-record size bound.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { OversizeBehavior, PiiRedaction, RedactionPattern } from '../../../lib/audit/redaction';
import { describeOnLua, expectedPseudonym, runHarness, scriptFile } from './lua-runner';

const KEY = 'records-key-0123456789abcdef';
const DEFAULT_SCRIPT = scriptFile(new PiiRedaction().renderScript());
const RECORD = { log: 'login alice@example.com from 203.0.113.7' };

describeOnLua('redact.lua key quality', (vm) => {
  const withKey = (key: string) => runHarness(vm, 'run', DEFAULT_SCRIPT, { records: [{ name: 'r', record: RECORD }] }, { env: { REDACTION_KEY: key } });

  test.each([
    ['one repeated character', 'a'.repeat(32), 'made of fewer than 8 distinct bytes (guessable)'],
    ['spaces', ' '.repeat(16), 'only whitespace'],
    ['whitespace of several kinds', ' \t '.repeat(8), 'only whitespace'],
    ['two characters alternating', 'ab'.repeat(16), 'made of fewer than 8 distinct bytes (guessable)'],
    ['seven distinct bytes', 'abcdefg'.repeat(4), 'made of fewer than 8 distinct bytes (guessable)'],
    ['15 bytes', 'abcdefghijklmno', 'shorter than 16 bytes'],
    ['newlines only', '\n'.repeat(20), 'shorter than 16 bytes'],
  ])('a key of %s counts as missing: masked, and said on stderr', (_name, key, problem) => {
    const out = withKey(key);
    expect(out.json.keyed).toBe(false);
    expect(out.json.key_problem).toBe(problem);
    expect(out.stderr).toContain(`[redact.lua] WARNING: REDACTION_KEY is ${problem}; replacing personal data by <type:unkeyed>`);
    expect(out.json.records.r.record.log).toBe('login <email:unkeyed> from <ipv4:unkeyed>');
  });

  test('a key of 16 bytes with 8 distinct ones is used', () => {
    const key = 'abcdefgh'.repeat(2);
    const out = withKey(key);
    expect(out.json.keyed).toBe(true);
    expect(out.json.records.r.record.log).toBe(
      `login ${expectedPseudonym(key, 'email', 'alice@example.com')} from ${expectedPseudonym(key, 'ipv4', '203.0.113.7')}`,
    );
  });

  test('trailing newlines are dropped, as "$(cat keyfile)" drops them; a carriage return stays', () => {
    const plain = withKey(KEY).json.records.r.record.log;
    expect(withKey(`${KEY}\n\n`).json.records.r.record.log).toBe(plain);
    expect(withKey(`${KEY}\r\n`).json.records.r.record.log).toBe(
      `login ${expectedPseudonym(`${KEY}\r`, 'email', 'alice@example.com')} from ${expectedPseudonym(`${KEY}\r`, 'ipv4', '203.0.113.7')}`,
    );
  });
});

/** The shell block of docs/audit-redaction.md that computes a pseudonym with openssl. */
function opensslRecipe(): string {
  const doc = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'docs', 'audit-redaction.md'), 'utf8');
  const block = [...doc.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.includes('openssl dgst'));
  if (block === undefined) throw new Error('docs/audit-redaction.md has no ```sh block with the openssl recipe');
  return block;
}

const openssl = spawnSync('openssl', ['version'], { encoding: 'utf8' });
if (openssl.error) {
  test.todo('the openssl recipe of docs/audit-redaction.md did NOT run: openssl is not installed');
} else {
  describeOnLua('the openssl recipe in docs/audit-redaction.md', (vm) => {
    test('gives the pseudonym the filter gives, for a key file that ends with a newline', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaction-recipe-'));
      fs.writeFileSync(path.join(dir, 'redaction.key'), `${KEY}\n`);
      const shell = spawnSync('bash', ['-c', opensslRecipe()], { cwd: dir, encoding: 'utf8' });
      expect(shell.stderr).toBe('');
      const fromRecipe = shell.stdout.trim();
      const fromFilter = runHarness(vm, 'run', DEFAULT_SCRIPT, { strings: [{ name: 's', text: 'alice@example.com' }] }, { env: { REDACTION_KEY: `${KEY}\n` } })
        .json.strings.s.text;
      expect(fromFilter).toBe(`<email:${fromRecipe}>`);
      expect(fromRecipe).toMatch(/^[0-9a-f]{16}$/);
    });
  });
}

describeOnLua('redact.lua map keys that collide after redaction', (vm) => {
  const email = (v: string) => expectedPseudonym(KEY, 'email', v);
  let record: Record<string, unknown>;
  let stats: Record<string, number>;
  beforeAll(() => {
    const input = {
      counts: { 'Alice@Example.com': 1, 'alice@example.com': 2, 'ALICE@EXAMPLE.COM': 3, 'bob@example.com': 4, other: 5 },
      // a key that already is the pseudonym another key becomes
      forged: { [email('carol@example.com')]: 'existing', 'carol@example.com': 'renamed' },
    };
    const out = runHarness(vm, 'run', DEFAULT_SCRIPT, { records: [{ name: 'r', record: input }] }, { env: { REDACTION_KEY: KEY } }).json;
    record = out.records.r.record as unknown as Record<string, unknown>;
    stats = out.stats;
  });

  test('every value is kept: the pseudonymized key holds them all, ordered by the original keys', () => {
    expect(record.counts).toEqual({ [email('alice@example.com')]: [3, 1, 2], [email('bob@example.com')]: 4, other: 5 });
  });

  test('a key that already looks like the pseudonym does not swallow the renamed one', () => {
    // ordered by the original keys: "<email:…" sorts before "carol@…"
    expect(record.forged).toEqual({ [email('carol@example.com')]: ['existing', 'renamed'] });
    expect(stats.merged_keys).toBe(2);
  });
});

describeOnLua('redact.lua per-record size bound', (vm) => {
  const pattern = RedactionPattern.luaPattern('customer=(%d+)', 'customer');
  const big = `customer=4711 alice@example.com ${'x'.repeat(3000)}`;
  const run = (redaction: PiiRedaction, log: string) =>
    runHarness(vm, 'run', scriptFile(redaction.renderScript()), { records: [{ name: 'r', record: { log } }, { name: 'small', record: { log: 'customer=4711' } }] }, { env: { REDACTION_KEY: KEY } });

  test('default: a record over the bound becomes a tombstone, counted and reported on stderr; smaller ones are redacted in full', () => {
    const out = run(new PiiRedaction({ patterns: [pattern], maxRecordBytes: 2048 }), big);
    expect(out.json.max_record_bytes).toBe(2048);
    expect(out.json.records.r.code).toBe(2);
    expect(out.json.records.r.record).toEqual({
      pii_redaction_error: 'record removed: larger than max_record_bytes, user patterns not applied',
      pii_redaction_record_bytes: big.length + 'log'.length,
    });
    expect(out.json.records.small.record.log).toBe(`customer=${expectedPseudonym(KEY, 'customer', '4711')}`);
    expect(out.json.stats.oversize).toBe(1);
    expect(out.json.stats.tombstones).toBe(1);
    expect(out.stderr).toContain(`[redact.lua] record of ${big.length + 3} bytes over max_record_bytes (2048): replaced by a tombstone (1 such records so far)`);
  });

  test('BUILTINS_ONLY: the built-in matchers still run, the record is marked, never passed through unredacted', () => {
    const out = run(new PiiRedaction({ patterns: [pattern], maxRecordBytes: 2048, oversizeBehavior: OversizeBehavior.BUILTINS_ONLY }), big);
    const record = out.json.records.r.record;
    expect(out.json.on_oversize).toBe('builtins');
    expect(record.log).toBe(`customer=4711 ${expectedPseudonym(KEY, 'email', 'alice@example.com')} ${'x'.repeat(3000)}`);
    expect(record.pii_redaction_oversize).toBe(`${big.length + 3} bytes over max_record_bytes 2048: user patterns not applied`);
    expect(out.json.stats.oversize).toBe(1);
    expect(out.json.stats.tombstones).toBe(0);
  });

  test('without user patterns the bound does not apply: the built-ins redact records of any size', () => {
    const out = run(new PiiRedaction({ maxRecordBytes: 2048 }), big);
    expect(out.json.records.r.record).toEqual({ log: `customer=4711 ${expectedPseudonym(KEY, 'email', 'alice@example.com')} ${'x'.repeat(3000)}` });
    expect(out.json.stats.oversize).toBe(0);
  });
});
