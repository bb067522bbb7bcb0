/**
 * Transfers the configuration declares: egress NetworkPolicies written by this library carry
 * their destinations in an annotation, `cidr=CC` or `cidr=CC (outside <jurisdiction>: <reason>)`,
 * the reason being the GDPR Chapter V safeguard given as `transferReason`.
 * @internal
 */
import { Countries } from '../../core/countries';
import { RuleContext } from '../model/view';
import { Transfer } from './model';

/** The annotation of egress destinations (see lib/kubernetes/policies.ts). @internal */
export const EGRESS_ANNOTATION = 'cdktf-sovereign.org/egress-destinations';

const ENTRY = /^\s*(\S+)=([A-Za-z]{2})(?:\s+\(outside [^:]*:\s*(.*)\))?\s*$/;

/** Egress destinations outside the EEA with their stated safeguard. @internal */
export function egressTransfers(context: RuleContext): Transfer[] {
  const out: Transfer[] = [];
  for (const r of context.resources()) {
    const raw = r.attribute('metadata.annotations');
    const annotations = (Array.isArray(raw) ? raw[0] : raw) as Record<string, unknown> | undefined;
    const value = annotations?.[EGRESS_ANNOTATION];
    if (typeof value !== 'string') continue;
    for (const entry of value.split(';')) {
      const m = ENTRY.exec(entry);
      if (!m) continue;
      const country = m[2].toUpperCase();
      if (Countries.isEea(country)) continue;
      out.push({
        country,
        what: `egress to ${m[1]}`,
        address: r.address,
        safeguard: m[3] ? `stated transfer reason: ${m[3]}` : 'none stated (the destination is within the policy\'s jurisdiction, e.g. an adequate country)',
      });
    }
  }
  return out;
}
