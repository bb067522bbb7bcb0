import { ResourceView, RuleContext } from '../../model/view';
import { acceptOf, FirewallRule, inbound, judgeOrdered, judgeRules } from './firewall-rules';
import {
  ALL_PORTS, blocksAt, classifyAddress, flag, Handler, portsFromList, portsFromRange, Proto, protocolOf, Reach, resolve, Source, sourceOf, text,
} from './shared';

// ---------------------------------------------------------------------------------------
// Firewalls and security groups, per provider
// ---------------------------------------------------------------------------------------

/** OpenStack Neutron semantics (OTC, OpenStack/OVH/SCS): no remote prefix and no remote group = every source. */
function neutronRule(b: Record<string, unknown>, context: RuleContext, attribute: string, remoteGroup: string): FirewallRule | undefined {
  if (!inbound(b.direction, context, ['ingress'], false)) return undefined;
  const source = b[remoteGroup] !== undefined && b[remoteGroup] !== null && b.remote_ip_prefix === undefined
    ? { reach: Reach.RESTRICTED, text: 'a security group' }
    : sourceOf([b.remote_ip_prefix], context, true);
  return {
    attribute,
    allow: true,
    source,
    protocol: protocolOf(b.protocol, context, Proto.ALL),
    ports: portsFromRange(b.port_range_min, b.port_range_max, context, true),
    own: true,
  };
}

