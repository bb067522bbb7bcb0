/**
 * The European Commission's Cloud Sovereignty Framework, version 1.2.1 (October 2025), as
 * encoded here: the eight sovereignty objectives with their weights, the five SEAL levels, and
 * the 48 criteria of the Commission's assessment calculator with the SEAL level each answer
 * grants.
 *
 * How it was read (see FRAMEWORK_DOCUMENTS): the Commission's PDF and XLSX could not be opened
 * from this environment. The SEAL definitions (section 3) and weights (section 5) come from two
 * independent quotations that cite the document; the criteria and the SEAL level of each answer
 * come from a published transcription of the Commission's calculator. Every criterion assessment
 * therefore carries `verified: false` until someone checks the table against the Commission's files.
 *
 * Aggregation (Implementation guidance p. 9, as quoted): each answer defines the SEAL level of
 * its criterion; the overall SEAL is the lowest level achieved in any objective.
 */
import { FrameworkDocument, SealLevel, SovereigntyCriterion, SovereigntyObjective } from './types';

/** The framework document. */
export const FRAMEWORK: FrameworkDocument = {
  title: 'European Commission, DG DIGIT: Cloud Sovereignty Framework, version 1.2.1 (October 2025)',
  url: 'https://commission.europa.eu/document/download/09579818-64a6-4dd5-9577-446ab6219113_en',
  verified: false,
  note: 'Primary PDF not readable from this environment. SEAL definitions (section 3) and objective weights (section 5) taken from two independent quotations of this document: the MISP taxonomy "sov" (https://github.com/MISP/misp-taxonomies/blob/main/sov/machinetag.json, which cites this URL) and R. Halbheer, "Digital Sovereignty In Practice" (quotes sections 3 and 5).',
};

/** The calculator that lists the criteria and the SEAL level of each answer. */
export const CALCULATOR: FrameworkDocument = {
  title: 'European Commission: Annex - Sovereignty assessment calculator (published 1 June 2026 with the Implementation guidance)',
  url: 'https://commission.europa.eu/document/download/3acb8fe8-8a4a-4339-ae74-f56138d913d1_en?filename=Annex+-+Sovereignty+assessment+calculator.xlsx',
  verified: false,
  note: 'Criteria, answers and per-answer SEAL levels read from a transcription of this workbook (https://github.com/tractorjuice/arckit-vibe/blob/main/data/csf-criteria-calculator-2026-06-01.json, retrieved 2026-08-14 by its authors); not compared with the XLSX itself.',
};

/** The guidance that defines how levels aggregate. */
export const GUIDANCE: FrameworkDocument = {
  title: 'European Commission: Cloud Sovereignty Framework - Implementation guidance (1 June 2026)',
  url: 'https://commission.europa.eu/document/download/2ad80a48-166f-4c77-a513-80c53ca2a128_en?filename=Cloud+Sovereignty+Framework+-+Implementation+guidance.pdf',
  verified: false,
  note: '"The overall SEAL level is the lowest SEAL level achieved in any of the objectives" (p. 9) and "each answer defining the SEAL level of the question", as quoted by the transcription above; PDF not read here.',
};

/** Every document the encoding rests on. */
export const FRAMEWORK_DOCUMENTS: readonly FrameworkDocument[] = [FRAMEWORK, CALCULATOR, GUIDANCE];

/** The SEAL levels in order, with the framework's definitions (section 3). */
export const SEAL_LEVELS: ReadonlyArray<{ readonly level: SealLevel; readonly name: string; readonly definition: string }> = [
  { level: SealLevel.SEAL_0, name: 'No Sovereignty', definition: 'Service, technology or operations under exclusive control of non-EU third parties, governed entirely by non-EU jurisdictions.' },
  { level: SealLevel.SEAL_1, name: 'Jurisdictional Sovereignty', definition: 'EU law formally applies with limited practical enforceability; service, technology or operations under exclusive control of non-EU third parties.' },
  { level: SealLevel.SEAL_2, name: 'Data Sovereignty', definition: 'EU law applicable and enforceable, with material non-EU dependencies remaining; service, technology or operations under indirect control of non-EU third parties.' },
  { level: SealLevel.SEAL_3, name: 'Digital Resilience', definition: 'EU law applicable and enforceable, EU actors exercising meaningful but not full influence; service, technology or operations under marginal control of non-EU third parties.' },
  { level: SealLevel.SEAL_4, name: 'Full Digital Sovereignty', definition: 'Technology and operations under complete EU control, subject only to EU law, with no critical non-EU dependencies.' },
];

const LEVELS = SEAL_LEVELS.map((s) => s.level);

/** The SEAL level of a number 0–4. */
export function sealOf(n: number): SealLevel {
  return LEVELS[Math.max(0, Math.min(4, Math.round(n)))];
}

/** The number 0–4 of a SEAL level. */
export function sealNumber(level: SealLevel): number {
  return LEVELS.indexOf(level);
}

