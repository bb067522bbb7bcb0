import { RuleId } from '../../../lib/compliance/rules/ids';
import { networkIsolationRule } from '../../../lib/compliance/rules/network-isolation';
import { FindingLevel } from '../../../lib/compliance/types';
import { findingsOf, flagged, tf } from '../helpers';
import { hcl } from './network-security/hcl';

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

  test('a policy with a non-empty pod selector is not a default deny; one whose egress only allows named peers or named ports is', () => {
    const config = tf({
      resource: {
        kubernetes_namespace_v1: { labelled: ns('labelled'), allowing: ns('allowing'), wide: ns('wide'), https: ns('https') },
        kubernetes_network_policy_v1: {
          web: policy('labelled', { pod_selector: { match_labels: { app: 'web' } }, policy_types: ['Ingress', 'Egress'] }),
          // Denies ingress (no ingress rules) and every egress but DNS to kube-system.
          dns: policy('allowing', {
            pod_selector: {},
            policy_types: ['Ingress', 'Egress'],
            egress: [{ to: [{ namespace_selector: { match_labels: { 'kubernetes.io/metadata.name': 'kube-system' } } }], ports: [{ port: '53', protocol: 'UDP' }] }],
          }),
          // Denies ingress; egress on every port goes anywhere but 10.0.0.0/8.
          https: policy('wide', {
            pod_selector: {},
            policy_types: ['Ingress', 'Egress'],
            egress: [{ to: [{ ip_block: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } }] }],
          }),
          // An exception: HTTPS to anywhere, nothing else.
          https443: policy('https', {
            pod_selector: {},
            policy_types: ['Ingress', 'Egress'],
            egress: [{ to: [{ ip_block: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } }], ports: [{ port: '443', protocol: 'TCP' }] }],
          }),
        },
      },
    });
    expect(flagged(config, N)).toEqual(['kubernetes_namespace_v1.labelled', 'kubernetes_namespace_v1.wide', 'kubernetes_network_policy_v1.https']);
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

  test('egress rules that reach every peer on every port are not a deny: no peers and no ports, /0, empty selectors, every port', () => {
    const cases: Record<string, Record<string, unknown>> = {
      nothing: {},
      world: { to: [{ ip_block: { cidr: '::/0' } }] },
      allns: { to: [{ namespace_selector: {} }], ports: [{ port: 1, end_port: 65535 }] },
      notin: { to: [{ namespace_selector: { match_expressions: [{ key: 'team', operator: 'NotIn', values: ['x'] }] } }] },
      protocolonly: { ports: [{ protocol: 'UDP' }] },
      emptypeer: { to: [{}], ports: [{ protocol: 'TCP' }] },
    };
    const config = tf({
      resource: {
        kubernetes_namespace_v1: Object.fromEntries(Object.keys(cases).map((n) => [n, ns(n)])),
        kubernetes_network_policy_v1: Object.fromEntries(Object.entries(cases).map(([n, rule]) => [n, policy(n, { pod_selector: {}, policy_types: ['Ingress', 'Egress'], egress: [rule] })])),
      },
    });
    const names = Object.keys(cases);
    expect(flagged(config, N)).toEqual([...names.map((n) => `kubernetes_namespace_v1.${n}`), ...names.map((n) => `kubernetes_network_policy_v1.${n}`)].sort());
    for (const n of names) {
      expect(messagesOf(config, `kubernetes_namespace_v1.${n}`)).toMatch(new RegExp(`no default-deny Egress NetworkPolicy .*kubernetes_network_policy_v1\\.${n} allows every peer on every port\\.$`));
    }
    expect(messagesOf(config, 'kubernetes_network_policy_v1.world')).toMatch(/^spec\.egress has a rule to ::\/0 on every port/);
    expect(messagesOf(config, 'kubernetes_network_policy_v1.allns')).toMatch(/^spec\.egress has a rule to every namespace \(empty namespace selector\) on every port, .*every pod may connect to any pod in the cluster/);
    expect(messagesOf(config, 'kubernetes_network_policy_v1.protocolonly')).toMatch(/^spec\.egress has a rule without to peers on every port/);
    expect(messagesOf(config, 'kubernetes_network_policy_v1.emptypeer')).toMatch(/^spec\.egress has a rule with an empty to peer on every port/);
  });

  test('egress rules narrowed on one axis are exceptions of a default deny: named ports to any peer, named peers on any port', () => {
    const dnsPeer = { namespace_selector: { match_labels: { 'kubernetes.io/metadata.name': 'kube-system' } } };
    const cases: Record<string, Record<string, unknown>> = {
      nopeers: { ports: [{ port: '53', protocol: 'UDP' }] },
      noports: { to: [dnsPeer] },
      world443: { to: [{ ip_block: { cidr: '::/0' } }], ports: [{ port: '443' }] },
      allns53: { to: [{ namespace_selector: {} }], ports: [{ port: '53', protocol: 'UDP' }] },
      samens: { to: [{ pod_selector: {} }] },
      range: { to: [dnsPeer], ports: [{ port: 1, end_port: 65535 }] },
      partrange: { to: [{ ip_block: { cidr: '0.0.0.0/0' } }], ports: [{ port: 8000, end_port: 8100 }] },
      internal: { to: [{ ip_block: { cidr: '10.0.0.0/8' } }], ports: [{ port: '5432', protocol: 'TCP' }] },
    };
    const config = tf({
      resource: {
        kubernetes_namespace_v1: Object.fromEntries(Object.keys(cases).map((n) => [n, ns(n)])),
        kubernetes_network_policy_v1: Object.fromEntries(Object.entries(cases).map(([n, rule]) => [n, policy(n, { pod_selector: {}, policy_types: ['Ingress', 'Egress'], egress: [rule] })])),
      },
    });
    expect(flagged(config, N)).toEqual([]);
  });

  test('an egress peer from an expression: a variable default decides, anything else cannot be verified', () => {
    const config = tf({
      variable: { office: { type: 'string', default: '192.0.2.0/24' }, anywhere: { type: 'string', default: '0.0.0.0/0' } },
      resource: {
        kubernetes_namespace_v1: { office: ns('office'), anywhere: ns('anywhere'), computed: ns('computed') },
        kubernetes_network_policy_v1: Object.fromEntries(['office', 'anywhere', 'computed'].map((n) => [n, policy(n, {
          pod_selector: {},
          policy_types: ['Ingress', 'Egress'],
          egress: [{ to: [{ ip_block: { cidr: n === 'computed' ? '${local.cidr}' : `\${var.${n}}` } }] }],
        })])),
      },
    });
    expect(flagged(config, N)).toEqual(['kubernetes_namespace_v1.anywhere', 'kubernetes_namespace_v1.computed', 'kubernetes_network_policy_v1.anywhere']);
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
    expect(messagesOf(config, 'kubernetes_namespace_v1.open')).toMatch(/do not deny Ingress and Egress: kubernetes_network_policy_v1\.allow_all allows every peer on every port\.$/);
    const policyMessages = messagesOf(config, 'kubernetes_network_policy_v1.allow_all');
    expect(policyMessages).toMatch(/spec\.ingress has a rule without from peers/);
    expect(policyMessages).toMatch(/spec\.egress has a rule to 0\.0\.0\.0\/0 on every port/);
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

describe('default deny with exceptions (issue 16, class 4)', () => {
  /** The one finding of the rule at an address, asserted field by field by the caller. */
  const only = (config: Record<string, unknown>, address: string) => {
    const found = findingsOf(config, N).filter((f) => f.address === address);
    expect(found).toHaveLength(1);
    return found[0];
  };
  const manifest = (namespace: string, spec: Record<string, unknown>) => ({
    manifest: { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'deny', namespace }, spec },
  });

  test('HCL: an empty pod selector, both policy types and a few egress allowances (DNS on any peer, a CIDR on 443) is a default deny', async () => {
    const config = await hcl(`
      resource "kubernetes_namespace_v1" "web" {
        metadata { name = "web" }
      }
      resource "kubernetes_namespace_v1" "pay" {
        metadata { name = "pay" }
      }
      resource "kubernetes_network_policy_v1" "web_in" {
        metadata {
          name      = "deny-ingress"
          namespace = kubernetes_namespace_v1.web.metadata[0].name
        }
        spec {
          pod_selector {}
          policy_types = ["Ingress"]
        }
      }
      resource "kubernetes_network_policy_v1" "web_out" {
        metadata {
          name      = "deny-egress-except-dns"
          namespace = kubernetes_namespace_v1.web.metadata[0].name
        }
        spec {
          pod_selector {}
          policy_types = ["Egress"]
          egress {
            ports {
              port     = "53"
              protocol = "UDP"
            }
          }
        }
      }
      resource "kubernetes_network_policy" "pay" {
        metadata {
          name      = "default-deny"
          namespace = "pay"
        }
        spec {
          pod_selector {
            match_labels = {}
          }
          policy_types = ["Ingress", "Egress"]
          egress {
            to {
              ip_block {
                cidr = "203.0.113.64/28"
              }
            }
            ports {
              port     = "443"
              protocol = "TCP"
            }
          }
          egress {
            to {
              ip_block {
                cidr = "0.0.0.0/0"
              }
            }
            ports {
              port     = "443"
              protocol = "TCP"
            }
          }
        }
      }
    `);
    expect(flagged(config, N)).toEqual([]);
  });

  test('manifest: podSelector {} with both policy types and DNS allowed out on any peer is a default deny; so is an empty matchLabels', () => {
    const dnsOut = [{ ports: [{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }] }];
    const config = tf({
      resource: {
        kubernetes_namespace_v1: { ingest: ns('ingest'), labels: ns('labels') },
        kubernetes_manifest: {
          ingest: manifest('${kubernetes_namespace_v1.ingest.metadata[0].name}', { podSelector: {}, policyTypes: ['Ingress', 'Egress'], egress: dnsOut }),
          labels: manifest('labels', { podSelector: { matchLabels: {} }, policyTypes: ['Ingress', 'Egress'], egress: dnsOut }),
        },
      },
    });
    expect(flagged(config, N)).toEqual([]);
  });

  test('policy types omitted: Ingress always, Egress because there are egress rules — a deny in both directions, in both spellings', () => {
    const config = tf({
      resource: {
        kubernetes_namespace_v1: { tf: ns('tf'), api: ns('api'), inonly: ns('inonly') },
        kubernetes_network_policy_v1: {
          tf: policy('tf', { pod_selector: {}, egress: [{ ports: [{ port: '53', protocol: 'UDP' }] }] }),
          inonly: policy('inonly', { pod_selector: {}, ingress: [{ from: [{ namespace_selector: { match_labels: { team: 'edge' } } }] }] }),
        },
        kubernetes_manifest: {
          api: manifest('api', { podSelector: {}, egress: [{ to: [{ ipBlock: { cidr: '10.20.0.0/16' } }] }] }),
        },
      },
    });
    expect(flagged(config, N)).toEqual(['kubernetes_namespace_v1.inonly']);
    const f = only(config, 'kubernetes_namespace_v1.inonly');
    expect(f.ruleId).toBe('SOV-NETWORK-ISOLATION');
    expect(f.level).toBe(FindingLevel.ERROR);
    expect(f.message).toBe(
      'Namespace "inonly" has no default-deny Egress NetworkPolicy (one whose pod selector is empty, whose policy types include Egress '
      + 'and whose egress rules, if any, allow named exceptions only); its policies (kubernetes_network_policy_v1.inonly) do not deny Egress: '
      + 'kubernetes_network_policy_v1.inonly has policy types Ingress only.',
    );
  });

  test('an empty policy types list defaults like an omitted one (Kubernetes defaulting: len(policyTypes) == 0)', () => {
    const config = tf({
      resource: {
        kubernetes_namespace_v1: { both: ns('both'), inonly: ns('inonly') },
        kubernetes_network_policy_v1: {
          both: policy('both', { pod_selector: {}, policy_types: [], egress: [{ ports: [{ port: '53', protocol: 'UDP' }] }] }),
          inonly: policy('inonly', { pod_selector: {}, policy_types: [] }),
        },
      },
    });
    expect(flagged(config, N)).toEqual(['kubernetes_namespace_v1.inonly']);
    expect(only(config, 'kubernetes_namespace_v1.inonly').message).toMatch(/do not deny Egress: kubernetes_network_policy_v1\.inonly has policy types Ingress only\.$/);
  });

  test('ingress allowances from named peers keep the deny; a select-all rule on every port does not', () => {
    const config = tf({
      resource: {
        kubernetes_namespace_v1: { edge: ns('edge'), open: ns('open') },
        kubernetes_network_policy_v1: {
          edge: policy('edge', {
            pod_selector: {},
            policy_types: ['Ingress', 'Egress'],
            ingress: [{ from: [{ namespace_selector: { match_labels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }], ports: [{ port: '8080', protocol: 'TCP' }] }],
          }),
          open: policy('open', {
            pod_selector: {},
            policy_types: ['Ingress', 'Egress'],
            ingress: [{ from: [{ namespace_selector: {} }] }],
          }),
        },
      },
    });
    expect(flagged(config, N)).toEqual(['kubernetes_namespace_v1.open', 'kubernetes_network_policy_v1.open']);
    const ns1 = only(config, 'kubernetes_namespace_v1.open');
    expect(ns1.level).toBe(FindingLevel.ERROR);
    expect(ns1.message).toBe(
      'Namespace "open" has no default-deny Ingress NetworkPolicy (one whose pod selector is empty, whose policy types include Ingress '
      + 'and whose ingress rules, if any, allow named exceptions only); its policies (kubernetes_network_policy_v1.open) do not deny Ingress: '
      + 'kubernetes_network_policy_v1.open allows every peer on every port.',
    );
    const p = only(config, 'kubernetes_network_policy_v1.open');
    expect(p.ruleId).toBe('SOV-NETWORK-ISOLATION');
    expect(p.level).toBe(FindingLevel.ERROR);
    expect(p.attribute).toBe('spec.ingress');
    expect(p.message).toBe(
      'spec.ingress has a rule from every namespace (empty namespace selector) on every port, and spec.pod_selector is empty: '
      + 'every pod accepts traffic from anywhere in the cluster, which overrides the namespace\'s default deny.',
    );
  });

  test('an egress allowance to 0.0.0.0/0 on every port is not a default deny: reported on the namespace and on the policy', () => {
    const config = tf({
      resource: {
        kubernetes_namespace_v1: { world: ns('world'), range: ns('range') },
        kubernetes_network_policy_v1: {
          world: policy('world', { pod_selector: {}, policy_types: ['Ingress', 'Egress'], egress: [{ to: [{ ip_block: { cidr: '0.0.0.0/0' } }] }] }),
        },
        kubernetes_manifest: {
          range: manifest('range', { podSelector: {}, policyTypes: ['Ingress', 'Egress'], egress: [{ to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['169.254.169.254/32'] } }], ports: [{ port: 1, endPort: 65535, protocol: 'TCP' }] }] }),
        },
      },
    });
    expect(flagged(config, N)).toEqual(['kubernetes_manifest.range', 'kubernetes_namespace_v1.range', 'kubernetes_namespace_v1.world', 'kubernetes_network_policy_v1.world']);
    const world = only(config, 'kubernetes_namespace_v1.world');
    expect(world.ruleId).toBe('SOV-NETWORK-ISOLATION');
    expect(world.level).toBe(FindingLevel.ERROR);
    expect(world.message).toBe(
      'Namespace "world" has no default-deny Egress NetworkPolicy (one whose pod selector is empty, whose policy types include Egress '
      + 'and whose egress rules, if any, allow named exceptions only); its policies (kubernetes_network_policy_v1.world) do not deny Egress: '
      + 'kubernetes_network_policy_v1.world allows every peer on every port.',
    );
    const p = only(config, 'kubernetes_network_policy_v1.world');
    expect(p.attribute).toBe('spec.egress');
    expect(p.message).toBe(
      'spec.egress has a rule to 0.0.0.0/0 on every port, and spec.pod_selector is empty: every pod may connect anywhere, which overrides the namespace\'s default deny.',
    );
    const m = only(config, 'kubernetes_manifest.range');
    expect(m.attribute).toBe('manifest.spec.egress');
    expect(m.message).toBe(
      'manifest.spec.egress has a rule to 0.0.0.0/0 (except 169.254.169.254/32) on every port, and manifest.spec.podSelector is empty: every pod may connect anywhere, which overrides the namespace\'s default deny.',
    );
  });
});
