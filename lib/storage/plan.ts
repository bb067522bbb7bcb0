/*
 * What an EuBucket will emit, decided from its props, the provider's catalog capabilities
 * and the policy — with an error for every misuse (internal).
 */
import { Token } from 'cdktf';
import { DataClassification, isPersonalData } from '../core/classification';
import { SovereigntyLabels } from '../core/labels';
import { SovereigntyPolicy } from '../core/policy';
import { Retention } from '../core/retention';
import { invalidInput, show } from '../errors';
import { capabilityOf, requireFeature, unsupported } from './capabilities';
import type { EuBucketProps } from './eu-bucket';
import { StorageLocation } from './location';
import { BucketEncryption, EuBucketBackend, ObjectLock, ObjectLockMode } from './options';

/** @internal */
export interface BucketPlan {
  readonly backend: EuBucketBackend;
  readonly classification: DataClassification;
  readonly personal: boolean;
  readonly encryption: BucketEncryption;
  /** The acknowledgement of client-side encryption, recorded as a suppression of SOV-ENCRYPTION-AT-REST. */
  readonly clientSideEncryptionReason?: string;
  /** S3 default-encryption configuration to emit, if any. */
  readonly sse?: { readonly algorithm: string; readonly kmsKeyId?: string };
  /** The KMS key of the native OBS bucket. */
  readonly kmsKeyId?: string;
  readonly versioned: boolean;
  readonly tags: { [key: string]: string };
  readonly expirationDays?: number;
  readonly noncurrentDays?: number;
  readonly lockDays?: number;
}

const DEFAULT_NONCURRENT = Retention.days(7);
const S3_MAX_LOCK_DAYS = 36500;
const RESERVED_TAGS = [SovereigntyLabels.TAG_DATA_CLASSIFICATION, SovereigntyLabels.TAG_JURISDICTION];

function checkEnum<T extends string>(what: string, value: T | undefined, values: Record<string, T>, fix: string): void {
  if (value === undefined) return;
  const allowed = Object.values(values);
  if (!allowed.includes(value)) {
    throw invalidInput({ code: 'INVALID_CHOICE', what, given: value, allowed: allowed.join(', '), fix, candidates: allowed });
  }
}

function checkRetention(what: string, value: unknown): void {
  if (value !== undefined && !(value instanceof Retention)) {
    throw invalidInput({ code: 'INVALID_RETENTION', what, given: value, allowed: 'a Retention, e.g. Retention.days(30)', fix: 'pass Retention.days(n), Retention.months(n) or Retention.years(n).' });
  }
}

