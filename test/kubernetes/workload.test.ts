import { AnnotationMetadataEntryType, Testing } from 'cdktf';
import { Catalog } from '../../lib/catalog/catalog';
import { SovereignNamespace } from '../../lib/kubernetes/namespace';
import { EncryptedStorageClass } from '../../lib/kubernetes/storage-class';
import { EncryptedVolumeClaim } from '../../lib/kubernetes/volume-claim';
import { IMAGE_NOT_PINNED_ANNOTATION, SecureWorkload, SecureWorkloadProps } from '../../lib/kubernetes/workload';
import { Port } from '../../lib/kubernetes/zone';
import { describeFindings, findings, resource, synth, testStack } from './helpers';

const RESOURCES = { cpuRequest: '250m', cpuLimit: '1', memoryRequest: '256Mi', memoryLimit: '512Mi' };
const PINNED = `registry.example.eu/shop/api@sha256:${'ab'.repeat(32)}`;

function make(props: Partial<SecureWorkloadProps> = {}) {
  const t = testStack();
  const ns = new SovereignNamespace(t.stack, 'Shop', { name: 'shop', owner: 'team-shop' });
  const workload = new SecureWorkload(t.stack, 'Api', { namespace: ns, name: 'api', image: PINNED, resources: RESOURCES, ...props });
  return { ...t, ns, workload };
}

