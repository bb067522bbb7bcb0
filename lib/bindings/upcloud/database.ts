/*
 * UpCloudLtd/upcloud managed databases and the provider block (internal: not part of the jsii
 * API). Arguments and nesting from the provider documentation at v5.41.0:
 *   https://github.com/UpCloudLtd/terraform-provider-upcloud/blob/v5.41.0/docs/resources/managed_database_postgresql.md
 *   …/managed_database_mysql.md, …/docs/index.md
 * `network` (block set) and `properties` (block list) are blocks; `labels` is a map.
 */
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { blocks, BoundProvider, BoundResource } from '../base';
import { UPCLOUD } from '../providers';

/** The `upcloud` provider block, without arguments (credentials from UPCLOUD_USERNAME / UPCLOUD_PASSWORD or UPCLOUD_TOKEN). @internal */
export class UpcloudProviderBlock extends BoundProvider {
  constructor(scope: Construct, id: string) {
    super(scope, id, UPCLOUD);
  }

  protected attributes(): Record<string, unknown> {
    return {};
  }
}

/** @internal */
export interface UpcloudManagedDatabaseConfig {
  readonly name: string;
  readonly title: string;
  readonly zone: string;
  readonly plan: string;
  readonly version: string;
  readonly networkId: string;
  /** Allowed sources on the private network (the network's block). */
  readonly ipFilter: string[];
  readonly adminUsername: string;
  readonly adminPassword: string;
  readonly terminationProtection: boolean;
  readonly labels: { [key: string]: string };
}

/**
 * `upcloud_managed_database_postgresql` / `upcloud_managed_database_mysql`: `name`, `title`,
 * `zone`, `plan`, `termination_protection`, `labels`, `network { family = "IPv4", name, type =
 * "private", uuid }`, `properties { version, admin_username, admin_password, public_access =
 * false, automatic_utility_network_ip_filter = false, ip_filter }`.
 * @internal
 */
export class UpcloudManagedDatabase extends BoundResource<UpcloudManagedDatabaseConfig> {
  constructor(scope: Construct, id: string, resourceType: string, render: () => UpcloudManagedDatabaseConfig, provider?: TerraformProvider) {
    super(scope, id, resourceType, UPCLOUD, render, provider);
  }

  protected attributes(c: UpcloudManagedDatabaseConfig): Record<string, unknown> {
    return {
      name: c.name,
      title: c.title,
      zone: c.zone,
      plan: c.plan,
      termination_protection: c.terminationProtection,
      labels: c.labels,
      network: blocks({ family: 'IPv4', name: 'private', type: 'private', uuid: c.networkId }),
      properties: blocks({
        version: c.version,
        admin_username: c.adminUsername,
        admin_password: c.adminPassword,
        public_access: false,
        automatic_utility_network_ip_filter: false,
        ip_filter: c.ipFilter,
      }),
    };
  }
}
