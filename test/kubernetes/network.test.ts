import { TerraformVariable } from 'cdktf';
import { Jurisdiction } from '../../lib/core/jurisdiction';
import { SovereignNamespace } from '../../lib/kubernetes/namespace';
import { Peer } from '../../lib/kubernetes/peer';
import { SecureWorkload } from '../../lib/kubernetes/workload';
import { Port } from '../../lib/kubernetes/zone';
import { describeFindings, findings, resource, resources, synth, testStack } from './helpers';

const RESOURCES = { cpuRequest: '100m', cpuLimit: '500m', memoryRequest: '128Mi', memoryLimit: '256Mi' };
const IMAGE = `registry.example.eu/app@sha256:${'0'.repeat(64)}`;

function setup(policy = {}) {
  const t = testStack(policy);
  const shop = new SovereignNamespace(t.stack, 'Shop', { name: 'shop', owner: 'team-shop' });
  const data = new SovereignNamespace(t.stack, 'Data', { name: 'data', owner: 'team-data' });
  const web = new SecureWorkload(t.stack, 'Web', { namespace: shop, name: 'web', image: IMAGE, resources: RESOURCES });
  const api = new SecureWorkload(t.stack, 'Api', { namespace: shop, name: 'api', image: IMAGE, resources: RESOURCES, ports: [Port.tcp(9000)] });
  const db = new SecureWorkload(t.stack, 'Db', { namespace: data, name: 'db', image: IMAGE, resources: RESOURCES, replicas: 1, ports: [Port.tcp(5432)] });
  return { ...t, shop, data, web, api, db };
}

/** The reference a policy makes to a namespace resource. */
const nsRef = (ns: SovereignNamespace) => `\${kubernetes_namespace_v1.${ns.resource.friendlyUniqueId}.metadata[0].name}`;

const policyNamed = (json: any, name: string) => resources(json, 'kubernetes_network_policy_v1').find((p) => p.metadata.name === name); // eslint-disable-line @typescript-eslint/no-explicit-any

