import { CniEncryptionFact } from '../../catalog/facts/kubernetes';
import { getAll } from '../model/expressions';
import { ResourceView, RuleContext } from '../model/view';
import { RuleViolation } from '../types';
import { typeFact } from './catalog-facts';

/*
 * Node-to-node encryption in the CNI: a Helm release of a CNI chart (catalog
 * `kubernetes.cniEncryption`, e.g. Cilium's `encryption.enabled`, default false) with encryption
 * switched off — in a `set` value or in the chart values — or left at a default that is off.
 * None of the providers encrypts its private network (lib/catalog/networks.ts), so pod traffic
 * between nodes then crosses it in clear text. Judged by SOV-NETWORK-ISOLATION: a warning in
 * `gdpr`, an error where the pack asks for segregated, encrypted traffic (Gaia-X L3, BSI C5).
 */

/** The CNI fact of a release's chart (`cilium`, `cilium/cilium`, `oci://…/cilium`), if any. */
export function cniOf(r: ResourceView, c: RuleContext): CniEncryptionFact | undefined {
  const k8s = typeFact(r.resourceType)?.kubernetes;
  if (!k8s?.cniEncryption || !k8s.chartArgument) return undefined;
  const raw = r.attribute(k8s.chartArgument);
  const chart = typeof raw === 'string' ? String(raw.includes('${') ? c.literal(raw) ?? '' : raw) : '';
  const name = chart.trim().toLowerCase().split('/').pop() ?? '';
  return k8s.cniEncryption.find((f) => f.charts.includes(name));
}

function literalBoolean(value: unknown, c: RuleContext): boolean | undefined {
  const v = typeof value === 'string' && value.includes('${') ? c.literal(value) : value;
  if (v === true || v === 'true') return true;
  if (v === false || v === 'false') return false;
  return undefined;
}

/** The value in `{ name, value }` blocks: true, false, 'unknown', or undefined when not set. */
function fromSetBlocks(r: ResourceView, c: RuleContext, path: string, name: string): boolean | 'unknown' | undefined {
  let found: boolean | 'unknown' | undefined;
  for (const block of getAll(r.attributes, path)) {
    if (!block || typeof block !== 'object' || Array.isArray(block)) continue;
    const b = block as Record<string, unknown>;
    if (String(b.name ?? '').trim() !== name) continue;
    found = literalBoolean(b.value, c) ?? 'unknown';
  }
  return found;
}

/** The value inside chart values text: YAML (`encryption:\n  enabled: false`) or an HCL/JSON object (`encryption = { enabled = false }`). */
function fromValuesText(text: string, name: string): boolean | undefined {
  const [parent, leaf] = name.split('.');
  if (!parent || !leaf) return undefined;
  const inline = new RegExp(`["']?${parent}["']?\\s*[:=]\\s*\\{[^}]*?["']?${leaf}["']?\\s*[:=]\\s*["']?(true|false)\\b`, 'i').exec(text);
  if (inline) return inline[1].toLowerCase() === 'true';
  const block = new RegExp(`(^|\\n)([ \\t]*)${parent}:[ \\t]*\\n((?:\\2[ \\t]+.*(?:\\n|$))*)`).exec(text);
  if (block) {
    const m = new RegExp(`^[ \\t]+${leaf}:[ \\t]*["']?(true|false)\\b`, 'm').exec(block[3]);
    if (m) return m[1].toLowerCase() === 'true';
  }
  const dotted = new RegExp(`["']?${parent}\\.${leaf}["']?\\s*[:=]\\s*["']?(true|false)\\b`, 'i').exec(text);
  return dotted ? dotted[1].toLowerCase() === 'true' : undefined;
}

/** A CNI release whose encryption between nodes is off (explicitly, or by the chart's default). */
export function judgeCniEncryption(r: ResourceView, c: RuleContext, f: CniEncryptionFact): RuleViolation[] {
  const k8s = typeFact(r.resourceType)?.kubernetes;
  const name = f.enabledValue;
  // `set` wins over `values` in Helm; of the values texts, the last one wins.
  let state: boolean | 'unknown' | undefined = k8s?.valueBlocks ? fromSetBlocks(r, c, k8s.valueBlocks, name) : undefined;
  let where = k8s?.valueBlocks ?? 'set';
  if (state === undefined && k8s?.chartValues) {
    for (const raw of getAll(r.attributes, k8s.chartValues)) {
      if (typeof raw !== 'string') continue;
      const v = fromValuesText(raw, name);
      if (v !== undefined) {
        state = v;
        where = k8s.chartValues;
      }
    }
  }
  const fix = `Set ${name} = true (with encryption.type = wireguard) in the release, or use CiliumWireGuardEncryption.`;
  if (state === true) return [];
  if (state === 'unknown') {
    return [{ message: `${f.what}: ${name} in ${where} cannot be verified before apply; pod traffic between nodes may cross the provider's network unencrypted.`, attribute: where, fix }];
  }
  if (state === false) {
    return [{ message: `${f.what}: ${name} is false in ${where}: pod traffic between nodes crosses the provider's private network unencrypted (no provider documents encryption of it).`, attribute: where, fix }];
  }
  if (f.enabledByDefault) return [];
  return [{ message: `${f.what}: ${name} is not set and the chart's default is false (${f.source}): pod traffic between nodes crosses the provider's private network unencrypted.`, fix }];
}
