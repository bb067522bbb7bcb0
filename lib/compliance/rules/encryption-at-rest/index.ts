import { defineRule } from '../../rule';
import { FindingLevel } from '../../types';
import { factsOf, typeFact, typesWith } from '../catalog-facts';
import { RuleId } from '../ids';
import { refs } from '../refs';
import { checkOf } from './checks';
import { judgesKubernetesVolumes } from './volume-claims';
import { EncryptionCheck } from '../../../catalog/facts/encryption';

/*
 * SOV-ENCRYPTION-AT-REST: buckets, block volumes, node disks, managed databases and
 * Kubernetes volumes are encrypted at rest; customer-managed keys where the policy asks
 * for them and the provider offers them.
 *
 * What judges a resource type is a catalog fact (`ResourceTypeFact.encryptionAtRest`: a check
 * kind with its arguments, values and texts). Verdicts, per kind of check:
 * - an argument switches encryption on (a flag, a KMS key id, an encrypted volume type):
 *   it must be set; a flag whose value is unknown before apply cannot be verified (fail closed);
 * - the platform encrypts everything and nothing can be configured: pass (and with
 *   `requireCustomerManagedKeys`, pass too — the provider offers no customer key for it);
 * - the provider offers no encryption and documents no platform encryption: a violation,
 *   marked `dependsOnUnverifiedFact` where the verdict rests on the absence of documentation.
 */

/** The documentation page behind each resource type the rule checks (for tests and docs). @internal */
export function encryptionAtRestSources(): Record<string, string> {
  return Object.fromEntries(factsOf((f) => f.encryptionAtRest).map(({ resourceType, fact }) => [resourceType, fact.source]));
}

/**
 * SOV-ENCRYPTION-AT-REST: buckets, block volumes, node disks, managed databases and
 * Kubernetes volumes are encrypted at rest — with customer-managed keys where the policy
 * asks for them and the provider offers them.
 */
export const encryptionAtRestRule = defineRule({
  metadata: {
    id: RuleId.ENCRYPTION_AT_REST,
    title: 'Data at rest is encrypted',
    defaultLevel: FindingLevel.ERROR,
    references: refs('GDPR-32', 'GDPR-5.1.f', 'GAIAX-P3.1.9', 'C5-CRY-03', 'C5-CRY-04', 'EUCS-CKM-01'),
    rationale:
      'Encryption at rest is the first technical measure GDPR Art. 32(1)(a) names, and BSI C5 CRY-03 requires it for customer data. Where the policy asks for customer-managed keys, keys must come from a KMS the customer controls.',
    remediation: 'Switch on the provider\'s encryption for the resource (server-side encryption for buckets, encrypted volume types or KMS keys for disks and databases, an encrypted StorageClass for Kubernetes volumes).',
    resourceTypes: typesWith((f) => f.encryptionAtRest),
  },
  appliesTo: (resource) => {
    const fact = typeFact(resource.resourceType)?.encryptionAtRest;
    if (!fact) return false;
    if (fact.judgedWhenSet !== undefined && !resource.has(fact.judgedWhenSet)) return false;
    return fact.check !== EncryptionCheck.KUBERNETES_VOLUMES || judgesKubernetesVolumes(resource);
  },
  evaluate: (resource, context) => {
    const fact = typeFact(resource.resourceType)?.encryptionAtRest;
    return fact ? checkOf(fact)(resource, context) : [];
  },
});
