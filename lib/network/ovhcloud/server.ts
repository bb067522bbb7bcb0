/*
 * An OVHcloud Public Cloud instance on an OvhcloudNetwork: one private interface, the network's
 * security group on it, no public interface.
 * Arguments: https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources/cloud_instance.md
 * The resource takes no user data at v2.19.0 (no `user_data` in its schema), so cloud-init
 * cannot configure these hosts: see docs/network.md for the WireGuard path on OVHcloud.
 */
import { TerraformResource, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { OvhInstance } from '../../bindings/ovh/network';
import { invalidInput } from '../../errors';
import { parseBlock } from '../../util/addresses';
import { nameFromPath } from '../../util/names';
import { checkHostAddress } from '../subnets';

/** Settings of a server added with `OvhcloudNetwork.addServer`. */
export interface OvhcloudServerOptions {
  /** Flavor id (per region; e.g. from the `ovh_cloud_instance_flavors` data source). */
  readonly flavorId: string;
  /** Image id (per region; e.g. from the `ovh_cloud_instance_images` data source). */
  readonly imageId: string;
  /**
   * Instance name.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * Name of an SSH key of the project (`ovh_cloud_ssh_key`), injected at boot.
   * @default - none
   */
  readonly sshKeyName?: string;
  /**
   * Availability zone (3-AZ regions such as EU-WEST-PAR).
   * @default - chosen by OVHcloud
   */
  readonly availabilityZone?: string;
  /**
   * The instance's address in the subnet.
   * @default - assigned by OVHcloud's IPAM
   */
  readonly privateIp?: string;
  /**
   * Index of the network's subnet to attach to.
   * @default 0
   */
  readonly subnetIndex?: number;
}

/** A server of an OvhcloudNetwork. */
export interface IOvhcloudServer extends IConstruct {
  /** The instance name. */
  readonly serverName: string;
  /** The `ovh_cloud_instance` resource (escape hatch). */
  readonly resource: TerraformResource;
  /** The instance id (a Terraform reference). */
  readonly serverId: string;
}

/** What an OvhcloudServer needs of its network. @internal */
export interface OvhcloudServerParent {
  readonly serviceName: string;
  readonly region: string;
  readonly networkId: string;
  readonly subnetIds: string[];
  readonly subnetCidrs: string[];
  readonly subnets: TerraformResource[];
  readonly securityGroupId: string;
}

/** A server of an OvhcloudNetwork (created through the network). @internal */
export class OvhcloudServer extends Construct implements IOvhcloudServer {
  public readonly serverName: string;
  public readonly resource: TerraformResource;
  public readonly serverId: string;

  constructor(scope: Construct, id: string, parent: OvhcloudServerParent, options: OvhcloudServerOptions) {
    super(scope, id);
    const what = `OvhcloudServer "${this.node.path}"`;
    if (options === undefined || options === null || typeof options !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: `${what} options`, given: options, allowed: 'an OvhcloudServerOptions object', fix: 'pass { flavorId, imageId }.' });
    }
    for (const [name, value] of [['flavorId', options.flavorId], ['imageId', options.imageId]] as const) {
      if (typeof value !== 'string' || value.length === 0) {
        throw invalidInput({ code: 'MISSING_ARGUMENT', what: `${what} ${name}`, given: value, allowed: 'a non-empty string (an id of the region)', fix: `look the ${name === 'flavorId' ? 'flavor' : 'image'} up with the ovh_cloud_instance_${name === 'flavorId' ? 'flavors' : 'images'} data source.` });
      }
    }
    const index = options.subnetIndex ?? 0;
    if (!Number.isInteger(index) || index < 0 || index >= parent.subnetIds.length) {
      throw invalidInput({ code: 'UNKNOWN_SUBNET', what: `${what} subnetIndex`, given: options.subnetIndex, allowed: `0 to ${parent.subnetIds.length - 1} (the network's subnets: ${parent.subnetCidrs.join(', ')})`, fix: 'use the index of one of the network\'s subnets.' });
    }
    if (options.privateIp !== undefined && !Token.isUnresolved(options.privateIp)) {
      checkHostAddress(`${what} privateIp`, options.privateIp, parseBlock('subnet', parent.subnetCidrs[index]));
    }
    this.serverName = options.name ?? nameFromPath(this, 63, 'server');
    this.resource = new OvhInstance(this, 'Resource', () => ({
      serviceName: parent.serviceName,
      region: parent.region,
      name: this.serverName,
      flavorId: options.flavorId,
      imageId: options.imageId,
      availabilityZone: options.availabilityZone,
      sshKeyName: options.sshKeyName,
      networkId: parent.networkId,
      subnetId: parent.subnetIds[index],
      ip: options.privateIp,
      securityGroupIds: [parent.securityGroupId],
    }), undefined, [parent.subnets[index]]);
    this.serverId = this.resource.getStringAttribute('id');
  }
}
