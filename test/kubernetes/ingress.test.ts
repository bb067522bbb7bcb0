import { IngressController, TlsCertificate, TlsIngress, TlsIngressProps } from '../../lib/kubernetes/ingress';
import { SovereignNamespace } from '../../lib/kubernetes/namespace';
import { SecureWorkload } from '../../lib/kubernetes/workload';
import { Port } from '../../lib/kubernetes/zone';
import { describeFindings, findings, resource, synth, testStack } from './helpers';

const RESOURCES = { cpuRequest: '100m', cpuLimit: '500m', memoryRequest: '128Mi', memoryLimit: '256Mi' };
const IMAGE = `registry.example.eu/web@sha256:${'1'.repeat(64)}`;

function make(props: Partial<TlsIngressProps> = {}) {
  const t = testStack();
  const ns = new SovereignNamespace(t.stack, 'Shop', { name: 'shop', owner: 'team-shop' });
  const web = new SecureWorkload(t.stack, 'Web', { namespace: ns, name: 'web', image: IMAGE, resources: RESOURCES, ports: [Port.tcp(8080), Port.tcp(9090)] });
  let count = 0;
  const create = (extra: Partial<TlsIngressProps> = {}) => new TlsIngress(t.stack, count++ === 0 ? 'Ingress' : `Ingress${count}`, {
    namespace: ns,
    name: 'shop',
    ingressClassName: 'nginx',
    controller: IngressController.NGINX,
    certificate: TlsCertificate.fromSecret('shop-cert'),
    rules: [{ host: 'shop.example.eu', backend: web }],
    ...props,
    ...extra,
  });
  return { ...t, ns, web, create };
}

describe('TlsIngress', () => {
  test('TLS covers every host; named class; rules route to the ClusterIP Service', () => {
    const { stack, web, create } = make();
    const ingress = create({
      rules: [
        { host: 'shop.example.eu', backend: web },
        { host: 'shop.example.eu', path: '/metrics', backend: web, port: Port.tcp(9090) },
        { host: '*.shop.example.eu', backend: web },
      ],
    });
    expect(ingress.hosts).toEqual(['shop.example.eu', '*.shop.example.eu']);
    const spec = resource(synth(stack), 'kubernetes_ingress_v1').spec;
    expect(spec.ingress_class_name).toBe('nginx');
    expect(spec.tls).toEqual([{ hosts: ['shop.example.eu', '*.shop.example.eu'], secret_name: 'shop-cert' }]);
    const service = `\${kubernetes_service_v1.${web.service.friendlyUniqueId}.metadata[0].name}`;
    expect(spec.rule).toEqual([
      {
        host: 'shop.example.eu',
        http: {
          path: [
            { path: '/', path_type: 'Prefix', backend: { service: { name: service, port: { number: 8080 } } } },
            { path: '/metrics', path_type: 'Prefix', backend: { service: { name: service, port: { number: 9090 } } } },
          ],
        },
      },
      { host: '*.shop.example.eu', http: { path: [{ path: '/', path_type: 'Prefix', backend: { service: { name: service, port: { number: 8080 } } } }] } },
    ]);
  });

  test('F5 NGINX: HTTP→HTTPS redirect and HSTS annotations', () => {
    const { stack, create } = make();
    create();
    const annotations = resource(synth(stack), 'kubernetes_ingress_v1').metadata.annotations;
    expect(annotations).toEqual({
      'ingress.kubernetes.io/ssl-redirect': 'true',
      'nginx.org/ssl-redirect': 'true',
      'nginx.org/hsts': 'true',
      'nginx.org/hsts-max-age': '31536000',
      'nginx.org/hsts-include-subdomains': 'true',
    });
  });

  test('HSTS can be tuned on F5 NGINX', () => {
    const { stack, create } = make({ hstsMaxAge: 63072000, hstsIncludeSubdomains: false });
    create();
    const annotations = resource(synth(stack), 'kubernetes_ingress_v1').metadata.annotations;
    expect(annotations['nginx.org/hsts-max-age']).toBe('63072000');
    expect(annotations['nginx.org/hsts-include-subdomains']).toBe('false');
  });

  test('community ingress-nginx: ssl-redirect and force-ssl-redirect (HSTS is a controller setting)', () => {
    const { stack, create } = make({ controller: IngressController.INGRESS_NGINX });
    const ingress = create();
    const annotations = resource(synth(stack), 'kubernetes_ingress_v1').metadata.annotations;
    expect(annotations).toEqual({ 'nginx.ingress.kubernetes.io/ssl-redirect': 'true', 'nginx.ingress.kubernetes.io/force-ssl-redirect': 'true' });
    expect(ingress.toNetworkPeerConfig()).toEqual({
      description: 'ingress controller (ingress-nginx)',
      namespaceName: 'ingress-nginx',
      podLabels: { 'app.kubernetes.io/name': 'ingress-nginx' },
    });
  });

  test('cert-manager: issuer annotation and a Secret named after the ingress', () => {
    const { stack, create } = make({ certificate: TlsCertificate.certManager('letsencrypt-prod') });
    create();
    const ing = resource(synth(stack), 'kubernetes_ingress_v1');
    expect(ing.metadata.annotations['cert-manager.io/cluster-issuer']).toBe('letsencrypt-prod');
    expect(ing.spec.tls[0].secret_name).toBe('shop-tls');
  });

  test('cert-manager with a namespaced issuer and a named Secret', () => {
    const { stack, create } = make({ certificate: TlsCertificate.certManager('shop-issuer', { clusterIssuer: false, secretName: 'shop-cert' }) });
    create();
    const ing = resource(synth(stack), 'kubernetes_ingress_v1');
    expect(ing.metadata.annotations['cert-manager.io/issuer']).toBe('shop-issuer');
    expect(ing.metadata.annotations['cert-manager.io/cluster-issuer']).toBeUndefined();
    expect(ing.spec.tls[0].secret_name).toBe('shop-cert');
  });

  test('the ingress is a peer: backend.allowFrom(ingress) admits the controller pods on the backend ports', () => {
    const { stack, web, create } = make();
    web.allowFrom(create(), { ports: [Port.tcp(8080)] });
    const json = synth(stack);
    const policy = Object.values(json.resource.kubernetes_network_policy_v1 as Record<string, { metadata: { name: string }; spec: { ingress: unknown } }>)
      .find((p) => p.metadata.name === 'web-allow-ingress')!;
    expect(policy.spec.ingress).toEqual([{
      from: [{
        namespace_selector: { match_labels: { 'kubernetes.io/metadata.name': 'nginx-ingress' } },
        pod_selector: { match_labels: { 'app.kubernetes.io/name': 'nginx-ingress' } },
      }],
      ports: [{ port: '8080', protocol: 'TCP' }],
    }]);
  });

  test('compliance: zero findings by default (SOV-ENCRYPTION-IN-TRANSIT, SOV-PUBLIC-EXPOSURE included)', () => {
    const { stack, policy, web, create } = make();
    web.allowFrom(create());
    expect(describeFindings(findings(synth(stack), policy))).toEqual([]);
  });

  test('an annotation that switches the redirect off (escape hatch) is reported by SOV-ENCRYPTION-IN-TRANSIT', () => {
    const { stack, policy, create } = make({ controller: IngressController.INGRESS_NGINX });
    const ingress = create();
    ingress.resource.addOverride('metadata.annotations', { 'nginx.ingress.kubernetes.io/ssl-redirect': 'false' });
    const json = synth(stack);
    expect(resource(json, 'kubernetes_ingress_v1').metadata.annotations['nginx.ingress.kubernetes.io/ssl-redirect']).toBe('false');
    const found = findings(json, policy);
    expect(found.map((f) => f.ruleId)).toEqual(['SOV-ENCRYPTION-IN-TRANSIT']);
    expect(found[0].message).toMatch(/ssl-redirect is "false"/);
  });
});

