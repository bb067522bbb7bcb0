/* Address blocks on ipaddr.js: parsing, containment, overlap and carving, IPv4 and IPv6. */
import { blockProblem, contains, formatAddress, hostAt, isEverything, isPrivate, overlaps, parseBlock, sizeOf, subBlock } from '../../lib/util/addresses';

const b = (text: string) => parseBlock('test', text);

describe('parseBlock', () => {
  test.each([
    ['10.0.0.0/16', 4, 16],
    ['0.0.0.0/0', 4, 0],
    ['2001:db8::/32', 6, 32],
    ['fd12:3456:789a::/48', 6, 48],
    ['::/0', 6, 0],
    ['192.0.2.7/32', 4, 32],
  ])('%s is IPv%i with prefix /%i', (text, version, prefix) => {
    expect(b(text)).toEqual(expect.objectContaining({ text, version, prefix }));
  });

  test.each([
    ['10.0.0.0', 'write the block as <address>/<prefix length>.'],
    ['10.0.0.0/x', 'give the prefix length as a number after "/".'],
    ['10.0.1.0/16', 'use the network address: "10.0.0.0/16".'],
    ['2001:db8::1/32', 'use the network address: "2001:db8::/32".'],
    ['10.0.0.0/33', 'the prefix length of an IPv4 block is at most 32.'],
    ['2001:db8::/129', 'the prefix length of an IPv6 block is at most 128.'],
    ['10.1/16', 'check the address: four numbers 0-255 for IPv4, or eight groups of hex digits for IPv6.'],
    ['0x0a.0.0.0/8', 'check the address: four numbers 0-255 for IPv4, or eight groups of hex digits for IPv6.'],
    ['2001:db8:::/32', 'check the address: four numbers 0-255 for IPv4, or eight groups of hex digits for IPv6.'],
  ])('%j: %s', (text, fix) => {
    expect(blockProblem(text)).toBe(fix);
    expect(() => b(text)).toThrow(`Fix: ${fix}`);
  });

  test('a version can be required, with its own Allowed clause', () => {
    expect(() => parseBlock('Subnet', 'fd00::/64', { version: 4, allowed: 'an IPv4 block' }))
      .toThrow('Subnet: got "fd00::/64". Allowed: an IPv4 block. Fix: use an IPv4 block.');
  });
});

describe('arithmetic', () => {
  test('containment and overlap, never across versions', () => {
    expect(contains(b('10.0.0.0/16'), b('10.0.4.0/22'))).toBe(true);
    expect(contains(b('10.0.4.0/22'), b('10.0.0.0/16'))).toBe(false);
    expect(contains(b('10.0.0.0/16'), b('10.1.0.0/24'))).toBe(false);
    expect(overlaps(b('10.0.0.0/23'), b('10.0.1.0/24'))).toBe(true);
    expect(overlaps(b('10.0.0.0/24'), b('10.0.1.0/24'))).toBe(false);
    expect(contains(b('fd00::/8'), b('fd00:1::/64'))).toBe(true);
    expect(contains(b('0.0.0.0/0'), b('::/0'))).toBe(false);
    expect(overlaps(b('::/0'), b('10.0.0.0/8'))).toBe(false);
  });

  test('carving consecutive blocks and hosts', () => {
    expect([0, 1, 2].map((i) => subBlock(b('10.0.0.0/16'), 20, i).text)).toEqual(['10.0.0.0/20', '10.0.16.0/20', '10.0.32.0/20']);
    expect([0, 1].map((i) => subBlock(b('fd00:a::/48'), 64, i).text)).toEqual(['fd00:a::/64', 'fd00:a:0:1::/64']);
    expect(hostAt(b('10.0.16.0/20'), 1)).toBe('10.0.16.1');
    expect(hostAt(b('fd00:a::/64'), 1)).toBe('fd00:a::1');
    expect(sizeOf(b('10.0.0.0/24'))).toBe(256n);
    expect(formatAddress(0xc0000207n, 4)).toBe('192.0.2.7');
  });

  test('private: RFC 1918 and unique local; everything: /0', () => {
    expect(['10.0.0.0/8', '172.16.0.0/12', '172.31.255.0/24', '192.168.1.0/24', 'fd00::/8', 'fc00::/7'].map((t) => isPrivate(b(t)))).toEqual([true, true, true, true, true, true]);
    expect(['172.32.0.0/16', '100.64.0.0/10', '8.8.8.0/24', '2001:db8::/32', '0.0.0.0/0', '10.0.0.0/7'].map((t) => isPrivate(b(t)))).toEqual([false, false, false, false, false, false]);
    expect([isEverything(b('0.0.0.0/0')), isEverything(b('::/0')), isEverything(b('0.0.0.0/1'))]).toEqual([true, true, false]);
  });
});
