/**
 * Builds the data inventory of checked configurations: one row per store of personal data
 * (its replicas, backups and log sinks listed with it and as rows of their own when they are
 * stores of this configuration), the state backend, transfers outside the EEA with their stated
 * safeguard, and the sovereignty level of the providers that hold the data.
 * @internal
 */
import { Adequacy } from '../../core/adequacy';
import { Countries } from '../../core/countries';
import { assess } from '../../catalog/sovereignty/assessment';
import { KeyControl, ProviderDataFacts } from '../../catalog/sovereignty/types';
import { SovereigntyAssessment } from '../../catalog/sovereignty/assessment';
import { Catalog } from '../../catalog/catalog';
import { RuleContext } from '../model/view';
import { Finding } from '../report/model';
import { LocationStatus } from '../types';
import { DataInventory, EncryptionAtRest, INVENTORY_FORMAT_VERSION, InventoryAssessment, InventoryRow, TO_BE_COMPLETED, Transfer } from './model';
import { collectStores, copiesOf, encryptionOf, inEea, locationOf, providerOf, reachabilityOf, retentionOf, StoreFacts, transitOf, versioningOf, wormOf } from './stores';
import { EGRESS_ANNOTATION, egressTransfers } from './transfers';

/** What one configuration contributes, computed from its rule context. @internal */
export interface ConfigurationEvidence {
  readonly configuration: string;
  readonly rows: InventoryRow[];
  readonly unclassified: string[];
  readonly transfers: Transfer[];
  /** Data facts per provider offering, for the assessment. */
  readonly data: Map<string, { providerId: string; region?: string; rows: InventoryRow[] }>;
  /** Where every located resource (and copy) of the configuration is, judged against the policy. */
  readonly residency: Residency;
}

/** Countries where a configuration puts data, and what could not be located. @internal */
export interface Residency {
  readonly countries: Map<string, { allowed: boolean; reason: string; addresses: string[] }>;
  readonly unknown: Array<{ address: string; reason: string }>;
  /** Catalog ids of the providers that host located resources. */
  readonly providers: string[];
}

/** Every located resource, copy and state backend, by country. */
function residencyOf(context: RuleContext): Residency {
  const countries = new Map<string, { allowed: boolean; reason: string; addresses: string[] }>();
  const unknown: Array<{ address: string; reason: string }> = [];
  const providers = new Set<string>();
  const note = (address: string, location: { status: LocationStatus; countries: string[]; reason?: string; source: string; providerId?: string }) => {
    if (location.providerId) providers.add(location.providerId);
    if (location.status === LocationStatus.UNKNOWN) {
      unknown.push({ address, reason: location.reason ?? location.source });
      return;
    }
    if (location.status !== LocationStatus.KNOWN) return;
    for (const c of location.countries) {
      let entry = countries.get(c);
      if (!entry) {
        const check = context.policy.jurisdiction.check(c);
        entry = { allowed: check.allowed, reason: check.reason, addresses: [] };
        countries.set(c, entry);
      }
      if (!entry.addresses.includes(address)) entry.addresses.push(address);
    }
  };
  for (const view of context.resources()) {
    if (view.mode !== 'managed' || !view.isLocated) continue;
    note(view.address, view.location);
    for (const copy of view.secondaryLocations) note(view.address, copy);
  }
  for (const backend of context.backends()) if (backend.isLocated) note(backend.address, backend.location);
  return { countries, unknown, providers: [...providers].sort() };
}

/** Fields of each row only the controller can tell. */
const ROW_CONTROLLER_FIELDS = ['purposes of the processing', 'categories of data subjects', 'categories of personal data', 'recipients'];