describe('SecureWorkload', () => {
  test('pod and container security contexts meet the restricted profile, field by field', () => {
    const { stack } = make();
    const pod = resource(synth(stack), 'kubernetes_deployment_v1').spec.template.spec;
    expect(pod.automount_service_account_token).toBe(false);
    expect(pod.enable_service_links).toBe(false);
    expect(pod.host_network).toBeUndefined();
    expect(pod.security_context.run_as_non_root).toBe(true);
    expect(pod.security_context.run_as_user).toBe('65532');
    expect(pod.security_context.run_as_group).toBe('65532');
    expect(pod.security_context.fs_group).toBe('65532');
    expect(pod.security_context.seccomp_profile).toEqual({ type: 'RuntimeDefault' });
    expect(pod.container).toHaveLength(1);
    const sc = pod.container[0].security_context;
    expect(sc.run_as_non_root).toBe(true);
    expect(sc.allow_privilege_escalation).toBe(false);
    expect(sc.privileged).toBe(false);
    expect(sc.read_only_root_filesystem).toBe(true);
    expect(sc.capabilities).toEqual({ drop: ['ALL'] });
    expect(sc.seccomp_profile).toEqual({ type: 'RuntimeDefault' });
  });

  test('requests and limits, ports, and a writable in-memory /tmp', () => {
    const { stack } = make({ ports: [Port.tcp(8080), Port.udp(8125)] });
    const container = resource(synth(stack), 'kubernetes_deployment_v1').spec.template.spec.container[0];
    expect(container.resources).toEqual({ requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } });
    expect(container.port).toEqual([{ container_port: 8080, protocol: 'TCP' }, { container_port: 8125, protocol: 'UDP' }]);
    expect(container.volume_mount).toEqual([{ name: 'tmp', mount_path: '/tmp' }]);
    const pod = resource(synth(stack), 'kubernetes_deployment_v1').spec.template.spec;
    expect(pod.volume).toEqual([{ name: 'tmp', empty_dir: { medium: 'Memory', size_limit: '64Mi' } }]);
  });

  test('a ClusterIP Service with the same ports and the pod selector', () => {
    const { stack } = make({ ports: [Port.tcp(8080), Port.udp(8125)] });
    const svc = resource(synth(stack), 'kubernetes_service_v1');
    expect(svc.metadata.name).toBe('api');
    expect(svc.spec.type).toBe('ClusterIP');
    expect(svc.spec.selector).toEqual({ 'app.kubernetes.io/name': 'api' });
    expect(svc.spec.port).toEqual([
      { name: 'tcp-8080', port: 8080, target_port: '8080', protocol: 'TCP' },
      { name: 'udp-8125', port: 8125, target_port: '8125', protocol: 'UDP' },
    ]);
  });

  test('labels: selector, sovereignty labels from the namespace, extra labels', () => {
    const { stack } = make({ labels: { 'app.kubernetes.io/part-of': 'shop' } });
    const d = resource(synth(stack), 'kubernetes_deployment_v1');
    expect(d.spec.selector.match_labels).toEqual({ 'app.kubernetes.io/name': 'api' });
    expect(d.spec.template.metadata.labels).toEqual({
      'app.kubernetes.io/name': 'api',
      'app.kubernetes.io/part-of': 'shop',
      'cdktf-sovereign.org/data-classification': 'confidential',
      'cdktf-sovereign.org/jurisdiction': 'EU',
      'cdktf-sovereign.org/owner': 'team-shop',
    });
  });

  test('secrets only by reference: secretEnv renders valueFrom.secretKeyRef, plain env stays plain', () => {
    const { stack } = make({ env: { LOG_LEVEL: 'info' }, secretEnv: { DB_PASSWORD: { secretName: 'db', key: 'password' } } });
    const env = resource(synth(stack), 'kubernetes_deployment_v1').spec.template.spec.container[0].env;
    expect(env).toEqual([
      { name: 'LOG_LEVEL', value: 'info' },
      { name: 'DB_PASSWORD', value_from: { secret_key_ref: { name: 'db', key: 'password' } } },
    ]);
  });

  test('topology spread across zones when replicas > 1; none for one replica', () => {
    const spread = resource(synth(make({ replicas: 3 }).stack), 'kubernetes_deployment_v1');
    expect(spread.spec.replicas).toBe('3');
    expect(spread.spec.template.spec.topology_spread_constraint).toEqual([{
      max_skew: 1,
      topology_key: 'topology.kubernetes.io/zone',
      when_unsatisfiable: 'ScheduleAnyway',
      label_selector: [{ match_labels: { 'app.kubernetes.io/name': 'api' } }],
    }]);
    const single = resource(synth(make({ replicas: 1 }).stack), 'kubernetes_deployment_v1');
    expect(single.spec.replicas).toBe('1');
    expect(single.spec.template.spec.topology_spread_constraint).toBeUndefined();
    expect(resource(synth(make().stack), 'kubernetes_deployment_v1').spec.replicas).toBe('2');
  });

  test('an image pinned by digest gets no warning', () => {
    const { stack, workload } = make();
    expect(workload.imagePinned).toBe(true);
    expect(resource(synth(stack), 'kubernetes_deployment_v1').metadata.annotations).toBeUndefined();
    expect(Testing.synth(stack)).not.toContain('not pinned by digest');
  });

  test('an image without digest gets an annotation and a synth warning', () => {
    const { stack, workload } = make({ image: 'registry.example.eu/shop/api:1.4' });
    expect(workload.imagePinned).toBe(false);
    const d = resource(synth(stack), 'kubernetes_deployment_v1');
    expect(d.metadata.annotations[IMAGE_NOT_PINNED_ANNOTATION]).toBe('registry.example.eu/shop/api:1.4');
    const warnings = workload.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/image "registry\.example\.eu\/shop\/api:1\.4" is not pinned by digest.*Pin it as <image>@sha256:<digest>/);
  });

  test('service account token only when asked', () => {
    const pod = resource(synth(make({ automountServiceAccountToken: true, serviceAccountName: 'operator' }).stack), 'kubernetes_deployment_v1').spec.template.spec;
    expect(pod.automount_service_account_token).toBe(true);
    expect(pod.service_account_name).toBe('operator');
  });

  test('an encrypted volume is mounted by claim reference', () => {
    const t = testStack();
    const ns = new SovereignNamespace(t.stack, 'Shop', { name: 'shop', owner: 'team-shop' });
    const sc = new EncryptedStorageClass(t.stack, 'Sc', { provider: Catalog.provider('upcloud') });
    const claim = new EncryptedVolumeClaim(t.stack, 'Data', { namespace: ns, storageClass: sc, name: 'data', size: '10Gi' });
    new SecureWorkload(t.stack, 'Db', { namespace: ns, name: 'db', image: PINNED, resources: RESOURCES, replicas: 1, volumes: [{ claim, mountPath: '/var/lib/db' }] });
    const json = synth(t.stack);
    const pod = resource(json, 'kubernetes_deployment_v1').spec.template.spec;
    expect(pod.volume[1]).toEqual({ name: 'data-0', persistent_volume_claim: { claim_name: `\${kubernetes_persistent_volume_claim_v1.${claim.resource.friendlyUniqueId}.metadata[0].name}`, read_only: false } });
    expect(pod.container[0].volume_mount[1]).toEqual({ name: 'data-0', mount_path: '/var/lib/db', read_only: false });
    expect(describeFindings(findings(json, t.policy))).toEqual([]);
  });

  test('several replicas on a ReadWriteOnce claim get a warning', () => {
    const t = testStack();
    const ns = new SovereignNamespace(t.stack, 'Shop', { name: 'shop', owner: 'team-shop' });
    const sc = new EncryptedStorageClass(t.stack, 'Sc', { provider: Catalog.provider('upcloud') });
    const claim = new EncryptedVolumeClaim(t.stack, 'Data', { namespace: ns, storageClass: sc, name: 'data', size: '10Gi' });
    const w = new SecureWorkload(t.stack, 'Db', { namespace: ns, name: 'db', image: PINNED, resources: RESOURCES, volumes: [{ claim, mountPath: '/data' }] });
    expect(w.node.metadata.map((m) => String(m.data)).join('\n')).toMatch(/2 replicas mount the ReadWriteOnce claim/);
  });

  test('compliance: zero findings by default', () => {
    const { stack, policy } = make({ image: 'registry.example.eu/shop/api:1.4' });
    expect(describeFindings(findings(synth(stack), policy))).toEqual([]);
  });

  test('opting out of a read-only root filesystem is reported by SOV-POD-SECURITY', () => {
    const { stack, policy, workload } = make({ readOnlyRootFilesystem: false });
    const json = synth(stack);
    expect(resource(json, 'kubernetes_deployment_v1').spec.template.spec.container[0].security_context.read_only_root_filesystem).toBe(false);
    const found = findings(json, policy);
    expect(found.map((f) => `${f.ruleId} ${f.address}`)).toEqual([`SOV-POD-SECURITY kubernetes_deployment_v1.${workload.deployment.friendlyUniqueId}`]);
    expect(found[0].message).toMatch(/The container "api" is not hardened: read_only_root_filesystem = false/);
  });

  test('construct IDs are stable', () => {
    const { workload } = make();
    expect(workload.node.children.map((c) => c.node.id)).toEqual(['Resource', 'Service']);
  });
});

