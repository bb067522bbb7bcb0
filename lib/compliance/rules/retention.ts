import { Retention } from '../../core/retention';
import { ResourceRecord } from '../model/configuration';
import { isLiteral, referencesIn } from '../model/expressions';
import { ResourceView, RuleContext } from '../model/view';
import { defineRule } from '../rule';
import { FindingLevel, RuleViolation } from '../types';
import { RuleId } from './ids';
import { refs } from './refs';

/**
 * Stores whose retention the rule can read. Attribute names per provider:
 * - aws_s3_bucket: `object_lock_enabled`, legacy inline `object_lock_configuration` and `lifecycle_rule`;
 *   children aws_s3_bucket_lifecycle_configuration `rule { status, filter, expiration { days, date } }` and
 *   aws_s3_bucket_object_lock_configuration `rule { default_retention { mode, days, years } }`
 *   https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/s3_bucket_lifecycle_configuration
 *   https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/s3_bucket_object_lock_configuration
 *   (the same children configure every S3-compatible bucket reached through the aws provider: Hetzner, Exoscale, UpCloud, STACKIT…)
 * - scaleway_object_bucket: `object_lock_enabled`, inline `lifecycle_rule { enabled, prefix, tags, expiration { days } }`;
 *   child scaleway_object_bucket_lock_configuration `rule { default_retention { mode, days, years } }`
 *   https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources/object_bucket.md
 *   https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources/object_bucket_lock_configuration.md
 * - opentelekomcloud_obs_bucket: `worm_policy { days | years }`, `lifecycle_rule { name, enabled, prefix, expiration { days } }`;
 *   opentelekomcloud_s3_bucket: `lifecycle_rule { enabled, prefix, expiration { days } }`, no WORM
 *   https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/obs_bucket.md
 *   https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/s3_bucket.md
 * - ionoscloud_s3_bucket: `object_lock_enabled`; children ionoscloud_s3_bucket_lifecycle_configuration `rule { status,
 *   filter { prefix }, expiration { days } }` (the schema block is `rule`) and ionoscloud_s3_bucket_object_lock_configuration
 *   `rule { default_retention { mode, days, years } }`
 *   https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/s3_bucket.md
 *   https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/internal/framework/services/objectstorage/resource_bucket_lifecycle_configuration.go
 * - stackit_objectstorage_bucket: `object_lock` (bool); child stackit_objectstorage_default_retention `days`, `mode`
 *   https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources/objectstorage_bucket.md
 *   https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources/objectstorage_default_retention.md
 * - ovh_cloud_project_storage: `object_lock { status, rule { mode, period } }` (ISO 8601 period); lifecycle in
 *   ovh_cloud_project_storage_object_bucket_lifecycle_configuration `container_name`, `rules [{ status, filter, expiration { days } }]`
 *   https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources/cloud_project_storage.md
 *   https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources/cloud_project_storage_object_bucket_lifecycle_configuration.md
 * - upcloud_managed_object_storage_bucket: no lock or lifecycle argument; S3 children through the aws provider count.
 * - google_storage_bucket: `retention_policy { retention_period (seconds), is_locked }`, `lifecycle_rule { action { type },
 *   condition { age, matches_prefix } }`  https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/storage_bucket.html.markdown
 * - azurerm_storage_account: `immutability_policy { state, period_since_creation_in_days }`; child azurerm_storage_management_policy
 *   `rule { enabled, filters { prefix_match }, actions { base_blob { delete_after_days_since_modification_greater_than … } } }`;
 *   container-level azurerm_storage_container_immutability_policy `immutability_period_in_days`
 *   https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/storage_account.html.markdown
 *   https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/storage_management_policy.html.markdown
 *   https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/storage_container_immutability_policy.html.markdown
 * - aws_cloudwatch_log_group: `retention_in_days` (0 or unset: never expires)
 *   https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/cloudwatch_log_group
 * @internal
 */
