import { IpsecArgumentFact, IpsecSetting, judgeIpsecValue, TR_02102_3, TR_02102_3_URL } from '../../../catalog/facts/ipsec';
import { EncryptionInTransitFact } from '../../../catalog/facts/transit';
import { getAll } from '../../model/expressions';
import { ResourceView, RuleContext } from '../../model/view';
import { RuleViolation } from '../../types';

// ---------------------------------------------------------------------------------------
// VPN tunnels and IPsec/IKE policies: IKEv1, DES/3DES, MD5/SHA-1, small Diffie-Hellman
// groups and missing perfect forward secrecy, judged by the one table of BSI TR-02102-3
// thresholds (lib/catalog/facts/ipsec.ts) that the VPN constructs throw by.
// ---------------------------------------------------------------------------------------

const WHAT: Record<IpsecSetting, string> = {
  [IpsecSetting.IKE_VERSION]: 'IKE version',
  [IpsecSetting.ENCRYPTION]: 'encryption',
  [IpsecSetting.INTEGRITY]: 'integrity',
  [IpsecSetting.DH_GROUP]: 'Diffie-Hellman group',
  [IpsecSetting.PFS_GROUP]: 'perfect forward secrecy',
};

const FIX: Record<IpsecSetting, string> = {
  [IpsecSetting.IKE_VERSION]: 'Use IKEv2 only, on both ends of the tunnel.',
  [IpsecSetting.ENCRYPTION]: 'Use AES-256-GCM (or AES-256 with HMAC-SHA-256 or better).',
  [IpsecSetting.INTEGRITY]: 'Use HMAC-SHA-256, -384 or -512.',
  [IpsecSetting.DH_GROUP]: 'Use Diffie-Hellman group 15 or 16 (MODP-3072/4096) or 19, 20, 21 (ECP-256/384/521).',
  [IpsecSetting.PFS_GROUP]: 'Switch perfect forward secrecy on with group 15, 16, 19, 20 or 21.',
};

/** The values written at a path, with `${var.x}` and locals resolved; lists flattened. */
function valuesAt(r: ResourceView, c: RuleContext, path: string): unknown[] {
  const out: unknown[] = [];
  for (const raw of getAll(r.attributes, path)) {
    const v = typeof raw === 'string' && raw.includes('${') ? c.literal(raw) ?? raw : raw;
    if (Array.isArray(v)) out.push(...v.map((x) => (typeof x === 'string' && x.includes('${') ? c.literal(x) ?? x : x)));
    else out.push(v);
  }
  return out;
}

function judgeArgument(r: ResourceView, c: RuleContext, a: IpsecArgumentFact, what: string): RuleViolation[] {
  if (a.whenBlockWritten && getAll(r.attributes, a.whenBlockWritten).length === 0) return [];
  let values = valuesAt(r, c, a.path);
  let documented = false;
  if (values.length === 0) {
    if (a.absentMeansNoPfs) {
      return [{
        message: `${a.phase}: ${a.path} is not set, so the ${what} negotiates no perfect forward secrecy (${TR_02102_3} §2.1.5, ${TR_02102_3_URL}).`,
        attribute: a.path,
        fix: FIX[IpsecSetting.PFS_GROUP],
      }];
    }
    if (a.documentedDefault === undefined) return [];
    values = a.documentedDefault.split(',').map((v) => v.trim());
    documented = true;
  }
  const weak: Array<{ value: string; reason: string }> = [];
  const unknown: string[] = [];
  for (const v of values) {
    if (typeof v !== 'string' && typeof v !== 'number') continue;
    if (typeof v === 'string' && v.includes('${')) {
      unknown.push(v);
      continue;
    }
    const verdict = judgeIpsecValue(a.setting, v);
    if (verdict.strong === false) weak.push({ value: String(v), reason: verdict.reason! });
  }
  const out: RuleViolation[] = [];
  if (weak.length > 0) {
    const shown = weak.map((w) => `"${w.value}"`).join(', ');
    const state = documented ? `is not set; the provider's documented default is ${shown}` : `${weak.length > 1 || values.length > 1 ? 'allows' : 'is'} ${shown}`;
    out.push({
      message: `${a.phase} ${WHAT[a.setting]}: ${a.path} ${state}: ${weak[0].reason} (${TR_02102_3}, ${TR_02102_3_URL}).`,
      attribute: a.path,
      fix: documented ? `Set ${a.path} explicitly. ${FIX[a.setting]}` : FIX[a.setting],
    });
  }
  if (unknown.length > 0 && weak.length === 0) {
    out.push({
      message: `${a.phase} ${WHAT[a.setting]}: ${a.path} (${unknown.join(', ')}) cannot be verified before apply against ${TR_02102_3}.`,
      attribute: a.path,
      fix: `Write ${a.path} literally (or give the variable a default). ${FIX[a.setting]}`,
    });
  }
  return out;
}

/** A VPN tunnel or IPsec/IKE policy, argument by argument, as the catalog describes it. */
export function ipsec(r: ResourceView, c: RuleContext, f: EncryptionInTransitFact): RuleViolation[] {
  const fact = f.ipsec;
  if (!fact) return [];
  return fact.arguments.flatMap((a) => judgeArgument(r, c, a, fact.what)).map((v) => ({ ...v, dependsOnUnverifiedFact: !f.verified || undefined }));
}
