/**
 * Runs lib/audit/redaction/redact.lua — the very file the package ships, alone and
 * as rendered by PiiRedaction — in real Lua interpreters (wasmoon's reference Lua 5.4
 * always; LuaJIT 2.1 as in Fluent Bit, and Lua 5.4, where installed) through
 * harness.lua, and checks the output field by field.
 */
import * as crypto from 'crypto';
import { MissingKeyBehavior, PiiKind, PiiRedaction, RedactionPattern } from '../../../lib/audit/redaction';
import { BAD_PATTERNS, GOOD_PATTERNS } from './patterns';
import { AVAILABLE_VMS, HarnessOutput, HarnessRun, RAW_SCRIPT, describeOnLua, expectedPseudonym, runHarness, scriptFile } from './lua-runner';

const KEY_A = 'audit-key-A-0123456789abcdef';
const KEY_B = 'audit-key-B-0123456789abcdef';
const SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const email = (key: string, v: string) => expectedPseudonym(key, 'email', v);
const ipv4 = (key: string, v: string) => expectedPseudonym(key, 'ipv4', v);
const ipv6 = (key: string, v: string) => expectedPseudonym(key, 'ipv6', v);

/** Sample records as Fluent Bit's tail input + kubernetes filter produce them. */
const RECORDS = [
  {
    name: 'container',
    record: {
      log: '2024-05-01T12:30:45.123Z INFO login user=alice@example.com from 203.0.113.7 via [2001:db8::1]:443 build 1.2.3.4.5.6',
      stream: 'stdout',
      time: '2024-05-01T12:30:45.123456789Z',
      kubernetes: {
        pod_name: 'shop-7d9f8b6c5-x2x9z',
        namespace_name: 'shop',
        pod_id: '3f2a1c9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b',
        host: 'worker-1',
        container_name: 'app',
        docker_id: SHA,
        container_hash: `registry.example.eu/shop/app@sha256:${SHA}`,
        container_image: 'registry.example.eu/shop/app:1.4.2',
        labels: { app: 'shop', 'pod-template-hash': '7d9f8b6c5' },
        annotations: { 'example.eu/contact': 'Carol.Ops@Example.EU', 'example.eu/allowed-cidr': '198.51.100.0/24' },
      },
    },
  },
  {
    name: 'multi',
    record: {
      log: 'mail a@example.com, B.Ops+tag@Example.co.uk and a@example.com again; peers 192.0.2.1, 192.0.2.1 and 192.0.2.10.',
    },
  },
  {
    name: 'ipv6',
    record: {
      full: 'peer 2001:0DB8:0000:0000:0000:0000:0000:0001 ok',
      compressed: 'peer 2001:db8::1 ok',
      loopback: 'connect ::1',
      zone: 'fe80::1%eth0 up',
      urlZone: 'http://[fe80::1%25eth0]:8080/',
      mapped: 'client ::ffff:192.0.2.1',
      colonAfter: 'addr 2001:db8::2: refused',
      colonBefore: 'addr:2001:db8::3',
      sentence: 'from 2001:db8::4.',
      middle: 'x 2001:db8:0:0:1:0:0:1 y',
    },
  },
  {
    name: 'types',
    record: {
      count: 42,
      ratio: 0.5,
      ok: true,
      nested: { list: ['192.0.2.1', 'none', ['198.51.100.2', 7]] },
      'dave@example.com': 'value-for-key',
    },
  },
  {
    name: 'tricky',
    record: {
      version: 'release 1.2.3.4.5.6',
      prefixedVersion: 'v1.2.3.4',
      time: 'at 12:30:45',
      iso: '2024-05-01T12:30:45.123456789Z',
      duration: '1:02:03',
      mac: '00:1a:2b:3c:4d:5e',
      macDash: '00-1A-2B-3C-4D-5E',
      hex: 'deadbeefcafebabe0123456789abcdef',
      uuid: '123e4567-e89b-12d3-a456-426614174000',
      noTld: 'root@localhost',
      noTld2: 'alice@example',
      digest: `nginx@sha256:${SHA}`,
      cpp: 'std::vector<int>',
      ruby: 'Foo::Bar',
      outOfRange: '256.1.1.1 and 999.999.999.999',
      hostPort: 'localhost:8080',
      ratio: '16:9',
      unspecified: 'listen on ::',
      decimal: '3.14159',
      path: '/var/log/containers/shop_app.log',
      pseudonymLike: '<email:0123456789abcdef>',
    },
  },
];

