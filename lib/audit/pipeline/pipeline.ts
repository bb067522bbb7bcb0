import { createHash } from 'crypto';
import { Annotations, Lazy, TerraformStack, TerraformVariable, Token } from 'cdktf';
import { Construct } from 'constructs';
import { ClusterRoleBindingV1 } from '@cdktf/provider-kubernetes/lib/cluster-role-binding-v1';
import { ClusterRoleV1 } from '@cdktf/provider-kubernetes/lib/cluster-role-v1';
import { ConfigMapV1 } from '@cdktf/provider-kubernetes/lib/config-map-v1';
import { DaemonSetV1, DaemonSetV1SpecTemplateSpecContainerVolumeMount, DaemonSetV1SpecTemplateSpecVolume } from '@cdktf/provider-kubernetes/lib/daemon-set-v1';
import { SecretV1 } from '@cdktf/provider-kubernetes/lib/secret-v1';
import { ServiceAccountV1 } from '@cdktf/provider-kubernetes/lib/service-account-v1';
import { Catalog } from '../../catalog/catalog';
import { DataClassification } from '../../core/classification';
import { SovereigntyLabels } from '../../core/labels';
import { invalidInput } from '../../errors';
import { SovereigntyChecks } from '../../compliance/synth';
import { PodSecurityLevel, SovereignNamespace } from '../../kubernetes/namespace';
import { Peer } from '../../kubernetes/peer';
import { checkDnsLabel, checkLabelValue, parseQuantity } from '../../kubernetes/validate';
import { ContainerResources } from '../../kubernetes/workload';
import { INetworkPeer, Port } from '../../kubernetes/zone';
import { EuBucket, IEuBucket } from '../../storage/eu-bucket';
import { resolveStorageLocation } from '../../storage/location';
import { PiiRedaction } from '../redaction';
import { PATHS, renderParsers, renderPipelineConfig } from './config';
import { pipelineSettings } from './settings';

/** Settings of an `AuditLogPipeline`. */
export interface AuditLogPipelineProps {
  /** Where the logs go: an object-locked bucket in the jurisdiction, normally an `AuditLogStore`. */
  readonly bucket: IEuBucket;

  /**
   * The address blocks of the bucket's S3 endpoint (e.g. `["51.159.0.0/16"]`), for the egress
   * NetworkPolicy. Their country is the bucket region's country from the catalog, checked
   * against the policy's jurisdiction. Look them up with `dig +short <endpoint host>` and prefer
   * the provider's published ranges: endpoint addresses can change.
   */
  readonly bucketEndpointCidrs: string[];

  /**
   * The Kubernetes API server as the pods reach it after service translation (the endpoint
   * address of `kubernetes.default.svc`, `kubectl get endpointslices -n default`), e.g.
   * `Peer.ipBlock('10.250.0.10/32', { country: 'DE' })`. The kubernetes filter reads pod metadata from it.
   */
  readonly apiServer: INetworkPeer;

  /**
   * Port the API server endpoint listens on (443 on most managed services, 6443 with kubeadm).
   * @default 443
   */
  readonly apiServerPort?: number;

  /** Team or person accountable for the pipeline (owner label of its namespace). */
  readonly owner: string;

  /**
   * Namespace created for the pipeline.
   * @default 'audit-logging'
   */
  readonly namespace?: string;

  /**
   * Fluent Bit image repository.
   * @default 'cr.fluentbit.io/fluent/fluent-bit'
   */
  readonly image?: string;

  /**
   * Fluent Bit version (the image tag). The generated configuration uses options checked
   * against the sources of 4.2.8.
   * @default '4.2.8'
   */
  readonly version?: string;

  /**
   * Digest of the image for `version` (`sha256:<64 hex>`), e.g. from
   * `crane digest cr.fluentbit.io/fluent/fluent-bit:4.2.8`. Without it the image is pulled by
   * tag, a synth warning says so and the DaemonSet carries the annotation `cdktf-sovereign.org/image-not-pinned`.
   * @default - not pinned (warning)
   */
  readonly imageDigest?: string;

  /**
   * The PII redaction filter, placed after the Kubernetes metadata filter and before the output.
   * @default - new PiiRedaction(): e-mail, IPv4 and IPv6 addresses pseudonymised
   */
  readonly redaction?: PiiRedaction;

