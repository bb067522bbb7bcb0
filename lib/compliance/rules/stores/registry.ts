import { ResourceRecord } from '../../model/configuration';
import { isLiteral, referencesIn } from '../../model/expressions';
import { ResourceView, RuleContext } from '../../model/view';

// ---------------------------------------------------------------------------------------
// Which resources are stores, and which configuration resources belong to each one.
// ---------------------------------------------------------------------------------------

/**
 * Stores whose retention the rule can read. Attribute names per provider:
 * - aws_s3_bucket: `object_lock_enabled`, legacy inline `object_lock_configuration` and `lifecycle_rule`;
 *   children aws_s3_bucket_lifecycle_configuration `rule { status, filter, expiration { days, date } }` and
 *   aws_s3_bucket_object_lock_configuration `rule { default_retention { mode, days, years } }`
 *   https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/s3_bucket_lifecycle_configuration
 *   https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/s3_bucket_object_lock_configuration
 *   (the same children configure every S3-compatible bucket reached through the aws provider: Hetzner, Exoscale, UpCloud, STACKIT…)
 * - scaleway_object_bucket: `object_lock_enabled`, inline `lifecycle_rule { enabled, prefix, tags, expiration { days } }`;
 *   child scaleway_object_bucket_lock_configuration `rule { default_retention { mode, days, years } }`
 *   https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources/object_bucket.md
 *   https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources/object_bucket_lock_configuration.md
 * - opentelekomcloud_obs_bucket: `worm_policy { days | years }`, `lifecycle_rule { name, enabled, prefix, expiration { days } }`;
 *   opentelekomcloud_s3_bucket: `lifecycle_rule { enabled, prefix, expiration { days } }`, no WORM
 *   https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/obs_bucket.md
 *   https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/s3_bucket.md
 * - ionoscloud_s3_bucket: `object_lock_enabled`; children ionoscloud_s3_bucket_lifecycle_configuration `rule { status,
 *   filter { prefix }, expiration { days } }` (the schema block is `rule`) and ionoscloud_s3_bucket_object_lock_configuration
 *   `rule { default_retention { mode, days, years } }`
 *   https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/s3_bucket.md
 *   https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/internal/framework/services/objectstorage/resource_bucket_lifecycle_configuration.go
 * - stackit_objectstorage_bucket: `object_lock` (bool); child stackit_objectstorage_default_retention `days`, `mode`
 *   https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources/objectstorage_bucket.md
 *   https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources/objectstorage_default_retention.md
 * - ovh_cloud_project_storage: `object_lock { status, rule { mode, period } }` (ISO 8601 period); lifecycle in
 *   ovh_cloud_project_storage_object_bucket_lifecycle_configuration `container_name`, `rules [{ status, filter, expiration { days } }]`
 *   https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources/cloud_project_storage.md
 *   https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources/cloud_project_storage_object_bucket_lifecycle_configuration.md
 * - upcloud_managed_object_storage_bucket: no lock or lifecycle argument; S3 children through the aws provider count.
 * - google_storage_bucket: `retention_policy { retention_period (seconds), is_locked }`, `lifecycle_rule { action { type },
 *   condition { age, matches_prefix } }`  https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/storage_bucket.html.markdown
 * - azurerm_storage_account: `immutability_policy { state, period_since_creation_in_days }`; child azurerm_storage_management_policy
 *   `rule { enabled, filters { prefix_match }, actions { base_blob { delete_after_days_since_modification_greater_than … } } }`;
 *   container-level azurerm_storage_container_immutability_policy `immutability_period_in_days`
 *   https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/storage_account.html.markdown
 *   https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/storage_management_policy.html.markdown
 *   https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/storage_container_immutability_policy.html.markdown
 * - aws_cloudwatch_log_group: `retention_in_days` (0 or unset: never expires)
 *   https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/cloudwatch_log_group
 * @internal
 */
export const RETENTION_STORE_TYPES: readonly string[] = [
  'aws_s3_bucket',
  'scaleway_object_bucket',
  'opentelekomcloud_obs_bucket',
  'opentelekomcloud_s3_bucket',
  'ionoscloud_s3_bucket',
  'stackit_objectstorage_bucket',
  'ovh_cloud_project_storage',
  'upcloud_managed_object_storage_bucket',
  'google_storage_bucket',
  'azurerm_storage_account',
  'aws_cloudwatch_log_group',
];

/** Configuration resources that point at their store through an attribute the engine does not link. */
const EXTRA_LINKS: Record<string, string> = {
  ovh_cloud_project_storage_object_bucket_lifecycle_configuration: 'container_name',
  azurerm_storage_container_immutability_policy: 'storage_container_resource_manager_id',
};

interface StoreIndex {
  /** Store (and container) address → configuration resources linked through EXTRA_LINKS. */
  readonly extraChildren: Map<string, ResourceView[]>;
  /** Literal bucket names → store. */
  readonly byName: Map<string, ResourceRecord>;
}

const STORE_INDEX = new WeakMap<RuleContext, StoreIndex>();
export const STORE_TYPES = new Set(RETENTION_STORE_TYPES);

function storeIndex(context: RuleContext): StoreIndex {
  let index = STORE_INDEX.get(context);
  if (index) return index;
  const extraChildren = new Map<string, ResourceView[]>();
  const byName = new Map<string, ResourceRecord>();
  const pending: ResourceRecord[] = [];
  for (const r of context._config.resources) {
    if (r.mode !== 'managed') continue;
    if (STORE_TYPES.has(r.type)) {
      const name = r.body.bucket ?? r.body.name;
      if (typeof name === 'string' && isLiteral(name)) byName.set(name, r);
    } else if (EXTRA_LINKS[r.type]) {
      pending.push(r);
    }
  }
  index = { extraChildren, byName };
  STORE_INDEX.set(context, index);
  for (const r of pending) {
    const target = resolveRecord(r.body[EXTRA_LINKS[r.type]], context);
    if (!target) continue;
    const list = extraChildren.get(target.address) ?? [];
    list.push(context._view(r));
    extraChildren.set(target.address, list);
  }
  return index;
}

/**
 * The resource a value points at: the first resource reference in it, or a store whose
 * literal `bucket`/`name` it is (also `arn:aws:s3:::name` and `region/name`).
 * @internal
 */
export function resolveStore(value: unknown, context: RuleContext): ResourceView | undefined {
  const record = resolveRecord(value, context);
  return record ? context._view(record) : undefined;
}

function resolveRecord(value: unknown, context: RuleContext): ResourceRecord | undefined {
  if (typeof value !== 'string' || value.length === 0) return undefined;
  if (value.includes('${')) {
    for (const ref of referencesIn(value)) {
      const target = context._config.find(ref.address);
      if (target) return target;
    }
    return undefined;
  }
  const name = value.replace(/^arn:aws:s3:::/, '').split('/').pop() ?? value;
  return storeIndex(context).byName.get(name);
}

/** Children linked by the engine plus those linked by EXTRA_LINKS. */
export function attached(resource: ResourceView, context: RuleContext): ResourceView[] {
  const extra = storeIndex(context).extraChildren.get(resource.address);
  return extra ? [...resource.children, ...extra] : resource.children;
}
