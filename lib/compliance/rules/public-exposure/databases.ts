import { AllowListEntryFact, AllowListFact } from '../../../catalog/facts/exposure';
import { ResourceView, RuleContext } from '../../model/view';
import { RuleViolation } from '../../types';
import { matches } from '../catalog-facts';
import { flag, Reach, resolve, sourceOf, text } from './shared';

// ---------------------------------------------------------------------------------------
// Managed databases: IP allow lists
// ---------------------------------------------------------------------------------------

const DB_FIX = 'List only the address ranges of your application servers and administrators in the allow list (never 0.0.0.0/0 or ::/0), or reach the database over a private network.';

/**
 * Allow-list entries that admit the whole internet, or that cannot be verified before apply.
 * Absent or empty lists are judged by each handler, because the providers' defaults differ.
 */
function openEntries(values: unknown[], context: RuleContext, attribute: string, what: string, fix = DB_FIX, absentMeansAny = false): RuleViolation[] {
  const source = absentMeansAny
    ? { reach: Reach.ANY, text: 'every address (not set: the provider\'s default allows 0.0.0.0/0)' }
    : sourceOf(values, context, false);
  if (!source || source.reach === Reach.RESTRICTED) return [];
  return [{
    message: source.reach === Reach.ANY
      ? `${attribute} admits ${source.text}: ${what} accepts connections from any address on the internet.`
      : `${attribute} (${source.text}) cannot be verified before apply; ${what} may be open to the internet.`,
    attribute,
    fix,
  }];
}

/** A comma-separated CIDR string (one argument holding several CIDRs), split once its value is known. */
function commaSeparated(raw: unknown, context: RuleContext): unknown[] {
  const v = resolve(raw, context);
  if (typeof v !== 'string' || v.includes('${')) return v === undefined || v === null ? [] : [v];
  return v.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

function entryValues(r: ResourceView, e: AllowListEntryFact, context: RuleContext): unknown[] {
  return e.commaSeparated ? commaSeparated(r.attribute(e.values), context) : r.values(e.values);
}

/** A database's allow lists, unless a private network or access scope keeps it off the internet. */
export function judgeAllowList(r: ResourceView, c: RuleContext, f: AllowListFact): RuleViolation[] {
  const body = r.attributes as Record<string, unknown>;
  if ((f.privateWhen ?? []).some((m) => matches(m, body, c))) return [];
  if (f.privateParentType) {
    const parent = r.parents.find((p) => p.resourceType === f.privateParentType);
    if (parent && f.privateParentWhen && matches(f.privateParentWhen, parent.attributes, c)) return [];
  }
  const fix = f.fix ?? DB_FIX;
  if (f.childType) {
    if (r.childrenOfType(f.childType).length > 0) return [];
    return [{ message: f.missingChildMessage!, attribute: f.missingChildAttribute, fix }];
  }
  const absent = (e: AllowListEntryFact) => e.absentMeansAny === true && (r.attribute(e.values) === undefined || r.attribute(e.values) === null);
  const open = () => f.entries.flatMap((e) => openEntries(entryValues(r, e, c), c, e.attribute, e.what, fix, absent(e)));
  const s = f.publicSwitch;
  if (!s) return open();
  // Only a public endpoint combined with an open (or unverifiable) list reaches the internet.
  const publicAccess = flag(r, s.argument, s.absent);
  if (publicAccess === false) return [];
  const found = open();
  if (found.length === 0 || publicAccess === true) return found.map((v) => ({ ...v, message: `${s.argument} = true and ${v.message}` }));
  const first = f.entries[0];
  return [{
    message: `${s.argument} (${text(r.attribute(s.argument))}) cannot be verified before apply and ${first.attribute} is not restricted to known addresses; ${first.what} may be open to the internet.`,
    attribute: s.argument,
    fix,
  }];
}
