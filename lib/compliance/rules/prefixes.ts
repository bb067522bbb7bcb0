import { Catalog } from '../../catalog/catalog';

/**
 * Resource-type patterns of every catalogued provider (`scaleway_*`, `hcloud_*`, `aws_*`, …)
 * plus Kubernetes — what rules that apply to "every resource of a known provider" list
 * in their metadata, so unknown providers' resources show up as not evaluated.
 * @internal
 */
export function catalogTypePatterns(): string[] {
  const prefixes = new Set<string>();
  for (const provider of Catalog.providers()) for (const p of provider.resourceTypePrefixes) prefixes.add(`${p}*`);
  prefixes.add('kubernetes_*');
  return [...prefixes].sort();
}
