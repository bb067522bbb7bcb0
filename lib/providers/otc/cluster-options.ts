/* Choices and structs of OtcKubernetesCluster. */

/**
 * CCE cluster flavors (cce_cluster_v3 doc, `flavor_id`): `s1` flavors have one master,
 * `s2` flavors three (high availability), which is what a multi-AZ control plane needs.
 */
export enum OtcClusterFlavor {
  /** One master, up to 50 nodes. */
  S1_SMALL = 'cce.s1.small',
  /** One master, up to 200 nodes. */
  S1_MEDIUM = 'cce.s1.medium',
  /** Three masters (HA), up to 50 nodes. */
  S2_SMALL = 'cce.s2.small',
  /** Three masters (HA), up to 200 nodes. */
  S2_MEDIUM = 'cce.s2.medium',
  /** Three masters (HA), up to 1000 nodes. */
  S2_LARGE = 'cce.s2.large',
  /** Three masters (HA), up to 2000 nodes. */
  S2_XLARGE = 'cce.s2.xlarge',
}

/** How much of a zone outage the cluster should survive. */
export enum OtcClusterResilience {
  /** Control plane and nodes in one availability zone. */
  SINGLE_ZONE = 'single-zone',
  /**
   * Three masters spread over availability zones (`multi_az`, an HA flavor) and a node pool
   * in each zone of the network: needs at least two zones.
   */
  MULTI_ZONE = 'multi-zone',
  /**
   * As MULTI_ZONE, but with at least three zones, so that the three masters sit in three
   * zones and etcd keeps its quorum when any one zone fails (with two zones, losing the zone
   * that holds two masters stops the control plane).
   */
  ZONE_FAILURE_TOLERANT = 'zone-failure-tolerant',
}

/** Container network model (cce_cluster_v3 doc, `container_network_type`). */
export enum OtcContainerNetwork {
  /** Overlay network built with Open vSwitch. */
  OVERLAY_L2 = 'overlay_l2',
  /** Container routes in the VPC (ipvlan and custom VPC routes). */
  VPC_ROUTER = 'vpc-router',
}

/** EVS disk type of node volumes (cce_node_pool_v3 doc, `volumetype`). */
export enum OtcVolumeType {
  /** Common I/O. */
  SATA = 'SATA',
  /** High I/O. */
  SAS = 'SAS',
  /** Ultra-high I/O. */
  SSD = 'SSD',
}

/** A node pool of an `OtcKubernetesCluster`: one `opentelekomcloud_cce_node_pool_v3` per availability zone. */
export interface OtcNodePoolOptions {
  /** ECS flavor of the nodes, e.g. `s3.xlarge.4`. */
  readonly flavor: string;
  /**
   * Name of an existing key pair for SSH login. CCE requires a key pair or a password; this
   * library never writes a password into the configuration.
   */
  readonly sshKeyPairName: string;
  /**
   * Nodes created in each zone.
   * @default 1
   */
  readonly nodesPerZone?: number;
  /**
   * Zones of the cluster's network to create a pool in.
   * @default - every zone of the network (the first zone only with OtcClusterResilience.SINGLE_ZONE)
   */
  readonly availabilityZones?: string[];
  /**
   * Node operating system, e.g. `EulerOS 2.9`.
   * @default - the CCE default for the cluster version
   */
  readonly os?: string;
  /**
   * Root (system) volume size in GB.
   * @default 50
   */
  readonly rootVolumeSizeGb?: number;
  /**
   * Data volume size in GB (container runtime and images).
   * @default 100
   */
  readonly dataVolumeSizeGb?: number;
  /**
   * Disk type of both volumes.
   * @default OtcVolumeType.SSD
   */
  readonly volumeType?: OtcVolumeType;
}

/**
 * What the kubernetes provider (`@cdktf/provider-kubernetes` `KubernetesProvider`) needs to
 * reach the cluster's private API endpoint: spread it into the provider's config.
 */
export interface OtcKubernetesConnection {
  /** API server URL (the internal endpoint, `https://<private IP>:5443`). */
  readonly host: string;
  /** PEM CA certificate of the API server. */
  readonly clusterCaCertificate: string;
  /** PEM client certificate. */
  readonly clientCertificate: string;
  /** PEM client key. */
  readonly clientKey: string;
}
