import { defineRule } from '../rule';
import { FindingLevel } from '../types';
import { RuleId } from './ids';
import { refs } from './refs';

// PLACEHOLDER: metadata only; the evaluation is being implemented.
export const auditLoggingRule = defineRule({
  metadata: {
    id: RuleId.AUDIT_LOGGING,
    title: 'Audit logging is on and stored immutably in the jurisdiction',
    defaultLevel: FindingLevel.ERROR,
    references: refs('GDPR-33', 'GDPR-32', 'GAIAX-P3.1.7', 'C5-OPS-10', 'C5-OPS-11', 'C5-OPS-12', 'C5-OPS-13', 'C5-OPS-14', 'C5-PSS-04'),
    rationale:
      'GDPR Art. 33 gives 72 hours to report a breach and requires documenting it; BSI C5 OPS-10 to OPS-14 ask for central, protected, retained logs. A cluster or project without an audit trail, or logs in a store that can be altered, cannot support either.',
    remediation: 'Switch on the provider\'s audit log for clusters and projects (or run an in-cluster audit pipeline), and store the logs in an immutable (object-locked/WORM) bucket in the jurisdiction.',
    resourceTypes: [],
  },
  appliesTo: () => false,
  evaluate: () => [],
});
