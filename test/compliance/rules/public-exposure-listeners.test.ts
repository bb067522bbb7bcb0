import { RuleId } from '../../../lib/compliance/rules/ids';
import { findingsOf, tf } from '../helpers';

const P = RuleId.PUBLIC_EXPOSURE;

/*
 * Load balancer listeners (catalog `publicExposure.listener`): a listener on a public address
 * that forwards SSH, RDP or a database port with no source filter is an exposure, reported on
 * the listener.
 */

function scaleway(frontend: Record<string, unknown>, lb: Record<string, unknown> = { ip_ids: ['${scaleway_lb_ip.ip.id}'] }, extra: Record<string, unknown> = {}) {
  return tf({
    provider: { scaleway: { region: 'fr-par', zone: 'fr-par-1' } },
    resource: {
      scaleway_lb_ip: { ip: {} },
      scaleway_lb: { lb: { name: 'lb', type: 'LB-S', ...lb } },
      scaleway_lb_backend: {
        ssh: { lb_id: '${scaleway_lb.lb.id}', name: 'ssh', forward_protocol: 'tcp', forward_port: 22 },
        web: { lb_id: '${scaleway_lb.lb.id}', name: 'web', forward_protocol: 'tcp', forward_port: 8080 },
      },
      scaleway_lb_frontend: { f: { lb_id: '${scaleway_lb.lb.id}', name: 'f', ...frontend } },
      ...extra,
    },
  } as Parameters<typeof tf>[0]);
}

const onFrontend = (config: Record<string, unknown>) => findingsOf(config, P).filter((f) => f.address === 'scaleway_lb_frontend.f');

describe('Scaleway: a Load Balancer frontend that forwards SSH with no ACL', () => {
  test('non-compliant: port 2222 to a backend on port 22, public flexible IP: an error on the frontend, at inbound_port', () => {
    const findings = onFrontend(scaleway({ backend_id: '${scaleway_lb_backend.ssh.id}', inbound_port: 2222 }));
    expect(findings.map((f) => [f.level, f.attribute, f.dependsOnUnverifiedFact])).toEqual([['error', 'inbound_port', false]]);
    expect(findings[0].message).toBe('The frontend forwards port 2222 to port 22 of scaleway_lb_backend.ssh from the public address of scaleway_lb.lb with nothing filtering its sources: anyone on the internet can reach 22 (SSH) on the servers behind it.');
  });

  test('non-compliant: inbound port 5432 (PostgreSQL), the Load Balancer public by its default flexible IP', () => {
    const findings = onFrontend(scaleway({ backend_id: '${scaleway_lb_backend.web.id}', inbound_port: '5432' }, {}));
    expect(findings.map((f) => [f.level, f.attribute])).toEqual([['error', 'inbound_port']]);
    expect(findings[0].message).toContain('5432 (PostgreSQL)');
  });

  test.each([
    ['an inline acl block', { acl: [{ action: { type: 'allow' }, match: { ip_subnet: ['203.0.113.0/24'] } }] }, {}],
    ['external ACLs', { external_acls: true }, {}],
    ['a scaleway_lb_acl child', {}, { scaleway_lb_acl: { a: { frontend_id: '${scaleway_lb_frontend.f.id}', index: 0, action: { type: 'allow' }, match: { ip_subnet: ['203.0.113.0/24'] } } } }],
  ])('compliant: SSH behind %s is not judged here', (_, filter, extra) => {
    expect(onFrontend(scaleway({ backend_id: '${scaleway_lb_backend.ssh.id}', inbound_port: 22, ...filter }, undefined, extra))).toEqual([]);
  });

  test('compliant: a private Load Balancer (assign_flexible_ip = false) has no public address', () => {
    expect(onFrontend(scaleway({ backend_id: '${scaleway_lb_backend.ssh.id}', inbound_port: 22 }, { assign_flexible_ip: false }))).toEqual([]);
  });

  test('compliant: a web frontend (443 to 8080) is no administrative port', () => {
    expect(onFrontend(scaleway({ backend_id: '${scaleway_lb_backend.web.id}', inbound_port: 443, certificate_ids: ['${scaleway_lb_certificate.c.id}'] }))).toEqual([]);
  });

  test('a port given by a variable with a default is read; one without is not judged', () => {
    const withDefault = { ...scaleway({ backend_id: '${scaleway_lb_backend.web.id}', inbound_port: '${var.port}' }), variable: { port: { default: 22 } } };
    expect(onFrontend(withDefault).map((f) => f.level)).toEqual(['error']);
    const without = { ...scaleway({ backend_id: '${scaleway_lb_backend.web.id}', inbound_port: '${var.port}' }), variable: { port: { type: 'number' } } };
    expect(onFrontend(without)).toEqual([]);
  });
});

function hetzner(service: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return tf({
    provider: { hcloud: {} },
    resource: {
      hcloud_load_balancer: { lb: { name: 'lb', load_balancer_type: 'lb11', location: 'fsn1' } },
      hcloud_load_balancer_service: { s: { load_balancer_id: '${hcloud_load_balancer.lb.id}', ...service } },
      ...extra,
    },
  } as Parameters<typeof tf>[0]);
}

const onService = (config: Record<string, unknown>) => findingsOf(config, P).filter((f) => f.address === 'hcloud_load_balancer_service.s');

describe('Hetzner: a load balancer service that forwards SSH or a database port', () => {
  test('non-compliant: tcp 22 to 22 on a load balancer with its public interface on (the default)', () => {
    const findings = onService(hetzner({ protocol: 'tcp', listen_port: 22, destination_port: 22 }));
    expect(findings.map((f) => [f.level, f.attribute])).toEqual([['error', 'listen_port']]);
    expect(findings[0].message).toBe('The service forwards port 22 from the public address of hcloud_load_balancer.lb with nothing filtering its sources: anyone on the internet can reach 22 (SSH) on the servers behind it.');
    expect(findings[0].remediation).toMatch(/^Hetzner Cloud load balancer services cannot filter sources/);
  });

  test('non-compliant: tcp 3306 to 3306 (MySQL)', () => {
    expect(onService(hetzner({ protocol: 'tcp', listen_port: 3306, destination_port: 3306 })).map((f) => f.message)).toEqual([expect.stringContaining('3306 (MySQL/MariaDB)')]);
  });

  test('compliant: the public interface switched off by hcloud_load_balancer_network', () => {
    const config = hetzner({ protocol: 'tcp', listen_port: 22, destination_port: 22 }, {
      hcloud_network: { n: { name: 'n', ip_range: '10.0.0.0/16' } },
      hcloud_load_balancer_network: { n: { load_balancer_id: '${hcloud_load_balancer.lb.id}', network_id: '${hcloud_network.n.id}', enable_public_interface: false } },
    });
    expect(onService(config)).toEqual([]);
  });

  test('non-compliant: attached to a network with the public interface left on', () => {
    const config = hetzner({ protocol: 'tcp', listen_port: 22, destination_port: 22 }, {
      hcloud_network: { n: { name: 'n', ip_range: '10.0.0.0/16' } },
      hcloud_load_balancer_network: { n: { load_balancer_id: '${hcloud_load_balancer.lb.id}', network_id: '${hcloud_network.n.id}' } },
    });
    expect(onService(config).map((f) => f.level)).toEqual(['error']);
  });

  test('compliant: an https service', () => {
    expect(onService(hetzner({ protocol: 'https', http: { certificates: ['${hcloud_managed_certificate.c.id}'], redirect_http: true } }))).toEqual([]);
  });
});
