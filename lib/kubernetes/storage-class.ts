import { Construct, IConstruct } from 'constructs';
import { StorageClassV1 } from '@cdktf/provider-kubernetes/lib/storage-class-v1';
import { CloudProvider } from '../catalog/provider';
import { VolumeEncryptionFact, VolumeEncryptionMechanism } from '../catalog/types';
import { SovereigntyLabels } from '../core/labels';
import { SovereigntyPolicy } from '../core/policy';
import { invalidInput, listAllowed } from '../errors';
import { checkDnsSubdomain, checkReason, unresolved } from './validate';
import { KmsKey, VolumePassphrase } from './volume-key';

/** What happens to a volume when its claim is deleted. */
export enum ReclaimPolicy {
  /** Keep the volume (and its data) for manual clean-up. */
  RETAIN = 'Retain',
  /** Delete the volume with the claim. */
  DELETE = 'Delete',
}

/** StorageClass parameter names of KMS key fields, as the catalog lists them (`kmsParameters`). */
const KMS_FIELDS: Record<string, keyof KmsKey> = {
  kmsKeyID: 'keyId',
  kmsKeyringID: 'keyringId',
  kmsKeyVersion: 'keyVersion',
  kmsServiceAccount: 'serviceAccount',
  kmsProjectID: 'projectId',
};
/** KMS parameters that may be left out (STACKIT: only when the key is in another project). */
const OPTIONAL_KMS_PARAMETERS = new Set(['kmsProjectID']);

/** A StorageClass whose volumes are encrypted at rest (see `EncryptedStorageClass`). */
export interface IEncryptedStorageClass extends IConstruct {
  /** The StorageClass name claims use (a token when the class is created here). */
  readonly storageClassName: string;
  /** The provider whose mechanism it uses. */
  readonly provider: CloudProvider;
  /** How volumes are encrypted. */
  readonly mechanism: VolumeEncryptionMechanism;
  /** Annotations every claim of the class must carry for its volume to be encrypted (Open Telekom Cloud: the KMS key). */
  readonly claimAnnotations: { [key: string]: string };
}

/** Settings of an `EncryptedStorageClass`. */
export interface EncryptedStorageClassProps {
  /** The cloud provider of the cluster, e.g. `Catalog.provider('scaleway')`. */
  readonly provider: CloudProvider;
  /**
   * StorageClass name. For providers with predefined encrypted classes (OVHcloud, IONOS),
   * the name of one of those classes.
   * @default - `<provider id>-encrypted` for a class created here; the provider's encrypted class otherwise
   */
  readonly name?: string;
  /**
   * The LUKS passphrase, for providers that encrypt with a passphrase secret (Scaleway, Hetzner).
   * @default - none (required for those providers)
   */
  readonly passphrase?: VolumePassphrase;
  /**
   * The KMS key, for providers that encrypt with their key-management service (STACKIT,
   * Open Telekom Cloud).
   * @default - none (required for those providers)
   */
  readonly kmsKey?: KmsKey;
  /**
   * More CSI parameters (e.g. STACKIT `type`, UpCloud `tier`, Scaleway `iops`). The parameters
   * that switch encryption on cannot be overridden.
   * @default - the parameters of the provider's documented encrypted class, if any
   */
  readonly parameters?: { [key: string]: string };
  /**
   * What happens to a volume when its claim is deleted.
   * @default ReclaimPolicy.RETAIN
   */
  readonly reclaimPolicy?: ReclaimPolicy;
  /**
   * Whether claims may grow.
   * @default true
   */
  readonly allowVolumeExpansion?: boolean;
  /**
   * For a provider that offers no encryption at rest for Kubernetes volumes: why unencrypted
   * volumes are acceptable (at least 10 characters). Without it such a provider is an error;
   * with it, `SOV-ENCRYPTION-AT-REST` still reports the class.
   * @default - not acknowledged
   */
  readonly unencryptedReason?: string;
}

/** Annotation recording how a StorageClass encrypts, for people reading the cluster. */
export const ENCRYPTION_ANNOTATION = 'cdktf-sovereign.org/volume-encryption';

