/*
 * The address checks every network construct runs on its block and subnets (internal): a private
 * block (RFC 1918, or unique local for IPv6) within the provider's prefix bounds, subnets inside
 * it that do not overlap. The provider's own bounds are passed in with the document that sets them.
 */
import { invalidInput } from '../errors';
import { AddressBlock, contains, isPrivate, overlaps, parseBlock, subBlock } from '../util/addresses';

/** Prefix bounds of a provider, with where they come from. @internal */
export interface PrefixBounds {
  /** Shortest prefix allowed (largest block). */
  readonly min: number;
  /** Longest prefix allowed (smallest block). */
  readonly max: number;
  /** Where the bounds come from, for the error. */
  readonly source: string;
}

/** The network's IPv4 block: private, within the bounds. @internal */
export function privateIpv4Block(what: string, given: string, bounds: PrefixBounds): AddressBlock {
  const block = parseBlock(what, given, { version: 4, allowed: `an IPv4 block such as "10.0.0.0/16"` });
  if (!isPrivate(block) || block.prefix < bounds.min || block.prefix > bounds.max) {
    throw invalidInput({
      code: 'NETWORK_CIDR_NOT_ALLOWED',
      what,
      given: block.text,
      allowed: `a block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 (RFC 1918) with a prefix from /${bounds.min} to /${bounds.max} (${bounds.source})`,
      fix: 'use a private block such as "10.0.0.0/16".',
    });
  }
  return block;
}

/**
 * Subnets inside the network's block, not overlapping, within the bounds; by default one block
 * four bits longer than the network's (at most `bounds.max`).
 * @internal
 */
export function subnetBlocks(what: string, network: AddressBlock, given: string[] | undefined, bounds: PrefixBounds): AddressBlock[] {
  if (given === undefined) return [subBlock(network, Math.min(network.prefix + 4, bounds.max), 0)];
  if (!Array.isArray(given) || given.length === 0) {
    throw invalidInput({ code: 'NO_SUBNETS', what, given, allowed: 'one or more blocks inside the network block', fix: 'list at least one subnet, or omit subnetCidrs.' });
  }
  const blocks = given.map((text, i) => parseBlock(`${what}[${i}]`, text, { version: 4, allowed: `an IPv4 block inside ${network.text}` }));
  blocks.forEach((b, i) => {
    if (!contains(network, b)) {
      throw invalidInput({ code: 'SUBNET_OUTSIDE_NETWORK', what: `${what}[${i}]`, given: b.text, allowed: `a block inside the network's ${network.text}`, fix: `choose a block inside ${network.text}, or widen ipv4Cidr.` });
    }
    if (b.prefix > bounds.max) {
      throw invalidInput({ code: 'SUBNET_TOO_SMALL', what: `${what}[${i}]`, given: b.text, allowed: `a prefix of at most /${bounds.max} (${bounds.source})`, fix: 'use a larger block.' });
    }
    const other = blocks.slice(0, i).findIndex((o) => overlaps(o, b));
    if (other >= 0) {
      throw invalidInput({ code: 'SUBNET_CIDRS_OVERLAP', what: `${what}[${i}]`, given: b.text, allowed: `blocks that do not overlap; it overlaps ${what}[${other}] ${blocks[other].text}`, fix: 'give each subnet its own block.' });
    }
  });
  return blocks;
}

/** A host address inside a subnet (not its network address). @internal */
export function checkHostAddress(what: string, address: string, subnet: AddressBlock): void {
  const host = parseBlock(what, `${address}/32`, { version: 4, allowed: `an IPv4 address inside ${subnet.text}` });
  if (!contains(subnet, host) || host.network === subnet.network) {
    throw invalidInput({ code: 'IP_OUTSIDE_SUBNET', what, given: address, allowed: `a host address inside subnet ${subnet.text}`, fix: 'choose an address of the subnet, or omit it.' });
  }
}
