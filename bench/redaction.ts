/**
 * `npm run bench:redaction`: the PII redaction filter (lib/audit/redaction/redact.lua) on
 * every Lua interpreter here — LuaJIT (Fluent Bit's), wasmoon's reference Lua 5.4 (npm) and
 * the system's Lua 5.4 — through test/audit/redaction/harness.lua:
 *
 *  - µs per typical Kubernetes container record (cached pseudonyms, and a new IPv4 address
 *    in every record, i.e. one HMAC-SHA256 each);
 *  - one line of 16 KiB … 1 MiB (repeated IPv4 addresses; mixed personal data) with 0, 1 and
 *    10 user patterns, and the growth ratio per doubling of the line (linear: 2.0; target ≤ 2.2),
 *    step by step and as the mean over the whole range.
 *
 * Times are CPU seconds (os.clock) inside the interpreter, fastest of a few rounds; ratios are
 * against the previous size in the same run. Options: --quick (up to 256 KiB), --vm=<id>.
 */
import { PiiRedaction, RedactionPattern } from '../lib/audit/redaction';
import { AVAILABLE_VMS, LUA_VMS, LuaVm, runHarness, scriptFile } from '../test/audit/redaction/lua-runner';
import { TEN_PATTERNS } from '../test/audit/redaction/patterns';

const KEY = 'bench-key-0123456789abcdef';
const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--vm='))?.slice(5);
const SIZES = [16, 32, 64, 128, 256, 512, 1024].filter((k) => !quick || k <= 256).map((k) => k * 1024);
const LINES: Record<string, string> = {
  ipv4s: '192.0.2.1 ',
  mixed: 'user=alice@example.com from 203.0.113.7 via [2001:db8::1]:443 customer=4711 id=12 name=Carol ',
};
const TYPICAL = {
  log: '2024-05-01T12:30:45.123Z INFO login user=alice@example.com from 203.0.113.7 via [2001:db8::1]:443 build 1.2.3.4.5.6',
  stream: 'stdout',
  time: '2024-05-01T12:30:45.123456789Z',
  kubernetes: {
    pod_name: 'shop-7d9f8b6c5-x2x9z',
    namespace_name: 'shop',
    container_image: 'registry.example.eu/shop/app:1.4.2',
    labels: { app: 'shop', 'pod-template-hash': '7d9f8b6c5' },
    annotations: { 'example.eu/contact': 'Carol.Ops@Example.EU' },
  },
};

const patternSets: Record<string, RedactionPattern[]> = {
  '0 patterns': [],
  '1 pattern': [RedactionPattern.luaPattern('customer=(%d+)', 'customer')],
  '10 patterns': TEN_PATTERNS.map(([p, l]) => RedactionPattern.luaPattern(p, l)),
};

const line = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
const fmt = (us: number) => (us >= 1e5 ? `${(us / 1e6).toFixed(2)} s` : us >= 100 ? `${(us / 1000).toFixed(1)} ms` : `${us.toFixed(1)} µs`);

function benchVm(vm: LuaVm): void {
  console.log(`\n## ${vm.id}`);
  const records = vm.id === 'wasmoon' ? 500 : 2000;
  const typical = runHarness(vm, 'run', scriptFile(new PiiRedaction().renderScript()), {
    bench: [
      { name: 'cached', n: records, rounds: 3, record: TYPICAL },
      { name: 'newIp', n: records, rounds: 3, record: TYPICAL, unique_ip: true },
    ],
  }, { env: { REDACTION_KEY: KEY } }).json;
  console.log(`interpreter: ${typical.interpreter}`);
  console.log(`typical container record: ${fmt(typical.bench.cached.microseconds_per_record)} (pseudonyms cached), ` +
    `${fmt(typical.bench.newIp.microseconds_per_record)} (a new IPv4 address each: one HMAC)`);
  const worst: number[] = [];
  const average: number[] = [];
  for (const [setName, patterns] of Object.entries(patternSets)) {
    const script = scriptFile(new PiiRedaction({ patterns, maxRecordBytes: 16 * 1024 * 1024 }).renderScript());
    for (const [lineName, unit] of Object.entries(LINES)) {
      const bench = SIZES.map((bytes) => ({ name: String(bytes), n: 1, rounds: bytes <= 128 * 1024 ? 5 : 2, record: { log: line(unit, bytes) } }));
      const out = runHarness(vm, 'run', script, { bench }, { env: { REDACTION_KEY: KEY } }).json.bench;
      const cells = SIZES.map((bytes, i) => {
        const t = out[String(bytes)].seconds;
        if (i === 0) return `${bytes / 1024}K ${fmt(t * 1e6)}`;
        const ratio = t / out[String(SIZES[i - 1])].seconds;
        worst.push(ratio);
        return `${bytes / 1024}K ${fmt(t * 1e6)} (×${ratio.toFixed(2)})`;
      });
      const last = SIZES.length - 1;
      const mean = (out[String(SIZES[last])].seconds / out[String(SIZES[0])].seconds) ** (1 / last);
      average.push(mean);
      console.log(`${setName.padEnd(11)} ${lineName.padEnd(6)} ${cells.join('  ')}  | mean ×${mean.toFixed(2)} per doubling`);
    }
  }
  const max = Math.max(...worst);
  const meanMax = Math.max(...average);
  console.log(`growth per doubling: mean over ${SIZES[0] / 1024}K-${SIZES[SIZES.length - 1] / 1024}K at most ×${meanMax.toFixed(2)} ` +
    `(${meanMax <= 2.2 ? 'within' : 'ABOVE'} the ×2.2 target); largest single step ×${max.toFixed(2)} (one step is noisier on a shared machine)`);
}

console.log('# bench:redaction — redact.lua, CPU time inside the interpreter; (×r) = growth from the previous size');
for (const vm of LUA_VMS) if (vm.missing !== undefined) console.log(`\n## ${vm.id}: NOT measured: ${vm.missing}`);
for (const vm of AVAILABLE_VMS.filter((v) => only === undefined || v.id === only)) benchVm(vm);
