/* Shared builders of the EuDatabase tests: one small stack per provider, synthesized and checked. */
import { TerraformStack, Testing } from 'cdktf';
import { OpentelekomcloudProvider } from '@cdktf/provider-opentelekomcloud/lib/provider';
import { ComplianceEngine } from '../../lib/compliance/engine';
import { Pack } from '../../lib/compliance/packs';
import { ComplianceReport } from '../../lib/compliance/report/report';
import { collectConstructSuppressions } from '../../lib/compliance/suppressions';
import { Jurisdiction } from '../../lib/core/jurisdiction';
import { SovereigntyPolicy, SovereigntyPolicyProps } from '../../lib/core/policy';
import { EuDatabase, EuDatabaseProps } from '../../lib/database/eu-database';
import { DatabaseKey } from '../../lib/database/options';
import { IonosNetwork } from '../../lib/network/ionos/network';
import { ScalewayNetwork } from '../../lib/network/scaleway/network';
import { IonosProvider } from '../../lib/providers/ionos/provider';
import { OtcNetwork } from '../../lib/providers/otc/network';
import { ScalewayProvider } from '../../lib/providers/scaleway/provider';
import { SovereignError } from '../../lib/errors';

// Terraform JSON is walked key by key in assertions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

export function stackOf(policy: Partial<SovereigntyPolicyProps> = {}, name = 'db'): TerraformStack {
  const app = Testing.app();
  new SovereigntyPolicy({ jurisdiction: Jurisdiction.EU, ...policy }).applyTo(app);
  return new TerraformStack(app, name);
}

/** The JSON as `cdktf synth` writes it (construct metadata kept, so construct suppressions match), after cdktf's validations. */
export function synth(stack: TerraformStack): Json {
  Testing.synth(stack, true);
  return JSON.parse(JSON.stringify(stack.toTerraform())) as Json;
}

/** The only resource body of a type, without the `//` metadata. */
export function only(json: Json, type: string): Json {
  const all = Object.values((json.resource?.[type] ?? {}) as Record<string, Json>);
  if (all.length !== 1) throw new Error(`expected one ${type}, found ${all.length}`);
  return Object.fromEntries(Object.entries(all[0]).filter(([key]) => key !== '//'));
}

/** The outputs by the construct id of their TerraformOutput (`AdminPasswordOutput`, …). */
export function outputs(json: Json): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [name, body] of Object.entries((json.output ?? {}) as Record<string, Json>)) out[name.replace(/^.*_(\w+Output)_[0-9A-F]{8}$/, '$1')] = body;
  return out;
}

export const PACKS = [Pack.GDPR, Pack.GAIAX_L2, Pack.BSI_C5];

/** The engine's report on the stack, with its construct suppressions, as SovereigntyChecks runs it. */
export function check(stack: TerraformStack, json: Json = synth(stack), packs: Pack[] = PACKS): ComplianceReport {
  return new ComplianceEngine({ packs, policy: SovereigntyPolicy.of(stack), asOf: '2026-11-28' }).check(json, stack.node.id, collectConstructSuppressions(stack));
}

/** "<ruleId> <address>: <message>" of every unsuppressed finding. */
export function open(report: ComplianceReport): string[] {
  return report.findings.filter((f) => !f.suppressed).map((f) => `${f.ruleId} ${f.address}: ${f.message}`);
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

export const STACKIT_KEY = DatabaseKey.stackitKms({ keyId: 'key-1', keyVersion: '1', keyRingId: 'ring-1', serviceAccountEmail: 'db@sa.stackit.cloud' });

/** A database of each provider with its smallest valid props (and a network where it needs one). */
export const BUILD: Record<string, (stack: TerraformStack, props?: Partial<EuDatabaseProps>) => EuDatabase> = {
  scaleway: (stack, props = {}) => {
    new ScalewayProvider(stack, 'scaleway', { region: 'fr-par' });
    const network = new ScalewayNetwork(stack, 'Net', { region: 'fr-par' });
    return new EuDatabase(stack, 'Db', { provider: 'scaleway', location: 'fr-par', version: '16', instanceType: 'DB-DEV-S', network, ...props });
  },
  ovhcloud: (stack, props = {}) => new EuDatabase(stack, 'Db', {
    provider: 'ovhcloud', location: 'GRA', version: '16', instanceType: 'db1-4', projectId: 'a1b2c3d4e5f6', networkId: 'pn-0123-gra',
    unencryptedAtRestReason: 'Columns with personal data are encrypted by the application (keys in the EU HSM)', ...props,
  }),
  stackit: (stack, props = {}) => new EuDatabase(stack, 'Db', {
    provider: 'stackit', location: 'eu01', version: '17', instanceType: '2.4', projectId: '11111111-2222-3333-4444-555555555555',
    allowedCidrs: ['203.0.113.0/28'], encryptionKey: STACKIT_KEY, ...props,
  }),
  ionos: (stack, props = {}) => {
    new IonosProvider(stack, 'ionos', {});
    const network = new IonosNetwork(stack, 'Net', { location: 'de/fra' });
    return new EuDatabase(stack, 'Db', { provider: 'ionos', location: 'de/fra', version: '16', network, ...props });
  },
  exoscale: (stack, props = {}) => new EuDatabase(stack, 'Db', {
    provider: 'exoscale', location: 'de-fra-1', version: '16', instanceType: 'startup-4', allowedCidrs: ['203.0.113.0/28'], ...props,
  }),
  upcloud: (stack, props = {}) => new EuDatabase(stack, 'Db', {
    provider: 'upcloud', location: 'de-fra1', version: '17', instanceType: '1x1xCPU-2GB-25GB', networkId: '03aa7245-2ff9-49c8-9f0e-7ca0270d71a4',
    networkOptions: { ipv4Cidr: '10.20.0.0/24' }, ...props,
  }),
  otc: (stack, props = {}) => {
    new OpentelekomcloudProvider(stack, 'otc', { authUrl: 'https://iam.eu-de.otc.t-systems.com/v3', region: 'eu-de', tenantName: 'eu-de' });
    const network = new OtcNetwork(stack, 'Net', { region: 'eu-de' });
    return new EuDatabase(stack, 'Db', { provider: 'otc', location: 'eu-de', version: '16', instanceType: 'rds.pg.n1.large.2', network, ...props });
  },
};
