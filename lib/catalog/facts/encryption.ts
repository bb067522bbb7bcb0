/*
 * How a resource type's data is encrypted at rest, as data: which check kind the engine runs
 * (lib/compliance/rules/encryption-at-rest) and with which arguments, values and texts, each
 * in the provider's own terms. One fact per resource type, with the page it was read from.
 */

/** The kinds of encryption-at-rest check the engine knows. */
export enum EncryptionCheck {
  /**
   * An S3-style bucket: encrypted by an attached server-side encryption configuration (a
   * resource whose type `configures` ENCRYPTION) or an inline one (`inlineConfiguration`);
   * without one, the hosting provider's capabilities decide (`bucketSse`, `bucketEncryptedByDefault`).
   */
  S3_BUCKET = 's3-bucket',
  /** An S3 server-side encryption configuration: its `rule` blocks (S3 API spelling) are judged. */
  S3_CONFIGURATION = 's3-configuration',
  /** A boolean `argument` switches encryption on; absent means off unless `absentIsOn`. */
  FLAG = 'flag',
  /** Naming a key in `argument` switches encryption on: it must be set. */
  KEY = 'key',
  /** Several key arguments or blocks (`keys`), each of which must name a key. */
  KEYS = 'keys',
  /** The platform encrypts and nothing needs configuring; `customerKey` says how a customer key is chosen. */
  PLATFORM = 'platform',
  /** The resource cannot be encrypted at rest: `message` and `fix` are the finding. */
  NOT_ENCRYPTABLE = 'not-encryptable',
  /** A block (`algorithmBlock`) names an algorithm that must be one value and a key that must be set. */
  ALGORITHM_BLOCK = 'algorithm-block',
  /** `argument` must equal `value` (an algorithm name, an encryption mode). */
  VALUE = 'value',
  /** Encrypted when `typeArgument` ends with `value` (an encrypted volume type) or the flag `argument` is true. */
  TYPE_OR_FLAG = 'type-or-flag',
  /** `argument` must equal `value`; on a child it defaults to its parent's setting (`inheritance`). */
  INHERITED_VALUE = 'inherited-value',
  /** Block devices (`blockDevices`) each carry the flag `argument`; an account-wide default may cover them. */
  BLOCK_DEVICES = 'block-devices',
  /** The disks come from a launch template referenced by the resource (`launchTemplate`). */
  LAUNCH_TEMPLATE = 'launch-template',
  /** Kubernetes StorageClasses, PersistentVolumeClaims and StatefulSet claim templates, judged by their class (catalog `kubernetesStorage`). */
  KUBERNETES_VOLUMES = 'kubernetes-volumes',
  /**
   * Encrypted when the volume type in `argument` is one of the hosting cloud's encrypted volume
   * types (its provider's `blockStorage`); a cloud that documents none cannot be verified.
   */
  VOLUME_TYPE = 'volume-type',
}

/** What a resource of a `KEY` check is when its key argument is not set, as its provider documents it. */
export enum UnsetKeyDefault {
  /** The provider documents that it is then not encrypted at rest: a violation at the rule's level. */
  UNENCRYPTED = 'unencrypted',
  /**
   * The provider documents no default: whether it is encrypted at rest cannot be verified, so the
   * finding is at most a warning and says so; an error only where the policy requires
   * customer-managed keys (the key argument names the customer's key, and it is not set).
   */
  UNDOCUMENTED = 'undocumented',
}

/** What the provider documents for a resource of a `KEY` check whose key argument is not set. */
export interface UnsetKeyFact {
  /** What the provider documents. */
  readonly means: UnsetKeyDefault;
  /**
   * What the documentation says, as a clause of the finding ("STACKIT documents `encryption` only
   * as the KMS key to use, and no default for an instance without it").
   */
  readonly documentation: string;
  /** https URL of the documentation read. */
  readonly source: string;
}

/** How a customer-managed key is chosen for a resource, when the policy asks for one. */
export interface CustomerKeyFact {
  /**
   * Arguments naming a customer-managed key; any one of them is enough.
   * @default - none (only `childType` can supply the key)
   */
  readonly arguments?: string[];
  /**
   * A child resource type that supplies the key (a customer-managed-key or transparent-data-encryption resource).
   * @default - no child resource
   */
  readonly childType?: string;
  /**
   * The argument of `childType` that must name the key.
   * @default - the child's presence is enough
   */
  readonly childKeyArgument?: string;
  /** How to fix a finding, in the provider's terms. */
  readonly fix: string;
  /**
   * The finding's message, when the generic one ("… uses the provider's platform-managed key") does not fit.
   * @default - generic message naming `arguments`
   */
  readonly message?: string;
  /**
   * The argument the finding points at.
   * @default - the first of `arguments`
   */
  readonly attribute?: string;
}

