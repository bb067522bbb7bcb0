import { Countries } from '../../core/countries';
import { Jurisdiction } from '../../core/jurisdiction';
import { defineRule, NO_VIOLATIONS } from '../rule';
import { LocationStatus, FindingLevel, ResourceLocation, RuleViolation } from '../types';
import { Catalog } from '../../catalog/catalog';
import { restsOn } from './catalog-facts';
import { RuleId } from './ids';
import { alsoAffects, atFixSite, hasLocationsToJudge } from './fix-site';
import { catalogTypePatterns } from './prefixes';
import { refs } from './refs';

/**
 * SOV-LOCATION: every located resource — and its replicas, backups, replication
 * destinations and log sinks — is in a country the policy's jurisdiction allows. Reported at
 * the fix site: the resource (or provider configuration) whose argument decides the location,
 * once, naming the resources it affects.
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
    resourceTypes: [...catalogTypePatterns(), 'terraform_backend', 'provider'],
  },
  appliesTo: (resource, context) => hasLocationsToJudge(resource, context),
  evaluate: (resource, context) => {
    const jurisdiction = context.policy.jurisdiction;
    const site = atFixSite(resource, context);
    // Most resources are where the policy allows: nothing to write, nothing to allocate.
    if (!anyOutside(site.locations, jurisdiction) && !anyOutside(resource.secondaryLocations, jurisdiction)) return NO_VIOLATIONS;
    const violations: RuleViolation[] = [];
    // Written only when a finding names them (most resources have none).
    let affects: string | undefined;
    const check = (location: ResourceLocation, primary: boolean, instance?: string) => {
      if (location.instances) {
        for (const i of location.instances) check(i.location, primary, i.key);
        return;
      }
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
        const what = location.role ? `Its ${location.role}` : resource.resourceType === 'provider' ? 'What this provider configuration places' : 'It';
        const where = location.region ? `${location.region} (${Countries.describe(country)})` : Countries.describe(country);
        violations.push({
          message: `${what} is located in ${where}, determined from ${location.source}: ${verdict.reason}${primary ? (affects ??= alsoAffects(site.dependants)) : ''}`,
          attribute: attributeOf(location.source),
          fix: `Choose a location in ${jurisdiction.description}.`,
          ...restsOn({ verified: location.verified, fact: `${location.region ?? location.source} is in ${country}`, source: regionSource(location) }),
          instance,
        });
      }
    };
    for (const location of site.locations) check(location, true);
    for (const secondary of resource.secondaryLocations) check(secondary, false);
    return violations;
  },
});

/** Whether a location (or one of its instances) is known and outside the jurisdiction: what `evaluate` reports. */
function isOutside(location: ResourceLocation, jurisdiction: Jurisdiction): boolean {
  if (location.instances) {
    for (const i of location.instances) if (isOutside(i.location, jurisdiction)) return true;
    return false;
  }
  if (location.status !== LocationStatus.KNOWN) return false;
  for (const country of location.countries) if (!jurisdiction.check(country).allowed) return true;
  return false;
}

function anyOutside(locations: readonly ResourceLocation[], jurisdiction: Jurisdiction): boolean {
  for (let i = 0; i < locations.length; i++) if (isOutside(locations[i], jurisdiction)) return true;
  return false;
}

/** The catalog's source for the location's region codes (their country), where it has one. */
function regionSource(location: ResourceLocation): string {
  const sources = new Set<string>();
  for (const code of (location.region ?? '').split(',')) {
    const region = location.providerId && code ? Catalog.findRegion(location.providerId, code) : undefined;
    if (region) sources.add(region.source);
  }
  return sources.size > 0 ? [...sources].join(' and ') : `the catalog entry of provider ${location.providerId ?? 'unknown'}`;
}

/** `argument region` → `region`; other sources name no argument of this resource. */
export function attributeOf(source: string): string | undefined {
  const m = /^argument ([\w.[\]]+)/.exec(source);
  return m ? m[1] : undefined;
}
