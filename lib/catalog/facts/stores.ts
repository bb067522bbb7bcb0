/*
 * How a store (bucket, storage account, log group) keeps and deletes data, as data: its object
 * lock / WORM arguments, lifecycle rules and versioning, and how to switch each on, in the
 * provider's own terms. Configuration resources attached to a store declare what they configure
 * (`ResourceTypeFact.configures`) and, where needed, how they are read (`storeConfiguration`).
 * The engine interprets them (lib/compliance/rules/stores), reading the S3 API's own spelling
 * (`rule`, `expiration`, `noncurrent_version_expiration`, `default_retention`, …) where the
 * provider's resource follows it.
 */

/** How an object lock / WORM argument of a store is written. */
export enum LockShape {
  /** A boolean that switches object lock on (`object_lock_enabled`, `object_lock = true`). */
  FLAG = 'flag',
  /** A block with a status and a rule whose period is an ISO 8601 duration (`object_lock { status, rule { period } }`). */
  STATUS_BLOCK = 'status-block',
  /** An inline S3 object-lock configuration (`object_lock_configuration { object_lock_enabled, rule { default_retention } }`). */
  S3_CONFIGURATION = 's3-configuration',
  /** A WORM policy block whose presence locks objects for `days` or `years`. */
  WORM_BLOCK = 'worm-block',
  /** A retention policy block whose presence locks objects for a period in seconds. */
  RETENTION_SECONDS = 'retention-seconds',
  /** An immutability policy block with a state (locked unless `offValue`) and a period in days. */
  STATE_BLOCK = 'state-block',
}

/** One object lock / WORM argument of a store. */
export interface LockArgumentFact {
  /** How it is written. */
  readonly shape: LockShape;
  /** The argument (or block). */
  readonly argument: string;
  /**
   * STATUS_BLOCK, STATE_BLOCK: the field holding the status or state.
   * @default - none
   */
  readonly state?: string;
  /**
   * STATE_BLOCK: the state value (lower case) that means off.
   * @default - none
   */
  readonly offValue?: string;
  /**
   * The field holding the retention period (STATUS_BLOCK: an ISO 8601 duration under `rule`;
   * RETENTION_SECONDS: seconds; STATE_BLOCK: days).
   * @default - `days` / `years` (WORM_BLOCK)
   */
  readonly period?: string;
}

/** How a store's (or a lifecycle resource's) rules are written. */
export enum LifecycleShape {
  /** S3 API lifecycle rules: status or enabled, filters, `expiration { days, date }`, `noncurrent_version_expiration`. */
  S3 = 's3',
  /** Rules whose action names a type (a delete) and whose condition holds the age, state and filters. */
  ACTION_CONDITION = 'action-condition',
  /** Rules whose actions hold, per object kind (current, versions), the days after which objects are deleted. */
  ACTIONS_BY_KIND = 'actions-by-kind',
  /** One argument: days after which entries expire (0 or absent: never). */
  RETENTION_DAYS = 'retention-days',
}

/** Field names of ACTION_CONDITION rules. */
export interface ActionConditionFact {
  /** The action block. */
  readonly action: string;
  /** The action's type field. */
  readonly actionType: string;
  /** The type value that deletes. */
  readonly deleteValue: string;
  /** The condition block. */
  readonly condition: string;
  /** The condition's age (days) field. */
  readonly age: string;
  /** The condition's object-state field. */
  readonly state: string;
  /** The state (upper case) that matches only noncurrent versions. */
  readonly noncurrentState: string;
  /** The state (upper case) that matches only live objects. */
  readonly liveState: string;
  /** Condition fields that make a rule match noncurrent versions only. */
  readonly noncurrentConditions: string[];
  /** The condition field: days since a version became noncurrent. */
  readonly sinceNoncurrent: string;
  /** The condition field: number of newer versions. */
  readonly newerVersions: string;
  /** Condition fields that narrow a rule to part of the store. */
  readonly filters: string[];
}

/** Field names of ACTIONS_BY_KIND rules. */
export interface ActionsByKindFact {
  /** The rule's switch. */
  readonly enabled: string;
  /** The rule's name. */
  readonly name: string;
  /** The actions block. */
  readonly actions: string;
  /** The block of actions on current objects. */
  readonly current: string;
  /** Fields of `current` with days after which objects are deleted, the first written wins. */
  readonly currentDays: string[];
  /** The block of actions on versions. */
  readonly versions: string;
  /** The field of `versions` with days after which versions are deleted (-1: never). */
  readonly versionDays: string;
  /** The filters block. */
  readonly filters: string;
  /** Fields of `filters` that narrow the rule to part of the store. */
  readonly filterKeys: string[];
}

/** Where and how a store's lifecycle rules are written. */
export interface LifecycleFact {
  /** The shape. */
  readonly shape: LifecycleShape;
  /**
   * The rule blocks (or, RETENTION_DAYS, the argument).
   * @default - `rule` and `rules`
   */
  readonly rules?: string;
  /**
   * ACTION_CONDITION: field names.
   * @default - none
   */
  readonly actionCondition?: ActionConditionFact;
  /**
   * ACTIONS_BY_KIND: field names.
   * @default - none
   */
  readonly actionsByKind?: ActionsByKindFact;
}

/** A versioning argument of a store. */
export interface VersioningArgumentFact {
  /** The argument (or block). */
  readonly argument: string;
  /** Fields of the block that hold the setting, the first written wins (`enabled`, `status`). */
  readonly fields: string[];
  /**
   * The argument itself may be a boolean (or an expression) instead of a block.
   * @default false
   */
  readonly scalarIsFlag?: boolean;
}

/** What a store keeps, how long, and how to change it. */
export interface StoreFact {
  /**
   * Its object lock / WORM arguments, in order.
   * @default - none on the store itself (attached configuration resources may lock it)
   */
  readonly lockArguments?: LockArgumentFact[];
  /** How to switch object lock on for it, in the provider's terms. */
  readonly lockHow: string;
  /**
   * Its inline lifecycle rules.
   * @default - none on the store itself
   */
  readonly lifecycle?: LifecycleFact;
  /** How to add an expiration to it. */
  readonly expiryHow: string;
  /** How to expire its noncurrent versions. */
  readonly noncurrentHow: string;
  /**
   * Its versioning arguments.
   * @default - none on the store itself
   */
  readonly versioning?: VersioningArgumentFact[];
  /**
   * How to switch versioning on. Stores without it are not judged by SOV-VERSIONING (their
   * resources have no versioning argument).
   * @default - not judged for versioning
   */
  readonly versioningHow?: string;
  /**
   * Arguments holding its literal name, the first written wins (configuration resources and log
   * sinks may name it instead of referencing it).
   * @default ["bucket", "name"]
   */
  readonly nameArguments?: string[];
}

/** How a configuration resource of a store is read, where the role alone does not say. */
export interface StoreConfigurationFact {
  /**
   * The argument that names the store (or container) it belongs to, when the engine's generic
   * parent arguments do not link it.
   * @default - linked by the generic parent arguments
   */
  readonly linkArgument?: string;
  /**
   * DEFAULT_RETENTION: the argument with the retention in days.
   * @default "days"
   */
  readonly retentionDays?: string;
  /**
   * LIFECYCLE: how its rules are written.
   * @default - S3 API rules under `rule` / `rules`
   */
  readonly lifecycle?: LifecycleFact;
}
