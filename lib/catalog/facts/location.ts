import type { LocationKind } from '../types';
import { ResourceCategory } from '../types';

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
  /**
   * Whether the provider documents that leaving the argument out creates the resource in every
   * location it has (OVHcloud private networks: "Defaults to all public cloud regions"): the
   * resource is then located in all of them, not unknown.
   * @default false
   */
  readonly absentMeansEveryLocation?: boolean;
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

/**
 * The location a provider's resources get when neither they nor the provider configuration set
 * one, as the provider documents it (Scaleway: region `fr-par`, zone `fr-par-1`).
 */
export interface DefaultLocationFact {
  /** The location code, exactly as the provider's catalog lists it. */
  readonly code: string;
  /** What the code names: a resource whose location argument takes zones gets the zone default, the others the region default. */
  readonly kind: LocationKind;
  /**
   * Only resource types with these prefixes get this default (IONOS: only object storage has one).
   * @default - every resource type of the provider
   */
  readonly resourceTypePrefixes?: string[];
  /**
   * Environment variables (or files) the provider reads first, which can change the default.
   * @default - none
   */
  readonly overriddenBy?: string[];
  /** Whether the provider's own documentation or source states the default. */
  readonly verified: boolean;
  /** https URL of the documentation page or source line. */
  readonly source: string;
  /**
   * Remarks.
   * @default - none
   */
  readonly note?: string;
}

/**
 * Resource types that hold no data and whose location is their owner's: relationships between
 * two resources and settings of another one. A finding about where data is belongs on the
 * resource whose argument decides it (the fix site), never on these. Matched against the end of
 * the type name, for types the catalog does not describe one by one; a catalogued type's
 * category always wins. Terraform providers name such resources consistently; each suffix names
 * the kind of resource it stands for.
 */
export const HOLDS_NO_DATA_SUFFIXES: ReadonlyArray<{ readonly suffix: string; readonly category: ResourceCategory; readonly what: string }> = [
  { suffix: '_attachment', category: ResourceCategory.RELATIONSHIP, what: 'attaches one resource to another (volume, network, firewall, policy attachments)' },
  { suffix: '_assignment', category: ResourceCategory.RELATIONSHIP, what: 'assigns an address or role to a resource' },
  { suffix: '_association', category: ResourceCategory.RELATIONSHIP, what: 'associates two resources' },
  { suffix: '_membership', category: ResourceCategory.RELATIONSHIP, what: 'makes a resource a member of a group' },
  { suffix: '_binding', category: ResourceCategory.RELATIONSHIP, what: 'binds a role or resource to another' },
  { suffix: '_rdns', category: ResourceCategory.RELATIONSHIP, what: 'a reverse-DNS record of an address' },
  { suffix: '_record', category: ResourceCategory.RELATIONSHIP, what: 'a DNS record of a zone' },
  { suffix: '_ipfailover', category: ResourceCategory.RELATIONSHIP, what: 'an IP failover group of servers' },
  { suffix: '_server_group', category: ResourceCategory.RELATIONSHIP, what: 'an (anti-)affinity group of servers' },
  { suffix: '_firewall_rules', category: ResourceCategory.FIREWALL, what: 'firewall rules of a server' },
  { suffix: '_acl', category: ResourceCategory.BUCKET_CONFIGURATION, what: 'an access-control list of another resource' },
  { suffix: '_policy', category: ResourceCategory.BUCKET_CONFIGURATION, what: 'an access policy of another resource' },
  { suffix: '_cors_configuration', category: ResourceCategory.BUCKET_CONFIGURATION, what: 'CORS rules of a bucket' },
  { suffix: '_lifecycle_configuration', category: ResourceCategory.BUCKET_CONFIGURATION, what: 'lifecycle rules of a bucket' },
  { suffix: '_website_configuration', category: ResourceCategory.BUCKET_CONFIGURATION, what: 'website settings of a bucket' },
  { suffix: '_versioning', category: ResourceCategory.BUCKET_CONFIGURATION, what: 'versioning of a bucket' },
  { suffix: '_server_side_encryption_configuration', category: ResourceCategory.BUCKET_CONFIGURATION, what: 'default encryption of a bucket' },
  { suffix: '_public_access_block', category: ResourceCategory.BUCKET_CONFIGURATION, what: 'public access block of a bucket' },
];
