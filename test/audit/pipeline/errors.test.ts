import { Fn } from 'cdktf';
import { Construct } from 'constructs';
import { AuditLogPipeline, AuditLogPipelineProps } from '../../../lib/audit/pipeline/pipeline';
import { PiiRedaction } from '../../../lib/audit/redaction';
import { AuditLogStore } from '../../../lib/audit/store';
import { Jurisdiction } from '../../../lib/core/jurisdiction';
import { SovereigntyPolicy } from '../../../lib/core/policy';
import { Peer } from '../../../lib/kubernetes/peer';
import { EuBucket, IEuBucket } from '../../../lib/storage/eu-bucket';
import { errorOf, testStack } from '../helpers';
import { build, DIGEST } from './fixture';

const W = 'AuditLogPipeline "audit/AuditPipeline"';
const bad = (props: Partial<AuditLogPipelineProps>) => errorOf(() => build(props));

describe('AuditLogPipeline misuse', () => {
  test('no endpoint addresses for the egress policy', () => {
    expect(bad({ bucketEndpointCidrs: [] })).toBe(
      `${W} bucketEndpointCidrs: got []. Allowed: one or more CIDR blocks of the bucket endpoint, for the egress NetworkPolicy (the namespace denies all other egress). `
      + 'Fix: resolve s3.fr-par.scw.cloud (dig +short) or take the provider\'s published ranges, e.g. [\'203.0.113.0/24\'].');
  });

  test('an endpoint address that is not a CIDR block', () => {
    expect(bad({ bucketEndpointCidrs: ['51.159.1.2/16'] })).toBe(
      'Peer.ipBlock() cidr: got "51.159.1.2/16". Allowed: an IPv4 or IPv6 CIDR block whose address has no bits set after the prefix, e.g. "192.0.2.0/24" or "2001:db8::/32". Fix: use the network address: "51.159.0.0/16".');
  });

  test('an API server outside the jurisdiction', () => {
    expect(bad({ apiServer: Peer.ipBlock('198.51.100.0/24', { country: 'US' }) })).toMatch(
      /^audit\/AuditPipeline\/Namespace\.allowTo\(198\.51\.100\.0\/24 \(US\)\): got "198\.51\.100\.0\/24 in US"\. Allowed: destinations within the policy's jurisdiction \(EU\)/);
  });

  test('an API server without a country', () => {
    expect(bad({ apiServer: Peer.ipBlock('10.0.0.1/32') })).toMatch(/^audit\/AuditPipeline\/Namespace\.allowTo\(10\.0\.0\.1\/32\): got "10\.0\.0\.1\/32 without a country"\./);
  });

  test('a bucket outside the pipeline\'s jurisdiction', () => {
    const t = testStack({ clusterLocation: 'DE' }, true);
    const store = new AuditLogStore(t.stack, 'AuditLogs', { provider: 'scaleway', region: 'fr-par', bucketName: 'acme-audit-logs' });
    const scope = new Construct(t.stack, 'Germany');
    new SovereigntyPolicy({ jurisdiction: Jurisdiction.countries(['DE']) }).applyTo(scope);
    expect(errorOf(() => new AuditLogPipeline(scope, 'AuditPipeline', {
      bucket: store, bucketEndpointCidrs: ['51.159.0.0/16'], apiServer: Peer.ipBlock('10.0.0.1/32', { country: 'DE' }), owner: 'ops',
    }))).toMatch(/^AuditLogPipeline "audit\/Germany\/AuditPipeline" bucket region of Scaleway: got "fr-par"\. Allowed: a region within the policy's jurisdiction \(DE\)/);
  });

  test('a mutable bucket (an EuBucket without object lock) is refused', () => {
    const t = testStack({ clusterLocation: 'FR' }, true);
    const plain = new EuBucket(t.stack, 'Plain', { provider: 'scaleway', region: 'fr-par', bucketName: 'acme-logs' });
    expect(errorOf(() => new AuditLogPipeline(t.stack, 'AuditPipeline', {
      bucket: plain, bucketEndpointCidrs: ['51.159.0.0/16'], apiServer: Peer.ipBlock('10.0.0.1/32', { country: 'FR' }), owner: 'ops',
    }))).toBe(`${W} bucket: got "audit/Plain (no object lock, no expiry)". Allowed: a bucket with object lock and a lifecycle expiry: audit logs must not be alterable, nor kept forever. `
      + 'Fix: store the logs in an AuditLogStore (object lock for the policy minimum, expiry at the policy maximum).');
  });

  test('a bucket whose name is only known at apply', () => {
    const t = testStack({ clusterLocation: 'FR' }, true);
    const store = new AuditLogStore(t.stack, 'AuditLogs', { provider: 'scaleway', region: 'fr-par', bucketName: Fn.lower('ACME-AUDIT') });
    expect(errorOf(() => new AuditLogPipeline(t.stack, 'AuditPipeline', {
      bucket: store, bucketEndpointCidrs: ['51.159.0.0/16'], apiServer: Peer.ipBlock('10.0.0.1/32', { country: 'FR' }), owner: 'ops',
    }))).toMatch(/^AuditLogPipeline "audit\/AuditPipeline" bucket: got "\$\{TfToken\[TOKEN\.\d+\]\}"\. Allowed: a bucket with a literal name\. Fix: name the bucket with a literal string: it is written into the Fluent Bit configuration file\.$/);
  });

  test('something that is not a bucket', () => {
    expect(bad({ bucket: { bucketName: 1 } as unknown as IEuBucket })).toBe(
      `${W} bucket: got {"bucketName":1}. Allowed: an IEuBucket (an AuditLogStore or an EuBucket). Fix: create the store with new AuditLogStore(...) and pass it.`);
  });

  test('an invalid namespace name', () => {
    expect(bad({ namespace: 'Audit_Logging' })).toBe(
      `${W} namespace: got "Audit_Logging". Allowed: a DNS-1123 label: 1 to 63 characters, lower-case letters, digits and "-", starting and ending with a letter or digit. Fix: use a valid name such as "audit-logging".`);
  });

  test('an owner that is not a label value', () => {
    expect(bad({ owner: 'team platform' })).toMatch(/^AuditLogPipeline "audit\/AuditPipeline" owner: got "team platform"\. Allowed: a Kubernetes label value/);
  });

  test('an image with a tag or digest in it', () => {
    expect(bad({ image: 'cr.fluentbit.io/fluent/fluent-bit:4.2.8' })).toBe(
      `${W} image: got "cr.fluentbit.io/fluent/fluent-bit:4.2.8". Allowed: an image repository without tag or digest, e.g. "cr.fluentbit.io/fluent/fluent-bit" or "registry.example.eu/mirror/fluent-bit". Fix: give the tag as \`version\` and the digest as \`imageDigest\`.`);
  });

  test('"latest" as version', () => {
    expect(bad({ version: 'latest' })).toBe(
      `${W} version: got "latest". Allowed: an image tag such as "4.2.8" (not "latest", which moves). Fix: use a released Fluent Bit version, e.g. "4.2.8".`);
  });

  test('a malformed digest', () => {
    expect(bad({ imageDigest: 'sha256:abc' })).toBe(
      `${W} imageDigest: got "sha256:abc". Allowed: "sha256:" followed by 64 lower-case hex digits. Fix: take it from \`crane digest cr.fluentbit.io/fluent/fluent-bit:4.2.8\` (or docker buildx imagetools inspect).`);
  });

  test('a relative or comma-separated audit-log path', () => {
    for (const path of ['var/log/audit.log', '/var/log/a.log,/var/log/b.log', '/var/*/audit.log', '/var/log/../etc/shadow']) {
      expect(bad({ apiServerAuditLogPath: path })).toBe(
        `${W} apiServerAuditLogPath: got ${JSON.stringify(path)}. Allowed: an absolute file path (a glob only in the file name), without "..", spaces or commas. Fix: use the --audit-log-path of the API server, e.g. "/var/log/kubernetes/audit/audit.log".`);
    }
  });

  test('an audit-log path that would break the configuration file', () => {
    expect(bad({ apiServerAuditLogPath: '/var/log/${HOME}/audit.log' })).toBe(
      `${W} apiServerAuditLogPath: got "/var/log/\${HOME}/audit.log". Allowed: a non-empty value on one line, without surrounding spaces, without "\${" (environment-variable expansion) and not starting with "@". Fix: give one absolute host path, e.g. "/var/log/kubernetes/audit/audit.log".`);
  });

  test('a key prefix with a leading slash', () => {
    expect(bad({ keyPrefix: '/prod' })).toBe(
      `${W} keyPrefix: got "/prod". Allowed: lower-case letters, digits, ".", "_", "-" in segments separated by "/", without leading or trailing "/", at most 200 characters. Fix: use e.g. the cluster name, "prod-eu-1".`);
  });

  test('an upload interval out of range', () => {
    expect(bad({ uploadIntervalMinutes: 0 })).toBe(
      `${W} uploadIntervalMinutes: got 0. Allowed: a whole number of minutes from 1 to 60. Fix: use 10 (the default); a shorter interval writes more, smaller objects.`);
  });

  test('max nodes out of range', () => {
    expect(bad({ maxNodes: 0 })).toBe(
      `${W} maxNodes: got 0. Allowed: a whole number from 1 to 5000 (the Kubernetes scalability limit). Fix: give the largest node count the cluster will reach.`);
  });

  test('a request above its limit', () => {
    expect(bad({ resources: { cpuRequest: '2', cpuLimit: '1', memoryRequest: '128Mi', memoryLimit: '512Mi' } })).toBe(
      `${W} resources CPU: got {"cpuRequest":"2","cpuLimit":"1","memoryRequest":"128Mi","memoryLimit":"512Mi"}. Allowed: a request at most the limit. Fix: lower the request or raise the limit.`);
  });

  test('a secret revision below 1', () => {
    expect(bad({ secretRevision: 0 })).toBe(
      `${W} secretRevision: got 0. Allowed: a whole number of at least 1. Fix: increase it by one each time the key variables change.`);
  });

  test('a redaction that is not a PiiRedaction', () => {
    expect(bad({ redaction: {} as PiiRedaction })).toBe(
      `${W} redaction: got {}. Allowed: a PiiRedaction. Fix: pass new PiiRedaction({...}) or leave it out for the default.`);
  });

  test('a redaction key variable that would overwrite the bucket credentials', () => {
    expect(bad({ redaction: new PiiRedaction({ keyEnvironmentVariable: 'AWS_SECRET_ACCESS_KEY' }) })).toBe(
      `${W} redaction keyEnvironmentVariable: got "AWS_SECRET_ACCESS_KEY". Allowed: a name other than AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, which carry the bucket credentials. Fix: leave keyEnvironmentVariable at its default, "REDACTION_KEY".`);
  });

  test('an API server port out of range', () => {
    expect(bad({ apiServerPort: 70000 })).toBe(`${W} apiServerPort: got 70000. Allowed: an integer port number from 1 to 65535. Fix: use the port the container listens on, e.g. 8080.`);
  });

  test('no API server peer', () => {
    expect(bad({ apiServer: undefined })).toBe(
      `${W} apiServer: got undefined. Allowed: a network peer for the API server endpoint, e.g. Peer.ipBlock('10.250.0.10/32', { country: 'DE' }). Fix: give the endpoint address of kubernetes.default.svc (kubectl get endpointslices -n default) and its country.`);
  });

  test('two pipelines with the same namespace in one stack', () => {
    const b = build();
    expect(errorOf(() => new AuditLogPipeline(b.stack, 'Second', {
      bucket: b.store, bucketEndpointCidrs: ['51.159.0.0/16'], apiServer: Peer.ipBlock('10.0.0.1/32', { country: 'FR' }), owner: 'ops', imageDigest: DIGEST,
    }))).toMatch(/^AuditLogPipeline "audit\/Second" namespace: got "audit-logging"\. Allowed: one AuditLogPipeline per namespace name in a stack\./);
  });

  test('missing props', () => {
    const t = testStack({}, true);
    expect(errorOf(() => new AuditLogPipeline(t.stack, 'P', undefined as unknown as AuditLogPipelineProps))).toBe(
      'AuditLogPipeline props: got undefined. Allowed: an AuditLogPipelineProps object. Fix: pass { bucket, bucketEndpointCidrs, apiServer, owner }.');
  });
});