  /**
   * Host path (a file or glob) of the API-server audit log, for self-managed control planes
   * (kubeadm: `--audit-log-path`, e.g. `/var/log/kubernetes/audit/audit.log`). The DaemonSet
   * tolerates every taint by default, so it also runs on control-plane nodes.
   * @default - not collected (managed control planes: switch on the provider's audit log instead)
   */
  readonly apiServerAuditLogPath?: string;

  /**
   * Key prefix of the log objects (without leading or trailing `/`), e.g. the cluster name.
   * Objects are written as `<prefix>/YYYY/MM/DD/HH/<tag>/MMSS-<uuid>.gz`.
   * @default 'kubernetes'
   */
  readonly keyPrefix?: string;

  /**
   * Minutes after which a buffered file is uploaded even when it is smaller than 50 MB.
   * @default 10
   */
  readonly uploadIntervalMinutes?: number;

  /**
   * Requests and limits of the Fluent Bit container.
   * @default - CPU 100m / 500m, memory 128Mi / 512Mi
   */
  readonly resources?: ContainerResources;

  /**
   * Most nodes the cluster will have; sizes the namespace's ResourceQuota (one pod per node).
   * @default 100
   */
  readonly maxNodes?: number;

  /**
   * Whether the DaemonSet tolerates every taint, so that no node (control plane, dedicated
   * pools) escapes the audit trail.
   * @default true
   */
  readonly tolerateAllTaints?: boolean;

  /**
   * PriorityClass of the pods (e.g. `system-node-critical`, where the cluster allows it outside kube-system).
   * @default - the cluster default
   */
  readonly priorityClassName?: string;

  /**
   * Revision of the secret's write-only data: increase it after changing the key variables so
   * that Terraform rewrites the Kubernetes secret.
   * @default 1
   */
  readonly secretRevision?: number;
}

const NAME = 'fluent-bit';
/** Label on the namespace naming the one Pod Security exception. */
export const POD_SECURITY_EXCEPTION_LABEL = 'cdktf-sovereign.org/pod-security-exception';
/** Value of the component / exception labels. */
export const AUDIT_PIPELINE_COMPONENT = 'audit-log-pipeline';
const IMAGE_NOT_PINNED = 'cdktf-sovereign.org/image-not-pinned';
const CONFIG_HASH = 'cdktf-sovereign.org/config-sha256';
/** DaemonSet annotation naming the bucket the logs go to: `<provider>/<region>/<bucket>`. */
const AUDIT_LOG_BUCKET = 'cdktf-sovereign.org/audit-log-bucket';

/** Why the namespace is privileged and the pod runs as root: the text of the suppressions and the namespace annotation. */
export const POD_SECURITY_EXCEPTION_REASON =
  'Audit log pipeline (Fluent Bit DaemonSet): reads container and API-server logs from hostPath /var/log (read-only) and keeps its ' +
  'positions and upload buffer in a hostPath state directory, which Pod Security baseline and restricted forbid; runs as UID 0 ' +
  'because the runtime writes those logs as root with mode 0640/0600. Everything else is hardened: all capabilities dropped, no ' +
  'privilege escalation, read-only root filesystem, seccomp RuntimeDefault, no host network/PID/IPC, no ports, egress only to ' +
  'the API server, cluster DNS and the bucket endpoint.';

/**
 * Fluent Bit as a DaemonSet that ships every container log (and, on self-managed control
 * planes, the API-server audit log) to an object-locked EU bucket: Kubernetes metadata added,
 * personal data pseudonymised by `PiiRedaction` before anything leaves the node, uploaded
 * gzip-compressed over TLS with Content-MD5 (required by object lock).
 *
 * It runs in its own namespace with the sovereign baseline (default deny, DNS only, quota,
 * limits) plus egress to exactly the API server and the bucket endpoint, and a service account
 * that may only read pods and namespaces. Reading host logs needs hostPath volumes, which no
 * Pod Security level but `privileged` allows: that is the one exception. The namespace is
 * labelled `cdktf-sovereign.org/pod-security-exception=audit-log-pipeline`, and SOV-POD-SECURITY is
 * suppressed with the reason on exactly the namespace and the DaemonSet.
 *
 * Credentials come from sensitive Terraform variables `<ns>_s3_access_key_id`,
 * `<ns>_s3_secret_access_key` and `<ns>_redaction_key` (`<ns>` = namespace with `_`), written
 * to a Kubernetes secret as write-only data (never in Terraform state; Terraform 1.11+).
 *
 * @example
 * const store = new AuditLogStore(stack, 'AuditLogs', { provider: 'scaleway', region: 'fr-par', bucketName: 'acme-audit' });
 * new AuditLogPipeline(stack, 'AuditPipeline', {
 *   bucket: store, bucketEndpointCidrs: ['51.159.0.0/16'], owner: 'team-platform',
 *   apiServer: Peer.ipBlock('10.250.0.10/32', { country: 'FR' }),
 * });
 */
