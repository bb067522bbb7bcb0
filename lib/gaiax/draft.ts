/**
 * The Gaia-X credential draft of a checked stack: one unsigned Verifiable Credential (VC Data
 * Model 2.0) whose subject is a gx:ServiceOffering, stating what the data inventory and the
 * catalog evidence — the providers as gx:SubContractor, the stores the offering is hosted on
 * with their countries and key management, transfers outside the EEA with their safeguard,
 * the data protection regime — and the participant's own values from GaiaxCredentialsProps.
 * Every claim is listed with where it comes from; what the stack cannot know is listed as to be
 * supplied and left out, never filled with a value that would pass the shapes.
 * @internal
 */
import { ALL_PROVIDER_FACTS } from '../catalog/providers';
import { ProviderFacts } from '../catalog/types';
import { KeyControl } from '../catalog/sovereignty/types';
import { Countries } from '../core/countries';
import type { Residency } from '../compliance/evidence/inventory';
import { DataInventory, InventoryRow } from '../compliance/evidence/model';
import { LocationStatus } from '../compliance/types';
import { GaiaxCredentialsProps } from './props';
import { ExternalNode } from './validate';
import { GX, GX_CONTEXT_URL, VC_V2_CONTEXT_URL } from './vendored';

/** One statement of the draft and what it rests on. @internal */
export interface DraftClaim {
  /** Where in the credential, e.g. `hostedOn[aws_s3_bucket.x].location.countryCode`. */
  readonly property: string;
  readonly value: string;
  /** `configuration: <address> (<how>)`, `catalog: <source URL>` or `user: <prop>`. */
  readonly source: string;
}

/** A draft with its traceability. @internal */
export interface GaiaxDraft {
  /** The unsigned credential (the document to sign). */
  readonly credential: { [key: string]: unknown };
  readonly claims: DraftClaim[];
  /** What the participant must add before signing (optional fields the stack cannot know). */
  readonly toBeSupplied: string[];
  /** Nodes the credential references that other credentials describe. */
  readonly external: ExternalNode[];
}

const KEY_MANAGEMENT: Partial<Record<KeyControl, string>> = {
  [KeyControl.PROVIDER]: 'managed',
  [KeyControl.CUSTOMER_KMS]: 'BYOK',
  [KeyControl.CUSTOMER_HELD]: 'HYOK',
};

const STATE_BACKEND_KIND = 'Terraform state backend';

const anyUri = (value: string) => ({ '@value': value, '@type': 'xsd:anyURI' });
const text = (value: string) => ({ '@value': value });

