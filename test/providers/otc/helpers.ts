/* Shared builders for the Open Telekom Cloud tests. */
import { App, TerraformStack, Testing } from 'cdktf';
import { ComplianceEngine } from '../../../lib/compliance/engine';
import { Pack } from '../../../lib/compliance/packs';
import { ComplianceReport } from '../../../lib/compliance/report/report';
import { SovereigntyPolicy } from '../../../lib/core/policy';
import { SovereignError } from '../../../lib/errors';

// Parsed Terraform JSON is walked field by field in assertions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

/** The packs the issue names: the foundation must be clean under both. */
export const PACKS = [Pack.GDPR, Pack.GAIAX_L3];

export function stackOf(policy?: SovereigntyPolicy, name = 'otc'): { app: App; stack: TerraformStack } {
  const app = Testing.app();
  if (policy) policy.applyTo(app);
  const stack = new TerraformStack(app, name);
  return { app, stack };
}

export function synth(stack: TerraformStack): Json {
  return JSON.parse(Testing.synth(stack)) as Json;
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

/** "<ruleId> <address>: <message>" for every unsuppressed finding. */
export function findingLines(report: ComplianceReport): string[] {
  return report.findings.filter((f) => !f.suppressed).map((f) => `${f.ruleId} ${f.address}: ${f.message}`);
}

/** The error `fn` throws, checked to be a SovereignError with `code`. */
export function errorOf(fn: () => unknown, code: string): SovereignError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  if (!(caught instanceof SovereignError)) throw new Error(`expected SovereignError ${code}, got ${caught === undefined ? 'no error' : String(caught)}`);
  if (caught.code !== code) throw new Error(`expected code ${code}, got ${caught.code}: ${caught.message}`);
  return caught;
}

/** A node pool for tests. */
export const NODE_POOL = { flavor: 's3.xlarge.4', sshKeyPairName: 'ops' };