/** @internal */
export function planBucket(props: EuBucketProps, location: StorageLocation, policy: SovereigntyPolicy): BucketPlan {
  const provider = location.provider;
  checkEnum('EuBucket backend', props.backend, EuBucketBackend as unknown as Record<string, EuBucketBackend>, 'use EuBucketBackend.S3_COMPATIBLE or EuBucketBackend.OTC_NATIVE.');
  const backend = props.backend ?? EuBucketBackend.S3_COMPATIBLE;
  if (backend === EuBucketBackend.OTC_NATIVE && provider.id !== 'otc') {
    throw invalidInput({
      code: 'BACKEND_PROVIDER_MISMATCH',
      what: 'EuBucket backend',
      given: backend,
      allowed: `EuBucketBackend.S3_COMPATIBLE for ${provider.name}; OTC_NATIVE is Open Telekom Cloud's own provider`,
      fix: 'remove `backend`, or set provider "otc".',
    });
  }

  // --- classification ---
  checkEnum('EuBucket dataClassification', props.dataClassification, DataClassification as unknown as Record<string, DataClassification>, 'use a DataClassification value.');
  const given = props.dataClassification;
  if (given !== undefined && props.holdsPersonalData !== undefined && isPersonalData(given) !== props.holdsPersonalData) {
    throw invalidInput({
      code: 'CONTRADICTORY_CLASSIFICATION',
      what: 'EuBucket holdsPersonalData and dataClassification',
      given: { holdsPersonalData: props.holdsPersonalData, dataClassification: given },
      allowed: 'holdsPersonalData true with PERSONAL or SPECIAL_CATEGORY, false with PUBLIC, INTERNAL or CONFIDENTIAL',
      fix: 'set only one of the two, or make them agree.',
    });
  }
  let classification = given
    ?? (props.holdsPersonalData ? DataClassification.PERSONAL : policy.defaultDataClassification);
  if (props.holdsPersonalData === false && isPersonalData(classification)) classification = DataClassification.CONFIDENTIAL;
  const personal = isPersonalData(classification);

  // --- retention ---
  checkRetention('EuBucket retention', props.retention);
  checkRetention('EuBucket noncurrentVersionRetention', props.noncurrentVersionRetention);
  const retention = props.retention;
  if (personal && !retention) {
    throw invalidInput({
      code: 'PERSONAL_DATA_WITHOUT_RETENTION',
      what: 'EuBucket retention',
      given: undefined,
      allowed: `a Retention for a bucket of ${classification} data (storage limitation, GDPR Art. 5(1)(e))${policy.personalDataMaxRetention ? `, at most ${policy.personalDataMaxRetention.toString()} (policy)` : ''}`,
      fix: 'set retention, e.g. retention: Retention.days(30): objects expire after that period.',
    });
  }
  if (retention) {
    requireFeature('EuBucket retention', provider, 'bucketLifecycle', retention.toString(), personal
      ? `personal data must expire, and ${provider.name} cannot expire objects: store it with a provider that supports lifecycle expiration.`
      : 'remove retention and delete objects from your application instead.');
    if (personal) checkPolicyBounds(retention, policy);
  }

  // --- versioning ---
  const versioned = props.versioned ?? true;
  if (versioned) {
    requireFeature('EuBucket versioned', provider, 'bucketVersioning', true, 'set versioned: false.');
  }
  if (props.noncurrentVersionRetention && (!retention || !versioned)) {
    throw invalidInput({
      code: 'NONCURRENT_WITHOUT_RETENTION',
      what: 'EuBucket noncurrentVersionRetention',
      given: props.noncurrentVersionRetention.toString(),
      allowed: 'only together with retention on a versioned bucket',
      fix: 'set retention (and keep versioning on), or remove noncurrentVersionRetention.',
    });
  }

  // --- object lock ---
  const lockDays = planObjectLock(props.objectLock, location, versioned, retention);

  // --- encryption ---
  const enc = planEncryption(props, location, policy, backend);

  // --- tags ---
  const tags = planTags(props.tags, location, classification, policy);

  const expirationDays = retention?.toDays();
  let noncurrentDays: number | undefined;
  if (retention && versioned) {
    const grace = props.noncurrentVersionRetention ?? (retention.isShorterThan(DEFAULT_NONCURRENT) ? retention : DEFAULT_NONCURRENT);
    noncurrentDays = grace.toDays();
  }
  return { backend, classification, personal, ...enc, versioned, tags, expirationDays, noncurrentDays, lockDays };
}

function checkPolicyBounds(retention: Retention, policy: SovereigntyPolicy): void {
  const max = policy.personalDataMaxRetention;
  const min = policy.personalDataMinRetention;
  if (max && retention.isLongerThan(max)) {
    throw invalidInput({
      code: 'RETENTION_ABOVE_POLICY',
      what: 'EuBucket retention of personal data',
      given: retention.toString(),
      allowed: `at most ${max.toString()} (${max.toDays()} days, SovereigntyPolicy.personalDataMaxRetention)`,
      fix: `shorten the retention to ${max.toDays()} days or less.`,
    });
  }
  if (min && retention.isShorterThan(min)) {
    throw invalidInput({
      code: 'RETENTION_BELOW_POLICY',
      what: 'EuBucket retention of personal data',
      given: retention.toString(),
      allowed: `at least ${min.toString()} (${min.toDays()} days, SovereigntyPolicy.personalDataMinRetention)`,
      fix: `lengthen the retention to ${min.toDays()} days or more.`,
    });
  }
}

