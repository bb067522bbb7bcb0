/**
 * The allow rules of network zones: each zone (a namespace or a workload) owns at most one
 * ingress and one egress NetworkPolicy, created on the first rule and filled as rules are
 * added, so `allowFrom()` / `allowTo()` after construction still land. A rule between two
 * zones of this library is rendered on both sides, because both sit under a default deny.
 * (Internal module: not part of the jsii API.)
 */
import { Construct, IConstruct } from 'constructs';
import {
  NetworkPolicyV1,
  NetworkPolicyV1SpecEgress,
  NetworkPolicyV1SpecEgressTo,
  NetworkPolicyV1SpecIngress,
  NetworkPolicyV1SpecIngressFrom,
} from '@cdktf/provider-kubernetes/lib/network-policy-v1';
import { SovereigntyPolicy } from '../core/policy';
import { invalidInput } from '../errors';
import { unresolved } from './validate';
import { AllowOptions, INetworkPeer, INetworkZone, NetworkPeerConfig, Port } from './zone';

/** The label every namespace carries with its own name (Kubernetes 1.21+). */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';
/** Annotation on an egress policy listing its destinations outside the cluster with their countries. */
export const EGRESS_DESTINATIONS_ANNOTATION = 'cdktf-sovereign.org/egress-destinations';

type Selector = { namespaceSelector?: { matchLabels: Record<string, string> }; podSelector?: { matchLabels?: Record<string, string> }; ipBlock?: { cidr: string; except?: string[] } };

/** One zone's NetworkPolicies. */
export class ZonePolicies {
  private ingress?: NetworkPolicyV1;
  private egress?: NetworkPolicyV1;
  private readonly ingressRules: NetworkPolicyV1SpecIngress[] = [];
  private readonly egressRules: NetworkPolicyV1SpecEgress[] = [];
  private readonly destinations: string[] = [];

  /**
   * @param scope the zone construct; policies are its children `AllowIngress` / `AllowEgress`
   * @param namespace namespace name (token) for the policies' metadata
   * @param podLabels labels selecting the zone's pods; undefined = every pod of the namespace
   * @param namePrefix prefix of the policy names (`<workload>-` or empty)
   * @param labels labels of the policies
   */
  constructor(
    private readonly scope: Construct,
    private readonly namespace: string,
    private readonly podLabels: Record<string, string> | undefined,
    private readonly namePrefix: string,
    private readonly labels: Record<string, string>,
  ) {}

  /** The zone's ingress policy, if any rule created it. */
  public get ingressPolicy(): NetworkPolicyV1 | undefined {
    return this.ingress;
  }

  /** The zone's egress policy, if any rule created it. */
  public get egressPolicy(): NetworkPolicyV1 | undefined {
    return this.egress;
  }

  public addIngress(from: Selector, ports: Port[]): void {
    this.ingress ??= this.policy('AllowIngress', 'allow-ingress', 'Ingress');
    this.ingressRules.push({ from: [from as NetworkPolicyV1SpecIngressFrom], ports: renderPorts(ports) });
    this.ingress.spec.putIngress(this.ingressRules);
  }

  public addEgress(to: Selector, ports: Port[], destination?: string): void {
    this.egress ??= this.policy('AllowEgress', 'allow-egress', 'Egress');
    this.egressRules.push({ to: [to as NetworkPolicyV1SpecEgressTo], ports: renderPorts(ports) });
    this.egress.spec.putEgress(this.egressRules);
    if (destination) {
      this.destinations.push(destination);
      this.egress.metadata.annotations = { [EGRESS_DESTINATIONS_ANNOTATION]: this.destinations.join('; ') };
    }
  }

  private policy(id: string, name: string, type: 'Ingress' | 'Egress'): NetworkPolicyV1 {
    return new NetworkPolicyV1(this.scope, id, {
      metadata: { name: `${this.namePrefix}${name}`, namespace: this.namespace, labels: this.labels },
      spec: { podSelector: this.podLabels ? { matchLabels: this.podLabels } : {}, policyTypes: [type] },
    });
  }
}

function renderPorts(ports: Port[]): Array<{ port: string; protocol: string; endPort?: number }> {
  return ports.map((p) => ({ port: String(p.number), protocol: p.protocol, ...(p.endPort !== undefined ? { endPort: p.endPort } : {}) }));
}

const ZONES = new WeakMap<IConstruct, ZonePolicies>();

/** Register the policies of a zone, so that rules from other zones can reach them. */
export function registerZone(zone: IConstruct, policies: ZonePolicies): void {
  ZONES.set(zone, policies);
}

