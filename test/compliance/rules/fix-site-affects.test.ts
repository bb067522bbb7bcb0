import { ResourceView } from '../../../lib/compliance/model/view';
import { alsoAffects } from '../../../lib/compliance/rules/fix-site';

/** The text as a full sort gives it (the definition `alsoAffects` keeps without sorting everything). */
function bySorting(addresses: string[], max: number): string {
  if (addresses.length === 0) return '';
  const more = addresses.length > max ? ` and ${addresses.length - max} more` : '';
  return ` Also affects: ${[...addresses].sort().slice(0, max).join(', ')}${more} (their location is decided here).`;
}

const views = (addresses: string[]) => addresses.map((address) => ({ address })) as unknown as ResourceView[];

describe('alsoAffects', () => {
  test('names the first dependants in sorted order and counts the rest', () => {
    const text = alsoAffects(views(['b.x', 'a.z', 'c.y', 'a.y', 'b.a', 'd.d', 'a.a', 'e.e']), 3);
    expect(text).toBe(' Also affects: a.a, a.y, a.z and 5 more (their location is decided here).');
  });

  test('is empty without dependants', () => {
    expect(alsoAffects([], 6)).toBe('');
  });

  test('agrees with a full sort on random lists, duplicates included, and when asked twice', () => {
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647);
    for (let t = 0; t < 500; t++) {
      const addresses = Array.from({ length: next() % 40 }, () => `t${next() % 15}.r${next() % 5}`);
      const max = 1 + (next() % 8);
      const dependants = views(addresses);
      expect(alsoAffects(dependants, max)).toBe(bySorting(addresses, max));
      expect(alsoAffects(dependants, max)).toBe(bySorting(addresses, max));
    }
  });
});
