/*
 * How the configuration model reads values through the expression evaluator: what a rule
 * sees from `attribute()` / `values()`, what `literalValue` resolves, how dynamic blocks and
 * count / for_each are expanded, and which references the parsed expressions hold.
 */
import { referencesIn } from '../../lib/compliance/model/expressions';
import { ResourceRecord, TerraformConfiguration } from '../../lib/compliance/model/configuration';

function config(raw: Record<string, unknown>): TerraformConfiguration {
  return new TerraformConfiguration('test', raw);
}

function record(c: TerraformConfiguration, address: string): ResourceRecord {
  const r = c.find(address);
  if (!r) throw new Error(`no ${address}`);
  return r;
}

describe('attribute reads: known expressions read as values, links stay as written', () => {
  const c = config({
    variable: { zone: { default: 'fsn1' }, none: { default: null }, tags: { type: '${map(string)}', default: { env: 'prod', n: 1 } }, secret: {} },
    locals: { name: 'web-${var.zone}', labels: { team: 'data', zone: '${var.zone}' } },
    resource: {
      hcloud_server: {
        a: {
          name: '${local.name}', location: '${var.zone}', datacenter: '${var.none}', image: '$${not an interpolation}',
          labels: '${merge(local.labels, var.tags)}', user_data: '${var.secret}', firewall_ids: ['${hcloud_firewall.f.id}', '${upper("x")}'],
          placement_group_id: '${hcloud_placement_group.p.id}', server_type: '${hcloud_server.b.server_type}',
        },
        b: { name: 'b', server_type: 'cx22', location: 'nbg1' },
      },
    },
  });
  const a = record(c, 'hcloud_server.a');

  test('variables, locals and functions give values (variable types converted)', () => {
    expect(a.attribute('name')).toBe('web-fsn1');
    expect(a.attribute('location')).toBe('fsn1');
    expect(a.attribute('labels')).toEqual({ env: 'prod', n: '1', team: 'data', zone: 'fsn1' });
    expect(a.attribute('labels.team')).toBe('data');
  });

  test('null is not set; $${ is a literal ${', () => {
    expect(a.attribute('datacenter')).toBeNull();
    expect(a.attribute('image')).toBe('${not an interpolation}');
  });

  test('unknown values and references to other resources read as written', () => {
    expect(a.attribute('user_data')).toBe('${var.secret}');
    expect(a.attribute('placement_group_id')).toBe('${hcloud_placement_group.p.id}');
    expect(a.attribute('server_type')).toBe('${hcloud_server.b.server_type}');
    expect(a.values('firewall_ids')).toEqual(['${hcloud_firewall.f.id}', 'X']);
  });

  test('literalValue resolves what attribute() keeps as a link: an argument written in the other resource', () => {
    expect(c.literalValue(a.attribute('server_type'))).toBe('cx22');
    expect(c.literalValue(a.attribute('placement_group_id'))).toBeUndefined();
    expect(c.literalValue('${var.secret}')).toBeUndefined();
    expect(c.literalValue(['${var.zone}', 'x'])).toEqual(['fsn1', 'x']);
    expect(c.literalValue(['${var.zone}', '${var.secret}'])).toBeUndefined();
  });

  test('the body as written is unchanged', () => {
    expect(a.body.location).toBe('${var.zone}');
  });
});

describe('count and for_each', () => {
  test('count.index and each.* are evaluated per instance: one value when all instances agree', () => {
    const c = config({
      resource: {
        hcloud_server: {
          counted: { count: 2, name: 'web-${count.index}', location: '${count.index < 5 ? "fsn1" : "ash"}' },
          each: { for_each: { a: 'nbg1', b: 'hel1' }, name: '${each.key}', location: '${each.value}' },
        },
      },
    });
    expect(record(c, 'hcloud_server.counted').attribute('location')).toBe('fsn1');
    expect(record(c, 'hcloud_server.counted').attribute('name')).toBe('web-${count.index}');
    expect(record(c, 'hcloud_server.each').attribute('location')).toBe('${each.value}');
  });

  test('resources with count 0 or for_each over nothing are not created', () => {
    const c = config({
      variable: { enabled: { default: false }, names: { default: [] } },
      resource: {
        hcloud_server: {
          off: { count: '${var.enabled ? 1 : 0}' },
          none: { for_each: '${toset(var.names)}' },
          on: { count: '${length(["a"])}' },
        },
      },
    });
    expect(c.resources.map((r) => r.address)).toEqual(['hcloud_server.on']);
  });
});

