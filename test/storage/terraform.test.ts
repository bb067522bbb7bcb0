/*
 * Real Terraform: the S3-compatible buckets of every European provider, and the state
 * backend, through terraform 1.11 and the hashicorp/aws 5.100.0 provider from a local
 * filesystem mirror — offline (plan without refresh, dummy credentials, a dead proxy).
 *
 * Without terraform or the mirror these tests do not run: one test says why, loudly, and
 * fails when CDKTF_SOVEREIGN_REQUIRE_TERRAFORM is set (CI).
 */
import { Retention } from '../../lib/core/retention';
import { S3Credentials } from '../../lib/storage/credentials';
import { EuBucket } from '../../lib/storage/eu-bucket';
import { BucketEncryption, ObjectLock } from '../../lib/storage/options';
import { EuStateBackend } from '../../lib/storage/state-backend';
import { Json, resourceOf, stackOf, synth } from './fixtures';
import { dummyVariables, findTerraform, TerraformDir } from './terraform-harness';

const availability = findTerraform();
const SLOW = 600_000;

/** The bucket of every European provider, with the features each supports. */
function buildStack(): Json {
  const { stack } = stackOf();
  new EuBucket(stack, 'Scaleway', { provider: 'scaleway', region: 'fr-par', bucketName: 'acme-scw', holdsPersonalData: true, retention: Retention.days(30), encryptionKeyId: 'fr-par/00000000-0000-0000-0000-000000000001', objectLock: ObjectLock.governance(Retention.days(7)) });
  const ovhLogs = new EuBucket(stack, 'OvhLogs', { provider: 'ovhcloud', region: 'gra', bucketName: 'acme-ovh-logs', retention: Retention.days(90) });
  new EuBucket(stack, 'Ovh', { provider: 'ovhcloud', region: 'gra', bucketName: 'acme-ovh', holdsPersonalData: true, retention: Retention.days(60), objectLock: ObjectLock.compliance(Retention.days(30)), accessLogsBucket: ovhLogs });
  new EuBucket(stack, 'Ionos', { provider: 'ionos', region: 'eu-central-3', bucketName: 'acme-ionos', retention: Retention.years(1) });
  new EuBucket(stack, 'Stackit', { provider: 'stackit', region: 'eu01', bucketName: 'acme-stackit', objectLock: ObjectLock.compliance(Retention.days(30)) });
  new EuBucket(stack, 'Hetzner', { provider: 'hetzner', region: 'fsn1', bucketName: 'acme-hetzner', encryption: BucketEncryption.CLIENT_SIDE, retention: Retention.days(45) });
  new EuBucket(stack, 'Exoscale', { provider: 'exoscale', region: 'de-fra-1', bucketName: 'acme-exo', credentials: S3Credentials.fromEnvironment() });
  new EuBucket(stack, 'Upcloud', { provider: 'upcloud', region: 'europe-1', endpoint: 'https://abc123.upcloudobjects.com', bucketName: 'acme-up', holdsPersonalData: true, retention: Retention.days(14) });
  new EuBucket(stack, 'Otc', { provider: 'otc', region: 'eu-de', bucketName: 'acme-otc', holdsPersonalData: true, retention: Retention.days(30), objectLock: ObjectLock.compliance(Retention.days(30)) });
  return synth(stack);
}

