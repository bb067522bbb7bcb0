import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import {
  DeploymentV1,
  DeploymentV1SpecTemplateSpecContainerVolumeMount,
  DeploymentV1SpecTemplateSpecVolume,
} from '@cdktf/provider-kubernetes/lib/deployment-v1';
import { ServiceV1 } from '@cdktf/provider-kubernetes/lib/service-v1';
import { invalidInput } from '../errors';
import { checkRequestWithinLimit } from './namespace';
import { allowFrom, allowTo, registerZone, ZonePolicies } from './policies';
import { IEncryptedVolumeClaim, VolumeAccessMode } from './volume-claim';
import { checkDnsLabel, checkLabels, parseQuantity, unresolved } from './validate';
import { AllowOptions, INetworkPeer, ISecureWorkload, ISovereignNamespace, NetworkPeerConfig, Port } from './zone';

/** CPU and memory requests and limits of the workload's container. All four are required. */
export interface ContainerResources {
  /** CPU request, e.g. `250m`. */
  readonly cpuRequest: string;
  /** CPU limit, e.g. `1`. */
  readonly cpuLimit: string;
  /** Memory request, e.g. `256Mi`. */
  readonly memoryRequest: string;
  /** Memory limit, e.g. `512Mi`. */
  readonly memoryLimit: string;
}

/** A key of an existing Kubernetes Secret, read into an environment variable by reference. */
export interface SecretKeyReference {
  /** Name of the Secret (in the workload's namespace). */
  readonly secretName: string;
  /** Key in the Secret. */
  readonly key: string;
}

/** A volume claim mounted into the workload's container. */
export interface WorkloadVolume {
  /** The claim (e.g. an `EncryptedVolumeClaim`). */
  readonly claim: IEncryptedVolumeClaim;
  /** Absolute path in the container. */
  readonly mountPath: string;
  /**
   * Whether the mount is read-only.
   * @default false
   */
  readonly readOnly?: boolean;
}

/** Settings of a `SecureWorkload`. */
export interface SecureWorkloadProps {
  /** The namespace it runs in. */
  readonly namespace: ISovereignNamespace;
  /** Name of the Deployment, its container and its Service: a DNS-1123 label. */
  readonly name: string;
  /**
   * Container image. Pin it by digest (`registry.example.eu/app@sha256:…`): a tag can be moved
   * to other content. A tag-only image gets a synth warning and the annotation
   * `cdktf-sovereign.org/image-not-pinned`.
   */
  readonly image: string;
  /** Requests and limits of CPU and memory (required: an unbounded container can starve its neighbours). */
  readonly resources: ContainerResources;
  /**
   * Number of pods (at least 1). With more than one, pods are spread across zones.
   * @default 2
   */
  readonly replicas?: number;
  /**
   * Ports the container listens on; the ClusterIP Service exposes the same ports.
   * @default [Port.tcp(8080)]
   */
  readonly ports?: Port[];
  /**
   * Entrypoint.
   * @default - the image's entrypoint
   */
  readonly command?: string[];
  /**
   * Arguments.
   * @default - the image's command
   */
  readonly args?: string[];
  /**
   * Plain environment variables. Names that look like secrets (`*_PASSWORD`, `*_TOKEN`, `*_SECRET`,
   * `*_KEY`, …) are refused: pass those in `secretEnv`.
   * @default - none
   */
  readonly env?: { [name: string]: string };
  /**
   * Environment variables read from Secrets by reference (`valueFrom.secretKeyRef`).
   * @default - none
   */
  readonly secretEnv?: { [name: string]: SecretKeyReference };
  /**
   * Volume claims to mount.
   * @default - none
   */
  readonly volumes?: WorkloadVolume[];
  /**
   * User ID the container runs as (not 0).
   * @default 65532
   */
  readonly runAsUser?: number;
  /**
   * Group ID the container runs as, also the pod's fsGroup (so mounted volumes are writable).
   * @default - the same as runAsUser
   */
  readonly runAsGroup?: number;
  /**
   * Whether the root filesystem is read-only. `false` is an opt-out that `SOV-POD-SECURITY` reports;
   * prefer `writableTmp` or a volume.
   * @default true
   */
  readonly readOnlyRootFilesystem?: boolean;
  /**
   * Whether an in-memory `emptyDir` is mounted at `/tmp` (most runtimes need a writable temp directory).
   * @default true
   */
  readonly writableTmp?: boolean;
  /**
   * Service account of the pods.
   * @default - the namespace's default service account
   */
  readonly serviceAccountName?: string;
  /**
   * Whether the service-account token is mounted into the pods. Only workloads that call the
   * Kubernetes API need it.
   * @default false
   */
  readonly automountServiceAccountToken?: boolean;
  /**
   * Whether pods are spread evenly across zones (`topology.kubernetes.io/zone`, max skew 1,
   * ScheduleAnyway so a single-zone cluster still schedules them). Only with more than one replica.
   * @default true
   */
  readonly spreadAcrossZones?: boolean;
  /**
   * Additional labels of the Deployment, Service and pods.
   * @default - none
   */
  readonly labels?: { [key: string]: string };
}

