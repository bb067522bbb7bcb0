import { encryptionInTransitRule, encryptionInTransitSources } from '../../../lib/compliance/rules/encryption-in-transit';
import { RuleId } from '../../../lib/compliance/rules/ids';
import { findingsOf, flagged, s3Provider, tf } from '../helpers';

const T = RuleId.ENCRYPTION_IN_TRANSIT;

function messages(config: Record<string, unknown>, address: string): string {
  return findingsOf(config, T).filter((f) => f.address === address).map((f) => f.message).join('\n');
}

describe('metadata', () => {
  test('lists exactly the evaluated types (and provider configurations), each with an https source', () => {
    const { annotations, ...sources } = encryptionInTransitSources();
    expect(encryptionInTransitRule.metadata.resourceTypes).toEqual(Object.keys(sources).sort());
    expect(encryptionInTransitRule.metadata.resourceTypes).toContain('provider');
    for (const url of [...Object.values(sources), ...annotations.split(' ')]) expect(url).toMatch(/^https:\/\//);
  });
});

describe('Kubernetes ingress', () => {
  const rule = (host: string) => ({ host, http: [{ path: [{ path: '/', backend: [{ service: [{ name: 'web', port: [{ number: 80 }] }] }] }] }] });

  test('an ingress without spec.tls is flagged; one whose TLS covers every host passes', () => {
    const config = tf({
      resource: {
        kubernetes_ingress_v1: {
          plain: { metadata: [{ name: 'plain', namespace: 'app' }], spec: [{ rule: [rule('app.example.eu')] }] },
          tls: { metadata: [{ name: 'tls', namespace: 'app' }], spec: [{ rule: [rule('app.example.eu'), rule('api.example.eu')], tls: [{ hosts: ['*.example.eu'], secret_name: 'cert' }] }] },
        },
      },
    });
    expect(flagged(config, T)).toEqual(['kubernetes_ingress_v1.plain']);
    expect(messages(config, 'kubernetes_ingress_v1.plain')).toMatch(/no `spec.tls`/);
  });

  test('a host not covered by any tls.hosts is flagged (object spelling, legacy kubernetes_ingress)', () => {
    const config = tf({
      resource: {
        kubernetes_ingress: {
          partial: { metadata: { name: 'p' }, spec: { rule: [rule('a.example.eu'), rule('b.other.eu')], tls: { hosts: ['a.example.eu'], secret_name: 'cert' } } },
          wildcardTooDeep: { metadata: { name: 'w' }, spec: { rule: [rule('x.y.example.eu')], tls: { hosts: ['*.example.eu'] } } },
          nohosts: { metadata: { name: 'n' }, spec: { rule: [rule('c.example.eu')], tls: { secret_name: 'default-cert' } } },
        },
      },
    });
    expect(flagged(config, T)).toEqual(['kubernetes_ingress.partial', 'kubernetes_ingress.wildcardTooDeep']);
    expect(messages(config, 'kubernetes_ingress.partial')).toMatch(/"b\.other\.eu" without TLS/);
  });

  test('hosts given by the same expression in rules and TLS count as covered; a different one does not', () => {
    const config = tf({
      variable: { host: { type: 'string' } },
      resource: {
        kubernetes_ingress_v1: {
          same: { metadata: [{ name: 's' }], spec: [{ rule: [rule('${var.host}')], tls: [{ hosts: ['${var.host}'] }] }] },
          other: { metadata: [{ name: 'o' }], spec: [{ rule: [rule('${var.host}')], tls: [{ hosts: ['${local.tls_host}'] }] }] },
        },
      },
    });
    expect(flagged(config, T)).toEqual(['kubernetes_ingress_v1.other']);
  });

  test('a kubernetes_manifest Ingress (camelCase) is judged like kubernetes_ingress_v1', () => {
    const rules = [{ host: 'app.example.eu', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }] } }];
    const config = tf({
      resource: {
        kubernetes_manifest: {
          plain: { manifest: { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'p', namespace: 'app' }, spec: { rules } } },
          tls: { manifest: { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 't', namespace: 'app' }, spec: { rules, tls: [{ hosts: ['app.example.eu'], secretName: 'cert' }] } } },
          other: { manifest: { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: {} } },
        },
      },
    });
    expect(flagged(config, T)).toEqual(['kubernetes_manifest.plain']);
    expect(findingsOf(config, T)[0].attribute).toBe('manifest.spec.tls');
  });

  test('annotations that switch the HTTPS redirect off, or route only via the plain-HTTP entry point, are flagged', () => {
    const tls = [{ hosts: ['app.example.eu'], secret_name: 'cert' }];
    const config = tf({
      resource: {
        kubernetes_ingress_v1: {
          nginx: { metadata: [{ name: 'n', annotations: { 'nginx.ingress.kubernetes.io/ssl-redirect': 'false' } }], spec: [{ rule: [rule('app.example.eu')], tls }] },
          traefik: { metadata: [{ name: 't', annotations: { 'traefik.ingress.kubernetes.io/router.entrypoints': 'web' } }], spec: [{ rule: [rule('app.example.eu')], tls }] },
          fine: { metadata: [{ name: 'f', annotations: { 'nginx.ingress.kubernetes.io/ssl-redirect': 'true', 'traefik.ingress.kubernetes.io/router.entrypoints': 'web,websecure' } }], spec: [{ rule: [rule('app.example.eu')], tls }] },
        },
      },
    });
    expect(flagged(config, T)).toEqual(['kubernetes_ingress_v1.nginx', 'kubernetes_ingress_v1.traefik']);
    expect(messages(config, 'kubernetes_ingress_v1.nginx')).toMatch(/ssl-redirect is "false"/);
  });
});

