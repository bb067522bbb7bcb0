import { AnnotationMetadataEntryType } from 'cdktf';
import { ManagedAuditLogs } from '../../../lib/audit/managed/clusters';
import { StackitAuditLogRouting, StackitAuditLogRoutingProps } from '../../../lib/audit/managed/stackit';
import { AuditLogStore } from '../../../lib/audit/store';
import { RuleId } from '../../../lib/compliance/rules/ids';
import { FindingLevel } from '../../../lib/compliance/types';
import { Jurisdiction } from '../../../lib/core/jurisdiction';
import { check, errorOf, Json, open, raw, synth, testStack } from '../helpers';

const PROJECT = '0b5c3e2a-1f4d-4c6b-9a8e-7d6f5e4c3b2a';

function body(json: Json, type: string): Json {
  const all = Object.values((json.resource?.[type] ?? {}) as Record<string, Json>);
  if (all.length !== 1) throw new Error(`expected one ${type}, found ${all.length}`);
  const rest = { ...all[0] };
  delete rest['//'];
  return rest;
}

function setup(props: Partial<StackitAuditLogRoutingProps> = {}, policyProps = {}) {
  const t = testStack(policyProps);
  const store = new AuditLogStore(t.stack, 'AuditLogs', { provider: 'ionos', region: 'eu-central-3', bucketName: 'acme-stackit-audit' });
  const project = raw(t.stack, 'Project', 'stackit_resourcemanager_project', { name: 'prod', owner_email: 'platform@example.eu', parent_container_id: 'org-1' });
  const routing = new StackitAuditLogRouting(t.stack, 'StackitAudit', { projectId: project.getStringAttribute('project_id'), bucket: store, ...props });
  return { ...t, store, project, routing };
}

describe('StackitAuditLogRouting', () => {
  const { stack, policy, routing } = setup();
  const json = synth(stack);

  test('a Telemetry Router in eu01 with an S3 destination on the audit store, keys from sensitive variables', () => {
    expect(body(json, 'stackit_telemetryrouter_instance')).toEqual({
      project_id: '${stackit_resourcemanager_project.Project.project_id}', region: 'eu01', display_name: 'audit-logs',
      description: 'Audit logs to an object-locked bucket (cdktf-sovereign)',
    });
    const destination = body(json, 'stackit_telemetryrouter_destination');
    expect(destination.instance_id).toMatch(/^\$\{stackit_telemetryrouter_instance\.StackitAudit_\w+\.instance_id\}$/);
    expect(destination.region).toBe('eu01');
    expect(destination.config).toEqual({
      config_type: 'S3',
      s3: {
        bucket: 'acme-stackit-audit',
        endpoint: 'https://s3.eu-central-3.ionoscloud.com',
        access_key: { id: '${var.stackit_audit_s3_access_key_id}', secret: '${var.stackit_audit_s3_secret_access_key}' },
      },
    });
    for (const name of routing.variableNames) {
      expect(json.variable[name].sensitive).toBe(true);
      expect(json.variable[name].default).toBeUndefined();
    }
  });

  test('the project is linked to the router with a write-only token', () => {
    const token = body(json, 'stackit_telemetryrouter_access_token');
    expect(token.ttl).toBeUndefined();
    const link = body(json, 'stackit_telemetrylink');
    expect(link.resource_type).toBe('project');
    expect(link.resource_id).toBe('${stackit_resourcemanager_project.Project.project_id}');
    expect(link.telemetry_router_id).toMatch(/^\$\{stackit_telemetryrouter_instance\.StackitAudit_\w+\.instance_id\}$/);
    expect(link.access_token_wo).toMatch(/^\$\{stackit_telemetryrouter_access_token\.StackitAudit_AccessToken_\w+\.access_token\}$/);
    expect(link.access_token_wo_version).toBe(1);
    expect(link.access_token).toBeUndefined();
    expect(json.terraform.required_providers.stackit).toEqual({ source: 'stackitcloud/stackit' });
  });

  test('the engine: the project\'s audit log is routed, the destination bucket is an immutable, expiring audit store', () => {
    const report = check(stack, policy, json);
    expect(open(report).filter((l) => l.startsWith(`${RuleId.AUDIT_LOGGING} `) || l.startsWith(`${RuleId.RETENTION} `))).toEqual([]);
    expect(open(report).filter((l) => /stackit_telemetry|aws_s3_bucket|StackitAudit/.test(l))).toEqual([]);
  });

  test('a bucket outside STACKIT gets a warning: STACKIT documents S3 destinations on its own object storage', () => {
    const warnings = routing.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('STACKIT documents S3 destinations as "S3-compatible STACKIT Object Storage" (https://docs.stackit.cloud/products/logging-and-monitoring/telemetry-router/basics/architecture/)');
  });
});

