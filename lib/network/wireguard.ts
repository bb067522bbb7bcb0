/*
 * WireGuard between hosts whose private network the provider does not encrypt: an interface
 * configuration delivered by cloud-init (user data). Private keys are never literals: they come
 * from a sensitive Terraform variable or another reference (a secret store's data source or
 * ephemeral resource). Terraform state then holds what the inputs hold (the server's user data
 * contains the key), so state belongs on an encrypted EU backend (EuStateBackend).
 *
 * WireGuard's cryptography is fixed by the protocol (Curve25519, ChaCha20-Poly1305, BLAKE2s;
 * https://www.wireguard.com/protocol/): there is no cipher to choose and none to get wrong.
 */
import { TerraformStack, TerraformVariable, Token } from 'cdktf';
import { Construct } from 'constructs';
import { invalidInput } from '../errors';
import { parseBlock } from '../util/addresses';

/** A WireGuard key is 32 bytes, written as 44 characters of base64. */
const KEY = /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/;

/**
 * Where a WireGuard private key comes from: never a literal.
 *
 * @example
 * const key = WireGuardKey.fromSensitiveVariable(stack, 'gateway_wg_private_key');
 */
export class WireGuardKey {
  /**
   * A sensitive Terraform variable without default (set `TF_VAR_<name>` from your secret
   * store). Created in `scope`'s stack on first use; the same name returns the same variable.
   */
  public static fromSensitiveVariable(scope: Construct, name: string): WireGuardKey {
    if (typeof name !== 'string' || !/^[a-z][a-z0-9_]{0,62}$/.test(name)) {
      throw invalidInput({ code: 'INVALID_VARIABLE_NAME', what: 'WireGuardKey.fromSensitiveVariable name', given: name, allowed: 'a Terraform variable name: a lower-case letter, then lower-case letters, digits and "_", at most 63 characters', fix: 'use a name such as "gateway_wg_private_key".' });
    }
    // At the stack root, so the variable is `var.<name>` whatever the scope.
    const stack = TerraformStack.of(scope);
    const existing = stack.node.tryFindChild(name);
    if (existing !== undefined && !(existing instanceof TerraformVariable)) {
      throw invalidInput({ code: 'NAME_TAKEN', what: 'WireGuardKey.fromSensitiveVariable name', given: name, allowed: 'a name no other construct at the stack root has', fix: 'choose another variable name.' });
    }
    const variable = existing instanceof TerraformVariable ? existing : new TerraformVariable(stack, name, {
      type: 'string',
      sensitive: true,
      nullable: false,
      description: 'WireGuard private key (wg genkey); set TF_VAR_' + name + ' from your secret store. Terraform state holds it: keep state on an encrypted EU backend.',
    });
    return new WireGuardKey(variable.stringValue, `variable ${name}`);
  }

  /**
   * A reference that resolves to the key at apply time, e.g. a secret store's data source
   * attribute. A literal key is refused.
   */
  public static fromReference(reference: string): WireGuardKey {
    if (!Token.isUnresolved(reference)) {
      throw invalidInput({
        code: 'LITERAL_SECRET',
        what: 'WireGuardKey.fromReference reference',
        given: KEY.test(String(reference)) ? '<a literal WireGuard key>' : reference,
        allowed: 'a Terraform reference (token) to the key in a secret store, never the key itself',
        fix: 'use WireGuardKey.fromSensitiveVariable(scope, name), or a reference such as a data source attribute of your secret store.',
      });
    }
    return new WireGuardKey(reference, 'a reference');
  }

  /** The key as a Terraform reference. @internal */
  public readonly _value: string;
  /** Where the key comes from (`variable <name>` or `a reference`). */
  public readonly source: string;

  private constructor(value: string, source: string) {
    this._value = value;
    this.source = source;
  }
}

/** A peer of a WireGuard interface. */
export interface WireGuardPeer {
  /** The peer's public key (44 characters of base64, from `wg pubkey`); public keys are not secret. */
  readonly publicKey: string;
  /** Blocks routed to this peer (its tunnel address as /32, networks behind it). */
  readonly allowedIps: string[];
  /**
   * `host:port` where the peer listens.
   * @default - none: the peer connects to this host
   */
  readonly endpoint?: string;
  /**
   * Keepalive in seconds, for peers behind NAT.
   * @default - none
   */
  readonly persistentKeepaliveSeconds?: number;
}

