/* Shared builders for the Open Telekom Cloud tests. */
import { App, TerraformStack } from 'cdktf';
import { ComplianceEngine } from '../../../lib/compliance/engine';
import { Pack } from '../../../lib/compliance/packs';
import { ComplianceReport } from '../../../lib/compliance/report/report';
import { SovereigntyPolicy } from '../../../lib/core/policy';
import { Json, stackOf as stackNamed } from '../../storage/fixtures';

// The builders the storage tests use serve here too.
export { errorOf } from '../../storage/errors';
export { findingLines, Json, synth } from '../../storage/fixtures';

/** The packs the issue names: the foundation must be clean under both. */
export const PACKS = [Pack.GDPR, Pack.GAIAX_L3];

export function stackOf(policy?: SovereigntyPolicy, name = 'otc'): { app: App; stack: TerraformStack } {
  return stackNamed(policy, name);
}

/** Every resource of a type whose logical id starts with `prefix_`, as [name, body]. */
export function resourcesOf(json: Json, type: string, prefix = ''): Array<[string, Json]> {
  return Object.entries((json.resource?.[type] ?? {}) as Record<string, Json>).filter(([name]) => name.startsWith(prefix));
}

/** The single resource of a type whose logical id starts with `prefix`. */
export function resourceOf(json: Json, type: string, prefix = ''): Json {
  const all = resourcesOf(json, type, prefix);
  if (all.length !== 1) throw new Error(`expected one ${type} ${prefix}, found ${all.map(([n]) => n).join(', ') || 'none'}`);
  return all[0][1];
}

/** Run the engine as the synth-time checks do. */
export function check(json: Json, policy?: SovereigntyPolicy, packs: Pack[] = PACKS): ComplianceReport {
  return new ComplianceEngine({ packs, policy, asOf: '2026-11-28' }).check(json, 'otc');
}

/** A node pool for tests. */
export const NODE_POOL = { flavor: 's3.xlarge.4', sshKeyPairName: 'ops' };