/** Art. 30(1) fields of the whole record the configuration cannot tell. */
const RECORD_CONTROLLER_FIELDS: Record<string, string> = {
  'name and contact details of the controller and the data protection officer (Art. 30(1)(a))': TO_BE_COMPLETED,
  'purposes of the processing (Art. 30(1)(b))': TO_BE_COMPLETED,
  'categories of data subjects and of personal data (Art. 30(1)(c))': TO_BE_COMPLETED,
  'categories of recipients, including recipients outside the infrastructure (Art. 30(1)(d))': TO_BE_COMPLETED,
  'transfers to third countries: documentation of suitable safeguards (Art. 30(1)(e))': `${TO_BE_COMPLETED} (the transfers the configuration shows are listed in the summary)`,
  'time limits for erasure (Art. 30(1)(f))': `${TO_BE_COMPLETED} where the retention column says "not expressed in the configuration"`,
  'general description of the technical and organisational measures (Art. 30(1)(g), Art. 32)': 'technical measures per store in the rows; organisational measures to be completed by the controller',
};

/** Collect one configuration's stores into rows (findings are joined later). @internal */
export function collectEvidence(context: RuleContext, configuration: string): ConfigurationEvidence {
  const stores = collectStores(context);
  // Address order: the same inventory from cdk.tf.json, .tf files and the plan.
  const personal = stores.filter((s) => s.personal).sort((a, b) => (a.view.address < b.view.address ? -1 : a.view.address > b.view.address ? 1 : 0));
  const rows: InventoryRow[] = personal.map((s) => rowOf(s, context, configuration, `data-classification label "${s.classification ?? 'personal'}"`));
  const byAddress = new Map(stores.map((s) => [s.view.address, s]));
  // A store of this configuration that receives a copy of a personal-data store is a row too.
  for (const s of personal) {
    for (const copy of s.copies) {
      const address = /→ (\S+) \(/.exec(copy.source)?.[1];
      const target = address ? byAddress.get(address) : undefined;
      if (target && !rows.some((r) => r.address === target.view.address)) {
        rows.push(rowOf(target, context, configuration, `${copy.role ?? 'copy'} of ${s.view.address}`));
      }
    }
  }
  if (rows.length > 0) {
    for (const backend of context.backends()) {
      if (!backend.isLocated) continue;
      const location = backend.location;
      rows.push({
        configuration,
        address: backend.address,
        resourceType: backend.resourceType,
        kind: 'Terraform state backend',
        basis: 'Terraform state: holds every argument of every managed resource, including those of the stores above',
        provider: providerOf(undefined, location.providerId),
        location: locationOf(location),
        encryptionAtRest: backendEncryption(backend.attributes as Record<string, unknown>, stores, context),
        encryptionInTransit: { status: 'TLS (HTTPS)', evidence: 'Terraform reaches the S3 API over HTTPS unless the endpoint says http://.' },
        retention: { status: 'kept until deleted', evidence: 'State versions are kept as the bucket keeps them.' },
        versioning: { status: 'not determined', evidence: 'Set on the state bucket itself.' },
        worm: { status: 'not applicable', evidence: 'State must stay writable.' },
        reachability: { status: 'not determined', evidence: 'Access is governed by the credentials of the backend.' },
        copies: [],
        transfers: transfersOf(location.countries, backend.address, 'Terraform state'),
        openFindings: [],
        controller: {},
      });
    }
  }
  const unclassified = stores.filter((s) => s.classification === undefined && !rows.some((r) => r.address === s.view.address)).map((s) => s.view.address);
  const transfers = [...rows.flatMap((r) => r.transfers), ...egressTransfers(context)];

  const data = new Map<string, { providerId: string; region?: string; rows: InventoryRow[] }>();
  for (const row of rows) {
    if (!row.provider) continue;
    const offering = SovereigntyAssessment.ofProvider(row.provider.id, row.location.region).offeringId;
    const entry = data.get(offering) ?? { providerId: row.provider.id, region: row.location.region, rows: [] };
    entry.rows.push(row);
    data.set(offering, entry);
  }
  return { configuration, rows, unclassified, transfers, data, residency: residencyOf(context) };
}

function rowOf(s: StoreFacts, context: RuleContext, configuration: string, basis: string): InventoryRow {
  const v = s.view;
  const location = locationOf(s.location);
  const copies = copiesOf(s.copies);
  const transfers = [
    ...transfersOf(location.countries, v.address, 'the store'),
    ...copies.flatMap((c) => transfersOf(c.countries, v.address, `its ${c.role}`)),
  ];
  return {
    configuration,
    address: v.address,
    constructPath: v.constructPath,
    resourceType: v.resourceType,
    providerKey: v.providerKey,
    kind: s.kind,
    basis,
    classification: s.classification,
    purposeLabel: v.purpose,
    provider: providerOf(s.provider, s.location.providerId),
    location,
    encryptionAtRest: encryptionOf(v, context),
    encryptionInTransit: transitOf(v, context, s.provider),
    retention: retentionOf(v, context),
    versioning: versioningOf(v, context),
    worm: wormOf(v, context),
    reachability: reachabilityOf(v, context),
    copies,
    transfers,
    openFindings: [],
    controller: Object.fromEntries(ROW_CONTROLLER_FIELDS.map((f) => [f, TO_BE_COMPLETED])),
  };
}

/**
 * Encryption of the state: the state bucket's own encryption when the bucket is a store of this
 * configuration, else the s3 backend's `encrypt` / `kms_key_id` (Terraform's own backend arguments).
 */
function backendEncryption(body: Record<string, unknown>, stores: StoreFacts[], context: RuleContext): EncryptionAtRest {
  const bucket = body.bucket;
  const own = typeof bucket === 'string' ? stores.find((s) => s.view.literal('bucket') === bucket || s.view.literal('name') === bucket) : undefined;
  if (own) {
    const e = encryptionOf(own.view, context);
    if (e.keyControl !== KeyControl.UNKNOWN) return { ...e, evidence: `The state bucket ${own.view.address}: ${e.evidence}` };
  }
  if (body.kms_key_id !== undefined) return { status: 'encrypted', keyControl: KeyControl.CUSTOMER_KMS, evidence: `kms_key_id = ${String(body.kms_key_id)}` };
  if (body.sse_customer_key !== undefined) return { status: 'encrypted', keyControl: KeyControl.CUSTOMER_HELD, evidence: 'sse_customer_key is set (SSE-C)' };
  if (body.encrypt === true || body.encrypt === 'true') return { status: 'encrypted', keyControl: KeyControl.PROVIDER, evidence: 'encrypt = true (server-side encryption with provider-managed keys)' };
  return { status: 'not encrypted', keyControl: KeyControl.NONE, evidence: 'encrypt is not set' };
}

/** Transfers for the countries outside the EEA, with the adequacy decision where one is in force. */
function transfersOf(countries: string[], address: string, what: string): Transfer[] {
  return countries.filter((c) => !Countries.isEea(c)).map((country) => {
    const decision = Adequacy.decisionFor(country);
    const inForce = decision !== undefined && Adequacy.isInForce(decision);
    const safeguard = inForce && decision.coversInfrastructureLocation
      ? `adequacy decision: ${Adequacy.describe(decision)}`
      : `none stated in the configuration (${TO_BE_COMPLETED}: a GDPR Chapter V safeguard${inForce ? `; the adequacy decision covers only ${decision.scopeNote}` : ''})`;
    return { country, what, address, safeguard };
  });
}

/** Join the findings and assess the providers: the inventory of a report. @internal */
export function buildInventory(evidence: ConfigurationEvidence[], findings: Finding[], asOf: string): DataInventory {
  const open = findings.filter((f) => !f.suppressed);
  const rows = evidence.flatMap((e) => e.rows).map((row) => ({
    ...row,
    openFindings: open
      .filter((f) => f.configuration === row.configuration && (f.address === row.address || f.address.startsWith(`${row.address}.`)))
      .map((f) => ({ ruleId: f.ruleId, level: f.level, message: f.message })),
  }));

  const storesByCountry: Record<string, string[]> = {};
  const unknownLocations: string[] = [];
  for (const row of rows) {
    const places = [row.location, ...row.copies];
    for (const place of places) {
      if (place.status !== LocationStatus.KNOWN) {
        if (place.status === LocationStatus.UNKNOWN && !unknownLocations.includes(row.address)) unknownLocations.push(row.address);
        continue;
      }
      for (const c of place.countries) {
        const list = (storesByCountry[c] ??= []);
        if (!list.includes(row.address)) list.push(row.address);
      }
    }
  }

  const assessments: InventoryAssessment[] = [];
  const merged = new Map<string, { providerId: string; region?: string; rows: typeof rows }>();
  for (const e of evidence) {
    for (const [offering, entry] of e.data) {
      const m = merged.get(offering) ?? { providerId: entry.providerId, region: entry.region, rows: [] };
      m.rows.push(...rows.filter((r) => entry.rows.some((x) => x.address === r.address && x.configuration === r.configuration)));
      merged.set(offering, m);
    }
  }
  for (const entry of merged.values()) {
    const provider = Catalog.provider(entry.providerId);
    assessments.push({ assessment: assess(provider, entry.region, dataFactsOf(entry.rows)), stores: entry.rows.map((r) => r.address) });
  }
  const personalRows = rows.filter((r) => r.kind !== 'Terraform state backend').length;
  const personal = personalRows > 0;
  const configurations = evidence.map((e) => e.configuration);
  const statement = personal
    ? `${personalRows} store(s) of personal data${rows.length > personalRows ? ' and the Terraform state' : ''} in ${Object.keys(storesByCountry).length} countr${Object.keys(storesByCountry).length === 1 ? 'y' : 'ies'}${unknownLocations.length > 0 ? `, ${unknownLocations.length} with an unknown location` : ''}.`
    : `No store in ${configurations.join(', ')} is marked as holding personal data (label data-classification = personal or special-category). ${evidence.reduce((n, e) => n + e.unclassified.length, 0)} store(s) carry no classification: the controller must confirm they hold no personal data.`;

  return {
    formatVersion: INVENTORY_FORMAT_VERSION,
    configurations,
    asOf,
    rows,
    unclassifiedStores: evidence.flatMap((e) => e.unclassified),
    summary: {
      personalData: personal,
      statement,
      countries: Object.keys(storesByCountry).sort(),
      providers: [...new Set(rows.map((r) => r.provider?.name).filter((n): n is string => n !== undefined))].sort(),
      storesByCountry,
      unknownLocations,
      transfersOutsideEea: evidence.flatMap((e) => e.transfers),
      seal: assessments.length > 0 ? SovereigntyAssessment.lowest(assessments.map((a) => a.assessment.seal)) : undefined,
    },
    assessments,
    controllerFields: { ...RECORD_CONTROLLER_FIELDS },
  };
}

/** Key control and countries of the rows at one provider. @internal */
export function dataFactsOf(rows: ReadonlyArray<Pick<InventoryRow, 'address' | 'encryptionAtRest' | 'location' | 'copies'>>): ProviderDataFacts {
  const countries = new Set<string>();
  let unknownLocations = 0;
  for (const r of rows) {
    for (const place of [r.location, ...r.copies]) {
      if (place.status === LocationStatus.KNOWN) place.countries.forEach((c) => countries.add(c));
      else if (place.status === LocationStatus.UNKNOWN) unknownLocations++;
    }
  }
  return {
    keyControls: rows.map((r) => r.encryptionAtRest.keyControl),
    storeAddresses: rows.map((r) => r.address),
    countries: [...countries].sort(),
    unknownLocations,
  };
}

export { EGRESS_ANNOTATION, inEea };