/** Build the draft of an inventory. @internal */
export function buildDraft(inventory: DataInventory, props: GaiaxCredentialsProps, residency: Residency[] = []): GaiaxDraft {
  const claims: DraftClaim[] = [];
  const toBeSupplied: string[] = [];
  const user = (property: string, value: string | undefined, prop: string): string | undefined => {
    if (value !== undefined) claims.push({ property, value, source: `user: ${prop}` });
    return value;
  };

  const rows = inventory.rows.filter((r) => r.kind !== STATE_BACKEND_KIND);
  const subject: { [key: string]: unknown } = {};
  if (props.offeringId) subject.id = user('id', props.offeringId, 'offeringId');
  else toBeSupplied.push('offeringId: the credential subject id of the service offering (without it the subject is a blank node)');
  subject.type = 'ServiceOffering';
  subject.name = user('name', props.offeringName, 'offeringName');
  subject.providedBy = user('providedBy', props.participantId, 'participantId');
  subject.serviceOfferingTermsAndConditions = {
    type: 'TermsAndConditions',
    url: user('serviceOfferingTermsAndConditions.url', props.termsAndConditionsUrl, 'termsAndConditionsUrl'),
    hash: user('serviceOfferingTermsAndConditions.hash', props.termsAndConditionsHash, 'termsAndConditionsHash'),
  };

  // Data protection regime: personal data held only in the EEA, by providers established there.
  const countries = [...new Set(rows.flatMap((r) => locationCountries(r)))].sort();
  const located = rows.every((r) => r.location.status === LocationStatus.KNOWN);
  if (inventory.summary.personalData && located && countries.length > 0 && countries.every((c) => Countries.isEea(c))) {
    subject.dataProtectionRegime = 'GDPR2016';
    claims.push({ property: 'dataProtectionRegime', value: 'GDPR2016', source: `configuration: every store of personal data is in the EEA (${countries.join(', ')})` });
  } else {
    toBeSupplied.push('dataProtectionRegime: not every store of personal data is located in the EEA (or none is marked as personal data), so the stack does not evidence one regime');
  }

  // Providers as sub-contractors.
  // Every provider that hosts a located resource of the stack, not only those holding personal data.
  const providerIds = [...new Set([...rows.flatMap((r) => (r.provider ? [r.provider.id] : [])), ...residency.flatMap((x) => x.providers)])].sort();
  const subContractors = providerIds.map((id) => {
    const facts = providerFacts(id);
    const ref = `subContractors[${facts.name}]`;
    claims.push({ property: `${ref}.legalName`, value: facts.ownership.legalEntity, source: `catalog: ${facts.ownership.sources[0]}` });
    claims.push({ property: `${ref}.applicableJurisdiction`, value: facts.ownership.headquartersCountry, source: `catalog: headquarters ${facts.ownership.headquartersCity}, ${facts.ownership.sources[0]}` });
    const node: { [key: string]: unknown } = {
      type: 'SubContractor',
      legalName: facts.ownership.legalEntity,
      applicableJurisdiction: facts.ownership.headquartersCountry,
      informationDocuments: facts.ownership.sources.map(anyUri),
    };
    const notice = user(`${ref}.communicationMethods`, props.subcontractorChangeNotice, 'subcontractorChangeNotice');
    if (notice !== undefined) node.communicationMethods = text(notice);
    return node;
  });
  if (subContractors.length > 0) subject.subContractors = subContractors;

  // The stores the offering is hosted on.
  let encrypted = false;
  const hostedOn = rows.map((r) => {
    const ref = `hostedOn[${r.address}]`;
    const node: { [key: string]: unknown } = { type: 'VirtualResource', name: r.address, description: `${r.kind} (${r.resourceType}) of ${r.configuration}` };
    const locations = locationsOf(r);
    if (locations.length > 0) {
      node.location = locations.map((l) => {
        claims.push({ property: `${ref}.location.countryCode`, value: l.country, source: `configuration: ${r.address} (${l.determinedBy})` });
        return l.locality ? { type: 'Address', countryCode: l.country, locality: l.locality } : { type: 'Address', countryCode: l.country };
      });
    } else {
      toBeSupplied.push(`location of ${r.address}: not determined from the configuration (${r.location.reason ?? r.location.status})`);
    }
    const keyManagement = KEY_MANAGEMENT[r.encryptionAtRest.keyControl];
    if (keyManagement) {
      encrypted = true;
      if (props.storageCipher) {
        node.encryption = { type: 'Encryption', cipher: props.storageCipher, keyManagement };
        claims.push({ property: `${ref}.encryption.keyManagement`, value: keyManagement, source: `configuration: ${r.address} (${r.encryptionAtRest.evidence})` });
        claims.push({ property: `${ref}.encryption.cipher`, value: props.storageCipher, source: 'user: storageCipher' });
      }
    }
    const license = user(`${ref}.license`, props.resourceLicense, 'resourceLicense');
    // An SPDX identifier is a string; a licence URL must be typed xsd:anyURI for the shapes.
    if (license !== undefined) node.license = /^https?:\/\//.test(license) ? anyUri(license) : license;
    const policy = user(`${ref}.resourcePolicy`, props.resourcePolicy, 'resourcePolicy');
    if (policy !== undefined) node.resourcePolicy = policy;
    const owner = user(`${ref}.copyrightOwnedBy`, props.resourceCopyrightOwner, 'resourceCopyrightOwner');
    if (owner !== undefined) node.copyrightOwnedBy = text(owner);
    return node;
  });
  // Located resources that hold no personal data (compute, public content, networks): their country only.
  const inRows = new Set(rows.map((r) => r.address));
  const others = new Map<string, Set<string>>();
  for (const x of residency) {
    for (const [country, entry] of x.countries) {
      for (const address of entry.addresses) {
        if (inRows.has(address) || address.startsWith('terraform.')) continue;
        others.set(address, (others.get(address) ?? new Set()).add(country));
      }
    }
  }
  for (const [address, cs] of [...others].sort(([a], [b]) => a.localeCompare(b))) {
    const node: { [key: string]: unknown } = { type: 'VirtualResource', name: address, description: 'located resource of the configuration (no store of personal data)' };
    node.location = [...cs].sort().map((country) => {
      claims.push({ property: `hostedOn[${address}].location.countryCode`, value: country, source: `configuration: ${address} (effective location)` });
      return { type: 'Address', countryCode: country };
    });
    if (props.resourceLicense !== undefined) node.license = /^https?:\/\//.test(props.resourceLicense) ? anyUri(props.resourceLicense) : props.resourceLicense;
    if (props.resourcePolicy !== undefined) node.resourcePolicy = props.resourcePolicy;
    if (props.resourceCopyrightOwner !== undefined) node.copyrightOwnedBy = text(props.resourceCopyrightOwner);
    hostedOn.push(node);
  }
  if (hostedOn.length > 0) subject.hostedOn = hostedOn;
  if (encrypted && !props.storageCipher) {
    toBeSupplied.push('storageCipher: the cipher of encryption at rest (the configuration states who holds the keys, not the algorithm); without it no gx:encryption is stated');
  }

  // Transfers of personal data outside the EEA.
  const transfers = inventory.summary.transfersOutsideEea.map((t) => {
    const node: { [key: string]: unknown } = {
      type: ['DataTransfer', 'ThirdCountryDataTransfer'],
      country: t.country,
      scope: `personal data: ${t.what}`,
      reason: `caused by ${t.address}`,
    };
    claims.push({ property: `possiblePersonalDataTransfers[${t.address}].country`, value: t.country, source: `configuration: ${t.address}` });
    if (!t.safeguard.startsWith('none stated')) node.securingMechanism = t.safeguard;
    return node;
  });
  if (transfers.length > 0) subject.possiblePersonalDataTransfers = transfers;

  toBeSupplied.push(
    'cryptographicSecurityStandards: the configuration shows HTTPS endpoints, not the TLS version or the standards your service adheres to (P3.1.9)',
    'providerContactInformation, customerInstructions, dataAccountExport, dataPortability, endpoint, legalDocuments: organisational facts of the offering',
    'your gx:LegalPerson credential (participantId) and the Gaia-X Terms and Conditions credential: issued and signed by you, submitted with this one',
  );

  const credential = {
    '@context': [VC_V2_CONTEXT_URL, GX_CONTEXT_URL],
    'type': ['VerifiableCredential'],
    'issuer': props.issuer,
    'validFrom': props.validFrom ?? `${inventory.asOf.slice(0, 10)}T00:00:00Z`,
    'credentialSubject': subject,
  };
  claims.push({ property: 'issuer', value: props.issuer, source: 'user: issuer' });
  return { credential, claims, toBeSupplied, external: [{ id: props.participantId, type: `${GX}LegalPerson` }] };
}

function providerFacts(id: string): ProviderFacts {
  const facts = ALL_PROVIDER_FACTS.find((p) => p.id === id);
  if (!facts) throw new Error(`internal: provider ${id} of the inventory is not in the catalog`);
  return facts;
}

function locationCountries(r: InventoryRow): string[] {
  return [...r.location.countries, ...r.copies.flatMap((c) => c.countries)];
}

/** The countries of a store and its copies, with the city where the catalog verified it. */
function locationsOf(r: InventoryRow): Array<{ country: string; locality?: string; determinedBy: string }> {
  const out = new Map<string, { country: string; locality?: string; determinedBy: string }>();
  for (const l of [r.location, ...r.copies]) {
    if (l.status !== LocationStatus.KNOWN) continue;
    for (const country of l.countries) {
      const locality = l.countries.length === 1 && l.city && !/unverified/i.test(l.city) ? l.city : undefined;
      const k = `${country}|${locality ?? ''}`;
      if (!out.has(k)) out.set(k, { country, locality, determinedBy: l.determinedBy });
    }
  }
  return [...out.values()];
}