export const RETENTION_STORE_TYPES: readonly string[] = [
  'aws_s3_bucket',
  'scaleway_object_bucket',
  'opentelekomcloud_obs_bucket',
  'opentelekomcloud_s3_bucket',
  'ionoscloud_s3_bucket',
  'stackit_objectstorage_bucket',
  'ovh_cloud_project_storage',
  'upcloud_managed_object_storage_bucket',
  'google_storage_bucket',
  'azurerm_storage_account',
  'aws_cloudwatch_log_group',
];

/**
 * SOV-RETENTION: stores marked as holding personal data expire it within the policy's
 * bounds (GDPR Art. 5(1)(e)); audit-log stores keep logs at least the policy minimum
 * (object lock / WORM default retention) and expire them at the policy maximum.
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
      'Storage limitation (GDPR Art. 5(1)(e)) means personal data is deleted when no longer needed: stores marked as holding personal data need an expiry within the policy\'s bounds. Audit logs must survive long enough to investigate incidents (policy minimum) and not longer than the policy maximum.',
    remediation: 'Add a lifecycle expiration to stores of personal data within the policy\'s bounds; lock audit logs for the policy\'s minimum and expire them at its maximum.',
    resourceTypes: [...RETENTION_STORE_TYPES],
  },
  appliesTo: (resource, context) => resource.holdsPersonalData || isAuditLogStore(resource, context),
  evaluate: (resource, context) => {
    const violations: RuleViolation[] = [];
    const expiry = expiryRules(resource, context);
    if (resource.holdsPersonalData) {
      violations.push(...checkPersonalData(resource, expiry, context));
    }
    if (isAuditLogStore(resource, context)) {
      violations.push(...checkAuditLogs(resource, expiry, lockFacts(resource, context), context));
    }
    return violations;
  },
});

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

function checkPersonalData(resource: ResourceView, rules: ExpiryRule[], context: RuleContext): RuleViolation[] {
  const policy = context.policy;
  const max = policy.personalDataMaxRetention;
  const min = policy.personalDataMinRetention;
  const bounds = describeBounds(min, max);
  const verdict = verdictOf(rules);
  const marked = `It is marked as holding personal data (${resource.dataClassification ?? 'personal-data label'})`;
  if (verdict.days === undefined) {
    if (verdict.unknown.length > 0) {
      return [{
        message: `${marked}, but its expiration (${verdict.unknown.map((r) => r.where).join('; ')}) cannot be verified before apply: the status or the number of days is an expression.`,
        attribute: verdict.unknown[0].attribute,
        fix: `Write the expiration days and the rule status as literals (or variables with defaults)${bounds}.`,
      }];
    }
    const why = verdict.partial.length > 0
      ? `its only enabled expiration rules (${verdict.partial.map((r) => r.where).join('; ')}) apply to part of the store (a prefix or tag filter), so other objects are kept forever`
      : verdict.dated.length > 0
        ? `its expiration rules (${verdict.dated.map((r) => r.where).join('; ')}) delete on a fixed date, which does not bound how long new objects are kept`
        : rules.length > 0
          ? `no enabled lifecycle rule expires its objects (${rules.map((r) => r.where).join('; ')})`
          : 'no lifecycle rule expires its objects, so personal data is kept forever';
    return [{
      message: `${marked}, but ${why}.`,
      attribute: rules[0]?.attribute,
      fix: `${expiryHow(resource)}${bounds}.`,
    }];
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
  return violations;
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

/** How to add an expiration to this kind of store. */
function expiryHow(resource: ResourceView): string {
  const t = resource.resourceType;
  if (t === 'google_storage_bucket') return 'Add a lifecycle_rule { action { type = "Delete" } condition { age = N } }';
  if (t === 'azurerm_storage_account') return 'Add an azurerm_storage_management_policy rule with actions.base_blob.delete_after_days_since_modification_greater_than';
  if (t === 'ovh_cloud_project_storage') return 'Add an ovh_cloud_project_storage_object_bucket_lifecycle_configuration with an enabled rule and expiration.days';
  if (t === 'aws_cloudwatch_log_group') return 'Set retention_in_days';
  if (t === 'azurerm_log_analytics_workspace') return 'Set retention_in_days';
  if (t === 'scaleway_object_bucket' || t.startsWith('opentelekomcloud_')) return 'Add an enabled lifecycle_rule with expiration { days = N } and no prefix';
  if (t === 'ionoscloud_s3_bucket') return 'Add an ionoscloud_s3_bucket_lifecycle_configuration with an enabled rule and expiration.days';
  return 'Add a lifecycle configuration (e.g. aws_s3_bucket_lifecycle_configuration) with an enabled rule, no filter and expiration.days';
}

