/**
 * Legal and standard references that compliance rules cite.
 *
 * Pure data. Every entry carries the https URL of its source and whether its ID and
 * title were confirmed at a primary (or lead-approved) source; `note` says what was
 * checked and against what.
 */

/** The framework a reference belongs to. */
export enum Framework {
  /** Regulation (EU) 2016/679, the General Data Protection Regulation. */
  GDPR = 'GDPR',
  /** Gaia-X Compliance Document (criteria for cloud services). */
  GAIA_X = 'Gaia-X',
  /** BSI Cloud Computing Compliance Criteria Catalogue, C5:2020. */
  BSI_C5 = 'BSI C5',
  /** BSI Technical Guidelines (TR-02102: cryptographic mechanisms and key lengths). */
  BSI_TR = 'BSI',
  /** European Cybersecurity Certification Scheme for Cloud Services (ENISA; draft, not adopted). */
  EUCS = 'EUCS',
  /** The European Commission's Cloud Sovereignty Framework (v1.2.1, October 2025). */
  EU_CSF = 'EU CSF',
}

/** One citable requirement of a framework. */
export interface StandardReference {
  /** The framework the requirement belongs to. */
  readonly framework: Framework;
  /** The identifier as the framework writes it, e.g. `Art. 5(1)(e)`, `P5.1.2`, `CRY-03`. */
  readonly id: string;
  /** The title (or, where the framework has none, the requirement in short). */
  readonly title: string;
  /** https URL of the text of the requirement. */
  readonly url: string;
  /** Whether the id and title were confirmed at the source named in `url` or `note`. */
  readonly verified: boolean;
  /**
   * Remarks: what the requirement asks in short, label levels, source caveats.
   * @default - none
   */
  readonly note?: string;
}

/** EUR-Lex text of Regulation (EU) 2016/679 (all articles). */
const GDPR_URL = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';

/** Gaia-X Compliance Document 24.11, criteria for cloud services (anchors are the criterion IDs). */
const GAIAX_URL = 'https://docs.gaia-x.eu/policy-rules-committee/compliance-document/24.11/criteria_cloud_services';

/** What was checked for the Gaia-X entries. */
const GAIAX_CHECK =
  'ID, text and levels taken from a 3rd-party machine-readable copy of the Gaia-X cloud-service criteria (24.x structure: Standard Compliance/L1/L2/L3, D = declaration, C = certification); the 24.11 page itself was confirmed to exist but its body could not be read here, so re-check before citing as 24.11.';

/** BSI's C5 page. */
const C5_URL = 'https://www.bsi.bund.de/EN/Topics/CloudComputing/Compliance_Controls_Catalogue/Compliance_Controls_Catalogue_node.html';

/** What was checked for the C5 entries. */
const C5_CHECK =
  'ID and title checked against intuitem/ciso-assistant-community backend/library/libraries/bsi-c5-2020.yaml (packaging of BSI C5:2020, commit f990d7b1b9a9f56e391acbc247c9076262a11412).';

/** Public page of the EUCS draft candidate scheme consultation. */
const EUCS_URL = 'https://ec.europa.eu/digital-single-market/en/news/public-consultation-new-draft-candidate-cybersecurity-certification-scheme';

/** Caveat for all EUCS entries. */
const EUCS_CHECK =
  'EUCS is a draft candidate scheme (ENISA draft of 22 December 2020), not adopted; the control ID is taken from earlier notes and no source for it was found, so do not cite it as authoritative.';

/**
 * The references, keyed `<FRAMEWORK>-<id>`: `GDPR-32`, `GDPR-5.1.e`, `GAIAX-P5.1.2`, `C5-CRY-03`, `EUCS-CKM-01`.
 */
