/** Encryption algorithms a gx:Encryption may name (the `gx:cipher` values of the Gaia-X 25.11 shapes). */
export enum GaiaxCipher {
  /** AES. */
  AES = 'AES',
  /** RSA. */
  RSA = 'RSA',
  /** Triple DES. */
  TRIPLE_DES = '3DES',
  /** Blowfish. */
  BLOWFISH = 'Blowfish',
  /** Twofish. */
  TWOFISH = 'Twofish',
}

/**
 * What only the participant knows, for the Gaia-X credential drafts (`ReportFormat.GAIAX`).
 * Nothing here is filled in by the library: a required value left out makes the draft fail
 * validation against the Gaia-X shapes, and synth says which one.
 */
export interface GaiaxCredentialsProps {
  /** The service offering's name (`schema:name`). */
  readonly offeringName: string;
  /** The DID that will sign the credential (`issuer`), e.g. `did:web:example.com`. */
  readonly issuer: string;
  /**
   * The credential subject id of your gx:LegalPerson (participant) credential, which
   * `gx:providedBy` points at, e.g. `did:web:example.com:participant`. That credential is yours
   * and validated by the Clearing House; the drafts only reference it.
   */
  readonly participantId: string;
  /** URL of the offering's terms and conditions (`gx:serviceOfferingTermsAndConditions` / `gx:url`). */
  readonly termsAndConditionsUrl: string;
  /** SHA-256 (hex) of the terms-and-conditions document at that URL (`gx:hash`). */
  readonly termsAndConditionsHash: string;
  /**
   * The credential subject id of the service offering.
   * @default - none: the subject is a blank node (listed as to be supplied)
   */
  readonly offeringId?: string;
  /**
   * How you inform customers of changes of sub-contractors (`gx:communicationMethods` of each
   * gx:SubContractor, required by the shapes), e.g. `e-mail to the customer's contract contact 30 days ahead`.
   * @default - none: every gx:SubContractor fails validation until it is given
   */
  readonly subcontractorChangeNotice?: string;
  /**
   * Licence of the resources the offering is hosted on (`gx:license` of each gx:VirtualResource,
   * required by the shapes): an SPDX identifier or the URL of the licence terms.
   * @default - none: every gx:VirtualResource fails validation until it is given
   */
  readonly resourceLicense?: string;
  /**
   * Access policy of the hosted resources (`gx:resourcePolicy`, required by the shapes), e.g. an ODRL or Rego policy text.
   * @default - none: every gx:VirtualResource fails validation until it is given
   */
  readonly resourcePolicy?: string;
  /**
   * Copyright owner of the hosted resources' content (`gx:copyrightOwnedBy`, required by the shapes): a legal name.
   * @default - none: every gx:VirtualResource fails validation until it is given
   */
  readonly resourceCopyrightOwner?: string;
  /**
   * The cipher of storage encryption at rest (`gx:cipher`): the configuration says who holds the
   * keys, not the algorithm, so it is yours to state (from the provider's documentation).
   * @default - none: no gx:encryption is stated (listed as to be supplied)
   */
  readonly storageCipher?: GaiaxCipher;
  /**
   * `validFrom` of the credential (ISO 8601 date-time).
   * @default - the check's date at 00:00:00Z
   */
  readonly validFrom?: string;
}
