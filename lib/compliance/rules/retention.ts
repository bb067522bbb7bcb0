import { Retention } from '../../core/retention';
import { ResourceView, RuleContext } from '../model/view';
import { defineRule } from '../rule';
import { FindingLevel, RuleViolation } from '../types';
import { typeFact, typesWith } from './catalog-facts';
import { RuleId } from './ids';
import { refs } from './refs';
import {
  ExpiryRule, expiryRules, isAuditLogStore, LockFacts, lockFacts, NoncurrentRule, noncurrentExpiryRules, Period, RETENTION_STORE_TYPES, storeOf, versioningFacts,
} from './stores';

/**
 * SOV-RETENTION: stores marked as holding personal data expire it within the policy's
 * bounds (GDPR Art. 5(1)(e)); audit-log stores keep logs at least the policy minimum
 * (object lock / WORM default retention) and expire them at the policy maximum.
 *
 * A versioned store keeps what is deleted or overwritten as noncurrent versions: a store of
 * personal data that keeps versions must also expire them within the policy maximum.
 *
 * A store is "marked" by its tags or labels (`ResourceView.holdsPersonalData`,
 * `ResourceView.purpose` = `audit-logs`); a bucket that a cluster or trail in the same
 * configuration writes audit logs to counts as an audit-log store without a tag. Unmarked
 * stores are not judged: the rule cannot know what they hold.
 */
export const retentionRule = defineRule({
  metadata: {
    id: RuleId.RETENTION,
    title: 'Personal data expires; audit logs are kept long enough, not forever',
    defaultLevel: FindingLevel.ERROR,
    references: refs('GDPR-5.1.e', 'GDPR-30', 'GDPR-33', 'C5-OPS-12'),
    rationale:
      'Storage limitation (GDPR Art. 5(1)(e)) means personal data is deleted when no longer needed: stores marked as holding personal data need an expiry within the policy\'s bounds, and versioned stores also an expiry of noncurrent versions (otherwise deleted data lives on in old versions). Audit logs must survive long enough to investigate incidents (policy minimum) and not longer than the policy maximum.',
    remediation: 'Add a lifecycle expiration to stores of personal data within the policy\'s bounds (for versioned stores, of noncurrent versions too); lock audit logs for the policy\'s minimum and expire them at its maximum.',
    resourceTypes: [...new Set([...RETENTION_STORE_TYPES, ...typesWith((f) => f.backupRetention)])],
  },
  appliesTo: (resource, context) => resource.holdsPersonalData || isAuditLogStore(resource, context),
  evaluate: (resource, context) => {
    const violations: RuleViolation[] = [];
    if (resource.holdsPersonalData) violations.push(...checkBackupRetention(resource, context));
    if (!storeOf(resource)) return violations;
    const expiry = expiryRules(resource, context);
    if (resource.holdsPersonalData) {
      const personal = checkPersonalData(resource, expiry, context);
      const versions = checkNoncurrentVersions(resource, context);
      if (versions && personal.noExpiry) {
        // One finding for "nothing expires": the current objects and their old versions.
        const [first, ...rest] = personal.violations;
        violations.push({ ...first, message: `${first.message} ${versions.also}`, fix: `${first.fix} ${versions.violation.fix}` }, ...rest);
      } else {
        violations.push(...personal.violations, ...(versions ? [versions.violation] : []));
      }
    }
    if (isAuditLogStore(resource, context)) {
      violations.push(...checkAuditLogs(resource, expiry, lockFacts(resource, context), context));
    }
    return violations;
  },
});

/**
 * A database marked as holding personal data keeps its automated backups no longer than the
 * policy's personal-data maximum (catalog `backupRetention`): a backup is a copy of the data.
 */
