import type { LocationKind } from '../types';

/*
 * Where a resource type is (its location arguments and their shape), where else it puts data
 * (replicas, backups, replication destinations, log sinks), and how S3 resources of a provider
 * follow an S3 endpoint of another provider.
 */

/** How a location argument carries its location. */
export enum LocationArgumentShape {
  /** One location code in a string argument: `region = "fr-par"`. */
  STRING = 'string',
  /** A list of location codes, every one a location of the resource: `regions = ["GRA", "SBG"]`, `node_locations`. */
  LIST = 'list',
  /**
   * An argument of a nested block (every block of a repeated one): `backup { location = … }`,
   * `nodes { region = … }`. The path names block and argument; `elementShape` says what the argument holds.
   */
  BLOCK = 'block',
  /**
   * A reference to the resource the type lives in (IONOS `datacenter_id`): the resource is where
   * that parent is. The path names the referencing argument; `parentTypes` the types it references.
   */
  PARENT = 'parent',
}

/**
 * One argument that carries (or leads to) a resource type's location, with its shape: what a
 * reader of the configuration must do to get location codes out of it.
 */
export interface LocationArgumentFact {
  /** Dotted path of the argument: `region`, `backup.location` (argument of a nested block), `datacenter_id` (a parent reference). */
  readonly path: string;
  /** String, list, argument of a nested block, or reference to a parent. */
  readonly shape: LocationArgumentShape;
  /**
   * For a `BLOCK` argument: what the argument inside the block holds (`STRING` or `LIST`).
   * @default LocationArgumentShape.STRING
   */
  readonly elementShape?: LocationArgumentShape;
  /**
   * For a `PARENT` reference: the resource types it references, whose location the resource shares.
   * @default - none named
   */
  readonly parentTypes?: string[];
  /**
   * What its codes name, where the argument takes one kind only (zones, regions).
   * @default - any code of the provider's locations
   */
  readonly kind?: LocationKind;
  /** Whether the provider's documentation states the shape (not only the argument's name). */
  readonly verified: boolean;
  /** https URL of the documentation page it was read from. */
  readonly source: string;
  /**
   * Anything a reader needs besides the shape.
   * @default - none
   */
  readonly note?: string;
}

/** How the value of a secondary-location argument is read. */
export enum SecondaryLocationRead {
  /** A location code (region, zone) of the resource's provider. */
  REGION = 'region',
  /** An endpoint URL the catalog places (`Catalog.resolveEndpoint`). */
  ENDPOINT = 'endpoint',
  /** A reference to (or the literal name of) another resource of the configuration, located like it. */
  REFERENCE = 'reference',
  /**
   * A boolean that keeps the data in the resource's own location when true; false means another
   * of the provider's locations (`otherLocation`), absent means what `absent` says.
   */
  SAME_LOCATION_SWITCH = 'same-location-switch',
}

/** What the provider does with the data when the argument is not written. */
export enum SecondaryLocationDefault {
  /** Nothing is put elsewhere (or the argument's own default is the resource's location). */
  NONE = 'none',
  /**
   * The data goes to another of the provider's locations of the same kind as the resource's, and
   * the provider does not say which: every such location (but the resource's own) is possible.
   */
  OTHER_LOCATION = 'other-location',
}

/** The default of a secondary location, with its source. */
export interface SecondaryLocationDefaultFact {
  /** What happens when the argument is absent. */
  readonly behaviour: SecondaryLocationDefault;
  /** What the source says, in a sentence (for messages). */
  readonly statement: string;
  /** Whether the provider's documentation states it (an unverified default gives at most a warning). */
  readonly verified: boolean;
  /** https URL of the source. */
  readonly source: string;
}

/** One argument of a resource that puts data somewhere else. */
export interface SecondaryLocationFact {
  /** Dotted path of the argument (every list element is visited). */
  readonly argument: string;
  /** What the other location is for: `replica`, `backup`, `log sink`. */
  readonly role: string;
  /** How its value is read. */
  readonly read: SecondaryLocationRead;
  /**
   * What the provider does when the argument is absent (or, for `SAME_LOCATION_SWITCH`, false).
   * @default - nothing is put elsewhere
   */
  readonly absent?: SecondaryLocationDefaultFact;
  /**
   * A boolean argument that, when true, means there is no such data (`disable_backup`).
   * @default - none
   */
  readonly noneWhenTrue?: string;
}

/**
 * A provider whose S3 resources can be pointed at another provider's S3-compatible object
 * storage by an endpoint in the provider configuration (the aws provider's `endpoints { s3 }`):
 * those resources are then hosted by the endpoint's provider.
 */
export interface S3EndpointOverrideFact {
  /** Provider-configuration arguments (dotted paths) holding the S3 endpoint. */
  readonly providerArguments: string[];
  /** Prefixes of the resource types that follow the endpoint. */
  readonly resourceTypePrefixes: string[];
  /** The provider-configuration argument naming the region when the endpoint does not. */
  readonly regionArgument: string;
  /** https URL of the source. */
  readonly source: string;
}
