import { invalidInput, listAllowed } from '../errors';
import { Adequacy } from './adequacy';
import { AdequacyScope } from './adequacy-types';
import { Countries } from './countries';

/** The answer to "may data be located in this country under this jurisdiction?". */
export interface JurisdictionCheck {
  /** The country asked about (ISO 3166-1 alpha-2, upper case). */
  readonly country: string;
  /** Whether the jurisdiction allows it. */
  readonly allowed: boolean;
  /** Why, in one sentence — suitable for a compliance finding. */
  readonly reason: string;
}

/** How a jurisdiction decides; internal, so the public surface stays a closed set of factories. */
enum Basis {
  EU = 'EU',
  EEA = 'EEA',
  EEA_AND_ADEQUATE = 'EEA+adequate',
  COUNTRIES = 'countries',
}

/**
 * Where a sovereignty policy allows data to be stored and processed.
 *
 * @example
 * Jurisdiction.EU.allows('DE');                      // true
 * Jurisdiction.EEA_AND_ADEQUATE.check('US').reason;  // explains the DPF scope
 * Jurisdiction.countries(['DE', 'AT']).allows('FR'); // false
 */
export class Jurisdiction {
  /** The 27 EU member states (and EU territories with their own ISO code). */
  public static readonly EU: Jurisdiction = new Jurisdiction(Basis.EU, 'EU', []);

  /** The European Economic Area: the EU plus Iceland, Liechtenstein and Norway. */
  public static readonly EEA: Jurisdiction = new Jurisdiction(Basis.EEA, 'EEA', []);

  /**
   * The EEA plus countries with an EU adequacy decision in force that covers infrastructure
   * location as such (e.g. Switzerland, the United Kingdom, Japan). Countries whose decision
   * covers only certified organisations — the United States under the Data Privacy
   * Framework — are not included: list them with `Jurisdiction.countries()` to allow them.
   */
  public static readonly EEA_AND_ADEQUATE: Jurisdiction = new Jurisdiction(Basis.EEA_AND_ADEQUATE, 'EEA+adequate', []);

  /**
   * Exactly the listed countries, e.g. `['DE']` for Germany-only data residency.
   * @param codes ISO 3166-1 alpha-2 codes; at least one
   */
  public static countries(codes: string[]): Jurisdiction {
    if (!Array.isArray(codes) || codes.length === 0) {
      throw invalidInput({
        code: 'EMPTY_COUNTRY_LIST',
        what: 'Jurisdiction.countries()',
        given: codes,
        allowed: 'a non-empty list of ISO 3166-1 alpha-2 codes, e.g. ["DE", "AT"]',
        fix: 'list at least one country, or use Jurisdiction.EU / Jurisdiction.EEA.',
      });
    }
    const normalized = [...new Set(codes.map((c) => Countries.normalize(c)))].sort();
    return new Jurisdiction(Basis.COUNTRIES, normalized.join(','), normalized);
  }

  /**
   * Parse the notation used by the CLI and reports: `EU`, `EEA`, `EEA+adequate`, or a
   * comma-separated list of country codes such as `DE,AT`.
   */
  public static parse(spec: string): Jurisdiction {
    const text = typeof spec === 'string' ? spec.trim() : '';
    const upper = text.toUpperCase().replace(/\s+/g, '');
    if (upper === 'EU') return Jurisdiction.EU;
    if (upper === 'EEA') return Jurisdiction.EEA;
    if (upper === 'EEA+ADEQUATE' || upper === 'EEA_AND_ADEQUATE') return Jurisdiction.EEA_AND_ADEQUATE;
    if (/^[A-Z]{2}(,[A-Z]{2})*$/.test(upper)) return Jurisdiction.countries(upper.split(','));
    throw invalidInput({
      code: 'UNKNOWN_JURISDICTION',
      what: 'Jurisdiction',
      given: spec,
      allowed: '"EU", "EEA", "EEA+adequate" or comma-separated ISO 3166-1 alpha-2 codes such as "DE,AT"',
      fix: 'use one of the allowed forms.',
      candidates: ['EU', 'EEA', 'EEA+adequate'],
    });
  }

  /** Short name: `EU`, `EEA`, `EEA+adequate`, or the country list (`AT,DE`). */
  public readonly name: string;

  private readonly verdicts = new Map<string, JurisdictionCheck>();

  private constructor(private readonly basis: Basis, name: string, private readonly listed: string[]) {
    this.name = name;
  }

  /** One sentence describing what this jurisdiction allows. */
  public get description(): string {
    switch (this.basis) {
      case Basis.EU:
        return 'the European Union (27 member states)';
      case Basis.EEA:
        return 'the European Economic Area (EU, Iceland, Liechtenstein, Norway)';
      case Basis.EEA_AND_ADEQUATE:
        return 'the European Economic Area and countries with an EU adequacy decision covering infrastructure location';
      default:
        return `only ${this.listed.map((c) => Countries.describe(c)).join(', ')}`;
    }
  }

