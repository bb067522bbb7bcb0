/**
 * Linear time, measured deterministically: for hostile lines of n and 2n bytes, the Lua VM
 * instructions and the bytes scanned by the string library (see harness.lua, mode "work")
 * may grow by at most 2.2x, with no user pattern and with ten. Wall-clock figures live in
 * bench/redaction.ts; nothing here depends on the machine's speed.
 */
import { PiiRedaction, RedactionPattern } from '../../../lib/audit/redaction';
import { describeOnLua, runHarness, scriptFile } from './lua-runner';
import { TEN_PATTERNS } from './patterns';

const KEY = 'linear-key-0123456789abcdef';
const N = 8192;

/** Hostile lines: a unit repeated to about `bytes` bytes. */
const FAMILIES: Record<string, string> = {
  dots: '1.',
  colons: 'a:',
  hexColons: 'dead:beef:',
  doubleColons: 'a::',
  localNoAt: 'a',
  ats: 'a@',
  encodedAts: 'a%40',
  escapesNoAnchor: 'a%2B',
  domainsNoTld: 'a@b.1',
  brackets: 'a@[',
  quotes: '"a"@',
  utf8: 'ä.',
  ipv4s: '192.0.2.1 ',
  ipv6Labels: 'ipv6:2001:db8::1 ',
  emails: 'alice@example.com ',
  mixed: 'user=bob@example.org src:fe80::1%eth0 10.0.0.1:443 ',
  keyValues: 'customer=4711 id=',
  digits: '1',
  letters: 'x',
};

const TEN = TEN_PATTERNS.map(([pattern, label]) => RedactionPattern.luaPattern(pattern, label));

const line = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));

describeOnLua('redact.lua works in linear time', (vm) => {
  const scripts = {
    none: scriptFile(new PiiRedaction().renderScript()),
    ten: scriptFile(new PiiRedaction({ patterns: TEN, maxRecordBytes: 16 * 1024 * 1024 }).renderScript()),
  };
  const cases = Object.entries(FAMILIES).flatMap(([name, unit]) => [
    { name: `${name}@1`, record: { log: line(unit, N) } },
    { name: `${name}@2`, record: { log: line(unit, 2 * N) } },
  ]);
  const work: Record<string, Record<string, { instructions: number; scanned: number }>> = {};
  beforeAll(() => {
    for (const [which, script] of Object.entries(scripts)) {
      work[which] = runHarness(vm, 'work', script, { work: cases }, { env: { REDACTION_KEY: KEY } }).json.work;
    }
  });

  for (const which of ['none', 'ten'] as const) {
    test.each(Object.keys(FAMILIES))(`${which === 'none' ? 'no user pattern' : 'ten user patterns'}: %s`, (name) => {
      const [a, b] = [work[which][`${name}@1`], work[which][`${name}@2`]];
      const bytes = Buffer.byteLength(line(FAMILIES[name], N));
      // growth per doubling, and a bound per byte (generous: catches a change of order, not of constant)
      expect(`${name} instructions ×${(b.instructions / a.instructions).toFixed(2)}`).toBe(`${name} instructions ×${Math.min(b.instructions / a.instructions, 2.2).toFixed(2)}`);
      expect(`${name} scanned ×${(b.scanned / a.scanned).toFixed(2)}`).toBe(`${name} scanned ×${Math.min(b.scanned / a.scanned, 2.2).toFixed(2)}`);
      expect(a.instructions / bytes).toBeLessThan(which === 'none' ? 250 : 500);
      expect(a.scanned / bytes).toBeLessThan(which === 'none' ? 100 : 200);
    });
  }
});
