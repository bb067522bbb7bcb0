import { EncryptionAtRestFact } from '../../../catalog/facts/encryption';
import { CloudProvider } from '../../../catalog/provider';
import { ConfigurationRole } from '../../../catalog/types';
import { blocks } from '../../model/expressions';
import { ResourceView, RuleContext } from '../../model/view';
import { RuleViolation } from '../../types';
import { fill, restsOn, typeFact } from '../catalog-facts';
import { cmkRequired, isSet, literalOf, show, unknownFlag } from './shared';

// ---------------------------------------------------------------------------------------------
// Buckets
// ---------------------------------------------------------------------------------------------

/*
 * Whether a bucket nobody configured encryption for is encrypted anyway comes from the catalog
 * (`capabilities.bucketEncryptedByDefault`, each with its source), and so does what to add
 * (`encryptionAtRest.configurationType`, `objectStorage.encryptionFix`). The server-side
 * encryption configuration itself is read in the S3 API's spelling (`rule`,
 * `apply_server_side_encryption_by_default`, `sse_algorithm`, `kms_master_key_id`), which every
 * S3-compatible provider's Terraform resource shares.
 */

const SSE_ALGORITHMS = new Set(['AES256', 'aws:kms', 'aws:kms:dsse']);

/** S3-style buckets: encryption is an attached configuration resource (or an inline block), else the provider's default. */
export function s3Bucket(r: ResourceView, context: RuleContext, f: EncryptionAtRestFact): RuleViolation[] {
  const provider = r.cloudProvider;
  const configs = r.children.filter((c) => typeFact(c.resourceType)?.configures === ConfigurationRole.ENCRYPTION);
  const inline = f.inlineConfiguration ? r.values(f.inlineConfiguration) : [];
  if (inline.length > 0) {
    return sseRules(r.values(`${f.inlineConfiguration}.rule`), provider, context, `${f.inlineConfiguration}.rule`);
  }
  if (configs.length > 0) return []; // judged on the configuration resource itself
  if (!provider) {
    return [{
      message: 'The bucket has no server-side encryption configuration, and its S3 endpoint belongs to no provider in the catalog, so platform encryption cannot be assumed.',
      fix: f.unknownProviderFix,
    }];
  }
  const sse = provider.capabilities.bucketSse;
  if (!sse.supported) {
    return [{
      message: `${provider.name} object storage cannot encrypt buckets server-side by default${sse.note ? ` (${sse.note})` : ''}; objects are stored unencrypted unless every client encrypts them.`,
      fix: 'Encrypt client-side (or per request with SSE-C) and record who encrypts, with which keys, as the reason of a suppression of this finding ' +
        '(EuBucket: encryption BucketEncryption.CLIENT_SIDE with clientSideEncryptionReason); or keep the data with a provider whose object storage encrypts at rest.',
      ...restsOn({ verified: sse.verified, fact: `${provider.name} object storage cannot encrypt buckets server-side`, source: sse.source }),
    }];
  }
  const byDefault = provider.capabilities.bucketEncryptedByDefault;
  if (byDefault?.supported) {
    // Encrypted by default; a customer key only where the provider offers SSE-KMS.
    if (cmkRequired(context) && provider.capabilities.bucketSseKms.supported) {
      return [{
        message: `The policy requires customer-managed keys, but the bucket relies on ${provider.name}'s default encryption with provider-managed keys.`,
        fix: 'Add a server-side encryption configuration with sse_algorithm "aws:kms" and a customer-managed key.',
        ...restsOn(
          { verified: provider.capabilities.bucketSseKms.verified, fact: `${provider.name} object storage offers SSE-KMS`, source: provider.capabilities.bucketSseKms.source },
          { verified: byDefault.verified, fact: `${provider.name} encrypts buckets by default`, source: byDefault.source },
        ),
      }];
    }
    return [];
  }
  return [{
    message: `The bucket has no server-side encryption configuration, although ${provider.name} supports it: objects are stored without default encryption${byDefault?.note ? ` (${byDefault.note.replace(/\.$/, '')})` : ''}.`,
    fix: provider.objectStorage?.encryptionFix
      ?? `Add a ${f.configurationType} with sse_algorithm "AES256"${provider.capabilities.bucketSseKms.supported ? ' or "aws:kms"' : ''}.`,
    // The verdict rests on "supports SSE" and on "does not encrypt by default".
    ...restsOn(
      { verified: sse.verified, fact: `${provider.name} object storage supports server-side encryption`, source: sse.source },
      { verified: byDefault?.verified ?? false, fact: `${provider.name} does not encrypt buckets by default`, source: byDefault?.source ?? sse.source },
    ),
  }];
}

