import { AccountDefaultFact, CustomerKeyFact } from '../../../catalog/facts/encryption';
import { ResourceView, RuleContext } from '../../model/view';
import { RuleViolation } from '../../types';

export type Check = (resource: ResourceView, context: RuleContext) => RuleViolation[];

// ---------------------------------------------------------------------------------------------
// Value helpers
// ---------------------------------------------------------------------------------------------

type FlagState = 'true' | 'false' | 'absent' | 'unknown';

/** A boolean-ish literal (`true`, `"true"`, `1`, `"1"`) as a state; expressions are unknown. */
export function stateOf(raw: unknown, literal: unknown): FlagState {
  if (raw === undefined || raw === null) return 'absent';
  if (literal === true || literal === 1 || literal === 'true' || literal === '1') return 'true';
  if (literal === false || literal === 0 || literal === 'false' || literal === '0') return 'false';
  return 'unknown';
}

export function flag(r: ResourceView, path: string): FlagState {
  return stateOf(r.attribute(path), r.literal(path));
}

/** The literal behind a value found anywhere (a `${var.x}` default, a referenced literal). */
export function literalOf(context: RuleContext, value: unknown): unknown {
  return context.literal(value);
}

/** Whether a value supplies something: a non-empty literal or any expression (a reference counts). */
export function isSet(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.some(isSet);
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).some(isSet);
  return true;
}

export function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

export function unknownFlag(r: ResourceView, path: string): RuleViolation {
  return {
    message: `\`${path}\` is ${show(r.attribute(path))}, whose value is not known before apply: encryption at rest cannot be verified.`,
    attribute: path,
    fix: `Set \`${path}\` to a literal (or a variable with a literal default) that switches encryption on.`,
  };
}

export const cmkRequired = (context: RuleContext): boolean => context.policy.requireCustomerManagedKeys;

/** Missing customer-managed key of a resource that is encrypted (FLAG, TYPE_OR_FLAG). */
export function missingCustomerKey(r: ResourceView, context: RuleContext, key: CustomerKeyFact | undefined, defaultMessage: (argument: string) => string): RuleViolation[] {
  if (!key || !cmkRequired(context)) return [];
  const args = key.arguments ?? [];
  if (args.length === 0 || args.some((p) => isSet(r.attribute(p)))) return [];
  return [{ message: key.message ?? defaultMessage(args[0]), attribute: key.attribute ?? args[0], fix: key.fix }];
}

interface AccountDefaults { readonly on: Map<string, boolean> }
const ACCOUNT_DEFAULTS = new WeakMap<RuleContext, AccountDefaults>();

/** Whether an account-wide default (e.g. EBS encryption by default) is switched on in the configuration. */
export function accountDefaultOn(context: RuleContext, fact: AccountDefaultFact | undefined): boolean {
  if (!fact) return false;
  let cached = ACCOUNT_DEFAULTS.get(context);
  if (!cached) ACCOUNT_DEFAULTS.set(context, (cached = { on: new Map() }));
  const key = `${fact.resourceType} ${fact.argument}`;
  let on = cached.on.get(key);
  if (on === undefined) {
    on = context.resourcesOfType(fact.resourceType).some((r) => {
      const s = flag(r, fact.argument);
      return s === 'true' || (s === 'absent' && fact.absentIsOn);
    });
    cached.on.set(key, on);
  }
  return on;
}
