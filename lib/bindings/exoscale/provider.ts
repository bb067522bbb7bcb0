/*
 * The `exoscale` provider block (internal): `key`, `secret` —
 * https://github.com/exoscale/terraform-provider-exoscale/blob/v0.70.0/docs/index.md
 */
import { Construct } from 'constructs';
import { BoundProvider } from '../base';
import { EXOSCALE } from '../providers';

/** @internal */
export interface ExoscaleProviderConfig {
  readonly key?: string;
  readonly secret?: string;
  readonly alias?: string;
}

/** @internal */
export class ExoscaleProviderBlock extends BoundProvider {
  constructor(scope: Construct, id: string, private readonly config: ExoscaleProviderConfig) {
    super(scope, id, EXOSCALE, config.alias);
  }

  protected attributes(): Record<string, unknown> {
    return { key: this.config.key, secret: this.config.secret };
  }
}
