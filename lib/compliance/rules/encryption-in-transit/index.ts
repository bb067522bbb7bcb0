import { EncryptionInTransitFact, TransitCheck } from '../../../catalog/facts/transit';
import { ResourceView, RuleContext } from '../../model/view';
import { defineRule } from '../../rule';
import { FindingLevel, RuleViolation } from '../../types';
import { factsOf, typeFact, typesWith } from '../catalog-facts';
import { RuleId } from '../ids';
import { refs } from '../refs';
import { engineTlsFlag, plainFlag, serverParameter, tlsFlag, tlsMode } from './databases';
import { providerEndpoints } from './endpoints';
import { judgesIngress, kubernetesIngress, NGINX_ANNOTATIONS, TRAEFIK_ANNOTATIONS } from './ingress';
import { ipsec } from './ipsec';
import { listener } from './load-balancers';

/*
 * SOV-ENCRYPTION-IN-TRANSIT: ingresses without TLS, plain-HTTP load-balancer listeners
 * (unless they only redirect to HTTPS), database TLS switches that are off, provider
 * endpoints (S3 and others) reached over http://, and VPN tunnels or IPsec policies with
 * IKEv1, DES/3DES, MD5/SHA-1, small Diffie-Hellman groups or no PFS (BSI TR-02102-3). Which check judges a resource type is a
 * catalog fact (`ResourceTypeFact.encryptionInTransit`).
 *
 * Layer-4 listeners (TCP pass-through) cannot be judged from the configuration except by
 * their port: a TCP listener on port 80 is taken as plain HTTP (suppress it with a reason
 * when the backend only redirects to HTTPS).
 */

/** Where provider configurations' endpoints (aws `endpoints.s3` and the like) are documented. */
const PROVIDER_ENDPOINTS = 'https://github.com/hashicorp/terraform-provider-aws/blob/v6.0.0/website/docs/guides/custom-service-endpoints.html.markdown';

type FactCheck = (resource: ResourceView, context: RuleContext, fact: EncryptionInTransitFact) => RuleViolation[];

const CHECKS: Record<TransitCheck, FactCheck> = {
  [TransitCheck.KUBERNETES_INGRESS]: (r, c) => kubernetesIngress(r, c),
  [TransitCheck.LISTENER]: (r, c, f) => listener(r, c, f.listener!),
  [TransitCheck.TLS_FLAG]: tlsFlag,
  [TransitCheck.PLAIN_FLAG]: plainFlag,
  [TransitCheck.ENGINE_TLS_FLAG]: engineTlsFlag,
  [TransitCheck.TLS_MODE]: tlsMode,
  [TransitCheck.SERVER_PARAMETER]: serverParameter,
  [TransitCheck.IPSEC]: ipsec,
};

/** The documentation page behind each resource type the rule checks (for tests and docs). @internal */
export function encryptionInTransitSources(): Record<string, string> {
  return {
    ...Object.fromEntries(factsOf((f) => f.encryptionInTransit).map(({ resourceType, fact }) => [resourceType, fact.source])),
    provider: PROVIDER_ENDPOINTS,
    annotations: `${NGINX_ANNOTATIONS} ${TRAEFIK_ANNOTATIONS}`,
  };
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
    references: refs('GDPR-32', 'GAIAX-P3.1.9', 'GAIAX-P3.1.10', 'C5-CRY-02', 'BSI-TR-02102-3'),
    rationale:
      'Personal data crossing networks must be protected against interception (GDPR Art. 32, BSI C5 CRY-02). Plain-HTTP listeners, ingresses without TLS and databases accepting unencrypted connections break that.',
    remediation: 'Serve only TLS: add TLS to ingresses and listeners (redirect HTTP to HTTPS), require TLS on databases, and use https:// endpoints.',
    resourceTypes: [...typesWith((f) => f.encryptionInTransit), 'provider'].sort(),
  },
  appliesTo: (resource) => {
    if (resource.resourceType === 'provider') return true;
    const fact = typeFact(resource.resourceType)?.encryptionInTransit;
    return !!fact && (fact.check !== TransitCheck.KUBERNETES_INGRESS || judgesIngress(resource));
  },
  evaluate: (resource, context) => {
    if (resource.resourceType === 'provider') return providerEndpoints(resource, context);
    const fact = typeFact(resource.resourceType)?.encryptionInTransit;
    const check = fact ? CHECKS[fact.check] : undefined;
    return check ? check(resource, context, fact!) : [];
  },
});
