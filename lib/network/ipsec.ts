/*
 * IPsec proposals for managed site-to-site VPNs, with strong defaults and the thresholds of
 * BSI TR-02102-3 ("Cryptographic Mechanisms: Recommendations and Key Lengths, Part 3 – Use of
 * Internet Protocol Security (IPsec) and Internet Key Exchange (IKEv2)", version 2023-01):
 * - the guideline covers IKEv2 only; IKEv1 is deprecated by RFC 9395 (2023);
 * - since 2023 a security level of 120 bits: Diffie-Hellman groups of at least 3000 bits,
 *   elliptic curves of at least 250 bits (document history, 2016-01 and 2017-01; §3.2.4);
 * - HMAC-SHA-1 discontinued (document history, 2020-01; §3.2.2–3.2.3); MD5 and DES/3DES are not
 *   among the recommended mechanisms (§3.2.1, §3.3);
 * - perfect forward secrecy (§2.1.5): a Diffie-Hellman exchange for every child SA.
 * https://www.bsi.bund.de/SharedDocs/Downloads/EN/BSI/Publications/TechGuidelines/TG02102/BSI-TR-02102-3.html
 */
import { IPSEC_REASONS, IpsecSetting, judgeIpsecValue, TR_02102_3 } from '../catalog/facts/ipsec';
import { invalidInput } from '../errors';

// The thresholds live in the catalog (lib/catalog/facts/ipsec.ts): the engine judges raw
// Terraform by the same table.
export { TR_02102_3 };

/** IKE version. */
export enum IkeVersion {
  /** IKEv2 (RFC 7296). */
  IKEV2 = 'IKEv2',
  /** IKEv1: deprecated (RFC 9395), refused. */
  IKEV1 = 'IKEv1',
}

/** Encryption algorithm of IKE or ESP. */
export enum IpsecEncryption {
  /** AES-256 in GCM (authenticated encryption, 16-byte ICV). */
  AES_256_GCM = 'AES-256-GCM',
  /** AES-128 in GCM. */
  AES_128_GCM = 'AES-128-GCM',
  /** AES-256 in CBC, with an HMAC-SHA-2 integrity algorithm. */
  AES_256_CBC = 'AES-256-CBC',
  /** AES-128 in CBC, with an HMAC-SHA-2 integrity algorithm. */
  AES_128_CBC = 'AES-128-CBC',
  /** ChaCha20-Poly1305 (RFC 7634). */
  CHACHA20_POLY1305 = 'CHACHA20-POLY1305',
  /** Triple DES: refused. */
  TRIPLE_DES = '3DES',
  /** DES: refused. */
  DES = 'DES',
}

/** Integrity (and PRF) algorithm. */
export enum IpsecIntegrity {
  /** HMAC-SHA-512. */
  SHA_512 = 'SHA-512',
  /** HMAC-SHA-384. */
  SHA_384 = 'SHA-384',
  /** HMAC-SHA-256. */
  SHA_256 = 'SHA-256',
  /** HMAC-SHA-1: refused. */
  SHA_1 = 'SHA-1',
  /** HMAC-MD5: refused. */
  MD5 = 'MD5',
}

/** Diffie-Hellman group (IANA IKEv2 transform type 4). */
export enum DiffieHellmanGroup {
  /** Group 21: 521-bit random ECP. */
  ECP_521 = 'ECP-521',
  /** Group 20: 384-bit random ECP. */
  ECP_384 = 'ECP-384',
  /** Group 19: 256-bit random ECP. */
  ECP_256 = 'ECP-256',
  /** Group 31: Curve25519. */
  CURVE_25519 = 'CURVE-25519',
  /** Group 16: 4096-bit MODP. */
  MODP_4096 = 'MODP-4096',
  /** Group 15: 3072-bit MODP. */
  MODP_3072 = 'MODP-3072',
  /** Group 14: 2048-bit MODP: refused (below 3000 bits). */
  MODP_2048 = 'MODP-2048',
  /** Group 5: 1536-bit MODP: refused. */
  MODP_1536 = 'MODP-1536',
  /** Group 2: 1024-bit MODP: refused. */
  MODP_1024 = 'MODP-1024',
}

/** IANA group numbers. @internal */
export const DH_GROUP_NUMBERS: Readonly<Record<DiffieHellmanGroup, number>> = {
  [DiffieHellmanGroup.ECP_521]: 21, [DiffieHellmanGroup.ECP_384]: 20, [DiffieHellmanGroup.ECP_256]: 19, [DiffieHellmanGroup.CURVE_25519]: 31,
  [DiffieHellmanGroup.MODP_4096]: 16, [DiffieHellmanGroup.MODP_3072]: 15, [DiffieHellmanGroup.MODP_2048]: 14, [DiffieHellmanGroup.MODP_1536]: 5,
  [DiffieHellmanGroup.MODP_1024]: 2,
};

