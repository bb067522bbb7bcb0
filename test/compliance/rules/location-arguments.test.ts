import { Catalog } from '../../../lib/catalog/catalog';
import { LocationArgumentShape } from '../../../lib/catalog/facts/location';
import { Jurisdiction, SovereigntyPolicy } from '../../../lib';
import { RuleId } from '../../../lib/compliance/rules/ids';
import { Pack } from '../../../lib/compliance/packs';
import { FindingLevel } from '../../../lib/compliance/types';
import { findingsOf, flagged, run, tf } from '../helpers';

/*
 * Issue 16, class 5: every argument that carries a location is read (its shape from the
 * catalog), and a resource whose own location argument is outside the jurisdiction is
 * reported itself, whatever it holds: it is the fix site of everything created inside it.
 */

const L = RuleId.LOCATION;
const U = RuleId.LOCATION_UNKNOWN;

describe('Hetzner: floating and primary IPs are placed by home_location / location / datacenter', () => {
  test('a floating IP homed in Ashburn is a finding on its home_location; one homed in Falkenstein is not', () => {
    const config = tf({
      resource: {
        hcloud_floating_ip: {
          us: { type: 'ipv4', home_location: 'ash' },
          eu: { type: 'ipv4', home_location: 'fsn1' },
        },
      },
    });
    const findings = findingsOf(config, L);
    expect(findings.map((f) => f.address)).toEqual(['hcloud_floating_ip.us']);
    expect(findings[0].attribute).toBe('home_location');
    expect(findings[0].message).toMatch(/ash \(US \(United States\)\), determined from argument home_location/);
  });

  test('a primary IP in the deprecated datacenter hil-dc1 is a finding; one at location nbg1 is not', () => {
    const config = tf({
      resource: {
        hcloud_primary_ip: {
          us: { type: 'ipv4', assignee_type: 'server', auto_delete: false, datacenter: 'hil-dc1' },
          eu: { type: 'ipv6', assignee_type: 'server', auto_delete: false, location: 'nbg1' },
        },
      },
    });
    const findings = findingsOf(config, L);
    expect(findings.map((f) => f.address)).toEqual(['hcloud_primary_ip.us']);
    expect(findings[0].attribute).toBe('datacenter');
  });

  test('a deprecated datacenter name is placed at its location by a verified fact: an error in the gdpr pack, not a warning', () => {
    const config = tf({
      resource: {
        hcloud_primary_ip: {
          hil: { type: 'ipv4', assignee_type: 'server', auto_delete: false, datacenter: 'hil-dc1' },
          fsn: { type: 'ipv4', assignee_type: 'server', auto_delete: false, datacenter: 'fsn1-dc14' },
        },
        hcloud_server: {
          ash: { name: 'a', image: 'debian-12', server_type: 'cpx11', datacenter: 'ash-dc1' },
          hel: { name: 'h', image: 'debian-12', server_type: 'cx22', datacenter: 'hel1-dc2' },
        },
      },
    });
    const findings = run(config, undefined, { packs: [Pack.GDPR] }).findings.filter((f) => f.ruleId === L && !f.suppressed);
    expect(findings.map((f) => f.address).sort()).toEqual(['hcloud_primary_ip.hil', 'hcloud_server.ash']);
    const hil = findings.find((f) => f.address === 'hcloud_primary_ip.hil')!;
    expect(hil.ruleId).toBe('SOV-LOCATION');
    expect(hil.level).toBe(FindingLevel.ERROR);
    expect(hil.attribute).toBe('datacenter');
    expect(hil.dependsOnUnverifiedFact).toBe(false);
    expect(hil.message).toMatch(/^It is located in hil-dc1 \(US \(United States\)\), determined from argument datacenter: US \(United States\) is outside the European Union/);
    expect(hil.message).not.toMatch(/unverified/);
    const ash = findings.find((f) => f.address === 'hcloud_server.ash')!;
    expect(ash.level).toBe(FindingLevel.ERROR);
    expect(ash.attribute).toBe('datacenter');
    expect(ash.message).toMatch(/^It is located in ash-dc1 \(US \(United States\)\), determined from argument datacenter/);
  });

  test('a floating IP with neither home_location nor server is not an unknown-location error (it holds no data)', () => {
    const config = tf({ resource: { hcloud_floating_ip: { bare: { type: 'ipv4', home_location: '${var.loc}' } } } });
    expect(flagged(config, U)).toEqual([]);
  });
});

