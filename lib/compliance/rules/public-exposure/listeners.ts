import { ListenerExposureFact } from '../../../catalog/facts/exposure';
import { ResourceView, RuleContext } from '../../model/view';
import { RuleViolation } from '../../types';
import { matches, referencedOfType, restsOn } from '../catalog-facts';
import { ADMIN_PORTS } from './shared';

/*
 * Load balancer listeners (catalog `publicExposure.listener`): a listener on the load
 * balancer's public address that forwards SSH, RDP or a database port with nothing filtering
 * its sources. The finding sits on the listener, whose port (or ACL) is the fix.
 */

/** A port as Terraform knows it before apply (numbers, numeric strings, variables with defaults); undefined otherwise. */
function portOf(value: unknown, context: RuleContext): number | undefined {
  const v = typeof value === 'string' ? context.literal(value) : value;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined;
  return n !== undefined && Number.isInteger(n) ? n : undefined;
}

/** The load balancer of a listener: its parent of the catalog's type. */
function loadBalancerOf(r: ResourceView, f: ListenerExposureFact): ResourceView | undefined {
  return (r.parentRecords as ResourceView[]).find((p) => p.resourceType === f.loadBalancerType);
}

/** @internal */
export function judgeListener(r: ResourceView, context: RuleContext, f: ListenerExposureFact): RuleViolation[] {
  const listen = portOf(r.attribute(f.port), context);
  const backend = f.targetPort ? referencedOfType(r.attributes[f.targetPort.reference], f.targetPort.resourceType, context) : undefined;
  const target = f.targetPortArgument !== undefined ? portOf(r.attribute(f.targetPortArgument), context)
    : backend && f.targetPort ? portOf(backend.attribute(f.targetPort.argument), context) : undefined;
  const hits = ADMIN_PORTS.filter(([p]) => p === listen || p === target);
  if (hits.length === 0) return [];
  // Any source filter: the provider applies its rules (not judged here).
  if ((f.filterBlocks ?? []).some((b) => r.values(b).some((v) => v !== null && v !== false && v !== 'false'))) return [];
  if ((f.filterChildTypes ?? []).some((t) => r.childrenOfType(t).length > 0)) return [];
  const lb = loadBalancerOf(r, f);
  // A load balancer outside this configuration: where it is reachable from is not known here.
  if (!lb) return [];
  const body = lb.attributes as Record<string, unknown>;
  if ((f.privateWhen ?? []).some((m) => matches(m, body, context))) return [];
  if (f.privateChildType && lb.childrenOfType(f.privateChildType).some((c) => !f.privateChildWhen || matches(f.privateChildWhen, c.attributes, context))) return [];
  const certain = (f.publicWhen ?? []).some((m) => matches(m, body, context));
  const services = hits.map(([p, name]) => `${p} (${name})`).join(' and ');
  const ports = listen === target || target === undefined ? `port ${listen}` : `port ${listen} to port ${target}${backend ? ` of ${backend.address}` : ''}`;
  return [{
    message: `The ${f.what} forwards ${ports} from the public address of ${lb.address} with nothing filtering its sources: anyone on the internet can reach ${services} on the servers behind it.`,
    attribute: f.port,
    fix: f.fix ?? 'Add an allow list of known source ranges, or reach the service through a VPN or bastion instead of the load balancer.',
    ...(certain ? {} : restsOn({ verified: f.defaultPublicVerified, fact: `${lb.resourceType} has a public address unless configured otherwise`, source: f.defaultPublicSource })),
  }];
}
