import { RuleId } from '../../../lib/compliance/rules/ids';
import { networkIsolationRule } from '../../../lib/compliance/rules/network-isolation';
import { findingsOf, flagged, tf } from '../helpers';

const N = RuleId.NETWORK_ISOLATION;

function messagesOf(config: Record<string, unknown>, address: string): string {
  return findingsOf(config, N).filter((f) => f.address === address).map((f) => f.message).join('\n');
}

const ns = (name: string) => ({ metadata: { name } });
/** A kubernetes_network_policy_v1 body in namespace `namespace` (a literal name or an expression). */
const policy = (namespace: string, spec: Record<string, unknown>) => ({ metadata: { name: 'p', namespace }, spec });
const DENY_ALL = { pod_selector: {}, policy_types: ['Ingress', 'Egress'] };

describe('default deny for ingress and egress in every namespace', () => {
  test('a namespace without any NetworkPolicy is flagged; one with a deny-all policy (by reference) is not', () => {
    const config = tf({
      resource: {
        kubernetes_namespace_v1: { app: ns('app'), bare: ns('bare') },
        kubernetes_network_policy_v1: { deny: policy('${kubernetes_namespace_v1.app.metadata[0].name}', DENY_ALL) },
      },
    });
    expect(flagged(config, N)).toEqual(['kubernetes_namespace_v1.bare']);
    expect(messagesOf(config, 'kubernetes_namespace_v1.bare')).toMatch(/Namespace "bare" has no NetworkPolicy/);
    expect(findingsOf(config, N)[0].remediation).toMatch(/pod_selector \{\} policy_types = \["Ingress", "Egress"\]/);
  });

  test('policies linked by literal namespace name, written the HCL way (nested blocks as lists)', () => {
    const config = tf({
      resource: {
        kubernetes_namespace: { app: [{ metadata: [{ name: 'app' }] }] },
        kubernetes_network_policy: {
          deny: [{ metadata: [{ name: 'deny', namespace: 'app' }], spec: [{ pod_selector: [{}], policy_types: ['Ingress', 'Egress'] }] }],
        },
      },
    });
    expect(flagged(config, N)).toEqual([]);
  });

  test('two policies that together cover Ingress and Egress are enough', () => {
    const config = tf({
      resource: {
        kubernetes_namespace_v1: { app: ns('app') },
        kubernetes_network_policy_v1: {
          in: policy('app', { pod_selector: {}, policy_types: ['Ingress'] }),
          out: policy('app', { pod_selector: {}, policy_types: ['Egress'] }),
        },
      },
    });
    expect(flagged(config, N)).toEqual([]);
  });

  test('omitted policy_types means Ingress only, so egress stays open', () => {
    const config = tf({
      resource: {
        kubernetes_namespace_v1: { app: ns('app') },
        kubernetes_network_policy_v1: { deny: policy('app', { pod_selector: {} }) },
      },
    });
    expect(flagged(config, N)).toEqual(['kubernetes_namespace_v1.app']);
    expect(messagesOf(config, 'kubernetes_namespace_v1.app')).toMatch(/no default-deny Egress NetworkPolicy/);
    expect(messagesOf(config, 'kubernetes_namespace_v1.app')).not.toMatch(/Ingress and Egress/);
  });

  test('a policy with a non-empty pod selector, or with allowing rules, is not a default deny', () => {
    const config = tf({
      resource: {
        kubernetes_namespace_v1: { labelled: ns('labelled'), allowing: ns('allowing') },
        kubernetes_network_policy_v1: {
          web: policy('labelled', { pod_selector: { match_labels: { app: 'web' } }, policy_types: ['Ingress', 'Egress'] }),
          dns: policy('allowing', {
            pod_selector: {},
            policy_types: ['Ingress', 'Egress'],
            egress: [{ to: [{ namespace_selector: { match_labels: { 'kubernetes.io/metadata.name': 'kube-system' } } }], ports: [{ port: '53', protocol: 'UDP' }] }],
          }),
        },
      },
    });
    expect(flagged(config, N)).toEqual(['kubernetes_namespace_v1.allowing', 'kubernetes_namespace_v1.labelled']);
    // The DNS policy denies ingress (no ingress rules) but allows some egress: only egress is missing.
    expect(messagesOf(config, 'kubernetes_namespace_v1.allowing')).toMatch(/no default-deny Egress NetworkPolicy/);
    expect(messagesOf(config, 'kubernetes_namespace_v1.labelled')).toMatch(/no default-deny Ingress and Egress NetworkPolicy/);
  });

  test('a namespace whose only policy allows everything is flagged, and so is the policy', () => {
    const config = tf({
      resource: {
        kubernetes_namespace_v1: { open: ns('open') },
        kubernetes_network_policy_v1: {
          allow_all: policy('${kubernetes_namespace_v1.open.metadata[0].name}', { pod_selector: {}, policy_types: ['Ingress', 'Egress'], ingress: [{}], egress: [{ to: [{ ip_block: { cidr: '0.0.0.0/0' } }] }] }),
        },
      },
    });
    expect(flagged(config, N)).toEqual(['kubernetes_namespace_v1.open', 'kubernetes_network_policy_v1.allow_all']);
    expect(messagesOf(config, 'kubernetes_namespace_v1.open')).toMatch(/kubernetes_network_policy_v1\.allow_all allows all traffic to every pod/);
    const policyMessages = messagesOf(config, 'kubernetes_network_policy_v1.allow_all');
    expect(policyMessages).toMatch(/spec\.ingress has a rule without from peers/);
    expect(policyMessages).toMatch(/spec\.egress has a rule without to peers \(or with 0\.0\.0\.0\/0\)/);
  });

  test('an allow-all policy undoes a default deny in the same namespace', () => {
    const config = tf({
      resource: {
        kubernetes_namespace_v1: { app: ns('app') },
        kubernetes_network_policy_v1: {
          deny: policy('app', DENY_ALL),
          open: policy('app', { pod_selector: {}, policy_types: ['Ingress'], ingress: [{ from: [] }] }),
          web: policy('app', { pod_selector: { match_labels: { app: 'web' } }, policy_types: ['Ingress'], ingress: [{ ports: [{ port: '443' }] }] }),
        },
      },
    });
    expect(flagged(config, N)).toEqual(['kubernetes_network_policy_v1.open']);
  });

  test('a pod selector or policy types from an unknown expression cannot be verified', () => {
    const config = tf({
      variable: { types: { type: 'list(string)', default: ['Ingress', 'Egress'] } },
      resource: {
        kubernetes_namespace_v1: { a: ns('a'), b: ns('b') },
        kubernetes_network_policy_v1: {
          a: policy('a', { pod_selector: {}, policy_types: '${var.types}' }),
          b: policy('b', { pod_selector: {}, policy_types: '${local.types}' }),
        },
      },
    });
    expect(flagged(config, N)).toEqual(['kubernetes_namespace_v1.b']);
    expect(messagesOf(config, 'kubernetes_namespace_v1.b')).toMatch(/cannot be verified before apply/);
  });

  test('NetworkPolicies written as kubernetes_manifest count (camelCase fields, omitted podSelector = all pods)', () => {
    const manifest = (namespace: string, spec: Record<string, unknown>) => ({
      manifest: { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'deny', namespace }, spec },
    });
    const config = tf({
      resource: {
        kubernetes_namespace_v1: { a: ns('a'), b: ns('b'), c: ns('c') },
        kubernetes_manifest: {
          a: manifest('${kubernetes_namespace_v1.a.metadata[0].name}', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }),
          b: manifest('b', { policyTypes: ['Ingress', 'Egress'] }),
          c: manifest('c', { podSelector: {}, policyTypes: ['Ingress', 'Egress'], ingress: [{}] }),
          other: { manifest: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', namespace: 'c' }, data: {} } },
        },
      },
    });
    expect(flagged(config, N)).toEqual(['kubernetes_manifest.c', 'kubernetes_namespace_v1.c']);
    expect(messagesOf(config, 'kubernetes_manifest.c')).toMatch(/manifest\.spec\.ingress has a rule without from peers/);
  });

  test('namespaces not created in the configuration are not judged', () => {
    const config = tf({
      resource: { kubernetes_network_policy_v1: { deny: policy('existing', DENY_ALL) } },
    });
    expect(flagged(config, N)).toEqual([]);
  });
});

describe('metadata', () => {
  test('evaluates namespaces and NetworkPolicies', () => {
    expect(networkIsolationRule.metadata.resourceTypes).toEqual([
      'kubernetes_namespace', 'kubernetes_namespace_v1', 'kubernetes_network_policy', 'kubernetes_network_policy_v1', 'kubernetes_manifest',
    ]);
  });
});
