/*
 * Validation and defaults of AuditLogPipelineProps (internal: not part of the jsii API).
 */
import { Token } from 'cdktf';
import { invalidInput } from '../../errors';
import { checkPort } from '../../kubernetes/validate';
import { ContainerResources } from '../../kubernetes/workload';
import { PiiRedaction } from '../redaction';
import { checkClassicValue } from './fluent-bit';
import type { AuditLogPipelineProps } from './pipeline';

/** Default image repository and version (the configuration's options were checked against 4.2.8). @internal */
export const DEFAULT_IMAGE = 'cr.fluentbit.io/fluent/fluent-bit';
/** @internal */
export const DEFAULT_VERSION = '4.2.8';
const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** The settings of a pipeline after validation and defaults. @internal */
export interface PipelineSettings {
  readonly apiServerPort: number;
  readonly uploadMinutes: number;
  readonly keyPrefix: string;
  readonly auditPath?: string;
  readonly resources: ContainerResources;
  readonly maxNodes: number;
  readonly secretRevision: number;
  readonly image: string;
  readonly version: string;
  readonly digest?: string;
  readonly imageReference: string;
  readonly redaction: PiiRedaction;
}

/** Check the scalar props and apply their defaults; throws with what, allowed and fix. @internal */
export function pipelineSettings(where: string, props: AuditLogPipelineProps): PipelineSettings {
  const apiServerPort = props.apiServerPort ?? 443;
  checkPort(apiServerPort, `${where} apiServerPort`);
  if (!props.apiServer || typeof props.apiServer.toNetworkPeerConfig !== 'function') {
    throw invalidInput({ code: 'API_SERVER_REQUIRED', what: `${where} apiServer`, given: props.apiServer, allowed: 'a network peer for the API server endpoint, e.g. Peer.ipBlock(\'10.250.0.10/32\', { country: \'DE\' })', fix: 'give the endpoint address of kubernetes.default.svc (kubectl get endpointslices -n default) and its country.' });
  }
  const uploadMinutes = props.uploadIntervalMinutes ?? 10;
  if (!Token.isUnresolved(uploadMinutes) && !(Number.isInteger(uploadMinutes) && uploadMinutes >= 1 && uploadMinutes <= 60)) {
    throw invalidInput({ code: 'INVALID_UPLOAD_INTERVAL', what: `${where} uploadIntervalMinutes`, given: uploadMinutes, allowed: 'a whole number of minutes from 1 to 60', fix: 'use 10 (the default); a shorter interval writes more, smaller objects.' });
  }
  const keyPrefix = props.keyPrefix ?? 'kubernetes';
  if (typeof keyPrefix !== 'string' || !/^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/.test(keyPrefix) || keyPrefix.length > 200) {
    throw invalidInput({ code: 'INVALID_KEY_PREFIX', what: `${where} keyPrefix`, given: keyPrefix, allowed: 'lower-case letters, digits, ".", "_", "-" in segments separated by "/", without leading or trailing "/", at most 200 characters', fix: 'use e.g. the cluster name, "prod-eu-1".' });
  }
  const auditPath = props.apiServerAuditLogPath;
  if (auditPath !== undefined) {
    checkClassicValue(`${where} apiServerAuditLogPath`, auditPath, 'give one absolute host path, e.g. "/var/log/kubernetes/audit/audit.log".');
    if (!auditPath.startsWith('/') || auditPath.endsWith('/') || auditPath.includes('..') || /[\s,]/.test(auditPath) || /[*?[]/.test(auditPath.slice(0, auditPath.lastIndexOf('/')))) {
      throw invalidInput({ code: 'INVALID_AUDIT_LOG_PATH', what: `${where} apiServerAuditLogPath`, given: auditPath, allowed: 'an absolute file path (a glob only in the file name), without "..", spaces or commas', fix: 'use the --audit-log-path of the API server, e.g. "/var/log/kubernetes/audit/audit.log".' });
    }
  }
  const resources = props.resources ?? { cpuRequest: '100m', cpuLimit: '500m', memoryRequest: '128Mi', memoryLimit: '512Mi' };
  const maxNodes = props.maxNodes ?? 100;
  if (!Token.isUnresolved(maxNodes) && !(Number.isInteger(maxNodes) && maxNodes >= 1 && maxNodes <= 5000)) {
    throw invalidInput({ code: 'INVALID_MAX_NODES', what: `${where} maxNodes`, given: maxNodes, allowed: 'a whole number from 1 to 5000 (the Kubernetes scalability limit)', fix: 'give the largest node count the cluster will reach.' });
  }
  const secretRevision = props.secretRevision ?? 1;
  if (!Token.isUnresolved(secretRevision) && !(Number.isInteger(secretRevision) && secretRevision >= 1)) {
    throw invalidInput({ code: 'INVALID_SECRET_REVISION', what: `${where} secretRevision`, given: secretRevision, allowed: 'a whole number of at least 1', fix: 'increase it by one each time the key variables change.' });
  }

  // --- image ---
  const image = props.image ?? DEFAULT_IMAGE;
  const version = props.version ?? DEFAULT_VERSION;
  const lastSegment = typeof image === 'string' ? image.slice(image.lastIndexOf('/') + 1) : '';
  if (typeof image !== 'string' || !/^[a-z0-9][a-z0-9._\-/:]*[a-z0-9]$/.test(image) || lastSegment.includes(':')) {
    throw invalidInput({ code: 'INVALID_IMAGE', what: `${where} image`, given: image, allowed: 'an image repository without tag or digest, e.g. "cr.fluentbit.io/fluent/fluent-bit" or "registry.example.eu/mirror/fluent-bit"', fix: 'give the tag as `version` and the digest as `imageDigest`.' });
  }
  if (typeof version !== 'string' || !/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(version) || version === 'latest') {
    throw invalidInput({ code: 'INVALID_VERSION', what: `${where} version`, given: version, allowed: 'an image tag such as "4.2.8" (not "latest", which moves)', fix: `use a released Fluent Bit version, e.g. "${DEFAULT_VERSION}".` });
  }
  const digest = props.imageDigest;
  if (digest !== undefined && !DIGEST.test(digest)) {
    throw invalidInput({ code: 'INVALID_IMAGE_DIGEST', what: `${where} imageDigest`, given: digest, allowed: '"sha256:" followed by 64 lower-case hex digits', fix: `take it from \`crane digest ${image}:${version}\` (or docker buildx imagetools inspect).` });
  }
  const imageReference = `${image}:${version}${digest ? `@${digest}` : ''}`;

  const redaction = props.redaction ?? new PiiRedaction();
  if (!(redaction instanceof PiiRedaction)) {
    throw invalidInput({ code: 'INVALID_REDACTION', what: `${where} redaction`, given: redaction, allowed: 'a PiiRedaction', fix: 'pass new PiiRedaction({...}) or leave it out for the default.' });
  }

  return { apiServerPort, uploadMinutes, keyPrefix, auditPath, resources, maxNodes, secretRevision, image, version, digest, imageReference, redaction };
}