// ---------------------------------------------------------------------------------------
// Store facts: how long a bucket or log store keeps data (lifecycle expiration) and what
// locks it (object lock / WORM default retention). Shared with SOV-AUDIT-LOGGING.
// ---------------------------------------------------------------------------------------

/** Configuration resources that point at their store through an attribute the engine does not link. */
const EXTRA_LINKS: Record<string, string> = {
  ovh_cloud_project_storage_object_bucket_lifecycle_configuration: 'container_name',
  azurerm_storage_container_immutability_policy: 'storage_container_resource_manager_id',
};

interface StoreIndex {
  /** Store (and container) address → configuration resources linked through EXTRA_LINKS. */
  readonly extraChildren: Map<string, ResourceView[]>;
  /** Literal bucket names → store. */
  readonly byName: Map<string, ResourceRecord>;
}

const STORE_INDEX = new WeakMap<RuleContext, StoreIndex>();
const STORE_TYPES = new Set(RETENTION_STORE_TYPES);

function storeIndex(context: RuleContext): StoreIndex {
  let index = STORE_INDEX.get(context);
  if (index) return index;
  const extraChildren = new Map<string, ResourceView[]>();
  const byName = new Map<string, ResourceRecord>();
  const pending: ResourceRecord[] = [];
  for (const r of context._config.resources) {
    if (r.mode !== 'managed') continue;
    if (STORE_TYPES.has(r.type)) {
      const name = r.body.bucket ?? r.body.name;
      if (typeof name === 'string' && isLiteral(name)) byName.set(name, r);
    } else if (EXTRA_LINKS[r.type]) {
      pending.push(r);
    }
  }
  index = { extraChildren, byName };
  STORE_INDEX.set(context, index);
  for (const r of pending) {
    const target = resolveRecord(r.body[EXTRA_LINKS[r.type]], context);
    if (!target) continue;
    const list = extraChildren.get(target.address) ?? [];
    list.push(context._view(r));
    extraChildren.set(target.address, list);
  }
  return index;
}

/**
 * The resource a value points at: the first resource reference in it, or a store whose
 * literal `bucket`/`name` it is (also `arn:aws:s3:::name` and `region/name`).
 * @internal
 */
export function resolveStore(value: unknown, context: RuleContext): ResourceView | undefined {
  const record = resolveRecord(value, context);
  return record ? context._view(record) : undefined;
}

function resolveRecord(value: unknown, context: RuleContext): ResourceRecord | undefined {
  if (typeof value !== 'string' || value.length === 0) return undefined;
  if (value.includes('${')) {
    for (const ref of referencesIn(value)) {
      const target = context._config.find(ref.address);
      if (target) return target;
    }
    return undefined;
  }
  const name = value.replace(/^arn:aws:s3:::/, '').split('/').pop() ?? value;
  return storeIndex(context).byName.get(name);
}

/** Children linked by the engine plus those linked by EXTRA_LINKS. */
function attached(resource: ResourceView, context: RuleContext): ResourceView[] {
  const extra = storeIndex(context).extraChildren.get(resource.address);
  return extra ? [...resource.children, ...extra] : resource.children;
}

/** A boolean-ish flag: true/false, "true"/"false", "Enabled"/"Disabled"; undefined when unknown before apply. */
function flag(value: unknown, context: RuleContext): boolean | undefined {
  const v = context._config.literalValue(value);
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const s = v.toLowerCase();
    if (s === 'true' || s === 'enabled' || s === 'on') return true;
    if (s === 'false' || s === 'disabled' || s === 'off' || s === 'suspended') return false;
  }
  return undefined;
}

