import { defineRule } from '../../rule';
import { FindingLevel } from '../../types';
import { RuleId } from '../ids';
import { refs } from '../refs';
import { BUCKETS } from './buckets';
import { DATABASES } from './databases';
import { FIREWALLS } from './firewalls';
import { KUBERNETES_APIS } from './kubernetes-apis';
import { SERVICES } from './kubernetes-services';
import { Handler } from './shared';

export { internalAnnotationVerdict } from './kubernetes-services';

/*
 * SOV-PUBLIC-EXPOSURE: nothing is reachable from the internet by accident.
 *
 *  1. Buckets: public canned ACLs and grants, bucket policies that allow a wildcard
 *     principal, public access blocks with a setting off, and buckets without a public
 *     access block where the provider's S3 API has one (catalog `publicAccessBlock`).
 *  2. Firewalls and security groups that let 0.0.0.0/0, ::/0 or "any" reach an
 *     administrative or database port (or every port).
 *  3. Managed Kubernetes API servers without an allow list.
 *  4. Kubernetes Services of type NodePort, or LoadBalancer without the cluster
 *     provider's "internal load balancer" marker.
 *  5. Managed databases whose IP allow list admits 0.0.0.0/0 or ::/0 (with public access
 *     switched on, where the provider has such a switch).
 *
 * Every provider argument used in this folder comes from the provider's docs at the release
 * named in the URL next to it.
 */

// ---------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------

const HANDLERS: Record<string, Handler> = { ...BUCKETS, ...FIREWALLS, ...KUBERNETES_APIS, ...SERVICES, ...DATABASES };
const TYPES = new Set(Object.keys(HANDLERS));
/** Server types judged only for their inline NIC firewall rules. */
const INLINE_FIREWALL_SERVERS = new Set(['ionoscloud_server', 'ionoscloud_vcpu_server', 'ionoscloud_cube_server', 'ionoscloud_gpu_server']);

export const publicExposureRule = defineRule({
  metadata: {
    id: RuleId.PUBLIC_EXPOSURE,
    title: 'Nothing is exposed to the internet by accident',
    defaultLevel: FindingLevel.ERROR,
    references: refs('GDPR-25', 'GDPR-32', 'C5-COS-04', 'C5-COS-01', 'GAIAX-P3.1.8'),
    rationale:
      'Data protection by default (GDPR Art. 25(2)) means personal data is not made accessible to an indefinite number of persons. Public buckets, administrative and database ports open to 0.0.0.0/0, and Kubernetes APIs without an allow list are the most common ways data leaks.',
    remediation: 'Keep storage private, restrict firewall rules and database allow lists to known source ranges, put an allow list on the Kubernetes API, and mark load balancers internal unless they must be public.',
    resourceTypes: [...TYPES].sort(),
  },
  appliesTo: (resource) => TYPES.has(resource.resourceType)
    && (!INLINE_FIREWALL_SERVERS.has(resource.resourceType) || resource.values('nic.firewall').length > 0),
  evaluate: (resource, context) => HANDLERS[resource.resourceType](resource, context),
});
