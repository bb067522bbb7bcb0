import { TerraformVariable } from 'cdktf';
import { SovereigntyChecks } from '../../lib/compliance/synth';
import { DataClassification } from '../../lib/core/classification';
import { Jurisdiction } from '../../lib/core/jurisdiction';
import { PodSecurityLevel, SovereignNamespace } from '../../lib/kubernetes/namespace';
import { describeFindings, findings, PACKS, resource, resources, synth, testStack } from './helpers';

describe('SovereignNamespace', () => {
  test('labels: classification, jurisdiction, owner and Pod Security restricted with a pinned version', () => {
    const { stack } = testStack({ jurisdiction: Jurisdiction.countries(['DE', 'AT']) });
    new SovereignNamespace(stack, 'Payments', { name: 'payments', owner: 'team-payments', dataClassification: DataClassification.PERSONAL });
    const ns = resource(synth(stack), 'kubernetes_namespace_v1');
    const labels = ns.metadata.labels;
    expect(ns.metadata.name).toBe('payments');
    expect(labels['cdktf-sovereign.org/data-classification']).toBe('personal');
    expect(labels['cdktf-sovereign.org/jurisdiction']).toBe('AT_DE');
    expect(labels['cdktf-sovereign.org/owner']).toBe('team-payments');
    for (const mode of ['enforce', 'audit', 'warn']) {
      expect(labels[`pod-security.kubernetes.io/${mode}`]).toBe('restricted');
      expect(labels[`pod-security.kubernetes.io/${mode}-version`]).toBe('v1.33');
    }
    expect(ns.wait_for_default_service_account).toBe(true);
  });

  test('classification defaults to the policy\'s', () => {
    const { stack } = testStack({ defaultDataClassification: DataClassification.INTERNAL });
    const ns = new SovereignNamespace(stack, 'Ns', { name: 'ns', owner: 'me' });
    expect(ns.dataClassification).toBe(DataClassification.INTERNAL);
    expect(resource(synth(stack), 'kubernetes_namespace_v1').metadata.labels['cdktf-sovereign.org/data-classification']).toBe('internal');
  });

  test('default deny for ingress and egress: empty pod selector, both policy types, no rules', () => {
    const { stack } = testStack();
    new SovereignNamespace(stack, 'Ns', { name: 'ns', owner: 'me' });
    const json = synth(stack);
    const deny = resource(json, 'kubernetes_network_policy_v1', 'DefaultDeny');
    expect(deny.metadata.name).toBe('default-deny');
    expect(deny.metadata.namespace).toMatch(/^\$\{kubernetes_namespace_v1\.Ns_[0-9A-F]+\.metadata\[0\]\.name\}$/);
    expect(deny.spec.pod_selector).toEqual({});
    expect(deny.spec.policy_types).toEqual(['Ingress', 'Egress']);
    expect(deny.spec.ingress).toBeUndefined();
    expect(deny.spec.egress).toBeUndefined();
  });

  test('DNS egress only to the cluster DNS pods in kube-system, UDP and TCP 53', () => {
    const { stack } = testStack();
    new SovereignNamespace(stack, 'Ns', { name: 'ns', owner: 'me' });
    const dns = resource(synth(stack), 'kubernetes_network_policy_v1', 'AllowClusterDns');
    expect(dns.spec.pod_selector).toEqual({});
    expect(dns.spec.policy_types).toEqual(['Egress']);
    expect(dns.spec.ingress).toBeUndefined();
    expect(dns.spec.egress).toHaveLength(1);
    expect(dns.spec.egress[0].to).toEqual([{
      namespace_selector: { match_labels: { 'kubernetes.io/metadata.name': 'kube-system' } },
      pod_selector: { match_labels: { 'k8s-app': 'kube-dns' } },
    }]);
    expect(dns.spec.egress[0].ports).toEqual([{ port: '53', protocol: 'UDP' }, { port: '53', protocol: 'TCP' }]);
  });

  test('DNS pods can be named (e.g. a distribution that labels CoreDNS differently)', () => {
    const { stack } = testStack();
    new SovereignNamespace(stack, 'Ns', { name: 'ns', owner: 'me', clusterDnsNamespace: 'dns', clusterDnsPodLabels: { app: 'coredns' } });
    const dns = resource(synth(stack), 'kubernetes_network_policy_v1', 'AllowClusterDns');
    expect(dns.spec.egress[0].to[0].namespace_selector.match_labels['kubernetes.io/metadata.name']).toBe('dns');
    expect(dns.spec.egress[0].to[0].pod_selector.match_labels).toEqual({ app: 'coredns' });
  });

  test('ResourceQuota defaults forbid LoadBalancer and NodePort Services', () => {
    const { stack } = testStack();
    new SovereignNamespace(stack, 'Ns', { name: 'ns', owner: 'me' });
    const quota = resource(synth(stack), 'kubernetes_resource_quota_v1');
    expect(quota.spec.hard).toEqual({
      'requests.cpu': '4',
      'requests.memory': '8Gi',
      'limits.cpu': '8',
      'limits.memory': '16Gi',
      'requests.storage': '100Gi',
      'pods': '50',
      'persistentvolumeclaims': '10',
      'services.loadbalancers': '0',
      'services.nodeports': '0',
    });
  });

  test('quota and container defaults can be set', () => {
    const { stack } = testStack();
    new SovereignNamespace(stack, 'Ns', {
      name: 'ns', owner: 'me',
      quota: { requestsCpu: '16', pods: 200, loadBalancers: 1 },
      containerDefaults: { cpuRequest: '50m', memoryLimit: '1Gi' },
    });
    const json = synth(stack);
    const hard = resource(json, 'kubernetes_resource_quota_v1').spec.hard;
    expect(hard['requests.cpu']).toBe('16');
    expect(hard.pods).toBe('200');
    expect(hard['services.loadbalancers']).toBe('1');
    expect(hard['services.nodeports']).toBe('0');
    const limit = resource(json, 'kubernetes_limit_range_v1').spec.limit[0];
    expect(limit.default_request).toEqual({ cpu: '50m', memory: '128Mi' });
    expect(limit.default).toEqual({ cpu: '500m', memory: '1Gi' });
  });

  test('LimitRange gives containers requests and limits', () => {
    const { stack } = testStack();
    new SovereignNamespace(stack, 'Ns', { name: 'ns', owner: 'me' });
    const limit = resource(synth(stack), 'kubernetes_limit_range_v1').spec.limit;
    expect(limit).toEqual([{ type: 'Container', default: { cpu: '500m', memory: '512Mi' }, default_request: { cpu: '100m', memory: '128Mi' } }]);
  });

  test('the default service account does not mount its token', () => {
    const { stack } = testStack();
    new SovereignNamespace(stack, 'Ns', { name: 'ns', owner: 'me' });
    const sa = resource(synth(stack), 'kubernetes_default_service_account_v1');
    expect(sa.automount_service_account_token).toBe(false);
    expect(sa.metadata.namespace).toMatch(/kubernetes_namespace_v1\.Ns_/);
  });

  test('construct IDs are stable (they are Terraform addresses)', () => {
    const { stack } = testStack();
    const ns = new SovereignNamespace(stack, 'Ns', { name: 'ns', owner: 'me' });
    expect(ns.node.children.map((c) => c.node.id).sort()).toEqual(['AllowClusterDns', 'DefaultDeny', 'DefaultServiceAccount', 'Limits', 'Quota', 'Resource']);
  });

  test('compliance: zero findings in gdpr, gaiax-l3 and bsi-c5', () => {
    const { stack, policy } = testStack();
    new SovereignNamespace(stack, 'Ns', { name: 'ns', owner: 'me' });
    expect(describeFindings(findings(synth(stack), policy))).toEqual([]);
  });

  test('opting out of default deny is reported by SOV-NETWORK-ISOLATION', () => {
    const { stack, policy } = testStack();
    new SovereignNamespace(stack, 'Ns', { name: 'ns', owner: 'me', defaultDeny: false });
    const json = synth(stack);
    expect(resources(json, 'kubernetes_network_policy_v1').map((p) => p.metadata.name)).toEqual(['allow-cluster-dns']);
    const found = findings(json, policy);
    expect(found.map((f) => f.ruleId)).toEqual(['SOV-NETWORK-ISOLATION']);
    expect(found[0].message).toMatch(/has no default-deny Ingress NetworkPolicy/);
  });

  test('opting out of restricted is reported by SOV-POD-SECURITY', () => {
    const { stack, policy } = testStack();
    const ns = new SovereignNamespace(stack, 'Ns', { name: 'ns', owner: 'me', podSecurity: PodSecurityLevel.BASELINE });
    const json = synth(stack);
    expect(resource(json, 'kubernetes_namespace_v1').metadata.labels['pod-security.kubernetes.io/enforce']).toBe('baseline');
    const found = findings(json, policy);
    expect(found.map((f) => `${f.ruleId} ${f.level} ${f.address}`)).toEqual([`SOV-POD-SECURITY error kubernetes_namespace_v1.${ns.resource.friendlyUniqueId}`]);
    expect(found[0].message).toMatch(/enforces Pod Security "baseline", not "restricted"/);

  });

  test('a construct-level suppression with a reason silences the opt-out at synth, and the report keeps it', () => {
    const { app, stack } = testStack();
    const ns = new SovereignNamespace(stack, 'Ns', { name: 'ns', owner: 'me', podSecurity: PodSecurityLevel.BASELINE });
    SovereigntyChecks.suppress(ns, 'SOV-POD-SECURITY', 'Legacy agent needs root until Q3 2027');
    SovereigntyChecks.apply(app, { packs: PACKS });
    app.synth();
    const report = SovereigntyChecks.reportOf(stack)!;
    expect(report.summary.errors).toBe(0);
    const suppressed = report.findings.filter((f) => f.suppressed);
    expect(suppressed.map((f) => [f.ruleId, f.suppressionReason])).toEqual([['SOV-POD-SECURITY', 'Legacy agent needs root until Q3 2027']]);
  });

  test('allowClusterDns: false leaves no DNS policy', () => {
    const { stack } = testStack();
    const ns = new SovereignNamespace(stack, 'Ns', { name: 'ns', owner: 'me', allowClusterDns: false });
    expect(ns.clusterDnsPolicy).toBeUndefined();
    expect(resources(synth(stack), 'kubernetes_network_policy_v1').map((p) => p.metadata.name)).toEqual(['default-deny']);
  });
});