function checkBackupRetention(resource: ResourceView, context: RuleContext): RuleViolation[] {
  const fact = typeFact(resource.resourceType)?.backupRetention;
  const max = context.policy.personalDataMaxRetention;
  if (!fact || !max) return [];
  if (fact.disabledWhenTrue !== undefined && resource.literal(fact.disabledWhenTrue) === true) return [];
  const raw = resource.attribute(fact.argument);
  const marked = `It is marked as holding personal data (${resource.dataClassification ?? 'personal-data label'})`;
  const fix = (fact.fix ?? `Set ${fact.argument} to at most {days}.`).replace('{days}', `${max.toDays()} days`);
  const bound = max.toString() === `${max.toDays()} days` ? max.toString() : `${max.toString()} (${max.toDays()} days)`;
  if (raw === undefined || raw === null) {
    if (fact.defaultDays === undefined || fact.defaultDays <= max.toDays()) return [];
    return [{
      message: `${marked}; ${fact.argument} is not set, and the provider keeps automated backups ${fact.defaultDays} days by default, longer than the policy maximum of ${bound}.`,
      attribute: fact.argument,
      fix,
      dependsOnUnverifiedFact: !fact.verified,
    }];
  }
  const value = resource.literal(fact.argument);
  const days = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;
  if (days === undefined) {
    return [{
      message: `${marked}, but how long its automated backups are kept (${fact.argument}) cannot be verified before apply.`,
      attribute: fact.argument,
      fix: `Write ${fact.argument} as a literal (or a variable with a default) of at most ${max.toDays()} days.`,
      dependsOnUnverifiedFact: !fact.verified,
    }];
  }
  if (days === fact.disabledValue || days <= max.toDays()) return [];
  return [{
    message: `${marked}; its automated backups are kept ${days} days (${fact.argument}), longer than the policy maximum of ${bound}: deleted personal data lives on in the backups.`,
    attribute: fact.argument,
    fix,
    dependsOnUnverifiedFact: !fact.verified,
  }];
}

/** What the enabled, whole-store expiration rules say. */
interface ExpiryVerdict {
  /** Shortest known expiry in days over enabled whole-store rules. */
  readonly days?: number;
  /** Where that expiry comes from. */
  readonly where?: string;
  /** Rules whose status or days are not known before apply. */
  readonly unknown: ExpiryRule[];
  /** Enabled rules that expire only part of the store (a prefix or tag filter). */
  readonly partial: ExpiryRule[];
  /** Enabled rules that expire on a fixed date rather than after a period. */
  readonly dated: ExpiryRule[];
}

function verdictOf(rules: ExpiryRule[]): ExpiryVerdict {
  let days: number | undefined;
  let where: string | undefined;
  const unknown: ExpiryRule[] = [];
  const partial: ExpiryRule[] = [];
  const dated: ExpiryRule[] = [];
  for (const rule of rules) {
    if (rule.enabled === false) continue;
    if (rule.enabled === undefined || rule.days === null) {
      unknown.push(rule);
      continue;
    }
    if (rule.days === undefined) {
      if (rule.date !== undefined) dated.push(rule);
      continue;
    }
    if (!rule.wholeStore) {
      partial.push(rule);
      continue;
    }
    if (days === undefined || rule.days < days) {
      days = rule.days;
      where = rule.where;
    }
  }
  return { days, where, unknown, partial, dated };
}

function checkPersonalData(resource: ResourceView, rules: ExpiryRule[], context: RuleContext): { violations: RuleViolation[]; noExpiry: boolean } {
  const policy = context.policy;
  const max = policy.personalDataMaxRetention;
  const min = policy.personalDataMinRetention;
  const bounds = describeBounds(min, max);
  const verdict = verdictOf(rules);
  const marked = `It is marked as holding personal data (${resource.dataClassification ?? 'personal-data label'})`;
  if (verdict.days === undefined) {
    if (verdict.unknown.length > 0) {
      return {
        noExpiry: false,
        violations: [{
          message: `${marked}, but its expiration (${verdict.unknown.map((r) => r.where).join('; ')}) cannot be verified before apply: the status or the number of days is an expression.`,
          attribute: verdict.unknown[0].attribute,
          fix: `Write the expiration days and the rule status as literals (or variables with defaults)${bounds}.`,
        }],
      };
    }
    const why = verdict.partial.length > 0
      ? `its only enabled expiration rules (${verdict.partial.map((r) => r.where).join('; ')}) apply to part of the store (a prefix or tag filter), so other objects are kept forever`
      : verdict.dated.length > 0
        ? `its expiration rules (${verdict.dated.map((r) => r.where).join('; ')}) delete on a fixed date, which does not bound how long new objects are kept`
        : rules.length > 0
          ? `no enabled lifecycle rule expires its objects (${rules.map((r) => r.where).join('; ')})`
          : 'no lifecycle rule expires its objects, so personal data is kept forever';
    return {
      noExpiry: true,
      violations: [{
        message: `${marked}, but ${why}.`,
        attribute: rules[0]?.attribute,
        fix: `${expiryHow(resource)}${bounds}.`,
      }],
    };
  }
  const violations: RuleViolation[] = [];
  if (max && verdict.days > max.toDays()) {
    violations.push({
      message: `${marked}; its data expires after ${verdict.days} days (${verdict.where}), longer than the policy maximum of ${max.toString()} (${max.toDays()} days).`,
      attribute: attributeOfRule(rules, verdict.where),
      fix: `Lower the expiration to at most ${max.toDays()} days.`,
    });
  }
  if (min && verdict.days < min.toDays()) {
    violations.push({
      message: `${marked}; its data expires after ${verdict.days} days (${verdict.where}), shorter than the policy minimum of ${min.toString()} (${min.toDays()} days).`,
      attribute: attributeOfRule(rules, verdict.where),
      fix: `Raise the expiration to at least ${min.toDays()} days.`,
    });
  }
  return { violations, noExpiry: false };
}

