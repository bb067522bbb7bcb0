/*
 * A Hetzner Cloud server on a HetznerNetwork: a private address only, unless it is one of the
 * network's named public entry points (HetznerNetwork.addGateway).
 * Arguments: https://github.com/hetznercloud/terraform-provider-hcloud/blob/v1.68.0/docs/resources/server.md
 */
import { TerraformResource, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { HcloudServer } from '../../bindings/hcloud/resources';
import { invalidInput } from '../../errors';
import { contains, parseBlock } from '../../util/addresses';
import { nameFromPath } from '../../util/names';

/** Settings of a server added with `HetznerNetwork.addServer` or `addGateway`. */
export interface HetznerServerOptions {
  /** Server type, e.g. `cx23`, `cpx31`. */
  readonly serverType: string;
  /** Image name or id, e.g. `debian-12` or a snapshot id. */
  readonly image: string;
  /**
   * Server name (a valid hostname: lower-case letters, digits and `-`, at most 63 characters).
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * The server's address in the network, inside the subnet.
   * @default - assigned by Hetzner (gateways: the subnet's second-to-last address)
   */
  readonly privateIp?: string;
  /**
   * Index of the network's subnet to attach to.
   * @default 0
   */
  readonly subnetIndex?: number;
  /**
   * cloud-init user data, e.g. `WireGuardInterface.toCloudInit()` (at most 32 KiB).
   * @default - none
   */
  readonly userData?: string;
  /**
   * SSH key ids or names to inject.
   * @default - none (use the tunnel and your configuration management)
   */
  readonly sshKeys?: string[];
  /**
   * Additional labels.
   * @default - only the construct's labels
   */
  readonly labels?: { [key: string]: string };
  /**
   * Delete and rebuild protection.
   * @default false
   */
  readonly protection?: boolean;
}

/** What a HetznerServer needs of its network. @internal */
export interface HetznerServerParent {
  readonly location: string;
  readonly networkId: string;
  readonly subnetIds: string[];
  readonly subnetCidrs: string[];
  readonly subnets: TerraformResource[];
  readonly baseLabels: { [key: string]: string };
}

/** How the server faces the internet. @internal */
export interface HetznerServerExposure {
  readonly publicIpv4: boolean;
  readonly publicIpv6: boolean;
  readonly extraLabels: { [key: string]: string };
  readonly defaultIpOffsetFromEnd?: number;
}

/** A server of a HetznerNetwork, as `addServer` and `addGateway` return it. */
export interface IHetznerServer extends IConstruct {
  /** The server name. */
  readonly serverName: string;
  /**
   * The server's private address, when fixed.
   * @default - assigned by Hetzner
   */
  readonly privateIp?: string;
  /** Whether the server has a public IPv4 address. */
  readonly publicIpv4: boolean;
  /** Whether the server has a public IPv6 address. */
  readonly publicIpv6: boolean;
  /** The server id (a Terraform reference). */
  readonly serverId: string;
  /** The `hcloud_server` resource (escape hatch). */
  readonly resource: TerraformResource;
}

/** A server of a HetznerNetwork (created through the network). @internal */
export class HetznerServer extends Construct implements IHetznerServer {
  /** The server name. */
  public readonly serverName: string;
  /** The server's private address, when fixed. */
  public readonly privateIp?: string;
  /** Whether the server has a public IPv4 address. */
  public readonly publicIpv4: boolean;
  /** Whether the server has a public IPv6 address. */
  public readonly publicIpv6: boolean;
  /** The `hcloud_server` resource (escape hatch). */
  public readonly resource: TerraformResource;
  /** The server id (a Terraform reference). */
  public readonly serverId: string;

  constructor(scope: Construct, id: string, parent: HetznerServerParent, options: HetznerServerOptions, exposure: HetznerServerExposure) {
    super(scope, id);
    const what = `HetznerServer "${this.node.path}"`;
    if (options === undefined || options === null || typeof options !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: `${what} options`, given: options, allowed: 'a HetznerServerOptions object', fix: 'pass { serverType, image }.' });
    }
    for (const [name, value] of [['serverType', options.serverType], ['image', options.image]] as const) {
      if (typeof value !== 'string' || value.length === 0) {
        throw invalidInput({ code: 'MISSING_ARGUMENT', what: `${what} ${name}`, given: value, allowed: 'a non-empty string', fix: name === 'serverType' ? 'pass a server type such as "cx23".' : 'pass an image such as "debian-12" or a snapshot id.' });
      }
    }
    const index = options.subnetIndex ?? 0;
    if (!Number.isInteger(index) || index < 0 || index >= parent.subnetIds.length) {
      throw invalidInput({ code: 'UNKNOWN_SUBNET', what: `${what} subnetIndex`, given: options.subnetIndex, allowed: `0 to ${parent.subnetIds.length - 1} (the network's subnets: ${parent.subnetCidrs.join(', ')})`, fix: 'use the index of one of the network\'s subnets.' });
    }
    const name = options.name ?? nameFromPath(this, 63, 'server');
    if (!Token.isUnresolved(name) && !/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(name)) {
      throw invalidInput({ code: 'INVALID_SERVER_NAME', what: `${what} name`, given: name, allowed: 'a hostname (RFC 1123): 1 to 63 lower-case letters, digits and "-", starting and ending with a letter or digit (server.md)', fix: 'rename the server, e.g. "db-1".' });
    }
    const subnetCidr = parent.subnetCidrs[index];
    const subnet = parseBlock('subnet', subnetCidr);
    let privateIp = options.privateIp;
    if (privateIp === undefined && exposure.defaultIpOffsetFromEnd !== undefined) {
      const last = subnet.network + (1n << BigInt(32 - subnet.prefix)) - BigInt(exposure.defaultIpOffsetFromEnd);
      privateIp = [24, 16, 8, 0].map((s) => Number((last >> BigInt(s)) & 0xffn)).join('.');
    }
    if (privateIp !== undefined && !Token.isUnresolved(privateIp)) {
      const host = parseBlock(`${what} privateIp`, `${privateIp}/32`, { version: 4, allowed: 'an IPv4 address inside the subnet' });
      if (!contains(subnet, host) || host.network === subnet.network) {
        throw invalidInput({ code: 'IP_OUTSIDE_SUBNET', what: `${what} privateIp`, given: privateIp, allowed: `a host address inside subnet ${subnetCidr}`, fix: 'choose an address of the subnet, or omit privateIp.' });
      }
    }
    this.serverName = name;
    this.privateIp = privateIp;
    this.publicIpv4 = exposure.publicIpv4;
    this.publicIpv6 = exposure.publicIpv6;
    const labels = { ...(options.labels ?? {}), ...parent.baseLabels, ...exposure.extraLabels };
    const userData = options.userData;
    if (userData !== undefined && !Token.isUnresolved(userData) && Buffer.byteLength(userData, 'utf8') > 32 * 1024) {
      throw invalidInput({ code: 'USER_DATA_TOO_LARGE', what: `${what} userData`, given: `${Buffer.byteLength(userData, 'utf8')} bytes`, allowed: 'at most 32 KiB (server.md)', fix: 'move large files to an image or fetch them at boot.' });
    }
    this.resource = new HcloudServer(this, 'Resource', () => ({
      name,
      serverType: options.serverType,
      image: options.image,
      location: parent.location,
      userData,
      sshKeys: options.sshKeys,
      labels,
      ipv4Enabled: exposure.publicIpv4,
      ipv6Enabled: exposure.publicIpv6,
      networks: [{ networkId: parent.networkId, subnetId: parent.subnetIds[index], ip: privateIp }],
      deleteProtection: options.protection,
    }), undefined, [parent.subnets[index]]);
    this.serverId = this.resource.getStringAttribute('id');
  }
}
