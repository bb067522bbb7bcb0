/**
 * How far an EU adequacy decision (GDPR Art. 45) reaches. Only a decision that
 * covers every recipient in the country makes the country itself a safe place
 * to locate infrastructure; narrower decisions depend on who the operator is.
 */
export enum AdequacyScope {
  /** The decision covers every recipient in the country or territory. */
  FULL = 'full',
  /** Only recipients subject to a named law for commercial / private-sector organisations (e.g. Canada's PIPEDA). */
  COMMERCIAL_ORGANISATIONS = 'commercial-organisations',
  /** Only organisations that certify themselves under a framework (e.g. the EU-US Data Privacy Framework). */
  CERTIFIED_ORGANISATIONS = 'certified-organisations',
  /** An international organisation rather than a country. */
  INTERNATIONAL_ORGANISATION = 'international-organisation',
}

/** One EU adequacy decision. */
export interface AdequacyDecision {
  /**
   * ISO 3166-1 alpha-2 code of the country or territory.
   * @default - none (an international organisation)
   */
  readonly country?: string;
  /** Name of the country, territory or organisation. */
  readonly name: string;
  /** How far the decision reaches. */
  readonly scope: AdequacyScope;
  /** The scope in words, e.g. "commercial organisations subject to PIPEDA". */
  readonly scopeNote: string;
  /** The Commission decision (number). */
  readonly decision: string;
  /** Date of adoption (YYYY-MM-DD) of the decision currently in force. */
  readonly adoptedOn: string;
  /**
   * Date (YYYY-MM-DD) the decision expires, where it has a sunset clause.
   * @default - no expiry date
   */
  readonly expiresOn?: string;
  /**
   * Whether locating infrastructure in the country is covered without further checks on the
   * operator: true only for FULL decisions and commercial-organisation decisions that cover
   * cloud providers as a class.
   */
  readonly coversInfrastructureLocation: boolean;
  /** https URL of the decision or the Commission's page. */
  readonly source: string;
  /**
   * Remarks.
   * @default - none
   */
  readonly note?: string;
}
