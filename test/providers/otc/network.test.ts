import { Jurisdiction } from '../../../lib/core/jurisdiction';
import { SovereigntyPolicy } from '../../../lib/core/policy';
import { OtcNetwork } from '../../../lib/providers/otc/network';
import { OtcProtocol, OtcSecurityGroup } from '../../../lib/providers/otc/security-group';
import { check, errorOf, findingLines, resourceOf, resourcesOf, stackOf, synth } from './helpers';

describe('OtcNetwork', () => {
  test('a VPC, one private subnet per zone of the region, and a default-deny security group', () => {
    const { stack } = stackOf();
    const network = new OtcNetwork(stack, 'Network', { region: 'eu-de' });
    const json = synth(stack);

    const vpc = resourceOf(json, 'opentelekomcloud_vpc_v1', 'Network');
    expect(vpc.cidr).toBe('10.0.0.0/16');
    expect(vpc.region).toBe('eu-de');
    expect(vpc.name).toBe('otc-network');
    expect(vpc.tags).toEqual({ jurisdiction: 'EU' });
    expect(vpc.shared).toBeUndefined();

    const subnets = resourcesOf(json, 'opentelekomcloud_vpc_subnet_v1').map(([, b]) => b);
    expect(subnets.map((s) => [s.availability_zone, s.cidr, s.gateway_ip])).toEqual([
      ['eu-de-01', '10.0.0.0/20', '10.0.0.1'],
      ['eu-de-02', '10.0.16.0/20', '10.0.16.1'],
      ['eu-de-03', '10.0.32.0/20', '10.0.32.1'],
    ]);
    for (const s of subnets) {
      expect(s.region).toBe('eu-de');
      expect(s.vpc_id).toMatch(/^\$\{opentelekomcloud_vpc_v1\.Network_[0-9A-F]+\.id\}$/);
      expect(s.dhcp_enable).toBe(true);
      expect(s.primary_dns).toBeUndefined();
      expect(s.ipv6_enable).toBeUndefined();
      expect(s.tags).toEqual({ jurisdiction: 'EU' });
    }

    const sg = resourceOf(json, 'opentelekomcloud_networking_secgroup_v2', 'Network_DefaultDeny');
    expect(sg.delete_default_rules).toBe(true);
    expect(sg.region).toBe('eu-de');
    const rules = resourcesOf(json, 'opentelekomcloud_networking_secgroup_rule_v2').map(([, b]) => b);
    expect(rules).toHaveLength(1);
    expect(rules[0].direction).toBe('egress');
    expect(rules[0].ethertype).toBe('IPv4');
    expect(rules[0].remote_ip_prefix).toBe('10.0.0.0/16');
    expect(rules[0].region).toBe('eu-de');
    expect(rules.filter((r) => r.direction === 'ingress')).toEqual([]);

    // No elastic IP, NAT gateway or peering anywhere.
    expect(Object.keys(json.resource).sort()).toEqual([
      'opentelekomcloud_networking_secgroup_rule_v2', 'opentelekomcloud_networking_secgroup_v2', 'opentelekomcloud_vpc_subnet_v1', 'opentelekomcloud_vpc_v1',
    ]);

    expect(network.region).toBe('eu-de');
    expect(network.availabilityZones).toEqual(['eu-de-01', 'eu-de-02', 'eu-de-03']);
    expect(network.subnetCidrs).toEqual(['10.0.0.0/20', '10.0.16.0/20', '10.0.32.0/20']);
    expect(network.subnetIds).toHaveLength(3);
    expect(findingLines(check(json))).toEqual([]);
  });

  test('given zones and subnet blocks; allowAllOutbound; eu-nl', () => {
    const { stack } = stackOf();
    const network = new OtcNetwork(stack, 'Net', {
      region: 'eu-nl', cidr: '192.168.0.0/16', availabilityZones: ['eu-nl-02', 'eu-nl-01'],
      subnetCidrs: ['192.168.10.0/24', '192.168.20.0/24'], allowAllOutbound: true,
    });
    const json = synth(stack);
    const subnets = resourcesOf(json, 'opentelekomcloud_vpc_subnet_v1').map(([name, b]) => [name.split('_')[1], b.availability_zone, b.cidr, b.gateway_ip]);
    expect(subnets).toEqual([['Subnet-eu-nl-01', 'eu-nl-01', '192.168.20.0/24', '192.168.20.1'], ['Subnet-eu-nl-02', 'eu-nl-02', '192.168.10.0/24', '192.168.10.1']]);
    expect(network.availabilityZones).toEqual(['eu-nl-02', 'eu-nl-01']);
    expect(resourceOf(json, 'opentelekomcloud_networking_secgroup_rule_v2').remote_ip_prefix).toBe('0.0.0.0/0');
    expect(network.subnetIdFor('eu-nl-01')).toBe(network.subnetIds[1]);
    expect(findingLines(check(json))).toEqual([]);
  });

  test('eu-ch2 (Switzerland, two zones) only under a policy that allows CH', () => {
    const policy = new SovereigntyPolicy({ jurisdiction: Jurisdiction.EEA_AND_ADEQUATE });
    const { stack } = stackOf(policy);
    const network = new OtcNetwork(stack, 'Network', { region: 'eu-ch2' });
    expect(network.availabilityZones).toEqual(['eu-ch2a', 'eu-ch2b']);
    const json = synth(stack);
    expect(resourceOf(json, 'opentelekomcloud_vpc_v1').region).toBe('eu-ch2');
    expect(resourceOf(json, 'opentelekomcloud_vpc_v1').tags).toEqual({ jurisdiction: 'EEA_adequate' });
    expect(findingLines(check(json, policy))).toEqual([]);
  });

  test('an ingress rule from the internet is the user\'s explicit choice, and the engine reports it', () => {
    const { stack } = stackOf();
    const network = new OtcNetwork(stack, 'Network', { region: 'eu-de' });
    network.defaultSecurityGroup.addIngressRule('Ssh', { cidr: '0.0.0.0/0', fromPort: 22 });
    const json = synth(stack);
    const rule = resourceOf(json, 'opentelekomcloud_networking_secgroup_rule_v2', 'Network_DefaultDeny_Ssh');
    expect(rule).toEqual(expect.objectContaining({ direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '0.0.0.0/0' }));
    const findings = check(json).findings.filter((f) => !f.suppressed);
    expect(findings.map((f) => `${f.ruleId} ${f.address}`)).toEqual([expect.stringMatching(/^SOV-PUBLIC-EXPOSURE opentelekomcloud_networking_secgroup_rule_v2\.Network_DefaultDeny_Ssh_/)]);
    expect(findings[0].message).toContain('0.0.0.0/0');
  });

  test('an ingress rule from inside the VPC passes', () => {
    const { stack } = stackOf();
    const sg = new OtcSecurityGroup(stack, 'Db', { region: 'eu-de', egressCidrs: ['10.0.0.0/16'] });
    sg.addIngressRule('Postgres', { cidr: '10.0.0.0/16', fromPort: 5432 });
    sg.addIngressRule('Ping', { cidr: '10.0.0.0/16', protocol: OtcProtocol.ICMP, fromPort: 0, toPort: 255 });
    const json = synth(stack);
    expect(resourceOf(json, 'opentelekomcloud_networking_secgroup_rule_v2', 'Db_Ping')).toEqual(expect.objectContaining({ protocol: 'icmp', port_range_min: 0, port_range_max: 255 }));
    expect(findingLines(check(json))).toEqual([]);
  });
});