describe('network zones', () => {
  test('allowFrom a workload in the same namespace: ingress on the destination, egress on the source, on the destination\'s ports', () => {
    const { stack, web, api } = setup();
    api.allowFrom(Peer.workload(web));
    const json = synth(stack);
    const ingress = policyNamed(json, 'api-allow-ingress');
    expect(ingress.spec.pod_selector).toEqual({ match_labels: { 'app.kubernetes.io/name': 'api' } });
    expect(ingress.spec.policy_types).toEqual(['Ingress']);
    expect(ingress.spec.ingress).toEqual([{ from: [{ pod_selector: { match_labels: { 'app.kubernetes.io/name': 'web' } } }], ports: [{ port: '9000', protocol: 'TCP' }] }]);
    const egress = policyNamed(json, 'web-allow-egress');
    expect(egress.spec.pod_selector).toEqual({ match_labels: { 'app.kubernetes.io/name': 'web' } });
    expect(egress.spec.policy_types).toEqual(['Egress']);
    expect(egress.spec.egress).toEqual([{ to: [{ pod_selector: { match_labels: { 'app.kubernetes.io/name': 'api' } } }], ports: [{ port: '9000', protocol: 'TCP' }] }]);
  });

  test('allowTo a workload in another namespace selects its namespace by name, on both sides', () => {
    const { stack, shop, data, api, db } = setup();
    api.allowTo(Peer.workload(db));
    const json = synth(stack);
    const egress = policyNamed(json, 'api-allow-egress');
    expect(egress.spec.egress[0].to).toEqual([{
      namespace_selector: { match_labels: { 'kubernetes.io/metadata.name': nsRef(data) } },
      pod_selector: { match_labels: { 'app.kubernetes.io/name': 'db' } },
    }]);
    expect(egress.spec.egress[0].ports).toEqual([{ port: '5432', protocol: 'TCP' }]);
    const ingress = policyNamed(json, 'db-allow-ingress');
    expect(ingress.metadata.namespace).toContain('kubernetes_namespace_v1.Data_');
    expect(ingress.spec.ingress[0].from).toEqual([{
      namespace_selector: { match_labels: { 'kubernetes.io/metadata.name': nsRef(shop) } },
      pod_selector: { match_labels: { 'app.kubernetes.io/name': 'api' } },
    }]);
  });

  test('a workload itself is a peer; rules added later land in the same policy', () => {
    const { stack, web, api, db } = setup();
    db.allowFrom(api);
    db.allowFrom(web, { ports: [Port.tcp(5432), Port.tcpRange(6000, 6010)] });
    const json = synth(stack);
    const ingress = policyNamed(json, 'db-allow-ingress');
    expect(ingress.spec.ingress).toHaveLength(2);
    expect(ingress.spec.ingress[1].ports).toEqual([{ port: '5432', protocol: 'TCP' }, { port: '6000', protocol: 'TCP', end_port: 6010 }]);
  });

  test('namespace peers: every pod of the namespace, ports required', () => {
    const { stack, shop, data, db } = setup();
    db.allowFrom(Peer.namespace(shop));
    data.allowFrom(Peer.namespace(shop), { ports: [Port.tcp(443)] });
    const json = synth(stack);
    expect(policyNamed(json, 'db-allow-ingress').spec.ingress[0].from).toEqual([{ namespace_selector: { match_labels: { 'kubernetes.io/metadata.name': nsRef(shop) } } }]);
    const nsIngress = policyNamed(json, 'allow-ingress');
    expect(nsIngress.metadata.namespace).toContain('Data_');
    expect(nsIngress.spec.pod_selector).toEqual({});
    const shopEgress = resources(json, 'kubernetes_network_policy_v1').filter((p) => p.metadata.name === 'allow-egress');
    expect(shopEgress).toHaveLength(1);
    expect(shopEgress[0].spec.pod_selector).toEqual({});
    expect(shopEgress[0].spec.egress.map((e: { ports: unknown }) => e.ports)).toEqual([[{ port: '5432', protocol: 'TCP' }], [{ port: '443', protocol: 'TCP' }]]);
  });

  test('egress to an IP block in the jurisdiction: ip_block with except, annotated with its country', () => {
    const { stack, api } = setup();
    api.allowTo(Peer.ipBlock('203.0.113.0/24', { country: 'de', exceptCidrs: ['203.0.113.128/25'] }), { ports: [Port.tcp(443)] });
    const egress = policyNamed(synth(stack), 'api-allow-egress');
    expect(egress.spec.egress).toEqual([{ to: [{ ip_block: { cidr: '203.0.113.0/24', except: ['203.0.113.128/25'] } }], ports: [{ port: '443', protocol: 'TCP' }] }]);
    expect(egress.metadata.annotations['cdktf-sovereign.org/egress-destinations']).toBe('203.0.113.0/24=DE');
  });

  test('egress outside the jurisdiction is an error unless acknowledged with a reason', () => {
    const { stack, api } = setup({ jurisdiction: Jurisdiction.EU });
    expect(() => api.allowTo(Peer.ipBlock('198.51.100.0/24', { country: 'US' }), { ports: [Port.tcp(443)] }))
      .toThrow(/test\/Api\.allowTo\(198\.51\.100\.0\/24 \(US\)\): got "198\.51\.100\.0\/24 in US"\. Allowed: destinations within the policy's jurisdiction \(EU\): US \(United States.*\) is outside the European Union.*Fix: send the data to a destination in the jurisdiction, or acknowledge the transfer/);
    api.allowTo(Peer.ipBlock('198.51.100.0/24', { country: 'US', transferReason: 'SCCs 2021/914 module 2 with Example Inc., DPA-17' }), { ports: [Port.tcp(443)] });
    const egress = policyNamed(synth(stack), 'api-allow-egress');
    expect(egress.spec.egress[0].to[0].ip_block.cidr).toBe('198.51.100.0/24');
    expect(egress.metadata.annotations['cdktf-sovereign.org/egress-destinations']).toBe('198.51.100.0/24=US (outside EU: SCCs 2021/914 module 2 with Example Inc., DPA-17)');
  });

  test('the jurisdiction is the policy\'s: a country list refuses other EU countries', () => {
    const { api } = setup({ jurisdiction: Jurisdiction.countries(['DE']) });
    expect(() => api.allowTo(Peer.ipBlock('192.0.2.0/24', { country: 'FR' }), { ports: [Port.tcp(443)] }))
      .toThrow(/Allowed: destinations within the policy's jurisdiction \(DE\): FR \(France\) is not one of the countries the policy allows/);
  });

  test('egress to an IP block needs its country; ingress from one does not', () => {
    const { stack, api } = setup();
    expect(() => api.allowTo(Peer.ipBlock('192.0.2.0/24'), { ports: [Port.tcp(443)] }))
      .toThrow(/got "192\.0\.2\.0\/24 without a country"\. Allowed: egress outside the cluster only to addresses whose country is declared.*Fix: use Peer\.ipBlock\('192\.0\.2\.0\/24', \{ country: 'DE' \}\)/);
    api.allowFrom(Peer.ipBlock('192.0.2.0/24'));
    expect(policyNamed(synth(stack), 'api-allow-ingress').spec.ingress[0].from).toEqual([{ ip_block: { cidr: '192.0.2.0/24' } }]);
  });

  test('egress to the whole address space is refused, whatever the country', () => {
    const { api } = setup();
    expect(() => api.allowTo(Peer.ipBlock('0.0.0.0/0', { country: 'DE' }), { ports: [Port.tcp(443)] }))
      .toThrow(/got "0\.0\.0\.0\/0"\. Allowed: a block of addresses in one known country/);
  });

  test('unresolved tokens are not checked: the engine judges the resolved JSON', () => {
    const { stack, api } = setup();
    const cidr = new TerraformVariable(stack, 'partner_cidr', { type: 'string' }).stringValue;
    const country = new TerraformVariable(stack, 'partner_country', { type: 'string' }).stringValue;
    api.allowTo(Peer.ipBlock(cidr, { country }), { ports: [Port.tcp(443)] });
    const egress = policyNamed(synth(stack), 'api-allow-egress');
    expect(egress.spec.egress[0].to[0].ip_block.cidr).toBe('${var.partner_cidr}');
    expect(egress.metadata.annotations['cdktf-sovereign.org/egress-destinations']).toBe('${var.partner_cidr}=${var.partner_country}');
  });

  test('rules to a namespace or IP block must name ports', () => {
    const { shop, api } = setup();
    expect(() => api.allowTo(Peer.namespace(shop))).toThrow(/got "no ports"\. Allowed: at least one port.*Fix: name the ports, e\.g\. \{ ports: \[Port\.tcp\(443\)\] \} \(destination: namespace shop\)/);
  });

  test('compliance: zones with rules on both sides have zero findings', () => {
    const { stack, policy, web, api, db } = setup();
    api.allowFrom(web);
    api.allowTo(db);
    api.allowTo(Peer.ipBlock('203.0.113.0/24', { country: 'AT' }), { ports: [Port.tcp(443)] });
    expect(describeFindings(findings(synth(stack), policy))).toEqual([]);
  });

  test('the default deny and DNS policies are untouched by allow rules', () => {
    const { stack, web, api } = setup();
    api.allowFrom(web);
    const json = synth(stack);
    const deny = resource(json, 'kubernetes_network_policy_v1', 'Shop_DefaultDeny');
    expect(deny.spec.policy_types).toEqual(['Ingress', 'Egress']);
    expect(deny.spec.ingress).toBeUndefined();
  });
});

describe('Peer and Port: bad input', () => {
  test.each([
    ['10.0.0.0', /Peer\.ipBlock\(\) cidr: got "10\.0\.0\.0"\. Allowed: an IPv4 or IPv6 CIDR block.*Fix: write the block as <address>\/<prefix length>/],
    ['10.0.0.1/8', /got "10\.0\.0\.1\/8".*Fix: use the network address: "10\.0\.0\.0\/8"/],
    ['300.0.0.0/8', /Fix: check the address/],
    ['10.0.0.0/33', /Fix: the prefix length of an IPv4 block is at most 32/],
    ['2001:db8::1/32', /Fix: use the network address: "2001:db8::\/32"/],
    ['fd00:1::/15', /Fix: use the network address: "fd00::\/15"/],
    ['10.0.0.1/33', /Fix: the prefix length of an IPv4 block is at most 32/],
    ['010.0.0.0/8', /Fix: check the address/],
    ['fe80::1%eth0/64', /Fix: check the address/],
    ['2001:db8:::/32', /Fix: check the address/],
  ])('CIDR %j', (cidr, message) => {
    expect(() => Peer.ipBlock(cidr, { country: 'DE' })).toThrow(message);
  });

  test('valid CIDRs pass, IPv6 included', () => {
    expect(Peer.ipBlock('2001:db8::/32', { country: 'DE' }).toNetworkPeerConfig().cidr).toBe('2001:db8::/32');
    expect(Peer.ipBlock('192.0.2.7/32', { country: 'DE' }).toNetworkPeerConfig().country).toBe('DE');
  });

  test('except blocks and countries are checked', () => {
    expect(() => Peer.ipBlock('10.0.0.0/8', { exceptCidrs: ['10.1.0.0'] })).toThrow(/exceptCidrs\[0\]: got "10\.1\.0\.0"/);
    expect(() => Peer.ipBlock('10.0.0.0/8', { country: 'UK' })).toThrow(/Country code: got "UK".*use "GB" instead/);
  });

  test('a transfer reason needs at least 10 characters', () => {
    expect(() => Peer.ipBlock('10.0.0.0/8', { country: 'US', transferReason: 'ok' }))
      .toThrow(/transferReason: got "ok"\. Allowed: a reason of at least 10 characters/);
  });

  test.each([[0], [65536], [80.5], [-1]])('port %j is out of range', (port) => {
    expect(() => Port.tcp(port)).toThrow(new RegExp(`Port TCP: got ${port}\\. Allowed: an integer port number from 1 to 65535\\. Fix: use the port the container listens on`));
  });

  test('a port range must ascend', () => {
    expect(() => Port.tcpRange(2000, 1000)).toThrow(/Port\.tcpRange\(\): got \{"start":2000,"end":1000\}\. Allowed: an end port greater than the start port/);
    expect(Port.tcpRange(1000, 2000).toString()).toBe('1000-2000/TCP');
    expect(Port.udp(53).toString()).toBe('53/UDP');
    expect(Port.sctp(9).protocol).toBe('SCTP');
  });
});
