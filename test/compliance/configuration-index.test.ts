/*
 * The configuration model's lookups by address (`find`) and the plain-reference parser the parent
 * links use: the index by type and name is made on the first lookup of a type, and must give the
 * same records as a full index would, for managed resources and data sources alike.
 */
import { ResourceMode, simpleReferenceParts, TerraformConfiguration } from '../../lib/compliance/model/configuration';

describe('find: records by address', () => {
  const c = new TerraformConfiguration('test', {
    resource: {
      hcloud_server: { a: { location: 'fsn1' }, b: { location: 'nbg1' } },
      hcloud_volume: { v: { server_id: '${hcloud_server.b.id}' } },
      hcloud_network: { off: { count: 0, ip_range: '10.0.0.0/16' } },
    },
    data: { hcloud_server: { a: { name: 'existing' } } },
  });

  test('finds each managed resource of a type by its name', () => {
    expect(c.find('hcloud_server.a')?.body).toEqual({ location: 'fsn1' });
    expect(c.find('hcloud_server.b')?.body).toEqual({ location: 'nbg1' });
    expect(c.find('hcloud_volume.v')?.name).toBe('v');
  });

  test('a data source of the same type and name is a different record', () => {
    const data = c.find('data.hcloud_server.a');
    expect(data?.mode).toBe(ResourceMode.DATA);
    expect(data?.body).toEqual({ name: 'existing' });
    expect(c.find('hcloud_server.a')?.mode).toBe(ResourceMode.MANAGED);
  });

  test('unknown types and names, and resources never created (count = 0), are not found', () => {
    expect(c.find('hcloud_server.c')).toBeUndefined();
    expect(c.find('hcloud_firewall.a')).toBeUndefined();
    expect(c.find('data.hcloud_volume.v')).toBeUndefined();
    expect(c.find('hcloud_network.off')).toBeUndefined();
  });

  test('parent links resolve through the same index', () => {
    c.link();
    expect(c.find('hcloud_volume.v')?.parentRecords.map((p) => p.address)).toEqual(['hcloud_server.b']);
  });
});

describe('simpleReferenceParts', () => {
  test.each([
    ['${hcloud_server.web.id}', { data: false, type: 'hcloud_server', name: 'web' }],
    ['${data.openstack_images_image_v2.debian.id}', { data: true, type: 'openstack_images_image_v2', name: 'debian' }],
    ['${kubernetes_namespace_v1.app.metadata[0].name}', { data: false, type: 'kubernetes_namespace_v1', name: 'app' }],
    ['${aws_s3_bucket.logs-eu.arn}', { data: false, type: 'aws_s3_bucket', name: 'logs-eu' }],
    ['${hcloud_server.web}', { data: false, type: 'hcloud_server', name: 'web' }],
  ])('%s is a plain reference', (text, parts) => {
    expect(simpleReferenceParts(text)).toEqual(parts);
  });

  test.each([
    ['${var.region}'], ['${local.zone}'], ['${module.net.id}'], ['${each.value}'], ['${count.index}'], ['${self.id}'],
    ['${upper(hcloud_server.web.name)}'], ['${hcloud_server.web.id}-x'], ['x-${hcloud_server.web.id}'],
    ['${hcloud_server.web.id == "" ? "a" : "b"}'], ['${data.x}'], ['${hcloud_server}'], ['${.a.b}'], ['hcloud_server.web.id'],
  ])('%s is not', (text) => {
    expect(simpleReferenceParts(text)).toBeUndefined();
  });
});