/** The `rule` blocks of an S3-style server-side encryption configuration. */
function sseRules(rules: unknown[], provider: CloudProvider | undefined, context: RuleContext, path: string): RuleViolation[] {
  const defaults = rules.flatMap((rule) => blocks((rule as Record<string, unknown>)?.apply_server_side_encryption_by_default));
  if (defaults.length === 0) {
    return [{
      message: `\`${path}\` has no \`apply_server_side_encryption_by_default\`: no default encryption is applied.`,
      attribute: path,
      fix: 'Add apply_server_side_encryption_by_default { sse_algorithm = "AES256" } (or "aws:kms" with a key).',
    }];
  }
  const out: RuleViolation[] = [];
  const attr = `${path}.apply_server_side_encryption_by_default.sse_algorithm`;
  for (const d of defaults) {
    const raw = d.sse_algorithm;
    const algorithm = literalOf(context, raw);
    if (raw === undefined || raw === null) {
      out.push({ message: '`sse_algorithm` is not set.', attribute: attr, fix: 'Set sse_algorithm to "AES256" or "aws:kms".' });
      continue;
    }
    if (typeof algorithm !== 'string') {
      out.push({ message: `\`sse_algorithm\` is ${show(raw)}, whose value is not known before apply: encryption at rest cannot be verified.`, attribute: attr, fix: 'Use a literal sse_algorithm.' });
      continue;
    }
    if (!SSE_ALGORITHMS.has(algorithm)) {
      out.push({ message: `\`sse_algorithm\` is "${algorithm}", which is not a server-side encryption algorithm (AES256, aws:kms).`, attribute: attr });
      continue;
    }
    const kms = algorithm.startsWith('aws:kms');
    if (provider && !provider.capabilities.bucketSse.supported) {
      out.push({
        message: `${provider.name} object storage does not support bucket default encryption (${provider.capabilities.bucketSse.note ?? 'not supported'}); this configuration cannot take effect.`,
        attribute: attr,
        fix: 'Encrypt client-side or per request with SSE-C.',
        dependsOnUnverifiedFact: !provider.capabilities.bucketSse.verified,
      });
    } else if (kms && provider && !provider.capabilities.bucketSseKms.supported) {
      out.push({
        message: `\`sse_algorithm\` is "${algorithm}", but ${provider.name} object storage does not support SSE-KMS; the configuration will be rejected and the bucket left without default encryption.`,
        attribute: attr,
        fix: 'Use sse_algorithm "AES256".',
        dependsOnUnverifiedFact: !provider.capabilities.bucketSseKms.verified,
      });
    } else if (cmkRequired(context) && (!provider || provider.capabilities.bucketSseKms.supported)) {
      if (!kms) {
        out.push({
          message: `The policy requires customer-managed keys, but \`sse_algorithm\` is "${algorithm}" (provider-managed keys)${provider ? `; ${provider.name} offers SSE-KMS` : ''}.`,
          attribute: attr,
          fix: 'Use sse_algorithm "aws:kms" with kms_master_key_id naming a customer-managed key.',
        });
      } else if (!isSet(d.kms_master_key_id)) {
        out.push({
          message: 'The policy requires customer-managed keys, but `kms_master_key_id` is not set: the provider\'s default KMS key is used.',
          attribute: `${path}.apply_server_side_encryption_by_default.kms_master_key_id`,
          fix: 'Set kms_master_key_id to a customer-managed key.',
        });
      }
    }
  }
  return out;
}

/** An S3 server-side encryption configuration resource. */
export function s3Configuration(r: ResourceView, context: RuleContext): RuleViolation[] {
  // The bucket's provider decides (an S3 configuration on a European endpoint is judged as that provider).
  const provider = r.cloudProvider ?? r.parents[0]?.cloudProvider;
  return sseRules(r.values('rule'), provider, context, 'rule');
}

/** A block naming the one algorithm the provider accepts and a key (catalog `algorithmBlock`). */
export function algorithmBlock(r: ResourceView, context: RuleContext, f: EncryptionAtRestFact): RuleViolation[] {
  const a = f.algorithmBlock!;
  const sse = r.values(a.block);
  if (sse.length === 0) return [{ message: a.missingMessage, attribute: a.block, fix: a.missingFix }];
  const out: RuleViolation[] = [];
  const algorithmPath = `${a.block}.${a.algorithmField}`;
  const keyPath = `${a.block}.${a.keyField}`;
  for (const b of blocks(sse)) {
    const algorithm = literalOf(context, b[a.algorithmField]);
    if (typeof algorithm !== 'string') {
      out.push({ message: `\`${algorithmPath}\` is ${show(b[a.algorithmField])}, not known before apply: encryption cannot be verified.`, attribute: algorithmPath });
    } else if (algorithm.toLowerCase() !== a.algorithm.toLowerCase()) {
      out.push({ message: fill(a.wrongAlgorithmMessage, { value: algorithm }), attribute: algorithmPath, fix: a.algorithmFix });
    }
    if (!isSet(b[a.keyField])) {
      out.push({ message: `\`${keyPath}\` is not set.`, attribute: keyPath, fix: a.keyFix });
    }
  }
  return out;
}

/** A setting that must be one value (an algorithm, an encryption mode). */
export function value(r: ResourceView, _context: RuleContext, f: EncryptionAtRestFact): RuleViolation[] {
  const path = f.argument!;
  const raw = r.attribute(path);
  if (raw === undefined || raw === null) return [{ message: f.absentMessage!, attribute: path, fix: f.absentFix ?? f.fix }];
  const literal = r.literal(path);
  if (typeof literal !== 'string') return [unknownFlag(r, path)];
  if (literal !== f.value) return [{ message: fill(f.message!, { value: literal }), attribute: path, fix: f.fix }];
  return [];
}