if (!availability.ok) {
  test(`real Terraform verification did NOT run: ${availability.reason}`, () => {
    console.warn(`\n*** SKIPPED real-Terraform storage tests: ${availability.reason}.\n*** Install terraform and a hashicorp/aws 5.100.0 filesystem mirror (CDKTF_SOVEREIGN_TF_MIRROR) to run them.\n`);
    expect(process.env.CDKTF_SOVEREIGN_REQUIRE_TERRAFORM).toBeUndefined();
  });
} else {
  const setup = availability.setup;

  describe(`EuBucket on every European provider, checked by terraform ${setup.version}`, () => {
    const config = buildStack();
    let tf: TerraformDir;
    let plan: Json;

    beforeAll(() => {
      tf = new TerraformDir(setup, dummyVariables(config));
      tf.write(JSON.stringify(config));
      tf.ok(['init', '-backend=false', '-input=false']);
      tf.ok(['validate']);
      tf.ok(['plan', '-refresh=false', '-input=false', '-lock=false', '-out=plan.out']);
      plan = JSON.parse(tf.ok(['show', '-json', 'plan.out'])) as Json;
    }, SLOW);

    afterAll(() => tf?.remove());

    /** Planned values of the child of `type` that belongs to the bucket construct `id`. */
    function planned(type: string, id: string): Json {
      const name = resourceOf(config, type, id).name;
      const found = (plan.planned_values.root_module.resources as Json[]).find((r) => r.address === `${type}.${name}`);
      if (!found) throw new Error(`${type}.${name} not in the plan`);
      return found.values;
    }

    /** The S3 endpoint of the provider configuration the bucket resource of `id` uses. */
    function endpointOf(id: string): string {
      const name = resourceOf(config, 'aws_s3_bucket', id).name;
      const resource = (plan.configuration.root_module.resources as Json[]).find((r) => r.address === `aws_s3_bucket.${name}`)!;
      return plan.configuration.provider_config[resource.provider_config_key].expressions.endpoints[0].s3.constant_value;
    }

    test('the plan creates every resource and nothing else', () => {
      const changes = (plan.resource_changes as Json[]).map((c) => c.change.actions.join(','));
      expect(new Set(changes)).toEqual(new Set(['create']));
      const synthesized = Object.values(config.resource as Record<string, Json>).reduce((n, byName) => n + Object.keys(byName).length, 0);
      expect(changes).toHaveLength(synthesized);
      expect(plan.errored).toBe(false);
    });

    test.each([
      ['Scaleway', 'https://s3.fr-par.scw.cloud'],
      ['Ovh', 'https://s3.gra.io.cloud.ovh.net'],
      ['Ionos', 'https://s3.eu-central-3.ionoscloud.com'],
      ['Stackit', 'https://object.storage.eu01.onstackit.cloud'],
      ['Hetzner', 'https://fsn1.your-objectstorage.com'],
      ['Exoscale', 'https://sos-de-fra-1.exo.io'],
      ['Upcloud', 'https://abc123.upcloudobjects.com'],
      ['Otc', 'https://obs.eu-de.otc.t-systems.com'],
    ])('%s: the bucket is planned against %s', (id, endpoint) => {
      expect(endpointOf(id)).toBe(endpoint);
      const bucket = planned('aws_s3_bucket', id);
      expect(bucket.force_destroy).toBe(false);
    });

    test('server-side encryption: AES256, SSE-KMS with the customer key, the OBS default key', () => {
      expect(planned('aws_s3_bucket_server_side_encryption_configuration', 'Ovh_Encryption').rule[0].apply_server_side_encryption_by_default)
        .toEqual([{ sse_algorithm: 'AES256', kms_master_key_id: '' }]);
      expect(planned('aws_s3_bucket_server_side_encryption_configuration', 'Ionos_Encryption').rule[0].apply_server_side_encryption_by_default[0].sse_algorithm).toBe('AES256');
      expect(planned('aws_s3_bucket_server_side_encryption_configuration', 'Exoscale_Encryption').rule[0].apply_server_side_encryption_by_default[0].sse_algorithm).toBe('AES256');
      expect(planned('aws_s3_bucket_server_side_encryption_configuration', 'Scaleway_Encryption').rule[0].apply_server_side_encryption_by_default)
        .toEqual([{ sse_algorithm: 'aws:kms', kms_master_key_id: 'fr-par/00000000-0000-0000-0000-000000000001' }]);
      expect(planned('aws_s3_bucket_server_side_encryption_configuration', 'Otc_Encryption').rule[0].apply_server_side_encryption_by_default)
        .toEqual([{ sse_algorithm: 'aws:kms', kms_master_key_id: '' }]);
    });

    test.each(['Scaleway', 'Ovh', 'OvhLogs', 'Ionos', 'Stackit', 'Hetzner', 'Exoscale', 'Upcloud', 'Otc'])('%s: versioning Enabled', (id) => {
      expect(planned('aws_s3_bucket_versioning', `${id}_Versioning`).versioning_configuration[0].status).toBe('Enabled');
    });

    test.each([
      ['Scaleway', 30, 7], ['Ovh', 60, 7], ['OvhLogs', 90, 7], ['Ionos', 365, 7], ['Hetzner', 45, 7], ['Upcloud', 14, 7], ['Otc', 30, 7],
    ])('%s: lifecycle expires current versions after %i days, noncurrent after %i', (id, days, noncurrent) => {
      const rule = planned('aws_s3_bucket_lifecycle_configuration', `${id}_Lifecycle`).rule;
      expect(rule).toHaveLength(1);
      expect(rule[0].status).toBe('Enabled');
      expect(rule[0].expiration[0].days).toBe(days);
      expect(rule[0].noncurrent_version_expiration[0].noncurrent_days).toBe(noncurrent);
      expect(rule[0].filter[0].prefix).toBe('');
    });

    test.each([
      ['Scaleway', 'GOVERNANCE', 7], ['Ovh', 'COMPLIANCE', 30], ['Stackit', 'COMPLIANCE', 30], ['Otc', 'COMPLIANCE', 30],
    ])('%s: object lock %s for %i days, on a bucket created with object lock', (id, mode, days) => {
      expect(planned('aws_s3_bucket', id).object_lock_enabled).toBe(true);
      const lock = planned('aws_s3_bucket_object_lock_configuration', `${id}_ObjectLock`);
      expect(lock.object_lock_enabled).toBe('Enabled');
      expect(lock.rule[0].default_retention).toEqual([{ mode, days, years: null }]);
    });

    test('tags carry the data classification (none on Hetzner, which has no bucket tagging)', () => {
      expect(planned('aws_s3_bucket', 'Scaleway').tags).toEqual({ 'data-classification': 'personal', 'jurisdiction': 'EU' });
      expect(planned('aws_s3_bucket', 'Ionos').tags).toEqual({ 'data-classification': 'confidential', 'jurisdiction': 'EU' });
      expect(planned('aws_s3_bucket', 'Hetzner').tags).toBeNull();
    });

    test('IONOS: the public access block with all four settings', () => {
      expect(planned('aws_s3_bucket_public_access_block', 'Ionos_PublicAccessBlock')).toEqual(expect.objectContaining({
        block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true,
      }));
    });

    test('OVHcloud: access logs go to the log bucket under the bucket-name prefix', () => {
      expect(planned('aws_s3_bucket_logging', 'Ovh_AccessLogging')).toEqual(expect.objectContaining({ target_bucket: 'acme-ovh-logs', target_prefix: 'acme-ovh/' }));
    });

    test('credentials are variables (sensitive) or the environment, never literals', () => {
      const providers = plan.configuration.provider_config as Record<string, Json>;
      expect(providers['aws.exoscale_de_fra_1'].expressions.access_key).toBeUndefined();
      expect(providers['aws.scaleway_fr_par'].expressions.access_key.references).toEqual(['var.scaleway_fr_par_s3_access_key']);
      const upcloud = Object.keys(providers).filter((k) => k.startsWith('aws.upcloud_europe_1_'));
      expect(upcloud).toHaveLength(1);
      expect(providers[upcloud[0]].expressions.s3_use_path_style.constant_value).toBe(true);
      expect((plan.variables as Record<string, Json>).scaleway_fr_par_s3_secret_key).toBeDefined();
      expect(JSON.stringify(plan.configuration)).not.toContain('dummy-');
    });
  });

  describe(`EuStateBackend, checked by terraform ${setup.version}`, () => {
    function backendDir(): { tf: TerraformDir; config: Json } {
      const { stack } = stackOf(undefined, 'network');
      new EuStateBackend(stack, { provider: 'ovhcloud', region: 'gra', bucketName: 'acme-tfstate' });
      new EuBucket(stack, 'Bucket', { provider: 'ovhcloud', region: 'gra', bucketName: 'acme-app', credentials: S3Credentials.fromEnvironment() });
      const config = synth(stack);
      // A dead proxy: whatever terraform tries to reach fails at once, on this machine.
      const tf = new TerraformDir(setup, { HTTPS_PROXY: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9', NO_PROXY: '' });
      tf.write(JSON.stringify(config));
      return { tf, config };
    }

    test('terraform init -backend=false and validate accept the configuration', () => {
      const { tf, config } = backendDir();
      try {
        expect(config.terraform.backend.s3.use_lockfile).toBe(true);
        tf.ok(['init', '-backend=false', '-input=false']);
        expect(tf.ok(['validate'])).toContain('Success! The configuration is valid.');
      } finally {
        tf.remove();
      }
    }, SLOW);

    test('terraform init with the backend decodes every argument and reaches for the OVHcloud endpoint', () => {
      const { tf } = backendDir();
      try {
        const r = tf.run(['init', '-input=false', '-backend-config=max_retries=0']);
        const out = `${r.stderr}\n${r.stdout}`;
        // Configuration errors (unknown or invalid backend arguments) would stop before any request.
        expect(out).not.toMatch(/Unsupported argument|Extraneous JSON object property|Invalid .* value/);
        expect(out).toContain('Initializing the backend...');
        expect(out).toContain('https://acme-tfstate.s3.gra.io.cloud.ovh.net/?list-type=2');
        expect(out).toMatch(/proxyconnect tcp: dial tcp 127\.0\.0\.1:9/);
        expect(r.status).not.toBe(0);
      } finally {
        tf.remove();
      }
    }, SLOW);
  });
}
