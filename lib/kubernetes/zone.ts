import { IConstruct } from 'constructs';
import { DataClassification } from '../core/classification';
import { invalidInput } from '../errors';
import { checkPort, unresolved } from './validate';

/** Transport protocol of a port in a NetworkPolicy or a container. */
export enum NetworkProtocol {
  /** TCP. */
  TCP = 'TCP',
  /** UDP. */
  UDP = 'UDP',
  /** SCTP. */
  SCTP = 'SCTP',
}

/**
 * A port (or port range) and its protocol, for workloads and allow rules.
 *
 * @example
 * Port.tcp(8080);
 * Port.udp(53);
 * Port.tcpRange(30000, 30100);
 */
export class Port {
  /** A TCP port (1-65535). */
  public static tcp(port: number): Port {
    return new Port(port, NetworkProtocol.TCP);
  }

  /** A UDP port (1-65535). */
  public static udp(port: number): Port {
    return new Port(port, NetworkProtocol.UDP);
  }

  /** An SCTP port (1-65535). */
  public static sctp(port: number): Port {
    return new Port(port, NetworkProtocol.SCTP);
  }

  /** A range of TCP ports, `start` to `end` inclusive (NetworkPolicy `endPort`). */
  public static tcpRange(start: number, end: number): Port {
    const port = new Port(start, NetworkProtocol.TCP, end);
    if (!unresolved(start) && !unresolved(end) && end <= start) {
      throw invalidInput({
        code: 'INVALID_PORT_RANGE',
        what: 'Port.tcpRange()',
        given: { start, end },
        allowed: 'an end port greater than the start port',
        fix: 'swap the two numbers, or use Port.tcp() for a single port.',
      });
    }
    return port;
  }

  /** The port number (the first of a range). (Not named `port`: a member may not share its class's name in C#.) */
  public readonly number: number;
  /** The protocol. */
  public readonly protocol: NetworkProtocol;
  /**
   * The last port of a range.
   * @default - a single port
   */
  public readonly endPort?: number;

  private constructor(port: number, protocol: NetworkProtocol, endPort?: number) {
    checkPort(port, `Port ${protocol}`);
    if (endPort !== undefined) checkPort(endPort, `Port ${protocol} range end`);
    this.number = port;
    this.protocol = protocol;
    this.endPort = endPort;
  }

  /** `8080/TCP`, `30000-30100/TCP`. */
  public toString(): string {
    return `${this.number}${this.endPort !== undefined ? `-${this.endPort}` : ''}/${this.protocol}`;
  }
}

/**
 * What a NetworkPolicy needs to know about a peer: the pods (namespace and labels) or
 * the IP block, and the zone whose own policies must allow the other direction.
 */
export interface NetworkPeerConfig {
  /** How the peer appears in messages and annotations. */
  readonly description: string;
  /**
   * Name of the peer's namespace (a literal or a token).
   * @default - the peer is outside the cluster (an IP block)
   */
  readonly namespaceName?: string;
  /**
   * Labels selecting the peer's pods.
   * @default - every pod of `namespaceName`
   */
  readonly podLabels?: { [key: string]: string };
  /**
   * CIDR of a peer outside the cluster.
   * @default - the peer is a set of pods
   */
  readonly cidr?: string;
  /**
   * CIDRs inside `cidr` that are excluded.
   * @default - none
   */
  readonly exceptCidrs?: string[];
  /**
   * ISO 3166-1 alpha-2 country of an IP block (where the data goes).
   * @default - unknown (egress to the block is refused)
   */
  readonly country?: string;
  /**
   * Why data may go to an IP block outside the policy's jurisdiction.
   * @default - not acknowledged (egress outside the jurisdiction is refused)
   */
  readonly transferReason?: string;
  /**
   * The peer's own zone, so that allow rules land on both sides (the peer's egress for
   * `allowFrom`, its ingress for `allowTo`).
   * @default - only this side's NetworkPolicy is rendered (the peer is not under a default deny of this library)
   */
  readonly zone?: INetworkZone;
  /**
   * Ports the peer serves, used when traffic to it is allowed without naming ports.
   * @default - none: such allow rules must name their ports
   */
  readonly ports?: Port[];
}

/** Something a NetworkPolicy rule can name: pods of a workload or namespace, or an IP block. Obtain peers from `Peer`. */
export interface INetworkPeer {
  /** The selector material for a NetworkPolicy rule. */
  toNetworkPeerConfig(): NetworkPeerConfig;
}

/** Options of `allowFrom` / `allowTo`. */
export interface AllowOptions {
  /**
   * Ports the traffic may use (on the destination).
   * @default - the ports of the destination workload; required when the destination is a namespace or an IP block
   */
  readonly ports?: Port[];
}

/**
 * A set of pods under a default deny, with NetworkPolicies of its own: a
 * `SovereignNamespace` (every pod in it) or a `SecureWorkload` (its pods).
 */
export interface INetworkZone extends IConstruct, INetworkPeer {
  /**
   * Allow traffic from `peer` to this zone's pods. For a peer in a zone of this library,
   * the peer's egress policy is rendered too.
   */
  allowFrom(peer: INetworkPeer, options?: AllowOptions): void;

  /**
   * Allow traffic from this zone's pods to `peer`. An IP block must name its country, which
   * must be within the policy's jurisdiction (or acknowledged with a reason). For a peer in a
   * zone of this library, the peer's ingress policy is rendered too.
   */
  allowTo(peer: INetworkPeer, options?: AllowOptions): void;
}

/** A namespace with the sovereign baseline (see `SovereignNamespace`). */
export interface ISovereignNamespace extends INetworkZone {
  /** The namespace name (a token that references the namespace resource). */
  readonly namespaceName: string;
  /** Classification of the data in the namespace. */
  readonly dataClassification: DataClassification;
  /** Owner label value. */
  readonly owner: string;
  /** The sovereignty labels (classification, jurisdiction, owner) objects in the namespace carry. */
  readonly sovereigntyLabels: { [key: string]: string };
}

/** A hardened workload (see `SecureWorkload`). */
export interface ISecureWorkload extends INetworkZone {
  /** Name of the Deployment and the Service. */
  readonly workloadName: string;
  /** The namespace it runs in. */
  readonly namespace: ISovereignNamespace;
  /** Labels selecting its pods. */
  readonly podLabels: { [key: string]: string };
  /** Ports it serves (container and Service ports). */
  readonly ports: Port[];
  /** Name of its ClusterIP Service (a token that references the Service resource). */
  readonly serviceName: string;
}
