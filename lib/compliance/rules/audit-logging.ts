import { Catalog } from '../../catalog/catalog';
import { ResourceView, RuleContext } from '../model/view';
import { defineRule } from '../rule';
import { FindingLevel, RuleViolation } from '../types';
import { RuleId } from './ids';
import { refs } from './refs';
import { auditLogSinks, isAuditLogStore, lockFacts, resolveStore, RETENTION_STORE_TYPES } from './stores';

type Check = (resource: ResourceView, context: RuleContext, index: AuditIndex) => RuleViolation[];

const PIPELINE_FIX = 'or run an in-cluster audit pipeline (a DaemonSet labelled cdktf-sovereign.org/component=audit-log-pipeline)';

/** Reads a literal boolean-ish value; undefined when unknown before apply. */
function bool(value: unknown, context: RuleContext): boolean | undefined {
  const v = context.literal(value);
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return undefined;
}

function unknownBefore(what: string, attribute: string, fix: string): RuleViolation {
  return { message: `${what} cannot be verified before apply: ${attribute} is an expression.`, attribute, fix };
}

/**
 * Managed audit switches of Kubernetes clusters, per provider.
 */
const CLUSTER_CHECKS: Record<string, Check> = {
  // https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources/ske_cluster.md (audit { enabled })
  stackit_ske_cluster: (r, context) => {
    const raw = r.attribute('audit.enabled');
    const on = bool(raw, context);
    if (on === true) return [];
    const fix = `Set audit = { enabled = true } (forwards the API-server audit log to a Telemetry Router) ${PIPELINE_FIX}.`;
    if (raw !== undefined && on === undefined) return [unknownBefore('The SKE audit log', 'audit.enabled', fix)];
    return [{ message: `The SKE cluster's Kubernetes API audit log is off (audit.enabled is ${raw === undefined ? 'not set' : String(raw)}).`, attribute: 'audit.enabled', fix }];
  },
  // https://github.com/exoscale/terraform-provider-exoscale/blob/v0.70.0/docs/resources/sks_cluster.md (audit { enabled, endpoint, bearer_token })
  exoscale_sks_cluster: (r, context) => {
    const raw = r.attribute('audit.enabled');
    const on = bool(raw, context);
    const fix = `Set audit { enabled = true, endpoint = "<your audit webhook>" } at creation ${PIPELINE_FIX}.`;
    if (on === true) {
      if (r.has('audit.endpoint')) return [];
      return [{ message: 'audit.enabled is true but audit.endpoint is not set: the API server has nowhere to send audit events.', attribute: 'audit.endpoint', fix }];
    }
    if (raw !== undefined && on === undefined) return [unknownBefore('The SKS audit log', 'audit.enabled', fix)];
    return [{ message: `The SKS cluster's Kubernetes API audit log is off (audit.enabled is ${raw === undefined ? 'not set' : String(raw)}).`, attribute: 'audit.enabled', fix }];
  },
  // https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/k8s_cluster.md
  // (s3_buckets { name }: "an IONOS Object Storage bucket used to store K8s API audit logs")
  ionoscloud_k8s_cluster: (r) => {
    if (r.values('s3_buckets.name').length > 0) return [];
    return [{
      message: 'The cluster sends its Kubernetes API audit logs nowhere: s3_buckets is not set.',
      attribute: 's3_buckets',
      fix: `Add s3_buckets { name = <an object-locked ionoscloud_s3_bucket> } ${PIPELINE_FIX}.`,
    }];
  },
  // https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources/cloud_project_kube_log_subscription.md (kube_id, kind = "audit", stream_id)
  ovh_cloud_project_kube: (r, context) => {
    const subs = r.childrenOfType('ovh_cloud_project_kube_log_subscription');
    const fix = `Add an ovh_cloud_project_kube_log_subscription { kube_id = <this cluster>, kind = "audit", stream_id = <LDP stream> } ${PIPELINE_FIX}.`;
    const kinds = subs.map((s) => context.literal(s.attribute('kind')));
    if (kinds.some((k) => k === 'audit')) return [];
    if (kinds.some((k) => k === undefined)) return [unknownBefore('The audit log subscription', 'kind', fix)];
    return [{ message: 'No ovh_cloud_project_kube_log_subscription of kind "audit" forwards this cluster\'s Kubernetes API audit log to Logs Data Platform.', fix }];
  },
  // No audit argument on CCE clusters (docs/resources/cce_cluster_v3.md); the Cloud Trace Service records CCE API operations:
  // https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/cts_tracker_v3.md
  opentelekomcloud_cce_cluster_v3: (_r, context, index) => {
    if (index.trackers.some((t) => trackerOn(t, context) === true)) return [];
    const fix = `Add an opentelekomcloud_cts_tracker_v3 { status = "enabled", bucket_name = <a WORM OBS bucket> } ${PIPELINE_FIX}.`;
    if (index.trackers.some((t) => trackerOn(t, context) === undefined)) return [unknownBefore('The CTS tracker', 'status', fix)];
    return [{ message: 'The configuration creates a CCE cluster but no enabled Cloud Trace Service tracker (opentelekomcloud_cts_tracker_v3 / _v1) records its API operations.', fix }];
  },
  // Audit logs only for dedicated control planes (catalog scaleway managedAuditLogging, docs-content kubernetes/how-to/access-audit-logs.mdx);
  // types: https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources/k8s_cluster.md
  scaleway_k8s_cluster: (r, context) => {
    const raw = r.attribute('type');
    const type = raw === undefined ? 'kapsule' : context.literal(raw);
    const fix = `Use a dedicated control plane (type = "kapsule-dedicated-4/8/16" or "multicloud-dedicated-*"), whose API-server audit logs go to Cockpit, ${PIPELINE_FIX}.`;
    if (typeof type !== 'string') return [unknownBefore('The cluster type (and so its audit log)', 'type', fix)];
    if (/-dedicated-/.test(type)) return [];
    return [{ message: `The cluster type "${type}" is a mutualized control plane, which produces no Kubernetes API audit log.`, attribute: 'type', fix }];
  },
  // UKS has no audit argument (catalog upcloud managedAuditLogging; docs/resources/kubernetes_cluster.md at v5.41.0).
  upcloud_kubernetes_cluster: () => [{
    message: 'UpCloud Kubernetes Service has no API-server audit log that Terraform can switch on, and no in-cluster audit pipeline is deployed.',
    fix: 'Run an in-cluster audit pipeline (a DaemonSet labelled cdktf-sovereign.org/component=audit-log-pipeline, or fluent-bit / vector) that ships logs to an object-locked bucket.',
  }],
  // https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/eks_cluster (enabled_cluster_log_types;
  // log types api, audit, authenticator, controllerManager, scheduler: https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html)
  aws_eks_cluster: (r, context) => {
    const raw = r.attribute('enabled_cluster_log_types');
    const fix = `Add "audit" to enabled_cluster_log_types ${PIPELINE_FIX}.`;
    if (raw === undefined || raw === null) return [{ message: 'enabled_cluster_log_types is not set, so the EKS control plane writes no audit log.', attribute: 'enabled_cluster_log_types', fix }];
    const list = Array.isArray(raw) ? raw : [raw];
    const values = list.map((v) => context.literal(v));
    if (values.includes('audit')) return [];
    if (values.some((v) => v === undefined)) return [unknownBefore('The EKS audit log', 'enabled_cluster_log_types', fix)];
    return [{ message: `enabled_cluster_log_types (${values.join(', ') || 'empty'}) does not include "audit".`, attribute: 'enabled_cluster_log_types', fix }];
  },
  // https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/monitor_diagnostic_setting.html.markdown (target_resource_id,
  // enabled_log { category | category_group }); AKS categories kube-audit, kube-audit-admin: https://learn.microsoft.com/azure/aks/monitor-aks-reference
  azurerm_kubernetes_cluster: (r, context, index) => {
    const settings = index.diagnostics.get(r.address) ?? [];
    if (settings.some((s) => auditCategories(s, context) === true)) return [];
    const fix = `Add an azurerm_monitor_diagnostic_setting with target_resource_id = this cluster and enabled_log { category = "kube-audit" } ${PIPELINE_FIX}.`;
    if (settings.some((s) => auditCategories(s, context) === undefined)) return [unknownBefore('The AKS diagnostic setting', 'enabled_log.category', fix)];
    return [{ message: 'No azurerm_monitor_diagnostic_setting sends this cluster\'s kube-audit logs anywhere.', fix }];
  },
  // Admin Activity audit logs are always written and cannot be disabled: https://cloud.google.com/logging/docs/audit#admin-activity
  google_container_cluster: () => [],
};

