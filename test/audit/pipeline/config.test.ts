import { PiiRedaction, RedactionPattern } from '../../../lib/audit/redaction';
import { describeOnLua, expectedPseudonym, runHarness, scriptFile } from '../redaction/lua-runner';
import { asMap, ClassicConfigError, parseClassic, ParsedSection, valueOf } from '../fluent-bit-parser';
import { build, configFiles, fluentBitConfig, only, podSpec } from './fixture';

const KEY = '0123456789abcdef0123456789abcdef';

const names = (sections: ParsedSection[]) => sections.map((s) => `${s.name}:${s.entries.find(([k]) => k.toLowerCase() === 'name')?.[1] ?? ''}`);

describe('the parser reads the classic format as Fluent Bit does', () => {
  test('sections, comments, alignment and values with spaces', () => {
    const parsed = parseClassic('# comment\n[SERVICE]\n    Flush  5\n\n[INPUT]\n    Name             tail\n    multiline.parser docker, cri\n');
    expect(parsed).toEqual([
      { name: 'SERVICE', entries: [['Flush', '5']] },
      { name: 'INPUT', entries: [['Name', 'tail'], ['multiline.parser', 'docker, cri']] },
    ]);
  });

  test('rejects what Fluent Bit rejects', () => {
    expect(() => parseClassic('    Name tail\n')).toThrow(ClassicConfigError);
    expect(() => parseClassic('[INPUT]\n    Name tail\n  Tag x\n')).toThrow('inconsistent indentation');
    expect(() => parseClassic('[INPUT]\n\tName tail\n')).toThrow('tabs');
    expect(() => parseClassic('[INPUT]\n    Name\n')).toThrow('has no value');
  });
});

describe('fluent-bit.conf of the default pipeline', () => {
  const { json } = build();
  const sections = fluentBitConfig(json);

  test('sections in order: service, container-log input, kubernetes metadata, PII redaction, S3 output', () => {
    expect(names(sections)).toEqual(['SERVICE:', 'INPUT:tail', 'FILTER:kubernetes', 'FILTER:lua', 'OUTPUT:s3']);
  });

  test('redaction runs after the metadata filter and before every output, on every record, fail-closed', () => {
    const kubernetes = sections.findIndex((s) => s.name === 'FILTER' && valueOf(s, 'Name') === 'kubernetes');
    const lua = sections.findIndex((s) => s.name === 'FILTER' && valueOf(s, 'Name') === 'lua');
    const outputs = sections.map((s, i) => (s.name === 'OUTPUT' ? i : -1)).filter((i) => i >= 0);
    expect(kubernetes).toBeGreaterThan(0);
    expect(lua).toBeGreaterThan(kubernetes);
    expect(outputs.length).toBeGreaterThan(0);
    expect(outputs.every((i) => i > lua)).toBe(true);
    const filter = asMap(sections[lua]);
    expect(filter).toEqual({
      name: 'lua', alias: 'pii_redaction', match: '*', script: '/fluent-bit/config/redact.lua', call: 'redact', protected_mode: 'false',
    });
  });

  test('service: no HTTP server, filesystem buffering on the node', () => {
    const service = asMap(sections[0]);
    expect(service.http_server).toBe('Off');
    expect(service['storage.path']).toBe('/var/lib/cdktf-sovereign-audit/buffer');
    expect(service['storage.checksum']).toBe('On');
    expect(service.parsers_file).toBe('/fluent-bit/config/parsers.conf');
  });

  test('input: every container log, both runtime formats, positions kept on the node', () => {
    const input = asMap(sections[1]);
    expect(input.path).toBe('/var/log/containers/*.log');
    expect(input.tag).toBe('kube.*');
    expect(input['multiline.parser']).toBe('docker, cri');
    expect(input.db).toBe('/var/lib/cdktf-sovereign-audit/tail-containers.db');
    expect(input.read_from_head).toBe('On');
    expect(input.skip_long_lines).toBe('On');
    expect(input['storage.type']).toBe('filesystem');
  });

  test('kubernetes filter: in-cluster API with the service-account token; pods cannot opt out', () => {
    const filter = asMap(sections[2]);
    expect(filter.match).toBe('kube.*');
    expect(filter.kube_url).toBe('https://kubernetes.default.svc:443');
    expect(filter.kube_ca_file).toBe('/var/run/secrets/kubernetes.io/serviceaccount/ca.crt');
    expect(filter.kube_token_file).toBe('/var/run/secrets/kubernetes.io/serviceaccount/token');
    expect(filter.kube_tag_prefix).toBe('kube.var.log.containers.');
    expect(filter['k8s-logging.exclude']).toBe('Off');
    expect(filter['k8s-logging.parser']).toBe('Off');
  });

  test('output: the EU bucket over verified TLS, gzip, Content-MD5 for object lock, one object per upload', () => {
    const output = asMap(sections[4]);
    expect(output).toEqual({
      name: 's3',
      alias: 'audit_store',
      match: '*',
      bucket: 'acme-audit-logs',
      region: 'fr-par',
      endpoint: 'https://s3.fr-par.scw.cloud',
      tls: 'On',
      'tls.verify': 'On',
      send_content_md5: 'true',
      use_put_object: 'On',
      compression: 'gzip',
      total_file_size: '50M',
      upload_timeout: '10m',
      s3_key_format: '/kubernetes/%Y/%m/%d/%H/$TAG/%M%S-$UUID.gz',
      store_dir: '/var/lib/cdktf-sovereign-audit/s3',
      store_dir_limit_size: '1G',
      json_date_key: 'date',
      json_date_format: 'iso8601',
      retry_limit: '10',
    });
    expect(new URL(output.endpoint).protocol).toBe('https:');
  });

  test('the paths in the configuration are the ones mounted in the pod', () => {
    const mounts = podSpec(json).container[0].volume_mount as Array<{ name: string; mount_path: string; read_only?: boolean }>;
    const byPath = Object.fromEntries(mounts.map((m) => [m.mount_path, m]));
    expect(byPath['/fluent-bit/config'].read_only).toBe(true);
    expect(byPath['/var/log'].read_only).toBe(true);
    expect(byPath['/var/lib/cdktf-sovereign-audit'].read_only).toBeUndefined();
    expect(podSpec(json).container[0].args).toEqual(['-c', '/fluent-bit/config/fluent-bit.conf']);
    expect(Object.keys(configFiles(json)).sort()).toEqual(['fluent-bit.conf', 'parsers.conf', 'redact.lua']);
  });
});

