import { TerraformResource, TerraformStack, TerraformVariable, Token } from 'cdktf';
import { invalidInput } from '../../errors';
import { IEuBucket } from '../../storage/eu-bucket';

/** Options of `ManagedAuditLogs.enableExoscaleSks`. */
export interface ExoscaleSksAuditOptions {
  /** The https URL of the webhook that receives the audit events (your log receiver, in the jurisdiction). */
  readonly endpoint: string;

  /**
   * Name of the sensitive Terraform variable holding the bearer token the API server sends to
   * the webhook (created if the stack does not have it yet).
   * @default 'exoscale_sks_audit_bearer_token'
   */
  readonly bearerTokenVariable?: string;

  /**
   * Initial backoff before the API server retries a failed delivery (e.g. `10s`).
   * @default - the provider's default ('10s')
   */
  readonly initialBackoff?: string;
}

/**
 * Switch on the managed Kubernetes API audit log of a cluster resource, whichever binding
 * created it (a generated provider binding, or a raw `TerraformResource`): each method writes
 * the provider's own argument through an override. Argument names from the provider docs:
 *
 * - STACKIT SKE `audit = { enabled = true }` (single nested attribute; "Private preview: only
 *   configurable for enabled accounts"): forwards the audit log to the project's Telemetry
 *   Router (`StackitAuditLogRouting`).
 *   https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources/ske_cluster.md
 * - Exoscale SKS `audit { enabled, endpoint, bearer_token, initial_backoff }` (block, max one;
 *   only at creation): the API server posts audit events to your webhook.
 *   https://github.com/exoscale/terraform-provider-exoscale/blob/v0.70.0/docs/resources/sks_cluster.md
 * - IONOS `s3_buckets { name }`: "an IONOS Object Storage bucket used to store K8s API audit logs".
 *   https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/k8s_cluster.md
 *
 * OVHcloud uses a separate resource: `OvhKubeAuditLogSubscription`.
 *
 * @example
 * ManagedAuditLogs.enableIonosK8s(cluster, store);
 */
export class ManagedAuditLogs {
  /** STACKIT SKE: `audit = { enabled = true }` on a `stackit_ske_cluster`. */
  public static enableStackitSke(cluster: TerraformResource): void {
    requireType(cluster, 'stackit_ske_cluster', 'ManagedAuditLogs.enableStackitSke');
    cluster.addOverride('audit', { enabled: true });
  }

  /**
   * Exoscale SKS: `audit { enabled = true, endpoint, bearer_token = var.<bearerTokenVariable> }`
   * on an `exoscale_sks_cluster` (takes effect only when the cluster is created).
   */
  public static enableExoscaleSks(cluster: TerraformResource, options: ExoscaleSksAuditOptions): void {
    const what = 'ManagedAuditLogs.enableExoscaleSks';
    requireType(cluster, 'exoscale_sks_cluster', what);
    if (!options || typeof options !== 'object') {
      throw invalidInput({ code: 'MISSING_OPTIONS', what: `${what} options`, given: options, allowed: 'an ExoscaleSksAuditOptions object', fix: 'pass { endpoint: "https://audit.example.eu/k8s" }.' });
    }
    const endpoint = options.endpoint;
    if (!Token.isUnresolved(endpoint)) {
      let url: URL | undefined;
      try {
        url = typeof endpoint === 'string' ? new URL(endpoint) : undefined;
      } catch {
        url = undefined;
      }
      if (!url || url.protocol !== 'https:' || url.username || url.password) {
        throw invalidInput({ code: 'INVALID_AUDIT_ENDPOINT', what: `${what} endpoint`, given: endpoint, allowed: 'an https URL without credentials (audit events carry user names, source addresses and request bodies)', fix: 'give the TLS endpoint of your audit webhook, e.g. "https://audit.example.eu/k8s"; pass the token through bearerTokenVariable.' });
      }
    }
    const backoff = options.initialBackoff;
    if (backoff !== undefined && !Token.isUnresolved(backoff) && !(typeof backoff === 'string' && /^\d+(ms|s|m)$/.test(backoff))) {
      throw invalidInput({ code: 'INVALID_BACKOFF', what: `${what} initialBackoff`, given: backoff, allowed: 'a Go duration such as "10s", "500ms" or "1m"', fix: 'use e.g. "10s".' });
    }
    const name = options.bearerTokenVariable ?? 'exoscale_sks_audit_bearer_token';
    if (typeof name !== 'string' || !/^[a-z][a-z0-9_]{0,63}$/.test(name)) {
      throw invalidInput({ code: 'INVALID_VARIABLE_NAME', what: `${what} bearerTokenVariable`, given: name, allowed: 'lower-case letters, digits and _, starting with a letter', fix: 'use e.g. "exoscale_sks_audit_bearer_token".' });
    }
    const stack = TerraformStack.of(cluster);
    const existing = stack.node.tryFindChild(name);
    let token: string;
    if (existing instanceof TerraformVariable) {
      token = existing.stringValue;
    } else {
      const v = new TerraformVariable(stack, name, {
        type: 'string', sensitive: true, nullable: false,
        description: `Bearer token the SKS API server sends to the audit webhook (set TF_VAR_${name}; never commit it).`,
      });
      v.overrideLogicalId(name);
      token = v.stringValue;
    }
    cluster.addOverride('audit', [{ enabled: true, endpoint, bearer_token: token, ...(backoff !== undefined ? { initial_backoff: backoff } : {}) }]);
  }

  /**
   * IONOS: `s3_buckets { name = <bucket> }` on an `ionoscloud_k8s_cluster`. The bucket must be
   * on IONOS Object Storage; make it an `AuditLogStore` so it is object-locked and expires.
   */
  public static enableIonosK8s(cluster: TerraformResource, bucket: IEuBucket): void {
    const what = 'ManagedAuditLogs.enableIonosK8s';
    requireType(cluster, 'ionoscloud_k8s_cluster', what);
    if (!bucket || typeof bucket.bucketName !== 'string' || bucket.providerId !== 'ionos') {
      throw invalidInput({
        code: 'AUDIT_BUCKET_NOT_ON_IONOS',
        what: `${what} bucket`,
        given: bucket && typeof bucket === 'object' ? `${bucket.providerId} ${bucket.region} ${bucket.bucketName}` : bucket,
        allowed: 'a bucket on IONOS Object Storage (the provider docs: "an IONOS Object Storage bucket used to store K8s API audit logs")',
        fix: "create it with new AuditLogStore(stack, 'AuditLogs', { provider: 'ionos', region: 'eu-central-3', bucketName: '…' }).",
      });
    }
    cluster.addOverride('s3_buckets', [{ name: bucket.bucketName }]);
  }

  private constructor() {}
}

function requireType(cluster: TerraformResource, type: string, what: string): void {
  const given = cluster && typeof cluster === 'object' ? (cluster as TerraformResource).terraformResourceType : undefined;
  if (given === type) return;
  throw invalidInput({
    code: 'WRONG_RESOURCE_TYPE',
    what: `${what} cluster`,
    given: given ?? cluster,
    allowed: `a ${type} resource`,
    fix: `pass the ${type} (from the provider's binding, or a TerraformResource with terraformResourceType "${type}").`,
  });
}
