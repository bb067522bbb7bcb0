import { FirewallSwitchFact, PublicAddressFact, PublicNetworkFact } from '../../../catalog/facts/exposure';
import { blocks, getPath, referencesIn } from '../../model/expressions';
import { ResourceView, RuleContext } from '../../model/view';
import { RuleViolation } from '../../types';
import { matches } from '../catalog-facts';

// ---------------------------------------------------------------------------------------
// Servers and NICs with the provider's firewall switched off on an interface that faces the
// internet (`publicExposure.firewallSwitch`: the switch, the interfaces, what makes one public)
// ---------------------------------------------------------------------------------------

/** Literal false, true, or undefined (absent or unknown before apply). */
function switchValue(raw: unknown, context: RuleContext): boolean | undefined {
  if (raw === undefined || raw === null) return undefined;
  const v = typeof raw === 'string' && raw.includes('${') ? context.literal(raw) : raw;
  if (v === false || v === 'false') return false;
  if (v === true || v === 'true') return true;
  return undefined;
}

type Facing = 'public' | 'private' | 'unknown';

function facing(iface: Record<string, unknown>, f: { readonly publicWhen?: FirewallSwitchFact['publicWhen']; readonly publicNetwork?: PublicNetworkFact }, context: RuleContext): { facing: Facing; via?: string } {
  if (f.publicWhen && matches(f.publicWhen, iface, context)) return { facing: 'public' };
  const n = f.publicNetwork;
  if (!n) return { facing: 'private' };
  const raw = getPath(iface, n.reference);
  if (raw === undefined || raw === null) return { facing: 'unknown' };
  const ref = typeof raw === 'string' ? referencesIn(raw).find((r) => r.address.startsWith(`${n.resourceType}.`)) : undefined;
  const network = ref ? context.find(ref.address) : undefined;
  if (!network) return { facing: 'unknown', via: typeof raw === 'string' ? raw : JSON.stringify(raw) };
  return { facing: matches(n.match, network.attributes as Record<string, unknown>, context) ? 'public' : 'private', via: network.address };
}

/** A resource another one makes public (a floating IP associated with a port). */
function attached(r: ResourceView, f: FirewallSwitchFact, c: RuleContext): { facing: Facing; via?: string } | undefined {
  for (const a of f.publicAttachments ?? []) {
    for (const other of c.resourcesOfType(a.resourceType)) {
      const raw = other.attribute(a.reference);
      if (typeof raw === 'string' && referencesIn(raw).some((ref) => ref.address === r.address)) return { facing: 'public', via: other.address };
    }
  }
  return f.publicAttachments && !f.publicWhen && !f.publicNetwork ? { facing: 'private' } : undefined;
}

/** A server or NIC whose firewall is switched off on an interface that faces the internet. */
export function judgeFirewallSwitch(r: ResourceView, c: RuleContext, f: FirewallSwitchFact): RuleViolation[] {
  const body = r.attributes as Record<string, unknown>;
  const interfaces = f.interfaces ? blocks(r.values(f.interfaces)) : [body];
  const resourceOff = f.atResource ? switchValue(getPath(body, f.argument), c) === false : false;
  if (f.atResource && !resourceOff) return [];
  const out: RuleViolation[] = [];
  interfaces.forEach((iface, i) => {
    if (!f.atResource && switchValue(getPath(iface, f.argument), c) !== false) return;
    const where = f.interfaces ? `${f.interfaces}[${i}]` : 'the NIC';
    const attribute = f.atResource ? f.argument : f.interfaces ? `${f.interfaces}[${i}].${f.argument}` : f.argument;
    const side = f.interfaces ? facing(iface, f, c) : attached(r, f, c) ?? facing(iface, f, c);
    if (side.facing === 'private') return;
    if (side.facing === 'unknown') {
      out.push({
        message: `${attribute} = false, and whether ${where} faces the internet cannot be verified before apply${side.via ? ` (its network is ${side.via})` : ''}: if it does, ${f.consequence}.`,
        attribute,
        fix: f.fix,
        dependsOnUnverifiedFact: !f.verified,
      });
      return;
    }
    out.push({
      message: `${attribute} = false on ${where}, which faces the internet${side.via ? ` (${side.via})` : ''}: ${f.consequence}.`,
      attribute,
      fix: f.fix,
      dependsOnUnverifiedFact: !f.verified,
    });
  });
  if (!f.atResource) return out;
  // One switch, one finding: a public interface decides before one that cannot be verified.
  const definite = out.find((v) => !v.message.includes('cannot be verified'));
  return definite ? [definite] : out.slice(0, 1);
}



/** A server that holds personal data (its classification labels) with a public address. */
export function judgePublicAddress(r: ResourceView, c: RuleContext, f: PublicAddressFact): RuleViolation[] {
  if (!r.holdsPersonalData) return [];
  const body = r.attributes as Record<string, unknown>;
  let reason: string | undefined;
  if (f.publicUnless && !matches(f.publicUnless, body, c)) reason = f.what;
  if (!reason && (f.publicWhen ?? []).some((m) => matches(m, body, c))) reason = f.what;
  if (!reason && f.interfaces && f.publicNetwork) {
    const pub = blocks(r.values(f.interfaces)).map((iface) => facing(iface, { publicNetwork: f.publicNetwork }, c)).find((x) => x.facing === 'public');
    if (pub) reason = `${f.what}${pub.via ? ` (${pub.via})` : ''}`;
  }
  if (!reason) return [];
  return [{
    message: `The server holds personal data (data classification "${r.dataClassification ?? 'personal'}") and has a public address: ${reason}. It is reachable from the internet directly, not through a named entry point.`,
    attribute: f.attribute,
    fix: 'Give the server no public address and reach it through a private network, behind a load balancer, gateway or VPN that is the one named public entry point.',
    dependsOnUnverifiedFact: !f.verified,
  }];
}
