/*
 * The inputs every managed site-to-site VPN checks the same way (internal): the remote gateway's
 * public IPv4 address and country (a destination inside the jurisdiction, as any outbound rule),
 * the remote site's private blocks (not overlapping the network's), and the pre-shared key — a
 * sensitive variable or a reference, never a literal (Terraform state and plan hold its value:
 * keep state on EuStateBackend).
 */
import { TerraformStack, TerraformVariable, Token } from 'cdktf';
import { Construct } from 'constructs';
import { invalidInput } from '../errors';
import { isPrivate, overlaps, parseBlock } from '../util/addresses';
import { checkRule, Direction } from './network';
import { FirewallPeer } from './peer';
import { FirewallPort } from './port';

/** The remote end of a tunnel. @internal */
export interface RemoteSite {
  readonly remoteGatewayIpv4: string;
  readonly remoteCountry: string;
  readonly remoteCidrs: string[];
}

/** Check the remote gateway and blocks; `localCidr` is the network's block when known. @internal */
export function checkRemoteSite(scope: Construct, what: string, site: RemoteSite, localCidr: string | undefined, maxCidrs?: number): void {
  if (typeof site.remoteGatewayIpv4 !== 'string' || Token.isUnresolved(site.remoteGatewayIpv4)) {
    throw invalidInput({ code: 'UNRESOLVED_ENDPOINT', what: `${what} remoteGatewayIpv4`, given: site.remoteGatewayIpv4, allowed: 'a literal public IPv4 address', fix: 'write the on-premises gateway address as a literal, so its location can be checked.' });
  }
  if (isPrivate(parseBlock(`${what} remoteGatewayIpv4`, `${site.remoteGatewayIpv4}/32`, { version: 4, allowed: 'a public IPv4 address' }))) {
    throw invalidInput({ code: 'PRIVATE_ENDPOINT', what: `${what} remoteGatewayIpv4`, given: site.remoteGatewayIpv4, allowed: 'the public address of the on-premises gateway', fix: 'use the address the gateway is reached at over the internet.' });
  }
  // The tunnel sends data to the remote site: its country must be inside the jurisdiction.
  checkRule(scope, what, Direction.OUT, FirewallPeer.ipBlock(`${site.remoteGatewayIpv4}/32`, { country: site.remoteCountry }), FirewallPort.udp(500));
  if (!Array.isArray(site.remoteCidrs) || site.remoteCidrs.length === 0 || (maxCidrs !== undefined && site.remoteCidrs.length > maxCidrs)) {
    throw invalidInput({ code: 'NO_REMOTE_CIDRS', what: `${what} remoteCidrs`, given: site.remoteCidrs, allowed: `1${maxCidrs ? ` to ${maxCidrs}` : ' or more'} private blocks of the on-premises site`, fix: 'list the blocks behind the on-premises gateway.' });
  }
  const local = localCidr === undefined || Token.isUnresolved(localCidr) ? undefined : parseBlock('network', localCidr);
  site.remoteCidrs.forEach((cidr, i) => {
    const block = parseBlock(`${what} remoteCidrs[${i}]`, cidr, { version: 4, allowed: 'an IPv4 block' });
    if (!isPrivate(block)) {
      throw invalidInput({ code: 'REMOTE_CIDR_NOT_PRIVATE', what: `${what} remoteCidrs[${i}]`, given: cidr, allowed: 'a private block (RFC 1918): the tunnel carries private traffic, not "0.0.0.0/0"', fix: 'list the site\'s private blocks.' });
    }
    if (local !== undefined && overlaps(block, local)) {
      throw invalidInput({ code: 'REMOTE_CIDR_OVERLAPS', what: `${what} remoteCidrs[${i}]`, given: cidr, allowed: `a block that does not overlap the network's ${local.text}`, fix: 'renumber one side, or choose the site\'s own block.' });
    }
  });
}

/** The pre-shared key: the reference given, or a new sensitive variable `<id>_psk`. @internal */
export function presharedKey(scope: Construct, what: string, id: string, given: string | undefined): string {
  if (given !== undefined) {
    if (!Token.isUnresolved(given)) {
      throw invalidInput({ code: 'LITERAL_SECRET', what: `${what} presharedKey`, given: '<a literal key>', allowed: 'a reference to a sensitive variable or secret-store value, never the key itself', fix: 'omit presharedKey (a sensitive variable is created), or pass a sensitive TerraformVariable\'s stringValue.' });
    }
    return given;
  }
  const name = `${id.toLowerCase().replace(/[^a-z0-9]+/g, '_')}_psk`;
  return new TerraformVariable(TerraformStack.of(scope), name, {
    type: 'string', sensitive: true, nullable: false,
    description: `Pre-shared key of the IPsec tunnel ${scope.node.path} (at least 32 random characters); set TF_VAR_${name} from your secret store. Terraform state holds it.`,
  }).stringValue;
}
