/**
 * The adversarial review of redact.lua (issue 14), class by class, plus our own corpus of
 * address forms, as failing-first tests: each case fails on the filter before the review's
 * fixes (boundaries found by the shape of the text around them) and passes now, on every
 * Lua interpreter available. Expected outputs are computed with Node's crypto.
 */
import { PiiRedaction, RedactionPattern } from '../../../lib/audit/redaction';
import { describeOnLua, expectedPseudonym, runHarness, scriptFile } from './lua-runner';

const KEY = 'attack-key-0123456789abcdef';
const p = (label: string, v: string) => expectedPseudonym(KEY, label, v);
const email = (v: string) => p('email', v);
const ipv4 = (v: string) => p('ipv4', v);
const ipv6 = (v: string) => p('ipv6', v);
const user = (v: string) => p('user', v);

const V6_DOC1 = '2001:0db8:0000:0000:0000:0000:0000:0001';
const V6_LINK1 = 'fe80:0000:0000:0000:0000:0000:0000:0001';

/** [name, input, expected output] for the default filter. */
const CASES: Array<[string, string, string]> = [
  // 1. IPv6 after a label whose last letters are hex digits, and with a port
  ['ipv6 label', 'ipv6:2001:db8::1', `ipv6:${ipv6(V6_DOC1)}`],
  ['src label', 'src:2001:db8::1 dst:2001:db8::2', `src:${ipv6(V6_DOC1)} dst:${ipv6('2001:0db8:0000:0000:0000:0000:0000:0002')}`],
  ['node label with zone', 'node:fe80::1%eth0 up', `node:${ipv6(V6_LINK1)} up`],
  ['code label', 'code:fe80::1', `code:${ipv6(V6_LINK1)}`],
  ['addr label, double colon after', 'addr:::1', `addr:${ipv6('0000:0000:0000:0000:0000:0000:0000:0001')}`],
  ['label with =', 'client_ip=2001:db8::1;', `client_ip=${ipv6(V6_DOC1)};`],
  ['unbracketed port on a full address', 'peer 2001:db8:0:0:0:0:0:1:443 closed', `peer ${ipv6(V6_DOC1)}:443 closed`],
  ['tcpdump port', 'IP6 2001:db8::1.443 > 2001:db8::2.51234: Flags', `IP6 ${ipv6(V6_DOC1)}.443 > ${ipv6('2001:0db8:0000:0000:0000:0000:0000:0002')}.51234: Flags`],
  ['glued letters after', 'from 2001:db8::1xyz', `from ${ipv6(V6_DOC1)}xyz`],
  ['prefix length kept', 'route fe80::1/64 via', `route ${ipv6(V6_LINK1)}/64 via`],
  // 2. partly matched addresses: nothing of them may stay
  ['RFC 6531 local part', 'from jörg.müller@example.de ok', `from ${email('jörg.müller@example.de')} ok`],
  ['UTF-8 domain', 'to: alice@müller.example ok', `to: ${email('alice@müller.example')} ok`],
  ['apostrophe', "first.o'brien@example.com", email("first.o'brien@example.com")],
  ['quoted by apostrophes', "user='alice@example.com'", `user='${email('alice@example.com')}'`],
  ['typographic quotes', '„jörg@example.de“', `„${email('jörg@example.de')}“`],
  ['glued to _ and digits', 'export_alice@example.com_2024-05.csv', `${email('export_alice@example.com')}_2024-05.csv`],
  ['digits glued to the TLD', 'alice@example.com2024', `${email('alice@example.com')}2024`],
  ['URL-encoded', 'GET /reset?email=alice%40example.com&x=1', `GET /reset?email=${email('alice@example.com')}&x=1`],
  ['URL-encoded, upper hex and tag', 'q=Alice%2Btag%40Example.COM', `q=${email('alice+tag@example.com')}`],
  ['doubly URL-encoded', 'next=alice%2540example.com', `next=${email('alice@example.com')}`],
  ['logfmt key', 'level=info user=alice@example.com', `level=info user=${email('alice@example.com')}`],
  ['VERP: the whole local part', 'bounces+alice=example.com@lists.example.org', email('bounces+alice=example.com@lists.example.org')],
  ['SRS: the forwarded address', 'SRS0=HHH=TT=example.com=alice@fwd.example.net', `SRS0=${email('hhh=tt=example.com=alice@fwd.example.net')}`],
  ['quoted local part', 'rcpt "john smith"@example.com', `rcpt ${email('"john smith"@example.com')}`],
  ['address literal', 'alice@[192.0.2.1] and bob@[IPv6:2001:db8::1]', `${email('alice@[192.0.2.1]')} and ${email('bob@[ipv6:2001:db8::1]')}`],
  ['URL path', 'GET https://example.com/users/alice@example.com/profile', `GET https://example.com/users/${email('alice@example.com')}/profile`],
  ['mailto', '<a href="mailto:alice@example.com?subject=hi">', `<a href="mailto:${email('alice@example.com')}?subject=hi">`],
  ['name and address', 'From: "Alice Smith" <Alice.Smith@Example.com>', `From: "Alice Smith" <${email('alice.smith@example.com')}>`],
  ['CJK', '名前:山田@例え.jp。', `名前:${email('山田@例え.jp')}。`],
  // 6. hosts of URLs and scp targets are kept; the account is redacted as <user:…>
  ['git over ssh', 'git clone git@github.com:org/repo.git', `git clone ${user('git')}@github.com:org/repo.git`],
  ['URL userinfo', 'postgres://app@db.internal:5432/shop', `postgres://${user('app')}@db.internal:5432/shop`],
  ['URL userinfo with password', 'https://alice:s3cret@host.example.com/', `https://${user('alice:s3cret')}@host.example.com/`],
  ['URL with an encoded e-mail as user', 'imap://alice%40example.com@mail.example.com', `imap://${email('alice@example.com')}@mail.example.com`],
  ['scp to a home directory', 'scp a.txt alice@bastion.example.com:~/in', `scp a.txt ${user('alice')}@bastion.example.com:~/in`],
  // IPv4: glued, ports, tcpdump
  ['IPv4 glued to a label', 'host_10.0.0.1 ip10.0.0.2', `host_${ipv4('10.0.0.1')} ip${ipv4('10.0.0.2')}`],
  ['IPv4 tcpdump port', 'IP 192.168.1.5.51234 > 93.184.216.34.443: Flags', `IP ${ipv4('192.168.1.5')}.51234 > ${ipv4('93.184.216.34')}.443: Flags`],
  ['IPv4 with port and CIDR', '10.0.0.1:8080 10.1.0.0/16', `${ipv4('10.0.0.1')}:8080 ${ipv4('10.1.0.0')}/16`],
  ['IPv4 leading zeros', '010.000.000.001', ipv4('10.0.0.1')],
  ['IPv4 in IPv6', 'client ::ffff:192.0.2.1.', `client ${ipv6('0000:0000:0000:0000:0000:ffff:c000:0201')}.`],
];

