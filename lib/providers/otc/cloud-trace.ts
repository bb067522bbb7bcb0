/*
 * OtcCloudTrace: the Cloud Trace Service (CTS) tracker of a project, writing the platform
 * audit trail to a WORM-locked, KMS-encrypted OBS bucket that expires traces at the policy
 * maximum.
 * Arguments: https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/cts_tracker_v3.md
 * ("A single tracker can be created for current CTS version"; `status` required; `bucket_name`,
 * `file_prefix_name`, `is_lts_enabled`, `is_obs_created`, `is_sort_by_service`, `compress_type`).
 * The bucket is an EuBucket on the OTC_NATIVE backend (opentelekomcloud_obs_bucket, obs_bucket.md).
 */
import { Annotations, TerraformResource, TerraformStack, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { DataClassification, isPersonalData } from '../../core/classification';
import { SovereigntyLabels } from '../../core/labels';
import { SovereigntyPolicy } from '../../core/policy';
import { invalidInput } from '../../errors';
import { EuBucket } from '../../storage/eu-bucket';
import { EuBucketBackend, ObjectLock } from '../../storage/options';
import { otc } from './binding';
import { IOtcKmsKey } from './kms-key';
import { resolveOtcRegion } from './region';

/**
 * Regions whose CTS endpoint the regions-and-endpoints table lists (only eu-de at
 * https://github.com/opentelekomcloud-docs/regions-and-endpoints/blob/046ea4447371b56c900fffd6460a11402ecf0e0c/doc/source/index.rst;
 * the catalog's opentelekomcloud_cts_tracker_v3 note says an older version also listed eu-nl).
 */
const CTS_LISTED_REGIONS = ['eu-de'];
const TRACKER_KEY = Symbol.for('cdktf-sovereign.OtcCloudTrace');

/** Settings of an `OtcCloudTrace`. */
export interface OtcCloudTraceProps {
  /** Open Telekom Cloud region of the project (`eu-de`, `eu-nl`, `eu-ch2`), within the policy's jurisdiction; the provider configuration must use the same region. */
  readonly region: string;
  /** Name of the OBS bucket created for the traces (S3 naming rules, no dots). */
  readonly bucketName: string;
  /** The KMS key that encrypts the bucket (a key of the same region, in the base project). */
  readonly encryptionKey: IOtcKmsKey;
  /**
   * Prefix of the trace files (0 to 64 letters, digits, `-`, `_`, `.`).
   * @default "cts"
   */
  readonly filePrefix?: string;
  /**
   * Classification of the traces, written to the bucket's `data-classification` tag. Traces
   * name users and source IP addresses, so they are personal data by default; the bucket's
   * expiry must then also be within the policy's personal-data bounds.
   * @default DataClassification.PERSONAL
   */
  readonly dataClassification?: DataClassification;
  /**
   * Also send traces to Log Tank Service for trace analysis (`is_lts_enabled`). LTS keeps
   * them in a log group that is neither WORM-locked nor created by this construct.
   * @default false
   */
  readonly ltsEnabled?: boolean;
}

/**
 * The project's Cloud Trace Service tracker (`opentelekomcloud_cts_tracker_v3`, status
 * `enabled`), writing gzip-compressed trace files to a new OBS bucket that is
 * - WORM-locked (COMPLIANCE) for `SovereigntyPolicy.auditLogMinRetention`,
 * - expired at `auditLogMaxRetention` (storage limitation), versioned,
 * - encrypted with a customer KMS key, private, tagged `purpose = audit-logs`,
 * in a region of the policy's jurisdiction. One tracker per project (CTS allows only one).
 *
 * @example
 * new OtcCloudTrace(stack, 'AuditTrail', { region: 'eu-de', bucketName: 'acme-cts', encryptionKey: key });
 */
export class OtcCloudTrace extends Construct {
  /** The bucket receiving the traces. */
  public readonly bucket: EuBucket;
  /** The region. */
  public readonly region: string;
  /** The trace file prefix. */
  public readonly filePrefix: string;
  /** The `opentelekomcloud_cts_tracker_v3` resource (escape hatch). */
  public readonly resource: TerraformResource;

  constructor(scope: Construct, id: string, props: OtcCloudTraceProps) {
    super(scope, id);
    if (props === undefined || props === null || typeof props !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: 'OtcCloudTrace props', given: props, allowed: 'an OtcCloudTraceProps object', fix: 'pass { region, bucketName, encryptionKey }.' });
    }
    this.region = resolveOtcRegion(this, 'OtcCloudTrace', props.region).region.code;
    if (!props.encryptionKey || typeof props.encryptionKey.keyId !== 'string') {
      throw invalidInput({ code: 'MISSING_KMS_KEY', what: 'OtcCloudTrace encryptionKey', given: props.encryptionKey, allowed: 'an IOtcKmsKey (e.g. an OtcKmsKey) of the same region', fix: 'create an OtcKmsKey and pass it as encryptionKey.' });
    }
    if (props.encryptionKey.region !== this.region) {
      throw invalidInput({
        code: 'KEY_IN_OTHER_REGION',
        what: 'OtcCloudTrace encryptionKey',
        given: `a key in ${props.encryptionKey.region}`,
        allowed: `a KMS key of ${this.region}: OBS encrypts with keys of the bucket's region`,
        fix: `create the OtcKmsKey with region "${this.region}".`,
      });
    }
    this.filePrefix = props.filePrefix ?? 'cts';
    if (!Token.isUnresolved(this.filePrefix) && (typeof this.filePrefix !== 'string' || !/^[A-Za-z0-9._-]{0,64}$/.test(this.filePrefix))) {
      throw invalidInput({ code: 'INVALID_FILE_PREFIX', what: 'OtcCloudTrace filePrefix', given: this.filePrefix, allowed: '0 to 64 letters, digits, "-", "_" and "."', fix: 'use a prefix such as "cts".' });
    }
    const policy = SovereigntyPolicy.of(this);
    const classification = props.dataClassification ?? DataClassification.PERSONAL;
    const max = policy.personalDataMaxRetention;
    if (isPersonalData(classification) && max && policy.auditLogMaxRetention.isLongerThan(max)) {
      throw invalidInput({
        code: 'AUDIT_RETENTION_ABOVE_PERSONAL_DATA_MAXIMUM',
        what: 'OtcCloudTrace retention',
        given: { auditLogMaxRetention: policy.auditLogMaxRetention.toString(), personalDataMaxRetention: max.toString() },
        allowed: 'traces (personal data: user names, source IPs) expire at auditLogMaxRetention, which must not exceed the policy\'s personalDataMaxRetention',
        fix: 'align the SovereigntyPolicy (auditLogMaxRetention <= personalDataMaxRetention), or classify the traces differently with dataClassification if they hold no personal data.',
      });
    }
    if (!CTS_LISTED_REGIONS.includes(this.region)) {
      Annotations.of(this).addWarning(
        `OtcCloudTrace: Open Telekom Cloud's regions-and-endpoints table lists a Cloud Trace Service endpoint only for ${CTS_LISTED_REGIONS.join(', ')}; ` +
        `check that CTS is available in ${this.region} before applying.`);
    }

    claimTracker(this);
    this.bucket = new EuBucket(this, 'Bucket', {
      provider: 'otc',
      region: this.region,
      bucketName: props.bucketName,
      backend: EuBucketBackend.OTC_NATIVE,
      encryptionKeyId: props.encryptionKey.keyId,
      dataClassification: classification,
      versioned: true,
      // WORM: no one can delete or overwrite a trace file before the audit minimum (OBS knows only COMPLIANCE mode).
      objectLock: ObjectLock.compliance(policy.auditLogMinRetention),
      // Storage limitation: traces expire at the audit maximum.
      retention: policy.auditLogMaxRetention,
      tags: { [SovereigntyLabels.TAG_PURPOSE]: SovereigntyLabels.PURPOSE_AUDIT_LOGS },
    });

    const { CtsTrackerV3 } = otc.ctsTracker('OtcCloudTrace');
    this.resource = new CtsTrackerV3(this, 'Resource', {
      status: 'enabled',
      // A reference, so the tracker is created after the bucket.
      bucketName: this.bucket.resource.getStringAttribute('bucket'),
      filePrefixName: this.filePrefix,
      isObsCreated: false,
      isLtsEnabled: props.ltsEnabled ?? false,
      isSortByService: true,
      compressType: 'gzip',
    });
  }
}

/** CTS allows one tracker per project: one OtcCloudTrace per stack. */
function claimTracker(trace: IConstruct): void {
  const stack = TerraformStack.of(trace) as TerraformStack & { [TRACKER_KEY]?: string };
  const existing = stack[TRACKER_KEY];
  if (existing !== undefined) {
    throw invalidInput({
      code: 'ONE_TRACKER_PER_PROJECT',
      what: 'OtcCloudTrace',
      given: trace.node.path,
      allowed: `one Cloud Trace Service tracker per project ("A single tracker can be created", cts_tracker_v3 doc); this stack already has ${existing}`,
      fix: 'keep a single OtcCloudTrace per project (stack), or put the second one in a stack whose provider uses another project.',
    });
  }
  stack[TRACKER_KEY] = trace.node.path;
}
