/**
 * The data inventory: the technical part of a GDPR Art. 30 record of processing activities
 * and the Art. 32 summary of technical measures, one row per store of personal data.
 * Internal shapes; they reach users as `sovereignty-inventory.json` (stable, versioned).
 * @internal
 */
import { KeyControl, ProviderSovereigntyAssessment, SealLevel } from '../../catalog/sovereignty/types';
import { FindingLevel, LocationStatus } from '../types';

/** Version of `sovereignty-inventory.json`. @internal */
export const INVENTORY_FORMAT_VERSION = '1.0';

/** Text for fields only the controller can fill in. @internal */
export const TO_BE_COMPLETED = 'to be completed by the controller';

/** Who provides a store. @internal */
export interface InventoryProvider {
  readonly id: string;
  readonly name: string;
  readonly legalEntity: string;
  readonly headquarters: string;
  readonly ultimateParent: string;
  readonly ultimateParentCountry: string;
  readonly euControlled: boolean;
  readonly verified: boolean;
}

/** A place where a store, or a copy of it, is. @internal */
export interface InventoryLocation {
  readonly status: LocationStatus;
  readonly countries: string[];
  readonly region?: string;
  readonly city?: string;
  /** How it was determined (argument, provider configuration, endpoint, cluster…). */
  readonly determinedBy: string;
  readonly verified: boolean;
  readonly reason?: string;
}

/** A replica, backup or log sink of a store. @internal */
export interface InventoryCopy extends InventoryLocation {
  readonly role: string;
}

/** One measure (encryption, retention…), with what the configuration says and where. @internal */
export interface Measure {
  /** Short verdict, e.g. `encrypted`, `not encrypted`, `not determined`, `not applicable`. */
  readonly status: string;
  /** What the configuration says, with the argument or resource it was read from. */
  readonly evidence: string;
}

/** Encryption at rest, with who can decrypt. @internal */
export interface EncryptionAtRest extends Measure {
  readonly keyControl: KeyControl;
}

/** An open (unsuppressed) finding on a store. @internal */
export interface InventoryFinding {
  readonly ruleId: string;
  readonly level: FindingLevel;
  readonly message: string;
}

/** A transfer of personal data to a country outside the EEA. @internal */
export interface Transfer {
  /** ISO code of the destination country. */
  readonly country: string;
  /** What goes there: a store, a copy, or an egress destination. */
  readonly what: string;
  /** The resource that causes it. */
  readonly address: string;
  /** The stated safeguard (GDPR Chapter V), or that none is stated. */
  readonly safeguard: string;
}

/** One store of personal data. @internal */
export interface InventoryRow {
  readonly configuration: string;
  readonly address: string;
  readonly constructPath?: string;
  readonly resourceType: string;
  /** The provider configuration it is managed through (`aws.ionos`, `opentelekomcloud`). */
  readonly providerKey?: string;
  /** What kind of store: bucket, database, volume, Kubernetes volume claim, log store, state backend… */
  readonly kind: string;
  /** Why it is in the inventory (its classification label, or the state backend). */
  readonly basis: string;
  readonly classification?: string;
  readonly purposeLabel?: string;
  readonly provider?: InventoryProvider;
  readonly location: InventoryLocation;
  readonly encryptionAtRest: EncryptionAtRest;
  readonly encryptionInTransit: Measure;
  readonly retention: Measure;
  readonly versioning: Measure;
  readonly worm: Measure;
  readonly reachability: Measure;
  readonly copies: InventoryCopy[];
  readonly transfers: Transfer[];
  readonly openFindings: InventoryFinding[];
  /** Fields of the Art. 30 record the configuration cannot tell. */
  readonly controller: { readonly [field: string]: string };
}

/** The level of the stack's data at one provider offering. @internal */
export interface InventoryAssessment {
  readonly assessment: ProviderSovereigntyAssessment;
  /** Rows stored there. */
  readonly stores: string[];
}

/** The inventory of one or more configurations. @internal */
export interface DataInventory {
  readonly formatVersion: string;
  readonly configurations: string[];
  readonly asOf: string;
  readonly rows: InventoryRow[];
  /** Stores of this configuration that carry no data classification (the controller must say whether they hold personal data). */
  readonly unclassifiedStores: string[];
  readonly summary: {
    /** Whether any store is marked as holding personal data. */
    readonly personalData: boolean;
    /** The sentence that says so when none is. */
    readonly statement: string;
    readonly countries: string[];
    readonly providers: string[];
    readonly storesByCountry: { readonly [country: string]: string[] };
    readonly unknownLocations: string[];
    readonly transfersOutsideEea: Transfer[];
    /** The lowest level of the providers that hold the stack's data (SEAL ceiling from public facts). */
    readonly seal?: SealLevel;
  };
  readonly assessments: InventoryAssessment[];
  /** Art. 30(1) fields the controller must complete for the whole record. */
  readonly controllerFields: { readonly [field: string]: string };
}
