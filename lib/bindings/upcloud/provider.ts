/*
 * The `upcloud` provider block (internal): `username`, `password`, `token` —
 * https://github.com/UpCloudLtd/terraform-provider-upcloud/blob/v5.41.0/docs/index.md
 */
import { Construct } from 'constructs';
import { BoundProvider } from '../base';
import { UPCLOUD } from '../providers';

/** @internal */
export interface UpcloudProviderConfig {
  readonly username?: string;
  readonly password?: string;
  readonly token?: string;
  readonly alias?: string;
}

/** @internal */
export class UpcloudProviderBlock extends BoundProvider {
  constructor(scope: Construct, id: string, private readonly config: UpcloudProviderConfig) {
    super(scope, id, UPCLOUD, config.alias);
  }

  protected attributes(): Record<string, unknown> {
    const c = this.config;
    return { username: c.username, password: c.password, token: c.token };
  }
}
