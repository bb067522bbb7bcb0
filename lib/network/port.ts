/*
 * Ports of cloud firewall rules (`FirewallPort.tcp(443)`), and the administrative and database
 * ports that must never face the whole internet.
 */
import { invalidInput } from '../errors';

/** Layer-4 protocol of a firewall rule. */
export enum FirewallProtocol {
  /** TCP. */
  TCP = 'tcp',
  /** UDP. */
  UDP = 'udp',
  /** ICMP (no ports). */
  ICMP = 'icmp',
}

/** A service on a port that must never be reachable from every address. @internal */
export interface AdministrativePort {
  readonly port: number;
  readonly service: string;
}

/**
 * Administrative and database ports: a shell, a control plane or the data itself, each attacked
 * within minutes of being reachable from the internet. The same list as the compliance engine's
 * SOV-PUBLIC-EXPOSURE check (lib/compliance/rules/public-exposure/shared.ts; a test keeps the two
 * equal), so the constructs refuse at construction what the engine reports after synth.
 * @internal
 */
export const ADMINISTRATIVE_PORTS: readonly AdministrativePort[] = [
  { port: 22, service: 'SSH' }, { port: 3389, service: 'RDP' }, { port: 5985, service: 'WinRM' }, { port: 5986, service: 'WinRM over TLS' },
  { port: 2375, service: 'Docker API' }, { port: 2376, service: 'Docker API over TLS' }, { port: 6443, service: 'Kubernetes API' },
  { port: 2379, service: 'etcd' }, { port: 2380, service: 'etcd peers' }, { port: 10250, service: 'kubelet' },
  { port: 3306, service: 'MySQL/MariaDB' }, { port: 5432, service: 'PostgreSQL' }, { port: 1433, service: 'SQL Server' },
  { port: 1521, service: 'Oracle' }, { port: 27017, service: 'MongoDB' }, { port: 6379, service: 'Redis' },
  { port: 9200, service: 'Elasticsearch/OpenSearch' }, { port: 9300, service: 'Elasticsearch transport' }, { port: 5984, service: 'CouchDB' },
  { port: 11211, service: 'Memcached' },
];

/**
 * The protocol and ports of a firewall rule.
 *
 * @example
 * network.allowInbound(FirewallPeer.ipBlock('198.51.100.0/24', { country: 'DE' }), FirewallPort.tcp(443));
 */
export class FirewallPort {
  /** One TCP port. */
  public static tcp(port: number): FirewallPort {
    return new FirewallPort(FirewallProtocol.TCP, port, port);
  }

  /** A range of TCP ports, both ends included. */
  public static tcpRange(fromPort: number, toPort: number): FirewallPort {
    return new FirewallPort(FirewallProtocol.TCP, fromPort, toPort);
  }

  /** Every TCP port. */
  public static allTcp(): FirewallPort {
    return new FirewallPort(FirewallProtocol.TCP, 1, 65535);
  }

  /** One UDP port. */
  public static udp(port: number): FirewallPort {
    return new FirewallPort(FirewallProtocol.UDP, port, port);
  }

  /** A range of UDP ports, both ends included. */
  public static udpRange(fromPort: number, toPort: number): FirewallPort {
    return new FirewallPort(FirewallProtocol.UDP, fromPort, toPort);
  }

  /** Every UDP port. */
  public static allUdp(): FirewallPort {
    return new FirewallPort(FirewallProtocol.UDP, 1, 65535);
  }

  /** ICMP (echo, unreachable, …). */
  public static icmp(): FirewallPort {
    return new FirewallPort(FirewallProtocol.ICMP, undefined, undefined);
  }

  /** The protocol. */
  public readonly protocol: FirewallProtocol;
  /**
   * First port (TCP/UDP).
   * @default - none for ICMP
   */
  public readonly fromPort?: number;
  /**
   * Last port (TCP/UDP).
   * @default - none for ICMP
   */
  public readonly toPort?: number;

  private constructor(protocol: FirewallProtocol, fromPort: number | undefined, toPort: number | undefined) {
    for (const [name, port] of [['fromPort', fromPort], ['toPort', toPort]] as const) {
      if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535)) {
        throw invalidInput({ code: 'INVALID_PORT', what: `FirewallPort ${name}`, given: port, allowed: 'an integer from 1 to 65535', fix: 'use a valid port number, e.g. FirewallPort.tcp(443).' });
      }
    }
    if (fromPort !== undefined && toPort !== undefined && toPort < fromPort) {
      throw invalidInput({ code: 'INVALID_PORT_RANGE', what: 'FirewallPort range', given: `${fromPort}-${toPort}`, allowed: 'fromPort <= toPort', fix: 'swap the ports.' });
    }
    this.protocol = protocol;
    this.fromPort = fromPort;
    this.toPort = toPort;
  }

  /** Whether the rule covers every port of its protocol. */
  public get allPorts(): boolean {
    return this.fromPort === 1 && this.toPort === 65535;
  }

  /** `tcp/443`, `udp/51820`, `tcp/8000-8100`, `tcp/any`, `icmp`. */
  public toString(): string {
    if (this.protocol === FirewallProtocol.ICMP) return 'icmp';
    if (this.allPorts) return `${this.protocol}/any`;
    return this.fromPort === this.toPort ? `${this.protocol}/${this.fromPort}` : `${this.protocol}/${this.fromPort}-${this.toPort}`;
  }

  /** The administrative and database ports the rule opens (TCP only). @internal */
  public _administrative(): AdministrativePort[] {
    if (this.protocol !== FirewallProtocol.TCP) return [];
    return ADMINISTRATIVE_PORTS.filter((a) => a.port >= this.fromPort! && a.port <= this.toPort!);
  }
}
