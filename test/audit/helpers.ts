/* Shared builders for the audit tests. */
import { App, TerraformResource, TerraformStack, Testing } from 'cdktf';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { ComplianceEngine } from '../../lib/compliance/engine';
import { Pack } from '../../lib/compliance/packs';
import { Finding } from '../../lib/compliance/report/model';
import { ComplianceReport } from '../../lib/compliance/report/report';
import { collectConstructSuppressions } from '../../lib/compliance/suppressions';
import { Jurisdiction } from '../../lib/core/jurisdiction';
import { SovereigntyPolicy, SovereigntyPolicyProps } from '../../lib/core/policy';

// Parsed Terraform JSON is walked field by field in assertions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

export const PACKS = [Pack.GDPR, Pack.GAIAX_L3, Pack.BSI_C5];

export interface TestStack {
  readonly app: App;
  readonly stack: TerraformStack;
  readonly policy: SovereigntyPolicy;
}

/** A stack with a policy (EU, clusters in `clusterLocation`) and optionally a kubernetes provider. */
export function testStack(policyProps: SovereigntyPolicyProps = {}, kubernetes = false): TestStack {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'audit');
  const policy = new SovereigntyPolicy({ jurisdiction: Jurisdiction.EU, ...policyProps });
  policy.applyTo(stack);
  if (kubernetes) new KubernetesProvider(stack, 'k8s', { configPath: '~/.kube/config' });
  return { app, stack, policy };
}

/**
 * The stack's Terraform JSON as `cdktf synth` writes it, construct metadata (`//`) included:
 * the engine matches construct-level suppressions by that path (Testing.synth strips it).
 */
export function synth(stack: TerraformStack): Json {
  return JSON.parse(JSON.stringify(stack.toTerraform())) as Json;
}

/** Run the engine the way SovereigntyChecks does at synth, with the stack's construct suppressions. */
export function check(stack: TerraformStack, policy: SovereigntyPolicy, json: Json = synth(stack), packs: Pack[] = PACKS): ComplianceReport {
  return new ComplianceEngine({ packs, policy, asOf: '2026-11-28' }).check(json, 'audit', collectConstructSuppressions(stack));
}

/** "<ruleId> <address>: <message>" of every unsuppressed finding. */
export function open(report: ComplianceReport): string[] {
  return report.findings.filter((f) => !f.suppressed).map(line);
}

/** The same for suppressed findings. */
export function suppressed(report: ComplianceReport): Finding[] {
  return report.findings.filter((f) => f.suppressed);
}

export function line(f: Finding): string {
  return `${f.ruleId} ${f.address}: ${f.message}`;
}

/** The single resource of a type whose logical id starts with `prefix`. */
export function resourceOf(json: Json, type: string, prefix: string): { name: string; body: Json } {
  const all = Object.entries((json.resource?.[type] ?? {}) as Record<string, Json>).filter(([name]) => name.startsWith(`${prefix}_`));
  if (all.length !== 1) throw new Error(`expected one ${type} for ${prefix}, found ${all.map(([n]) => n).join(', ') || 'none'}`);
  return { name: all[0][0], body: all[0][1] };
}

/** Run `fn` and return the message of the error it throws (fails the test when nothing is thrown). */
export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error, but nothing was thrown');
}

/** A provider resource without a binding, as a user of a generated binding would have it. */
export function raw(stack: TerraformStack, id: string, type: string, body: Record<string, unknown>): TerraformResource {
  const r = new TerraformResource(stack, id, { terraformResourceType: type, terraformGeneratorMetadata: { providerName: type.split('_')[0] } });
  for (const [k, v] of Object.entries(body)) r.addOverride(k, v);
  return r;
}
