import { ResourceView, RuleContext } from '../../model/view';
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
