import { TerraformProvider, TerraformResource, Token } from 'cdktf';
import { Construct } from 'constructs';
import { invalidInput } from '../../errors';
import { OvhKubeLogSubscriptionResource } from '../../bindings/ovh/kube-log-subscription';

/** Settings of an `OvhKubeAuditLogSubscription`. */
export interface OvhKubeAuditLogSubscriptionProps {
  /** The Public Cloud project id (`service_name`), e.g. `ovh_cloud_project_kube.cluster.service_name`. */
  readonly serviceName: string;
  /** The Managed Kubernetes cluster id, e.g. `ovh_cloud_project_kube.cluster.id`. */
  readonly kubeId: string;
  /**
   * The Logs Data Platform stream that receives the audit log (`ovh_dbaas_logs_output_graylog_stream.stream_id`).
   * Its retention (`retention_id`) and cold storage (`cold_storage_enabled`, `cold_storage_retention`) decide how
   * long the logs are kept.
   */
  readonly streamId: string;
  /**
   * The `ovh` provider configuration to use.
   * @default - the stack's default `ovh` provider configuration
   */
  readonly provider?: TerraformProvider;
}

/**
 * Forwards an OVHcloud Managed Kubernetes cluster's API-server audit log to a Logs Data
 * Platform stream (`ovh_cloud_project_kube_log_subscription`, kind `audit`). The provider's API
 * token needs `GET /dbaas/logs/*\/operation/*` (provider docs).
 *
 * @example
 * new OvhKubeAuditLogSubscription(stack, 'KubeAudit', {
 *   serviceName: cluster.serviceName, kubeId: cluster.id, streamId: stream.streamId,
 * });
 */
export class OvhKubeAuditLogSubscription extends Construct {
  /** The subscription resource (`ovh_cloud_project_kube_log_subscription`). */
  public readonly resource: TerraformResource;

  constructor(scope: Construct, id: string, props: OvhKubeAuditLogSubscriptionProps) {
    super(scope, id);
    const where = `OvhKubeAuditLogSubscription "${this.node.path}"`;
    if (props === undefined || props === null || typeof props !== 'object') {
      throw invalidInput({ code: 'MISSING_PROPS', what: `${where} props`, given: props, allowed: 'an OvhKubeAuditLogSubscriptionProps object', fix: 'pass { serviceName, kubeId, streamId }.' });
    }
    for (const [name, value] of [['serviceName', props.serviceName], ['kubeId', props.kubeId], ['streamId', props.streamId]] as const) {
      if (typeof value !== 'string' || (!Token.isUnresolved(value) && !/^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/.test(value))) {
        throw invalidInput({ code: 'INVALID_ID', what: `${where} ${name}`, given: value, allowed: 'an OVHcloud id (letters, digits and "-") or a reference to the resource that has it', fix: `pass the ${name} of the resource, e.g. a reference such as ovh_cloud_project_kube.cluster.id.` });
      }
    }
    const { serviceName, kubeId, streamId } = props;
    this.resource = new OvhKubeLogSubscriptionResource(this, 'Resource', () => ({ serviceName, kubeId, kind: 'audit', streamId }), props.provider);
  }
}
