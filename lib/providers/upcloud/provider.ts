/*
 * The `upcloud` provider configuration (UpCloudLtd/upcloud, documented at v5.41.0:
 * https://github.com/UpCloudLtd/terraform-provider-upcloud/blob/v5.41.0/docs/index.md).
 */
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { UpcloudProviderBlock } from '../../bindings/upcloud/provider';
import { checkCredentials } from '../credentials';

/** Settings of an `UpcloudProvider`. */
export interface UpcloudProviderProps {
  /**
   * API user name, as a reference to a variable.
   * @default - UPCLOUD_USERNAME from the environment
   */
  readonly username?: string;
  /**
   * API password, as a reference to a sensitive variable (never a literal).
   * @default - UPCLOUD_PASSWORD from the environment
   */
  readonly password?: string;
  /**
   * API token, as a reference to a sensitive variable (never a literal).
   * @default - UPCLOUD_TOKEN from the environment
   */
  readonly token?: string;
  /**
   * Provider alias.
   * @default - the default `upcloud` provider configuration
   */
  readonly alias?: string;
}

/**
 * The `upcloud` provider configuration the UpCloud network constructs use.
 *
 * @example
 * new UpcloudProvider(stack, 'upcloud');   // UPCLOUD_USERNAME / UPCLOUD_PASSWORD from the environment
 */
export class UpcloudProvider extends Construct {
  /** The provider block. */
  public readonly provider: TerraformProvider;

  constructor(scope: Construct, id: string, props: UpcloudProviderProps = {}) {
    super(scope, id);
    checkCredentials('UpcloudProvider', 'UPCLOUD_USERNAME / UPCLOUD_PASSWORD or UPCLOUD_TOKEN', { password: props.password, token: props.token });
    this.provider = new UpcloudProviderBlock(this, 'Resource', { ...props });
  }
}
