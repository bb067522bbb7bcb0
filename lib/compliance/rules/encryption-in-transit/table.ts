import { azureServerParameter, gcpSql, otcRds, tlsFlag } from './databases';
import { providerEndpoints } from './endpoints';
import { ingress, manifestIngress } from './ingress';
import {
  awsListener, gcpHttpProxy, hetznerService, ionosAlbRule, otcListener, ovhHttpFrontend, ovhLoadBalancer, ovhTcpFrontend, portOnly, scalewayFrontend,
  stackitAlb, stackitLoadBalancer, upcloudFrontend,
} from './load-balancers';
import { Check, flag } from './shared';
import { AWS, AZ, EXO, GCP, HCLOUD, IONOS, K8S, OTC, OVH, SCW, STACKIT, UPC } from '../docs';

// Argument names come from each provider's docs at the release tags in ../docs.ts.
/** Azure Database for MySQL / PostgreSQL flexible server parameter `require_secure_transport`. */
const AZURE_SECURE_TRANSPORT = 'https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/security-tls';

// ---------------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------------

interface Entry {
  readonly check: Check;
  /** The documentation page the check relies on. */
  readonly source: string;
}
const e = (check: Check, source: string): Entry => ({ check, source });

export const CHECKS: Record<string, Entry> = {
  kubernetes_ingress: e(ingress, `${K8S}/ingress.md`),
  kubernetes_ingress_v1: e(ingress, `${K8S}/ingress_v1.md`),
  kubernetes_manifest: e(manifestIngress, `${K8S}/manifest.md`),

  // --- Load balancers of the European providers ---
  opentelekomcloud_lb_listener_v2: e(otcListener, `${OTC}/lb_listener_v2.md`), // redirects: lb_l7policy_v2.md
  opentelekomcloud_lb_listener_v3: e(otcListener, `${OTC}/lb_listener_v3.md`), // redirects: lb_policy_v3.md
  scaleway_lb_frontend: e(scalewayFrontend, `${SCW}/lb_frontend.md`), // backend: lb_backend.md; external ACLs: lb_acl.md
  ovh_cloud_project_loadbalancer: e(ovhLoadBalancer, `${OVH}/cloud_project_loadbalancer.md`), // protocol values: provider schema (http, https, terminatedHTTPS, tcp, …)
  ovh_iploadbalancing_http_frontend: e(ovhHttpFrontend, `${OVH}/iploadbalancing_http_frontend.md`), // routes: iploadbalancing_http_route.md
  ovh_iploadbalancing_tcp_frontend: e(ovhTcpFrontend, `${OVH}/iploadbalancing_tcp_frontend.md`),
  hcloud_load_balancer_service: e(hetznerService, `${HCLOUD}/load_balancer_service.md`),
  upcloud_loadbalancer_frontend: e(upcloudFrontend, `${UPC}/loadbalancer_frontend.md`), // tls: loadbalancer_frontend_tls_config.md; rules: loadbalancer_frontend_rule.md
  ionoscloud_application_loadbalancer_forwardingrule: e(ionosAlbRule, `${IONOS}/application_loadbalancer_forwardingrule.md`),
  ionoscloud_networkloadbalancer_forwardingrule: e(portOnly('listener_port', 'forwarding rule'), `${IONOS}/networkloadbalancer_forwardingrule.md`),
  exoscale_nlb_service: e(portOnly('port', 'NLB service'), `${EXO}/nlb_service.md`), // layer 4 only (tcp|udp)
  stackit_loadbalancer: e(stackitLoadBalancer, `${STACKIT}/loadbalancer.md`),
  stackit_application_load_balancer: e(stackitAlb, `${STACKIT}/application_load_balancer.md`),
  aws_lb_listener: e(awsListener, `${AWS}/lb_listener.html.markdown`),
  aws_alb_listener: e(awsListener, `${AWS}/lb_listener.html.markdown`),
  google_compute_target_http_proxy: e(gcpHttpProxy, `${GCP}/compute_target_http_proxy.html.markdown`), // url map: compute_url_map.html.markdown

  // --- Database TLS switches ---
  opentelekomcloud_rds_instance_v3: e(otcRds, `${OTC}/rds_instance_v3.md`),
  opentelekomcloud_dds_instance_v3: e(tlsFlag('ssl', 'document database', true, 'Set ssl = true (the default).'), `${OTC}/dds_instance_v3.md`),
  opentelekomcloud_css_cluster_v1: e(tlsFlag('enable_https', 'search cluster', false, 'Set enable_https = true (forces a new cluster).'), `${OTC}/css_cluster_v1.md`),
  scaleway_redis_cluster: e(tlsFlag('tls_enabled', 'Redis cluster', false, 'Set tls_enabled = true (forces a new cluster).'), `${SCW}/redis_cluster.md`),
  google_sql_database_instance: e(gcpSql, `${GCP}/sql_database_instance.html.markdown`),
  azurerm_storage_account: e(tlsFlag('https_traffic_only_enabled', 'storage account', true, 'Set https_traffic_only_enabled = true (the default).'), `${AZ}/storage_account.html.markdown`),
  azurerm_redis_cache: e((r) => flag(r, 'non_ssl_port_enabled') === 'true'
    ? [{ message: 'The cache enables the non-TLS port 6379 (`non_ssl_port_enabled = true`).', attribute: 'non_ssl_port_enabled', fix: 'Set non_ssl_port_enabled = false.' }] : [], `${AZ}/redis_cache.html.markdown`),
  azurerm_postgresql_flexible_server_configuration: e(azureServerParameter, AZURE_SECURE_TRANSPORT),
  azurerm_mysql_flexible_server_configuration: e(azureServerParameter, AZURE_SECURE_TRANSPORT),

  // --- Provider configurations: endpoints over http:// (aws `endpoints.s3` for S3-compatible storage, …) ---
  provider: e(providerEndpoints, 'https://github.com/hashicorp/terraform-provider-aws/blob/v6.0.0/website/docs/guides/custom-service-endpoints.html.markdown'),
};
