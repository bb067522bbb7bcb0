import { ListenerFact, ListenerStep, ListenerStepFact, RedirectFact } from '../../../catalog/facts/transit';
import { blocks, referencesIn } from '../../model/expressions';
import { ResourceView, RuleContext } from '../../model/view';
import { RuleViolation } from '../../types';
import { fill, matches, referencedOfType } from '../catalog-facts';
import { flagOf, includesPort80, isSet, literalOf, lower, unknownValue } from './shared';

// ---------------------------------------------------------------------------------------------
// Load-balancer listeners, frontends and forwarding rules, as the catalog describes them
// (`encryptionInTransit.listener`: protocol, port, TLS, redirects, and the steps that judge them)
// ---------------------------------------------------------------------------------------------

function port80(what: string, attribute: string): RuleViolation {
  return {
    message: `The ${what} forwards TCP port 80 without TLS: plain HTTP reaches the backend.`,
    attribute,
    fix: 'Serve HTTPS (port 443 with TLS) instead; if the backend only redirects port 80 to HTTPS, suppress this finding with that reason.',
  };
}

/** One listener: the resource itself, or one of its listener blocks. */
interface Unit {
  readonly body: Record<string, unknown>;
  /** Argument paths of findings (`listeners.port` for blocks). */
  readonly prefix: string;
  /** Whether it is a block (presence of a value is `isSet`) or the resource (`has`). */
  readonly block: boolean;
}

function redirects(r: ResourceView, unit: Unit, facts: RedirectFact[] | undefined, context: RuleContext): boolean {
  for (const fact of facts ?? []) {
    if (fact.childTypes) {
      if (r.children.some((c) => fact.childTypes!.includes(c.resourceType) && matches(fact.match, c.attributes, context))) return true;
    } else if (fact.referencedBy) {
      const ref = unit.body[fact.referencedBy];
      const target = typeof ref === 'string'
        ? referencesIn(ref).map((x) => context.find(x.address)).find((t) => !!t && (!fact.referencedType || t.resourceType === fact.referencedType))
        : undefined;
      if (target && matches(fact.match, target.attributes, context)) return true;
    } else if (matches(fact.match, unit.body, context)) {
      return true;
    }
  }
  return false;
}

function applies(step: ListenerStepFact, protocol: string | undefined): boolean {
  if (!step.protocols) return true;
  const listed = protocol !== undefined && step.protocols.includes(protocol);
  return step.exceptProtocols ? !listed : listed;
}

/** The verdict of one listener: findings, or undefined when it passes. */
function judgeUnit(r: ResourceView, unit: Unit, f: ListenerFact, context: RuleContext): RuleViolation[] {
  const body = unit.body;
  let protocol: string | undefined;
  let backend: ResourceView | undefined;
  const rawProtocol = f.protocol ? body[f.protocol] : undefined;
  if (f.protocolFrom) {
    backend = referencedOfType(body[f.protocolFrom.reference], f.protocolFrom.resourceType, context);
    protocol = backend ? lower(context, backend.attribute(f.protocolFrom.argument)) : undefined;
  } else if (f.protocol) {
    protocol = lower(context, rawProtocol);
    const d = f.protocolDefault;
    if (protocol === undefined && d && rawProtocol === undefined && present(body[d.whenSet]) && !present(body[d.unlessSet])) protocol = d.value;
  }
  const portText = () => String(literalOf(context, body[f.port]) ?? '?');
  let state = '';
  for (const step of f.steps) {
    switch (step.step) {
      case ListenerStep.UNKNOWN_PROTOCOL: {
        if (protocol !== undefined || !f.protocol) break;
        const written = unit.block ? isSet(rawProtocol) : f.protocolDefault ? rawProtocol !== undefined : present(rawProtocol);
        return written ? [unknownValue(`${unit.prefix}${f.protocol}`, rawProtocol)] : [];
      }
      case ListenerStep.PASS_IF_TLS: {
        if ((step.arguments ?? []).some((a) => isSet(body[a]))) return [];
        if (step.childTypes && r.children.some((c) => step.childTypes!.includes(c.resourceType))) return [];
        if (step.tlsFlag) {
          const s = flagOf(body[step.tlsFlag], literalOf(context, body[step.tlsFlag]));
          if (s === 'true') return [];
          if (s === 'unknown') return [unknownValue(`${unit.prefix}${step.tlsFlag}`, body[step.tlsFlag])];
          state = s === 'absent' ? step.absentText ?? 'not set' : 'false';
        }
        break;
      }
      case ListenerStep.PASS_IF_REDIRECT:
        if (redirects(r, unit, step.redirects, context)) return [];
        break;
      case ListenerStep.PLAIN_IF_PROTOCOL:
        if (!applies(step, protocol)) break;
        if (redirects(r, unit, step.redirects, context)) return [];
        return [{
          message: fill(step.message!, { port: step.message!.includes('{port}') ? portText() : '', state, backend: backend?.address ?? '' }),
          attribute: step.attribute,
          fix: step.fix,
        }];
      case ListenerStep.PORT80_IF_PROTOCOL:
        if (!applies(step, protocol)) break;
        return includesPort80(context, body[f.port]) ? [port80(f.what, `${unit.prefix}${f.port}`)] : [];
      default:
        break;
    }
  }
  return [];
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** A load-balancer listener (or each of a resource's listener blocks). */
export function listener(r: ResourceView, context: RuleContext, f: ListenerFact): RuleViolation[] {
  if (!f.blocks) return judgeUnit(r, { body: r.attributes as Record<string, unknown>, prefix: '', block: false }, f, context);
  const out: RuleViolation[] = [];
  for (const body of blocks(r.values(f.blocks))) {
    const found = judgeUnit(r, { body, prefix: `${f.blocks}.`, block: true }, f, context);
    if (f.oneFinding && found.length > 0) return found;
    out.push(...found);
  }
  return out;
}
