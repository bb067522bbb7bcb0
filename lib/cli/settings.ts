/**
 * What the CLI judges each configuration with, and where each setting came from. Layers,
 * highest first:
 *
 * 1. command-line flags (`--jurisdiction`, `--cluster-location`, `--pack`);
 * 2. `--policy <file>`;
 * 3. the configuration's own `sovereignty-policy.json`: the one synth wrote next to a
 *    stack's `cdk.tf.json`, or a team's file in the checked directory (or next to the
 *    checked file);
 * 4. the defaults of `SovereigntyPolicy`.
 *
 * Each policy setting comes from the highest layer that sets it; packs likewise, as a whole.
 * Suppressions of every layer apply. Custom rules (rules defined in an app's code) cannot
 * travel in a file: packs and suppressions that name them are left out, with a remark.
 */
import * as fs from 'fs';
import * as path from 'path';
import { SovereignError } from '../errors';
import { Jurisdiction } from '../core/jurisdiction';
import { SovereigntyPolicy, SovereigntyPolicyProps } from '../core/policy';
import { jurisdictionJson, POLICY_FILE_NAME, POLICY_KEYS, PolicyKey, retentionText, settingText } from '../core/policy-file';
import { Retention } from '../core/retention';
import { Pack } from '../compliance/packs';
import { CustomRuleEntry, PolicyFileContent, readPolicyFile } from '../compliance/policy-file';
import { BUILTIN_RULES } from '../compliance/rules';
import { AddressedSuppression, Suppression } from '../compliance/suppressions';

/** One source of settings, and how reports name it. @internal */
export interface SettingsLayer {
  readonly label: string;
  readonly content: PolicyFileContent;
}

/** The flags that set what policy files also set. @internal */
export interface SettingFlags {
  readonly jurisdiction?: string;
  readonly clusterLocation?: string;
  readonly packs: readonly string[];
}

/** What one configuration is judged with. @internal */
export interface ResolvedSettings {
  readonly policy: SovereigntyPolicy;
  readonly packs: Pack[];
  /** `--cluster-location`, which the engine takes besides the policy. */
  readonly clusterLocation?: string;
  /** Suppressions of the configuration's own file. */
  readonly localSuppressions: AddressedSuppression[];
  /** Each setting, its value and where it came from, for the reports. */
  readonly lines: string[];
  /** Remarks (custom rules the CLI does not have). */
  readonly remarks: string[];
  /** Identifies the settings: configurations with equal keys share one engine. */
  readonly key: string;
}

/** The `sovereignty-policy.json` that belongs to a configuration's directory, if any. @internal */
export function discoverPolicyFile(directory: string): SettingsLayer | undefined {
  const file = path.join(directory, POLICY_FILE_NAME);
  if (!fs.existsSync(file)) return undefined;
  const content = readPolicyFile(file);
  const label = content.document.generated ? 'the stack\'s policy' : file;
  return { label, content };
}

/** `--policy <file>`. @internal */
export function explicitPolicyFile(file: string): SettingsLayer {
  return { label: `--policy ${file}`, content: readPolicyFile(file) };
}

