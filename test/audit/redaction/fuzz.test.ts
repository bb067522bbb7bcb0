/**
 * Fuzz test: records made of random mixes of e-mail and IP addresses in the forms
 * docs/audit-redaction.md promises to redact, labels glued to them, separators, UTF-8 words
 * and invalid bytes. Asserts that no address — nor its local part, nor any of its IPv6
 * groups — survives anywhere in the output, and that every record finishes within a bounded
 * amount of work (VM instructions and bytes scanned per input byte; see harness.lua).
 * The generator is seeded: a failure names the seed and the record, and reproduces.
 */
import { PiiRedaction, RedactionPattern } from '../../../lib/audit/redaction';
import { describeOnLua, LuaBytes, runHarness, scriptFile } from './lua-runner';

const KEY = 'fuzz-key-0123456789abcdef';
const SEED = Number(process.env.CDKTF_SOVEREIGN_FUZZ_SEED ?? 20240501);
const RECORDS = 150;

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Secret {
  /** Text that must not appear in the output (compared case-insensitively on the bytes). */
  readonly needles: string[];
}

function generator(seed: number) {
  const rnd = prng(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  // words of letters that are not hex digits, so that they cannot be mistaken for address parts
  const word = (min = 5) => Array.from({ length: min + int(4) }, () => pick('ghijkmnopqrstuvwxyz'.split(''))).join('');
  const hexGroup = () => {
    // 3-4 hex digits with at least one decimal digit and one letter: unique enough to search for
    const g = [pick('123456789'.split('')), pick('abcdef'.split('')), ...Array.from({ length: 1 + int(2) }, () => pick('0123456789abcdef'.split('')))];
    return g.sort(() => rnd() - 0.5).join('').replace(/^0+/, '') || 'a1';
  };
  const octet = () => String(1 + int(254));
  const utf8Local = () => pick(['jörg', 'müller', 'ñandú', 'łukasz', 'σοφία', '山田', 'ивана']) + word(3);
  const encode = (s: string) => encodeURIComponent(s);

  function email(): [string, Secret] {
    const local = pick([() => word(), () => `${word()}.${word()}`, () => `${word()}+${word(3)}`, () => `${word()}_${word()}`, utf8Local, () => `${word()}'${word(3)}`])();
    const domain = pick([() => `${word()}.example`, () => `${word()}.co.uk`, () => `mail.${word()}.de`, () => `${word()}-${word()}.eu`, () => `${word()}.xn--p1ai`])();
    const address = `${local}@${domain}`;
    const form = pick([() => address, () => address.toUpperCase(), () => encode(local) + '%40' + domain, () => `<${address}>`, () => `mailto:${address}`, () => `${address}.`]);
    // the address, the random words of its local part and domain, and the encoded local part
    const fixed = ['mail', 'example', 'xn--p1ai'];
    const parts = `${local}.${domain}`.split(/[.+_'-]/).filter((part) => part.length >= 4 && !fixed.includes(part));
    const needles = [address, ...parts, encode(local)].filter((n) => n.length >= 4);
    return [form(), { needles }];
  }

  function ipv4(): [string, Secret] {
    const a = `${10 + int(200)}.${octet()}.${octet()}.${octet()}`;
    const form = pick([() => a, () => `${a}:${1 + int(65535)}`, () => `${a}.${1 + int(65535)}`, () => `${a}/24`, () => `[${a}]`]);
    return [form(), { needles: [a] }];
  }

  function ipv6(): [string, Secret] {
    const groups = Array.from({ length: 8 }, hexGroup);
    const full = groups.join(':');
    const cut = 1 + int(5);
    const compressed = `${groups.slice(0, cut).join(':')}::${groups.slice(cut + 2).join(':')}`;
    const a = pick([full, compressed, `fe80::${groups[7]}`, `::ffff:${10 + int(200)}.${octet()}.${octet()}.${octet()}`]);
    const form = pick([() => a, () => `[${a}]:${1 + int(65535)}`, () => `${a}%eth${int(4)}`, () => `${a}/64`, () => `${a}.${1 + int(65535)}`]);
    const needles = a.startsWith('::ffff:') ? [a.slice(7)] : [a, ...a.split(':').filter((g) => g.length >= 3)];
    return [form(), { needles }];
  }

  const labels = ['', '', 'ip:', 'ipv6:', 'src:', 'node:', 'code:', 'addr=', 'user=', 'from ', 'peer=', 'x_', 'host_', '"', "'", '(', '<', 'ä', '中', '\xff', '\xc3']
    .map((l) => Buffer.from(l, l.startsWith('\\x') ? 'latin1' : 'utf8'));
  const separators = [' ', ' ', '\t', ', ', '; ', ' | ', '\n', '" ', "' ", ') ', '> ', ' - ', '&', '?q=', '/'];
  const fillers: Array<() => LuaBytes | string> = [
    () => word(),
    () => pick(['Grüße', 'naïve', 'Ärger', '中文字', '🙂', 'ﬁle']),
    () => new LuaBytes(Buffer.from([pick([0xff, 0xfe, 0xc3, 0x80, 0xe2, 0xf0])])),
    () => `${int(1000)}`,
    () => pick(['12:30:45', 'v1.2.3.4', 'std::vector', '00:1a:2b:3c:4d:5e', 'a=b', 'x@localhost']),
  ];

  /** One record: its bytes and the secrets in it. */
  return function record(): { log: Buffer; secrets: Secret[] } {
    const parts: Buffer[] = [];
    const secrets: Secret[] = [];
    const count = 3 + int(8);
    for (let i = 0; i < count; i++) {
      if (rnd() < 0.55) {
        const [text, secret] = pick([email, ipv4, ipv6])();
        parts.push(pick(labels), Buffer.from(text));
        secrets.push(secret);
      } else {
        const f = pick(fillers)();
        parts.push(f instanceof LuaBytes ? f.bytes : Buffer.from(f));
      }
      parts.push(Buffer.from(pick(separators)));
    }
    return { log: Buffer.concat(parts), secrets };
  };
}

/** Lower-case ASCII only (the strings are bytes as latin1 characters: UTF-8 must stay intact). */
const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

const TOKEN = /<(email|ipv4|ipv6|user|pii|customer):[0-9a-f]{16}>/g;

describeOnLua(`redact.lua fuzz (seed ${SEED}, ${RECORDS} records)`, (vm) => {
  const next = generator(SEED);
  const records = Array.from({ length: RECORDS }, next);
  const script = scriptFile(new PiiRedaction({ patterns: [RedactionPattern.luaPattern('customer=(%d+)', 'customer')] }).renderScript());
  let work: Record<string, { instructions: number; scanned: number; record?: { log: string } }>;
  beforeAll(() => {
    const input = { work: records.map((r, i) => ({ name: `r${i}`, record: { log: new LuaBytes(r.log) }, keep: true })) };
    work = runHarness(vm, 'work', script, input, { env: { REDACTION_KEY: KEY }, raw: true }).json.work as unknown as typeof work;
  });

  test('no address, local part or IPv6 group of the input survives in the output', () => {
    const leaks: string[] = [];
    records.forEach((r, i) => {
      // bytes as latin1 characters, like the raw harness output; pseudonyms taken out (their digits are hex)
      const out = asciiLower(work[`r${i}`].record!.log.replace(TOKEN, ''));
      for (const secret of r.secrets) {
        for (const needle of secret.needles) {
          if (out.includes(asciiLower(Buffer.from(needle).toString('latin1')))) leaks.push(`r${i}: ${needle} in ${JSON.stringify(r.log.toString('latin1'))}`);
        }
      }
    });
    expect(leaks).toEqual([]);
  });

  test('every record finishes within a bounded amount of work per input byte', () => {
    const over = records
      .map((r, i) => ({ i, bytes: r.log.length, ...work[`r${i}`] }))
      // a pseudonym (HMAC-SHA256, two compressions) costs ~15,000 instructions and needs 7+ bytes of input
      .filter((w) => w.instructions > 20000 + 2500 * w.bytes || w.scanned > 2000 + 100 * w.bytes)
      .map((w) => `r${w.i}: ${w.instructions} instructions, ${w.scanned} bytes scanned for ${w.bytes} bytes`);
    expect(over).toEqual([]);
  });
});