function planObjectLock(lock: ObjectLock | undefined, location: StorageLocation, versioned: boolean, retention?: Retention): number | undefined {
  if (lock === undefined) return undefined;
  const provider = location.provider;
  if (!(lock instanceof ObjectLock)) {
    throw invalidInput({ code: 'INVALID_OBJECT_LOCK', what: 'EuBucket objectLock', given: lock, allowed: 'ObjectLock.compliance(period) or ObjectLock.governance(period)', fix: 'build the lock with ObjectLock.compliance(Retention.days(n)).' });
  }
  requireFeature('EuBucket objectLock', provider, 'objectLock', lock.mode, 'remove objectLock, or choose a provider with object lock.');
  if (!versioned) {
    throw invalidInput({
      code: 'OBJECT_LOCK_NEEDS_VERSIONING',
      what: 'EuBucket objectLock with versioned: false',
      given: { versioned: false, objectLock: `${lock.mode} ${lock.period.toString()}` },
      allowed: 'object lock only on a versioned bucket (S3 locks object versions)',
      fix: 'remove versioned: false, or remove objectLock.',
    });
  }
  const modes = location.provider.objectStorage?.objectLockModes ?? [ObjectLockMode.GOVERNANCE, ObjectLockMode.COMPLIANCE];
  if (!modes.includes(lock.mode)) {
    throw unsupported('EuBucket objectLock mode', provider, 'objectLock', lock.mode,
      `use ObjectLock.${modes[0] === ObjectLockMode.COMPLIANCE ? 'compliance' : 'governance'}(…): ${provider.name} supports only ${modes.join(', ')}.`);
  }
  const days = lock.period.toDays();
  const max = location.provider.objectStorage?.objectLockMaxDays ?? S3_MAX_LOCK_DAYS;
  if (days > max) {
    throw invalidInput({
      code: 'OBJECT_LOCK_TOO_LONG',
      what: 'EuBucket objectLock period',
      given: `${lock.period.toString()} (${days} days)`,
      allowed: `at most ${max} days on ${provider.name} (catalog: ${capabilityOf(provider, 'objectLock').source})`,
      fix: `shorten the lock period to ${max} days or less.`,
    });
  }
  if (retention && retention.toDays() < days) {
    throw invalidInput({
      code: 'RETENTION_SHORTER_THAN_LOCK',
      what: 'EuBucket retention and objectLock',
      given: { retention: `${retention.toString()} (${retention.toDays()} days)`, objectLock: `${lock.period.toString()} (${days} days)` },
      allowed: 'a retention at least as long as the object-lock period: locked versions cannot expire before their lock ends',
      fix: `lengthen retention to at least ${days} days, or shorten the lock period.`,
    });
  }
  return days;
}

