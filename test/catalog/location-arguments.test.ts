/*
 * Location arguments and their shape (catalog `locationArguments` + `locationShapes`,
 * `CloudProvider.locationArgumentsOf()`): every shape the catalog records is consistent with the
 * argument paths the engine reads, and every parent reference is one the engine follows.
 */
import { Catalog } from '../../lib/catalog/catalog';
import { LocationArgumentShape } from '../../lib/catalog/facts/location';
import { LocationKind } from '../../lib/catalog/types';
import { Countries } from '../../lib/core/countries';
import { RuleId } from '../../lib/compliance/rules/ids';
import { findingsOf, tf } from '../compliance/helpers';

const TYPES = Catalog.providers().flatMap((p) => p.resourceTypes.map((t) => ({ provider: p, fact: t })));

describe('location-argument shapes', () => {
  test('every recorded shape is consistent with the argument paths', () => {
    const problems: string[] = [];
    for (const { provider, fact } of TYPES) {
      const paths = fact.locationArguments ?? [];
      const shapes = fact.locationShapes ?? [];
      for (const path of paths) {
        // An argument of a nested block must say so (and what it holds).
        if (path.includes('.') && !shapes.some((s) => s.path === path && s.shape === LocationArgumentShape.BLOCK)) problems.push(`${fact.resourceType}: ${path} is in a block but has no BLOCK shape`);
      }
      for (const s of shapes) {
        const where = `${fact.resourceType}: ${s.path}`;
        if (!/^https:\/\//.test(s.source)) problems.push(`${where}: source is not an https URL`);
        if (s.shape === LocationArgumentShape.PARENT) {
          if (paths.includes(s.path)) problems.push(`${where}: a parent reference is not a location argument`);
          if (!s.parentTypes?.length) problems.push(`${where}: a parent reference names no parent type`);
          for (const parent of s.parentTypes ?? []) if (!provider.resourceType(parent)) problems.push(`${where}: parent type ${parent} is not in the catalog`);
          continue;
        }
        if (!paths.includes(s.path)) problems.push(`${where}: shape of an argument that is not in locationArguments`);
        if ((s.shape === LocationArgumentShape.BLOCK) !== s.path.includes('.')) problems.push(`${where}: BLOCK exactly for dotted paths`);
        if (s.elementShape !== undefined && s.shape !== LocationArgumentShape.BLOCK) problems.push(`${where}: elementShape only on BLOCK`);
        if (s.elementShape !== undefined && ![LocationArgumentShape.STRING, LocationArgumentShape.LIST].includes(s.elementShape)) problems.push(`${where}: elementShape is STRING or LIST`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('locationArgumentsOf gives every location argument with its shape, then the parent references', () => {
    const ovh = Catalog.provider('ovhcloud');
    expect(ovh.locationArgumentsOf('ovh_cloud_project_database').map((a) => [a.path, a.shape, a.elementShape])).toEqual([
      ['nodes.region', LocationArgumentShape.BLOCK, undefined],
      ['backup_regions', LocationArgumentShape.LIST, undefined],
    ]);
    expect(ovh.locationArgumentsOf('ovh_cloud_project_network_private').map((a) => a.shape)).toEqual([LocationArgumentShape.LIST]);

    const stackit = Catalog.provider('stackit').locationArgumentsOf('stackit_ske_cluster');
    expect(stackit.map((a) => [a.path, a.shape, a.elementShape, a.kind])).toEqual([
      ['region', LocationArgumentShape.STRING, undefined, undefined],
      ['node_pools.availability_zones', LocationArgumentShape.BLOCK, LocationArgumentShape.LIST, LocationKind.ZONE],
    ]);
    expect(stackit[0].verified).toBe(true);
    // An argument without a recorded shape is read as a string, and says that it is not verified.
    expect(Catalog.provider('otc').locationArgumentsOf('opentelekomcloud_vpc_v1')[0]).toMatchObject({ path: 'region', shape: LocationArgumentShape.STRING, verified: false });

    const volume = Catalog.provider('ionos').locationArgumentsOf('ionoscloud_volume');
    expect(volume.map((a) => [a.path, a.shape, a.parentTypes])).toEqual([['datacenter_id', LocationArgumentShape.PARENT, ['ionoscloud_datacenter']]]);

    expect(Catalog.provider('hetzner').locationArgumentsOf('hcloud_no_such_type')).toEqual([]);
  });

  test('the engine locates a resource through every parent reference the catalog names', () => {
    const checked: string[] = [];
    for (const { provider, fact } of TYPES) {
      for (const s of (fact.locationShapes ?? []).filter((x) => x.shape === LocationArgumentShape.PARENT)) {
        for (const parentType of s.parentTypes!) {
          const parentArgument = provider.locationArgumentsOf(parentType)[0];
          expect([parentType, parentArgument?.shape]).toEqual([parentType, LocationArgumentShape.STRING]);
          // A parent outside the EU: the child is located through the parent, and the finding sits on the parent (its fix site), naming the child.
          const foreign = provider.regions.find((r) => !Countries.isEea(r.country));
          expect([provider.id, foreign]).not.toEqual([provider.id, undefined]);
          const config = tf({
            resource: {
              [parentType]: { p: { name: 'p', [parentArgument.path]: foreign!.code } },
              [fact.resourceType]: { c: { name: 'c', [s.path]: `\${${parentType}.p.id}` } },
            },
          });
          const findings = findingsOf(config, RuleId.LOCATION);
          expect([fact.resourceType, findings.filter((f) => f.address === `${fact.resourceType}.c`)]).toEqual([fact.resourceType, []]);
          const onParent = findings.find((f) => f.address === `${parentType}.p`);
          expect([fact.resourceType, onParent?.message]).toEqual([fact.resourceType, expect.stringContaining(`Also affects: ${fact.resourceType}.c`)]);
          checked.push(fact.resourceType);
        }
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(6);
  });

  test('every location argument of the European providers and OpenStack has a verified shape, but those their docs do not list as arguments', () => {
    // Read from each type's documentation page at the tagged release (and, where the page states no type, the provider's schema).
    const undocumented = new Set([
      ...['cce_cluster_v3', 'cce_node_v3', 's3_bucket', 'vpc_v1', 'networking_network_v2', 'vpc_subnet_v1', 'networking_subnet_v2', 'networking_secgroup_v2',
        'networking_secgroup_rule_v2', 'compute_secgroup_v2', 'fw_firewall_group_v2', 'fw_policy_v2', 'fw_rule_v2', 'blockstorage_volume_v2', 'compute_instance_v2']
        .map((t) => `opentelekomcloud_${t}.region`),
      'scaleway_object_bucket_policy.region', 'scaleway_object_bucket_lock_configuration.region', 'scaleway_object_bucket_website_configuration.region',
      'ovh_cloud_project_kube.region', 'exoscale_kms_key.zone',
    ]);
    const unverified: string[] = [];
    for (const id of ['hetzner', 'scaleway', 'ovhcloud', 'stackit', 'otc', 'ionos', 'exoscale', 'upcloud', 'openstack']) {
      const provider = Catalog.provider(id);
      for (const t of provider.resourceTypes) {
        for (const a of provider.locationArgumentsOf(t.resourceType)) {
          expect(a.source).toMatch(/^https:\/\//);
          if (!a.verified) unverified.push(`${t.resourceType}.${a.path}`);
        }
      }
    }
    expect(unverified.sort()).toEqual([...undocumented].sort());
  });
});

