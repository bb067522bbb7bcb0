import { ActionConditionFact, LifecycleShape } from '../../../catalog/facts/stores';
import { ConfigurationRole } from '../../../catalog/types';
import { ResourceView, RuleContext } from '../../model/view';
import { typeFact } from '../catalog-facts';
import { attached, storeOf } from './registry';
import { blockList, count, first, flag, hasFilter, S3_FILTERS } from './values';

// ---------------------------------------------------------------------------------------
// Object versions: whether a store keeps them, and what deletes the noncurrent ones.
//
// A versioned store turns a deletion or an overwrite into a noncurrent version; the
// expiration of current objects only adds a delete marker. Personal data is gone only when a
// lifecycle rule also expires noncurrent versions. Where each store writes its versioning and
// lifecycle rules is a catalog fact (`store.versioning`, `store.lifecycle`, and the
// configuration resources that `configures` VERSIONING or LIFECYCLE). Configuration
// resources in the S3 API's spelling: `versioning_configuration { status = Enabled | Suspended
// | Disabled }`, `rule { noncurrent_version_expiration { noncurrent_days, newer_noncurrent_versions } }`.
// `newer_noncurrent_versions = N` keeps the N newest noncurrent versions whatever their age ("If there are
// this many more recent noncurrent versions, Amazon S3 will take the associated action"):
//   https://docs.aws.amazon.com/AmazonS3/latest/API/API_NoncurrentVersionExpiration.html
// ---------------------------------------------------------------------------------------

/** Whether a store keeps object versions. @internal */
export interface VersioningFacts {
  /** true when versioning is enabled, false when off (or suspended), undefined when unknown before apply. */
  readonly enabled: boolean | undefined;
  /** Where it was read: an argument of the store or a versioning resource. */
  readonly where: string;
  /** The store's own argument, when it was read there. */
  readonly attribute?: string;
}

/** @internal */
export function versioningFacts(resource: ResourceView, context: RuleContext): VersioningFacts {
  const states: Array<{ on: boolean | undefined; where: string; attribute?: string }> = [];
  const a = resource.attributes as Record<string, unknown>;
  for (const arg of storeOf(resource)?.versioning ?? []) {
    const value = a[arg.argument];
    if (value === undefined || value === null) continue;
    if (typeof value === 'object') {
      const block = first(value);
      if (!block || typeof block !== 'object') continue;
      const field = arg.fields.find((f) => block[f] !== undefined);
      if (field !== undefined) states.push({ on: flag(block[field], context), where: `${arg.argument}.${field}`, attribute: `${arg.argument}.${field}` });
    } else if (arg.scalarIsFlag) {
      // `versioning = true`, or an expression for the whole block.
      states.push({ on: flag(value, context), where: `${arg.argument} ${typeof value === 'string' ? value : String(value)}`, attribute: arg.argument });
    }
  }
  for (const child of attached(resource, context)) {
    if (typeFact(child.resourceType)?.configures !== ConfigurationRole.VERSIONING) continue;
    const status = first(child.attribute('versioning_configuration'))?.status;
    states.push({ on: flag(status, context), where: `${child.address} status ${typeof status === 'string' ? status : JSON.stringify(status)}` });
  }
  const on = states.find((s) => s.on === true) ?? states.find((s) => s.on === undefined) ?? states[0];
  return on ? { enabled: on.on, where: on.where, attribute: on.attribute } : { enabled: false, where: 'no versioning argument' };
}

/** One lifecycle rule that deletes noncurrent versions. @internal */
export interface NoncurrentRule {
  /** Whether the rule is enabled; undefined when unknown before apply. */
  readonly enabled: boolean | undefined;
  /** Days after which noncurrent versions are deleted: undefined when the rule sets none, null when unknown. */
  readonly days: number | null | undefined;
  /** Noncurrent versions of each object the rule keeps whatever their age (0: none); null when unknown. */
  readonly kept: number | null;
  /** Whether it applies to every object (no prefix, tag or size filter). */
  readonly wholeStore: boolean;
  readonly where: string;
  readonly attribute?: string;
}

function keptOf(value: unknown, context: RuleContext): number | null {
  const n = count(value, context);
  return n === undefined ? 0 : n;
}

function zeroIsUnset(n: number | null | undefined): number | null | undefined {
  return n === 0 ? undefined : n;
}