/** A number of days: undefined when absent, null when unknown before apply. */
function count(value: unknown, context: RuleContext): number | null | undefined {
  if (value === undefined || value === null) return undefined;
  const v = context._config.literalValue(value);
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return null;
}

/** `days` or `years` (365 days each) of a retention block. */
function daysOrYears(block: any, context: RuleContext): number | null | undefined {
  const days = count(block?.days, context);
  if (days !== undefined) return days;
  const years = count(block?.years, context);
  if (years === undefined || years === null) return years;
  return years * 365;
}

/** ISO 8601 period (`P30D`, `P1W`, `P6M`, `P1Y`, `P1Y6M`) in days (month = 30, year = 365); null when not readable. */
export function isoPeriodDays(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/i.exec(value.trim());
  if (!m || value.trim().length < 3) return null;
  return Number(m[1] ?? 0) * 365 + Number(m[2] ?? 0) * 30 + Number(m[3] ?? 0) * 7 + Number(m[4] ?? 0);
}

function first(value: unknown): any {
  return Array.isArray(value) ? value[0] : value;
}

function blockList(value: unknown): any[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).filter((v) => v && typeof v === 'object');
}

/** A lock period: days, or null when unknown before apply. @internal */
export interface Period {
  readonly days: number | null;
  readonly where: string;
  readonly attribute?: string;
}

/** What locks a store against deletion. @internal */
export interface LockFacts {
  /** Whether object lock / WORM is on: true, false, or undefined when unknown before apply. */
  readonly enabled: boolean | undefined;
  /** Where `enabled` was read. */
  readonly where: string;
  /** The argument of the store itself, when it has one. */
  readonly attribute?: string;
  /** Default retention periods that lock new objects. */
  readonly periods: Period[];
  /** How to switch it on for this kind of store. */
  readonly how: string;
  /** The provider has no object lock per the catalog, or the catalog fact is unverified. */
  readonly unverified: boolean;
}

