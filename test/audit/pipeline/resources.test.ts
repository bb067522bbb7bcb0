import { AnnotationMetadataEntryType, TerraformResource } from 'cdktf';
import { AuditLogPipeline, POD_SECURITY_EXCEPTION_REASON } from '../../../lib/audit/pipeline/pipeline';
import { AuditLogStore } from '../../../lib/audit/store';
import { Peer } from '../../../lib/kubernetes/peer';
import { RuleId } from '../../../lib/compliance/rules/ids';
import { check, Json, open, suppressed, synth, testStack } from '../helpers';
import { all, build, only, podSpec } from './fixture';

describe('AuditLogPipeline defaults', () => {
  const { json, stack, policy, pipeline } = build();
  const report = check(stack, policy, json);

  test('the namespace is the one documented Pod Security exception', () => {
    const ns = only(json, 'kubernetes_namespace_v1').metadata;
    expect(ns.name).toBe('audit-logging');
    expect(ns.labels['pod-security.kubernetes.io/enforce']).toBe('privileged');
    expect(ns.labels['cdktf-sovereign.org/pod-security-exception']).toBe('audit-log-pipeline');
    expect(ns.labels['cdktf-sovereign.org/component']).toBe('audit-log-pipeline');
    expect(ns.labels['cdktf-sovereign.org/owner']).toBe('team-platform');
    expect(ns.annotations['cdktf-sovereign.org/pod-security-exception']).toBe(POD_SECURITY_EXCEPTION_REASON);
  });

  test('the DaemonSet carries the component label the engine recognises in-cluster pipelines by', () => {
    const ds = only(json, 'kubernetes_daemon_set_v1');
    expect(ds.metadata.labels['cdktf-sovereign.org/component']).toBe('audit-log-pipeline');
    expect(ds.spec.template.metadata.labels['cdktf-sovereign.org/component']).toBe('audit-log-pipeline');
    expect(ds.metadata.annotations).toEqual({ 'cdktf-sovereign.org/audit-log-bucket': 'scaleway/fr-par/acme-audit-logs' });
    expect(pipeline.imagePinned).toBe(true);
  });

  test('the pod: root without capabilities, no escalation, read-only root filesystem, seccomp, no host namespaces', () => {
    const spec = podSpec(json);
    expect(spec.host_network).toBe(false);
    expect(spec.host_pid).toBe(false);
    expect(spec.host_ipc).toBe(false);
    expect(spec.enable_service_links).toBe(false);
    expect(spec.automount_service_account_token).toBe(true);
    expect(spec.security_context).toEqual({ run_as_user: '0', run_as_group: '0', run_as_non_root: false, seccomp_profile: { type: 'RuntimeDefault' } });
    const c = spec.container[0];
    expect(c.security_context).toEqual({
      run_as_user: '0',
      run_as_non_root: false,
      allow_privilege_escalation: false,
      privileged: false,
      read_only_root_filesystem: true,
      capabilities: { drop: ['ALL'] },
      seccomp_profile: { type: 'RuntimeDefault' },
    });
    expect(c.port).toBeUndefined();
    expect(c.image).toBe(`cr.fluentbit.io/fluent/fluent-bit:4.2.8@sha256:${'a1'.repeat(32)}`);
    expect(c.resources).toEqual({ requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' } });
    expect(spec.toleration).toEqual([{ operator: 'Exists' }]);
  });

  test('host paths: logs read-only, one state directory writable', () => {
    const spec = podSpec(json);
    expect(spec.volume.filter((v: Json) => v.host_path)).toEqual([
      { name: 'host-logs', host_path: { path: '/var/log', type: 'Directory' } },
      { name: 'state', host_path: { path: '/var/lib/cdktf-sovereign-audit', type: 'DirectoryOrCreate' } },
    ]);
  });

  test('credentials only from the secret, the secret only from sensitive variables, never in state', () => {
    const env = podSpec(json).container[0].env as Json[];
    expect(env.map((e) => [e.name, e.value_from.secret_key_ref.key, e.value])).toEqual([
      ['AWS_ACCESS_KEY_ID', 'aws-access-key-id', undefined],
      ['AWS_SECRET_ACCESS_KEY', 'aws-secret-access-key', undefined],
      ['REDACTION_KEY', 'redaction-key', undefined],
    ]);
    const secret = only(json, 'kubernetes_secret_v1');
    expect(secret.data).toBeUndefined();
    expect(secret.data_wo).toEqual({
      'aws-access-key-id': '${var.audit_logging_s3_access_key_id}',
      'aws-secret-access-key': '${var.audit_logging_s3_secret_access_key}',
      'redaction-key': '${var.audit_logging_redaction_key}',
    });
    expect(secret.data_wo_revision).toBe(1);
    for (const name of pipeline.variableNames) {
      expect(json.variable[name].sensitive).toBe(true);
      expect(json.variable[name].default).toBeUndefined();
    }
    expect(json.variable.audit_logging_redaction_key.validation).toEqual([
      {
        condition: '${length(var.audit_logging_redaction_key) >= 16}',
        error_message: 'audit_logging_redaction_key must be at least 16 characters (e.g. openssl rand -hex 32).',
      },
      {
        condition: '${length(distinct(split("", var.audit_logging_redaction_key))) >= 8}',
        error_message: 'audit_logging_redaction_key must have at least 8 distinct characters, not one repeated character or whitespace (e.g. openssl rand -hex 32).',
      },
    ]);
  });

  test('RBAC: a service account that may only read pods and namespaces', () => {
    expect(only(json, 'kubernetes_service_account_v1').automount_service_account_token).toBe(false);
    expect(only(json, 'kubernetes_cluster_role_v1').rule).toEqual([{ api_groups: [''], resources: ['pods', 'namespaces'], verbs: ['get', 'list', 'watch'] }]);
    const binding = only(json, 'kubernetes_cluster_role_binding_v1');
    expect(binding.role_ref).toEqual({ api_group: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: expect.stringMatching(/^\$\{kubernetes_cluster_role_v1\./) });
    expect(binding.subject).toEqual([{ kind: 'ServiceAccount', name: expect.stringMatching(/^\$\{kubernetes_service_account_v1\./), namespace: expect.stringMatching(/^\$\{kubernetes_namespace_v1\./) }]);
    expect(podSpec(json).service_account_name).toMatch(/^\$\{kubernetes_service_account_v1\./);
  });

  test('network: default deny, DNS, and egress only to the API server and the bucket endpoint; no ingress rule', () => {
    const policies = Object.values(all(json, 'kubernetes_network_policy_v1'));
    const byName = Object.fromEntries(policies.map((p) => [p.metadata.name, p.spec]));
    expect(Object.keys(byName).sort()).toEqual(['allow-cluster-dns', 'allow-egress', 'default-deny']);
    expect(byName['default-deny']).toEqual({ pod_selector: {}, policy_types: ['Ingress', 'Egress'] });
    expect(byName['allow-egress'].policy_types).toEqual(['Egress']);
    expect(byName['allow-egress'].egress).toEqual([
      { to: [{ ip_block: { cidr: '10.250.0.10/32' } }], ports: [{ port: '443', protocol: 'TCP' }] },
      { to: [{ ip_block: { cidr: '51.159.0.0/16' } }], ports: [{ port: '443', protocol: 'TCP' }] },
    ]);
    const annotation = policies.find((p) => p.metadata.name === 'allow-egress')!.metadata.annotations['cdktf-sovereign.org/egress-destinations'];
    expect(annotation).toBe('10.250.0.10/32=FR; 51.159.0.0/16=FR');
    expect(policies.some((p) => p.spec.ingress !== undefined)).toBe(false);
  });

  test('the namespace quota leaves room for one pod per node', () => {
    const hard = only(json, 'kubernetes_resource_quota_v1').spec.hard;
    expect(hard.pods).toBe('110');
    expect(hard['requests.cpu']).toBe('10000m');
    expect(hard['limits.memory']).toBe(String(512 * 1024 * 1024 * 100));
    expect(hard.persistentvolumeclaims).toBe('0');
  });

  test('the engine (GDPR, Gaia-X L3, BSI C5) finds nothing open', () => {
    expect(open(report)).toEqual([]);
  });

  test('the only suppressed findings are the Pod Security exception: privileged namespace, host paths, root', () => {
    const list = suppressed(report).map((f) => `${f.ruleId} ${f.resourceType}: ${f.message}`).sort();
    expect(list).toEqual([
      // Running as root and hostPath volumes are an escape to the node: errors in every pack, suppressed with the reason below.
      'SOV-POD-SECURITY kubernetes_daemon_set_v1: The container "fluent-bit" can escape to its node (it breaks the isolation of every other workload on the node, an error in every pack): run_as_user = 0 (root).',
      'SOV-POD-SECURITY kubernetes_daemon_set_v1: The pod shares the node (it breaks the isolation of every other workload on the node, an error in every pack): volume[1] "host-logs" is a hostPath volume; volume[2] "state" is a hostPath volume.',
      'SOV-POD-SECURITY kubernetes_namespace_v1: The namespace enforces Pod Security "privileged", not "restricted".',
    ]);
    for (const f of suppressed(report)) expect(f.suppressionReason).toBe(POD_SECURITY_EXCEPTION_REASON);
  });
});

describe('SOV-AUDIT-LOGGING sees the pipeline', () => {
  /** A managed cluster without any audit switch: UpCloud Kubernetes has none. */
  const cluster = (stack: ReturnType<typeof testStack>['stack']) => new TerraformResource(stack, 'Cluster', {
    terraformResourceType: 'upcloud_kubernetes_cluster',
    terraformGeneratorMetadata: { providerName: 'upcloud' },
  });

  test('a cluster with the pipeline passes', () => {
    const b = build();
    cluster(b.stack);
    const report = check(b.stack, b.policy, synth(b.stack));
    expect(open(report).filter((l) => l.startsWith(RuleId.AUDIT_LOGGING))).toEqual([]);
  });

  test('the same cluster without it fails: logging is off', () => {
    const t = testStack({ clusterLocation: 'FR' }, true);
    cluster(t.stack);
    const lines = open(check(t.stack, t.policy, synth(t.stack))).filter((l) => l.startsWith(RuleId.AUDIT_LOGGING));
    expect(lines).toEqual([expect.stringMatching(/^SOV-AUDIT-LOGGING upcloud_kubernetes_cluster\.Cluster: UpCloud Kubernetes Service has no API-server audit log/)]);
  });

  test('removing the component label and swapping the image hides it from the engine, which then fails the cluster', () => {
    const b = build({ image: 'registry.example.eu/mirror/log-agent' });
    cluster(b.stack);
    const json = synth(b.stack);
    const ds = only(json, 'kubernetes_daemon_set_v1');
    delete ds.metadata.labels['cdktf-sovereign.org/component'];
    delete ds.spec.template.metadata.labels['cdktf-sovereign.org/component'];
    const lines = open(check(b.stack, b.policy, json)).filter((l) => l.startsWith(RuleId.AUDIT_LOGGING));
    expect(lines).toHaveLength(1);
  });
});

describe('image pinning', () => {
  test('without a digest: a synth warning and the not-pinned annotation', () => {
    const { json, pipeline } = build({ imageDigest: undefined, version: '4.2.7' });
    const ds = only(json, 'kubernetes_daemon_set_v1');
    expect(ds.metadata.annotations).toEqual({
      'cdktf-sovereign.org/audit-log-bucket': 'scaleway/fr-par/acme-audit-logs',
      'cdktf-sovereign.org/image-not-pinned': 'cr.fluentbit.io/fluent/fluent-bit:4.2.7',
    });
    expect(pipeline.imagePinned).toBe(false);
    const warnings = pipeline.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));
    expect(warnings).toEqual([
      'AuditLogPipeline "audit/AuditPipeline": image "cr.fluentbit.io/fluent/fluent-bit:4.2.7" is not pinned by digest, so the log agent that reads every log of the cluster can change without a change here. '
      + 'Set imageDigest (e.g. from `crane digest cr.fluentbit.io/fluent/fluent-bit:4.2.7`).',
    ]);
  });

  test('a mirror with a registry port', () => {
    const { json } = build({ image: 'registry.example.eu:5000/mirror/fluent-bit' });
    expect(podSpec(json).container[0].image).toBe(`registry.example.eu:5000/mirror/fluent-bit:4.2.8@sha256:${'a1'.repeat(32)}`);
  });
});

test('a bucket on Open Telekom Cloud gets a warning about path-style requests', () => {
  const t = testStack({ clusterLocation: 'DE' }, true);
  const store = new AuditLogStore(t.stack, 'AuditLogs', { provider: 'otc', region: 'eu-de', bucketName: 'acme-audit-logs' });
  const p = new AuditLogPipeline(t.stack, 'P', { bucket: store, bucketEndpointCidrs: ['80.158.0.0/17'], apiServer: Peer.ipBlock('10.0.0.1/32', { country: 'DE' }), owner: 'ops', imageDigest: `sha256:${'b2'.repeat(32)}` });
  const warnings = p.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain('Fluent Bit\'s s3 output addresses buckets path-style');
});
