import { Countries } from '../../core/countries';
import { defineRule } from '../rule';
import { LocationStatus, FindingLevel, ResourceLocation, RuleViolation } from '../types';
import { RuleId } from './ids';
import { catalogTypePatterns } from './prefixes';
import { refs } from './refs';

/**
 * SOV-LOCATION: every located resource — and its replicas, backups, replication
 * destinations and log sinks — is in a country the policy's jurisdiction allows.
 */
export const locationRule = defineRule({
  metadata: {
    id: RuleId.LOCATION,
    title: 'Data stays in the policy\'s jurisdiction',
    defaultLevel: FindingLevel.ERROR,
    references: refs('GDPR-44', 'GDPR-45', 'GDPR-46', 'GAIAX-P5.1.1', 'GAIAX-P5.1.2', 'GAIAX-P2.2.3', 'C5-PSS-12'),
    rationale:
      'Personal data may leave the EU/EEA only under GDPR Chapter V. Gaia-X Label Levels 2 and 3 require customer data, ' +
      'including backups, logs and replicas, to be processable or processed only in the EU/EEA. A region outside the ' +
      'policy\'s jurisdiction is a transfer waiting to happen.',
    remediation: 'Move the resource (and its replicas, backups and log sinks) to a region the policy allows, or widen the policy\'s jurisdiction deliberately.',
    resourceTypes: [...catalogTypePatterns(), 'terraform_backend'],
  },
  appliesTo: (resource) => resource.isLocated || resource.secondaryLocations.length > 0,
  evaluate: (resource, context) => {
    const jurisdiction = context.policy.jurisdiction;
    const violations: RuleViolation[] = [];
    const check = (location: ResourceLocation) => {
      if (location.status !== LocationStatus.KNOWN) return;
      if (location.region?.startsWith('one of ')) {
        // A documented default that names no location: one finding for every country it may be in.
        const outside = location.countries.map((c) => ({ c, verdict: jurisdiction.check(c) })).filter((x) => !x.verdict.allowed);
        if (outside.length === 0) return;
        violations.push({
          message: `${location.role ? `Its ${location.role}` : 'It'} may be located in ${location.region}, determined from ${location.source}: ` +
            outside.map((x) => x.verdict.reason).join(' '),
          attribute: attributeOf(location.source),
          fix: `Choose a location in ${jurisdiction.description}.`,
          dependsOnUnverifiedFact: !location.verified,
        });
        return;
      }
      for (const country of location.countries) {
        const verdict = jurisdiction.check(country);
        if (verdict.allowed) continue;
        const what = location.role ? `Its ${location.role}` : 'It';
        const where = location.region ? `${location.region} (${Countries.describe(country)})` : Countries.describe(country);
        violations.push({
          message: `${what} is located in ${where}, determined from ${location.source}: ${verdict.reason}`,
          attribute: attributeOf(location.source),
          fix: `Choose a location in ${jurisdiction.description}.`,
          dependsOnUnverifiedFact: !location.verified,
        });
      }
    };
    if (resource.isLocated) check(resource.location);
    for (const secondary of resource.secondaryLocations) check(secondary);
    return violations;
  },
});

/** `argument region` → `region`; other sources name no argument of this resource. */
export function attributeOf(source: string): string | undefined {
  const m = /^argument ([\w.[\]]+)/.exec(source);
  return m ? m[1] : undefined;
}
