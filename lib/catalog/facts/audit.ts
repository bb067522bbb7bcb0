/*
 * How a resource type's audit trail is switched on and where audit logs go, as data: the
 * managed audit switches of Kubernetes clusters and cloud projects, the trails and diagnostic
 * settings that record API operations, and the resources that write audit logs into a store.
 * The engine interprets them (lib/compliance/rules/audit-logging.ts).
 */

/** The kinds of audit-logging check the engine knows. */
export enum AuditCheck {
  /** A boolean (`argument`) switches the audit log on; optionally a second argument (`requires`) must be set with it. */
  FLAG = 'flag',
  /** An argument (`argument`, a dotted path entering every block) must be set: it names where the audit log goes. */
  SET = 'set',
  /** A child resource (`childTypes`) whose `field` equals `value` forwards the audit log. */
  CHILD = 'child',
  /** An enabled trail (a resource type with an `auditTrail` fact) anywhere in the configuration records the API operations. */
  TRAIL = 'trail',
  /** Like TRAIL, for a project: any trail that is not switched off. */
  ANY_TRAIL = 'any-trail',
  /** The value of `argument` (absent: `absentValue`) must match `pattern` (a control-plane type that writes audit logs). */
  VALUE_PATTERN = 'value-pattern',
  /** The list `argument` must contain `value`. */
  LIST_CONTAINS = 'list-contains',
  /** A diagnostic setting (a type with a `diagnosticSetting` fact) targeting the resource must enable an audit category. */
  DIAGNOSTIC_SETTING = 'diagnostic-setting',
  /**
   * The platform always writes the audit log and keeps it `platformDays` days; where the policy
   * minimum is longer, a link (a type with `telemetryLink`) must route it elsewhere. Without one the
   * finding is a warning: the log exists, and a route outside this configuration would not show.
   */
  PLATFORM_RETENTION = 'platform-retention',
  /** The provider has no audit log Terraform can switch on: `message` is the finding. */
  NONE = 'none',
  /** The provider always writes the audit log: nothing to check. */
  ALWAYS_ON = 'always-on',
  /** A trail resource: it must be switched on (its `auditTrail` fact). */
  TRAIL_STATUS = 'trail-status',
  /** A log destination whose endpoint (`argument`) the catalog must be able to place. */
  ENDPOINT_SINK = 'endpoint-sink',
}

/** How a Kubernetes cluster's or cloud project's audit logging is switched on, and how the engine checks it. */
export interface AuditLoggingFact {
  /** The kind of check. */
  readonly check: AuditCheck;
  /**
   * The argument the check reads.
   * @default - none
   */
  readonly argument?: string;
  /**
   * FLAG: an argument that must be set when the switch is on (an endpoint).
   * @default - none
   */
  readonly requires?: string;
  /**
   * FLAG: the message when `requires` is missing.
   * @default - none
   */
  readonly requiresMessage?: string;
  /**
   * CHILD: the child types.
   * @default - none
   */
  readonly childTypes?: string[];
  /**
   * CHILD: the child's field.
   * @default - none
   */
  readonly field?: string;
  /**
   * CHILD, LIST_CONTAINS: the value that means audit.
   * @default - none
   */
  readonly value?: string;
  /**
   * VALUE_PATTERN: what an absent argument means.
   * @default - none
   */
  readonly absentValue?: string;
  /**
   * VALUE_PATTERN: a regular expression the value must match.
   * @default - none
   */
  readonly pattern?: string;
  /**
   * DIAGNOSTIC_SETTING: categories that hold the audit log.
   * @default - none
   */
  readonly categories?: string[];
  /**
   * DIAGNOSTIC_SETTING: category groups (lower case) that include it.
   * @default - none
   */
  readonly categoryGroups?: string[];
  /**
   * PLATFORM_RETENTION: how many days the platform keeps the audit log.
   * @default - none
   */
  readonly platformDays?: number;
  /**
   * What cannot be verified when the value is an expression ("The SKE audit log").
   * @default - none
   */
  readonly what?: string;
  /**
   * The argument named when the value is an expression.
   * @default - `argument`
   */
  readonly unknownArgument?: string;
  /**
   * The finding. Placeholders: `{state}` (the value written, or "not set"), `{value}`, `{values}`,
   * `{days}`, `{minimum}`, `{address}`, `{source}` (PLATFORM_RETENTION: the documentation of `platformDays`).
   * @default - none
   */
  readonly message?: string;
  /**
   * LIST_CONTAINS: the message when the list is absent.
   * @default - none
   */
  readonly absentMessage?: string;
  /**
   * The argument findings point at.
   * @default - `argument`
   */
  readonly attribute?: string;
  /**
   * The fix, in the provider's terms.
   * @default - none
   */
  readonly fix?: string;
  /** Whether a primary source confirms the fact. */
  readonly verified: boolean;
  /** https URL of the documentation. */
  readonly source: string;
}

/** A resource that records API operations (an audit trail). */
export interface AuditTrailFact {
  /**
   * Its status argument.
   * @default - always records
   */
  readonly statusArgument?: string;
  /**
   * The status (lower case) that means recording.
   * @default - none
   */
  readonly enabledValue?: string;
  /** What it is called in messages ("Cloud Trace Service tracker"). */
  readonly name: string;
}

/** A resource that writes audit logs into a store. */
export interface AuditSinkFact {
  /** Arguments (dotted paths entering every block) naming or referencing the store. */
  readonly arguments: string[];
  /** What writes there, in messages; `{address}` is the resource's address. */
  readonly description: string;
  /**
   * A prefix of the value to drop before it names the store (`storage.googleapis.com/`).
   * @default - none
   */
  readonly stripPrefix?: string;
  /**
   * Only when one of these log blocks has a category matching `auditCategoryPattern` or a
   * group in `auditCategoryGroups` (a diagnostic setting that sends audit logs).
   * @default - always
   */
  readonly logBlocks?: string[];
  /**
   * See `logBlocks`: a regular expression (case-insensitive) on the category.
   * @default - none
   */
  readonly auditCategoryPattern?: string;
  /**
   * See `logBlocks`: category groups (lower case).
   * @default - none
   */
  readonly auditCategoryGroups?: string[];
}

/** A diagnostic setting: it sends a target resource's logs somewhere. */
export interface DiagnosticSettingFact {
  /** The argument referencing the target. */
  readonly target: string;
  /** The log blocks. */
  readonly logBlocks: string[];
  /** The category field of a log block. */
  readonly category: string;
  /** The category-group field of a log block. */
  readonly categoryGroup: string;
  /** The switch of a log block. */
  readonly enabled: string;
}

/** A link that routes a resource's platform audit log elsewhere. */
export interface TelemetryLinkFact {
  /** The argument referencing the resource (unresolved: the link covers every resource). */
  readonly target: string;
}
