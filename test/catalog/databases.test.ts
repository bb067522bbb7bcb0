/* The managed-database facts EuDatabase reads: sourced, consistent with the provider catalog. */
import { Catalog } from '../../lib/catalog/catalog';
import { AtRest, DATABASES, DatabaseFact, IONOS_PG_BACKUP_LOCATIONS, NO_MANAGED_DATABASE } from '../../lib/catalog/databases';
import { LocationKind, ResourceCategory } from '../../lib/catalog/types';

const FACT_KEYS = ['networkFact', 'atRestFact', 'inTransitFact', 'backupFact', 'retentionFact', 'pitrFact', 'deletionProtectionFact', 'passwordFact'] as const;

describe.each(Object.values(DATABASES))('$providerId', (offering) => {
  const provider = Catalog.provider(offering.providerId);

  test('every fact has a statement and an https source', () => {
    const facts: DatabaseFact[] = [...FACT_KEYS.map((k) => offering[k]), offering.postgresql.versionsFact, ...(offering.mysql ? [offering.mysql.versionsFact] : [])];
    for (const fact of facts) {
      expect(fact.statement.length).toBeGreaterThan(10);
      expect(fact.source).toMatch(/^https:\/\//);
    }
  });

  test('its resource types are database types of the provider catalog', () => {
    for (const engine of [offering.postgresql, offering.mysql]) {
      if (!engine) continue;
      expect(provider.resourceType(engine.resourceType)?.category).toBe(ResourceCategory.DATABASE);
    }
  });

  test('listed locations exist in the catalog with the right kind; a retention range is ordered', () => {
    for (const code of offering.locations ?? []) expect(offering.locationKinds).toContain(provider.region(code).kind);
    const r = offering.retention;
    if (r.minDays !== undefined && r.maxDays !== undefined) expect(r.minDays).toBeLessThanOrEqual(r.maxDays);
    expect(r.configurable ? r.argument : 'n/a').toBeDefined();
  });

  test('a provider without a private network has no argument for one and relies on an allow list; NOT_DOCUMENTED encryption is stated as such', () => {
    if (!offering.privateNetwork) expect(offering.networkFact.statement).toMatch(/acl|ip_filter/);
    if (offering.atRest === AtRest.NOT_DOCUMENTED) expect(offering.atRestFact.statement).toMatch(/No encryption argument/);
  });
});

test('Hetzner has no managed database and the IONOS backup locations are object-storage regions of the catalog', () => {
  expect(Object.keys(NO_MANAGED_DATABASE)).toEqual(['hetzner']);
  expect(Catalog.provider('hetzner').resourceTypesOf(ResourceCategory.DATABASE)).toEqual([]);
  for (const code of IONOS_PG_BACKUP_LOCATIONS) expect(Catalog.provider('ionos').region(code).kind).toBe(LocationKind.OBJECT_STORAGE_REGION);
});
