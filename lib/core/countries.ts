import { invalidInput } from '../errors';
import { ISO_3166_ALPHA2 } from './countries-data';

/**
 * The 27 member states of the European Union (since 1 February 2020).
 * Source: https://european-union.europa.eu/principles-countries-history/eu-countries_en
 */
const EU_MEMBER_STATES: readonly string[] = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
];

/**
 * Territories with their own ISO code that are part of the EU: the outermost regions
 * (TFEU Art. 349 — French Guiana, Guadeloupe, Martinique, Réunion, Mayotte, Saint-Martin)
 * and the Åland Islands (Finland; Protocol No 2 to the 1994 Act of Accession). EU law,
 * including the GDPR, applies there. (Madeira, the Azores and the Canary Islands are
 * covered by the codes of Portugal and Spain.)
 * Sources: https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:12016E349 ;
 * https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:11994N/PRO/02
 */
const EU_TERRITORIES: readonly string[] = ['GF', 'GP', 'MQ', 'RE', 'YT', 'MF', 'AX'];

/**
 * EFTA states that are parties to the Agreement on the European Economic Area.
 * Source: https://www.efta.int/eea/eea-agreement
 */
const EEA_EFTA_STATES: readonly string[] = ['IS', 'LI', 'NO'];

/**
 * Codes people often type that are not ISO 3166-1 alpha-2 assignments, and the
 * assigned code they usually mean.
 * Source: https://www.iso.org/iso-3166-country-codes.html (exceptionally reserved codes)
 */
const COMMON_MISTAKES: { readonly [code: string]: string } = {
  UK: 'GB',
  EL: 'GR',
  EU: 'one of the member states, or Jurisdiction.EU',
};

const EU_SET = new Set([...EU_MEMBER_STATES, ...EU_TERRITORIES]);
const EEA_SET = new Set([...EU_SET, ...EEA_EFTA_STATES]);

/**
 * ISO 3166-1 alpha-2 country codes and the European groupings the
 * sovereignty model is built on.
 */
export class Countries {
  /** The 27 EU member states (ISO 3166-1 alpha-2), sorted. */
  public static euMemberStates(): string[] {
    return [...EU_MEMBER_STATES].sort();
  }

  /**
   * Every code that is EU territory: the 27 member states plus territories with their own
   * ISO code where EU law applies (outermost regions, Åland), sorted.
   */
  public static euCountries(): string[] {
    return [...EU_SET].sort();
  }

  /** Every code in the European Economic Area: the EU plus Iceland, Liechtenstein and Norway, sorted. */
  public static eeaCountries(): string[] {
    return [...EEA_SET].sort();
  }

  /** Every officially assigned ISO 3166-1 alpha-2 code, sorted. */
  public static all(): string[] {
    return Object.keys(ISO_3166_ALPHA2).sort();
  }

  /** Whether `code` is an officially assigned ISO 3166-1 alpha-2 code (upper case). */
  public static isAssigned(code: string): boolean {
    return Object.prototype.hasOwnProperty.call(ISO_3166_ALPHA2, code);
  }

  /**
   * Validate a country code and return it in canonical (upper-case) form.
   * Throws with the value given and how to fix it when the code is malformed or not assigned
   * (e.g. `UK` → use `GB`).
   */
  public static normalize(code: string): string {
    if (typeof code !== 'string' || !/^[A-Za-z]{2}$/.test(code.trim())) {
      throw invalidInput({
        code: 'MALFORMED_COUNTRY_CODE',
        what: 'Country code',
        given: code,
        allowed: 'an ISO 3166-1 alpha-2 code: two letters, e.g. "DE", "FR", "GB"',
        fix: 'use the two-letter ISO code of the country (see https://www.iso.org/obp/ui/#search).',
      });
    }
    const upper = code.trim().toUpperCase();
    if (Countries.isAssigned(upper)) return upper;
    const meant = COMMON_MISTAKES[upper];
    throw invalidInput({
      code: 'UNKNOWN_COUNTRY_CODE',
      what: 'Country code',
      given: code,
      allowed: 'an officially assigned ISO 3166-1 alpha-2 code',
      fix: meant
        ? `"${upper}" is not an assigned ISO 3166-1 code; use ${meant.length === 2 ? `"${meant}"` : meant} instead.`
        : 'check the code at https://www.iso.org/obp/ui/#search.',
    });
  }

  /** English short name of a country, e.g. `Germany` for `DE`. Throws for unknown codes. */
  public static nameOf(code: string): string {
    return ISO_3166_ALPHA2[Countries.normalize(code)];
  }

  /** Whether the country is EU territory (member state, outermost region or Åland). */
  public static isEu(code: string): boolean {
    return EU_SET.has(Countries.normalize(code));
  }

  /** Whether the country is in the European Economic Area. */
  public static isEea(code: string): boolean {
    return EEA_SET.has(Countries.normalize(code));
  }

  /** `DE (Germany)` — how countries appear in messages. */
  public static describe(code: string): string {
    const upper = Countries.normalize(code);
    return `${upper} (${ISO_3166_ALPHA2[upper]})`;
  }
}
