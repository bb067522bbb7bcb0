/*
 * The `exoscale` provider configuration (exoscale/exoscale, documented at v0.70.0:
 * https://github.com/exoscale/terraform-provider-exoscale/blob/v0.70.0/docs/index.md).
 */
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { ExoscaleProviderBlock } from '../../bindings/exoscale/provider';
import { checkCredentials } from '../credentials';

/** Settings of an `ExoscaleProvider`. */
export interface ExoscaleProviderProps {
  /**
   * API key, as a reference to a sensitive variable (never a literal).
   * @default - EXOSCALE_API_KEY from the environment
   */
  readonly key?: string;
  /**
   * API secret, as a reference to a sensitive variable (never a literal).
   * @default - EXOSCALE_API_SECRET from the environment
   */
  readonly secret?: string;
  /**
   * Provider alias.
   * @default - the default `exoscale` provider configuration
   */
  readonly alias?: string;
}

/**
 * The `exoscale` provider configuration the Exoscale network constructs use.
 *
 * @example
 * new ExoscaleProvider(stack, 'exoscale');   // EXOSCALE_API_KEY / EXOSCALE_API_SECRET from the environment
 */
export class ExoscaleProvider extends Construct {
  /** The provider block. */
  public readonly provider: TerraformProvider;

  constructor(scope: Construct, id: string, props: ExoscaleProviderProps = {}) {
    super(scope, id);
    checkCredentials('ExoscaleProvider', 'EXOSCALE_API_KEY / EXOSCALE_API_SECRET', { key: props.key, secret: props.secret });
    this.provider = new ExoscaleProviderBlock(this, 'Resource', { ...props });
  }
}
