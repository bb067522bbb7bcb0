import { defineRule } from '../rule';
import { FindingLevel } from '../types';
import { RuleId } from './ids';
import { refs } from './refs';

// PLACEHOLDER: metadata only; the evaluation is being implemented.
export const secretsRule = defineRule({
  metadata: {
    id: RuleId.SECRETS,
    title: 'No literal secrets in the configuration',
    defaultLevel: FindingLevel.ERROR,
    references: refs('GDPR-32', 'C5-CRY-04', 'C5-IDM-09'),
    rationale:
      'Terraform configuration and state are copied, versioned and read by many people and tools. A literal password, key or token in cdk.tf.json is disclosed to all of them (BSI C5 CRY-04: secure key management).',
    remediation: 'Take secrets from sensitive Terraform variables, a secret manager data source or a generated value (random_password), never as literals.',
    resourceTypes: [],
  },
  appliesTo: () => false,
  evaluate: () => [],
});
