import { ApiAccessStep, ApiAccessStepFact } from '../../../catalog/facts/exposure';
import { ResourceView, RuleContext } from '../../model/view';
import { RuleViolation } from '../../types';
import { fill } from '../catalog-facts';
import { flag, lower, Reach, resolve, sourceOf, text } from './shared';

// ---------------------------------------------------------------------------------------
// Kubernetes API servers
// ---------------------------------------------------------------------------------------

const API_FIX = 'Restrict the Kubernetes API to the address ranges of your administrators and CI (VPN, bastion), or make the endpoint private.';

/** An allow list: violation when absent, empty, open to any, or unknown. */
function allowList(r: ResourceView, c: RuleContext, path: string, emptyMeans: 'open' | 'closed', what: string): RuleViolation[] {
  const raw = r.attribute(path);
  const list = resolve(raw, c);
  if (raw === undefined || raw === null) {
    return [{ message: `${what} has no ${path}, so the Kubernetes API accepts connections from any address.`, attribute: path, fix: API_FIX }];
  }
  if (Array.isArray(list) && list.length === 0) {
    return emptyMeans === 'open'
      ? [{ message: `${what} has an empty ${path}, so the Kubernetes API accepts connections from any address.`, attribute: path, fix: API_FIX }]
      : [];
  }
  const source = sourceOf([list], c, false);
  if (!source || source.reach === Reach.RESTRICTED) return [];
  return [{
    message: source.reach === Reach.ANY
      ? `${path} admits ${source.text}: the Kubernetes API is open to the internet.`
      : `${path} (${source.text}) cannot be verified before apply; the Kubernetes API may be open to the internet.`,
    attribute: path,
    fix: API_FIX,
  }];
}

/** CIDR entries that admit any address or cannot be verified. */
function cidrEntries(r: ResourceView, c: RuleContext, step: ApiAccessStepFact): RuleViolation[] {
  const values = r.values(step.values!).filter((v) => v !== undefined && v !== null);
  const source = sourceOf(values, c, false);
  if (!source || source.reach === Reach.RESTRICTED) return [];
  return [{
    message: fill(source.reach === Reach.ANY ? step.message! : step.unknownMessage!, { sources: source.text }),
    attribute: step.attribute ?? step.values,
    fix: step.fix ?? API_FIX,
  }];
}

/** The finding of a step that failed (no closure per step and resource). */
function stepFinding(step: ApiAccessStepFact, message: string | undefined): RuleViolation {
  return { message: message ?? '', attribute: step.attribute ?? step.argument ?? '', fix: step.fix ?? API_FIX };
}

/** A managed Kubernetes API server, judged by the catalog's steps: the first step with a verdict ends the check. */
export function judgeApiAccess(r: ResourceView, c: RuleContext, steps: ApiAccessStepFact[]): RuleViolation[] {
  const out: RuleViolation[] = [];
  for (const step of steps) {
    const argument = step.argument ?? '';
    switch (step.step) {
      case ApiAccessStep.PASS_IF_FLAG: {
        const v = flag(r, argument, step.absent ?? false);
        if (v === (step.passWhen ?? true)) return out;
        if (v === undefined && step.unknownMessage) return [...out, { message: step.unknownMessage, attribute: step.attribute ?? argument, fix: step.fix ?? API_FIX }];
        break;
      }
      case ApiAccessStep.PASS_IF_VALUE:
        if (lower(r.attribute(argument), c) === step.equalTo) return out;
        break;
      case ApiAccessStep.REQUIRE_FLAG: {
        const v = flag(r, argument, step.absent ?? false);
        if (v === undefined) return [...out, { message: step.unknownMessage!, attribute: argument, fix: API_FIX }];
        if (!v) return [...out, stepFinding(step, step.message)];
        break;
      }
      case ApiAccessStep.REQUIRE_CHILD:
        if ((step.childTypes ?? []).some((t) => r.childrenOfType(t).length > 0)) return out;
        return [...out, { message: step.message!, fix: step.fix ?? API_FIX }];
      case ApiAccessStep.REQUIRE_SET:
        if (!r.has(argument)) return [...out, stepFinding(step, step.message)];
        break;
      case ApiAccessStep.FINDING_UNLESS_FALSE:
        if (flag(r, argument, step.absent ?? false) !== false) out.push(stepFinding(step, step.message));
        break;
      case ApiAccessStep.PUBLIC_IF_SET:
        return r.has(argument) ? [...out, stepFinding(step, step.message && fill(step.message, { value: text(r.attribute(argument)) }))] : out;
      case ApiAccessStep.ALWAYS_PUBLIC:
        return [...out, { message: step.message!, fix: step.fix ?? API_FIX }];
      case ApiAccessStep.ALLOW_LIST: {
        const path = step.legacyArgument && !r.has(argument) && r.has(step.legacyArgument) ? step.legacyArgument : argument;
        return [...out, ...allowList(r, c, path, step.emptyMeansOpen ? 'open' : 'closed', step.what ?? 'The cluster')];
      }
      case ApiAccessStep.CIDR_ENTRIES:
        out.push(...cidrEntries(r, c, step));
        break;
      default:
        break;
    }
  }
  return out;
}
