/*
 * An UpCloud server on an UpcloudNetwork: one private interface, no public or utility one,
 * unless it is one of the network's named public entry points (UpcloudNetwork.addGateway).
 * Arguments: https://github.com/UpCloudLtd/terraform-provider-upcloud/blob/v5.41.0/docs/resources/server.md
 */
import { TerraformResource, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { UpcloudServer as UpcloudServerResource } from '../../bindings/upcloud/network';
import { invalidInput } from '../../errors';
import { parseBlock } from '../../util/addresses';
import { nameFromPath } from '../../util/names';
import { checkHostAddress } from '../subnets';

/** Settings of a server added with `UpcloudNetwork.addServer` or `addGateway`. */
export interface UpcloudServerOptions {
  /** Plan, e.g. `1xCPU-2GB`. */
  readonly plan: string;
  /** Template name or storage UUID, e.g. `Debian GNU/Linux 12 (Bookworm)`. */
  readonly template: string;
  /**
   * Size of the template storage in GB.
   * @default - the template's size
   */
  readonly storageSize?: number;
  /**
   * Hostname (a valid hostname, at most 63 characters here).
   * @default - derived from the construct path
   */
  readonly hostname?: string;
  /**
   * cloud-init user data, e.g. `WireGuardInterface.toCloudInit()`.
   * @default - none
   */
  readonly userData?: string;
  /**
   * SSH public keys for the login user.
   * @default - none
   */
  readonly sshKeys?: string[];
  /**
   * The server's address in the network.
   * @default - assigned by UpCloud's DHCP
   */
  readonly privateIp?: string;
}

/** A server of an UpcloudNetwork. */
export interface IUpcloudServer extends IConstruct {
  /** The hostname. */
  readonly hostname: string;
  /** Whether the server has a public IPv4 interface (a named entry point). */
  readonly publicIpv4: boolean;
  /** The `upcloud_server` resource (escape hatch). */
  readonly resource: TerraformResource;
  /** The server id (a Terraform reference). */
  readonly serverId: string;
}

/** What an UpcloudServer needs of its network. @internal */
export interface UpcloudServerParent {
  readonly zone: string;
  readonly networkId: string;
  readonly ipv4Cidr: string;
  readonly labels: { [key: string]: string };
}

/** A server of an UpcloudNetwork (created through the network). @internal */
export class UpcloudServer extends Construct implements IUpcloudServer {
  public readonly hostname: string;
  public readonly publicIpv4: boolean;
  public readonly resource: TerraformResource;
  public readonly serverId: string;

  constructor(scope: Construct, id: string, parent: UpcloudServerParent, options: UpcloudServerOptions, publicIpv4: boolean) {
    super(scope, id);
    const what = `UpcloudServer "${this.node.path}"`;
    if (options === undefined || options === null || typeof options !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: `${what} options`, given: options, allowed: 'an UpcloudServerOptions object', fix: 'pass { plan, template }.' });
    }
    for (const [name, value] of [['plan', options.plan], ['template', options.template]] as const) {
      if (typeof value !== 'string' || value.length === 0) {
        throw invalidInput({ code: 'MISSING_ARGUMENT', what: `${what} ${name}`, given: value, allowed: 'a non-empty string', fix: name === 'plan' ? 'pass a plan such as "1xCPU-2GB".' : 'pass a template such as "Debian GNU/Linux 12 (Bookworm)".' });
      }
    }
    const hostname = options.hostname ?? nameFromPath(this, 63, 'server');
    if (!Token.isUnresolved(hostname) && !/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i.test(hostname)) {
      throw invalidInput({ code: 'INVALID_SERVER_NAME', what: `${what} hostname`, given: hostname, allowed: 'a hostname (RFC 1123): labels of letters, digits and "-", separated by "."', fix: 'rename the server, e.g. "db-1".' });
    }
    if (options.privateIp !== undefined && !Token.isUnresolved(options.privateIp)) {
      checkHostAddress(`${what} privateIp`, options.privateIp, parseBlock('network', parent.ipv4Cidr));
    }
    this.hostname = hostname;
    this.publicIpv4 = publicIpv4;
    this.resource = new UpcloudServerResource(this, 'Resource', () => ({
      hostname,
      zone: parent.zone,
      plan: options.plan,
      template: options.template,
      storageSize: options.storageSize,
      userData: options.userData,
      sshKeys: options.sshKeys,
      publicIpv4,
      networkId: parent.networkId,
      privateIp: options.privateIp,
      labels: parent.labels,
    }));
    this.serverId = this.resource.getStringAttribute('id');
  }
}