describe('SecureWorkload: bad input', () => {
  test.each([[0], [-1], [1.5]])('replicas %j', (replicas) => {
    expect(() => make({ replicas })).toThrow(new RegExp(`replicas: got ${replicas}\\. Allowed: a whole number of at least 1\\. Fix: use 1 for a single pod`));
  });

  test('missing limits', () => {
    expect(() => make({ resources: { cpuRequest: '250m', memoryRequest: '256Mi' } as never }))
      .toThrow(/resources: got \{"cpuRequest":"250m","memoryRequest":"256Mi"\}\. Allowed: cpuRequest, cpuLimit, memoryRequest and memoryLimit, all set.*Fix: add cpuLimit, memoryLimit/);
    expect(() => make({ resources: undefined as never })).toThrow(/resources: got "no resources"/);
  });

  test('malformed quantities and requests above limits', () => {
    expect(() => make({ resources: { ...RESOURCES, memoryLimit: '512MB' } })).toThrow(/resources memory limit: got "512MB"\. Allowed: a positive Kubernetes quantity/);
    expect(() => make({ resources: { ...RESOURCES, cpuRequest: '2' } })).toThrow(/resources CPU: got \{"request":"2","limit":"1"\}\. Allowed: a request at most the limit/);
  });

  test('name must be a DNS-1123 label', () => {
    expect(() => make({ name: 'API' })).toThrow(/SecureWorkload "test\/Api" name: got "API"\. Allowed: a DNS-1123 label.*"api"/);
  });

  test('secret-looking plain env variables are refused', () => {
    expect(() => make({ env: { DB_PASSWORD: 'hunter2', API_TOKEN: 'x', LOG_LEVEL: 'info' } }))
      .toThrow(/env: got \["DB_PASSWORD","API_TOKEN"\]\. Allowed: plain values only for variables that are not secrets.*Fix: move DB_PASSWORD, API_TOKEN to secretEnv/);
  });

  test('root is refused', () => {
    expect(() => make({ runAsUser: 0 })).toThrow(/runAsUser: got 0\. Allowed: a non-root ID/);
  });

  test('ports: at least one, in range', () => {
    expect(() => make({ ports: [] })).toThrow(/ports: got \[\]\. Allowed: at least one port/);
    expect(() => make({ ports: [Port.tcp(70000)] })).toThrow(/got 70000/);
  });

  test('volumes: absolute mount path, claim of the same namespace', () => {
    const t = testStack();
    const a = new SovereignNamespace(t.stack, 'A', { name: 'a', owner: 'me' });
    const b = new SovereignNamespace(t.stack, 'B', { name: 'b', owner: 'me' });
    const sc = new EncryptedStorageClass(t.stack, 'Sc', { provider: Catalog.provider('upcloud') });
    const claim = new EncryptedVolumeClaim(t.stack, 'Data', { namespace: a, storageClass: sc, name: 'data', size: '10Gi' });
    expect(() => new SecureWorkload(t.stack, 'W1', { namespace: a, name: 'w1', image: PINNED, resources: RESOURCES, volumes: [{ claim, mountPath: 'data' }] }))
      .toThrow(/volumes\[0\]\.mountPath: got "data"\. Allowed: an absolute path/);
    expect(() => new SecureWorkload(t.stack, 'W2', { namespace: b, name: 'w2', image: PINNED, resources: RESOURCES, volumes: [{ claim, mountPath: '/data' }] }))
      .toThrow(/volumes\[0\]\.claim: got "test\/Data"\. Allowed: a claim in the workload's own namespace/);
  });
});
