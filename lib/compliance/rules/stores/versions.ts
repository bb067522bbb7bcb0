import { ResourceView, RuleContext } from '../../model/view';
import { attached } from './registry';
import { blockList, count, first, flag, hasFilter, S3_FILTERS } from './values';

// ---------------------------------------------------------------------------------------
// Object versions: whether a store keeps them, and what deletes the noncurrent ones.
//
// A versioned store turns a deletion or an overwrite into a noncurrent version; the
// expiration of current objects only adds a delete marker. Personal data is gone only when a
// lifecycle rule also expires noncurrent versions. Arguments, per provider:
// - aws_s3_bucket (and every S3-compatible bucket reached through the aws provider): child
//   aws_s3_bucket_versioning `versioning_configuration { status = Enabled | Suspended | Disabled }`,
//   legacy inline `versioning { enabled }`; aws_s3_bucket_lifecycle_configuration
//   `rule { noncurrent_version_expiration { noncurrent_days, newer_noncurrent_versions } }`, legacy inline
//   `lifecycle_rule { noncurrent_version_expiration { days } }`
//   https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/s3_bucket_versioning
//   https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/s3_bucket_lifecycle_configuration
// - scaleway_object_bucket: `versioning { enabled }`, `lifecycle_rule { enabled, prefix, tags,
//   noncurrent_version_expiration { noncurrent_days, newer_noncurrent_versions } }`
//   https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources/object_bucket.md
// - opentelekomcloud_obs_bucket: `versioning = true` (false suspends), `lifecycle_rule { enabled, prefix,
//   noncurrent_version_expiration { days } }`; opentelekomcloud_s3_bucket: `versioning { enabled }`, the same
//   lifecycle block  https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/obs_bucket.md
//   https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/s3_bucket.md
// - ionoscloud_s3_bucket: child ionoscloud_s3_bucket_versioning `versioning_configuration { status }`;
//   ionoscloud_s3_bucket_lifecycle_configuration `rule { status, filter, noncurrent_version_expiration { noncurrent_days } }`
//   https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/s3_bucket_versioning.md
//   https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/s3_bucket_lifecycle_configuration.md
// - ovh_cloud_project_storage: `versioning { status = enabled | disabled | suspended }`;
//   ovh_cloud_project_storage_object_bucket_lifecycle_configuration `rules [{ status, filter,
//   noncurrent_version_expiration { noncurrent_days, newer_noncurrent_versions } }]`
//   https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources/cloud_project_storage.md
//   https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources/cloud_project_storage_object_bucket_lifecycle_configuration.md
// - google_storage_bucket: `versioning { enabled }`; `lifecycle_rule { action { type = "Delete" } condition { age,
//   days_since_noncurrent_time, num_newer_versions, with_state } }`. A condition without with_state (or "ANY")
//   matches live and noncurrent versions (the provider maps it to isLive unset; resource_storage_bucket.go),
//   and every condition of a rule must hold.
//   https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/storage_bucket.html.markdown
// - azurerm_storage_account: `blob_properties { versioning_enabled }`; azurerm_storage_management_policy
//   `rule { actions { version { delete_after_days_since_creation } } }`
//   https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/storage_account.html.markdown
//   https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/storage_management_policy.html.markdown
// `newer_noncurrent_versions = N` keeps the N newest noncurrent versions whatever their age ("If there are
// this many more recent noncurrent versions, Amazon S3 will take the associated action"):
//   https://docs.aws.amazon.com/AmazonS3/latest/API/API_NoncurrentVersionExpiration.html
// ---------------------------------------------------------------------------------------

/** Whether a store keeps object versions. @internal */
export interface VersioningFacts {
  /** true when versioning is enabled, false when off (or suspended), undefined when unknown before apply. */
  readonly enabled: boolean | undefined;
  /** Where it was read: an argument of the store or a versioning resource. */
  readonly where: string;
  /** The store's own argument, when it was read there. */
  readonly attribute?: string;
}

/** @internal */
export function versioningFacts(resource: ResourceView, context: RuleContext): VersioningFacts {
  const states: Array<{ on: boolean | undefined; where: string; attribute?: string }> = [];
  const a = resource.attributes as Record<string, unknown>;
  const inline = a.versioning;
  if (inline !== undefined && inline !== null) {
    if (typeof inline === 'object') {
      const block = first(inline);
      if (block && typeof block === 'object' && block.enabled !== undefined) {
        states.push({ on: flag(block.enabled, context), where: 'versioning.enabled', attribute: 'versioning.enabled' });
      } else if (block && typeof block === 'object' && block.status !== undefined) {
        states.push({ on: flag(block.status, context), where: 'versioning.status', attribute: 'versioning.status' });
      }
    } else {
      // OTC OBS `versioning = true`, or an expression for the whole block.
      states.push({ on: flag(inline, context), where: `versioning ${typeof inline === 'string' ? inline : String(inline)}`, attribute: 'versioning' });
    }
  }
  const blob = first(a.blob_properties);
  if (blob && typeof blob === 'object' && blob.versioning_enabled !== undefined) {
    states.push({ on: flag(blob.versioning_enabled, context), where: 'blob_properties.versioning_enabled', attribute: 'blob_properties.versioning_enabled' });
  }
  for (const child of attached(resource, context)) {
    if (!child.resourceType.endsWith('_versioning')) continue;
    const status = first(child.attribute('versioning_configuration'))?.status;
    states.push({ on: flag(status, context), where: `${child.address} status ${typeof status === 'string' ? status : JSON.stringify(status)}` });
  }
  const on = states.find((s) => s.on === true) ?? states.find((s) => s.on === undefined) ?? states[0];
  return on ? { enabled: on.on, where: on.where, attribute: on.attribute } : { enabled: false, where: 'no versioning argument' };
}

