/*
 * The audit pipeline's Fluent Bit configuration: inputs, Kubernetes enrichment, PII
 * redaction, S3 output (internal: not part of the jsii API). Option names: see fluent-bit.ts.
 */
import { PiiRedaction } from '../redaction';
import { FluentBitSection, renderClassic } from './fluent-bit';

/** Where things are inside the Fluent Bit container. @internal */
export const PATHS = {
  /** The ConfigMap (fluent-bit.conf, parsers.conf, redact.lua). */
  configDir: '/fluent-bit/config',
  /** Host log directory, read-only. */
  hostLogs: '/var/log',
  /** Writable host directory for tail positions, the filesystem buffer and the S3 upload buffer. */
  stateDir: '/var/lib/cdktf-sovereign-audit',
  /** The kubelet's symlinks to container logs. */
  containerLogs: '/var/log/containers/*.log',
  /** Service-account credentials mounted by Kubernetes. */
  serviceAccountDir: '/var/run/secrets/kubernetes.io/serviceaccount',
};

/** Tag of container-log records (`kube.var.log.containers.<file>`, the kubernetes filter's default prefix). @internal */
export const CONTAINER_TAG = 'kube.*';
/** Tag of API-server audit events. @internal */
export const API_AUDIT_TAG = 'apiserver.audit';
/** Name of the parser for API-server audit events (JSON lines). @internal */
export const AUDIT_PARSER = 'k8s-audit-json';

/** @internal */
export interface PipelineConfigOptions {
  readonly bucketName: string;
  /** `https://host` of the bucket's S3 endpoint. */
  readonly endpoint: string;
  /** SigV4 signing region. */
  readonly signingRegion: string;
  /** Key prefix without leading or trailing `/`. */
  readonly keyPrefix: string;
  readonly uploadTimeoutMinutes: number;
  readonly redaction: PiiRedaction;
  /** Host path (glob) of the API-server audit log, when collected. */
  readonly apiServerAuditLogPath?: string;
  /** Port of the API server as seen from pods (`kubernetes.default.svc`). */
  readonly apiServerPort: number;
}

