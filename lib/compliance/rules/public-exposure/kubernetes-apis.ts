import { ResourceView, RuleContext } from '../../model/view';
import { RuleViolation } from '../../types';
import { blocksAt, flag, Handler, lower, Reach, resolve, sourceOf, text } from './shared';

// ---------------------------------------------------------------------------------------
// Kubernetes API servers
// ---------------------------------------------------------------------------------------

const API_FIX = 'Restrict the Kubernetes API to the address ranges of your administrators and CI (VPN, bastion), or make the endpoint private.';

/** An allow list: violation when absent, empty, open to any, or unknown. */
function allowList(r: ResourceView, c: RuleContext, path: string, emptyMeans: 'open' | 'closed', what: string): RuleViolation[] {
  const raw = r.attribute(path);
  const list = resolve(raw, c);
  if (raw === undefined || raw === null) {
    return [{ message: `${what} has no ${path}, so the Kubernetes API accepts connections from any address.`, attribute: path, fix: API_FIX }];
  }
  if (Array.isArray(list) && list.length === 0) {
    return emptyMeans === 'open'
      ? [{ message: `${what} has an empty ${path}, so the Kubernetes API accepts connections from any address.`, attribute: path, fix: API_FIX }]
      : [];
  }
  const source = sourceOf([list], c, false);
  if (!source || source.reach === Reach.RESTRICTED) return [];
  return [{
    message: source.reach === Reach.ANY
      ? `${path} admits ${source.text}: the Kubernetes API is open to the internet.`
      : `${path} (${source.text}) cannot be verified before apply; the Kubernetes API may be open to the internet.`,
    attribute: path,
    fix: API_FIX,
  }];
}