describe('load balancers', () => {
  test('Open Telekom Cloud: HTTP listeners are flagged unless a policy redirects them to an HTTPS listener', () => {
    const config = tf({
      resource: {
        opentelekomcloud_lb_listener_v2: {
          http: { loadbalancer_id: 'lb', protocol: 'HTTP', protocol_port: 80 },
          https: { loadbalancer_id: 'lb', protocol: 'TERMINATED_HTTPS', protocol_port: 443, default_tls_container_ref: 'c' },
          redirected: { loadbalancer_id: 'lb', protocol: 'HTTP', protocol_port: 8080 },
        },
        opentelekomcloud_lb_l7policy_v2: { r: { listener_id: '${opentelekomcloud_lb_listener_v2.redirected.id}', action: 'REDIRECT_TO_LISTENER', redirect_listener_id: '${opentelekomcloud_lb_listener_v2.https.id}' } },
        opentelekomcloud_lb_listener_v3: { http: { loadbalancer_id: 'lb', protocol: 'HTTP', protocol_port: 80 }, tcp: { loadbalancer_id: 'lb', protocol: 'TCP', protocol_port: 443 } },
      },
    });
    expect(flagged(config, T)).toEqual(['opentelekomcloud_lb_listener_v2.http', 'opentelekomcloud_lb_listener_v3.http']);
    expect(messages(config, 'opentelekomcloud_lb_listener_v2.http')).toMatch(/`protocol` is HTTP/);
  });

  test('Scaleway: a frontend without certificates on an http backend is flagged unless an ACL redirects to https', () => {
    const config = tf({
      resource: {
        scaleway_lb_backend: { web: { lb_id: 'lb', forward_protocol: 'http', forward_port: 80 }, tcp: { lb_id: 'lb', forward_protocol: 'tcp', forward_port: 443 } },
        scaleway_lb_frontend: {
          plain: { lb_id: 'lb', backend_id: '${scaleway_lb_backend.web.id}', inbound_port: 8080 },
          tls: { lb_id: 'lb', backend_id: '${scaleway_lb_backend.web.id}', inbound_port: 443, certificate_ids: ['${scaleway_lb_certificate.c.id}'] },
          redirect: { lb_id: 'lb', backend_id: '${scaleway_lb_backend.web.id}', inbound_port: 80, acl: [{ action: [{ type: 'redirect', redirect: [{ type: 'scheme', target: 'https' }] }], match: [{ ip_subnet: ['0.0.0.0/0'] }] }] },
          passthrough: { lb_id: 'lb', backend_id: '${scaleway_lb_backend.tcp.id}', inbound_port: 443 },
        },
      },
    });
    expect(flagged(config, T)).toEqual(['scaleway_lb_frontend.plain']);
    expect(messages(config, 'scaleway_lb_frontend.plain')).toMatch(/forwards HTTP: traffic on port 8080/);
  });

  test('OVHcloud: Octavia http listeners and IP Load Balancing frontends without ssl or an https redirect', () => {
    const config = tf({
      resource: {
        ovh_cloud_project_loadbalancer: {
          lb: { region_name: 'GRA9', flavor_id: 'f', listeners: [{ port: 80, protocol: 'http' }, { port: 443, protocol: 'terminatedHTTPS', secret_id: 's' }] },
          ok: { region_name: 'GRA9', flavor_id: 'f', listeners: [{ port: 443, protocol: 'terminatedHTTPS', secret_id: 's' }] },
        },
        ovh_iploadbalancing_http_frontend: {
          plain: { service_name: 'ip-lb', port: '80', zone: 'all' },
          ssl: { service_name: 'ip-lb', port: '443', zone: 'all', ssl: true },
          routed: { service_name: 'ip-lb', port: '80', zone: 'all' },
        },
        ovh_iploadbalancing_http_route: { r: { service_name: 'ip-lb', frontend_id: '${ovh_iploadbalancing_http_frontend.routed.id}', action: [{ type: 'redirect', status: 302, target: 'https://$${host}$${path}' }] } },
        ovh_iploadbalancing_tcp_frontend: { plain: { service_name: 'ip-lb', port: '79-81', zone: 'all' } },
      },
    });
    expect(flagged(config, T)).toEqual(['ovh_cloud_project_loadbalancer.lb', 'ovh_iploadbalancing_http_frontend.plain', 'ovh_iploadbalancing_tcp_frontend.plain']);
  });

  test('Hetzner: protocol http services are flagged; https with redirect_http passes', () => {
    const config = tf({
      resource: {
        hcloud_load_balancer_service: {
          http: { load_balancer_id: '${hcloud_load_balancer.lb.id}', protocol: 'http' },
          https: { load_balancer_id: '${hcloud_load_balancer.lb.id}', protocol: 'https', http: [{ certificates: [1], redirect_http: true }] },
          tcp80: { load_balancer_id: '${hcloud_load_balancer.lb.id}', protocol: 'tcp', listen_port: 80, destination_port: 80 },
        },
      },
    });
    expect(flagged(config, T)).toEqual(['hcloud_load_balancer_service.http', 'hcloud_load_balancer_service.tcp80']);
    expect(findingsOf(config, T).find((f) => f.address === 'hcloud_load_balancer_service.tcp80')!.remediation).toMatch(/suppress/);
  });

  test('UpCloud: http-mode frontends need a TLS config or a rule redirecting to https', () => {
    const config = tf({
      resource: {
        upcloud_loadbalancer_frontend: {
          plain: { loadbalancer: '${upcloud_loadbalancer.lb.id}', name: 'plain', mode: 'http', port: 80, default_backend_name: 'b' },
          tls: { loadbalancer: '${upcloud_loadbalancer.lb.id}', name: 'tls', mode: 'http', port: 443, default_backend_name: 'b' },
          redirect: { loadbalancer: '${upcloud_loadbalancer.lb.id}', name: 'redirect', mode: 'http', port: 80, default_backend_name: 'b' },
        },
        upcloud_loadbalancer_frontend_tls_config: { t: { frontend: '${upcloud_loadbalancer_frontend.tls.id}', name: 't', certificate_bundle: 'c' } },
        upcloud_loadbalancer_frontend_rule: { r: { frontend: '${upcloud_loadbalancer_frontend.redirect.id}', name: 'r', priority: 10, actions: [{ http_redirect: [{ scheme: 'https' }] }] } },
      },
    });
    expect(flagged(config, T)).toEqual(['upcloud_loadbalancer_frontend.plain']);
  });

  test('IONOS: ALB forwarding rules need server certificates or an unconditional https redirect; NLB port 80', () => {
    const config = tf({
      resource: {
        ionoscloud_application_loadbalancer_forwardingrule: {
          plain: { datacenter_id: 'd', application_loadbalancer_id: 'a', name: 'p', protocol: 'HTTP', listener_ip: '1.2.3.4', listener_port: 80 },
          tls: { datacenter_id: 'd', application_loadbalancer_id: 'a', name: 't', protocol: 'HTTP', listener_ip: '1.2.3.4', listener_port: 443, server_certificates: ['${ionoscloud_certificate.c.id}'] },
          redirect: { datacenter_id: 'd', application_loadbalancer_id: 'a', name: 'r', protocol: 'HTTP', listener_ip: '1.2.3.4', listener_port: 80, http_rules: [{ name: 'r', type: 'REDIRECT', location: 'https://www.example.eu', status_code: 301 }] },
        },
        ionoscloud_networkloadbalancer_forwardingrule: { p80: { datacenter_id: 'd', networkloadbalancer_id: 'n', name: 'n', algorithm: 'ROUND_ROBIN', protocol: 'TCP', listener_ip: '1.2.3.4', listener_port: 80 } },
      },
    });
    expect(flagged(config, T)).toEqual(['ionoscloud_application_loadbalancer_forwardingrule.plain', 'ionoscloud_networkloadbalancer_forwardingrule.p80']);
  });

  test('Exoscale NLB: a service on TCP port 80 is plain HTTP; 443 passes', () => {
    const config = tf({
      resource: {
        exoscale_nlb_service: {
          web: { nlb_id: 'n', zone: 'de-fra-1', name: 'web', instance_pool_id: 'p', port: 80, target_port: 8080, protocol: 'tcp', healthcheck: [{ port: 8080 }] },
          tls: { nlb_id: 'n', zone: 'de-fra-1', name: 'tls', instance_pool_id: 'p', port: 443, target_port: 8443, protocol: 'tcp', healthcheck: [{ port: 8443 }] },
        },
      },
    });
    expect(flagged(config, T)).toEqual(['exoscale_nlb_service.web']);
  });

  test('STACKIT: PROTOCOL_HTTP listeners of the ALB and port-80 TCP listeners of the network LB', () => {
    const config = tf({
      resource: {
        stackit_application_load_balancer: {
          plain: { project_id: 'p', name: 'a', listeners: [{ port: 80, protocol: 'PROTOCOL_HTTP' }] },
          tls: { project_id: 'p', name: 'b', listeners: [{ port: 443, protocol: 'PROTOCOL_HTTPS', https: { certificate_config: { certificate_ids: ['c'] } } }] },
        },
        stackit_loadbalancer: {
          web: { project_id: 'p', name: 'c', listeners: [{ port: 80, protocol: 'PROTOCOL_TCP', target_pool: 'tp' }] },
          pass: { project_id: 'p', name: 'd', listeners: [{ port: 443, protocol: 'PROTOCOL_TLS_PASSTHROUGH', target_pool: 'tp' }] },
        },
      },
    });
    expect(flagged(config, T)).toEqual(['stackit_application_load_balancer.plain', 'stackit_loadbalancer.web']);
  });

  test('AWS: HTTP listeners pass only when every default action redirects to HTTPS', () => {
    const config = tf({
      resource: {
        aws_lb_listener: {
          plain: { load_balancer_arn: 'a', port: 80, protocol: 'HTTP', default_action: [{ type: 'forward', target_group_arn: 't' }] },
          redirect: { load_balancer_arn: 'a', port: 80, protocol: 'HTTP', default_action: [{ type: 'redirect', redirect: [{ port: '443', protocol: 'HTTPS', status_code: 'HTTP_301' }] }] },
          https: { load_balancer_arn: 'a', port: 443, protocol: 'HTTPS', certificate_arn: 'c', default_action: [{ type: 'forward', target_group_arn: 't' }] },
        },
      },
    });
    expect(flagged(config, T)).toEqual(['aws_lb_listener.plain']);
  });
});

