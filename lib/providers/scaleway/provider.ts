/*
 * The `scaleway` provider configuration (scaleway/scaleway, documented at v2.81.0:
 * https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/index.md), with the
 * region and zone checked against the catalog and the policy, so resources that fall back to the
 * provider's defaults are located where the policy allows.
 */
import { TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import { ScalewayProviderBlock } from '../../bindings/scaleway/network';
import { LocationKind } from '../../catalog/types';
import { invalidInput } from '../../errors';
import { resolveNetworkLocation } from '../../network/location';

/** Settings of a `ScalewayProvider`. */
export interface ScalewayProviderProps {
  /** Default region (`fr-par`, `nl-ams`, `pl-waw`, `it-mil`), within the policy's jurisdiction. */
  readonly region: string;
  /**
   * Default zone, a zone of `region`.
   * @default - the region's first zone (`fr-par-1`)
   */
  readonly zone?: string;
  /**
   * Project id.
   * @default - SCW_DEFAULT_PROJECT_ID from the environment
   */
  readonly projectId?: string;
  /**
   * Access key, as a reference to a sensitive variable (never a literal).
   * @default - SCW_ACCESS_KEY from the environment
   */
  readonly accessKey?: string;
  /**
   * Secret key, as a reference to a sensitive variable (never a literal).
   * @default - SCW_SECRET_KEY from the environment
   */
  readonly secretKey?: string;
  /**
   * Provider alias.
   * @default - the default `scaleway` provider configuration
   */
  readonly alias?: string;
}

/**
 * The `scaleway` provider configuration the Scaleway constructs use.
 *
 * @example
 * new ScalewayProvider(stack, 'scaleway', { region: 'fr-par' });   // keys from SCW_ACCESS_KEY / SCW_SECRET_KEY
 */
export class ScalewayProvider extends Construct {
  /** The provider block. */
  public readonly provider: TerraformProvider;
  /** The default region. */
  public readonly region: string;
  /** The default zone. */
  public readonly zone: string;

  constructor(scope: Construct, id: string, props: ScalewayProviderProps) {
    super(scope, id);
    if (props === undefined || props === null || typeof props !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: 'ScalewayProvider props', given: props, allowed: 'a ScalewayProviderProps object', fix: 'pass { region: "fr-par" }.' });
    }
    for (const [name, value] of [['accessKey', props.accessKey], ['secretKey', props.secretKey]] as const) {
      if (value !== undefined && !Token.isUnresolved(value)) {
        throw invalidInput({ code: 'LITERAL_SECRET', what: `ScalewayProvider ${name}`, given: '<a literal key>', allowed: 'a reference to a sensitive variable, or nothing (SCW_ACCESS_KEY / SCW_SECRET_KEY from the environment)', fix: 'remove the key and set the environment variable, or pass a sensitive TerraformVariable\'s stringValue.' });
      }
    }
    const region = resolveNetworkLocation(this, 'ScalewayProvider', 'scaleway', props.region, [LocationKind.REGION]).region.code;
    const zone = resolveScalewayZone(this, 'ScalewayProvider', region, props.zone);
    this.region = region;
    this.zone = zone;
    this.provider = new ScalewayProviderBlock(this, 'Resource', { region, zone, projectId: props.projectId, accessKey: props.accessKey, secretKey: props.secretKey, alias: props.alias });
  }
}

/** A zone of the region (default: its first), from the catalog. @internal */
export function resolveScalewayZone(scope: Construct, what: string, region: string, zone: string | undefined): string {
  if (zone === undefined) {
    const first = resolveNetworkLocation(scope, what, 'scaleway', `${region}-1`, [LocationKind.ZONE]);
    return first.region.code;
  }
  const found = resolveNetworkLocation(scope, what, 'scaleway', zone, [LocationKind.ZONE]);
  if (found.region.parent !== region) {
    throw invalidInput({ code: 'ZONE_NOT_IN_REGION', what: `${what} zone`, given: zone, allowed: `a zone of ${region} (${region}-1, ${region}-2, …)`, fix: `use a zone of ${region}, or change the region.` });
  }
  return found.region.code;
}
