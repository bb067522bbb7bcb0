import { defineRule } from '../rule';
import { FindingLevel } from '../types';
import { RuleId } from './ids';
import { refs } from './refs';

// PLACEHOLDER: metadata only; the evaluation is being implemented.
export const networkIsolationRule = defineRule({
  metadata: {
    id: RuleId.NETWORK_ISOLATION,
    title: 'Every Kubernetes namespace denies traffic by default',
    defaultLevel: FindingLevel.ERROR,
    references: refs('GDPR-32', 'C5-COS-06', 'C5-COS-01', 'GAIAX-P3.1.8'),
    rationale:
      'Without a default-deny NetworkPolicy every pod can reach every other pod and the internet. BSI C5 COS-06 asks for segregation of data traffic; a default deny for ingress and egress is the Kubernetes form of it.',
    remediation: 'Add a NetworkPolicy with an empty pod selector and policy types Ingress and Egress to every namespace, then allow the traffic each workload needs.',
    resourceTypes: [],
  },
  appliesTo: () => false,
  evaluate: () => [],
});
