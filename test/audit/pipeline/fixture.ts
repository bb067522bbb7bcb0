/* A default AuditLogPipeline and accessors into its synthesized JSON. */
import { AuditLogPipeline, AuditLogPipelineProps } from '../../../lib/audit/pipeline/pipeline';
import { AuditLogStore } from '../../../lib/audit/store';
import { SovereigntyPolicyProps } from '../../../lib/core/policy';
import { Peer } from '../../../lib/kubernetes/peer';
import { parseClassic, ParsedSection } from '../fluent-bit-parser';
import { Json, synth, testStack, TestStack } from '../helpers';

export const DIGEST = `sha256:${'a1'.repeat(32)}`;

export interface Built extends TestStack {
  readonly pipeline: AuditLogPipeline;
  readonly store: AuditLogStore;
  readonly json: Json;
}

/** A Scaleway fr-par audit store and a pipeline shipping to it, in a cluster located in France. */
export function build(props: Partial<AuditLogPipelineProps> = {}, policyProps: SovereigntyPolicyProps = {}): Built {
  const t = testStack({ clusterLocation: 'FR', ...policyProps }, true);
  const store = new AuditLogStore(t.stack, 'AuditLogs', { provider: 'scaleway', region: 'fr-par', bucketName: 'acme-audit-logs' });
  const pipeline = new AuditLogPipeline(t.stack, 'AuditPipeline', {
    bucket: store,
    bucketEndpointCidrs: ['51.159.0.0/16'],
    apiServer: Peer.ipBlock('10.250.0.10/32', { country: 'FR' }),
    owner: 'team-platform',
    imageDigest: DIGEST,
    ...props,
  });
  return { ...t, store, pipeline, json: synth(t.stack) };
}

/** Every resource body of a type, keyed by logical id. */
export function all(json: Json, type: string): Record<string, Json> {
  return (json.resource?.[type] ?? {}) as Record<string, Json>;
}

/** The one resource of a type. */
export function only(json: Json, type: string): Json {
  const bodies = Object.values(all(json, type));
  if (bodies.length !== 1) throw new Error(`expected one ${type}, found ${bodies.length}`);
  return bodies[0];
}

export function configFiles(json: Json): Record<string, string> {
  return only(json, 'kubernetes_config_map_v1').data as Record<string, string>;
}

export function fluentBitConfig(json: Json): ParsedSection[] {
  return parseClassic(configFiles(json)['fluent-bit.conf']);
}

export function podSpec(json: Json): Json {
  return only(json, 'kubernetes_daemon_set_v1').spec.template.spec;
}
