import { defineRule } from '../rule';
import { FindingLevel } from '../types';
import { RuleId } from './ids';
import { refs } from './refs';

// PLACEHOLDER: metadata only; the evaluation is being implemented.
export const encryptionInTransitRule = defineRule({
  metadata: {
    id: RuleId.ENCRYPTION_IN_TRANSIT,
    title: 'Data in transit is encrypted',
    defaultLevel: FindingLevel.ERROR,
    references: refs('GDPR-32', 'GAIAX-P3.1.9', 'GAIAX-P3.1.10', 'C5-CRY-02'),
    rationale:
      'Personal data crossing networks must be protected against interception (GDPR Art. 32, BSI C5 CRY-02). Plain-HTTP listeners, ingresses without TLS and databases accepting unencrypted connections break that.',
    remediation: 'Serve only TLS: add TLS to ingresses and listeners (redirect HTTP to HTTPS), require TLS on databases, and use https:// endpoints.',
    resourceTypes: [],
  },
  appliesTo: () => false,
  evaluate: () => [],
});