describe('a provider declared under a legacy source address (terraform-providers/<type>) is the catalog provider of that type', () => {
  /** A configuration with a provider block (which binds its resources) declared under `source`. */
  const declared = (local: string, source: string, resources: Record<string, Record<string, unknown>>) => ({
    ...tf({ resource: resources, provider: { [local]: { token: '${var.token}' } } }),
    terraform: { required_providers: { [local]: { source } } },
  });
  const legacy = (local: string, type: string, resources: Record<string, Record<string, unknown>>) => declared(local, `terraform-providers/${type}`, resources);

  test('Exoscale: an instance pool in at-vie-1 is located (no unknown-location error); Hetzner: a server in ash is an error, one in fsn1 is not', () => {
    const exo = legacy('exoscale', 'exoscale', { exoscale_instance_pool: { web: { zone: 'at-vie-1', name: 'web', size: 1, instance_type: 'standard.small', template_id: 'x' } } });
    expect(flagged(exo, U)).toEqual([]);
    expect(flagged(exo, L)).toEqual([]);
    const hetzner = legacy('hcloud', 'hcloud', { hcloud_server: { us: { name: 'u', image: 'debian-12', server_type: 'cpx11', location: 'ash' }, eu: { name: 'e', image: 'debian-12', server_type: 'cx22', location: 'fsn1' } } });
    const findings = findingsOf(hetzner, L);
    expect(findings.map((f) => f.address)).toEqual(['hcloud_server.us']);
    expect(findings[0].ruleId).toBe('SOV-LOCATION');
    expect(findings[0].level).toBe(FindingLevel.ERROR);
    expect(findings[0].attribute).toBe('location');
    expect(findings[0].message).toMatch(/^It is located in ash \(US \(United States\)\), determined from argument location/);
    expect(flagged(hetzner, U)).toEqual([]);
  });

  test('an unknown namespace is still an unknown provider: the location stays unknown', () => {
    const config = declared('exoscale', 'someone/exoscale', { exoscale_instance_pool: { web: { zone: 'at-vie-1', name: 'web', size: 1, instance_type: 'standard.small', template_id: 'x' } } });
    const findings = findingsOf(config, U);
    expect(findings.map((f) => f.address)).toEqual(['exoscale_instance_pool.web']);
    expect(findings[0].message).toMatch(/argument zone names a location of a provider the catalog does not know/);
  });
});

describe('OVHcloud: list-valued regions of a private network', () => {
  const network = (extra: Record<string, unknown>) => ({ service_name: 'p', name: 'n', vlan_id: 1, ...extra });

  test('one element outside the EU is a finding; a list of French regions is not', () => {
    const config = tf({
      resource: {
        ovh_cloud_project_network_private: {
          mixed: network({ regions: ['GRA11', 'BHS5'] }),
          fr: network({ regions: ['GRA11', 'SBG5'] }),
        },
      },
    });
    const findings = findingsOf(config, L);
    expect(findings.map((f) => f.address)).toEqual(['ovh_cloud_project_network_private.mixed']);
    expect(findings[0].attribute).toBe('regions');
    expect(findings[0].message).toMatch(/CA \(Canada\)/);
  });

  test('no regions: the documented default is every public-cloud region, which includes regions outside the EU', () => {
    const config = tf({ resource: { ovh_cloud_project_network_private: { everywhere: network({}) } } });
    const findings = findingsOf(config, L);
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.address))).toEqual(new Set(['ovh_cloud_project_network_private.everywhere']));
    expect(findings[0].attribute).toBe('regions');
    expect(findings[0].message).toMatch(/argument regions, which is not set, and the provider then creates it in every region of OVHcloud/);
    expect(findings.map((f) => f.message).join('\n')).toMatch(/CA \(Canada\)/);
  });
});

describe('IONOS: the data centre is the fix site of everything inside it', () => {
  test('a data centre in us/las is a finding on its location; one in de/fra is not', () => {
    const config = tf({
      resource: {
        ionoscloud_datacenter: { us: { name: 'shop', location: 'us/las' }, eu: { name: 'intranet', location: 'de/fra' } },
      },
    });
    const findings = findingsOf(config, L);
    expect(findings.map((f) => f.address)).toEqual(['ionoscloud_datacenter.us']);
    expect(findings[0].attribute).toBe('location');
    expect(findings[0].message).toMatch(/us\/las \(US \(United States\)\)/);
  });
});

describe('UpCloud: networks and gateways are placed by their zone', () => {
  test('a network and a gateway in us-nyc1 are findings; those in fi-hel1 are not', () => {
    const config = tf({
      resource: {
        upcloud_network: {
          us: { name: 'us', zone: 'us-nyc1', ip_network: [{ address: '10.2.0.0/24', dhcp: true, family: 'IPv4' }] },
          eu: { name: 'eu', zone: 'fi-hel1', ip_network: [{ address: '10.1.0.0/24', dhcp: true, family: 'IPv4' }] },
        },
        upcloud_gateway: { us: { name: 'us', zone: 'us-nyc1', features: ['nat'] }, eu: { name: 'eu', zone: 'fi-hel1', features: ['nat'] } },
      },
    });
    const findings = findingsOf(config, L);
    expect(findings.map((f) => f.address).sort()).toEqual(['upcloud_gateway.us', 'upcloud_network.us']);
    expect(findings.map((f) => f.attribute)).toEqual(['zone', 'zone']);
  });
});

