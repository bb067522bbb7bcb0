import { Jurisdiction, SovereigntyPolicy } from '../../../lib';
import { RuleId } from '../../../lib/compliance/rules/ids';
import { findingsOf, flagged, run, tf } from '../helpers';

/*
 * The ninth provider (issue 15): OpenStack resources are located by the cloud their provider's
 * auth_url names and their region there, and judged by the same rules as every other provider's,
 * through catalog facts only.
 */

const L = RuleId.LOCATION;
const U = RuleId.LOCATION_UNKNOWN;
const E = RuleId.ENCRYPTION_AT_REST;
const P = RuleId.PUBLIC_EXPOSURE;
const T = RuleId.ENCRYPTION_IN_TRANSIT;
const C = RuleId.PROVIDER_CONTROL;
const ONLY_FR = { policy: new SovereigntyPolicy({ jurisdiction: Jurisdiction.countries(['FR']) }) };

const PCO = 'https://prod1.api.pco.get-cloud.io:5000';
const S11 = 'https://keystone.cloud.syseleven.net:5000/v3';

function volumes(provider: Record<string, unknown>, bodies: Record<string, unknown>): Record<string, unknown> {
  return tf({ provider: { openstack: provider }, resource: { openstack_blockstorage_volume_v3: bodies } });
}

function messages(config: Record<string, unknown>, rule: string, address: string, options = {}): string {
  return findingsOf(config, rule, options).filter((f) => f.address === address).map((f) => f.message).join('\n');
}

describe('location: auth_url names the cloud, region the place in it', () => {
  test('plusserver pluscloud open: prod2 is Hamburg, Germany; the endpoint alone places a single-region environment', () => {
    const config = volumes({ auth_url: PCO, region: 'prod1' }, {
      hh: { name: 'hh', size: 10, region: 'prod2', volume_type: 'ceph-standard-luks' },
      cgn: { name: 'cgn', size: 10, volume_type: 'ceph-standard-luks' },
    });
    expect(flagged(config, U)).toEqual([]);
    expect(flagged(config, L)).toEqual([]);
    expect(messages(config, L, 'openstack_blockstorage_volume_v3.hh', ONLY_FR)).toMatch(/located in prod2 \(DE \(Germany\)\), determined from argument region/);
    expect(messages(config, L, 'openstack_blockstorage_volume_v3.cgn', ONLY_FR)).toMatch(/prod1 \(DE \(Germany\)\), determined from region of provider openstack/);

    const noRegion = volumes({ auth_url: 'https://prod4.api.pco.get-cloud.io:5000' }, { v: { name: 'v', size: 10, volume_type: 'ceph-premium-luks' } });
    expect(flagged(noRegion, U)).toEqual([]);
    expect(messages(noRegion, L, 'openstack_blockstorage_volume_v3.v', ONLY_FR)).toMatch(/prod4 \(DE \(Germany\)\), determined from auth_url of provider openstack \(plusserver pluscloud open\), which serves region prod4 only/);
  });

  test('SysEleven Stack: fes is Frankfurt; a region SysEleven does not list fails closed', () => {
    const config = volumes({ auth_url: S11, region: 'fes' }, { ok: { name: 'ok', size: 10, volume_type: 'ceph' }, ham: { name: 'ham', size: 10, region: 'ham1', volume_type: 'ceph' } });
    expect(flagged(config, U)).toEqual(['openstack_blockstorage_volume_v3.ham']);
    expect(messages(config, U, 'openstack_blockstorage_volume_v3.ham')).toMatch(/argument region "ham1" is not a location of SysEleven Stack in the catalog/);
    expect(messages(config, L, 'openstack_blockstorage_volume_v3.ok', ONLY_FR)).toMatch(/fes \(DE \(Germany\)\)/);
  });

  test('a multi-region cloud without a region argument is unknown, not assumed', () => {
    const config = volumes({ auth_url: S11 }, { v: { name: 'v', size: 10, volume_type: 'ceph' } });
    expect(messages(config, U, 'openstack_blockstorage_volume_v3.v')).toMatch(/neither openstack_blockstorage_volume_v3.v nor its provider configuration openstack sets a location/);
  });

  test('operators in the catalog place their OpenStack regions: OVHcloud GRA11 (FR), Open Telekom Cloud eu-ch2 (CH) outside the EU', () => {
    const ovh = volumes({ auth_url: 'https://auth.cloud.ovh.net/v3', region: 'GRA11' }, { v: { name: 'v', size: 10, volume_type: 'high-speed-gen2-luks' } });
    expect(flagged(ovh, U)).toEqual([]);
    expect(flagged(ovh, L)).toEqual([]);
    expect(run(ovh, E).findings).toEqual([]);
    const swiss = volumes({ auth_url: 'https://iam-pub.eu-ch2.sc.otc.t-systems.com/v3' }, { v: { name: 'v', size: 10 } });
    expect(flagged(swiss, L)).toEqual(['openstack_blockstorage_volume_v3.v']);
    expect(messages(swiss, L, 'openstack_blockstorage_volume_v3.v')).toMatch(/eu-ch2 \(CH \(Switzerland\)\)/);
  });

  test.each([
    ['an auth_url of no catalogued cloud', { auth_url: 'https://keystone.example.org:5000/v3', region: 'RegionOne' }, /auth_url of provider openstack, https:\/\/keystone\.example\.org:5000\/v3, belongs to no OpenStack cloud in the catalog/],
    ['a clouds.yaml entry', { cloud: 'mycloud', region: 'RegionOne' }, /names "mycloud" of clouds\.yaml \(cloud\), which the configuration cannot resolve/],
    ['no auth_url at all', { region: 'RegionOne' }, /sets no auth_url \(the Terraform provider then reads OS_AUTH_URL or OS_CLOUD from the environment\)/],
    ['an auth_url from an expression', { auth_url: '${data.external.auth.result.url}' }, /auth_url of provider openstack is an expression whose value is not known before apply/],
  ])('%s: the location is unknown (fail closed)', (_what, provider, reason) => {
    const config = volumes(provider, { v: { name: 'v', size: 10, volume_type: 'LUKS' } });
    expect(flagged(config, U)).toEqual(['openstack_blockstorage_volume_v3.v']);
    expect(messages(config, U, 'openstack_blockstorage_volume_v3.v')).toMatch(reason);
    expect(flagged(config, L)).toEqual([]);
    // Nor can the encryption be verified: the cloud's volume types are unknown.
    expect(messages(config, E, 'openstack_blockstorage_volume_v3.v')).toMatch(/cloud is not known, so whether its volume type \("LUKS"\) is encrypted at rest cannot be verified/);
  });

  test('an auth_url taken from a variable default is resolved like any other value', () => {
    const config = tf({
      variable: { auth: { default: PCO } },
      provider: { openstack: { auth_url: '${var.auth}', region: 'prod1' } },
      resource: { openstack_compute_instance_v2: { vm: { name: 'vm', flavor_name: 'SCS-2V-4', image_name: 'Debian 12' } } },
    });
    expect(flagged(config, U)).toEqual([]);
    expect(messages(config, L, 'openstack_compute_instance_v2.vm', ONLY_FR)).toMatch(/prod1 \(DE \(Germany\)\)/);
  });
});

