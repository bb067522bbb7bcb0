import { RuleId } from '../../../lib/compliance/rules/ids';
import { findingsOf, flagged, tf } from '../helpers';

/*
 * Issue 16, class 1: a location argument written as a plain reference to another resource's
 * attribute (`zone = exoscale_dbaas.pg.zone`) is decided by that resource's argument, which is
 * the one to change: one finding there, naming the referencing resources; none on them.
 */

const L = RuleId.LOCATION;
const U = RuleId.LOCATION_UNKNOWN;

function pgService(zone: string, childZone: string): Record<string, unknown> {
  return tf({
    resource: {
      exoscale_dbaas: { pg: { name: 'orders', type: 'pg', plan: 'startup-4', zone, pg: { version: '16', ip_filter: ['10.0.0.0/24'] } } },
      exoscale_dbaas_pg_database: { app: { service: '${exoscale_dbaas.pg.name}', database_name: 'orders', zone: childZone } },
      exoscale_dbaas_pg_user: { app: { service: '${exoscale_dbaas.pg.name}', username: 'orders', zone: childZone } },
    },
  });
}

describe('location arguments that reference another resource', () => {
  test('non-compliant: a service outside the jurisdiction is one finding, at the service, naming its referencing children', () => {
    const config = pgService('ch-gva-2', '${exoscale_dbaas.pg.zone}');
    expect(flagged(config, L)).toEqual(['exoscale_dbaas.pg']);
    const [f] = findingsOf(config, L);
    expect(f.attribute).toBe('zone');
    expect(f.message).toMatch(/Also affects: exoscale_dbaas_pg_database\.app, exoscale_dbaas_pg_user\.app/);
  });

  test('compliant: children referencing a service in the jurisdiction get nothing', () => {
    const config = pgService('de-fra-1', '${exoscale_dbaas.pg.zone}');
    expect(flagged(config, L)).toEqual([]);
    expect(flagged(config, U)).toEqual([]);
  });

  test('an unknown referenced location is reported once, where it is decided', () => {
    const config = tf({
      variable: { zone: { type: 'string' } },
      provider: { exoscale: {} },
      resource: {
        exoscale_dbaas: { pg: { name: 'orders', type: 'pg', plan: 'startup-4', zone: '${var.zone}', pg: { version: '16', ip_filter: ['10.0.0.0/24'] } } },
        exoscale_dbaas_pg_user: { app: { service: '${exoscale_dbaas.pg.name}', username: 'orders', zone: '${exoscale_dbaas.pg.zone}' } },
      },
    });
    expect(flagged(config, U)).toEqual(['exoscale_dbaas.pg']);
  });

  test('a literal location of its own stays the resource\'s own fix site', () => {
    const config = pgService('ch-gva-2', 'ch-gva-2');
    expect(flagged(config, L)).toEqual(['exoscale_dbaas.pg', 'exoscale_dbaas_pg_database.app', 'exoscale_dbaas_pg_user.app']);
  });

  test('Hetzner: a volume placed with location = hcloud_server.x.location is named by the server\'s finding', () => {
    const config = tf({
      resource: {
        hcloud_server: { db: { name: 'db', image: 'debian-12', server_type: 'cx22', location: 'ash' } },
        hcloud_volume: { data: { name: 'data', size: 50, location: '${hcloud_server.db.location}' } },
      },
    });
    expect(flagged(config, L)).toEqual(['hcloud_server.db']);
    expect(findingsOf(config, L)[0].message).toMatch(/Also affects: hcloud_volume\.data/);
  });
});
