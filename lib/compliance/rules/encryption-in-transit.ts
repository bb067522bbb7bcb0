import { blocks, getAll, getPath, referencesIn } from '../model/expressions';
import { ResourceView, RuleContext } from '../model/view';
import { defineRule } from '../rule';
import { FindingLevel, RuleViolation } from '../types';
import { RuleId } from './ids';
import { refs } from './refs';

/*
 * SOV-ENCRYPTION-IN-TRANSIT: ingresses without TLS, plain-HTTP load-balancer listeners
 * (unless they only redirect to HTTPS), database TLS switches that are off, and provider
 * endpoints (S3 and others) reached over http://.
 *
 * Layer-4 listeners (TCP pass-through) cannot be judged from the configuration except by
 * their port: a TCP listener on port 80 is taken as plain HTTP (suppress it with a reason
 * when the backend only redirects to HTTPS).
 *
 * Argument names come from each provider's docs at the release tags below.
 */
const OTC = 'https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources';
const SCW = 'https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources';
const OVH = 'https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources';
const IONOS = 'https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources';
const HCLOUD = 'https://github.com/hetznercloud/terraform-provider-hcloud/blob/v1.68.0/docs/resources';
const EXO = 'https://github.com/exoscale/terraform-provider-exoscale/blob/v0.70.0/docs/resources';
const UPC = 'https://github.com/UpCloudLtd/terraform-provider-upcloud/blob/v5.41.0/docs/resources';
const STACKIT = 'https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources';
const AWS = 'https://github.com/hashicorp/terraform-provider-aws/blob/v6.0.0/website/docs/r';
const AZ = 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r';
const GCP = 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r';
const K8S = 'https://github.com/hashicorp/terraform-provider-kubernetes/blob/v2.38.0/docs/resources';
/** ingress-nginx annotations: `nginx.ingress.kubernetes.io/ssl-redirect` ("true" by default when TLS is set). */
const NGINX_ANNOTATIONS = 'https://github.com/kubernetes/ingress-nginx/blob/controller-v1.15.1/docs/user-guide/nginx-configuration/annotations.md';
/** Traefik: `traefik.ingress.kubernetes.io/router.entrypoints` (`web` is the plain-HTTP entry point of the Traefik Helm chart). */
const TRAEFIK_ANNOTATIONS = 'https://doc.traefik.io/traefik/reference/routing-configuration/kubernetes/ingress/';
/** Azure Database for MySQL / PostgreSQL flexible server parameter `require_secure_transport`. */
const AZURE_SECURE_TRANSPORT = 'https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/security-tls';

type Check = (resource: ResourceView, context: RuleContext) => RuleViolation[];

// ---------------------------------------------------------------------------------------------
// Value helpers
// ---------------------------------------------------------------------------------------------

function literalOf(context: RuleContext, value: unknown): unknown {
  return context._config.literalValue(value);
}

function lower(context: RuleContext, value: unknown): string | undefined {
  const v = literalOf(context, value);
  return v === undefined ? undefined : String(v).toLowerCase();
}

function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

function isSet(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.some(isSet);
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).some(isSet);
  return true;
}

type FlagState = 'true' | 'false' | 'absent' | 'unknown';

function flagOf(raw: unknown, literal: unknown): FlagState {
  if (raw === undefined || raw === null) return 'absent';
  if (literal === true || literal === 'true' || literal === 1 || literal === '1') return 'true';
  if (literal === false || literal === 'false' || literal === 0 || literal === '0') return 'false';
  return 'unknown';
}

function flag(r: ResourceView, path: string): FlagState {
  return flagOf(r.attribute(path), r.literal(path));
}

/** Whether a port specification (80, "80", "80,443", "79-81") includes port 80. */
function includesPort80(context: RuleContext, raw: unknown): boolean {
  const v = literalOf(context, raw);
  if (typeof v === 'number') return v === 80;
  if (typeof v !== 'string') return false;
  return v.split(',').some((part) => {
    const [a, b] = part.trim().split('-').map((x) => Number(x));
    return b === undefined || Number.isNaN(b) ? a === 80 : a <= 80 && 80 <= b;
  });
}