/** Label selecting the workload's pods. */
const NAME_LABEL = 'app.kubernetes.io/name';
/** Annotation on Deployments whose image is not pinned by digest. */
export const IMAGE_NOT_PINNED_ANNOTATION = 'cdktf-sovereign.org/image-not-pinned';
const DIGEST = /@sha256:[a-f0-9]{64}$/;
const DEFAULT_USER = 65532;
const SECRET_LOOKING = /(^|[_.-])(password|passwd|pwd|secret|token|private_?key|secret_?key|access_?key|api_?key|passphrase|credentials?|key)$/i;

/**
 * A Deployment and its ClusterIP Service, hardened to the Pod Security Standard `restricted`:
 * non-root (UID 65532 unless told otherwise), no privilege escalation, all capabilities
 * dropped, seccomp `RuntimeDefault`, read-only root filesystem, no service-account token.
 * Requests and limits are required; secrets come only from Secret references; the image should
 * be pinned by digest; with more than one replica, pods are spread across zones.
 *
 * The workload is a network zone: under its namespace's default deny, open exactly what it
 * needs with `allowFrom` / `allowTo`.
 *
 * @example
 * const api = new SecureWorkload(this, 'Api', {
 *   namespace: ns, name: 'api', image: 'registry.example.eu/api@sha256:…',
 *   resources: { cpuRequest: '250m', cpuLimit: '1', memoryRequest: '256Mi', memoryLimit: '512Mi' },
 * });
 * api.allowFrom(Peer.workload(web));
 */
export class SecureWorkload extends Construct implements ISecureWorkload {
  /** The Deployment. */
  public readonly deployment: DeploymentV1;
  /** The ClusterIP Service. */
  public readonly service: ServiceV1;
  /** Name of the Deployment and the Service. */
  public readonly workloadName: string;
  /** The namespace it runs in. */
  public readonly namespace: ISovereignNamespace;
  /** Labels selecting its pods. */
  public readonly podLabels: { [key: string]: string };
  /** Ports it serves. */
  public readonly ports: Port[];
  /** Number of pods. */
  public readonly replicas: number;
  /** Whether the image is pinned by digest (true for unresolved tokens, which cannot be judged). */
  public readonly imagePinned: boolean;

  private readonly zone: ZonePolicies;
  private serviceNameToken?: string;

