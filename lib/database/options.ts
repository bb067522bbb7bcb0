/*
 * Choices of an EuDatabase: the engine, and the customer-managed key of providers that encrypt
 * with one (Open Telekom Cloud KMS, STACKIT KMS).
 */
import { Token } from 'cdktf';
import { invalidInput } from '../errors';
import { IOtcKmsKey } from '../providers/otc/kms-key';

/** The database engine. */
export enum DatabaseEngine {
  /** PostgreSQL (every provider with a managed database). */
  POSTGRESQL = 'postgresql',
  /** MySQL (Scaleway, OVHcloud, Exoscale, UpCloud, Open Telekom Cloud). */
  MYSQL = 'mysql',
}

/** Settings of `DatabaseKey.stackitKms`. */
export interface StackitKmsKeyOptions {
  /** The key id in STACKIT KMS (`stackit_kms_key.key_id`). */
  readonly keyId: string;
  /** The key's version, e.g. `"1"`. */
  readonly keyVersion: string;
  /** The key ring id (`stackit_kms_keyring.keyring_id`). */
  readonly keyRingId: string;
  /** The e-mail of the service account allowed to use the key. */
  readonly serviceAccountEmail: string;
}

/** Which provider's key service a DatabaseKey belongs to. @internal */
export enum DatabaseKeyService {
  OTC_KMS = 'otc-kms',
  STACKIT_KMS = 'stackit-kms',
}

/**
 * A customer-managed key that encrypts a database at rest.
 *
 * @example
 * DatabaseKey.otcKms(new OtcKmsKey(stack, 'DbKey', { region: 'eu-de' }));
 */
export class DatabaseKey {
  /** A key of Open Telekom Cloud KMS (`volume.disk_encryption_id`). */
  public static otcKms(key: IOtcKmsKey): DatabaseKey {
    if (key === undefined || key === null || typeof key.keyId !== 'string') {
      throw invalidInput({ code: 'INVALID_DATABASE_KEY', what: 'DatabaseKey.otcKms key', given: key, allowed: 'an IOtcKmsKey (an OtcKmsKey construct)', fix: 'pass new OtcKmsKey(stack, "DbKey", { region }).' });
    }
    return new DatabaseKey(DatabaseKeyService.OTC_KMS, key.keyId, key.region);
  }

  /** A key of Open Telekom Cloud KMS by id (a reference or a literal id). */
  public static otcKmsKeyId(keyId: string): DatabaseKey {
    requireText('DatabaseKey.otcKmsKeyId keyId', keyId, 'the id of a KMS key in the database\'s region');
    return new DatabaseKey(DatabaseKeyService.OTC_KMS, keyId);
  }

  /** A key of STACKIT KMS (`encryption { kek_key_id, kek_key_version, kek_keyring_id, service_account }`). */
  public static stackitKms(options: StackitKmsKeyOptions): DatabaseKey {
    if (options === undefined || options === null || typeof options !== 'object') {
      throw invalidInput({ code: 'INVALID_DATABASE_KEY', what: 'DatabaseKey.stackitKms options', given: options, allowed: 'a StackitKmsKeyOptions object', fix: 'pass { keyId, keyVersion, keyRingId, serviceAccountEmail }.' });
    }
    requireText('DatabaseKey.stackitKms keyId', options.keyId, 'the STACKIT KMS key id');
    requireText('DatabaseKey.stackitKms keyVersion', options.keyVersion, 'the key version, e.g. "1"');
    requireText('DatabaseKey.stackitKms keyRingId', options.keyRingId, 'the key ring id');
    requireText('DatabaseKey.stackitKms serviceAccountEmail', options.serviceAccountEmail, 'the e-mail of the service account that may use the key');
    return new DatabaseKey(DatabaseKeyService.STACKIT_KMS, options.keyId, undefined, options);
  }

  /** @internal */
  public readonly _service: DatabaseKeyService;
  /** @internal */
  public readonly _keyId: string;
  /** @internal */
  public readonly _region?: string;
  /** @internal */
  public readonly _stackit?: StackitKmsKeyOptions;

  private constructor(service: DatabaseKeyService, keyId: string, region?: string, stackit?: StackitKmsKeyOptions) {
    this._service = service;
    this._keyId = keyId;
    this._region = region;
    this._stackit = stackit;
  }

  /** The key id (a Terraform reference or a literal). */
  public get keyId(): string {
    return this._keyId;
  }
}

function requireText(what: string, value: unknown, allowed: string): void {
  if (typeof value === 'string' && (value.length > 0 || Token.isUnresolved(value))) return;
  throw invalidInput({ code: 'INVALID_DATABASE_KEY', what, given: value, allowed, fix: 'pass the value (a reference to the key resource works).' });
}
