/*
 * A STACKIT server on a StackitNetwork: one network interface on the private network with the
 * network's security group, no public IP unless it is the network's named gateway.
 * Arguments (stackitcloud/stackit v0.113.0):
 *   https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources/server.md
 *   …/network_interface.md, …/public_ip.md
 */
import { TerraformResource, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { StackitNetworkInterface, StackitServer as StackitServerResource } from '../../bindings/stackit/network';
import { invalidInput } from '../../errors';
import { parseBlock } from '../../util/addresses';
import { nameFromPath } from '../../util/names';
import { checkHostAddress } from '../subnets';

/** Settings of a server added with `StackitNetwork.addServer` or `addGateway`. */
export interface StackitServerOptions {
  /** Machine type, e.g. `g2i.1`. */
  readonly machineType: string;
  /** Image id of the boot volume. */
  readonly imageId: string;
  /**
   * Boot volume size in GB.
   * @default 20
   */
  readonly bootVolumeSize?: number;
  /**
   * Server name (letters and digits, separated by single "-" or ".", at most 63 characters; server.md).
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * cloud-init user data, e.g. `WireGuardInterface.toCloudInit()`.
   * @default - none
   */
  readonly userData?: string;
  /**
   * Name of a key pair (`stackit_key_pair`).
   * @default - none
   */
  readonly keypairName?: string;
  /**
   * The server's address in the network.
   * @default - assigned by STACKIT
   */
  readonly privateIp?: string;
}

/** A server of a StackitNetwork. */
export interface IStackitServer extends IConstruct {
  /** The server name. */
  readonly serverName: string;
  /** The `stackit_server` resource (escape hatch). */
  readonly resource: TerraformResource;
  /** The `stackit_network_interface` of the server. */
  readonly networkInterface: TerraformResource;
  /** The server id (a Terraform reference). */
  readonly serverId: string;
}

/** What a StackitServer needs of its network. @internal */
export interface StackitServerParent {
  readonly projectId: string;
  readonly region: string;
  readonly zone: string;
  readonly networkId: string;
  readonly ipv4Cidr: string;
  readonly securityGroupId: string;
  readonly labels: { [key: string]: string };
}

/** A server of a StackitNetwork (created through the network). @internal */
export class StackitServer extends Construct implements IStackitServer {
  public readonly serverName: string;
  public readonly resource: TerraformResource;
  public readonly networkInterface: TerraformResource;
  public readonly serverId: string;

  constructor(scope: Construct, id: string, parent: StackitServerParent, options: StackitServerOptions) {
    super(scope, id);
    const what = `StackitServer "${this.node.path}"`;
    if (options === undefined || options === null || typeof options !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: `${what} options`, given: options, allowed: 'a StackitServerOptions object', fix: 'pass { machineType, imageId }.' });
    }
    for (const [name, value] of [['machineType', options.machineType], ['imageId', options.imageId]] as const) {
      if (typeof value !== 'string' || value.length === 0) {
        throw invalidInput({ code: 'MISSING_ARGUMENT', what: `${what} ${name}`, given: value, allowed: 'a non-empty string', fix: name === 'machineType' ? 'pass a machine type such as "g2i.1".' : 'pass the id of an image.' });
      }
    }
    const size = options.bootVolumeSize ?? 20;
    if (!Number.isInteger(size) || size < 1) {
      throw invalidInput({ code: 'INVALID_VOLUME_SIZE', what: `${what} bootVolumeSize`, given: options.bootVolumeSize, allowed: 'a whole number of GB (required with an image as source, server.md)', fix: 'use e.g. 20.' });
    }
    const name = options.name ?? nameFromPath(this, 63, 'server');
    if (!Token.isUnresolved(name) && (name.length > 63 || !/^[A-Za-z0-9]+((-|\.)[A-Za-z0-9]+)*$/.test(name))) {
      throw invalidInput({ code: 'INVALID_SERVER_NAME', what: `${what} name`, given: name, allowed: 'letters and digits, separated by single "-" or ".", at most 63 characters (the provider\'s validation of server.md `name`)', fix: 'rename the server, e.g. "db-1".' });
    }
    if (options.privateIp !== undefined && !Token.isUnresolved(options.privateIp)) {
      checkHostAddress(`${what} privateIp`, options.privateIp, parseBlock('network', parent.ipv4Cidr));
    }
    this.serverName = name;
    this.networkInterface = new StackitNetworkInterface(this, 'Nic', () => ({
      projectId: parent.projectId, networkId: parent.networkId, region: parent.region, name: `${name}-nic`.slice(0, 63),
      securityGroupIds: [parent.securityGroupId], ipv4: options.privateIp, labels: parent.labels,
    }));
    this.resource = new StackitServerResource(this, 'Resource', () => ({
      projectId: parent.projectId,
      region: parent.region,
      name,
      machineType: options.machineType,
      availabilityZone: parent.zone,
      imageId: options.imageId,
      bootVolumeSize: size,
      networkInterfaceId: this.networkInterface.getStringAttribute('network_interface_id'),
      userData: options.userData,
      keypairName: options.keypairName,
      labels: parent.labels,
    }));
    this.serverId = this.resource.getStringAttribute('server_id');
  }
}
