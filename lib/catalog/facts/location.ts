/*
 * Where else a resource type puts data (replicas, backups, replication destinations, log
 * sinks), and how S3 resources of a provider follow an S3 endpoint of another provider.
 */

/** How the value of a secondary-location argument is read. */
export enum SecondaryLocationRead {
  /** A location code (region, zone) of the resource's provider. */
  REGION = 'region',
  /** An endpoint URL the catalog places (`Catalog.resolveEndpoint`). */
  ENDPOINT = 'endpoint',
  /** A reference to (or the literal name of) another resource of the configuration, located like it. */
  REFERENCE = 'reference',
}

/** One argument of a resource that puts data somewhere else. */
export interface SecondaryLocationFact {
  /** Dotted path of the argument (every list element is visited). */
  readonly argument: string;
  /** What the other location is for: `replica`, `backup`, `log sink`. */
  readonly role: string;
  /** How its value is read. */
  readonly read: SecondaryLocationRead;
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
