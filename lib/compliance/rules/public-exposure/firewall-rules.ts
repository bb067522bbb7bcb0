import { RuleContext } from '../../model/view';
import { RuleViolation } from '../../types';
import { ADMIN_PORTS, covers, describePorts, lower, Ports, Proto, Reach, Source } from './shared';

// ---------------------------------------------------------------------------------------
// Firewall rules normalized across providers, and how a list of them is judged
// ---------------------------------------------------------------------------------------

/** One inbound allow/deny rule, normalized across providers. */
export interface FirewallRule {
  /** The argument path of the rule (`rule[1]`), empty for a resource that is one rule. */
  readonly attribute: string;
  /** Accept (true), drop (false) or unknown (undefined). */
  readonly allow: boolean | undefined;
  readonly source: Source | undefined;
  readonly protocol: Proto;
  readonly ports: Ports;
  /** Whether the rule is written on the resource being judged (ordered lists span resources). */
  readonly own: boolean;
}

const FIREWALL_FIX = 'Restrict the source to known address ranges (office, VPN or bastion), or reach the service through a private network.';

function ruleLabel(rule: FirewallRule): string {
  return rule.attribute ? `${rule.attribute} ` : '';
}

/** Rules judged one by one (allow-only rule sets: AWS, OpenStack, Hetzner, IONOS, …). */
export function judgeRules(rules: FirewallRule[]): RuleViolation[] {
  const out: RuleViolation[] = [];
  for (const rule of rules) {
    if (rule.allow === false || !rule.source || rule.source.reach === Reach.RESTRICTED) continue;
    if (rule.protocol !== Proto.TCP && rule.protocol !== Proto.ALL && rule.protocol !== Proto.UNKNOWN) continue;
    const label = ruleLabel(rule);
    if ('unknown' in rule.ports) {
      if (rule.source.reach === Reach.ANY) {
        out.push({ message: `${label}admits ${rule.source.text} on ports ${rule.ports.unknown}, which cannot be verified before apply.`, attribute: rule.attribute || undefined, fix: FIREWALL_FIX });
      }
      continue;
    }
    const hits = ADMIN_PORTS.filter(([p]) => covers(rule.ports, p));
    if (hits.length === 0) continue;
    const what = describePorts(rule.protocol === Proto.UNKNOWN ? Proto.ALL : rule.protocol, rule.ports, hits);
    if (rule.source.reach === Reach.UNKNOWN) {
      out.push({ message: `${label}opens ${what} to ${rule.source.text}, which cannot be verified before apply.`, attribute: rule.attribute || undefined, fix: FIREWALL_FIX });
    } else if (rule.allow === undefined || rule.protocol === Proto.UNKNOWN) {
      out.push({ message: `${label}may open ${what} to ${rule.source.text}: its ${rule.allow === undefined ? 'action' : 'protocol'} cannot be verified before apply.`, attribute: rule.attribute || undefined, fix: FIREWALL_FIX });
    } else {
      out.push({ message: `${label}opens ${what} to ${rule.source.text}.`, attribute: rule.attribute || undefined, fix: FIREWALL_FIX });
    }
  }
  return out;
}

interface DefaultPolicy {
  /** Accept (true), drop (false), unknown (undefined). */
  readonly accept: boolean | undefined;
  readonly attribute: string;
  readonly description: string;
  readonly own: boolean;
}

/**
 * Rules evaluated in order, first match wins, then the default policy (Scaleway security
 * groups, UpCloud firewalls, Azure NSGs by priority). Traffic from an arbitrary internet
 * address matches only rules whose source is "any".
 */
export function judgeOrdered(rules: FirewallRule[], fallback: DefaultPolicy | undefined): RuleViolation[] {
  const decided = new Map<FirewallRule | DefaultPolicy, { ports: Array<readonly [number, string]>; unknown: boolean }>();
  for (const admin of ADMIN_PORTS) {
    let decider: FirewallRule | DefaultPolicy | undefined;
    let unknown = false;
    for (const rule of rules) {
      if (!rule.source || rule.source.reach === Reach.RESTRICTED) continue;
      if (rule.protocol !== Proto.TCP && rule.protocol !== Proto.ALL && rule.protocol !== Proto.UNKNOWN) continue;
      const c = covers(rule.ports, admin[0]);
      if (c === false) continue;
      decider = rule;
      unknown = c === undefined || rule.source.reach === Reach.UNKNOWN || rule.protocol === Proto.UNKNOWN || rule.allow === undefined;
      break;
    }
    if (!decider && fallback) {
      decider = fallback;
      unknown = fallback.accept === undefined;
    }
    if (!decider) continue;
    const accepts = 'allow' in decider ? decider.allow !== false : decider.accept !== false;
    if (!accepts && !unknown) continue;
    const entry = decided.get(decider) ?? { ports: [], unknown: false };
    entry.ports.push(admin);
    entry.unknown = entry.unknown || unknown;
    decided.set(decider, entry);
  }
  const out: RuleViolation[] = [];
  for (const [decider, { ports, unknown }] of decided) {
    if (!decider.own) continue;
    const every = ports.length === ADMIN_PORTS.length;
    const names = every ? 'every administrative and database port' : ports.map(([p, n]) => `${p} (${n})`).join(', ');
    if ('allow' in decider) {
      const label = ruleLabel(decider);
      const src = decider.source!.text;
      out.push({
        message: unknown
          ? `${label}may admit ${src} on ${names}; its source, ports or action cannot be verified before apply.`
          : `${label}opens ${names} to ${src}.`,
        attribute: decider.attribute || undefined,
        fix: FIREWALL_FIX,
      });
    } else {
      out.push({
        message: unknown
          ? `${decider.description} cannot be verified before apply; if it accepts, ${names} ${every || ports.length === 1 ? 'is' : 'are'} reachable from the internet.`
          : `${decider.description} accepts traffic no rule drops, so ${names} ${every || ports.length === 1 ? 'is' : 'are'} reachable from any address.`,
        attribute: decider.attribute,
        fix: 'Set the default inbound policy to drop and accept only the ports and sources the workload needs.',
      });
    }
  }
  return out;
}

/** Whether a rule's direction is inbound (unknown counts as inbound: fail closed). */
export function inbound(value: unknown, context: RuleContext, inboundWords: string[], absent: boolean): boolean {
  if (value === undefined || value === null) return absent;
  const d = lower(value, context);
  return d === undefined || inboundWords.includes(d);
}

export function acceptOf(value: unknown, context: RuleContext, acceptWords: string[], absent: boolean | undefined): boolean | undefined {
  if (value === undefined || value === null) return absent;
  const a = lower(value, context);
  return a === undefined ? undefined : acceptWords.includes(a);
}