/** The `[SERVICE]`, `[INPUT]`, `[FILTER]` and `[OUTPUT]` sections, in order. @internal */
export function pipelineSections(o: PipelineConfigOptions): FluentBitSection[] {
  const state = PATHS.stateDir;
  const sections: FluentBitSection[] = [
    {
      name: 'SERVICE',
      entries: [
        ['Flush', '5'],
        ['Daemon', 'Off'],
        ['Log_Level', 'info'],
        ['Parsers_File', `${PATHS.configDir}/parsers.conf`],
        // No HTTP server: nothing listens in the pod, so the NetworkPolicy allows no ingress.
        ['HTTP_Server', 'Off'],
        // Filesystem buffering on the node: records survive a restart of the pod or an outage of the bucket.
        ['storage.path', `${state}/buffer`],
        ['storage.sync', 'normal'],
        ['storage.checksum', 'On'],
        ['storage.backlog.mem_limit', '16M'],
      ],
    },
    {
      name: 'INPUT',
      entries: [
        ['Name', 'tail'],
        ['Alias', 'container_logs'],
        ['Tag', CONTAINER_TAG],
        ['Path', PATHS.containerLogs],
        // Container runtimes write either the Docker JSON or the CRI format; both built-in multiline parsers reassemble split lines.
        ['multiline.parser', 'docker, cri'],
        ['DB', `${state}/tail-containers.db`],
        ['DB.locking', 'true'],
        // Files found at start-up without a saved position are read from the beginning: duplicates rather than gaps.
        ['Read_from_Head', 'On'],
        ['Refresh_Interval', '10'],
        ['Rotate_Wait', '30'],
        ['Buffer_Max_Size', '1M'],
        // A line over Buffer_Max_Size is skipped instead of the whole file being dropped from monitoring.
        ['Skip_Long_Lines', 'On'],
        ['Mem_Buf_Limit', '64M'],
        ['storage.type', 'filesystem'],
      ],
    },
  ];
  if (o.apiServerAuditLogPath !== undefined) {
    sections.push({
      name: 'INPUT',
      entries: [
        ['Name', 'tail'],
        ['Alias', 'apiserver_audit'],
        ['Tag', API_AUDIT_TAG],
        ['Path', o.apiServerAuditLogPath],
        ['Parser', AUDIT_PARSER],
        ['DB', `${state}/tail-apiserver-audit.db`],
        ['DB.locking', 'true'],
        ['Read_from_Head', 'On'],
        ['Refresh_Interval', '10'],
        ['Rotate_Wait', '30'],
        ['Buffer_Max_Size', '4M'],
        ['Skip_Long_Lines', 'On'],
        ['Mem_Buf_Limit', '64M'],
        ['storage.type', 'filesystem'],
      ],
    });
  }
  sections.push({
    name: 'FILTER',
    entries: [
      ['Name', 'kubernetes'],
      ['Alias', 'kubernetes_metadata'],
      ['Match', CONTAINER_TAG],
      ['Kube_URL', `https://kubernetes.default.svc:${o.apiServerPort}`],
      ['Kube_CA_File', `${PATHS.serviceAccountDir}/ca.crt`],
      ['Kube_Token_File', `${PATHS.serviceAccountDir}/token`],
      ['Kube_Tag_Prefix', 'kube.var.log.containers.'],
      ['Merge_Log', 'On'],
      ['Keep_Log', 'Off'],
      ['Labels', 'On'],
      ['Annotations', 'On'],
      // Pods must not be able to opt out of the audit trail or swap its parser by annotation.
      ['K8S-Logging.Parser', 'Off'],
      ['K8S-Logging.Exclude', 'Off'],
    ],
  });
  // Redaction comes after the kubernetes filter (so the metadata it adds is redacted too) and before every output.
  const redaction = o.redaction.filterProperties(`${PATHS.configDir}/${PiiRedaction.SCRIPT_FILE_NAME}`);
  sections.push({
    name: 'FILTER',
    entries: [
      ['Name', redaction.name],
      ['Alias', 'pii_redaction'],
      ['Match', redaction.match],
      ['script', redaction.script],
      ['call', redaction.call],
      ['protected_mode', redaction.protected_mode],
    ],
  });
  sections.push({
    name: 'OUTPUT',
    entries: [
      ['Name', 's3'],
      ['Alias', 'audit_store'],
      ['Match', '*'],
      ['bucket', o.bucketName],
      ['region', o.signingRegion],
      // The https:// scheme makes the plugin connect with TLS (plugins/out_s3/s3.c: anything but http:// is TLS).
      ['endpoint', o.endpoint],
      ['tls', 'On'],
      ['tls.verify', 'On'],
      // Object lock requires Content-MD5 on PutObject (docs: "as is required when Object Lock is enabled").
      ['send_content_md5', 'true'],
      // One complete object per upload: no half-finished multipart uploads left in a locked bucket.
      ['use_put_object', 'On'],
      ['compression', 'gzip'],
      ['total_file_size', '50M'],
      ['upload_timeout', `${o.uploadTimeoutMinutes}m`],
      ['s3_key_format', `/${o.keyPrefix}/%Y/%m/%d/%H/$TAG/%M%S-$UUID.gz`],
      ['store_dir', `${state}/s3`],
      ['store_dir_limit_size', '1G'],
      ['json_date_key', 'date'],
      ['json_date_format', 'iso8601'],
      ['Retry_Limit', '10'],
    ],
  });
  return sections;
}

/** The parsers file: the API-server audit log is one JSON event per line. @internal */
export function parserSections(): FluentBitSection[] {
  return [{ name: 'PARSER', entries: [['Name', AUDIT_PARSER], ['Format', 'json']] }];
}

/** fluent-bit.conf. @internal */
export function renderPipelineConfig(o: PipelineConfigOptions): string {
  return renderClassic(pipelineSections(o),
    'Rendered by cdktf-sovereign (AuditLogPipeline). Order matters: inputs, kubernetes metadata, PII redaction, then the S3 output.');
}

/** parsers.conf. @internal */
export function renderParsers(): string {
  return renderClassic(parserSections(), 'Rendered by cdktf-sovereign (AuditLogPipeline).');
}