/** STACKIT keeps the platform audit log 90 days: https://docs.stackit.cloud/platform/audit-log */
const STACKIT_AUDIT_LOG_DAYS = 90;

const PROJECT_CHECKS: Record<string, Check> = {
  // Platform audit log always on, 90 days; routed with a Telemetry Link (resource_type, resource_id, telemetry_router_id):
  // https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources/telemetrylink.md
  stackit_resourcemanager_project: (r, context, index) => {
    const min = context.policy.auditLogMinRetention;
    if (index.telemetryLinks.get(r.address) || index.broadTelemetryLinks > 0) return [];
    if (min.toDays() <= STACKIT_AUDIT_LOG_DAYS) return [];
    return [{
      message: `STACKIT keeps the project's platform audit log for ${STACKIT_AUDIT_LOG_DAYS} days only, less than the policy minimum of ${min.toString()}, and no stackit_telemetrylink routes it to a Telemetry Router.`,
      fix: 'Add a stackit_telemetrylink (resource_type = "project", resource_id = this project) to a stackit_telemetryrouter_instance with an S3 destination on an object-locked bucket.',
    }];
  },
  // CTS trackers are per project: https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/cts_tracker_v3.md
  opentelekomcloud_identity_project_v3: (_r, context, index) => {
    if (index.trackers.some((t) => trackerOn(t, context) !== false)) return [];
    return [{
      message: 'The configuration creates a project but no enabled Cloud Trace Service tracker records its API operations.',
      fix: 'Add an opentelekomcloud_cts_tracker_v3 { status = "enabled", bucket_name = <a WORM OBS bucket> } for the project.',
    }];
  },
};

