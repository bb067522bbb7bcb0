import { blocks, referencesIn } from '../../model/expressions';
import { ResourceView, RuleContext } from '../../model/view';
import { RuleViolation } from '../../types';
import { cmkRequired, flag, isSet, literalOf, show, stateOf, unknownFlag } from './shared';

// ---------------------------------------------------------------------------------------------
// Volumes, servers and node disks
// ---------------------------------------------------------------------------------------------

/** OVHcloud volume: a `*-luks` type or `encryption { encrypted = true }`; CMK via `encryption.kms` (cloud_project_volume.md). */
export function ovhProjectVolume(r: ResourceView, context: RuleContext): RuleViolation[] {
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
export function otcBlockstorageVolume(r: ResourceView): RuleViolation[] {
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

export function otcCceNodes(r: ResourceView): RuleViolation[] {
  const fix = 'Set kms_id on root_volume and on every data_volumes block (KMS key; EVS needs a KMS agency first).';
  return [
    ...(r.has('root_volume') ? everyBlockKey(r, 'root_volume', 'kms_id', 'root volume', fix, OTC_OS_KMS_NOTE) : []),
    ...everyBlockKey(r, 'data_volumes', 'kms_id', 'data volume', fix, OTC_OS_KMS_NOTE),
  ];
}

export function otcEcsInstance(r: ResourceView): RuleViolation[] {
  const out: RuleViolation[] = [];
  if (!isSet(r.attribute('system_disk_kms_id'))) {
    out.push({ message: 'The system disk is not encrypted at rest: `system_disk_kms_id` is not set.', attribute: 'system_disk_kms_id', fix: 'Set system_disk_kms_id to a KMS key id.' });
  }
  out.push(...everyBlockKey(r, 'data_disks', 'kms_id', 'data disk', 'Set kms_id on every data_disks block.'));
  return out;
}

/** UpCloud server: the template storage carries `encrypt` (server.md); attached storages are judged as upcloud_storage. */
export function upcloudServer(r: ResourceView): RuleViolation[] {
  if (!r.has('template')) return [];
  const state = flag(r, 'template.encrypt');
  if (state === 'unknown') return [unknownFlag(r, 'template.encrypt')];
  if (state === 'true') return [];
  return [{ message: `The server's template storage is not encrypted at rest: \`template.encrypt\` is ${state === 'absent' ? 'not set (off by default)' : 'false'}.`, attribute: 'template.encrypt', fix: 'Set template { encrypt = true }.' }];
}

/** UpCloud Kubernetes: `storage_encryption = "data-at-rest" | "none"`; node groups inherit the cluster's default. */
export function upcloudStorageEncryption(r: ResourceView): RuleViolation[] {
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
  if (!isGroup) {
    // The cluster setting is only the default of node groups that set none
    // ("If not set, the cluster's storage encryption strategy will be used",
    // https://github.com/UpCloudLtd/terraform-provider-upcloud/blob/v5.41.0/docs/resources/kubernetes_node_group.md):
    // when every node group of the configuration encrypts on its own, the default never applies.
    const groups = r.children.filter((c) => c.resourceType === 'upcloud_kubernetes_node_group');
    if (groups.length > 0 && groups.every((g) => g.literal('storage_encryption') === 'data-at-rest')) return [];
  }
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

export function awsEbsVolume(r: ResourceView, context: RuleContext): RuleViolation[] {
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

export function awsInstance(r: ResourceView, context: RuleContext): RuleViolation[] {
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

export function awsEbsDefault(r: ResourceView): RuleViolation[] {
  const s = flag(r, 'enabled');
  if (s === 'unknown') return [unknownFlag(r, 'enabled')];
  return s === 'false' ? [{ message: 'EBS encryption by default is switched off (`enabled = false`).', attribute: 'enabled', fix: 'Set enabled = true.' }] : [];
}

/** EKS managed node group: encrypted through a launch template with encrypted EBS mappings, or EBS default encryption. */
export function awsEksNodeGroup(r: ResourceView, context: RuleContext): RuleViolation[] {
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
