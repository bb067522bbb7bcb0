import { defineRule } from '../rule';
import { FindingLevel } from '../types';
import { RuleId } from './ids';
import { refs } from './refs';

// PLACEHOLDER: metadata only; the evaluation is being implemented.
export const encryptionAtRestRule = defineRule({
  metadata: {
    id: RuleId.ENCRYPTION_AT_REST,
    title: 'Data at rest is encrypted',
    defaultLevel: FindingLevel.ERROR,
    references: refs('GDPR-32', 'GDPR-5.1.f', 'GAIAX-P3.1.9', 'C5-CRY-03', 'C5-CRY-04', 'EUCS-CKM-01'),
    rationale:
      'Encryption at rest is the first technical measure GDPR Art. 32(1)(a) names, and BSI C5 CRY-03 requires it for customer data. Where the policy asks for customer-managed keys, keys must come from a KMS the customer controls.',
    remediation: 'Switch on the provider\'s encryption for the resource (server-side encryption for buckets, encrypted volume types or KMS keys for disks and databases, an encrypted StorageClass for Kubernetes volumes).',
    resourceTypes: [],
  },
  appliesTo: () => false,
  evaluate: () => [],
});