/** Whether a CTS tracker records: v3 `status`, v1 always. */
function trackerOn(tracker: ResourceView, context: RuleContext): boolean | undefined {
  if (tracker.resourceType === 'opentelekomcloud_cts_tracker_v1') return true;
  const status = context.literal(tracker.attribute('status'));
  if (typeof status !== 'string') return undefined;
  return status.toLowerCase() === 'enabled';
}

function trackerStatus(tracker: ResourceView, context: RuleContext): RuleViolation[] {
  const on = trackerOn(tracker, context);
  const fix = 'Set status = "enabled".';
  if (on === true) return [];
  if (on === undefined) return [unknownBefore('Whether the CTS tracker records', 'status', fix)];
  return [{ message: `The Cloud Trace Service tracker is disabled (status = "${String(tracker.attribute('status'))}").`, attribute: 'status', fix }];
}

const AUDIT_CATEGORIES = new Set(['kube-audit', 'kube-audit-admin']);
const AUDIT_GROUPS = new Set(['audit', 'alllogs']);

/** Whether a diagnostic setting enables an audit category (true/false; undefined when unknown). */
function auditCategories(setting: ResourceView, context: RuleContext): boolean | undefined {
  let unknown = false;
  for (const block of [...setting.values('enabled_log'), ...setting.values('log')]) {
    if (!block || typeof block !== 'object') continue;
    const b = block as Record<string, unknown>;
    if (b.enabled !== undefined && bool(b.enabled, context) === false) continue;
    const category = context.literal(b.category);
    const group = context.literal(b.category_group);
    if ((typeof category === 'string' && AUDIT_CATEGORIES.has(category)) || (typeof group === 'string' && AUDIT_GROUPS.has(group.toLowerCase()))) return true;
    if ((b.category !== undefined && category === undefined) || (b.category_group !== undefined && group === undefined)) unknown = true;
  }
  return unknown ? undefined : false;
}

/** A STACKIT Telemetry Router OpenTelemetry destination must point at a host the catalog can place. */
function otelSink(destination: ResourceView, context: RuleContext): RuleViolation[] {
  const uri = destination.attribute('config.opentelemetry.uri');
  if (uri === undefined) return [];
  const literal = context.literal(uri);
  const fix = 'Send audit logs to an S3 destination on an object-locked bucket of a catalogued EU region, or suppress with the location of the OpenTelemetry receiver as the reason.';
  if (typeof literal !== 'string') return [unknownBefore('Where this log sink is', 'config.opentelemetry.uri', fix)];
  const match = Catalog.resolveEndpoint(literal);
  if (match?.region) return [];
  return [{
    message: `Audit logs routed here go to ${literal}, whose location and immutability cannot be determined (SOV-LOCATION does not see OpenTelemetry receivers).`,
    attribute: 'config.opentelemetry.uri',
    fix,
  }];
}