describe('TlsIngress: bad input', () => {
  test('hosts must be DNS names', () => {
    const { web, create } = make();
    expect(() => create({ rules: [{ host: 'Shop.Example.EU', backend: web }] }))
      .toThrow(/rules\[0\]\.host: got "Shop\.Example\.EU"\. Allowed: a lower-case DNS name.*a rule without host cannot be covered by TLS/);
    expect(() => create({ rules: [{ host: '', backend: web }] })).toThrow(/rules\[0\]\.host: got ""/);
  });

  test('at least one rule', () => {
    const { create } = make();
    expect(() => create({ rules: [] })).toThrow(/rules: got \[\]\. Allowed: at least one rule/);
  });

  test('the port must be one the backend serves', () => {
    const { web, create } = make();
    expect(() => create({ rules: [{ host: 'shop.example.eu', backend: web, port: Port.tcp(443) }] }))
      .toThrow(/rules\[0\]\.port: got "443\/TCP"\. Allowed: a port the backend serves: 8080\/TCP, 9090\/TCP/);
  });

  test('the backend must be in the ingress\'s namespace', () => {
    const { stack, ns, create } = make();
    const other = new SovereignNamespace(stack, 'Other', { name: 'other', owner: 'me' });
    const api = new SecureWorkload(stack, 'Api', { namespace: other, name: 'api', image: IMAGE, resources: RESOURCES });
    expect(ns).toBeDefined();
    expect(() => create({ rules: [{ host: 'shop.example.eu', backend: api }] })).toThrow(/rules\[0\]\.backend: got "test\/Api"\. Allowed: a workload in the ingress's namespace/);
  });

  test('HSTS settings are refused for ingress-nginx, too-short max-age anywhere', () => {
    expect(() => make({ controller: IngressController.INGRESS_NGINX, hstsMaxAge: 600 }).create())
      .toThrow(/hstsMaxAge \/ hstsIncludeSubdomains: got \{"hstsMaxAge":600\}\. Allowed: no HSTS props with ingress-nginx.*Fix: set hsts, hsts-max-age and hsts-include-subdomains in the ingress-nginx controller ConfigMap/);
    expect(() => make({ hstsMaxAge: 600 }).create()).toThrow(/hstsMaxAge: got 600\. Allowed: whole seconds, at least 86400/);
  });

  test('annotations may not override redirect, HSTS or certificate', () => {
    expect(() => make({ annotations: { 'nginx.org/hsts': 'false' } }).create())
      .toThrow(/annotations: got \["nginx\.org\/hsts"\]\. Allowed: annotations other than the redirect, HSTS and certificate annotations/);
  });

  test('names, class and controller are checked', () => {
    expect(() => make({ name: 'Shop' }).create()).toThrow(/TlsIngress "test\/Ingress" name: got "Shop"/);
    expect(() => make({ ingressClassName: 'NGINX' }).create()).toThrow(/ingressClassName: got "NGINX"/);
    expect(() => make({ controller: 'traefik' as IngressController }).create()).toThrow(/controller: got "traefik"\. Allowed: nginx, ingress-nginx/);
    expect(() => TlsCertificate.fromSecret('Bad_Secret')).toThrow(/TlsCertificate\.fromSecret\(\) secretName: got "Bad_Secret"/);
    expect(() => TlsCertificate.certManager('')).toThrow(/TlsCertificate\.certManager\(\) issuerName: got ""/);
  });
});
