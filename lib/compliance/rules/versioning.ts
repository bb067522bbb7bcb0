import { ResourceView, RuleContext } from '../model/view';
import { defineRule } from '../rule';
import { FindingLevel, RuleViolation } from '../types';
import { RuleId } from './ids';
import { factsOf } from './catalog-facts';
import { refs } from './refs';
import { isAuditLogStore, versioningFacts } from './stores';

/*
 * Which stores have a versioning setting, where it is written and how to switch it on are
 * catalog facts (`store.versioning`, `store.versioningHow`, and configuration resources that
 * `configures` VERSIONING). Stores whose Terraform resources have no versioning argument are
 * not judged (set it through the S3 API, e.g. with the aws provider on the same bucket, which
 * this rule then judges as that S3 bucket type).
 */
const HOW = new Map(factsOf((f) => f.store?.versioningHow).map((x) => [x.resourceType, x.fact]));

const JUDGED_CLASSIFICATIONS = new Set(['confidential', 'internal']);

/** Whether the store is marked as holding data whose loss matters: personal, special-category, confidential or internal data, or audit logs. */
function holdsDataWorthKeeping(resource: ResourceView, context: RuleContext): boolean {
  if (resource.holdsPersonalData) return true;
  const c = resource.dataClassification;
  if (c !== undefined && JUDGED_CLASSIFICATIONS.has(c)) return true;
  return isAuditLogStore(resource, context);
}

/**
 * SOV-VERSIONING: object stores marked as holding personal, confidential or internal data, or
 * audit logs, keep object versions, so that an overwrite, a deletion or ransomware can be
 * undone (GDPR Art. 32(1)(c): restore availability and access in a timely manner; BSI C5
 * OPS-06). Public and unmarked stores are not judged: the rule cannot know what they hold.
 * Object lock needs versioning anyway; the expiry of old versions is SOV-RETENTION's concern.
 */
export const versioningRule = defineRule({
  metadata: {
    id: RuleId.VERSIONING,
    title: 'Stores of personal, confidential or audit data keep object versions',
    defaultLevel: FindingLevel.WARNING,
    references: refs('GDPR-32', 'C5-OPS-06', 'GAIAX-P3.1.16'),
    rationale:
      'Security of processing includes the ability to restore the availability of and access to personal data in a timely manner after an incident (GDPR Art. 32(1)(c)). Without versioning, an overwrite or a deletion — by mistake, a faulty job or an attacker — destroys the only copy; with it, the previous version can be restored until the lifecycle rule expires it.',
    remediation: 'Enable versioning on the store, and expire noncurrent versions with a lifecycle rule (SOV-RETENTION checks the period for personal data).',
    resourceTypes: [...HOW.keys()],
  },
  appliesTo: (resource, context) => holdsDataWorthKeeping(resource, context),
  evaluate: (resource, context): RuleViolation[] => {
    const versioning = versioningFacts(resource, context);
    if (versioning.enabled === true) return [];
    const what = resource.holdsPersonalData ? 'personal data' : isAuditLogStore(resource, context) ? 'audit logs' : `${resource.dataClassification} data`;
    const fix = HOW.get(resource.resourceType);
    if (versioning.enabled === undefined) {
      return [{
        message: `It holds ${what}, but whether it keeps object versions cannot be verified before apply (${versioning.where} is an expression).`,
        attribute: versioning.attribute,
        fix: `${fix} Write the setting as a literal.`,
      }];
    }
    return [{
      message: `It holds ${what} but keeps no object versions (${versioning.where}): an overwrite or deletion cannot be undone.`,
      attribute: versioning.attribute,
      fix,
    }];
  },
});
