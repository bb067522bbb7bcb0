import { ActionConditionFact, LifecycleFact, LifecycleShape, LockArgumentFact, LockShape } from '../../../catalog/facts/stores';
import { ConfigurationRole } from '../../../catalog/types';
import { getPath } from '../../model/expressions';
import { ResourceView, RuleContext } from '../../model/view';
import { typeFact } from '../catalog-facts';
import { attached, storeOf } from './registry';
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

/** The lock states and periods one lock argument of the store writes. */
function readLock(arg: LockArgumentFact, a: Record<string, unknown>, context: RuleContext, states: Array<{ on: boolean | undefined; where: string; attribute?: string }>, periods: Period[]): void {
  const value = a[arg.argument];
  if (value === undefined || value === null) return;
  const name = arg.argument;
  switch (arg.shape) {
    case LockShape.FLAG:
      states.push({ on: flag(value, context), where: name, attribute: name });
      return;
    case LockShape.STATUS_BLOCK: {
      const block = first(value);
      const state = arg.state ?? 'status';
      states.push({ on: flag(block?.[state], context), where: `${name}.${state}`, attribute: `${name}.${state}` });
      const periodPath = arg.period ?? 'rule.period';
      const period = getPath(block, periodPath);
      if (period !== undefined) {
        const literal = context.literal(period);
        periods.push({ days: isoPeriodDays(literal), where: `${name}.${periodPath} ${String(period)}`, attribute: `${name}.${periodPath}` });
      }
      return;
    }
    case LockShape.S3_CONFIGURATION: {
      const inline = first(value);
      if (!inline) return;
      states.push({ on: flag(inline.object_lock_enabled ?? 'Enabled', context), where: name, attribute: name });
      const retention = first(first(inline.rule)?.default_retention);
      if (retention) addPeriod(periods, daysOrYears(retention, context), `${name}.rule.default_retention`, `${name}.rule.default_retention`);
      return;
    }
    case LockShape.WORM_BLOCK: {
      const worm = first(value);
      if (!worm) return;
      states.push({ on: true, where: name, attribute: name });
      addPeriod(periods, daysOrYears(worm, context), name, name);
      return;
    }
    case LockShape.RETENTION_SECONDS: {
      const block = first(value);
      if (!block) return;
      const periodField = arg.period ?? 'retention_period';
      states.push({ on: true, where: name, attribute: name });
      const seconds = count(block[periodField], context);
      periods.push({ days: typeof seconds === 'number' ? Math.floor(seconds / 86400) : null, where: `${name}.${periodField}`, attribute: `${name}.${periodField}` });
      return;
    }
    case LockShape.STATE_BLOCK: {
      const block = first(value);
      if (!block) return;
      const stateField = arg.state ?? 'state';
      const state = context.literal(block[stateField]);
      const on = typeof state === 'string' ? state.toLowerCase() !== (arg.offValue ?? 'disabled') : undefined;
      states.push({ on, where: `${name}.${stateField}`, attribute: `${name}.${stateField}` });
      if (on !== false && arg.period) addPeriod(periods, count(block[arg.period], context), `${name}.${arg.period}`, `${name}.${arg.period}`);
      return;
    }
    default:
      return;
  }
}

