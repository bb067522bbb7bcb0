import { Catalog } from '../../catalog/catalog';
import { AuditCheck, AuditLoggingFact } from '../../catalog/facts/audit';
import { KubernetesKind } from '../../catalog/facts/kubernetes';
import { ResourceCategory } from '../../catalog/types';
import { ResourceView, RuleContext } from '../model/view';
import { defineRule } from '../rule';
import { FindingLevel, RuleViolation } from '../types';
import { RuleId } from './ids';
import { fill, restsOn, typeFact, typesWith } from './catalog-facts';
import { refs } from './refs';
import { auditLogSinks, isAuditLogStore, lockFacts, resolveStore, RETENTION_STORE_TYPES } from './stores';

/** Reads a literal boolean-ish value; undefined when unknown before apply. */
function bool(value: unknown, context: RuleContext): boolean | undefined {
  const v = context.literal(value);
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return undefined;
}

function unknownBefore(what: string, attribute: string, fix: string | undefined): RuleViolation {
  return { message: `${what} cannot be verified before apply: ${attribute} is an expression.`, attribute, fix };
}

/** Whether a trail records: its status equals the enabled value, or it has no status (always on). */
function trailOn(trail: ResourceView, context: RuleContext): boolean | undefined {
  const fact = typeFact(trail.resourceType)?.auditTrail;
  if (!fact?.statusArgument) return true;
  const status = context.literal(trail.attribute(fact.statusArgument));
  if (typeof status !== 'string') return undefined;
  return status.toLowerCase() === fact.enabledValue;
}

/** Whether a diagnostic setting enables an audit category (true/false; undefined when unknown). */
function auditCategories(setting: ResourceView, f: AuditLoggingFact, context: RuleContext): boolean | undefined {
  const d = typeFact(setting.resourceType)?.diagnosticSetting;
  if (!d) return false;
  const categories = new Set(f.categories ?? []);
  const groups = new Set(f.categoryGroups ?? []);
  let unknown = false;
  for (const block of d.logBlocks.flatMap((b) => setting.values(b))) {
    if (!block || typeof block !== 'object') continue;
    const b = block as Record<string, unknown>;
    if (b[d.enabled] !== undefined && bool(b[d.enabled], context) === false) continue;
    const category = context.literal(b[d.category]);
    const group = context.literal(b[d.categoryGroup]);
    if ((typeof category === 'string' && categories.has(category)) || (typeof group === 'string' && groups.has(group.toLowerCase()))) return true;
    if ((b[d.category] !== undefined && category === undefined) || (b[d.categoryGroup] !== undefined && group === undefined)) unknown = true;
  }
  return unknown ? undefined : false;
}

