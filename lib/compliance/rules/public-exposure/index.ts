import { ExposureCheck, PublicExposureFact } from '../../../catalog/facts/exposure';
import { ResourceView, RuleContext } from '../../model/view';
import { defineRule } from '../../rule';
import { FindingLevel, RuleViolation } from '../../types';
import { typeFact, typesWith } from '../catalog-facts';
import { RuleId } from '../ids';
import { refs } from '../refs';
import { judgeBucket } from './buckets';
import { judgeAllowList } from './databases';
import { judgeFirewallSwitch, judgePublicAddress } from './firewall-switch';
import { judgeFirewall } from './firewalls';
import { judgeApiAccess } from './kubernetes-apis';
import { judgeService } from './kubernetes-services';
import { judgeListener } from './listeners';
import { judgeObject } from './objects';

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
 *  6. Servers and NICs with the provider's firewall switched off on an interface that faces
 *     the internet (catalog `publicExposure.firewallSwitch`).
 *  7. Servers that hold personal data (classification labels) with a public address
 *     (catalog `publicExposure.publicAddress`).
 *  8. Uploaded objects whose own ACL or visibility makes them public, even in a private
 *     bucket (catalog `publicExposure.objectAccess`); the finding sits on the object.
 *  9. Load balancer listeners on a public address that forward an administrative or database
 *     port with no source filter (catalog `publicExposure.listener`); the finding sits on the listener.
 *
 * How each resource type writes these is a catalog fact (`ResourceTypeFact.publicExposure`),
 * read from the provider's docs at the release named in its source.
 */

type FactCheck = (resource: ResourceView, context: RuleContext, fact: PublicExposureFact) => RuleViolation[];

const CHECKS: Record<ExposureCheck, FactCheck> = {
  [ExposureCheck.BUCKET]: (r, c, f) => judgeBucket(r, c, f.bucket!),
  [ExposureCheck.FIREWALL]: (r, c, f) => judgeFirewall(r, c, f.firewall!),
  [ExposureCheck.ALLOW_LIST]: (r, c, f) => judgeAllowList(r, c, f.allowList!),
  [ExposureCheck.API_ACCESS]: (r, c, f) => judgeApiAccess(r, c, f.apiAccess!),
  [ExposureCheck.KUBERNETES_SERVICE]: (r, c) => judgeService(r, c),
  [ExposureCheck.SERVER]: () => [],
  [ExposureCheck.OBJECT]: (r, c, f) => judgeObject(r, c, f.objectAccess!),
  [ExposureCheck.LISTENER]: (r, c, f) => judgeListener(r, c, f.listener!),
};

function judged(resource: ResourceView, fact: PublicExposureFact): boolean {
  return fact.judgedWhenSet === undefined || resource.values(fact.judgedWhenSet).length > 0;
}

export const publicExposureRule = defineRule({
  metadata: {
    id: RuleId.PUBLIC_EXPOSURE,
    title: 'Nothing is exposed to the internet by accident',
    defaultLevel: FindingLevel.ERROR,
    references: refs('GDPR-25', 'GDPR-32', 'C5-COS-04', 'C5-COS-01', 'GAIAX-P3.1.8'),
    rationale:
      'Data protection by default (GDPR Art. 25(2)) means personal data is not made accessible to an indefinite number of persons. Public buckets, administrative and database ports open to 0.0.0.0/0, and Kubernetes APIs without an allow list are the most common ways data leaks.',
    remediation: 'Keep storage private, restrict firewall rules and database allow lists to known source ranges, put an allow list on the Kubernetes API, and mark load balancers internal unless they must be public.',
    resourceTypes: typesWith((f) => f.publicExposure),
  },
  appliesTo: (resource) => {
    const fact = typeFact(resource.resourceType)?.publicExposure;
    return !!fact && (!!fact.firewallSwitch || !!fact.publicAddress || judged(resource, fact));
  },
  evaluate: (resource, context) => {
    const fact = typeFact(resource.resourceType)?.publicExposure;
    if (!fact) return [];
    const out = judged(resource, fact) ? [...CHECKS[fact.check](resource, context, fact)] : [];
    if (fact.firewallSwitch) out.push(...judgeFirewallSwitch(resource, context, fact.firewallSwitch));
    if (fact.publicAddress) out.push(...judgePublicAddress(resource, context, fact.publicAddress));
    return out;
  },
});
