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

// ---------------------------------------------------------------------------------------------
// Generic checks
// ---------------------------------------------------------------------------------------------

interface FlagCheck {
  /** Boolean argument that must be true. */
  readonly path: string;
  /** What the resource is, for messages. */
  readonly what: string;
  readonly fix: string;
  /** Argument that names a customer-managed key, when the provider offers one. */
  readonly cmkPath?: string;
  readonly cmkFix?: string;
}

/** A boolean that must be `true` (absent = the provider's default, which is off). */
export function mustBeTrue(spec: FlagCheck): Check {
  return (r, context) => {
    const state = flag(r, spec.path);
    if (state === 'unknown') return [unknownFlag(r, spec.path)];
    if (state !== 'true') {
      const why = state === 'absent' ? `\`${spec.path}\` is not set (off by default)` : `\`${spec.path}\` is false`;
      return [{ message: `The ${spec.what} is not encrypted at rest: ${why}.`, attribute: spec.path, fix: spec.fix }];
    }
    if (spec.cmkPath && cmkRequired(context) && !isSet(r.attribute(spec.cmkPath))) {
      return [{
        message: `The policy requires customer-managed keys, but \`${spec.cmkPath}\` is not set: the ${spec.what} is encrypted with a provider-managed key.`,
        attribute: spec.cmkPath,
        fix: spec.cmkFix,
      }];
    }
    return [];
  };
}

/** Encryption is switched on by naming a key (KMS key id, encryption block): it must be set. */
export function keyRequired(path: string, what: string, fix: string): Check {
  return (r) => isSet(r.attribute(path)) ? [] : [{
    message: `The ${what} is not encrypted at rest: \`${path}\` (the encryption key) is not set.`,
    attribute: path,
    fix,
  }];
}

/** The platform encrypts it and nothing can be configured; a customer key only where `cmkPaths` exist. */
export function platformEncrypted(what: string, cmkPaths: string[] = [], cmkFix?: string, childCmk?: (r: ResourceView) => boolean): Check {
  return (r, context) => {
    if (cmkPaths.length === 0 || !cmkRequired(context)) return [];
    if (cmkPaths.some((p) => isSet(r.attribute(p))) || (childCmk?.(r) ?? false)) return [];
    return [{
      message: `The policy requires customer-managed keys, but the ${what} uses the provider's platform-managed key (none of ${cmkPaths.map((p) => `\`${p}\``).join(', ')} is set).`,
      attribute: cmkPaths[0],
      fix: cmkFix,
    }];
  };
}

/** The provider offers no encryption for it (and documents none by the platform). */
export function notEncryptable(message: string, fix: string, unverified: boolean): Check {
  return () => [{ message, fix, dependsOnUnverifiedFact: unverified }];
}