/**
 * A StorageClass whose volumes are encrypted at rest, with the mechanism the catalog documents
 * for the provider (`Catalog.provider(id).kubernetesStorage.encryption`):
 *
 * | Provider | Mechanism | What is created |
 * |---|---|---|
 * | Scaleway | LUKS, passphrase secret | class `encrypted: "true"` + node-stage/expand secret parameters; Secret |
 * | Hetzner | LUKS, passphrase secret | class with node-publish secret parameters; Secret |
 * | UpCloud | CSI parameter | class `encryption: data-at-rest` (keys managed by UpCloud) |
 * | STACKIT | CSI KMS parameters | class `encrypted: "true"` + kmsKeyID, kmsKeyringID, kmsKeyVersion, kmsServiceAccount |
 * | Open Telekom Cloud | PVC annotation | nothing; claims of `csi-disk` carry `everest.io/crypt-key-id` |
 * | OVHcloud | predefined LUKS classes | nothing; claims use `csi-cinder-high-speed-gen2-luks` |
 * | IONOS | platform encryption | nothing; every IONOS volume is encrypted |
 * | Exoscale | platform encryption | class on `csi.exoscale.com` (every Block Storage volume is encrypted) |
 *
 * A provider without encryption is an error unless `unencryptedReason` acknowledges it.
 */
export class EncryptedStorageClass extends Construct implements IEncryptedStorageClass {
  /** The StorageClass name claims use. */
  public readonly storageClassName: string;
  /** The provider. */
  public readonly provider: CloudProvider;
  /** How volumes are encrypted. */
  public readonly mechanism: VolumeEncryptionMechanism;
  /** Annotations every claim of the class must carry. */
  public readonly claimAnnotations: { [key: string]: string };
  /**
   * The StorageClass resource.
   * @default - none for providers whose encrypted class is predefined or decided per claim
   */
  public readonly resource?: StorageClassV1;
  /** Whether the provider's key is customer-managed (passphrase or KMS key) rather than platform-managed. */
  public readonly customerManagedKey: boolean;

