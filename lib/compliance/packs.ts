import { invalidInput } from '../errors';
import { RuleId } from './rules/ids';
import { FindingLevel } from './types';

/** A rule selected by a pack, at a level. */
export interface PackRule {
  /** Rule ID. */
  readonly ruleId: string;
  /** Level of its findings in this pack. */
  readonly level: FindingLevel;
}

const E = FindingLevel.ERROR;
const W = FindingLevel.WARNING;

function select(levels: Partial<Record<RuleId, FindingLevel>>): PackRule[] {
  return Object.entries(levels).map(([ruleId, level]) => ({ ruleId, level: level as FindingLevel }));
}

/**
 * A set of rules with their levels. Built-in packs map the rules to GDPR, the Gaia-X
 * label levels and BSI C5; combine packs (the higher level wins) or define your own.
 */
export class Pack {
  /** GDPR: residency, security of processing (Art. 32), storage limitation (Art. 5(1)(e)), transfers (Art. 44 ff.). */
  public static readonly GDPR = new Pack('gdpr', 'GDPR (Regulation (EU) 2016/679)', select({
    [RuleId.LOCATION]: E, [RuleId.LOCATION_UNKNOWN]: E, [RuleId.PROVIDER_CONTROL]: W,
    [RuleId.ENCRYPTION_AT_REST]: E, [RuleId.ENCRYPTION_IN_TRANSIT]: E, [RuleId.PUBLIC_EXPOSURE]: E,
    [RuleId.NETWORK_ISOLATION]: W, [RuleId.AUDIT_LOGGING]: W, [RuleId.RETENTION]: E, [RuleId.VERSIONING]: W,
    [RuleId.SECRETS]: E, [RuleId.POD_SECURITY]: W,
  }));

  /** Gaia-X Standard Compliance: security and operations criteria (P3.1.x); residency as a warning. */
  public static readonly GAIAX_SC = new Pack('gaiax-sc', 'Gaia-X Standard Compliance', select({
    [RuleId.LOCATION]: W, [RuleId.LOCATION_UNKNOWN]: W,
    [RuleId.ENCRYPTION_AT_REST]: E, [RuleId.ENCRYPTION_IN_TRANSIT]: E, [RuleId.PUBLIC_EXPOSURE]: W,
    [RuleId.NETWORK_ISOLATION]: W, [RuleId.AUDIT_LOGGING]: E, [RuleId.RETENTION]: W, [RuleId.VERSIONING]: W,
    [RuleId.SECRETS]: E, [RuleId.POD_SECURITY]: W,
  }));

  /** Gaia-X Label Level 1: as Standard Compliance. */
  public static readonly GAIAX_L1 = new Pack('gaiax-l1', 'Gaia-X Label Level 1', Pack.GAIAX_SC.rules);

  /** Gaia-X Label Level 2: customer data can be kept in the EU/EEA (P5.1.1) — residency becomes an error. */
  public static readonly GAIAX_L2 = new Pack('gaiax-l2', 'Gaia-X Label Level 2', select({
    [RuleId.LOCATION]: E, [RuleId.LOCATION_UNKNOWN]: E, [RuleId.PROVIDER_CONTROL]: W,
    [RuleId.ENCRYPTION_AT_REST]: E, [RuleId.ENCRYPTION_IN_TRANSIT]: E, [RuleId.PUBLIC_EXPOSURE]: E,
    [RuleId.NETWORK_ISOLATION]: W, [RuleId.AUDIT_LOGGING]: E, [RuleId.RETENTION]: W, [RuleId.VERSIONING]: W,
    [RuleId.SECRETS]: E, [RuleId.POD_SECURITY]: W,
  }));

  /** Gaia-X Label Level 3: all data in the EU/EEA (P5.1.2) and EU-controlled providers (P5.1.4, P5.1.5). */
  public static readonly GAIAX_L3 = new Pack('gaiax-l3', 'Gaia-X Label Level 3', select({
    [RuleId.LOCATION]: E, [RuleId.LOCATION_UNKNOWN]: E, [RuleId.PROVIDER_CONTROL]: E,
    [RuleId.ENCRYPTION_AT_REST]: E, [RuleId.ENCRYPTION_IN_TRANSIT]: E, [RuleId.PUBLIC_EXPOSURE]: E,
    [RuleId.NETWORK_ISOLATION]: E, [RuleId.AUDIT_LOGGING]: E, [RuleId.RETENTION]: E, [RuleId.VERSIONING]: W,
    [RuleId.SECRETS]: E, [RuleId.POD_SECURITY]: W,
  }));

  /** BSI C5:2020: cryptography (CRY), operations, backup and logging (OPS), communication security (COS), location (PSS-12). */
  public static readonly BSI_C5 = new Pack('bsi-c5', 'BSI C5:2020', select({
    [RuleId.LOCATION]: E, [RuleId.LOCATION_UNKNOWN]: E, [RuleId.PROVIDER_CONTROL]: W,
    [RuleId.ENCRYPTION_AT_REST]: E, [RuleId.ENCRYPTION_IN_TRANSIT]: E, [RuleId.PUBLIC_EXPOSURE]: E,
    [RuleId.NETWORK_ISOLATION]: E, [RuleId.AUDIT_LOGGING]: E, [RuleId.RETENTION]: E, [RuleId.VERSIONING]: E,
    [RuleId.SECRETS]: E, [RuleId.POD_SECURITY]: E,
  }));

  /** Every built-in pack. */
  public static builtIn(): Pack[] {
    return [Pack.GDPR, Pack.GAIAX_SC, Pack.GAIAX_L1, Pack.GAIAX_L2, Pack.GAIAX_L3, Pack.BSI_C5];
  }

  /** A built-in pack by id (`gdpr`, `gaiax-sc`, `gaiax-l1`, `gaiax-l2`, `gaiax-l3`, `bsi-c5`). */
  public static byId(id: string): Pack {
    const found = Pack.builtIn().find((p) => p.id === (typeof id === 'string' ? id.trim().toLowerCase() : id));
    if (found) return found;
    const ids = Pack.builtIn().map((p) => p.id);
    throw invalidInput({
      code: 'UNKNOWN_PACK',
      what: 'Rule pack',
      given: id,
      allowed: ids.join(', '),
      fix: 'use a built-in pack id, or define your own with Pack.custom().',
      candidates: ids,
    });
  }

  /**
   * Your own pack: any rules (built-in or custom, by ID) at the levels you choose.
   * @param id pack id, e.g. `acme-baseline`
   * @param description what the pack is for
   * @param rules the rules and their levels
   */
  public static custom(id: string, description: string, rules: PackRule[]): Pack {
    if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id)) {
      throw invalidInput({ code: 'INVALID_PACK_ID', what: 'Pack id', given: id, allowed: 'lower-case letters, digits and dashes', fix: 'use an id like "acme-baseline".' });
    }
    if (!Array.isArray(rules) || rules.length === 0) {
      throw invalidInput({ code: 'EMPTY_PACK', what: `Pack "${id}"`, given: rules, allowed: 'at least one rule', fix: 'list the rules the pack selects, with their levels.' });
    }
    return new Pack(id, description, rules);
  }

  /** Pack id. */
  public readonly id: string;
  /** What the pack is for. */
  public readonly description: string;
  /** Selected rules and levels. */
  public readonly rules: PackRule[];

  private constructor(id: string, description: string, rules: PackRule[]) {
    this.id = id;
    this.description = description;
    this.rules = rules.map((r) => ({ ...r }));
  }
}