/** Text that must stay as it is (not personal data, or not decidable as such). */
const KEPT: Array<[string, string]> = [
  ['hex words with ::', 'cafe:: dead::beef Face::Bad'],
  ['C++ and Ruby scopes', 'std::vector<int> Foo::Bar ::Baz'],
  ['unspecified address', 'listen on ::'],
  ['image digest', `nginx@sha256:${'ab12'.repeat(16)}`],
  ['hosts without a TLD', 'root@localhost alice@intranet'],
  ['times and MACs', '12:30:45 2024-05-01T12:30:45.123Z 00:1a:2b:3c:4d:5e'],
  ['fingerprint', 'SHA256 16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48'],
  ['versions', 'v1.2.3.4 1.2.3 1.2.3.4.5.6 release-2'],
  ['host port', 'localhost:8080 16:9'],
  ['empty local part', 'twitter @alice and @example.com'],
];

/** Decided not to be addresses, but addresses in context: brackets, zone, prefix. */
const HEX_WORDS_IN_CONTEXT: Array<[string, string, string]> = [
  ['bracketed', '[dead::beef]:443', `[${ipv6('dead:0000:0000:0000:0000:0000:0000:beef')}]:443`],
  ['prefix', 'route cafe::/16', `route ${ipv6('cafe:0000:0000:0000:0000:0000:0000:0000')}/16`],
];

describeOnLua('redact.lua against the review\'s attack classes', (vm) => {
  const strings = [...CASES, ...HEX_WORDS_IN_CONTEXT].map(([name, text]) => ({ name, text }));
  const kept = KEPT.map(([name, text]) => ({ name, text }));
  let out: Record<string, { text: string }>;
  beforeAll(() => {
    out = runHarness(vm, 'run', scriptFile(new PiiRedaction().renderScript()), { strings: [...strings, ...kept] }, { env: { REDACTION_KEY: KEY } }).json.strings;
  });

  test.each([...CASES, ...HEX_WORDS_IN_CONTEXT])('%s', (name, _input, expected) => {
    expect(out[name].text).toBe(expected);
  });

  test.each(KEPT)('kept: %s', (name, input) => {
    expect(out[name].text).toBe(input);
  });
});

describeOnLua('redact.lua: user patterns see the original text', (vm) => {
  const redaction = new PiiRedaction({
    patterns: [
      RedactionPattern.luaPattern('"from":"([^"]+)"', 'from'),
      RedactionPattern.luaPattern('customer=(%d+)', 'customer'),
      RedactionPattern.luaPattern('%f[%w]name=(%a+)', 'name'),
    ],
  });
  const record = {
    json: '{"from":"Alice Smith <alice@example.com>","to":"bob@example.org"}',
    mixed: 'customer=4711 from 10.0.0.1 name=Carol via carol@example.com',
    // the user pattern ends inside an e-mail address: one pseudonym covers both
    overlap: 'name=alice@example.com',
  };
  let result: Record<string, string>;
  beforeAll(() => {
    const r = runHarness(vm, 'run', scriptFile(redaction.renderScript()), { records: [{ name: 'r', record }] }, { env: { REDACTION_KEY: KEY } });
    result = r.json.records.r.record as unknown as Record<string, string>;
  });

  test('a pattern spanning a built-in match hides all of it: the name next to the address is not left in clear', () => {
    expect(result.json).toBe(`{"from":"${p('from', 'Alice Smith <alice@example.com>')}","to":"${email('bob@example.org')}"}`);
    expect(result.json).not.toContain('Alice');
  });

  test('patterns and built-ins side by side each get their own pseudonym', () => {
    expect(result.mixed).toBe(`customer=${p('customer', '4711')} from ${ipv4('10.0.0.1')} name=${p('name', 'Carol')} via ${email('carol@example.com')}`);
  });

  test('overlapping matches become one pseudonym, of the span that covers them', () => {
    expect(result.overlap).toBe(`name=${email('alice@example.com')}`);
  });
});