/** One lifecycle rule that deletes noncurrent versions. @internal */
export interface NoncurrentRule {
  /** Whether the rule is enabled; undefined when unknown before apply. */
  readonly enabled: boolean | undefined;
  /** Days after which noncurrent versions are deleted: undefined when the rule sets none, null when unknown. */
  readonly days: number | null | undefined;
  /** Noncurrent versions of each object the rule keeps whatever their age (0: none); null when unknown. */
  readonly kept: number | null;
  /** Whether it applies to every object (no prefix, tag or size filter). */
  readonly wholeStore: boolean;
  readonly where: string;
  readonly attribute?: string;
}

function keptOf(value: unknown, context: RuleContext): number | null {
  const n = count(value, context);
  return n === undefined ? 0 : n;
}

function zeroIsUnset(n: number | null | undefined): number | null | undefined {
  return n === 0 ? undefined : n;
}

const GCS_FILTERS = ['matches_prefix', 'matches_suffix', 'matches_storage_class'];

/** Google Cloud Storage: a Delete rule matching noncurrent versions (with_state not LIVE). */
function gcsRule(rule: any, where: string, context: RuleContext): NoncurrentRule | undefined {
  const type = context.literal(first(rule.action)?.type);
  const condition = first(rule.condition) ?? {};
  const rawState = condition.with_state;
  const state = context.literal(rawState);
  if (typeof state === 'string' && state.toUpperCase() === 'LIVE') return undefined;
  const age = count(condition.age, context);
  // The provider ignores 0 for these two conditions (storage_bucket.html.markdown).
  const since = zeroIsUnset(count(condition.days_since_noncurrent_time, context));
  const newer = zeroIsUnset(count(condition.num_newer_versions, context));
  if (age === undefined && since === undefined && newer === undefined) return undefined;
  const stateKnown = rawState === undefined || rawState === null || typeof state === 'string';
  // Every condition must hold: a noncurrent version goes once it is older than both (only
  // num_newer_versions: as soon as enough newer versions exist).
  const days = age === null || since === null ? null : Math.max(age ?? 0, since ?? 0);
  return {
    enabled: typeof type === 'string' && stateKnown ? type === 'Delete' : undefined,
    days,
    // num_newer_versions = N matches versions with N newer ones (the live version counts): N - 1 noncurrent stay.
    kept: newer === undefined ? 0 : newer === null ? null : Math.max(0, newer - 1),
    wholeStore: !hasFilter(condition, GCS_FILTERS),
    where: `${where} (Delete, ${since !== undefined ? 'condition.days_since_noncurrent_time' : age !== undefined ? 'condition.age' : 'condition.num_newer_versions'})`,
    attribute: `lifecycle_rule.condition.${since !== undefined ? 'days_since_noncurrent_time' : age !== undefined ? 'age' : 'num_newer_versions'}`,
  };
}

/** Every lifecycle rule of a store that deletes noncurrent versions (inline and attached). @internal */
export function noncurrentExpiryRules(resource: ResourceView, context: RuleContext): NoncurrentRule[] {
  const out: NoncurrentRule[] = [];
  const a = resource.attributes as Record<string, unknown>;

  blockList(a.lifecycle_rule).forEach((rule, i) => {
    const where = `lifecycle_rule[${i}]`;
    if (rule.action !== undefined) {
      const gcs = gcsRule(rule, where, context);
      if (gcs) out.push(gcs);
      return;
    }
    const expiration = first(rule.noncurrent_version_expiration);
    if (!expiration || typeof expiration !== 'object') return;
    out.push({
      enabled: rule.enabled === undefined ? flag(rule.status ?? true, context) : flag(rule.enabled, context),
      days: count(expiration.noncurrent_days ?? expiration.days, context),
      kept: keptOf(expiration.newer_noncurrent_versions, context),
      wholeStore: !hasFilter(rule, S3_FILTERS),
      where: `${where}.noncurrent_version_expiration`,
      attribute: 'lifecycle_rule.noncurrent_version_expiration',
    });
  });

  for (const child of attached(resource, context)) {
    const t = child.resourceType;
    if (t.endsWith('_lifecycle_configuration')) {
      const rules = [...blockList(child.attribute('rule')), ...blockList(child.attribute('rules'))];
      rules.forEach((rule, i) => {
        const expiration = first(rule.noncurrent_version_expiration);
        if (!expiration || typeof expiration !== 'object') return;
        const label = typeof rule.id === 'string' || typeof rule.id === 'number' ? `"${rule.id}"` : `[${i}]`;
        out.push({
          enabled: flag(rule.status ?? rule.enabled, context),
          days: count(expiration.noncurrent_days ?? expiration.days, context),
          kept: keptOf(expiration.newer_noncurrent_versions, context),
          wholeStore: !hasFilter(rule, S3_FILTERS),
          where: `${child.address} rule ${label} noncurrent_version_expiration`,
        });
      });
    } else if (t === 'azurerm_storage_management_policy') {
      blockList(child.attribute('rule')).forEach((rule, i) => {
        const version = first(first(rule.actions)?.version);
        if (!version || typeof version !== 'object' || version.delete_after_days_since_creation === undefined) return;
        const days = count(version.delete_after_days_since_creation, context);
        out.push({
          enabled: flag(rule.enabled, context),
          // -1 is the documented default: no deletion.
          days: typeof days === 'number' && days < 0 ? undefined : days,
          kept: 0,
          wholeStore: !hasFilter(first(rule.filters), ['prefix_match', 'match_blob_index_tag']),
          where: `${child.address} rule ${typeof rule.name === 'string' ? `"${rule.name}"` : `[${i}]`} actions.version`,
        });
      });
    }
  }
  return out;
}
