import { ResourceView, RuleContext } from '../../model/view';
import { attached } from './registry';
import { blockList, count, first, flag, hasFilter, S3_FILTERS } from './values';

// ---------------------------------------------------------------------------------------
// What a store's arguments say: what locks it (object lock / WORM default retention) and
// what expires it (lifecycle rules).
// ---------------------------------------------------------------------------------------

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
        const literal = context.literal(period);
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
    const state = context.literal(azure.state);
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
      const type = context.literal(first(rule.action)?.type);
      const condition = first(rule.condition);
      // with_state = "ARCHIVED", and the conditions "relevant only for versioned objects" (num_newer_versions,
      // days_since_noncurrent_time, noncurrent_time_before), match noncurrent versions only
      // (storage_bucket.html.markdown; every condition of a rule must hold; 0 is ignored by the provider).
      const state = context.literal(condition?.with_state);
      const noncurrentOnly = ['num_newer_versions', 'days_since_noncurrent_time', 'noncurrent_time_before'].some((k) => condition?.[k] !== undefined && condition?.[k] !== null && condition?.[k] !== 0 && condition?.[k] !== '');
      if ((typeof state === 'string' && state.toUpperCase() === 'ARCHIVED') || noncurrentOnly) {
        out.push({ enabled: typeof type === 'string' ? type === 'Delete' : undefined, days: undefined, wholeStore: true, where: `${where} (Delete, noncurrent versions only)`, attribute: 'lifecycle_rule.condition.with_state' });
        return;
      }
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