function unknownValue(path: string, raw: unknown): RuleViolation {
  return {
    message: `\`${path}\` is ${show(raw)}, whose value is not known before apply: whether traffic is encrypted cannot be verified.`,
    attribute: path,
    fix: `Set \`${path}\` to a literal.`,
  };
}

const HTTPS_URL = /^https:\/\//i;

/** Whether a redirect target is an https:// URL (interpolations after the scheme do not matter). */
function isHttpsUrl(context: RuleContext, value: unknown): boolean {
  const v = typeof value === 'string' ? value : literalOf(context, value);
  return typeof v === 'string' && (HTTPS_URL.test(v.trim()) || HTTPS_URL.test(String(literalOf(context, v) ?? '')));
}

// ---------------------------------------------------------------------------------------------
// Kubernetes ingress
// ---------------------------------------------------------------------------------------------

function hostCovered(host: string, tlsHosts: string[]): boolean {
  return tlsHosts.some((t) => t === host || (t.startsWith('*.') && host.endsWith(t.slice(1)) && !host.slice(0, -t.length + 1).includes('.')));
}

/** `kubernetes_ingress(_v1)`: `spec.tls` must cover every rule host; annotations must not turn the HTTPS redirect off. */
function ingress(r: ResourceView, context: RuleContext): RuleViolation[] {
  return ingressFindings({ values: (p) => r.values(p), attribute: (p) => r.attribute(p) }, context, { tls: 'spec.tls', host: 'spec.rule.host', annotations: 'metadata.annotations' });
}

/** The parts of an ingress, in the provider's snake_case or the API's camelCase spelling. */
interface IngressPaths { readonly tls: string; readonly host: string; readonly annotations: string }
interface Attrs { values(path: string): unknown[]; attribute(path: string): unknown }

function ingressFindings(r: Attrs, context: RuleContext, paths: IngressPaths): RuleViolation[] {
  const out: RuleViolation[] = [];
  const tls = blocks(r.values(paths.tls));
  if (tls.length === 0) {
    out.push({
      message: `The ingress has no \`${paths.tls}\`: it serves HTTP in plain text.`,
      attribute: paths.tls,
      fix: 'Add spec { tls { hosts = [...], secret_name = <certificate secret> } } covering every rule host (e.g. with cert-manager).',
    });
  } else if (!tls.some((t) => !isSet(t.hosts))) {
    // Every TLS block names hosts: each rule host must be among them.
    const tlsHosts = tls.flatMap((t) => getAll(t, 'hosts')).map((h) => String(literalOf(context, h) ?? h));
    const uncovered: string[] = [];
    for (const raw of r.values(paths.host)) {
      const host = literalOf(context, raw);
      const name = typeof host === 'string' ? host : String(raw);
      if (!hostCovered(name, tlsHosts)) uncovered.push(name);
    }
    if (uncovered.length > 0) {
      out.push({
        message: `The ingress serves ${uncovered.map((h) => `"${h}"`).join(', ')} without TLS: ${uncovered.length > 1 ? 'these hosts are' : 'the host is'} not in any \`${paths.tls}.hosts\`.`,
        attribute: `${paths.tls}.hosts`,
        fix: 'Add every rule host to spec.tls.hosts (with a certificate that covers it).',
      });
    }
  }
  const annotations = blocks(r.attribute(paths.annotations))[0];
  if (annotations && typeof annotations === 'object') {
    const a = annotations as Record<string, unknown>;
    // ${NGINX_ANNOTATIONS}
    if (lower(context, a['nginx.ingress.kubernetes.io/ssl-redirect']) === 'false') {
      out.push({
        message: 'The annotation nginx.ingress.kubernetes.io/ssl-redirect is "false": clients can keep using plain HTTP.',
        attribute: paths.annotations,
        fix: 'Remove the annotation (ingress-nginx redirects to HTTPS by default when TLS is set) or set it to "true".',
      });
    }
    // ${TRAEFIK_ANNOTATIONS}
    const entrypoints = lower(context, a['traefik.ingress.kubernetes.io/router.entrypoints']);
    if (entrypoints !== undefined && entrypoints.split(',').map((x) => x.trim()).every((x) => x === 'web')) {
      out.push({
        message: `The annotation traefik.ingress.kubernetes.io/router.entrypoints is "${entrypoints}": the router listens only on the plain-HTTP entry point.`,
        attribute: paths.annotations,
        fix: 'Route through the TLS entry point (e.g. websecure) with router.tls = "true", and redirect web to websecure.',
      });
    }
  }
  return out;
}