/** A cluster's or project's audit switch, a trail's status or a log destination, as the catalog describes it. */
function judge(r: ResourceView, context: RuleContext, index: AuditIndex, f: AuditLoggingFact): RuleViolation[] {
  const argument = f.argument ?? '';
  const unknownArgument = f.unknownArgument ?? argument;
  switch (f.check) {
    case AuditCheck.FLAG: {
      const raw = r.attribute(argument);
      const on = bool(raw, context);
      if (on === true) {
        if (!f.requires || r.has(f.requires)) return [];
        return [{ message: f.requiresMessage!, attribute: f.requires, fix: f.fix }];
      }
      if (raw !== undefined && on === undefined) return [unknownBefore(f.what!, unknownArgument, f.fix)];
      return [{ message: fill(f.message!, { state: raw === undefined ? 'not set' : String(raw) }), attribute: argument, fix: f.fix }];
    }
    case AuditCheck.SET:
      return r.values(argument).length > 0 ? [] : [{ message: f.message!, attribute: f.attribute ?? argument, fix: f.fix }];
    case AuditCheck.CHILD: {
      const children = (f.childTypes ?? []).flatMap((t) => r.childrenOfType(t));
      const values = children.map((c) => context.literal(c.attribute(f.field!)));
      if (values.some((v) => v === f.value)) return [];
      if (values.some((v) => v === undefined)) return [unknownBefore(f.what!, f.field!, f.fix)];
      return [{ message: f.message!, fix: f.fix }];
    }
    case AuditCheck.TRAIL:
      if (index.trails.some((t) => trailOn(t, context) === true)) return [];
      if (index.trails.some((t) => trailOn(t, context) === undefined)) return [unknownBefore(f.what!, unknownArgument, f.fix)];
      return [{ message: f.message!, fix: f.fix }];
    case AuditCheck.ANY_TRAIL:
      return index.trails.some((t) => trailOn(t, context) !== false) ? [] : [{ message: f.message!, fix: f.fix }];
    case AuditCheck.VALUE_PATTERN: {
      const raw = r.attribute(argument);
      const value = raw === undefined ? f.absentValue : context.literal(raw);
      if (typeof value !== 'string') return [unknownBefore(f.what!, unknownArgument, f.fix)];
      if (new RegExp(f.pattern!).test(value)) return [];
      return [{ message: fill(f.message!, { value }), attribute: argument, fix: f.fix }];
    }
    case AuditCheck.LIST_CONTAINS: {
      const raw = r.attribute(argument);
      if (raw === undefined || raw === null) return [{ message: f.absentMessage!, attribute: argument, fix: f.fix }];
      const values = (Array.isArray(raw) ? raw : [raw]).map((v) => context.literal(v));
      if (values.includes(f.value)) return [];
      if (values.some((v) => v === undefined)) return [unknownBefore(f.what!, unknownArgument, f.fix)];
      return [{ message: fill(f.message!, { values: values.join(', ') || 'empty' }), attribute: argument, fix: f.fix }];
    }
    case AuditCheck.DIAGNOSTIC_SETTING: {
      const settings = index.diagnostics.get(r.address) ?? [];
      if (settings.some((s) => auditCategories(s, f, context) === true)) return [];
      if (settings.some((s) => auditCategories(s, f, context) === undefined)) return [unknownBefore(f.what!, unknownArgument, f.fix)];
      return [{ message: f.message!, fix: f.fix }];
    }
    case AuditCheck.PLATFORM_RETENTION: {
      const min = context.policy.auditLogMinRetention;
      if (index.telemetryLinks.get(r.address) || index.broadTelemetryLinks > 0) return [];
      if (min.toDays() <= (f.platformDays ?? 0)) return [];
      // The platform writes the audit log whatever Terraform says: only how long it is kept falls
      // short, and a route set up outside this configuration (on a parent folder or the
      // organization, or in the portal) would not show here. A warning, not an error.
      return [{
        message: fill(f.message!, { days: String(f.platformDays), minimum: min.toString(), source: f.source }),
        fix: f.fix,
        maxLevel: FindingLevel.WARNING,
        ...restsOn({ verified: f.verified, fact: `the platform keeps the audit log of ${r.resourceType} for ${f.platformDays} days`, source: f.source }),
      }];
    }
    case AuditCheck.NONE:
      return [{ message: f.message!, fix: f.fix }];
    case AuditCheck.TRAIL_STATUS: {
      const on = trailOn(r, context);
      if (on === true) return [];
      if (on === undefined) return [unknownBefore(f.what!, unknownArgument, f.fix)];
      return [{ message: fill(f.message!, { state: String(r.attribute(argument)) }), attribute: argument, fix: f.fix }];
    }
    case AuditCheck.ENDPOINT_SINK:
      return endpointSink(r, context, f);
    default:
      return [];
  }
}

/** A log destination must point at a host the catalog can place. */
function endpointSink(destination: ResourceView, context: RuleContext, f: AuditLoggingFact): RuleViolation[] {
  const argument = f.argument!;
  const uri = destination.attribute(argument);
  if (uri === undefined) return [];
  const literal = context.literal(uri);
  if (typeof literal !== 'string') return [unknownBefore(f.what!, argument, f.fix)];
  const match = Catalog.resolveEndpoint(literal);
  if (match?.region) return [];
  return [{ message: fill(f.message!, { value: literal }), attribute: argument, fix: f.fix }];
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
  readonly trails: ResourceView[];
  readonly diagnostics: Map<string, ResourceView[]>;
  readonly telemetryLinks: Map<string, ResourceView[]>;
  readonly broadTelemetryLinks: number;
}

