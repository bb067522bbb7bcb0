import { Annotations, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { Catalog } from '../catalog/catalog';
import { CloudProvider } from '../catalog/provider';
import { DataClassification } from '../core/classification';
import { SovereigntyLabels } from '../core/labels';
import { SovereigntyPolicy } from '../core/policy';
import { Retention } from '../core/retention';
import { invalidInput, listAllowed, SovereignError } from '../errors';
import { capabilityOf } from '../storage/capabilities';
import { S3Credentials } from '../storage/credentials';
import { EuBucket, IEuBucket, registerBucketDelegate } from '../storage/eu-bucket';
import { BucketEncryption, EuBucketBackend, ObjectLock, ObjectLockMode } from '../storage/options';

/** Settings of an `AuditLogStore`. */
export interface AuditLogStoreProps {
  /**
   * Catalog id of a European provider whose object storage has object lock and lifecycle expiry:
   * `scaleway`, `ovhcloud`, `ionos`, `otc`, or `hetzner` (which takes no bucket tags, so the
   * compliance engine cannot recognise the store; a synth warning says so).
   */
  readonly provider: string;

  /** Object-storage region, as the catalog lists it (`fr-par`, `GRA`, `eu-central-3`, …). Must be in the policy's jurisdiction. */
  readonly region: string;

  /** Bucket name (S3 naming rules, no dots). */
  readonly bucketName: string;

  /**
   * The S3 endpoint URL (see `EuBucketProps.endpoint`).
   * @default - the catalog's endpoint for the region
   */
  readonly endpoint?: string;

  /**
   * How long every log object is locked against deletion and overwriting (object lock / WORM
   * default retention). At least the policy's `auditLogMinRetention`.
   * @default - SovereigntyPolicy.of(this).auditLogMinRetention (one year unless the policy says otherwise)
   */
  readonly minRetention?: Retention;

  /**
   * When log objects expire (lifecycle rule): storage limitation, GDPR Art. 5(1)(e). At most the
   * policy's `auditLogMaxRetention`, at least `minRetention`. Deleted versions are removed one day later.
   * @default - SovereigntyPolicy.of(this).auditLogMaxRetention (two years unless the policy says otherwise)
   */
  readonly maxRetention?: Retention;

  /**
   * Object-lock mode. GOVERNANCE lets holders of a special permission shorten the lock, which
   * an attacker with those credentials could do too.
   * @default ObjectLockMode.COMPLIANCE
   */
  readonly lockMode?: ObjectLockMode;

  /**
   * Classification written to the `data-classification` tag. Pseudonymised logs are still
   * personal data in law (GDPR Recital 26); `PERSONAL` makes the policy's personal-data bounds
   * apply to the store as well.
   * @default - the policy's `defaultDataClassification`
   */
  readonly dataClassification?: DataClassification;

  /**
   * Server-side encryption (see `EuBucketProps.encryption`).
   * @default - as `EuBucket`: provider-managed, or customer-managed when `encryptionKeyId` is set
   */
  readonly encryption?: BucketEncryption;

  /**
   * With `encryption: BucketEncryption.CLIENT_SIDE` (Hetzner): who encrypts the logs, with which
   * keys (see `EuBucketProps.clientSideEncryptionReason`); recorded as a suppression of
   * SOV-ENCRYPTION-AT-REST that every report shows with this reason.
   * @default - no acknowledgement: SOV-ENCRYPTION-AT-REST reports a CLIENT_SIDE store the platform does not encrypt
   */
  readonly clientSideEncryptionReason?: string;

  /**
   * Customer-managed KMS key (see `EuBucketProps.encryptionKeyId`).
   * @default - no customer-managed key
   */
  readonly encryptionKeyId?: string;

  /**
   * How the bucket is created.
   * @default EuBucketBackend.S3_COMPATIBLE
   */
  readonly backend?: EuBucketBackend;

  /**
   * Another bucket that receives this bucket's access logs (who read the audit logs).
   * @default - no access logging
   */
  readonly accessLogsBucket?: IEuBucket;

  /**
   * Additional tags. `purpose`, `data-classification` and `jurisdiction` are set by the construct.
   * @default - only the construct's tags
   */
  readonly tags?: { [key: string]: string };

  /**
   * Credentials of the `aws` provider configuration (S3-compatible backend only).
   * @default S3Credentials.fromVariables()
   */
  readonly credentials?: S3Credentials;
}

/** Days a version is kept after it stops being current (expired or deleted); the lock still holds it until its period ends. */
const NONCURRENT_DAYS = 1;

/**
 * The store audit logs hold up in after an incident: an `EuBucket` in the policy's
 * jurisdiction, versioned, with object lock (COMPLIANCE mode by default) for the audit minimum
 * and a lifecycle rule that deletes logs at the audit maximum, tagged `purpose = audit-logs` so
 * the compliance engine judges it as an audit-log store (SOV-AUDIT-LOGGING, SOV-RETENTION).
 *
 * Every log object is locked for `minRetention` from the moment it is written: nobody, not
 * the account owner, can delete or overwrite it before (COMPLIANCE). It expires after
 * `maxRetention`; the expired version is removed one day later, so logs are gone at the latest
 * after `maxRetention` plus one day.
 *
 * @example
 * const store = new AuditLogStore(stack, 'AuditLogs', {
 *   provider: 'ovhcloud', region: 'gra', bucketName: 'acme-audit-logs',
 * });
 */
export class AuditLogStore extends Construct implements IEuBucket {
  public readonly bucketName: string;
  public readonly providerId: string;
  public readonly region: string;
  public readonly endpoint: string;
  public readonly backend: EuBucketBackend;
  /** The bucket (its primary child `Resource`). */
  public readonly bucket: EuBucket;
  /** How long each log object is locked. */
  public readonly minRetention: Retention;
  /** When log objects expire. */
  public readonly maxRetention: Retention;
  /** The object-lock mode. */
  public readonly lockMode: ObjectLockMode;

  constructor(scope: Construct, id: string, props: AuditLogStoreProps) {
    super(scope, id);
    if (props === undefined || props === null || typeof props !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: 'AuditLogStore props', given: props, allowed: 'an AuditLogStoreProps object', fix: 'pass { provider, region, bucketName }.' });
    }
    const where = `AuditLogStore "${this.node.path}"`;
    const policy = SovereigntyPolicy.of(this);
    checkRetention(`${where} minRetention`, props.minRetention);
    checkRetention(`${where} maxRetention`, props.maxRetention);
    const min = props.minRetention ?? policy.auditLogMinRetention;
    const max = props.maxRetention ?? policy.auditLogMaxRetention;
    if (min.isLongerThan(max)) {
      throw invalidInput({
        code: 'RETENTION_MIN_ABOVE_MAX',
        what: `${where} retention`,
        given: { minRetention: `${min.toString()} (${min.toDays()} days)`, maxRetention: `${max.toString()} (${max.toDays()} days)` },
        allowed: 'minRetention (the lock) at most maxRetention (the expiry): a locked log cannot expire before its lock ends',
        fix: 'lower minRetention or raise maxRetention.',
      });
    }
    if (min.isShorterThan(policy.auditLogMinRetention)) {
      throw invalidInput({
        code: 'RETENTION_BELOW_POLICY',
        what: `${where} minRetention`,
        given: `${min.toString()} (${min.toDays()} days)`,
        allowed: `at least ${policy.auditLogMinRetention.toString()} (${policy.auditLogMinRetention.toDays()} days, SovereigntyPolicy.auditLogMinRetention)`,
        fix: 'remove minRetention to use the policy minimum, or lower auditLogMinRetention on the SovereigntyPolicy deliberately.',
      });
    }
    if (max.isLongerThan(policy.auditLogMaxRetention)) {
      throw invalidInput({
        code: 'RETENTION_ABOVE_POLICY',
        what: `${where} maxRetention`,
        given: `${max.toString()} (${max.toDays()} days)`,
        allowed: `at most ${policy.auditLogMaxRetention.toString()} (${policy.auditLogMaxRetention.toDays()} days, SovereigntyPolicy.auditLogMaxRetention)`,
        fix: 'remove maxRetention to use the policy maximum, or raise auditLogMaxRetention on the SovereigntyPolicy deliberately.',
      });
    }
    const modes = Object.values(ObjectLockMode) as string[];
    const mode = props.lockMode ?? ObjectLockMode.COMPLIANCE;
    if (!modes.includes(mode)) {
      throw invalidInput({ code: 'INVALID_CHOICE', what: `${where} lockMode`, given: mode, allowed: modes.join(', '), fix: 'use ObjectLockMode.COMPLIANCE or ObjectLockMode.GOVERNANCE.', candidates: modes });
    }
    checkProvider(where, props.provider);
    const tags = props.tags ?? {};
    if (SovereigntyLabels.TAG_PURPOSE in tags) {
      throw invalidInput({
        code: 'RESERVED_TAG',
        what: `${where} tags`,
        given: SovereigntyLabels.TAG_PURPOSE,
        allowed: `keys other than ${SovereigntyLabels.TAG_PURPOSE}, data-classification and jurisdiction, which the construct sets`,
        fix: `remove the "${SovereigntyLabels.TAG_PURPOSE}" tag: an audit-log store is always "${SovereigntyLabels.PURPOSE_AUDIT_LOGS}".`,
      });
    }

    // Hetzner's object storage refuses bucket tags (catalog bucketTagging): the store works, but
    // nothing in the Terraform marks it as an audit-log store, so say so instead of failing.
    const catalogProvider = Catalog.tryProvider(props.provider);
    // Unrecorded means standard S3, which has bucket tags (ProviderCapabilities.bucketTagging).
    const tagged = catalogProvider?.capabilities.bucketTagging?.supported ?? true;
    if (!tagged) {
      Annotations.of(this).addWarning(
        `${where}: ${catalogProvider!.name} buckets cannot carry tags, so the "${SovereigntyLabels.TAG_PURPOSE}=${SovereigntyLabels.PURPOSE_AUDIT_LOGS}" tag is not set ` +
        'and the compliance engine cannot recognise this bucket as an audit-log store (SOV-AUDIT-LOGGING and SOV-RETENTION do not judge it). ' +
        'Prefer a provider with bucket tags, or keep the lock and expiry settings under review yourself.');
    }
    this.bucket = inStoreTerms(where, () => new EuBucket(this, 'Resource', {
      provider: props.provider,
      region: props.region,
      bucketName: props.bucketName,
      endpoint: props.endpoint,
      backend: props.backend,
      dataClassification: props.dataClassification,
      encryption: props.encryption,
      clientSideEncryptionReason: props.clientSideEncryptionReason,
      encryptionKeyId: props.encryptionKeyId,
      versioned: true,
      objectLock: mode === ObjectLockMode.COMPLIANCE ? ObjectLock.compliance(min) : ObjectLock.governance(min),
      retention: max,
      noncurrentVersionRetention: Retention.days(NONCURRENT_DAYS),
      accessLogsBucket: props.accessLogsBucket,
      tags: tagged ? { ...tags, [SovereigntyLabels.TAG_PURPOSE]: SovereigntyLabels.PURPOSE_AUDIT_LOGS } : props.tags,
      credentials: props.credentials,
    }));
    registerBucketDelegate(this, this.bucket);
    this.bucketName = this.bucket.bucketName;
    this.providerId = this.bucket.providerId;
    this.region = this.bucket.region;
    this.endpoint = this.bucket.endpoint;
    this.backend = this.bucket.backend;
    this.minRetention = min;
    this.maxRetention = max;
    this.lockMode = mode;
  }

  /** The bucket resource (`aws_s3_bucket` or `opentelekomcloud_obs_bucket`); escape hatch. */
  public get resource(): TerraformResource {
    return this.bucket.resource;
  }
}