/** Values of an argument that platform encryption does not cover (a storage type without encryption at rest). */
export interface PlatformExceptionFact {
  /** The argument (a storage or volume type). */
  readonly argument: string;
  /** Its values (compared case-insensitively) that are not encrypted. */
  readonly values: string[];
  /** The finding. */
  readonly message: string;
  /** The fix. */
  readonly fix: string;
  /** Whether the provider's documentation says these values are not encrypted (not only that the others are). */
  readonly verified: boolean;
  /** https URL of the source. */
  readonly source: string;
}

/** A resource elsewhere in the configuration that switches encryption on for every resource of a kind (an account default). */
export interface AccountDefaultFact {
  /** Its resource type. */
  readonly resourceType: string;
  /** Its boolean argument that switches the default on. */
  readonly argument: string;
  /** Whether an absent argument means on. */
  readonly absentIsOn: boolean;
}

/** One key argument of a `KEYS` check: a plain argument, or a field of every block at `argument`. */
export interface EncryptionKeyFact {
  /** The argument, or the path of the blocks when `field` is given. */
  readonly argument: string;
  /**
   * The key field of every block at `argument`.
   * @default - `argument` itself names the key
   */
  readonly field?: string;
  /** What it encrypts, in messages ("system disk", "data volume"). */
  readonly what: string;
  /** How to fix a finding. */
  readonly fix: string;
  /**
   * A sentence added to the message (e.g. a fallback the configuration does not show).
   * @default - none
   */
  readonly note?: string;
}

/** A block of an `ALGORITHM_BLOCK` check. */
export interface AlgorithmBlockFact {
  /** The block. */
  readonly block: string;
  /** Its algorithm field. */
  readonly algorithmField: string;
  /** The only algorithm the provider accepts (compared case-insensitively). */
  readonly algorithm: string;
  /** Its key field. */
  readonly keyField: string;
  /** The message when the block is missing. */
  readonly missingMessage: string;
  /** The fix when the block is missing. */
  readonly missingFix: string;
  /** The message for another algorithm; `{value}` is the algorithm written. */
  readonly wrongAlgorithmMessage: string;
  /** The fix for another algorithm. */
  readonly algorithmFix: string;
  /** The fix when the key field is missing. */
  readonly keyFix: string;
}

/** Block devices of a `BLOCK_DEVICES` check (e.g. a server's root and data disks). */
export interface BlockDeviceFact {
  /** The blocks. */
  readonly path: string;
  /**
   * When no such block is written and no account default applies, this message is the finding
   * (the device then takes an unencrypted default).
   * @default - no finding for an absent block
   */
  readonly absentMessage?: string;
  /**
   * The fix for `absentMessage`.
   * @default - none
   */
  readonly absentFix?: string;
}

/** A launch template that defines a resource's disks (`LAUNCH_TEMPLATE`). */
export interface LaunchTemplateFact {
  /** Arguments that reference the template, in order. */
  readonly references: string[];
  /** The template's resource type. */
  readonly templateType: string;
  /** The template's block-device blocks. */
  readonly devices: string;
  /** The nested block that carries the flag. */
  readonly volume: string;
  /** The boolean field that encrypts. */
  readonly flag: string;
  /** The argument findings point at. */
  readonly attribute: string;
  /** The message when no template of this configuration is referenced. */
  readonly noTemplateMessage: string;
  /** The fix when no template of this configuration is referenced. */
  readonly noTemplateFix: string;
  /** The message when the template leaves a device unencrypted; `{template}` is its address. */
  readonly unencryptedMessage: string;
  /** The fix when the template leaves a device unencrypted. */
  readonly unencryptedFix: string;
}

/** Parent and child of an `INHERITED_VALUE` check (a cluster's default that its node groups inherit). */
export interface InheritanceFact {
  /**
   * For a child: the parent type whose setting applies when the child sets none.
   * @default - not a child
   */
  readonly parentType?: string;
  /**
   * For a parent: the child type that inherits; when every child sets its own value, the default never applies.
   * @default - not a parent
   */
  readonly childType?: string;
  /**
   * For a child without its own setting whose parent is not in the configuration: the message.
   * @default - none
   */
  readonly orphanMessage?: string;
}