/** Settings of a `WireGuardInterface`. */
export interface WireGuardInterfaceProps {
  /** The host's tunnel address with the tunnel's prefix, e.g. `10.99.0.1/24`. */
  readonly address: string;
  /** The host's private key. */
  readonly privateKey: WireGuardKey;
  /**
   * UDP port to listen on.
   * @default 51820
   */
  readonly listenPort?: number;
  /**
   * Interface name.
   * @default "wg0"
   */
  readonly interfaceName?: string;
  /**
   * The peers.
   * @default - none; add them with `addPeer`
   */
  readonly peers?: WireGuardPeer[];
  /**
   * Forward packets between the tunnel and the private network (a gateway for other hosts).
   * @default false
   */
  readonly forwarding?: boolean;
  /**
   * Install `wireguard-tools` from the distribution's package mirror at first boot. Hosts without
   * a route to a mirror need an image that has it.
   * @default true
   */
  readonly installPackages?: boolean;
}

/**
 * A WireGuard interface delivered by cloud-init: pass `toCloudInit()` as a server's user data.
 *
 * @example
 * const wg = new WireGuardInterface({ address: '10.99.0.1/24', privateKey: WireGuardKey.fromSensitiveVariable(stack, 'db_wg_key') });
 * wg.addPeer({ publicKey: 'xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=', allowedIps: ['10.99.0.2/32'], endpoint: '10.0.0.3:51820' });
 */
export class WireGuardInterface {
  /** The tunnel address with prefix. */
  public readonly address: string;
  /** The UDP listen port. */
  public readonly listenPort: number;
  /** The interface name. */
  public readonly interfaceName: string;
  private readonly privateKey: WireGuardKey;
  private readonly peers: WireGuardPeer[] = [];
  private readonly forwarding: boolean;
  private readonly installPackages: boolean;