describe('encryption at rest: the cloud\'s encrypted volume types', () => {
  test.each([
    ['pluscloud open', PCO, 'prod1', 'ceph-standard-luks', 'ceph-standard', /"ceph-standard" is not an encrypted volume type of plusserver pluscloud open/],
    ['SysEleven Stack', S11, 'fes', 'ceph', 'quobyte', /"quobyte" is not an encrypted volume type of SysEleven Stack/],
    ['OVHcloud', 'https://auth.cloud.ovh.net/v3', 'SBG5', 'classic-luks', 'classic', /"classic" is not an encrypted volume type of OVHcloud/],
  ])('%s: an encrypted volume type passes, a plain one is flagged', (_cloud, authUrl, region, encrypted, plain, message) => {
    const config = volumes({ auth_url: authUrl, region }, { enc: { name: 'enc', size: 10, volume_type: encrypted }, plain: { name: 'plain', size: 10, volume_type: plain } });
    expect(flagged(config, E)).toEqual(['openstack_blockstorage_volume_v3.plain']);
    const finding = findingsOf(config, E).find((f) => f.address === 'openstack_blockstorage_volume_v3.plain')!;
    expect(finding.message).toMatch(message);
    expect(finding.attribute).toBe('volume_type');
    expect(finding.dependsOnUnverifiedFact).toBe(false);
  });

  test('no volume_type: the default type is not documented as encrypted', () => {
    const config = volumes({ auth_url: PCO, region: 'prod1' }, { v: { name: 'v', size: 10 } });
    expect(messages(config, E, 'openstack_blockstorage_volume_v3.v')).toMatch(/sets no `volume_type`: it gets the cloud's default volume type, which plusserver pluscloud open does not document as encrypted/);
  });

  test('a cloud that documents no encrypted volume types cannot be verified, and says the fact is missing', () => {
    const config = volumes({ auth_url: 'https://iam.eu-de.otc.t-systems.com/v3', region: 'eu-de' }, { v: { name: 'v', size: 10, volume_type: 'SSD' } });
    const [finding] = findingsOf(config, E);
    expect(finding.message).toMatch(/Open Telekom Cloud documents no encrypted volume types in the catalog/);
    expect(finding.dependsOnUnverifiedFact).toBe(true);
  });

  test('Swift containers have no encryption argument: a finding resting on an unverified fact', () => {
    const config = tf({ provider: { openstack: { auth_url: PCO, region: 'prod1' } }, resource: { openstack_objectstorage_container_v1: { c: { name: 'c' } } } });
    const [finding] = findingsOf(config, E);
    expect(finding.message).toMatch(/Swift container has no encryption argument/);
    expect(finding.dependsOnUnverifiedFact).toBe(true);
  });
});

describe('public exposure and transit, through the same facts as every provider', () => {
  test('a security-group rule opening SSH to the internet is flagged on any cloud; a restricted one is not', () => {
    const config = tf({
      provider: { openstack: { auth_url: S11, region: 'dbl' } },
      resource: {
        openstack_networking_secgroup_rule_v2: {
          open: { direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '0.0.0.0/0', security_group_id: 'sg' },
          office: { direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '198.51.100.0/24', security_group_id: 'sg' },
          group: { direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: 22, port_range_max: 22, remote_address_group_id: 'ag', security_group_id: 'sg' },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['openstack_networking_secgroup_rule_v2.open']);
    expect(messages(config, P, 'openstack_networking_secgroup_rule_v2.open')).toMatch(/opens TCP port 22 \(SSH\) to 0\.0\.0\.0\/0/);
  });

  test('a Swift container readable by anyone (.r:*) is public; one shared with a project is not', () => {
    const config = tf({
      provider: { openstack: { auth_url: PCO, region: 'prod1' } },
      resource: { openstack_objectstorage_container_v1: { pub: { name: 'pub', container_read: '.r:*,.rlistings' }, team: { name: 'team', container_read: 'project-a:*' } } },
    });
    expect(flagged(config, P)).toEqual(['openstack_objectstorage_container_v1.pub']);
    expect(messages(config, P, 'openstack_objectstorage_container_v1.pub')).toMatch(/container_read grants \.r:\*: anyone can read/);
  });

  test('an HTTP listener is plain unless an L7 policy redirects to https://', () => {
    const config = tf({
      provider: { openstack: { auth_url: PCO, region: 'prod1' } },
      resource: {
        openstack_lb_listener_v2: { plain: { protocol: 'HTTP', protocol_port: 80, loadbalancer_id: 'lb' }, redirected: { protocol: 'HTTP', protocol_port: 80, loadbalancer_id: 'lb' }, tls: { protocol: 'TERMINATED_HTTPS', protocol_port: 443, loadbalancer_id: 'lb' } },
        openstack_lb_l7policy_v2: { https: { action: 'REDIRECT_TO_URL', redirect_url: 'https://app.example.eu', listener_id: '${openstack_lb_listener_v2.redirected.id}' } },
      },
    });
    expect(flagged(config, T)).toEqual(['openstack_lb_listener_v2.plain']);
  });

  test('a Magnum cluster with floating IPs has a public API; without, it passes', () => {
    const config = tf({
      provider: { openstack: { auth_url: S11, region: 'cbk' } },
      resource: { openstack_containerinfra_cluster_v1: { pub: { name: 'pub', cluster_template_id: 't' }, priv: { name: 'priv', cluster_template_id: 't', floating_ip_enabled: false } } },
    });
    expect(flagged(config, P)).toEqual(['openstack_containerinfra_cluster_v1.pub']);
  });
});

describe('provider control: the operator of the named cloud', () => {
  test('an OpenStack provider on a German cloud is judged by its operator; an unknown cloud is not taken for one', () => {
    const pco = volumes({ auth_url: PCO }, { v: { name: 'v', size: 10, volume_type: 'LUKS' } });
    expect(findingsOf(pco, C)).toEqual([]);
    const unknownCloud = volumes({ auth_url: 'https://keystone.example.org/v3' }, { v: { name: 'v', size: 10 } });
    // The operator of an unknown cloud is not judged as OpenStack's steward: the location finding carries the fail-closed verdict.
    expect(findingsOf(unknownCloud, C)).toEqual([]);
    expect(flagged(unknownCloud, U)).toEqual(['openstack_blockstorage_volume_v3.v']);
  });
});