/** A `kubernetes_manifest` Ingress (networking.k8s.io/v1, camelCase fields). */
function manifestIngress(r: ResourceView, context: RuleContext): RuleViolation[] {
  const m = blocks(r.attribute('manifest'))[0] ?? {};
  return ingressFindings({ values: (p) => getAll(m, p), attribute: (p) => getPath(m, p) }, context, { tls: 'spec.tls', host: 'spec.rules.host', annotations: 'metadata.annotations' })
    .map((v) => ({ ...v, attribute: v.attribute ? `manifest.${v.attribute}` : undefined }));
}

function isIngressManifest(r: ResourceView): boolean {
  return r.resourceType === 'kubernetes_manifest' && (blocks(r.attribute('manifest'))[0] ?? {}).kind === 'Ingress';
}

// ---------------------------------------------------------------------------------------------
// Load balancers
// ---------------------------------------------------------------------------------------------

function port80(what: string, attribute: string): RuleViolation {
  return {
    message: `The ${what} forwards TCP port 80 without TLS: plain HTTP reaches the backend.`,
    attribute,
    fix: 'Serve HTTPS (port 443 with TLS) instead; if the backend only redirects port 80 to HTTPS, suppress this finding with that reason.',
  };
}

/** Open Telekom Cloud ELB: `protocol` HTTP is plain; a REDIRECT_TO_LISTENER / HTTPS-URL policy on the listener redirects. */
function otcListener(r: ResourceView, context: RuleContext): RuleViolation[] {
  const protocol = lower(context, r.attribute('protocol'));
  if (protocol === undefined) return r.has('protocol') ? [unknownValue('protocol', r.attribute('protocol'))] : [];
  const redirects = r.children.some((c) => (c.resourceType === 'opentelekomcloud_lb_l7policy_v2' || c.resourceType === 'opentelekomcloud_lb_policy_v3')
    && (lower(context, c.attribute('action')) === 'redirect_to_listener' || lower(context, c.attribute('redirect_url_config.protocol')) === 'https'));
  if (protocol === 'http' && !redirects) {
    return [{
      message: 'The listener\'s `protocol` is HTTP and no policy redirects it to an HTTPS listener: traffic is served in plain text.',
      attribute: 'protocol',
      fix: r.resourceType.endsWith('_v2')
        ? 'Use protocol TERMINATED_HTTPS with default_tls_container_ref, or add an opentelekomcloud_lb_l7policy_v2 with action REDIRECT_TO_LISTENER to an HTTPS listener.'
        : 'Use protocol HTTPS with default_tls_container_ref, or add an opentelekomcloud_lb_policy_v3 with action REDIRECT_TO_LISTENER to an HTTPS listener.',
    }];
  }
  if ((protocol === 'tcp') && includesPort80(context, r.attribute('protocol_port'))) return [port80('listener', 'protocol_port')];
  return [];
}

/** Scaleway: a frontend without `certificate_ids` serves plain HTTP (http backend) or plain TCP. */
function scalewayFrontend(r: ResourceView, context: RuleContext): RuleViolation[] {
  if (isSet(r.attribute('certificate_ids'))) return [];
  const redirectsToHttps = (acls: unknown[]) => blocks(acls).some((acl) => blocks(acl.action).some((action) => lower(context, action.type) === 'redirect'
    && blocks(action.redirect).some((rd) => (lower(context, rd.type) === 'scheme' && lower(context, rd.target) === 'https')
      || (lower(context, rd.type) === 'location' && isHttpsUrl(context, rd.target)))));
  if (redirectsToHttps(r.values('acl')) || r.childrenOfType('scaleway_lb_acl').some((c) => redirectsToHttps([c.attributes]))) return [];
  const backendRef = r.attribute('backend_id');
  const backend = typeof backendRef === 'string' ? referencesIn(backendRef).map((x) => context.find(x.address)).find((b) => b?.resourceType === 'scaleway_lb_backend') : undefined;
  const forward = backend ? lower(context, backend.attribute('forward_protocol')) : undefined;
  if (forward === 'http') {
    return [{
      message: `The frontend has no \`certificate_ids\` and its backend ${backend!.address} forwards HTTP: traffic on port ${String(literalOf(context, r.attribute('inbound_port')) ?? '?')} is plain HTTP, and no ACL redirects it to HTTPS.`,
      attribute: 'certificate_ids',
      fix: 'Add certificate_ids (a scaleway_lb_certificate) on port 443, and on port 80 an acl with action { type = "redirect", redirect { type = "scheme", target = "https" } }.',
    }];
  }
  return includesPort80(context, r.attribute('inbound_port')) ? [port80('frontend', 'inbound_port')] : [];
}

