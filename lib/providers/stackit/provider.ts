/*
 * The `stackit` provider configuration (stackitcloud/stackit, documented at v0.113.0:
 * https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/index.md), with
 * the default region checked against the catalog and the policy.
 */
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { StackitProviderBlock } from '../../bindings/stackit/provider';
import { LocationKind } from '../../catalog/types';
import { resolveNetworkLocation } from '../../network/location';
import { checkCredentials } from '../credentials';

/** Settings of a `StackitProvider`. */
export interface StackitProviderProps {
  /** Default region (`eu01`, `eu02`), within the policy's jurisdiction. */
  readonly region: string;
  /**
   * Path of the service account key file (a path, not the key).
   * @default - STACKIT_SERVICE_ACCOUNT_KEY_PATH or the credentials file
   */
  readonly serviceAccountKeyPath?: string;
  /**
   * The service account key, as a reference to a sensitive variable (never a literal).
   * @default - none: the key path or the environment
   */
  readonly serviceAccountKey?: string;
  /**
   * Provider alias.
   * @default - the default `stackit` provider configuration
   */
  readonly alias?: string;
}

/**
 * The `stackit` provider configuration the STACKIT network constructs use.
 *
 * @example
 * new StackitProvider(stack, 'stackit', { region: 'eu01' });
 */
export class StackitProvider extends Construct {
  /** The provider block. */
  public readonly provider: TerraformProvider;
  /** The default region. */
  public readonly region: string;

  constructor(scope: Construct, id: string, props: StackitProviderProps) {
    super(scope, id);
    checkCredentials('StackitProvider', 'STACKIT_SERVICE_ACCOUNT_KEY', { serviceAccountKey: props?.serviceAccountKey });
    this.region = resolveNetworkLocation(this, 'StackitProvider', 'stackit', props?.region, [LocationKind.REGION]).region.code;
    this.provider = new StackitProviderBlock(this, 'Resource', {
      defaultRegion: this.region, serviceAccountKeyPath: props.serviceAccountKeyPath, serviceAccountKey: props.serviceAccountKey, alias: props.alias,
    });
  }
}