  constructor(props: WireGuardInterfaceProps) {
    if (props === undefined || props === null || typeof props !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: 'WireGuardInterface props', given: props, allowed: 'a WireGuardInterfaceProps object', fix: 'pass { address, privateKey }.' });
    }
    if (!(props.privateKey instanceof WireGuardKey)) {
      throw invalidInput({ code: 'LITERAL_SECRET', what: 'WireGuardInterface privateKey', given: typeof props.privateKey === 'string' ? '<a string>' : props.privateKey, allowed: 'a WireGuardKey (a sensitive variable or a secret-store reference), never the key as text', fix: 'pass WireGuardKey.fromSensitiveVariable(scope, "host_wg_private_key").' });
    }
    this.address = checkAddress(props.address);
    this.listenPort = props.listenPort ?? 51820;
    if (!Number.isInteger(this.listenPort) || this.listenPort < 1 || this.listenPort > 65535) {
      throw invalidInput({ code: 'INVALID_PORT', what: 'WireGuardInterface listenPort', given: props.listenPort, allowed: 'an integer from 1 to 65535', fix: 'use the default 51820.' });
    }
    this.interfaceName = props.interfaceName ?? 'wg0';
    if (!/^[a-z][a-z0-9]{0,14}$/.test(this.interfaceName)) {
      throw invalidInput({ code: 'INVALID_INTERFACE_NAME', what: 'WireGuardInterface interfaceName', given: props.interfaceName, allowed: 'a Linux interface name: a lower-case letter, then up to 14 letters or digits', fix: 'use "wg0".' });
    }
    this.privateKey = props.privateKey;
    this.forwarding = props.forwarding ?? false;
    this.installPackages = props.installPackages ?? true;
    (props.peers ?? []).forEach((p) => this.addPeer(p));
  }

  /** Add a peer. */
  public addPeer(peer: WireGuardPeer): void {
    const what = `WireGuardInterface ${this.address} peer`;
    if (!Token.isUnresolved(peer.publicKey) && (typeof peer.publicKey !== 'string' || !KEY.test(peer.publicKey))) {
      throw invalidInput({ code: 'INVALID_PUBLIC_KEY', what: `${what} publicKey`, given: peer.publicKey, allowed: 'a WireGuard public key: 44 characters of base64 ending in "=" (wg pubkey)', fix: 'paste the output of `wg pubkey` for the peer.' });
    }
    if (!Array.isArray(peer.allowedIps) || peer.allowedIps.length === 0) {
      throw invalidInput({ code: 'NO_ALLOWED_IPS', what: `${what} allowedIps`, given: peer.allowedIps, allowed: 'one or more CIDR blocks routed to the peer', fix: 'list the peer\'s tunnel address (/32) and the networks behind it.' });
    }
    peer.allowedIps.forEach((cidr, i) => {
      if (!Token.isUnresolved(cidr)) parseBlock(`${what} allowedIps[${i}]`, cidr);
    });
    if (peer.endpoint !== undefined && !Token.isUnresolved(peer.endpoint) && !/^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):\d{1,5}$/.test(peer.endpoint)) {
      throw invalidInput({ code: 'INVALID_ENDPOINT', what: `${what} endpoint`, given: peer.endpoint, allowed: 'host:port, e.g. "198.51.100.10:51820" or "[2001:db8::1]:51820"', fix: 'add the peer\'s UDP port.' });
    }
    this.peers.push({ ...peer, allowedIps: [...peer.allowedIps] });
  }

  /** The wg-quick configuration (with the private key as a Terraform reference). */
  public toConfig(): string {
    const lines = ['[Interface]', `Address = ${this.address}`, `ListenPort = ${this.listenPort}`, `PrivateKey = ${this.privateKey._value}`];
    for (const p of this.peers) {
      lines.push('', '[Peer]', `PublicKey = ${p.publicKey}`, `AllowedIPs = ${p.allowedIps.join(', ')}`);
      if (p.endpoint !== undefined) lines.push(`Endpoint = ${p.endpoint}`);
      if (p.persistentKeepaliveSeconds !== undefined) lines.push(`PersistentKeepalive = ${p.persistentKeepaliveSeconds}`);
    }
    return `${lines.join('\n')}\n`;
  }

  /** cloud-init user data that writes the configuration (mode 0600) and starts `wg-quick@<interface>`. */
  public toCloudInit(): string {
    const indent = (text: string) => text.split('\n').map((l) => (l === '' ? '' : `      ${l}`)).join('\n');
    const out = ['#cloud-config'];
    if (this.installPackages) out.push('packages:', '  - wireguard-tools');
    out.push('write_files:', `  - path: /etc/wireguard/${this.interfaceName}.conf`, '    owner: root:root', "    permissions: '0600'", '    content: |', indent(this.toConfig()).replace(/\n$/, ''));
    if (this.forwarding) {
      out.push('  - path: /etc/sysctl.d/90-wireguard-forwarding.conf', "    permissions: '0644'", '    content: |', '      net.ipv4.ip_forward = 1');
    }
    out.push('runcmd:');
    if (this.forwarding) out.push('  - [sysctl, --system]');
    out.push(`  - [systemctl, enable, --now, wg-quick@${this.interfaceName}]`);
    return `${out.join('\n')}\n`;
  }
}

function checkAddress(address: string): string {
  if (Token.isUnresolved(address)) return address;
  const slash = typeof address === 'string' ? address.lastIndexOf('/') : -1;
  if (slash < 0) {
    throw invalidInput({ code: 'INVALID_TUNNEL_ADDRESS', what: 'WireGuardInterface address', given: address, allowed: 'the host\'s tunnel address with the tunnel\'s prefix, e.g. "10.99.0.1/24"', fix: 'add the prefix length.' });
  }
  // The host address itself has host bits; check the block it lies in.
  const prefix = Number(address.slice(slash + 1));
  const host = address.slice(0, slash);
  parseBlock('WireGuardInterface address', `${host}/${host.includes(':') ? 128 : 32}`);
  if (!Number.isInteger(prefix) || prefix < 1 || prefix > (host.includes(':') ? 128 : 32)) {
    throw invalidInput({ code: 'INVALID_TUNNEL_ADDRESS', what: 'WireGuardInterface address', given: address, allowed: 'a prefix length from 1 to 32 (IPv4) or 128 (IPv6)', fix: 'use e.g. "10.99.0.1/24".' });
  }
  return address;
}
