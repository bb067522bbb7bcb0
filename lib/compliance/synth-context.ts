/**
 * The judgement context synth writes next to each stack's `cdk.tf.json`: the stack's policy
 * file (`sovereignty-policy.json`, lib/core/policy-file.ts) with the effective policy, the
 * packs, the custom rules the stack was checked with, and every suppression resolved to the
 * Terraform addresses it covers (construct paths do not survive into a plan).
 */
import { SovereigntyPolicy } from '../core/policy';
import { Pack } from './packs';
import { StackContext, stackContextDocument, SuppressionOrigin } from './policy-file';
import { IRule } from './rule';
import { BUILTIN_RULES } from './rules';
import { AddressedSuppression, Suppression, suppressionMatches } from './suppressions';

/** What a stack was checked with. @internal */
export interface CheckedWith {
  readonly stack: string;
  readonly asOf: string;
  readonly policy: SovereigntyPolicy;
  readonly packs: readonly Pack[];
  readonly rules: readonly IRule[];
  /** `SovereigntyChecksProps.suppressions`. */
  readonly checksSuppressions: readonly Suppression[];
  /** `SovereigntyChecks.suppress(...)` on the stack's constructs. */
  readonly constructSuppressions: readonly Suppression[];
}

/** The policy file of a synthesized stack, as a JSON document. @internal */
export function stackPolicyDocument(checked: CheckedWith, json: Record<string, unknown>): Record<string, unknown> {
  let paths: Array<[string, string | undefined]> | undefined;
  const resolve = (s: Suppression, origin: SuppressionOrigin): StackContext['suppressions'][number] => {
    const existing = (s as AddressedSuppression).addresses;
    if (existing) return { suppression: s, addresses: [...existing], origin };
    if (s.constructPath === undefined) return { suppression: s, origin };
    paths ??= resourcePaths(json);
    const addresses = paths.filter(([address, p]) => suppressionMatches(s, address, p)).map(([address]) => address);
    return { suppression: s, addresses, origin };
  };
  const builtIn = new Set(BUILTIN_RULES.map((r) => r.metadata.id));
  return stackContextDocument({
    stack: checked.stack,
    asOf: checked.asOf,
    policy: checked.policy,
    packs: checked.packs,
    customRules: checked.rules.filter((r) => !builtIn.has(r.metadata.id)).map((r) => ({ id: r.metadata.id, title: r.metadata.title })),
    suppressions: [
      ...checked.checksSuppressions.map((s) => resolve(s, SuppressionOrigin.CHECKS)),
      ...checked.constructSuppressions.map((s) => resolve(s, SuppressionOrigin.CONSTRUCT)),
    ],
  });
}

/** Address and construct path of every managed resource of a synthesized stack. */
function resourcePaths(json: Record<string, unknown>): Array<[string, string | undefined]> {
  const out: Array<[string, string | undefined]> = [];
  const resources = json.resource;
  if (!resources || typeof resources !== 'object') return out;
  for (const [type, byName] of Object.entries(resources as Record<string, unknown>)) {
    if (!byName || typeof byName !== 'object') continue;
    for (const [name, body] of Object.entries(byName as Record<string, unknown>)) {
      const meta = ((body as Record<string, unknown> | null)?.['//'] as { metadata?: { path?: unknown; address?: unknown } } | undefined)?.metadata;
      const address = typeof meta?.address === 'string' ? meta.address : `${type}.${name}`;
      out.push([address, typeof meta?.path === 'string' ? meta.path : undefined]);
    }
  }
  return out;
}
