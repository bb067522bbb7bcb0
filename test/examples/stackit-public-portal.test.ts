/*
 * The stackit-public-portal example end to end: synthesized by a real cdktf App with the gdpr
 * and gaiax-l2 packs under a Germany-only policy, asserting zero open findings, the
 * suppressions with their reasons, the security-relevant fields of the synthesized JSON one by
 * one, and that the policy refuses anything outside Germany at construction time. Real
 * Terraform cannot check this stack here: the kubernetes provider binary is not on this machine
 * (the S3-compatible buckets and the backend are checked by test/storage and test/audit).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { EuBucket, Peer, SovereigntyChecks } from '../../lib';
import { PUBLIC_PORTAL_PACKS, StackitPublicPortalStack } from '../../examples/stackit-public-portal/stack';
import { missingReports, resourceAt, suppressedFindings } from './helpers';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function synthesize(): { stack: StackitPublicPortalStack; dir: string } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sov-example-portal-'));
  const app = new App({ outdir });
  const stack = new StackitPublicPortalStack(app, 'stackit-public-portal');
  app.synth();
  return { stack, dir: path.join(outdir, 'stacks', 'stackit-public-portal') };
}

describe('stackit-public-portal synthesized with the checks', () => {
  const { stack, dir } = synthesize();
  const config: Json = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8'));
  const report = SovereigntyChecks.reportOf(stack)!;

  test('zero open findings with gdpr and gaiax-l2 under a Germany-only policy', () => {
    expect(report.context.packs).toEqual(PUBLIC_PORTAL_PACKS.map((p) => p.id));
    expect(report.context.policy).toEqual(expect.objectContaining({ jurisdiction: 'DE', gaiaxLabel: 'L2', clusterLocation: 'DE' }));
    expect(report.summary).toEqual(expect.objectContaining({ errors: 0, warnings: 0, infos: 0, notEvaluated: 0 }));
    expect(report.findings.filter((f) => !f.suppressed)).toEqual([]);
    expect(missingReports(dir)).toEqual([]);
  });

  test('the only suppressions are Pod Security of the audit pipeline, each with the reason on record', () => {
    const suppressed = suppressedFindings(report);
    expect(suppressed.length).toBeGreaterThan(0);
    for (const [ruleId, constructPath, reason] of suppressed) {
      expect(ruleId).toBe('SOV-POD-SECURITY');
      expect(constructPath).toMatch(/^stackit-public-portal\/AuditPipeline\//);
      expect(reason).toMatch(/hostPath \/var\/log \(read-only\)/);
    }
  });

  test('the cluster credentials come from a sensitive variable without default, never a file', () => {
    expect(config.variable.ske_kubeconfig).toEqual(expect.objectContaining({ type: 'string', sensitive: true, nullable: false }));
    expect(config.variable.ske_kubeconfig.default).toBeUndefined();
    const k8s = config.provider.kubernetes[0];
    expect(k8s.config_path).toBeUndefined();
    for (const field of ['host', 'cluster_ca_certificate', 'client_certificate', 'client_key']) {
      expect(k8s[field]).toContain('yamldecode(var.ske_kubeconfig)');
    }
  });

  test('buckets only in Germany: content on STACKIT eu01, audit logs at IONOS Frankfurt', () => {
    const endpoints = (config.provider.aws as Json[]).map((p) => [p.alias, p.region, p.endpoints[0].s3]).sort();
    expect(endpoints).toEqual([
      ['ionos_eu_central_4', 'eu-central-4', 'https://s3.eu-central-4.ionoscloud.com'],
      ['stackit_eu01', 'eu01', 'https://object.storage.eu01.onstackit.cloud'],
    ]);
    const content = resourceAt(config, 'aws_s3_bucket', 'Content/Resource');
    expect(content.provider).toBe('aws.stackit_eu01');
    expect(content.tags).toEqual({ 'data-classification': 'public', jurisdiction: 'DE' });
    expect(resourceAt(config, 'aws_s3_bucket_versioning', 'Content/Versioning').versioning_configuration).toEqual([{ status: 'Enabled' }]);
    const logs = resourceAt(config, 'aws_s3_bucket', 'AuditLogs/Resource/Resource');
    expect(logs.provider).toBe('aws.ionos_eu_central_4');
    expect(logs.object_lock_enabled).toBe(true);
  });

  test('audit logs: object-locked in compliance mode, expiring, encrypted, not public', () => {
    expect(resourceAt(config, 'aws_s3_bucket_object_lock_configuration', 'AuditLogs/Resource/ObjectLock').rule)
      .toEqual([{ default_retention: [{ days: 365, mode: 'COMPLIANCE' }] }]);
    expect(resourceAt(config, 'aws_s3_bucket_lifecycle_configuration', 'AuditLogs/Resource/Lifecycle').rule[0].expiration).toEqual([{ days: 730 }]);
    expect(resourceAt(config, 'aws_s3_bucket_server_side_encryption_configuration', 'AuditLogs/Resource/Encryption').rule[0]
      .apply_server_side_encryption_by_default[0].sse_algorithm).toBe('AES256');
    expect(resourceAt(config, 'aws_s3_bucket_public_access_block', 'AuditLogs/Resource/PublicAccessBlock')).toEqual(expect.objectContaining({
      block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true,
    }));
  });

  test('the portal runs restricted: non-root, no escalation, no capabilities, read-only root, secrets by reference', () => {
    const deployment = resourceAt(config, 'kubernetes_deployment_v1', 'Web/Resource');
    const pod = deployment.spec.template.spec;
    const container = pod.container[0];
    expect(container.security_context).toEqual({
      allow_privilege_escalation: false,
      capabilities: { drop: ['ALL'] },
      privileged: false,
      read_only_root_filesystem: true,
      run_as_non_root: true,
      seccomp_profile: { type: 'RuntimeDefault' },
    });
    expect(container.image).toMatch(/@sha256:[0-9a-f]{64}$/);
    for (const name of ['CONTENT_ACCESS_KEY_ID', 'CONTENT_SECRET_ACCESS_KEY']) {
      const e = (container.env as Json[]).find((v) => v.name === name);
      expect(e.value).toBeUndefined();
      expect(e.value_from.secret_key_ref.name).toBe('portal-content-reader');
    }
    expect(deployment.spec.replicas).toBe('3');
    expect(pod.topology_spread_constraint[0].topology_key).toBe('topology.kubernetes.io/zone');
  });

  test('network: default deny, ingress only from the ingress controller, egress only HTTPS to the German content endpoint', () => {
    expect(resourceAt(config, 'kubernetes_network_policy_v1', 'Portal/DefaultDeny').spec).toEqual({ pod_selector: {}, policy_types: ['Ingress', 'Egress'] });
    const ingress = resourceAt(config, 'kubernetes_network_policy_v1', 'Web/AllowIngress').spec.ingress;
    expect(ingress).toEqual([expect.objectContaining({ ports: [{ port: '8080', protocol: 'TCP' }] })]);
    expect(ingress[0].from[0].namespace_selector.match_labels).toEqual({ 'kubernetes.io/metadata.name': 'nginx-ingress' });
    expect(resourceAt(config, 'kubernetes_network_policy_v1', 'Web/AllowEgress').spec.egress).toEqual([
      { ports: [{ port: '443', protocol: 'TCP' }], to: [{ ip_block: { cidr: '192.0.2.128/25' } }] },
    ]);
  });

  test('served only over TLS with HSTS', () => {
    const ingress = resourceAt(config, 'kubernetes_ingress_v1', 'Ingress/Resource');
    expect(ingress.spec.tls).toEqual([{ hosts: ['portal.example-stadt.de'], secret_name: 'portal-tls' }]);
    expect(ingress.metadata.annotations).toEqual(expect.objectContaining({ 'nginx.org/hsts': 'true', 'nginx.org/ssl-redirect': 'true' }));
  });

  test('state on STACKIT eu01 with a lock file and per-stack key; encrypted by the platform, so no SSE header', () => {
    const s3 = config.terraform.backend.s3;
    expect(s3).toEqual(expect.objectContaining({
      bucket: 'portal-tfstate',
      key: 'stackit-public-portal/terraform.tfstate',
      region: 'eu01',
      endpoints: { s3: 'https://object.storage.eu01.onstackit.cloud' },
      use_lockfile: true,
    }));
    // STACKIT encrypts every object with AES256 and documents no bucket-level SSE (catalog: stackit).
    expect(s3.encrypt).toBeUndefined();
  });
});

describe('stackit-public-portal: Germany only, enforced while the stack is built', () => {
  const build = () => new StackitPublicPortalStack(new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'sov-example-portal-policy-')) }), 'stackit-public-portal');

  test('a bucket in Paris is refused', () => {
    const stack = build();
    expect(() => new EuBucket(stack, 'Mirror', { provider: 'scaleway', region: 'fr-par', bucketName: 'portal-mirror' }))
      .toThrow(/fr-par.*FR|FR.*fr-par/);
  });

  test('egress to an address in France is refused', () => {
    const stack = build();
    expect(() => stack.portal.allowTo(Peer.ipBlock('203.0.113.0/24', { country: 'FR' }))).toThrow(/FR/);
  });
});