describe('OtcNetwork bad input', () => {
  const build = (props: Record<string, unknown>, policy?: SovereigntyPolicy) => () => {
    const { stack } = stackOf(policy);
    return new OtcNetwork(stack, 'Network', { region: 'eu-de', ...props } as never);
  };

  test('an unknown region', () => {
    const e = errorOf(build({ region: 'eu-fr' }), 'UNKNOWN_REGION');
    expect(e.message).toBe('OtcNetwork region: got "eu-fr". Allowed: an Open Telekom Cloud region of the catalog: eu-de, eu-nl, eu-ch2. Did you mean "eu-de" or "eu-nl"? Fix: use one of the allowed region codes (Catalog.provider(\'otc\').regions).');
  });

  test('a project name instead of a region', () => {
    const e = errorOf(build({ region: 'eu-de_acme' }), 'UNKNOWN_REGION');
    expect(e.message).toContain('"eu-de_acme" looks like a project name');
  });

  test('a zone instead of a region', () => {
    const e = errorOf(build({ region: 'eu-de-02' }), 'ZONE_NOT_REGION');
    expect(e.message).toContain('use its region "eu-de"');
  });

  test('eu-ch2 under the default (EU) policy', () => {
    const e = errorOf(build({ region: 'eu-ch2' }), 'REGION_OUTSIDE_JURISDICTION');
    expect(e.message).toContain('OtcNetwork region: got "eu-ch2".');
    expect(e.message).toContain('Allowed: a region within the policy\'s jurisdiction (EU): eu-de (DE), eu-nl (NL).');
    expect(e.message).toContain('Jurisdiction.EEA_AND_ADEQUATE');
  });

  test('eu-nl under a Germany-only policy', () => {
    const e = errorOf(build({ region: 'eu-nl' }, new SovereigntyPolicy({ jurisdiction: Jurisdiction.countries(['DE']) })), 'REGION_OUTSIDE_JURISDICTION');
    expect(e.message).toContain('Allowed: a region within the policy\'s jurisdiction (DE): eu-de (DE).');
    expect(e.message).toContain('Fix: choose a region in an allowed country');
  });

  test('a subnet block outside the VPC', () => {
    const e = errorOf(build({ cidr: '10.0.0.0/16', availabilityZones: ['eu-de-01'], subnetCidrs: ['10.1.0.0/20'] }), 'SUBNET_OUTSIDE_VPC');
    expect(e.message).toBe('OtcNetwork subnetCidrs[0] (eu-de-01): got "10.1.0.0/20". Allowed: a block inside the VPC block 10.0.0.0/16 (vpc_subnet_v1 doc: "must be within the CIDR block of the VPC"). Fix: choose a block inside 10.0.0.0/16, e.g. 10.0.0.0/20, or widen the VPC cidr.');
  });

  test('a subnet block larger than the VPC', () => {
    const e = errorOf(build({ cidr: '10.0.0.0/24', availabilityZones: ['eu-de-01'], subnetCidrs: ['10.0.0.0/16'] }), 'SUBNET_OUTSIDE_VPC');
    expect(e.message).toContain('got "10.0.0.0/16"');
  });

  test('overlapping subnet blocks', () => {
    const e = errorOf(build({ availabilityZones: ['eu-de-01', 'eu-de-02'], subnetCidrs: ['10.0.0.0/20', '10.0.8.0/24'] }), 'SUBNET_CIDRS_OVERLAP');
    expect(e.message).toContain('it overlaps subnetCidrs[0] 10.0.0.0/20');
  });

  test('one subnet block for three zones', () => {
    const e = errorOf(build({ subnetCidrs: ['10.0.0.0/20'] }), 'SUBNET_COUNT_MISMATCH');
    expect(e.message).toContain('one block per availability zone, in zone order (3: eu-de-01, eu-de-02, eu-de-03)');
  });

  test('a subnet smaller than /28', () => {
    const e = errorOf(build({ availabilityZones: ['eu-de-01'], subnetCidrs: ['10.0.0.0/29'] }), 'SUBNET_TOO_SMALL');
    expect(e.message).toContain('a prefix of at most /28');
  });

  test('a public VPC block', () => {
    const e = errorOf(build({ cidr: '8.8.0.0/16' }), 'VPC_CIDR_NOT_ALLOWED');
    expect(e.message).toContain('inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16');
  });

  test('a VPC block with host bits', () => {
    const e = errorOf(build({ cidr: '10.0.1.0/16' }), 'INVALID_CIDR');
    expect(e.message).toContain('Fix: use the network address: "10.0.0.0/16".');
  });

  test('not a CIDR', () => {
    const e = errorOf(build({ cidr: '10.0.0.0' }), 'INVALID_CIDR');
    expect(e.message).toContain('an IPv4 CIDR block such as "10.0.0.0/16"');
  });

  test('a zone of another region', () => {
    const e = errorOf(build({ availabilityZones: ['eu-nl-01'] }), 'UNKNOWN_AVAILABILITY_ZONE');
    expect(e.message).toContain('Allowed: a zone of eu-de in the catalog: eu-de-01, eu-de-02, eu-de-03.');
  });

  test('a zone twice', () => {
    const e = errorOf(build({ availabilityZones: ['eu-de-01', 'eu-de-01'] }), 'DUPLICATE_AVAILABILITY_ZONE');
    expect(e.message).toContain('remove the second "eu-de-01"');
  });

  test('an invalid VPC name', () => {
    const e = errorOf(build({ name: 'my vpc' }), 'INVALID_VPC_NAME');
    expect(e.message).toContain('1 to 64 letters, digits, underscores and hyphens');
  });

  test('no props', () => {
    const e = errorOf(() => new OtcNetwork(stackOf().stack, 'N', undefined as never), 'MISSING_PROPS');
    expect(e.message).toContain('pass { region }');
  });

  test('subnetIdFor a zone without subnet', () => {
    const { stack } = stackOf();
    const network = new OtcNetwork(stack, 'Network', { region: 'eu-de', availabilityZones: ['eu-de-01'] });
    const e = errorOf(() => network.subnetIdFor('eu-de-02'), 'ZONE_NOT_IN_NETWORK');
    expect(e.message).toContain('Allowed: a zone of this network: eu-de-01.');
  });

  describe('security group rules', () => {
    const sg = () => new OtcSecurityGroup(stackOf().stack, 'Sg', { region: 'eu-de' });
    test('an invalid cidr', () => {
      const e = errorOf(() => sg().addIngressRule('R', { cidr: 'anywhere' }), 'INVALID_CIDR');
      expect(e.message).toContain('OtcSecurityGroup ingress rule "R" cidr: got "anywhere"');
    });
    test('a port out of range', () => {
      const e = errorOf(() => sg().addIngressRule('R', { cidr: '10.0.0.0/8', fromPort: 70000 }), 'INVALID_PORT');
      expect(e.message).toContain('an integer from 1 to 65535');
    });
    test('a reversed range', () => {
      const e = errorOf(() => sg().addEgressRule('R', { cidr: '10.0.0.0/8', fromPort: 500, toPort: 400 }), 'INVALID_PORT_RANGE');
      expect(e.message).toContain('got "500-400"');
    });
    test('toPort without fromPort', () => {
      const e = errorOf(() => sg().addEgressRule('R', { cidr: '10.0.0.0/8', toPort: 400 }), 'PORT_RANGE_WITHOUT_START');
      expect(e.message).toContain('set fromPort as well');
    });
  });
});
