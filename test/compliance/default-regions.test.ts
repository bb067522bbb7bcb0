import { Catalog, Jurisdiction, SovereigntyPolicy } from '../../lib';
import { LocationKind } from '../../lib/catalog/types';
import { RuleId } from '../../lib/compliance/rules/ids';
import { findingsOf, flagged, tf } from './helpers';

const L = RuleId.LOCATION;
const U = RuleId.LOCATION_UNKNOWN;

/*
 * Class 2 of issue 16: locations known from a provider's documented default, or bounded by
 * "every location this provider has is inside the jurisdiction"; an unknown Kubernetes cluster
 * reported once, on the provider configuration.
 */

describe('documented default locations are catalog facts with their source', () => {
  test('Scaleway: region fr-par and zone fr-par-1 (docs/index.md, Arguments Reference)', () => {
    const scaleway = Catalog.provider('scaleway');
    const region = scaleway.defaultLocationFor('scaleway_object_bucket', false);
    const zone = scaleway.defaultLocationFor('scaleway_instance_server', true);
    expect([region?.code, region?.kind, region?.verified]).toEqual(['fr-par', LocationKind.REGION, true]);
    expect([zone?.code, zone?.kind, zone?.verified]).toEqual(['fr-par-1', LocationKind.ZONE, true]);
    expect(region?.source).toMatch(/^https:\/\/github\.com\/scaleway\/terraform-provider-scaleway\/blob\/[0-9a-f]{40}\/docs\/index\.md/);
  });

  test('STACKIT eu01; IONOS eu-central-3 for object storage only; Hetzner none', () => {
    expect(Catalog.provider('stackit').defaultLocationFor('stackit_network', false)?.code).toBe('eu01');
    const ionos = Catalog.provider('ionos');
    expect(ionos.defaultLocationFor('ionoscloud_s3_bucket', false)?.code).toBe('eu-central-3');
    expect(ionos.defaultLocationFor('ionoscloud_datacenter', false)).toBeUndefined();
    expect(Catalog.provider('hetzner').defaultLocationFor('hcloud_server', false)).toBeUndefined();
  });
});

describe('Scaleway: resources without region or zone are at the documented default', () => {
  const config = tf({
    provider: { scaleway: {} },
    resource: {
      scaleway_object_bucket: { invoices: { name: 'invoices' } },
      scaleway_instance_server: { app: { type: 'DEV1-S', image: 'ubuntu_noble' } },
    },
  });

  test('compliant under the EU: no unknown location, no location finding', () => {
    expect(flagged(config, U)).toEqual([]);
    expect(flagged(config, L)).toEqual([]);
  });

  test('non-compliant under Germany only: fr-par is in France, and the finding names the documented default', () => {
    const de = new SovereigntyPolicy({ jurisdiction: Jurisdiction.countries(['DE']) });
    const findings = findingsOf(config, L, { policy: de });
    expect(findings.map((f) => [f.address, f.level])).toEqual([['scaleway_instance_server.app', 'error'], ['scaleway_object_bucket.invoices', 'error']]);
    expect(findings[1].message).toMatch(/^It is located in fr-par \(FR \(France\)\), determined from the default fr-par of provider scaleway, which Scaleway documents for resources without a location, unless SCW_DEFAULT_REGION/);
    expect(findings[0].message).toMatch(/fr-par-1 \(FR \(France\)\)/);
  });
});

describe('STACKIT: the eu01 default, and a variable without value still inside the EU', () => {
  test('compliant: a bucket with no region and no default_region is in eu01', () => {
    const config = tf({ provider: { stackit: {} }, resource: { stackit_objectstorage_bucket: { reports: { project_id: 'p', name: 'reports' } } } });
    expect(flagged(config, U)).toEqual([]);
    expect(flagged(config, L)).toEqual([]);
  });

  test('every STACKIT location is in the EU: an unknown region is an info under the EU, an error under Germany only', () => {
    const config = tf({
      provider: { stackit: {} },
      variable: { region: { type: 'string' } },
      resource: { stackit_objectstorage_bucket: { reports: { project_id: 'p', name: 'reports', region: '${var.region}' } } },
    });
    const eu = findingsOf(config, U);
    expect(eu.map((f) => [f.address, f.level])).toEqual([['stackit_objectstorage_bucket.reports', 'info']]);
    expect(eu[0].message).toMatch(/every location STACKIT has is in .*inside the European Union/);
    const de = new SovereigntyPolicy({ jurisdiction: Jurisdiction.countries(['DE']) });
    expect(findingsOf(config, U, { policy: de }).map((f) => [f.address, f.level])).toEqual([['stackit_objectstorage_bucket.reports', 'error']]);
  });
});

