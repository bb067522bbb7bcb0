/*
 * The `stackit` provider block (internal): `default_region`, `service_account_key_path`,
 * `service_account_key` — https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/index.md
 */
import { Construct } from 'constructs';
import { BoundProvider } from '../base';
import { STACKIT } from '../providers';

/** @internal */
export interface StackitProviderConfig {
  readonly defaultRegion: string;
  readonly serviceAccountKeyPath?: string;
  readonly serviceAccountKey?: string;
  readonly alias?: string;
}

/** @internal */
export class StackitProviderBlock extends BoundProvider {
  constructor(scope: Construct, id: string, private readonly config: StackitProviderConfig) {
    super(scope, id, STACKIT, config.alias);
  }

  protected attributes(): Record<string, unknown> {
    const c = this.config;
    return { default_region: c.defaultRegion, service_account_key_path: c.serviceAccountKeyPath, service_account_key: c.serviceAccountKey };
  }
}
