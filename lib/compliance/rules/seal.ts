import { Catalog } from '../../catalog/catalog';
import { CloudProvider } from '../../catalog/provider';
import { assess } from '../../catalog/sovereignty/assessment';
import { ProviderSovereigntyAssessment } from '../../catalog/sovereignty/types';
import { SovereigntyAssessment } from '../../catalog/sovereignty/assessment';
import { ConfigurationEvidence, collectEvidence, dataFactsOf } from '../evidence/inventory';
import { RuleContext } from '../model/view';
import { defineRule } from '../rule';
import { FindingLevel } from '../types';
import { RuleId } from './ids';
import { refs } from './refs';

const EVIDENCE = new WeakMap<RuleContext, ConfigurationEvidence>();

function evidenceOf(context: RuleContext): ConfigurationEvidence {
  let e = EVIDENCE.get(context);
  if (!e) {
    e = collectEvidence(context, context.configurationName);
    EVIDENCE.set(context, e);
  }
  return e;
}

/** The provider that really hosts what a provider block manages (S3-compatible endpoints resolved). */
function hostingProvider(providerKey: string, context: RuleContext): CloudProvider | undefined {
  const block = context._config.providers.get(providerKey);
  if (!block) return undefined;
  const redirect = context._resolver.s3Redirect(block);
  if (redirect) return redirect.match ? Catalog.provider(redirect.match.providerId) : undefined;
  return block.catalogProvider;
}

/** How to raise a level, by the criteria that cap it. */
function fixFor(a: ProviderSovereigntyAssessment): string {
  const ids = a.bindingCriteria;
  const out: string[] = [];
  if (ids.includes('SOV-3.1')) out.push('encrypt the stores of personal data with customer-managed keys (or keys only you hold)');
  if (ids.includes('SOV-3.4')) out.push('keep the data, its replicas, backups and log sinks in the EEA');
  if (ids.some((id) => /^SOV-(1|2|4)\./.test(id))) out.push('move the data to an EU-controlled provider not subject to third-country laws with extraterritorial reach');
  return out.length > 0 ? `To raise the level: ${out.join('; ')}.` : 'Choose a provider or offering whose public facts allow the required level.';
}

/**
 * SOV-SEAL: every provider holds the data at no less than the policy's minimum SEAL level of
 * the EU Cloud Sovereignty Framework — computed in the catalog from public facts (ownership,
 * third-country laws, documented operations) and from what the configuration stores there (who
 * holds the keys, where the data and its copies are). The level is the most the facts allow, so
 * a finding means the minimum cannot be reached; no finding does not certify the level.
 * Evaluated once per provider configuration; runs only when `SovereigntyPolicy.minimumSeal` is set.
 */
export const sealRule = defineRule({
  metadata: {
    id: RuleId.SEAL,
    title: 'Providers reach the minimum sovereignty level (SEAL) for the data they hold',
    defaultLevel: FindingLevel.WARNING,
    references: refs('EUCSF-SEAL', 'GAIAX-P5.1.4', 'GAIAX-P5.1.5', 'GDPR-32'),
    rationale:
      'Tenders under the European Commission\'s Cloud Sovereignty Framework reject a service whose Sovereignty Effectiveness Assurance Level is below the minimum they set. ' +
      'The level is the lowest of the framework\'s criteria: ownership and control, exposure to third-country law, operations, and for the data itself key control and location.',
    remediation: 'Keep the data with a provider and configuration whose level is at least the minimum, or lower the minimum deliberately in the policy.',
    resourceTypes: ['provider'],
  },
  appliesTo: (resource, context) => context.policy.minimumSeal !== undefined && hostingProvider(resource.providerKey, context) !== undefined,
  evaluate: (resource, context) => {
    const minimum = context.policy.minimumSeal!;
    const provider = hostingProvider(resource.providerKey, context)!;
    const rows = evidenceOf(context).rows.filter((r) => r.providerKey === resource.providerKey && r.provider?.id === provider.id);
    const byOffering = new Map<string, typeof rows>();
    for (const row of rows) {
      const id = SovereigntyAssessment.ofProvider(provider.id, row.location.region).offeringId;
      byOffering.set(id, [...(byOffering.get(id) ?? []), row]);
    }
    const region = resource.literal('region');
    const assessments = byOffering.size > 0
      ? [...byOffering.values()].map((group) => assess(provider, group[0].location.region, dataFactsOf(group)))
      : [assess(provider, typeof region === 'string' ? region : undefined)];
    return assessments
      .filter((a) => !SovereigntyAssessment.atLeast(a.seal, minimum))
      .map((a) => ({
        message: `${a.offering} allows at most ${a.seal} ${a.includesStackFacts ? 'for the data this configuration stores there' : '(no store of personal data at it)'}, below the policy's minimum ${minimum}. ${a.reasoning}`,
        fix: fixFor(a),
        dependsOnUnverifiedFact: !a.verified,
      }));
  },
});
