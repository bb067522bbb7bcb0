import { ComplianceEngine } from '../../lib/compliance/engine';
import { Pack } from '../../lib/compliance/packs';
import { Finding } from '../../lib/compliance/report/model';
import { ComplianceReport } from '../../lib/compliance/report/report';
import { Suppression } from '../../lib/compliance/suppressions';
import { FindingLevel } from '../../lib/compliance/types';
import { SovereigntyPolicy } from '../../lib/core/policy';

/** Terraform sources of the providers used in tests. */
export const SOURCES: Record<string, string> = {
  aws: 'hashicorp/aws',
  azurerm: 'hashicorp/azurerm',
  google: 'hashicorp/google',
  opentelekomcloud: 'opentelekomcloud/opentelekomcloud',
  stackit: 'stackitcloud/stackit',
  ovh: 'ovh/ovh',
  scaleway: 'scaleway/scaleway',
  ionoscloud: 'ionos-cloud/ionoscloud',
  hcloud: 'hetznercloud/hcloud',
  exoscale: 'exoscale/exoscale',
  upcloud: 'UpCloudLtd/upcloud',
  kubernetes: 'hashicorp/kubernetes',
  random: 'hashicorp/random',
};

export interface ConfigParts {
  /** `resource` section: type → name → body. */
  readonly resource?: Record<string, Record<string, unknown>>;
  readonly data?: Record<string, Record<string, unknown>>;
  /** `provider` section: local name → body or list of bodies. */
  readonly provider?: Record<string, unknown>;
  readonly variable?: Record<string, unknown>;
  readonly locals?: Record<string, unknown>;
}

/** A Terraform JSON configuration with `required_providers` for every provider mentioned. */
export function tf(parts: ConfigParts): Record<string, unknown> {
  const names = new Set<string>();
  for (const type of Object.keys({ ...parts.resource, ...parts.data })) names.add(type.split('_')[0]);
  for (const name of Object.keys(parts.provider ?? {})) names.add(name);
  const required: Record<string, { source: string }> = {};
  for (const name of names) if (SOURCES[name]) required[name] = { source: SOURCES[name] };
  return {
    terraform: { required_providers: required },
    ...(parts.provider ? { provider: parts.provider } : {}),
    ...(parts.resource ? { resource: parts.resource } : {}),
    ...(parts.data ? { data: parts.data } : {}),
    ...(parts.variable ? { variable: parts.variable } : {}),
    ...(parts.locals ? { locals: parts.locals } : {}),
  };
}

/** The `aws` provider pointed at a European provider's S3 endpoint (the S3-compatible route). */
export function s3Provider(endpoint: string, region: string, alias?: string): Record<string, unknown> {
  return {
    ...(alias ? { alias } : {}),
    region,
    endpoints: [{ s3: endpoint }],
    s3_use_path_style: true,
    skip_credentials_validation: true,
    skip_region_validation: true,
    skip_requesting_account_id: true,
    skip_metadata_api_check: true,
  };
}

export interface RunOptions {
  readonly policy?: SovereigntyPolicy;
  readonly packs?: Pack[];
  readonly suppressions?: Suppression[];
  readonly clusterLocation?: string;
}

/** Run the engine with only `ruleId` (as an error) unless packs are given. */
export function run(config: Record<string, unknown>, ruleId?: string, options: RunOptions = {}): ComplianceReport {
  const packs = options.packs ?? (ruleId ? [Pack.custom('test', 'one rule', [{ ruleId, level: FindingLevel.ERROR }])] : [Pack.GDPR]);
  const engine = new ComplianceEngine({ packs, policy: options.policy, clusterLocation: options.clusterLocation, asOf: '2026-11-28' });
  return engine.check(config, 'test', options.suppressions);
}

/** The unsuppressed findings of one rule. */
export function findingsOf(config: Record<string, unknown>, ruleId: string, options: RunOptions = {}): Finding[] {
  return run(config, ruleId, options).findings.filter((f) => f.ruleId === ruleId && !f.suppressed);
}

/** Addresses with findings of one rule, sorted. */
export function flagged(config: Record<string, unknown>, ruleId: string, options: RunOptions = {}): string[] {
  return [...new Set(findingsOf(config, ruleId, options).map((f) => f.address))].sort();
}
