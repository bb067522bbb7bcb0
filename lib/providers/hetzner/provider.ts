/*
 * The `hcloud` provider configuration (hetznercloud/hcloud, documented at v1.68.0:
 * https://github.com/hetznercloud/terraform-provider-hcloud/blob/v1.68.0/docs/index.md).
 */
import { TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import { HcloudProviderBlock } from '../../bindings/hcloud/resources';
import { invalidInput } from '../../errors';

/** Settings of a `HetznerProvider`. */
export interface HetznerProviderProps {
  /**
   * The Hetzner Cloud API token, as a reference to a sensitive variable (never a literal).
   * @default - the HCLOUD_TOKEN environment variable at plan and apply time
   */
  readonly token?: string;
  /**
   * Provider alias, for a second project.
   * @default - the default `hcloud` provider configuration
   */
  readonly alias?: string;
}

/**
 * The `hcloud` provider configuration the Hetzner constructs use.
 *
 * @example
 * new HetznerProvider(stack, 'hcloud');   // token from HCLOUD_TOKEN
 */
export class HetznerProvider extends Construct {
  /** The provider block (pass it as `provider` to constructs of another project). */
  public readonly provider: TerraformProvider;

  constructor(scope: Construct, id: string, props: HetznerProviderProps = {}) {
    super(scope, id);
    if (props.token !== undefined && !Token.isUnresolved(props.token)) {
      throw invalidInput({ code: 'LITERAL_SECRET', what: 'HetznerProvider token', given: '<a literal token>', allowed: 'a reference to a sensitive variable, or nothing (HCLOUD_TOKEN from the environment)', fix: 'remove token and set HCLOUD_TOKEN, or pass a sensitive TerraformVariable\'s stringValue.' });
    }
    this.provider = new HcloudProviderBlock(this, 'Resource', { token: props.token, alias: props.alias });
  }
}
