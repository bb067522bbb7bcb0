/* Shared builders of the network tests. */
import { AnnotationMetadataEntryType, TerraformStack, Testing } from 'cdktf';
import { Jurisdiction } from '../../lib/core/jurisdiction';
import { SovereigntyPolicy, SovereigntyPolicyProps } from '../../lib/core/policy';
import { SovereignError } from '../../lib/errors';

// Terraform JSON is walked key by key in assertions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

export function stackOf(policy: Partial<SovereigntyPolicyProps> = {}): TerraformStack {
  const app = Testing.app();
  new SovereigntyPolicy({ jurisdiction: Jurisdiction.EU, ...policy }).applyTo(app);
  return new TerraformStack(app, 'network');
}

export function synth(stack: TerraformStack): Json {
  return JSON.parse(Testing.synth(stack)) as Json;
}

/** Every resource body of a type, without the `//` metadata. */
export function bodies(json: Json, type: string): Json[] {
  return Object.values((json.resource?.[type] ?? {}) as Record<string, Json>).map(({ ['//']: _meta, ...body }) => body);
}

/** The only resource body of a type. */
export function only(json: Json, type: string): Json {
  const all = bodies(json, type);
  if (all.length !== 1) throw new Error(`expected one ${type}, found ${all.length}`);
  return all[0];
}

/** The SovereignError `fn` throws, checked to carry `code`. */
export function expectError(fn: () => unknown, code: string): SovereignError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SovereignError && e.code === code) return e;
    throw new Error(`expected ${code}, got ${(e as Error).name}: ${(e as Error).message}`);
  }
  throw new Error(`expected ${code}, nothing was thrown`);
}

/** Info annotations under a construct. */
export function infos(stack: TerraformStack): string[] {
  return stack.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.INFO).map((m) => String(m.data)));
}