describe('database TLS switches', () => {
  test('Open Telekom Cloud: MySQL ssl_enable, DDS ssl (default on), CSS enable_https', () => {
    const config = tf({
      variable: { engine: { type: 'string' } },
      resource: {
        opentelekomcloud_rds_instance_v3: {
          mysql: { name: 'a', db: [{ type: 'MySQL', version: '8.0' }] },
          mysqlssl: { name: 'b', db: [{ type: 'MySQL', version: '8.0' }], ssl_enable: true },
          pg: { name: 'c', db: [{ type: 'PostgreSQL', version: '16' }] },
          unknown: { name: 'd', db: [{ type: '${var.engine}', version: '8.0' }] },
        },
        opentelekomcloud_dds_instance_v3: { default: { name: 'e' }, off: { name: 'f', ssl: false } },
        opentelekomcloud_css_cluster_v1: { plain: { name: 'g' }, https: { name: 'h', enable_https: true } },
      },
    });
    expect(flagged(config, T)).toEqual([
      'opentelekomcloud_css_cluster_v1.plain', 'opentelekomcloud_dds_instance_v3.off', 'opentelekomcloud_rds_instance_v3.mysql', 'opentelekomcloud_rds_instance_v3.unknown',
    ]);
    expect(messages(config, 'opentelekomcloud_rds_instance_v3.unknown')).toMatch(/cannot be verified/);
  });

  test('Scaleway Redis needs tls_enabled; Google Cloud SQL needs ENCRYPTED_ONLY; Azure flags plain transport', () => {
    const config = tf({
      resource: {
        scaleway_redis_cluster: { plain: { name: 'r', node_type: 'RED1-MICRO', version: '7.0.5' }, tls: { name: 's', node_type: 'RED1-MICRO', version: '7.0.5', tls_enabled: 'true' } },
        google_sql_database_instance: {
          plain: { database_version: 'POSTGRES_16', region: 'europe-west3', settings: [{ tier: 'db-f1-micro' }] },
          tls: { database_version: 'POSTGRES_16', region: 'europe-west3', settings: [{ tier: 'db-f1-micro', ip_configuration: [{ ssl_mode: 'ENCRYPTED_ONLY' }] }] },
        },
        azurerm_storage_account: { plain: { name: 'a', location: 'westeurope', https_traffic_only_enabled: false }, ok: { name: 'b', location: 'westeurope' } },
        azurerm_postgresql_flexible_server_configuration: { off: { name: 'require_secure_transport', server_id: 's', value: 'OFF' }, other: { name: 'work_mem', server_id: 's', value: '4096' } },
      },
    });
    expect(flagged(config, T)).toEqual([
      'azurerm_postgresql_flexible_server_configuration.off', 'azurerm_storage_account.plain', 'google_sql_database_instance.plain', 'scaleway_redis_cluster.plain',
    ]);
  });
});

