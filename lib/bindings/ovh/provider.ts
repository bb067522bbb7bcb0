/*
 * The `ovh` provider block (internal): `endpoint`, `application_key`, `application_secret`,
 * `consumer_key` — https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/index.md
 */
import { Construct } from 'constructs';
import { BoundProvider } from '../base';
import { OVH } from '../providers';

/** @internal */
export interface OvhProviderConfig {
  readonly endpoint: string;
  readonly applicationKey?: string;
  readonly applicationSecret?: string;
  readonly consumerKey?: string;
  readonly alias?: string;
}

/** @internal */
export class OvhProviderBlock extends BoundProvider {
  constructor(scope: Construct, id: string, private readonly config: OvhProviderConfig) {
    super(scope, id, OVH, config.alias);
  }

  protected attributes(): Record<string, unknown> {
    const c = this.config;
    return { endpoint: c.endpoint, application_key: c.applicationKey, application_secret: c.applicationSecret, consumer_key: c.consumerKey };
  }
}
