import { ManagedAuditLogs } from '../../../lib/audit/managed/clusters';
import { OvhKubeAuditLogSubscription } from '../../../lib/audit/managed/ovh';
import { AuditLogStore } from '../../../lib/audit/store';
import { RuleId } from '../../../lib/compliance/rules/ids';
import { EuBucket } from '../../../lib/storage/eu-bucket';
import { check, errorOf, Json, open, raw, synth, testStack } from '../helpers';

/** Unsuppressed findings of the audit-logging and retention rules. */
function auditFindings(t: ReturnType<typeof testStack>, json: Json = synth(t.stack)): string[] {
  return open(check(t.stack, t.policy, json)).filter((l) => l.startsWith(`${RuleId.AUDIT_LOGGING} `) || l.startsWith(`${RuleId.RETENTION} `));
}

describe('Exoscale SKS audit webhook', () => {
  const cluster = (t: ReturnType<typeof testStack>) => raw(t.stack, 'Sks', 'exoscale_sks_cluster', { zone: 'de-fra-1', name: 'prod' });

  test('enabled: audit block with the endpoint and the bearer token from a sensitive variable', () => {
    const t = testStack();
    const sks = cluster(t);
    ManagedAuditLogs.enableExoscaleSks(sks, { endpoint: 'https://audit.example.eu/k8s', initialBackoff: '20s' });
    const json = synth(t.stack);
    expect(json.resource.exoscale_sks_cluster.Sks.audit).toEqual([{
      enabled: true, endpoint: 'https://audit.example.eu/k8s', bearer_token: '${var.exoscale_sks_audit_bearer_token}', initial_backoff: '20s',
    }]);
    expect(json.variable.exoscale_sks_audit_bearer_token.sensitive).toBe(true);
    expect(json.variable.exoscale_sks_audit_bearer_token.default).toBeUndefined();
    expect(auditFindings(t, json)).toEqual([]);
    // The engine cannot place the webhook receiver: say where it runs (suppress with that reason).
    expect(open(check(t.stack, t.policy, json))).toContain(
      'SOV-LOCATION-UNKNOWN exoscale_sks_cluster.Sks: The location of its log sink is unknown: argument audit.endpoint points at https://audit.example.eu/k8s, which the catalog cannot place.');
  });

  test('two clusters share the token variable', () => {
    const t = testStack();
    ManagedAuditLogs.enableExoscaleSks(cluster(t), { endpoint: 'https://audit.example.eu/k8s' });
    const second = raw(t.stack, 'Sks2', 'exoscale_sks_cluster', { zone: 'de-fra-1', name: 'staging' });
    ManagedAuditLogs.enableExoscaleSks(second, { endpoint: 'https://audit.example.eu/k8s' });
    expect(Object.keys(synth(t.stack).variable)).toEqual(['exoscale_sks_audit_bearer_token']);
  });

  test('off: the engine reports it', () => {
    const t = testStack();
    cluster(t);
    expect(auditFindings(t)).toEqual(['SOV-AUDIT-LOGGING exoscale_sks_cluster.Sks: The SKS cluster\'s Kubernetes API audit log is off (audit.enabled is not set).']);
  });

  test('misuse', () => {
    const t = testStack();
    const sks = cluster(t);
    expect(errorOf(() => ManagedAuditLogs.enableExoscaleSks(sks, { endpoint: 'http://audit.example.eu/k8s' }))).toBe(
      'ManagedAuditLogs.enableExoscaleSks endpoint: got "http://audit.example.eu/k8s". Allowed: an https URL without credentials (audit events carry user names, source addresses and request bodies). '
      + 'Fix: give the TLS endpoint of your audit webhook, e.g. "https://audit.example.eu/k8s"; pass the token through bearerTokenVariable.');
    expect(errorOf(() => ManagedAuditLogs.enableExoscaleSks(sks, { endpoint: 'https://audit.example.eu', initialBackoff: '10 seconds' }))).toBe(
      'ManagedAuditLogs.enableExoscaleSks initialBackoff: got "10 seconds". Allowed: a Go duration such as "10s", "500ms" or "1m". Fix: use e.g. "10s".');
    expect(errorOf(() => ManagedAuditLogs.enableExoscaleSks(sks, { endpoint: 'https://audit.example.eu', bearerTokenVariable: 'Token' }))).toBe(
      'ManagedAuditLogs.enableExoscaleSks bearerTokenVariable: got "Token". Allowed: lower-case letters, digits and _, starting with a letter. Fix: use e.g. "exoscale_sks_audit_bearer_token".');
    const other = raw(t.stack, 'Ske', 'stackit_ske_cluster', { name: 'x' });
    expect(errorOf(() => ManagedAuditLogs.enableExoscaleSks(other, { endpoint: 'https://audit.example.eu' }))).toBe(
      'ManagedAuditLogs.enableExoscaleSks cluster: got "stackit_ske_cluster". Allowed: a exoscale_sks_cluster resource. '
      + 'Fix: pass the exoscale_sks_cluster (from the provider\'s binding, or a TerraformResource with terraformResourceType "exoscale_sks_cluster").');
  });
});