/** OVHcloud Public Cloud load balancer (Octavia): `listeners[].protocol` http is plain. */
function ovhLoadBalancer(r: ResourceView, context: RuleContext): RuleViolation[] {
  const out: RuleViolation[] = [];
  for (const l of blocks(r.values('listeners'))) {
    const protocol = lower(context, l.protocol);
    if (protocol === undefined) {
      if (isSet(l.protocol)) out.push(unknownValue('listeners.protocol', l.protocol));
    } else if (protocol === 'http') {
      out.push({ message: `A listener on port ${String(literalOf(context, l.port) ?? '?')} uses protocol "http": traffic is served in plain text.`, attribute: 'listeners.protocol', fix: 'Use protocol "terminatedHTTPS" with a secret_id certificate (or "https" pass-through).' });
    } else if (protocol === 'tcp' && includesPort80(context, l.port)) {
      out.push(port80('listener', 'listeners.port'));
    }
  }
  return out;
}

/** OVHcloud IP Load Balancing HTTP frontend: `ssl` false (default) is plain unless it redirects to https://. */
function ovhHttpFrontend(r: ResourceView, context: RuleContext): RuleViolation[] {
  const ssl = flag(r, 'ssl');
  if (ssl === 'true') return [];
  if (ssl === 'unknown') return [unknownValue('ssl', r.attribute('ssl'))];
  if (isHttpsUrl(context, r.attribute('redirect_location'))) return [];
  const routeRedirects = r.childrenOfType('ovh_iploadbalancing_http_route').some((route) => blocks(route.attribute('action')).some((a) =>
    lower(context, a.type) === 'redirect' && isHttpsUrl(context, a.target)));
  if (routeRedirects) return [];
  return [{
    message: `The HTTP frontend has \`ssl\` ${ssl === 'absent' ? 'not set (default false)' : 'false'} and does not redirect to https://: traffic is served in plain text.`,
    attribute: 'ssl',
    fix: 'Set ssl = true (with default_ssl_id), or redirect with redirect_location = "https://..." or an ovh_iploadbalancing_http_route of type "redirect".',
  }];
}

function ovhTcpFrontend(r: ResourceView, context: RuleContext): RuleViolation[] {
  const ssl = flag(r, 'ssl');
  if (ssl === 'true') return [];
  if (ssl === 'unknown') return [unknownValue('ssl', r.attribute('ssl'))];
  return includesPort80(context, r.attribute('port')) ? [port80('TCP frontend', 'port')] : [];
}

/** Hetzner: `protocol` http is plain (the https service's `http.redirect_http` is the redirect). */
function hetznerService(r: ResourceView, context: RuleContext): RuleViolation[] {
  const protocol = lower(context, r.attribute('protocol'));
  if (protocol === undefined) return r.has('protocol') ? [unknownValue('protocol', r.attribute('protocol'))] : [];
  if (protocol === 'http') {
    return [{
      message: 'The load balancer service uses protocol "http": traffic is served in plain text.',
      attribute: 'protocol',
      fix: 'Use protocol "https" with http { certificates = [...], redirect_http = true } so port 80 only redirects.',
    }];
  }
  if (protocol === 'tcp' && includesPort80(context, r.attribute('listen_port'))) return [port80('service', 'listen_port')];
  return [];
}