function planEncryption(props: EuBucketProps, location: StorageLocation, policy: SovereigntyPolicy, backend: EuBucketBackend):
{ encryption: BucketEncryption; clientSideEncryptionReason?: string; sse?: { algorithm: string; kmsKeyId?: string }; kmsKeyId?: string } {
  const provider = location.provider;
  checkEnum('EuBucket encryption', props.encryption, BucketEncryption as unknown as Record<string, BucketEncryption>, 'use a BucketEncryption value.');
  const reason = props.clientSideEncryptionReason;
  const keyId = props.encryptionKeyId;
  if (keyId !== undefined && (typeof keyId !== 'string' || (!Token.isUnresolved(keyId) && keyId.trim().length === 0))) {
    throw invalidInput({ code: 'INVALID_KMS_KEY', what: 'EuBucket encryptionKeyId', given: keyId, allowed: 'a non-empty KMS key id (or a reference to a KMS key resource)', fix: 'pass the id of your KMS key, e.g. kmsKey.id.' });
  }
  const encryption = props.encryption ?? (keyId !== undefined ? BucketEncryption.CUSTOMER_MANAGED_KEY : BucketEncryption.PROVIDER_MANAGED);
  if (keyId !== undefined && encryption !== BucketEncryption.CUSTOMER_MANAGED_KEY) {
    throw invalidInput({
      code: 'KEY_WITHOUT_CUSTOMER_MANAGED_ENCRYPTION',
      what: 'EuBucket encryptionKeyId',
      given: { encryption, encryptionKeyId: show(keyId) },
      allowed: 'encryptionKeyId only with BucketEncryption.CUSTOMER_MANAGED_KEY',
      fix: 'remove `encryption` (the key implies CUSTOMER_MANAGED_KEY), or remove encryptionKeyId.',
    });
  }
  if (encryption === BucketEncryption.CUSTOMER_MANAGED_KEY) {
    if (keyId === undefined) {
      throw invalidInput({ code: 'KMS_KEY_REQUIRED', what: 'EuBucket encryptionKeyId', given: undefined, allowed: 'a KMS key id with BucketEncryption.CUSTOMER_MANAGED_KEY', fix: 'set encryptionKeyId to your KMS key id.' });
    }
    requireFeature('EuBucket encryption CUSTOMER_MANAGED_KEY', provider, 'bucketSseKms', keyId,
      'use BucketEncryption.PROVIDER_MANAGED, or choose a provider with SSE-KMS (Scaleway, Open Telekom Cloud).');
    return { encryption, sse: { algorithm: 'aws:kms', kmsKeyId: keyId }, kmsKeyId: keyId };
  }
  if (reason !== undefined && encryption !== BucketEncryption.CLIENT_SIDE) {
    throw invalidInput({
      code: 'REASON_WITHOUT_CLIENT_SIDE_ENCRYPTION',
      what: 'EuBucket clientSideEncryptionReason',
      given: { encryption, clientSideEncryptionReason: reason },
      allowed: 'clientSideEncryptionReason only with encryption: BucketEncryption.CLIENT_SIDE (it acknowledges that the bucket has no server-side default encryption)',
      fix: 'remove clientSideEncryptionReason, or set encryption: BucketEncryption.CLIENT_SIDE.',
    });
  }
  if (encryption === BucketEncryption.CLIENT_SIDE) {
    if (reason !== undefined && (typeof reason !== 'string' || (!Token.isUnresolved(reason) && reason.trim().length < 10))) {
      throw invalidInput({
        code: 'INVALID_CLIENT_SIDE_ENCRYPTION_REASON',
        what: 'EuBucket clientSideEncryptionReason',
        given: reason,
        allowed: 'a reason of at least 10 characters: who encrypts the objects, with which keys, kept where',
        fix: 'say how the data is encrypted, e.g. "Objects are encrypted by the ingest service with age keys held in Vault".',
      });
    }
    return { encryption, clientSideEncryptionReason: reason };
  }

  // PROVIDER_MANAGED
  const caps = provider.capabilities;
  if (policy.requireCustomerManagedKeys && caps.bucketSseKms.supported) {
    throw invalidInput({
      code: 'CUSTOMER_MANAGED_KEY_REQUIRED',
      what: 'EuBucket encryption',
      given: encryption,
      allowed: `BucketEncryption.CUSTOMER_MANAGED_KEY: the policy requires customer-managed keys and ${provider.name} offers SSE-KMS`,
      fix: 'set encryptionKeyId to a KMS key of the bucket\'s region.',
    });
  }
  if (backend === EuBucketBackend.OTC_NATIVE) {
    throw invalidInput({
      code: 'OBS_NATIVE_NEEDS_KMS_KEY',
      what: 'EuBucket encryption on the OTC_NATIVE backend',
      given: encryption,
      allowed: 'BucketEncryption.CUSTOMER_MANAGED_KEY: opentelekomcloud_obs_bucket.server_side_encryption accepts only algorithm "kms" with a kms_key_id',
      fix: 'set encryptionKeyId (a KMS key of the base project, e.g. eu-de), or use the S3_COMPATIBLE backend, which encrypts with the OBS default master key.',
    });
  }
  const configurable = caps.bucketEncryptionConfiguration?.supported ?? caps.bucketSse.supported;
  if (configurable) return { encryption, sse: { algorithm: provider.objectStorage?.s3SseAlgorithm ?? 'AES256' } };
  if (caps.bucketSse.supported) return { encryption }; // the platform encrypts everything; nothing to configure
  throw invalidInput({
    code: 'NO_PROVIDER_ENCRYPTION',
    what: 'EuBucket encryption',
    given: encryption,
    allowed: `BucketEncryption.CLIENT_SIDE on ${provider.name}: its object storage cannot encrypt buckets by default (${caps.bucketSse.note ?? 'not supported'}; ${caps.bucketSse.source})`,
    fix: 'encrypt objects before upload (or per request with SSE-C) and say so: encryption: BucketEncryption.CLIENT_SIDE with ' +
      'clientSideEncryptionReason: "<who encrypts, where the keys are>" (every report then shows SOV-ENCRYPTION-AT-REST as suppressed with that reason) — or choose a provider that encrypts at rest.',
  });
}