function immutableStore(store: ResourceView, context: RuleContext): RuleViolation[] {
  const lock = lockFacts(store, context);
  if (lock.enabled === true) return [];
  const why = auditLogSinks(context).get(store.address) ?? `it is marked purpose=${store.purpose}`;
  if (lock.enabled === undefined) {
    return [{ message: `It receives audit logs (${why}), but whether object lock / WORM is on (${lock.where}) cannot be verified before apply.`, attribute: lock.attribute, fix: `${lock.how}, written as literals.` }];
  }
  return [{
    message: `It receives audit logs (${why}) but is not immutable: no object lock / WORM (${lock.where}), so logs can be altered or deleted.`,
    attribute: lock.attribute,
    fix: `${lock.how}.`,
    dependsOnUnverifiedFact: lock.unverified,
  }];
}

// ---------------------------------------------------------------------------------------
// One index per configuration: in-cluster pipelines, trackers, diagnostic settings,
// telemetry links and the buckets that receive audit logs.
// ---------------------------------------------------------------------------------------

const STORE_TYPES = new Set(RETENTION_STORE_TYPES);

interface AuditIndex {
  /** Whether an in-cluster pipeline covers the cluster at this address. */
  pipelineFor(clusterAddress: string): boolean;
  readonly trackers: ResourceView[];
  readonly diagnostics: Map<string, ResourceView[]>;
  readonly telemetryLinks: Map<string, ResourceView[]>;
  readonly broadTelemetryLinks: number;
}

const INDEX = new WeakMap<RuleContext, AuditIndex>();
const DAEMONSET_TYPES = new Set(['kubernetes_daemonset', 'kubernetes_daemon_set_v1', 'kubernetes_daemon_set']);
const PIPELINE_LABEL = 'cdktf-sovereign.org/component';
const PIPELINE_LABEL_VALUE = 'audit-log-pipeline';
const LOG_AGENT_IMAGE = /(^|\/)(fluent-bit|fluentbit|fluentd|fluentd-kubernetes-daemonset|vector)(:|@|$)/i;
const LOG_AGENT_CHART = /^(fluent-bit|fluentd|vector|fluent-operator)$/i;

function auditIndex(context: RuleContext): AuditIndex {
  const cached = INDEX.get(context);
  if (cached) return cached;
  const trackers: ResourceView[] = [];
  const diagnostics = new Map<string, ResourceView[]>();
  const telemetryLinks = new Map<string, ResourceView[]>();
  let broad = 0;
  const pipelineClusters = new Set<string>();
  let anywhere = false;

  for (const record of context._config.resources) {
    if (record.mode !== 'managed') continue;
    const t = record.type;
    if (t === 'opentelekomcloud_cts_tracker_v3' || t === 'opentelekomcloud_cts_tracker_v1') {
      const view = context._view(record);
      trackers.push(view);
    } else if (t === 'azurerm_monitor_diagnostic_setting') {
      const view = context._view(record);
      const target = resolveStore(record.body.target_resource_id, context);
      if (target) diagnostics.set(target.address, [...(diagnostics.get(target.address) ?? []), view]);
    } else if (t === 'stackit_telemetrylink') {
      const target = resolveStore(record.body.resource_id, context);
      if (target) telemetryLinks.set(target.address, [...(telemetryLinks.get(target.address) ?? []), context._view(record)]);
      else broad++;
    } else if (isPipeline(record.type, record.body, context)) {
      const cluster = clusterOf(context._view(record));
      if (cluster) pipelineClusters.add(cluster);
      else anywhere = true;
    }
  }

  const index: AuditIndex = {
    pipelineFor: (address) => anywhere || pipelineClusters.has(address),
    trackers,
    diagnostics,
    telemetryLinks,
    broadTelemetryLinks: broad,
  };
  INDEX.set(context, index);
  return index;
}

/** The heuristic for an in-cluster log pipeline (see the rule's documentation). */
function isPipeline(type: string, body: Record<string, unknown>, context: RuleContext): boolean {
  if (type === 'helm_release') {
    const chart = context.literal(body.chart);
    return typeof chart === 'string' && LOG_AGENT_CHART.test(chart.split('/').pop() ?? chart);
  }
  let workload: Record<string, unknown> | undefined;
  if (DAEMONSET_TYPES.has(type)) workload = body;
  else if (type === 'kubernetes_manifest') {
    const manifest = Array.isArray(body.manifest) ? body.manifest[0] : body.manifest;
    if (manifest && typeof manifest === 'object' && (manifest as Record<string, unknown>).kind === 'DaemonSet') workload = manifest as Record<string, unknown>;
  }
  if (!workload) return false;
  for (const path of ['metadata.labels', 'spec.template.metadata.labels']) {
    for (const labels of valuesAt(workload, path)) {
      if (labels && typeof labels === 'object' && (labels as Record<string, unknown>)[PIPELINE_LABEL] === PIPELINE_LABEL_VALUE) return true;
    }
  }
  for (const image of [...valuesAt(workload, 'spec.template.spec.container.image'), ...valuesAt(workload, 'spec.template.spec.containers.image')]) {
    const literal = context.literal(image);
    if (typeof literal === 'string' && LOG_AGENT_IMAGE.test(literal.split('@')[0])) return true;
  }
  return false;
}

