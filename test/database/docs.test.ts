/* docs/databases.md states what the catalog records: each provider's sources for encryption, TLS, backups and network. */
import * as fs from 'fs';
import * as path from 'path';
import { DATABASES, NO_MANAGED_DATABASE } from '../../lib/catalog/databases';

const DOC = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'databases.md'), 'utf8');

test.each(Object.values(DATABASES))('$providerId: the table cites the catalog\'s sources', (offering) => {
  const sources = [offering.postgresql.versionsFact, offering.atRestFact, offering.backupFact, ...(offering.inTransitFact.verified ? [offering.inTransitFact] : [])]
    .map((f) => f.source.replace(/#.*$/, ''));
  expect(sources.filter((s) => !DOC.includes(s))).toEqual([]);
});

test('Hetzner\'s absence and what is not verified are stated', () => {
  expect(DOC).toContain(NO_MANAGED_DATABASE.hetzner.source);
  expect(DOC).toContain('### What is not verified');
  expect(DOC).toContain('No provider\'s API was called');
});
