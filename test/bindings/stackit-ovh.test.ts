/*
 * The STACKIT and OVHcloud bindings of the audit constructs against their tables
 * (stackit/provider-docs.ts at v0.113.0, ovh/provider-docs.ts at v2.19.0).
 */
import { TerraformResource } from 'cdktf';
import { OvhKubeAuditLogSubscription } from '../../lib/audit/managed/ovh';
import { StackitAuditLogRouting } from '../../lib/audit/managed/stackit';
import { AuditLogStore } from '../../lib/audit/store';
import { stackOf, synth } from '../storage/fixtures';
import { Json, problems, resourceProblems, typesWithPrefix } from './conformance';
import { OVH_DOCS } from './ovh/provider-docs';
import { STACKIT_DOCS } from './stackit/provider-docs';

function everything(): Json {
  const { stack } = stackOf();
  const store = new AuditLogStore(stack, 'AuditLogs', { provider: 'ionos', region: 'eu-central-3', bucketName: 'acme-stackit-audit' });
  const project = new TerraformResource(stack, 'Project', { terraformResourceType: 'stackit_resourcemanager_project' });
  new StackitAuditLogRouting(stack, 'StackitAudit', { projectId: project.getStringAttribute('project_id'), bucket: store, accessTokenTtlDays: 90 });
  new OvhKubeAuditLogSubscription(stack, 'OvhAudit', { serviceName: 'abc123', kubeId: 'kube-1', streamId: 'stream-1' });
  return synth(stack);
}

describe('STACKIT and OVHcloud bindings against their documentation', () => {
  const json = everything();

  test.each([
    ['stackitcloud/stackit v0.113.0', STACKIT_DOCS, 'stackit_telemetry'],
    ['ovh/ovh v2.19.0', OVH_DOCS, 'ovh_'],
  ] as const)('%s: every emitted argument documented, every required one present, attributes as objects', (_name, docs, prefix) => {
    expect(typesWithPrefix(json, prefix)).toEqual(Object.keys(docs.resources).sort());
    expect(resourceProblems(json, docs, (t) => t.startsWith(prefix))).toEqual([]);
  });

  test('the check can fail: a list where the plugin framework has a nested attribute is reported', () => {
    const body = { project_id: 'p', instance_id: 'i', display_name: 'd', config: [{ config_type: 'S3' }] };
    expect(problems(body, STACKIT_DOCS.resources.stackit_telemetryrouter_destination, 'd')).toEqual(['d.config: a nested attribute, rendered as a list (write an object)']);
  });

  test('each resource declares its provider source for required_providers', () => {
    expect(json.terraform.required_providers.stackit).toEqual({ source: 'stackitcloud/stackit' });
    expect(json.terraform.required_providers.ovh).toEqual({ source: 'ovh/ovh' });
  });
});
