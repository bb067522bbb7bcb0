import * as fs from 'fs';
import { Token } from 'cdktf';
import { MissingKeyBehavior, OversizeBehavior, PiiKind, PiiRedaction, RedactionPattern } from '../../../lib/audit/redaction';
import { BAD_PATTERNS, GOOD_PATTERNS } from './patterns';
import { RAW_SCRIPT } from './lua-runner';

const RAW = fs.readFileSync(RAW_SCRIPT, 'utf8');

/** The PII_REDACTION_CONFIG lines rendered in front of redact.lua. */
function preamble(redaction: PiiRedaction): string[] {
  const script = redaction.renderScript();
  expect(script.endsWith(RAW)).toBe(true);
  return script.slice(0, script.length - RAW.length).split('\n');
}

describe('PiiRedaction defaults', () => {
  const redaction = new PiiRedaction();

  test('every built-in matcher is on, the key comes from REDACTION_KEY, a missing key masks', () => {
    expect(redaction.enabledMatchers).toEqual([PiiKind.EMAIL, PiiKind.IPV4, PiiKind.IPV6]);
    expect(redaction.keyEnvironmentVariable).toBe('REDACTION_KEY');
    expect(redaction.missingKeyBehavior).toBe(MissingKeyBehavior.MASK);
    expect(redaction.redactMapKeys).toBe(true);
    expect(redaction.match).toBe('*');
    expect(redaction.patterns).toEqual([]);
    expect(redaction.maxRecordBytes).toBe(1048576);
    expect(redaction.oversizeBehavior).toBe(OversizeBehavior.TOMBSTONE);
  });

  test('the script is the configuration table followed by redact.lua unchanged, with no key in it', () => {
    expect(preamble(redaction)).toEqual([
      '-- Configuration rendered by cdktf-sovereign (PiiRedaction); redact.lua follows unchanged.',
      'PII_REDACTION_CONFIG = {',
      '  key_env = "REDACTION_KEY",',
      '  email = true,',
      '  ipv4 = true,',
      '  ipv6 = true,',
      '  on_missing_key = "mask",',
      '  redact_keys = true,',
      '  max_record_bytes = 1048576,',
      '  on_oversize = "tombstone",',
      '  patterns = {',
      '  },',
      '}',
      '',
    ]);
    expect(PiiRedaction.scriptSource()).toBe(RAW);
    expect(PiiRedaction.SCRIPT_FILE_NAME).toBe('redact.lua');
  });

  test('filter settings: lua filter on every record, calling redact, protected mode off (fail closed)', () => {
    const props = redaction.filterProperties();
    expect(props).toEqual({ name: 'lua', match: '*', script: 'redact.lua', call: 'redact', protected_mode: 'false' });
    expect(props.call).toBe(PiiRedaction.CALL_FUNCTION);
    expect(props.protected_mode).toBe('false');
  });

  test('classic [FILTER] section', () => {
    expect(redaction.renderClassicFilter('/fluent-bit/scripts/redact.lua')).toBe(
      [
        '[FILTER]',
        '    name           lua',
        '    match          *',
        '    script         /fluent-bit/scripts/redact.lua',
        '    call           redact',
        '    protected_mode false',
        '',
      ].join('\n'),
    );
  });
});