/** UpCloud: an `http`-mode frontend without a TLS config child is plain, unless a rule redirects to https. */
function upcloudFrontend(r: ResourceView, context: RuleContext): RuleViolation[] {
  const mode = lower(context, r.attribute('mode'));
  if (mode === undefined) return r.has('mode') ? [unknownValue('mode', r.attribute('mode'))] : [];
  if (r.childrenOfType('upcloud_loadbalancer_frontend_tls_config').length > 0) return [];
  if (mode === 'tcp') return includesPort80(context, r.attribute('port')) ? [port80('frontend', 'port')] : [];
  const redirects = r.childrenOfType('upcloud_loadbalancer_frontend_rule').some((rule) => rule.values('actions.http_redirect').some((rd) => {
    const b = rd as Record<string, unknown>;
    return lower(context, b.scheme) === 'https' || isHttpsUrl(context, b.location);
  }));
  if (redirects) return [];
  return [{
    message: `The frontend runs in http mode on port ${String(literalOf(context, r.attribute('port')) ?? '?')} with no TLS config and no rule redirecting to HTTPS: traffic is served in plain text.`,
    attribute: 'mode',
    fix: 'Attach an upcloud_loadbalancer_frontend_tls_config (certificate bundle), or add an upcloud_loadbalancer_frontend_rule with actions { http_redirect { scheme = "https" } }.',
  }];
}

/** IONOS Application Load Balancer: a forwarding rule without `server_certificates` serves plain HTTP. */
function ionosAlbRule(r: ResourceView, context: RuleContext): RuleViolation[] {
  if (isSet(r.attribute('server_certificates'))) return [];
  const redirects = blocks(r.values('http_rules')).some((rule) => lower(context, rule.type) === 'redirect'
    && isHttpsUrl(context, rule.location) && !isSet(rule.conditions));
  if (redirects) return [];
  return [{
    message: `The forwarding rule on port ${String(literalOf(context, r.attribute('listener_port')) ?? '?')} has no \`server_certificates\` and no unconditional redirect to https://: traffic is served in plain HTTP.`,
    attribute: 'server_certificates',
    fix: 'Add server_certificates (ionoscloud_certificate), or an http_rules { type = "REDIRECT", location = "https://..." } without conditions.',
  }];
}

function portOnly(path: string, what: string, tlsProtocols: string[] = []): Check {
  return (r, context) => {
    const protocol = lower(context, r.attribute('protocol'));
    if (protocol && tlsProtocols.includes(protocol)) return [];
    return includesPort80(context, r.attribute(path)) ? [port80(what, path)] : [];
  };
}

/** STACKIT network load balancer (layer 4): listeners on port 80 that are not TLS pass-through. */
function stackitLoadBalancer(r: ResourceView, context: RuleContext): RuleViolation[] {
  return blocks(r.values('listeners')).some((l) => includesPort80(context, l.port) && lower(context, l.protocol) !== 'protocol_tls_passthrough')
    ? [port80('listener', 'listeners.port')] : [];
}

/** STACKIT Application Load Balancer: `listeners[].protocol` PROTOCOL_HTTP is plain (no redirect action in the schema). */
function stackitAlb(r: ResourceView, context: RuleContext): RuleViolation[] {
  const out: RuleViolation[] = [];
  for (const l of blocks(r.values('listeners'))) {
    const protocol = lower(context, l.protocol);
    if (protocol === undefined) {
      if (isSet(l.protocol)) out.push(unknownValue('listeners.protocol', l.protocol));
    } else if (protocol === 'protocol_http') {
      out.push({ message: `A listener on port ${String(literalOf(context, l.port) ?? '?')} uses PROTOCOL_HTTP: traffic is served in plain text.`, attribute: 'listeners.protocol', fix: 'Use PROTOCOL_HTTPS with https { certificate_config { certificate_ids } }.' });
    }
  }
  return out;
}

/** AWS ALB/NLB listener: HTTP is plain unless every default action redirects to HTTPS. */
function awsListener(r: ResourceView, context: RuleContext): RuleViolation[] {
  const raw = r.attribute('protocol');
  const protocol = lower(context, raw) ?? (raw === undefined && r.has('port') && !r.has('certificate_arn') ? 'http' : undefined);
  if (protocol === undefined) return raw !== undefined ? [unknownValue('protocol', raw)] : [];
  if (protocol === 'http') {
    const actions = blocks(r.values('default_action'));
    const redirects = actions.length > 0 && actions.every((a) => lower(context, a.type) === 'redirect'
      && blocks(a.redirect).some((rd) => lower(context, rd.protocol) === 'https'));
    if (redirects) return [];
    return [{ message: 'The listener uses protocol HTTP and its default action does not redirect to HTTPS: traffic is served in plain text.', attribute: 'protocol', fix: 'Use protocol HTTPS with certificate_arn, or default_action { type = "redirect", redirect { protocol = "HTTPS", port = "443", status_code = "HTTP_301" } }.' }];
  }
  if (protocol === 'tcp' && includesPort80(context, r.attribute('port'))) return [port80('listener', 'port')];
  return [];
}

