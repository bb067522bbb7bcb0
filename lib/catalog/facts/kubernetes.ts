/*
 * Kubernetes objects as Terraform resource types (hashicorp/kubernetes, hashicorp/helm): which
 * object each type writes and where its parts are. Field names inside the objects are the
 * Kubernetes API's (snake_case in the provider's schema, camelCase in `kubernetes_manifest`),
 * the same on every provider's managed Kubernetes; the rules read them as that API.
 */
import type { ResourceTypeFact } from '../types';

/** The Kubernetes object a resource type creates. */
export enum KubernetesKind {
  /** A Pod. */
  POD = 'Pod',
  /** A Deployment. */
  DEPLOYMENT = 'Deployment',
  /** A StatefulSet. */
  STATEFUL_SET = 'StatefulSet',
  /** A DaemonSet. */
  DAEMON_SET = 'DaemonSet',
  /** A Job. */
  JOB = 'Job',
  /** A CronJob. */
  CRON_JOB = 'CronJob',
  /** A ReplicaSet. */
  REPLICA_SET = 'ReplicaSet',
  /** A ReplicationController. */
  REPLICATION_CONTROLLER = 'ReplicationController',
  /** A Namespace. */
  NAMESPACE = 'Namespace',
  /** A NetworkPolicy. */
  NETWORK_POLICY = 'NetworkPolicy',
  /** A Service. */
  SERVICE = 'Service',
  /** An Ingress. */
  INGRESS = 'Ingress',
  /** A StorageClass. */
  STORAGE_CLASS = 'StorageClass',
  /** A PersistentVolumeClaim. */
  PERSISTENT_VOLUME_CLAIM = 'PersistentVolumeClaim',
  /** A PersistentVolume. */
  PERSISTENT_VOLUME = 'PersistentVolume',
  /** A Secret (or the data of an existing one). */
  SECRET = 'Secret',
  /** A ConfigMap. */
  CONFIG_MAP = 'ConfigMap',
  /** Any object, written as a manifest (its `kind` says which). */
  MANIFEST = 'manifest',
  /** A Helm chart installation. */
  HELM_RELEASE = 'helm-release',
}

/** What a Kubernetes or Helm resource type writes into the cluster. */
export interface KubernetesTypeFact {
  /** The object. */
  readonly kind: KubernetesKind;
  /** Whether it holds or runs data, so it must be located (where its cluster is). */
  readonly holdsData: boolean;
  /**
   * Workloads: the dotted path of the pod spec (the provider's snake_case schema).
   * @default - not a workload
   */
  readonly podSpecPath?: string;
  /**
   * The argument that holds the object in the Kubernetes API's own camelCase fields (`manifest`).
   * @default - the object is written in the provider's schema
   */
  readonly manifestArgument?: string;
  /**
   * Secrets: the arguments whose map values are the secret values.
   * @default - none
   */
  readonly secretDataArguments?: string[];
  /**
   * Helm releases: the argument naming the chart.
   * @default - not a chart
   */
  readonly chartArgument?: string;
  /**
   * Helm releases: blocks `{ name, value }` whose values are secret whatever their name.
   * @default - none
   */
  readonly sensitiveValueBlocks?: string;
  /**
   * Helm releases: chart values (YAML or HCL text) that may carry literal secrets.
   * @default - none
   */
  readonly chartValues?: string;
  /**
   * Helm releases: CNI charts whose values switch encryption of traffic between nodes.
   * @default - none
   */
  readonly cniEncryption?: CniEncryptionFact[];
  /**
   * Helm releases: the blocks (or list of objects) `{ name, value }` that set chart values.
   * @default - none
   */
  readonly valueBlocks?: string;
  /**
   * A claim template block (StatefulSets): its presence is what the volume-encryption check judges.
   * @default - none
   */
  readonly claimTemplates?: string;
}

/**
 * The Kubernetes and Helm Terraform providers, as the catalog knows them. They are no cloud:
 * their resources run inside a cluster and are located where the cluster is.
 */
export interface KubernetesPlatformFacts {
  /** Stable catalog id (`kubernetes`). */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** Terraform provider source addresses (`hashicorp/kubernetes`, `hashicorp/helm`). */
  readonly terraformSources: string[];
  /** Prefixes of their resource types (`kubernetes_`, `helm_`). */
  readonly resourceTypePrefixes: string[];
  /**
   * Provider-configuration arguments that are credentials although their names do not say so.
   * @default - none
   */
  readonly providerCredentialArguments?: string[];
  /** The resource types, with what each writes into the cluster (`kubernetes`) and how the rules judge it. */
  readonly resourceTypes: ResourceTypeFact[];
  /** https URL of the documentation (at the release read). */
  readonly source: string;
}

/** A CNI chart whose Helm values switch node-to-node encryption. */
export interface CniEncryptionFact {
  /** Chart names (lower case) as written in the release's `chart` argument (the last path segment counts). */
  readonly charts: string[];
  /** The CNI, in messages ("Cilium"). */
  readonly what: string;
  /** The value (Helm `--set` name, dotted) that switches encryption on. */
  readonly enabledValue: string;
  /** The chart's default for it. */
  readonly enabledByDefault: boolean;
  /** https URL of the chart's values documentation. */
  readonly source: string;
}
