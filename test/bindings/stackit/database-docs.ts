/*
 * The stackitcloud/stackit arguments EuDatabase emits, as the documentation lists them at tag v0.113.0
 * (plugin framework: nested attributes are objects):
 *   https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources/postgresflex_instance.md
 *   …/postgresflex_user.md, …/docs/index.md
 */
import { Nesting, ProviderDocs } from '../conformance';

const BASE = 'https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs';

export const STACKIT_DATABASE_DOCS: ProviderDocs = {
  tag: 'v0.113.0',
  resources: {
    stackit_postgresflex_instance: {
      doc: `${BASE}/resources/postgresflex_instance.md`,
      required: ['backup_schedule', 'name', 'project_id', 'storage', 'version'],
      optional: ['acl', 'encryption', 'flavor', 'flavor_id', 'network', 'region', 'replicas', 'retention_days'],
      blocks: {
        storage: { nesting: Nesting.ATTRIBUTE, required: ['class', 'size'], optional: [] },
        encryption: { nesting: Nesting.ATTRIBUTE, required: ['kek_key_id', 'kek_key_version', 'kek_keyring_id', 'service_account'], optional: [] },
        network: { nesting: Nesting.ATTRIBUTE, required: [], optional: ['access_scope', 'acl'] },
      },
    },
    stackit_postgresflex_user: {
      doc: `${BASE}/resources/postgresflex_user.md`,
      required: ['instance_id', 'project_id', 'roles', 'username'],
      optional: ['region', 'rotate_when_changed'],
    },
  },
  provider: {
    doc: `${BASE}/index.md`,
    required: [],
    optional: ['credentials_path', 'default_region', 'enable_beta_resources', 'private_key', 'private_key_path', 'service_account_email', 'service_account_key', 'service_account_key_path', 'service_account_token', 'use_oidc'],
  },
};
