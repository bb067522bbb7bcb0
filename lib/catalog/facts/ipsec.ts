/*
 * IPsec: which arguments of a VPN resource type carry the IKE version, the algorithms, the
 * Diffie-Hellman groups and perfect forward secrecy (per resource type, in the provider's
 * catalog file), and the one table of thresholds — BSI TR-02102-3 — that both the VPN
 * constructs (lib/network/ipsec.ts, which throw) and the engine (SOV-ENCRYPTION-IN-TRANSIT,
 * which reports) judge them by.
 *
 * BSI TR-02102-3, "Cryptographic Mechanisms: Recommendations and Key Lengths, Part 3 – Use of
 * Internet Protocol Security (IPsec) and Internet Key Exchange (IKEv2)", version 2023-01:
 * - the guideline covers IKEv2 only; IKEv1 is deprecated by RFC 9395 (2023);
 * - since 2023 a security level of 120 bits: Diffie-Hellman groups of at least 3000 bits,
 *   elliptic curves of at least 250 bits (document history, 2016-01 and 2017-01; §3.2.4);
 * - HMAC-SHA-1 discontinued (document history, 2020-01; §3.2.2–3.2.3); MD5 and DES/3DES are not
 *   among the recommended mechanisms (§3.2.1, §3.3);
 * - perfect forward secrecy (§2.1.5): a Diffie-Hellman exchange for every child SA.
 * https://www.bsi.bund.de/SharedDocs/Downloads/EN/BSI/Publications/TechGuidelines/TG02102/BSI-TR-02102-3.html
 * Group sizes: IANA "Internet Key Exchange Version 2 (IKEv2) Parameters", Transform Type 4
 * https://www.iana.org/assignments/ikev2-parameters/ikev2-parameters.xhtml#ikev2-parameters-8
 */

/** Where the thresholds come from, for messages. */
export const TR_02102_3 = 'BSI TR-02102-3 (version 2023-01)';
/** The guideline's URL. */
export const TR_02102_3_URL = 'https://www.bsi.bund.de/SharedDocs/Downloads/EN/BSI/Publications/TechGuidelines/TG02102/BSI-TR-02102-3.html';

/** What an IPsec argument sets. */
export enum IpsecSetting {
  /** The IKE version (`v1`, `ikev2`, …). */
  IKE_VERSION = 'ike-version',
  /** An encryption algorithm (IKE or ESP). */
  ENCRYPTION = 'encryption',
  /** An integrity / PRF algorithm. */
  INTEGRITY = 'integrity',
  /** A Diffie-Hellman group of the IKE exchange. */
  DH_GROUP = 'dh-group',
  /** The perfect-forward-secrecy group of the child SAs (a DH group, or a word that switches PFS off). */
  PFS_GROUP = 'pfs-group',
}

/** One argument of a VPN resource type that sets an IPsec parameter. */
export interface IpsecArgumentFact {
  /** Dotted path of the argument (nested blocks are entered element by element); a string or a list of strings or numbers. */
  readonly path: string;
  /** What it sets. */
  readonly setting: IpsecSetting;
  /** The phase, in messages ("IKE (phase 1)", "ESP (phase 2)"). */
  readonly phase: string;
  /**
   * The value the provider documents for an absent argument (judged like a written one).
   * @default - an absent argument is not judged
   */
  readonly documentedDefault?: string;
  /**
   * Only judged when this block (dotted path) is written (e.g. an optional cipher block whose defaults are not documented).
   * @default - always judged
   */
  readonly whenBlockWritten?: string;
  /**
   * PFS_GROUP: an absent argument (inside a written `whenBlockWritten`) means no perfect forward secrecy.
   * @default false
   */
  readonly absentMeansNoPfs?: boolean;
}

/** How a VPN resource type writes its IPsec parameters. */
export interface IpsecFact {
  /** The arguments. */
  readonly arguments: IpsecArgumentFact[];
  /** What the resource is, in messages ("IPsec tunnel", "IKE policy"). */
  readonly what: string;
}

/** A verdict on one IPsec value. */
export interface IpsecVerdict {
  /** Whether it meets the thresholds; undefined when the value is not recognised. */
  readonly strong: boolean | undefined;
  /** Why it does not (with the section of the guideline). */
  readonly reason?: string;
}

/** The reasons, one per weakness (the constructs' errors quote them too). */
export const IPSEC_REASONS = {
  ikeVersion: `IKEv1: ${TR_02102_3} covers IKEv2 only, and RFC 9395 deprecates IKEv1`,
  encryption: 'DES and 3DES are not among the encryption algorithms the guideline recommends (§3.2.1, §3.3); 3DES has a 64-bit block and DES a 56-bit key',
  integrity: 'HMAC-MD5 is not recommended and HMAC-SHA-1 was discontinued (document history 2020-01; §3.2.2, §3.2.3)',
  dhGroup: 'since 2023 the guideline asks for a 120-bit security level: finite-field Diffie-Hellman groups of at least 3000 bits (document history 2017-01; §3.2.4), i.e. MODP-3072 or larger, or ECP-256 or larger',
  noPfs: 'without perfect forward secrecy a compromised IKE key exposes every child SA; the guideline asks for a Diffie-Hellman exchange for each child SA (§2.1.5)',
} as const;

