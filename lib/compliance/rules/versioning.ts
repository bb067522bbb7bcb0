import { ResourceView, RuleContext } from '../model/view';
import { defineRule } from '../rule';
import { FindingLevel, RuleViolation } from '../types';
import { RuleId } from './ids';
import { refs } from './refs';
import { isAuditLogStore, versioningFacts } from './stores';

/**
 * Object stores with a versioning setting, and how to switch it on (sources in
 * stores/versions.ts, which reads the setting):
 * - aws_s3_bucket (every S3-compatible bucket reached through the aws provider): a child
 *   aws_s3_bucket_versioning with `versioning_configuration { status = "Enabled" }`
 * - scaleway_object_bucket, opentelekomcloud_s3_bucket: `versioning { enabled = true }`
 * - opentelekomcloud_obs_bucket: `versioning = true`
 * - ionoscloud_s3_bucket: a child ionoscloud_s3_bucket_versioning `versioning_configuration { status = "Enabled" }`
 * - ovh_cloud_project_storage: `versioning { status = "enabled" }`
 * - google_storage_bucket: `versioning { enabled = true }`
 * - azurerm_storage_account: `blob_properties { versioning_enabled = true }`
 * Not judged: stackit_objectstorage_bucket and upcloud_managed_object_storage_bucket, whose
 * Terraform resources have no versioning argument (set it through the S3 API, e.g. with the
 * aws provider on the same bucket, which this rule then judges as an aws_s3_bucket).
 */
const HOW: Record<string, string> = {
  aws_s3_bucket: 'Add an aws_s3_bucket_versioning resource for the bucket with versioning_configuration { status = "Enabled" } (EuBucket: leave `versioned` at its default, true).',
  scaleway_object_bucket: 'Set versioning { enabled = true }.',
  opentelekomcloud_s3_bucket: 'Set versioning { enabled = true }.',
  opentelekomcloud_obs_bucket: 'Set versioning = true (EuBucket: leave `versioned` at its default, true).',
  ionoscloud_s3_bucket: 'Add an ionoscloud_s3_bucket_versioning resource with versioning_configuration { status = "Enabled" }.',
  ovh_cloud_project_storage: 'Set versioning { status = "enabled" }.',
  google_storage_bucket: 'Set versioning { enabled = true }.',
  azurerm_storage_account: 'Set blob_properties { versioning_enabled = true }.',
};

const JUDGED_CLASSIFICATIONS = new Set(['confidential', 'internal']);

/** Whether the store is marked as holding data whose loss matters: personal, special-category, confidential or internal data, or audit logs. */
function holdsDataWorthKeeping(resource: ResourceView, context: RuleContext): boolean {
  if (resource.holdsPersonalData) return true;
  const c = resource.dataClassification;
  if (c !== undefined && JUDGED_CLASSIFICATIONS.has(c)) return true;
  return isAuditLogStore(resource, context);
}

/**
 * SOV-VERSIONING: object stores marked as holding personal, confidential or internal data, or
 * audit logs, keep object versions, so that an overwrite, a deletion or ransomware can be
 * undone (GDPR Art. 32(1)(c): restore availability and access in a timely manner; BSI C5
 * OPS-06). Public and unmarked stores are not judged: the rule cannot know what they hold.
 * Object lock needs versioning anyway; the expiry of old versions is SOV-RETENTION's concern.
 */
export const versioningRule = defineRule({
  metadata: {
    id: RuleId.VERSIONING,
    title: 'Stores of personal, confidential or audit data keep object versions',
    defaultLevel: FindingLevel.WARNING,
    references: refs('GDPR-32', 'C5-OPS-06', 'GAIAX-P3.1.16'),
    rationale:
      'Security of processing includes the ability to restore the availability of and access to personal data in a timely manner after an incident (GDPR Art. 32(1)(c)). Without versioning, an overwrite or a deletion — by mistake, a faulty job or an attacker — destroys the only copy; with it, the previous version can be restored until the lifecycle rule expires it.',
    remediation: 'Enable versioning on the store, and expire noncurrent versions with a lifecycle rule (SOV-RETENTION checks the period for personal data).',
    resourceTypes: Object.keys(HOW),
  },
  appliesTo: (resource, context) => holdsDataWorthKeeping(resource, context),
  evaluate: (resource, context): RuleViolation[] => {
    const versioning = versioningFacts(resource, context);
    if (versioning.enabled === true) return [];
    const what = resource.holdsPersonalData ? 'personal data' : isAuditLogStore(resource, context) ? 'audit logs' : `${resource.dataClassification} data`;
    const fix = HOW[resource.resourceType];
    if (versioning.enabled === undefined) {
      return [{
        message: `It holds ${what}, but whether it keeps object versions cannot be verified before apply (${versioning.where} is an expression).`,
        attribute: versioning.attribute,
        fix: `${fix} Write the setting as a literal.`,
      }];
    }
    return [{
      message: `It holds ${what} but keeps no object versions (${versioning.where}): an overwrite or deletion cannot be undone.`,
      attribute: versioning.attribute,
      fix,
    }];
  },
});
