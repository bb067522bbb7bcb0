import { Catalog } from '../../catalog/catalog';
import { CloudProvider } from '../../catalog/provider';
import { isUnresolved, referencesIn } from '../model/expressions';
import { ResourceView, RuleContext } from '../model/view';
import { defineRule } from '../rule';
import { FindingLevel, RuleViolation } from '../types';
import { RuleId } from './ids';
import { refs } from './refs';

/*
 * SOV-PUBLIC-EXPOSURE: nothing is reachable from the internet by accident.
 *
 *  1. Buckets: public canned ACLs and grants, bucket policies that allow a wildcard
 *     principal, public access blocks with a setting off, and buckets without a public
 *     access block where the provider's S3 API has one (catalog `publicAccessBlock`).
 *  2. Firewalls and security groups that let 0.0.0.0/0, ::/0 or "any" reach an
 *     administrative or database port (or every port).
 *  3. Managed Kubernetes API servers without an allow list.
 *  4. Kubernetes Services of type NodePort, or LoadBalancer without the cluster
 *     provider's "internal load balancer" marker.
 *
 * Every provider argument used below comes from the provider's docs at the release
 * named in the URL next to it.
 */

// ---------------------------------------------------------------------------------------
// Shared: resolving values, sources, ports
// ---------------------------------------------------------------------------------------

/** A value with `${var.x}` (scalar or list default) and literal references resolved; expressions stay. */
function resolve(value: unknown, context: RuleContext): unknown {
  if (typeof value !== 'string' || !value.includes('${')) return value;
  const literal = context._config.literalValue(value);
  if (literal !== undefined) return literal;
  const m = /^\$\{\s*var\.([A-Za-z_][\w-]*)\s*\}$/.exec(value.trim());
  if (m) {
    const def = context._config.variables.get(m[1])?.default;
    if (def !== undefined && def !== null && !isUnresolved(def)) return def;
  }
  return value;
}

/** A flag: true, false, or undefined when unknown before apply (absent → `absent`). */
function flag(resource: ResourceView, path: string, absent: boolean | undefined): boolean | undefined {
  const raw = resource.attribute(path);
  if (raw === undefined || raw === null) return absent;
  const v = resource.literal(path);
  if (v === true || v === 'true') return true;
  if (v === false || v === 'false') return false;
  return undefined;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** How far a source range reaches. */
enum Reach {
  /** The whole internet. */
  ANY = 'any',
  /** Known addresses, a security group, a tag. */
  RESTRICTED = 'restricted',
  /** An expression unknown before apply. */
  UNKNOWN = 'unknown',
}

interface Source {
  readonly reach: Reach;
  readonly text: string;
}

const ANY_WORDS = new Set(['*', 'any', 'internet', 'anywhere', 'all']);

function classifyAddress(value: string): Reach {
  const v = value.trim().toLowerCase();
  if (v.includes('${')) {
    // `${aws_eip.x.public_ip}/32`: the suffix written outside the expression decides.
    const outside = v.replace(/\$\{[^}]*\}/g, '');
    const prefix = /\/(\d+)\s*$/.exec(outside);
    if (prefix) return Number(prefix[1]) === 0 ? Reach.ANY : Reach.RESTRICTED;
    // An address taken from another resource or data source names that thing, not the internet.
    const references = referencesIn(value);
    if (references.length > 0 && references.every((r) => !r.address.startsWith('var.') && !r.address.startsWith('local.'))) {
      return Reach.RESTRICTED;
    }
    return Reach.UNKNOWN;
  }
  if (ANY_WORDS.has(v) || /\/0$/.test(v)) return Reach.ANY;
  return Reach.RESTRICTED;
}

/**
 * Classify source arguments (strings or lists of strings). `absentMeansAny`: what the
 * provider does when none is set (OpenStack-style rules allow every source).
 */
function sourceOf(values: unknown[], context: RuleContext, absentMeansAny: boolean): Source | undefined {
  const any: string[] = [];
  const unknown: string[] = [];
  const restricted: string[] = [];
  const add = (item: unknown) => {
    if (item === undefined || item === null || item === '') return;
    const s = typeof item === 'string' ? item : text(item);
    const reach = classifyAddress(s);
    (reach === Reach.ANY ? any : reach === Reach.UNKNOWN ? unknown : restricted).push(s);
  };
  for (const raw of values) {
    if (raw === undefined || raw === null) continue;
    const v = resolve(raw, context);
    if (Array.isArray(v)) for (const x of v) add(resolve(x, context));
    else add(v);
  }
  if (any.length > 0) return { reach: Reach.ANY, text: any.join(', ') };
  if (unknown.length > 0) return { reach: Reach.UNKNOWN, text: unknown.join(', ') };
  if (restricted.length > 0) return { reach: Reach.RESTRICTED, text: restricted.join(', ') };
  return absentMeansAny ? { reach: Reach.ANY, text: 'any source (none set)' } : undefined;
}

enum Proto { TCP = 'TCP', UDP = 'UDP', ALL = 'all protocols', OTHER = 'other', UNKNOWN = 'unknown' }

function protocolOf(raw: unknown, context: RuleContext, absent: Proto): Proto {
  if (raw === undefined || raw === null) return absent;
  const v = resolve(raw, context);
  if (typeof v === 'number') return v === 6 ? Proto.TCP : v === 17 ? Proto.UDP : v === -1 ? Proto.ALL : Proto.OTHER;
  if (typeof v !== 'string' || v.includes('${')) return Proto.UNKNOWN;
  const p = v.trim().toLowerCase();
  if (p === 'tcp' || p === '6') return Proto.TCP;
  if (p === 'udp' || p === '17') return Proto.UDP;
  // `-1` (AWS), `all` (GCP), `any` (IONOS, Scaleway, OTC FWaaS), `*` (Azure), `` (UpCloud), `ipv4` (OVH IP firewall)
  if (p === '-1' || p === 'all' || p === 'any' || p === '*' || p === '' || p === 'ipv4') return Proto.ALL;
  return Proto.OTHER;
}

type Range = [number, number];
/** Destination ports: every port, some ranges, or unknown. */
type Ports = { readonly all: true } | { readonly ranges: Range[] } | { readonly unknown: string };
const ALL_PORTS: Ports = { all: true };

/** `22`, `"22"`, `"80-85"`, `"20:30"`, `"any"`, `"*"` → a range; undefined for absent. */
function portValue(raw: unknown, context: RuleContext): Range | 'all' | 'unknown' | undefined {
  if (raw === undefined || raw === null) return undefined;
  const v = resolve(raw, context);
  if (typeof v === 'number') return [v, v];
  if (typeof v !== 'string' || v.includes('${')) return 'unknown';
  const s = v.trim().toLowerCase();
  if (s === '' || s === 'any' || s === '*' || s === 'all') return 'all';
  const m = /^(\d+)\s*(?:[-:]\s*(\d+))?$/.exec(s);
  if (!m) return 'unknown';
  return [Number(m[1]), Number(m[2] ?? m[1])];
}

/** Ports from a list of port values (`ports = ["22", "8000-9000"]`); absent → every port. */
function portsFromList(values: unknown[], context: RuleContext): Ports {
  const ranges: Range[] = [];
  for (const raw of values) {
    const p = portValue(raw, context);
    if (p === undefined) continue;
    if (p === 'all') return ALL_PORTS;
    if (p === 'unknown') return { unknown: text(raw) };
    ranges.push(p);
  }
  return ranges.length === 0 ? ALL_PORTS : { ranges };
}

