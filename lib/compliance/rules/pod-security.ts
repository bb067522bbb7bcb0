import { defineRule } from '../rule';
import { FindingLevel } from '../types';
import { RuleId } from './ids';
import { refs } from './refs';

// PLACEHOLDER: metadata only; the evaluation is being implemented.
export const podSecurityRule = defineRule({
  metadata: {
    id: RuleId.POD_SECURITY,
    title: 'Namespaces enforce Pod Security restricted; workloads run hardened',
    defaultLevel: FindingLevel.ERROR,
    references: refs('GDPR-32', 'C5-OPS-23', 'C5-PSS-11'),
    rationale:
      'A container that runs as root, can escalate privileges or keeps Linux capabilities turns a compromised application into a compromised node. The Kubernetes Pod Security Standard restricted profile is the baseline hardening (BSI C5 OPS-23).',
    remediation: 'Label namespaces pod-security.kubernetes.io/enforce=restricted and give every container runAsNonRoot, allowPrivilegeEscalation=false, capabilities drop ALL, seccomp RuntimeDefault and a read-only root filesystem.',
    resourceTypes: [],
  },
  appliesTo: () => false,
  evaluate: () => [],
});
