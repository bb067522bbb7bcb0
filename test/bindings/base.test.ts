/*
 * The one way lib/bindings renders configuration: blocks(…) as JSON lists and HCL blocks,
 * nested attributes as JSON objects and HCL maps, lists of objects as list attributes,
 * undefined dropped at every depth, rendered when synthesized (not when constructed), and
 * required_providers declared by source only.
 */
import { Testing, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { blocks, blocksOrNone, BoundProvider, BoundResource, ProviderBinding, toJson } from '../../lib/bindings/base';
import { Json } from './conformance';

const EXAMPLE: ProviderBinding = { name: 'example', source: 'example-org/example', documentedVersion: '1.0.0', resourcesDeclareSource: true };

interface ThingConfig {
  readonly name: string;
  readonly rules: string[];
  readonly note?: string;
}

class Thing extends BoundResource<ThingConfig> {
  constructor(scope: Construct, id: string, render: () => ThingConfig) {
    super(scope, id, 'example_thing', EXAMPLE, render);
  }

  protected attributes(c: ThingConfig): Record<string, unknown> {
    return {
      name: c.name,
      note: c.note,
      rule: blocksOrNone(c.rules.map((port) => ({ port, description: undefined }))),
      settings: { mode: 'strict', nested: { level: 2, unset: undefined } },
      targets: [{ id: 'a' }, { id: 'b' }],
      empty: blocks({}),
    };
  }
}

class ExampleProvider extends BoundProvider {
  constructor(scope: Construct) {
    super(scope, 'example', { ...EXAMPLE, versionConstraint: '~> 1.0' }, 'eu');
  }

  protected attributes(): Record<string, unknown> {
    return { region: 'eu-1', endpoint: blocks({ url: 'https://api.example.eu' }) };
  }
}

function build(): { stack: TerraformStack; rules: string[] } {
  const stack = new TerraformStack(Testing.app(), 'bindings');
  const rules: string[] = [];
  new Thing(stack, 'Thing', () => ({ name: 'thing', rules }));
  return { stack, rules };
}

describe('BoundResource', () => {
  test('blocks are JSON lists, attributes objects, lists of objects stay lists; undefined is dropped everywhere', () => {
    const { stack, rules } = build();
    rules.push('22', '443');
    const body = (JSON.parse(Testing.synth(stack)) as Json).resource.example_thing.Thing;
    expect(body).toEqual(expect.objectContaining({
      name: 'thing',
      rule: [{ port: '22' }, { port: '443' }],
      settings: { mode: 'strict', nested: { level: 2 } },
      targets: [{ id: 'a' }, { id: 'b' }],
      empty: [{}],
    }));
    expect(body.note).toBeUndefined();
  });

  test('rendered at synth: a rule added after construction lands; no rules, no block', () => {
    const { stack, rules } = build();
    expect((JSON.parse(Testing.synth(stack)) as Json).resource.example_thing.Thing.rule).toBeUndefined();
    rules.push('5432');
    expect((JSON.parse(Testing.synth(stack)) as Json).resource.example_thing.Thing.rule).toEqual([{ port: '5432' }]);
  });

  test('HCL: a block per blocks() item, a map for a nested attribute, a list attribute for plain objects', () => {
    const { stack, rules } = build();
    rules.push('22');
    const hcl = Testing.synthHcl(stack);
    expect(hcl).toMatch(/rule \{\s*port = "22"\s*\}/);
    expect(hcl).toMatch(/settings = \{/);
    expect(hcl).toMatch(/targets = \[/);
    expect(hcl).not.toMatch(/targets \{/);
  });

  test('declares its source, without a version, in required_providers', () => {
    const { stack } = build();
    expect((JSON.parse(Testing.synth(stack)) as Json).terraform.required_providers.example).toEqual({ source: 'example-org/example' });
  });

  test('toJson leaves tokens and scalars alone', () => {
    expect(toJson({ a: '${var.x}', b: 0, c: false, d: null })).toEqual({ a: '${var.x}', b: 0, c: false, d: null });
  });
});

describe('BoundProvider', () => {
  test('writes its alias, arguments and version constraint', () => {
    const stack = new TerraformStack(Testing.app(), 'providers');
    new ExampleProvider(stack);
    const json = JSON.parse(Testing.synth(stack)) as Json;
    expect(json.provider.example).toEqual([{ alias: 'eu', region: 'eu-1', endpoint: [{ url: 'https://api.example.eu' }] }]);
    expect(json.terraform.required_providers.example).toEqual({ source: 'example-org/example', version: '~> 1.0' });
  });
});
