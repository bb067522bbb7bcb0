/*
 * The otc-health-records example end to end: synthesized by a real cdktf App with the gdpr,
 * gaiax-l3 and bsi-c5 packs, asserting zero open findings, the suppressions with their reasons,
 * and the security-relevant fields of the synthesized JSON one by one. Real Terraform cannot
 * check this stack here: the opentelekomcloud and kubernetes provider binaries are not on this
 * machine (the S3-compatible audit store is checked by test/storage and test/audit).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { ComplianceEngine, Jurisdiction, Pack, SovereigntyChecks, SovereigntyPolicy, SuppressionNoteKind } from '../../lib';
import { HEALTH_RECORDS_PACKS, OtcHealthRecordsStack } from '../../examples/otc-health-records/stack';
import { missingReports, resourceAt, suppressedFindings } from './helpers';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function synthesize(configure?: (stack: OtcHealthRecordsStack) => void): { stack: OtcHealthRecordsStack; dir: string; error?: Error } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sov-example-health-'));
  const app = new App({ outdir });
  const stack = new OtcHealthRecordsStack(app, 'otc-health-records');
  configure?.(stack);
  let error: Error | undefined;
  try {
    app.synth();
  } catch (e) {
    error = e as Error;
  }
  return { stack, dir: path.join(outdir, 'stacks', 'otc-health-records'), error };
}

describe('otc-health-records synthesized with the checks', () => {
  const { stack, dir, error } = synthesize();
  const config: Json = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8'));
  const report = SovereigntyChecks.reportOf(stack)!;
  const keyRef = '${opentelekomcloud_kms_key_v1.Foundation_Key_CE5FC256.id}';

  test('synth succeeds with gdpr, gaiax-l3 and bsi-c5: no open finding, nothing left unevaluated', () => {
    expect(error).toBeUndefined();
    expect(report.context.packs).toEqual(HEALTH_RECORDS_PACKS.map((p) => p.id));
    expect(report.summary).toEqual(expect.objectContaining({ errors: 0, warnings: 0, infos: 0, notEvaluated: 0 }));
    expect(report.summary.resources).toBeGreaterThanOrEqual(50);
    expect(report.findings.filter((f) => !f.suppressed)).toEqual([]);
    expect(missingReports(dir)).toEqual([]);
  });

  test('the only suppressions are Pod Security of the audit pipeline, each with the reason on record', () => {
    const suppressed = suppressedFindings(report);
    expect(suppressed.length).toBeGreaterThan(0);
    for (const [ruleId, constructPath, reason] of suppressed) {
      expect(ruleId).toBe('SOV-POD-SECURITY');
      expect(constructPath).toMatch(/^otc-health-records\/AuditPipeline\//);
      expect(reason).toMatch(/hostPath \/var\/log \(read-only\)/);
    }
  });

  test('checked against the policy: EU, Gaia-X Level 3, customer-managed keys, personal data at most ten years', () => {
    expect(report.context.policy).toEqual(expect.objectContaining({
      jurisdiction: 'EU',
      gaiaxLabel: 'L3',
      requireCustomerManagedKeys: 'true',
      personalDataMaxRetention: '10 years',
    }));
    expect(report.context.policy.clusterLocation).toBeUndefined();
  });

  test('health data can never be declared an exception: a location suppression is refused and reported', () => {
    const refused = synthesize((s) => SovereigntyChecks.suppress(s.documents, 'SOV-LOCATION', 'we want to try a US region'));
    expect(refused.error).toBeUndefined(); // nothing to suppress here, but the attempt is on record
    const notes = SovereigntyChecks.reportOf(refused.stack)!.suppressionNotes;
    expect(notes).toEqual(expect.arrayContaining([expect.objectContaining({ kind: SuppressionNoteKind.REFUSED, ruleId: 'SOV-LOCATION' })]));
  });

  test('the Open Telekom Cloud provider and every OBS bucket are in eu-de', () => {
    expect(config.provider.opentelekomcloud).toEqual([expect.objectContaining({ region: 'eu-de', auth_url: 'https://iam.eu-de.otc.t-systems.com/v3' })]);
    const buckets = Object.values(config.resource.opentelekomcloud_obs_bucket as Record<string, Json>);
    expect(buckets).toHaveLength(4);
    for (const b of buckets) expect(b.region).toBe('eu-de');
  });

  test('the KMS key rotates yearly and encrypts every OBS bucket', () => {
    const key = resourceAt(config, 'opentelekomcloud_kms_key_v1', 'Foundation/Key/Resource');
    expect(key.rotation_enabled).toBe(true);
    expect(key.rotation_interval).toBe(365);
    for (const b of Object.values(config.resource.opentelekomcloud_obs_bucket as Record<string, Json>)) {
      expect(b.server_side_encryption).toEqual({ algorithm: 'kms', kms_key_id: keyRef });
      expect(b.acl).not.toMatch(/public/);
      expect(b.versioning).toBe(true);
    }
  });

  test('patient documents: special category, ten years and no longer, access logged', () => {
    const docs = resourceAt(config, 'opentelekomcloud_obs_bucket', 'PatientDocuments/Resource');
    expect(docs.tags['data-classification']).toBe('special-category');
    expect(docs.lifecycle_rule).toEqual([expect.objectContaining({ enabled: true, expiration: [{ days: 3650 }] })]);
    // A reference to the log bucket, so Terraform creates it first.
    expect(docs.logging).toEqual([{ target_bucket: '${opentelekomcloud_obs_bucket.DocumentAccessLogs_4415BFBD.bucket}', target_prefix: 'clinic-records-documents/' }]);
    const accessLogs = resourceAt(config, 'opentelekomcloud_obs_bucket', 'DocumentAccessLogs/Resource/Resource');
    expect(accessLogs.acl).toBe('log-delivery-write');
    expect(accessLogs.worm_policy).toEqual({ days: 365 });
  });

  test('Cloud Trace writes to the WORM bucket', () => {
    const trail = resourceAt(config, 'opentelekomcloud_obs_bucket', 'Foundation/AuditTrail/Bucket/Resource');
    expect(trail.worm_policy).toEqual({ days: 365 });
    const tracker = Object.values(config.resource.opentelekomcloud_cts_tracker_v3 as Record<string, Json>)[0];
    expect(tracker.bucket_name).toBe('${opentelekomcloud_obs_bucket.Foundation_AuditTrail_Bucket_9A863773.bucket}');
  });

  test('the database volume is encrypted with the foundation key', () => {
    const pvc = resourceAt(config, 'kubernetes_persistent_volume_claim_v1', 'Records/DatabaseVolume/Resource');
    expect(pvc.metadata.annotations['everest.io/crypt-key-id']).toBe(keyRef);
    expect(pvc.spec.storage_class_name).toBe('csi-disk');
    const db = resourceAt(config, 'kubernetes_deployment_v1', 'Records/Database/Resource');
    const volumes = db.spec.template.spec.volume as Json[];
    expect(volumes.map((v) => v.persistent_volume_claim?.claim_name).filter(Boolean)).toEqual([
      '${kubernetes_persistent_volume_claim_v1.Records_DatabaseVolume_025F15C7.metadata[0].name}',
    ]);
  });

  test('the records namespace: restricted Pod Security, default deny both ways', () => {
    const ns = resourceAt(config, 'kubernetes_namespace_v1', 'Records/Namespace/Resource');
    expect(ns.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
    const deny = resourceAt(config, 'kubernetes_network_policy_v1', 'Records/Namespace/DefaultDeny');
    expect(deny.spec).toEqual({ pod_selector: {}, policy_types: ['Ingress', 'Egress'] });
  });

  test('the records API is reachable only over TLS with HSTS', () => {
    const ingress = resourceAt(config, 'kubernetes_ingress_v1', 'Records/Ingress/Resource');
    expect(ingress.spec.tls).toEqual([{ hosts: ['records.clinic.example.de'], secret_name: 'records-tls' }]);
    expect(ingress.metadata.annotations).toEqual(expect.objectContaining({ 'nginx.org/hsts': 'true', 'nginx.org/ssl-redirect': 'true' }));
  });

  test('the kubernetes provider talks to the CCE cluster of this stack, and the checks locate the workloads there', () => {
    expect(config.provider.kubernetes[0].host).toMatch(/data\.opentelekomcloud_cce_cluster_kubeconfig_v3\.Foundation_Cluster_Kubeconfig_\w+\.kubeconfig/);
    expect(config.data.opentelekomcloud_cce_cluster_kubeconfig_v3.Foundation_Cluster_Kubeconfig_1241A2E9.cluster_id)
      .toBe('${opentelekomcloud_cce_cluster_v3.Foundation_Cluster_1833C6EB.id}');
    // Under a Germany-excluding policy, the CCE cluster in DE is flagged (its fix site), naming the workloads it places.
    const engine = new ComplianceEngine({ policy: new SovereigntyPolicy({ jurisdiction: Jurisdiction.countries(['AT']) }), packs: [Pack.GDPR] });
    const findings = engine.check(config, 'otc-health-records').findings.filter((f) => f.ruleId === 'SOV-LOCATION');
    expect(findings.filter((f) => f.resourceType === 'kubernetes_deployment_v1')).toEqual([]);
    const cluster = findings.find((f) => f.resourceType === 'opentelekomcloud_cce_cluster_v3');
    expect(cluster?.message).toMatch(/DE \(Germany\).*Also affects: .*kubernetes_/);
  });

  test('audit logs: object-locked in compliance mode, expiring, encrypted, not public, in Frankfurt', () => {
    const lock = resourceAt(config, 'aws_s3_bucket_object_lock_configuration', 'AuditLogs/Resource/ObjectLock');
    expect(lock.rule).toEqual([{ default_retention: [{ days: 365, mode: 'COMPLIANCE' }] }]);
    const lifecycle = resourceAt(config, 'aws_s3_bucket_lifecycle_configuration', 'AuditLogs/Resource/Lifecycle');
    expect(lifecycle.rule[0].expiration).toEqual([{ days: 730 }]);
    const sse = resourceAt(config, 'aws_s3_bucket_server_side_encryption_configuration', 'AuditLogs/Resource/Encryption');
    expect(sse.rule[0].apply_server_side_encryption_by_default[0].sse_algorithm).toBe('AES256');
    const block = resourceAt(config, 'aws_s3_bucket_public_access_block', 'AuditLogs/Resource/PublicAccessBlock');
    expect(block).toEqual(expect.objectContaining({ block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true }));
    expect(config.provider.aws).toEqual([expect.objectContaining({ region: 'eu-central-4', endpoints: [{ s3: 'https://s3.eu-central-4.ionoscloud.com' }] })]);
  });

  test('state on OBS eu-de: encrypted, locked with a lock file, per-stack key', () => {
    const s3 = config.terraform.backend.s3;
    expect(s3).toEqual(expect.objectContaining({
      bucket: 'clinic-records-tfstate',
      key: 'otc-health-records/terraform.tfstate',
      region: 'eu-de',
      endpoints: { s3: 'https://obs.eu-de.otc.t-systems.com' },
      encrypt: true,
      use_lockfile: true,
    }));
  });

  test('scaled to three tenants: one namespace, database, API and ingress each, still compliant', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sov-example-health-scaled-'));
    const app = new App({ outdir });
    const scaled = new OtcHealthRecordsStack(app, 'otc-health-records', { tenants: 3 });
    app.synth();
    const scaledConfig: Json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'otc-health-records', 'cdk.tf.json'), 'utf8'));
    const hosts = Object.values(scaledConfig.resource.kubernetes_ingress_v1 as Record<string, Json>).map((i) => i.spec.rule[0].host).sort();
    expect(hosts).toEqual(['records-2.clinic.example.de', 'records-3.clinic.example.de', 'records.clinic.example.de']);
    expect(Object.keys(scaledConfig.resource.kubernetes_persistent_volume_claim_v1)).toHaveLength(3);
    expect(SovereigntyChecks.reportOf(scaled)!.summary).toEqual(expect.objectContaining({ errors: 0, warnings: 0 }));
  });
});
