/*
 * scaleway/scaleway managed database resources (internal: not part of the jsii API). Arguments
 * and nesting from the provider documentation at v2.81.0:
 *   https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources/rdb_instance.md
 * SDKv2 provider: `private_network` is a block; `tags` a list of strings.
 */
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { blocks, BoundResource } from '../base';
import { SCALEWAY } from '../providers';

/** @internal */
export interface ScalewayRdbInstanceConfig {
  readonly name: string;
  readonly nodeType: string;
  /** `PostgreSQL-16`, `MySQL-8`. */
  readonly engine: string;
  readonly region: string;
  readonly userName: string;
  readonly password: string;
  readonly encryptionAtRest: boolean;
  readonly privateNetworkId: string;
  readonly backupRetentionDays: number;
  readonly volumeType: string;
  readonly volumeSizeGb?: number;
  readonly tags: string[];
}

/**
 * `scaleway_rdb_instance`: `name`, `node_type`, `engine`, `region`, `user_name`, `password`,
 * `encryption_at_rest`, `private_network { pn_id, enable_ipam = true }` and no `load_balancer`
 * block (the public endpoint is added only "if no Private Network is" set), `disable_backup =
 * false`, `backup_schedule_retention`, `backup_same_region = true` (backups otherwise go to
 * another region by default), `volume_type`, `volume_size_in_gb`, `tags`.
 * @internal
 */
export class ScalewayRdbInstance extends BoundResource<ScalewayRdbInstanceConfig> {
  constructor(scope: Construct, id: string, render: () => ScalewayRdbInstanceConfig, provider?: TerraformProvider) {
    super(scope, id, 'scaleway_rdb_instance', SCALEWAY, render, provider);
  }

  protected attributes(c: ScalewayRdbInstanceConfig): Record<string, unknown> {
    return {
      name: c.name,
      node_type: c.nodeType,
      engine: c.engine,
      region: c.region,
      user_name: c.userName,
      password: c.password,
      encryption_at_rest: c.encryptionAtRest,
      private_network: blocks({ pn_id: c.privateNetworkId, enable_ipam: true }),
      disable_backup: false,
      backup_schedule_retention: c.backupRetentionDays,
      backup_same_region: true,
      volume_type: c.volumeType,
      volume_size_in_gb: c.volumeSizeGb,
      tags: c.tags,
    };
  }
}
