import { Retention } from '../core/retention';
import { invalidInput } from '../errors';

/** How an `EuBucket` is created. */
export enum EuBucketBackend {
  /**
   * The `hashicorp/aws` Terraform provider pointed at the European provider's S3 endpoint
   * (`aws_s3_*` resources). Works for every catalogued European provider.
   */
  S3_COMPATIBLE = 's3-compatible',
  /**
   * Open Telekom Cloud's own provider (`opentelekomcloud_obs_bucket`, through the optional
   * peer dependency `@cdktf/provider-opentelekomcloud`). Open Telekom Cloud only.
   */
  OTC_NATIVE = 'otc-native',
}

/** Server-side encryption of an `EuBucket`. */
export enum BucketEncryption {
  /**
   * Encryption at rest with keys the provider manages: a default-encryption configuration
   * (`AES256`, or SSE-KMS with the provider's default key where that is the only choice, as on
   * Open Telekom Cloud OBS), or the platform's always-on encryption where nothing can be configured
   * (STACKIT, UpCloud). Fails for providers that cannot encrypt buckets by default (Hetzner).
   */
  PROVIDER_MANAGED = 'provider-managed',
  /** SSE-KMS with a customer-managed key (`encryptionKeyId`), where the provider supports it. */
  CUSTOMER_MANAGED_KEY = 'customer-managed-key',
  /**
   * Opt-out: no server-side default encryption; every client must encrypt (client-side or
   * per request with SSE-C). The only choice on Hetzner, whose object storage has no default
   * encryption. The compliance engine reports SOV-ENCRYPTION-AT-REST unless the platform encrypts
   * anyway; acknowledge it with `clientSideEncryptionReason`, which every report then shows as
   * the reason of the suppressed finding.
   */
  CLIENT_SIDE = 'client-side',
}

/** Object-lock (WORM) retention mode. */
export enum ObjectLockMode {
  /** Users with a special permission can shorten or remove the lock. */
  GOVERNANCE = 'GOVERNANCE',
  /** No one, not even the account owner, can delete a locked version before the period ends. */
  COMPLIANCE = 'COMPLIANCE',
}

/**
 * Object lock / WORM default retention: every new object version is locked for `period`.
 *
 * @example
 * ObjectLock.compliance(Retention.years(1));
 */
export class ObjectLock {
  /** Locked versions cannot be deleted by anyone until `period` ends. */
  public static compliance(period: Retention): ObjectLock {
    return new ObjectLock(ObjectLockMode.COMPLIANCE, period);
  }

  /** Locked versions can be deleted early only with a special permission. */
  public static governance(period: Retention): ObjectLock {
    return new ObjectLock(ObjectLockMode.GOVERNANCE, period);
  }

  /** The retention mode. */
  public readonly mode: ObjectLockMode;
  /** How long each new version is locked. */
  public readonly period: Retention;

  private constructor(mode: ObjectLockMode, period: Retention) {
    if (!(period instanceof Retention)) {
      throw invalidInput({
        code: 'INVALID_OBJECT_LOCK_PERIOD',
        what: `ObjectLock.${mode === ObjectLockMode.COMPLIANCE ? 'compliance' : 'governance'} period`,
        given: period,
        allowed: 'a Retention, e.g. Retention.days(30) or Retention.years(1)',
        fix: 'pass Retention.days(n), Retention.months(n) or Retention.years(n).',
      });
    }
    this.mode = mode;
    this.period = period;
  }
}

/**
 * S3 bucket naming rules (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html),
 * which every catalogued European provider applies too, plus: no dots, because a dot breaks
 * the TLS certificate of virtual-hosted-style requests (`<bucket>.<endpoint host>`), which
 * Open Telekom Cloud OBS requires.
 * @internal
 */
export function validateBucketName(what: string, name: string): void {
  const problems: string[] = [];
  if (typeof name !== 'string') {
    problems.push('it is not a string');
  } else {
    if (name.length < 3 || name.length > 63) problems.push(`it is ${name.length} characters long (3 to 63 allowed)`);
    if (/[^a-z0-9.-]/.test(name)) problems.push('it contains characters other than lower-case letters, digits and hyphens');
    if (name.includes('.')) problems.push('it contains a dot, which breaks TLS for virtual-hosted-style requests');
    if (/^[^a-z0-9]|[^a-z0-9]$/.test(name)) problems.push('it does not start and end with a letter or digit');
    if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) problems.push('it is formatted as an IP address');
    if (/^(xn--|sthree-|amzn-s3-demo-)/.test(name) || /(-s3alias|--ol-s3|--x-s3)$/.test(name)) {
      problems.push('it uses a prefix or suffix S3 reserves (xn--, sthree-, -s3alias, --ol-s3, --x-s3)');
    }
  }
  if (problems.length === 0) return;
  throw invalidInput({
    code: 'INVALID_BUCKET_NAME',
    what,
    given: name,
    allowed: '3 to 63 lower-case letters, digits and hyphens, starting and ending with a letter or digit (S3 naming rules; no dots)',
    fix: `rename the bucket: ${problems.join('; ')}.`,
  });
}
