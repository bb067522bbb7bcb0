/*
 * The aws_s3_* bindings against their table (provider-docs.ts): every emitted argument is in the
 * hashicorp/aws 5.100.0 schema with the documented nesting. Where terraform and the mirror are
 * present, the table is compared with the real provider schema; without them that comparison
 * says loudly that it did not run.
 */
import { Retention } from '../../../lib/core/retention';
import { S3Credentials } from '../../../lib/storage/credentials';
import { EuBucket } from '../../../lib/storage/eu-bucket';
import { BucketEncryption, ObjectLock } from '../../../lib/storage/options';
import { EuStateBackend } from '../../../lib/storage/state-backend';
import { stackOf, synth } from '../../storage/fixtures';
import { findTerraform, TerraformDir } from '../../storage/terraform-harness';
import { DocumentedBlock, Json, Nesting, problems, providerProblems, resourceProblems, typesWithPrefix } from '../conformance';
import { AWS_DOCS } from './provider-docs';

/** Every aws_s3_* resource and every provider-block argument the constructs can emit. */
function everything(): Json {
  const { stack } = stackOf();
  new EuStateBackend(stack, { provider: 'scaleway', region: 'fr-par', bucketName: 'acme-state' });
  new EuBucket(stack, 'Scaleway', { provider: 'scaleway', region: 'fr-par', bucketName: 'acme-scw', holdsPersonalData: true, retention: Retention.days(30), encryptionKeyId: 'fr-par/00000000-0000-0000-0000-000000000001', objectLock: ObjectLock.governance(Retention.days(7)) });
  const logs = new EuBucket(stack, 'OvhLogs', { provider: 'ovhcloud', region: 'gra', bucketName: 'acme-ovh-logs', retention: Retention.days(90) });
  new EuBucket(stack, 'Ovh', { provider: 'ovhcloud', region: 'gra', bucketName: 'acme-ovh', holdsPersonalData: true, retention: Retention.days(60), objectLock: ObjectLock.compliance(Retention.days(30)), accessLogsBucket: logs });
  new EuBucket(stack, 'Ionos', { provider: 'ionos', region: 'eu-central-3', bucketName: 'acme-ionos', retention: Retention.years(1) });
  new EuBucket(stack, 'Hetzner', { provider: 'hetzner', region: 'fsn1', bucketName: 'acme-hetzner', encryption: BucketEncryption.CLIENT_SIDE, retention: Retention.days(45) });
  new EuBucket(stack, 'Exoscale', { provider: 'exoscale', region: 'de-fra-1', bucketName: 'acme-exo', credentials: S3Credentials.fromEnvironment() });
  new EuBucket(stack, 'Upcloud', { provider: 'upcloud', region: 'europe-1', endpoint: 'https://abc123.upcloudobjects.com', bucketName: 'acme-up', holdsPersonalData: true, retention: Retention.days(14) });
  return synth(stack);
}

describe('aws_s3_* bindings against hashicorp/aws 5.100.0', () => {
  const json = everything();

  test('the stacks emit every resource of the table', () => {
    expect(typesWithPrefix(json, 'aws_')).toEqual(Object.keys(AWS_DOCS.resources).sort());
  });

  test('every emitted argument is documented, every required one present, blocks as lists', () => {
    expect(resourceProblems(json, AWS_DOCS, (t) => t.startsWith('aws_'))).toEqual([]);
    expect(providerProblems(json, AWS_DOCS, 'aws')).toEqual([]);
  });

  test('the check can fail: an object where the schema has a block is reported', () => {
    const body = { bucket: 'b', versioning_configuration: { status: 'Enabled' } };
    expect(problems(body, AWS_DOCS.resources.aws_s3_bucket_versioning, 'v')).toEqual(['v.versioning_configuration: a block, rendered as an object (write a list)']);
  });
});

const availability = findTerraform();

if (!availability.ok) {
  test(`the aws table was NOT compared with the real provider schema: ${availability.reason}`, () => {
    console.warn(`\n*** SKIPPED aws schema comparison: ${availability.reason}.\n`);
    expect(process.env.CDKTF_SOVEREIGN_REQUIRE_TERRAFORM).toBeUndefined();
  });
} else {
  test('the table matches the hashicorp/aws 5.100.0 schema (terraform providers schema -json)', () => {
    const tf = new TerraformDir(availability.setup);
    try {
      tf.write(JSON.stringify({ terraform: { required_providers: { aws: { source: 'hashicorp/aws', version: '5.100.0' } } } }));
      tf.ok(['init', '-backend=false', '-input=false']);
      const schema = JSON.parse(tf.ok(['providers', 'schema', '-json'])) as Json;
      const aws = schema.provider_schemas['registry.terraform.io/hashicorp/aws'];
      const mismatches: string[] = [];
      const compare = (documented: DocumentedBlock, real: Json, where: string) => {
        const attributes = (real.attributes ?? {}) as Record<string, Json>;
        const blockTypes = (real.block_types ?? {}) as Record<string, Json>;
        for (const name of [...documented.required, ...documented.optional]) {
          if (attributes[name] === undefined && blockTypes[name] === undefined) mismatches.push(`${where}.${name}: not in the schema`);
          if (attributes[name]?.required === true && !documented.required.includes(name)) mismatches.push(`${where}.${name}: required in the schema`);
        }
        for (const [name, nested] of Object.entries(documented.blocks ?? {})) {
          const real = blockTypes[name];
          if (!real) {
            mismatches.push(`${where}.${name}: no block of that name`);
            continue;
          }
          if (nested.nesting !== Nesting.BLOCK) mismatches.push(`${where}.${name}: a block in the schema`);
          compare(nested, real.block, `${where}.${name}`);
        }
      };
      for (const [type, documented] of Object.entries(AWS_DOCS.resources)) compare(documented, aws.resource_schemas[type].block, type);
      compare(AWS_DOCS.provider!, aws.provider.block, 'provider');
      expect(mismatches).toEqual([]);
    } finally {
      tf.remove();
    }
  }, 600_000);
}
