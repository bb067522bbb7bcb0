/*
 * ovh/ovh managed database resources and the provider block (internal: not part of the jsii
 * API). Arguments and nesting from the provider documentation at v2.19.0:
 *   https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources/cloud_project_database.md
 *   …/cloud_project_database_postgresql_user.md, …/cloud_project_database_user.md, …/docs/index.md
 * SDKv2 provider: `nodes` and `ip_restrictions` are blocks.
 */
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { blocksOrNone, BoundProvider, BoundResource } from '../base';
import { OVH } from '../providers';

/** The `ovh` provider block: `endpoint` (index.md; keys from OVH_APPLICATION_KEY … or OAuth2 variables). @internal */
export class OvhProviderBlock extends BoundProvider {
  constructor(scope: Construct, id: string, private readonly endpoint: string) {
    super(scope, id, OVH);
  }

  protected attributes(): Record<string, unknown> {
    return { endpoint: this.endpoint };
  }
}

/** @internal */
export interface OvhDatabaseNode {
  readonly region: string;
  readonly networkId: string;
  readonly subnetId?: string;
}

/** @internal */
export interface OvhCloudProjectDatabaseConfig {
  readonly serviceName: string;
  readonly description: string;
  /** `postgresql`, `mysql`. */
  readonly engine: string;
  readonly version: string;
  readonly plan: string;
  readonly flavor: string;
  readonly nodes: OvhDatabaseNode[];
  /** Regions backups are pushed to (the node region first). */
  readonly backupRegions: string[];
  readonly deletionProtection: boolean;
  readonly diskSizeGb?: number;
}

/**
 * `ovh_cloud_project_database`: `service_name`, `description`, `engine`, `version`, `plan`,
 * `flavor`, `nodes { region, network_id, subnet_id }` (private network: no public node),
 * `backup_regions` (set, never left to the default that replicates to another region),
 * `deletion_protection`, `disk_size`. No `ip_restrictions`: nothing is allowed from outside the
 * private network.
 * @internal
 */
export class OvhCloudProjectDatabase extends BoundResource<OvhCloudProjectDatabaseConfig> {
  constructor(scope: Construct, id: string, render: () => OvhCloudProjectDatabaseConfig, provider?: TerraformProvider) {
    super(scope, id, 'ovh_cloud_project_database', OVH, render, provider);
  }

  protected attributes(c: OvhCloudProjectDatabaseConfig): Record<string, unknown> {
    return {
      service_name: c.serviceName,
      description: c.description,
      engine: c.engine,
      version: c.version,
      plan: c.plan,
      flavor: c.flavor,
      nodes: blocksOrNone(c.nodes.map((n) => ({ region: n.region, network_id: n.networkId, subnet_id: n.subnetId }))),
      backup_regions: c.backupRegions,
      deletion_protection: c.deletionProtection,
      disk_size: c.diskSizeGb,
    };
  }
}

/** @internal */
export interface OvhDatabaseAdminConfig {
  readonly serviceName: string;
  readonly clusterId: string;
  /** `postgresql` uses its own user resource; `mysql` the generic one. */
  readonly engine: string;
}

/**
 * The admin user `avnadmin`, mapped to the existing admin whose password OVHcloud generates
 * and this resource resets: `ovh_cloud_project_database_postgresql_user` (`service_name`,
 * `cluster_id`, `name`) for PostgreSQL, `ovh_cloud_project_database_user` (`service_name`,
 * `engine`, `cluster_id`, `name`) for MySQL. Read-only `password` is sensitive.
 * @internal
 */
export class OvhDatabaseAdmin extends BoundResource<OvhDatabaseAdminConfig> {
  private readonly postgresql: boolean;

  constructor(scope: Construct, id: string, engine: string, render: () => OvhDatabaseAdminConfig, provider?: TerraformProvider) {
    super(scope, id, engine === 'postgresql' ? 'ovh_cloud_project_database_postgresql_user' : 'ovh_cloud_project_database_user', OVH, render, provider);
    this.postgresql = engine === 'postgresql';
  }

  protected attributes(c: OvhDatabaseAdminConfig): Record<string, unknown> {
    return this.postgresql
      ? { service_name: c.serviceName, cluster_id: c.clusterId, name: 'avnadmin' }
      : { service_name: c.serviceName, engine: c.engine, cluster_id: c.clusterId, name: 'avnadmin' };
  }
}
