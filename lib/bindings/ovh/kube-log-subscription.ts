import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { BoundResource } from '../base';
import { OVH } from '../providers';

/** @internal */
export interface KubeLogSubscriptionConfig {
  readonly serviceName: string;
  readonly kubeId: string;
  readonly kind: string;
  readonly streamId: string;
}

/**
 * `ovh_cloud_project_kube_log_subscription`: `service_name`, `kube_id`, `kind`, `stream_id`
 * (all required, all force a new resource; `kind` = "audit" is the only supported kind).
 * https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources/cloud_project_kube_log_subscription.md
 * @internal
 */
export class OvhKubeLogSubscriptionResource extends BoundResource<KubeLogSubscriptionConfig> {
  constructor(scope: Construct, id: string, render: () => KubeLogSubscriptionConfig, provider?: TerraformProvider) {
    super(scope, id, 'ovh_cloud_project_kube_log_subscription', OVH, render, provider);
  }

  protected attributes(c: KubeLogSubscriptionConfig): Record<string, unknown> {
    return { service_name: c.serviceName, kube_id: c.kubeId, kind: c.kind, stream_id: c.streamId };
  }
}