/** Ports from a min/max pair; both absent → every port (OpenStack-style: `0`/`0` too). */
function portsFromRange(minRaw: unknown, maxRaw: unknown, context: RuleContext, zeroMeansAll = false): Ports {
  const min = portValue(minRaw, context);
  const max = portValue(maxRaw, context);
  if (min === undefined && max === undefined) return ALL_PORTS;
  if (min === 'unknown' || max === 'unknown') return { unknown: `${text(minRaw)}-${text(maxRaw)}` };
  if (min === 'all' || max === 'all') return ALL_PORTS;
  const lo = min ? min[0] : max![0];
  const hi = max ? max[1] : min![1];
  if (zeroMeansAll && lo === 0 && hi === 0) return ALL_PORTS;
  return { ranges: [[lo, hi]] };
}

/** Administrative and database ports that must never face the internet. */
const ADMIN_PORTS: ReadonlyArray<readonly [number, string]> = [
  [22, 'SSH'], [3389, 'RDP'], [5985, 'WinRM'], [5986, 'WinRM over TLS'], [2375, 'Docker API'], [2376, 'Docker API over TLS'],
  [6443, 'Kubernetes API'], [2379, 'etcd'], [2380, 'etcd peers'], [10250, 'kubelet'], [3306, 'MySQL/MariaDB'],
  [5432, 'PostgreSQL'], [1433, 'SQL Server'], [1521, 'Oracle'], [27017, 'MongoDB'], [6379, 'Redis'],
  [9200, 'Elasticsearch/OpenSearch'], [9300, 'Elasticsearch transport'], [5984, 'CouchDB'], [11211, 'Memcached'],
];

function covers(ports: Ports, port: number): boolean | undefined {
  if ('all' in ports) return true;
  if ('unknown' in ports) return undefined;
  return ports.ranges.some(([lo, hi]) => lo <= port && port <= hi);
}

function isEveryPort(ports: Ports): boolean {
  return 'all' in ports || ('ranges' in ports && ports.ranges.some(([lo, hi]) => lo <= 1 && hi >= 65535));
}

function describePorts(protocol: Proto, ports: Ports, hits: ReadonlyArray<readonly [number, string]>): string {
  const proto = protocol === Proto.ALL ? 'all protocols' : protocol;
  if (isEveryPort(ports)) return `every port (${proto})`;
  const names = hits.map(([p, n]) => `${p} (${n})`).join(', ');
  return `${proto} port${hits.length > 1 ? 's' : ''} ${names}`;
}

/** One inbound allow/deny rule, normalized across providers. */
interface FirewallRule {
  /** The argument path of the rule (`rule[1]`), empty for a resource that is one rule. */
  readonly attribute: string;
  /** Accept (true), drop (false) or unknown (undefined). */
  readonly allow: boolean | undefined;
  readonly source: Source | undefined;
  readonly protocol: Proto;
  readonly ports: Ports;
  /** Whether the rule is written on the resource being judged (ordered lists span resources). */
  readonly own: boolean;
}

const FIREWALL_FIX = 'Restrict the source to known address ranges (office, VPN or bastion), or reach the service through a private network.';

function ruleLabel(rule: FirewallRule): string {
  return rule.attribute ? `${rule.attribute} ` : '';
}

/** Rules judged one by one (allow-only rule sets: AWS, OpenStack, Hetzner, IONOS, …). */
function judgeRules(rules: FirewallRule[]): RuleViolation[] {
  const out: RuleViolation[] = [];
  for (const rule of rules) {
    if (rule.allow === false || !rule.source || rule.source.reach === Reach.RESTRICTED) continue;
    if (rule.protocol !== Proto.TCP && rule.protocol !== Proto.ALL && rule.protocol !== Proto.UNKNOWN) continue;
    const label = ruleLabel(rule);
    if ('unknown' in rule.ports) {
      if (rule.source.reach === Reach.ANY) {
        out.push({ message: `${label}admits ${rule.source.text} on ports ${rule.ports.unknown}, which cannot be verified before apply.`, attribute: rule.attribute || undefined, fix: FIREWALL_FIX });
      }
      continue;
    }
    const hits = ADMIN_PORTS.filter(([p]) => covers(rule.ports, p));
    if (hits.length === 0) continue;
    const what = describePorts(rule.protocol === Proto.UNKNOWN ? Proto.ALL : rule.protocol, rule.ports, hits);
    if (rule.source.reach === Reach.UNKNOWN) {
      out.push({ message: `${label}opens ${what} to ${rule.source.text}, which cannot be verified before apply.`, attribute: rule.attribute || undefined, fix: FIREWALL_FIX });
    } else if (rule.allow === undefined || rule.protocol === Proto.UNKNOWN) {
      out.push({ message: `${label}may open ${what} to ${rule.source.text}: its ${rule.allow === undefined ? 'action' : 'protocol'} cannot be verified before apply.`, attribute: rule.attribute || undefined, fix: FIREWALL_FIX });
    } else {
      out.push({ message: `${label}opens ${what} to ${rule.source.text}.`, attribute: rule.attribute || undefined, fix: FIREWALL_FIX });
    }
  }
  return out;
}

interface DefaultPolicy {
  /** Accept (true), drop (false), unknown (undefined). */
  readonly accept: boolean | undefined;
  readonly attribute: string;
  readonly description: string;
  readonly own: boolean;
}

/**
 * Rules evaluated in order, first match wins, then the default policy (Scaleway security
 * groups, UpCloud firewalls, Azure NSGs by priority). Traffic from an arbitrary internet
 * address matches only rules whose source is "any".
 */
function judgeOrdered(rules: FirewallRule[], fallback: DefaultPolicy | undefined): RuleViolation[] {
  const decided = new Map<FirewallRule | DefaultPolicy, { ports: Array<readonly [number, string]>; unknown: boolean }>();
  for (const admin of ADMIN_PORTS) {
    let decider: FirewallRule | DefaultPolicy | undefined;
    let unknown = false;
    for (const rule of rules) {
      if (!rule.source || rule.source.reach === Reach.RESTRICTED) continue;
      if (rule.protocol !== Proto.TCP && rule.protocol !== Proto.ALL && rule.protocol !== Proto.UNKNOWN) continue;
      const c = covers(rule.ports, admin[0]);
      if (c === false) continue;
      decider = rule;
      unknown = c === undefined || rule.source.reach === Reach.UNKNOWN || rule.protocol === Proto.UNKNOWN || rule.allow === undefined;
      break;
    }
    if (!decider && fallback) {
      decider = fallback;
      unknown = fallback.accept === undefined;
    }
    if (!decider) continue;
    const accepts = 'allow' in decider ? decider.allow !== false : decider.accept !== false;
    if (!accepts && !unknown) continue;
    const entry = decided.get(decider) ?? { ports: [], unknown: false };
    entry.ports.push(admin);
    entry.unknown = entry.unknown || unknown;
    decided.set(decider, entry);
  }
  const out: RuleViolation[] = [];
  for (const [decider, { ports, unknown }] of decided) {
    if (!decider.own) continue;
    const every = ports.length === ADMIN_PORTS.length;
    const names = every ? 'every administrative and database port' : ports.map(([p, n]) => `${p} (${n})`).join(', ');
    if ('allow' in decider) {
      const label = ruleLabel(decider);
      const src = decider.source!.text;
      out.push({
        message: unknown
          ? `${label}may admit ${src} on ${names}; its source, ports or action cannot be verified before apply.`
          : `${label}opens ${names} to ${src}.`,
        attribute: decider.attribute || undefined,
        fix: FIREWALL_FIX,
      });
    } else {
      out.push({
        message: unknown
          ? `${decider.description} cannot be verified before apply; if it accepts, ${names} ${every || ports.length === 1 ? 'is' : 'are'} reachable from the internet.`
          : `${decider.description} accepts traffic no rule drops, so ${names} ${every || ports.length === 1 ? 'is' : 'are'} reachable from any address.`,
        attribute: decider.attribute,
        fix: 'Set the default inbound policy to drop and accept only the ports and sources the workload needs.',
      });
    }
  }
  return out;
}

