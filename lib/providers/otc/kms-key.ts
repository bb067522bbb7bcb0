/*
 * OtcKmsKey: a customer master key in Open Telekom Cloud KMS (DEW) with rotation on and a
 * deletion waiting period.
 * Arguments: https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/kms_key_v1.md
 * (`rotation_interval` 30-365 days and only with `rotation_enabled` — schema RequiredWith in
 * opentelekomcloud/services/kms/resource_opentelekomcloud_kms_key_v1.go; `pending_days` 7-1096,
 * a string, default "7"). `realm` is left to the provider region: the doc calls it "Region where
 * a key resides" but its example passes an availability zone.
 */
import { TerraformResource, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { Retention } from '../../core/retention';
import { invalidInput } from '../../errors';
import { otc } from './binding';
import { baseTags, defaultName, resolveOtcRegion } from './region';

/** A KMS key as other constructs see it. */
export interface IOtcKmsKey extends IConstruct {
  /** The key ID (what `kms_id`, `kms_key_id` and the `everest.io/crypt-key-id` annotation take). */
  readonly keyId: string;
  /** Region of the key, e.g. `eu-de`. */
  readonly region: string;
}

/** Settings of an `OtcKmsKey`. */
export interface OtcKmsKeyProps {
  /** Open Telekom Cloud region (`eu-de`, `eu-nl`, `eu-ch2`), within the policy's jurisdiction; the provider configuration must use the same region. */
  readonly region: string;
  /**
   * Key alias (1 to 255 letters, digits, `_`, `-`, `:` and `/`).
   * @default - derived from the construct path
   */
  readonly alias?: string;
  /**
   * Description shown in the console.
   * @default - "Managed by cdktf-sovereign"
   */
  readonly description?: string;
  /**
   * Rotate the key material automatically. Opting out keeps one key version for the key's lifetime.
   * @default true
   */
  readonly rotation?: boolean;
  /**
   * How often the key material rotates: 30 to 365 days.
   * @default Retention.days(365)
   */
  readonly rotationInterval?: Retention;
  /**
   * How long a deleted key waits (pending deletion, cancellable) before it is destroyed: 7 to 1096 days.
   * @default Retention.days(30)
   */
  readonly deletionWaitingPeriod?: Retention;
  /**
   * Additional tags. `jurisdiction` is set by the construct.
   * @default - only the construct's tags
   */
  readonly tags?: { [key: string]: string };
}

/**
 * A KMS customer master key with automatic rotation and a deletion waiting period, for
 * encrypting EVS disks (CCE node volumes, `everest.io/crypt-key-id` PVCs) and OBS buckets.
 *
 * @example
 * const key = new OtcKmsKey(stack, 'Key', { region: 'eu-de' });
 */
export class OtcKmsKey extends Construct implements IOtcKmsKey {
  public readonly keyId: string;
  public readonly region: string;
  /** The key alias. */
  public readonly alias: string;
  /** Whether rotation is on. */
  public readonly rotation: boolean;
  /** The `opentelekomcloud_kms_key_v1` resource (escape hatch). */
  public readonly resource: TerraformResource;

  constructor(scope: Construct, id: string, props: OtcKmsKeyProps) {
    super(scope, id);
    if (props === undefined || props === null || typeof props !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: 'OtcKmsKey props', given: props, allowed: 'an OtcKmsKeyProps object', fix: 'pass { region }.' });
    }
    this.region = resolveOtcRegion(this, 'OtcKmsKey', props.region).region.code;
    this.alias = props.alias ?? defaultName(this, 255);
    if (!Token.isUnresolved(this.alias) && !/^[A-Za-z0-9:/_-]{1,255}$/.test(this.alias)) {
      throw invalidInput({ code: 'INVALID_KMS_ALIAS', what: 'OtcKmsKey alias', given: this.alias, allowed: '1 to 255 letters, digits, "_", "-", ":" and "/"', fix: 'rename the alias.' });
    }
    this.rotation = props.rotation ?? true;
    const interval = days('OtcKmsKey rotationInterval', props.rotationInterval ?? Retention.days(365), 30, 365);
    if (!this.rotation && props.rotationInterval !== undefined) {
      throw invalidInput({
        code: 'INTERVAL_WITHOUT_ROTATION',
        what: 'OtcKmsKey rotationInterval',
        given: props.rotationInterval.toString(),
        allowed: 'rotationInterval only with rotation on (the provider rejects rotation_interval without rotation_enabled)',
        fix: 'remove rotation: false, or remove rotationInterval.',
      });
    }
    const pending = days('OtcKmsKey deletionWaitingPeriod', props.deletionWaitingPeriod ?? Retention.days(30), 7, 1096);

    const { KmsKeyV1 } = otc.kmsKey('OtcKmsKey');
    this.resource = new KmsKeyV1(this, 'Resource', {
      keyAlias: this.alias,
      keyDescription: props.description ?? 'Managed by cdktf-sovereign',
      isEnabled: true,
      rotationEnabled: this.rotation,
      ...(this.rotation ? { rotationInterval: interval } : {}),
      pendingDays: String(pending),
      tags: baseTags(this, props.tags),
    });
    this.keyId = this.resource.getStringAttribute('id');
  }
}

function days(what: string, value: Retention, min: number, max: number): number {
  if (!(value instanceof Retention)) {
    throw invalidInput({ code: 'INVALID_RETENTION', what, given: value, allowed: `a Retention of ${min} to ${max} days`, fix: 'pass Retention.days(n).' });
  }
  const n = value.toDays();
  if (n < min || n > max) {
    throw invalidInput({
      code: 'PERIOD_OUT_OF_RANGE',
      what,
      given: `${value.toString()} (${n} days)`,
      allowed: `${min} to ${max} days (kms_key_v1 doc)`,
      fix: `choose a period from ${min} to ${max} days.`,
    });
  }
  return n;
}
