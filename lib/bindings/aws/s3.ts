/*
 * Typed bindings of the seven `aws_s3_*` resources EuBucket uses (internal: not part of
 * the jsii API). Arguments and block nesting follow the hashicorp/aws 5.100.0 provider
 * schema; nested blocks are `blocks(…)` (JSON lists, HCL blocks), as everywhere in lib/bindings.
 *
 * Each resource renders from a function of its construct's state, so settings added
 * after construction (e.g. a bucket becoming a log target) still land.
 */
import { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { blocks, BoundResource } from '../base';
import { AWS } from '../providers';

/** @internal */
export interface S3BucketConfig {
  readonly bucket: string;
  /** Create the bucket with S3 Object Lock (only possible at creation). */
  readonly objectLockEnabled?: boolean;
  /** Never delete a non-empty bucket on `terraform destroy`. */
  readonly forceDestroy: boolean;
  readonly tags?: { [key: string]: string };
}

/** @internal */
export interface S3BucketVersioningConfig {
  readonly bucket: string;
  readonly status: 'Enabled' | 'Suspended';
}

/** @internal */
export interface S3BucketSseConfig {
  readonly bucket: string;
  /** `AES256` or `aws:kms`. */
  readonly sseAlgorithm: string;
  readonly kmsMasterKeyId?: string;
}

/** @internal */
export interface S3LifecycleRuleConfig {
  readonly id: string;
  /** Days after which current versions expire. */
  readonly expirationDays: number;
  /** Days after which noncurrent versions are deleted. */
  readonly noncurrentDays?: number;
}

/** @internal */
export interface S3BucketLifecycleConfig {
  readonly bucket: string;
  readonly rules: S3LifecycleRuleConfig[];
}

/** @internal */
export interface S3BucketObjectLockConfig {
  readonly bucket: string;
  /** `GOVERNANCE` or `COMPLIANCE`. */
  readonly mode: string;
  readonly days: number;
}

/** @internal */
export interface S3BucketLoggingConfig {
  readonly bucket: string;
  readonly targetBucket: string;
  readonly targetPrefix: string;
}

/** @internal */
export interface S3BucketPublicAccessBlockConfig {
  readonly bucket: string;
}

/** One `aws_s3_*` resource, rendered from `render()`; always bound to an `AwsS3Provider`. @internal */
export abstract class AwsS3Resource<C> extends BoundResource<C> {
  protected constructor(scope: Construct, id: string, resourceType: string, provider: TerraformProvider, render: () => C,
    dependsOn?: ITerraformDependable[]) {
    super(scope, id, resourceType, AWS, render, provider, dependsOn);
  }
}

/** `aws_s3_bucket`. @internal */
export class S3Bucket extends AwsS3Resource<S3BucketConfig> {
  constructor(scope: Construct, id: string, provider: TerraformProvider, render: () => S3BucketConfig) {
    super(scope, id, 'aws_s3_bucket', provider, render);
  }

  /** `${aws_s3_bucket.<name>.id}`: the bucket name, as a reference that orders the children after the bucket. */
  public get bucketRef(): string {
    return this.getStringAttribute('id');
  }

  protected attributes(c: S3BucketConfig): Record<string, unknown> {
    const tags = c.tags && Object.keys(c.tags).length > 0 ? c.tags : undefined;
    return { bucket: c.bucket, force_destroy: c.forceDestroy, object_lock_enabled: c.objectLockEnabled, tags };
  }
}

/** `aws_s3_bucket_versioning`. @internal */
export class S3BucketVersioning extends AwsS3Resource<S3BucketVersioningConfig> {
  constructor(scope: Construct, id: string, provider: TerraformProvider, render: () => S3BucketVersioningConfig) {
    super(scope, id, 'aws_s3_bucket_versioning', provider, render);
  }

  protected attributes(c: S3BucketVersioningConfig): Record<string, unknown> {
    return { bucket: c.bucket, versioning_configuration: blocks({ status: c.status }) };
  }
}

/** `aws_s3_bucket_server_side_encryption_configuration`. @internal */
export class S3BucketServerSideEncryption extends AwsS3Resource<S3BucketSseConfig> {
  constructor(scope: Construct, id: string, provider: TerraformProvider, render: () => S3BucketSseConfig) {
    super(scope, id, 'aws_s3_bucket_server_side_encryption_configuration', provider, render);
  }

  protected attributes(c: S3BucketSseConfig): Record<string, unknown> {
    return {
      bucket: c.bucket,
      rule: blocks({ apply_server_side_encryption_by_default: blocks({ sse_algorithm: c.sseAlgorithm, kms_master_key_id: c.kmsMasterKeyId }) }),
    };
  }
}

/** `aws_s3_bucket_lifecycle_configuration`; every rule applies to the whole bucket (`filter {}`). @internal */
export class S3BucketLifecycle extends AwsS3Resource<S3BucketLifecycleConfig> {
  constructor(scope: Construct, id: string, provider: TerraformProvider, render: () => S3BucketLifecycleConfig, dependsOn?: ITerraformDependable[]) {
    super(scope, id, 'aws_s3_bucket_lifecycle_configuration', provider, render, dependsOn);
  }

  protected attributes(c: S3BucketLifecycleConfig): Record<string, unknown> {
    return {
      bucket: c.bucket,
      rule: blocks(...c.rules.map((r) => ({
        id: r.id,
        status: 'Enabled',
        filter: blocks({}),
        expiration: blocks({ days: r.expirationDays }),
        noncurrent_version_expiration: r.noncurrentDays === undefined ? undefined : blocks({ noncurrent_days: r.noncurrentDays }),
      }))),
    };
  }
}

/** `aws_s3_bucket_object_lock_configuration` with a default retention. @internal */
export class S3BucketObjectLock extends AwsS3Resource<S3BucketObjectLockConfig> {
  constructor(scope: Construct, id: string, provider: TerraformProvider, render: () => S3BucketObjectLockConfig, dependsOn?: ITerraformDependable[]) {
    super(scope, id, 'aws_s3_bucket_object_lock_configuration', provider, render, dependsOn);
  }

  protected attributes(c: S3BucketObjectLockConfig): Record<string, unknown> {
    return {
      bucket: c.bucket,
      object_lock_enabled: 'Enabled',
      rule: blocks({ default_retention: blocks({ mode: c.mode, days: c.days }) }),
    };
  }
}

/** `aws_s3_bucket_public_access_block` with all four settings on. @internal */
export class S3BucketPublicAccessBlock extends AwsS3Resource<S3BucketPublicAccessBlockConfig> {
  constructor(scope: Construct, id: string, provider: TerraformProvider, render: () => S3BucketPublicAccessBlockConfig) {
    super(scope, id, 'aws_s3_bucket_public_access_block', provider, render);
  }

  protected attributes(c: S3BucketPublicAccessBlockConfig): Record<string, unknown> {
    return {
      bucket: c.bucket,
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    };
  }
}

/** `aws_s3_bucket_logging`. @internal */
export class S3BucketLogging extends AwsS3Resource<S3BucketLoggingConfig> {
  constructor(scope: Construct, id: string, provider: TerraformProvider, render: () => S3BucketLoggingConfig) {
    super(scope, id, 'aws_s3_bucket_logging', provider, render);
  }

  protected attributes(c: S3BucketLoggingConfig): Record<string, unknown> {
    return { bucket: c.bucket, target_bucket: c.targetBucket, target_prefix: c.targetPrefix };
  }
}
