import * as fs from 'fs';
import * as path from 'path';
import { ComplianceEngine, NamedConfiguration } from '../../../lib/compliance/engine';
import { isPlanOrState, planToConfiguration, UNKNOWN_VALUE } from '../../../lib/compliance/input';
import { TerraformConfiguration } from '../../../lib/compliance/model/configuration';
import { Jurisdiction } from '../../../lib/core/jurisdiction';
import { SovereigntyPolicy } from '../../../lib/core/policy';

/**
 * A real `terraform show -json` of a saved plan (format_version 1.2, Terraform 1.11.4,
 * hashicorp/aws 5.100.0), made with `terraform plan -refresh=false` against a configuration of:
 * - the default `aws` provider on Scaleway's S3 endpoint (fr-par) and an `aws.ovh` alias on OVHcloud's (gra);
 * - `aws_s3_bucket.data` (bucket name from a variable, tagged personal) with versioning, SSE,
 *   a public-read ACL and a bucket policy from `data.aws_iam_policy_document.public_read`;
 * - `aws_s3_bucket.exports` (count = 2) with versioning per bucket (`exports[count.index].id`)
 *   and public access blocks (for_each over a map, `exports[each.value].id`);
 * - `module.logs` (providers = { aws = aws.ovh }): an object-locked bucket and its lifecycle.
 */
/** Terraform JSON as the engine takes it (untyped JSON). */
type Json = NamedConfiguration['configuration'];

const PLAN = path.resolve(__dirname, '..', '..', 'fixtures', 'plan', 's3-scaleway-ovh.plan.json');
const plan = JSON.parse(fs.readFileSync(PLAN, 'utf8'));
const config = planToConfiguration(plan) as Json;

function linked(configuration: Record<string, unknown>): TerraformConfiguration {
  const c = new TerraformConfiguration('plan', configuration);
  c.link();
  return c;
}

function parentsOf(c: TerraformConfiguration, address: string): string[] {
  return (c.find(address)?.parentRecords ?? []).map((p) => p.address);
}

