/*
 * stackitcloud/stackit PostgreSQL Flex resources and the provider block (internal: not part of
 * the jsii API). Arguments and nesting from the provider documentation at v0.113.0:
 *   https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources/postgresflex_instance.md
 *   …/postgresflex_user.md, …/docs/index.md
 * Plugin-framework provider: `storage`, `network` and `encryption` are nested attributes (objects).
 */
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { BoundProvider, BoundResource } from '../base';
import { STACKIT } from '../providers';

/** The `stackit` provider block: `default_region` (index.md; credentials from STACKIT_SERVICE_ACCOUNT_KEY_PATH …). @internal */
export class StackitProviderBlock extends BoundProvider {
  constructor(scope: Construct, id: string, private readonly defaultRegion: string) {
    super(scope, id, STACKIT);
  }

  protected attributes(): Record<string, unknown> {
    return { default_region: this.defaultRegion };
  }
}

/** @internal */
export interface StackitKeyEncryptionKey {
  readonly keyId: string;
  readonly keyVersion: string;
  readonly keyRingId: string;
  readonly serviceAccount: string;
}

/** @internal */
export interface StackitPostgresFlexInstanceConfig {
  readonly projectId: string;
  readonly name: string;
  readonly region: string;
  readonly version: string;
  readonly flavorId: string;
  readonly storageClass: string;
  readonly storageSizeGb: number;
  readonly backupSchedule: string;
  readonly retentionDays: number;
  readonly acl: string[];
  /** Absent only when encryption at rest was opted out of (the engine then reports it). */
  readonly encryption?: StackitKeyEncryptionKey;
}

/**
 * `stackit_postgresflex_instance`: `project_id`, `name`, `region`, `version`, `flavor_id`,
 * `storage = { class, size }`, `backup_schedule`, `retention_days` (32 to 90), `network = { acl }`
 * (the CIDRs allowed to connect; the deprecated top-level `acl` is not used), `encryption =
 * { kek_key_id, kek_key_version, kek_keyring_id, service_account }` (STACKIT KMS).
 * @internal
 */
export class StackitPostgresFlexInstance extends BoundResource<StackitPostgresFlexInstanceConfig> {
  constructor(scope: Construct, id: string, render: () => StackitPostgresFlexInstanceConfig, provider?: TerraformProvider) {
    super(scope, id, 'stackit_postgresflex_instance', STACKIT, render, provider);
  }

  protected attributes(c: StackitPostgresFlexInstanceConfig): Record<string, unknown> {
    return {
      project_id: c.projectId,
      name: c.name,
      region: c.region,
      version: c.version,
      flavor_id: c.flavorId,
      storage: { class: c.storageClass, size: c.storageSizeGb },
      backup_schedule: c.backupSchedule,
      retention_days: c.retentionDays,
      network: { acl: c.acl },
      encryption: c.encryption === undefined ? undefined : {
        kek_key_id: c.encryption.keyId,
        kek_key_version: c.encryption.keyVersion,
        kek_keyring_id: c.encryption.keyRingId,
        service_account: c.encryption.serviceAccount,
      },
    };
  }
}

/** @internal */
export interface StackitPostgresFlexUserConfig {
  readonly projectId: string;
  readonly instanceId: string;
  readonly region: string;
  readonly username: string;
  readonly roles: string[];
}

/**
 * `stackit_postgresflex_user`: `project_id`, `instance_id`, `region`, `username`, `roles`
 * (`["login"]`, as the doc example). STACKIT generates the password (read-only, sensitive `password`).
 * @internal
 */
export class StackitPostgresFlexUser extends BoundResource<StackitPostgresFlexUserConfig> {
  constructor(scope: Construct, id: string, render: () => StackitPostgresFlexUserConfig, provider?: TerraformProvider) {
    super(scope, id, 'stackit_postgresflex_user', STACKIT, render, provider);
  }

  protected attributes(c: StackitPostgresFlexUserConfig): Record<string, unknown> {
    return { project_id: c.projectId, instance_id: c.instanceId, region: c.region, username: c.username, roles: c.roles };
  }
}
