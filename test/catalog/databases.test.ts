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
    expect((offering.locations ?? []).filter((code) => !offering.locationKinds.includes(provider.region(code).kind))).toEqual([]);
    const r = offering.retention;
    expect((r.minDays ?? 0) <= (r.maxDays ?? Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(r.configurable === (r.argument !== undefined)).toBe(true);
  });

  test('a provider without a private network relies on an allow list; NOT_DOCUMENTED encryption is stated as such', () => {
    expect(offering.privateNetwork || /acl|ip_filter/.test(offering.networkFact.statement)).toBe(true);
    expect(offering.atRest !== AtRest.NOT_DOCUMENTED || /No encryption argument/.test(offering.atRestFact.statement)).toBe(true);
  });
});

test('Hetzner has no managed database and the IONOS backup locations are object-storage regions of the catalog', () => {
  expect(Object.keys(NO_MANAGED_DATABASE)).toEqual(['hetzner']);
  expect(Catalog.provider('hetzner').resourceTypesOf(ResourceCategory.DATABASE)).toEqual([]);
  for (const code of IONOS_PG_BACKUP_LOCATIONS) expect(Catalog.provider('ionos').region(code).kind).toBe(LocationKind.OBJECT_STORAGE_REGION);
});
