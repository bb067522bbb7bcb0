import { StandardReference } from './references';

/** How serious a finding is. */
export enum FindingLevel {
  /** Fails synth and makes the CLI exit with 1, unless suppressed. */
  ERROR = 'error',
  /** Reported and annotated; does not fail. */
  WARNING = 'warning',
  /** Informational. */
  INFO = 'info',
}

/** Describes a rule: what it checks, why, against which requirements, and how to fix a violation. */
export interface RuleMetadata {
  /** Stable identifier, e.g. `SOV-LOCATION`. Public API: never renamed in a minor release. */
  readonly id: string;
  /** One-line title. */
  readonly title: string;
  /** The level used when a pack does not set one. */
  readonly defaultLevel: FindingLevel;
  /** The legal and standard requirements the rule checks (GDPR articles, Gaia-X criteria, BSI C5 controls, EUCS). */
  readonly references: StandardReference[];
  /** Why the rule exists. */
  readonly rationale: string;
  /** How to fix a violation, in general terms (each finding adds specifics). */
  readonly remediation: string;
  /**
   * The Terraform resource types the rule evaluates. Entries ending in `*` are prefixes
   * (`kubernetes_*`); `provider` evaluates provider configurations.
   */
  readonly resourceTypes: string[];
}

/** One violation a rule found on one resource. */
export interface RuleViolation {
  /** What is wrong, specific to this resource (the remediation is added from the rule). */
  readonly message: string;
  /**
   * The argument (dotted path) that causes the violation, e.g. `rule.apply_server_side_encryption_by_default`.
   * @default - the resource as a whole
   */
  readonly attribute?: string;
  /**
   * A fix specific to this resource, shown in addition to the rule's remediation.
   * @default - the rule's remediation only
   */
  readonly fix?: string;
  /**
   * Set when the verdict rests on a catalog fact no primary source confirmed: the engine lowers
   * an error to a warning, and the finding says so.
   * @default false
   */
  readonly dependsOnUnverifiedFact?: boolean;
  /**
   * The highest level this violation may be reported at: a pack that makes the rule an error
   * reports it at this level instead (never higher than the pack's level).
   * @default - the rule's level in the pack
   */
  readonly maxLevel?: FindingLevel;
  /**
   * The `count` / `for_each` instance it concerns (its address suffix, `["worker-sin"]`, `[1]`):
   * the finding's address is then the instance's.
   * @default - the resource as a whole
   */
  readonly instance?: string;
  /**
   * The unverified catalog facts the verdict rests on, each with the source to verify it at.
   * Any entry has the effect of `dependsOnUnverifiedFact`, and the finding names them.
   * @default - none named
   */
  readonly unverifiedFacts?: CatalogFactReference[];
  /**
   * The lowest level this violation is reported at, whatever the packs say: for violations
   * that are serious in every context (a container that can escape to its node). A violation
   * resting on an unverified fact is still a warning at most.
   * @default - the packs' level for the rule
   */
  readonly minimumLevel?: FindingLevel;
}

/** A catalog fact a verdict rests on, and where it can be verified. */
export interface CatalogFactReference {
  /** The fact, in a few words ("Scaleway documents no encryption at rest for scaleway_mongodb_instance"). */
  readonly fact: string;
  /** https URL of the documentation that confirms or refutes it. */
  readonly source: string;
}

/** How a resource's location was determined. */
export enum LocationStatus {
  /** The countries are known. */
  KNOWN = 'known',
  /** The resource is located, but where could not be determined (a finding: fail closed). */
  UNKNOWN = 'unknown',
  /** The resource has no data location (e.g. `random_id`, IAM objects). */
  NOT_APPLICABLE = 'not-applicable',
}

/** Where a resource (or one of its replicas, backups, log sinks) is. */
export interface ResourceLocation {
  /** Known, unknown or not applicable. */
  readonly status: LocationStatus;
  /** ISO 3166-1 alpha-2 codes of every country the data may be in (empty unless known). */
  readonly countries: string[];
  /**
   * Catalog id of the provider that hosts it.
   * @default - unknown
   */
  readonly providerId?: string;
  /**
   * The location code as written (region, zone, location).
   * @default - none
   */
  readonly region?: string;
  /** How it was determined, e.g. `argument region`, `provider aws.scw`, `endpoint s3.fr-par.scw.cloud`, `cluster scaleway_k8s_cluster.main`. */
  readonly source: string;
  /**
   * What this location is for, for secondary locations: `replica`, `backup`, `log sink`, …
   * @default - the primary location
   */
  readonly role?: string;
  /**
   * Why the location is unknown.
   * @default - none
   */
  readonly reason?: string;
  /**
   * For an unknown location: every country it can be in at most (all locations of its provider),
   * so that a provider whose every location is inside the jurisdiction needs no location set.
   * @default - any country
   */
  readonly possibleCountries?: string[];
  /** Whether the catalog facts behind it (the location's country) are verified. */
  readonly verified: boolean;
  /**
   * For a `count` / `for_each` resource whose instances are in different places: where each
   * instance is (the location itself then spans all of them).
   * @default - every instance is where the location says
   */
  readonly instances?: InstanceLocation[];
}

/** Where one `count` / `for_each` instance of a resource is. */
export interface InstanceLocation {
  /** The instance's address suffix: `[0]`, `["worker-sin"]`. */
  readonly key: string;
  /** Its location. */
  readonly location: ResourceLocation;
}
