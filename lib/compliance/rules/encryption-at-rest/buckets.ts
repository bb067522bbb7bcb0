import { CloudProvider } from '../../../catalog/provider';
import { blocks } from '../../model/expressions';
import { ResourceView, RuleContext } from '../../model/view';
import { RuleViolation } from '../../types';
import { cmkRequired, isSet, literalOf, show, unknownFlag } from './shared';

// ---------------------------------------------------------------------------------------------
// Buckets
// ---------------------------------------------------------------------------------------------

/*
 * Whether a bucket nobody configured encryption for is encrypted anyway comes from the catalog
 * (`capabilities.bucketEncryptedByDefault`, each with its source): STACKIT, Exoscale, UpCloud,
 * Azure, Google Cloud and AWS encrypt every bucket by default; Scaleway, IONOS, OVHcloud and
 * Open Telekom Cloud encrypt only buckets configured for it; Hetzner (`bucketSse` unsupported:
 * SSE-C only) cannot encrypt buckets by default at all.
 */

const SSE_CONFIG_SUFFIX = '_server_side_encryption_configuration';
const SSE_ALGORITHMS = new Set(['AES256', 'aws:kms', 'aws:kms:dsse']);

/** Buckets whose encryption is a separate `*_server_side_encryption_configuration` resource (or an inline block). */
export function s3StyleBucket(r: ResourceView, context: RuleContext): RuleViolation[] {
  const provider = r.cloudProvider;
  const configs = r.children.filter((c) => c.resourceType.endsWith(SSE_CONFIG_SUFFIX));
  const inline = r.values('server_side_encryption_configuration');
  if (inline.length > 0) {
    return sseRules(r.values('server_side_encryption_configuration.rule'), provider, context, 'server_side_encryption_configuration.rule');
  }
  if (configs.length > 0) return []; // judged on the configuration resource itself
  if (!provider) {
    return [{
      message: 'The bucket has no server-side encryption configuration, and its S3 endpoint belongs to no provider in the catalog, so platform encryption cannot be assumed.',
      fix: 'Add an aws_s3_bucket_server_side_encryption_configuration for the bucket, or point the provider at a catalogued endpoint.',
    }];
  }
  const sse = provider.capabilities.bucketSse;
  if (!sse.supported) {
    return [{
      message: `${provider.name} object storage cannot encrypt buckets server-side by default${sse.note ? ` (${sse.note})` : ''}; objects are stored unencrypted unless every client encrypts them.`,
      fix: 'Encrypt client-side (or per request with SSE-C) and record who encrypts, with which keys, as the reason of a suppression of this finding ' +
        '(EuBucket: encryption BucketEncryption.CLIENT_SIDE with clientSideEncryptionReason); or keep the data with a provider whose object storage encrypts at rest.',
      dependsOnUnverifiedFact: !sse.verified,
    }];
  }
  const byDefault = provider.capabilities.bucketEncryptedByDefault;
  if (byDefault?.supported) {
    // Encrypted by default; a customer key only where the provider offers SSE-KMS.
    if (cmkRequired(context) && provider.capabilities.bucketSseKms.supported) {
      return [{
        message: `The policy requires customer-managed keys, but the bucket relies on ${provider.name}'s default encryption with provider-managed keys.`,
        fix: 'Add a server-side encryption configuration with sse_algorithm "aws:kms" and a customer-managed key.',
        dependsOnUnverifiedFact: !provider.capabilities.bucketSseKms.verified || !byDefault.verified,
      }];
    }
    return [];
  }
  return [{
    message: `The bucket has no server-side encryption configuration, although ${provider.name} supports it: objects are stored without default encryption${byDefault?.note ? ` (${byDefault.note.replace(/\.$/, '')})` : ''}.`,
    fix: provider.id === 'otc'
      ? 'Add an aws_s3_bucket_server_side_encryption_configuration with sse_algorithm "aws:kms" (OBS accepts only KMS through the S3 API), or use opentelekomcloud_obs_bucket with a server_side_encryption block.'
      : `Add a ${r.resourceType.startsWith('aws_') ? 'aws_s3_bucket' : r.resourceType}${SSE_CONFIG_SUFFIX} with sse_algorithm "AES256"${provider.capabilities.bucketSseKms.supported ? ' or "aws:kms"' : ''}.`,
    // The verdict rests on "supports SSE" and on "does not encrypt by default".
    dependsOnUnverifiedFact: !sse.verified || !(byDefault?.verified ?? false),
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

export function sseConfiguration(r: ResourceView, context: RuleContext): RuleViolation[] {
  // The bucket's provider decides (an aws_s3_* configuration on a European endpoint is judged as that provider).
  const provider = r.cloudProvider ?? r.parents[0]?.cloudProvider;
  return sseRules(r.values('rule'), provider, context, 'rule');
}

/** Open Telekom Cloud OBS: `server_side_encryption { algorithm = "kms", kms_key_id }` (obs_bucket.md). */
export function otcObsBucket(r: ResourceView, context: RuleContext): RuleViolation[] {
  const sse = r.values('server_side_encryption');
  if (sse.length === 0) {
    return [{
      message: 'The OBS bucket has no `server_side_encryption` block: objects are stored without default encryption.',
      attribute: 'server_side_encryption',
      fix: 'Add server_side_encryption { algorithm = "kms", kms_key_id = <KMS key of the base project> }.',
    }];
  }
  const out: RuleViolation[] = [];
  for (const b of blocks(sse)) {
    const algorithm = literalOf(context, b.algorithm);
    if (typeof algorithm !== 'string') {
      out.push({ message: `\`server_side_encryption.algorithm\` is ${show(b.algorithm)}, not known before apply: encryption cannot be verified.`, attribute: 'server_side_encryption.algorithm' });
    } else if (algorithm.toLowerCase() !== 'kms') {
      out.push({ message: `\`server_side_encryption.algorithm\` is "${algorithm}"; OBS accepts only "kms".`, attribute: 'server_side_encryption.algorithm', fix: 'Set algorithm = "kms".' });
    }
    if (!isSet(b.kms_key_id)) {
      out.push({ message: '`server_side_encryption.kms_key_id` is not set.', attribute: 'server_side_encryption.kms_key_id', fix: 'Set kms_key_id to a KMS key of the base project.' });
    }
  }
  return out;
}

/**
 * OVHcloud: inline `encryption { sse_algorithm = "AES256" | "plaintext" }` (cloud_project_storage.md; values from the
 * provider schema ovh/resource_cloud_project_storage_gen.go). Unset, the API answers "plaintext"
 * (ovh/resource_cloud_project_storage_test.go at v2.19.0).
 */
export function ovhStorage(r: ResourceView): RuleViolation[] {
  const path = 'encryption.sse_algorithm';
  const raw = r.attribute(path);
  if (raw === undefined || raw === null) {
    return [{ message: 'The bucket sets no `encryption.sse_algorithm`: OVHcloud stores objects unencrypted ("plaintext") unless it is "AES256".', attribute: path, fix: 'Add encryption = { sse_algorithm = "AES256" } (SSE-OMK, OVHcloud-managed keys).' }];
  }
  const value = r.literal(path);
  if (typeof value !== 'string') return [unknownFlag(r, path)];
  if (value !== 'AES256') return [{ message: `\`encryption.sse_algorithm\` is "${value}": objects are stored unencrypted.`, attribute: path, fix: 'Set sse_algorithm = "AES256".' }];
  return [];
}