describe('PiiRedaction options', () => {
  test('options land in the configuration table', () => {
    const redaction = new PiiRedaction({
      disabledMatchers: [PiiKind.IPV4],
      keyEnvironmentVariable: 'AUDIT_PSEUDONYM_KEY',
      missingKeyBehavior: MissingKeyBehavior.DROP,
      redactMapKeys: false,
      match: 'kube.*',
      patterns: [RedactionPattern.luaPattern('customer=(%d+)', 'customer')],
    });
    expect(redaction.enabledMatchers).toEqual([PiiKind.EMAIL, PiiKind.IPV6]);
    const lines = preamble(redaction);
    expect(lines).toContain('  key_env = "AUDIT_PSEUDONYM_KEY",');
    expect(lines).toContain('  email = true,');
    expect(lines).toContain('  ipv4 = false,');
    expect(lines).toContain('  ipv6 = true,');
    expect(lines).toContain('  on_missing_key = "drop",');
    expect(lines).toContain('  redact_keys = false,');
    expect(lines).toContain('    { label = "customer", pattern = "customer=(%d+)" },');
    expect(redaction.filterProperties().match).toBe('kube.*');
  });

  test('the size bound and what happens above it land in the configuration table', () => {
    const redaction = new PiiRedaction({ maxRecordBytes: 65536, oversizeBehavior: OversizeBehavior.BUILTINS_ONLY });
    expect(redaction.maxRecordBytes).toBe(65536);
    const lines = preamble(redaction);
    expect(lines).toContain('  max_record_bytes = 65536,');
    expect(lines).toContain('  on_oversize = "builtins",');
  });

  test('patterns added after construction still land in the script, in order', () => {
    const redaction = new PiiRedaction({ patterns: [RedactionPattern.luaPattern('a%d+')] });
    redaction.addPattern(RedactionPattern.luaPattern('b%d+', 'b_number'));
    const lines = preamble(redaction);
    const first = lines.indexOf('    { label = "pii", pattern = "a%d+" },');
    const second = lines.indexOf('    { label = "b_number", pattern = "b%d+" },');
    expect(first).toBeGreaterThan(-1);
    expect(second).toBe(first + 1);
    expect(redaction.patterns.map((p) => p.label)).toEqual(['pii', 'b_number']);
  });

  test('quotes, backslashes and non-ASCII bytes are escaped as Lua string escapes', () => {
    const redaction = new PiiRedaction({
      patterns: [RedactionPattern.luaPattern('"customer":(%d+)'), RedactionPattern.luaPattern('Straße\\%d+', 'street')],
    });
    const lines = preamble(redaction);
    expect(lines).toContain('    { label = "pii", pattern = "\\"customer\\":(%d+)" },');
    expect(lines).toContain('    { label = "street", pattern = "Stra\\195\\159e\\\\%d+" },');
  });

  test('all built-ins off is fine when a pattern remains', () => {
    const redaction = new PiiRedaction({
      disabledMatchers: [PiiKind.EMAIL, PiiKind.IPV4, PiiKind.IPV6],
      patterns: [RedactionPattern.luaPattern('customer=(%d+)')],
    });
    expect(redaction.enabledMatchers).toEqual([]);
    expect(preamble(redaction)).toContain('  email = false,');
  });

  test.each(GOOD_PATTERNS)('accepts the pattern %p', (pattern) => {
    expect(RedactionPattern.luaPattern(pattern).pattern).toBe(pattern);
  });
});

