/*
 * UpCloud's server firewall is stateless ("does not keep track of connections. Make sure to
 * configure rules for both incoming and outgoing traffic",
 * https://upcloud.com/docs/products/networking/features/firewall/): every rule opened by name
 * becomes a pair here — the traffic itself and its replies — and both directions end in a
 * default drop (internal).
 */
import { Fn, Token } from 'cdktf';
import { UpcloudFirewallRule } from '../../bindings/upcloud/network';
import { formatAddress, parseBlock, sizeOf } from '../../util/addresses';
import { CheckedRule, Direction } from '../network';
import { FirewallProtocol } from '../port';

interface Range {
  readonly family: string;
  readonly start?: string;
  readonly end?: string;
}

function rangeOf(cidr: string): Range {
  if (Token.isUnresolved(cidr)) return { family: 'IPv4', start: Fn.cidrhost(cidr, 0), end: Fn.cidrhost(cidr, -1) };
  const block = parseBlock('firewall peer', cidr);
  const family = block.version === 4 ? 'IPv4' : 'IPv6';
  if (block.prefix === 0) return { family };
  return { family, start: formatAddress(block.network, block.version), end: formatAddress(block.network + sizeOf(block) - 1n, block.version) };
}

/** The rules of a public entry point: each checked rule with its replies, then the default drops. @internal */
export function statelessRules(rules: CheckedRule[]): UpcloudFirewallRule[] {
  const out: UpcloudFirewallRule[] = [];
  for (const rule of rules) {
    const icmp = rule.port.protocol === FirewallProtocol.ICMP;
    const ports = icmp || rule.port.allPorts ? undefined : { start: `${rule.port.fromPort}`, end: `${rule.port.toPort}` };
    const comment = (rule.description ?? `${rule.direction === Direction.IN ? 'From' : 'To'} ${rule.peer} on ${rule.port}`).slice(0, 250);
    for (const cidr of [...rule.ipv4, ...rule.ipv6]) {
      const range = rangeOf(cidr);
      const remote = (side: 'source' | 'destination') => side === 'source'
        ? { sourceAddressStart: range.start, sourceAddressEnd: range.end }
        : { destinationAddressStart: range.start, destinationAddressEnd: range.end };
      const base = { action: 'accept', family: range.family, protocol: rule.port.protocol };
      if (rule.direction === Direction.IN) {
        out.push({ ...base, direction: 'in', ...remote('source'), destinationPortStart: ports?.start, destinationPortEnd: ports?.end, comment });
        out.push({ ...base, direction: 'out', ...remote('destination'), sourcePortStart: ports?.start, sourcePortEnd: ports?.end, comment: `Replies: ${comment}`.slice(0, 250) });
      } else {
        out.push({ ...base, direction: 'out', ...remote('destination'), destinationPortStart: ports?.start, destinationPortEnd: ports?.end, comment });
        out.push({ ...base, direction: 'in', ...remote('source'), sourcePortStart: ports?.start, sourcePortEnd: ports?.end, comment: `Replies: ${comment}`.slice(0, 250) });
      }
    }
  }
  out.push({ direction: 'in', action: 'drop', comment: 'Default: drop (cdktf-sovereign)' });
  out.push({ direction: 'out', action: 'drop', comment: 'Default: drop (cdktf-sovereign)' });
  return out;
}