/** Every piece of personal data in RECORDS (compared case-insensitively). */
const PERSONAL = [
  'alice@example.com',
  '203.0.113.7',
  '2001:db8::1',
  'carol.ops@example.eu',
  '198.51.100.0',
  'a@example.com',
  'b.ops+tag@example.co.uk',
  '192.0.2.1',
  '192.0.2.10',
  '2001:0db8:0000',
  'fe80::1',
  '::1',
  'ffff:192.0.2.1',
  '2001:db8::2',
  '2001:db8::3',
  '2001:db8::4',
  '2001:db8:0:0:1',
  '198.51.100.2',
  'dave@example.com',
];

/** RFC 4231 section 4 test vectors for HMAC-SHA-256 (test case 5 is truncated to 128 bits). */
const RFC4231 = [
  { name: 'tc1', key: '0b'.repeat(20), data: Buffer.from('Hi There').toString('hex'), mac: 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7' },
  {
    name: 'tc2',
    key: Buffer.from('Jefe').toString('hex'),
    data: Buffer.from('what do ya want for nothing?').toString('hex'),
    mac: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
  },
  { name: 'tc3', key: 'aa'.repeat(20), data: 'dd'.repeat(50), mac: '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe' },
  {
    name: 'tc4',
    key: '0102030405060708090a0b0c0d0e0f10111213141516171819',
    data: 'cd'.repeat(50),
    mac: '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b',
  },
  { name: 'tc5', key: '0c'.repeat(20), data: Buffer.from('Test With Truncation').toString('hex'), mac: 'a3b6167473100ee06e0c796c2955552b' },
  {
    name: 'tc6',
    key: 'aa'.repeat(131),
    data: Buffer.from('Test Using Larger Than Block-Size Key - Hash Key First').toString('hex'),
    mac: '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
  },
  {
    name: 'tc7',
    key: 'aa'.repeat(131),
    data: Buffer.from(
      'This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.',
    ).toString('hex'),
    mac: '9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2',
  },
];

/** Messages around the SHA-256 block and padding boundaries, keys around the HMAC block size. */
const BOUNDARY_VECTORS = [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 200].flatMap((length) =>
  [1, 16, 64, 65, 100].map((keyLength) => {
    const key = crypto.createHash('sha512').update(`key-${keyLength}-${length}`).digest().subarray(0, Math.min(keyLength, 64));
    const fullKey = Buffer.concat([key, Buffer.alloc(Math.max(0, keyLength - key.length), 0x5a)]);
    const data = Buffer.alloc(length, (length * 7 + keyLength) % 256);
    return {
      name: `k${keyLength}-m${length}`,
      key: fullKey.toString('hex'),
      data: data.toString('hex'),
      mac: crypto.createHmac('sha256', fullKey).update(data).digest('hex'),
    };
  }),
);

const HMAC_INPUT = [...RFC4231, ...BOUNDARY_VECTORS].map(({ name, key, data }) => ({ name, key_hex: key, data_hex: data }));

const DEFAULT_SCRIPT = scriptFile(new PiiRedaction().renderScript());

/** The message RedactionPattern.luaPattern throws for `pattern`. */
function errorOf(pattern: string): string {
  try {
    RedactionPattern.luaPattern(pattern);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`${pattern} was accepted`);
}

describeOnLua('redact.lua', (vm) => {
  const run = (key: string | undefined, script = DEFAULT_SCRIPT, extra: Record<string, unknown> = {}, env: Record<string, string> = {}) =>
    runHarness(vm, 'run', script, { records: RECORDS, ...extra }, { env: key === undefined ? env : { REDACTION_KEY: key, ...env } });

  let a: HarnessRun;
  let records: HarnessOutput['records'];
  beforeAll(() => {
    a = run(KEY_A, DEFAULT_SCRIPT, { hmac: HMAC_INPUT });
    records = a.json.records;
  });

  test('uses the expected 32-bit backend and reads the key', () => {
    expect(a.json.backend).toBe(vm.backend);
    expect(a.json.interpreter).toMatch(vm.interpreter);
    expect(a.json.keyed).toBe(true);
    expect(a.json.key_env).toBe('REDACTION_KEY');
    expect(a.stderr).toBe('');
  });

  test.each(RFC4231)('HMAC-SHA-256 matches RFC 4231 $name', ({ name, mac }) => {
    expect(a.json.hmac[name].slice(0, mac.length)).toBe(mac);
  });

  test('HMAC-SHA-256 matches Node crypto across block and padding boundaries', () => {
    for (const { name, mac } of BOUNDARY_VECTORS) expect(`${name}=${a.json.hmac[name]}`).toBe(`${name}=${mac}`);
  });

  test('container record: personal data in the log line and in kubernetes metadata is replaced, the rest untouched', () => {
    const { code, record } = records.container;
    expect(code).toBe(2);
    expect(record.log).toBe(
      `2024-05-01T12:30:45.123Z INFO login user=${email(KEY_A, 'alice@example.com')} from ${ipv4(KEY_A, '203.0.113.7')} ` +
        `via [${ipv6(KEY_A, '2001:0db8:0000:0000:0000:0000:0000:0001')}]:443 build 1.2.3.4.5.6`,
    );
    expect(record.stream).toBe('stdout');
    expect(record.time).toBe('2024-05-01T12:30:45.123456789Z');
    const k8s = record.kubernetes;
    expect(k8s.pod_name).toBe('shop-7d9f8b6c5-x2x9z');
    expect(k8s.namespace_name).toBe('shop');
    expect(k8s.pod_id).toBe('3f2a1c9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b');
    expect(k8s.host).toBe('worker-1');
    expect(k8s.container_name).toBe('app');
    expect(k8s.docker_id).toBe(SHA);
    expect(k8s.container_hash).toBe(`registry.example.eu/shop/app@sha256:${SHA}`);
    expect(k8s.container_image).toBe('registry.example.eu/shop/app:1.4.2');
    expect(k8s.labels).toEqual({ app: 'shop', 'pod-template-hash': '7d9f8b6c5' });
    expect(k8s.annotations['example.eu/contact']).toBe(email(KEY_A, 'carol.ops@example.eu'));
    expect(k8s.annotations['example.eu/allowed-cidr']).toBe(`${ipv4(KEY_A, '198.51.100.0')}/24`);
  });

  test('several addresses in one line: each replaced, repeats get the same pseudonym, e-mail case folded', () => {
    const { code, record } = records.multi;
    expect(code).toBe(2);
    const ea = email(KEY_A, 'a@example.com');
    const ip = ipv4(KEY_A, '192.0.2.1');
    expect(record.log).toBe(
      `mail ${ea}, ${email(KEY_A, 'b.ops+tag@example.co.uk')} and ${ea} again; peers ${ip}, ${ip} and ${ipv4(KEY_A, '192.0.2.10')}.`,
    );
  });

  test('IPv6: full and compressed forms share a pseudonym; zones, brackets, IPv4 tails and punctuation handled', () => {
    const { code, record } = records.ipv6;
    expect(code).toBe(2);
    const doc1 = ipv6(KEY_A, '2001:0db8:0000:0000:0000:0000:0000:0001');
    const link = ipv6(KEY_A, 'fe80:0000:0000:0000:0000:0000:0000:0001');
    expect(record.full).toBe(`peer ${doc1} ok`);
    expect(record.compressed).toBe(`peer ${doc1} ok`);
    expect(record.loopback).toBe(`connect ${ipv6(KEY_A, '0000:0000:0000:0000:0000:0000:0000:0001')}`);
    expect(record.zone).toBe(`${link} up`);
    expect(record.urlZone).toBe(`http://[${link}]:8080/`);
    expect(record.mapped).toBe(`client ${ipv6(KEY_A, '0000:0000:0000:0000:0000:ffff:c000:0201')}`);
    expect(record.colonAfter).toBe(`addr ${ipv6(KEY_A, '2001:0db8:0000:0000:0000:0000:0000:0002')}: refused`);
    expect(record.colonBefore).toBe(`addr:${ipv6(KEY_A, '2001:0db8:0000:0000:0000:0000:0000:0003')}`);
    expect(record.sentence).toBe(`from ${ipv6(KEY_A, '2001:0db8:0000:0000:0000:0000:0000:0004')}.`);
    expect(record.middle).toBe(`x ${ipv6(KEY_A, '2001:0db8:0000:0000:0001:0000:0000:0001')} y`);
  });

  test('numbers and booleans untouched; arrays and nested arrays redacted; a map key holding an e-mail renamed', () => {
    const { code, record } = records.types;
    expect(code).toBe(2);
    expect(record.count).toBe(42);
    expect(record.ratio).toBe(0.5);
    expect(record.ok).toBe(true);
    expect(record.nested.list).toEqual([ipv4(KEY_A, '192.0.2.1'), 'none', [ipv4(KEY_A, '198.51.100.2'), 7]]);
    expect(record['dave@example.com']).toBeUndefined();
    expect(record[email(KEY_A, 'dave@example.com')]).toBe('value-for-key');
    expect(Object.keys(record).sort()).toEqual([email(KEY_A, 'dave@example.com'), 'count', 'nested', 'ok', 'ratio'].sort());
  });

  test('look-alikes stay: versions, times, MACs, hex, UUIDs, addresses without TLD, digests, C++ scopes', () => {
    const { code, record } = records.tricky;
    expect(code).toBe(0);
    const input = RECORDS.find((r) => r.name === 'tricky')!.record;
    for (const [field, value] of Object.entries(input)) expect(`${field}=${record[field]}`).toBe(`${field}=${value}`);
  });

  test('no personal data survives anywhere in the output', () => {
    const text = JSON.stringify(records).toLowerCase();
    for (const pii of PERSONAL) expect(`${pii}: ${text.includes(pii.toLowerCase())}`).toBe(`${pii}: false`);
  });

  test('pseudonyms are stable: a second run with the same key gives identical records', () => {
    expect(run(KEY_A).json.records).toEqual(records);
  });

  test('a different key gives different pseudonyms for every value', () => {
    const b = run(KEY_B).json.records;
    expect(b.multi.record.log).toBe(
      `mail ${email(KEY_B, 'a@example.com')}, ${email(KEY_B, 'b.ops+tag@example.co.uk')} and ${email(KEY_B, 'a@example.com')} again; ` +
        `peers ${ipv4(KEY_B, '192.0.2.1')}, ${ipv4(KEY_B, '192.0.2.1')} and ${ipv4(KEY_B, '192.0.2.10')}.`,
    );
    expect(email(KEY_B, 'a@example.com')).not.toBe(email(KEY_A, 'a@example.com'));
    const input = '<email:0123456789abcdef>'; // the look-alike in the tricky record, kept as is
    const tokensA = (JSON.stringify(records).match(/<(email|ipv4|ipv6):[0-9a-f]{16}>/g) ?? []).filter((t) => t !== input);
    const tokensB = new Set<string>(JSON.stringify(b).match(/<(email|ipv4|ipv6):[0-9a-f]{16}>/g) ?? []);
    expect(tokensA.length).toBeGreaterThan(20);
    expect(tokensA.filter((t) => tokensB.has(t))).toEqual([]);
    expect(b.tricky.record).toEqual(records.tricky.record);
  });

  test('a trailing newline in the secret does not change the pseudonyms', () => {
    expect(run(`${KEY_A}\n`).json.records.multi).toEqual(records.multi);
  });

  test('the shipped file alone (no configuration table) behaves like the default rendering', () => {
    expect(run(KEY_A, RAW_SCRIPT).json.records).toEqual(records);
  });

  test('no key: fail closed by masking every match with <type:unkeyed>, and say so on stderr', () => {
    const none = run(undefined);
    expect(none.json.keyed).toBe(false);
    expect(none.stderr).toContain('[redact.lua] WARNING: REDACTION_KEY is not set; replacing personal data by <type:unkeyed>');
    const r = none.json.records;
    expect(r.multi.code).toBe(2);
    expect(r.multi.record.log).toBe(
      'mail <email:unkeyed>, <email:unkeyed> and <email:unkeyed> again; peers <ipv4:unkeyed>, <ipv4:unkeyed> and <ipv4:unkeyed>.',
    );
    expect(r.ipv6.record.zone).toBe('<ipv6:unkeyed> up');
    expect(r.container.record.kubernetes.pod_name).toBe('shop-7d9f8b6c5-x2x9z');
    expect(r.tricky.code).toBe(0);
    const text = JSON.stringify(r).toLowerCase();
    for (const pii of PERSONAL) expect(`${pii}: ${text.includes(pii.toLowerCase())}`).toBe(`${pii}: false`);
  });

  test('a key shorter than 16 bytes counts as no key', () => {
    const short = run('short-key');
    expect(short.json.keyed).toBe(false);
    expect(short.stderr).toContain('REDACTION_KEY is shorter than 16 bytes');
    expect(short.json.records.multi.record.log).toContain('<email:unkeyed>');
  });

  test('no key with MissingKeyBehavior.DROP: every record is dropped (code -1)', () => {
    const script = scriptFile(new PiiRedaction({ missingKeyBehavior: MissingKeyBehavior.DROP }).renderScript());
    const dropped = run(undefined, script);
    expect(dropped.json.on_missing_key).toBe('drop');
    expect(dropped.stderr).toContain('REDACTION_KEY is not set; dropping every record');
    for (const r of RECORDS) expect(`${r.name}: ${dropped.json.records[r.name].code}`).toBe(`${r.name}: -1`);
    const keyed = run(KEY_A, script);
    expect(keyed.json.records).toEqual(records);
  });

  test('the key is read from the configured variable only', () => {
    const script = scriptFile(new PiiRedaction({ keyEnvironmentVariable: 'AUDIT_PSEUDONYM_KEY' }).renderScript());
    const custom = run(undefined, script, {}, { AUDIT_PSEUDONYM_KEY: KEY_A });
    expect(custom.json.key_env).toBe('AUDIT_PSEUDONYM_KEY');
    expect(custom.json.records).toEqual(records);
    const wrongVariable = run(KEY_A, script);
    expect(wrongVariable.json.keyed).toBe(false);
    expect(wrongVariable.json.records.multi.record.log).toContain('<email:unkeyed>');
  });

  test('a record nested too deep is replaced by a tombstone instead of passing unredacted', () => {
    let deep: Record<string, unknown> = { log: 'secret alice@example.com' };
    for (let i = 0; i < 70; i++) deep = { inner: deep };
    const out = run(KEY_A, DEFAULT_SCRIPT, { records: [{ name: 'deep', record: deep }] });
    expect(out.json.records.deep.code).toBe(2);
    expect(out.json.records.deep.record).toEqual({ pii_redaction_error: 'record removed: PII redaction failed' });
    expect(out.stderr).toContain('record nested deeper than 64 levels');
  });

  test('user patterns: captures replace only the captured text; labels type the pseudonym; patterns never cut into pseudonyms', () => {
    const redaction = new PiiRedaction({
      patterns: [
        RedactionPattern.luaPattern('customer=(%d+)', 'customer'),
        RedactionPattern.luaPattern('%f[%w]DE%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%f[%W]', 'iban'),
        RedactionPattern.luaPattern('"phone":"([^"]+)"', 'phone'),
        RedactionPattern.luaPattern('Straße %d+'),
        RedactionPattern.luaPattern('%x%x%x%x%x+', 'hexrun'),
      ],
    });
    const script = scriptFile(redaction.renderScript());
    const out = run(KEY_A, script, {
      records: [
        {
          name: 'user',
          record: {
            log: 'order customer=4711 paid from DE89370400440532013000 by eve@example.com',
            json: '{"phone":"+49 30 1234567","city":"Berlin"}',
            street: 'Hauptstraße 5 / Straße 12',
            hex: 'mail eve@example.com ref cafe12345',
            plain: 'nothing to see',
          },
        },
      ],
    }).json.records.user;
    const p = (label: string, v: string) => expectedPseudonym(KEY_A, label, v);
    expect(out.code).toBe(2);
    expect(out.record.log).toBe(
      `order customer=${p('customer', '4711')} paid from ${p('iban', 'DE89370400440532013000')} by ${email(KEY_A, 'eve@example.com')}`,
    );
    expect(out.record.json).toBe(`{"phone":"${p('phone', '+49 30 1234567')}","city":"Berlin"}`);
    expect(out.record.street).toBe(`Hauptstraße 5 / ${p('pii', 'Straße 12')}`);
    expect(out.record.hex).toBe(`mail ${email(KEY_A, 'eve@example.com')} ref ${p('hexrun', 'cafe12345')}`);
    expect(out.record.plain).toBe('nothing to see');
  });

  test('switched-off matchers and map keys stay as they are when the user opts out', () => {
    const script = scriptFile(new PiiRedaction({ disabledMatchers: [PiiKind.IPV4], redactMapKeys: false }).renderScript());
    const out = run(KEY_A, script).json.records;
    expect(out.multi.record.log).toBe(
      `mail ${email(KEY_A, 'a@example.com')}, ${email(KEY_A, 'b.ops+tag@example.co.uk')} and ${email(KEY_A, 'a@example.com')} again; ` +
        'peers 192.0.2.1, 192.0.2.1 and 192.0.2.10.',
    );
    expect(out.types.record['dave@example.com']).toBe('value-for-key');
    expect(out.ipv6.record.mapped).toBe(`client ${ipv6(KEY_A, '0000:0000:0000:0000:0000:ffff:c000:0201')}`);
  });

  test('patterns rejected at synth time are rejected at load too, and Fluent Bit then finds no callback', () => {
    const rewrites = BAD_PATTERNS.map(([pattern]) => /A safe rewrite: ("(?:[^"\\]|\\.)*")/.exec(errorOf(pattern))).filter((m) => m !== null).map((m) => JSON.parse(m![1]) as string);
    const configs = [
      ...BAD_PATTERNS.map(([pattern], i) => ({ name: `bad${i}`, config: { patterns: [{ pattern }] } })),
      ...rewrites.map((pattern, i) => ({ name: `rewrite${i}`, config: { patterns: [{ pattern }] } })),
      ...GOOD_PATTERNS.map((pattern, i) => ({ name: `good${i}`, config: { patterns: [{ pattern }] } })),
      { name: 'label', config: { patterns: [{ pattern: 'x+', label: 'email' }] } },
      { name: 'keyEnv', config: { key_env: 'BAD-NAME' } },
      { name: 'missing', config: { on_missing_key: 'pass' } },
    ];
    const out = runHarness(vm, 'load', RAW_SCRIPT, { configs }, { env: { REDACTION_KEY: KEY_A } }).json.configs;
    BAD_PATTERNS.forEach(([pattern, , luaError], i) => {
      expect(`${pattern}: ${out[`bad${i}`].ok} ${out[`bad${i}`].callback}`).toBe(`${pattern}: false nil`);
      expect(out[`bad${i}`].error).toContain(luaError);
    });
    GOOD_PATTERNS.forEach((pattern, i) => expect(`${pattern}: ${out[`good${i}`].ok}`).toBe(`${pattern}: true`));
    // every rewrite the TypeScript error proposes is accepted by the script too
    expect(rewrites.length).toBeGreaterThan(10);
    rewrites.forEach((pattern, i) => expect(`${pattern}: ${out[`rewrite${i}`].ok} ${out[`rewrite${i}`].error ?? ''}`).toBe(`${pattern}: true `));
    expect(out.label.error).toContain('label must be 1-16 of a-z, 0-9, _');
    expect(out.keyEnv.error).toContain('key_env must be an environment variable name');
    expect(out.missing.error).toContain('on_missing_key must be "mask" or "drop"');
  });

  test('long hostile lines come out right (their cost is asserted in linear.test.ts)', () => {
    const n = 100_000;
    const strings = [
      { name: 'dots', text: '1.'.repeat(n) },
      { name: 'colons', text: 'a:'.repeat(n) },
      { name: 'localNoAt', text: `${'a'.repeat(2 * n)}@` },
      { name: 'manyAddresses', text: '192.0.2.1 a@example.com '.repeat(n / 10) },
    ];
    const out = run(KEY_A, DEFAULT_SCRIPT, { records: [], strings }).json.strings;
    expect(out.manyAddresses.text).toBe(`${ipv4(KEY_A, '192.0.2.1')} ${email(KEY_A, 'a@example.com')} `.repeat(n / 10));
    expect(out.dots.text).toBe('1.'.repeat(n));
    expect(out.localNoAt.text).toBe(`${'a'.repeat(2 * n)}@`);
    // one run of hex digits and colons far longer than any address is not an address (like a fingerprint)
    expect(out.colons.text).toBe('a:'.repeat(n));
  });
});

describeOnLua('redact.lua gives what the reference Lua 5.4 (wasmoon) gives', (vm) => {
  test('identical records and HMACs', () => {
    const reference = AVAILABLE_VMS.find((v) => v.id === 'wasmoon')!;
    const [mine, theirs] = [vm, reference].map((v) =>
      runHarness(v, 'run', DEFAULT_SCRIPT, { records: RECORDS, hmac: HMAC_INPUT }, { env: { REDACTION_KEY: KEY_A } }).json,
    );
    expect(mine.records).toEqual(theirs.records);
    expect(mine.hmac).toEqual(theirs.hmac);
    expect(mine.backend).toBe(vm.backend);
  });
});
