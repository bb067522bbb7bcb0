import { IConstruct } from 'constructs';
import { invalidInput } from '../errors';

/** A decision not to act on a rule for some resources, with the reason on record. */
export interface Suppression {
  /** The rule to suppress, e.g. `SOV-POD-SECURITY`. */
  readonly ruleId: string;
  /** Why: at least 10 characters. It appears in every report next to the finding. */
  readonly reason: string;
  /**
   * Last day (YYYY-MM-DD) the suppression applies; afterwards the finding is reported again,
   * with a note that the suppression expired.
   * @default - never expires
   */
  readonly expires?: string;
  /**
   * Terraform address the suppression applies to; `*` matches any run of characters
   * (`aws_s3_bucket.*`, `module.logs.*`).
   * @default - every address (limited by `constructPath` when given)
   */
  readonly address?: string;
  /**
   * Construct path prefix the suppression applies to (everything created under it).
   * @default - every construct path (limited by `address` when given)
   */
  readonly constructPath?: string;
}

/** Options for a construct-level suppression. */
export interface SuppressOptions {
  /**
   * Last day (YYYY-MM-DD) the suppression applies.
   * @default - never expires
   */
  readonly expires?: string;
}

/**
 * A suppression resolved to exact Terraform addresses, as synth writes it into a stack's policy
 * file: it covers exactly `addresses` (so it applies to the stack's plan JSON too, which has no
 * construct paths), whatever its `address` pattern or `constructPath` say.
 * @internal
 */
export interface AddressedSuppression extends Suppression {
  /** The addresses it covers, when resolved. */
  readonly addresses?: ReadonlySet<string>;
  /** Where it came from (`construct`, `checks`, or the policy file). */
  readonly origin?: string;
}

const KEY = Symbol.for('cdktf-sovereign.suppressions');
type Carrier = IConstruct & { [KEY]?: Suppression[] };

/** Check the shape of a suppression; throws with what was given and how to fix it. @internal */
export function validateSuppression(s: Suppression, where: string): Suppression {
  if (!s || typeof s.ruleId !== 'string' || s.ruleId.trim().length === 0) {
    throw invalidInput({ code: 'INVALID_SUPPRESSION', what: `Suppression ${where}: ruleId`, given: s?.ruleId, allowed: 'a rule ID such as "SOV-LOCATION"', fix: 'name the rule to suppress.' });
  }
  if (typeof s.reason !== 'string' || s.reason.trim().length < 10) {
    throw invalidInput({
      code: 'SUPPRESSION_REASON_TOO_SHORT',
      what: `Suppression of ${s.ruleId} ${where}: reason`,
      given: s.reason,
      allowed: 'a reason of at least 10 characters',
      fix: 'say why the finding is acceptable here; auditors read it in every report.',
    });
  }
  if (s.expires !== undefined && (typeof s.expires !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s.expires) || Number.isNaN(Date.parse(s.expires)))) {
    throw invalidInput({
      code: 'INVALID_SUPPRESSION_EXPIRY',
      what: `Suppression of ${s.ruleId} ${where}: expires`,
      given: s.expires,
      allowed: 'a date as YYYY-MM-DD',
      fix: 'write the last day the suppression applies, e.g. "2027-06-30".',
    });
  }
  return { ...s, ruleId: s.ruleId.trim(), reason: s.reason.trim() };
}

/** Attach a suppression to a construct (everything below it). @internal */
export function addConstructSuppression(scope: IConstruct, ruleId: string, reason: string, options: SuppressOptions = {}): void {
  const carrier = scope as Carrier;
  const suppression = validateSuppression({ ruleId, reason, expires: options.expires, constructPath: scope.node.path }, `on "${scope.node.path || '<app>'}"`);
  (carrier[KEY] ??= []).push(suppression);
}

/** Every suppression attached to `scope` and the constructs below it. @internal */
export function collectConstructSuppressions(scope: IConstruct): Suppression[] {
  const out: Suppression[] = [];
  for (const c of scope.node.findAll()) out.push(...((c as Carrier)[KEY] ?? []));
  // suppressions on ancestors apply too (e.g. on the app, for a stack)
  for (let s = scope.node.scope; s; s = s.node.scope) out.push(...((s as Carrier)[KEY] ?? []));
  return out;
}

/** Whether a suppression covers a resource. @internal */
export function suppressionMatches(s: Suppression, address: string, constructPath: string | undefined): boolean {
  const addresses = (s as AddressedSuppression).addresses;
  if (addresses !== undefined) return addresses.has(address);
  if (s.address !== undefined && !globMatch(s.address, address)) return false;
  if (s.constructPath !== undefined) {
    if (constructPath === undefined) return false;
    if (s.constructPath !== '' && constructPath !== s.constructPath && !constructPath.startsWith(`${s.constructPath}/`)) return false;
  }
  return true;
}

const GLOB_CACHE = new Map<string, RegExp>();
function globMatch(pattern: string, value: string): boolean {
  let re = GLOB_CACHE.get(pattern);
  if (!re) {
    re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    GLOB_CACHE.set(pattern, re);
  }
  return re.test(value);
}
