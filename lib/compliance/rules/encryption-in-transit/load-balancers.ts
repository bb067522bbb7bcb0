import { blocks, referencesIn } from '../../model/expressions';
import { ResourceView, RuleContext } from '../../model/view';
import { RuleViolation } from '../../types';
import { Check, flag, flagOf, includesPort80, isHttpsUrl, isSet, literalOf, lower, unknownValue } from './shared';

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
export function otcListener(r: ResourceView, context: RuleContext): RuleViolation[] {
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
export function scalewayFrontend(r: ResourceView, context: RuleContext): RuleViolation[] {
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
export function ovhLoadBalancer(r: ResourceView, context: RuleContext): RuleViolation[] {
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
export function ovhHttpFrontend(r: ResourceView, context: RuleContext): RuleViolation[] {
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

export function ovhTcpFrontend(r: ResourceView, context: RuleContext): RuleViolation[] {
  const ssl = flag(r, 'ssl');
  if (ssl === 'true') return [];
  if (ssl === 'unknown') return [unknownValue('ssl', r.attribute('ssl'))];
  return includesPort80(context, r.attribute('port')) ? [port80('TCP frontend', 'port')] : [];
}

/** Hetzner: `protocol` http is plain (the https service's `http.redirect_http` is the redirect). */
export function hetznerService(r: ResourceView, context: RuleContext): RuleViolation[] {
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
export function upcloudFrontend(r: ResourceView, context: RuleContext): RuleViolation[] {
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
export function ionosAlbRule(r: ResourceView, context: RuleContext): RuleViolation[] {
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

export function portOnly(path: string, what: string, tlsProtocols: string[] = []): Check {
  return (r, context) => {
    const protocol = lower(context, r.attribute('protocol'));
    if (protocol && tlsProtocols.includes(protocol)) return [];
    return includesPort80(context, r.attribute(path)) ? [port80(what, path)] : [];
  };
}

/** STACKIT network load balancer (layer 4): listeners on port 80 that are not TLS pass-through. */
export function stackitLoadBalancer(r: ResourceView, context: RuleContext): RuleViolation[] {
  return blocks(r.values('listeners')).some((l) => includesPort80(context, l.port) && lower(context, l.protocol) !== 'protocol_tls_passthrough')
    ? [port80('listener', 'listeners.port')] : [];
}

/** STACKIT Application Load Balancer: `listeners[].protocol` PROTOCOL_HTTP is plain (no redirect action in the schema). */
export function stackitAlb(r: ResourceView, context: RuleContext): RuleViolation[] {
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
export function awsListener(r: ResourceView, context: RuleContext): RuleViolation[] {
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
export function gcpHttpProxy(r: ResourceView, context: RuleContext): RuleViolation[] {
  const ref = r.attribute('url_map');
  const map = typeof ref === 'string' ? referencesIn(ref).map((x) => context.find(x.address)).find((m) => m?.resourceType === 'google_compute_url_map') : undefined;
  if (map && flagOf(map.attribute('default_url_redirect.https_redirect'), map.literal('default_url_redirect.https_redirect')) === 'true') return [];
  return [{ message: 'The target HTTP proxy serves plain HTTP and its URL map does not redirect to HTTPS (default_url_redirect.https_redirect).', attribute: 'url_map', fix: 'Use a google_compute_target_https_proxy, and point this proxy at a URL map with default_url_redirect { https_redirect = true }.' }];
}
