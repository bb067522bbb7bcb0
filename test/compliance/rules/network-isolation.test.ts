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

  test('a policy with a non-empty pod selector is not a default deny; one whose egress only allows named peers on named ports is', () => {
    const config = tf({
      resource: {
        kubernetes_namespace_v1: { labelled: ns('labelled'), allowing: ns('allowing'), wide: ns('wide') },
        kubernetes_network_policy_v1: {
          web: policy('labelled', { pod_selector: { match_labels: { app: 'web' } }, policy_types: ['Ingress', 'Egress'] }),
          // Denies ingress (no ingress rules) and every egress but DNS to kube-system.
          dns: policy('allowing', {
            pod_selector: {},
            policy_types: ['Ingress', 'Egress'],
            egress: [{ to: [{ namespace_selector: { match_labels: { 'kubernetes.io/metadata.name': 'kube-system' } } }], ports: [{ port: '53', protocol: 'UDP' }] }],
          }),
          // Denies ingress, but egress on port 443 goes anywhere.
          https: policy('wide', {
            pod_selector: {},
            policy_types: ['Ingress', 'Egress'],
            egress: [{ to: [{ ip_block: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } }], ports: [{ port: '443', protocol: 'TCP' }] }],
          }),
        },
      },
    });
    expect(flagged(config, N)).toEqual(['kubernetes_namespace_v1.labelled', 'kubernetes_namespace_v1.wide']);
    expect(messagesOf(config, 'kubernetes_namespace_v1.wide')).toMatch(/no default-deny Egress NetworkPolicy/);
    expect(messagesOf(config, 'kubernetes_namespace_v1.wide')).not.toMatch(/Ingress and Egress/);
    expect(messagesOf(config, 'kubernetes_namespace_v1.labelled')).toMatch(/no default-deny Ingress and Egress NetworkPolicy/);
  });

  test('the cluster-DNS pattern (namespace + pod selector, UDP and TCP 53) denies all other egress, in both spellings', () => {
    const dnsRule = {
      to: [{ namespace_selector: [{ match_labels: { 'kubernetes.io/metadata.name': 'kube-system' } }], pod_selector: [{ match_labels: { 'k8s-app': 'kube-dns' } }] }],
      ports: [{ port: '53', protocol: 'UDP' }, { port: '53', protocol: 'TCP' }],
    };
    const manifest = (namespace: string, spec: Record<string, unknown>) => ({
      manifest: { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'dns', namespace }, spec },
    });
    const config = tf({
      resource: {
        kubernetes_namespace_v1: { hcl: ns('hcl'), api: ns('api'), labelled: ns('labelled') },
        kubernetes_network_policy_v1: {
          deny_in: policy('hcl', { pod_selector: {}, policy_types: ['Ingress'] }),
          // HCL spelling: nested blocks as lists, policy types omitted (Egress because there are egress rules).
          dns: [{ metadata: [{ name: 'dns', namespace: '${kubernetes_namespace_v1.hcl.metadata[0].name}' }], spec: [{ pod_selector: [{}], egress: [dnsRule] }] }],
          deny_in_labelled: policy('labelled', { pod_selector: {}, policy_types: ['Ingress'] }),
          // Not select-all: pods without the label keep unrestricted egress.
          dns_labelled: policy('labelled', { pod_selector: { match_labels: { app: 'web' } }, policy_types: ['Egress'], egress: [dnsRule] }),
        },
        kubernetes_manifest: {
          api: manifest('api', {
            podSelector: {},
            policyTypes: ['Ingress', 'Egress'],
            egress: [{
              to: [{ namespaceSelector: { matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'In', values: ['kube-system'] }] }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
              ports: [{ port: 53, protocol: 'UDP' }],
            }],
          }),
        },
      },
    });
    expect(flagged(config, N)).toEqual(['kubernetes_namespace_v1.labelled']);
    expect(messagesOf(config, 'kubernetes_namespace_v1.labelled')).toMatch(/no default-deny Egress NetworkPolicy/);
  });

  test('egress rules that reach everything are not a deny: no peers, no ports, /0, empty selectors, every port', () => {
    const dnsPeer = { namespace_selector: { match_labels: { 'kubernetes.io/metadata.name': 'kube-system' } } };
    const cases: Record<string, Record<string, unknown>> = {
      nopeers: { ports: [{ port: '53', protocol: 'UDP' }] },
      noports: { to: [dnsPeer] },
      world: { to: [{ ip_block: { cidr: '::/0' } }], ports: [{ port: '443' }] },
      allns: { to: [{ namespace_selector: {} }], ports: [{ port: '53', protocol: 'UDP' }] },
      samens: { to: [{ pod_selector: {} }], ports: [{ port: '8080' }] },
      notin: { to: [{ namespace_selector: { match_expressions: [{ key: 'team', operator: 'NotIn', values: ['x'] }] } }], ports: [{ port: '53' }] },
      range: { to: [dnsPeer], ports: [{ port: 1, end_port: 65535 }] },
      protocolonly: { to: [dnsPeer], ports: [{ protocol: 'UDP' }] },
    };
    const config = tf({
      resource: {
        kubernetes_namespace_v1: Object.fromEntries([...Object.keys(cases), 'internal'].map((n) => [n, ns(n)])),
        kubernetes_network_policy_v1: {
          ...Object.fromEntries(Object.entries(cases).map(([n, rule]) => [n, policy(n, { pod_selector: {}, policy_types: ['Ingress', 'Egress'], egress: [rule] })])),
          // A private range on named ports is narrow.
          internal: policy('internal', { pod_selector: {}, policy_types: ['Ingress', 'Egress'], egress: [{ to: [{ ip_block: { cidr: '10.0.0.0/8' } }], ports: [{ port: '5432', protocol: 'TCP' }] }] }),
        },
      },
    });
    expect(flagged(config, N)).toEqual(Object.keys(cases).map((n) => `kubernetes_namespace_v1.${n}`).sort());
    for (const n of Object.keys(cases)) expect(messagesOf(config, `kubernetes_namespace_v1.${n}`)).toMatch(/no default-deny Egress NetworkPolicy/);
  });

  test('an egress peer from an expression: a variable default decides, anything else cannot be verified', () => {
    const config = tf({
      variable: { office: { type: 'string', default: '192.0.2.0/24' }, anywhere: { type: 'string', default: '0.0.0.0/0' } },
      resource: {
        kubernetes_namespace_v1: { office: ns('office'), anywhere: ns('anywhere'), computed: ns('computed') },
        kubernetes_network_policy_v1: Object.fromEntries(['office', 'anywhere', 'computed'].map((n) => [n, policy(n, {
          pod_selector: {},
          policy_types: ['Ingress', 'Egress'],
          egress: [{ to: [{ ip_block: { cidr: n === 'computed' ? '${local.cidr}' : `\${var.${n}}` } }], ports: [{ port: '443' }] }],
        })])),
      },
    });
    expect(flagged(config, N)).toEqual(['kubernetes_namespace_v1.anywhere', 'kubernetes_namespace_v1.computed']);
    expect(messagesOf(config, 'kubernetes_namespace_v1.anywhere')).toMatch(/no default-deny Egress NetworkPolicy/);
    expect(messagesOf(config, 'kubernetes_namespace_v1.computed')).toMatch(/denies Egress by default cannot be verified before apply/);
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
  test('evaluates namespaces, NetworkPolicies and CNI Helm releases', () => {
    expect(networkIsolationRule.metadata.resourceTypes).toEqual([
      'kubernetes_namespace', 'kubernetes_namespace_v1', 'kubernetes_network_policy', 'kubernetes_network_policy_v1', 'kubernetes_manifest', 'helm_release',
    ]);
  });
});
