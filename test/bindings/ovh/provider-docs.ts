/*
 * The ovh/ovh arguments the constructs emit, as the provider's documentation lists them at tag
 * v2.19.0. Read from
 *   https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources/<file>.md
 */
import { ProviderDocs } from '../conformance';

const BASE = 'https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources';

export const OVH_DOCS: ProviderDocs = {
  tag: 'v2.19.0',
  resources: {
    ovh_cloud_project_kube_log_subscription: {
      doc: `${BASE}/cloud_project_kube_log_subscription.md`,
      required: ['service_name', 'kube_id', 'kind', 'stream_id'],
      optional: [],
    },
  },
};