/** The selector for `peer` inside a policy of namespace `namespace`. */
function selectorFor(peer: NetworkPeerConfig, namespace: string): Selector {
  if (peer.cidr !== undefined) return { ipBlock: { cidr: peer.cidr, ...(peer.exceptCidrs ? { except: peer.exceptCidrs } : {}) } };
  const pods = peer.podLabels && Object.keys(peer.podLabels).length > 0 ? { matchLabels: { ...peer.podLabels } } : {};
  if (peer.namespaceName === undefined || peer.namespaceName === namespace) return { podSelector: pods };
  return {
    namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: peer.namespaceName } },
    ...(peer.podLabels && Object.keys(peer.podLabels).length > 0 ? { podSelector: pods } : {}),
  };
}

function portsFor(options: AllowOptions | undefined, destination: NetworkPeerConfig, what: string): Port[] {
  const ports = options?.ports ?? destination.ports;
  if (!ports || ports.length === 0) {
    throw invalidInput({
      code: 'ALLOW_RULE_WITHOUT_PORTS',
      what,
      given: options?.ports ?? 'no ports',
      allowed: 'at least one port; ports are taken from the destination only when it is a SecureWorkload',
      fix: `name the ports, e.g. { ports: [Port.tcp(443)] } (destination: ${destination.description}).`,
    });
  }
  return ports;
}

/**
 * `zone.allowFrom(peer)`: ingress on the zone, egress on the peer's zone.
 * @param self the zone's own peer config (its namespace and pods)
 */
export function allowFrom(zone: INetworkZone, self: NetworkPeerConfig, peer: INetworkPeer, options?: AllowOptions): void {
  const own = ZONES.get(zone)!;
  const source = peer.toNetworkPeerConfig();
  const ports = portsFor(options, self, `${zone.node.path}.allowFrom(${source.description})`);
  own.addIngress(selectorFor(source, self.namespaceName!), ports);
  const other = source.zone ? ZONES.get(source.zone) : undefined;
  if (other && source.namespaceName !== undefined) other.addEgress(selectorFor(self, source.namespaceName), ports);
}

/**
 * `zone.allowTo(peer)`: egress on the zone, ingress on the peer's zone. An IP block needs a
 * country within the policy's jurisdiction, or a transfer reason.
 */
export function allowTo(zone: INetworkZone, self: NetworkPeerConfig, peer: INetworkPeer, options?: AllowOptions): void {
  const own = ZONES.get(zone)!;
  const destination = peer.toNetworkPeerConfig();
  const what = `${zone.node.path}.allowTo(${destination.description})`;
  let note: string | undefined;
  if (destination.cidr !== undefined) note = checkEgressDestination(zone, destination, what);
  const ports = portsFor(options, destination, what);
  own.addEgress(selectorFor(destination, self.namespaceName!), ports, note);
  const other = destination.zone ? ZONES.get(destination.zone) : undefined;
  if (other && destination.namespaceName !== undefined) other.addIngress(selectorFor(self, destination.namespaceName), ports);
}

/** Egress outside the cluster: the destination's country must be known and allowed. Returns the annotation entry. */
function checkEgressDestination(zone: INetworkZone, destination: NetworkPeerConfig, what: string): string {
  const cidr = destination.cidr!;
  if (!unresolved(cidr) && /\/0$/.test(cidr)) {
    throw invalidInput({
      code: 'EGRESS_TO_ANYWHERE',
      what,
      given: cidr,
      allowed: 'a block of addresses in one known country; the whole address space is in every country',
      fix: 'name the destination\'s own address block (e.g. the API endpoint\'s /24) with its country.',
    });
  }
  const country = destination.country;
  if (country === undefined) {
    throw invalidInput({
      code: 'EGRESS_COUNTRY_REQUIRED',
      what,
      given: `${cidr} without a country`,
      allowed: 'egress outside the cluster only to addresses whose country is declared, so it can be checked against the policy\'s jurisdiction',
      fix: `use Peer.ipBlock('${cidr}', { country: 'DE' }) with the country where the addresses are.`,
    });
  }
  if (unresolved(country)) return `${cidr}=${country}`;
  const policy = SovereigntyPolicy.of(zone);
  const check = policy.jurisdiction.check(country);
  if (!check.allowed && destination.transferReason === undefined) {
    throw invalidInput({
      code: 'EGRESS_OUTSIDE_JURISDICTION',
      what,
      given: `${cidr} in ${country}`,
      allowed: `destinations within the policy's jurisdiction (${policy.jurisdiction.name}): ${check.reason}`,
      fix: 'send the data to a destination in the jurisdiction, or acknowledge the transfer with Peer.ipBlock(cidr, { country, transferReason: \'<the GDPR Chapter V safeguard>\' }).',
    });
  }
  return check.allowed ? `${cidr}=${country}` : `${cidr}=${country} (outside ${policy.jurisdiction.name}: ${destination.transferReason})`;
}
