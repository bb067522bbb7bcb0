/* eslint-disable @typescript-eslint/no-explicit-any -- tests navigate the synthesized Terraform JSON */
import { App, TerraformStack, Testing } from 'cdktf';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { ComplianceEngine } from '../../lib/compliance/engine';
import { Pack } from '../../lib/compliance/packs';
import { Finding } from '../../lib/compliance/report/model';
import { Suppression } from '../../lib/compliance/suppressions';
import { Jurisdiction } from '../../lib/core/jurisdiction';
import { SovereigntyPolicy, SovereigntyPolicyProps } from '../../lib/core/policy';

/** The packs the Kubernetes constructs must pass by default. */
export const PACKS = [Pack.GDPR, Pack.GAIAX_L3, Pack.BSI_C5];

export interface TestStack {
  readonly app: App;
  readonly stack: TerraformStack;
  readonly policy: SovereigntyPolicy;
}

/**
 * A stack with a kubernetes provider and a policy whose clusters run in Germany, so the
 * engine can place every kubernetes_* resource.
 */
export function testStack(policyProps: SovereigntyPolicyProps = {}): TestStack {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  const policy = new SovereigntyPolicy({ jurisdiction: Jurisdiction.EU, clusterLocation: 'DE', ...policyProps });
  policy.applyTo(stack);
  new KubernetesProvider(stack, 'k8s', { configPath: '~/.kube/config' });
  return { app, stack, policy };
}

/** The stack's Terraform JSON. */
export function synth(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack));
}

/** One resource body by type, or the only one of the type when `name` is omitted. */
export function resource(json: any, type: string, nameContains?: string): any {
  const all = json.resource?.[type] ?? {};
  const names = Object.keys(all).filter((n) => nameContains === undefined || n.includes(nameContains));
  if (names.length !== 1) throw new Error(`expected one ${type}${nameContains ? ` matching "${nameContains}"` : ''}, found ${names.length}: ${names.join(', ')}`);
  return all[names[0]];
}

/** Every resource body of a type. */
export function resources(json: any, type: string): any[] {
  return Object.values(json.resource?.[type] ?? {});
}

/** Unsuppressed findings of the engine (gdpr, gaiax-l3, bsi-c5) over the JSON. */
export function findings(json: any, policy: SovereigntyPolicy, suppressions: Suppression[] = []): Finding[] {
  const engine = new ComplianceEngine({ packs: PACKS, policy, asOf: '2026-11-28' });
  return engine.check(json, 'test', suppressions).findings.filter((f) => !f.suppressed);
}

/** `ruleId address: message` lines, for readable failures. */
export function describeFindings(list: Finding[]): string[] {
  return list.map((f) => `${f.ruleId} ${f.address}: ${f.message}`);
}