/**
 * The store's bucket is built from the store's props, so its errors must name the store and its
 * props: `EuBucket objectLock …` is the store's minRetention, `EuBucket retention …` its maxRetention.
 */
const BUCKET_TERMS: [RegExp, string][] = [
  [/^EuBucket objectLock mode\b/, 'lockMode'],
  [/^EuBucket retention and objectLock\b/, 'maxRetention and minRetention'],
  [/^EuBucket objectLock( period)?\b/, 'minRetention (the object-lock period)'],
  [/^EuBucket retention( of personal data)?\b/, 'maxRetention (the expiry)'],
  [/^EuBucket\b/, ''],
];

function inStoreTerms<T>(where: string, build: () => T): T {
  try {
    return build();
  } catch (e) {
    if (!(e instanceof SovereignError) || !e.message.startsWith('EuBucket')) throw e;
    const [pattern, prop] = BUCKET_TERMS.find(([re]) => re.test(e.message))!;
    throw new SovereignError(e.code, e.message.replace(pattern, prop ? `${where} ${prop}` : where));
  }
}

function checkRetention(what: string, value: unknown): void {
  if (value !== undefined && !(value instanceof Retention)) {
    throw invalidInput({ code: 'INVALID_RETENTION', what, given: value, allowed: 'a Retention, e.g. Retention.years(1)', fix: 'pass Retention.days(n), Retention.months(n) or Retention.years(n).' });
  }
}