/** The eight objectives with the weights of section 5 (the calculator's example weights differ: 20/10/10/15/10/15/15/5). */
export const OBJECTIVES: readonly SovereigntyObjective[] = [
  { id: 'SOV-1', name: 'Strategic Sovereignty', weightPercent: 15, description: 'How far the provider is anchored in the EU legal, financial and industrial ecosystem: ownership stability, governance influence, alignment with EU strategic priorities.' },
  { id: 'SOV-2', name: 'Legal & Jurisdictional Sovereignty', weightPercent: 10, description: 'The legal environment, exposure to foreign authority and enforceability of rights: how far the service is anchored in European jurisdiction and insulated from external legal claims.' },
  { id: 'SOV-3', name: 'Data & AI Sovereignty', weightPercent: 10, description: 'Protection, control and independence of data and AI services: how data is secured, where it is processed, how much autonomy customers keep.' },
  { id: 'SOV-4', name: 'Operational Sovereignty', weightPercent: 15, description: 'The practical ability of EU actors to run, support and evolve the technology independently of foreign control.' },
  { id: 'SOV-5', name: 'Supply Chain Sovereignty', weightPercent: 20, description: 'Geographic origin, transparency and resilience of the technology supply chain.' },
  { id: 'SOV-6', name: 'Technology Sovereignty', weightPercent: 15, description: 'Openness, transparency and independence of the technology stack: interoperate, audit and evolve without lock-in.' },
  { id: 'SOV-7', name: 'Security & Compliance Sovereignty', weightPercent: 10, description: 'How far security operations, compliance obligations and resilience measures are controlled within the EU.' },
  { id: 'SOV-8', name: 'Environmental Sustainability', weightPercent: 5, description: 'Long-term autonomy and resilience with respect to energy use, dependency and raw-material scarcity.' },
];

/** Criteria this library derives answers for (the rest are listed as not assessable from public facts). */
export const ASSESSED_CRITERIA: ReadonlySet<string> = new Set(['SOV-1.1', 'SOV-2.1', 'SOV-2.2', 'SOV-3.1', 'SOV-3.4', 'SOV-4.2', 'SOV-4.4', 'SOV-6.1']);

/** [id, title, SEAL of each answer in the calculator's order] */
type Row = readonly [string, string, readonly number[]];

const ROWS: readonly Row[] = [
  ['SOV-1.1', 'EU/EEA legal entity control: ultimate decision-making authority within EU jurisdiction', [1, 1, 3, 4]],
  ['SOV-1.2', 'Change-of-control risk', [4, 4, 4, 4, 4]],
  ['SOV-1.3', 'Control over the roadmap by EU stakeholders', [2, 2, 3, 4]],
  ['SOV-1.4', 'Financial independence from non-EU capital', [4, 4, 4, 4, 4]],
  ['SOV-1.5', 'EU economic contribution (investment, jobs, value creation)', [4, 4, 4, 4, 4]],
  ['SOV-1.6', 'Participation in EU strategic programmes (IPCEI-CIS, Horizon Europe, Gaia-X)', [4, 4, 4, 4, 4]],
  ['SOV-1.7', 'Alignment with EU industrial strategies', [4, 4, 4, 4]],
  ['SOV-1.8', 'Resilience to cut-off of vendor support', [0, 0, 2, 2, 4]],
  ['SOV-2.1', 'Primary legal jurisdiction governing operations and contracts', [1, 1, 4]],
  ['SOV-2.2', 'Exposure to non-EU laws with extraterritorial reach', [1, 1, 1, 2, 4]],
  ['SOV-2.3', 'Data access pathways for non-EU authorities', [1, 1, 1, 1, 4]],
  ['SOV-2.4', 'Export control restrictions (ITAR, EAR)', [0, 1, 2, 3, 4]],
  ['SOV-2.5', 'Origin of intellectual property', [4, 4, 4, 4, 4]],
  ['SOV-2.6', 'Jurisdiction of the IP holder', [3, 3, 3, 4, 4]],
  ['SOV-3.1', 'Customer control over encryption keys', [0, 1, 2, 3, 4]],
  ['SOV-3.2', 'Transparent data flows and access logs', [0, 1, 2, 3, 4]],
  ['SOV-3.3', 'Secure deletion and proof of erasure', [0, 1, 1, 3, 4]],
  ['SOV-3.4', 'Data location strictly in the EU/EEA, no third-country fallback', [0, 0, 1, 1, 4]],
  ['SOV-3.5', 'AI services under EU control', [2, 2, 2, 3, 4]],
  ['SOV-4.1', 'Portability and interoperability', [1, 1, 4, 4, 4]],
  ['SOV-4.2', 'Ability to operate without foreign dependencies', [1, 1, 3, 3, 4]],
  ['SOV-4.3', 'Skill availability in the EU', [1, 1, 3, 3, 4]],
  ['SOV-4.4', 'Support channels within the EU', [1, 2, 3, 3, 4]],
  ['SOV-4.5', 'Documentation and knowledge transfer', [0, 2, 4, 4, 4]],
  ['SOV-4.6', 'Jurisdiction of subcontractors and suppliers', [0, 2, 3, 3, 4]],
  ['SOV-5.1', 'Origin of components', [1, 1, 3, 3, 4]],
  ['SOV-5.2', 'Manufacturing location of hardware', [1, 1, 3, 3, 4]],
  ['SOV-5.3', 'Provenance of firmware and embedded code', [4, 4, 4, 4, 4]],
  ['SOV-5.4', 'Where and by whom the software is designed', [0, 2, 3, 3, 4]],
  ['SOV-5.5', 'Jurisdiction of software packaging, distribution and updates', [1, 1, 3, 3, 4]],
  ['SOV-5.6', 'Single points of dependency on non-EU vendors or facilities', [1, 1, 2, 3, 4]],
  ['SOV-5.7', 'Supply-chain transparency and audit rights', [1, 1, 2, 3, 4]],
  ['SOV-6.1', 'Interoperability and open interfaces', [0, 1, 2, 3, 4]],
  ['SOV-6.2', 'Open standards compliance', [0, 0, 2, 3, 4]],
  ['SOV-6.3', 'Open-source availability', [2, 2, 3, 4, 4]],
  ['SOV-6.4', 'Service architecture transparency', [2, 2, 3, 3, 4]],
  ['SOV-6.5', 'HPC sovereignty', [0, 3, 3, 3, 4]],
  ['SOV-7.1', 'Security certification (assurance level)', [1, 1, 2, 3, 4]],
  ['SOV-7.2', 'EU regulatory compliance (GDPR, NIS2, DORA)', [4, 4, 4, 4, 4]],
  ['SOV-7.3', 'EU-based SOC and incident handling', [1, 1, 1, 3, 4]],
  ['SOV-7.4', 'Control over security monitoring and logs', [0, 1, 1, 3, 4]],
  ['SOV-7.5', 'Disclosure of incidents', [0, 1, 2, 3, 4]],
  ['SOV-7.6', 'Maintenance autonomy (security patches)', [1, 1, 4, 4, 4]],
  ['SOV-7.7', 'Auditability by independent EU entities', [1, 1, 1, 1, 4]],
  ['SOV-8.1', 'Energy efficiency (PUE)', [1, 1, 4, 4, 4]],
  ['SOV-8.2', 'Hardware reuse and recycling', [0, 0, 3, 4, 4]],
  ['SOV-8.3', 'Environmental impact reporting', [1, 1, 2, 3, 4]],
  ['SOV-8.4', 'Energy supplies', [4, 4, 4, 4, 4]],
];