describe('cycles and invalid expressions are unknown, never a crash', () => {
  test('locals that refer to each other, a count that depends on its own resource, invalid syntax', () => {
    const c = config({
      locals: { a: '${local.b}', b: '${local.a}', deep: `\${${'['.repeat(5000)}1${']'.repeat(5000)}}` },
      resource: {
        hcloud_server: {
          self: { count: '${length(hcloud_server.self)}', location: 'fsn1' },
          web: { location: '${local.a}', name: '${local.deep}', image: '${(}', server_type: '${upper(}' },
        },
      },
    });
    const web = record(c, 'hcloud_server.web');
    expect(web.attribute('location')).toBe('${local.a}');
    expect(c.literalValue('${local.deep}')).toBeUndefined();
    expect(web.attribute('image')).toBe('${(}');
    expect(c.resources.map((r) => r.address)).toEqual(['hcloud_server.self', 'hcloud_server.web']);
  });
});

describe('dynamic blocks', () => {
  test('content evaluated per element of a known collection; references in the elements kept as written', () => {
    const c = config({
      locals: { rules: [{ port: 22, cidr: '10.0.0.0/8', source: '${hcloud_firewall.admin.id}' }, { port: 443, cidr: '0.0.0.0/0', source: '${hcloud_firewall.admin.id}' }] },
      resource: {
        hcloud_firewall: {
          web: {
            name: 'web',
            dynamic: { rule: [{ for_each: '${local.rules}', iterator: '${r}', content: [{ port: '${tostring(r.value.port)}', source_ips: ['${r.value.cidr}'], label: 'rule-${r.key}', from: '${r.value.source}' }] }] },
          },
        },
      },
    });
    expect(record(c, 'hcloud_firewall.web').body.rule).toEqual([
      { port: '22', source_ips: ['10.0.0.0/8'], label: 'rule-0', from: '${hcloud_firewall.admin.id}' },
      { port: '443', source_ips: ['0.0.0.0/0'], label: 'rule-1', from: '${hcloud_firewall.admin.id}' },
    ]);
  });

  test('a for_each computed with a for expression', () => {
    const c = config({
      variable: { ports: { default: [22, 80, 443] } },
      resource: {
        hcloud_firewall: {
          web: { dynamic: { rule: { for_each: '${[for p in var.ports : p if p != 22]}', iterator: 'p', content: { port: '${p.value}' } } } },
        },
      },
    });
    expect(record(c, 'hcloud_firewall.web').body.rule).toEqual([{ port: 80 }, { port: 443 }]);
  });
});

describe('references from the parsed expression', () => {
  test('a reference inside functions, with its attribute path', () => {
    expect(referencesIn('${upper(aws_s3_bucket.b.tags["Name"])}')).toEqual([{ address: 'aws_s3_bucket.b', attribute: 'tags["Name"]', whole: false }]);
  });

  test('for variables, quoted text and function names are not references', () => {
    const refs = referencesIn('${[for s in aws_subnet.all : s.id if s.tags.x == "aws_vpc.v.id"]}');
    expect(refs.map((r) => r.address)).toEqual(['aws_subnet.all']);
  });

  test('splats and index expressions: the reference and the references in its index', () => {
    expect(referencesIn('${aws_instance.web[*].private_ip}')).toEqual([{ address: 'aws_instance.web', attribute: '[*].private_ip', whole: true }]);
    expect(referencesIn('${aws_instance.web[var.i].id}').map((r) => r.address)).toEqual(['aws_instance.web', 'var.i']);
  });

  test('references in template directives', () => {
    expect(referencesIn('%{ for ip in aws_instance.web[*].ip }${ip} %{ endfor }').map((r) => r.address)).toEqual(['aws_instance.web']);
  });

  test('data sources need three names; each, count, path, module are not addresses', () => {
    expect(referencesIn('${data.aws_region.current.name}')).toEqual([{ address: 'data.aws_region.current', attribute: 'name', whole: true }]);
    expect(referencesIn('${each.value.id}${count.index}${path.module}${module.m.out}')).toEqual([]);
  });

  test('text the parser refuses is still scanned for references', () => {
    expect(referencesIn('${aws_s3_bucket.b.id').map((r) => r.address)).toEqual([]);
    expect(referencesIn('${aws_s3_bucket.b.id +}').map((r) => r.address)).toEqual(['aws_s3_bucket.b']);
  });
});

test('references of an expression nested beyond the parser are still found', () => {
  const deep = `\${${'('.repeat(20000)}aws_s3_bucket.b.id${')'.repeat(20000)}}`;
  expect(referencesIn(deep).map((r) => r.address)).toEqual(['aws_s3_bucket.b']);
});
