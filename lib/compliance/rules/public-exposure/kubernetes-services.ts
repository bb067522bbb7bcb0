import { Catalog } from '../../../catalog/catalog';
import { ResourceView, RuleContext } from '../../model/view';
import { RuleViolation } from '../../types';
import { Handler, lower, Reach, resolve, sourceOf, text } from './shared';

// ---------------------------------------------------------------------------------------
// Kubernetes Services: NodePort, and LoadBalancer without the internal marker
// ---------------------------------------------------------------------------------------

/** An annotation that makes a provider's cloud controller manager create a private load balancer. */
interface InternalMarker {
  readonly annotation: string;
  /** Whether the annotation's value means internal (undefined: cannot tell, e.g. an expression). */
  readonly internal: (value: string) => boolean | undefined;
  /** The value to write, for messages. */
  readonly example: string;
}

interface InternalLoadBalancerFact {
  readonly markers: InternalMarker[];
  /** Annotations that bind the Service to a load balancer created elsewhere (public or not: not visible here). */
  readonly existingLoadBalancer?: string[];
  /** Whether the provider's controller applies `spec.loadBalancerSourceRanges` to the load balancer. */
  readonly honorsSourceRanges: boolean;
  readonly note?: string;
  readonly verified: boolean;
  readonly sources: string[];
}

const isTrue = (v: string) => v.trim().toLowerCase() === 'true';

function jsonAnnotation(check: (parsed: any) => boolean | undefined): (v: string) => boolean | undefined {
  return (v) => {
    if (v.includes('${')) return undefined;
    try {
      return check(JSON.parse(v));
    } catch {
      return undefined;
    }
  };
}

const OPENSTACK_MARKER: InternalMarker = { annotation: 'service.beta.kubernetes.io/openstack-internal-load-balancer', internal: isTrue, example: '"true"' };

/**
 * The "internal load balancer" annotation of each provider's cloud controller manager,
 * by catalog provider id. Candidate for the catalog (a `kubernetesLoadBalancer` fact).
 */
export const INTERNAL_LOAD_BALANCER: Readonly<Record<string, InternalLoadBalancerFact>> = {
  hetzner: {
    markers: [{ annotation: 'load-balancer.hetzner.cloud/disable-public-network', internal: isTrue, example: '"true"' }],
    honorsSourceRanges: false,
    note: 'the controller can also disable public networks for all load balancers (HCLOUD_LOAD_BALANCERS_DISABLE_PUBLIC_NETWORK), which the configuration does not show',
    verified: true,
    sources: ['https://github.com/hetznercloud/hcloud-cloud-controller-manager/blob/v1.35.0/docs/reference/load_balancer_annotations.md'],
  },
  scaleway: {
    markers: [{ annotation: 'service.beta.kubernetes.io/scw-loadbalancer-private', internal: isTrue, example: '"true"' }],
    honorsSourceRanges: true,
    verified: true,
    sources: [
      'https://github.com/scaleway/scaleway-cloud-controller-manager/blob/v0.36.2/docs/loadbalancer-annotations.md',
      'https://github.com/scaleway/scaleway-cloud-controller-manager/blob/v0.36.2/scaleway/acl.go',
    ],
  },
  ovhcloud: {
    // OVHcloud MKS runs the OpenStack (Octavia) cloud controller manager.
    markers: [OPENSTACK_MARKER],
    existingLoadBalancer: ['loadbalancer.openstack.org/load-balancer-id'],
    honorsSourceRanges: true,
    verified: true,
    sources: [
      'https://github.com/kubernetes/cloud-provider-openstack/blob/v1.36.0/docs/openstack-cloud-controller-manager/expose-applications-using-loadbalancer-type-service.md',
      'https://support.us.ovhcloud.com/hc/en-us/articles/32583163140755-Expose-your-applications-using-OVHcloud-Public-Cloud-Load-Balancer',
    ],
  },
  otc: {
    markers: [{
      annotation: 'kubernetes.io/elb.autocreate',
      internal: jsonAnnotation((p) => (p && typeof p === 'object' ? String(p.type ?? 'inner').toLowerCase() === 'inner' : undefined)),
      example: '\'{"type":"inner", ...}\'',
    }],
    existingLoadBalancer: ['kubernetes.io/elb.id'],
    honorsSourceRanges: false,
    verified: true,
    sources: ['https://github.com/opentelekomcloud-docs/cloud-container-engine/blob/main/umn/source/networking/services/loadbalancer/creating_a_loadbalancer_service.rst'],
  },
  stackit: {
    markers: [
      { annotation: 'lb.stackit.cloud/internal-lb', internal: isTrue, example: '"true"' },
      { annotation: 'yawol.stackit.cloud/internalLB', internal: isTrue, example: '"true"' },
    ],
    honorsSourceRanges: true,
    verified: true,
    sources: ['https://github.com/stackitcloud/cloud-provider-stackit/blob/v1.36.3/docs/load-balancer.md'],
  },
  exoscale: {
    markers: [],
    honorsSourceRanges: false,
    note: 'Exoscale network load balancers are always public; the controller has no internal option',
    verified: true,
    sources: ['https://github.com/exoscale/exoscale-cloud-controller-manager/blob/v0.34.0/docs/service-loadbalancer.md'],
  },
  upcloud: {
    markers: [{
      annotation: 'service.beta.kubernetes.io/upcloud-load-balancer-config',
      internal: jsonAnnotation((p) => {
        const networks = p && typeof p === 'object' ? p.networks : undefined;
        if (!Array.isArray(networks) || networks.length === 0) return false;
        return networks.every((n: any) => String(n?.type ?? '').toLowerCase() === 'private');
      }),
      example: '\'{"networks":[{"name":"private-IPv4","type":"private","family":"IPv4","uuid":"..."}], ...}\'',
    }],
    honorsSourceRanges: false,
    verified: true,
    sources: ['https://github.com/UpCloudLtd/uks-instructions/blob/main/ccm/networks.md'],
  },
  ionos: {
    markers: [],
    honorsSourceRanges: false,
    note: 'IONOS managed Kubernetes gives LoadBalancer Services a public IP on a node of a public node pool; no internal option is documented',
    verified: false,
    sources: ['https://docs.ionos.com/cloud/containers/managed-kubernetes'],
  },
  aws: {
    markers: [
      { annotation: 'service.beta.kubernetes.io/aws-load-balancer-internal', internal: isTrue, example: '"true"' },
      { annotation: 'service.beta.kubernetes.io/aws-load-balancer-scheme', internal: (v) => v.trim().toLowerCase() === 'internal', example: '"internal"' },
    ],
    honorsSourceRanges: true,
    verified: true,
    sources: [
      'https://kubernetes.io/docs/concepts/services-networking/service/#internal-load-balancer',
      'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#lb-scheme',
    ],
  },
  azure: {
    markers: [{ annotation: 'service.beta.kubernetes.io/azure-load-balancer-internal', internal: isTrue, example: '"true"' }],
    honorsSourceRanges: true,
    verified: true,
    sources: ['https://kubernetes.io/docs/concepts/services-networking/service/#internal-load-balancer'],
  },
  gcp: {
    markers: [
      { annotation: 'networking.gke.io/load-balancer-type', internal: (v) => v.trim().toLowerCase() === 'internal', example: '"Internal"' },
      { annotation: 'cloud.google.com/load-balancer-type', internal: (v) => v.trim().toLowerCase() === 'internal', example: '"Internal"' },
    ],
    honorsSourceRanges: true,
    verified: true,
    sources: [
      'https://kubernetes.io/docs/concepts/services-networking/service/#internal-load-balancer',
      'https://cloud.google.com/kubernetes-engine/docs/how-to/internal-load-balancing',
    ],
  },
};