describe('PiiRedaction misuse', () => {
  test.each(BAD_PATTERNS)('rejects the pattern %p', (pattern, fix) => {
    expect(() => RedactionPattern.luaPattern(pattern)).toThrow('PII redaction pattern: got ');
    expect(() => RedactionPattern.luaPattern(pattern)).toThrow('Allowed: a Lua pattern of 1-256 bytes that is searched anywhere in each string in time linear');
    expect(() => RedactionPattern.luaPattern(pattern)).toThrow(/ Fix: /);
    expect(() => RedactionPattern.luaPattern(pattern)).toThrow(fix);
  });

  test('the message names the pattern received', () => {
    expect(() => RedactionPattern.luaPattern('^user=%d+')).toThrow(
      /^PII redaction pattern: got "\^user=%d\+"\. Allowed: .*Fix: drop the leading \^: patterns are searched anywhere in every string/,
    );
  });

  test('rejects a token as pattern', () => {
    const token = Token.asString({ Ref: 'x' });
    expect(() => RedactionPattern.luaPattern(token)).toThrow(
      /PII redaction pattern: got .*Allowed: a literal string known at synth time .*Fix: pass the pattern as a plain string/,
    );
  });

  test.each(['', 'Customer', '1abc', 'has-dash', 'x'.repeat(17), 'email', 'ipv4', 'ipv6', 'user'])('rejects the label %p', (label) => {
    expect(() => RedactionPattern.luaPattern('id=(%d+)', label)).toThrow(
      /PII redaction pattern label: got .*Allowed: 1-16 characters of a-z, 0-9 and _, starting with a letter, other than the built-in labels email, ipv4, ipv6, user\. Fix: choose a short lower-case name/,
    );
  });

  test.each(['', '1KEY', 'REDACTION-KEY', 'KEY NAME', Token.asString({ Ref: 'k' })])('rejects the key variable %p', (name) => {
    expect(() => new PiiRedaction({ keyEnvironmentVariable: name })).toThrow(
      /PiiRedaction keyEnvironmentVariable: got .*Allowed: an environment variable name: letters, digits and _, not starting with a digit\. Fix: use a name such as "REDACTION_KEY"/,
    );
  });

  test.each(['', ' *', 'kube.*\n[OUTPUT]', 'a\tb'])('rejects the match %p', (match) => {
    expect(() => new PiiRedaction({ match })).toThrow(
      /PiiRedaction match: got .*Allowed: a Fluent Bit Match pattern on one line, e\.g\. "\*" or "kube\.\*"\. Fix: give the tag pattern/,
    );
  });

  test.each(['', 'redact.lua\n    call other', ' redact.lua'])('rejects the script path %p', (scriptPath) => {
    const redaction = new PiiRedaction();
    expect(() => redaction.filterProperties(scriptPath)).toThrow(
      /PiiRedaction script path: got .*Allowed: a file path on one line.*Fix: give the path where the ConfigMap holding renderScript\(\) is mounted\./,
    );
    expect(() => redaction.renderClassicFilter(scriptPath)).toThrow(/PiiRedaction script path: got /);
  });

  test('rejects an unknown matcher kind with a suggestion', () => {
    expect(() => new PiiRedaction({ disabledMatchers: ['ipv5' as PiiKind] })).toThrow(
      /PiiRedaction disabledMatchers entry: got "ipv5"\. Allowed: email, ipv4, ipv6\. Did you mean "ipv4" or "ipv6"\? Fix: list only PiiKind values/,
    );
  });

  test.each([0, 1023, 1.5, -1, Number.NaN, 2 ** 60])('rejects maxRecordBytes %p', (maxRecordBytes) => {
    expect(() => new PiiRedaction({ maxRecordBytes })).toThrow(
      /PiiRedaction maxRecordBytes: got .*Allowed: a whole number of bytes, at least 1024, known at synth time\. Fix: leave it at the default \(1048576, 1 MiB\)/,
    );
  });

  test('rejects an unknown oversize behaviour', () => {
    expect(() => new PiiRedaction({ oversizeBehavior: 'pass' as OversizeBehavior })).toThrow(
      /PiiRedaction oversizeBehavior: got "pass"\. Allowed: tombstone, builtins\. .*Fix: use OversizeBehavior\.TOMBSTONE/,
    );
  });

  test('rejects an unknown missing-key behaviour', () => {
    expect(() => new PiiRedaction({ missingKeyBehavior: 'pass' as MissingKeyBehavior })).toThrow(
      /PiiRedaction missingKeyBehavior: got "pass"\. Allowed: mask, drop\. .*Fix: use MissingKeyBehavior\.MASK/,
    );
  });

  test('rejects a filter that redacts nothing', () => {
    expect(() => new PiiRedaction({ disabledMatchers: [PiiKind.EMAIL, PiiKind.IPV4, PiiKind.IPV6] })).toThrow(
      /PiiRedaction disabledMatchers: got \["email","ipv4","ipv6"\]\. Allowed: at most two of email, ipv4, ipv6 disabled, or at least one pattern\. Fix: keep at least one built-in matcher/,
    );
  });

  test('rejects the same pattern twice', () => {
    const redaction = new PiiRedaction({ patterns: [RedactionPattern.luaPattern('id=(%d+)')] });
    expect(() => redaction.addPattern(RedactionPattern.luaPattern('id=(%d+)'))).toThrow(
      /PiiRedaction pattern: got "id=\(%d\+\)"\. Allowed: each pattern and label once\. Fix: remove the repeated pattern\./,
    );
    expect(redaction.patterns).toHaveLength(1);
  });

  test('rejects something that is not a RedactionPattern', () => {
    const redaction = new PiiRedaction();
    expect(() => redaction.addPattern({ pattern: 'x+', label: 'pii' } as unknown as RedactionPattern)).toThrow(
      /PiiRedaction pattern: got .*Allowed: a RedactionPattern\. Fix: create it with RedactionPattern\.luaPattern/,
    );
  });
});