/** A versioned store of personal data must expire noncurrent versions, within the policy maximum. */
function checkNoncurrentVersions(resource: ResourceView, context: RuleContext): { violation: RuleViolation; also: string } | undefined {
  const versioning = versioningFacts(resource, context);
  if (versioning.enabled === false) return undefined;
  const max = context.policy.personalDataMaxRetention;
  const rules = noncurrentExpiryRules(resource, context);
  let best: NoncurrentRule | undefined;
  const unknown: NoncurrentRule[] = [];
  const partial: NoncurrentRule[] = [];
  const keeping: NoncurrentRule[] = [];
  for (const rule of rules) {
    if (rule.enabled === false) continue;
    if (rule.enabled === undefined || rule.days === null || rule.kept === null) {
      unknown.push(rule);
    } else if (!rule.wholeStore) {
      partial.push(rule);
    } else if (rule.kept > 0) {
      keeping.push(rule);
    } else if (rule.days !== undefined && (best === undefined || rule.days < (best.days as number))) {
      best = rule;
    }
  }
  const marked = `It is marked as holding personal data (${resource.dataClassification ?? 'personal-data label'})`;
  const versions = versioning.enabled === true
    ? `keeps object versions (${versioning.where})`
    : `whether it keeps object versions cannot be verified before apply (${versioning.where})`;
  const keeps = versioning.enabled === true ? `${marked} and ${versions}` : `${marked}, and ${versions}`;
  const also = versioning.enabled === true ? `It also ${versions}` : `And ${versions}`;
  const result = (violation: RuleViolation, why: string) => ({ violation, also: `${also}, and ${why}.` });
  const bound = max ? ` of at most ${max.toDays()} days (policy maximum ${max.toString()})` : '';
  const literalVersioning = versioning.enabled === undefined ? ', or write the versioning setting as a literal' : '';
  if (best) {
    const days = best.days as number;
    if (!max || days <= max.toDays()) return undefined;
    const why = `its noncurrent versions expire after ${days} days (${best.where}), longer than the policy maximum of ${max.toString()} (${max.toDays()} days)`;
    return result({ message: `${keeps}; ${why}.`, attribute: best.attribute, fix: `Lower the noncurrent-version expiration to at most ${max.toDays()} days.` }, why);
  }
  if (unknown.length > 0) {
    const why = `its noncurrent-version expiration (${unknown.map((r) => r.where).join('; ')}) cannot be verified before apply: the status, the days or the versions kept is an expression`;
    return result({ message: `${keeps}, but ${why}.`, attribute: unknown[0].attribute, fix: `Write the noncurrent-version expiration days and the rule status as literals${bound}.` }, why);
  }
  const why = keeping.length > 0
    ? `its noncurrent-version expiration (${keeping.map((r) => `${r.where} keeps the ${r.kept} newest`).join('; ')}) keeps the newest noncurrent versions of every object without a time limit`
    : partial.length > 0
      ? `its only enabled noncurrent-version expiration rules (${partial.map((r) => r.where).join('; ')}) apply to part of the store (a prefix or tag filter)`
      : 'no enabled lifecycle rule expires noncurrent versions';
  const consequence = `personal data that is deleted or overwritten stays in old versions${keeping.length > 0 ? '' : ' forever'}`;
  return result({
    message: `${keeps}, but ${why}: ${consequence}.`,
    attribute: versioning.attribute ?? keeping[0]?.attribute ?? partial[0]?.attribute,
    fix: `${noncurrentHow(resource)}${bound}${keeping.length > 0 ? ' and no newer_noncurrent_versions' : ''}${literalVersioning}.`,
  }, `${why}: ${consequence}`);
}

