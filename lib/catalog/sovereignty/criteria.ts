/**
 * The criteria this library answers from facts, one function each. A function returns the
 * calculator answers (by index) that the facts are consistent with; where no fact decides
 * the question it returns "not assessable from public facts" — never a guess.
 * @internal
 */
import { Countries } from '../../core/countries';
import { CloudProvider } from '../provider';
import { ANSWERS, CALCULATOR, criterion, sealOf } from './framework';
import { EXTRATERRITORIAL_LAWS, OfferingFacts } from './offerings';
import { CriterionAssessment, KeyControl, ProviderDataFacts } from './types';

/** The assessment of a criterion from the answers (indexes into the calculator's list) the facts allow. @internal */
export function answered(id: string, indexes: number[], reasoning: string, sources: string[], factsVerified: boolean): CriterionAssessment {
  const c = criterion(id);
  const seals = indexes.map((i) => c.answerSeals[i]);
  const labels = ANSWERS[id] ?? [];
  return {
    criterionId: id,
    objectiveId: c.objectiveId,
    title: c.title,
    assessed: true,
    answers: indexes.map((i) => labels[i] ?? `answer ${i + 1}`),
    highestSeal: sealOf(Math.max(...seals)),
    lowestSeal: sealOf(Math.min(...seals)),
    reasoning,
    sources: [...new Set([...sources, CALCULATOR.url])],
    verified: factsVerified && CALCULATOR.verified,
  };
}

/** A criterion no public fact decides: it allows every level its answers span, so it lowers nothing. @internal */
export function notAssessable(id: string, why?: string): CriterionAssessment {
  const c = criterion(id);
  return {
    criterionId: id,
    objectiveId: c.objectiveId,
    title: c.title,
    assessed: false,
    answers: [],
    highestSeal: sealOf(Math.max(...c.answerSeals)),
    lowestSeal: sealOf(Math.min(...c.answerSeals)),
    reasoning: `Not assessable from public facts${why ? `: ${why}` : ''}.`,
    sources: [CALCULATOR.url],
    verified: false,
  };
}

/** The country that contracts with or operates for European customers. */
function operatorCountry(provider: CloudProvider, offering: OfferingFacts): string {
  return offering.operator?.value.country ?? provider.ownership.headquartersCountry;
}

function operatorName(provider: CloudProvider, offering: OfferingFacts): string {
  return offering.operator?.value.entity ?? provider.ownership.legalEntity;
}

function operatorVerified(provider: CloudProvider, offering: OfferingFacts): boolean {
  return provider.ownership.verified && (offering.operator?.verified ?? true);
}

function operatorSources(provider: CloudProvider, offering: OfferingFacts): string[] {
  return [...provider.ownership.sources, ...(offering.operator ? [offering.operator.source] : [])];
}

/** SOV-1.1: where the ultimate decision-making authority sits (the ultimate parent decides as shareholder). */
export function legalEntityControl(provider: CloudProvider, offering: OfferingFacts): CriterionAssessment {
  const o = provider.ownership;
  const parentEea = Countries.isEea(o.ultimateParentCountry);
  const opCountry = operatorCountry(provider, offering);
  const opEea = Countries.isEea(opCountry);
  const who = `${operatorName(provider, offering)} (${Countries.describe(opCountry)})`;
  const parent = `${o.ultimateParent} (${Countries.describe(o.ultimateParentCountry)})`;
  let indexes: number[];
  let why: string;
  if (parentEea && opEea) {
    indexes = [3];
    why = `${who} and its ultimate parent ${parent} are both in the EEA.`;
  } else if (parentEea) {
    indexes = [2];
    why = `The ultimate parent ${parent} is in the EEA; the operating entity ${who} is not.`;
  } else if (opEea) {
    indexes = [0, 1];
    why = `${who} is in the EEA, but its ultimate parent ${parent} is not, and a parent decides as shareholder: the ultimate decision-making authority is outside the EU/EEA.`;
  } else {
    indexes = [0];
    why = `${who} and its ultimate parent ${parent} are both outside the EU/EEA.`;
  }
  return answered('SOV-1.1', indexes, why, operatorSources(provider, offering), operatorVerified(provider, offering));
}