export const KUBERNETES_APIS: Record<string, Handler> = {
  // https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/k8s_cluster.md
  // "If no allowlist is specified, access is not restricted."
  ionoscloud_k8s_cluster: (r, c) => allowList(r, c, 'api_subnet_allow_list', 'open', 'The cluster'),
  // https://github.com/UpCloudLtd/terraform-provider-upcloud/blob/v5.41.0/docs/resources/kubernetes_cluster.md
  // control_plane_ip_filter: ["0.0.0.0/0"] allows any source, [] denies all.
  upcloud_kubernetes_cluster: (r, c) => allowList(r, c, 'control_plane_ip_filter', 'closed', 'The cluster'),
  // https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources/k8s_acl.md
  // "When creating a Cluster, it comes with a default ACL rule allowing all ranges 0.0.0.0/0."
  scaleway_k8s_cluster: (r) => (r.childrenOfType('scaleway_k8s_acl').length > 0 ? [] : [{
    message: 'No scaleway_k8s_acl is attached, so the cluster keeps its default ACL allowing 0.0.0.0/0 to reach the Kubernetes API.',
    fix: 'Add a scaleway_k8s_acl with cluster_id pointing at this cluster and acl_rules for your admin ranges (or no_ip_allowed = true).',
  }]),
  scaleway_k8s_acl: (r, c) => {
    if (flag(r, 'no_ip_allowed', false) === true) return [];
    const ips = blocksAt(r, 'acl_rules').map((b) => b.ip).filter((v) => v !== undefined && v !== null);
    const source = sourceOf(ips, c, false);
    if (!source || source.reach === Reach.RESTRICTED) return [];
    return [{
      message: source.reach === Reach.ANY ? `acl_rules admit ${source.text}: the Kubernetes API is open to the internet.`
        : `acl_rules ip ${source.text} cannot be verified before apply; the Kubernetes API may be open to the internet.`,
      attribute: 'acl_rules',
      fix: API_FIX,
    }];
  },
  // https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources/cloud_project_kube_iprestrictions.md
  ovh_cloud_project_kube: (r) => (r.childrenOfType('ovh_cloud_project_kube_iprestrictions').length > 0 ? [] : [{
    message: 'No ovh_cloud_project_kube_iprestrictions is attached, so the Kubernetes API accepts connections from any address.',
    fix: 'Add an ovh_cloud_project_kube_iprestrictions with kube_id pointing at this cluster and the CIDRs allowed to reach the API.',
  }]),
  ovh_cloud_project_kube_iprestrictions: (r, c) => allowList(r, c, 'ips', 'open', 'The IP restriction'),
  // https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources/ske_cluster.md
  // network.control_plane.access_scope PUBLIC|SNA; extensions.acl { enabled, allowed_cidrs }
  stackit_ske_cluster: (r, c) => {
    const scope = lower(r.attribute('network.control_plane.access_scope'), c);
    if (scope === 'sna') return [];
    const acl = flag(r, 'extensions.acl.enabled', false);
    if (acl === undefined) {
      return [{ message: 'extensions.acl.enabled cannot be verified before apply; the Kubernetes API may be open to the internet.', attribute: 'extensions.acl.enabled', fix: API_FIX }];
    }
    if (!acl) {
      return [{
        message: 'The API ACL extension is not enabled (extensions.acl) and network.control_plane.access_scope is not "SNA", so the Kubernetes API accepts connections from any address.',
        attribute: 'extensions.acl',
        fix: 'Set extensions = { acl = { enabled = true, allowed_cidrs = [...] } }, or access_scope = "SNA" in network.control_plane.',
      }];
    }
    return allowList(r, c, 'extensions.acl.allowed_cidrs', 'closed', 'The API ACL');
  },
  // https://github.com/exoscale/terraform-provider-exoscale/blob/v0.70.0/docs/resources/sks_cluster.md: no API allow list argument.
  exoscale_sks_cluster: () => [{
    message: 'The SKS control plane endpoint is public and the exoscale provider (v0.70.0) offers no API allow list.',
    fix: 'Protect the API with OIDC and short-lived credentials, and record the accepted risk in a suppression with a reason.',
  }],
  // https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources/cce_cluster_v3.md
  // `eip`: EIP address of the cluster (public API endpoint); no allow-list argument.
  opentelekomcloud_cce_cluster_v3: (r) => (r.has('eip') ? [{
    message: `eip binds a public address (${text(r.attribute('eip'))}) to the CCE API server; the provider has no API allow list.`,
    attribute: 'eip',
    fix: 'Remove eip and reach the API through the VPC (VPN, Direct Connect or a bastion), or restrict it in the master security group and suppress with a reason.',
  }] : []),
  // https://github.com/hashicorp/terraform-provider-aws/blob/v6.0.0/website/docs/r/eks_cluster.html.markdown
  // vpc_config { endpoint_public_access (default true), public_access_cidrs (default 0.0.0.0/0) }
  aws_eks_cluster: (r, c) => {
    const pub = flag(r, 'vpc_config.endpoint_public_access', true);
    if (pub === false) return [];
    if (pub === undefined) {
      return [{ message: 'vpc_config.endpoint_public_access cannot be verified before apply; the Kubernetes API may be public.', attribute: 'vpc_config.endpoint_public_access', fix: API_FIX }];
    }
    if (!r.has('vpc_config.public_access_cidrs')) {
      return [{ message: 'The public API endpoint is on and vpc_config.public_access_cidrs is not set (default 0.0.0.0/0).', attribute: 'vpc_config.public_access_cidrs', fix: API_FIX }];
    }
    return allowList(r, c, 'vpc_config.public_access_cidrs', 'open', 'The cluster');
  },
  // https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/kubernetes_cluster.html.markdown
  // private_cluster_enabled; api_server_access_profile { authorized_ip_ranges } (azurerm 3.x: api_server_authorized_ip_ranges)
  azurerm_kubernetes_cluster: (r, c) => {
    const priv = flag(r, 'private_cluster_enabled', false);
    if (priv === true) return [];
    if (priv === undefined) {
      return [{ message: 'private_cluster_enabled cannot be verified before apply; the Kubernetes API may be public.', attribute: 'private_cluster_enabled', fix: API_FIX }];
    }
    const path = r.has('api_server_access_profile.authorized_ip_ranges') || !r.has('api_server_authorized_ip_ranges')
      ? 'api_server_access_profile.authorized_ip_ranges' : 'api_server_authorized_ip_ranges';
    return allowList(r, c, path, 'open', 'The cluster');
  },
  // https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r/container_cluster.html.markdown
  // private_cluster_config.enable_private_endpoint; control_plane_endpoints_config.ip_endpoints_config.enabled;
  // master_authorized_networks_config { cidr_blocks { cidr_block }, gcp_public_cidrs_access_enabled }
  google_container_cluster: (r, c) => {
    if (flag(r, 'private_cluster_config.enable_private_endpoint', false) === true) return [];
    if (flag(r, 'control_plane_endpoints_config.ip_endpoints_config.enabled', true) === false) return [];
    if (!r.has('master_authorized_networks_config')) {
      return [{ message: 'No master_authorized_networks_config and no private endpoint: the Kubernetes API accepts connections from any address.', attribute: 'master_authorized_networks_config', fix: API_FIX }];
    }
    const out: RuleViolation[] = [];
    if (flag(r, 'master_authorized_networks_config.gcp_public_cidrs_access_enabled', false) !== false) {
      out.push({ message: 'master_authorized_networks_config.gcp_public_cidrs_access_enabled admits every Google Cloud public IP (anyone can rent one).', attribute: 'master_authorized_networks_config.gcp_public_cidrs_access_enabled', fix: API_FIX });
    }
    const source = sourceOf(r.values('master_authorized_networks_config.cidr_blocks.cidr_block'), c, false);
    if (source && source.reach !== Reach.RESTRICTED) {
      out.push({
        message: source.reach === Reach.ANY ? `master_authorized_networks_config admits ${source.text}: the Kubernetes API is open to the internet.`
          : `master_authorized_networks_config cidr_block ${source.text} cannot be verified before apply.`,
        attribute: 'master_authorized_networks_config.cidr_blocks',
        fix: API_FIX,
      });
    }
    return out;
  },
};