describe('OTC: what places things is judged by its own region; what only configures is not', () => {
  test('a VPC in eu-ch2 (Switzerland) is a finding; its security group and rule are not (they place nothing)', () => {
    const config = tf({
      provider: { opentelekomcloud: { auth_url: 'https://iam.eu-de.otc.t-systems.com/v3' } },
      resource: {
        opentelekomcloud_vpc_v1: { ch: { name: 'ch', cidr: '10.0.0.0/16', region: 'eu-ch2' }, de: { name: 'de', cidr: '10.1.0.0/16', region: 'eu-de' } },
        opentelekomcloud_networking_secgroup_v2: { ch: { name: 'ch', region: 'eu-ch2' } },
        opentelekomcloud_networking_secgroup_rule_v2: { ch: { direction: 'egress', ethertype: 'IPv4', security_group_id: '${opentelekomcloud_networking_secgroup_v2.ch.id}', region: 'eu-ch2' } },
      },
    });
    expect(flagged(config, L)).toEqual(['opentelekomcloud_vpc_v1.ch']);
  });
});

describe('the catalog records every location argument with its shape and source', () => {
  test.each([
    ['hetzner', 'hcloud_floating_ip', 'home_location', LocationArgumentShape.STRING],
    ['hetzner', 'hcloud_primary_ip', 'datacenter', LocationArgumentShape.STRING],
    ['hetzner', 'hcloud_load_balancer', 'network_zone', LocationArgumentShape.STRING],
    ['ovhcloud', 'ovh_cloud_project_network_private', 'regions', LocationArgumentShape.LIST],
    ['upcloud', 'upcloud_network', 'zone', LocationArgumentShape.STRING],
    ['upcloud', 'upcloud_gateway', 'zone', LocationArgumentShape.STRING],
    ['ionos', 'ionoscloud_datacenter', 'location', LocationArgumentShape.STRING],
  ])('%s %s.%s is a %s argument, verified at an https source', (provider, type, path, shape) => {
    const facts = Catalog.provider(provider).locationArgumentsOf(type);
    const fact = facts.find((f) => f.path === path);
    expect(fact).toBeDefined();
    expect(fact!.shape).toBe(shape);
    expect(fact!.verified).toBe(true);
    expect(fact!.source).toMatch(/^https:\/\//);
  });

  test('the OVHcloud private network records that an absent regions list means every region', () => {
    const fact = Catalog.provider('ovhcloud').locationArgumentsOf('ovh_cloud_project_network_private').find((f) => f.path === 'regions');
    expect(fact!.absentMeansEveryLocation).toBe(true);
  });
});

describe('nested-block location arguments are read in every block', () => {
  test('OVHcloud: a managed database whose second nodes block is in BHS is a finding; all in GRA is not', () => {
    const db = (regions: string[]) => ({ service_name: 'p', engine: 'postgresql', version: '16', plan: 'business', flavor: 'db1-7', nodes: regions.map((region) => ({ region })) });
    const config = tf({ resource: { ovh_cloud_project_database: { mixed: db(['GRA', 'BHS']), fr: db(['GRA', 'GRA']) } } });
    // Only the nodes blocks: the backup region left out is a separate (unverified, warning) finding.
    const findings = findingsOf(config, L).filter((f) => f.attribute?.startsWith('nodes'));
    expect(findings.map((f) => f.address)).toEqual(['ovh_cloud_project_database.mixed']);
    expect(findings[0].message).toMatch(/CA \(Canada\)/);
  });
});

describe('a zone that spans several countries decides nothing by itself', () => {
  test('Hetzner: with a Germany-only policy, a subnet in eu-central (DE and FI) is not a finding; one in us-west is, and a server in hel1 is', () => {
    const config = tf({
      resource: {
        hcloud_network: { n: { name: 'n', ip_range: '10.0.0.0/16' } },
        hcloud_network_subnet: {
          eu: { network_id: '${hcloud_network.n.id}', type: 'cloud', network_zone: 'eu-central', ip_range: '10.0.1.0/24' },
          us: { network_id: '${hcloud_network.n.id}', type: 'cloud', network_zone: 'us-west', ip_range: '10.0.2.0/24' },
        },
        hcloud_server: { fi: { name: 'fi', server_type: 'cx22', image: 'debian-12', location: 'hel1' } },
      },
    });
    const de = new SovereigntyPolicy({ jurisdiction: Jurisdiction.countries(['DE']) });
    expect(findingsOf(config, L, { policy: de }).map((f) => f.address).sort()).toEqual(['hcloud_network_subnet.us', 'hcloud_server.fi']);
  });
});