describe('a real plan', () => {
  test('is recognized as plan JSON (format_version 1.2)', () => {
    expect(plan.format_version).toBe('1.2');
    expect(isPlanOrState(plan)).toBe(true);
    expect(isPlanOrState({ resource: {} })).toBe(false);
  });

  test('every planned resource, with module path and instance key kept in the name and the full address in metadata', () => {
    expect(Object.keys(config.resource.aws_s3_bucket).sort()).toEqual(['data', 'exports__0', 'exports__1', 'module_logs__this']);
    expect(Object.keys(config.resource.aws_s3_bucket_public_access_block).sort()).toEqual(['exports__first', 'exports__second']);
    expect(config.resource.aws_s3_bucket.module_logs__this['//'].metadata.address).toBe('module.logs.aws_s3_bucket.this');
    expect(config.resource.aws_s3_bucket.exports__1['//'].metadata.address).toBe('aws_s3_bucket.exports[1]');
    expect(config.resource.aws_s3_bucket_public_access_block.exports__first['//'].metadata.address).toBe('aws_s3_bucket_public_access_block.exports["first"]');
  });

  test('values come from planned_values (variables already applied)', () => {
    expect(config.resource.aws_s3_bucket.data.bucket).toBe('acme-customer-data-main');
    expect(config.resource.aws_s3_bucket.data.tags).toEqual({ 'data-classification': 'personal' });
    expect(config.resource.aws_s3_bucket.module_logs__this.object_lock_enabled).toBe(true);
    expect(config.resource.aws_s3_bucket_server_side_encryption_configuration.data.rule).toEqual([
      { apply_server_side_encryption_by_default: [{ sse_algorithm: 'AES256' }] },
    ]);
  });

  test('attributes only the provider computes (arn, region, empty defaults) are left out, as in the source', () => {
    const bucket = config.resource.aws_s3_bucket.data;
    for (const computed of ['arn', 'id', 'region', 'acl', 'policy', 'server_side_encryption_configuration']) expect(bucket).not.toHaveProperty(computed);
    // kms_master_key_id is "" in the plan: not set.
    expect(config.resource.aws_s3_bucket_server_side_encryption_configuration.data.rule[0].apply_server_side_encryption_by_default[0]).not.toHaveProperty('kms_master_key_id');
  });

  test('provider configuration from provider_config, with the alias each resource uses', () => {
    expect(config.terraform.required_providers).toEqual({ aws: { source: 'registry.terraform.io/hashicorp/aws' } });
    const [main, ovh] = config.provider.aws;
    expect(main).toMatchObject({ region: 'fr-par', endpoints: [{ s3: 'https://s3.fr-par.scw.cloud' }], s3_use_path_style: true });
    expect(main).not.toHaveProperty('alias');
    expect(ovh).toMatchObject({ alias: 'ovh', region: 'gra', endpoints: [{ s3: 'https://s3.gra.io.cloud.ovh.net' }] });
    expect(config.resource.aws_s3_bucket.module_logs__this.provider).toBe('aws.ovh');
    expect(config.resource.aws_s3_bucket_lifecycle_configuration.module_logs__this.provider).toBe('aws.ovh');
    expect(config.resource.aws_s3_bucket.data).not.toHaveProperty('provider');
  });

  test('unknown values that reference a resource become that reference, so the engine links them', () => {
    expect(config.resource.aws_s3_bucket_acl.data.bucket).toBe('${aws_s3_bucket.data.id}');
    expect(config.resource.aws_s3_bucket_versioning.data.bucket).toBe('${aws_s3_bucket.data.id}');
    expect(config.resource.aws_s3_bucket_lifecycle_configuration.module_logs__this.bucket).toBe('${aws_s3_bucket.module_logs__this.id}');
    const c = linked(config);
    expect(parentsOf(c, 'aws_s3_bucket_server_side_encryption_configuration.data')).toEqual(['aws_s3_bucket.data']);
    expect(parentsOf(c, 'aws_s3_bucket_lifecycle_configuration.module_logs__this')).toEqual(['module.logs.aws_s3_bucket.this']);
  });

  test('`exports[count.index]` links each instance to the bucket with the same index', () => {
    expect(config.resource.aws_s3_bucket_versioning.exports__0.bucket).toBe('${aws_s3_bucket.exports__0}');
    const c = linked(config);
    expect(parentsOf(c, 'aws_s3_bucket_versioning.exports__1')).toEqual(['aws_s3_bucket.exports[1]']);
  });

  test('a reference Terraform cannot resolve before apply (`exports[each.value]`) stays unknown', () => {
    expect(config.resource.aws_s3_bucket_public_access_block.exports__first.bucket).toBe(UNKNOWN_VALUE);
    expect(UNKNOWN_VALUE).toBe('${unknown}');
  });

  test('data sources read during planning come from prior_state; known values stay literal', () => {
    const doc = config.data.aws_iam_policy_document.public_read;
    expect(JSON.parse(doc.json).Statement[0].Principal).toBe('*');
    expect(JSON.parse(config.resource.aws_s3_bucket_policy.data.policy).Statement[0].Principal).toBe('*');
  });

  test('the engine locates resources through the converted providers and endpoints', () => {
    const engine = new ComplianceEngine({ policy: new SovereigntyPolicy({ jurisdiction: Jurisdiction.parse('DE') }), asOf: '2026-11-28' });
    const report = engine.check(config, 'plan');
    const location = report.findings.filter((f) => f.ruleId === 'SOV-LOCATION');
    expect(location.map((f) => f.address)).toEqual(expect.arrayContaining(['aws_s3_bucket.data', 'module.logs.aws_s3_bucket.this']));
    expect(location.find((f) => f.address === 'aws_s3_bucket.data')!.message).toContain('fr-par');
    expect(location.find((f) => f.address === 'module.logs.aws_s3_bucket.this')!.message).toContain('gra');
    const eu = new ComplianceEngine({ asOf: '2026-11-28' }).check(config, 'plan');
    expect(eu.findings.filter((f) => f.ruleId === 'SOV-LOCATION' || f.ruleId === 'SOV-LOCATION-UNKNOWN')).toEqual([]);
  });
});

