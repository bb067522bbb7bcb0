import { Catalog } from '../../catalog/catalog';
import { CloudProvider } from '../../catalog/provider';
import { RuleContext } from '../model/view';
import { defineRule } from '../rule';
import { FindingLevel } from '../types';
import { RuleId } from './ids';
import { refs } from './refs';

/**
 * SOV-PROVIDER-CONTROL: every provider the configuration uses is EU-controlled —
 * headquarters and ultimate parent in the EEA. The US hyperscalers never are.
 * Evaluated once per provider configuration the configuration relies on (declared or implied
 * by resources; one nothing uses is not judged); an S3 provider configuration pointed at a European
 * provider's S3 endpoint is judged as that provider.
 */
export const providerControlRule = defineRule({
  metadata: {
    id: RuleId.PROVIDER_CONTROL,
    title: 'Providers are EU-controlled',
    defaultLevel: FindingLevel.WARNING,
    references: refs('GAIAX-P5.1.4', 'GAIAX-P5.1.5', 'GAIAX-P5.1.6', 'C5-INQ-01', 'GDPR-28'),
    rationale:
      'A provider headquartered or ultimately controlled outside the EEA can be compelled by its home jurisdiction ' +
      '(e.g. the US CLOUD Act) to disclose data regardless of where it is stored. Gaia-X Label Level 3 requires the ' +
      'provider\'s main establishment in the EU/EEA and no control by non-EU shareholders.',
    remediation: 'Use a provider whose headquarters and ultimate parent are in the EEA (see Catalog.europeanProviders()), or document the risk assessment in a suppression.',
    resourceTypes: ['provider'],
  },
  appliesTo: (resource, context) => context.providerInUse(resource.providerKey) && hostingProvider(resource.providerKey, context) !== undefined,
  evaluate: (resource, context) => {
    const provider = hostingProvider(resource.providerKey, context)!;
    if (provider.euControlled) return [];
    const via = provider.id !== resource.cloudProvider?.id ? ` (through provider ${resource.providerKey})` : '';
    return [{
      message: `${provider.controlAssessment}${via}`,
      fix: provider.hyperscaler ? 'Move the workload to a European provider.' : undefined,
      dependsOnUnverifiedFact: !provider.ownership.verified,
    }];
  },
});

/** The provider that really hosts what a provider block manages (S3-compatible endpoints resolved). */
function hostingProvider(providerKey: string, context: RuleContext): CloudProvider | undefined {
  const block = context._config.providers.get(providerKey);
  if (!block) return undefined;
  const redirect = context._resolver.s3Redirect(block);
  if (redirect) return redirect.match ? Catalog.provider(redirect.match.providerId) : undefined;
  // A platform (OpenStack): the operator of the cloud the configuration names; an unknown cloud
  // is judged by SOV-LOCATION-UNKNOWN on its resources.
  const platform = block.catalogProvider;
  if (platform?.cloudSelector) return context._resolver.cloudSelection(block, platform).provider;
  return platform;
}