/** @internal */
export function lockFacts(resource: ResourceView, context: RuleContext): LockFacts {
  const periods: Period[] = [];
  const states: Array<{ on: boolean | undefined; where: string; attribute?: string }> = [];
  const a = resource.attributes as Record<string, unknown>;

  if (a.object_lock_enabled !== undefined) {
    states.push({ on: flag(a.object_lock_enabled, context), where: 'object_lock_enabled', attribute: 'object_lock_enabled' });
  }
  const objectLock = a.object_lock;
  if (objectLock !== undefined && objectLock !== null) {
    if (typeof objectLock === 'object') {
      // OVH: object_lock { status, rule { mode, period } }
      const block = first(objectLock);
      states.push({ on: flag(block?.status, context), where: 'object_lock.status', attribute: 'object_lock.status' });
      const period = first(block?.rule)?.period;
      if (period !== undefined) {
        const literal = context._config.literalValue(period);
        periods.push({ days: isoPeriodDays(literal), where: `object_lock.rule.period ${String(period)}`, attribute: 'object_lock.rule.period' });
      }
    } else {
      // STACKIT: object_lock = true
      states.push({ on: flag(objectLock, context), where: 'object_lock', attribute: 'object_lock' });
    }
  }
  const inline = first(a.object_lock_configuration);
  if (inline) {
    states.push({ on: flag(inline.object_lock_enabled ?? 'Enabled', context), where: 'object_lock_configuration', attribute: 'object_lock_configuration' });
    const retention = first(first(inline.rule)?.default_retention);
    if (retention) addPeriod(periods, daysOrYears(retention, context), 'object_lock_configuration.rule.default_retention', 'object_lock_configuration.rule.default_retention');
  }
  const worm = first(a.worm_policy);
  if (worm) {
    states.push({ on: true, where: 'worm_policy', attribute: 'worm_policy' });
    addPeriod(periods, daysOrYears(worm, context), 'worm_policy', 'worm_policy');
  }
  const gcs = first(a.retention_policy);
  if (gcs && resource.resourceType === 'google_storage_bucket') {
    states.push({ on: true, where: 'retention_policy', attribute: 'retention_policy' });
    const seconds = count(gcs.retention_period, context);
    periods.push({ days: typeof seconds === 'number' ? Math.floor(seconds / 86400) : null, where: 'retention_policy.retention_period', attribute: 'retention_policy.retention_period' });
  }
  const azure = first(a.immutability_policy);
  if (azure && resource.resourceType === 'azurerm_storage_account') {
    const state = context._config.literalValue(azure.state);
    const on = typeof state === 'string' ? state.toLowerCase() !== 'disabled' : undefined;
    states.push({ on, where: 'immutability_policy.state', attribute: 'immutability_policy.state' });
    if (on !== false) addPeriod(periods, count(azure.period_since_creation_in_days, context), 'immutability_policy.period_since_creation_in_days', 'immutability_policy.period_since_creation_in_days');
  }

  for (const child of attached(resource, context)) {
    const t = child.resourceType;
    if (t.endsWith('_lock_configuration')) {
      const enabled = child.attribute('object_lock_enabled');
      states.push({ on: enabled === undefined ? true : flag(enabled, context), where: child.address });
      const retention = first(first(child.attribute('rule'))?.default_retention);
      if (retention) addPeriod(periods, daysOrYears(retention, context), `${child.address} rule.default_retention`);
    } else if (t.endsWith('_default_retention')) {
      states.push({ on: true, where: child.address });
      addPeriod(periods, count(child.attribute('days'), context), `${child.address} days`);
    } else if (t === 'azurerm_storage_container') {
      for (const policy of attached(child, context)) {
        if (policy.resourceType !== 'azurerm_storage_container_immutability_policy') continue;
        states.push({ on: true, where: policy.address });
        addPeriod(periods, count(policy.attribute('immutability_period_in_days'), context), `${policy.address} immutability_period_in_days`);
      }
    }
  }

  const on = states.find((s) => s.on === true) ?? states.find((s) => s.on === undefined) ?? states[0];
  const capability = resource.cloudProvider?.capabilities.objectLock;
  return {
    enabled: on ? on.on : false,
    where: on?.where ?? 'no object lock argument',
    attribute: on?.attribute,
    periods: on?.on === false ? [] : periods,
    how: lockHow(resource),
    unverified: capability !== undefined && (!capability.verified || !capability.supported),
  };
}

function addPeriod(periods: Period[], days: number | null | undefined, where: string, attribute?: string): void {
  if (days !== undefined) periods.push({ days, where, attribute });
}

function lockHow(resource: ResourceView): string {
  switch (resource.resourceType) {
    case 'aws_s3_bucket': return 'Create the bucket with object_lock_enabled = true and add an aws_s3_bucket_object_lock_configuration';
    case 'scaleway_object_bucket': return 'Create the bucket with object_lock_enabled = true and add a scaleway_object_bucket_lock_configuration';
    case 'ionoscloud_s3_bucket': return 'Create the bucket with object_lock_enabled = true and add an ionoscloud_s3_bucket_object_lock_configuration';
    case 'stackit_objectstorage_bucket': return 'Enable stackit_objectstorage_compliance_lock, create the bucket with object_lock = true and add a stackit_objectstorage_default_retention';
    case 'ovh_cloud_project_storage': return 'Create the bucket with object_lock { status = "enabled", rule { mode = "compliance", period = "P…D" } }';
    case 'opentelekomcloud_obs_bucket': return 'Set versioning = true and a worm_policy { days | years }';
    case 'opentelekomcloud_s3_bucket': return 'Use opentelekomcloud_obs_bucket (the legacy S3 resource has no WORM) with versioning and a worm_policy';
    case 'google_storage_bucket': return 'Add a retention_policy { retention_period, is_locked = true }';
    case 'azurerm_storage_account': return 'Add an immutability_policy (state Unlocked or Locked) or a container immutability policy';
    case 'upcloud_managed_object_storage_bucket': return 'UpCloud Managed Object Storage documents no object lock; store audit logs on a provider with object lock';
    default: return 'Turn on object lock / WORM';
  }
}

