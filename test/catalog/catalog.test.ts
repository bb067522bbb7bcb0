import { Catalog, CloudProvider, Countries, LocationKind, VolumeEncryptionMechanism } from '../../lib';

const providers = Catalog.providers();
const byId = (id: string): CloudProvider => Catalog.provider(id);

/** Every value under a key named source/sources/url anywhere in a facts object. */
function collectSources(value: unknown, path = '', out: Array<{ path: string; url: unknown }> = []): Array<{ path: string; url: unknown }> {
  if (Array.isArray(value)) {
    value.forEach((v, i) => collectSources(v, `${path}[${i}]`, out));
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'source' || key === 'url') out.push({ path: `${path}.${key}`, url: v });
      else if (key === 'sources' && Array.isArray(v)) v.forEach((u, i) => out.push({ path: `${path}.sources[${i}]`, url: u }));
      else collectSources(v, `${path}.${key}`, out);
    }
  }
  return out;
}

describe('catalog contents', () => {
  test('eight European providers and three hyperscalers', () => {
    expect(Catalog.europeanProviders().map((p) => p.id)).toEqual(
      ['otc', 'stackit', 'ovhcloud', 'scaleway', 'ionos', 'hetzner', 'exoscale', 'upcloud']);
    expect(providers.filter((p) => p.hyperscaler).map((p) => p.id)).toEqual(['aws', 'azure', 'gcp']);
  });

  describe.each(providers.map((p) => [p.id, p] as const))('%s', (_id, provider) => {
    test('every region has an assigned ISO country, a city and an https source', () => {
      expect(provider.regions.length).toBeGreaterThan(0);
      for (const region of provider.regions) {
        expect({ code: region.code, country: Countries.isAssigned(region.country) }).toEqual({ code: region.code, country: true });
        for (const extra of region.additionalCountries ?? []) expect(Countries.isAssigned(extra)).toBe(true);
        expect(region.city.length).toBeGreaterThan(0);
        expect(region.source).toMatch(/^https:\/\//);
      }
    });

    test('region codes are unique and zones name a listed parent', () => {
      const codes = provider.regions.map((r) => r.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const zone of provider.regions.filter((r) => r.kind === LocationKind.ZONE)) {
        expect({ zone: zone.code, parentListed: codes.includes(zone.parent ?? '') }).toEqual({ zone: zone.code, parentListed: true });
      }
    });

    test('every code and alias resolves back to its own entry', () => {
      for (const region of provider.regions) {
        for (const spelling of [region.code, ...(region.aliases ?? [])]) {
          expect(provider.findRegion(spelling)?.country).toBe(region.country);
        }
      }
    });

    test('every source anywhere in the facts is an https URL', () => {
      const sources = collectSources({
        ownership: provider.ownership,
        certifications: provider.certifications,
        regions: provider.regions,
        rules: provider.regionRules,
        types: provider.resourceTypes,
        capabilities: provider.capabilities,
        objectStorage: provider.objectStorage,
        kubernetesStorage: provider.kubernetesStorage,
      });
      expect(sources.length).toBeGreaterThan(provider.regions.length);
      const bad = sources.filter((s) => typeof s.url !== 'string' || !/^https:\/\/[^\s]+$/.test(s.url));
      expect(bad).toEqual([]);
    });

    test('ownership names headquarters and ultimate parent by ISO code, with reasoning', () => {
      const o = provider.ownership;
      expect(Countries.isAssigned(o.headquartersCountry)).toBe(true);
      expect(Countries.isAssigned(o.ultimateParentCountry)).toBe(true);
      expect(o.reasoning.length).toBeGreaterThan(40);
      expect(o.sources.length).toBeGreaterThan(0);
      expect(provider.controlAssessment).toContain(provider.name);
    });

    test('region rules are valid regular expressions mapping to assigned countries', () => {
      for (const rule of provider.regionRules) {
        expect(() => new RegExp(rule.pattern)).not.toThrow();
        expect(Countries.isAssigned(rule.country)).toBe(true);
      }
    });

    test('resource types carry the provider prefix and are unique', () => {
      const types = provider.resourceTypes.map((t) => t.resourceType);
      expect(new Set(types).size).toBe(types.length);
      for (const type of types) expect(provider.ownsResourceType(type)).toBe(true);
      for (const type of types) expect(Catalog.providerForResourceType(type)?.id).toBe(provider.id);
    });

    test('Terraform source addresses resolve to this provider, with or without registry host', () => {
      for (const source of provider.terraformSources) {
        expect(Catalog.providerForTerraformSource(source)?.id).toBe(provider.id);
        expect(Catalog.providerForTerraformSource(`registry.terraform.io/${source.toUpperCase()}`)?.id).toBe(provider.id);
        expect(Catalog.provider(source).id).toBe(provider.id);
      }
    });

    test('legacy source addresses (terraform-providers/<type>, -/<type>) resolve to this provider by type', () => {
      for (const source of provider.terraformSources) {
        const type = source.split('/').pop()!;
        const owners = Catalog.providers().filter((p) => p.terraformSources.some((s) => s.split('/').pop()!.toLowerCase() === type.toLowerCase()));
        if (owners.length !== 1) continue;
        expect(Catalog.providerForTerraformSource(`terraform-providers/${type}`)?.id).toBe(provider.id);
        expect(Catalog.providerForTerraformSource(`registry.terraform.io/terraform-providers/${type.toUpperCase()}`)?.id).toBe(provider.id);
        expect(Catalog.providerForTerraformSource(`registry.terraform.io/-/${type}`)?.id).toBe(provider.id);
      }
    });

    test('every regional S3 endpoint resolves back to this provider and region', () => {
      for (const region of provider.regions.filter((r) => r.s3Endpoint)) {
        const match = Catalog.resolveEndpoint(region.s3Endpoint!);
        expect({ endpoint: region.s3Endpoint, provider: match?.providerId, country: match?.country })
          .toEqual({ endpoint: region.s3Endpoint, provider: provider.id, country: region.country });
        const host = new URL(region.s3Endpoint!).hostname;
        const virtualHost = Catalog.resolveEndpoint(`https://my-bucket.${host}/key`);
        expect(virtualHost?.providerId).toBe(provider.id);
        expect(virtualHost?.country).toBe(region.country);
      }
    });
  });
});

describe('locations outside Europe are never EU/EEA', () => {
  test.each([
    ['hetzner', 'ash', 'US'],
    ['hetzner', 'hil', 'US'],
    ['hetzner', 'sin', 'SG'],
    ['ovhcloud', 'US-EAST-VA-1', 'US'],
    ['ovhcloud', 'US-WEST-OR-1', 'US'],
    ['ovhcloud', 'BHS', 'CA'],
    ['ovhcloud', 'BHS5', 'CA'],
    ['ovhcloud', 'CA-EAST-TOR', 'CA'],
    ['ovhcloud', 'SGP1', 'SG'],
    ['ovhcloud', 'SYD1', 'AU'],
    ['ovhcloud', 'ap-south-mum', 'IN'],
    ['ionos', 'us/las', 'US'],
    ['ionos', 'us/ewr', 'US'],
    ['ionos', 'us/mci', 'US'],
    ['ionos', 'us-central-1', 'US'],
    ['upcloud', 'us-chi1', 'US'],
    ['upcloud', 'us-nyc1', 'US'],
    ['upcloud', 'us-sjo1', 'US'],
    ['upcloud', 'sg-sin1', 'SG'],
    ['upcloud', 'au-syd1', 'AU'],
    ['aws', 'us-east-1', 'US'],
    ['aws', 'us-gov-west-1', 'US'],
    ['aws', 'ap-northeast-1', 'JP'],
    ['azure', 'eastus2', 'US'],
    ['azure', 'East US 2', 'US'],
    ['gcp', 'us-central1', 'US'],
    ['gcp', 'asia-northeast1-a', 'JP'],
  ])('%s %s is in %s', (provider, code, country) => {
    const region = Catalog.findRegion(provider, code);
    expect(region?.country).toBe(country);
    expect(Countries.isEea(region!.country)).toBe(false);
  });

  test.each([
    ['otc', 'eu-ch2', 'CH'],
    ['exoscale', 'ch-gva-2', 'CH'],
    ['exoscale', 'ch-dk-2', 'CH'],
    ['ovhcloud', 'UK1', 'GB'],
    ['ionos', 'gb/lhr', 'GB'],
    ['upcloud', 'uk-lon1', 'GB'],
    ['aws', 'eu-central-2', 'CH'],
    ['aws', 'eu-west-2', 'GB'],
  ])('%s %s is European but outside the EU (%s)', (provider, code, country) => {
    const region = Catalog.findRegion(provider, code)!;
    expect(region.country).toBe(country);
    expect(Countries.isEu(region.country)).toBe(false);
  });

  test.each([
    ['otc', 'eu-de', 'DE'],
    ['otc', 'eu-nl', 'NL'],
    ['stackit', 'eu01', 'DE'],
    ['ovhcloud', 'GRA11', 'FR'],
    ['ovhcloud', 'gra', 'FR'],
    ['ovhcloud', 'EU-WEST-PAR', 'FR'],
    ['scaleway', 'fr-par', 'FR'],
    ['scaleway', 'nl-ams-1', 'NL'],
    ['scaleway', 'pl-waw', 'PL'],
    ['ionos', 'de/fra', 'DE'],
    ['ionos', 'eu-central-3', 'DE'],
    ['hetzner', 'fsn1', 'DE'],
    ['hetzner', 'hel1', 'FI'],
    ['exoscale', 'at-vie-1', 'AT'],
    ['exoscale', 'de-fra-1', 'DE'],
    ['upcloud', 'fi-hel1', 'FI'],
    ['upcloud', 'de-fra1', 'DE'],
    ['aws', 'eu-central-1', 'DE'],
    ['azure', 'West Europe', 'NL'],
    ['gcp', 'europe-west3', 'DE'],
  ])('%s %s is in the EU (%s)', (provider, code, country) => {
    const region = Catalog.findRegion(provider, code)!;
    expect(region.country).toBe(country);
    expect(Countries.isEu(region.country)).toBe(true);
  });

  test('a multi-country location lists every country', () => {
    const eu = Catalog.findRegion('gcp', 'EU')!;
    const all = [eu.country, ...(eu.additionalCountries ?? [])];
    expect(all).toEqual(expect.arrayContaining(['DE', 'FR', 'NL']));
    expect(all.every((c) => Countries.isEu(c))).toBe(true);
    const eur8 = Catalog.findRegion('gcp', 'EUR8')!;
    expect([eur8.country, ...(eur8.additionalCountries ?? [])].sort()).toEqual(['CH', 'DE']);
  });
});

describe('lookup API', () => {
  test('the examples of the documentation work', () => {
    expect(Catalog.provider('scaleway').region('fr-par').country).toBe('FR');
    expect(Catalog.findRegion('hcloud', 'ash')?.country).toBe('US');
    const hetzner = Catalog.resolveEndpoint('https://fsn1.your-objectstorage.com');
    expect(hetzner?.providerId).toBe('hetzner');
    expect(hetzner?.region?.code).toBe('fsn1');
    expect(hetzner?.country).toBe('DE');
    expect(Catalog.providerForTerraformSource('hetznercloud/hcloud')?.id).toBe('hetzner');
  });

  test('legacy namespaces name a provider by type only; other namespaces and unknown types stay unknown', () => {
    expect(Catalog.providerForTerraformSource('terraform-providers/exoscale')?.id).toBe('exoscale');
    expect(Catalog.providerForTerraformSource('terraform-providers/hcloud')?.id).toBe('hetzner');
    expect(Catalog.providerForTerraformSource('-/ovh')?.id).toBe('ovhcloud');
    expect(Catalog.providerForTerraformSource('someone/exoscale')).toBeUndefined();
    expect(Catalog.providerForTerraformSource('terraform-providers/digitalocean')).toBeUndefined();
    expect(Catalog.providerForTerraformSource('example.com/terraform-providers/exoscale')).toBeUndefined();
  });

  test('a source on another registry host: its namespace/type, else the one provider owning the types used with it', () => {
    // A private mirror of a catalogued address is that provider.
    expect(Catalog.providerForTerraformSource('terraform.example.corp/hetznercloud/hcloud')?.id).toBe('hetzner');
    // Another namespace: the resource types decide, when one provider owns them all.
    expect(Catalog.providerForTerraformSource('registry.upcloud.com/upcloud/upcloud')).toBeUndefined();
    expect(Catalog.providerForTerraformSource('registry.upcloud.com/upcloud/upcloud', ['upcloud_server', 'upcloud_storage'])?.id).toBe('upcloud');
    // A type the catalog does not describe counts by the provider's prefix.
    expect(Catalog.providerForTerraformSource('registry.upcloud.com/upcloud/upcloud', ['upcloud_server', 'upcloud_server_group'])?.id).toBe('upcloud');
    // Several owners, or a type no provider owns: none.
    expect(Catalog.providerForTerraformSource('registry.example.corp/acme/cloud', ['hcloud_server', 'upcloud_storage'])).toBeUndefined();
    expect(Catalog._resolveTerraformSource('registry.example.corp/acme/cloud', ['hcloud_server', 'upcloud_storage']).reason).toMatch(/belong to several catalogued providers \(Hetzner Cloud, UpCloud\)$/);
    expect(Catalog._resolveTerraformSource('registry.upcloud.com/upcloud/upcloud', ['acme_thing', 'upcloud_server']).reason).toMatch(/`acme_thing` belongs to no catalogued provider$/);
    // The public registries' namespaces are their own: no fallback by types there.
    expect(Catalog.providerForTerraformSource('registry.terraform.io/upcloud/upcloud', ['upcloud_server'])).toBeUndefined();
    expect(Catalog.providerForTerraformSource('upcloud/upcloud', ['upcloud_server'])).toBeUndefined();
    expect(Catalog._resolveTerraformSource('upcloud/upcloud', ['upcloud_server']).reason).toBeUndefined();
  });

  test('reverse lookup of the S3 endpoint of every provider with S3 storage', () => {
    const cases: Array<[string, string, string | undefined, string | undefined]> = [
      ['s3.fr-par.scw.cloud', 'scaleway', 'fr-par', 'FR'],
      ['https://my-bucket.s3.nl-ams.scw.cloud', 'scaleway', 'nl-ams', 'NL'],
      ['https://s3.gra.io.cloud.ovh.net', 'ovhcloud', undefined, 'FR'],
      ['https://s3.eu-central-3.ionoscloud.com', 'ionos', 'eu-central-3', 'DE'],
      ['https://object.storage.eu01.onstackit.cloud', 'stackit', 'eu01', 'DE'],
      ['https://nbg1.your-objectstorage.com', 'hetzner', 'nbg1', 'DE'],
      ['https://sos-at-vie-1.exo.io', 'exoscale', 'at-vie-1', 'AT'],
      ['https://sos-ch-gva-2.exo.io', 'exoscale', 'ch-gva-2', 'CH'],
      ['https://obs.eu-de.otc.t-systems.com', 'otc', 'eu-de', 'DE'],
      ['https://obs.eu-ch2.sc.otc.t-systems.com', 'otc', 'eu-ch2', 'CH'],
      ['https://s3.eu-central-1.amazonaws.com', 'aws', 'eu-central-1', 'DE'],
      ['https://my-bucket.s3.us-east-1.amazonaws.com', 'aws', 'us-east-1', 'US'],
    ];
    for (const [endpoint, provider, region, country] of cases) {
      const match = Catalog.resolveEndpoint(endpoint);
      expect({ endpoint, provider: match?.providerId, country: match?.country, region: region && match?.region?.code })
        .toEqual({ endpoint, provider, country, region });
    }
  });

  test('per-service endpoints name the provider but not the region', () => {
    const upcloud = Catalog.resolveEndpoint('https://7mf5k.upcloudobjects.com');
    expect(upcloud?.providerId).toBe('upcloud');
    expect(upcloud?.region).toBeUndefined();
    expect(upcloud?.country).toBeUndefined();
  });

  test('unknown hosts and garbage resolve to nothing', () => {
    expect(Catalog.resolveEndpoint('https://minio.internal.example.com')).toBeUndefined();
    expect(Catalog.resolveEndpoint('')).toBeUndefined();
    expect(Catalog.resolveEndpoint('http://')).toBeUndefined();
  });

  test('providers are found by id, alias, Terraform local name and source', () => {
    expect(Catalog.provider('OTC').id).toBe('otc');
    expect(Catalog.provider('opentelekomcloud').id).toBe('otc');
    expect(Catalog.provider('ovh').id).toBe('ovhcloud');
    expect(Catalog.provider('ionoscloud').id).toBe('ionos');
    expect(Catalog.provider('azurerm').id).toBe('azure');
    expect(Catalog.provider('google').id).toBe('gcp');
    expect(Catalog.provider('UpCloudLtd/upcloud').id).toBe('upcloud');
    expect(Catalog.providerForResourceType('hcloud_server')?.id).toBe('hetzner');
    expect(Catalog.providerForResourceType('random_id')).toBeUndefined();
  });

  test('an unknown provider is an error with the ids and the closest match', () => {
    expect(() => Catalog.provider('scaleay')).toThrow(
      /Cloud provider: got "scaleay". Allowed: otc, stackit, .*Did you mean "scaleway"\? Fix:/);
    expect(Catalog.tryProvider('nope')).toBeUndefined();
  });

  test('an unknown region is an error with the allowed codes and the closest match', () => {
    expect(() => Catalog.provider('scaleway').region('fr-pa')).toThrow(
      /Region of Scaleway: got "fr-pa". Allowed: .*fr-par.*Did you mean "fr-par".*Fix: use a location code that the scaleway\/scaleway Terraform provider accepts/);
    expect(Catalog.findRegion('scaleway', 'mars-1')).toBeUndefined();
    expect(Catalog.findRegion('nope', 'fr-par')).toBeUndefined();
  });

  test('s3Endpoint gives the endpoint, or explains where there is none', () => {
    expect(Catalog.provider('scaleway').s3Endpoint('fr-par')).toBe('https://s3.fr-par.scw.cloud');
    expect(() => Catalog.provider('upcloud').s3Endpoint('de-fra1')).toThrow(/S3 endpoint of UpCloud: got "de-fra1".*pass the endpoint of your object-storage service explicitly/);
  });

  test('an unknown capability name is an error', () => {
    expect(Catalog.provider('otc').capability('objectLock').supported).toBe(true);
    expect(() => Catalog.provider('otc').capability('objectLok')).toThrow(/Did you mean "objectLock"/);
  });
});

describe('control and capabilities', () => {
  test.each([
    ['otc', true],
    ['stackit', true],
    ['ovhcloud', true],
    ['scaleway', true],
    ['ionos', true],
    ['hetzner', true],
    ['upcloud', true],
    ['exoscale', false],
    ['aws', false],
    ['azure', false],
    ['gcp', false],
  ])('%s EU-controlled: %s', (id, expected) => {
    expect(byId(id).euControlled).toBe(expected);
  });

  test('Exoscale is not EU-controlled because it is headquartered in Switzerland', () => {
    expect(byId('exoscale').ownership.headquartersCountry).toBe('CH');
    expect(byId('exoscale').controlAssessment).toMatch(/not EU-controlled: headquarters in CH \(Switzerland\)/);
  });

  test('the hyperscalers have a US ultimate parent', () => {
    for (const id of ['aws', 'azure', 'gcp']) expect(byId(id).ownership.ultimateParentCountry).toBe('US');
  });

  test('every European provider says how Kubernetes volumes are encrypted', () => {
    const mechanisms = Object.fromEntries(Catalog.europeanProviders()
      .filter((p) => p.kubernetesStorage)
      .map((p) => [p.id, p.kubernetesStorage!.encryption.mechanism]));
    expect(mechanisms.scaleway).toBe(VolumeEncryptionMechanism.STORAGE_CLASS_WITH_SECRET);
    expect(mechanisms.hetzner).toBe(VolumeEncryptionMechanism.STORAGE_CLASS_WITH_SECRET);
    expect(mechanisms.otc).toBe(VolumeEncryptionMechanism.PVC_ANNOTATION);
    expect(mechanisms.upcloud).toBe(VolumeEncryptionMechanism.STORAGE_CLASS_PARAMETER);
    expect(mechanisms.stackit).toBe(VolumeEncryptionMechanism.STORAGE_CLASS_WITH_KMS);
    expect(byId('scaleway').kubernetesStorage!.encryption.secretKey).toBe('encryptionPassphrase');
    expect(byId('hetzner').kubernetesStorage!.encryption.secretKey).toBe('encryption-passphrase');
    expect(byId('otc').kubernetesStorage!.encryption.pvcAnnotation).toBe('everest.io/crypt-key-id');
  });

  test('bucket capabilities the storage constructs depend on', () => {
    expect(byId('scaleway').capabilities.bucketSseKms.supported).toBe(true);
    expect(byId('otc').capabilities.bucketSseKms.supported).toBe(true);
    expect(byId('ionos').capabilities.bucketSseKms.supported).toBe(false);
    expect(byId('exoscale').capabilities.bucketSseKms.supported).toBe(false);
    expect(byId('aws').capabilities.publicAccessBlock.supported).toBe(true);
  });
});

describe('IONOS resource types', () => {
  // https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/utils/constant/constants.go
  test('DBaaS types use the Terraform type names, not the doc file names', () => {
    const ionos = byId('ionos');
    for (const type of ['ionoscloud_pg_cluster', 'ionoscloud_mongo_cluster', 'ionoscloud_mariadb_cluster', 'ionoscloud_inmemorydb_replicaset']) {
      expect([type, ionos.resourceType(type)?.locationArguments?.[0]]).toEqual([type, 'location']);
    }
    const names = ionos.resourceTypes.map((t) => t.resourceType);
    expect(names.filter((n) => n.startsWith('ionoscloud_dbaas_'))).toEqual([]);
  });

  test('types whose availability_zone is a zone inside a data centre have no own location argument', () => {
    const ionos = byId('ionos');
    for (const type of ['ionoscloud_server', 'ionoscloud_vcpu_server', 'ionoscloud_cube_server', 'ionoscloud_gpu_server', 'ionoscloud_volume', 'ionoscloud_k8s_node_pool']) {
      expect([type, ionos.resourceType(type)?.locationArguments]).toEqual([type, []]);
    }
  });
});
