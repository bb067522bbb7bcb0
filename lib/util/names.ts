/* Default resource names derived from construct paths (internal). */
import { createHash } from 'crypto';
import { IConstruct } from 'constructs';

/**
 * A default resource name from the construct path: lower-case letters, digits and hyphens,
 * starting with a letter, at most `max` characters (a short hash of the path keeps long
 * names unique); names shorter than 4 characters get `-<suffix>`.
 * @internal
 */
export function nameFromPath(scope: IConstruct, max: number, suffix: string): string {
  const path = scope.node.path.split('/').filter((p) => p.length > 0);
  let name = path.join('-').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/-+/g, '-').replace(/^[^a-z]+/, '').replace(/-+$/, '');
  if (name.length === 0) name = suffix;
  if (name.length <= max) return name.length < 4 ? `${name}-${suffix}` : name;
  const hash = createHash('sha256').update(scope.node.path).digest('hex').slice(0, 8);
  return `${name.slice(0, max - 9).replace(/-+$/, '')}-${hash}`;
}
