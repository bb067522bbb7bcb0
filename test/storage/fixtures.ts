/* Shared builders for the storage tests. */
import { App, TerraformStack, Testing } from 'cdktf';
import { ComplianceEngine } from '../../lib/compliance/engine';
import { Pack } from '../../lib/compliance/packs';
import { ComplianceReport } from '../../lib/compliance/report/report';
import { SovereigntyPolicy } from '../../lib/core/policy';

// Parsed Terraform JSON is walked field by field in assertions; `unknown` would need a cast at every step.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

export function stackOf(policy?: SovereigntyPolicy, name = 'storage'): { app: App; stack: TerraformStack } {
  const app = Testing.app();
  if (policy) policy.applyTo(app);
  const stack = new TerraformStack(app, name);
  return { app, stack };
}

export function synth(stack: TerraformStack): Json {
  return JSON.parse(Testing.synth(stack)) as Json;
}

/** The single resource of a type whose logical id starts with `prefix` (the construct id). */
export function resourceOf(json: Json, type: string, prefix: string): { name: string; body: Json } {
  const all = Object.entries((json.resource?.[type] ?? {}) as Record<string, Json>).filter(([name]) => name.startsWith(`${prefix}_`));
  if (all.length !== 1) throw new Error(`expected one ${type} for ${prefix}, found ${all.map(([n]) => n).join(', ') || 'none'}`);
  return { name: all[0][0], body: all[0][1] };
}

/** Bodies of every resource of a type, without the provider meta-argument (empty when none). */
export function bodiesOf(json: Json, type: string): Json[] {
  return Object.values((json.resource?.[type] ?? {}) as Record<string, Json>).map(({ provider: _provider, ...body }) => body);
}

/** Names of the resources of a type (empty when none). */
export function namesOf(json: Json, type: string): string[] {
  return Object.keys(json.resource?.[type] ?? {}).sort();
}

/** The aws provider block with `alias`. */
export function awsProvider(json: Json, alias: string): Json {
  const blocks = (json.provider?.aws ?? []) as Json[];
  const found = blocks.filter((b) => b.alias === alias);
  if (found.length !== 1) throw new Error(`expected one aws provider ${alias}, found ${found.length} among ${blocks.map((b) => b.alias).join(', ')}`);
  return found[0];
}

export const ALL_PACKS = [Pack.GDPR, Pack.GAIAX_L3, Pack.BSI_C5];

/** Run the engine the way the synth-time checks do. */
export function check(json: Json, policy?: SovereigntyPolicy, packs: Pack[] = ALL_PACKS): ComplianceReport {
  return new ComplianceEngine({ packs, policy, asOf: '2026-11-28' }).check(json, 'storage');
}

/** "<ruleId> <address>: <message>" for every unsuppressed finding. */
export function findingLines(report: ComplianceReport): string[] {
  return report.findings.filter((f) => !f.suppressed).map((f) => `${f.ruleId} ${f.address}: ${f.message}`);
}
