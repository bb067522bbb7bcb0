import { RuleId } from '../../../lib/compliance/rules/ids';
import { publicExposureRule } from '../../../lib/compliance/rules/public-exposure';
import { findingsOf, flagged, tf } from '../helpers';

const P = RuleId.PUBLIC_EXPOSURE;

/** Messages of one address, joined, for matching. */
function messagesOf(config: Record<string, unknown>, address: string): string {
  return findingsOf(config, P).filter((f) => f.address === address).map((f) => f.message).join('\n');
}

describe('managed databases: IP allow lists', () => {
  test('Exoscale: an engine ip_filter with 0.0.0.0/0 or ::/0 is open; no filter keeps the service closed', () => {
    const base = { plan: 'startup-4', zone: 'ch-gva-2' };
    const config = tf({
      resource: {
        exoscale_dbaas: {
          // Exoscale's own examples/dbaas/main.tf
          example: { ...base, name: 'example', type: 'pg', pg: { version: '16', ip_filter: ['0.0.0.0/0'] } },
          mysql: { ...base, name: 'mysql', type: 'mysql', mysql: [{ ip_filter: ['192.0.2.0/24', '::/0'] }] },
          kafka: { ...base, name: 'kafka', type: 'kafka', kafka: { ip_filter: ['0.0.0.0/0'] } },
          opensearch: { ...base, name: 'os', type: 'opensearch', opensearch: { ip_filter: ['0.0.0.0/0'] } },
          valkey: { ...base, name: 'valkey', type: 'valkey', valkey: { ip_filter: ['0.0.0.0/0'] } },
          grafana: { ...base, name: 'grafana', type: 'grafana', grafana: { ip_filter: ['0.0.0.0/0'] } },
          restricted: { ...base, name: 'restricted', type: 'pg', pg: { ip_filter: ['192.0.2.10/32', '198.51.100.0/24'] } },
          closed: { ...base, name: 'closed', type: 'pg', pg: { version: '16' } },
          empty: { ...base, name: 'empty', type: 'pg', pg: { ip_filter: [] } },
        },
        exoscale_database: {
          legacy: { ...base, name: 'legacy', type: 'pg', pg: { ip_filter: ['0.0.0.0/0'] } },
          restricted: { ...base, name: 'restricted', type: 'pg', pg: { ip_filter: ['1.2.3.4/32', '5.6.7.8/32'] } },
        },
      },
    });
    expect(flagged(config, P)).toEqual([
      'exoscale_database.legacy',
      'exoscale_dbaas.example',
      'exoscale_dbaas.grafana',
      'exoscale_dbaas.kafka',
      'exoscale_dbaas.mysql',
      'exoscale_dbaas.opensearch',
      'exoscale_dbaas.valkey',
    ]);
    expect(messagesOf(config, 'exoscale_dbaas.example')).toBe('pg.ip_filter admits 0.0.0.0/0: the PostgreSQL service accepts connections from any address on the internet.');
    expect(messagesOf(config, 'exoscale_dbaas.mysql')).toMatch(/^mysql\.ip_filter admits ::\/0: the MySQL service/);
    const finding = findingsOf(config, P).find((f) => f.address === 'exoscale_dbaas.example')!;
    expect(finding.attribute).toBe('pg.ip_filter');
    expect(finding.remediation).toMatch(/never 0\.0\.0\.0\/0 or ::\/0/);
  });

  test('Exoscale: a filter from a variable uses its default, or cannot be verified without one', () => {
    const config = tf({
      variable: { open: { type: 'list(string)', default: ['0.0.0.0/0'] }, office: { type: 'list(string)', default: ['192.0.2.0/24'] }, unset: { type: 'list(string)' } },
      resource: {
        exoscale_dbaas: {
          open: { name: 'a', plan: 'p', zone: 'ch-gva-2', type: 'pg', pg: { ip_filter: '${var.open}' } },
          office: { name: 'b', plan: 'p', zone: 'ch-gva-2', type: 'pg', pg: { ip_filter: '${var.office}' } },
          unset: { name: 'c', plan: 'p', zone: 'ch-gva-2', type: 'pg', pg: { ip_filter: '${var.unset}' } },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['exoscale_dbaas.open', 'exoscale_dbaas.unset']);
    expect(messagesOf(config, 'exoscale_dbaas.unset')).toMatch(/pg\.ip_filter \(\$\{var\.unset\}\) cannot be verified before apply; the PostgreSQL service may be open to the internet/);
  });

  test('UpCloud: public_access = true with an open ip_filter; private access or a restricted (or default empty) filter is fine', () => {
    const db = (properties: Record<string, unknown> | undefined) => ({
      name: 'db', plan: '1x1xCPU-2GB-25GB', title: 'db', zone: 'fi-hel1', ...(properties ? { properties: [properties] } : {}),
    });
    const config = tf({
      variable: { pub: { type: 'bool' } },
      resource: {
        upcloud_managed_database_postgresql: {
          open: db({ public_access: true, ip_filter: ['0.0.0.0/0'] }),
          restricted: db({ public_access: true, ip_filter: ['192.0.2.0/24'] }),
          dflt_filter: db({ public_access: true }),
          private: db({ public_access: false, ip_filter: ['0.0.0.0/0'] }),
          dflt_access: db({ ip_filter: ['0.0.0.0/0'] }),
          minimal: db(undefined),
          unknown: db({ public_access: '${var.pub}', ip_filter: ['0.0.0.0/0'] }),
        },
        upcloud_managed_database_mysql: { open: db({ public_access: true, ip_filter: ['::/0'] }), closed: db({ public_access: false }) },
        upcloud_managed_database_opensearch: { open: db({ public_access: true, ip_filter: ['0.0.0.0/0'] }), closed: db({ public_access: false }) },
        upcloud_managed_database_valkey: { open: db({ public_access: true, ip_filter: ['0.0.0.0/0'] }), closed: db({ public_access: true, ip_filter: ['10.0.0.0/8'] }) },
      },
    });
    expect(flagged(config, P)).toEqual([
      'upcloud_managed_database_mysql.open',
      'upcloud_managed_database_opensearch.open',
      'upcloud_managed_database_postgresql.open',
      'upcloud_managed_database_postgresql.unknown',
      'upcloud_managed_database_valkey.open',
    ]);
    expect(messagesOf(config, 'upcloud_managed_database_postgresql.open')).toBe(
      'properties.public_access = true and properties.ip_filter admits 0.0.0.0/0: the PostgreSQL service accepts connections from any address on the internet.');
    expect(messagesOf(config, 'upcloud_managed_database_postgresql.unknown')).toMatch(/properties\.public_access \(\$\{var\.pub\}\) cannot be verified before apply/);
    const finding = findingsOf(config, P).find((f) => f.address === 'upcloud_managed_database_postgresql.open')!;
    expect(finding.attribute).toBe('properties.ip_filter');
    expect(finding.remediation).toMatch(/public_access = false/);
  });

  test('STACKIT: Flex ACLs (unless the access scope is SNA) and comma-separated sgw_acl', () => {
    const config = tf({
      resource: {
        stackit_postgresflex_instance: {
          open: { project_id: 'p', name: 'open', network: { acl: ['0.0.0.0/0'] } },
          legacy: { project_id: 'p', name: 'legacy', acl: ['0.0.0.0/0'] },
          sna: { project_id: 'p', name: 'sna', network: { access_scope: 'SNA', acl: ['0.0.0.0/0'] } },
          closed: { project_id: 'p', name: 'closed', network: { acl: ['192.0.2.0/24'] } },
        },
        stackit_sqlserverflex_instance: {
          open: { project_id: 'p', name: 'open', network: { acl: ['0.0.0.0/0'] } },
          closed: { project_id: 'p', name: 'closed', network: { acl: ['192.0.2.0/24'] } },
        },
        stackit_mongodbflex_instance: {
          open: { project_id: 'p', name: 'open', acl: ['0.0.0.0/0'] },
          closed: { project_id: 'p', name: 'closed', acl: ['192.0.2.0/24'] },
        },
        stackit_mariadb_instance: {
          open: { project_id: 'p', name: 'open', parameters: { sgw_acl: '193.148.160.0/19,0.0.0.0/0' } },
          closed: { project_id: 'p', name: 'closed', parameters: { sgw_acl: '193.148.160.0/19,45.129.40.0/21,45.135.244.0/22' } },
        },
        stackit_redis_instance: { open: { project_id: 'p', name: 'open', parameters: { sgw_acl: '0.0.0.0/0' } }, closed: { project_id: 'p', name: 'closed' } },
        stackit_opensearch_instance: { open: { project_id: 'p', name: 'open', parameters: { sgw_acl: '0.0.0.0/0' } }, closed: { project_id: 'p', name: 'closed', parameters: { sgw_acl: '10.0.0.0/8' } } },
      },
    });
    expect(flagged(config, P)).toEqual([
      'stackit_mariadb_instance.open',
      'stackit_mongodbflex_instance.open',
      'stackit_opensearch_instance.open',
      'stackit_postgresflex_instance.legacy',
      'stackit_postgresflex_instance.open',
      'stackit_redis_instance.open',
      'stackit_sqlserverflex_instance.open',
    ]);
    expect(messagesOf(config, 'stackit_mariadb_instance.open')).toBe('parameters.sgw_acl admits 0.0.0.0/0: the MariaDB instance accepts connections from any address on the internet.');
    expect(messagesOf(config, 'stackit_postgresflex_instance.open')).toMatch(/^network\.acl admits 0\.0\.0\.0\/0/);
  });

  test('OVHcloud: ip_restrictions with 0.0.0.0/0 on a public-network cluster', () => {
    const config = tf({
      resource: {
        ovh_cloud_project_database: {
          open: { service_name: 's', engine: 'postgresql', version: '16', plan: 'essential', flavor: 'db1-4', nodes: [{ region: 'GRA' }], ip_restrictions: [{ ip: '0.0.0.0/0' }] },
          closed: { service_name: 's', engine: 'postgresql', version: '16', plan: 'essential', flavor: 'db1-4', nodes: [{ region: 'GRA' }], ip_restrictions: [{ ip: '178.97.6.0/24' }] },
          private: {
            service_name: 's', engine: 'mongodb', version: '6.0', plan: 'production', flavor: 'db2-4',
            nodes: [{ region: 'GRA', network_id: 'n', subnet_id: 's' }], ip_restrictions: [{ ip: '0.0.0.0/0' }],
          },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['ovh_cloud_project_database.open']);
    expect(messagesOf(config, 'ovh_cloud_project_database.open')).toMatch(/^ip_restrictions admits 0\.0\.0\.0\/0: the database service/);
  });

  test('Scaleway: RDB ACL rules and Redis ACLs with 0.0.0.0/0; an RDB instance with only a private endpoint is not public', () => {
    const config = tf({
      resource: {
        scaleway_rdb_instance: {
          pub: { name: 'pub', node_type: 'DB-DEV-S', engine: 'PostgreSQL-15' },
          priv: { name: 'priv', node_type: 'DB-DEV-S', engine: 'PostgreSQL-15', private_network: [{ pn_id: 'pn', enable_ipam: true }] },
        },
        scaleway_rdb_acl: {
          open: { instance_id: '${scaleway_rdb_instance.pub.id}', acl_rules: [{ ip: '1.2.3.4/32' }, { ip: '0.0.0.0/0' }] },
          closed: { instance_id: '${scaleway_rdb_instance.pub.id}', acl_rules: [{ ip: '1.2.3.4/32' }] },
          private: { instance_id: '${scaleway_rdb_instance.priv.id}', acl_rules: [{ ip: '0.0.0.0/0' }] },
        },
        scaleway_redis_cluster: {
          // Scaleway's own redis_cluster.md example
          open: { name: 'r', version: '6.2.7', node_type: 'RED1-MICRO', acl: [{ ip: '0.0.0.0/0', description: 'Allow all' }] },
          closed: { name: 'r', version: '6.2.7', node_type: 'RED1-MICRO', acl: [{ ip: '192.0.2.0/24' }] },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['scaleway_rdb_acl.open', 'scaleway_redis_cluster.open']);
    expect(messagesOf(config, 'scaleway_rdb_acl.open')).toBe('acl_rules admits 0.0.0.0/0: the Database Instance accepts connections from any address on the internet.');
  });

  test('the rule metadata lists the database types', () => {
    expect(publicExposureRule.metadata.resourceTypes).toEqual(expect.arrayContaining([
      'exoscale_dbaas', 'exoscale_database', 'upcloud_managed_database_postgresql', 'upcloud_managed_database_mysql',
      'upcloud_managed_database_opensearch', 'upcloud_managed_database_valkey', 'stackit_postgresflex_instance',
      'ovh_cloud_project_database', 'scaleway_rdb_acl', 'scaleway_redis_cluster',
    ]));
  });
});

describe('SOV-PUBLIC-EXPOSURE: an allow list whose absence leaves the provider\'s open default (Scaleway Public Gateway SSH bastion)', () => {
  const gateway = (body: Record<string, unknown>) => tf({ resource: { scaleway_vpc_public_gateway: { gw: { name: 'gw', type: 'VPC-GW-S', ...body } } } });

  test('bastion on without allowed_ip_ranges: the default 0.0.0.0/0 admits everyone', () => {
    const [finding, ...rest] = findingsOf(gateway({ bastion_enabled: true }), P);
    expect(rest).toEqual([]);
    expect([finding.address, finding.attribute, finding.level]).toEqual(['scaleway_vpc_public_gateway.gw', 'allowed_ip_ranges', 'error']);
    expect(finding.message).toMatch(/not set: the provider's default allows 0\.0\.0\.0\/0/);
    expect(flagged(gateway({ bastion_enabled: true, allowed_ip_ranges: ['0.0.0.0/0'] }), P)).toEqual(['scaleway_vpc_public_gateway.gw']);
  });

  test('bastion off (or not set), or restricted to known ranges: nothing', () => {
    expect(flagged(gateway({}), P)).toEqual([]);
    expect(flagged(gateway({ bastion_enabled: false }), P)).toEqual([]);
    expect(flagged(gateway({ bastion_enabled: true, allowed_ip_ranges: ['203.0.113.0/28'] }), P)).toEqual([]);
    expect(flagged(gateway({ bastion_enabled: true, allowed_ip_ranges: [] }), P)).toEqual([]);
  });
});