/** Google: a target HTTP proxy is plain unless its URL map only redirects to HTTPS. */
function gcpHttpProxy(r: ResourceView, context: RuleContext): RuleViolation[] {
  const ref = r.attribute('url_map');
  const map = typeof ref === 'string' ? referencesIn(ref).map((x) => context.find(x.address)).find((m) => m?.resourceType === 'google_compute_url_map') : undefined;
  if (map && flagOf(map.attribute('default_url_redirect.https_redirect'), map.literal('default_url_redirect.https_redirect')) === 'true') return [];
  return [{ message: 'The target HTTP proxy serves plain HTTP and its URL map does not redirect to HTTPS (default_url_redirect.https_redirect).', attribute: 'url_map', fix: 'Use a google_compute_target_https_proxy, and point this proxy at a URL map with default_url_redirect { https_redirect = true }.' }];
}

// ---------------------------------------------------------------------------------------------
// Databases
// ---------------------------------------------------------------------------------------------

/** A boolean TLS switch that must be true (absent = `defaultOn`). */
function tlsFlag(path: string, what: string, defaultOn: boolean, fix: string): Check {
  return (r) => {
    const s = flag(r, path);
    if (s === 'unknown') return [unknownValue(path, r.attribute(path))];
    if (s === 'true' || (s === 'absent' && defaultOn)) return [];
    return [{ message: `The ${what} accepts unencrypted connections: \`${path}\` is ${s === 'absent' ? 'not set (off by default)' : 'false'}.`, attribute: path, fix }];
  };
}

/** OTC RDS v3: `ssl_enable` exists for MySQL only. */
function otcRds(r: ResourceView, context: RuleContext): RuleViolation[] {
  const engine = lower(context, r.attribute('db.type'));
  if (engine !== undefined && engine !== 'mysql') return [];
  const s = flag(r, 'ssl_enable');
  if (s === 'true') return [];
  if (engine === undefined && r.has('db.type') && s !== 'false') {
    return [{ message: '`db.type` is not known before apply and `ssl_enable` is not true: whether a MySQL instance enforces TLS cannot be verified.', attribute: 'ssl_enable', fix: 'Set ssl_enable = true for MySQL instances.' }];
  }
  if (engine === undefined) return [];
  if (s === 'unknown') return [unknownValue('ssl_enable', r.attribute('ssl_enable'))];
  return [{ message: `The MySQL instance does not enable SSL: \`ssl_enable\` is ${s === 'absent' ? 'not set' : 'false'}.`, attribute: 'ssl_enable', fix: 'Set ssl_enable = true.' }];
}

/** Google Cloud SQL: `settings.ip_configuration.ssl_mode` must refuse unencrypted connections. */
function gcpSql(r: ResourceView, context: RuleContext): RuleViolation[] {
  const path = 'settings.ip_configuration.ssl_mode';
  const raw = r.attribute(path);
  const mode = lower(context, raw);
  if (mode === 'encrypted_only' || mode === 'trusted_client_certificate_required') return [];
  if (raw !== undefined && mode === undefined) return [unknownValue(path, raw)];
  if (raw === undefined && flag(r, 'settings.ip_configuration.require_ssl') === 'true') return [];
  return [{ message: `The instance accepts unencrypted connections: \`${path}\` is ${raw === undefined ? 'not set (ALLOW_UNENCRYPTED_AND_ENCRYPTED)' : show(literalOf(context, raw))}.`, attribute: path, fix: 'Set settings { ip_configuration { ssl_mode = "ENCRYPTED_ONLY" } }.' }];
}

/** Azure flexible server parameter `require_secure_transport` set to OFF. */
function azureServerParameter(r: ResourceView, context: RuleContext): RuleViolation[] {
  if (lower(context, r.attribute('name')) !== 'require_secure_transport') return [];
  const value = lower(context, r.attribute('value'));
  if (value === undefined) return [unknownValue('value', r.attribute('value'))];
  return value === 'off' || value === 'false' || value === '0'
    ? [{ message: 'The server parameter require_secure_transport is OFF: clients may connect without TLS.', attribute: 'value', fix: 'Remove the configuration or set value = "ON".' }]
    : [];
}

