import { CertificationScheme, CertificationStatus, CloudDeploymentFact, LocationKind, RegionInfo } from '../types';

/*
 * European OpenStack clouds, recognised by the identity endpoint (`auth_url`) a Terraform
 * openstack provider configuration names. Each endpoint comes from the operator's own
 * documentation (or, where noted, from the Sovereign Cloud Stack compliance monitor's list of
 * tested clouds); a cloud whose operator is a catalog provider takes that provider's regions,
 * ownership and certifications.
 */

/** plusserver's documentation sources (plusserver/docs, main branch at this commit). */
const PLUSSERVER = 'https://github.com/plusserver/docs/blob/cfa16b6004df9e9243d159994ee262cb5b54e26b/content/en';
const PCO_ENVIRONMENTS = `${PLUSSERVER}/compute/pluscloudopen/introduction/environments/_index.md`;
const PCO_LOCATIONS = `${PLUSSERVER}/general/plusserver-region-az/_index.md`;
const PCO_VOLUMES = `${PLUSSERVER}/compute/pluscloudopen/reference/volumes-snap-back/_index.md`;
/** SysEleven Stack documentation (syseleven/grav-docs-syseleven-stack at this commit). */
const SYSELEVEN = 'https://github.com/syseleven/grav-docs-syseleven-stack/blob/2c29a641b08cb78b2b4a518a30bfeacc51fb91ac/user/pages';
const S11_REGIONS = `${SYSELEVEN}/04.Reference/02.regions/docs.en.md`;
/** The SCS compliance monitor's clouds and tested subjects (SovereignCloudStack/standards at this commit). */
const SCS_STANDARDS = 'https://github.com/SovereignCloudStack/standards/blob/077174d94b576e480e8168d198004296bee94748';
const SCS_CLOUDS = `${SCS_STANDARDS}/playbooks/clouds.yaml.j2`;
const SCS_SUBJECTS = `${SCS_STANDARDS}/Tests/config.toml`;

function pcoRegion(code: string, zone: string, city: string): RegionInfo {
  return { code, kind: LocationKind.REGION, country: 'DE', city, cityVerified: true, source: PCO_ENVIRONMENTS, note: `pluscloud open environment ${code}, availability zone ${zone} (${city}: ${PCO_LOCATIONS}).` };
}

