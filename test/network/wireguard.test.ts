/* WireGuard by cloud-init: keys never literals, the configuration and cloud-init field by field. */
import { TerraformOutput, TerraformVariable } from 'cdktf';
import { WireGuardInterface, WireGuardKey } from '../../lib/network/wireguard';
import { expectError, stackOf, synth } from './helpers';

const PEER_KEY = 'xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=';
const PRIVATE_KEY_LITERAL = 'yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=';

describe('WireGuardKey', () => {
  test('from a sensitive variable without default; the same name is the same variable', () => {
    const stack = stackOf();
    const a = WireGuardKey.fromSensitiveVariable(stack, 'db_wg_key');
    const b = WireGuardKey.fromSensitiveVariable(stack, 'db_wg_key');
    new TerraformOutput(stack, 'a', { value: a._value, sensitive: true });
    new TerraformOutput(stack, 'b', { value: b._value, sensitive: true });
    const json = synth(stack);
    expect([json.output.a.value, json.output.b.value]).toEqual(['${var.db_wg_key}', '${var.db_wg_key}']);
    expect(json.variable.db_wg_key).toEqual(expect.objectContaining({ type: 'string', sensitive: true, nullable: false }));
    expect(json.variable.db_wg_key.default).toBeUndefined();
    expect(json.variable.db_wg_key.description).toContain('Terraform state holds it');
  });

  test('a literal is refused, and the message does not repeat the key', () => {
    const e = expectError(() => WireGuardKey.fromReference(PRIVATE_KEY_LITERAL), 'LITERAL_SECRET');
    expect(e.message).not.toContain(PRIVATE_KEY_LITERAL);
    expect(e.message).toContain('<a literal WireGuard key>');
    const stack = stackOf();
    const secret = new TerraformVariable(stack, 'from_vault', { type: 'string', sensitive: true });
    expect(WireGuardKey.fromReference(secret.stringValue).source).toBe('a reference');
  });

  test('a string where a key belongs is refused', () => {
    expectError(() => new WireGuardInterface({ address: '10.99.0.1/24', privateKey: PRIVATE_KEY_LITERAL as never }), 'LITERAL_SECRET');
  });
});

describe('WireGuardInterface', () => {
  const build = () => {
    const stack = stackOf();
    return new WireGuardInterface({ address: '10.99.0.1/24', privateKey: WireGuardKey.fromSensitiveVariable(stack, 'gw_key'), forwarding: true });
  };

  test('wg-quick configuration: interface, then each peer', () => {
    const wg = build();
    wg.addPeer({ publicKey: PEER_KEY, allowedIps: ['10.99.0.2/32', '10.200.0.0/16'], endpoint: '198.51.100.10:51820', persistentKeepaliveSeconds: 25 });
    const lines = wg.toConfig().split('\n');
    expect(lines.slice(0, 3)).toEqual(['[Interface]', 'Address = 10.99.0.1/24', 'ListenPort = 51820']);
    expect(lines[3]).toMatch(/^PrivateKey = \$\{TfToken\[TOKEN\.\d+\]\}$/);
    expect(lines.slice(5)).toEqual(['[Peer]', `PublicKey = ${PEER_KEY}`, 'AllowedIPs = 10.99.0.2/32, 10.200.0.0/16', 'Endpoint = 198.51.100.10:51820', 'PersistentKeepalive = 25', '']);
  });

  test('cloud-init: file mode 0600, forwarding, the unit started', () => {
    const init = build().toCloudInit();
    expect(init.startsWith('#cloud-config\npackages:\n  - wireguard-tools\nwrite_files:\n  - path: /etc/wireguard/wg0.conf\n    owner: root:root\n    permissions: \'0600\'')).toBe(true);
    expect(init).toContain('net.ipv4.ip_forward = 1');
    expect(init.trimEnd().endsWith('  - [systemctl, enable, --now, wg-quick@wg0]')).toBe(true);
  });

  test.each([
    [{ address: '10.99.0.1' }, 'INVALID_TUNNEL_ADDRESS'],
    [{ address: '10.99.0.1/33' }, 'INVALID_TUNNEL_ADDRESS'],
    [{ address: '10.99.0.1/24', listenPort: 70000 }, 'INVALID_PORT'],
    [{ address: '10.99.0.1/24', interfaceName: 'WG 0' }, 'INVALID_INTERFACE_NAME'],
  ])('%j throws %s', (props, code) => {
    expectError(() => new WireGuardInterface({ privateKey: WireGuardKey.fromSensitiveVariable(stackOf(), 'k'), ...props }), code);
  });

  test.each([
    [{ publicKey: 'not-a-key', allowedIps: ['10.0.0.0/8'] }, 'INVALID_PUBLIC_KEY'],
    [{ publicKey: PEER_KEY, allowedIps: [] }, 'NO_ALLOWED_IPS'],
    [{ publicKey: PEER_KEY, allowedIps: ['10.0.0.1/8'] }, 'INVALID_CIDR'],
    [{ publicKey: PEER_KEY, allowedIps: ['10.0.0.0/8'], endpoint: '198.51.100.10' }, 'INVALID_ENDPOINT'],
  ])('peer %j throws %s', (peer, code) => {
    expectError(() => build().addPeer(peer), code);
  });
});
