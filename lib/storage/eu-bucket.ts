import { TerraformResource, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { DataClassification } from '../core/classification';
import { SovereigntyPolicy } from '../core/policy';
import { Retention } from '../core/retention';
import { RuleId } from '../compliance/rules/ids';
import { addConstructSuppression } from '../compliance/suppressions';
import { invalidInput } from '../errors';
import {
  S3Bucket, S3BucketLifecycle, S3BucketLogging, S3BucketObjectLock, S3BucketPublicAccessBlock,
  S3BucketServerSideEncryption, S3BucketVersioning,
} from '../bindings/aws/s3';
import { requireFeature } from './capabilities';
import { S3Credentials } from './credentials';
import { resolveStorageLocation, StorageLocation } from './location';
import { BucketEncryption, EuBucketBackend, ObjectLock, validateBucketName } from './options';
import { createObsBucket } from './otc-native';
import { s3ProviderFor } from './s3-provider';
import { planBucket, BucketPlan } from './plan';

/** A bucket on European object storage, as other constructs see it. */
export interface IEuBucket extends IConstruct {
  /** The bucket name. */
  readonly bucketName: string;
  /** Catalog id of the provider, e.g. `scaleway`. */
  readonly providerId: string;
  /** Region code as the catalog spells it, e.g. `fr-par`. */
  readonly region: string;
  /** The S3 endpoint URL of the bucket's object storage. */
  readonly endpoint: string;
  /** How the bucket is created. */
  readonly backend: EuBucketBackend;
}

/** Settings of an `EuBucket`. */
export interface EuBucketProps {
  /** Catalog id of a European provider with S3-compatible object storage: `scaleway`, `ovhcloud`, `ionos`, `stackit`, `hetzner`, `exoscale`, `upcloud` or `otc`. */
  readonly provider: string;

  /** Object-storage region (or location) code, as the catalog lists it: `fr-par`, `GRA`, `eu-central-3`, `fsn1`, `europe-1`, `eu-de`… Must be in the policy's jurisdiction. */
  readonly region: string;

  /** Bucket name: 3 to 63 lower-case letters, digits and hyphens (S3 naming rules, no dots). */
  readonly bucketName: string;

  /**
   * The S3 endpoint URL. Required for UpCloud, whose endpoints are per service
   * (`https://<id>.upcloudobjects.com`); elsewhere it must belong to the same provider and region.
   * @default - the catalog's endpoint for the region
   */
  readonly endpoint?: string;

  /**
   * How the bucket is created.
   * @default EuBucketBackend.S3_COMPATIBLE
   */
  readonly backend?: EuBucketBackend;

  /**
   * Whether the bucket holds personal data (GDPR Art. 4(1)). Personal data needs a `retention`.
   * @default - true when `dataClassification` is PERSONAL or SPECIAL_CATEGORY, otherwise false
   */
  readonly holdsPersonalData?: boolean;

  /**
   * Classification of the data, written to the `data-classification` tag the compliance engine reads.
   * @default - DataClassification.PERSONAL when `holdsPersonalData`, otherwise the policy's `defaultDataClassification`
   */
  readonly dataClassification?: DataClassification;

  /**
   * How long objects are kept: a lifecycle rule expires current versions after this period.
   * Required when the bucket holds personal data, and within the policy's personal-data bounds.
   * @default - objects never expire
   */
  readonly retention?: Retention;

  /**
   * With versioning and a `retention`: how long a version is kept after it stops being the
   * current one (overwritten, deleted or expired). Data is gone at the latest after
   * `retention` plus this period.
   * @default - Retention.days(7), or `retention` when shorter
   */
  readonly noncurrentVersionRetention?: Retention;

  /**
   * Server-side encryption.
   * @default - BucketEncryption.CUSTOMER_MANAGED_KEY when `encryptionKeyId` is set, otherwise BucketEncryption.PROVIDER_MANAGED
   */
  readonly encryption?: BucketEncryption;

  /**
   * Why the bucket may go without server-side default encryption, with `encryption:
   * BucketEncryption.CLIENT_SIDE`: who encrypts the objects, with which keys, kept where (at
   * least 10 characters). The bucket records it as a suppression of SOV-ENCRYPTION-AT-REST, so
   * the finding stays in every report (JSON, Markdown, SARIF, JUnit), marked suppressed with
   * this reason, and synth does not fail on it. A policy's `unsuppressibleRules` still refuses it.
   * @default - no acknowledgement: SOV-ENCRYPTION-AT-REST reports a CLIENT_SIDE bucket the platform does not encrypt as an error
   */
  readonly clientSideEncryptionReason?: string;

  /**
   * The customer-managed KMS key for SSE-KMS (Scaleway Key Manager key id, Open Telekom Cloud KMS key id).
   * @default - no customer-managed key
   */
  readonly encryptionKeyId?: string;

  /**
   * Keep every version of every object (recovery from overwrites and deletions).
   * @default true
   */
  readonly versioned?: boolean;

  /**
   * Object lock / WORM default retention for new object versions (needs versioning).
   * @default - no object lock
   */
  readonly objectLock?: ObjectLock;

  /**
   * Another EuBucket (same provider and region) that receives this bucket's server access logs.
   * @default - no access logging
   */
  readonly accessLogsBucket?: IEuBucket;

  /**
   * Key prefix of the access-log objects.
   * @default - `<bucketName>/`
   */
  readonly accessLogsPrefix?: string;

  /**
   * Additional tags. `data-classification` and `jurisdiction` are set by the construct.
   * @default - only the construct's tags
   */
  readonly tags?: { [key: string]: string };

  /**
   * Credentials of the `aws` provider configuration (S3-compatible backend only).
   * @default S3Credentials.fromVariables()
   */
  readonly credentials?: S3Credentials;
}

/** Constructs that wrap an EuBucket (e.g. AuditLogStore) and stand for it as an access-log target. */
const BUCKET_DELEGATES = new WeakMap<IEuBucket, EuBucket>();

/**
 * Let `wrapper` stand for `bucket` where an IEuBucket is expected (access-log target): the
 * wrapped bucket then gets what a log receiver needs (the log-delivery-write ACL on OBS). @internal
 */
export function registerBucketDelegate(wrapper: IEuBucket, bucket: EuBucket): void {
  BUCKET_DELEGATES.set(wrapper, bucket);
}

/**
 * An object-storage bucket on a European provider, in a region of the policy's jurisdiction:
 * encrypted at rest, versioned, never public, expiring personal data, optionally WORM-locked
 * and access-logged. It emits only what the provider's object storage supports (catalog
 * capabilities) and throws when a requested feature is not available there.
 *
 * @example
 * new EuBucket(stack, 'Customers', {
 *   provider: 'scaleway', region: 'fr-par', bucketName: 'acme-customers',
 *   holdsPersonalData: true, retention: Retention.days(30),
 * });
 */
export class EuBucket extends Construct implements IEuBucket {
  public readonly bucketName: string;
  public readonly providerId: string;
  public readonly region: string;
  public readonly endpoint: string;
  public readonly backend: EuBucketBackend;
  /** The data classification written to the `data-classification` tag. */
  public readonly dataClassification: DataClassification;
  /** Whether the bucket holds personal data. */
  public readonly holdsPersonalData: boolean;
  /** The encryption in effect. */
  public readonly encryption: BucketEncryption;
  /** Whether versioning is on. */
  public readonly versioned: boolean;
  /** Lifecycle expiry of current versions, if any. */
  public readonly retention?: Retention;
  /** Object lock default retention, if any. */
  public readonly objectLock?: ObjectLock;
  /** The bucket resource (`aws_s3_bucket` or `opentelekomcloud_obs_bucket`); escape hatch. */
  public readonly resource: TerraformResource;

  private logTarget = false;

  constructor(scope: Construct, id: string, props: EuBucketProps) {
    super(scope, id);
    if (props === undefined || props === null || typeof props !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: 'EuBucket props', given: props, allowed: 'an EuBucketProps object', fix: 'pass { provider, region, bucketName }.' });
    }
    const policy = SovereigntyPolicy.of(this);
    const location = resolveStorageLocation(this, { what: 'EuBucket', provider: props.provider, region: props.region, endpoint: props.endpoint });
    if (!Token.isUnresolved(props.bucketName)) validateBucketName('EuBucket bucketName', props.bucketName);
    const plan = planBucket(props, location, policy);

    this.bucketName = props.bucketName;
    this.providerId = location.provider.id;
    this.region = location.region.code;
    this.endpoint = location.endpoint;
    this.backend = plan.backend;
    this.dataClassification = plan.classification;
    this.holdsPersonalData = plan.personal;
    this.encryption = plan.encryption;
    this.versioned = plan.versioned;
    this.retention = props.retention;
    this.objectLock = props.objectLock;

    if (plan.clientSideEncryptionReason !== undefined) {
      // The acknowledgement travels with the bucket: the finding is kept, suppressed, with the reason.
      addConstructSuppression(this, RuleId.ENCRYPTION_AT_REST, `Client-side encryption (BucketEncryption.CLIENT_SIDE): ${plan.clientSideEncryptionReason}`);
    }

    const logging = this.accessLogging(props, location);
    this.resource = plan.backend === EuBucketBackend.OTC_NATIVE
      ? createObsBucket(this, 'Resource', {
        bucketName: props.bucketName,
        region: location.region.code,
        versioned: plan.versioned,
        kmsKeyId: plan.kmsKeyId,
        tags: plan.tags,
        expirationDays: plan.expirationDays,
        noncurrentDays: plan.noncurrentDays,
        wormDays: plan.lockDays,
        logging,
        isLogTarget: () => this.logTarget,
      })
      : this.s3Resources(props, location, plan, logging);
  }

  /** Mark this bucket as a receiver of access logs (OBS needs the log-delivery-write ACL). @internal */
  public _acceptAccessLogs(): void {
    this.logTarget = true;
  }

  private accessLogging(props: EuBucketProps, location: StorageLocation): { targetBucket: string; targetPrefix: string } | undefined {
    const target = props.accessLogsBucket;
    if (target === undefined) {
      if (props.accessLogsPrefix !== undefined) {
        throw invalidInput({ code: 'PREFIX_WITHOUT_TARGET', what: 'EuBucket accessLogsPrefix', given: props.accessLogsPrefix, allowed: 'only together with accessLogsBucket', fix: 'set accessLogsBucket, or remove accessLogsPrefix.' });
      }
      return undefined;
    }
    requireFeature('EuBucket accessLogsBucket', location.provider, 'bucketAccessLogging', target.node.path,
      'remove accessLogsBucket; collect access logs another way (e.g. the provider\'s audit trail).');
    if (target === this || target.providerId !== location.provider.id || target.region !== location.region.code || target.endpoint !== location.endpoint) {
      throw invalidInput({
        code: 'ACCESS_LOG_TARGET_ELSEWHERE',
        what: 'EuBucket accessLogsBucket',
        given: target === this ? 'the bucket itself' : `${target.providerId} ${target.region} (${target.endpoint})`,
        allowed: `another EuBucket on ${location.provider.name} ${location.region.code} (${location.endpoint}): logs are delivered within one region and service`,
        fix: 'create the log bucket with the same provider, region and endpoint, and do not log a bucket into itself.',
      });
    }
    const prefix = props.accessLogsPrefix ?? `${props.bucketName}/`;
    if (typeof prefix !== 'string' || prefix.length === 0 || prefix.length > 512 || prefix.startsWith('/')) {
      throw invalidInput({ code: 'INVALID_LOG_PREFIX', what: 'EuBucket accessLogsPrefix', given: prefix, allowed: '1 to 512 characters, not starting with "/"', fix: 'use a prefix such as "my-bucket/".' });
    }
    const receiver = target instanceof EuBucket ? target : BUCKET_DELEGATES.get(target);
    if (receiver === undefined) return { targetBucket: target.bucketName, targetPrefix: prefix };
    receiver._acceptAccessLogs();
    // A reference, not the literal name: Terraform then creates the log bucket first.
    return { targetBucket: receiver.resource.getStringAttribute('bucket'), targetPrefix: prefix };
  }

  private s3Resources(props: EuBucketProps, location: StorageLocation, plan: BucketPlan,
    logging?: { targetBucket: string; targetPrefix: string }): TerraformResource {
    const provider = s3ProviderFor(this, location, props.credentials ?? S3Credentials.fromVariables());
    const bucket = new S3Bucket(this, 'Resource', provider, () => ({
      bucket: props.bucketName,
      forceDestroy: false,
      objectLockEnabled: plan.lockDays !== undefined ? true : undefined,
      tags: plan.tags,
    }));
    const ref = bucket.bucketRef;
    // Never public: a public access block wherever the provider's S3 API has one (catalog publicAccessBlock).
    if (location.provider.capabilities.publicAccessBlock.supported) {
      new S3BucketPublicAccessBlock(this, 'PublicAccessBlock', provider, () => ({ bucket: ref }));
    }
    if (plan.sse) {
      const sse = plan.sse;
      new S3BucketServerSideEncryption(this, 'Encryption', provider, () => ({ bucket: ref, sseAlgorithm: sse.algorithm, kmsMasterKeyId: sse.kmsKeyId }));
    }
    let versioning: S3BucketVersioning | undefined;
    if (plan.versioned) {
      versioning = new S3BucketVersioning(this, 'Versioning', provider, () => ({ bucket: ref, status: 'Enabled' }));
    }
    if (plan.lockDays !== undefined) {
      new S3BucketObjectLock(this, 'ObjectLock', provider, () => ({ bucket: ref, mode: props.objectLock!.mode, days: plan.lockDays! }),
        versioning ? [versioning] : undefined);
    }
    if (plan.expirationDays !== undefined) {
      const days = plan.expirationDays;
      // Versioning must be on before noncurrent-version rules apply (aws provider docs).
      new S3BucketLifecycle(this, 'Lifecycle', provider, () => ({
        bucket: ref,
        rules: [{ id: 'retention', expirationDays: days, noncurrentDays: plan.noncurrentDays }],
      }), versioning ? [versioning] : undefined);
    }
    if (logging) {
      new S3BucketLogging(this, 'AccessLogging', provider, () => ({ bucket: ref, targetBucket: logging.targetBucket, targetPrefix: logging.targetPrefix }));
    }
    return bucket;
  }
}