export const FIREWALLS: Record<string, Handler> = {
  // https://github.com/hetznercloud/terraform-provider-hcloud/blob/v1.68.0/docs/resources/firewall.md
  // rule { direction in|out, protocol tcp|udp|icmp|gre|esp, port "22" | "80-85" | "any", source_ips }
  hcloud_firewall: (r, c) => judgeRules(blocksAt(r, 'rule').flatMap((b, i) => (
    inbound(b.direction, c, ['in'], false)
      ? [{ attribute: `rule[${i}]`, allow: true, source: sourceOf([b.source_ips], c, false), protocol: protocolOf(b.protocol, c, Proto.UNKNOWN), ports: portsFromList([b.port], c), own: true }]
      : []))),

  // https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources/instance_security_group.md
  // inbound_default_policy (default accept), inbound_rule { action, protocol (default TCP), port | port_range, ip | ip_range }
  scaleway_instance_security_group: (r, c) => {
    const rules = [
      ...scalewayRules(r, c, true),
      ...r.childrenOfType('scaleway_instance_security_group_rules').flatMap((child) => scalewayRules(child, c, false)),
    ];
    return judgeOrdered(rules, {
      accept: acceptOf(r.attribute('inbound_default_policy'), c, ['accept'], true),
      attribute: 'inbound_default_policy',
      description: `inbound_default_policy ${r.has('inbound_default_policy') ? `"${text(r.attribute('inbound_default_policy'))}"` : '(default "accept")'}`,
      own: true,
    });
  },
  // https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources/instance_security_group_rules.md
  scaleway_instance_security_group_rules: (r, c) => {
    const group = r.parents.find((p) => p.resourceType === 'scaleway_instance_security_group');
    if (!group) return judgeOrdered(scalewayRules(r, c, true), undefined);
    const rules = [
      ...scalewayRules(group, c, false),
      ...group.childrenOfType('scaleway_instance_security_group_rules').flatMap((child) => scalewayRules(child, c, child === r)),
    ];
    return judgeOrdered(rules, { accept: acceptOf(group.attribute('inbound_default_policy'), c, ['accept'], true), attribute: '', description: '', own: false });
  },

  // https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/networking_secgroup_rule_v2.md
  opentelekomcloud_networking_secgroup_rule_v2: (r, c) => judgeRules([neutronRule(r.attributes, c, '', 'remote_group_id')].filter(isRule)),
  // https://github.com/terraform-provider-openstack/terraform-provider-openstack/blob/main/docs/resources/networking_secgroup_rule_v2.md
  // (OVHcloud Public Cloud, Sovereign Cloud Stack and other OpenStack clouds; port_range 0/0 = every port)
  openstack_networking_secgroup_rule_v2: (r, c) => judgeRules([neutronRule(r.attributes, c, '', 'remote_group_id')].filter(isRule)),
  // https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/compute_secgroup_v2.md
  // rule { from_port, to_port, ip_protocol, cidr | from_group_id | self }
  opentelekomcloud_compute_secgroup_v2: (r, c) => judgeRules(computeSecgroupRules(r, c)),
  // https://github.com/terraform-provider-openstack/terraform-provider-openstack/blob/main/docs/resources/compute_secgroup_v2.md
  openstack_compute_secgroup_v2: (r, c) => judgeRules(computeSecgroupRules(r, c)),
  // https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/fw_rule_v2.md
  // action allow|deny, protocol tcp|udp|icmp|any, source_ip_address, destination_port "22" | "20:30", enabled
  opentelekomcloud_fw_rule_v2: (r, c) => {
    if (flag(r, 'enabled', true) === false) return [];
    return judgeRules([{
      attribute: '',
      allow: acceptOf(r.attribute('action'), c, ['allow'], undefined),
      source: sourceOf([r.attribute('source_ip_address')], c, true),
      protocol: protocolOf(r.attribute('protocol'), c, Proto.UNKNOWN),
      ports: portsFromList([r.attribute('destination_port')], c),
      own: true,
    }]);
  },

  // https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources/cloud_security_group.md
  // rule { direction INGRESS|EGRESS, ethernet_type, protocol, port_range_min/max, remote_ip_prefix, remote_group_id }
  ovh_cloud_security_group: (r, c) => judgeRules(blocksAt(r, 'rule').map((b, i) => neutronRule(b, c, `rule[${i}]`, 'remote_group_id')).filter(isRule)),
  // https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources/ip_firewall_rule.md
  // action permit|deny, protocol, source (IPv4 CIDR; absent = any), destination_port (number)
  ovh_ip_firewall_rule: (r, c) => judgeRules([{
    attribute: '',
    allow: acceptOf(r.attribute('action'), c, ['permit'], undefined),
    source: sourceOf([r.attribute('source')], c, true),
    protocol: protocolOf(r.attribute('protocol'), c, Proto.UNKNOWN),
    ports: portsFromList([r.attribute('destination_port')], c),
    own: true,
  }]),

  // https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources/security_group_rule.md
  // direction ingress|egress, ip_range, remote_security_group_id, port_range { min, max }, protocol { name | number }
  stackit_security_group_rule: (r, c) => {
    if (!inbound(r.attribute('direction'), c, ['ingress'], false)) return [];
    const remoteGroup = r.has('remote_security_group_id') && !r.has('ip_range');
    const protocol = r.attribute('protocol.name') ?? r.attribute('protocol.number');
    return judgeRules([{
      attribute: '',
      allow: true,
      source: remoteGroup ? { reach: Reach.RESTRICTED, text: 'a security group' } : sourceOf([r.attribute('ip_range')], c, true),
      protocol: protocolOf(protocol, c, Proto.ALL),
      ports: portsFromRange(r.attribute('port_range.min'), r.attribute('port_range.max'), c),
      own: true,
    }]);
  },

  // https://github.com/exoscale/terraform-provider-exoscale/blob/v0.70.0/docs/resources/security_group_rule.md
  // type INGRESS|EGRESS, protocol (default TCP), start_port/end_port, cidr | user_security_group_id | public_security_group
  exoscale_security_group_rule: (r, c) => {
    if (!inbound(r.attribute('type'), c, ['ingress'], false)) return [];
    const group = r.has('user_security_group_id') || r.has('public_security_group');
    return judgeRules([{
      attribute: '',
      allow: true,
      source: group && !r.has('cidr') ? { reach: Reach.RESTRICTED, text: 'a security group' } : sourceOf([r.attribute('cidr')], c, false),
      protocol: protocolOf(r.attribute('protocol'), c, Proto.TCP),
      ports: portsFromRange(r.attribute('start_port'), r.attribute('end_port'), c),
      own: true,
    }]);
  },

  // https://github.com/UpCloudLtd/terraform-provider-upcloud/blob/v5.41.0/docs/resources/firewall_rules.md
  // firewall_rule (ordered) { action accept|drop, direction in|out, protocol, source_address_start/end, destination_port_start/end }
  upcloud_firewall_rules: (r, c) => judgeOrdered(upcloudRules(blocksAt(r, 'firewall_rule'), 'firewall_rule', c), undefined),
  // https://github.com/UpCloudLtd/terraform-provider-upcloud/blob/v5.41.0/docs/resources/firewall_ruleset.md
  // rules (ordered) { action, direction, protocol, source_address_cidr | source_address_start/end, destination_port_start/end, enabled }
  upcloud_firewall_ruleset: (r, c) => judgeOrdered(upcloudRules(blocksAt(r, 'rules'), 'rules', c), undefined),

  // https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/firewall.md
  // type (default INGRESS), protocol TCP|UDP|ICMP|ANY, source_ip (null = every source), port_range_start/end (null = every port)
  ionoscloud_firewall: (r, c) => judgeRules([ionosRule(r.attributes, '', c)].filter(isRule)),
  // https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/nsg_firewallrule.md
  ionoscloud_nsg_firewallrule: (r, c) => judgeRules([ionosRule(r.attributes, '', c)].filter(isRule)),
  // https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/server.md (nic { firewall { … } })
  ionoscloud_server: (r, c) => judgeRules(ionosInlineRules(r, c)),
  // https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/vcpu_server.md
  ionoscloud_vcpu_server: (r, c) => judgeRules(ionosInlineRules(r, c)),
  // https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/cube_server.md
  ionoscloud_cube_server: (r, c) => judgeRules(ionosInlineRules(r, c)),
  // https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/gpu_server.md
  ionoscloud_gpu_server: (r, c) => judgeRules(ionosInlineRules(r, c)),

  // hashicorp/aws 5.100.0 schema (`terraform providers schema -json`) and
  // https://github.com/hashicorp/terraform-provider-aws/blob/v6.0.0/website/docs/r/security_group.html.markdown
  aws_security_group: (r, c) => judgeRules(blocksAt(r, 'ingress').map((b, i) => awsRule(b, `ingress[${i}]`, c))),
  // https://github.com/hashicorp/terraform-provider-aws/blob/v6.0.0/website/docs/r/security_group_rule.html.markdown
  aws_security_group_rule: (r, c) => (inbound(r.attribute('type'), c, ['ingress'], false) ? judgeRules([awsRule(r.attributes, '', c)]) : []),
  // https://github.com/hashicorp/terraform-provider-aws/blob/v6.0.0/website/docs/r/vpc_security_group_ingress_rule.html.markdown
  aws_vpc_security_group_ingress_rule: (r, c) => {
    const group = r.has('referenced_security_group_id') || r.has('prefix_list_id');
    const protocol = protocolOf(r.attribute('ip_protocol'), c, Proto.UNKNOWN);
    return judgeRules([{
      attribute: '',
      allow: true,
      source: group && !r.has('cidr_ipv4') && !r.has('cidr_ipv6') ? { reach: Reach.RESTRICTED, text: 'a security group or prefix list' }
        : sourceOf([r.attribute('cidr_ipv4'), r.attribute('cidr_ipv6')], c, false),
      protocol,
      ports: protocol === Proto.ALL ? ALL_PORTS : portsFromRange(r.attribute('from_port'), r.attribute('to_port'), c),
      own: true,
    }]);
  },

  // https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/network_security_group.html.markdown
  // security_rule { direction Inbound, access Allow|Deny, priority, protocol, destination_port_range(s), source_address_prefix(es) }
  // evaluated by priority; Azure's default inbound rules deny internet traffic.
  azurerm_network_security_group: (r, c) => {
    const rules = blocksAt(r, 'security_rule')
      .map((b, i) => ({ b, i, priority: Number(resolve(b.priority, c)) }))
      .sort((x, y) => (Number.isFinite(x.priority) ? x.priority : 0) - (Number.isFinite(y.priority) ? y.priority : 0))
      .map(({ b, i }) => azureRule(b, `security_rule[${i}]`, c))
      .filter(isRule);
    return judgeOrdered(rules, undefined);
  },
  // https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/network_security_rule.html.markdown
  azurerm_network_security_rule: (r, c) => judgeRules([azureRule(r.attributes, '', c)].filter(isRule)),

  // https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/compute_firewall.html.markdown
  // direction (default INGRESS), disabled, source_ranges | source_tags | source_service_accounts, allow { protocol, ports }
  google_compute_firewall: (r, c) => {
    if (!inbound(r.attribute('direction'), c, ['ingress'], true) || flag(r, 'disabled', false) === true) return [];
    const byIdentity = r.has('source_tags') || r.has('source_service_accounts');
    const source = r.has('source_ranges') ? sourceOf([r.attribute('source_ranges')], c, false)
      : byIdentity ? { reach: Reach.RESTRICTED, text: 'source tags or service accounts' } : undefined;
    return judgeRules(blocksAt(r, 'allow').map((b, i) => ({
      attribute: `allow[${i}]`,
      allow: true,
      source,
      protocol: protocolOf(b.protocol, c, Proto.UNKNOWN),
      ports: portsFromList(Array.isArray(b.ports) ? b.ports : [b.ports], c),
      own: true,
    })));
  },
};