  /**
   * Every country this jurisdiction allows today, sorted.
   * @param asOf date (YYYY-MM-DD) for adequacy decisions with an expiry; defaults to today
   */
  public allowedCountries(asOf?: string): string[] {
    switch (this.basis) {
      case Basis.EU:
        return Countries.euCountries();
      case Basis.EEA:
        return Countries.eeaCountries();
      case Basis.EEA_AND_ADEQUATE:
        return [...new Set([...Countries.eeaCountries(), ...Adequacy.infrastructureCountries(asOf)])].sort();
      default:
        return [...this.listed];
    }
  }

  /** Whether data may be located in `country`. Throws for malformed codes. */
  public allows(country: string, asOf?: string): boolean {
    return this.check(country, asOf).allowed;
  }

  /**
   * Whether every country `other` allows is also allowed here
   * (e.g. `countries(['DE'])` is within `EU`).
   */
  public includes(other: Jurisdiction, asOf?: string): boolean {
    return other.allowedCountries(asOf).every((c) => this.allows(c, asOf));
  }

  /**
   * Whether data may be located in `country`, and why.
   * @param country ISO 3166-1 alpha-2 code
   * @param asOf date (YYYY-MM-DD) for adequacy decisions with an expiry; defaults to today
   */
  public check(country: string, asOf?: string): JurisdictionCheck {
    // Checks are pure for a (country, date) pair and the engine asks millions of times.
    const key = asOf === undefined ? country : `${country}|${asOf}`;
    const cached = this.verdicts.get(key);
    if (cached) return cached;
    const verdict = this.decide(country, asOf);
    if (asOf !== undefined) this.verdicts.set(key, verdict);
    else if (this.verdicts.size < 1024) this.verdicts.set(key, verdict);
    return verdict;
  }

  private decide(country: string, asOf?: string): JurisdictionCheck {
    const code = Countries.normalize(country);
    const who = Countries.describe(code);
    const allowed = (reason: string): JurisdictionCheck => ({ country: code, allowed: true, reason });
    const denied = (reason: string): JurisdictionCheck => ({ country: code, allowed: false, reason });

    if (this.basis === Basis.COUNTRIES) {
      return this.listed.includes(code)
        ? allowed(`${who} is one of the countries the policy allows (${this.name}).`)
        : denied(`${who} is not one of the countries the policy allows (${listAllowed(this.listed)}).`);
    }

    const isEu = Countries.isEu(code);
    const isEea = Countries.isEea(code);
    if (isEu) return allowed(`${who} is in the European Union.`);
    if (this.basis === Basis.EU) {
      return denied(isEea
        ? `${who} is in the EEA but not in the European Union; use Jurisdiction.EEA to allow it.`
        : `${who} is outside the European Union${this.adequacyHint(code, asOf)}.`);
    }
    if (isEea) return allowed(`${who} is in the European Economic Area.`);
    if (this.basis === Basis.EEA) {
      return denied(`${who} is outside the European Economic Area${this.adequacyHint(code, asOf)}.`);
    }

    // EEA and adequate
    const decision = Adequacy.decisionFor(code);
    if (!decision) {
      return denied(`${who} is outside the EEA and has no EU adequacy decision (GDPR Art. 45); transfers there need Chapter V safeguards.`);
    }
    const summary = Adequacy.describe(decision);
    if (!Adequacy.isInForce(decision, asOf)) {
      return denied(`${who} had an ${summary}, which is not in force on ${asOf ?? 'today'}.`);
    }
    if (!decision.coversInfrastructureLocation) {
      const why = decision.scope === AdequacyScope.CERTIFIED_ORGANISATIONS
        ? 'it covers only organisations certified under the framework, not infrastructure located there as such'
        : `its scope is limited (${decision.scopeNote})`;
      return denied(`${who} has an ${summary}, but ${why}; list the country in Jurisdiction.countries() to allow it deliberately.`);
    }
    return allowed(`${who} is outside the EEA with an ${summary}.`);
  }

  private adequacyHint(code: string, asOf?: string): string {
    const decision = Adequacy.decisionFor(code);
    if (!decision || !Adequacy.isInForce(decision, asOf)) return '';
    return decision.coversInfrastructureLocation
      ? `; it has an EU ${Adequacy.describe(decision)} — use Jurisdiction.EEA_AND_ADEQUATE to allow it`
      : `; its EU ${Adequacy.describe(decision)} does not cover infrastructure location`;
  }
}
