import { ResourceView, RuleContext } from '../../model/view';
import { RuleViolation } from '../../types';
import { flag, Handler, lower, Reach, resolve, sourceOf, text } from './shared';

// ---------------------------------------------------------------------------------------
// Managed databases: IP allow lists
// ---------------------------------------------------------------------------------------

const DB_FIX = 'List only the address ranges of your application servers and administrators in the allow list (never 0.0.0.0/0 or ::/0), or reach the database over a private network.';

/**
 * Allow-list entries that admit the whole internet, or that cannot be verified before apply.
 * Absent or empty lists are judged by each handler, because the providers' defaults differ.
 */
function openEntries(values: unknown[], context: RuleContext, attribute: string, what: string, fix = DB_FIX): RuleViolation[] {
  const source = sourceOf(values, context, false);
  if (!source || source.reach === Reach.RESTRICTED) return [];
  return [{
    message: source.reach === Reach.ANY
      ? `${attribute} admits ${source.text}: ${what} accepts connections from any address on the internet.`
      : `${attribute} (${source.text}) cannot be verified before apply; ${what} may be open to the internet.`,
    attribute,
    fix,
  }];
}

/** A comma-separated CIDR string (STACKIT `sgw_acl`), split once its value is known. */
function commaSeparated(raw: unknown, context: RuleContext): unknown[] {
  const v = resolve(raw, context);
  if (typeof v !== 'string' || v.includes('${')) return v === undefined || v === null ? [] : [v];
  return v.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

// https://github.com/exoscale/terraform-provider-exoscale/blob/v0.70.0/docs/resources/dbaas.md (and the deprecated
// database.md): every engine block (grafana, kafka, mysql, opensearch, pg, valkey) has `ip_filter`, "A list of CIDR
// blocks to allow incoming connections from". Without one the service is closed: "By default, Exoscale DBaaS are not
// accessible from the whole internet" (https://community.exoscale.com/product/dbaas/service-specific/postgresql/operation).
const EXOSCALE_ENGINES: ReadonlyArray<readonly [string, string]> = [
  ['pg', 'PostgreSQL'], ['mysql', 'MySQL'], ['kafka', 'Kafka'], ['opensearch', 'OpenSearch'], ['valkey', 'Valkey'], ['grafana', 'Grafana'],
];
const exoscaleDbaas: Handler = (r, c) => EXOSCALE_ENGINES.flatMap(([block, engine]) =>
  openEntries(r.values(`${block}.ip_filter`), c, `${block}.ip_filter`, `the ${engine} service`));

// https://github.com/UpCloudLtd/terraform-provider-upcloud/blob/v5.41.0/docs/resources/managed_database_postgresql.md
// (and _mysql, _opensearch, _valkey): properties { public_access ("Allow access to the service from the public
// Internet"), ip_filter ("Allow incoming connections from CIDR address block") }. Defaults public_access = false and
// ip_filter = [] in .../blob/v5.41.0/internal/service/database/properties/service_types_data.json; the provider's own
// test names ["0.0.0.0/0"] the filter "to allow access from any IP" (.../internal/service/database/properties/value_test.go).
// So only public access combined with an open (or unverifiable) filter reaches the internet.
const UPCLOUD_FIX = 'Set properties { public_access = false } and reach the database through a private network (network block), or list only known CIDRs in properties.ip_filter.';
function upcloudDatabase(engine: string): Handler {
  return (r, c) => {
    const publicAccess = flag(r, 'properties.public_access', false);
    if (publicAccess === false) return [];
    const open = openEntries(r.values('properties.ip_filter'), c, 'properties.ip_filter', `the ${engine} service`, UPCLOUD_FIX);
    if (open.length === 0 || publicAccess === true) {
      return open.map((v) => ({ ...v, message: `properties.public_access = true and ${v.message}` }));
    }
    return [{
      message: `properties.public_access (${text(r.attribute('properties.public_access'))}) cannot be verified before apply and properties.ip_filter is not restricted to known addresses; the ${engine} service may be open to the internet.`,
      attribute: 'properties.public_access',
      fix: UPCLOUD_FIX,
    }];
  };
}

// https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources/postgresflex_instance.md
// (and sqlserverflex_instance.md): `acl` (deprecated) or `network.acl`, the CIDRs allowed to connect;
// network.access_scope "SNA" keeps the instance in the STACKIT Network Area (no public access).
function stackitFlex(engine: string): Handler {
  return (r, c) => {
    if (lower(r.attribute('network.access_scope'), c) === 'sna') return [];
    return [
      ...openEntries(r.values('network.acl'), c, 'network.acl', `the ${engine} instance`),
      ...openEntries(r.values('acl'), c, 'acl', `the ${engine} instance`),
    ];
  };
}
// https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources/mariadb_instance.md
// (and redis_instance.md, opensearch_instance.md): parameters.sgw_acl, "Comma separated list of IP networks in CIDR
// notation which are allowed to access this instance".
function stackitSgwAcl(engine: string): Handler {
  return (r, c) => openEntries(commaSeparated(r.attribute('parameters.sgw_acl'), c), c, 'parameters.sgw_acl', `the ${engine} instance`);
}

/** Scaleway RDB: "A load-balancer endpoint will be set by default if no Private Network is" (rdb_instance.md). */
function scalewayRdbIsPrivate(instance: ResourceView | undefined): boolean {
  return !!instance && instance.has('private_network') && !instance.has('load_balancer');
}

export const DATABASES: Record<string, Handler> = {
  exoscale_dbaas: exoscaleDbaas,
  exoscale_database: exoscaleDbaas,
  upcloud_managed_database_postgresql: upcloudDatabase('PostgreSQL'),
  upcloud_managed_database_mysql: upcloudDatabase('MySQL'),
  upcloud_managed_database_opensearch: upcloudDatabase('OpenSearch'),
  upcloud_managed_database_valkey: upcloudDatabase('Valkey'),
  stackit_postgresflex_instance: stackitFlex('PostgreSQL Flex'),
  stackit_sqlserverflex_instance: stackitFlex('SQLServer Flex'),
  // https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources/mongodbflex_instance.md: `acl`.
  stackit_mongodbflex_instance: (r, c) => openEntries(r.values('acl'), c, 'acl', 'the MongoDB Flex instance'),
  stackit_mariadb_instance: stackitSgwAcl('MariaDB'),
  stackit_redis_instance: stackitSgwAcl('Redis'),
  stackit_opensearch_instance: stackitSgwAcl('OpenSearch'),
  // https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources/cloud_project_database.md:
  // ip_restrictions { ip }, "IP Blocks authorized to access to the cluster"; nodes { network_id } deploys the nodes in
  // a private network instead of the public one.
  ovh_cloud_project_database: (r, c) => (r.values('nodes.network_id').length > 0 ? []
    : openEntries(r.values('ip_restrictions.ip'), c, 'ip_restrictions', 'the database service')),
  // https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources/rdb_acl.md: acl_rules { ip },
  // the authorized IPs of the instance (instance_id).
  scaleway_rdb_acl: (r, c) => (scalewayRdbIsPrivate(r.parents.find((p) => p.resourceType === 'scaleway_rdb_instance')) ? []
    : openEntries(r.values('acl_rules.ip'), c, 'acl_rules', 'the Database Instance')),
  // https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources/redis_cluster.md: acl { ip }
  // (conflicts with private_network: an ACL means a public endpoint).
  scaleway_redis_cluster: (r, c) => openEntries(r.values('acl.ip'), c, 'acl', 'the Redis cluster'),
};