function isRule(rule: FirewallRule | undefined): rule is FirewallRule {
  return rule !== undefined;
}

function scalewayRules(r: ResourceView, c: RuleContext, own: boolean): FirewallRule[] {
  return blocksAt(r, 'inbound_rule').map((b, i) => ({
    attribute: `inbound_rule[${i}]`,
    allow: acceptOf(b.action, c, ['accept'], undefined),
    source: sourceOf([b.ip_range, b.ip], c, true),
    protocol: protocolOf(b.protocol, c, Proto.TCP),
    ports: b.port !== undefined && b.port !== null ? portsFromList([b.port], c) : portsFromList([b.port_range], c),
    own,
  }));
}

function computeSecgroupRules(r: ResourceView, c: RuleContext): FirewallRule[] {
  return blocksAt(r, 'rule').map((b, i) => {
    const byGroup = (b.from_group_id !== undefined && b.from_group_id !== null) || b.self === true;
    return {
      attribute: `rule[${i}]`,
      allow: true,
      source: byGroup && b.cidr === undefined ? { reach: Reach.RESTRICTED, text: 'a security group' } : sourceOf([b.cidr], c, false),
      protocol: protocolOf(b.ip_protocol, c, Proto.UNKNOWN),
      ports: portsFromRange(b.from_port, b.to_port, c),
      own: true,
    };
  });
}

