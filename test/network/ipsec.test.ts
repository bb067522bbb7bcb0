/* IPsec proposals against BSI TR-02102-3: strong defaults, weak choices refused with the reason and the source. */
import { checkIkeVersion, DiffieHellmanGroup, IkeVersion, IpsecEncryption, IpsecIntegrity, IpsecProposal } from '../../lib/network/ipsec';
import { expectError } from './helpers';

describe('IpsecProposal', () => {
  test('strong(): AES-256-GCM, SHA-384, ECP-384', () => {
    expect(IpsecProposal.strong()).toEqual(expect.objectContaining({ encryption: IpsecEncryption.AES_256_GCM, integrity: IpsecIntegrity.SHA_384, dhGroup: DiffieHellmanGroup.ECP_384 }));
  });

  test.each([
    [{ encryption: IpsecEncryption.AES_256_CBC, integrity: IpsecIntegrity.SHA_256, dhGroup: DiffieHellmanGroup.MODP_3072 }],
    [{ dhGroup: DiffieHellmanGroup.ECP_256 }],
    [{ dhGroup: DiffieHellmanGroup.MODP_4096, integrity: IpsecIntegrity.SHA_512 }],
  ])('%j is accepted', (props) => {
    expect(() => IpsecProposal.of(props)).not.toThrow();
  });

  test.each([
    [{ encryption: IpsecEncryption.TRIPLE_DES }, /3DES.*TR-02102-3 \(version 2023-01\).*§3\.2\.1/],
    [{ encryption: IpsecEncryption.DES }, /DES/],
    [{ integrity: IpsecIntegrity.SHA_1 }, /HMAC-SHA-1 was discontinued \(document history 2020-01/],
    [{ integrity: IpsecIntegrity.MD5 }, /HMAC-MD5/],
    [{ dhGroup: DiffieHellmanGroup.MODP_2048 }, /at least 3000 bits \(document history 2017-01; §3\.2\.4\)/],
    [{ dhGroup: DiffieHellmanGroup.MODP_1024 }, /3000 bits/],
    [{ dhGroup: DiffieHellmanGroup.MODP_1536 }, /3000 bits/],
  ])('%j throws WEAK_VPN_CRYPTO with the reason and the source', (props, reason) => {
    const e = expectError(() => IpsecProposal.of(props), 'WEAK_VPN_CRYPTO');
    expect(e.message).toMatch(reason);
    expect(e.message).toContain('Fix: use IpsecProposal.strong()');
  });

  test('values outside the enums are refused', () => {
    expectError(() => IpsecProposal.of({ encryption: 'aes-512' as IpsecEncryption }), 'INVALID_CHOICE');
  });
});

describe('IKE version', () => {
  test('IKEv2 passes; IKEv1 throws citing RFC 9395', () => {
    expect(() => checkIkeVersion('Vpn', IkeVersion.IKEV2)).not.toThrow();
    expect(expectError(() => checkIkeVersion('Vpn', IkeVersion.IKEV1), 'WEAK_VPN_CRYPTO').message).toContain('RFC 9395');
  });
});
