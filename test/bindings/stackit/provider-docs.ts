/*
 * The stackitcloud/stackit arguments the constructs emit, as the provider's documentation lists
 * them at tag v0.113.0 (plugin framework: nested configuration is "Attributes", written as
 * objects). Read from
 *   https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources/<file>.md
 */
import { Nesting, ProviderDocs } from '../conformance';

const BASE = 'https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources';

export const STACKIT_DOCS: ProviderDocs = {
  tag: 'v0.113.0',
  resources: {
    stackit_telemetryrouter_instance: {
      doc: `${BASE}/telemetryrouter_instance.md`,
      required: ['display_name', 'project_id'],
      optional: ['description', 'filter', 'region'],
    },
    stackit_telemetryrouter_destination: {
      doc: `${BASE}/telemetryrouter_destination.md`,
      required: ['config', 'display_name', 'instance_id', 'project_id'],
      optional: ['description', 'region'],
      blocks: {
        config: {
          nesting: Nesting.ATTRIBUTE,
          required: ['config_type'],
          optional: ['filter', 'opentelemetry', 's3'],
          blocks: {
            s3: {
              nesting: Nesting.ATTRIBUTE,
              required: ['bucket', 'endpoint'],
              optional: ['access_key'],
              blocks: { access_key: { nesting: Nesting.ATTRIBUTE, required: ['id', 'secret'], optional: [] } },
            },
          },
        },
      },
    },
    stackit_telemetryrouter_access_token: {
      doc: `${BASE}/telemetryrouter_access_token.md`,
      required: ['display_name', 'instance_id', 'project_id'],
      optional: ['description', 'region', 'ttl'],
    },
    stackit_telemetrylink: {
      doc: `${BASE}/telemetrylink.md`,
      required: ['display_name', 'resource_id', 'resource_type', 'telemetry_router_id'],
      optional: ['access_token', 'access_token_wo', 'access_token_wo_version', 'description', 'region'],
    },
  },
};
