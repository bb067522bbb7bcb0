import { defineRule } from '../rule';
import { FindingLevel, LocationStatus, RuleViolation } from '../types';
import { RuleId } from './ids';
import { attributeOf } from './location';
import { catalogTypePatterns } from './prefixes';
import { refs } from './refs';

/**
 * SOV-LOCATION-UNKNOWN: a located resource whose location cannot be determined is a
 * finding of its own. Fail closed: an unknown location is not a pass.
 */
export const locationUnknownRule = defineRule({
  metadata: {
    id: RuleId.LOCATION_UNKNOWN,
    title: 'Every data location is known',
    defaultLevel: FindingLevel.ERROR,
    references: refs('GAIAX-P1.2.5', 'GAIAX-P3.1.10', 'GAIAX-P5.1.2', 'C5-PSS-12', 'GDPR-30'),
    rationale:
      'Residency can only be shown for locations that are known before apply. A region taken from an expression, an ' +
      'unknown endpoint or a cluster outside the configuration could be anywhere; Gaia-X and BSI C5 ask for the ' +
      'locations of data processing and storage to be declared.',
    remediation:
      'Set the region/zone/location as a literal (or a variable with a default) on the resource or its provider; for ' +
      'Kubernetes resources, configure the kubernetes provider from a cluster resource in the same configuration or ' +
      'declare the cluster location (SovereigntyPolicy clusterLocation, CLI --cluster-location).',
    resourceTypes: [...catalogTypePatterns(), 'terraform_backend'],
  },
  appliesTo: (resource) => resource.isLocated || resource.secondaryLocations.length > 0,
  evaluate: (resource) => {
    const violations: RuleViolation[] = [];
    const all = [...(resource.isLocated ? [resource.location] : []), ...resource.secondaryLocations];
    for (const location of all) {
      if (location.status !== LocationStatus.UNKNOWN) continue;
      const what = location.role ? `The location of its ${location.role}` : 'Its location';
      violations.push({
        message: `${what} is unknown: ${location.reason ?? 'no location found'}.`,
        attribute: attributeOf(location.source),
      });
    }
    return violations;
  },
});