  constructor(scope: Construct, id: string, props: SecureWorkloadProps) {
    super(scope, id);
    const where = `SecureWorkload "${this.node.path}"`;
    checkDnsLabel(props.name, `${where} name`);
    checkLabels(props.labels, `${where} labels`);
    const replicas = props.replicas ?? 2;
    if (!unresolved(replicas) && !(typeof replicas === 'number' && Number.isInteger(replicas) && replicas >= 1)) {
      throw invalidInput({
        code: 'INVALID_REPLICAS',
        what: `${where} replicas`,
        given: replicas,
        allowed: 'a whole number of at least 1',
        fix: 'use 1 for a single pod, or 2 or more for availability; to stop a workload, remove it.',
      });
    }
    checkResources(props.resources, where);
    const ports = props.ports ?? [Port.tcp(8080)];
    if (ports.length === 0) {
      throw invalidInput({
        code: 'NO_PORTS',
        what: `${where} ports`,
        given: [],
        allowed: 'at least one port (the ClusterIP Service needs one)',
        fix: 'list the ports the container listens on, e.g. [Port.tcp(8080)]; a workload without ports needs no Service.',
      });
    }
    const user = props.runAsUser ?? DEFAULT_USER;
    const group = props.runAsGroup ?? user;
    checkId(user, `${where} runAsUser`);
    checkId(group, `${where} runAsGroup`);
    checkEnv(props.env, where);

    this.namespace = props.namespace;
    this.workloadName = props.name;
    this.ports = [...ports];
    this.replicas = replicas;
    this.podLabels = { [NAME_LABEL]: props.name };
    const labels = { ...props.labels, ...props.namespace.sovereigntyLabels, ...this.podLabels };
    const namespace = props.namespace.namespaceName;

    this.imagePinned = unresolved(props.image) || DIGEST.test(props.image);
    const annotations: Record<string, string> = {};
    if (!this.imagePinned) {
      annotations[IMAGE_NOT_PINNED_ANNOTATION] = props.image;
      Annotations.of(this).addWarning(
        `${where}: image "${props.image}" is not pinned by digest, so the content that runs can change without a change here. ` +
        'Pin it as <image>@sha256:<digest> (e.g. from `crane digest <image>`).');
    }

    const volumes: DeploymentV1SpecTemplateSpecVolume[] = [];
    const mounts: DeploymentV1SpecTemplateSpecContainerVolumeMount[] = [];
    if (props.writableTmp ?? true) {
      volumes.push({ name: 'tmp', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } });
      mounts.push({ name: 'tmp', mountPath: '/tmp' });
    }
    (props.volumes ?? []).forEach((v, i) => {
      if (!unresolved(v.mountPath) && !(typeof v.mountPath === 'string' && v.mountPath.startsWith('/'))) {
        throw invalidInput({
          code: 'INVALID_MOUNT_PATH',
          what: `${where} volumes[${i}].mountPath`,
          given: v.mountPath,
          allowed: 'an absolute path in the container',
          fix: 'use a path such as "/var/lib/app".',
        });
      }
      if (v.claim.namespace !== props.namespace) {
        throw invalidInput({
          code: 'CLAIM_IN_OTHER_NAMESPACE',
          what: `${where} volumes[${i}].claim`,
          given: v.claim.node.path,
          allowed: 'a claim in the workload\'s own namespace (pods can only mount claims of their namespace)',
          fix: 'create the EncryptedVolumeClaim in the same SovereignNamespace.',
        });
      }
      if (replicas > 1 && v.claim.accessMode === VolumeAccessMode.READ_WRITE_ONCE && !(v.readOnly ?? false)) {
        Annotations.of(this).addWarning(
          `${where}: ${replicas} replicas mount the ReadWriteOnce claim "${v.claim.node.path}"; pods on different nodes cannot attach it. ` +
          'Use replicas: 1, or a StatefulSet with a claim per pod.');
      }
      const name = `data-${i}`;
      volumes.push({ name, persistentVolumeClaim: { claimName: v.claim.claimName, readOnly: v.readOnly ?? false } });
      mounts.push({ name, mountPath: v.mountPath, readOnly: v.readOnly ?? false });
    });

    const env = [
      ...Object.entries(props.env ?? {}).map(([name, value]) => ({ name, value })),
      ...Object.entries(props.secretEnv ?? {}).map(([name, ref]) => ({
        name,
        valueFrom: { secretKeyRef: { name: ref.secretName, key: ref.key } },
      })),
    ];

    const spread = replicas > 1 && (props.spreadAcrossZones ?? true);
    this.deployment = new DeploymentV1(this, 'Resource', {
      metadata: { name: props.name, namespace, labels, ...(Object.keys(annotations).length > 0 ? { annotations } : {}) },
      spec: {
        replicas: String(replicas),
        selector: { matchLabels: this.podLabels },
        template: {
          metadata: { labels },
          spec: {
            automountServiceAccountToken: props.automountServiceAccountToken ?? false,
            enableServiceLinks: false,
            ...(props.serviceAccountName ? { serviceAccountName: props.serviceAccountName } : {}),
            securityContext: {
              runAsNonRoot: true,
              runAsUser: String(user),
              runAsGroup: String(group),
              fsGroup: String(group),
              seccompProfile: { type: 'RuntimeDefault' },
            },
            container: [{
              name: props.name,
              image: props.image,
              ...(props.command ? { command: props.command } : {}),
              ...(props.args ? { args: props.args } : {}),
              port: ports.map((p) => ({ containerPort: p.number, protocol: p.protocol })),
              ...(env.length > 0 ? { env } : {}),
              resources: {
                requests: { cpu: props.resources.cpuRequest, memory: props.resources.memoryRequest },
                limits: { cpu: props.resources.cpuLimit, memory: props.resources.memoryLimit },
              },
              securityContext: {
                runAsNonRoot: true,
                allowPrivilegeEscalation: false,
                privileged: false,
                readOnlyRootFilesystem: props.readOnlyRootFilesystem ?? true,
                capabilities: { drop: ['ALL'] },
                seccompProfile: { type: 'RuntimeDefault' },
              },
              ...(mounts.length > 0 ? { volumeMount: mounts } : {}),
            }],
            ...(volumes.length > 0 ? { volume: volumes } : {}),
            ...(spread ? {
              topologySpreadConstraint: [{
                maxSkew: 1,
                topologyKey: 'topology.kubernetes.io/zone',
                whenUnsatisfiable: 'ScheduleAnyway',
                labelSelector: [{ matchLabels: this.podLabels }],
              }],
            } : {}),
          },
        },
      },
    });