function planTags(user: { [key: string]: string } | undefined, location: StorageLocation, classification: DataClassification,
  policy: SovereigntyPolicy): { [key: string]: string } {
  const provider = location.provider;
  const entries = user === undefined ? [] : Object.entries(user);
  if (user !== undefined && (user === null || typeof user !== 'object' || Array.isArray(user))) {
    throw invalidInput({ code: 'INVALID_TAGS', what: 'EuBucket tags', given: user, allowed: 'a map of string keys to string values', fix: 'pass tags as { key: "value" }.' });
  }
  for (const [key, value] of entries) {
    if (RESERVED_TAGS.includes(key)) {
      throw invalidInput({ code: 'RESERVED_TAG', what: 'EuBucket tags', given: key, allowed: `keys other than ${RESERVED_TAGS.join(', ')}, which the construct sets`, fix: key === SovereigntyLabels.TAG_DATA_CLASSIFICATION ? 'use the dataClassification prop.' : 'set the jurisdiction on the SovereigntyPolicy.' });
    }
    const badKey = key.length < 1 || key.length > 128;
    const badValue = typeof value !== 'string' || (!Token.isUnresolved(value) && value.length > 256);
    if (badKey || badValue) {
      throw invalidInput({ code: 'INVALID_TAG', what: `EuBucket tag "${key}"`, given: value, allowed: 'keys of 1 to 128 characters, string values of at most 256 characters (S3 tag limits)', fix: 'shorten the tag.' });
    }
  }
  const tagging = capabilityOf(provider, 'bucketTagging');
  const recorded = provider.capabilities.bucketTagging !== undefined;
  if (recorded && !tagging.supported) {
    if (entries.length > 0) {
      throw unsupported('EuBucket tags', provider, 'bucketTagging', user, 'remove tags: the bucket would fail to create.');
    }
    // No tags at all: the data classification cannot be recorded on the bucket itself.
    return {};
  }
  const tags: { [key: string]: string } = {
    ...user,
    [SovereigntyLabels.TAG_DATA_CLASSIFICATION]: classification,
    [SovereigntyLabels.TAG_JURISDICTION]: SovereigntyLabels.labelValue(policy.jurisdiction.name),
  };
  if (Object.keys(tags).length > 50) {
    throw invalidInput({ code: 'TOO_MANY_TAGS', what: 'EuBucket tags', given: `${entries.length} tags`, allowed: 'at most 48 of your own (S3 allows 50 per bucket; the construct sets 2)', fix: 'remove tags.' });
  }
  return tags;
}
