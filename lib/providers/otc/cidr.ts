/* IPv4 CIDR arithmetic for network validation (internal). */
import { invalidInput } from '../../errors';

/** A parsed IPv4 CIDR block. @internal */
export interface Ipv4Block {
  readonly text: string;
  /** Network address as an unsigned 32-bit number. */
  readonly network: number;
  readonly prefix: number;
}

function ipToNumber(ip: string): number | undefined {
  const parts = ip.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return undefined;
    const v = Number(p);
    if (v > 255) return undefined;
    n = n * 256 + v;
  }
  return n;
}

/** Dotted-quad form of an address. @internal */
export function numberToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

/** Number of addresses in a block. @internal */
export function sizeOf(block: Ipv4Block): number {
  return 2 ** (32 - block.prefix);
}

/** Parse `a.b.c.d/n` with host bits zero; throws INVALID_CIDR with the fix otherwise. @internal */
export function parseCidr(what: string, text: unknown): Ipv4Block {
  const m = typeof text === 'string' ? /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$/.exec(text) : null;
  const network = m ? ipToNumber(m[1]) : undefined;
  const prefix = m ? Number(m[2]) : NaN;
  if (!m || network === undefined || prefix > 32) {
    throw invalidInput({ code: 'INVALID_CIDR', what, given: text, allowed: 'an IPv4 CIDR block such as "10.0.0.0/16"', fix: 'write the block as <address>/<prefix length>.' });
  }
  const size = 2 ** (32 - prefix);
  if (network % size !== 0) {
    const base = network - (network % size);
    throw invalidInput({
      code: 'INVALID_CIDR',
      what,
      given: text,
      allowed: 'a CIDR block whose address is the network address (host bits zero)',
      fix: `use ${numberToIp(base)}/${prefix}.`,
    });
  }
  return { text: text as string, network, prefix };
}

/** Whether `inner` lies entirely inside `outer`. @internal */
export function contains(outer: Ipv4Block, inner: Ipv4Block): boolean {
  return inner.prefix >= outer.prefix && inner.network >= outer.network && inner.network + sizeOf(inner) <= outer.network + sizeOf(outer);
}

/** Whether two blocks share an address. @internal */
export function overlaps(a: Ipv4Block, b: Ipv4Block): boolean {
  return a.network < b.network + sizeOf(b) && b.network < a.network + sizeOf(a);
}

/** The `index`-th block of length `prefix` inside `outer`. @internal */
export function subBlock(outer: Ipv4Block, prefix: number, index: number): Ipv4Block {
  const network = outer.network + index * 2 ** (32 - prefix);
  return { text: `${numberToIp(network)}/${prefix}`, network, prefix };
}

/** The first usable address of a block (the subnet gateway). @internal */
export function firstHost(block: Ipv4Block): string {
  return numberToIp(block.network + 1);
}