/** IANA transform type 4: group number → kind and size. */
const IANA_GROUPS: Readonly<Record<number, { kind: 'modp' | 'ecp'; bits: number }>> = {
  1: { kind: 'modp', bits: 768 }, 2: { kind: 'modp', bits: 1024 }, 5: { kind: 'modp', bits: 1536 }, 14: { kind: 'modp', bits: 2048 },
  15: { kind: 'modp', bits: 3072 }, 16: { kind: 'modp', bits: 4096 }, 17: { kind: 'modp', bits: 6144 }, 18: { kind: 'modp', bits: 8192 },
  19: { kind: 'ecp', bits: 256 }, 20: { kind: 'ecp', bits: 384 }, 21: { kind: 'ecp', bits: 521 },
  22: { kind: 'modp', bits: 1024 }, 23: { kind: 'modp', bits: 2048 }, 24: { kind: 'modp', bits: 2048 },
  25: { kind: 'ecp', bits: 192 }, 26: { kind: 'ecp', bits: 224 }, 27: { kind: 'ecp', bits: 224 }, 28: { kind: 'ecp', bits: 256 },
  29: { kind: 'ecp', bits: 384 }, 30: { kind: 'ecp', bits: 512 }, 31: { kind: 'ecp', bits: 256 }, 32: { kind: 'ecp', bits: 448 },
};

/** Minimum sizes (§3.2.4). */
const MIN_MODP_BITS = 3000;
const MIN_ECP_BITS = 250;

/** Words that switch PFS off. */
const NO_PFS = new Set(['disable', 'disabled', 'none', 'off', 'false', 'no', 'nopfs']);

function normalize(value: string | number): string {
  return String(value).trim().toLowerCase().replace(/[\s_\-/]+/g, '');
}

function groupSize(token: string): { kind: 'modp' | 'ecp'; bits: number } | undefined {
  // `14`, `group14`, `dh14`, `15modp3072` (IONOS): the IANA number decides.
  const numbered = /^(?:group|dh|dhgroup)?(\d+)(?:modp\d+|ecp\d+(?:bp)?)?$/.exec(token);
  if (numbered) return IANA_GROUPS[Number(numbered[1])];
  // `modp2048s256` (STACKIT): group 24, 2048-bit MODP with a 256-bit subgroup.
  const modp = /^modp(\d+)(?:s\d+)?$/.exec(token);
  if (modp) return { kind: 'modp', bits: Number(modp[1]) };
  const ecp = /^(?:ecp|brainpoolp?|bp)(\d+)(?:bp|r1)?$/.exec(token);
  if (ecp) return { kind: 'ecp', bits: Number(ecp[1]) };
  if (token === 'curve25519' || token === 'x25519') return { kind: 'ecp', bits: 256 };
  if (token === 'curve448' || token === 'x448') return { kind: 'ecp', bits: 448 };
  return undefined;
}

/**
 * Judge one IPsec value as a provider writes it (`3des`, `AES256-GCM-16`, `sha2-256`, `SHA1`,
 * `group14`, `15-MODP3072`, `ecp384`, `v1`, `ikev2`, `disable`, 14) against BSI TR-02102-3.
 */
export function judgeIpsecValue(setting: IpsecSetting, value: string | number): IpsecVerdict {
  const t = normalize(value);
  switch (setting) {
    case IpsecSetting.IKE_VERSION:
      if (['v1', 'ikev1', '1'].includes(t)) return { strong: false, reason: IPSEC_REASONS.ikeVersion };
      return { strong: ['v2', 'ikev2', '2'].includes(t) ? true : undefined };
    case IpsecSetting.ENCRYPTION:
      if (/^(3des|des3|des|tripledes|desede|des(3)?cbc|3descbc|null|blowfish\d*|cast\d*)$/.test(t)) return { strong: false, reason: IPSEC_REASONS.encryption };
      return { strong: /^(aes|chacha|camellia)/.test(t) ? true : undefined };
    case IpsecSetting.INTEGRITY:
      if (/^(hmac)?(md5|sha1|sha)(96|128|160)?$/.test(t)) return { strong: false, reason: IPSEC_REASONS.integrity };
      return { strong: /^(hmac)?sha(2)?(256|384|512)/.test(t) || /^sha2(256|384|512)/.test(t) ? true : undefined };
    case IpsecSetting.DH_GROUP:
    case IpsecSetting.PFS_GROUP: {
      if (setting === IpsecSetting.PFS_GROUP && NO_PFS.has(t)) return { strong: false, reason: IPSEC_REASONS.noPfs };
      const size = groupSize(t);
      if (!size) return { strong: undefined };
      const strong = size.kind === 'modp' ? size.bits >= MIN_MODP_BITS : size.bits >= MIN_ECP_BITS;
      return strong ? { strong } : { strong, reason: IPSEC_REASONS.dhGroup };
    }
    default:
      return { strong: undefined };
  }
}
