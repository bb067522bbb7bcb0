import { Catalog } from '../../catalog/catalog';
import { Countries } from '../../core/countries';
import { defineRule, NO_VIOLATIONS } from '../rule';
import { callerDecides } from '../model/location';
import { FindingLevel, LocationStatus, ResourceLocation, RuleViolation } from '../types';
import { alsoAffects, atFixSite, hasLocationsToJudge } from './fix-site';
import { RuleId } from './ids';
import { attributeOf } from './location';
import { catalogTypePatterns } from './prefixes';
import { refs } from './refs';

/**
 * SOV-LOCATION-UNKNOWN: a located resource whose location cannot be determined is a
 * finding of its own. Fail closed: an unknown location is not a pass — unless every location
 * its provider has is inside the jurisdiction (then an info). Reported at the fix site, once:
 * the provider configuration of a Kubernetes cluster outside the configuration, and for a
 * module without provider configuration one info (it is checked where it is called).
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
    resourceTypes: [...catalogTypePatterns(), 'terraform_backend', 'provider'],
  },
  appliesTo: (resource, context) => hasLocationsToJudge(resource, context),
  evaluate: (resource, context) => {
    const jurisdiction = context.policy.jurisdiction;
    const site = atFixSite(resource, context);
    // Most locations are known: nothing to write, nothing to allocate.
    if (!site.inheritedProvider && !anyUnknown(site.locations) && !anyUnknown(resource.secondaryLocations)) return NO_VIOLATIONS;
    const unknown = (l: ResourceLocation) => l.status === LocationStatus.UNKNOWN;
    const violations: RuleViolation[] = [];
    if (site.inheritedProvider) {
      // A module without provider configuration: its caller supplies the provider, and the location.
      const decided = site.dependants.filter((d) => d.isLocated && unknown(d.location));
      if (decided.length > 0) {
        const name = resource.name;
        violations.push({
          message: `No provider configuration for ${name} here: this looks like a reusable module, which inherits its location ` +
            `from its caller (the provider configuration and the variables the caller passes), so it is checked where it is called — ` +
            `run the check on the root module that calls it. Locations the caller decides: ${decided.slice(0, 6).map((d) => d.address).join(', ')}` +
            `${decided.length > 6 ? ` and ${decided.length - 6} more` : ''}.`,
          maxLevel: FindingLevel.INFO,
        });
      }
      return violations;
    }
    // Written only when a finding names them (most resources have none).
    let affects: string | undefined;
    const judge = (location: ResourceLocation, primary: boolean) => {
      if (!unknown(location)) return;
      const what = location.role ? `The location of its ${location.role}`
        : resource.resourceType === 'provider' ? 'The location of what this provider configuration places' : 'Its location';
      const possible = location.possibleCountries ?? [];
      if (possible.length > 0 && possible.every((c) => jurisdiction.check(c).allowed)) {
        const provider = location.providerId ? Catalog.tryProvider(location.providerId)?.name ?? location.providerId : 'its provider';
        const unset = location.region === undefined;
        violations.push({
          message: `${what} ${unset ? 'is not set' : 'is not known'} (${location.reason ?? 'no location found'}), but every location ${provider} has is in ` +
            `${possible.map((c) => Countries.describe(c)).join(', ')}, inside ${jurisdiction.description}: ${unset ? 'wherever it is placed, it stays there' : 'a code the provider accepts is one of them'}.`,
          attribute: attributeOf(location.source),
          maxLevel: FindingLevel.INFO,
        });
        return;
      }
      violations.push({
        message: `${what} is unknown: ${location.reason ?? 'no location found'}.${primary ? (affects ??= alsoAffects(site.dependants)) : ''}`,
        attribute: attributeOf(location.source),
      });
    };
    for (const location of site.locations) judge(location, true);
    for (const secondary of resource.secondaryLocations) {
      // A replica or backup region passed in by a module's caller is judged where it is called, like the primary location.
      if (unknown(secondary) && context._resolver.isProviderlessModule() && callerDecides(resource, secondary)) {
        violations.push({
          message: `The location of its ${secondary.role ?? 'copy'} is set from input variables (${secondary.reason ?? secondary.source}): this looks like a ` +
            'reusable module, so it is checked where it is called — run the check on the root module that calls it.',
          attribute: attributeOf(secondary.source),
          maxLevel: FindingLevel.INFO,
        });
        continue;
      }
      judge(secondary, false);
    }
    return violations;
  },
});

function anyUnknown(locations: readonly ResourceLocation[]): boolean {
  for (let i = 0; i < locations.length; i++) if (locations[i].status === LocationStatus.UNKNOWN) return true;
  return false;
}