export class AuditLogPipeline extends Construct {
  /** The pipeline's namespace (Pod Security `privileged`, the documented exception). */
  public readonly namespace: SovereignNamespace;
  /** The DaemonSet. */
  public readonly daemonSet: DaemonSetV1;
  /** The ConfigMap with fluent-bit.conf, parsers.conf and redact.lua. */
  public readonly configMap: ConfigMapV1;
  /** The service account (read-only on pods and namespaces). */
  public readonly serviceAccount: ServiceAccountV1;
  /** The ClusterRole. */
  public readonly clusterRole: ClusterRoleV1;
  /** The secret holding the S3 credentials and the redaction key. */
  public readonly secret: SecretV1;
  /** The redaction filter. */
  public readonly redaction: PiiRedaction;
  /** The image reference that runs (`repository:version@sha256:…` or `repository:version`). */
  public readonly imageReference: string;
  /** Whether the image is pinned by digest. */
  public readonly imagePinned: boolean;
  /** Names of the sensitive Terraform variables to set (`TF_VAR_<name>`). */
  public readonly variableNames: string[];

  constructor(scope: Construct, id: string, props: AuditLogPipelineProps) {
    super(scope, id);
    if (props === undefined || props === null || typeof props !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: 'AuditLogPipeline props', given: props, allowed: 'an AuditLogPipelineProps object', fix: 'pass { bucket, bucketEndpointCidrs, apiServer, owner }.' });
    }
    const where = `AuditLogPipeline "${this.node.path}"`;
    const namespaceName = props.namespace ?? 'audit-logging';
    checkDnsLabel(namespaceName, `${where} namespace`);
    checkLabelValue(props.owner, `${where} owner`);
    const bucket = props.bucket;
    if (!bucket || typeof bucket.bucketName !== 'string' || typeof bucket.endpoint !== 'string') {
      throw invalidInput({ code: 'INVALID_BUCKET', what: `${where} bucket`, given: bucket, allowed: 'an IEuBucket (an AuditLogStore or an EuBucket)', fix: 'create the store with new AuditLogStore(...) and pass it.' });
    }
    if (Token.isUnresolved(bucket.bucketName)) {
      throw invalidInput({ code: 'UNRESOLVED_BUCKET_NAME', what: `${where} bucket`, given: bucket.bucketName, allowed: 'a bucket with a literal name', fix: 'name the bucket with a literal string: it is written into the Fluent Bit configuration file.' });
    }
    if (bucket instanceof EuBucket && (bucket.objectLock === undefined || bucket.retention === undefined)) {
      throw invalidInput({
        code: 'AUDIT_BUCKET_NOT_LOCKED',
        what: `${where} bucket`,
        given: `${bucket.node.path} (${bucket.objectLock ? 'object lock' : 'no object lock'}, ${bucket.retention ? `expiry ${bucket.retention.toString()}` : 'no expiry'})`,
        allowed: 'a bucket with object lock and a lifecycle expiry: audit logs must not be alterable, nor kept forever',
        fix: 'store the logs in an AuditLogStore (object lock for the policy minimum, expiry at the policy maximum).',
      });
    }
    // Re-resolve the bucket's location under this construct's policy: jurisdiction, endpoint and signing region.
    const location = resolveStorageLocation(this, { what: `${where} bucket`, provider: bucket.providerId, region: bucket.region, endpoint: bucket.endpoint });
    if (location.provider.id === 'otc') {
      Annotations.of(this).addWarning(
        `${where}: Fluent Bit's s3 output addresses buckets path-style (https://<endpoint>/<bucket>/<key>, plugins/out_s3/s3.c), ` +
        `and the catalog records that Open Telekom Cloud OBS requires virtual-hosted-style requests (${location.provider.objectStorage?.source}). ` +
        'Test an upload before relying on it, or store the logs with another provider.');
    }
    const cidrs = props.bucketEndpointCidrs;
    if (!Array.isArray(cidrs) || cidrs.length === 0) {
      throw invalidInput({
        code: 'BUCKET_ENDPOINT_CIDRS_REQUIRED',
        what: `${where} bucketEndpointCidrs`,
        given: cidrs,
        allowed: 'one or more CIDR blocks of the bucket endpoint, for the egress NetworkPolicy (the namespace denies all other egress)',
        fix: `resolve ${new URL(location.endpoint).host} (dig +short) or take the provider's published ranges, e.g. ['203.0.113.0/24'].`,
      });
    }
    const settings = pipelineSettings(where, props);
    const { apiServerPort, uploadMinutes, keyPrefix, auditPath, resources, maxNodes, secretRevision, image, version } = settings;
    this.imagePinned = settings.digest !== undefined;
    this.imageReference = settings.imageReference;
    if (!this.imagePinned) {
      Annotations.of(this).addWarning(
        `${where}: image "${this.imageReference}" is not pinned by digest, so the log agent that reads every log of the cluster can change without a change here. ` +
        `Set imageDigest (e.g. from \`crane digest ${image}:${version}\`).`);
    }
    this.redaction = settings.redaction;

    // --- namespace: the documented Pod Security exception ---
    const cpu = parseQuantity(resources.cpuRequest, `${where} resources.cpuRequest`, '100m');
    const memory = parseQuantity(resources.memoryRequest, `${where} resources.memoryRequest`, '128Mi');
    const cpuLimit = parseQuantity(resources.cpuLimit, `${where} resources.cpuLimit`, '500m');
    const memoryLimit = parseQuantity(resources.memoryLimit, `${where} resources.memoryLimit`, '512Mi');
    for (const [what, request, limit] of [['CPU', cpu, cpuLimit], ['memory', memory, memoryLimit]] as const) {
      if (request !== undefined && limit !== undefined && request > limit) {
        throw invalidInput({ code: 'REQUEST_ABOVE_LIMIT', what: `${where} resources ${what}`, given: resources, allowed: 'a request at most the limit', fix: 'lower the request or raise the limit.' });
      }
    }
    const scale = (value: number | undefined, unit: 'm' | ''): string | undefined => value === undefined ? undefined
      : unit === 'm' ? `${Math.ceil(value * 1000 * maxNodes)}m` : String(Math.ceil(value * maxNodes));
    this.namespace = new SovereignNamespace(this, 'Namespace', {
      name: namespaceName,
      owner: props.owner,
      // Raw logs are personal data until the redaction filter has run.
      dataClassification: DataClassification.PERSONAL,
      podSecurity: PodSecurityLevel.PRIVILEGED,
      labels: { [POD_SECURITY_EXCEPTION_LABEL]: AUDIT_PIPELINE_COMPONENT, [SovereigntyLabels.COMPONENT]: AUDIT_PIPELINE_COMPONENT },
      quota: {
        pods: maxNodes + Math.min(maxNodes, 10), // one per node, plus room for a rolling update
        requestsCpu: scale(cpu, 'm'), requestsMemory: scale(memory, ''),
        limitsCpu: scale(cpuLimit, 'm'), limitsMemory: scale(memoryLimit, ''),
        requestsStorage: '1Gi', persistentVolumeClaims: 0,
      },
    });
    this.namespace.resource.metadata.annotations = { [POD_SECURITY_EXCEPTION_LABEL]: POD_SECURITY_EXCEPTION_REASON };
    SovereigntyChecks.suppress(this.namespace.resource, 'SOV-POD-SECURITY', POD_SECURITY_EXCEPTION_REASON);
    const ns = this.namespace.namespaceName;
    const labels = { ...this.namespace.sovereigntyLabels, [SovereigntyLabels.COMPONENT]: AUDIT_PIPELINE_COMPONENT, 'app.kubernetes.io/name': NAME };

    // --- egress: the API server and the bucket endpoint, nothing else (DNS comes with the namespace) ---
    this.namespace.allowTo(props.apiServer, { ports: [Port.tcp(apiServerPort)] });
    const region = Catalog.findRegion(location.provider.id, location.region.code);
    for (const cidr of cidrs) {
      this.namespace.allowTo(Peer.ipBlock(cidr, { country: region?.country }), { ports: [Port.tcp(443)] });
    }

    // --- identity: read-only on pods and namespaces ---
    this.serviceAccount = new ServiceAccountV1(this, 'ServiceAccount', {
      metadata: { name: NAME, namespace: ns, labels },
      automountServiceAccountToken: false,
    });
    const roleName = `${namespaceName}-${NAME}-read`;
    this.clusterRole = new ClusterRoleV1(this, 'ClusterRole', {
      metadata: { name: roleName, labels },
      rule: [{ apiGroups: [''], resources: ['pods', 'namespaces'], verbs: ['get', 'list', 'watch'] }],
    });
    new ClusterRoleBindingV1(this, 'ClusterRoleBinding', {
      metadata: { name: roleName, labels },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: this.clusterRole.metadata.name },
      subject: [{ kind: 'ServiceAccount', name: this.serviceAccount.metadata.name, namespace: ns }],
    });

    // --- secrets: sensitive variables → write-only secret data ---
    const varPrefix = namespaceName.replace(/-/g, '_');
    const stack = TerraformStack.of(this);
    const variable = (suffix: string, description: string, minLength?: number): string => {
      const name = `${varPrefix}_${suffix}`;
      const existing = stack.node.tryFindChild(name);
      if (existing !== undefined) {
        throw invalidInput({ code: 'DUPLICATE_PIPELINE_NAMESPACE', what: `${where} namespace`, given: namespaceName, allowed: 'one AuditLogPipeline per namespace name in a stack', fix: 'give the second pipeline another namespace.' });
      }
      const v = new TerraformVariable(stack, name, {
        type: 'string',
        sensitive: true,
        nullable: false,
        description: `${description} (set TF_VAR_${name}; never commit it).`,
        validation: minLength ? [
          { condition: `\${length(var.${name}) >= ${minLength}}`, errorMessage: `${name} must be at least ${minLength} characters (e.g. openssl rand -hex 32).` },
          // redact.lua treats a key of fewer than 8 distinct bytes (one repeated character, spaces) as missing: fail at plan instead.
          { condition: `\${length(distinct(split("", var.${name}))) >= 8}`, errorMessage: `${name} must have at least 8 distinct characters, not one repeated character or whitespace (e.g. openssl rand -hex 32).` },
        ] : undefined,
      });
      v.overrideLogicalId(name);
      return v.stringValue;
    };
    const keyEnv = this.redaction.keyEnvironmentVariable;
    if (keyEnv === 'AWS_ACCESS_KEY_ID' || keyEnv === 'AWS_SECRET_ACCESS_KEY') {
      throw invalidInput({ code: 'REDACTION_KEY_ENV_CLASH', what: `${where} redaction keyEnvironmentVariable`, given: keyEnv, allowed: 'a name other than AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, which carry the bucket credentials', fix: 'leave keyEnvironmentVariable at its default, "REDACTION_KEY".' });
    }
    const env = { AWS_ACCESS_KEY_ID: 'aws-access-key-id', AWS_SECRET_ACCESS_KEY: 'aws-secret-access-key', [keyEnv]: 'redaction-key' };
    this.secret = new SecretV1(this, 'Credentials', {
      metadata: { name: `${NAME}-credentials`, namespace: ns, labels },
      type: 'Opaque',
      dataWo: {
        [env.AWS_ACCESS_KEY_ID]: variable('s3_access_key_id', `Access key id of the audit-log bucket ${bucket.bucketName}, allowed to write objects only`),
        [env.AWS_SECRET_ACCESS_KEY]: variable('s3_secret_access_key', `Secret access key of the audit-log bucket ${bucket.bucketName}`),
        [env[keyEnv]]: variable('redaction_key', 'Key of the PII pseudonyms in the audit logs, at least 16 bytes', 16),
      },
      dataWoRevision: secretRevision,
    });
    this.variableNames = ['s3_access_key_id', 's3_secret_access_key', 'redaction_key'].map((s) => `${varPrefix}_${s}`);

    // --- configuration, rendered at synth so patterns added to the redaction later still land ---
    const configOptions = {
      bucketName: bucket.bucketName,
      endpoint: location.endpoint,
      signingRegion: location.signingRegion,
      keyPrefix,
      uploadTimeoutMinutes: uploadMinutes,
      redaction: this.redaction,
      apiServerAuditLogPath: auditPath,
      apiServerPort,
    };
    const files = (): Record<string, string> => ({
      'fluent-bit.conf': renderPipelineConfig(configOptions),
      'parsers.conf': renderParsers(),
      [PiiRedaction.SCRIPT_FILE_NAME]: this.redaction.renderScript(),
    });
    this.configMap = new ConfigMapV1(this, 'Config', {
      metadata: { name: `${NAME}-config`, namespace: ns, labels },
      data: {
        'fluent-bit.conf': Lazy.stringValue({ produce: () => files()['fluent-bit.conf'] }),
        'parsers.conf': Lazy.stringValue({ produce: () => files()['parsers.conf'] }),
        [PiiRedaction.SCRIPT_FILE_NAME]: Lazy.stringValue({ produce: () => files()[PiiRedaction.SCRIPT_FILE_NAME] }),
      },
    });
    const configHash = Lazy.stringValue({
      produce: () => createHash('sha256').update(JSON.stringify(files())).digest('hex'),
    });

    // --- the DaemonSet ---
    const volumes: DaemonSetV1SpecTemplateSpecVolume[] = [
      { name: 'config', configMap: { name: this.configMap.metadata.name, defaultMode: '0444' } },
      { name: 'host-logs', hostPath: { path: PATHS.hostLogs, type: 'Directory' } },
      { name: 'state', hostPath: { path: PATHS.stateDir, type: 'DirectoryOrCreate' } },
    ];
    const mounts: DaemonSetV1SpecTemplateSpecContainerVolumeMount[] = [
      { name: 'config', mountPath: PATHS.configDir, readOnly: true },
      { name: 'host-logs', mountPath: PATHS.hostLogs, readOnly: true },
      { name: 'state', mountPath: PATHS.stateDir },
    ];
    if (auditPath !== undefined && !auditPath.startsWith(`${PATHS.hostLogs}/`)) {
      const dir = auditPath.slice(0, auditPath.lastIndexOf('/')) || '/';
      volumes.push({ name: 'apiserver-audit', hostPath: { path: dir, type: 'Directory' } });
      mounts.push({ name: 'apiserver-audit', mountPath: dir, readOnly: true });
    }
    const podLabels = { [SovereigntyLabels.COMPONENT]: AUDIT_PIPELINE_COMPONENT, 'app.kubernetes.io/name': NAME };
    this.daemonSet = new DaemonSetV1(this, 'Resource', {
      metadata: {
        name: NAME,
        namespace: ns,
        labels,
        annotations: {
          // Where this pipeline's logs go, for auditors and for rules that link pipelines to their store.
          [AUDIT_LOG_BUCKET]: `${location.provider.id}/${location.region.code}/${bucket.bucketName}`,
          ...(this.imagePinned ? {} : { [IMAGE_NOT_PINNED]: this.imageReference }),
        },
      },
      spec: {
        selector: { matchLabels: podLabels },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '1' } },
        template: {
          metadata: { labels: { ...labels, ...podLabels }, annotations: { [CONFIG_HASH]: configHash } },
          spec: {
            serviceAccountName: this.serviceAccount.metadata.name,
            // The kubernetes filter calls the API server with this token.
            automountServiceAccountToken: true,
            enableServiceLinks: false,
            hostNetwork: false,
            hostPid: false,
            hostIpc: false,
            ...(props.priorityClassName ? { priorityClassName: props.priorityClassName } : {}),
            ...((props.tolerateAllTaints ?? true) ? { toleration: [{ operator: 'Exists' }] } : {}),
            terminationGracePeriodSeconds: 30,
            securityContext: {
              // Root is part of the exception: container and audit logs are root-owned with mode 0640/0600.
              runAsUser: '0',
              runAsGroup: '0',
              runAsNonRoot: false,
              seccompProfile: { type: 'RuntimeDefault' },
            },
            container: [{
              name: NAME,
              image: this.imageReference,
              imagePullPolicy: 'IfNotPresent',
              command: ['/fluent-bit/bin/fluent-bit'],
              args: ['-c', `${PATHS.configDir}/fluent-bit.conf`],
              env: Object.entries(env).map(([name, key]) => ({
                name,
                valueFrom: { secretKeyRef: { name: this.secret.metadata.name, key } },
              })),
              resources: {
                requests: { cpu: resources.cpuRequest, memory: resources.memoryRequest },
                limits: { cpu: resources.cpuLimit, memory: resources.memoryLimit },
              },
              securityContext: {
                runAsUser: '0',
                runAsNonRoot: false,
                // UID 0 without any capability: it can read root-owned files, not bypass permissions, bind ports or load modules.
                allowPrivilegeEscalation: false,
                privileged: false,
                readOnlyRootFilesystem: true,
                capabilities: { drop: ['ALL'] },
                seccompProfile: { type: 'RuntimeDefault' },
              },
              volumeMount: mounts,
            }],
            volume: volumes,
          },
        },
      },
    });
    SovereigntyChecks.suppress(this.daemonSet, 'SOV-POD-SECURITY', POD_SECURITY_EXCEPTION_REASON);
  }
}