describe('SovereignNamespace: bad input', () => {
  const make = (props: Record<string, unknown>) => {
    const { stack } = testStack();
    return () => new SovereignNamespace(stack, 'Ns', { name: 'ns', owner: 'me', ...props } as never);
  };

  test.each([
    ['Payments', /name: got "Payments"\. Allowed: a DNS-1123 label.*Fix: use a valid name such as "payments"/],
    ['pay_ments', /name: got "pay_ments".*such as "pay-ments"/],
    ['-pay', /name: got "-pay"/],
    ['a'.repeat(64), /1 to 63 characters/],
    ['', /name: got ""/],
  ])('name %j is not a DNS-1123 label', (name, message) => {
    expect(make({ name })).toThrow(message);
  });

  test('unresolved tokens are not checked', () => {
    const { stack } = testStack();
    const name = new TerraformVariable(stack, 'namespace_name', { type: 'string' }).stringValue;
    const ns = new SovereignNamespace(stack, 'Ns', { name, owner: 'me' });
    expect(ns.name).toBe(name);
    expect(resource(synth(stack), 'kubernetes_namespace_v1').metadata.name).toBe('${var.namespace_name}');
  });

  test('owner must be a label value', () => {
    expect(make({ owner: 'Team Payments' })).toThrow(/owner: got "Team Payments"\. Allowed: a Kubernetes label value.*Fix: use a short identifier/);
  });

  test('labels may not override the Pod Security or sovereignty labels', () => {
    expect(make({ labels: { 'pod-security.kubernetes.io/enforce': 'privileged' } }))
      .toThrow(/labels: got \["pod-security.kubernetes.io\/enforce"\]\. Allowed: labels other than.*Fix: use the podSecurity/);
  });

  test('label keys and values are checked', () => {
    expect(make({ labels: { 'bad key': 'x' } })).toThrow(/label key: got "bad key"/);
    expect(make({ labels: { team: 'a b' } })).toThrow(/value of label "team": got "a b"/);
  });

  test('the Pod Security version must be pinned', () => {
    expect(make({ podSecurityVersion: 'latest' })).toThrow(/podSecurityVersion: got "latest"\. Allowed: a pinned Kubernetes minor version.*Fix: use the minor version of your cluster, e\.g\. "v1\.33"/);
  });

  test('quantities and counts are checked', () => {
    expect(make({ quota: { requestsMemory: '8 GB' } })).toThrow(/quota\.requestsMemory: got "8 GB"\. Allowed: a positive Kubernetes quantity.*Fix: write it like "8Gi"/);
    expect(make({ quota: { pods: -1 } })).toThrow(/quota\.pods: got -1\. Allowed: a whole number of at least 0/);
    expect(make({ containerDefaults: { cpuRequest: '2', cpuLimit: '1' } })).toThrow(/containerDefaults CPU: got \{"request":"2","limit":"1"\}\. Allowed: a request at most the limit/);
  });

  test('the DNS namespace is checked', () => {
    expect(make({ clusterDnsNamespace: 'Kube_System' })).toThrow(/clusterDnsNamespace: got "Kube_System"/);
  });
});