/** Every marker, for clusters outside the configuration (any provider, or a plain OpenStack cloud). */
const ALL_MARKERS: InternalMarker[] = [...new Set([...Object.values(INTERNAL_LOAD_BALANCER).flatMap((f) => f.markers), OPENSTACK_MARKER])];

function judgeService(r: ResourceView, c: RuleContext): RuleViolation[] {
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
  const fact = providerId ? INTERNAL_LOAD_BALANCER[providerId] : undefined;
  const markers = fact ? fact.markers : ALL_MARKERS;
  const annotations = r.attribute('metadata.annotations');
  const present = annotations && typeof annotations === 'object' && !Array.isArray(annotations) ? (annotations as Record<string, unknown>) : {};
  let unknownMarker: string | undefined;
  for (const marker of markers) {
    if (!(marker.annotation in present)) continue;
    const value = resolve(present[marker.annotation], c);
    const verdict = typeof value === 'string' ? (value.includes('${') ? undefined : marker.internal(value)) : typeof value === 'boolean' ? value : undefined;
    if (verdict === true) return [];
    if (verdict === undefined) unknownMarker = marker.annotation;
  }
  // Source ranges limit who reaches the load balancer where the controller applies them.
  if ((!fact || fact.honorsSourceRanges) && r.has('spec.load_balancer_source_ranges')) {
    const source = sourceOf([r.attribute('spec.load_balancer_source_ranges')], c, false);
    if (source && source.reach === Reach.RESTRICTED) return [];
  }
  const where = fact && providerId ? `the cluster runs on ${Catalog.tryProvider(providerId)?.name ?? providerId}` : 'the cluster\'s provider is unknown';
  const existing = fact?.existingLoadBalancer?.find((a) => a in present);
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

export const SERVICES: Record<string, Handler> = {
  // https://registry.terraform.io/providers/hashicorp/kubernetes/2.38.0/docs/resources/service_v1
  // (metadata { annotations }, spec { type, load_balancer_source_ranges }; checked against @cdktf/provider-kubernetes 12)
  kubernetes_service: judgeService,
  kubernetes_service_v1: judgeService,
};