/** Providers whose object storage can both lock and expire objects (catalog capabilities). */
function auditCapable(): CloudProvider[] {
  return Catalog.europeanProviders().filter((p) => p.objectStorage?.s3Compatible
    && capabilityOf(p, 'objectLock').supported && capabilityOf(p, 'bucketLifecycle').supported);
}

/**
 * Fail with the audit-specific reason before EuBucket fails with the generic one: a store
 * without object lock is not tamper-resistant, one without expiry keeps logs forever.
 */
function checkProvider(where: string, providerId: string): void {
  const provider = typeof providerId === 'string' ? Catalog.tryProvider(providerId) : undefined;
  if (!provider || !provider.objectStorage?.s3Compatible || provider.hyperscaler) return; // EuBucket explains unknown providers
  const capable = auditCapable().map((p) => p.id);
  for (const [feature, why] of [
    ['objectLock', 'object lock / WORM, without which anyone holding the bucket credentials can alter or delete the logs (BSI C5 OPS-13)'],
    ['bucketLifecycle', 'lifecycle expiry, without which the logs are kept forever (storage limitation, GDPR Art. 5(1)(e))'],
  ] as const) {
    const fact = capabilityOf(provider, feature);
    if (fact.supported) continue;
    throw invalidInput({
      code: feature === 'objectLock' ? 'AUDIT_STORE_NEEDS_OBJECT_LOCK' : 'AUDIT_STORE_NEEDS_EXPIRY',
      what: `${where} provider`,
      given: providerId,
      allowed: `a provider whose object storage offers ${why}: ${listAllowed(capable)}. ${provider.name}: ${fact.note ?? 'not supported'} (catalog: ${fact.verified ? 'verified' : 'unverified'}, ${fact.source})`,
      fix: `store the audit logs with one of ${capable.join(', ')}; the logs may live with another provider than the cluster.`,
      candidates: capable,
    });
  }
}