// ------------------------------------------------------------------ hand-made plans for the edge cases

interface R {
  readonly address: string;
  readonly type: string;
  readonly name: string;
  readonly values: Record<string, unknown>;
  readonly index?: number | string;
  readonly mode?: string;
}

function resource(r: R) {
  return { mode: r.mode ?? 'managed', provider_name: 'registry.terraform.io/hashicorp/aws', schema_version: 0, ...r };
}

function change(address: string, after: unknown, afterUnknown: unknown, actions = ['create']) {
  return { address, change: { actions, before: null, after, after_unknown: afterUnknown } };
}

test('a provider declared inside a module gets an alias keeping the module path', () => {
  const out = planToConfiguration({
    format_version: '1.2',
    planned_values: { root_module: { child_modules: [{ address: 'module.eu', resources: [resource({ address: 'module.eu.aws_s3_bucket.b', type: 'aws_s3_bucket', name: 'b', values: { bucket: 'b' } })] }] } },
    configuration: {
      provider_config: {
        'module.eu:aws': { name: 'aws', full_name: 'registry.terraform.io/hashicorp/aws', module_address: 'module.eu', expressions: { region: { constant_value: 'eu-west-3' } } },
      },
      root_module: { module_calls: { eu: { source: './eu', module: { resources: [{ address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', provider_config_key: 'module.eu:aws', expressions: { bucket: { constant_value: 'b' } } }] } } } },
    },
  }) as Json;
  expect(out.provider.aws).toEqual([{ alias: 'module_eu', region: 'eu-west-3' }]);
  expect(out.resource.aws_s3_bucket.module_eu__b.provider).toBe('aws.module_eu');
});

test('provider arguments from root variables take the variable values of the plan', () => {
  const out = planToConfiguration({
    format_version: '1.2',
    variables: { region: { value: 'eu-central-1' } },
    planned_values: { root_module: { resources: [] } },
    configuration: {
      provider_config: { aws: { name: 'aws', full_name: 'registry.terraform.io/hashicorp/aws', expressions: { region: { references: ['var.region'] }, profile: { references: ['local.profile'] } } } },
      root_module: {},
    },
  }) as Json;
  expect(out.provider.aws).toEqual([{ region: 'eu-central-1', profile: UNKNOWN_VALUE }]);
});

test('references through module outputs and module variables resolve to the resource', () => {
  const out = planToConfiguration({
    format_version: '1.2',
    planned_values: {
      root_module: {
        resources: [
          resource({ address: 'aws_s3_bucket.root', type: 'aws_s3_bucket', name: 'root', values: { bucket: 'root' } }),
          resource({ address: 'aws_s3_bucket_versioning.v', type: 'aws_s3_bucket_versioning', name: 'v', values: {} }),
        ],
        child_modules: [
          { address: 'module.store', resources: [resource({ address: 'module.store.aws_s3_bucket.this', type: 'aws_s3_bucket', name: 'this', values: { bucket: 'store' } })] },
          { address: 'module.logs', resources: [resource({ address: 'module.logs.aws_s3_bucket_logging.this', type: 'aws_s3_bucket_logging', name: 'this', values: { target_prefix: 'x/' } })] },
        ],
      },
    },
    resource_changes: [
      change('aws_s3_bucket_versioning.v', {}, { bucket: true, id: true }),
      change('module.logs.aws_s3_bucket_logging.this', { target_prefix: 'x/' }, { bucket: true, target_bucket: true }),
    ],
    configuration: {
      provider_config: { aws: { name: 'aws', full_name: 'registry.terraform.io/hashicorp/aws' } },
      root_module: {
        resources: [
          { address: 'aws_s3_bucket_versioning.v', mode: 'managed', type: 'aws_s3_bucket_versioning', name: 'v', provider_config_key: 'aws', expressions: { bucket: { references: ['module.store.bucket_id', 'module.store'] } } },
        ],
        module_calls: {
          store: { source: './store', module: { outputs: { bucket_id: { expression: { references: ['aws_s3_bucket.this.id', 'aws_s3_bucket.this'] } } }, resources: [] } },
          logs: {
            source: './logs',
            expressions: { bucket: { references: ['aws_s3_bucket.root.id', 'aws_s3_bucket.root'] }, target: { references: ['module.store.bucket_id', 'module.store'] } },
            module: {
              resources: [
                { address: 'aws_s3_bucket_logging.this', mode: 'managed', type: 'aws_s3_bucket_logging', name: 'this', provider_config_key: 'aws', expressions: { bucket: { references: ['var.bucket'] }, target_bucket: { references: ['var.target'] }, target_prefix: { constant_value: 'x/' } } },
              ],
            },
          },
        },
      },
    },
  }) as Json;
  expect(out.resource.aws_s3_bucket_versioning.v.bucket).toBe('${aws_s3_bucket.module_store__this.id}');
  expect(out.resource.aws_s3_bucket_logging.module_logs__this.bucket).toBe('${aws_s3_bucket.root.id}');
  expect(out.resource.aws_s3_bucket_logging.module_logs__this.target_bucket).toBe('${aws_s3_bucket.module_store__this.id}');
  const c = linked(out);
  expect(parentsOf(c, 'aws_s3_bucket_versioning.v')).toEqual(['module.store.aws_s3_bucket.this']);
});

test('a known identifier equal to the referenced resource\'s attribute becomes the reference; other values stay literal', () => {
  const out = planToConfiguration({
    format_version: '1.2',
    planned_values: {
      root_module: {
        resources: [
          resource({ address: 'aws_s3_bucket.b', type: 'aws_s3_bucket', name: 'b', values: { bucket: 'existing', id: 'existing' } }),
          resource({ address: 'aws_s3_bucket_versioning.v', type: 'aws_s3_bucket_versioning', name: 'v', values: { bucket: 'existing' } }),
          resource({ address: 'aws_s3_bucket.logs', type: 'aws_s3_bucket', name: 'logs', values: { bucket: 'existing-logs' } }),
        ],
      },
    },
    configuration: {
      root_module: {
        resources: [
          { address: 'aws_s3_bucket_versioning.v', mode: 'managed', type: 'aws_s3_bucket_versioning', name: 'v', provider_config_key: 'aws', expressions: { bucket: { references: ['aws_s3_bucket.b.id', 'aws_s3_bucket.b'] } } },
          { address: 'aws_s3_bucket.logs', mode: 'managed', type: 'aws_s3_bucket', name: 'logs', provider_config_key: 'aws', expressions: { bucket: { references: ['aws_s3_bucket.b.id', 'aws_s3_bucket.b'] } } },
        ],
      },
    },
  }) as Json;
  expect(out.resource.aws_s3_bucket_versioning.v.bucket).toBe('${aws_s3_bucket.b.id}');
  expect(out.resource.aws_s3_bucket.logs.bucket).toBe('existing-logs');
  // The engine still reads the value through the reference.
  expect(linked(out).literalValue(out.resource.aws_s3_bucket_versioning.v.bucket)).toBe('existing');
});

test('resources in module instances (count / for_each on the module) keep the instance key and link within it', () => {
  const out = planToConfiguration({
    format_version: '1.2',
    planned_values: {
      root_module: {
        child_modules: ['0', '1'].map((i) => ({
          address: `module.site[${i}]`,
          resources: [
            resource({ address: `module.site[${i}].aws_s3_bucket.b`, type: 'aws_s3_bucket', name: 'b', values: { bucket: `site-${i}` } }),
            resource({ address: `module.site[${i}].aws_s3_bucket_versioning.v`, type: 'aws_s3_bucket_versioning', name: 'v', values: {} }),
          ],
        })),
      },
    },
    resource_changes: ['0', '1'].map((i) => change(`module.site[${i}].aws_s3_bucket_versioning.v`, {}, { bucket: true })),
    configuration: {
      root_module: {
        module_calls: {
          site: {
            count_expression: { constant_value: 2 },
            module: { resources: [{ address: 'aws_s3_bucket_versioning.v', mode: 'managed', type: 'aws_s3_bucket_versioning', name: 'v', provider_config_key: 'aws', expressions: { bucket: { references: ['aws_s3_bucket.b.id', 'aws_s3_bucket.b'] } } }] },
          },
        },
      },
    },
  }) as Json;
  expect(Object.keys(out.resource.aws_s3_bucket).sort()).toEqual(['module_site_0__b', 'module_site_1__b']);
  expect(out.resource.aws_s3_bucket_versioning.module_site_1__v.bucket).toBe('${aws_s3_bucket.module_site_1__b.id}');
});

test('a plan without planned_values is read from resource_changes; deleted resources are left out', () => {
  const out = planToConfiguration({
    format_version: '1.2',
    resource_changes: [
      { ...resource({ address: 'aws_s3_bucket.new', type: 'aws_s3_bucket', name: 'new', values: {} }), change: { actions: ['create'], after: { bucket: 'new' }, after_unknown: { arn: true } } },
      { ...resource({ address: 'aws_s3_bucket.old', type: 'aws_s3_bucket', name: 'old', values: {} }), change: { actions: ['delete'], before: { bucket: 'old' }, after: null } },
    ],
  }) as Json;
  expect(out.resource.aws_s3_bucket).toEqual({ new: { bucket: 'new', '//': { metadata: { address: 'aws_s3_bucket.new' } } } });
  expect(out.terraform.required_providers.aws.source).toBe('registry.terraform.io/hashicorp/aws');
});

test('a state (terraform show -json without a plan) is read from values', () => {
  const state = { format_version: '1.0', values: { root_module: { resources: [resource({ address: 'aws_s3_bucket.b', type: 'aws_s3_bucket', name: 'b', values: { bucket: 'b', arn: 'arn:aws:s3:::b' } })] } } };
  expect(isPlanOrState(state)).toBe(true);
  const out = planToConfiguration(state) as Json;
  expect(out.resource.aws_s3_bucket.b).toMatchObject({ bucket: 'b', arn: 'arn:aws:s3:::b' });
});

test('unknown values inside nested blocks: written in the configuration → unknown, computed → left out', () => {
  const out = planToConfiguration({
    format_version: '1.2',
    planned_values: { root_module: { resources: [resource({ address: 'aws_s3_bucket_server_side_encryption_configuration.e', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'e', values: { rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms' }] }] } })] } },
    resource_changes: [change('aws_s3_bucket_server_side_encryption_configuration.e', {}, { rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: true }], bucket_key_enabled: true }] })],
    configuration: {
      root_module: {
        resources: [{
          address: 'aws_s3_bucket_server_side_encryption_configuration.e', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'e', provider_config_key: 'aws',
          expressions: { rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: { constant_value: 'aws:kms' }, kms_master_key_id: { references: ['var.key'] } }] }] },
        }],
      },
    },
  }) as Json;
  expect(out.resource.aws_s3_bucket_server_side_encryption_configuration.e.rule).toEqual([
    { apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms', kms_master_key_id: UNKNOWN_VALUE }] },
  ]);
});
