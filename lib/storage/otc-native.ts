/*
 * The Open Telekom Cloud native backend of EuBucket: `opentelekomcloud_obs_bucket` through
 * @cdktf/provider-opentelekomcloud (internal). The binding is an optional peer dependency,
 * so it is loaded only when this backend is used.
 * Arguments: https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/obs_bucket.md
 * (the binding wraps provider 1.36.54, whose schema has the same arguments).
 */
import { Lazy, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import type * as obs from '@cdktf/provider-opentelekomcloud/lib/obs-bucket';
import { loadOptionalPeer } from '../providers/otc/binding';

/** What the native OBS bucket is built from. @internal */
export interface ObsBucketSpec {
  readonly bucketName: string;
  readonly region: string;
  readonly versioned: boolean;
  /** KMS key of server-side encryption; none with client-side encryption. */
  readonly kmsKeyId?: string;
  readonly tags: { [key: string]: string };
  readonly expirationDays?: number;
  readonly noncurrentDays?: number;
  /** WORM default retention in days (COMPLIANCE mode: the only one OBS has). */
  readonly wormDays?: number;
  readonly logging?: { readonly targetBucket: string; readonly targetPrefix: string };
  /** Whether other buckets deliver access logs here (ACL log-delivery-write, rendered lazily). */
  readonly isLogTarget: () => boolean;
}

function loadBinding(): typeof obs {
  return loadOptionalPeer<typeof obs>('obs-bucket', 'EuBucket backend OTC_NATIVE',
    'npm install @cdktf/provider-opentelekomcloud@^12.0.16, or use EuBucketBackend.S3_COMPATIBLE.');
}

/** @internal */
export function createObsBucket(scope: Construct, id: string, spec: ObsBucketSpec): TerraformResource {
  const { ObsBucket } = loadBinding();
  const lifecycle: obs.ObsBucketLifecycleRule[] = spec.expirationDays === undefined ? [] : [{
    name: 'retention',
    enabled: true,
    expiration: [{ days: spec.expirationDays }],
    ...(spec.noncurrentDays !== undefined ? { noncurrentVersionExpiration: [{ days: spec.noncurrentDays }] } : {}),
  }];
  return new ObsBucket(scope, id, {
    bucket: spec.bucketName,
    region: spec.region,
    // Never public: private, or log-delivery-write for an access-log target (OBS log delivery needs it).
    acl: Lazy.stringValue({ produce: () => (spec.isLogTarget() ? 'log-delivery-write' : 'private') }),
    forceDestroy: false,
    versioning: spec.versioned,
    ...(spec.kmsKeyId !== undefined ? { serverSideEncryption: { algorithm: 'kms', kmsKeyId: spec.kmsKeyId } } : {}),
    tags: spec.tags,
    ...(lifecycle.length > 0 ? { lifecycleRule: lifecycle } : {}),
    ...(spec.wormDays !== undefined ? { wormPolicy: { days: spec.wormDays } } : {}),
    ...(spec.logging ? { logging: [{ targetBucket: spec.logging.targetBucket, targetPrefix: spec.logging.targetPrefix }] } : {}),
  });
}