// ---------------------------------------------------------------------------------------------
// Provider endpoints
// ---------------------------------------------------------------------------------------------

const LOOPBACK = /^http:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?(\/|$)/i;

/** Every argument of a provider configuration (endpoints blocks included) that is an http:// URL. */
function plainEndpoints(value: unknown, path: string, context: RuleContext, out: Array<{ path: string; url: string }>): void {
  if (typeof value === 'string') {
    const v = value.includes('${') ? literalOf(context, value) : value;
    if (typeof v === 'string' && /^http:\/\//i.test(v.trim()) && !LOOPBACK.test(v.trim())) out.push({ path, url: v.trim() });
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) plainEndpoints(item, path, context, out);
    return;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      // A proxy URL over http:// still tunnels TLS (CONNECT); it is not plain-text data.
      if (k === '//' || /proxy/i.test(k)) continue;
      plainEndpoints(v, path ? `${path}.${k}` : k, context, out);
    }
  }
}

function providerEndpoints(r: ResourceView, context: RuleContext): RuleViolation[] {
  const found: Array<{ path: string; url: string }> = [];
  plainEndpoints(r.attributes, '', context, found);
  return found.map(({ path, url }) => ({
    message: `\`${path}\` is ${url}: ${/(^|\.)s3$/.test(path) ? 'objects travel to and from object storage' : 'API calls and data travel'} unencrypted over plain HTTP.`,
    attribute: path,
    fix: `Use the https:// endpoint${/s3/.test(path) ? ' of the object storage (every catalogued provider offers one)' : ''}.`,
  }));
}

// ---------------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------------

interface Entry {
  readonly check: Check;
  /** The documentation page the check relies on. */
  readonly source: string;
}
const e = (check: Check, source: string): Entry => ({ check, source });