describe('IONOS Kubernetes audit bucket', () => {
  const cluster = (t: ReturnType<typeof testStack>) => raw(t.stack, 'Cluster', 'ionoscloud_k8s_cluster', { name: 'prod', location: 'de/fra' });

  test('enabled with an AuditLogStore on IONOS: the bucket is the sink, locked and expiring', () => {
    const t = testStack();
    const store = new AuditLogStore(t.stack, 'AuditLogs', { provider: 'ionos', region: 'eu-central-3', bucketName: 'acme-k8s-audit' });
    ManagedAuditLogs.enableIonosK8s(cluster(t), store);
    const json = synth(t.stack);
    expect(json.resource.ionoscloud_k8s_cluster.Cluster.s3_buckets).toEqual([{ name: 'acme-k8s-audit' }]);
    expect(auditFindings(t, json)).toEqual([]);
  });

  test('a mutable bucket that keeps logs forever fails both rules', () => {
    const t = testStack();
    const bucket = new EuBucket(t.stack, 'Plain', { provider: 'ionos', region: 'eu-central-3', bucketName: 'acme-k8s-audit' });
    ManagedAuditLogs.enableIonosK8s(cluster(t), bucket);
    const lines = auditFindings(t);
    expect(lines).toEqual([
      expect.stringMatching(/^SOV-AUDIT-LOGGING aws_s3_bucket\.Plain_\w+: It receives audit logs \(written to by the Kubernetes API audit log of ionoscloud_k8s_cluster\.Cluster\) but is not immutable/),
      expect.stringMatching(/^SOV-RETENTION aws_s3_bucket\.Plain_\w+: It holds audit logs, but no enabled lifecycle rule expires the whole store/),
      expect.stringMatching(/^SOV-RETENTION aws_s3_bucket\.Plain_\w+: It holds audit logs, but no object lock/),
    ]);
  });

  test('off: the engine reports it', () => {
    const t = testStack();
    cluster(t);
    expect(auditFindings(t)).toEqual(['SOV-AUDIT-LOGGING ionoscloud_k8s_cluster.Cluster: The cluster sends its Kubernetes API audit logs nowhere: s3_buckets is not set.']);
  });

  test('a bucket elsewhere is refused', () => {
    const t = testStack();
    const store = new AuditLogStore(t.stack, 'AuditLogs', { provider: 'ovhcloud', region: 'gra', bucketName: 'acme-k8s-audit' });
    expect(errorOf(() => ManagedAuditLogs.enableIonosK8s(cluster(t), store))).toBe(
      'ManagedAuditLogs.enableIonosK8s bucket: got "ovhcloud GRA acme-k8s-audit". Allowed: a bucket on IONOS Object Storage (the provider docs: "an IONOS Object Storage bucket used to store K8s API audit logs"). '
      + 'Fix: create it with new AuditLogStore(stack, \'AuditLogs\', { provider: \'ionos\', region: \'eu-central-3\', bucketName: \'…\' }).');
  });
});

describe('OVHcloud audit log subscription', () => {
  const cluster = (t: ReturnType<typeof testStack>) => raw(t.stack, 'Kube', 'ovh_cloud_project_kube', { service_name: 'a1b2c3', name: 'prod', region: 'GRA11' });

  test('kind audit to a Logs Data Platform stream', () => {
    const t = testStack();
    const kube = cluster(t);
    const sub = new OvhKubeAuditLogSubscription(t.stack, 'KubeAudit', { serviceName: 'a1b2c3', kubeId: kube.getStringAttribute('id'), streamId: 'b7c1d2e3-0000-4000-8000-000000000001' });
    const json = synth(t.stack);
    const [name, found] = Object.entries(json.resource.ovh_cloud_project_kube_log_subscription as Record<string, Json>)[0];
    const body = { ...found };
    delete body['//'];
    expect(name).toMatch(/^KubeAudit_/);
    expect(body).toEqual({ service_name: 'a1b2c3', kube_id: '${ovh_cloud_project_kube.Kube.id}', kind: 'audit', stream_id: 'b7c1d2e3-0000-4000-8000-000000000001' });
    expect(json.terraform.required_providers.ovh).toEqual({ source: 'ovh/ovh' });
    expect(sub.resource.terraformResourceType).toBe('ovh_cloud_project_kube_log_subscription');
    expect(auditFindings(t, json)).toEqual([]);
  });

  test('off: the engine reports it', () => {
    const t = testStack();
    cluster(t);
    expect(auditFindings(t)).toEqual([
      'SOV-AUDIT-LOGGING ovh_cloud_project_kube.Kube: No ovh_cloud_project_kube_log_subscription of kind "audit" forwards this cluster\'s Kubernetes API audit log to Logs Data Platform.',
    ]);
  });

  test('misuse', () => {
    const t = testStack();
    expect(errorOf(() => new OvhKubeAuditLogSubscription(t.stack, 'S', { serviceName: 'a1b2c3', kubeId: 'not an id', streamId: 's' }))).toBe(
      'OvhKubeAuditLogSubscription "audit/S" kubeId: got "not an id". Allowed: an OVHcloud id (letters, digits and "-") or a reference to the resource that has it. '
      + 'Fix: pass the kubeId of the resource, e.g. a reference such as ovh_cloud_project_kube.cluster.id.');
  });
});
