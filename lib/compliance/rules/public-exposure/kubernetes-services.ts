import { Catalog } from '../../../catalog/catalog';
import { AnnotationValueMatch, InternalLoadBalancerAnnotation } from '../../../catalog/types';
import { ResourceView, RuleContext } from '../../model/view';
import { RuleViolation } from '../../types';
import { lower, Reach, resolve, sourceOf, text } from './shared';

// ---------------------------------------------------------------------------------------
// Kubernetes Services: NodePort, and LoadBalancer without the internal marker
// ---------------------------------------------------------------------------------------

/*
 * The internal-load-balancer annotations of each provider's cloud controller manager are
 * catalog facts (`CloudProvider.kubernetesLoadBalancer`, each with its source); this file only
 * knows how to read an annotation value.
 */

/** Whether an annotation value means internal; undefined when it cannot tell (an expression, invalid JSON). */
export function internalAnnotationVerdict(marker: InternalLoadBalancerAnnotation, raw: string): boolean | undefined {
  if (raw.includes('${')) return undefined;
  const want = marker.value.toLowerCase();
  if (marker.match === AnnotationValueMatch.EQUALS) return raw.trim().toLowerCase() === want;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || !marker.jsonField) return undefined;
  const field = (parsed as Record<string, unknown>)[marker.jsonField];
  if (marker.match === AnnotationValueMatch.JSON_FIELD_EQUALS) {
    const value = field ?? marker.jsonFieldDefault;
    return value === undefined || value === null ? false : String(value).toLowerCase() === want;
  }
  if (marker.match === AnnotationValueMatch.JSON_EVERY_ELEMENT_EQUALS) {
    if (!Array.isArray(field) || field.length === 0 || !marker.jsonElementField) return false;
    const key = marker.jsonElementField;
    return field.every((e) => !!e && typeof e === 'object' && String((e as Record<string, unknown>)[key] ?? '').toLowerCase() === want);
  }
  return undefined;
}

let allMarkers: InternalLoadBalancerAnnotation[] | undefined;

/** Every provider's markers, for clusters outside the configuration (any provider, or a plain OpenStack cloud). */
function everyMarker(): InternalLoadBalancerAnnotation[] {
  if (allMarkers) return allMarkers;
  const seen = new Set<string>();
  allMarkers = [];
  for (const provider of Catalog.providers()) {
    for (const marker of provider.kubernetesLoadBalancer?.internalAnnotations ?? []) {
      const key = `${marker.annotation} ${marker.match} ${marker.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      allMarkers.push(marker);
    }
  }
  return allMarkers;
}

/** A Service (the Kubernetes API's `spec.type`, `metadata.annotations`, `spec.load_balancer_source_ranges`). */
export function judgeService(r: ResourceView, c: RuleContext): RuleViolation[] {
  const rawType = r.attribute('spec.type');
  if (rawType === undefined || rawType === null) return [];
  const type = lower(rawType, c);
  if (type === undefined) {
    return [{ message: `spec.type (${text(rawType)}) cannot be verified before apply; the Service may be exposed outside the cluster.`, attribute: 'spec.type', fix: 'Use a literal type: ClusterIP behind an Ingress, or an internal LoadBalancer.' }];
  }
  if (type === 'nodeport') {
    return [{
      message: 'spec.type is NodePort: the Service listens on every node\'s addresses, public ones included, bypassing any load balancer.',
      attribute: 'spec.type',
      fix: 'Use ClusterIP behind an Ingress, or a LoadBalancer marked internal.',
    }];
  }
  if (type !== 'loadbalancer') return [];

  const providerId = r.location.providerId;
  const provider = providerId ? Catalog.tryProvider(providerId) : undefined;
  const fact = provider?.kubernetesLoadBalancer;
  const markers = fact ? fact.internalAnnotations : everyMarker();
  const annotations = r.attribute('metadata.annotations');
  const present = annotations && typeof annotations === 'object' && !Array.isArray(annotations) ? (annotations as Record<string, unknown>) : {};
  let unknownMarker: string | undefined;
  for (const marker of markers) {
    if (!(marker.annotation in present)) continue;
    const value = resolve(present[marker.annotation], c);
    const verdict = typeof value === 'string' ? internalAnnotationVerdict(marker, value) : typeof value === 'boolean' ? value : undefined;
    if (verdict === true) return [];
    if (verdict === undefined) unknownMarker = marker.annotation;
  }
  // Source ranges limit who reaches the load balancer where the controller applies them.
  if ((!fact || fact.honorsSourceRanges) && r.has('spec.load_balancer_source_ranges')) {
    const source = sourceOf([r.attribute('spec.load_balancer_source_ranges')], c, false);
    if (source && source.reach === Reach.RESTRICTED) return [];
  }
  const where = fact && provider ? `the cluster runs on ${provider.name}` : 'the cluster\'s provider is unknown';
  const existing = fact?.existingLoadBalancerAnnotations?.find((a) => a in present);
  if (existing) {
    return [{ message: `LoadBalancer Service bound to an existing load balancer (${existing}): whether that load balancer has a public address cannot be verified from the Service.`, attribute: 'metadata.annotations', fix: `Create the Service's load balancer with ${markers.map((m) => m.annotation).join(' or ')}, or suppress with a reason naming the private load balancer.` }];
  }
  if (unknownMarker) {
    return [{ message: `LoadBalancer Service: the value of annotation ${unknownMarker} cannot be verified before apply, so the load balancer may be public (${where}).`, attribute: 'metadata.annotations', fix: 'Write the annotation value literally.' }];
  }
  const fix = markers.length > 0
    ? `Add the annotation ${markers.map((m) => `${m.annotation}: ${m.example}`).join(' or ')}${fact?.honorsSourceRanges || !fact ? ', or restrict spec.load_balancer_source_ranges' : ''}; or use ClusterIP behind an Ingress.`
    : 'Use ClusterIP behind an Ingress (with TLS and authentication), or suppress with a reason if the Service must be public.';
  const note = fact?.note && markers.length === 0 ? ` ${fact.note[0].toUpperCase()}${fact.note.slice(1)}.` : '';
  return [{
    message: `LoadBalancer Service without an internal-load-balancer annotation gets a public address (${where}).${note}`,
    attribute: 'spec.type',
    fix,
    dependsOnUnverifiedFact: fact ? !fact.verified : false,
  }];
}
