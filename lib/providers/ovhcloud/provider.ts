/*
 * The `ovh` provider configuration (ovh/ovh, documented at v2.19.0:
 * https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/index.md), on OVHcloud's
 * European API endpoint `ovh-eu` (`ovh-us` is OVHcloud US, a US company).
 */
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { OvhProviderBlock } from '../../bindings/ovh/provider';
import { checkCredentials } from '../credentials';

/** Settings of an `OvhcloudProvider`. */
export interface OvhcloudProviderProps {
  /**
   * API application key, as a reference to a sensitive variable (never a literal).
   * @default - OVH_APPLICATION_KEY from the environment
   */
  readonly applicationKey?: string;
  /**
   * API application secret, as a reference to a sensitive variable (never a literal).
   * @default - OVH_APPLICATION_SECRET from the environment
   */
  readonly applicationSecret?: string;
  /**
   * API consumer key, as a reference to a sensitive variable (never a literal).
   * @default - OVH_CONSUMER_KEY from the environment
   */
  readonly consumerKey?: string;
  /**
   * Provider alias.
   * @default - the default `ovh` provider configuration
   */
  readonly alias?: string;
}

/**
 * The `ovh` provider configuration on the European endpoint `ovh-eu`.
 *
 * @example
 * new OvhcloudProvider(stack, 'ovh');   // keys from OVH_APPLICATION_KEY / _SECRET / OVH_CONSUMER_KEY
 */
export class OvhcloudProvider extends Construct {
  /** The provider block. */
  public readonly provider: TerraformProvider;

  constructor(scope: Construct, id: string, props: OvhcloudProviderProps = {}) {
    super(scope, id);
    checkCredentials('OvhcloudProvider', 'OVH_APPLICATION_KEY / OVH_APPLICATION_SECRET / OVH_CONSUMER_KEY', {
      applicationKey: props.applicationKey, applicationSecret: props.applicationSecret, consumerKey: props.consumerKey,
    });
    this.provider = new OvhProviderBlock(this, 'Resource', { endpoint: 'ovh-eu', ...props });
  }
}
