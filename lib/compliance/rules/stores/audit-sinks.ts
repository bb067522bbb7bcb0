import { ResourceView, RuleContext } from '../../model/view';
import { fill, typeFact } from '../catalog-facts';
import { resolveStore, STORE_TYPES } from './registry';

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
 * resource types with an `auditSink` catalog fact (trails, clusters that export their API audit
 * log, diagnostic settings with an audit category, log routers and sinks).
 * @internal
 */
export function auditLogSinks(context: RuleContext): Map<string, string> {
  let sinks = AUDIT_SINKS.get(context);
  if (sinks) return sinks;
  sinks = new Map<string, string>();
  AUDIT_SINKS.set(context, sinks);
  const sources: Array<[unknown, string]> = [];
  for (let at = 0, all = context._config.resources; at < all.length; at++) {
    const record = all[at];
    if (record.mode !== 'managed') continue;
    const fact = typeFact(record.type);
    const sink = fact?.auditSink;
    if (!sink) continue;
    if (sink.logBlocks) {
      const setting = fact?.diagnosticSetting;
      const category = setting?.category ?? 'category';
      const group = setting?.categoryGroup ?? 'category_group';
      const pattern = new RegExp(sink.auditCategoryPattern ?? '$^', 'i');
      const logs = sink.logBlocks.flatMap((b) => record.values(b)) as Array<Record<string, unknown>>;
      const audit = logs.some((l) => pattern.test(String(l?.[category] ?? '')) || (sink.auditCategoryGroups ?? []).includes(String(l?.[group] ?? '').toLowerCase()));
      if (!audit) continue;
    }
    const what = fill(sink.description, { address: record.address });
    for (const argument of sink.arguments) {
      for (const value of record.values(argument)) {
        const v = sink.stripPrefix && typeof value === 'string' && value.startsWith(sink.stripPrefix) ? value.slice(sink.stripPrefix.length) : value;
        sources.push([v, what]);
      }
    }
  }
  for (const [value, what] of sources) {
    const store = resolveStore(value, context);
    if (store && STORE_TYPES.has(store.resourceType) && !sinks.has(store.address)) sinks.set(store.address, `written to by ${what}`);
  }
  return sinks;
}