describe('provider endpoints', () => {
  test('an aws provider pointed at object storage over http:// is flagged; https and loopback are not', () => {
    const config = tf({
      provider: {
        aws: [
          s3Provider('http://s3.fr-par.scw.cloud', 'fr-par', 'plain'),
          s3Provider('https://s3.fr-par.scw.cloud', 'fr-par', 'tls'),
          s3Provider('http://localhost:9000', 'us-east-1', 'local'),
        ],
      },
      resource: { aws_s3_bucket: { a: { bucket: 'a', provider: 'aws.plain' }, b: { bucket: 'b', provider: 'aws.tls' }, c: { bucket: 'c', provider: 'aws.local' } } },
    });
    expect(flagged(config, T)).toEqual(['provider.aws.plain']);
    const f = findingsOf(config, T)[0];
    expect(f.message).toMatch(/`endpoints.s3` is http:\/\/s3\.fr-par\.scw\.cloud: objects travel .* unencrypted/);
    expect(f.attribute).toBe('endpoints.s3');
  });

  test('any provider argument with an http:// URL is flagged, including a variable default; proxies are not', () => {
    const config = tf({
      variable: { api: { type: 'string', default: 'http://api.internal.example.eu' } },
      provider: {
        ovh: { endpoint: '${var.api}' },
        kubernetes: { host: 'https://k8s.example.eu', proxy_url: 'http://proxy.example.eu:3128' },
      },
      resource: { ovh_cloud_project_storage: { s: { region_name: 'GRA', name: 's' } } },
    });
    expect(flagged(config, T)).toEqual(['provider.ovh']);
    expect(messages(config, 'provider.ovh')).toMatch(/`endpoint` is http:\/\/api\.internal\.example\.eu/);
  });
});