/** How a resource type is encrypted at rest, and how the engine checks it. */
export interface EncryptionAtRestFact {
  /** The kind of check. */
  readonly check: EncryptionCheck;
  /**
   * What the resource is, in messages ("volume", "RDS instance", "server's template storage").
   * @default "resource"
   */
  readonly what?: string;
  /**
   * The argument the check reads: the switch (FLAG, TYPE_OR_FLAG, BLOCK_DEVICES), the key (KEY)
   * or the setting (VALUE, INHERITED_VALUE).
   * @default - none
   */
  readonly argument?: string;
  /**
   * The value that means encrypted (VALUE, INHERITED_VALUE), or the suffix of encrypted volume
   * types (TYPE_OR_FLAG).
   * @default - none
   */
  readonly value?: string;
  /**
   * TYPE_OR_FLAG: the argument that names the volume type.
   * @default - none
   */
  readonly typeArgument?: string;
  /**
   * How to fix a finding, in the provider's terms.
   * @default - the rule's remediation only
   */
  readonly fix?: string;
  /**
   * NOT_ENCRYPTABLE: the finding. FLAG and VALUE: the message that replaces the generic one, where
   * `{state}` is the flag's state (`absentText` / `falseText`) and `{value}` the value written.
   * @default - the generic message of the check
   */
  readonly message?: string;
  /**
   * VALUE: the message when the argument is absent.
   * @default - none
   */
  readonly absentMessage?: string;
  /**
   * VALUE: the fix when the argument is absent.
   * @default - `fix`
   */
  readonly absentFix?: string;
  /**
   * FLAG: how an absent switch is described.
   * @default "not set (off by default)"
   */
  readonly absentText?: string;
  /**
   * FLAG: how a switch that is off is described.
   * @default "false"
   */
  readonly falseText?: string;
  /**
   * FLAG: an absent switch means on; only an explicit false is a finding.
   * @default false
   */
  readonly absentIsOn?: boolean;
  /**
   * KEY: what an unset key means, as the provider documents it.
   * @default - an unset key means the resource is not encrypted at rest
   */
  readonly unsetKey?: UnsetKeyFact;
  /**
   * How a customer-managed key is chosen, where the provider offers one.
   * @default - no customer-managed key for this resource
   */
  readonly customerKey?: CustomerKeyFact;
  /**
   * PLATFORM: values of an argument the platform encryption does not cover.
   * @default - the platform encrypts whatever the arguments say
   */
  readonly notCovered?: PlatformExceptionFact;
  /**
   * A resource that switches encryption on account-wide (FLAG, BLOCK_DEVICES, LAUNCH_TEMPLATE).
   * @default - none
   */
  readonly accountDefault?: AccountDefaultFact;
  /**
   * KEYS: the key arguments and blocks.
   * @default - none
   */
  readonly keys?: EncryptionKeyFact[];
  /**
   * ALGORITHM_BLOCK: the block.
   * @default - none
   */
  readonly algorithmBlock?: AlgorithmBlockFact;
  /**
   * BLOCK_DEVICES: the device blocks.
   * @default - none
   */
  readonly blockDevices?: BlockDeviceFact[];
  /**
   * LAUNCH_TEMPLATE: the template.
   * @default - none
   */
  readonly launchTemplate?: LaunchTemplateFact;
  /**
   * INHERITED_VALUE: parent and child.
   * @default - none
   */
  readonly inheritance?: InheritanceFact;
  /**
   * S3_BUCKET: the configuration resource type to add, for the fix.
   * @default - none
   */
  readonly configurationType?: string;
  /**
   * S3_BUCKET: an inline encryption configuration block of the bucket (legacy).
   * @default - none
   */
  readonly inlineConfiguration?: string;
  /**
   * S3_BUCKET: the fix when the bucket's S3 endpoint belongs to no catalogued provider.
   * @default - none
   */
  readonly unknownProviderFix?: string;
  /**
   * The check applies only when this argument is set (e.g. claim templates of a StatefulSet).
   * @default - always
   */
  readonly judgedWhenSet?: string;
  /**
   * No finding when this boolean argument is true (e.g. a default node pool that is removed).
   * @default - none
   */
  readonly skippedWhenTrue?: string;
  /**
   * Whether a primary source confirms the fact. A NOT_ENCRYPTABLE verdict resting on an
   * unverified fact (no documented encryption) is marked so in its finding.
   */
  readonly verified: boolean;
  /** https URL of the documentation the check's arguments were read from. */
  readonly source: string;
}