const CHECKS: Record<string, Entry> = {
  kubernetes_ingress: e(ingress, `${K8S}/ingress.md`),
  kubernetes_ingress_v1: e(ingress, `${K8S}/ingress_v1.md`),
  kubernetes_manifest: e(manifestIngress, `${K8S}/manifest.md`),

  // --- Load balancers of the European providers ---
  opentelekomcloud_lb_listener_v2: e(otcListener, `${OTC}/lb_listener_v2.md`), // redirects: lb_l7policy_v2.md
  opentelekomcloud_lb_listener_v3: e(otcListener, `${OTC}/lb_listener_v3.md`), // redirects: lb_policy_v3.md
  scaleway_lb_frontend: e(scalewayFrontend, `${SCW}/lb_frontend.md`), // backend: lb_backend.md; external ACLs: lb_acl.md
  ovh_cloud_project_loadbalancer: e(ovhLoadBalancer, `${OVH}/cloud_project_loadbalancer.md`), // protocol values: provider schema (http, https, terminatedHTTPS, tcp, …)
  ovh_iploadbalancing_http_frontend: e(ovhHttpFrontend, `${OVH}/iploadbalancing_http_frontend.md`), // routes: iploadbalancing_http_route.md
  ovh_iploadbalancing_tcp_frontend: e(ovhTcpFrontend, `${OVH}/iploadbalancing_tcp_frontend.md`),
  hcloud_load_balancer_service: e(hetznerService, `${HCLOUD}/load_balancer_service.md`),
  upcloud_loadbalancer_frontend: e(upcloudFrontend, `${UPC}/loadbalancer_frontend.md`), // tls: loadbalancer_frontend_tls_config.md; rules: loadbalancer_frontend_rule.md
  ionoscloud_application_loadbalancer_forwardingrule: e(ionosAlbRule, `${IONOS}/application_loadbalancer_forwardingrule.md`),
  ionoscloud_networkloadbalancer_forwardingrule: e(portOnly('listener_port', 'forwarding rule'), `${IONOS}/networkloadbalancer_forwardingrule.md`),
  exoscale_nlb_service: e(portOnly('port', 'NLB service'), `${EXO}/nlb_service.md`), // layer 4 only (tcp|udp)
  stackit_loadbalancer: e(stackitLoadBalancer, `${STACKIT}/loadbalancer.md`),
  stackit_application_load_balancer: e(stackitAlb, `${STACKIT}/application_load_balancer.md`),
  aws_lb_listener: e(awsListener, `${AWS}/lb_listener.html.markdown`),
  aws_alb_listener: e(awsListener, `${AWS}/lb_listener.html.markdown`),
  google_compute_target_http_proxy: e(gcpHttpProxy, `${GCP}/compute_target_http_proxy.html.markdown`), // url map: compute_url_map.html.markdown

  // --- Database TLS switches ---
  opentelekomcloud_rds_instance_v3: e(otcRds, `${OTC}/rds_instance_v3.md`),
  opentelekomcloud_dds_instance_v3: e(tlsFlag('ssl', 'document database', true, 'Set ssl = true (the default).'), `${OTC}/dds_instance_v3.md`),
  opentelekomcloud_css_cluster_v1: e(tlsFlag('enable_https', 'search cluster', false, 'Set enable_https = true (forces a new cluster).'), `${OTC}/css_cluster_v1.md`),
  scaleway_redis_cluster: e(tlsFlag('tls_enabled', 'Redis cluster', false, 'Set tls_enabled = true (forces a new cluster).'), `${SCW}/redis_cluster.md`),
  google_sql_database_instance: e(gcpSql, `${GCP}/sql_database_instance.html.markdown`),
  azurerm_storage_account: e(tlsFlag('https_traffic_only_enabled', 'storage account', true, 'Set https_traffic_only_enabled = true (the default).'), `${AZ}/storage_account.html.markdown`),
  azurerm_redis_cache: e((r) => flag(r, 'non_ssl_port_enabled') === 'true'
    ? [{ message: 'The cache enables the non-TLS port 6379 (`non_ssl_port_enabled = true`).', attribute: 'non_ssl_port_enabled', fix: 'Set non_ssl_port_enabled = false.' }] : [], `${AZ}/redis_cache.html.markdown`),
  azurerm_postgresql_flexible_server_configuration: e(azureServerParameter, AZURE_SECURE_TRANSPORT),
  azurerm_mysql_flexible_server_configuration: e(azureServerParameter, AZURE_SECURE_TRANSPORT),

  // --- Provider configurations: endpoints over http:// (aws `endpoints.s3` for S3-compatible storage, …) ---
  provider: e(providerEndpoints, 'https://github.com/hashicorp/terraform-provider-aws/blob/v6.0.0/website/docs/guides/custom-service-endpoints.html.markdown'),
};

const BY_TYPE = new Map(Object.entries(CHECKS));

/** The documentation page behind each resource type the rule checks (for tests and docs). @internal */
export function encryptionInTransitSources(): Record<string, string> {
  return { ...Object.fromEntries(Object.entries(CHECKS).map(([type, entry]) => [type, entry.source])), annotations: `${NGINX_ANNOTATIONS} ${TRAEFIK_ANNOTATIONS}` };
}

/**
 * SOV-ENCRYPTION-IN-TRANSIT: ingresses serve TLS, load-balancer listeners do not serve
 * plain HTTP (unless they only redirect), databases refuse unencrypted connections, and
 * provider endpoints use https://.
 */
export const encryptionInTransitRule = defineRule({
  metadata: {
    id: RuleId.ENCRYPTION_IN_TRANSIT,
    title: 'Data in transit is encrypted',
    defaultLevel: FindingLevel.ERROR,
    references: refs('GDPR-32', 'GAIAX-P3.1.9', 'GAIAX-P3.1.10', 'C5-CRY-02'),
    rationale:
      'Personal data crossing networks must be protected against interception (GDPR Art. 32, BSI C5 CRY-02). Plain-HTTP listeners, ingresses without TLS and databases accepting unencrypted connections break that.',
    remediation: 'Serve only TLS: add TLS to ingresses and listeners (redirect HTTP to HTTPS), require TLS on databases, and use https:// endpoints.',
    resourceTypes: Object.keys(CHECKS).sort(),
  },
  appliesTo: (resource) => BY_TYPE.has(resource.resourceType) && (resource.resourceType !== 'kubernetes_manifest' || isIngressManifest(resource)),
  evaluate: (resource, context) => BY_TYPE.get(resource.resourceType)?.check(resource, context) ?? [],
});
