import { FirewallFact, Presence, RuleProtocol, RuleSwitchFact } from '../../../catalog/facts/exposure';
import { getPath } from '../../model/expressions';
import { ResourceView, RuleContext } from '../../model/view';
import { RuleViolation } from '../../types';
import { typeFact } from '../catalog-facts';
import { acceptOf, FirewallRule, inbound, judgeOrdered, judgeRules } from './firewall-rules';
import {
  ALL_PORTS, blocksAt, classifyAddress, Ports, portsFromList, portsFromRange, Proto, protocolOf, Reach, resolve, Source, sourceOf, text,
} from './shared';

// ---------------------------------------------------------------------------------------
// Firewalls and security groups: rules read as the catalog describes them
// (`publicExposure.firewall`: direction, action, source, protocol, ports, order, default policy)
// ---------------------------------------------------------------------------------------

const PROTOCOLS: Record<RuleProtocol, Proto> = {
  [RuleProtocol.TCP]: Proto.TCP,
  [RuleProtocol.UDP]: Proto.UDP,
  [RuleProtocol.ALL]: Proto.ALL,
  [RuleProtocol.UNKNOWN]: Proto.UNKNOWN,
};

function written(value: unknown, presence: Presence | undefined): boolean {
  switch (presence ?? Presence.PRESENT) {
    case Presence.DEFINED: return value !== undefined;
    case Presence.NON_EMPTY: return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
    default: return value !== undefined && value !== null;
  }
}

/** A boolean-ish value: true, false, or undefined when unknown before apply (absent → `absent`). */
function flagValue(raw: unknown, context: RuleContext, absent: boolean | undefined): boolean | undefined {
  if (raw === undefined || raw === null) return absent;
  const v = context.literal(raw);
  if (v === true || v === 'true') return true;
  if (v === false || v === 'false') return false;
  return undefined;
}

function switchedOff(raw: unknown, context: RuleContext, s: RuleSwitchFact): boolean {
  if (s.literalOnly) return resolve(raw, context) === s.offWhen;
  return flagValue(raw, context, s.absent) === s.offWhen;
}

