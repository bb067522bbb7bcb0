/**
 * Facts about providers that the sovereignty criteria need beyond `ownership`,
 * `certifications` and `capabilities`: the contracting or operating entity's country, the law
 * the contracts are under, offerings with their own legal structure (the AWS European Sovereign
 * Cloud), documented EU-only operations, open interfaces. Each fact carries its source and
 * whether a primary source confirmed it. Absent facts are not guessed: the criteria that need
 * them are "not assessable from public facts".
 *
 * Also: the laws through which a third country reaches data a provider holds anywhere.
 * @internal
 */

/** A fact with its source. @internal */
export interface Sourced<T> {
  readonly value: T;
  readonly source: string;
  readonly verified: boolean;
  readonly note?: string;
}

/** One offering of a provider (its standard cloud, or a separately run partition). @internal */
export interface OfferingFacts {
  /** Stable id, e.g. `aws-eusc`. */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** Regular expression (case-insensitive, whole code) of the region codes the offering serves; absent: every other region. */
  readonly regionPattern?: string;
  /** The entity that contracts with or operates for European customers, and its country, where it differs from `ownership`. */
  readonly operator?: Sourced<{ readonly entity: string; readonly country: string }>;
  /** Whether the offering is run by its own legal structure, separate from the parent's other clouds. */
  readonly separateLegalStructure?: Sourced<boolean>;
  /** Country whose law governs the customer contract. */
  readonly governingLaw?: Sourced<string>;
  /** Whether day-to-day operations and support are documented as done by EU-resident staff only. */
  readonly euResidentOperations?: Sourced<boolean>;
  /** Open interfaces documented beyond those the catalog records (S3 API, Kubernetes). */
  readonly openInterfaces?: ReadonlyArray<Sourced<string>>;
}

const AWS_ESC_WHITEPAPER = 'https://docs.aws.amazon.com/whitepapers/latest/overview-aws-european-sovereign-cloud/design-approach.html';

/** Offerings by catalog provider id; the last entry of a list (without `regionPattern`) is the default. @internal */
export const OFFERINGS: { readonly [providerId: string]: readonly OfferingFacts[] } = {
  aws: [
    {
      id: 'aws-eusc',
      name: 'AWS European Sovereign Cloud',
      regionPattern: '^eusc-.*',
      operator: {
        value: { entity: 'AWS European Sovereign Cloud GmbH and its subsidiaries (German law), wholly owned by Amazon.com, Inc.', country: 'DE' },
        source: 'https://techinformed.com/aws-launches-eu-only-cloud-as-data-sovereignty-requirements-and-enforcement-activity-expand',
        verified: false,
        note: 'AWS statements on the German legal entities and EU-citizen advisory board, as reported by the press; AWS\'s own page not read here.',
      },
      separateLegalStructure: {
        value: true,
        source: AWS_ESC_WHITEPAPER,
        verified: false,
        note: 'The AWS whitepaper (read) states a separate partition with its own billing, account and identity systems; the separate German legal entities are AWS statements reported by the press.',
      },
      euResidentOperations: {
        value: true,
        source: 'https://techinformed.com/aws-launches-eu-only-cloud-as-data-sovereignty-requirements-and-enforcement-activity-expand',
        verified: false,
        note: 'AWS says only AWS employees residing in the EU control day-to-day operations, including data-centre access and customer support (as reported).',
      },
    },
    {
      id: 'aws',
      name: 'AWS (commercial regions)',
      operator: {
        value: { entity: 'Amazon Web Services EMEA SARL', country: 'LU' },
        source: 'https://aws.amazon.com/legal/aws-contracting-party/',
        verified: false,
        note: 'AWS Contracting Party for accounts in Europe, the Middle East and Africa (catalog ownership.legalEntity).',
      },
    },
  ],
  azure: [{
    id: 'azure',
    name: 'Microsoft Azure',
    operator: { value: { entity: 'Microsoft Ireland Operations Limited', country: 'IE' }, source: 'https://www.microsoft.com/licensing/docs/customeragreement', verified: false, note: 'Usual Microsoft contracting entity for European customers (catalog ownership.legalEntity).' },
  }],
  gcp: [{
    id: 'gcp',
    name: 'Google Cloud',
    operator: { value: { entity: 'Google Cloud EMEA Limited', country: 'IE' }, source: 'https://cloud.google.com/terms', verified: false, note: 'Usual Google Cloud contracting entity for European customers (catalog ownership.legalEntity).' },
  }],
  exoscale: [{
    id: 'exoscale',
    name: 'Exoscale',
    governingLaw: { value: 'CH', source: 'https://www.exoscale.com/dpa/', verified: false, note: 'Akenes SA contracts under Swiss law (catalog ownership reasoning).' },
  }],
  otc: [{
    id: 'otc',
    name: 'Open Telekom Cloud',
    openInterfaces: [{ value: 'OpenStack API', source: 'https://docs.otc.t-systems.com/', verified: false, note: 'Open Telekom Cloud is built on OpenStack and documents OpenStack-compatible APIs.' }],
  }],
  ovhcloud: [{
    id: 'ovhcloud',
    name: 'OVHcloud',
    openInterfaces: [{ value: 'OpenStack API', source: 'https://help.ovhcloud.com/csm/en-public-cloud-compute-openstack-users', verified: false, note: 'OVHcloud Public Cloud is based on OpenStack.' }],
  }],
};

/** The offering of a provider that serves a region (the default offering without a region). @internal */
export function offeringFor(providerId: string, providerName: string, region?: string): OfferingFacts {
  const list = OFFERINGS[providerId] ?? [];
  if (region) {
    for (const o of list) {
      if (o.regionPattern && new RegExp(`^(?:${o.regionPattern})$`, 'i').test(region)) return o;
    }
  }
  return list.find((o) => !o.regionPattern) ?? { id: providerId, name: providerName };
}

/** A third-country law that reaches data a provider subject to it holds, wherever the data is. @internal */
export interface ExtraterritorialLaw {
  readonly country: string;
  readonly name: string;
  readonly reach: string;
  readonly source: string;
  readonly verified: boolean;
}

/** Laws with extraterritorial reach over data, by country. Only laws with a cited text are listed. @internal */
export const EXTRATERRITORIAL_LAWS: readonly ExtraterritorialLaw[] = [
  {
    country: 'US',
    name: 'CLOUD Act (18 U.S.C. § 2713)',
    reach: 'providers must disclose data "within such provider\'s possession, custody, or control, regardless of whether such communication, record, or other information is located within or outside of the United States"',
    source: 'https://www.law.cornell.edu/uscode/text/18/2713',
    verified: false,
  },
  {
    country: 'US',
    name: 'FISA Section 702 (50 U.S.C. § 1881a)',
    reach: 'targeting of non-US persons outside the US with the compelled assistance of electronic communication service providers',
    source: 'https://www.law.cornell.edu/uscode/text/50/1881a',
    verified: false,
  },
];