/** Resolve the settings of one configuration from its layers (see the module comment). @internal */
export function resolveSettings(name: string, own: SettingsLayer | undefined, explicit: SettingsLayer | undefined, flags: SettingFlags): ResolvedSettings {
  // Lowest first; an explicit --policy that is the configuration's own file counts once.
  const files = [own, explicit].filter((l): l is SettingsLayer => l !== undefined);
  if (own && explicit && samePath(own.content.document.file, explicit.content.document.file)) files.splice(0, 1);
  const flagProps: SovereigntyPolicyProps = flags.jurisdiction !== undefined ? { jurisdiction: Jurisdiction.parse(flags.jurisdiction) } : {};
  const layers: Array<{ label: string; props: SovereigntyPolicyProps }> = [
    ...files.map((l) => ({ label: l.label, props: l.content.document.policy })),
    ...(Object.keys(flagProps).length > 0 ? [{ label: '--jurisdiction', props: flagProps }] : []),
  ];

  const props: Record<string, unknown> = {};
  const origin = new Map<PolicyKey, { label: string; below?: { label: string; value: unknown } }>();
  for (const key of POLICY_KEYS) {
    const setting = layers.filter((l) => (l.props as Record<string, unknown>)[key] !== undefined);
    const top = setting[setting.length - 1];
    if (!top) continue;
    props[key] = (top.props as Record<string, unknown>)[key];
    const below = setting[setting.length - 2];
    origin.set(key, { label: top.label, below: below ? { label: below.label, value: (below.props as Record<string, unknown>)[key] } : undefined });
  }
  let policy: SovereigntyPolicy;
  try {
    policy = new SovereigntyPolicy(props as SovereigntyPolicyProps);
  } catch (e) {
    if (!(e instanceof SovereignError)) throw e;
    const sources = [...origin].map(([k, o]) => `${k} from ${o.label}`).join(', ');
    throw new SovereignError(e.code, `The settings for ${name} contradict each other (${sources}): ${e.message}`);
  }

  // Packs: the highest layer that names them.
  const remarks: string[] = [];
  let packs: Pack[] = [Pack.GDPR];
  let packsFrom = 'default';
  for (const l of files) {
    if (l.content.packs) {
      packs = l.content.packs;
      packsFrom = l.label;
    }
  }
  if (flags.packs.length > 0) {
    packs = flags.packs.map((id) => Pack.byId(id));
    packsFrom = '--pack';
  }
  const builtIn = new Set(BUILTIN_RULES.map((r) => r.metadata.id));
  const custom: CustomRuleEntry[] = files.flatMap((l) => l.content.customRules);
  const missing = new Set<string>();
  packs = packs.flatMap((p) => {
    const kept = p.rules.filter((r) => builtIn.has(r.ruleId));
    p.rules.filter((r) => !builtIn.has(r.ruleId)).forEach((r) => missing.add(r.ruleId));
    if (kept.length === p.rules.length) return [p];
    return kept.length > 0 ? [Pack.custom(p.id, p.description, kept)] : [];
  });
  const localSuppressions = (own && files.includes(own) ? own.content.suppressions : []).filter((s) => keep(s, builtIn, missing));
  if (missing.size > 0) {
    const titles = [...missing].map((id) => {
      const title = custom.find((c) => c.id === id)?.title;
      return title ? `${id} (${title})` : id;
    });
    remarks.push(`${name} was checked with custom rules this CLI does not have: ${titles.join(', ')}. Rules defined in an app's code cannot travel in a policy file, so their findings are not in this report (nor their suppressions); synth's report has them.`);
  }

  const lines: string[] = files.map((l) => {
    const g = l.content.document.generated;
    return g
      ? `policy file: ${l.content.document.file} (written by synth for stack ${g.stack}${g.asOf ? ` on ${g.asOf}` : ''})`
      : `policy file: ${l.content.document.file}${l === explicit ? ' (--policy)' : ''}`;
  });
  // Settings a higher layer overrides get a line each; the others are listed by source.
  const bySource = new Map<string, string[]>();
  const listed = (label: string, text: string) => {
    const list = bySource.get(label);
    if (list) list.push(text);
    else bySource.set(label, [text]);
  };
  const packsText = packs.map((p) => p.id).join(', ') || 'none';
  const packsBelow = packsFrom === '--pack' ? [...files].reverse().find((l) => l.content.packs) : undefined;
  if (packsBelow) lines.push(`packs: ${packsText} (from --pack; ${packsBelow.label} says ${packsBelow.content.packs!.map((p) => p.id).join(', ')})`);
  else listed(packsFrom === 'default' ? 'defaults' : `from ${packsFrom}`, `packs ${packsText}`);
  for (const key of POLICY_KEYS) {
    const o = origin.get(key);
    const value = settingText(key, policy);
    if (!o) listed('defaults', `${key} ${value}`);
    else if (o.below) lines.push(`${key}: ${value} (from ${o.label}; ${o.below.label} says ${formatValue(o.below.value)})`);
    else listed(`from ${o.label}`, `${key} ${value}`);
  }
  if (flags.clusterLocation !== undefined) {
    lines.push(`cluster location of Kubernetes resources: ${flags.clusterLocation.toUpperCase()} (from --cluster-location${policy.clusterLocation ? `; the policy's clusterLocation is ${policy.clusterLocation}` : ''})`);
  }
  for (const [label, items] of bySource) lines.push(`${label}: ${items.join('; ')}`);
  const key = JSON.stringify([
    POLICY_KEYS.map((k) => settingText(k, policy)),
    packs.map((p) => [p.id, p.rules]),
    flags.clusterLocation ?? null,
  ]);
  return { policy, packs, clusterLocation: flags.clusterLocation, localSuppressions, lines, remarks, key };
}

/** Suppressions of every --policy file: they apply to every configuration. @internal */
export function globalSuppressions(explicit: SettingsLayer | undefined): Suppression[] {
  if (!explicit) return [];
  const builtIn = new Set(BUILTIN_RULES.map((r) => r.metadata.id));
  return explicit.content.suppressions.filter((s) => builtIn.has(s.ruleId));
}

function keep(s: Suppression, builtIn: Set<string>, missing: Set<string>): boolean {
  if (builtIn.has(s.ruleId)) return true;
  missing.add(s.ruleId);
  return false;
}

function formatValue(value: unknown): string {
  if (value instanceof Jurisdiction) {
    const j = jurisdictionJson(value);
    return Array.isArray(j) ? j.join(', ') : j;
  }
  if (value instanceof Retention) return retentionText(value);
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : 'none';
  return String(value);
}

function samePath(a: string, b: string): boolean {
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}