/** The 48 criteria of the calculator. */
export const CRITERIA: readonly SovereigntyCriterion[] = ROWS.map(([id, title, seals]) => ({
  id,
  objectiveId: id.split('.')[0],
  title,
  answerSeals: [...seals],
  assessedFromFacts: ASSESSED_CRITERIA.has(id),
}));

/**
 * The answer labels of the criteria this library answers, as the calculator words them
 * (numbered as in the calculator), with the SEAL level each grants.
 */
export const ANSWERS: { readonly [criterionId: string]: readonly string[] } = {
  'SOV-1.1': ['1. Entirely outside the EU', '2. Mostly outside the EU', '3. Mostly within the EU', '4. Entirely within the EU'],
  'SOV-2.1': ['1. Non-EU only', '2. Mixed EU/non-EU', '3. Exclusively EU law'],
  'SOV-2.2': ['1. Fully exposed to non-EU laws', '2. Mitigation clauses, exposure remains', '3. EU subsidiary with contractual protections', '4. Legal structures shielding from foreign law', '5. Verified legal immunity, non-EU laws unenforceable'],
  'SOV-3.1': ['1. Provider only', '2. Primarily the provider but not exclusively', '3. Shared - provider has override keys', '4. Customer primary control but provider can read the data or some of the data', '5. Customer exclusive control - provider can not read the data'],
  'SOV-3.4': ['1. Data location largely unknown and includes third countries without controls', '2. Data partly in the EU, significant reliance on third countries and limited control', '3. Data mainly in the EU, some third-country use with standard safeguards', '4. Data in the EU by default, tightly controlled exceptions', '5. All data exclusively in the EU with no third-country fallback'],
  'SOV-4.2': ['1. Critical operational services are delivered by non-EU teams', '2. Operational services are partially sourced from within the EU', '3. Operational responsibilities are balanced between EU and non-EU teams', '4. Operational services are predominantly delivered by EU-based teams', '5. The entire technology stack is managed and supported by a fully EU-based team'],
  'SOV-4.4': ['1. The support team is global with the majority of staff located outside the EU', '2. The team is mixed but the majority of support staff reside outside the EU', '3. The majority of support staff are in the EU but escalations are handled by non-EU teams', '4. All support staff are located within the EU', '5. All support staff are located within the EU and hold relevant security clearances'],
  'SOV-6.1': ['1. Closed proprietary interfaces', '2. Restricted proprietary APIs', '3. Mixed (partial openness)', '4. Standards-based and broadly compatible', '5. Open-by-default with portability'],
};

/** A criterion by id (throws for ids not in the table: a programming error). */
export function criterion(id: string): SovereigntyCriterion {
  const found = CRITERIA.find((c) => c.id === id);
  if (!found) throw new Error(`unknown Cloud Sovereignty Framework criterion ${id}`);
  return found;
}