const UPCLOUD_ANY = new Set(['0.0.0.0-255.255.255.255', '::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff']);

function upcloudRules(list: Array<Record<string, unknown>>, path: string, c: RuleContext): FirewallRule[] {
  const out: FirewallRule[] = [];
  list.forEach((b, i) => {
    if (!inbound(b.direction, c, ['in'], false) || resolve(b.enabled, c) === false) return;
    let source: Source | undefined;
    const start = resolve(b.source_address_start, c);
    const end = resolve(b.source_address_end, c);
    if (b.source_address_cidr !== undefined && b.source_address_cidr !== null) source = sourceOf([b.source_address_cidr], c, true);
    else if (start === undefined && end === undefined) source = { reach: Reach.ANY, text: 'any source (none set)' };
    else if (typeof start === 'string' && typeof end === 'string' && !start.includes('${') && !end.includes('${')) {
      const range = `${start.trim().toLowerCase()}-${end.trim().toLowerCase()}`;
      source = { reach: UPCLOUD_ANY.has(range) ? Reach.ANY : Reach.RESTRICTED, text: `${start}-${end}` };
    } else source = { reach: classifyAddress(text(start ?? end)), text: `${text(start)}-${text(end)}` };
    out.push({
      attribute: `${path}[${i}]`,
      allow: acceptOf(b.action, c, ['accept'], undefined),
      source,
      protocol: protocolOf(b.protocol, c, Proto.ALL),
      ports: portsFromRange(b.destination_port_start, b.destination_port_end, c),
      own: true,
    });
  });
  return out;
}

function ionosRule(b: Record<string, unknown>, attribute: string, c: RuleContext): FirewallRule | undefined {
  if (!inbound(b.type, c, ['ingress'], true)) return undefined;
  return {
    attribute,
    allow: true,
    source: sourceOf([b.source_ip], c, true),
    protocol: protocolOf(b.protocol, c, Proto.UNKNOWN),
    ports: portsFromRange(b.port_range_start, b.port_range_end, c),
    own: true,
  };
}

function ionosInlineRules(r: ResourceView, c: RuleContext): FirewallRule[] {
  return blocksAt(r, 'nic.firewall').map((b, i) => ionosRule(b, `nic.firewall[${i}]`, c)).filter(isRule);
}

function awsRule(b: Record<string, unknown>, attribute: string, c: RuleContext): FirewallRule {
  const cidrs = [b.cidr_blocks, b.ipv6_cidr_blocks];
  const hasCidr = cidrs.some((v) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0));
  const protocol = protocolOf(b.protocol, c, Proto.UNKNOWN);
  return {
    attribute,
    allow: true,
    source: hasCidr ? sourceOf(cidrs, c, false) : { reach: Reach.RESTRICTED, text: 'security groups or prefix lists' },
    protocol,
    // protocol "-1" opens every port whatever from_port/to_port say.
    ports: protocol === Proto.ALL ? ALL_PORTS : portsFromRange(b.from_port, b.to_port, c),
    own: true,
  };
}

function azureRule(b: Record<string, unknown>, attribute: string, c: RuleContext): FirewallRule | undefined {
  if (!inbound(b.direction, c, ['inbound'], false)) return undefined;
  const byGroup = b.source_application_security_group_ids !== undefined && b.source_address_prefix === undefined && b.source_address_prefixes === undefined;
  const ranges = b.destination_port_ranges !== undefined ? (Array.isArray(b.destination_port_ranges) ? b.destination_port_ranges : [b.destination_port_ranges]) : [b.destination_port_range];
  return {
    attribute,
    allow: acceptOf(b.access, c, ['allow'], undefined),
    source: byGroup ? { reach: Reach.RESTRICTED, text: 'application security groups' } : sourceOf([b.source_address_prefix, b.source_address_prefixes], c, false),
    protocol: protocolOf(b.protocol, c, Proto.UNKNOWN),
    ports: portsFromList(ranges, c),
    own: true,
  };
}
