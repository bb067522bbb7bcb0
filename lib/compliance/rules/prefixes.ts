import { Catalog } from '../../catalog/catalog';

/**
 * Resource-type patterns (`<prefix>*`) of every catalogued provider and of the Kubernetes
 * platform — what rules that apply to "every
 * resource of a known provider" list in their metadata, so unknown providers' resources show
 * up as not evaluated.
 * @internal
 */
export function catalogTypePatterns(): string[] {
  const prefixes = new Set<string>();
  for (const provider of Catalog.providers()) for (const p of provider.resourceTypePrefixes) prefixes.add(`${p}*`);
  for (const p of Catalog.kubernetesPlatform().resourceTypePrefixes) prefixes.add(`${p}*`);
  return [...prefixes].sort();
}
