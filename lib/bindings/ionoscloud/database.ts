/*
 * ionos-cloud/ionoscloud DBaaS PostgreSQL (internal: not part of the jsii API). Arguments and
 * nesting from the provider documentation at v6.7.34:
 *   https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/dbaas_pgsql_cluster.md
 * (type `ionoscloud_pg_cluster`). SDKv2 provider: `connections`, `credentials` and
 * `maintenance_window` are blocks.
 *
 * Why v1 and not `ionoscloud_pg_cluster_v2`: IONOS documents encryption at rest for SSD storage
 * ("SSD now including encryption-at-rest", https://docs.ionos.com/cloud/databases/postgresql/overview),
 * and only v1 lets the storage type be chosen (`storage_type`); v2 has no storage type argument.
 */
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { blocks, BoundResource } from '../base';
import { IONOSCLOUD } from '../providers';

/** @internal */
export interface IonosPgClusterConfig {
  readonly displayName: string;
  readonly postgresVersion: string;
  readonly location: string;
  readonly backupLocation: string;
  readonly instances: number;
  readonly cores: number;
  readonly ramMb: number;
  readonly storageSizeMb: number;
  readonly storageType: string;
  readonly datacenterId: string;
  readonly lanId: string;
  readonly cidr: string;
  readonly username: string;
  readonly password: string;
}

/**
 * `ionoscloud_pg_cluster`: `display_name`, `postgres_version`, `location`, `backup_location`
 * (set: otherwise IONOS picks it), `instances`, `cores`, `ram` (MB), `storage_size` (MB),
 * `storage_type`, `synchronization_mode = "ASYNCHRONOUS"`, `connections { datacenter_id, lan_id,
 * cidr }` (a private LAN; the cluster has no public address), `credentials { username, password }`.
 * @internal
 */
export class IonosPgCluster extends BoundResource<IonosPgClusterConfig> {
  constructor(scope: Construct, id: string, render: () => IonosPgClusterConfig, provider?: TerraformProvider) {
    super(scope, id, 'ionoscloud_pg_cluster', IONOSCLOUD, render, provider);
  }

  protected attributes(c: IonosPgClusterConfig): Record<string, unknown> {
    return {
      display_name: c.displayName,
      postgres_version: c.postgresVersion,
      location: c.location,
      backup_location: c.backupLocation,
      instances: c.instances,
      cores: c.cores,
      ram: c.ramMb,
      storage_size: c.storageSizeMb,
      storage_type: c.storageType,
      synchronization_mode: 'ASYNCHRONOUS',
      connections: blocks({ datacenter_id: c.datacenterId, lan_id: c.lanId, cidr: c.cidr }),
      credentials: blocks({ username: c.username, password: c.password }),
    };
  }
}