describe('the engine without the routing', () => {
  test('a project whose 90-day platform audit log is not routed gets a SOV-AUDIT-LOGGING warning', () => {
    const t = testStack();
    raw(t.stack, 'Project', 'stackit_resourcemanager_project', { name: 'prod', owner_email: 'platform@example.eu', parent_container_id: 'org-1' });
    expect(open(check(t.stack, t.policy, synth(t.stack))).filter((l) => l.startsWith(`${RuleId.AUDIT_LOGGING} `))).toEqual([
      expect.stringMatching(/^SOV-AUDIT-LOGGING stackit_resourcemanager_project\.Project: The project's platform audit log is on .* viewable for 90 days \(https:\/\/docs\.stackit\.cloud\/platform\/audit-log\), less than the policy minimum of 1 year/),
    ]);
    const [finding] = check(t.stack, t.policy, synth(t.stack)).findings.filter((f) => f.ruleId === RuleId.AUDIT_LOGGING);
    expect(finding.level).toBe(FindingLevel.WARNING);
  });

  test('an SKE cluster with audit off fails; ManagedAuditLogs.enableStackitSke switches it on', () => {
    const t = testStack();
    const off = raw(t.stack, 'Off', 'stackit_ske_cluster', { name: 'off', region: 'eu01', node_pools: [] });
    const on = raw(t.stack, 'On', 'stackit_ske_cluster', { name: 'on', region: 'eu01', node_pools: [] });
    ManagedAuditLogs.enableStackitSke(on);
    const json = synth(t.stack);
    expect(json.resource.stackit_ske_cluster.On.audit).toEqual({ enabled: true });
    expect(json.resource.stackit_ske_cluster.Off.audit).toBeUndefined();
    expect(off.terraformResourceType).toBe('stackit_ske_cluster');
    expect(open(check(t.stack, t.policy, json)).filter((l) => l.startsWith(`${RuleId.AUDIT_LOGGING} `))).toEqual([
      'SOV-AUDIT-LOGGING stackit_ske_cluster.Off: The SKE cluster\'s Kubernetes API audit log is off (audit.enabled is not set).',
    ]);
  });
});

describe('StackitAuditLogRouting misuse', () => {
  test('a project id that is not a UUID', () => {
    expect(errorOf(() => setup({ projectId: 'my-project' }))).toBe(
      'StackitAuditLogRouting "audit/StackitAudit" projectId: got "my-project". Allowed: a STACKIT project UUID (lower-case, xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx) or a reference to a project resource. '
      + 'Fix: pass stackit_resourcemanager_project.project_id or the UUID from the portal.');
  });

  test('an unknown region, with a suggestion', () => {
    expect(errorOf(() => setup({ projectId: PROJECT, region: 'eu1' }))).toMatch(
      /^StackitAuditLogRouting "audit\/StackitAudit" region: got "eu1"\. Allowed: eu01, .*eu02.*\. Did you mean "eu01"/);
  });

  test('a region outside the jurisdiction (eu02 is in Austria)', () => {
    expect(errorOf(() => setup({ projectId: PROJECT, region: 'eu02' }, { jurisdiction: Jurisdiction.countries(['DE']) }))).toMatch(
      /^StackitAuditLogRouting "audit\/StackitAudit" region: got "eu02"\. Allowed: a region within the policy's jurisdiction \(DE\): /);
  });

  test('a token TTL of zero days', () => {
    expect(errorOf(() => setup({ projectId: PROJECT, accessTokenTtlDays: 0 }))).toBe(
      'StackitAuditLogRouting "audit/StackitAudit" accessTokenTtlDays: got 0. Allowed: a whole number of days of at least 1. Fix: leave it out for a token that does not expire, or give e.g. 365 and rotate before.');
  });

  test('an invalid variable prefix, and a prefix already used', () => {
    expect(errorOf(() => setup({ projectId: PROJECT, variablePrefix: 'Stackit-Audit' }))).toBe(
      'StackitAuditLogRouting "audit/StackitAudit" variablePrefix: got "Stackit-Audit". Allowed: lower-case letters, digits and _, starting with a letter, at most 41 characters. Fix: use e.g. "stackit_audit".');
    const { stack, store } = setup({ projectId: PROJECT });
    expect(errorOf(() => new StackitAuditLogRouting(stack, 'Second', { projectId: PROJECT, bucket: store }))).toBe(
      'StackitAuditLogRouting "audit/Second" variablePrefix: got "stackit_audit". Allowed: a prefix no other construct of the stack uses. Fix: give this routing its own variablePrefix.');
  });

  test('a token version of zero, and an invalid display name', () => {
    expect(errorOf(() => setup({ projectId: PROJECT, accessTokenVersion: 0 }))).toBe(
      'StackitAuditLogRouting "audit/StackitAudit" accessTokenVersion: got 0. Allowed: a whole number of at least 1. Fix: raise it by one when the token is replaced.');
    expect(errorOf(() => setup({ projectId: PROJECT, displayName: '' }))).toBe(
      'StackitAuditLogRouting "audit/StackitAudit" displayName: got "". Allowed: 1 to 63 letters, digits, spaces, ".", "_" or "-", starting with a letter or digit. Fix: use e.g. "audit-logs".');
  });

  test('enableStackitSke on another resource type', () => {
    const t = testStack();
    const other = raw(t.stack, 'Sks', 'exoscale_sks_cluster', { name: 'x' });
    expect(errorOf(() => ManagedAuditLogs.enableStackitSke(other))).toBe(
      'ManagedAuditLogs.enableStackitSke cluster: got "exoscale_sks_cluster". Allowed: a stackit_ske_cluster resource. '
      + 'Fix: pass the stackit_ske_cluster (from the provider\'s binding, or a TerraformResource with terraformResourceType "stackit_ske_cluster").');
  });
});