function sourceOfRule(f: FirewallFact, block: Record<string, unknown>, resource: Record<string, unknown>, context: RuleContext): Source | undefined {
  const s = f.peer;
  const body = s.atResource ? resource : block;
  const cidrs = s.cidrs.map((p) => getPath(body, p));
  const cidrWritten = cidrs.some((v) => written(v, s.cidrPresence));
  const groupWritten = (s.groups ?? []).some((p) => written(getPath(body, p), s.groupPresence)) || (s.groupFlags ?? []).some((p) => getPath(body, p) === true);
  if (!cidrWritten && (groupWritten || s.noCidrMeansGroup)) return { reach: Reach.RESTRICTED, text: s.groupText ?? 'a security group' };
  if (!cidrWritten && s.rangeStart && s.rangeEnd) {
    // An address range: both ends absent is every source; ranges that cover every address are "any".
    const start = resolve(getPath(body, s.rangeStart), context);
    const end = resolve(getPath(body, s.rangeEnd), context);
    if (start === undefined && end === undefined) return { reach: Reach.ANY, text: 'any source (none set)' };
    if (typeof start === 'string' && typeof end === 'string' && !start.includes('${') && !end.includes('${')) {
      const range = `${start.trim().toLowerCase()}-${end.trim().toLowerCase()}`;
      return { reach: (s.anyRanges ?? []).includes(range) ? Reach.ANY : Reach.RESTRICTED, text: `${start}-${end}` };
    }
    return { reach: classifyAddress(text(start ?? end)), text: `${text(start)}-${text(end)}` };
  }
  return sourceOf(cidrs, context, s.absentMeansAny);
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

function portsOfRule(f: FirewallFact, block: Record<string, unknown>, protocol: Proto, context: RuleContext): Ports {
  const p = f.ports;
  if (p.allWhenAllProtocols && protocol === Proto.ALL) return ALL_PORTS;
  if (p.list) return portsFromList(p.list.flatMap((a) => listOf(getPath(block, a))), context);
  if (p.firstOf) {
    const first = p.firstOf.find((a) => written(getPath(block, a), Presence.PRESENT)) ?? p.firstOf[p.firstOf.length - 1];
    return portsFromList(listOf(getPath(block, first)), context);
  }
  return portsFromRange(p.min ? getPath(block, p.min) : undefined, p.max ? getPath(block, p.max) : undefined, context, p.zeroMeansAll ?? false);
}

/** One rule, normalized; undefined when it is not an inbound rule that is switched on. */
function readRule(f: FirewallFact, block: Record<string, unknown>, resource: Record<string, unknown>, attribute: string, own: boolean, context: RuleContext): FirewallRule | undefined {
  if (f.direction && !inbound(getPath(block, f.direction.path), context, f.direction.words, f.direction.absent ?? false)) return undefined;
  if (f.offSwitch && !f.offSwitch.atResource && switchedOff(getPath(block, f.offSwitch.path), context, f.offSwitch)) return undefined;
  const raw = f.protocol.arguments.map((a) => getPath(block, a)).find((v) => v !== undefined && v !== null);
  const protocol = protocolOf(raw, context, PROTOCOLS[f.protocol.absent]);
  return {
    attribute,
    allow: f.action ? acceptOf(getPath(block, f.action.path), context, f.action.words, f.action.absent) : true,
    source: sourceOfRule(f, block, resource, context),
    protocol,
    ports: portsOfRule(f, block, protocol, context),
    own,
  };
}

/** The rules of a resource, in order (by priority where the catalog names one). */
function rulesOf(r: ResourceView, f: FirewallFact, own: boolean, context: RuleContext): FirewallRule[] {
  const body = r.attributes as Record<string, unknown>;
  if (f.offSwitch?.atResource && switchedOff(getPath(body, f.offSwitch.path), context, f.offSwitch)) return [];
  if (!f.rules) {
    const rule = readRule(f, body, body, '', own, context);
    return rule ? [rule] : [];
  }
  let list = blocksAt(r, f.rules).map((b, i) => ({ b, i }));
  if (f.priority) {
    const priority = f.priority;
    list = list.map((x) => ({ ...x, p: Number(resolve(x.b[priority], context)) }))
      .sort((x, y) => (Number.isFinite(x.p) ? x.p : 0) - (Number.isFinite(y.p) ? y.p : 0));
  }
  return list.map(({ b, i }) => readRule(f, b, body, `${f.rules}[${i}]`, own, context)).filter((x): x is FirewallRule => x !== undefined);
}

function firewallOf(r: ResourceView): FirewallFact | undefined {
  return typeFact(r.resourceType)?.publicExposure?.firewall;
}

/** The rules that child rule resources add to a group. */
function childRules(group: ResourceView, f: FirewallFact, own: (child: ResourceView) => boolean, context: RuleContext): FirewallRule[] {
  const out: FirewallRule[] = [];
  for (const type of f.ruleResources ?? []) {
    for (const child of group.childrenOfType(type)) {
      const cf = firewallOf(child);
      if (cf) out.push(...rulesOf(child, cf, own(child), context));
    }
  }
  return out;
}

/** A firewall, security group or rule resource. */
export function judgeFirewall(r: ResourceView, c: RuleContext, f: FirewallFact): RuleViolation[] {
  if (f.groupType) {
    // A rule resource joins its group: the group's rules, its siblings' and the group's default policy decide.
    const group = r.parents.find((p) => p.resourceType === f.groupType);
    const gf = group ? firewallOf(group) : undefined;
    if (!group || !gf) return judgeOrdered(rulesOf(r, f, true, c), undefined);
    const rules = [...rulesOf(group, gf, false, c), ...childRules(group, gf, (child) => child === r, c)];
    const policy = gf.defaultPolicy;
    return judgeOrdered(rules, policy ? { accept: acceptOf(group.attribute(policy.argument), c, policy.acceptWords, policy.absentAccepts), attribute: '', description: '', own: false } : undefined);
  }
  const rules = [...rulesOf(r, f, true, c), ...childRules(r, f, () => false, c)];
  if (!f.ordered) return judgeRules(rules);
  const policy = f.defaultPolicy;
  return judgeOrdered(rules, policy ? {
    accept: acceptOf(r.attribute(policy.argument), c, policy.acceptWords, policy.absentAccepts),
    attribute: policy.argument,
    description: `${policy.argument} ${r.has(policy.argument) ? `"${text(r.attribute(policy.argument))}"` : policy.absentText}`,
    own: true,
  } : undefined);
}