/** ACTION_CONDITION: a delete rule matching noncurrent versions (its state is not the live one). */
function actionConditionRule(rule: any, ac: ActionConditionFact, where: string, path: string, context: RuleContext): NoncurrentRule | undefined {
  const type = context.literal(first(rule[ac.action])?.[ac.actionType]);
  const condition = first(rule[ac.condition]) ?? {};
  const rawState = condition[ac.state];
  const state = context.literal(rawState);
  if (typeof state === 'string' && state.toUpperCase() === ac.liveState) return undefined;
  const age = count(condition[ac.age], context);
  // The provider ignores 0 for these two conditions.
  const since = zeroIsUnset(count(condition[ac.sinceNoncurrent], context));
  const newer = zeroIsUnset(count(condition[ac.newerVersions], context));
  if (age === undefined && since === undefined && newer === undefined) return undefined;
  const stateKnown = rawState === undefined || rawState === null || typeof state === 'string';
  // Every condition must hold: a noncurrent version goes once it is older than both (only the
  // number of newer versions: as soon as enough newer versions exist).
  const days = age === null || since === null ? null : Math.max(age ?? 0, since ?? 0);
  const used = since !== undefined ? ac.sinceNoncurrent : age !== undefined ? ac.age : ac.newerVersions;
  return {
    enabled: typeof type === 'string' && stateKnown ? type === ac.deleteValue : undefined,
    days,
    // N newer versions matches versions with N newer ones (the live version counts): N - 1 noncurrent stay.
    kept: newer === undefined ? 0 : newer === null ? null : Math.max(0, newer - 1),
    wholeStore: !hasFilter(condition, ac.filters),
    where: `${where} (${ac.deleteValue}, ${ac.condition}.${used})`,
    attribute: `${path}.${ac.condition}.${used}`,
  };
}

/** Every lifecycle rule of a store that deletes noncurrent versions (inline and attached). @internal */
export function noncurrentExpiryRules(resource: ResourceView, context: RuleContext): NoncurrentRule[] {
  const out: NoncurrentRule[] = [];
  const a = resource.attributes as Record<string, unknown>;
  const own = storeOf(resource)?.lifecycle;

  if (own?.rules && own.shape !== LifecycleShape.RETENTION_DAYS) {
    const path = own.rules;
    blockList(a[path]).forEach((rule, i) => {
      const where = `${path}[${i}]`;
      const ac = own.actionCondition;
      if (own.shape === LifecycleShape.ACTION_CONDITION && ac && rule[ac.action] !== undefined) {
        const found = actionConditionRule(rule, ac, where, path, context);
        if (found) out.push(found);
        return;
      }
      const expiration = first(rule.noncurrent_version_expiration);
      if (!expiration || typeof expiration !== 'object') return;
      out.push({
        enabled: rule.enabled === undefined ? flag(rule.status ?? true, context) : flag(rule.enabled, context),
        days: count(expiration.noncurrent_days ?? expiration.days, context),
        kept: keptOf(expiration.newer_noncurrent_versions, context),
        wholeStore: !hasFilter(rule, S3_FILTERS),
        where: `${where}.noncurrent_version_expiration`,
        attribute: `${path}.noncurrent_version_expiration`,
      });
    });
  }

  for (const child of attached(resource, context)) {
    const fact = typeFact(child.resourceType);
    if (fact?.configures !== ConfigurationRole.LIFECYCLE) continue;
    const shape = fact.storeConfiguration?.lifecycle;
    const k = shape?.actionsByKind;
    if (shape?.shape === LifecycleShape.ACTIONS_BY_KIND && k) {
      blockList(child.attribute(shape.rules ?? 'rule')).forEach((rule, i) => {
        const version = first(first(rule[k.actions])?.[k.versions]);
        if (!version || typeof version !== 'object' || version[k.versionDays] === undefined) return;
        const days = count(version[k.versionDays], context);
        out.push({
          enabled: flag(rule[k.enabled], context),
          // -1 is the documented default: no deletion.
          days: typeof days === 'number' && days < 0 ? undefined : days,
          kept: 0,
          wholeStore: !hasFilter(first(rule[k.filters]), k.filterKeys, k.filterKeys),
          where: `${child.address} rule ${typeof rule[k.name] === 'string' ? `"${rule[k.name]}"` : `[${i}]`} ${k.actions}.${k.versions}`,
        });
      });
      continue;
    }
    const rules = [...blockList(child.attribute('rule')), ...blockList(child.attribute('rules'))];
    rules.forEach((rule, i) => {
      const expiration = first(rule.noncurrent_version_expiration);
      if (!expiration || typeof expiration !== 'object') return;
      const label = typeof rule.id === 'string' || typeof rule.id === 'number' ? `"${rule.id}"` : `[${i}]`;
      out.push({
        enabled: flag(rule.status ?? rule.enabled, context),
        days: count(expiration.noncurrent_days ?? expiration.days, context),
        kept: keptOf(expiration.newer_noncurrent_versions, context),
        wholeStore: !hasFilter(rule, S3_FILTERS),
        where: `${child.address} rule ${label} noncurrent_version_expiration`,
      });
    });
  }
  return out;
}
