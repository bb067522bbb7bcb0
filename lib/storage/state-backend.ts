import { S3Backend, S3BackendConfig, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { invalidInput } from '../errors';
import { resolveStorageLocation, StorageLocation } from './location';
import { validateBucketName } from './options';

/** How Terraform state objects are encrypted at rest. */
export enum StateEncryption {
  /**
   * Server-side encryption with provider-managed keys: the backend's `encrypt = true`, or the
   * platform's always-on encryption where no encryption header is documented (STACKIT, UpCloud).
   * Fails for providers without server-side encryption (Hetzner).
   */
  PROVIDER_MANAGED = 'provider-managed',
  /**
   * SSE-C: Terraform encrypts every state object with the key in the `AWS_SSE_CUSTOMER_KEY`
   * environment variable (base64 of 32 random bytes); the key never enters the configuration.
   * Lose the key and the state is lost.
   */
  CUSTOMER_KEY_FROM_ENVIRONMENT = 'customer-key-from-environment',
}

/** Settings of an `EuStateBackend`. */
export interface EuStateBackendProps {
  /** Catalog id of a European provider with S3-compatible object storage, e.g. `ovhcloud`. */
  readonly provider: string;

  /** Object-storage region code, e.g. `gra`. Must be in the policy's jurisdiction. */
  readonly region: string;

  /** The existing bucket that holds the state (create it with an `EuBucket` in a bootstrap stack). */
  readonly bucketName: string;

  /**
   * Object key of the state file.
   * @default - `<stack name>/terraform.tfstate`
   */
  readonly key?: string;

  /**
   * The S3 endpoint URL; required for UpCloud (per-service endpoints).
   * @default - the catalog's endpoint for the region
   */
  readonly endpoint?: string;

  /**
   * A profile of the shared credentials file. Backends cannot read Terraform variables, so
   * credentials come from the environment or a profile, never from the configuration.
   * @default - the environment: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY
   */
  readonly profile?: string;

  /**
   * Encryption of the state objects.
   * @default StateEncryption.PROVIDER_MANAGED
   */
  readonly encryption?: StateEncryption;

  /**
   * Lock the state with a lock file next to it (`use_lockfile`, Terraform 1.10+ native S3
   * locking with conditional writes; no DynamoDB). Opting out means concurrent runs can
   * corrupt the state: serialise them yourself.
   * @default true
   */
  readonly locking?: boolean;
}

/**
 * Terraform state on European object storage: cdktf's `S3Backend` pointed at a European
 * provider's S3 endpoint, with the `skip_*` flags such endpoints need, encryption, path
 * style where required and a native lock file. A region outside the policy's jurisdiction
 * is an error.
 *
 * @example
 * new EuStateBackend(stack, { provider: 'ovhcloud', region: 'gra', bucketName: 'acme-tfstate' });
 */
export class EuStateBackend extends S3Backend {
  /** Catalog id of the provider. */
  public readonly providerId: string;
  /** Region code as the catalog spells it. */
  public readonly region: string;
  /** The S3 endpoint URL. */
  public readonly endpoint: string;
  /** The state bucket. */
  public readonly bucketName: string;
  /** The state object key. */
  public readonly key: string;
  /** Whether the lock file is on. */
  public readonly locking: boolean;

  constructor(scope: Construct, props: EuStateBackendProps) {
    const resolved = EuStateBackend.resolve(scope, props);
    super(scope, resolved.config);
    this.providerId = resolved.location.provider.id;
    this.region = resolved.location.region.code;
    this.endpoint = resolved.location.endpoint;
    this.bucketName = props.bucketName;
    this.key = resolved.config.key;
    this.locking = resolved.locking;
  }

  private static resolve(scope: Construct, props: EuStateBackendProps): { config: S3BackendConfig; location: StorageLocation; locking: boolean } {
    if (props === undefined || props === null || typeof props !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: 'EuStateBackend props', given: props, allowed: 'an EuStateBackendProps object', fix: 'pass { provider, region, bucketName }.' });
    }
    const location = resolveStorageLocation(scope, { what: 'EuStateBackend', provider: props.provider, region: props.region, endpoint: props.endpoint });
    if (!Token.isUnresolved(props.bucketName)) validateBucketName('EuStateBackend bucketName', props.bucketName);
    const key = props.key ?? `${TerraformStack.of(scope).node.id}/terraform.tfstate`;
    if (typeof key !== 'string' || key.length === 0 || key.length > 1024 || key.startsWith('/') || key.endsWith('/') || key.includes('//')) {
      throw invalidInput({
        code: 'INVALID_STATE_KEY',
        what: 'EuStateBackend key',
        given: key,
        allowed: '1 to 1024 characters, not starting or ending with "/" and without "//" (Terraform S3 backend rules)',
        fix: 'use a key such as "network/terraform.tfstate".',
      });
    }
    if (props.profile !== undefined && (typeof props.profile !== 'string' || !/^[A-Za-z0-9._-]{1,64}$/.test(props.profile))) {
      throw invalidInput({ code: 'INVALID_PROFILE', what: 'EuStateBackend profile', given: props.profile, allowed: '1 to 64 letters, digits, dots, underscores or hyphens', fix: 'pass the name of a profile in your shared credentials file.' });
    }
    const encrypt = EuStateBackend.encryption(location, props.encryption);
    const locking = EuStateBackend.locking(location, props.locking);
    const config: S3BackendConfig = {
      bucket: props.bucketName,
      key,
      region: location.signingRegion,
      endpoints: { s3: location.endpoint },
      usePathStyle: location.pathStyle,
      ...(encrypt ? { encrypt: true } : {}),
      ...(props.profile !== undefined ? { profile: props.profile } : {}),
      skipCredentialsValidation: true,
      skipRegionValidation: true,
      skipRequestingAccountId: true,
      skipMetadataApiCheck: true,
      // Non-AWS S3 APIs reject or mis-handle the SDK's default checksums (UpCloud's backend guide sets this).
      skipS3Checksum: true,
    };
    return { config, location, locking };
  }

  private static encryption(location: StorageLocation, requested: StateEncryption | undefined): boolean {
    const provider = location.provider;
    const allowed = Object.values(StateEncryption);
    if (requested !== undefined && !allowed.includes(requested)) {
      throw invalidInput({ code: 'INVALID_CHOICE', what: 'EuStateBackend encryption', given: requested, allowed: allowed.join(', '), fix: 'use a StateEncryption value.', candidates: allowed });
    }
    if (requested === StateEncryption.CUSTOMER_KEY_FROM_ENVIRONMENT) return false; // SSE-C replaces `encrypt`
    const sse = provider.capabilities.bucketSse;
    if (!sse.supported) {
      throw invalidInput({
        code: 'NO_PROVIDER_ENCRYPTION',
        what: 'EuStateBackend encryption',
        given: StateEncryption.PROVIDER_MANAGED,
        allowed: `StateEncryption.CUSTOMER_KEY_FROM_ENVIRONMENT on ${provider.name}: its object storage has no server-side encryption with provider-managed keys (${sse.note ?? 'not supported'}; ${sse.source})`,
        fix: 'set encryption: StateEncryption.CUSTOMER_KEY_FROM_ENVIRONMENT and export AWS_SSE_CUSTOMER_KEY (base64 of 32 random bytes) wherever Terraform runs.',
      });
    }
    // Platform-encrypted storage without a documented encryption configuration: do not send a header it may reject.
    return provider.capabilities.bucketEncryptionConfiguration?.supported ?? true;
  }

  private static locking(location: StorageLocation, requested: boolean | undefined): boolean {
    const locking = requested ?? true;
    const writes = location.provider.capabilities.s3ConditionalWrites;
    if (locking && writes && !writes.supported) {
      throw invalidInput({
        code: 'LOCKING_UNSUPPORTED',
        what: 'EuStateBackend locking',
        given: true,
        allowed: `locking: false on ${location.provider.name}: the S3 lock file needs conditional writes (If-None-Match), which it does not support (${writes.note ?? ''} ${writes.source}), so the lock would not exclude concurrent runs`,
        fix: 'set locking: false and serialise Terraform runs yourself (one CI concurrency group), or keep state on a provider with conditional writes.',
      });
    }
    return locking;
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return { ...super.synthesizeAttributes(), ...(this.locking ? { use_lockfile: true } : {}) };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return { ...super.synthesizeHclAttributes(), ...(this.locking ? { use_lockfile: true } : {}) };
  }
}