function checkAuditLogs(resource: ResourceView, rules: ExpiryRule[], lock: LockFacts, context: RuleContext): RuleViolation[] {
  const min = context.policy.auditLogMinRetention;
  const max = context.policy.auditLogMaxRetention;
  const violations: RuleViolation[] = [];
  const what = 'It holds audit logs';

  // Minimum: the WORM / object-lock default retention keeps every log object at least this long.
  const known = lock.periods.filter((p): p is Period & { days: number } => typeof p.days === 'number');
  const unknownPeriods = lock.periods.filter((p) => p.days === null);
  if (known.length === 0) {
    if (unknownPeriods.length > 0) {
      violations.push({
        message: `${what}; its lock retention (${unknownPeriods.map((p) => p.where).join('; ')}) cannot be verified before apply.`,
        attribute: unknownPeriods[0].attribute,
        fix: `Write the default retention as a literal of at least ${min.toDays()} days.`,
      });
    } else {
      const state = lock.enabled === true
        ? `object lock is enabled (${lock.where}) but no default retention is set, so log objects are not locked`
        : 'no object lock / WORM default retention keeps the logs';
      violations.push({
        message: `${what}, but ${state}: they can be deleted before the policy minimum of ${min.toString()}.`,
        attribute: lock.attribute,
        fix: `${lock.how} with a default retention of at least ${min.toDays()} days.`,
        dependsOnUnverifiedFact: lock.unverified,
      });
    }
  } else {
    const longest = known.reduce((a, b) => (b.days > a.days ? b : a));
    if (longest.days < min.toDays()) {
      violations.push({
        message: `${what}; its default lock retention is ${longest.days} days (${longest.where}), shorter than the policy minimum of ${min.toString()} (${min.toDays()} days).`,
        attribute: longest.attribute,
        fix: `Raise the default retention to at least ${min.toDays()} days.`,
      });
    }
    const shortest = known.reduce((a, b) => (b.days < a.days ? b : a));
    if (shortest.days > max.toDays()) {
      violations.push({
        message: `${what}; its default lock retention is ${shortest.days} days (${shortest.where}), longer than the policy maximum of ${max.toString()} (${max.toDays()} days): the logs cannot be deleted in time.`,
        attribute: shortest.attribute,
        fix: `Lower the default retention to at most ${max.toDays()} days.`,
      });
    }
  }

  // Maximum: an expiration deletes the logs once the policy no longer allows keeping them.
  const verdict = verdictOf(rules);
  if (verdict.days === undefined) {
    if (verdict.unknown.length > 0) {
      violations.push({
        message: `${what}; its expiration (${verdict.unknown.map((r) => r.where).join('; ')}) cannot be verified before apply.`,
        attribute: verdict.unknown[0].attribute,
        fix: `Write the expiration days and rule status as literals between ${min.toDays()} and ${max.toDays()} days.`,
      });
    } else {
      violations.push({
        message: `${what}, but no enabled lifecycle rule expires the whole store${verdict.partial.length > 0 ? ` (only ${verdict.partial.map((r) => r.where).join('; ')}, which filter)` : ''}: logs are kept beyond the policy maximum of ${max.toString()}.`,
        attribute: rules[0]?.attribute,
        fix: `${expiryHow(resource)} of at most ${max.toDays()} days (and at least ${min.toDays()}).`,
      });
    }
  } else if (verdict.days > max.toDays()) {
    violations.push({
      message: `${what}; they expire after ${verdict.days} days (${verdict.where}), longer than the policy maximum of ${max.toString()} (${max.toDays()} days).`,
      attribute: attributeOfRule(rules, verdict.where),
      fix: `Lower the expiration to at most ${max.toDays()} days.`,
    });
  } else if (verdict.days < min.toDays() && known.every((p) => p.days < min.toDays())) {
    violations.push({
      message: `${what}; they expire after ${verdict.days} days (${verdict.where}), before the policy minimum of ${min.toString()} (${min.toDays()} days).`,
      attribute: attributeOfRule(rules, verdict.where),
      fix: `Raise the expiration to at least ${min.toDays()} days.`,
    });
  }
  return violations;
}

function describeBounds(min?: Retention, max?: Retention): string {
  if (min && max) return ` between ${min.toString()} and ${max.toString()} (policy bounds)`;
  if (max) return ` of at most ${max.toString()} (policy maximum)`;
  if (min) return ` of at least ${min.toString()} (policy minimum)`;
  return '';
}

function attributeOfRule(rules: ExpiryRule[], where: string | undefined): string | undefined {
  return rules.find((r) => r.where === where)?.attribute;
}

/** How to add an expiration to this kind of store (catalog `store.expiryHow`). */
function expiryHow(resource: ResourceView): string {
  return storeOf(resource)?.expiryHow ?? 'Add a lifecycle configuration with an enabled rule, no filter and an expiration in days';
}

/** How to expire noncurrent versions on this kind of store (catalog `store.noncurrentHow`). */
function noncurrentHow(resource: ResourceView): string {
  return storeOf(resource)?.noncurrentHow ?? 'Add a noncurrent-version expiration to an enabled, unfiltered lifecycle rule';
}