    this.service = new ServiceV1(this, 'Service', {
      metadata: { name: props.name, namespace, labels },
      spec: {
        type: 'ClusterIP',
        selector: this.podLabels,
        port: ports.map((p) => ({ name: `${p.protocol.toLowerCase()}-${p.number}`, port: p.number, targetPort: String(p.number), protocol: p.protocol })),
      },
    });

    this.zone = new ZonePolicies(this, namespace, this.podLabels, `${props.name}-`, props.namespace.sovereigntyLabels);
    registerZone(this, this.zone);
  }

  /** Name of its Service (a token that references the Service resource; created on first use, as tokens are costly at synth). */
  public get serviceName(): string {
    return (this.serviceNameToken ??= this.service.metadata.name);
  }

  /** The workload's pods, as a NetworkPolicy peer (serving its ports). */
  public toNetworkPeerConfig(): NetworkPeerConfig {
    return {
      description: `workload ${this.workloadName}`,
      namespaceName: this.namespace.namespaceName,
      podLabels: this.podLabels,
      zone: this,
      ports: this.ports,
    };
  }

  /** Allow traffic from `peer` to the workload's pods (on its ports unless `options.ports` says otherwise). */
  public allowFrom(peer: INetworkPeer, options?: AllowOptions): void {
    allowFrom(this, this.toNetworkPeerConfig(), peer, options);
  }

  /** Allow traffic from the workload's pods to `peer`. */
  public allowTo(peer: INetworkPeer, options?: AllowOptions): void {
    allowTo(this, this.toNetworkPeerConfig(), peer, options);
  }
}

function checkResources(resources: ContainerResources | undefined, where: string): void {
  const missing = (['cpuRequest', 'cpuLimit', 'memoryRequest', 'memoryLimit'] as const).filter((k) => resources?.[k] === undefined);
  if (missing.length > 0) {
    throw invalidInput({
      code: 'RESOURCES_REQUIRED',
      what: `${where} resources`,
      given: resources ?? 'no resources',
      allowed: 'cpuRequest, cpuLimit, memoryRequest and memoryLimit, all set: requests let the scheduler place the pod, limits keep it from starving its neighbours',
      fix: `add ${missing.join(', ')}, e.g. { cpuRequest: '250m', cpuLimit: '1', memoryRequest: '256Mi', memoryLimit: '512Mi' }.`,
    });
  }
  parseQuantity(resources!.cpuRequest, `${where} resources.cpuRequest`, '250m');
  parseQuantity(resources!.memoryRequest, `${where} resources.memoryRequest`, '256Mi');
  checkRequestWithinLimit(resources!.cpuRequest, resources!.cpuLimit, `${where} resources CPU`);
  checkRequestWithinLimit(resources!.memoryRequest, resources!.memoryLimit, `${where} resources memory`);
}

function checkId(id: number, what: string): void {
  if (unresolved(id) || (typeof id === 'number' && Number.isInteger(id) && id >= 1 && id <= 2147483647)) return;
  throw invalidInput({
    code: 'INVALID_RUN_AS_ID',
    what,
    given: id,
    allowed: 'a non-root ID from 1 to 2147483647 (0 is root, which the restricted profile forbids)',
    fix: `use the image's non-root user, or ${DEFAULT_USER} (the "nonroot" user of distroless images).`,
  });
}

function checkEnv(env: { [name: string]: string } | undefined, where: string): void {
  const secretLooking = Object.keys(env ?? {}).filter((name) => SECRET_LOOKING.test(name));
  if (secretLooking.length === 0) return;
  throw invalidInput({
    code: 'SECRET_IN_PLAIN_ENV',
    what: `${where} env`,
    given: secretLooking,
    allowed: 'plain values only for variables that are not secrets; secrets only by reference to a Secret',
    fix: `move ${secretLooking.join(', ')} to secretEnv, e.g. secretEnv: { ${secretLooking[0]}: { secretName: 'db', key: 'password' } }.`,
  });
}
