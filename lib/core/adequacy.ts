import { ADEQUACY_DECISIONS } from './adequacy-data';
import { AdequacyDecision, AdequacyScope } from './adequacy-types';
import { Countries } from './countries';

/** Today's date as YYYY-MM-DD (UTC), the default "as of" date for expiry checks. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * EU adequacy decisions under GDPR Art. 45: the countries and territories to
 * which personal data may flow without further safeguards — each with its scope
 * and dates, because several cover only some recipients.
 */
export class Adequacy {
  /** Every adequacy decision the library knows, in force or expired. */
  public static decisions(): AdequacyDecision[] {
    return ADEQUACY_DECISIONS.map((d) => ({ ...d }));
  }

  /**
   * The adequacy decision for a country or territory, if there is one.
   * @param country ISO 3166-1 alpha-2 code
   */
  public static decisionFor(country: string): AdequacyDecision | undefined {
    const code = Countries.normalize(country);
    const found = ADEQUACY_DECISIONS.find((d) => d.country === code);
    return found ? { ...found } : undefined;
  }

  /**
   * Whether a decision is in force on a date.
   * @param decision the decision
   * @param asOf date as YYYY-MM-DD; defaults to today (UTC)
   */
  public static isInForce(decision: AdequacyDecision, asOf?: string): boolean {
    const date = asOf ?? today();
    if (decision.adoptedOn > date) return false;
    return decision.expiresOn === undefined || decision.expiresOn >= date;
  }

  /**
   * Countries whose adequacy decision, in force on `asOf`, covers locating infrastructure
   * there without checks on the operator (excludes e.g. the United States, whose decision
   * covers only organisations certified under the Data Privacy Framework).
   * @param asOf date as YYYY-MM-DD; defaults to today (UTC)
   */
  public static infrastructureCountries(asOf?: string): string[] {
    return ADEQUACY_DECISIONS
      .filter((d) => d.country !== undefined && d.coversInfrastructureLocation && Adequacy.isInForce(d, asOf))
      .map((d) => d.country as string)
      .sort();
  }

  /** Human-readable summary of a decision, for messages. */
  public static describe(decision: AdequacyDecision): string {
    const dates = decision.expiresOn
      ? `adopted ${decision.adoptedOn}, valid until ${decision.expiresOn}`
      : `adopted ${decision.adoptedOn}`;
    const scope = decision.scope === AdequacyScope.FULL ? 'full scope' : `scope: ${decision.scopeNote}`;
    return `adequacy decision ${decision.decision} (${dates}; ${scope})`;
  }
}