function valuesAt(value: unknown, path: string): unknown[] {
  let current: unknown[] = [value];
  for (const segment of path.split('.')) {
    const next: unknown[] = [];
    for (const item of current) {
      for (const element of Array.isArray(item) ? item : [item]) {
        if (element && typeof element === 'object') {
          const v = (element as Record<string, unknown>)[segment];
          if (v !== undefined && v !== null) next.push(v);
        }
      }
    }
    current = next;
  }
  return current.flatMap((v) => (Array.isArray(v) ? v : [v]));
}

/** The cluster a Kubernetes/Helm resource runs on, from its effective location's source (`cluster <address> (…)`). */
function clusterOf(resource: ResourceView): string | undefined {
  return resource.kubernetesCluster?.address;
}

/**
 * SOV-AUDIT-LOGGING: a configuration that creates a managed Kubernetes cluster (or a cloud
 * project with a Terraform-switchable audit trail) also turns audit logging on — the
 * provider's managed switch or an in-cluster log pipeline — and every store that receives
 * audit logs is immutable (object lock / WORM).
 *
 * Where the logs go is judged by SOV-LOCATION / SOV-LOCATION-UNKNOWN (log sinks are secondary
 * locations); this rule adds only the OpenTelemetry sink of a STACKIT Telemetry Router, which
 * those rules do not see. How long logs are kept is SOV-RETENTION's concern.
 *
 * In-cluster pipeline heuristic: a DaemonSet (`kubernetes_daemonset`, `kubernetes_daemon_set_v1`,
 * or a `kubernetes_manifest` of kind DaemonSet) labelled `cdktf-sovereign.org/component:
 * audit-log-pipeline`, or running a fluent-bit, fluentd or vector image, or a `helm_release` of a
 * chart of that name. It counts for the cluster its kubernetes/helm provider connects to, or for
 * every cluster of the configuration when that cannot be determined.
 */
export const auditLoggingRule = defineRule({
  metadata: {
    id: RuleId.AUDIT_LOGGING,
    title: 'Audit logging is on and stored immutably in the jurisdiction',
    defaultLevel: FindingLevel.ERROR,
    references: refs('GDPR-33', 'GDPR-32', 'GAIAX-P3.1.7', 'C5-OPS-10', 'C5-OPS-11', 'C5-OPS-12', 'C5-OPS-13', 'C5-OPS-14', 'C5-PSS-04'),
    rationale:
      'GDPR Art. 33 gives 72 hours to report a breach and requires documenting it; BSI C5 OPS-10 to OPS-14 ask for central, protected, retained logs. A cluster or project without an audit trail, or logs in a store that can be altered, cannot support either.',
    remediation: 'Switch on the provider\'s audit log for clusters and projects (or run an in-cluster audit pipeline), and store the logs in an immutable (object-locked/WORM) bucket in the jurisdiction.',
    resourceTypes: [
      ...Object.keys(CLUSTER_CHECKS), ...Object.keys(PROJECT_CHECKS),
      'opentelekomcloud_cts_tracker_v3', 'stackit_telemetryrouter_destination', ...RETENTION_STORE_TYPES,
    ],
  },
  appliesTo: (resource, context) => {
    const t = resource.resourceType;
    if (CLUSTER_CHECKS[t] || PROJECT_CHECKS[t] || t === 'opentelekomcloud_cts_tracker_v3' || t === 'stackit_telemetryrouter_destination') return true;
    return STORE_TYPES.has(t) && isAuditLogStore(resource, context);
  },
  evaluate: (resource, context) => {
    const t = resource.resourceType;
    const index = auditIndex(context);
    const cluster = CLUSTER_CHECKS[t];
    if (cluster) {
      if (index.pipelineFor(resource.address)) return [];
      return cluster(resource, context, index);
    }
    const project = PROJECT_CHECKS[t];
    if (project) return project(resource, context, index);
    if (t === 'opentelekomcloud_cts_tracker_v3') return trackerStatus(resource, context);
    if (t === 'stackit_telemetryrouter_destination') return otelSink(resource, context);
    return immutableStore(resource, context);
  },
});