/** The clouds the catalog knows. */
export const OPENSTACK_CLOUDS: CloudDeploymentFact[] = [
  {
    id: 'ovhcloud',
    name: 'OVHcloud Public Cloud',
    endpointHosts: ['auth.cloud.ovh.net'],
    operatorProviderId: 'ovhcloud',
    verified: true,
    // OVHcloud's guide names https://auth.cloud.ovh.net/v2.0 as the authentication endpoint; the v3 identity API is on the same host.
    source: 'https://www.ovh.com.au/g1872.managing_tokens',
    note: 'OpenStack region names are OVHcloud\'s compute regions (GRA11, SBG5, DE1, WAW1, …): the OVHcloud catalog entry places them.',
  },
  {
    id: 'open-telekom-cloud',
    name: 'Open Telekom Cloud',
    endpointHosts: ['iam.eu-de.otc.t-systems.com', 'iam.eu-nl.otc.t-systems.com', 'iam-pub.eu-ch2.sc.otc.t-systems.com'],
    endpointRegions: { 'iam.eu-de.otc.t-systems.com': 'eu-de', 'iam.eu-nl.otc.t-systems.com': 'eu-nl', 'iam-pub.eu-ch2.sc.otc.t-systems.com': 'eu-ch2' },
    operatorProviderId: 'otc',
    verified: true,
    source: 'https://github.com/opentelekomcloud-docs/regions-and-endpoints/blob/eb83afd6cd461f95a84af8ea43d20b1ed0c3b388/doc/source/index.rst',
    note: 'The regions-and-endpoints table lists the IAM endpoints of eu-de and eu-nl; the Swiss IAM host is named in the Open Telekom Cloud catalog entry (eu-ch2 note).',
  },
  {
    id: 'pluscloud-open',
    name: 'plusserver pluscloud open',
    endpointHosts: ['prod1.api.pco.get-cloud.io', 'prod2.api.pco.get-cloud.io', 'prod3.api.pco.get-cloud.io', 'prod4.api.pco.get-cloud.io', 'scs2.api.pco.get-cloud.io'],
    // Each environment is "shared nothing" with its own Keystone endpoint.
    endpointRegions: {
      'prod1.api.pco.get-cloud.io': 'prod1',
      'prod2.api.pco.get-cloud.io': 'prod2',
      'prod3.api.pco.get-cloud.io': 'prod3',
      'prod4.api.pco.get-cloud.io': 'prod4',
      'scs2.api.pco.get-cloud.io': 'scs2',
    },
    ownership: {
      legalEntity: 'plusserver GmbH',
      headquartersCountry: 'DE',
      headquartersCity: 'Cologne',
      ultimateParent: 'plusserver GmbH (parent company not checked)',
      ultimateParentCountry: 'DE',
      reasoning: 'The documentation is published by plusserver GmbH (copyright and imprint of docs.plusserver.com). Who owns plusserver GmbH was not checked against a primary source: the control assessment rests on the operating company only.',
      verified: false,
      sources: ['https://github.com/plusserver/docs/blob/cfa16b6004df9e9243d159994ee262cb5b54e26b/hugo.toml'],
    },
    certifications: [{
      scheme: CertificationScheme.SCS_COMPATIBLE,
      status: CertificationStatus.HELD,
      scope: 'pluscloud open environments prod1 to prod4 (SCS-compatible IaaS)',
      verified: false,
      source: SCS_SUBJECTS,
      note: 'Tested by the SCS compliance monitor (subjects pco-prod1 … pco-prod4); the certificate itself was not checked.',
    }],
    regions: [
      pcoRegion('prod1', 'DE-WEST-1', 'Cologne'),
      pcoRegion('prod2', 'DE-NORTH-1', 'Hamburg'),
      pcoRegion('prod3', 'DE-NORTH-2', 'Hamburg'),
      pcoRegion('prod4', 'DE-WEST-2', 'Dusseldorf'),
      { ...pcoRegion('scs2', 'DE-WEST-1', 'Cologne'), note: 'Development environment for Sovereign Cloud Stack and Gaia-X (DE-WEST-1, Cologne).' },
    ],
    blockStorage: {
      encryptedVolumeTypes: ['ceph-standard-luks', 'ceph-premium-luks', 'LUKS'],
      example: 'ceph-standard-luks',
      verified: true,
      source: PCO_VOLUMES,
      note: 'LUKS (aes-xts-plain64, 256-bit key) with keys kept by pluscloud open; custom keys are not supported. "LUKS" is deprecated.',
    },
    verified: true,
    source: PCO_ENVIRONMENTS,
  },
  {
    id: 'syseleven-stack',
    name: 'SysEleven Stack',
    endpointHosts: ['keystone.cloud.syseleven.net'],
    ownership: {
      legalEntity: 'SysEleven GmbH',
      headquartersCountry: 'DE',
      headquartersCity: 'Berlin',
      ultimateParent: 'SysEleven GmbH (parent company not checked)',
      ultimateParentCountry: 'DE',
      reasoning: 'SysEleven documents the SysEleven Stack and its Berlin, Frankfurt and Düsseldorf regions. Who owns SysEleven GmbH was not checked against a primary source: the control assessment rests on the operating company only.',
      verified: false,
      sources: [S11_REGIONS],
    },
    certifications: [{
      scheme: CertificationScheme.SCS_COMPATIBLE,
      status: CertificationStatus.HELD,
      scope: 'SysEleven Stack (SCS-compatible IaaS)',
      verified: false,
      source: SCS_SUBJECTS,
      note: 'Tested by the SCS compliance monitor (subjects syseleven-dus2, syseleven-ham1); the certificate itself was not checked.',
    }],
    regions: [
      { code: 'cbk', kind: LocationKind.REGION, country: 'DE', city: 'Berlin', cityVerified: true, source: S11_REGIONS },
      { code: 'dbl', kind: LocationKind.REGION, country: 'DE', city: 'Berlin', cityVerified: true, source: S11_REGIONS },
      { code: 'fes', kind: LocationKind.REGION, country: 'DE', city: 'Frankfurt', cityVerified: true, source: S11_REGIONS },
      { code: 'dus2', kind: LocationKind.REGION, country: 'DE', city: 'Düsseldorf', cityVerified: true, source: S11_REGIONS, note: 'Visible in the catalog since 2024, not yet publicly available (per the region list).' },
    ],
    blockStorage: {
      encryptedVolumeTypes: ['ceph'],
      verified: true,
      source: `${SYSELEVEN}/04.Reference/04.block-storage/docs.en.md`,
      note: 'Encryption at rest only in region fes, for ceph volumes; quobyte volumes and local ephemeral storage are not encrypted.',
    },
    verified: true,
    source: `${SYSELEVEN}/03.Howtos/13.application-credentials/docs.en.md`,
    note: `The SCS compliance monitor also names a region ham1 (${SCS_CLOUDS}), which SysEleven's region list does not: it is not placed.`,
  },
];
