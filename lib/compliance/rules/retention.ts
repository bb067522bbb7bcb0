import { defineRule } from '../rule';
import { FindingLevel } from '../types';
import { RuleId } from './ids';
import { refs } from './refs';

// PLACEHOLDER: metadata only; the evaluation is being implemented.
export const retentionRule = defineRule({
  metadata: {
    id: RuleId.RETENTION,
    title: 'Personal data expires; audit logs are kept long enough, not forever',
    defaultLevel: FindingLevel.ERROR,
    references: refs('GDPR-5.1.e', 'GDPR-30', 'GDPR-33', 'C5-OPS-12'),
    rationale:
      'Storage limitation (GDPR Art. 5(1)(e)) means personal data is deleted when no longer needed: stores marked as holding personal data need an expiry within the policy\'s bounds. Audit logs must survive long enough to investigate incidents (policy minimum) and not longer than the policy maximum.',
    remediation: 'Add a lifecycle expiration to stores of personal data within the policy\'s bounds; lock audit logs for the policy\'s minimum and expire them at its maximum.',
    resourceTypes: [],
  },
  appliesTo: () => false,
  evaluate: () => [],
});