/** @internal */
export function lockFacts(resource: ResourceView, context: RuleContext): LockFacts {
  const periods: Period[] = [];
  const states: Array<{ on: boolean | undefined; where: string; attribute?: string }> = [];
  const a = resource.attributes as Record<string, unknown>;
  const store = storeOf(resource);
  for (const arg of store?.lockArguments ?? []) readLock(arg, a, context, states, periods);

  const defaultRetention = (child: ResourceView) => {
    const days = typeFact(child.resourceType)?.storeConfiguration?.retentionDays ?? 'days';
    states.push({ on: true, where: child.address });
    addPeriod(periods, count(child.attribute(days), context), `${child.address} ${days}`);
  };
  for (const child of attached(resource, context)) {
    const role = typeFact(child.resourceType)?.configures;
    if (role === ConfigurationRole.OBJECT_LOCK) {
      const enabled = child.attribute('object_lock_enabled');
      states.push({ on: enabled === undefined ? true : flag(enabled, context), where: child.address });
      const retention = first(first(child.attribute('rule'))?.default_retention);
      if (retention) addPeriod(periods, daysOrYears(retention, context), `${child.address} rule.default_retention`);
    } else if (role === ConfigurationRole.DEFAULT_RETENTION) {
      defaultRetention(child);
    } else if (role === ConfigurationRole.CONTAINER) {
      for (const policy of attached(child, context)) {
        if (typeFact(policy.resourceType)?.configures === ConfigurationRole.DEFAULT_RETENTION) defaultRetention(policy);
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
    how: store?.lockHow ?? 'Turn on object lock / WORM',
    unverified: capability !== undefined && (!capability.verified || !capability.supported),
  };
}

function addPeriod(periods: Period[], days: number | null | undefined, where: string, attribute?: string): void {
  if (days !== undefined) periods.push({ days, where, attribute });
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

/** The lifecycle rules of a store or lifecycle resource, as the catalog describes them. */
function lifecycleOf(r: ResourceView, own: boolean): LifecycleFact | undefined {
  const fact = typeFact(r.resourceType);
  return own ? fact?.store?.lifecycle : fact?.storeConfiguration?.lifecycle;
}

/** ACTION_CONDITION: a delete rule's expiry (or that it matches noncurrent versions only). */
function actionConditionExpiry(rule: any, ac: ActionConditionFact, where: string, path: string, context: RuleContext): ExpiryRule {
  const type = context.literal(first(rule[ac.action])?.[ac.actionType]);
  const condition = first(rule[ac.condition]);
  // The noncurrent state, and the conditions relevant only for versioned objects, match noncurrent
  // versions only (every condition of a rule must hold; 0 is ignored by the provider).
  const state = context.literal(condition?.[ac.state]);
  const noncurrentOnly = ac.noncurrentConditions.some((k) => condition?.[k] !== undefined && condition?.[k] !== null && condition?.[k] !== 0 && condition?.[k] !== '');
  const enabled = typeof type === 'string' ? type === ac.deleteValue : undefined;
  if ((typeof state === 'string' && state.toUpperCase() === ac.noncurrentState) || noncurrentOnly) {
    return { enabled, days: undefined, wholeStore: true, where: `${where} (${ac.deleteValue}, noncurrent versions only)`, attribute: `${path}.${ac.condition}.${ac.state}` };
  }
  return {
    enabled,
    days: count(condition?.[ac.age], context),
    wholeStore: !hasFilter(condition, ac.filters),
    where: `${where} (${ac.deleteValue}, ${ac.condition}.${ac.age})`,
    attribute: `${path}.${ac.condition}.${ac.age}`,
  };
}

/** Every lifecycle expiration rule of a store (inline and attached). @internal */
export function expiryRules(resource: ResourceView, context: RuleContext): ExpiryRule[] {
  const out: ExpiryRule[] = [];
  const a = resource.attributes as Record<string, unknown>;
  const own = lifecycleOf(resource, true);

  if (own?.shape === LifecycleShape.RETENTION_DAYS) {
    const argument = own.rules!;
    const days = count(a[argument], context);
    if (days !== undefined && days !== 0) out.push({ enabled: true, days, wholeStore: true, where: argument, attribute: argument });
    return out;
  }

  if (own?.rules) {
    const path = own.rules;
    blockList(a[path]).forEach((rule, i) => {
      const where = `${path}[${i}]`;
      const ac = own.actionCondition;
      if (own.shape === LifecycleShape.ACTION_CONDITION && ac && rule[ac.action] !== undefined) {
        out.push(actionConditionExpiry(rule, ac, where, path, context));
        return;
      }
      const expiration = first(rule.expiration);
      out.push({
        enabled: rule.enabled === undefined ? flag(rule.status ?? true, context) : flag(rule.enabled, context),
        days: count(expiration?.days, context),
        date: typeof expiration?.date === 'string' ? expiration.date : undefined,
        wholeStore: !hasFilter(rule, S3_FILTERS),
        where: `${where}.expiration`,
        attribute: `${path}.expiration.days`,
      });
    });
  }

  for (const child of attached(resource, context)) {
    if (typeFact(child.resourceType)?.configures !== ConfigurationRole.LIFECYCLE) continue;
    const shape = lifecycleOf(child, false);
    const k = shape?.actionsByKind;
    if (shape?.shape === LifecycleShape.ACTIONS_BY_KIND && k) {
      blockList(child.attribute(shape.rules ?? 'rule')).forEach((rule, i) => {
        const current = first(first(rule[k.actions])?.[k.current]);
        const value = k.currentDays.map((d) => current?.[d]).find((v) => v !== undefined && v !== null);
        out.push({
          enabled: flag(rule[k.enabled], context),
          days: count(value, context),
          wholeStore: !hasFilter(first(rule[k.filters]), k.filterKeys, k.filterKeys),
          where: `${child.address} rule ${typeof rule[k.name] === 'string' ? `"${rule[k.name]}"` : `[${i}]`}`,
        });
      });
      continue;
    }
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
  }
  return out;
}
