/**
 * IP network functions: `cidrhost`, `cidrnetmask`, `cidrsubnet`, `cidrsubnets`, for IPv4
 * and IPv6, with the arithmetic of Terraform's go-cidr.
 * https://developer.hashicorp.com/terraform/language/functions/cidrsubnet
 * @internal
 */
import { EvalError, list, Value } from '../value';
import { FunctionTable, int, NUMBER, num, STRING, str } from './support';

interface Network {
  /** The network address (host bits cleared). */
  readonly base: bigint;
  readonly prefix: number;
  /** 32 or 128. */
  readonly bits: number;
}

function parseIPv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let v = 0n;
  for (const p of parts) {
    // Terraform's ipaddr (Go 1.16 net) accepts leading zeros as decimal.
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    v = (v << 8n) | BigInt(Number(p));
  }
  return v;
}

function parseIPv6(text: string): bigint | undefined {
  let head = text;
  let tailV4: bigint | undefined;
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    tailV4 = parseIPv4(text.slice(lastColon + 1));
    if (tailV4 === undefined) return undefined;
    head = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  const groups = (s: string) => (s === '' ? [] : s.split(':'));
  const left = groups(halves[0]);
  const right = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - left.length - right.length;
  if (halves.length === 1 ? left.length !== 8 : missing < 1) return undefined;
  const all = [...left, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...right];
  let v = 0n;
  for (const g of all) {
    if (!/^[0-9A-Fa-f]{1,4}$/.test(g)) return undefined;
    v = (v << 16n) | BigInt(parseInt(g, 16));
  }
  if (tailV4 !== undefined) v = (v & ~0xffffffffn) | tailV4;
  return v;
}

function parseCidr(text: string): Network {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(text);
  if (!m) throw new EvalError(`invalid CIDR expression: invalid CIDR address: ${text}`);
  const v4 = parseIPv4(m[1]);
  const address = v4 ?? parseIPv6(m[1]);
  const bits = v4 !== undefined ? 32 : 128;
  const prefix = Number(m[2]);
  if (address === undefined || prefix > bits) throw new EvalError(`invalid CIDR expression: invalid CIDR address: ${text}`);
  const hostBits = BigInt(bits - prefix);
  return { base: (address >> hostBits) << hostBits, prefix, bits };
}

function formatAddress(v: bigint, bits: number): string {
  if (bits === 32 || v >> 32n === 0xffffn) {
    const b = v & 0xffffffffn;
    return [24n, 16n, 8n, 0n].map((s) => String((b >> s) & 0xffn)).join('.');
  }
  const groups: number[] = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((v >> BigInt(i * 16)) & 0xffffn));
  // The longest run of two or more zero groups becomes `::` (the first one on a tie).
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart === -1) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

function formatNetwork(base: bigint, prefix: number, bits: number): string {
  return `${formatAddress(base, bits)}/${prefix}`;
}

function bigIntOf(v: Value, what: string): bigint {
  const n = num(v);
  if (!Number.isInteger(n)) throw new EvalError(`${what} must be a whole number`);
  return BigInt(n);
}

function host(prefixText: string, hostnum: bigint): string {
  const n = parseCidr(prefixText);
  const hostBits = BigInt(n.bits - n.prefix);
  const max = (1n << hostBits) - 1n;
  const magnitude = hostnum < 0n ? -hostnum - 1n : hostnum;
  if (magnitude > max) throw new EvalError(`prefix of ${n.prefix} does not accommodate a host numbered ${hostnum}`);
  const offset = hostnum < 0n ? max - magnitude : hostnum;
  return formatAddress(n.base | offset, n.bits);
}

function subnet(prefixText: string, newbits: number, netnum: bigint): string {
  const n = parseCidr(prefixText);
  const prefix = n.prefix + newbits;
  if (newbits < 0) throw new EvalError('cidrsubnet: newbits must not be negative');
  if (prefix > n.bits) throw new EvalError(`insufficient address space to extend prefix of ${n.prefix} by ${newbits}`);
  if (netnum < 0n || netnum > (1n << BigInt(newbits)) - 1n) throw new EvalError(`prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`);
  return formatNetwork(n.base | (netnum << BigInt(n.bits - prefix)), prefix, n.bits);
}

/** Consecutive subnets of the given extensions, as Terraform's `cidrsubnets` allocates them. */
function subnets(prefixText: string, extensions: readonly number[]): string[] {
  const n = parseCidr(prefixText);
  const size = 1n << BigInt(n.bits);
  const mask = (len: number) => ((size - 1n) >> BigInt(n.bits - len)) << BigInt(n.bits - len);
  const lastOf = (base: bigint, len: number) => base | ((1n << BigInt(n.bits - len)) - 1n);
  // go-cidr PreviousSubnet: the subnet just before the start, at the start's prefix length.
  let current = { base: ((n.base - 1n + size) % size) & mask(n.prefix), prefix: n.prefix };
  const out: string[] = [];
  for (const extension of extensions) {
    if (extension < 1) throw new EvalError('cidrsubnets: must extend prefix by at least one bit');
    const len = n.prefix + extension;
    if (len > n.bits) throw new EvalError(`cidrsubnets: would extend prefix to ${len} bits, which is too long for an IPv${n.bits === 32 ? 4 : 6} address`);
    // go-cidr NextSubnet
    const startOfCurrentAtLen = lastOf(current.base, current.prefix) & mask(len);
    const after = lastOf(startOfCurrentAtLen, len) + 1n;
    const rollover = after === size;
    const next = (after % size) & mask(len);
    const inside = (next & mask(n.prefix)) === n.base;
    if (rollover || !inside) throw new EvalError(`cidrsubnets: not enough remaining address space for a subnet with a prefix of ${len} bits after ${formatNetwork(current.base, current.prefix, n.bits)}`);
    current = { base: next, prefix: len };
    out.push(formatNetwork(next, len, n.bits));
  }
  return out;
}

export const IPNET_FUNCTIONS: FunctionTable = {
  cidrhost: { params: [STRING, NUMBER], impl: ([p, h]) => host(str(p), bigIntOf(h, 'the host number')) },
  cidrnetmask: {
    params: [STRING],
    impl: ([p]) => {
      const n = parseCidr(str(p));
      if (n.bits !== 32) throw new EvalError(`IPv6 addresses cannot have a netmask: ${str(p)}`);
      return formatAddress(((1n << 32n) - 1n) >> BigInt(32 - n.prefix) << BigInt(32 - n.prefix), 32);
    },
  },
  cidrsubnet: { params: [STRING, NUMBER, NUMBER], impl: ([p, bits, netnum]) => subnet(str(p), int(bits, 'newbits'), bigIntOf(netnum, 'netnum')) },
  cidrsubnets: {
    params: [STRING],
    variadic: NUMBER,
    impl: ([p, ...bits]) => list(subnets(str(p), bits.map((b) => int(b, 'newbits'))), 'string'),
  },
};