/** The catalogued extraterritorial laws that reach the provider through its parent, headquarters or operator. */
function lawsReaching(provider: CloudProvider, offering: OfferingFacts) {
  const countries = new Set([provider.ownership.ultimateParentCountry, provider.ownership.headquartersCountry, operatorCountry(provider, offering)]);
  return EXTRATERRITORIAL_LAWS.filter((l) => countries.has(l.country));
}

/** SOV-2.1: the law governing the contract (a documented fact), mixed where a third country's law reaches the provider. */
export function primaryJurisdiction(provider: CloudProvider, offering: OfferingFacts): CriterionAssessment {
  const law = offering.governingLaw;
  if (!law) return notAssessable('SOV-2.1', 'the catalog records no governing-law clause for this offering');
  const laws = lawsReaching(provider, offering);
  const country = Countries.describe(law.value);
  const sources = [law.source, ...laws.map((l) => l.source)];
  const verified = law.verified && laws.every((l) => l.verified);
  if (!Countries.isEea(law.value)) return answered('SOV-2.1', [0], `The customer contract is under the law of ${country}, outside the EU/EEA.`, sources, verified);
  if (laws.length > 0) return answered('SOV-2.1', [1], `The contract is under the law of ${country}, but ${laws.map((l) => l.name).join(' and ')} also reach the provider.`, sources, verified);
  return answered('SOV-2.1', [2], `The customer contract is under the law of ${country}.`, sources, verified);
}

/** SOV-2.2: exposure to third-country laws with extraterritorial reach. */
export function extraterritorialLaws(provider: CloudProvider, offering: OfferingFacts): CriterionAssessment {
  const laws = lawsReaching(provider, offering);
  if (laws.length === 0) {
    const countries = [...new Set([provider.ownership.ultimateParentCountry, operatorCountry(provider, offering)])].map((c) => Countries.describe(c)).join(', ');
    return notAssessable('SOV-2.2', `no law with extraterritorial reach over data is catalogued for ${countries}, and legal immunity is not shown by any public fact`);
  }
  const names = laws.map((l) => l.name).join(' and ');
  const parent = `${provider.ownership.ultimateParent} (${Countries.describe(provider.ownership.ultimateParentCountry)})`;
  const sources = [...laws.map((l) => l.source), ...operatorSources(provider, offering)];
  const lawsVerified = laws.every((l) => l.verified) && operatorVerified(provider, offering);
  const opEea = Countries.isEea(operatorCountry(provider, offering));
  const separate = offering.separateLegalStructure;
  if (opEea && separate?.value) {
    return answered('SOV-2.2', [1, 2, 3],
      `${names} reach data in the possession, custody or control of ${parent}; ${offering.name} is run by a separate legal structure in ${Countries.describe(operatorCountry(provider, offering))}. Whether that structure shields the data from the parent's control is a legal question no public fact settles, so the answer lies between "mitigation clauses" and "legal structures shielding from foreign law".`,
      [...sources, separate.source], lawsVerified && separate.verified);
  }
  return answered('SOV-2.2', opEea ? [0, 1, 2] : [0, 1],
    `${names} reach data in the possession, custody or control of ${parent}, wherever it is stored${opEea ? '; an EU contracting entity with contractual protections does not remove that exposure' : ''}.`,
    sources, lawsVerified);
}

/** SOV-4.2: operations without foreign dependencies (documented EU-resident operations only). */
export function operations(offering: OfferingFacts): CriterionAssessment {
  const f = offering.euResidentOperations;
  if (!f?.value) return notAssessable('SOV-4.2', 'the provider documents no EU-only operations for this offering');
  return answered('SOV-4.2', [3, 4], `${offering.name}: ${f.note ?? 'day-to-day operations by EU-resident staff'}.`, [f.source], f.verified);
}

/** SOV-4.4: support from within the EU (documented EU-resident support only). */
export function support(offering: OfferingFacts): CriterionAssessment {
  const f = offering.euResidentOperations;
  if (!f?.value) return notAssessable('SOV-4.4', 'the provider documents no EU-only support for this offering');
  return answered('SOV-4.4', [3, 4], `${offering.name}: customer support by EU-resident staff (${f.verified ? 'documented' : 'reported'}).`, [f.source], f.verified);
}

