import { Catalog, CertificationScheme, Countries } from '../../lib';

const openstack = Catalog.provider('openstack');

describe('the OpenStack platform in the catalog', () => {
  test('is a platform: a cloud selector by identity endpoint, not one of the European providers', () => {
    expect(openstack.cloudSelector).toEqual(expect.objectContaining({ endpointArguments: ['auth_url'], namedCloudArguments: ['cloud'], namedCloudFile: 'clouds.yaml' }));
    expect(openstack.cloudSelector!.source).toMatch(/terraform-provider-openstack\/blob\/v3\.4\.0\/docs\/index\.md$/);
    expect(Catalog.europeanProviders().map((p) => p.id)).not.toContain('openstack');
    expect(Catalog.providerForTerraformSource('terraform-provider-openstack/openstack')?.id).toBe('openstack');
    expect(Catalog.providerForResourceType('openstack_blockstorage_volume_v3')?.id).toBe('openstack');
  });

  test('argument names come from the provider docs at a named release tag', () => {
    for (const type of openstack.resourceTypes) {
      expect([type.resourceType, type.source]).toEqual([type.resourceType, expect.stringMatching(/terraform-provider-openstack\/blob\/v(3\.4\.0|2\.1\.0)\/docs\/resources\//)]);
    }
    expect(openstack.resourceType('openstack_compute_secgroup_v2')?.note).toMatch(/Removed in v3\.0\.0/);
  });

  test.each([
    ['https://auth.cloud.ovh.net/v3', 'ovhcloud', 'GRA11', 'FR'],
    ['https://iam.eu-de.otc.t-systems.com/v3', 'otc', 'eu-de', 'DE'],
    ['https://iam.eu-nl.otc.t-systems.com:443/v3', 'otc', 'eu-nl', 'NL'],
    ['https://prod1.api.pco.get-cloud.io:5000', 'openstack:pluscloud-open', 'prod1', 'DE'],
    ['https://prod2.api.pco.get-cloud.io:5000/v3', 'openstack:pluscloud-open', 'prod2', 'DE'],
    ['https://keystone.cloud.syseleven.net:5000/v3', 'openstack:syseleven-stack', 'fes', 'DE'],
  ])('auth_url %s is hosted by %s; region %s is in %s', (authUrl, providerId, region, country) => {
    const cloud = Catalog.resolveCloud('openstack', authUrl);
    expect(cloud?.id).toBe(providerId);
    expect(cloud?.findRegion(region)?.country).toBe(country);
  });

  test('an identity endpoint of no catalogued cloud resolves to nothing (its resources fail closed)', () => {
    expect(Catalog.resolveCloud('openstack', 'https://keystone.example.org:5000/v3')).toBeUndefined();
    expect(Catalog.resolveCloud('openstack', 'not a url at all')).toBeUndefined();
    expect(Catalog.resolveCloud('scaleway', 'https://auth.cloud.ovh.net/v3')).toBeUndefined();
  });

  test('a region name alone belongs to one cloud only: other clouds do not place it', () => {
    expect(Catalog.resolveCloud('openstack', 'https://keystone.cloud.syseleven.net:5000')?.findRegion('prod1')).toBeUndefined();
    expect(Catalog.resolveCloud('openstack', 'https://prod1.api.pco.get-cloud.io:5000')?.findRegion('fes')).toBeUndefined();
  });

  test('every cloud names its endpoint source, operator or ownership, and regions with sources', () => {
    expect(openstack.deployments.map((d) => d.id)).toEqual(['ovhcloud', 'open-telekom-cloud', 'pluscloud-open', 'syseleven-stack']);
    for (const d of openstack.deployments) {
      expect([d.id, d.source]).toEqual([d.id, expect.stringMatching(/^https:\/\/\S+$/)]);
      expect(d.endpointHosts.every((h) => h === h.toLowerCase() && !h.includes('/'))).toBe(true);
    }
    for (const d of openstack.deployments.filter((x) => x.operatorProviderId)) expect(Catalog.provider(d.operatorProviderId!).id).toBe(d.operatorProviderId);
    for (const d of openstack.deployments.filter((x) => !x.operatorProviderId)) {
      expect(d.ownership?.sources.length).toBeGreaterThan(0);
      expect(Countries.isAssigned(d.ownership!.headquartersCountry)).toBe(true);
      expect(d.regions!.length).toBeGreaterThan(0);
      for (const r of d.regions!) expect([r.code, r.source]).toEqual([r.code, expect.stringMatching(/^https:\/\//)]);
    }
    for (const d of openstack.deployments) {
      for (const [host, region] of Object.entries(d.endpointRegions ?? {})) {
        expect(d.endpointHosts).toContain(host);
        expect(Catalog.resolveCloud('openstack', `https://${host}`)?.findRegion(region)).toBeDefined();
      }
    }
  });

  test('facts no primary source confirmed are marked unverified', () => {
    const pco = openstack.deployments.find((d) => d.id === 'pluscloud-open')!;
    expect(pco.ownership!.verified).toBe(false);
    expect(pco.certifications!.map((c) => [c.scheme, c.verified])).toEqual([[CertificationScheme.SCS_COMPATIBLE, false]]);
    expect(openstack.ownership.verified).toBe(false);
    expect(openstack.capabilities.bucketEncryptedByDefault?.verified).toBe(false);
  });

  test('encrypted volume types are facts of each cloud that documents them', () => {
    expect(Catalog.resolveCloud('openstack', 'https://prod3.api.pco.get-cloud.io:5000')?.blockStorage?.encryptedVolumeTypes).toEqual(['ceph-standard-luks', 'ceph-premium-luks', 'LUKS']);
    expect(Catalog.resolveCloud('openstack', 'https://keystone.cloud.syseleven.net:5000')?.blockStorage?.encryptedVolumeTypes).toEqual(['ceph']);
    expect(Catalog.provider('ovhcloud').blockStorage?.encryptedVolumeTypeSuffixes).toEqual(['-luks']);
    expect(Catalog.provider('otc').blockStorage).toBeUndefined();
  });
});