  constructor(scope: Construct, id: string, props: EncryptedStorageClassProps) {
    super(scope, id);
    const where = `EncryptedStorageClass "${this.node.path}"`;
    const provider = props.provider;
    const enc = provider?.kubernetesStorage?.encryption;
    if (!enc) {
      throw invalidInput({
        code: 'NO_KUBERNETES_STORAGE_FACTS',
        what: `${where} provider`,
        given: provider?.id,
        allowed: 'a catalog provider with Kubernetes storage facts',
        fix: 'use Catalog.provider(\'<id>\') of a provider with managed Kubernetes, or add its kubernetesStorage facts to the catalog.',
      });
    }
    if (props.name !== undefined) checkDnsSubdomain(props.name, `${where} name`);
    checkReason(props.unencryptedReason, `${where} unencryptedReason`);
    this.provider = provider;
    this.mechanism = enc.mechanism;
    this.claimAnnotations = {};
    const used = new Set<string>();
    const refuse = (prop: 'passphrase' | 'kmsKey' | 'parameters' | 'unencryptedReason', why: string) => {
      if (props[prop] === undefined || used.has(prop)) return;
      throw invalidInput({
        code: 'PROP_NOT_APPLICABLE',
        what: `${where} ${prop}`,
        given: prop === 'passphrase' || prop === 'kmsKey' ? `a ${prop}` : props[prop],
        allowed: `no ${prop} for ${provider.name}: ${why}`,
        fix: `remove ${prop}.`,
      });
    };
    const how = `${provider.id}: ${enc.mechanism}`;
    let predefinedName: string | undefined;
    const labels = { [SovereigntyLabels.JURISDICTION]: SovereigntyLabels.labelValue(SovereigntyPolicy.of(this).jurisdiction.name) };

    switch (enc.mechanism) {
      case VolumeEncryptionMechanism.STORAGE_CLASS_WITH_SECRET: {
        if (!props.passphrase) throw missing(where, 'passphrase', provider, 'VolumePassphrase.fromVariable(sensitiveVariable) or VolumePassphrase.fromSecret(name, namespace)');
        used.add('passphrase');
        used.add('parameters');
        const name = props.name ?? `${provider.id}-encrypted`;
        const secretName = props.passphrase._bind(this, name, enc.secretKey ?? 'passphrase', labels);
        const secretParameters: Record<string, string> = {};
        for (const p of enc.secretNameParameters ?? []) {
          secretParameters[p] = secretName;
          secretParameters[p.replace(/-name$/, '-namespace')] = props.passphrase.secretNamespace;
        }
        this.resource = this.createClass(props, name, { ...enc.parameters, ...secretParameters }, labels, how);
        this.customerManagedKey = true;
        break;
      }
      case VolumeEncryptionMechanism.STORAGE_CLASS_WITH_KMS: {
        const kms = kmsParameters(where, enc, provider, props.kmsKey);
        used.add('kmsKey');
        used.add('parameters');
        this.resource = this.createClass(props, props.name ?? `${provider.id}-encrypted`, { ...enc.parameters, ...kms }, labels, how);
        this.customerManagedKey = Object.keys(kms).length > 0;
        break;
      }
      case VolumeEncryptionMechanism.STORAGE_CLASS_PARAMETER:
        used.add('parameters');
        this.resource = this.createClass(props, props.name ?? `${provider.id}-encrypted`, { ...enc.parameters }, labels, how);
        this.customerManagedKey = enc.customerManagedKey;
        break;
      case VolumeEncryptionMechanism.PVC_ANNOTATION: {
        if (!props.kmsKey) throw missing(where, 'kmsKey', provider, '{ keyId: \'<KMS key ID>\' }');
        used.add('kmsKey');
        checkOnlyKeyId(where, provider, props.kmsKey);
        this.claimAnnotations[enc.pvcAnnotation!] = props.kmsKey.keyId;
        predefinedName = this.predefined(props, enc, where, false);
        this.customerManagedKey = true;
        break;
      }
      case VolumeEncryptionMechanism.PREDEFINED_CLASS:
      case VolumeEncryptionMechanism.PLATFORM_DEFAULT:
        if (enc.mechanism === VolumeEncryptionMechanism.PLATFORM_DEFAULT && enc.provisioner) {
          // Every volume of the driver is encrypted: a plain class of the driver is encrypted.
          used.add('parameters');
          this.resource = this.createClass(props, props.name ?? `${provider.id}-encrypted`, {}, labels, how);
        } else {
          predefinedName = this.predefined(props, enc, where, true);
        }
        this.customerManagedKey = enc.customerManagedKey;
        break;
      default: {
        // No encryption at rest for Kubernetes volumes (VolumeEncryptionMechanism.NONE).
        if (props.unencryptedReason === undefined) {
          throw invalidInput({
            code: 'NO_VOLUME_ENCRYPTION',
            what: `${where} provider`,
            given: provider.id,
            allowed: `a provider that encrypts Kubernetes volumes at rest; ${provider.name} offers none (${enc.note})`,
            fix: 'run the cluster on a provider with volume encryption, encrypt in the application, or acknowledge it with unencryptedReason: \'<why unencrypted volumes are acceptable here>\'.',
          });
        }
        used.add('unencryptedReason');
        const provisioner = enc.provisioner ?? provider.kubernetesStorage!.storageClasses.find((c) => c.isDefault)?.provisioner;
        if (!provisioner) {
          throw invalidInput({
            code: 'NO_PROVISIONER',
            what: `${where} provider`,
            given: provider.id,
            allowed: 'a provider whose catalog facts name a CSI provisioner',
            fix: 'add the provisioner to the catalog\'s kubernetesStorage facts.',
          });
        }
        this.resource = this.createClass(props, props.name ?? `${provider.id}-unencrypted`, {}, labels,
          `${provider.id}: none (${props.unencryptedReason})`, provisioner);
        this.customerManagedKey = false;
      }
    }
    this.storageClassName = this.resource ? this.resource.metadata.name : predefinedName!;
    const why = enc.mechanism === VolumeEncryptionMechanism.PLATFORM_DEFAULT
      ? 'the platform encrypts every volume with its own keys'
      : enc.mechanism === VolumeEncryptionMechanism.STORAGE_CLASS_WITH_SECRET ? 'volumes are encrypted with the passphrase'
        : enc.mechanism === VolumeEncryptionMechanism.STORAGE_CLASS_WITH_KMS || enc.mechanism === VolumeEncryptionMechanism.PVC_ANNOTATION
          ? 'volumes are encrypted with the KMS key' : 'encryption is configured by the provider\'s documented parameters or classes';
    refuse('passphrase', why);
    refuse('kmsKey', why);
    refuse('parameters', 'the encrypted class is predefined or chosen per claim, so no class is created');
    refuse('unencryptedReason', 'it encrypts volumes at rest');
  }

  private createClass(props: EncryptedStorageClassProps, name: string, fixed: Record<string, string>, labels: Record<string, string>, how: string, provisioner?: string): StorageClassV1 {
    const where = `EncryptedStorageClass "${this.node.path}"`;
    const enc = props.provider.kubernetesStorage!.encryption;
    checkDnsSubdomain(name, `${where} name`);
    // Start from the provider's documented encrypted class (e.g. its `type` / `tier`), then the user's parameters.
    const example = props.provider.kubernetesStorage!.storageClasses.find((c) => c.encrypted && c.provisioner === enc.provisioner && c.parameters);
    const conflicts = Object.keys(props.parameters ?? {}).filter((k) => k in fixed && props.parameters![k] !== fixed[k]);
    if (conflicts.length > 0) {
      throw invalidInput({
        code: 'ENCRYPTION_PARAMETER_OVERRIDE',
        what: `${where} parameters`,
        given: Object.fromEntries(conflicts.map((k) => [k, props.parameters![k]])),
        allowed: `parameters other than the ones that switch encryption on (${listAllowed(Object.keys(fixed))})`,
        fix: `remove ${conflicts.join(', ')}; the construct sets them.`,
      });
    }
    return new StorageClassV1(this, 'Resource', {
      metadata: { name, labels, annotations: { [ENCRYPTION_ANNOTATION]: how } },
      storageProvisioner: provisioner ?? enc.provisioner!,
      parameters: { ...example?.parameters, ...props.parameters, ...fixed },
      reclaimPolicy: props.reclaimPolicy ?? ReclaimPolicy.RETAIN,
      volumeBindingMode: 'WaitForFirstConsumer',
      allowVolumeExpansion: props.allowVolumeExpansion ?? true,
    });
  }

