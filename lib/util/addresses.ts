/*
 * IP address blocks for the constructs: parsing, containment, overlap and carving, IPv4 and
 * IPv6, on one well-kept library (ipaddr.js, bundled with the package). Internal module: not
 * part of the jsii API. Unresolved tokens are the callers' business (skip them before parsing).
 */
import * as ipaddr from 'ipaddr.js';
import { invalidInput } from '../errors';

/** A parsed CIDR block whose address is its network address. @internal */
export interface AddressBlock {
  /** The block as written by the caller. */
  readonly text: string;
  /** 4 or 6. */
  readonly version: number;
  /** Network address as an unsigned integer of 32 or 128 bits. */
  readonly network: bigint;
  /** Prefix length. */
  readonly prefix: number;
}

/** How to describe an invalid block in the error. @internal */
export interface BlockRules {
  /** Only this IP version (4 or 6). @default - either */
  readonly version?: number;
  /** The "Allowed:" clause. @default - any IPv4 or IPv6 block in canonical form */
  readonly allowed?: string;
}

const ANY_BLOCK = 'an IPv4 or IPv6 CIDR block whose address has no bits set after the prefix, e.g. "192.0.2.0/24" or "2001:db8::/32"';

function bitsOf(version: number): number {
  return version === 4 ? 32 : 128;
}

function toBigInt(address: ipaddr.IPv4 | ipaddr.IPv6): bigint {
  return address.toByteArray().reduce((n, byte) => (n << 8n) | BigInt(byte), 0n);
}

/** The address of `n` in the usual notation (IPv6 compressed as RFC 5952 writes it). @internal */
export function formatAddress(n: bigint, version: number): string {
  const bytes: number[] = [];
  for (let i = 0; i < bitsOf(version) / 8; i++) bytes.unshift(Number((n >> BigInt(8 * i)) & 0xffn));
  const address = ipaddr.fromByteArray(bytes);
  return address.kind() === 'ipv6' ? (address as ipaddr.IPv6).toRFC5952String() : address.toString();
}

function mask(version: number, prefix: number): bigint {
  const bits = BigInt(bitsOf(version));
  return ((1n << bits) - 1n) ^ ((1n << (bits - BigInt(prefix))) - 1n);
}

/** What is wrong with `text` as a CIDR block, as a fix for the error; undefined when it is fine. @internal */
export function blockProblem(text: unknown, version?: number): string | undefined {
  if (typeof text !== 'string' || !text.includes('/')) return 'write the block as <address>/<prefix length>.';
  const slash = text.lastIndexOf('/');
  const [address, prefixText] = [text.slice(0, slash), text.slice(slash + 1)];
  if (!/^\d{1,3}$/.test(prefixText)) return 'give the prefix length as a number after "/".';
  const isV6 = address.includes(':');
  const valid = isV6 ? ipaddr.IPv6.isValid(address) && !address.includes('%') : ipaddr.IPv4.isValidFourPartDecimal(address);
  if (!valid) return 'check the address: four numbers 0-255 for IPv4, or eight groups of hex digits for IPv6.';
  const kind = isV6 ? 6 : 4;
  if (version !== undefined && kind !== version) return `use an IPv${version} block.`;
  const prefix = Number(prefixText);
  if (prefix > bitsOf(kind)) return `the prefix length of an IPv${kind} block is at most ${bitsOf(kind)}.`;
  const n = toBigInt(ipaddr.parse(address));
  const network = n & mask(kind, prefix);
  if (network !== n) return `use the network address: "${formatAddress(network, kind)}/${prefix}".`;
  return undefined;
}

/** Parse a CIDR block; throws INVALID_CIDR with what was given, what is allowed and the fix. @internal */
export function parseBlock(what: string, text: unknown, rules: BlockRules = {}): AddressBlock {
  const problem = blockProblem(text, rules.version);
  if (problem !== undefined) {
    throw invalidInput({ code: 'INVALID_CIDR', what, given: text, allowed: rules.allowed ?? ANY_BLOCK, fix: problem });
  }
  const [address, prefix] = ipaddr.parseCIDR(text as string);
  return { text: text as string, version: address.kind() === 'ipv6' ? 6 : 4, network: toBigInt(address), prefix };
}

/** Parse a block known to be valid (constants). @internal */
export function block(text: string): AddressBlock {
  return parseBlock('address block', text);
}

/** Number of addresses in a block. @internal */
export function sizeOf(b: AddressBlock): bigint {
  return 1n << BigInt(bitsOf(b.version) - b.prefix);
}

/** Whether `inner` lies entirely inside `outer` (same IP version). @internal */
export function contains(outer: AddressBlock, inner: AddressBlock): boolean {
  return outer.version === inner.version && inner.prefix >= outer.prefix && (inner.network & mask(outer.version, outer.prefix)) === outer.network;
}

/** Whether two blocks share an address. @internal */
export function overlaps(a: AddressBlock, b: AddressBlock): boolean {
  return contains(a, b) || contains(b, a);
}

/** The `index`-th block of length `prefix` inside `outer`. @internal */
export function subBlock(outer: AddressBlock, prefix: number, index: number): AddressBlock {
  const network = outer.network + BigInt(index) * (1n << BigInt(bitsOf(outer.version) - prefix));
  return { text: `${formatAddress(network, outer.version)}/${prefix}`, version: outer.version, network, prefix };
}

/** The `offset`-th address of a block (offset 1: the first host, a subnet's usual gateway). @internal */
export function hostAt(b: AddressBlock, offset: number): string {
  return formatAddress(b.network + BigInt(offset), b.version);
}

/** RFC 1918 private IPv4 ranges. @internal */
export const RFC1918 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map(block);
/** RFC 4193 unique local IPv6 addresses. @internal */
export const ULA = block('fc00::/7');

/** Whether a block lies inside the RFC 1918 ranges (IPv4) or the unique local range (IPv6). @internal */
export function isPrivate(b: AddressBlock): boolean {
  return b.version === 4 ? RFC1918.some((r) => contains(r, b)) : contains(ULA, b);
}

/** Whether a block is every address of its version (`0.0.0.0/0`, `::/0`). @internal */
export function isEverything(b: AddressBlock): boolean {
  return b.prefix === 0;
}