const INDEX = new WeakMap<RuleContext, AuditIndex>();
const PIPELINE_LABEL = 'cdktf-sovereign.org/component';
const PIPELINE_LABEL_VALUE = 'audit-log-pipeline';
const LOG_AGENT_IMAGE = /(^|\/)(fluent-bit|fluentbit|fluentd|fluentd-kubernetes-daemonset|vector)(:|@|$)/i;
const LOG_AGENT_CHART = /^(fluent-bit|fluentd|vector|fluent-operator)$/i;

function auditIndex(context: RuleContext): AuditIndex {
  const cached = INDEX.get(context);
  if (cached) return cached;
  const trails: ResourceView[] = [];
  const diagnostics = new Map<string, ResourceView[]>();
  const telemetryLinks = new Map<string, ResourceView[]>();
  let broad = 0;
  const pipelineClusters = new Set<string>();
  let anywhere = false;

  for (let at = 0, all = context._config.resources; at < all.length; at++) {
    const record = all[at];
    if (record.mode !== 'managed') continue;
    const fact = typeFact(record.type);
    if (fact?.auditTrail) {
      trails.push(context._view(record));
    } else if (fact?.diagnosticSetting) {
      const view = context._view(record);
      const target = resolveStore(record.body[fact.diagnosticSetting.target], context);
      if (target) diagnostics.set(target.address, [...(diagnostics.get(target.address) ?? []), view]);
    } else if (fact?.telemetryLink) {
      const target = resolveStore(record.body[fact.telemetryLink.target], context);
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
    trails,
    diagnostics,
    telemetryLinks,
    broadTelemetryLinks: broad,
  };
  INDEX.set(context, index);
  return index;
}

/** The heuristic for an in-cluster log pipeline (see the rule's documentation). */
function isPipeline(type: string, body: Record<string, unknown>, context: RuleContext): boolean {
  const k8s = typeFact(type)?.kubernetes;
  if (!k8s) return false;
  if (k8s.kind === KubernetesKind.HELM_RELEASE) {
    const chart = context.literal(body[k8s.chartArgument ?? 'chart']);
    return typeof chart === 'string' && LOG_AGENT_CHART.test(chart.split('/').pop() ?? chart);
  }
  let workload: Record<string, unknown> | undefined;
  if (k8s.kind === KubernetesKind.DAEMON_SET) workload = body;
  else if (k8s.kind === KubernetesKind.MANIFEST && k8s.manifestArgument) {
    const value = body[k8s.manifestArgument];
    const manifest = Array.isArray(value) ? value[0] : value;
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
 * In-cluster pipeline heuristic: a DaemonSet (a type of kind DaemonSet, or a manifest of kind
 * DaemonSet) labelled `cdktf-sovereign.org/component: audit-log-pipeline`, or running a
 * fluent-bit, fluentd or vector image, or a Helm release of a chart of that name. It counts for
 * the cluster its kubernetes/helm provider connects to, or for every cluster of the
 * configuration when that cannot be determined.
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
    resourceTypes: [...new Set([...typesWith((f) => f.auditLogging), ...RETENTION_STORE_TYPES])],
  },
  appliesTo: (resource, context) => {
    if (typeFact(resource.resourceType)?.auditLogging) return true;
    return STORE_TYPES.has(resource.resourceType) && isAuditLogStore(resource, context);
  },
  evaluate: (resource, context) => {
    const fact = typeFact(resource.resourceType);
    const index = auditIndex(context);
    const audit = fact?.auditLogging;
    if (audit) {
      // An in-cluster pipeline covers a cluster's missing managed switch.
      if (fact?.category === ResourceCategory.KUBERNETES_CLUSTER && index.pipelineFor(resource.address)) return [];
      return judge(resource, context, index, audit);
    }
    return immutableStore(resource, context);
  },
});
