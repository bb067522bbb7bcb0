import { Catalog } from '../../catalog/catalog';
import { CloudProvider } from '../../catalog/provider';
import { StorageClassFact, VolumeEncryptionMechanism } from '../../catalog/types';
import { blocks, getAll, isUnresolved, referencesIn } from '../model/expressions';
import { ResourceView, RuleContext } from '../model/view';
import { defineRule } from '../rule';
import { FindingLevel, RuleViolation } from '../types';
import { RuleId } from './ids';
import { refs } from './refs';

/*
 * SOV-ENCRYPTION-AT-REST: buckets, block volumes, node disks, managed databases and
 * Kubernetes volumes are encrypted at rest; customer-managed keys where the policy asks
 * for them and the provider offers them.
 *
 * Verdicts, per kind of resource:
 * - an argument switches encryption on (a flag, a KMS key id, an encrypted volume type):
 *   it must be set; a flag whose value is unknown before apply cannot be verified (fail closed);
 * - the platform encrypts everything and nothing can be configured: pass (and with
 *   `requireCustomerManagedKeys`, pass too — the provider offers no customer key for it);
 * - the provider offers no encryption and documents no platform encryption: a violation,
 *   marked `dependsOnUnverifiedFact` where the verdict rests on the absence of documentation.
 *
 * Argument names come from each provider's docs at the release tags below.
 */
const OTC = 'https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources';
const SCW = 'https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources';
const OVH = 'https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources';
const IONOS = 'https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources';
const HCLOUD = 'https://github.com/hetznercloud/terraform-provider-hcloud/blob/v1.68.0/docs/resources';
const EXO = 'https://github.com/exoscale/terraform-provider-exoscale/blob/v0.70.0/docs/resources';
const UPC = 'https://github.com/UpCloudLtd/terraform-provider-upcloud/blob/v5.41.0/docs/resources';
const STACKIT = 'https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources';
const AWS = 'https://github.com/hashicorp/terraform-provider-aws/blob/v6.0.0/website/docs/r';
const AZ = 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r';
const GCP = 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r';
const K8S = 'https://github.com/hashicorp/terraform-provider-kubernetes/blob/v2.38.0/docs/resources';

type Check = (resource: ResourceView, context: RuleContext) => RuleViolation[];

// ---------------------------------------------------------------------------------------------
// Value helpers
// ---------------------------------------------------------------------------------------------

type FlagState = 'true' | 'false' | 'absent' | 'unknown';

/** A boolean-ish literal (`true`, `"true"`, `1`, `"1"`) as a state; expressions are unknown. */
function stateOf(raw: unknown, literal: unknown): FlagState {
  if (raw === undefined || raw === null) return 'absent';
  if (literal === true || literal === 1 || literal === 'true' || literal === '1') return 'true';
  if (literal === false || literal === 0 || literal === 'false' || literal === '0') return 'false';
  return 'unknown';
}

function flag(r: ResourceView, path: string): FlagState {
  return stateOf(r.attribute(path), r.literal(path));
}

/** The literal behind a value found anywhere (a `${var.x}` default, a referenced literal). */
function literalOf(context: RuleContext, value: unknown): unknown {
  return context._config.literalValue(value);
}

/** Whether a value supplies something: a non-empty literal or any expression (a reference counts). */
function isSet(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.some(isSet);
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).some(isSet);
  return true;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

function unknownFlag(r: ResourceView, path: string): RuleViolation {
  return {
    message: `\`${path}\` is ${show(r.attribute(path))}, whose value is not known before apply: encryption at rest cannot be verified.`,
    attribute: path,
    fix: `Set \`${path}\` to a literal (or a variable with a literal default) that switches encryption on.`,
  };
}

const cmkRequired = (context: RuleContext): boolean => context.policy.requireCustomerManagedKeys;

// ---------------------------------------------------------------------------------------------
// Generic checks
// ---------------------------------------------------------------------------------------------

interface FlagCheck {
  /** Boolean argument that must be true. */
  readonly path: string;
  /** What the resource is, for messages. */
  readonly what: string;
  readonly fix: string;
  /** Argument that names a customer-managed key, when the provider offers one. */
  readonly cmkPath?: string;
  readonly cmkFix?: string;
}

/** A boolean that must be `true` (absent = the provider's default, which is off). */
function mustBeTrue(spec: FlagCheck): Check {
  return (r, context) => {
    const state = flag(r, spec.path);
    if (state === 'unknown') return [unknownFlag(r, spec.path)];
    if (state !== 'true') {
      const why = state === 'absent' ? `\`${spec.path}\` is not set (off by default)` : `\`${spec.path}\` is false`;
      return [{ message: `The ${spec.what} is not encrypted at rest: ${why}.`, attribute: spec.path, fix: spec.fix }];
    }
    if (spec.cmkPath && cmkRequired(context) && !isSet(r.attribute(spec.cmkPath))) {
      return [{
        message: `The policy requires customer-managed keys, but \`${spec.cmkPath}\` is not set: the ${spec.what} is encrypted with a provider-managed key.`,
        attribute: spec.cmkPath,
        fix: spec.cmkFix,
      }];
    }
    return [];
  };
}

/** Encryption is switched on by naming a key (KMS key id, encryption block): it must be set. */
function keyRequired(path: string, what: string, fix: string): Check {
  return (r) => isSet(r.attribute(path)) ? [] : [{
    message: `The ${what} is not encrypted at rest: \`${path}\` (the encryption key) is not set.`,
    attribute: path,
    fix,
  }];
}