  /** The name of a predefined class (or the class a PVC annotation applies to). */
  private predefined(props: EncryptedStorageClassProps, enc: VolumeEncryptionFact, where: string, mustBeEncrypted: boolean): string {
    const classes = props.provider.kubernetesStorage!.storageClasses;
    const encrypted = classes.filter((c) => c.encrypted);
    const fallback = enc.storageClassName ?? encrypted.find((c) => c.isDefault)?.name ?? encrypted[0]?.name;
    if (props.name === undefined) {
      if (!fallback) {
        throw invalidInput({
          code: 'NO_ENCRYPTED_CLASS',
          what: `${where} provider`,
          given: props.provider.id,
          allowed: 'a provider whose catalog facts name its encrypted StorageClass',
          fix: 'pass the name of the provider\'s encrypted class in `name`.',
        });
      }
      return fallback;
    }
    if (!mustBeEncrypted || unresolved(props.name)) return props.name;
    if (!encrypted.some((c) => c.name === props.name)) {
      throw invalidInput({
        code: 'NOT_AN_ENCRYPTED_CLASS',
        what: `${where} name`,
        given: props.name,
        allowed: `an encrypted class of ${props.provider.name}: ${listAllowed(encrypted.map((c) => c.name))}`,
        fix: `use one of those classes, e.g. "${fallback}".`,
        candidates: encrypted.map((c) => c.name),
      });
    }
    return props.name;
  }
}

function missing(where: string, prop: string, provider: CloudProvider, example: string): Error {
  return invalidInput({
    code: prop === 'passphrase' ? 'PASSPHRASE_REQUIRED' : 'KMS_KEY_REQUIRED',
    what: `${where} ${prop}`,
    given: undefined,
    allowed: `${provider.name} encrypts volumes ${prop === 'passphrase' ? 'with LUKS and a passphrase from a Secret' : 'with a key of its key-management service'}, so ${prop} is required`,
    fix: `pass ${prop}: ${example}.`,
  });
}

/** StorageClass KMS parameters from a `KmsKey`, per the catalog's `kmsParameters`. */
function kmsParameters(where: string, enc: VolumeEncryptionFact, provider: CloudProvider, key: KmsKey | undefined): Record<string, string> {
  const names = enc.kmsParameters ?? [];
  if (names.length === 0) {
    if (key) checkOnlyKeyId(where, provider, key);
    return {};
  }
  if (!key) throw missing(where, 'kmsKey', provider, `{ ${names.filter((n) => !OPTIONAL_KMS_PARAMETERS.has(n)).map((n) => `${KMS_FIELDS[n] ?? n}: '…'`).join(', ')} }`);
  const out: Record<string, string> = {};
  const absent: string[] = [];
  for (const name of names) {
    const field = KMS_FIELDS[name];
    const value = field ? key[field] : undefined;
    if (value === undefined) {
      if (!OPTIONAL_KMS_PARAMETERS.has(name)) absent.push(field ?? name);
      continue;
    }
    out[name] = value;
  }
  if (absent.length > 0) {
    throw invalidInput({
      code: 'KMS_KEY_INCOMPLETE',
      what: `${where} kmsKey`,
      given: key,
      allowed: `a key with ${names.filter((n) => !OPTIONAL_KMS_PARAMETERS.has(n)).map((n) => KMS_FIELDS[n] ?? n).join(', ')} for ${provider.name} (StorageClass parameters ${names.join(', ')})`,
      fix: `add ${absent.join(', ')}.`,
    });
  }
  return out;
}

function checkOnlyKeyId(where: string, provider: CloudProvider, key: KmsKey): void {
  const extra = (['keyringId', 'keyVersion', 'serviceAccount', 'projectId'] as const).filter((k) => key[k] !== undefined);
  if (extra.length === 0) return;
  throw invalidInput({
    code: 'PROP_NOT_APPLICABLE',
    what: `${where} kmsKey`,
    given: key,
    allowed: `only keyId for ${provider.name}`,
    fix: `remove ${extra.join(', ')}.`,
  });
}