function lower(value: unknown, context: RuleContext): string | undefined {
  const v = resolve(value, context);
  return typeof v === 'string' && !v.includes('${') ? v.trim().toLowerCase() : undefined;
}

/** Whether a rule's direction is inbound (unknown counts as inbound: fail closed). */
function inbound(value: unknown, context: RuleContext, inboundWords: string[], absent: boolean): boolean {
  if (value === undefined || value === null) return absent;
  const d = lower(value, context);
  return d === undefined || inboundWords.includes(d);
}

function acceptOf(value: unknown, context: RuleContext, acceptWords: string[], absent: boolean | undefined): boolean | undefined {
  if (value === undefined || value === null) return absent;
  const a = lower(value, context);
  return a === undefined ? undefined : acceptWords.includes(a);
}

function blocksAt(resource: ResourceView, path: string): Array<Record<string, unknown>> {
  return resource.values(path).filter((b): b is Record<string, unknown> => !!b && typeof b === 'object' && !Array.isArray(b));
}

// ---------------------------------------------------------------------------------------
// Firewalls and security groups, per provider
// ---------------------------------------------------------------------------------------

type Handler = (resource: ResourceView, context: RuleContext) => RuleViolation[];

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

const FIREWALLS: Record<string, Handler> = {
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

// ---------------------------------------------------------------------------------------
// Kubernetes API servers
// ---------------------------------------------------------------------------------------

const API_FIX = 'Restrict the Kubernetes API to the address ranges of your administrators and CI (VPN, bastion), or make the endpoint private.';

/** An allow list: violation when absent, empty, open to any, or unknown. */
function allowList(r: ResourceView, c: RuleContext, path: string, emptyMeans: 'open' | 'closed', what: string): RuleViolation[] {
  const raw = r.attribute(path);
  const list = resolve(raw, c);
  if (raw === undefined || raw === null) {
    return [{ message: `${what} has no ${path}, so the Kubernetes API accepts connections from any address.`, attribute: path, fix: API_FIX }];
  }
  if (Array.isArray(list) && list.length === 0) {
    return emptyMeans === 'open'
      ? [{ message: `${what} has an empty ${path}, so the Kubernetes API accepts connections from any address.`, attribute: path, fix: API_FIX }]
      : [];
  }
  const source = sourceOf([list], c, false);
  if (!source || source.reach === Reach.RESTRICTED) return [];
  return [{
    message: source.reach === Reach.ANY
      ? `${path} admits ${source.text}: the Kubernetes API is open to the internet.`
      : `${path} (${source.text}) cannot be verified before apply; the Kubernetes API may be open to the internet.`,
    attribute: path,
    fix: API_FIX,
  }];
}

const KUBERNETES_APIS: Record<string, Handler> = {
  // https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/k8s_cluster.md
  // "If no allowlist is specified, access is not restricted."
  ionoscloud_k8s_cluster: (r, c) => allowList(r, c, 'api_subnet_allow_list', 'open', 'The cluster'),
  // https://github.com/UpCloudLtd/terraform-provider-upcloud/blob/v5.41.0/docs/resources/kubernetes_cluster.md
  // control_plane_ip_filter: ["0.0.0.0/0"] allows any source, [] denies all.
  upcloud_kubernetes_cluster: (r, c) => allowList(r, c, 'control_plane_ip_filter', 'closed', 'The cluster'),
  // https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources/k8s_acl.md
  // "When creating a Cluster, it comes with a default ACL rule allowing all ranges 0.0.0.0/0."
  scaleway_k8s_cluster: (r) => (r.childrenOfType('scaleway_k8s_acl').length > 0 ? [] : [{
    message: 'No scaleway_k8s_acl is attached, so the cluster keeps its default ACL allowing 0.0.0.0/0 to reach the Kubernetes API.',
    fix: 'Add a scaleway_k8s_acl with cluster_id pointing at this cluster and acl_rules for your admin ranges (or no_ip_allowed = true).',
  }]),
  scaleway_k8s_acl: (r, c) => {
    if (flag(r, 'no_ip_allowed', false) === true) return [];
    const ips = blocksAt(r, 'acl_rules').map((b) => b.ip).filter((v) => v !== undefined && v !== null);
    const source = sourceOf(ips, c, false);
    if (!source || source.reach === Reach.RESTRICTED) return [];
    return [{
      message: source.reach === Reach.ANY ? `acl_rules admit ${source.text}: the Kubernetes API is open to the internet.`
        : `acl_rules ip ${source.text} cannot be verified before apply; the Kubernetes API may be open to the internet.`,
      attribute: 'acl_rules',
      fix: API_FIX,
    }];
  },
  // https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources/cloud_project_kube_iprestrictions.md
  ovh_cloud_project_kube: (r) => (r.childrenOfType('ovh_cloud_project_kube_iprestrictions').length > 0 ? [] : [{
    message: 'No ovh_cloud_project_kube_iprestrictions is attached, so the Kubernetes API accepts connections from any address.',
    fix: 'Add an ovh_cloud_project_kube_iprestrictions with kube_id pointing at this cluster and the CIDRs allowed to reach the API.',
  }]),
  ovh_cloud_project_kube_iprestrictions: (r, c) => allowList(r, c, 'ips', 'open', 'The IP restriction'),
  // https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources/ske_cluster.md
  // network.control_plane.access_scope PUBLIC|SNA; extensions.acl { enabled, allowed_cidrs }
  stackit_ske_cluster: (r, c) => {
    const scope = lower(r.attribute('network.control_plane.access_scope'), c);
    if (scope === 'sna') return [];
    const acl = flag(r, 'extensions.acl.enabled', false);
    if (acl === undefined) {
      return [{ message: 'extensions.acl.enabled cannot be verified before apply; the Kubernetes API may be open to the internet.', attribute: 'extensions.acl.enabled', fix: API_FIX }];
    }
    if (!acl) {
      return [{
        message: 'The API ACL extension is not enabled (extensions.acl) and network.control_plane.access_scope is not "SNA", so the Kubernetes API accepts connections from any address.',
        attribute: 'extensions.acl',
        fix: 'Set extensions = { acl = { enabled = true, allowed_cidrs = [...] } }, or access_scope = "SNA" in network.control_plane.',
      }];
    }
    return allowList(r, c, 'extensions.acl.allowed_cidrs', 'closed', 'The API ACL');
  },
  // https://github.com/exoscale/terraform-provider-exoscale/blob/v0.70.0/docs/resources/sks_cluster.md: no API allow list argument.
  exoscale_sks_cluster: () => [{
    message: 'The SKS control plane endpoint is public and the exoscale provider (v0.70.0) offers no API allow list.',
    fix: 'Protect the API with OIDC and short-lived credentials, and record the accepted risk in a suppression with a reason.',
  }],
  // https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/cce_cluster_v3.md
  // `eip`: EIP address of the cluster (public API endpoint); no allow-list argument.
  opentelekomcloud_cce_cluster_v3: (r) => (r.has('eip') ? [{
    message: `eip binds a public address (${text(r.attribute('eip'))}) to the CCE API server; the provider has no API allow list.`,
    attribute: 'eip',
    fix: 'Remove eip and reach the API through the VPC (VPN, Direct Connect or a bastion), or restrict it in the master security group and suppress with a reason.',
  }] : []),
  // https://github.com/hashicorp/terraform-provider-aws/blob/v6.0.0/website/docs/r/eks_cluster.html.markdown
  // vpc_config { endpoint_public_access (default true), public_access_cidrs (default 0.0.0.0/0) }
  aws_eks_cluster: (r, c) => {
    const pub = flag(r, 'vpc_config.endpoint_public_access', true);
    if (pub === false) return [];
    if (pub === undefined) {
      return [{ message: 'vpc_config.endpoint_public_access cannot be verified before apply; the Kubernetes API may be public.', attribute: 'vpc_config.endpoint_public_access', fix: API_FIX }];
    }
    if (!r.has('vpc_config.public_access_cidrs')) {
      return [{ message: 'The public API endpoint is on and vpc_config.public_access_cidrs is not set (default 0.0.0.0/0).', attribute: 'vpc_config.public_access_cidrs', fix: API_FIX }];
    }
    return allowList(r, c, 'vpc_config.public_access_cidrs', 'open', 'The cluster');
  },
  // https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/kubernetes_cluster.html.markdown
  // private_cluster_enabled; api_server_access_profile { authorized_ip_ranges } (azurerm 3.x: api_server_authorized_ip_ranges)
  azurerm_kubernetes_cluster: (r, c) => {
    const priv = flag(r, 'private_cluster_enabled', false);
    if (priv === true) return [];
    if (priv === undefined) {
      return [{ message: 'private_cluster_enabled cannot be verified before apply; the Kubernetes API may be public.', attribute: 'private_cluster_enabled', fix: API_FIX }];
    }
    const path = r.has('api_server_access_profile.authorized_ip_ranges') || !r.has('api_server_authorized_ip_ranges')
      ? 'api_server_access_profile.authorized_ip_ranges' : 'api_server_authorized_ip_ranges';
    return allowList(r, c, path, 'open', 'The cluster');
  },
  // https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/container_cluster.html.markdown
  // private_cluster_config.enable_private_endpoint; control_plane_endpoints_config.ip_endpoints_config.enabled;
  // master_authorized_networks_config { cidr_blocks { cidr_block }, gcp_public_cidrs_access_enabled }
  google_container_cluster: (r, c) => {
    if (flag(r, 'private_cluster_config.enable_private_endpoint', false) === true) return [];
    if (flag(r, 'control_plane_endpoints_config.ip_endpoints_config.enabled', true) === false) return [];
    if (!r.has('master_authorized_networks_config')) {
      return [{ message: 'No master_authorized_networks_config and no private endpoint: the Kubernetes API accepts connections from any address.', attribute: 'master_authorized_networks_config', fix: API_FIX }];
    }
    const out: RuleViolation[] = [];
    if (flag(r, 'master_authorized_networks_config.gcp_public_cidrs_access_enabled', false) !== false) {
      out.push({ message: 'master_authorized_networks_config.gcp_public_cidrs_access_enabled admits every Google Cloud public IP (anyone can rent one).', attribute: 'master_authorized_networks_config.gcp_public_cidrs_access_enabled', fix: API_FIX });
    }
    const source = sourceOf(r.values('master_authorized_networks_config.cidr_blocks.cidr_block'), c, false);
    if (source && source.reach !== Reach.RESTRICTED) {
      out.push({
        message: source.reach === Reach.ANY ? `master_authorized_networks_config admits ${source.text}: the Kubernetes API is open to the internet.`
          : `master_authorized_networks_config cidr_block ${source.text} cannot be verified before apply.`,
        attribute: 'master_authorized_networks_config.cidr_blocks',
        fix: API_FIX,
      });
    }
    return out;
  },
};

// ---------------------------------------------------------------------------------------
// Kubernetes Services: NodePort, and LoadBalancer without the internal marker
// ---------------------------------------------------------------------------------------

/** An annotation that makes a provider's cloud controller manager create a private load balancer. */
interface InternalMarker {
  readonly annotation: string;
  /** Whether the annotation's value means internal (undefined: cannot tell, e.g. an expression). */
  readonly internal: (value: string) => boolean | undefined;
  /** The value to write, for messages. */
  readonly example: string;
}

interface InternalLoadBalancerFact {
  readonly markers: InternalMarker[];
  /** Annotations that bind the Service to a load balancer created elsewhere (public or not: not visible here). */
  readonly existingLoadBalancer?: string[];
  /** Whether the provider's controller applies `spec.loadBalancerSourceRanges` to the load balancer. */
  readonly honorsSourceRanges: boolean;
  readonly note?: string;
  readonly verified: boolean;
  readonly sources: string[];
}

const isTrue = (v: string) => v.trim().toLowerCase() === 'true';

function jsonAnnotation(check: (parsed: any) => boolean | undefined): (v: string) => boolean | undefined {
  return (v) => {
    if (v.includes('${')) return undefined;
    try {
      return check(JSON.parse(v));
    } catch {
      return undefined;
    }
  };
}

const OPENSTACK_MARKER: InternalMarker = { annotation: 'service.beta.kubernetes.io/openstack-internal-load-balancer', internal: isTrue, example: '"true"' };

/**
 * The "internal load balancer" annotation of each provider's cloud controller manager,
 * by catalog provider id. Candidate for the catalog (a `kubernetesLoadBalancer` fact).
 */
export const INTERNAL_LOAD_BALANCER: Readonly<Record<string, InternalLoadBalancerFact>> = {
  hetzner: {
    markers: [{ annotation: 'load-balancer.hetzner.cloud/disable-public-network', internal: isTrue, example: '"true"' }],
    honorsSourceRanges: false,
    note: 'the controller can also disable public networks for all load balancers (HCLOUD_LOAD_BALANCERS_DISABLE_PUBLIC_NETWORK), which the configuration does not show',
    verified: true,
    sources: ['https://github.com/hetznercloud/hcloud-cloud-controller-manager/blob/v1.35.0/docs/reference/load_balancer_annotations.md'],
  },
  scaleway: {
    markers: [{ annotation: 'service.beta.kubernetes.io/scw-loadbalancer-private', internal: isTrue, example: '"true"' }],
    honorsSourceRanges: true,
    verified: true,
    sources: [
      'https://github.com/scaleway/scaleway-cloud-controller-manager/blob/v0.36.2/docs/loadbalancer-annotations.md',
      'https://github.com/scaleway/scaleway-cloud-controller-manager/blob/v0.36.2/scaleway/acl.go',
    ],
  },
  ovhcloud: {
    // OVHcloud MKS runs the OpenStack (Octavia) cloud controller manager.
    markers: [OPENSTACK_MARKER],
    existingLoadBalancer: ['loadbalancer.openstack.org/load-balancer-id'],
    honorsSourceRanges: true,
    verified: true,
    sources: [
      'https://github.com/kubernetes/cloud-provider-openstack/blob/v1.36.0/docs/openstack-cloud-controller-manager/expose-applications-using-loadbalancer-type-service.md',
      'https://support.us.ovhcloud.com/hc/en-us/articles/32583163140755-Expose-your-applications-using-OVHcloud-Public-Cloud-Load-Balancer',
    ],
  },
  otc: {
    markers: [{
      annotation: 'kubernetes.io/elb.autocreate',
      internal: jsonAnnotation((p) => (p && typeof p === 'object' ? String(p.type ?? 'inner').toLowerCase() === 'inner' : undefined)),
      example: '\'{"type":"inner", ...}\'',
    }],
    existingLoadBalancer: ['kubernetes.io/elb.id'],
    honorsSourceRanges: false,
    verified: true,
    sources: ['https://github.com/opentelekomcloud-docs/cloud-container-engine/blob/main/umn/source/networking/services/loadbalancer/creating_a_loadbalancer_service.rst'],
  },
  stackit: {
    markers: [
      { annotation: 'lb.stackit.cloud/internal-lb', internal: isTrue, example: '"true"' },
      { annotation: 'yawol.stackit.cloud/internalLB', internal: isTrue, example: '"true"' },
    ],
    honorsSourceRanges: true,
    verified: true,
    sources: ['https://github.com/stackitcloud/cloud-provider-stackit/blob/v1.36.3/docs/load-balancer.md'],
  },
  exoscale: {
    markers: [],
    honorsSourceRanges: false,
    note: 'Exoscale network load balancers are always public; the controller has no internal option',
    verified: true,
    sources: ['https://github.com/exoscale/exoscale-cloud-controller-manager/blob/v0.34.0/docs/service-loadbalancer.md'],
  },
  upcloud: {
    markers: [{
      annotation: 'service.beta.kubernetes.io/upcloud-load-balancer-config',
      internal: jsonAnnotation((p) => {
        const networks = p && typeof p === 'object' ? p.networks : undefined;
        if (!Array.isArray(networks) || networks.length === 0) return false;
        return networks.every((n: any) => String(n?.type ?? '').toLowerCase() === 'private');
      }),
      example: '\'{"networks":[{"name":"private-IPv4","type":"private","family":"IPv4","uuid":"..."}], ...}\'',
    }],
    honorsSourceRanges: false,
    verified: true,
    sources: ['https://github.com/UpCloudLtd/uks-instructions/blob/main/ccm/networks.md'],
  },
  ionos: {
    markers: [],
    honorsSourceRanges: false,
    note: 'IONOS managed Kubernetes gives LoadBalancer Services a public IP on a node of a public node pool; no internal option is documented',
    verified: false,
    sources: ['https://docs.ionos.com/cloud/containers/managed-kubernetes'],
  },
  aws: {
    markers: [
      { annotation: 'service.beta.kubernetes.io/aws-load-balancer-internal', internal: isTrue, example: '"true"' },
      { annotation: 'service.beta.kubernetes.io/aws-load-balancer-scheme', internal: (v) => v.trim().toLowerCase() === 'internal', example: '"internal"' },
    ],
    honorsSourceRanges: true,
    verified: true,
    sources: [
      'https://kubernetes.io/docs/concepts/services-networking/service/#internal-load-balancer',
      'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#lb-scheme',
    ],
  },
  azure: {
    markers: [{ annotation: 'service.beta.kubernetes.io/azure-load-balancer-internal', internal: isTrue, example: '"true"' }],
    honorsSourceRanges: true,
    verified: true,
    sources: ['https://kubernetes.io/docs/concepts/services-networking/service/#internal-load-balancer'],
  },
  gcp: {
    markers: [
      { annotation: 'networking.gke.io/load-balancer-type', internal: (v) => v.trim().toLowerCase() === 'internal', example: '"Internal"' },
      { annotation: 'cloud.google.com/load-balancer-type', internal: (v) => v.trim().toLowerCase() === 'internal', example: '"Internal"' },
    ],
    honorsSourceRanges: true,
    verified: true,
    sources: [
      'https://kubernetes.io/docs/concepts/services-networking/service/#internal-load-balancer',
      'https://cloud.google.com/kubernetes-engine/docs/how-to/internal-load-balancing',
    ],
  },
};

/** Every marker, for clusters outside the configuration (any provider, or a plain OpenStack cloud). */
const ALL_MARKERS: InternalMarker[] = [...new Set([...Object.values(INTERNAL_LOAD_BALANCER).flatMap((f) => f.markers), OPENSTACK_MARKER])];

function judgeService(r: ResourceView, c: RuleContext): RuleViolation[] {
  const rawType = r.attribute('spec.type');
  if (rawType === undefined || rawType === null) return [];
  const type = lower(rawType, c);
  if (type === undefined) {
    return [{ message: `spec.type (${text(rawType)}) cannot be verified before apply; the Service may be exposed outside the cluster.`, attribute: 'spec.type', fix: 'Use a literal type: ClusterIP behind an Ingress, or an internal LoadBalancer.' }];
  }
  if (type === 'nodeport') {
    return [{
      message: 'spec.type is NodePort: the Service listens on every node\'s addresses, public ones included, bypassing any load balancer.',
      attribute: 'spec.type',
      fix: 'Use ClusterIP behind an Ingress, or a LoadBalancer marked internal.',
    }];
  }
  if (type !== 'loadbalancer') return [];

  const providerId = r.location.providerId;
  const fact = providerId ? INTERNAL_LOAD_BALANCER[providerId] : undefined;
  const markers = fact ? fact.markers : ALL_MARKERS;
  const annotations = r.attribute('metadata.annotations');
  const present = annotations && typeof annotations === 'object' && !Array.isArray(annotations) ? (annotations as Record<string, unknown>) : {};
  let unknownMarker: string | undefined;
  for (const marker of markers) {
    if (!(marker.annotation in present)) continue;
    const value = resolve(present[marker.annotation], c);
    const verdict = typeof value === 'string' ? (value.includes('${') ? undefined : marker.internal(value)) : typeof value === 'boolean' ? value : undefined;
    if (verdict === true) return [];
    if (verdict === undefined) unknownMarker = marker.annotation;
  }
  // Source ranges limit who reaches the load balancer where the controller applies them.
  if ((!fact || fact.honorsSourceRanges) && r.has('spec.load_balancer_source_ranges')) {
    const source = sourceOf([r.attribute('spec.load_balancer_source_ranges')], c, false);
    if (source && source.reach === Reach.RESTRICTED) return [];
  }
  const where = fact && providerId ? `the cluster runs on ${Catalog.tryProvider(providerId)?.name ?? providerId}` : 'the cluster\'s provider is unknown';
  const existing = fact?.existingLoadBalancer?.find((a) => a in present);
  if (existing) {
    return [{ message: `LoadBalancer Service bound to an existing load balancer (${existing}): whether that load balancer has a public address cannot be verified from the Service.`, attribute: 'metadata.annotations', fix: `Create the Service's load balancer with ${markers.map((m) => m.annotation).join(' or ')}, or suppress with a reason naming the private load balancer.` }];
  }
  if (unknownMarker) {
    return [{ message: `LoadBalancer Service: the value of annotation ${unknownMarker} cannot be verified before apply, so the load balancer may be public (${where}).`, attribute: 'metadata.annotations', fix: 'Write the annotation value literally.' }];
  }
  const fix = markers.length > 0
    ? `Add the annotation ${markers.map((m) => `${m.annotation}: ${m.example}`).join(' or ')}${fact?.honorsSourceRanges || !fact ? ', or restrict spec.load_balancer_source_ranges' : ''}; or use ClusterIP behind an Ingress.`
    : 'Use ClusterIP behind an Ingress (with TLS and authentication), or suppress with a reason if the Service must be public.';
  const note = fact?.note && markers.length === 0 ? ` ${fact.note[0].toUpperCase()}${fact.note.slice(1)}.` : '';
  return [{
    message: `LoadBalancer Service without an internal-load-balancer annotation gets a public address (${where}).${note}`,
    attribute: 'spec.type',
    fix,
    dependsOnUnverifiedFact: fact ? !fact.verified : false,
  }];
}

const SERVICES: Record<string, Handler> = {
  // https://registry.terraform.io/providers/hashicorp/kubernetes/2.38.0/docs/resources/service_v1
  // (metadata { annotations }, spec { type, load_balancer_source_ranges }; checked against @cdktf/provider-kubernetes 12)
  kubernetes_service: judgeService,
  kubernetes_service_v1: judgeService,
};

// ---------------------------------------------------------------------------------------
// Buckets
// ---------------------------------------------------------------------------------------

const PUBLIC_CANNED = new Set(['publicread', 'publicreadwrite', 'authenticatedread']);
const PUBLIC_GRANTEE = /\/global\/(AllUsers|AuthenticatedUsers)$/i;
const PUBLIC_MEMBERS = new Set(['allusers', 'allauthenticatedusers']);
const BUCKET_FIX = 'Keep the bucket private: use the "private" ACL, grant access to named principals only, and serve public content through a CDN or signed URLs.';

function cannedAcl(r: ResourceView, c: RuleContext, path: string): RuleViolation[] {
  const raw = r.attribute(path);
  if (raw === undefined || raw === null) return [];
  const acl = lower(raw, c);
  if (acl === undefined) {
    return [{ message: `${path} (${text(raw)}) cannot be verified before apply; the bucket may be public.`, attribute: path, fix: BUCKET_FIX }];
  }
  if (!PUBLIC_CANNED.has(acl.replace(/-/g, ''))) return [];
  return [{ message: `${path} is "${text(resolve(raw, c))}": the bucket's content is readable${acl.includes('write') ? ' and writable' : ''} by ${acl.startsWith('authenticated') ? 'any authenticated user of the provider' : 'anyone'}.`, attribute: path, fix: BUCKET_FIX }];
}

function publicGrants(r: ResourceView, c: RuleContext, path: string, uriPath: string): RuleViolation[] {
  const uris = r.values(`${path}.${uriPath}`).map((u) => resolve(u, c)).filter((u) => typeof u === 'string' && PUBLIC_GRANTEE.test(u));
  if (uris.length === 0) return [];
  return [{ message: `${path} grants access to ${[...new Set(uris)].join(', ')}: the bucket is public.`, attribute: path, fix: BUCKET_FIX }];
}

type PolicyVerdict = { state: 'public'; detail: string } | { state: 'private' } | { state: 'unknown'; detail: string };

const RESTRICTING_CONDITION_KEYS = ['sourceip', 'sourcevpc', 'sourcevpce', 'principalorgid', 'principalorgpaths', 'principalaccount', 'principalarn', 'sourceaccount', 'sourcearn', 'sourceowner', 'userid', 'username'];

function restricts(operator: string, key: string): boolean {
  const op = operator.toLowerCase();
  if (op.includes('not')) return false;
  if (op === 'ipaddress') return true;
  const k = key.toLowerCase();
  return RESTRICTING_CONDITION_KEYS.some((r) => k.endsWith(`:${r}`) || k === r);
}

function restrictingCondition(condition: unknown): boolean {
  if (!condition || typeof condition !== 'object' || Array.isArray(condition)) return false;
  return Object.entries(condition as Record<string, unknown>).some(([op, body]) => (
    op.toLowerCase() === 'ipaddress'
    || (!!body && typeof body === 'object' && !Array.isArray(body) && Object.keys(body).some((key) => restricts(op, key)))));
}

function wildcardPrincipal(principal: unknown): boolean {
  if (principal === '*') return true;
  if (Array.isArray(principal)) return principal.some(wildcardPrincipal);
  if (principal && typeof principal === 'object') return Object.values(principal).some(wildcardPrincipal);
  return false;
}

/** A bucket policy document (S3, OBS, Scaleway, IONOS, Exoscale dialects): which statements make it public. */
function judgePolicyDocument(doc: any): PolicyVerdict {
  const statements = Array.isArray(doc?.Statement) ? doc.Statement : doc?.Statement ? [doc.Statement] : [];
  const publicOnes: string[] = [];
  let unknown: string | undefined;
  statements.forEach((s: any, i: number) => {
    if (!s || typeof s !== 'object') return;
    const name = typeof s.Sid === 'string' ? `"${s.Sid}"` : `#${i}`;
    const effect = typeof s.Effect === 'string' ? s.Effect : undefined;
    const everyone = wildcardPrincipal(s.Principal) || s.NotPrincipal !== undefined;
    if (!everyone) {
      if (isUnresolved(s.Principal)) unknown = `statement ${name} has a principal built from an expression`;
      return;
    }
    if (effect === undefined || effect.includes('${')) {
      unknown = `statement ${name} has an Effect unknown before apply`;
      return;
    }
    if (effect.toLowerCase() !== 'allow' || restrictingCondition(s.Condition)) return;
    publicOnes.push(`statement ${name} allows ${s.NotPrincipal !== undefined ? 'everyone but NotPrincipal' : 'Principal "*"'} ${text(s.Action ?? s.NotAction ?? '')}`.trim());
  });
  if (publicOnes.length > 0) return { state: 'public', detail: publicOnes.join('; ') };
  return unknown ? { state: 'unknown', detail: unknown } : { state: 'private' };
}

/** aws_iam_policy_document data source: statement { effect, principals { type, identifiers }, not_principals, condition }. */
function judgePolicyDataSource(data: ResourceView): PolicyVerdict {
  const statements = data.values('statement').filter((s): s is Record<string, any> => !!s && typeof s === 'object');
  const publicOnes: string[] = [];
  statements.forEach((s, i) => {
    const effect = typeof s.effect === 'string' ? s.effect.toLowerCase() : 'allow';
    if (effect !== 'allow') return;
    const principals = getAllBlocks(s.principals);
    const everyone = principals.some((p) => p.type === '*' || wildcardPrincipal(p.identifiers)) || getAllBlocks(s.not_principals).length > 0;
    if (!everyone) return;
    const restricted = getAllBlocks(s.condition).some((cnd) => typeof cnd.test === 'string' && typeof cnd.variable === 'string' && restricts(cnd.test, cnd.variable));
    if (!restricted) publicOnes.push(`statement ${typeof s.sid === 'string' ? `"${s.sid}"` : `#${i}`} of ${data.address} allows principal "*"`);
  });
  return publicOnes.length > 0 ? { state: 'public', detail: publicOnes.join('; ') } : { state: 'private' };
}

function getAllBlocks(value: unknown): Array<Record<string, any>> {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.filter((v): v is Record<string, any> => !!v && typeof v === 'object' && !Array.isArray(v));
}

function judgePolicyValue(raw: unknown, c: RuleContext): PolicyVerdict {
  if (raw === undefined || raw === null) return { state: 'private' };
  if (typeof raw === 'object') return judgePolicyDocument(raw);
  const value = resolve(raw, c);
  if (typeof value !== 'string') return { state: 'unknown', detail: 'the policy is not a JSON string' };
  const ref = /^\$\{\s*(data\.aws_iam_policy_document\.[\w-]+)\.(json|minified_json)\s*\}$/.exec(value.trim());
  if (ref) {
    const data = c.find(ref[1]);
    return data ? judgePolicyDataSource(data) : { state: 'unknown', detail: `${ref[1]} is not in the configuration` };
  }
  try {
    // Literal JSON; `${...}` inside strings (bucket names in Resource) does not matter.
    return judgePolicyDocument(JSON.parse(value));
  } catch {
    return { state: 'unknown', detail: value.includes('${') ? 'the policy is built by an expression (e.g. jsonencode) that is evaluated only at apply' : 'the policy is not valid JSON' };
  }
}

function bucketPolicy(r: ResourceView, c: RuleContext, path: string): RuleViolation[] {
  const verdict = judgePolicyValue(r.attribute(path), c);
  if (verdict.state === 'private') return [];
  if (verdict.state === 'public') {
    return [{ message: `${path} makes the bucket public: ${verdict.detail}.`, attribute: path, fix: 'Name the principals that need access instead of "*", or add a condition that restricts the source (aws:SourceIp, aws:SourceVpce).' }];
  }
  return [{ message: `${path} cannot be verified before apply (${verdict.detail}); it may allow a wildcard principal.`, attribute: path, fix: 'Write the policy as literal JSON (or an aws_iam_policy_document data source) so it can be checked, and name its principals.' }];
}

const PUBLIC_ACCESS_BLOCK_FLAGS = ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'];

/** A public access block with every setting on (each defaults to false in both aws and ionoscloud providers). */
function publicAccessBlock(r: ResourceView): RuleViolation[] {
  const off: string[] = [];
  const unknown: string[] = [];
  for (const f of PUBLIC_ACCESS_BLOCK_FLAGS) {
    const v = flag(r, f, false);
    if (v === false) off.push(f);
    else if (v === undefined) unknown.push(f);
  }
  const out: RuleViolation[] = [];
  if (off.length > 0) {
    out.push({ message: `The public access block leaves ${off.map((f) => `${f}${r.has(f) ? ' = false' : ' (default false)'}`).join(', ')}: a public ACL or policy would take effect.`, attribute: off[0], fix: `Set ${PUBLIC_ACCESS_BLOCK_FLAGS.join(', ')} to true.` });
  }
  if (unknown.length > 0) {
    out.push({ message: `${unknown.join(', ')} cannot be verified before apply.`, attribute: unknown[0], fix: `Set ${PUBLIC_ACCESS_BLOCK_FLAGS.join(', ')} to literal true.` });
  }
  return out;
}

/** Bucket types with a separate public-access-block resource in the same provider. */
const PUBLIC_ACCESS_BLOCK_OF: Record<string, string> = {
  // https://github.com/hashicorp/terraform-provider-aws/blob/v6.0.0/website/docs/r/s3_bucket_public_access_block.html.markdown
  aws_s3_bucket: 'aws_s3_bucket_public_access_block',
  // https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/s3_bucket_public_access_block.md
  ionoscloud_s3_bucket: 'ionoscloud_s3_bucket_public_access_block',
};

const ACCOUNT_BLOCKS = new WeakMap<RuleContext, Set<string>>();

/** Provider configurations (keys) with an account-wide public access block that has every setting on. */
function accountBlocks(c: RuleContext): Set<string> {
  let keys = ACCOUNT_BLOCKS.get(c);
  if (!keys) {
    keys = new Set();
    for (const block of c.resourcesOfType('aws_s3_account_public_access_block')) {
      if (PUBLIC_ACCESS_BLOCK_FLAGS.every((f) => flag(block, f, false) === true)) keys.add(block.providerKey);
    }
    ACCOUNT_BLOCKS.set(c, keys);
  }
  return keys;
}

function missingPublicAccessBlock(r: ResourceView, c: RuleContext): RuleViolation[] {
  const blockType = PUBLIC_ACCESS_BLOCK_OF[r.resourceType];
  const provider: CloudProvider | undefined = r.cloudProvider;
  const capability = provider?.capabilities.publicAccessBlock;
  if (!blockType || !capability?.supported) return [];
  if (r.childrenOfType(blockType).length > 0) return [];
  if (r.resourceType === 'aws_s3_bucket' && accountBlocks(c).has(r.providerKey)) return [];
  return [{
    message: `Not public by itself, but no ${blockType} is attached although ${provider!.name}'s S3 API supports one: nothing stops a later ACL or bucket policy from making the bucket public.`,
    fix: `Add a ${blockType} for this bucket with ${PUBLIC_ACCESS_BLOCK_FLAGS.join(', ')} = true.`,
    dependsOnUnverifiedFact: !capability.verified,
  }];
}

function gcsMembers(r: ResourceView, c: RuleContext, path: string): RuleViolation[] {
  const members = r.values(path).map((m) => resolve(m, c)).filter((m): m is string => typeof m === 'string' && PUBLIC_MEMBERS.has(m.trim().toLowerCase()));
  if (members.length === 0) return [];
  return [{ message: `${path} includes ${[...new Set(members)].join(', ')}: the bucket is public.`, attribute: path, fix: BUCKET_FIX }];
}

function gcsRoleEntities(r: ResourceView, c: RuleContext): RuleViolation[] {
  const entities = r.values('role_entity').map((e) => resolve(e, c))
    .filter((e): e is string => typeof e === 'string' && PUBLIC_MEMBERS.has((e.split(':')[1] ?? '').trim().toLowerCase()));
  if (entities.length === 0) return [];
  return [{ message: `role_entity grants ${entities.join(', ')}: the bucket is public.`, attribute: 'role_entity', fix: BUCKET_FIX }];
}

function gcsPolicyData(r: ResourceView, c: RuleContext): RuleViolation[] {
  const raw = resolve(r.attribute('policy_data'), c);
  if (typeof raw !== 'string') return [];
  const ref = /^\$\{\s*(data\.google_iam_policy\.[\w-]+)\.policy_data\s*\}$/.exec(raw.trim());
  let members: unknown[];
  if (ref) {
    const data = c.find(ref[1]);
    if (!data) return [{ message: `policy_data comes from ${ref[1]}, which is not in the configuration; it cannot be verified.`, attribute: 'policy_data', fix: BUCKET_FIX }];
    members = data.values('binding.members');
  } else {
    try {
      const doc = JSON.parse(raw);
      members = getAllBlocks(doc?.bindings).flatMap((b) => (Array.isArray(b.members) ? b.members : []));
    } catch {
      return [{ message: 'policy_data cannot be verified before apply; it may grant allUsers.', attribute: 'policy_data', fix: 'Use a google_iam_policy data source or literal JSON without allUsers / allAuthenticatedUsers.' }];
    }
  }
  const open = members.filter((m): m is string => typeof m === 'string' && PUBLIC_MEMBERS.has(m.toLowerCase()));
  return open.length > 0 ? [{ message: `policy_data grants ${[...new Set(open)].join(', ')}: the bucket is public.`, attribute: 'policy_data', fix: BUCKET_FIX }] : [];
}

const BUCKETS: Record<string, Handler> = {
  // hashicorp/aws 5.100.0 schema: aws_s3_bucket acl (deprecated), policy (deprecated), grant { type, uri, permissions }
  aws_s3_bucket: (r, c) => [...cannedAcl(r, c, 'acl'), ...publicGrants(r, c, 'grant', 'uri'), ...bucketPolicy(r, c, 'policy'), ...missingPublicAccessBlock(r, c)],
  // https://github.com/hashicorp/terraform-provider-aws/blob/v6.0.0/website/docs/r/s3_bucket_acl.html.markdown
  // acl, access_control_policy { grant { grantee { type, uri }, permission } }
  aws_s3_bucket_acl: (r, c) => [...cannedAcl(r, c, 'acl'), ...publicGrants(r, c, 'access_control_policy.grant', 'grantee.uri')],
  // https://github.com/hashicorp/terraform-provider-aws/blob/v6.0.0/website/docs/r/s3_bucket_policy.html.markdown
  aws_s3_bucket_policy: (r, c) => bucketPolicy(r, c, 'policy'),
  aws_s3_bucket_public_access_block: (r) => publicAccessBlock(r),
  // https://github.com/hashicorp/terraform-provider-aws/blob/v6.0.0/website/docs/r/s3_account_public_access_block.html.markdown
  aws_s3_account_public_access_block: (r) => publicAccessBlock(r),
  // https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources/object_bucket.md (acl, deprecated)
  scaleway_object_bucket: (r, c) => cannedAcl(r, c, 'acl'),
  // https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources/object_bucket_acl.md
  scaleway_object_bucket_acl: (r, c) => [...cannedAcl(r, c, 'acl'), ...publicGrants(r, c, 'access_control_policy.grant', 'grantee.uri')],
  // https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources/object_bucket_policy.md
  scaleway_object_bucket_policy: (r, c) => bucketPolicy(r, c, 'policy'),
  // https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/obs_bucket.md
  // acl private | public-read | public-read-write | log-delivery-write
  opentelekomcloud_obs_bucket: (r, c) => cannedAcl(r, c, 'acl'),
  // https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/obs_bucket_policy.md
  // OBS dialect: "Principal": { "ID": ["*"] }
  opentelekomcloud_obs_bucket_policy: (r, c) => bucketPolicy(r, c, 'policy'),
  // https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/s3_bucket.md
  opentelekomcloud_s3_bucket: (r, c) => [...cannedAcl(r, c, 'acl'), ...bucketPolicy(r, c, 'policy')],
  // https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/s3_bucket_policy.md
  opentelekomcloud_s3_bucket_policy: (r, c) => bucketPolicy(r, c, 'policy'),
  // https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/s3_bucket.md
  ionoscloud_s3_bucket: (r, c) => missingPublicAccessBlock(r, c),
  // https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/s3_bucket_policy.md
  ionoscloud_s3_bucket_policy: (r, c) => bucketPolicy(r, c, 'policy'),
  ionoscloud_s3_bucket_public_access_block: (r) => publicAccessBlock(r),
  // https://github.com/exoscale/terraform-provider-exoscale/blob/v0.70.0/docs/resources/sos_bucket_policy.md
  exoscale_sos_bucket_policy: (r, c) => bucketPolicy(r, c, 'policy'),
  // https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/storage_container.html.markdown
  // container_access_type blob | container | private (default)
  azurerm_storage_container: (r, c) => {
    const raw = r.attribute('container_access_type');
    if (raw === undefined || raw === null) return [];
    const t = lower(raw, c);
    if (t === 'private') return [];
    return [{
      message: t === undefined ? `container_access_type (${text(raw)}) cannot be verified before apply.` : `container_access_type is "${t}": anonymous clients can read ${t === 'container' ? 'and list ' : ''}its blobs.`,
      attribute: 'container_access_type',
      fix: 'Set container_access_type = "private" and grant access with Entra ID roles or SAS tokens.',
    }];
  },
  // https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/storage_account.html.markdown
  // allow_nested_items_to_be_public (defaults to false in azurerm 5.x; true in 3.x)
  azurerm_storage_account: (r) => {
    const v = flag(r, 'allow_nested_items_to_be_public', false);
    if (v === false) return [];
    return [{
      message: v === undefined ? 'allow_nested_items_to_be_public cannot be verified before apply.' : 'allow_nested_items_to_be_public = true lets containers of this account be made public.',
      attribute: 'allow_nested_items_to_be_public',
      fix: 'Set allow_nested_items_to_be_public = false.',
    }];
  },
  // https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/storage_bucket_iam.html.markdown
  google_storage_bucket_iam_member: (r, c) => gcsMembers(r, c, 'member'),
  google_storage_bucket_iam_binding: (r, c) => gcsMembers(r, c, 'members'),
  google_storage_bucket_iam_policy: (r, c) => gcsPolicyData(r, c),
  // https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/storage_bucket_acl.html.markdown
  // predefined_acl (publicRead, publicReadWrite, authenticatedRead), role_entity ["READER:allUsers"]
  google_storage_bucket_acl: (r, c) => [...cannedAcl(r, c, 'predefined_acl'), ...gcsRoleEntities(r, c)],
  // https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/storage_default_object_acl.html.markdown
  google_storage_default_object_acl: (r, c) => gcsRoleEntities(r, c),
};

// ---------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------

const HANDLERS: Record<string, Handler> = { ...BUCKETS, ...FIREWALLS, ...KUBERNETES_APIS, ...SERVICES };
const TYPES = new Set(Object.keys(HANDLERS));
/** Server types judged only for their inline NIC firewall rules. */
const INLINE_FIREWALL_SERVERS = new Set(['ionoscloud_server', 'ionoscloud_vcpu_server', 'ionoscloud_cube_server', 'ionoscloud_gpu_server']);

export const publicExposureRule = defineRule({
  metadata: {
    id: RuleId.PUBLIC_EXPOSURE,
    title: 'Nothing is exposed to the internet by accident',
    defaultLevel: FindingLevel.ERROR,
    references: refs('GDPR-25', 'GDPR-32', 'C5-COS-04', 'C5-COS-01', 'GAIAX-P3.1.8'),
    rationale:
      'Data protection by default (GDPR Art. 25(2)) means personal data is not made accessible to an indefinite number of persons. Public buckets, administrative and database ports open to 0.0.0.0/0, and Kubernetes APIs without an allow list are the most common ways data leaks.',
    remediation: 'Keep storage private, restrict firewall rules to known source ranges, put an allow list on the Kubernetes API, and mark load balancers internal unless they must be public.',
    resourceTypes: [...TYPES].sort(),
  },
  appliesTo: (resource) => TYPES.has(resource.resourceType)
    && (!INLINE_FIREWALL_SERVERS.has(resource.resourceType) || resource.values('nic.firewall').length > 0),
  evaluate: (resource, context) => HANDLERS[resource.resourceType](resource, context),
});
