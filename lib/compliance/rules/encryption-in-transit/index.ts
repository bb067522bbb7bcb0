import { defineRule } from '../../rule';
import { FindingLevel } from '../../types';
import { RuleId } from '../ids';
import { refs } from '../refs';
import { isIngressManifest, NGINX_ANNOTATIONS, TRAEFIK_ANNOTATIONS } from './ingress';
import { CHECKS } from './table';

/*
 * SOV-ENCRYPTION-IN-TRANSIT: ingresses without TLS, plain-HTTP load-balancer listeners
 * (unless they only redirect to HTTPS), database TLS switches that are off, and provider
 * endpoints (S3 and others) reached over http://.
 *
 * Layer-4 listeners (TCP pass-through) cannot be judged from the configuration except by
 * their port: a TCP listener on port 80 is taken as plain HTTP (suppress it with a reason
 * when the backend only redirects to HTTPS).
 */

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