/** One phase's proposal: encryption, integrity, Diffie-Hellman group. */
export interface IpsecProposalProps {
  /**
   * Encryption.
   * @default IpsecEncryption.AES_256_GCM
   */
  readonly encryption?: IpsecEncryption;
  /**
   * Integrity / PRF. GCM needs no integrity algorithm for ESP; IKE still uses it as PRF.
   * @default IpsecIntegrity.SHA_384
   */
  readonly integrity?: IpsecIntegrity;
  /**
   * Diffie-Hellman group (for ESP: the perfect-forward-secrecy group).
   * @default DiffieHellmanGroup.ECP_384
   */
  readonly dhGroup?: DiffieHellmanGroup;
}

/**
 * An IKE or ESP proposal checked against BSI TR-02102-3: weak choices throw with the reason and
 * the source.
 *
 * @example
 * IpsecProposal.strong();                                                   // AES-256-GCM, SHA-384, ECP-384
 * IpsecProposal.of({ encryption: IpsecEncryption.AES_256_CBC, integrity: IpsecIntegrity.SHA_256, dhGroup: DiffieHellmanGroup.MODP_3072 });
 */
export class IpsecProposal {
  /** AES-256-GCM, HMAC-SHA-384, ECP-384 (group 20). */
  public static strong(): IpsecProposal {
    return new IpsecProposal({});
  }

  /** A proposal of your choice, checked. */
  public static of(props: IpsecProposalProps): IpsecProposal {
    return new IpsecProposal(props ?? {});
  }

  public readonly encryption: IpsecEncryption;
  public readonly integrity: IpsecIntegrity;
  public readonly dhGroup: DiffieHellmanGroup;

  private constructor(props: IpsecProposalProps) {
    this.encryption = props.encryption ?? IpsecEncryption.AES_256_GCM;
    this.integrity = props.integrity ?? IpsecIntegrity.SHA_384;
    this.dhGroup = props.dhGroup ?? DiffieHellmanGroup.ECP_384;
    checkChoice('encryption', this.encryption, Object.values(IpsecEncryption));
    checkChoice('integrity', this.integrity, Object.values(IpsecIntegrity));
    checkChoice('dhGroup', this.dhGroup, Object.values(DiffieHellmanGroup));
    for (const [field, setting, value] of [
      ['encryption', IpsecSetting.ENCRYPTION, this.encryption],
      ['integrity', IpsecSetting.INTEGRITY, this.integrity],
      ['dhGroup', IpsecSetting.DH_GROUP, this.dhGroup],
    ] as const) {
      const verdict = judgeIpsecValue(setting, value);
      if (verdict.strong === false) throw weak(field, value, verdict.reason!);
    }
  }

  /** `AES-256-GCM/SHA-384/ECP-384`. */
  public toString(): string {
    return `${this.encryption}/${this.integrity}/${this.dhGroup}`;
  }
}

/** Refuse IKEv1 (RFC 9395; TR-02102-3 covers IKEv2 only). @internal */
export function checkIkeVersion(what: string, version: IkeVersion): void {
  checkChoice('ikeVersion', version, Object.values(IkeVersion));
  if (judgeIpsecValue(IpsecSetting.IKE_VERSION, version).strong !== true) {
    throw invalidInput({
      code: 'WEAK_VPN_CRYPTO',
      what: `${what} ikeVersion`,
      given: version,
      allowed: IPSEC_REASONS.ikeVersion,
      fix: 'use IkeVersion.IKEV2 on both ends of the tunnel.',
    });
  }
}

function weak(field: string, given: string, reason: string) {
  return invalidInput({
    code: 'WEAK_VPN_CRYPTO',
    what: `IpsecProposal ${field}`,
    given,
    allowed: `choices that meet ${TR_02102_3}: ${reason}`,
    fix: 'use IpsecProposal.strong() (AES-256-GCM, SHA-384, ECP-384), or AES-256-CBC with SHA-256 or better and MODP-3072/ECP-256 or better.',
  });
}

function checkChoice(field: string, given: string, allowed: string[]): void {
  if (!allowed.includes(given)) {
    throw invalidInput({ code: 'INVALID_CHOICE', what: `IpsecProposal ${field}`, given, allowed: allowed.join(', '), fix: 'use a value of the enum.' });
  }
}
