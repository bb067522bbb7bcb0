import { blocks, getAll, getPath } from '../../model/expressions';
import { ResourceView, RuleContext } from '../../model/view';
import { RuleViolation } from '../../types';
import { KubernetesKind } from '../../../catalog/facts/kubernetes';
import { kubernetesKind, typeFact } from '../catalog-facts';
import { isSet, literalOf, lower } from './shared';

// ---------------------------------------------------------------------------------------------
// Kubernetes ingress
// ---------------------------------------------------------------------------------------------

/** ingress-nginx annotations: `nginx.ingress.kubernetes.io/ssl-redirect` ("true" by default when TLS is set). */
export const NGINX_ANNOTATIONS = 'https://github.com/kubernetes/ingress-nginx/blob/controller-v1.15.1/docs/user-guide/nginx-configuration/annotations.md';
/** Traefik: `traefik.ingress.kubernetes.io/router.entrypoints` (`web` is the plain-HTTP entry point of the Traefik Helm chart). */
export const TRAEFIK_ANNOTATIONS = 'https://doc.traefik.io/traefik/reference/routing-configuration/kubernetes/ingress/';

function hostCovered(host: string, tlsHosts: string[]): boolean {
  return tlsHosts.some((t) => t === host || (t.startsWith('*.') && host.endsWith(t.slice(1)) && !host.slice(0, -t.length + 1).includes('.')));
}

/** An Ingress: `spec.tls` must cover every rule host; annotations must not turn the HTTPS redirect off. */
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

/** An Ingress written as a manifest (networking.k8s.io/v1, camelCase fields). */
function manifestIngress(r: ResourceView, context: RuleContext): RuleViolation[] {
  const argument = typeFact(r.resourceType)!.kubernetes!.manifestArgument!;
  const m = blocks(r.attribute(argument))[0] ?? {};
  return ingressFindings({ values: (p) => getAll(m, p), attribute: (p) => getPath(m, p) }, context, { tls: 'spec.tls', host: 'spec.rules.host', annotations: 'metadata.annotations' })
    .map((v) => ({ ...v, attribute: v.attribute ? `${argument}.${v.attribute}` : undefined }));
}

/** Whether the ingress check applies: an Ingress type, or a manifest of kind Ingress. */
export function judgesIngress(r: ResourceView): boolean {
  if (kubernetesKind(r.resourceType) !== KubernetesKind.MANIFEST) return true;
  const argument = typeFact(r.resourceType)?.kubernetes?.manifestArgument;
  return argument !== undefined && (blocks(r.attribute(argument))[0] ?? {}).kind === 'Ingress';
}

/** A Kubernetes Ingress, in the provider's schema or as a manifest. */
export function kubernetesIngress(r: ResourceView, context: RuleContext): RuleViolation[] {
  return kubernetesKind(r.resourceType) === KubernetesKind.MANIFEST ? manifestIngress(r, context) : ingress(r, context);
}