/** One lifecycle expiration rule of a store. @internal */
export interface ExpiryRule {
  /** Whether the rule is enabled; undefined when unknown before apply. */
  readonly enabled: boolean | undefined;
  /** Days after which objects expire: undefined when the rule has none, null when unknown. */
  readonly days: number | null | undefined;
  /** A fixed expiration date, if that is what it sets. */
  readonly date?: string;
  /** Whether it applies to every object (no prefix, tag or size filter). */
  readonly wholeStore: boolean;
  readonly where: string;
  readonly attribute?: string;
}

function hasFilter(block: any, keys: string[]): boolean {
  for (const key of keys) {
    const v = first(block?.[key]);
    if (v === undefined || v === null || v === '') continue;
    if (typeof v === 'object') {
      if (hasFilter(v, ['prefix', 'tag', 'tags', 'and', 'object_size_greater_than', 'object_size_less_than', 'prefix_match', 'match_blob_index_tag'])) return true;
      continue;
    }
    return true;
  }
  return false;
}

const S3_FILTERS = ['prefix', 'tags', 'tag', 'filter', 'object_size_greater_than', 'object_size_less_than'];

/** Every lifecycle expiration rule of a store (inline and attached). @internal */
export function expiryRules(resource: ResourceView, context: RuleContext): ExpiryRule[] {
  const out: ExpiryRule[] = [];
  const a = resource.attributes as Record<string, unknown>;

  if (resource.resourceType === 'aws_cloudwatch_log_group') {
    const days = count(a.retention_in_days, context);
    if (days !== undefined && days !== 0) out.push({ enabled: true, days, wholeStore: true, where: 'retention_in_days', attribute: 'retention_in_days' });
    return out;
  }

  blockList(a.lifecycle_rule).forEach((rule, i) => {
    const where = `lifecycle_rule[${i}]`;
    if (rule.action !== undefined) {
      // Google Cloud Storage: action { type = "Delete" } condition { age }
      const type = context._config.literalValue(first(rule.action)?.type);
      const condition = first(rule.condition);
      out.push({
        enabled: typeof type === 'string' ? type === 'Delete' : undefined,
        days: count(condition?.age, context),
        wholeStore: !hasFilter(condition, ['matches_prefix', 'matches_suffix', 'matches_storage_class']),
        where: `${where} (Delete, condition.age)`,
        attribute: 'lifecycle_rule.condition.age',
      });
      return;
    }
    const expiration = first(rule.expiration);
    out.push({
      enabled: rule.enabled === undefined ? flag(rule.status ?? true, context) : flag(rule.enabled, context),
      days: count(expiration?.days, context),
      date: typeof expiration?.date === 'string' ? expiration.date : undefined,
      wholeStore: !hasFilter(rule, S3_FILTERS),
      where: `${where}.expiration`,
      attribute: 'lifecycle_rule.expiration.days',
    });
  });

  for (const child of attached(resource, context)) {
    const t = child.resourceType;
    if (t.endsWith('_lifecycle_configuration')) {
      const rules = [...blockList(child.attribute('rule')), ...blockList(child.attribute('rules'))];
      rules.forEach((rule, i) => {
        const expiration = first(rule.expiration);
        const label = typeof rule.id === 'string' || typeof rule.id === 'number' ? `"${rule.id}"` : `[${i}]`;
        out.push({
          enabled: flag(rule.status ?? rule.enabled, context),
          days: count(expiration?.days, context),
          date: typeof expiration?.date === 'string' ? expiration.date : undefined,
          wholeStore: !hasFilter(rule, S3_FILTERS),
          where: `${child.address} rule ${label}`,
        });
      });
    } else if (t === 'azurerm_storage_management_policy') {
      blockList(child.attribute('rule')).forEach((rule, i) => {
        const base = first(first(rule.actions)?.base_blob);
        const value = base?.delete_after_days_since_modification_greater_than
          ?? base?.delete_after_days_since_creation_greater_than
          ?? base?.delete_after_days_since_last_access_time_greater_than;
        out.push({
          enabled: flag(rule.enabled, context),
          days: count(value, context),
          wholeStore: !hasFilter(first(rule.filters), ['prefix_match', 'match_blob_index_tag']),
          where: `${child.address} rule ${typeof rule.name === 'string' ? `"${rule.name}"` : `[${i}]`}`,
        });
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Audit-log stores: tagged so, or written to by an audit trail of this configuration.
// ---------------------------------------------------------------------------------------

const AUDIT_PURPOSES = new Set(['audit-logs', 'audit-log', 'audit', 'auditlogs', 'audit_logs']);
const AUDIT_SINKS = new WeakMap<RuleContext, Map<string, string>>();

/** Whether a store holds audit logs: tagged `purpose=audit-logs`, or written to by an audit trail of this configuration. @internal */
export function isAuditLogStore(store: ResourceView, context: RuleContext): boolean {
  const purpose = store.purpose;
  if (purpose !== undefined && AUDIT_PURPOSES.has(purpose)) return true;
  return auditLogSinks(context).has(store.address);
}

/**
 * Stores that receive audit logs from a resource of this configuration, with what writes to them:
 * IONOS `ionoscloud_k8s_cluster.s3_buckets.name` (K8s API audit logs), OTC CTS `bucket_name`,
 * AWS CloudTrail `s3_bucket_name`, an Azure diagnostic setting with an audit category
 * (`storage_account_id`), a STACKIT Telemetry Router S3 destination (`config.s3.bucket`) and a
 * Google logging sink to `storage.googleapis.com/<bucket>`.
 * @internal
 */
export function auditLogSinks(context: RuleContext): Map<string, string> {
  let sinks = AUDIT_SINKS.get(context);
  if (sinks) return sinks;
  sinks = new Map<string, string>();
  AUDIT_SINKS.set(context, sinks);
  const sources: Array<[unknown, string]> = [];
  for (const record of context._config.resources) {
    if (record.mode !== 'managed') continue;
    const t = record.type;
    const b = record.body;
    if (t === 'opentelekomcloud_cts_tracker_v3' || t === 'opentelekomcloud_cts_tracker_v1') {
      sources.push([b.bucket_name, `Cloud Trace Service tracker ${record.address}`]);
    } else if (t === 'ionoscloud_k8s_cluster') {
      for (const name of record.values('s3_buckets.name')) sources.push([name, `the Kubernetes API audit log of ${record.address}`]);
    } else if (t === 'aws_cloudtrail') {
      sources.push([b.s3_bucket_name, `CloudTrail ${record.address}`]);
    } else if (t === 'azurerm_monitor_diagnostic_setting') {
      const logs = [...record.values('enabled_log'), ...record.values('log')] as Array<Record<string, unknown>>;
      const audit = logs.some((l) => /audit/i.test(String(l?.category ?? '')) || /^(audit|alllogs)$/i.test(String(l?.category_group ?? '')));
      if (audit) sources.push([b.storage_account_id, `diagnostic setting ${record.address}`]);
    } else if (t === 'stackit_telemetryrouter_destination') {
      for (const bucket of record.values('config.s3.bucket')) sources.push([bucket, `Telemetry Router destination ${record.address}`]);
    } else if (t === 'google_logging_project_sink' && typeof b.destination === 'string') {
      sources.push([b.destination.replace(/^storage\.googleapis\.com\//, ''), `logging sink ${record.address}`]);
    }
  }
  for (const [value, what] of sources) {
    const store = resolveStore(value, context);
    if (store && STORE_TYPES.has(store.resourceType) && !sinks.has(store.address)) sinks.set(store.address, `written to by ${what}`);
  }
  return sinks;
}
