/**
 * The shapes of a sovereignty assessment by the European Commission's Cloud Sovereignty
 * Framework (jsii structs and enums; the computation is in `assessment.ts`).
 */

/** Sovereignty Effectiveness Assurance Levels of the framework (section 3), lowest first. */
export enum SealLevel {
  /** No sovereignty: exclusive control of non-EU third parties, governed entirely by non-EU jurisdictions. */
  SEAL_0 = 'SEAL-0',
  /** Jurisdictional sovereignty: EU law formally applies with limited practical enforceability; exclusive non-EU control. */
  SEAL_1 = 'SEAL-1',
  /** Data sovereignty: EU law applicable and enforceable, material non-EU dependencies remain; indirect non-EU control. */
  SEAL_2 = 'SEAL-2',
  /** Digital resilience: EU actors exercise meaningful but not full influence; marginal non-EU control. */
  SEAL_3 = 'SEAL-3',
  /** Full digital sovereignty: complete EU control, only EU law, no critical non-EU dependencies. */
  SEAL_4 = 'SEAL-4',
}

/** A publication the assessment rests on. */
export interface FrameworkDocument {
  /** Title and version. */
  readonly title: string;
  /** https URL of the publication. */
  readonly url: string;
  /** Whether its text was read at the publisher (false: read through a third-party transcription or quotation). */
  readonly verified: boolean;
  /** How it was read and what it is used for. */
  readonly note: string;
}

/** One of the framework's eight sovereignty objectives. */
export interface SovereigntyObjective {
  /** `SOV-1` … `SOV-8`. */
  readonly id: string;
  /** Name, e.g. `Strategic Sovereignty`. */
  readonly name: string;
  /** Weight in the framework's Sovereignty Score, in percent (section 5). */
  readonly weightPercent: number;
  /** What the objective measures. */
  readonly description: string;
}

/** One criterion of the framework's assessment calculator. */
export interface SovereigntyCriterion {
  /** `SOV-<objective>.<n>`, e.g. `SOV-1.1`. */
  readonly id: string;
  /** The objective it belongs to (`SOV-1` …). */
  readonly objectiveId: string;
  /** What it asks, in short. */
  readonly title: string;
  /** The SEAL level each of its answers grants, in the calculator's order. */
  readonly answerSeals: number[];
  /** Whether this library derives answers for it from catalog or stack facts. */
  readonly assessedFromFacts: boolean;
}

/** How a criterion came out for a provider: the answers the public facts are consistent with. */
export interface CriterionAssessment {
  /** Criterion id, e.g. `SOV-2.2`. */
  readonly criterionId: string;
  /** Objective id, e.g. `SOV-2`. */
  readonly objectiveId: string;
  /** What the criterion asks. */
  readonly title: string;
  /** False when no public fact decides it: it is "not assessable from public facts" and does not lower the level. */
  readonly assessed: boolean;
  /** The calculator answers the facts are consistent with (empty when not assessed). */
  readonly answers: string[];
  /** The highest level those answers grant: the criterion allows at most this. */
  readonly highestSeal: SealLevel;
  /** The lowest level those answers grant. */
  readonly lowestSeal: SealLevel;
  /** Why, in words, naming the facts. */
  readonly reasoning: string;
  /** https URLs of the facts (and of the framework's criterion). */
  readonly sources: string[];
  /** Whether every fact it rests on is verified at a primary source (the framework text included). */
  readonly verified: boolean;
}

/** The level an objective allows at most, and how many of its criteria facts decide. */
export interface ObjectiveAssessment {
  /** Objective id. */
  readonly objectiveId: string;
  /** Objective name. */
  readonly name: string;
  /** Weight in percent. */
  readonly weightPercent: number;
  /** The lowest `highestSeal` of its assessed criteria (SEAL-4 when none is assessed). */
  readonly highestSeal: SealLevel;
  /** Criteria that facts decide. */
  readonly assessedCriteria: number;
  /** Criteria of the objective. */
  readonly totalCriteria: number;
}

/** What a stack stores at a provider, for the stack-level criteria (key control, data location). */
export interface ProviderDataFacts {
  /** Who holds the key of each store: one entry per store (see `KeyControl`). */
  readonly keyControls: KeyControl[];
  /** Store addresses, in the order of `keyControls`. */
  readonly storeAddresses: string[];
  /** ISO 3166-1 alpha-2 codes of every country the stores, replicas, backups and log sinks are in. */
  readonly countries: string[];
  /** Stores (or copies) whose location could not be determined. */
  readonly unknownLocations: number;
}

/** Who can decrypt a store's data at rest. */
export enum KeyControl {
  /** Not encrypted at rest: the provider can read the data. */
  NONE = 'none',
  /** Encrypted with keys the provider manages. */
  PROVIDER = 'provider',
  /** Encrypted with a customer-managed key in the provider's key-management service. */
  CUSTOMER_KMS = 'customer-kms',
  /** Encrypted with a secret only the customer holds (passphrase, customer-provided key). */
  CUSTOMER_HELD = 'customer-held',
  /** Not determined from the configuration. */
  UNKNOWN = 'unknown',
}

/** The framework's criteria applied to one provider offering, as far as public facts go. */
export interface ProviderSovereigntyAssessment {
  /** Catalog id of the provider. */
  readonly providerId: string;
  /** Display name. */
  readonly providerName: string;
  /** The offering assessed (e.g. `AWS European Sovereign Cloud`, or the provider's standard cloud). */
  readonly offering: string;
  /** Stable id of the offering, e.g. `aws-eusc`. */
  readonly offeringId: string;
  /**
   * The highest SEAL level the public facts allow. Criteria that are not assessable could
   * only lower it: it is a ceiling, never a certification.
   */
  readonly seal: SealLevel;
  /** Why that level, naming the criteria that set it. */
  readonly reasoning: string;
  /** Criteria whose answers cap the level at `seal` (empty when nothing rules out SEAL-4). */
  readonly bindingCriteria: string[];
  /** Whether the binding criteria rest only on verified facts and verified framework text. */
  readonly verified: boolean;
  /** Every criterion, assessed or not. */
  readonly criteria: CriterionAssessment[];
  /** Per objective. */
  readonly objectives: ObjectiveAssessment[];
  /** Ids of the criteria that are not assessable from public facts. */
  readonly notAssessable: string[];
  /** Whether stack facts (key control, data location) were applied. */
  readonly includesStackFacts: boolean;
}
