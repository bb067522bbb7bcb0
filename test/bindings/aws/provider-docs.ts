/*
 * The hashicorp/aws arguments the S3-compatible route emits, as the 5.100.0 provider schema
 * (`terraform providers schema -json`) lists them — the same schema the real-Terraform tests in
 * test/storage validate against; where terraform and the mirror are present, the table itself
 * is compared with that schema (provider-docs.test.ts). Documentation pages at the same release:
 *   https://github.com/hashicorp/terraform-provider-aws/blob/v5.100.0/website/docs/r/<resource>.html.markdown
 */
import { DocumentedNested, Nesting, ProviderDocs } from '../conformance';

const BASE = 'https://github.com/hashicorp/terraform-provider-aws/blob/v5.100.0/website/docs';
const doc = (type: string) => `${BASE}/r/${type.replace(/^aws_/, '')}.html.markdown`;
const block = (required: string[], optional: string[], blocks?: Record<string, DocumentedNested>): DocumentedNested => ({ nesting: Nesting.BLOCK, required, optional, blocks });

export const AWS_DOCS: ProviderDocs = {
  tag: 'v5.100.0',
  resources: {
    aws_s3_bucket: {
      doc: doc('aws_s3_bucket'),
      required: [],
      optional: ['acceleration_status', 'acl', 'bucket', 'bucket_prefix', 'force_destroy', 'object_lock_enabled', 'policy', 'request_payer', 'tags'],
    },
    aws_s3_bucket_versioning: {
      doc: doc('aws_s3_bucket_versioning'),
      required: ['bucket', 'versioning_configuration'],
      optional: ['expected_bucket_owner', 'mfa'],
      blocks: { versioning_configuration: block(['status'], ['mfa_delete']) },
    },
    aws_s3_bucket_server_side_encryption_configuration: {
      doc: doc('aws_s3_bucket_server_side_encryption_configuration'),
      required: ['bucket', 'rule'],
      optional: ['expected_bucket_owner'],
      blocks: { rule: block([], ['bucket_key_enabled', 'apply_server_side_encryption_by_default'], { apply_server_side_encryption_by_default: block(['sse_algorithm'], ['kms_master_key_id']) }) },
    },
    aws_s3_bucket_lifecycle_configuration: {
      doc: doc('aws_s3_bucket_lifecycle_configuration'),
      required: ['bucket'],
      optional: ['expected_bucket_owner', 'transition_default_minimum_object_size', 'rule'],
      blocks: {
        rule: block(['id', 'status'], ['prefix', 'abort_incomplete_multipart_upload', 'expiration', 'filter', 'noncurrent_version_expiration', 'noncurrent_version_transition', 'transition'], {
          filter: block([], ['object_size_greater_than', 'object_size_less_than', 'prefix', 'and', 'tag']),
          expiration: block([], ['date', 'days', 'expired_object_delete_marker']),
          noncurrent_version_expiration: block(['noncurrent_days'], ['newer_noncurrent_versions']),
        }),
      },
    },
    aws_s3_bucket_object_lock_configuration: {
      doc: doc('aws_s3_bucket_object_lock_configuration'),
      required: ['bucket'],
      optional: ['expected_bucket_owner', 'object_lock_enabled', 'token', 'rule'],
      blocks: { rule: block(['default_retention'], [], { default_retention: block([], ['days', 'mode', 'years']) }) },
    },
    aws_s3_bucket_public_access_block: {
      doc: doc('aws_s3_bucket_public_access_block'),
      required: ['bucket'],
      optional: ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'],
    },
    aws_s3_bucket_logging: {
      doc: doc('aws_s3_bucket_logging'),
      required: ['bucket', 'target_bucket', 'target_prefix'],
      optional: ['expected_bucket_owner', 'target_grant', 'target_object_key_format'],
    },
  },
  provider: {
    doc: `${BASE}/index.html.markdown`,
    required: [],
    optional: ['region', 'access_key', 'secret_key', 'profile', 'endpoints', 's3_use_path_style', 'skip_credentials_validation', 'skip_region_validation',
      'skip_requesting_account_id', 'skip_metadata_api_check'],
    blocks: { endpoints: block([], ['s3']) },
  },
};