describe('a location code the catalog does not know (a placeholder, a typo)', () => {
  test('Scaleway, every location in the EU: "fr-pra" is an info under the EU, an error under France only', () => {
    const config = tf({ provider: { scaleway: {} }, resource: { scaleway_object_bucket: { logs: { name: 'logs', region: 'fr-pra' } } } });
    const eu = findingsOf(config, U);
    expect(eu.map((f) => [f.address, f.level, f.attribute])).toEqual([['scaleway_object_bucket.logs', 'info', 'region']]);
    expect(eu[0].message).toMatch(/^Its location is not known \(argument region "fr-pra" is not a location of Scaleway in the catalog\), but every location Scaleway has is in .*inside the European Union \(27 member states\): a code the provider accepts is one of them\.$/);
    const fr = new SovereigntyPolicy({ jurisdiction: Jurisdiction.countries(['FR']) });
    expect(findingsOf(config, U, { policy: fr }).map((f) => f.level)).toEqual(['error']);
  });

  test('Hetzner, with locations in the US and Singapore: an unknown code stays an error', () => {
    const config = tf({ provider: { hcloud: {} }, resource: { hcloud_server: { h: { name: 'h', server_type: 'cx22', image: 'debian-12', location: 'xyz9' } } } });
    expect(findingsOf(config, U).map((f) => [f.address, f.level])).toEqual([['hcloud_server.h', 'error']]);
  });
});

describe('IONOS object storage: eu-central-3 when no region is set', () => {
  test('compliant: a bucket without region is in Berlin', () => {
    const config = tf({ provider: { ionoscloud: {} }, resource: { ionoscloud_s3_bucket: { archive: { name: 'archive' } } } });
    expect(flagged(config, U)).toEqual([]);
    expect(flagged(config, L)).toEqual([]);
  });

  test('non-compliant: IONOS has locations outside the EU, so an unknown region stays an error', () => {
    const config = tf({ provider: { ionoscloud: {} }, resource: { ionoscloud_s3_bucket: { archive: { name: 'archive', region: '${data.ionoscloud_s3_region.r.id}' } } } });
    expect(findingsOf(config, U).map((f) => [f.address, f.level])).toEqual([['ionoscloud_s3_bucket.archive', 'error']]);
  });
});

describe('Hetzner: no documented default and locations outside the EU', () => {
  test('non-compliant: a server without location is an unknown-location error', () => {
    const config = tf({ provider: { hcloud: {} }, resource: { hcloud_server: { s: { name: 's', server_type: 'cx22', image: 'debian-12' } } } });
    expect(findingsOf(config, U).map((f) => [f.address, f.level])).toEqual([['hcloud_server.s', 'error']]);
  });
});

describe('Kubernetes: an unknown cluster is reported once, on the provider configuration', () => {
  const objects = {
    kubernetes_namespace_v1: { shop: { metadata: { name: 'shop' } } },
    kubernetes_config_map_v1: { settings: { metadata: { name: 's', namespace: 'shop' }, data: { MODE: 'prod' } } },
    kubernetes_deployment_v1: { shop: { metadata: { name: 'shop', namespace: 'shop' }, spec: { template: { spec: { container: [{ name: 'c', image: 'nginx' }] } } } } },
  };

  test('non-compliant: a kubeconfig context outside the configuration is one error on provider.kubernetes, naming the objects', () => {
    const config = tf({ provider: { kubernetes: { config_path: '~/.kube/config', config_context: 'prod' } }, resource: objects });
    const findings = findingsOf(config, U);
    expect(findings.map((f) => [f.address, f.level])).toEqual([['provider.kubernetes', 'error']]);
    expect(findings[0].message).toMatch(/^The location of what this provider configuration places is unknown: the Kubernetes provider kubernetes does not point at a cluster in this configuration/);
    expect(findings[0].message).toContain('kubernetes_deployment_v1.shop');
    expect(findings[0].message).toContain('kubernetes_namespace_v1.shop');
  });

  test('an aliased provider is its own fix site', () => {
    const config = tf({
      provider: { kubernetes: [{ config_path: '~/.kube/config' }, { alias: 'b', config_path: '~/.kube/b' }] },
      resource: { kubernetes_namespace_v1: { a: { metadata: { name: 'a' } }, b: { provider: 'kubernetes.b', metadata: { name: 'b' } } } },
    });
    expect(flagged(config, U)).toEqual(['provider.kubernetes', 'provider.kubernetes.b']);
  });

  test('compliant: with a declared cluster location in the EU nothing is reported', () => {
    const config = tf({ provider: { kubernetes: { config_path: '~/.kube/config' } }, resource: objects });
    expect(flagged(config, U, { clusterLocation: 'DE' })).toEqual([]);
    expect(flagged(config, L, { clusterLocation: 'DE' })).toEqual([]);
  });
});
