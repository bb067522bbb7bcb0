import { defineRule } from '../../rule';
import { FindingLevel } from '../../types';
import { RuleId } from '../ids';
import { refs } from '../refs';
import { manifestKind } from './storage-classes';
import { CHECKS } from './table';
import { MANIFEST_KINDS } from './volume-claims';

/*
 * SOV-ENCRYPTION-AT-REST: buckets, block volumes, node disks, managed databases and
 * Kubernetes volumes are encrypted at rest; customer-managed keys where the policy asks
 * for them and the provider offers them.
 *
 * Verdicts, per kind of resource:
 * - an argument switches encryption on (a flag, a KMS key id, an encrypted volume type):
 *   it must be set; a flag whose value is unknown before apply cannot be verified (fail closed);
 * - the platform encrypts everything and nothing can be configured: pass (and with
 *   `requireCustomerManagedKeys`, pass too — the provider offers no customer key for it);
 * - the provider offers no encryption and documents no platform encryption: a violation,
 *   marked `dependsOnUnverifiedFact` where the verdict rests on the absence of documentation.
 */

const BY_TYPE = new Map(Object.entries(CHECKS));

/** The documentation page behind each resource type the rule checks (for tests and docs). @internal */
export function encryptionAtRestSources(): Record<string, string> {
  return Object.fromEntries(Object.entries(CHECKS).map(([type, entry]) => [type, entry.source]));
}

const STATEFUL_SETS = new Set(['kubernetes_stateful_set', 'kubernetes_stateful_set_v1']);

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
    resourceTypes: Object.keys(CHECKS).sort(),
  },
  appliesTo: (resource) => {
    if (!BY_TYPE.has(resource.resourceType)) return false;
    if (STATEFUL_SETS.has(resource.resourceType)) return resource.has('spec.volume_claim_template');
    if (resource.resourceType === 'stackit_ske_cluster') return resource.has('node_pools');
    if (resource.resourceType === 'kubernetes_manifest') return MANIFEST_KINDS.has(manifestKind(resource) ?? '');
    return true;
  },
  evaluate: (resource, context) => BY_TYPE.get(resource.resourceType)?.check(resource, context) ?? [],
});