/** The platform encrypts it and nothing can be configured; a customer key only where `cmkPaths` exist. */
function platformEncrypted(what: string, cmkPaths: string[] = [], cmkFix?: string, childCmk?: (r: ResourceView) => boolean): Check {
  return (r, context) => {
    if (cmkPaths.length === 0 || !cmkRequired(context)) return [];
    if (cmkPaths.some((p) => isSet(r.attribute(p))) || (childCmk?.(r) ?? false)) return [];
    return [{
      message: `The policy requires customer-managed keys, but the ${what} uses the provider's platform-managed key (none of ${cmkPaths.map((p) => `\`${p}\``).join(', ')} is set).`,
      attribute: cmkPaths[0],
      fix: cmkFix,
    }];
  };
}

/** The provider offers no encryption for it (and documents none by the platform). */
function notEncryptable(message: string, fix: string, unverified: boolean): Check {
  return () => [{ message, fix, dependsOnUnverifiedFact: unverified }];
}

// ---------------------------------------------------------------------------------------------
// Buckets
// ---------------------------------------------------------------------------------------------

/*
 * How buckets of each provider get encrypted when nothing is configured. Providers not
 * listed here can configure server-side encryption (catalog `bucketSse`) and must.
 *  - stackit:  "All data is encrypted at rest (AES256)"; no bucket default-encryption setting
 *              (catalog capabilities.bucketSse: https://docs.stackit.cloud/stackit/en/encryption-at-rest-object-storage).
 *  - exoscale: SSE-SOS on by default for new buckets, cannot be switched off (catalog bucketSse,
 *              https://community.exoscale.com/product/storage/object-storage/how-to/encryption/).
 *  - upcloud:  "All customers data is encrypted by default using encryption at rest" (catalog bucketSse,
 *              https://developers.upcloud.com/1.3/21-managed-object-storage/).
 *  - azure, gcp: storage service encryption is always on (catalog bucketSse notes).
 * Providers whose `bucketSse` capability is unsupported (Hetzner: SSE-C only) cannot encrypt
 * buckets by default at all.
 */
const PLATFORM_ENCRYPTED_BUCKETS = new Set(['stackit', 'exoscale', 'upcloud', 'azure', 'gcp']);

const SSE_CONFIG_SUFFIX = '_server_side_encryption_configuration';
const SSE_ALGORITHMS = new Set(['AES256', 'aws:kms', 'aws:kms:dsse']);

/** Buckets whose encryption is a separate `*_server_side_encryption_configuration` resource (or an inline block). */
function s3StyleBucket(r: ResourceView, context: RuleContext): RuleViolation[] {
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
      fix: 'Encrypt client-side (or per request with SSE-C), or keep personal data in a provider whose object storage encrypts at rest.',
      dependsOnUnverifiedFact: !sse.verified,
    }];
  }
  if (PLATFORM_ENCRYPTED_BUCKETS.has(provider.id)) {
    // Platform encryption; a customer key only where the provider offers SSE-KMS.
    if (cmkRequired(context) && provider.capabilities.bucketSseKms.supported) {
      return [{
        message: `The policy requires customer-managed keys, but the bucket relies on ${provider.name}'s platform-managed encryption.`,
        fix: 'Add a server-side encryption configuration with sse_algorithm "aws:kms" and a customer-managed key.',
        dependsOnUnverifiedFact: !provider.capabilities.bucketSseKms.verified,
      }];
    }
    return [];
  }
  return [{
    message: `The bucket has no server-side encryption configuration, although ${provider.name} supports it: objects are stored without default encryption.`,
    fix: provider.id === 'otc'
      ? 'Add an aws_s3_bucket_server_side_encryption_configuration with sse_algorithm "aws:kms" (OBS accepts only KMS through the S3 API), or use opentelekomcloud_obs_bucket with a server_side_encryption block.'
      : `Add a ${r.resourceType.startsWith('aws_') ? 'aws_s3_bucket' : r.resourceType}${SSE_CONFIG_SUFFIX} with sse_algorithm "AES256"${provider.capabilities.bucketSseKms.supported ? ' or "aws:kms"' : ''}.`,
    dependsOnUnverifiedFact: !sse.verified,
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

function sseConfiguration(r: ResourceView, context: RuleContext): RuleViolation[] {
  // The bucket's provider decides (an aws_s3_* configuration on a European endpoint is judged as that provider).
  const provider = r.cloudProvider ?? r.parents[0]?.cloudProvider;
  return sseRules(r.values('rule'), provider, context, 'rule');
}

/** Open Telekom Cloud OBS: `server_side_encryption { algorithm = "kms", kms_key_id }` (obs_bucket.md). */
function otcObsBucket(r: ResourceView, context: RuleContext): RuleViolation[] {
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
function ovhStorage(r: ResourceView): RuleViolation[] {
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

// ---------------------------------------------------------------------------------------------
// Volumes, servers and node disks
// ---------------------------------------------------------------------------------------------

/** OVHcloud volume: a `*-luks` type or `encryption { encrypted = true }`; CMK via `encryption.kms` (cloud_project_volume.md). */
function ovhProjectVolume(r: ResourceView, context: RuleContext): RuleViolation[] {
  const type = r.literal('type');
  const encrypted = flag(r, 'encryption.encrypted');
  const luks = typeof type === 'string' && type.endsWith('-luks');
  if (!luks && encrypted !== 'true') {
    if (encrypted === 'unknown') return [unknownFlag(r, 'encryption.encrypted')];
    if (r.has('type') && type === undefined && encrypted === 'absent') return [unknownFlag(r, 'type')];
    return [{
      message: `The volume is not encrypted at rest: its \`type\` is ${r.has('type') ? show(r.attribute('type')) : 'not set'} (not a -luks type) and \`encryption.encrypted\` is ${encrypted === 'false' ? 'false' : 'not set'}.`,
      attribute: 'encryption.encrypted',
      fix: 'Set encryption = { encrypted = true } (or a -luks volume type such as high-speed-gen2-luks).',
    }];
  }
  if (cmkRequired(context) && !isSet(r.attribute('encryption.kms.service_key_id'))) {
    return [{
      message: 'The policy requires customer-managed keys, but the volume uses OVHcloud-managed keys (no `encryption.kms`); OKMS keys are available in 3-AZ regions.',
      attribute: 'encryption.kms',
      fix: 'Set encryption = { encrypted = true, kms = { domain_id, service_key_id } } with an OKMS key.',
    }];
  }
  return [];
}

/** OTC legacy volume: `metadata.__system__encrypted = "1"`, CMK `__system__cmkid` (blockstorage_volume_v2.md). */
function otcBlockstorageVolume(r: ResourceView): RuleViolation[] {
  const state = flag(r, 'metadata.__system__encrypted');
  if (state === 'unknown') return [unknownFlag(r, 'metadata.__system__encrypted')];
  if (state !== 'true') {
    return [{
      message: `The volume is not encrypted at rest: \`metadata.__system__encrypted\` is ${state === 'absent' ? 'not set (default "0")' : '"0"'}.`,
      attribute: 'metadata.__system__encrypted',
      fix: 'Set metadata = { __system__encrypted = "1", __system__cmkid = <KMS key id> }, or use opentelekomcloud_evs_volume_v3 with kms_id.',
    }];
  }
  return [];
}

/** Every block at `blockPath` must name a key in `field`; `required` when at least one block must exist. */
function everyBlockKey(r: ResourceView, blockPath: string, field: string, what: string, fix: string, note = ''): RuleViolation[] {
  const out: RuleViolation[] = [];
  const list = blocks(r.values(blockPath));
  list.forEach((b, i) => {
    if (!isSet(b[field])) {
      out.push({
        message: `The ${what} ${list.length > 1 ? `#${i + 1} ` : ''}is not encrypted at rest: \`${blockPath}.${field}\` is not set.${note}`,
        attribute: `${blockPath}.${field}`,
        fix,
      });
    }
  });
  return out;
}

const OTC_OS_KMS_NOTE = ' (The provider falls back to the environment variable OS_KMS_ID, which the configuration does not show.)';

function otcCceNodes(r: ResourceView): RuleViolation[] {
  const fix = 'Set kms_id on root_volume and on every data_volumes block (KMS key; EVS needs a KMS agency first).';
  return [
    ...(r.has('root_volume') ? everyBlockKey(r, 'root_volume', 'kms_id', 'root volume', fix, OTC_OS_KMS_NOTE) : []),
    ...everyBlockKey(r, 'data_volumes', 'kms_id', 'data volume', fix, OTC_OS_KMS_NOTE),
  ];
}

function otcEcsInstance(r: ResourceView): RuleViolation[] {
  const out: RuleViolation[] = [];
  if (!isSet(r.attribute('system_disk_kms_id'))) {
    out.push({ message: 'The system disk is not encrypted at rest: `system_disk_kms_id` is not set.', attribute: 'system_disk_kms_id', fix: 'Set system_disk_kms_id to a KMS key id.' });
  }
  out.push(...everyBlockKey(r, 'data_disks', 'kms_id', 'data disk', 'Set kms_id on every data_disks block.'));
  return out;
}

/** UpCloud server: the template storage carries `encrypt` (server.md); attached storages are judged as upcloud_storage. */
function upcloudServer(r: ResourceView): RuleViolation[] {
  if (!r.has('template')) return [];
  const state = flag(r, 'template.encrypt');
  if (state === 'unknown') return [unknownFlag(r, 'template.encrypt')];
  if (state === 'true') return [];
  return [{ message: `The server's template storage is not encrypted at rest: \`template.encrypt\` is ${state === 'absent' ? 'not set (off by default)' : 'false'}.`, attribute: 'template.encrypt', fix: 'Set template { encrypt = true }.' }];
}

/** UpCloud Kubernetes: `storage_encryption = "data-at-rest" | "none"`; node groups inherit the cluster's default. */
function upcloudStorageEncryption(r: ResourceView): RuleViolation[] {
  const isGroup = r.resourceType === 'upcloud_kubernetes_node_group';
  const own = r.attribute('storage_encryption');
  let value: unknown = r.literal('storage_encryption');
  if (isGroup && (own === undefined || own === null)) {
    const cluster = r.parents.find((p) => p.resourceType === 'upcloud_kubernetes_cluster');
    // The cluster's own finding already covers its default; don't report it twice.
    if (cluster) return [];
    return [{
      message: 'The node group sets no `storage_encryption` and its cluster is not in this configuration: whether node storage is encrypted cannot be verified.',
      attribute: 'storage_encryption',
      fix: 'Set storage_encryption = "data-at-rest".',
    }];
  }
  if (own === undefined || own === null) value = undefined;
  if (own !== undefined && own !== null && typeof value !== 'string') return [unknownFlag(r, 'storage_encryption')];
  if (value === 'data-at-rest') return [];
  const source = value === undefined ? '`storage_encryption` is not set' : `\`storage_encryption\` is "${String(value)}"`;
  return [{
    message: isGroup
      ? `The node group's storage is not encrypted at rest: ${source}.`
      : `The cluster's default node storage is not encrypted at rest: ${source} (node groups without their own setting inherit it).`,
    attribute: 'storage_encryption',
    fix: 'Set storage_encryption = "data-at-rest".',
  }];
}

interface EbsDefaults { enabled: boolean }
const EBS_DEFAULTS = new WeakMap<RuleContext, EbsDefaults>();

/** Whether `aws_ebs_encryption_by_default` (enabled defaults to true) is in the configuration. */
function ebsDefaultEncryption(context: RuleContext): boolean {
  let cached = EBS_DEFAULTS.get(context);
  if (!cached) {
    const enabled = context.resourcesOfType('aws_ebs_encryption_by_default').some((r) => {
      const s = flag(r, 'enabled');
      return s === 'true' || s === 'absent';
    });
    cached = { enabled };
    EBS_DEFAULTS.set(context, cached);
  }
  return cached.enabled;
}

function awsEbsVolume(r: ResourceView, context: RuleContext): RuleViolation[] {
  const state = flag(r, 'encrypted');
  if (state === 'unknown') return [unknownFlag(r, 'encrypted')];
  if (state !== 'true' && !(state === 'absent' && ebsDefaultEncryption(context))) {
    return [{ message: `The EBS volume is not encrypted at rest: \`encrypted\` is ${state === 'absent' ? 'not set' : 'false'} and no aws_ebs_encryption_by_default is in the configuration.`, attribute: 'encrypted', fix: 'Set encrypted = true (and kms_key_id for a customer-managed key).' }];
  }
  if (cmkRequired(context) && !isSet(r.attribute('kms_key_id'))) {
    return [{ message: 'The policy requires customer-managed keys, but `kms_key_id` is not set (AWS-managed key aws/ebs).', attribute: 'kms_key_id', fix: 'Set kms_key_id to a customer-managed KMS key.' }];
  }
  return [];
}

function awsInstance(r: ResourceView, context: RuleContext): RuleViolation[] {
  const out: RuleViolation[] = [];
  for (const block of ['root_block_device', 'ebs_block_device']) {
    const list = blocks(r.values(block));
    if (block === 'root_block_device' && list.length === 0 && !ebsDefaultEncryption(context)) {
      out.push({ message: 'The root volume is not encrypted at rest: no `root_block_device { encrypted = true }` and no aws_ebs_encryption_by_default in the configuration.', attribute: 'root_block_device.encrypted', fix: 'Add root_block_device { encrypted = true }.' });
    }
    for (const b of list) {
      const s = stateOf(b.encrypted, literalOf(context, b.encrypted));
      if (s === 'unknown') out.push({ message: `\`${block}.encrypted\` is not known before apply: encryption cannot be verified.`, attribute: `${block}.encrypted` });
      else if (s === 'false' || (s === 'absent' && !ebsDefaultEncryption(context))) {
        out.push({ message: `A ${block.replace(/_/g, ' ')} is not encrypted at rest: \`encrypted\` is ${s === 'absent' ? 'not set' : 'false'}.`, attribute: `${block}.encrypted`, fix: `Set ${block} { encrypted = true }.` });
      } else if (cmkRequired(context) && !isSet(b.kms_key_id)) {
        out.push({ message: `The policy requires customer-managed keys, but \`${block}.kms_key_id\` is not set.`, attribute: `${block}.kms_key_id`, fix: 'Set kms_key_id to a customer-managed KMS key.' });
      }
    }
  }
  return out;
}

function awsEbsDefault(r: ResourceView): RuleViolation[] {
  const s = flag(r, 'enabled');
  if (s === 'unknown') return [unknownFlag(r, 'enabled')];
  return s === 'false' ? [{ message: 'EBS encryption by default is switched off (`enabled = false`).', attribute: 'enabled', fix: 'Set enabled = true.' }] : [];
}

/** EKS managed node group: encrypted through a launch template with encrypted EBS mappings, or EBS default encryption. */
function awsEksNodeGroup(r: ResourceView, context: RuleContext): RuleViolation[] {
  if (ebsDefaultEncryption(context)) return [];
  const ref = [r.attribute('launch_template.id'), r.attribute('launch_template.name')].find((v) => typeof v === 'string' && v.includes('${'));
  const template = typeof ref === 'string' ? referencesIn(ref).map((x) => context.find(x.address)).find((v) => v?.resourceType === 'aws_launch_template') : undefined;
  if (!template) {
    return [{
      message: 'The node group\'s disks are not shown to be encrypted: no launch template in this configuration with encrypted block devices, and no aws_ebs_encryption_by_default.',
      attribute: 'launch_template',
      fix: 'Use an aws_launch_template whose block_device_mappings set ebs { encrypted = "true" }, or enable aws_ebs_encryption_by_default.',
    }];
  }
  const mappings = blocks(template.values('block_device_mappings'));
  const ok = mappings.length > 0 && mappings.every((m) => blocks(m.ebs).every((e) => stateOf(e.encrypted, literalOf(context, e.encrypted)) === 'true') && blocks(m.ebs).length > 0);
  return ok ? [] : [{
    message: `The node group's launch template ${template.address} does not encrypt every EBS block device (block_device_mappings.ebs.encrypted).`,
    attribute: 'launch_template',
    fix: 'Set ebs { encrypted = "true" } on every block_device_mappings of the launch template.',
  }];
}

// ---------------------------------------------------------------------------------------------
// Kubernetes volumes
// ---------------------------------------------------------------------------------------------

const STORAGE_CLASS_TYPES = new Set(['kubernetes_storage_class', 'kubernetes_storage_class_v1']);
const DEFAULT_CLASS_ANNOTATION = 'storageclass.kubernetes.io/is-default-class';

/*
 * STACKIT CSI: `encrypted: "true"` needs kmsKeyID, kmsKeyringID, kmsKeyVersion and
 * kmsServiceAccount (kmsProjectID optional), per
 * https://github.com/stackitcloud/cloud-provider-stackit/blob/v1.36.3/docs/csi-driver.md
 * (the catalog lists all five as kmsParameters without saying which are required).
 */
const REQUIRED_KMS_PARAMETERS: Record<string, string[]> = {
  stackit: ['kmsKeyID', 'kmsKeyringID', 'kmsKeyVersion', 'kmsServiceAccount'],
};

/*
 * OVHcloud custom classes on cinder.csi.openstack.org: `parameters.type` set to a LUKS
 * Cinder volume type (classic-luks, high-speed-luks, high-speed-gen2-luks) — catalog
 * kubernetesStorage.encryption note and ovh_cloud_project_volume `type` (cloud_project_volume.md).
 */
const LUKS_TYPE = /-luks$/;

interface ClassVerdict {
  /** true, false, or undefined (cannot be verified / decided per PVC). */
  readonly encrypted: boolean | undefined;
  /** Why, in words. */
  readonly reason: string;
  /** Whether the key is customer-managed (passphrase secret, KMS key). */
  readonly customerKey: boolean;
  /** Whether the provider offers a customer key for such volumes at all. */
  readonly customerKeyOffered: boolean;
  /** Encryption is decided per PVC (OTC everest annotation). */
  readonly perClaim?: string;
  readonly unverified: boolean;
  readonly fix?: string;
}

interface K8sIndex {
  readonly byName: Map<string, ResourceView>;
  readonly defaults: ResourceView[];
}
const K8S_INDEX = new WeakMap<RuleContext, K8sIndex>();

function k8sIndex(context: RuleContext): K8sIndex {
  let index = K8S_INDEX.get(context);
  if (!index) {
    const byName = new Map<string, ResourceView>();
    const defaults: ResourceView[] = [];
    const classes = [...STORAGE_CLASS_TYPES].flatMap((type) => context.resourcesOfType(type));
    classes.push(...context.resourcesOfType('kubernetes_manifest').filter((m) => manifestKind(m) === 'StorageClass'));
    for (const sc of classes) {
      const { name, annotations } = classOf(sc, context);
      if (typeof name === 'string') byName.set(name, sc);
      if (String(literalOf(context, annotations[DEFAULT_CLASS_ANNOTATION]) ?? '') === 'true') defaults.push(sc);
    }
    index = { byName, defaults };
    K8S_INDEX.set(context, index);
  }
  return index;
}

/** The `manifest` object of a `kubernetes_manifest` (camelCase Kubernetes API fields). */
function manifestOf(r: ResourceView): Record<string, unknown> {
  return blocks(r.attribute('manifest'))[0] ?? {};
}

function manifestKind(r: ResourceView): string | undefined {
  const kind = manifestOf(r).kind;
  return typeof kind === 'string' ? kind : undefined;
}

function objectOf(value: unknown): Record<string, unknown> {
  return blocks(value)[0] ?? {};
}

/** Provisioner, parameters, name and annotations of a StorageClass resource or manifest. */
function classOf(sc: ResourceView, context: RuleContext): { provisioner: unknown; parameters: Record<string, unknown>; name: unknown; annotations: Record<string, unknown> } {
  if (sc.resourceType === 'kubernetes_manifest') {
    const m = manifestOf(sc);
    const meta = objectOf(m.metadata);
    return { provisioner: literalOf(context, m.provisioner) ?? m.provisioner, parameters: objectOf(m.parameters), name: literalOf(context, meta.name), annotations: objectOf(meta.annotations) };
  }
  return {
    provisioner: sc.literal('storage_provisioner') ?? sc.attribute('storage_provisioner'),
    parameters: objectOf(sc.attribute('parameters')),
    name: sc.literal('metadata.name'),
    annotations: objectOf(sc.attribute('metadata.annotations')),
  };
}

interface CatalogIndex {
  readonly byProvisioner: Map<string, CloudProvider[]>;
  readonly byClassName: Map<string, Array<{ provider: CloudProvider; fact: StorageClassFact }>>;
}
let catalogIndex: CatalogIndex | undefined;

function catalogK8s(): CatalogIndex {
  if (catalogIndex) return catalogIndex;
  const byProvisioner = new Map<string, CloudProvider[]>();
  const byClassName = new Map<string, Array<{ provider: CloudProvider; fact: StorageClassFact }>>();
  const addProvisioner = (p: string | undefined, provider: CloudProvider) => {
    if (!p) return;
    const list = byProvisioner.get(p) ?? [];
    if (!list.includes(provider)) list.push(provider);
    byProvisioner.set(p, list);
  };
  for (const provider of Catalog.providers()) {
    const storage = provider.kubernetesStorage;
    if (!storage) continue;
    addProvisioner(storage.encryption.provisioner, provider);
    for (const fact of storage.storageClasses) {
      addProvisioner(fact.provisioner, provider);
      const list = byClassName.get(fact.name) ?? [];
      list.push({ provider, fact });
      byClassName.set(fact.name, list);
    }
  }
  catalogIndex = { byProvisioner, byClassName };
  return catalogIndex;
}

/** The catalog provider of the resource's cluster, when the location resolver found one. */
function clusterProvider(r: ResourceView): CloudProvider | undefined {
  const id = r.location.providerId;
  return id ? Catalog.tryProvider(id) : undefined;
}

function pick<T extends { provider: CloudProvider } | CloudProvider>(list: T[] | undefined, preferred: CloudProvider | undefined): T | undefined {
  if (!list || list.length === 0) return undefined;
  const providerOf = (x: T) => ('provider' in x ? x.provider : x) as CloudProvider;
  return list.find((x) => providerOf(x) === preferred) ?? list[0];
}

/** Whether a StorageClass (provisioner + parameters) yields encrypted volumes, per the catalog. */
function classVerdict(provisioner: unknown, parameters: Record<string, unknown>, preferred: CloudProvider | undefined, context: RuleContext): ClassVerdict {
  if (typeof provisioner !== 'string') {
    return { encrypted: undefined, reason: `its provisioner is ${show(provisioner)}, not known before apply`, customerKey: false, customerKeyOffered: false, unverified: false };
  }
  const provider = pick(catalogK8s().byProvisioner.get(provisioner), preferred);
  if (!provider?.kubernetesStorage) {
    return {
      encrypted: undefined,
      reason: `its provisioner "${provisioner}" belongs to no provider in the catalog, so its encryption cannot be verified`,
      customerKey: false,
      customerKeyOffered: false,
      unverified: false,
      fix: 'Use the CSI driver of a catalogued provider with its encryption parameters.',
    };
  }
  const enc = provider.kubernetesStorage.encryption;
  const param = (k: string): unknown => literalOf(context, parameters[k]) ?? (isUnresolved(parameters[k]) ? parameters[k] : undefined);
  const has = (k: string) => isSet(parameters[k]);
  const fixed = Object.entries(enc.parameters ?? {});
  const mismatched = fixed.filter(([k, v]) => String(param(k) ?? '') !== v);
  const kmsOffered = (enc.kmsParameters ?? []).length > 0 || enc.customerManagedKey;
  const base = { customerKeyOffered: kmsOffered, unverified: !enc.verified };
  const fixedText = fixed.map(([k, v]) => `${k}: "${v}"`).join(', ');
  const unresolved = fixed.map(([k]) => k).filter((k) => isUnresolved(parameters[k]) && literalOf(context, parameters[k]) === undefined);
  if (unresolved.length > 0) {
    return { ...base, encrypted: undefined, reason: `parameter ${unresolved.map((k) => `"${k}"`).join(', ')} is an expression whose value is not known before apply`, customerKey: false, fix: `Set ${fixedText} literally.` };
  }
  switch (enc.mechanism) {
    case VolumeEncryptionMechanism.PLATFORM_DEFAULT:
      return { ...base, encrypted: true, reason: `${provider.name} encrypts every volume of "${provisioner}"`, customerKey: false };
    case VolumeEncryptionMechanism.NONE:
      return { ...base, encrypted: false, reason: `${provider.name} offers no encryption for "${provisioner}" volumes`, customerKey: false };
    case VolumeEncryptionMechanism.PVC_ANNOTATION:
      return { ...base, encrypted: undefined, reason: `${provider.name} encrypts "${provisioner}" volumes per claim`, customerKey: true, perClaim: enc.pvcAnnotation };
    case VolumeEncryptionMechanism.STORAGE_CLASS_PARAMETER:
      return mismatched.length === 0
        ? { ...base, encrypted: true, reason: `parameters ${fixedText}`, customerKey: enc.customerManagedKey }
        : { ...base, encrypted: false, reason: `its parameters lack ${mismatched.map(([k, v]) => `${k}: "${v}"`).join(', ')}`, customerKey: false, fix: `Add parameters ${fixedText}.` };
    case VolumeEncryptionMechanism.STORAGE_CLASS_WITH_SECRET: {
      // The first listed secret parameter is the one that opens LUKS (node-stage / node-publish);
      // node-expand is only needed for expansion.
      const secret = enc.secretNameParameters?.[0];
      const missing = [...mismatched.map(([k]) => k)];
      if (secret) {
        if (!has(secret)) missing.push(secret);
        const ns = secret.replace(/-name$/, '-namespace');
        if (!has(ns)) missing.push(ns);
      }
      return missing.length === 0
        ? { ...base, encrypted: true, reason: `LUKS with the passphrase secret named in ${secret}`, customerKey: true }
        : {
          ...base,
          encrypted: false,
          reason: `its parameters lack ${missing.map((k) => `"${k}"`).join(', ')} (LUKS encryption with a passphrase secret, key "${enc.secretKey}")`,
          customerKey: false,
          fix: `Add ${[fixedText, secret ? `${secret} and ${secret.replace(/-name$/, '-namespace')}` : ''].filter(Boolean).join(', ')} to the StorageClass parameters.`,
        };
    }
    case VolumeEncryptionMechanism.STORAGE_CLASS_WITH_KMS: {
      const kmsSet = (enc.kmsParameters ?? []).some(has);
      if (fixed.length === 0) {
        // No switch: the platform encrypts (Azure, Google) when the catalog says its classes are encrypted.
        const classes = provider.kubernetesStorage.storageClasses.filter((c) => c.provisioner === provisioner);
        const platform = classes.length > 0 && classes.every((c) => c.encrypted);
        return {
          ...base,
          encrypted: platform ? true : undefined,
          reason: platform ? `${provider.name} encrypts every "${provisioner}" volume` : `the catalog does not say whether "${provisioner}" volumes are encrypted`,
          customerKey: kmsSet,
          unverified: base.unverified || classes.some((c) => !c.verified),
        };
      }
      const required = REQUIRED_KMS_PARAMETERS[provider.id] ?? [];
      const missing = [...mismatched.map(([k]) => k), ...required.filter((k) => !has(k))];
      return missing.length === 0
        ? { ...base, encrypted: true, reason: `parameters ${fixedText}${kmsSet ? ' with a KMS key' : ''}`, customerKey: kmsSet }
        : { ...base, encrypted: false, reason: `its parameters lack ${missing.map((k) => `"${k}"`).join(', ')}`, customerKey: false, fix: `Add ${fixedText}${required.length ? ` and ${required.join(', ')}` : ''} to the StorageClass parameters.` };
    }
    case VolumeEncryptionMechanism.PREDEFINED_CLASS: {
      // A custom class is encrypted when it carries the parameters of a predefined encrypted class,
      // or (OVHcloud Cinder) a LUKS volume type.
      const encryptedClasses = provider.kubernetesStorage.storageClasses.filter((c) => c.encrypted && c.provisioner === provisioner && c.parameters && Object.keys(c.parameters).length > 0);
      const same = encryptedClasses.some((c) => Object.entries(c.parameters!).every(([k, v]) => String(param(k) ?? '') === v));
      const type = param('type');
      if (same || (typeof type === 'string' && LUKS_TYPE.test(type))) {
        return { ...base, encrypted: true, reason: `parameters.type "${String(type)}"`, customerKey: enc.customerManagedKey };
      }
      return {
        ...base,
        encrypted: false,
        reason: `it is not an encrypted class of ${provider.name} (parameters.type is ${type === undefined ? 'not set' : show(type)})`,
        customerKey: false,
        fix: `Use the predefined class "${enc.storageClassName}" or set parameters.type to a -luks volume type.`,
      };
    }
    default:
      return { ...base, encrypted: undefined, reason: `the catalog mechanism "${String(enc.mechanism)}" is not understood`, customerKey: false };
  }
}

function storageClassVerdict(sc: ResourceView, context: RuleContext): ClassVerdict {
  const { provisioner, parameters } = classOf(sc, context);
  return classVerdict(provisioner, parameters, clusterProvider(sc), context);
}

function storageClass(r: ResourceView, context: RuleContext): RuleViolation[] {
  const v = storageClassVerdict(r, context);
  if (v.perClaim) return []; // judged on each claim
  if (v.encrypted !== true) {
    return [{
      message: `Volumes of this StorageClass are not ${v.encrypted === false ? '' : 'shown to be '}encrypted at rest: ${v.reason}.`,
      attribute: 'parameters',
      fix: v.fix,
      dependsOnUnverifiedFact: v.unverified,
    }];
  }
  if (cmkRequired(context) && v.customerKeyOffered && !v.customerKey) {
    return [{ message: `The policy requires customer-managed keys, but the StorageClass uses a provider-managed key (${v.reason}).`, attribute: 'parameters', fix: v.fix ?? 'Add the provider\'s KMS key parameter to the StorageClass.', dependsOnUnverifiedFact: v.unverified }];
  }
  return [];
}

/** A PersistentVolumeClaim spec (of a PVC or a StatefulSet volume claim template). */
function claimVerdict(r: ResourceView, spec: Record<string, unknown>, annotations: Record<string, unknown>, context: RuleContext): { violation?: RuleViolation; cmk?: RuleViolation } {
  const preferred = clusterProvider(r);
  // An annotation naming a KMS key (OTC everest) encrypts the claim's volume, whatever the class.
  for (const provider of Catalog.providers()) {
    const annotation = provider.kubernetesStorage?.encryption.pvcAnnotation;
    if (annotation && isSet(annotations[annotation])) return {};
  }
  const raw = spec.storage_class_name;
  let verdict: ClassVerdict | undefined;
  let name = 'the default StorageClass';
  if (raw === undefined || raw === null) {
    const index = k8sIndex(context);
    if (index.defaults.length > 0) {
      verdict = storageClassVerdict(index.defaults[0], context);
      name = `the default class ${index.defaults[0].address}`;
    } else if (preferred?.kubernetesStorage) {
      const def = preferred.kubernetesStorage.storageClasses.find((c) => c.isDefault);
      if (def) verdict = catalogClassVerdict(preferred, def, context);
      else if (preferred.kubernetesStorage.encryption.mechanism === VolumeEncryptionMechanism.PLATFORM_DEFAULT) verdict = platformVerdict(preferred);
      if (def) name = `the default class "${def.name}" of ${preferred.name}`;
    }
    if (!verdict) {
      return { violation: { message: 'The claim sets no `storage_class_name` and the cluster\'s default StorageClass is unknown: encryption at rest cannot be verified.', attribute: 'spec.storage_class_name', fix: 'Name an encrypted StorageClass in storage_class_name.' } };
    }
  } else {
    const literal = literalOf(context, raw);
    const index = k8sIndex(context);
    let sc: ResourceView | undefined;
    if (typeof literal === 'string') {
      if (literal === '') {
        return { violation: { message: '`storage_class_name` is "" (bind to a pre-provisioned volume): encryption at rest cannot be verified.', attribute: 'spec.storage_class_name', fix: 'Use an encrypted StorageClass.' } };
      }
      sc = index.byName.get(literal);
      name = `class "${literal}"`;
    } else if (typeof raw === 'string') {
      sc = referencesIn(raw).map((ref) => context.find(ref.address)).find((v) => !!v && (STORAGE_CLASS_TYPES.has(v.resourceType) || (v.resourceType === 'kubernetes_manifest' && manifestKind(v) === 'StorageClass')));
    }
    if (sc) {
      verdict = storageClassVerdict(sc, context);
      name = `class ${sc.address}`;
    } else if (typeof literal === 'string') {
      const hit = pick(catalogK8s().byClassName.get(literal), preferred);
      if (hit) verdict = catalogClassVerdict(hit.provider, hit.fact, context);
    }
    if (!verdict) {
      return {
        violation: {
          message: `\`storage_class_name\` is ${show(raw)}, a StorageClass that is neither defined in this configuration nor known to the catalog: encryption at rest cannot be verified.`,
          attribute: 'spec.storage_class_name',
          fix: 'Define the StorageClass in the configuration (with the provider\'s encryption parameters) or use a catalogued encrypted class.',
        },
      };
    }
  }
  if (verdict.perClaim) {
    return { violation: { message: `The claim uses ${name}, whose volumes are encrypted only when the claim carries the annotation "${verdict.perClaim}" (a KMS key id); it has none.`, attribute: 'metadata.annotations', fix: `Add the annotation ${verdict.perClaim}: <KMS key id> to the claim.`, dependsOnUnverifiedFact: verdict.unverified } };
  }
  if (verdict.encrypted !== true) {
    return { violation: { message: `The claim uses ${name}, whose volumes are not ${verdict.encrypted === false ? '' : 'shown to be '}encrypted at rest: ${verdict.reason}.`, attribute: 'spec.storage_class_name', fix: verdict.fix ?? 'Use an encrypted StorageClass.', dependsOnUnverifiedFact: verdict.unverified } };
  }
  if (cmkRequired(context) && verdict.customerKeyOffered && !verdict.customerKey) {
    return { cmk: { message: `The policy requires customer-managed keys, but ${name} encrypts with a provider-managed key (${verdict.reason}).`, attribute: 'spec.storage_class_name', fix: 'Use a StorageClass with a customer-managed key (KMS key parameter or passphrase secret).', dependsOnUnverifiedFact: verdict.unverified } };
  }
  return {};
}

function platformVerdict(provider: CloudProvider): ClassVerdict {
  const enc = provider.kubernetesStorage!.encryption;
  return { encrypted: true, reason: `${provider.name} encrypts every volume`, customerKey: false, customerKeyOffered: enc.customerManagedKey, unverified: !enc.verified };
}

function catalogClassVerdict(provider: CloudProvider, fact: StorageClassFact, context: RuleContext): ClassVerdict {
  const enc = provider.kubernetesStorage!.encryption;
  if (enc.mechanism === VolumeEncryptionMechanism.PVC_ANNOTATION && fact.provisioner === enc.provisioner) {
    return { encrypted: undefined, reason: 'encrypted per claim', customerKey: true, customerKeyOffered: true, perClaim: enc.pvcAnnotation, unverified: !enc.verified };
  }
  if (fact.parameters && Object.keys(fact.parameters).length > 0 && !fact.encrypted) {
    // A documented class with parameters: judge them like a class in the configuration.
    const v = classVerdict(fact.provisioner, fact.parameters, provider, context);
    return { ...v, reason: `catalog class "${fact.name}": ${v.reason}`, unverified: v.unverified || !fact.verified };
  }
  return {
    encrypted: fact.encrypted,
    reason: fact.encrypted ? `${provider.name} class "${fact.name}" is encrypted` : `${provider.name} class "${fact.name}" is not encrypted`,
    customerKey: false,
    customerKeyOffered: enc.customerManagedKey || (enc.kmsParameters ?? []).length > 0,
    unverified: !fact.verified,
    fix: enc.storageClassName ? `Use an encrypted class such as "${enc.storageClassName}".` : undefined,
  };
}

function persistentVolumeClaim(r: ResourceView, context: RuleContext): RuleViolation[] {
  const spec = blocks(r.attribute('spec'))[0] ?? {};
  const annotations = r.attribute('metadata.annotations');
  const v = claimVerdict(r, spec, annotations && typeof annotations === 'object' ? annotations : {}, context);
  return [v.violation, v.cmk].filter((x): x is RuleViolation => !!x);
}

function statefulSet(r: ResourceView, context: RuleContext): RuleViolation[] {
  const out: RuleViolation[] = [];
  const templates = blocks(r.values('spec.volume_claim_template'));
  templates.forEach((t, i) => {
    const spec = blocks(t.spec)[0] ?? {};
    const meta = blocks(t.metadata)[0] ?? {};
    const annotations = meta.annotations && typeof meta.annotations === 'object' ? meta.annotations as Record<string, unknown> : {};
    const v = claimVerdict(r, spec, annotations, context);
    const label = typeof meta.name === 'string' ? `"${meta.name}"` : `#${i + 1}`;
    for (const x of [v.violation, v.cmk]) {
      if (x) out.push({ ...x, message: `Volume claim template ${label}: ${x.message}`, attribute: `spec.volume_claim_template.${x.attribute === 'metadata.annotations' ? 'metadata.annotations' : 'spec.storage_class_name'}` });
    }
  });
  return out;
}

/** Kinds of `kubernetes_manifest` the rule judges, with their API-field spelling. */
const MANIFEST_KINDS = new Set(['StorageClass', 'PersistentVolumeClaim', 'StatefulSet']);

/** Claim findings of a manifest point at its camelCase fields. */
function manifestAttribute(v: RuleViolation, prefix: string): RuleViolation {
  const attribute = v.attribute === 'metadata.annotations' ? `${prefix}metadata.annotations` : `${prefix}spec.storageClassName`;
  return { ...v, attribute };
}

/** `kubernetes_manifest` StorageClass, PersistentVolumeClaim and StatefulSet objects. */
function manifest(r: ResourceView, context: RuleContext): RuleViolation[] {
  const m = manifestOf(r);
  switch (manifestKind(r)) {
    case 'StorageClass':
      return storageClass(r, context).map((v) => ({ ...v, attribute: 'manifest.parameters' }));
    case 'PersistentVolumeClaim': {
      const spec = objectOf(m.spec);
      const v = claimVerdict(r, { storage_class_name: spec.storageClassName }, objectOf(objectOf(m.metadata).annotations), context);
      return [v.violation, v.cmk].filter((x): x is RuleViolation => !!x).map((x) => manifestAttribute(x, 'manifest.'));
    }
    case 'StatefulSet': {
      const out: RuleViolation[] = [];
      blocks(getAll(m, 'spec.volumeClaimTemplates')).forEach((t, i) => {
        const meta = objectOf(t.metadata);
        const v = claimVerdict(r, { storage_class_name: objectOf(t.spec).storageClassName }, objectOf(meta.annotations), context);
        const label = typeof meta.name === 'string' ? `"${meta.name}"` : `#${i + 1}`;
        for (const x of [v.violation, v.cmk]) if (x) out.push(manifestAttribute({ ...x, message: `Volume claim template ${label}: ${x.message}` }, 'manifest.spec.volumeClaimTemplates.'));
      });
      return out;
    }
    default:
      return [];
  }
}

// ---------------------------------------------------------------------------------------------
// The table: resource type → check (each with the doc page it relies on)
// ---------------------------------------------------------------------------------------------

const NODE_DISK_NOTE = 'Node disks hold container images, emptyDir volumes and logs, which can contain personal data.';
const SUPPRESS_HINT = 'If the provider confirms platform encryption, suppress with that reference.';

interface Entry {
  readonly check: Check;
  /** The documentation page the check relies on. */
  readonly source: string;
}
const e = (check: Check, source: string): Entry => ({ check, source });

const STACKIT_NODE_POOLS = notEncryptable(
  `The SKE node pools' volumes have no encryption argument (volume_type only) and STACKIT documents no platform encryption for them. ${NODE_DISK_NOTE}`,
  `Keep personal data on encrypted PersistentVolumes (block-storage.csi.stackit.cloud with encrypted: "true" and a KMS key). ${SUPPRESS_HINT}`, true);

/** Azure SQL: TDE is on by default; a customer key is a child `azurerm_mssql_server_transparent_data_encryption` with `key_vault_key_id`. */
const azureMssqlServer: Check = (r, context) => {
  if (!cmkRequired(context)) return [];
  const tde = r.childrenOfType('azurerm_mssql_server_transparent_data_encryption');
  if (tde.some((t) => isSet(t.attribute('key_vault_key_id')))) return [];
  return [{
    message: 'The policy requires customer-managed keys, but Transparent Data Encryption uses the service-managed key (no azurerm_mssql_server_transparent_data_encryption with key_vault_key_id).',
    fix: 'Add azurerm_mssql_server_transparent_data_encryption { server_id, key_vault_key_id }.',
  }];
};

const GKE_DEFAULT_POOL = platformEncrypted('default node pool\'s boot disks', ['node_config.boot_disk_kms_key'], 'Set node_config { boot_disk_kms_key }.');

/** Resource type → check, with the page that documents the arguments it reads. */
const CHECKS: Record<string, Entry> = {
  // --- Buckets (S3-compatible through the aws provider, and each provider's own) ---
  aws_s3_bucket: e(s3StyleBucket, `${AWS}/s3_bucket_server_side_encryption_configuration.html.markdown`),
  aws_s3_bucket_server_side_encryption_configuration: e(sseConfiguration, `${AWS}/s3_bucket_server_side_encryption_configuration.html.markdown`),
  scaleway_object_bucket: e(s3StyleBucket, `${SCW}/object_bucket.md`),
  scaleway_object_bucket_server_side_encryption_configuration: e(sseConfiguration, `${SCW}/object_bucket_server_side_encryption_configuration.md`),
  ionoscloud_s3_bucket: e(s3StyleBucket, `${IONOS}/s3_bucket.md`),
  ionoscloud_s3_bucket_server_side_encryption_configuration: e(sseConfiguration, `${IONOS}/s3_bucket_server_side_encryption_configuration.md`),
  // "sub-resources (versioning, lifecycle, CORS, SSE, website, policy) are not currently supported for user-owned buckets"
  ionoscloud_user_object_storage_bucket: e(notEncryptable(
    'User-owned (legacy) IONOS buckets cannot carry a server-side encryption configuration in Terraform.',
    'Use a contract-owned ionoscloud_s3_bucket with an ionoscloud_s3_bucket_server_side_encryption_configuration.', false), `${IONOS}/user_object_storage_bucket.md`),
  opentelekomcloud_obs_bucket: e(otcObsBucket, `${OTC}/obs_bucket.md`),
  opentelekomcloud_s3_bucket: e(notEncryptable(
    'The legacy opentelekomcloud_s3_bucket resource cannot configure server-side encryption.',
    'Use opentelekomcloud_obs_bucket with server_side_encryption { algorithm = "kms", kms_key_id }.', false), `${OTC}/s3_bucket.md`),
  ovh_cloud_project_storage: e(ovhStorage, `${OVH}/cloud_project_storage.md`),
  stackit_objectstorage_bucket: e(platformEncrypted('bucket'), `${STACKIT}/objectstorage_bucket.md`),
  upcloud_managed_object_storage: e(platformEncrypted('object storage'), `${UPC}/managed_object_storage.md`),
  upcloud_managed_object_storage_bucket: e(platformEncrypted('bucket'), `${UPC}/managed_object_storage_bucket.md`),
  azurerm_storage_account: e(platformEncrypted('storage account', ['customer_managed_key'],
    'Add a customer_managed_key block or an azurerm_storage_account_customer_managed_key.',
    (r) => r.childrenOfType('azurerm_storage_account_customer_managed_key').length > 0), `${AZ}/storage_account.html.markdown`),
  google_storage_bucket: e(platformEncrypted('bucket', ['encryption.default_kms_key_name'], 'Set encryption { default_kms_key_name } to a Cloud KMS key.'), `${GCP}/storage_bucket.html.markdown`),

  // --- Block volumes and file storage ---
  hcloud_volume: e(notEncryptable(
    'Hetzner Cloud Volumes cannot be encrypted by the platform: hcloud_volume has no encryption argument and Hetzner documents no encryption at rest.',
    'Encrypt inside the server (LUKS/cryptsetup) or, in Kubernetes, use an hcloud CSI StorageClass with a LUKS passphrase secret; then suppress with that reason.', false), `${HCLOUD}/volume.md`),
  hcloud_storage_box: e(notEncryptable(
    'Hetzner Storage Boxes have no encryption argument and no documented encryption at rest.',
    'Encrypt data before it is written (e.g. restic/borg encrypted repositories) and suppress with that reason.', true), `${HCLOUD}/storage_box.md`),
  upcloud_storage: e(mustBeTrue({ path: 'encrypt', what: 'storage', fix: 'Set encrypt = true.' }), `${UPC}/storage.md`),
  upcloud_file_storage: e(mustBeTrue({ path: 'encrypt', what: 'file storage', fix: 'Set encrypt = true (only possible at creation).' }), `${UPC}/file_storage.md`),
  upcloud_server: e(upcloudServer, `${UPC}/server.md`),
  opentelekomcloud_evs_volume_v3: e(keyRequired('kms_id', 'EVS volume', 'Set kms_id to a KMS key id.'), `${OTC}/evs_volume_v3.md`),
  opentelekomcloud_blockstorage_volume_v2: e(otcBlockstorageVolume, `${OTC}/blockstorage_volume_v2.md`),
  opentelekomcloud_ecs_instance_v1: e(otcEcsInstance, `${OTC}/ecs_instance_v1.md`),
  opentelekomcloud_sfs_turbo_share_v1: e(keyRequired('crypt_key_id', 'SFS Turbo file system', 'Set crypt_key_id to a KMS key id.'), `${OTC}/sfs_turbo_share_v1.md`),
  ovh_cloud_project_volume: e(ovhProjectVolume, `${OVH}/cloud_project_volume.md`),
  ovh_cloud_storage_block_volume: e(mustBeTrue({ path: 'encryption.enabled', what: 'block volume', fix: 'Set encryption { enabled = true } (LUKS).' }), `${OVH}/cloud_storage_block_volume.md`),
  stackit_volume: e(keyRequired('encryption_parameters', 'volume', 'Set encryption_parameters { kek_key_id, kek_key_version, kek_keyring_id, service_account } (STACKIT KMS).'), `${STACKIT}/volume.md`),
  // Platform encryption (AES-256-XTS, always on): catalog exoscale_block_storage_volume note.
  exoscale_block_storage_volume: e(platformEncrypted('volume'), `${EXO}/block_storage_volume.md`),
  // Platform encryption (AES-XTS-256) of volumes created after the feature launch: catalog ionoscloud_volume note.
  ionoscloud_volume: e(platformEncrypted('volume'), `${IONOS}/volume.md`),
  // Platform encryption of SBS volumes is documented only for the HDS offer (catalog kubernetesStorage note).
  scaleway_block_volume: e(notEncryptable(
    'Scaleway Block Storage volumes have no encryption argument, and platform encryption at rest is not documented outside the HDS offer.',
    `Encrypt inside the instance (LUKS) or, in Kubernetes, use an encrypted csi.scaleway.com StorageClass. ${SUPPRESS_HINT}`, true), `${SCW}/block_volume.md`),
  scaleway_instance_volume: e(notEncryptable(
    'Scaleway instance volumes have no encryption argument, and platform encryption at rest is not documented outside the HDS offer.',
    `Encrypt inside the instance (LUKS). ${SUPPRESS_HINT}`, true), `${SCW}/instance_volume.md`),
  aws_ebs_volume: e(awsEbsVolume, `${AWS}/ebs_volume.html.markdown`),
  aws_ebs_encryption_by_default: e(awsEbsDefault, `${AWS}/ebs_encryption_by_default.html.markdown`),
  aws_instance: e(awsInstance, `${AWS}/instance.html.markdown`),
  azurerm_managed_disk: e(platformEncrypted('managed disk', ['disk_encryption_set_id', 'secure_vm_disk_encryption_set_id'], 'Set disk_encryption_set_id to a Disk Encryption Set with a Key Vault key.'), `${AZ}/managed_disk.html.markdown`),
  google_compute_disk: e(platformEncrypted('disk', ['disk_encryption_key.kms_key_self_link', 'disk_encryption_key.raw_key', 'disk_encryption_key.rsa_encrypted_key'], 'Set disk_encryption_key { kms_key_self_link }.'), `${GCP}/compute_disk.html.markdown`),
  google_compute_region_disk: e(platformEncrypted('disk', ['disk_encryption_key.kms_key_self_link', 'disk_encryption_key.raw_key'], 'Set disk_encryption_key { kms_key_self_link }.'), `${GCP}/compute_region_disk.html.markdown`),

  // --- Kubernetes control plane and node disks ---
  opentelekomcloud_cce_cluster_v3: e(mustBeTrue({ path: 'enable_volume_encryption', what: 'system and data disks of the CCE master nodes', fix: 'Set enable_volume_encryption = true (forces a new cluster).' }), `${OTC}/cce_cluster_v3.md`),
  opentelekomcloud_cce_node_pool_v3: e(otcCceNodes, `${OTC}/cce_node_pool_v3.md`),
  opentelekomcloud_cce_node_v3: e(otcCceNodes, `${OTC}/cce_node_v3.md`),
  upcloud_kubernetes_cluster: e(upcloudStorageEncryption, `${UPC}/kubernetes_cluster.md`),
  upcloud_kubernetes_node_group: e(upcloudStorageEncryption, `${UPC}/kubernetes_node_group.md`),
  // Root volumes are encrypted by the platform (catalog exoscale_compute_instance / kubernetesStorage notes).
  exoscale_sks_nodepool: e(platformEncrypted('node pool'), `${EXO}/sks_nodepool.md`),
  // Node volumes are IONOS block storage, encrypted by the platform (catalog ionoscloud_k8s_node_pool note).
  ionoscloud_k8s_node_pool: e(platformEncrypted('node pool'), `${IONOS}/k8s_node_pool.md`),
  scaleway_k8s_pool: e(notEncryptable(
    `The pool's node disks have no encryption argument (root_volume_type only) and Scaleway documents no platform encryption for them. ${NODE_DISK_NOTE}`,
    `Keep personal data on encrypted PersistentVolumes (csi.scaleway.com with a LUKS secret). ${SUPPRESS_HINT}`, true), `${SCW}/k8s_pool.md`),
  ovh_cloud_project_kube_nodepool: e(notEncryptable(
    `The node pool's disks have no encryption argument and OVHcloud documents no platform encryption for them. ${NODE_DISK_NOTE}`,
    `Keep personal data on encrypted PersistentVolumes (csi-cinder-*-luks classes). ${SUPPRESS_HINT}`, true), `${OVH}/cloud_project_kube_nodepool.md`),
  stackit_ske_cluster: e(STACKIT_NODE_POOLS, `${STACKIT}/ske_cluster.md`),
  aws_eks_node_group: e(awsEksNodeGroup, `${AWS}/eks_node_group.html.markdown`),
  azurerm_kubernetes_cluster: e(platformEncrypted('cluster\'s node disks', ['disk_encryption_set_id'], 'Set disk_encryption_set_id to a Disk Encryption Set.'), `${AZ}/kubernetes_cluster.html.markdown`),
  google_container_node_pool: e(platformEncrypted('node pool\'s boot disks', ['node_config.boot_disk_kms_key'], 'Set node_config { boot_disk_kms_key }.'), `${GCP}/container_node_pool.html.markdown`),
  google_container_cluster: e((r, c) => flag(r, 'remove_default_node_pool') === 'true' ? [] : GKE_DEFAULT_POOL(r, c), `${GCP}/container_cluster.html.markdown`),

  // --- Managed databases ---
  scaleway_rdb_instance: e(mustBeTrue({ path: 'encryption_at_rest', what: 'database instance', fix: 'Set encryption_at_rest = true.' }), `${SCW}/rdb_instance.md`),
  scaleway_mongodb_instance: e(notEncryptable('The MongoDB instance has no encryption argument and Scaleway documents no encryption at rest for it.', SUPPRESS_HINT, true), `${SCW}/mongodb_instance.md`),
  scaleway_redis_cluster: e(notEncryptable('The Redis cluster has no encryption-at-rest argument and Scaleway documents no encryption at rest for it.', SUPPRESS_HINT, true), `${SCW}/redis_cluster.md`),
  scaleway_sdb_sql_database: e(notEncryptable('The Serverless SQL database has no encryption argument and Scaleway documents no encryption at rest for it.', SUPPRESS_HINT, true), `${SCW}/sdb_sql_database.md`),
  opentelekomcloud_rds_instance_v3: e(keyRequired('volume.disk_encryption_id', 'RDS instance', 'Set volume { disk_encryption_id = <KMS key id> } (forces a new instance).'), `${OTC}/rds_instance_v3.md`),
  opentelekomcloud_rds_read_replica_v3: e(keyRequired('volume.disk_encryption_id', 'RDS read replica', 'Set volume { disk_encryption_id = <KMS key id> }.'), `${OTC}/rds_read_replica_v3.md`),
  opentelekomcloud_rds_instance_v1: e(notEncryptable('The legacy RDS v1 instance has no encryption argument.', 'Migrate to opentelekomcloud_rds_instance_v3 with volume.disk_encryption_id.', false), `${OTC}/rds_instance_v1.md`),
  opentelekomcloud_dds_instance_v3: e(keyRequired('disk_encryption_id', 'DDS instance', 'Set disk_encryption_id to a KMS key id.'), `${OTC}/dds_instance_v3.md`),
  opentelekomcloud_css_cluster_v1: e(keyRequired('node_config.volume.encryption_key', 'CSS cluster', 'Set node_config { volume { encryption_key = <KMS key id> } } (not a default master key).'), `${OTC}/css_cluster_v1.md`),
  stackit_postgresflex_instance: e(keyRequired('encryption', 'PostgreSQL Flex instance', 'Set encryption { kek_key_id, kek_key_version, kek_keyring_id, service_account } (STACKIT KMS).'), `${STACKIT}/postgresflex_instance.md`),
  stackit_sqlserverflex_instance: e(keyRequired('encryption', 'SQLServer Flex instance', 'Set encryption { kek_key_id, kek_key_version, kek_keyring_id, service_account } (STACKIT KMS).'), `${STACKIT}/sqlserverflex_instance.md`),
  stackit_mongodbflex_instance: e(notEncryptable('The MongoDB Flex instance has no encryption argument and STACKIT documents no encryption at rest for it.', SUPPRESS_HINT, true), `${STACKIT}/mongodbflex_instance.md`),
  stackit_mariadb_instance: e(notEncryptable('The MariaDB instance has no encryption argument and STACKIT documents no encryption at rest for it.', SUPPRESS_HINT, true), `${STACKIT}/mariadb_instance.md`),
  stackit_redis_instance: e(notEncryptable('The Redis instance has no encryption argument and STACKIT documents no encryption at rest for it.', SUPPRESS_HINT, true), `${STACKIT}/redis_instance.md`),
  stackit_opensearch_instance: e(notEncryptable('The OpenSearch instance has no encryption argument and STACKIT documents no encryption at rest for it.', SUPPRESS_HINT, true), `${STACKIT}/opensearch_instance.md`),
  ovh_cloud_project_database: e(notEncryptable('The managed database has no encryption argument and OVHcloud documents encryption only for its backups, not for the database volumes.', SUPPRESS_HINT, true), `${OVH}/cloud_project_database.md`),
  // IONOS DBaaS runs on IONOS block storage, encrypted by the platform (catalog notes).
  ionoscloud_pg_cluster_v2: e(platformEncrypted('database'), `${IONOS}/pg_cluster_v2.md`),
  ionoscloud_dbaas_pgsql_cluster: e(platformEncrypted('database'), `${IONOS}/dbaas_pgsql_cluster.md`),
  ionoscloud_dbaas_mongo_cluster: e(platformEncrypted('database'), `${IONOS}/dbaas_mongo_cluster.md`),
  ionoscloud_dbaas_mariadb_cluster: e(platformEncrypted('database'), `${IONOS}/dbaas_mariadb_cluster.md`),
  ionoscloud_inmemorydb_cluster_v2: e(platformEncrypted('database'), `${IONOS}/inmemorydb_cluster_v2.md`),
  ionoscloud_dbaas_inmemorydb_replica_set: e(platformEncrypted('database'), `${IONOS}/dbaas_inmemorydb_replica_set.md`),
  // Exoscale lists DBaaS volume encryption at rest as its own responsibility (catalog exoscale_dbaas note).
  exoscale_dbaas: e(platformEncrypted('database'), `${EXO}/dbaas.md`),
  exoscale_database: e(platformEncrypted('database'), `${EXO}/database.md`),
  // UpCloud encrypts managed database volumes (LUKS) and backups by default (catalog note).
  upcloud_managed_database_postgresql: e(platformEncrypted('database'), `${UPC}/managed_database_postgresql.md`),
  upcloud_managed_database_mysql: e(platformEncrypted('database'), `${UPC}/managed_database_mysql.md`),
  upcloud_managed_database_opensearch: e(platformEncrypted('database'), `${UPC}/managed_database_opensearch.md`),
  upcloud_managed_database_valkey: e(platformEncrypted('database'), `${UPC}/managed_database_valkey.md`),
  aws_db_instance: e(mustBeTrue({ path: 'storage_encrypted', what: 'RDS instance', fix: 'Set storage_encrypted = true.', cmkPath: 'kms_key_id', cmkFix: 'Set kms_key_id to a customer-managed KMS key.' }), `${AWS}/db_instance.html.markdown`),
  aws_rds_cluster: e(mustBeTrue({ path: 'storage_encrypted', what: 'RDS cluster', fix: 'Set storage_encrypted = true.', cmkPath: 'kms_key_id', cmkFix: 'Set kms_key_id to a customer-managed KMS key.' }), `${AWS}/rds_cluster.html.markdown`),
  azurerm_postgresql_flexible_server: e(platformEncrypted('database server', ['customer_managed_key.key_vault_key_id'], 'Add customer_managed_key { key_vault_key_id }.'), `${AZ}/postgresql_flexible_server.html.markdown`),
  azurerm_mssql_server: e(azureMssqlServer, `${AZ}/mssql_server_transparent_data_encryption.html.markdown`),
  google_sql_database_instance: e(platformEncrypted('database instance', ['encryption_key_name'], 'Set encryption_key_name to a Cloud KMS key (at creation).'), `${GCP}/sql_database_instance.html.markdown`),

  // --- Kubernetes volumes ---
  kubernetes_storage_class: e(storageClass, `${K8S}/storage_class.md`),
  kubernetes_storage_class_v1: e(storageClass, `${K8S}/storage_class_v1.md`),
  kubernetes_persistent_volume_claim: e(persistentVolumeClaim, `${K8S}/persistent_volume_claim.md`),
  kubernetes_persistent_volume_claim_v1: e(persistentVolumeClaim, `${K8S}/persistent_volume_claim_v1.md`),
  kubernetes_stateful_set: e(statefulSet, `${K8S}/stateful_set.md`),
  kubernetes_stateful_set_v1: e(statefulSet, `${K8S}/stateful_set_v1.md`),
  kubernetes_manifest: e(manifest, `${K8S}/manifest.md`),
};

const BY_TYPE = new Map(Object.entries(CHECKS));

/** The documentation page behind each resource type the rule checks (for tests and docs). @internal */
export function encryptionAtRestSources(): Record<string, string> {
  return Object.fromEntries(Object.entries(CHECKS).map(([type, entry]) => [type, entry.source]));
}

const STATEFUL_SETS = new Set(['kubernetes_stateful_set', 'kubernetes_stateful_set_v1']);

/**
 * SOV-ENCRYPTION-AT-REST: buckets, block volumes, node disks, managed databases and
 * Kubernetes volumes are encrypted at rest — with customer-managed keys where the policy
 * asks for them and the provider offers them.
 */
export const encryptionAtRestRule = defineRule({
  metadata: {
    id: RuleId.ENCRYPTION_AT_REST,
    title: 'Data at rest is encrypted',
    defaultLevel: FindingLevel.ERROR,
    references: refs('GDPR-32', 'GDPR-5.1.f', 'GAIAX-P3.1.9', 'C5-CRY-03', 'C5-CRY-04', 'EUCS-CKM-01'),
    rationale:
      'Encryption at rest is the first technical measure GDPR Art. 32(1)(a) names, and BSI C5 CRY-03 requires it for customer data. Where the policy asks for customer-managed keys, keys must come from a KMS the customer controls.',
    remediation: 'Switch on the provider\'s encryption for the resource (server-side encryption for buckets, encrypted volume types or KMS keys for disks and databases, an encrypted StorageClass for Kubernetes volumes).',
    resourceTypes: Object.keys(CHECKS).sort(),
  },
  appliesTo: (resource) => {
    if (!BY_TYPE.has(resource.resourceType)) return false;
    if (STATEFUL_SETS.has(resource.resourceType)) return resource.has('spec.volume_claim_template');
    if (resource.resourceType === 'stackit_ske_cluster') return resource.has('node_pools');
    if (resource.resourceType === 'kubernetes_manifest') return MANIFEST_KINDS.has(manifestKind(resource) ?? '');
    return true;
  },
  evaluate: (resource, context) => BY_TYPE.get(resource.resourceType)?.check(resource, context) ?? [],
});
