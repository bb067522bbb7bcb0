import { defineRule } from '../rule';
import { FindingLevel } from '../types';
import { RuleId } from './ids';
import { refs } from './refs';

// PLACEHOLDER: metadata only; the evaluation is being implemented.
export const publicExposureRule = defineRule({
  metadata: {
    id: RuleId.PUBLIC_EXPOSURE,
    title: 'Nothing is exposed to the internet by accident',
    defaultLevel: FindingLevel.ERROR,
    references: refs('GDPR-25', 'GDPR-32', 'C5-COS-04', 'C5-COS-01', 'GAIAX-P3.1.8'),
    rationale:
      'Data protection by default (GDPR Art. 25(2)) means personal data is not made accessible to an indefinite number of persons. Public buckets, administrative and database ports open to 0.0.0.0/0, and Kubernetes APIs without an allow list are the most common ways data leaks.',
    remediation: 'Keep storage private, restrict firewall rules to known source ranges, put an allow list on the Kubernetes API, and mark load balancers internal unless they must be public.',
    resourceTypes: [],
  },
  appliesTo: () => false,
  evaluate: () => [],
});
