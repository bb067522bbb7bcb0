import { Catalog } from '../catalog';
import { CloudProvider } from '../provider';
import { dataLocation, extraterritorialLaws, keyControl, legalEntityControl, notAssessable, openInterfaces, operations, primaryJurisdiction, support } from './criteria';
import { CRITERIA, FRAMEWORK_DOCUMENTS, OBJECTIVES, SEAL_LEVELS, sealNumber, sealOf } from './framework';
import { offeringFor } from './offerings';
import { CriterionAssessment, FrameworkDocument, ObjectiveAssessment, ProviderDataFacts, ProviderSovereigntyAssessment, SealLevel, SovereigntyCriterion, SovereigntyObjective } from './types';

/**
 * Sovereignty assessments by the European Commission's Cloud Sovereignty Framework
 * (v1.2.1, October 2025), computed from catalog facts: ownership and control, third-country
 * law exposure, documented EU-only operations, open interfaces — and, for a stack, who holds
 * the keys of the data it stores and where that data is.
 *
 * The result is the highest SEAL level the public facts allow (the framework takes the lowest
 * level of any criterion): criteria that need evidence no public source gives (supply chain,
 * firmware, SOC location…) are listed as not assessable, and could only lower it.
 *
 * @example
 * SovereigntyAssessment.ofProvider('aws').seal;                         // SEAL-1
 * SovereigntyAssessment.ofProvider('aws', 'eusc-de-east-1').offering;  // 'AWS European Sovereign Cloud'
 */
export class SovereigntyAssessment {
  /**
   * The assessment of a provider's offering from catalog facts.
   * @param provider catalog id, alias or Terraform source of the provider
   * @param region a region code, to pick the offering that serves it (e.g. `eusc-de-east-1`)
   */
  public static ofProvider(provider: string, region?: string): ProviderSovereigntyAssessment {
    return assess(Catalog.provider(provider), region);
  }

  /**
   * The assessment of a provider's offering for the data a stack stores there: the provider
   * criteria plus key control (SOV-3.1) and data location (SOV-3.4) of the stack's stores.
   * @param provider catalog id, alias or Terraform source of the provider
   * @param data what the stack stores at the provider
   * @param region a region code, to pick the offering
   */
  public static forData(provider: string, data: ProviderDataFacts, region?: string): ProviderSovereigntyAssessment {
    return assess(Catalog.provider(provider), region, data);
  }

  /** The lowest of several levels: the level of a stack whose data is at several providers. */
  public static lowest(levels: SealLevel[]): SealLevel {
    if (levels.length === 0) return SealLevel.SEAL_4;
    return sealOf(Math.min(...levels.map(sealNumber)));
  }

  /** Whether `level` is at least `minimum`. */
  public static atLeast(level: SealLevel, minimum: SealLevel): boolean {
    return sealNumber(level) >= sealNumber(minimum);
  }

  /** The framework's eight objectives with their weights. */
  public static objectives(): SovereigntyObjective[] {
    return OBJECTIVES.map((o) => ({ ...o }));
  }

  /** The 48 criteria of the Commission's calculator, with the SEAL level each answer grants. */
  public static criteria(): SovereigntyCriterion[] {
    return CRITERIA.map((c) => ({ ...c, answerSeals: [...c.answerSeals] }));
  }

  /** The publications the encoding rests on, with how they were read. */
  public static documents(): FrameworkDocument[] {
    return FRAMEWORK_DOCUMENTS.map((d) => ({ ...d }));
  }

  /** The definition of a SEAL level (framework section 3). */
  public static definitionOf(level: SealLevel): string {
    const found = SEAL_LEVELS.find((s) => s.level === level)!;
    return `${found.level} ${found.name}: ${found.definition}`;
  }

  private constructor() {}
}

/** Compute an assessment. @internal */
export function assess(provider: CloudProvider, region?: string, data?: ProviderDataFacts): ProviderSovereigntyAssessment {
  const offering = offeringFor(provider.id, provider.name, region);
  const computed = new Map<string, CriterionAssessment>();
  for (const c of [
    legalEntityControl(provider, offering),
    primaryJurisdiction(provider, offering),
    extraterritorialLaws(provider, offering),
    operations(offering),
    support(offering),
    openInterfaces(provider, offering),
    ...(data ? [keyControl(data), dataLocation(data)] : []),
  ]) computed.set(c.criterionId, c);
  const criteria = CRITERIA.map((c) => computed.get(c.id) ?? notAssessable(c.id, c.assessedFromFacts && !data
    ? 'depends on what a stack stores (assessed per stack)'
    : undefined));

  const assessed = criteria.filter((c) => c.assessed);
  const ceiling = assessed.length > 0 ? Math.min(...assessed.map((c) => sealNumber(c.highestSeal))) : 4;
  const binding = ceiling < 4 ? assessed.filter((c) => sealNumber(c.highestSeal) === ceiling) : [];
  const seal = sealOf(ceiling);
  const notAssessed = criteria.filter((c) => !c.assessed).map((c) => c.criterionId);
  const reasoning = binding.length > 0
    ? `At most ${seal}: ${binding.map((c) => `${c.criterionId} (${c.title}) - ${c.reasoning}`).join(' ')} ${notAssessed.length} of ${criteria.length} criteria are not assessable from public facts and could lower it further.`
    : `No public fact rules out SEAL-4, but ${notAssessed.length} of ${criteria.length} criteria are not assessable from public facts: SEAL-4 is a ceiling, not a finding.`;

  const objectives: ObjectiveAssessment[] = OBJECTIVES.map((o) => {
    const own = criteria.filter((c) => c.objectiveId === o.id);
    const mine = own.filter((c) => c.assessed);
    return {
      objectiveId: o.id,
      name: o.name,
      weightPercent: o.weightPercent,
      highestSeal: sealOf(mine.length > 0 ? Math.min(...mine.map((c) => sealNumber(c.highestSeal))) : 4),
      assessedCriteria: mine.length,
      totalCriteria: own.length,
    };
  });

  return {
    providerId: provider.id,
    providerName: provider.name,
    offering: offering.name,
    offeringId: offering.id,
    seal,
    reasoning,
    bindingCriteria: binding.map((c) => c.criterionId),
    verified: binding.length > 0 && binding.every((c) => c.verified),
    criteria,
    objectives,
    notAssessable: notAssessed,
    includesStackFacts: data !== undefined,
  };
}