describe('options that change the configuration', () => {
  test('the API-server audit log of a self-managed control plane is a second input, parsed as JSON and redacted too', () => {
    const { json } = build({ apiServerAuditLogPath: '/etc/kubernetes/audit/audit.log', apiServerPort: 6443, keyPrefix: 'prod-eu-1', uploadIntervalMinutes: 5 });
    const sections = fluentBitConfig(json);
    expect(names(sections)).toEqual(['SERVICE:', 'INPUT:tail', 'INPUT:tail', 'FILTER:kubernetes', 'FILTER:lua', 'OUTPUT:s3']);
    const audit = asMap(sections[2]);
    expect(audit.path).toBe('/etc/kubernetes/audit/audit.log');
    expect(audit.tag).toBe('apiserver.audit');
    expect(audit.parser).toBe('k8s-audit-json');
    expect(audit.db).toBe('/var/lib/cdktf-sovereign-audit/tail-apiserver-audit.db');
    // The kubernetes filter does not touch audit events; redaction matches every tag.
    expect(valueOf(sections[3], 'Match')).toBe('kube.*');
    expect(valueOf(sections[3], 'Kube_URL')).toBe('https://kubernetes.default.svc:6443');
    expect(valueOf(sections[4], 'Match')).toBe('*');
    expect(valueOf(sections[5], 's3_key_format')).toBe('/prod-eu-1/%Y/%m/%d/%H/$TAG/%M%S-$UUID.gz');
    expect(valueOf(sections[5], 'upload_timeout')).toBe('5m');
    expect(parseClassic(configFiles(json)['parsers.conf'])).toEqual([{ name: 'PARSER', entries: [['Name', 'k8s-audit-json'], ['Format', 'json']] }]);
    // Outside /var/log: its directory is mounted read-only.
    const spec = podSpec(json);
    expect(spec.volume).toContainEqual({ name: 'apiserver-audit', host_path: { path: '/etc/kubernetes/audit', type: 'Directory' } });
    expect(spec.container[0].volume_mount).toContainEqual({ name: 'apiserver-audit', mount_path: '/etc/kubernetes/audit', read_only: true });
  });

  test('an audit log under /var/log needs no extra mount', () => {
    const { json } = build({ apiServerAuditLogPath: '/var/log/kubernetes/audit/*.log' });
    expect(podSpec(json).volume.map((v: { name: string }) => v.name)).toEqual(['config', 'host-logs', 'state']);
  });

  test('patterns added to the redaction after construction land in the script, and the pods roll', () => {
    const redaction = new PiiRedaction();
    const before = build({ redaction });
    const hashBefore = only(before.json, 'kubernetes_daemon_set_v1').spec.template.metadata.annotations['cdktf-sovereign.org/config-sha256'];
    redaction.addPattern(RedactionPattern.luaPattern('customer=(%d+)', 'customer'));
    const after = build({ redaction });
    const script = configFiles(after.json)['redact.lua'];
    expect(script).toBe(redaction.renderScript());
    expect(script).toContain('{ label = "customer", pattern = "customer=(%d+)" },');
    const hashAfter = only(after.json, 'kubernetes_daemon_set_v1').spec.template.metadata.annotations['cdktf-sovereign.org/config-sha256'];
    expect(hashAfter).toMatch(/^[0-9a-f]{64}$/);
    expect(hashAfter).not.toBe(hashBefore);
  });
});

describeOnLua('the redact.lua in the ConfigMap, run as Fluent Bit runs it', (vm) => {
  test('pseudonymises the e-mail and IP address of a container record and its metadata', () => {
    const script = scriptFile(configFiles(build().json)['redact.lua']);
    const record = { log: 'login alice@example.com from 203.0.113.7', kubernetes: { labels: { owner: 'bob@example.org' } }, stream: 'stdout' };
    const out = runHarness(vm, 'run', script, { records: [{ name: 'r', tag: 'kube.var.log.containers.x', timestamp: 0, record }] }, {
      env: { REDACTION_KEY: KEY },
    }).json.records.r;
    // 2: record replaced, original timestamp kept (filter_lua return codes).
    expect(out.code).toBe(2);
    expect(out.timestamp).toBe(0);
    expect(out.record.log).toBe(`login ${expectedPseudonym(KEY, 'email', 'alice@example.com')} from ${expectedPseudonym(KEY, 'ipv4', '203.0.113.7')}`);
    expect(out.record.kubernetes.labels.owner).toBe(expectedPseudonym(KEY, 'email', 'bob@example.org'));
    expect(out.record.stream).toBe('stdout');
  });
});