export const REFERENCES: { [key: string]: StandardReference } = {
  // ---------------------------------------------------------------- GDPR
  'GDPR-5.1.e': {
    framework: Framework.GDPR,
    id: 'Art. 5(1)(e)',
    title: 'Storage limitation',
    url: GDPR_URL,
    verified: true,
    note: 'Art. 5 "Principles relating to processing of personal data": kept in identifiable form no longer than necessary for the purposes. Rules: lifecycle/expiry/TTL on buckets, log retention limits. Secondary text: https://gdpr-info.eu/art-5-gdpr/',
  },
  'GDPR-5.1.f': {
    framework: Framework.GDPR,
    id: 'Art. 5(1)(f)',
    title: 'Integrity and confidentiality',
    url: GDPR_URL,
    verified: true,
    note: 'Art. 5: appropriate security, including protection against unauthorised or unlawful processing and accidental loss, using appropriate technical or organisational measures. Rules: encryption at rest/in transit, access control. Secondary text: https://gdpr-info.eu/art-5-gdpr/',
  },
  'GDPR-25': {
    framework: Framework.GDPR,
    id: 'Art. 25',
    title: 'Data protection by design and by default',
    url: GDPR_URL,
    verified: true,
    note: 'Art. 25(2): by default personal data are not made accessible to an indefinite number of persons. Rules: private-by-default buckets, no public endpoints. Secondary text: https://gdpr-info.eu/art-25-gdpr/',
  },
  'GDPR-28': {
    framework: Framework.GDPR,
    id: 'Art. 28',
    title: 'Processor',
    url: GDPR_URL,
    verified: true,
    note: 'Processing by a processor is governed by a contract (DPA) with the content of Art. 28(3); sub-processors only with authorisation. Organisational evidence, not visible in Terraform. Secondary text: https://gdpr-info.eu/art-28-gdpr/',
  },
  'GDPR-30': {
    framework: Framework.GDPR,
    id: 'Art. 30',
    title: 'Records of processing activities',
    url: GDPR_URL,
    verified: true,
    note: 'Record contents (Art. 30(1)): purposes, categories of data subjects and data, recipients, third-country transfers, envisaged erasure time limits, general description of Art. 32 measures. Secondary text: https://gdpr-info.eu/art-30-gdpr/',
  },
  'GDPR-32': {
    framework: Framework.GDPR,
    id: 'Art. 32',
    title: 'Security of processing',
    url: GDPR_URL,
    verified: true,
    note: 'Art. 32(1): (a) pseudonymisation and encryption; (b) ongoing confidentiality, integrity, availability and resilience; (c) timely restore after an incident (backups); (d) regular testing. Secondary text: https://gdpr-info.eu/art-32-gdpr/',
  },
  'GDPR-33': {
    framework: Framework.GDPR,
    id: 'Art. 33',
    title: 'Notification of a personal data breach to the supervisory authority',
    url: GDPR_URL,
    verified: true,
    note: 'Notify without undue delay and, where feasible, within 72 hours of becoming aware; processors notify the controller without undue delay. Detecting and documenting breaches needs audit logs that cannot be altered. Secondary text: https://gdpr-info.eu/art-33-gdpr/',
  },
  'GDPR-35': {
    framework: Framework.GDPR,
    id: 'Art. 35',
    title: 'Data protection impact assessment',
    url: GDPR_URL,
    verified: true,
    note: 'Required where processing is likely to result in a high risk to the rights and freedoms of natural persons. Organisational evidence. Secondary text: https://gdpr-info.eu/art-35-gdpr/',
  },
  'GDPR-44': {
    framework: Framework.GDPR,
    id: 'Art. 44',
    title: 'General principle for transfers',
    url: GDPR_URL,
    verified: true,
    note: 'Any transfer to a third country or international organisation (including onward transfers) only under the conditions of Chapter V (Arts. 44-50). Rules: resources located outside the EEA (EU27 + IS, LI, NO). Secondary text: https://gdpr-info.eu/art-44-gdpr/',
  },
  'GDPR-45': {
    framework: Framework.GDPR,
    id: 'Art. 45',
    title: 'Transfers on the basis of an adequacy decision',
    url: GDPR_URL,
    verified: true,
    note: 'Transfer without specific authorisation to a country, territory, sector or international organisation with a Commission adequacy decision; see lib/core/adequacy-data.ts. Secondary text: https://gdpr-info.eu/art-45-gdpr/',
  },
  'GDPR-46': {
    framework: Framework.GDPR,
    id: 'Art. 46',
    title: 'Transfers subject to appropriate safeguards',
    url: GDPR_URL,
    verified: true,
    note: 'Without adequacy: appropriate safeguards such as standard contractual clauses or binding corporate rules, with enforceable rights and effective legal remedies (plus a transfer impact assessment after Schrems II). Secondary text: https://gdpr-info.eu/art-46-gdpr/',
  },

  // ---------------------------------------------------------------- Gaia-X
  'GAIAX-P1.2.5': {
    framework: Framework.GAIA_X,
    id: 'P1.2.5',
    title: 'The Provider shall declare the general location of any processing of Customer Data, allowing the Customer to determine the applicable jurisdiction',
    url: `${GAIAX_URL}#P1.2.5`,
    verified: false,
    note: `Levels: SC D, L1 D, L2 D, L3 D. Declaration: resources and dependencies, country and administrative area of physical resources, management access location. ${GAIAX_CHECK}`,
  },
  'GAIAX-P2.2.3': {
    framework: Framework.GAIA_X,
    id: 'P2.2.3',
    title: 'The Provider shall clearly define if and to which extent third country transfer will take place',
    url: `${GAIAX_URL}#P2.2.3`,
    verified: false,
    note: `Levels: SC D, L1 D, L2 C, L3 N/A (at L3, P5.1.2 requires EU/EEA-only processing instead). ${GAIAX_CHECK}`,
  },
  'GAIAX-P2.2.4': {
    framework: Framework.GAIA_X,
    id: 'P2.2.4',
    title: 'The Provider shall clearly define if and to the extent third country transfers will take place, and by which means of Chapter V GDPR these transfers will be protected',
    url: `${GAIAX_URL}#P2.2.4`,
    verified: false,
    note: `Levels: SC N/A, L1 D, L2 C, L3 N/A. Evidence: countries where data is stored/processed and the Chapter V safeguards applied. ${GAIAX_CHECK}`,
  },
  'GAIAX-P3.1.7': {
    framework: Framework.GAIA_X,
    id: 'P3.1.7',
    title: 'Operational Security',
    url: `${GAIAX_URL}#P3.1.7`,
    verified: false,
    note: `Ensure proper and regular operation, incl. capacity planning/monitoring, malware protection, logging and monitoring of events, vulnerability handling. Levels: SC D, L1 D, L2 C, L3 C. Permissible standard incl. BSI C5 OPS-01..05, OPS-10..20, OPS-22, OPS-23. ${GAIAX_CHECK}`,
  },
  'GAIAX-P3.1.8': {
    framework: Framework.GAIA_X,
    id: 'P3.1.8',
    title: 'Identity, Authentication and access control management',
    url: `${GAIAX_URL}#P3.1.8`,
    verified: false,
    note: `Limit access to information and information processing facilities; evidence includes mechanisms to implement silos between customers (tenant isolation). Levels: SC D, L1 D, L2 C, L3 C. Permissible standard incl. BSI C5 IDM-01..07, PS-05. ${GAIAX_CHECK}`,
  },
  'GAIAX-P3.1.9': {
    framework: Framework.GAIA_X,
    id: 'P3.1.9',
    title: 'Cryptography and Key management',
    url: `${GAIAX_URL}#P3.1.9`,
    verified: false,
    note: `Declaration of adherence to FIPS 186-5 and FIPS 180-4 (curves, hashes), RFC 9142 (SSH), RFC 5406 (IPsec), RFC 7296 (IKEv2), RFC 8446 (TLS), RFC 7515 (JOSE) when storing or transferring user data. Levels: SC D, L1 D, L2 C, L3 C. Permissible standard incl. BSI C5 CRY-01..04. ${GAIAX_CHECK}`,
  },
  'GAIAX-P3.1.10': {
    framework: Framework.GAIA_X,
    id: 'P3.1.10',
    title: 'Communication Security',
    url: `${GAIAX_URL}#P3.1.10`,
    verified: false,
    note: `Ensure the protection of information in networks and the corresponding information processing systems. Declaration lists IXPs/transit providers/PoPs, data centres hosting the infrastructure services, and hardware locations. Levels: SC D, L1 D, L2 C, L3 C. Permissible standard incl. BSI C5 COS-01..08. ${GAIAX_CHECK}`,
  },
  'GAIAX-P3.1.16': {
    framework: Framework.GAIA_X,
    id: 'P3.1.16',
    title: 'Business Continuity',
    url: `${GAIAX_URL}#P3.1.16`,
    verified: false,
    note: `Plan, implement, maintain and test procedures and measures for business continuity and emergency management; evidence includes an offline backup procedure for the configuration of the technical infrastructure. Levels: SC D, L1 D, L2 C, L3 C. ${GAIAX_CHECK}`,
  },
  'GAIAX-P5.1.1': {
    framework: Framework.GAIA_X,
    id: 'P5.1.1',
    title: 'For Label Level 2, the Provider shall provide the option that all Customer Data are processed and stored exclusively in EU/EEA',
    url: `${GAIAX_URL}#P5.1.1`,
    verified: false,
    note: `Levels: L2 C only (SC, L1, L3 N/A). Example standard: BSI C5 PSS-12. ${GAIAX_CHECK}`,
  },
  'GAIAX-P5.1.2': {
    framework: Framework.GAIA_X,
    id: 'P5.1.2',
    title: 'For Label Level 3, the Provider shall process and store all Customer Data exclusively in the EU/EEA',
    url: `${GAIAX_URL}#P5.1.2`,
    verified: false,
    note: `Levels: L3 C only. The criterion text does not itself name backups, logs or replicas; reading "all Customer Data" as including them is an interpretation. ${GAIAX_CHECK}`,
  },
  'GAIAX-P5.1.4': {
    framework: Framework.GAIA_X,
    id: 'P5.1.4',
    title: "For Label Level 3, the Provider's registered head office, headquarters and main establishment shall be established in a Member State of the EU/EEA",
    url: `${GAIAX_URL}#P5.1.4`,
    verified: false,
    note: `Levels: L3 C only. Checkable from the provider catalogue (ownership/HQ facts). ${GAIAX_CHECK}`,
  },
  'GAIAX-P5.1.5': {
    framework: Framework.GAIA_X,
    id: 'P5.1.5',
    title: 'For Label Level 3, shareholders whose registered head office, headquarters and main establishment are not in an EU/EEA Member State shall not, directly or indirectly, individually or jointly, hold control of the CSP',
    url: `${GAIAX_URL}#P5.1.5`,
    verified: false,
    note: `Levels: L3 C only. Control = decisive influence, de jure or de facto (cf. Council Regulation (EC) No 139/2004 and the Consolidated Jurisdictional Notice). Title shortened from the criterion text. ${GAIAX_CHECK}`,
  },
  'GAIAX-P5.1.6': {
    framework: Framework.GAIA_X,
    id: 'P5.1.6',
    title: 'For Label Level 3, a third-party company (including a subcontractor) headquartered outside the EU or controlled from outside the EU/EEA shall have no access over the Customer Data nor access and identity management for the services provided to the Customer',
    url: `${GAIAX_URL}#P5.1.6`,
    verified: false,
    note: `Levels: L3 C only. Also: the Provider and sub-processors push back non-European authority requests for Customer Data except a court judgment or order valid under Union and Member State law (Art. 48 GDPR). Flagging non-EU DNS/CDN/IdP services is an interpretation for rules, not criterion text. Title shortened. ${GAIAX_CHECK}`,
  },

  // ---------------------------------------------------------------- BSI C5:2020
  'C5-CRY-01': {
    framework: Framework.BSI_C5,
    id: 'CRY-01',
    title: 'Policy for the use of encryption procedures and key management',
    url: C5_URL,
    verified: true,
    note: `Strong, state-of-the-art encryption and secure network protocols; risk-based use aligned with information classification; key lifecycle requirements. ${C5_CHECK}`,
  },
  'C5-CRY-02': {
    framework: Framework.BSI_C5,
    id: 'CRY-02',
    title: 'Encryption of data for transmission (transport encryption)',
    url: C5_URL,
    verified: true,
    note: `Strong encryption and authentication for cloud customer data transmitted over public networks. (C5 itself names no TLS version; TLS 1.2/1.3 with PFS is an implementation choice.) ${C5_CHECK}`,
  },
  'BSI-TR-02102-3': {
    framework: Framework.BSI_TR,
    id: 'TR-02102-3',
    title: 'Cryptographic Mechanisms: Recommendations and Key Lengths, Part 3 – IPsec and IKEv2',
    url: 'https://www.bsi.bund.de/SharedDocs/Downloads/EN/BSI/Publications/TechGuidelines/TG02102/BSI-TR-02102-3.html',
    verified: true,
    note: 'Version 2023-01: IKEv2 only; DH groups of at least 3000 bits or elliptic curves of at least 250 bits; HMAC-SHA-1 discontinued; no DES/3DES or MD5; PFS for child SAs. The BSI technical guideline that C5 CRY-02 "strong encryption" is read against for IPsec.',
  },
  'C5-CRY-03': {
    framework: Framework.BSI_C5,
    id: 'CRY-03',
    title: 'Encryption of sensitive data for storage',
    url: C5_URL,
    verified: true,
    note: `Customer data encrypted at rest; the private keys are known only to the cloud customer, exceptions by a specified, contractually agreed procedure. ${C5_CHECK}`,
  },
  'C5-CRY-04': {
    framework: Framework.BSI_C5,
    id: 'CRY-04',
    title: 'Secure key management',
    url: C5_URL,
    verified: true,
    note: `Key generation, certificates, provisioning, secure storage separated from application level, rotation, compromised keys, withdrawal and deletion. ${C5_CHECK}`,
  },
  'C5-OPS-06': {
    framework: Framework.BSI_C5,
    id: 'OPS-06',
    title: 'Data Protection and Recovery - Concept',
    url: C5_URL,
    verified: true,
    note: `Backup policy: scope, frequency and retention consistent with contracts and RTO/RPO; backups encrypted (state of the art); access and restores only by authorised persons; restore tests. ${C5_CHECK}`,
  },
  'C5-OPS-07': {
    framework: Framework.BSI_C5,
    id: 'OPS-07',
    title: 'Data Backup and Recovery - Monitoring',
    url: C5_URL,
    verified: true,
    note: `Execution of backups is monitored; malfunctions investigated and rectified promptly. ${C5_CHECK}`,
  },
  'C5-OPS-08': {
    framework: Framework.BSI_C5,
    id: 'OPS-08',
    title: 'Data Backup and Recovery - Regular Testing',
    url: C5_URL,
    verified: true,
    note: `Restore procedures tested regularly, at least annually, against RTO/RPO. ${C5_CHECK}`,
  },
  'C5-OPS-09': {
    framework: Framework.BSI_C5,
    id: 'OPS-09',
    title: 'Data Backup and Recovery - Storage',
    url: C5_URL,
    verified: true,
    note: `Backups go to a remote location; transfer over a network is encrypted; the remote site has the same physical security level as the main site. ${C5_CHECK}`,
  },
  'C5-OPS-10': {
    framework: Framework.BSI_C5,
    id: 'OPS-10',
    title: 'Logging and Monitoring - Concept',
    url: C5_URL,
    verified: true,
    note: `Policies for logging and monitoring events: which events, activation, purpose and retention period of logs, roles, time synchronisation. ${C5_CHECK}`,
  },
  'C5-OPS-11': {
    framework: Framework.BSI_C5,
    id: 'OPS-11',
    title: 'Logging and Monitoring - Metadata Management Concept',
    url: C5_URL,
    verified: true,
    note: `Metadata (usage data) only for billing, incident and security incident management; no commercial use; fixed retention, deletion when no longer needed. ${C5_CHECK}`,
  },
  'C5-OPS-12': {
    framework: Framework.BSI_C5,
    id: 'OPS-12',
    title: 'Logging and Monitoring - Access, Storage and Deletion',
    url: C5_URL,
    verified: true,
    note: `Log access only for authorised users and systems; retention for the specified period; deletion afterwards. ${C5_CHECK}`,
  },
  'C5-OPS-13': {
    framework: Framework.BSI_C5,
    id: 'OPS-13',
    title: 'Logging and Monitoring - Identification of Events',
    url: C5_URL,
    verified: true,
    note: `Log data monitored automatically for events (with correlation) and reported for prompt evaluation. ${C5_CHECK}`,
  },
  'C5-OPS-14': {
    framework: Framework.BSI_C5,
    id: 'OPS-14',
    title: 'Logging and Monitoring - Storage of the Logging Data',
    url: C5_URL,
    verified: true,
    note: `Log data kept in an appropriate, unchangeable and aggregated form for central evaluation; authenticated and encrypted (or out-of-band) transfer to the logging servers. ${C5_CHECK}`,
  },
  'C5-OPS-23': {
    framework: Framework.BSI_C5,
    id: 'OPS-23',
    title: 'Managing Vulnerabilities, Malfunctions and Errors - System Hardening',
    url: C5_URL,
    verified: true,
    note: `Production system components hardened to generally accepted industry standards; for immutable images, hardening checked when the image is created. The provider-side hardening control; for customer workloads see PSS-11. ${C5_CHECK}`,
  },
  'C5-OPS-24': {
    framework: Framework.BSI_C5,
    id: 'OPS-24',
    title: 'Separation of Datasets in the Cloud Infrastructure',
    url: C5_URL,
    verified: true,
    note: `Customer data on shared virtual and physical resources securely and strictly separated (tenant isolation). ${C5_CHECK}`,
  },
  'C5-IDM-01': {
    framework: Framework.BSI_C5,
    id: 'IDM-01',
    title: 'Policy for user accounts and access rights',
    url: C5_URL,
    verified: true,
    note: `Role and rights concept; least privilege and need-to-know; segregation of duties. ${C5_CHECK}`,
  },
  'C5-IDM-06': {
    framework: Framework.BSI_C5,
    id: 'IDM-06',
    title: 'Privileged access rights',
    url: C5_URL,
    verified: true,
    note: `Privileged rights personalised, time-limited, need-to-know; privileged activity logged. ${C5_CHECK}`,
  },
  'C5-IDM-07': {
    framework: Framework.BSI_C5,
    id: 'IDM-07',
    title: 'Access to cloud customer data',
    url: C5_URL,
    verified: true,
    note: `The customer is informed when provider staff read or write its data without prior consent (where data is not encrypted, encryption was disabled for access, or contracts do not exclude it). ${C5_CHECK}`,
  },
  'C5-IDM-09': {
    framework: Framework.BSI_C5,
    id: 'IDM-09',
    title: 'Authentication mechanisms',
    url: C5_URL,
    verified: true,
    note: `Access to the production environment requires two-factor or multi-factor authentication. ${C5_CHECK}`,
  },
  'C5-COS-01': {
    framework: Framework.BSI_C5,
    id: 'COS-01',
    title: 'Technical safeguards',
    url: C5_URL,
    verified: true,
    note: `Detect and respond to network-based attacks and DDoS; feed into a SIEM. ${C5_CHECK}`,
  },
  'C5-COS-02': {
    framework: Framework.BSI_C5,
    id: 'COS-02',
    title: "Security requirements for connections in the Cloud Service Provider's network",
    url: C5_URL,
    verified: true,
    note: `Defines when security zones are separated and customers logically or physically segregated, which communication relationships and protocols are permitted, and segregation of administration traffic. ${C5_CHECK}`,
  },
  'C5-COS-03': {
    framework: Framework.BSI_C5,
    id: 'COS-03',
    title: "Monitoring of connections in the Cloud Service Provider's network",
    url: C5_URL,
    verified: true,
    note: `Trusted and untrusted networks separated into security zones (internal, external, DMZ); connections restricted and monitored. ${C5_CHECK}`,
  },
  'C5-COS-04': {
    framework: Framework.BSI_C5,
    id: 'COS-04',
    title: 'Cross-network access',
    url: C5_URL,
    verified: true,
    note: `Each network perimeter is controlled by security gateways (firewalls); cross-network access authorised on a security assessment. Closest C5 control for firewall / public-exposure rules. ${C5_CHECK}`,
  },
  'C5-COS-05': {
    framework: Framework.BSI_C5,
    id: 'COS-05',
    title: 'Networks for administration',
    url: C5_URL,
    verified: true,
    note: `Separate administration networks, logically or physically separated from customer networks and protected by MFA. ${C5_CHECK}`,
  },
  'C5-COS-06': {
    framework: Framework.BSI_C5,
    id: 'COS-06',
    title: 'Segregation of data traffic in jointly used network environments',
    url: C5_URL,
    verified: true,
    note: `Customer traffic in shared network environments segregated at network level per a documented concept. The C5 control for network segmentation (private networks, Kubernetes NetworkPolicies). ${C5_CHECK}`,
  },
  'C5-COS-07': {
    framework: Framework.BSI_C5,
    id: 'COS-07',
    title: 'Documentation of the network topology',
    url: C5_URL,
    verified: true,
    note: `Up-to-date documentation of subnets, zoning and segmentation, including the geographical locations where customer data is stored. ${C5_CHECK}`,
  },
  'C5-COS-08': {
    framework: Framework.BSI_C5,
    id: 'COS-08',
    title: 'Policies for data transmission',
    url: C5_URL,
    verified: true,
    note: `Policies protecting transmitted data against interception, manipulation, copying, modification, redirection or destruction. ${C5_CHECK}`,
  },
  'C5-INQ-01': {
    framework: Framework.BSI_C5,
    id: 'INQ-01',
    title: 'Legal Assessment of Investigative Inquiries',
    url: C5_URL,
    verified: true,
    note: `Government investigation requests get a legal assessment of their legal basis. ${C5_CHECK}`,
  },
  'C5-INQ-02': {
    framework: Framework.BSI_C5,
    id: 'INQ-02',
    title: 'Informing Cloud Customers about Investigation Requests',
    url: C5_URL,
    verified: true,
    note: `Affected customers informed without undue delay unless legally prohibited. ${C5_CHECK}`,
  },
  'C5-INQ-03': {
    framework: Framework.BSI_C5,
    id: 'INQ-03',
    title: 'Conditions for Access to or Disclosure of Data in Investigation Requests',
    url: C5_URL,
    verified: true,
    note: `Access or disclosure only where the legal assessment found a valid legal basis. ${C5_CHECK}`,
  },
  'C5-INQ-04': {
    framework: Framework.BSI_C5,
    id: 'INQ-04',
    title: 'Limiting Access to or Disclosure of Data in Investigation Requests',
    url: C5_URL,
    verified: true,
    note: `Agencies only gain access to the data that is the subject of the request. ${C5_CHECK}`,
  },
  'C5-PSS-04': {
    framework: Framework.BSI_C5,
    id: 'PSS-04',
    title: 'Error handling and Logging Mechanisms',
    url: C5_URL,
    verified: true,
    note: `The service offers customers logging (who accessed which data/functions when = audit logs, malfunctions, changes to security-relevant configuration). Rules: audit logging enabled. ${C5_CHECK}`,
  },
  'C5-PSS-05': {
    framework: Framework.BSI_C5,
    id: 'PSS-05',
    title: 'Authentication Mechanisms',
    url: C5_URL,
    verified: true,
    note: `The provider offers authentication that can enforce strong (two or more factor) authentication for customer users, components and applications. ${C5_CHECK}`,
  },
  'C5-PSS-09': {
    framework: Framework.BSI_C5,
    id: 'PSS-09',
    title: 'Authorisation Mechanisms',
    url: C5_URL,
    verified: true,
    note: `Access to service functions restricted by authorisation mechanisms (e.g. Kubernetes RBAC, IAM policies). ${C5_CHECK}`,
  },
  'C5-PSS-10': {
    framework: Framework.BSI_C5,
    id: 'PSS-10',
    title: 'Software Defined Networking',
    url: C5_URL,
    verified: true,
    note: `Where the service offers SDN functions (VPCs, security groups), they keep customer data confidential. ${C5_CHECK}`,
  },
  'C5-PSS-11': {
    framework: Framework.BSI_C5,
    id: 'PSS-11',
    title: 'Images for Virtual Machines and Containers',
    url: C5_URL,
    verified: true,
    note: `Customers can restrict which VM/container images may be launched; provider-supplied images are hardened and changes disclosed. Closest C5 control for container/pod hardening (C5 has no Kubernetes Pod Security control). ${C5_CHECK}`,
  },
  'C5-PSS-12': {
    framework: Framework.BSI_C5,
    id: 'PSS-12',
    title: 'Locations of Data Processing and Storage',
    url: C5_URL,
    verified: true,
    note: `The customer can specify the locations (location/country) of data processing and storage, including data backups, ensured by the cloud architecture. ${C5_CHECK}`,
  },

  // ---------------------------------------------------------------- EUCS (draft)
  'EUCS-CKM-01': {
    framework: Framework.EUCS,
    id: 'CKM-01',
    title: 'Cryptography and key management (draft EUCS requirement CKM-01; title not verified)',
    url: EUCS_URL,
    verified: false,
    note: EUCS_CHECK,
  },
  'EUCS-CKM-02': {
    framework: Framework.EUCS,
    id: 'CKM-02',
    title: 'Cryptography and key management (draft EUCS requirement CKM-02; title not verified)',
    url: EUCS_URL,
    verified: false,
    note: EUCS_CHECK,
  },
  'EUCS-CKM-03': {
    framework: Framework.EUCS,
    id: 'CKM-03',
    title: 'Cryptography and key management (draft EUCS requirement CKM-03; title not verified)',
    url: EUCS_URL,
    verified: false,
    note: EUCS_CHECK,
  },
  'EUCS-CKM-04': {
    framework: Framework.EUCS,
    id: 'CKM-04',
    title: 'Cryptography and key management (draft EUCS requirement CKM-04; title not verified)',
    url: EUCS_URL,
    verified: false,
    note: EUCS_CHECK,
  },
  'EUCSF-SEAL': {
    framework: Framework.EU_CSF,
    id: 'SEAL',
    title: 'Sovereignty Effectiveness Assurance Levels SEAL-0 to SEAL-4; a tender sets the minimum level every objective must reach, the overall level is the lowest reached in any objective',
    url: 'https://commission.europa.eu/document/download/09579818-64a6-4dd5-9577-446ab6219113_en',
    verified: false,
    note: 'Cloud Sovereignty Framework v1.2.1, section 3 (levels) and the Implementation guidance p. 9 (aggregation), read through quotations; the PDF was not opened here. Criteria and per-answer levels: the Commission\'s assessment calculator, read through a transcription (see SovereigntyAssessment.documents()).',
  },
};
