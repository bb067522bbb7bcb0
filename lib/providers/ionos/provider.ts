/*
 * The `ionoscloud` provider configuration (ionos-cloud/ionoscloud, documented at v6.7.34:
 * https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/index.md).
 */
import { TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import { IonosProviderBlock } from '../../bindings/ionoscloud/resources';
import { invalidInput } from '../../errors';

/** Settings of an `IonosProvider`. */
export interface IonosProviderProps {
  /**
   * API token, as a reference to a sensitive variable (never a literal).
   * @default - IONOS_TOKEN (or IONOS_USERNAME / IONOS_PASSWORD) from the environment
   */
  readonly token?: string;
  /**
   * Provider alias.
   * @default - the default `ionoscloud` provider configuration
   */
  readonly alias?: string;
}

/**
 * The `ionoscloud` provider configuration the IONOS network constructs use.
 *
 * @example
 * new IonosProvider(stack, 'ionoscloud');   // token from IONOS_TOKEN
 */
export class IonosProvider extends Construct {
  /** The provider block. */
  public readonly provider: TerraformProvider;

  constructor(scope: Construct, id: string, props: IonosProviderProps = {}) {
    super(scope, id);
    if (props.token !== undefined && !Token.isUnresolved(props.token)) {
      throw invalidInput({ code: 'LITERAL_SECRET', what: 'IonosProvider token', given: '<a literal token>', allowed: 'a reference to a sensitive variable, or nothing (IONOS_TOKEN from the environment)', fix: 'remove token and set IONOS_TOKEN, or pass a sensitive TerraformVariable\'s stringValue.' });
    }
    this.provider = new IonosProviderBlock(this, 'Resource', { token: props.token, alias: props.alias });
  }
}