/** SOV-6.1: open interfaces the catalog documents (S3 API, Kubernetes API, OpenStack API). */
export function openInterfaces(provider: CloudProvider, offering: OfferingFacts): CriterionAssessment {
  const found: Array<{ name: string; source: string; verified: boolean }> = [];
  if (provider.objectStorage?.s3Compatible) found.push({ name: 'S3 API (object storage)', source: provider.objectStorage.source, verified: false });
  const k8s = provider.capabilities.managedKubernetes;
  if (k8s.supported) found.push({ name: 'Kubernetes API (managed Kubernetes)', source: k8s.source, verified: k8s.verified });
  for (const i of offering.openInterfaces ?? []) found.push({ name: i.value, source: i.source, verified: i.verified });
  if (found.length === 0) return notAssessable('SOV-6.1', 'the catalog documents no open interface of this provider');
  return answered('SOV-6.1', [2, 3, 4],
    `Documented open interfaces: ${found.map((f) => f.name).join(', ')}. Whether all critical functions are reachable through open interfaces is not documented, so the answer lies between "mixed" and "open-by-default".`,
    found.map((f) => f.source), found.every((f) => f.verified));
}

const KEY_ANSWERS: Record<KeyControl, { indexes: number[]; words: string } | undefined> = {
  [KeyControl.NONE]: { indexes: [0], words: 'not encrypted at rest' },
  [KeyControl.PROVIDER]: { indexes: [0, 1], words: 'encrypted with keys the provider manages' },
  [KeyControl.CUSTOMER_KMS]: { indexes: [2, 3], words: 'encrypted with a customer-managed key in the provider\'s KMS (the provider operates the KMS)' },
  [KeyControl.CUSTOMER_HELD]: { indexes: [3, 4], words: 'encrypted with a secret only the customer holds' },
  [KeyControl.UNKNOWN]: undefined,
};

/** SOV-3.1 for the data a stack stores at the provider: the weakest key control of its stores. */
export function keyControl(data: ProviderDataFacts): CriterionAssessment {
  const known = data.keyControls
    .map((k, i) => ({ k, address: data.storeAddresses[i], answer: KEY_ANSWERS[k] }))
    .filter((x) => x.answer !== undefined);
  if (known.length === 0) return notAssessable('SOV-3.1', 'no store of this stack at the provider has a determinable encryption key');
  const worst = known.reduce((a, b) => (Math.max(...a.answer!.indexes) <= Math.max(...b.answer!.indexes) ? a : b));
  const unknown = data.keyControls.filter((k) => k === KeyControl.UNKNOWN).length;
  return answered('SOV-3.1', worst.answer!.indexes,
    `Weakest store: ${worst.address} is ${worst.answer!.words}.${unknown > 0 ? ` ${unknown} store(s) with undetermined keys are not counted.` : ''}`,
    [], true);
}

/** SOV-3.4 for the data a stack stores at the provider: the countries of its stores and their copies. */
export function dataLocation(data: ProviderDataFacts): CriterionAssessment {
  if (data.countries.length === 0) return notAssessable('SOV-3.4', data.unknownLocations > 0 ? 'the location of the stores could not be determined' : 'the stack stores nothing located at this provider');
  const outside = data.countries.filter((c) => !Countries.isEea(c));
  const unknown = data.unknownLocations > 0 ? ` ${data.unknownLocations} store(s) or copies with unknown location are not counted (see SOV-LOCATION-UNKNOWN).` : '';
  if (outside.length === 0) {
    return answered('SOV-3.4', [3, 4], `Every store, replica, backup and log sink of this stack at the provider is in the EEA (${data.countries.join(', ')}); whether the provider has a third-country fallback is not documented.${unknown}`, [], true);
  }
  if (outside.length === data.countries.length) {
    return answered('SOV-3.4', [0, 1], `Data of this stack at the provider is only outside the EEA (${outside.join(', ')}).${unknown}`, [], true);
  }
  return answered('SOV-3.4', [1, 2], `Data of this stack at the provider is partly outside the EEA (${outside.join(', ')}).${unknown}`, [], true);
}
