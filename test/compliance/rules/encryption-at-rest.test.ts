import { Catalog, FindingLevel, SovereigntyPolicy } from '../../../lib';
import { encryptionAtRestRule, encryptionAtRestSources } from '../../../lib/compliance/rules/encryption-at-rest';
import { RuleId } from '../../../lib/compliance/rules/ids';
import { findingsOf, flagged, run, s3Provider, tf } from '../helpers';

const R = RuleId.ENCRYPTION_AT_REST;
const CMK = { policy: new SovereigntyPolicy({ requireCustomerManagedKeys: true }) };

function messages(config: Record<string, unknown>, address: string, options = {}): string {
  return findingsOf(config, R, options).filter((f) => f.address === address).map((f) => f.message).join('\n');
}

describe('metadata', () => {
  test('lists exactly the evaluated types, each with an https documentation source', () => {
    const sources = encryptionAtRestSources();
    expect(encryptionAtRestRule.metadata.resourceTypes).toEqual(Object.keys(sources).sort());
    expect(encryptionAtRestRule.metadata.resourceTypes).not.toContain('*');
    for (const url of Object.values(sources)) expect(url).toMatch(/^https:\/\//);
  });

  test('resources the rule does not know are not evaluated by it', () => {
    const config = tf({ resource: { hcloud_server: { s: { name: 's', server_type: 'cx22', image: 'debian-12', location: 'fsn1' } } } });
    expect(run(config, R).notEvaluatedTypes.map((n) => n.resourceType)).toEqual(['hcloud_server']);
  });
});

describe('S3-compatible buckets through the aws provider', () => {
  const bucketWithSse = (endpoint: string, region: string, algorithm = 'AES256') => tf({
    provider: { aws: s3Provider(endpoint, region) },
    resource: {
      aws_s3_bucket: { enc: { bucket: 'enc' }, plain: { bucket: 'plain' } },
      aws_s3_bucket_server_side_encryption_configuration: {
        enc: { bucket: '${aws_s3_bucket.enc.id}', rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: algorithm }] }] },
      },
    },
  });

  test.each([
    ['Scaleway', 'https://s3.fr-par.scw.cloud', 'fr-par'],
    ['IONOS', 'https://s3.eu-central-3.ionoscloud.com', 'eu-central-3'],
    ['OVHcloud', 'https://s3.gra.io.cloud.ovh.net', 'gra'],
  ])('%s: a bucket without an SSE configuration is flagged, one with it passes', (_name, endpoint, region) => {
    const config = bucketWithSse(endpoint, region);
    expect(flagged(config, R)).toEqual(['aws_s3_bucket.plain']);
    expect(messages(config, 'aws_s3_bucket.plain')).toMatch(/no server-side encryption configuration, although .* supports it: objects are stored without default encryption \(.+\)/);
  });

  test('the verdict says when the "not encrypted by default" fact is unverified (IONOS) and not when it is (Scaleway)', () => {
    const ionos = findingsOf(bucketWithSse('https://s3.eu-central-3.ionoscloud.com', 'eu-central-3'), R);
    // Resting on an unverified fact, the verdict is a warning that names the fact and where to verify it.
    expect(ionos.map((f) => [f.address, f.dependsOnUnverifiedFact, f.level])).toEqual([['aws_s3_bucket.plain', true, FindingLevel.WARNING]]);
    expect(ionos[0].message).toMatch(/not documented.*\(rests on an unverified catalog fact: IONOS Cloud does not encrypt buckets by default; verify it at https:\/\/github\.com\/ionos-cloud\/[^ ]+\)$/);
    const scw = findingsOf(bucketWithSse('https://s3.fr-par.scw.cloud', 'fr-par'), R);
    expect(scw.map((f) => [f.address, f.dependsOnUnverifiedFact, f.level])).toEqual([['aws_s3_bucket.plain', false, FindingLevel.ERROR]]);
    expect(scw[0].message).toMatch(/SSE-ONE encrypts only objects uploaded after it is enabled/);
  });

  test('Open Telekom Cloud OBS through the S3 API: flagged without SSE, and told to use aws:kms', () => {
    const config = bucketWithSse('https://obs.eu-de.otc.t-systems.com', 'eu-de', 'aws:kms');
    expect(flagged(config, R)).toEqual(['aws_s3_bucket.plain']);
    expect(findingsOf(config, R)[0].remediation).toMatch(/aws:kms/);
  });

  test.each([
    ['STACKIT', 'https://object.storage.eu01.onstackit.cloud', 'eu01'],
    ['Exoscale', 'https://sos-de-fra-1.exo.io', 'de-fra-1'],
    ['UpCloud', 'https://abc123.upcloudobjects.com', 'europe-1'],
    ['AWS itself (SSE-S3 on every bucket since 2023)', 'https://s3.eu-central-1.amazonaws.com', 'eu-central-1'],
  ])('%s encrypts every bucket by default: no SSE configuration is needed', (_name, endpoint, region) => {
    expect(flagged(bucketWithSse(endpoint, region), R)).toEqual([]);
  });

  test('buckets encrypted by default still need a customer key where the policy asks and the provider offers SSE-KMS', () => {
    const aws = bucketWithSse('https://s3.eu-central-1.amazonaws.com', 'eu-central-1');
    expect(flagged(aws, R, CMK)).toEqual(['aws_s3_bucket.plain', 'aws_s3_bucket_server_side_encryption_configuration.enc']);
    expect(messages(aws, 'aws_s3_bucket.plain', CMK)).toMatch(/relies on Amazon Web Services \(AWS\)'s default encryption with provider-managed keys/);
    // Exoscale SOS offers no SSE-KMS: its default encryption is the best there is.
    expect(flagged(bucketWithSse('https://sos-de-fra-1.exo.io', 'de-fra-1'), R, CMK)).toEqual([]);
  });

  test('every catalog provider with object storage records whether buckets are encrypted by default, with an https source', () => {
    for (const provider of Catalog.providers()) {
      const fact = provider.capabilities.bucketEncryptedByDefault;
      expect([provider.id, typeof fact?.supported]).toEqual([provider.id, 'boolean']);
      expect(fact!.source).toMatch(/^https:\/\//);
    }
  });

  test('Hetzner object storage supports only SSE-C: every bucket is flagged, and an SSE configuration cannot help', () => {
    const config = bucketWithSse('https://fsn1.your-objectstorage.com', 'fsn1');
    expect(flagged(config, R)).toEqual(['aws_s3_bucket.plain', 'aws_s3_bucket_server_side_encryption_configuration.enc']);
    expect(messages(config, 'aws_s3_bucket.plain')).toMatch(/Hetzner.*cannot encrypt buckets server-side by default/);
  });

  test('an endpoint of no catalogued provider cannot be assumed to encrypt', () => {
    const config = bucketWithSse('https://minio.example.org', 'us-east-1');
    expect(flagged(config, R)).toEqual(['aws_s3_bucket.plain']);
    expect(messages(config, 'aws_s3_bucket.plain')).toMatch(/belongs to no provider in the catalog/);
  });

  test('an SSE configuration that names the bucket literally (not by reference) counts', () => {
    const config = tf({
      provider: { aws: s3Provider('https://s3.nl-ams.scw.cloud', 'nl-ams') },
      resource: {
        aws_s3_bucket: { b: { bucket: 'literal-name' } },
        aws_s3_bucket_server_side_encryption_configuration: { b: { bucket: 'literal-name', rule: { apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } } } },
      },
    });
    expect(flagged(config, R)).toEqual([]);
  });

  test('the deprecated inline server_side_encryption_configuration block counts (HCL list spelling)', () => {
    const config = tf({
      provider: { aws: { region: 'eu-central-1' } },
      resource: { aws_s3_bucket: { b: { bucket: 'x', server_side_encryption_configuration: [{ rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms' }] }] }] } } },
    });
    expect(flagged(config, R)).toEqual([]);
    expect(flagged(config, R, CMK)).toEqual(['aws_s3_bucket.b']);
    expect(messages(config, 'aws_s3_bucket.b', CMK)).toMatch(/kms_master_key_id.*not set/);
  });

  test('an sse_algorithm from an expression cannot be verified; a variable default can', () => {
    const config = tf({
      provider: { aws: s3Provider('https://s3.fr-par.scw.cloud', 'fr-par') },
      variable: { alg: { type: 'string', default: 'AES256' } },
      resource: {
        aws_s3_bucket: { a: { bucket: 'a' }, b: { bucket: 'b' } },
        aws_s3_bucket_server_side_encryption_configuration: {
          a: { bucket: '${aws_s3_bucket.a.id}', rule: { apply_server_side_encryption_by_default: { sse_algorithm: '${var.alg}' } } },
          b: { bucket: '${aws_s3_bucket.b.id}', rule: { apply_server_side_encryption_by_default: { sse_algorithm: '${local.alg}' } } },
        },
      },
    });
    expect(flagged(config, R)).toEqual(['aws_s3_bucket_server_side_encryption_configuration.b']);
    expect(messages(config, 'aws_s3_bucket_server_side_encryption_configuration.b')).toMatch(/not known before apply/);
  });

  test('customer-managed keys: AES256 is flagged where the provider offers SSE-KMS, not where it does not', () => {
    const scw = bucketWithSse('https://s3.fr-par.scw.cloud', 'fr-par');
    expect(flagged(scw, R, CMK)).toEqual(['aws_s3_bucket.plain', 'aws_s3_bucket_server_side_encryption_configuration.enc']);
    expect(messages(scw, 'aws_s3_bucket_server_side_encryption_configuration.enc', CMK)).toMatch(/customer-managed keys.*"AES256".*Scaleway offers SSE-KMS/);
    const ionos = bucketWithSse('https://s3.eu-central-3.ionoscloud.com', 'eu-central-3');
    expect(flagged(ionos, R, CMK)).toEqual(['aws_s3_bucket.plain']);
  });

  test('aws:kms on a provider without SSE-KMS is flagged as a configuration that will fail', () => {
    const config = bucketWithSse('https://s3.eu-central-3.ionoscloud.com', 'eu-central-3', 'aws:kms');
    expect(flagged(config, R)).toEqual(['aws_s3_bucket.plain', 'aws_s3_bucket_server_side_encryption_configuration.enc']);
    expect(messages(config, 'aws_s3_bucket_server_side_encryption_configuration.enc')).toMatch(/does not support SSE-KMS/);
  });
});

describe('provider-native buckets', () => {
  test('Open Telekom Cloud: obs_bucket needs server_side_encryption with kms; the legacy s3_bucket cannot', () => {
    const config = tf({
      resource: {
        opentelekomcloud_obs_bucket: {
          enc: { bucket: 'a', server_side_encryption: [{ algorithm: 'kms', kms_key_id: '${opentelekomcloud_kms_key_v1.k.id}' }] },
          plain: { bucket: 'b' },
          nokey: { bucket: 'c', server_side_encryption: { algorithm: 'kms' } },
        },
        opentelekomcloud_s3_bucket: { legacy: { bucket: 'd' } },
      },
    });
    expect(flagged(config, R)).toEqual(['opentelekomcloud_obs_bucket.nokey', 'opentelekomcloud_obs_bucket.plain', 'opentelekomcloud_s3_bucket.legacy']);
    expect(messages(config, 'opentelekomcloud_obs_bucket.nokey')).toMatch(/kms_key_id` is not set/);
  });

  test('Scaleway: object_bucket with its SSE resource passes; kms with a key passes the CMK policy', () => {
    const config = tf({
      resource: {
        scaleway_object_bucket: { enc: { name: 'enc' }, plain: { name: 'plain' } },
        scaleway_object_bucket_server_side_encryption_configuration: {
          enc: { bucket: '${scaleway_object_bucket.enc.name}', rule: { apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms', kms_master_key_id: '${scaleway_key_manager_key.k.id}' } } },
        },
      },
    });
    expect(flagged(config, R)).toEqual(['scaleway_object_bucket.plain']);
    expect(flagged(config, R, CMK)).toEqual(['scaleway_object_bucket.plain']);
  });

  test('IONOS: contract-owned bucket with SSE passes; a legacy user-owned bucket cannot be encrypted', () => {
    const config = tf({
      resource: {
        ionoscloud_s3_bucket: { enc: { name: 'enc' }, plain: { name: 'plain' } },
        ionoscloud_s3_bucket_server_side_encryption_configuration: { enc: { bucket: '${ionoscloud_s3_bucket.enc.name}', rule: { apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } } } },
        ionoscloud_user_object_storage_bucket: { old: { name: 'old', region: 'de' } },
      },
    });
    expect(flagged(config, R)).toEqual(['ionoscloud_s3_bucket.plain', 'ionoscloud_user_object_storage_bucket.old']);
  });

  test('OVHcloud: encryption.sse_algorithm must be AES256 ("plaintext" and absent are flagged)', () => {
    const config = tf({
      resource: {
        ovh_cloud_project_storage: {
          enc: { region_name: 'GRA', name: 'a', encryption: { sse_algorithm: 'AES256' } },
          plain: { region_name: 'GRA', name: 'b', encryption: { sse_algorithm: 'plaintext' } },
          none: { region_name: 'GRA', name: 'c' },
        },
      },
    });
    expect(flagged(config, R)).toEqual(['ovh_cloud_project_storage.none', 'ovh_cloud_project_storage.plain']);
    expect(messages(config, 'ovh_cloud_project_storage.plain')).toMatch(/"plaintext"/);
  });

  test('STACKIT and UpCloud buckets are encrypted by the platform', () => {
    const config = tf({
      resource: {
        stackit_objectstorage_bucket: { b: { project_id: 'p', name: 'b' } },
        upcloud_managed_object_storage: { s: { name: 's', region: 'europe-1', configured_status: 'started' } },
        upcloud_managed_object_storage_bucket: { b: { service_uuid: '${upcloud_managed_object_storage.s.id}', name: 'b' } },
      },
    });
    expect(flagged(config, R)).toEqual([]);
    expect(flagged(config, R, CMK)).toEqual([]);
    expect(run(config, R).notEvaluatedTypes).toEqual([]);
  });

  test('hyperscalers encrypt storage by default; the CMK policy asks for their customer keys', () => {
    const config = tf({
      resource: {
        azurerm_storage_account: { plain: { name: 'a', location: 'westeurope' }, cmk: { name: 'b', location: 'westeurope' } },
        azurerm_storage_account_customer_managed_key: { k: { storage_account_id: '${azurerm_storage_account.cmk.id}', key_vault_key_id: '${azurerm_key_vault_key.k.id}' } },
        google_storage_bucket: { plain: { name: 'c', location: 'EU' }, cmk: { name: 'd', location: 'EU', encryption: [{ default_kms_key_name: '${google_kms_crypto_key.k.id}' }] } },
      },
    });
    expect(flagged(config, R)).toEqual([]);
    expect(flagged(config, R, CMK)).toEqual(['azurerm_storage_account.plain', 'google_storage_bucket.plain']);
  });
});

describe('block volumes and file storage', () => {
  test('Hetzner: hcloud_volume has no encryption at all', () => {
    const config = tf({ resource: { hcloud_volume: { v: { name: 'v', size: 10, location: 'fsn1' } } } });
    expect(flagged(config, R)).toEqual(['hcloud_volume.v']);
    const f = findingsOf(config, R)[0];
    expect(f.message).toMatch(/no encryption argument/);
    expect(f.remediation).toMatch(/LUKS/);
  });

  test('UpCloud: storage, file storage and server templates need encrypt = true', () => {
    const config = tf({
      variable: { enc: { type: 'bool' } },
      resource: {
        upcloud_storage: { enc: { size: 10, tier: 'maxiops', title: 'a', zone: 'fi-hel1', encrypt: true }, plain: { size: 10, tier: 'maxiops', title: 'b', zone: 'fi-hel1' }, unknown: { size: 10, title: 'c', zone: 'fi-hel1', encrypt: '${var.enc}' } },
        upcloud_file_storage: { off: { name: 'f', size: 250, zone: 'fi-hel1', encrypt: false } },
        upcloud_server: { s: { hostname: 'h', zone: 'fi-hel1', plan: '1xCPU-1GB', template: [{ storage: 'Ubuntu Server 24.04 LTS (Noble Numbat)', encrypt: true }] }, t: { hostname: 'h', zone: 'fi-hel1', template: [{ storage: 'x' }] } },
      },
    });
    expect(flagged(config, R)).toEqual(['upcloud_file_storage.off', 'upcloud_server.t', 'upcloud_storage.plain', 'upcloud_storage.unknown']);
    expect(messages(config, 'upcloud_storage.unknown')).toMatch(/\$\{var\.enc\}.*not known before apply/);
  });

  test('Open Telekom Cloud: EVS kms_id, legacy volume metadata, ECS disks', () => {
    const config = tf({
      resource: {
        opentelekomcloud_evs_volume_v3: { enc: { size: 10, availability_zone: 'eu-de-01', volume_type: 'SSD', kms_id: '${var.kms}' }, plain: { size: 10, availability_zone: 'eu-de-01', volume_type: 'SSD' } },
        opentelekomcloud_blockstorage_volume_v2: { enc: { size: 1, metadata: { __system__encrypted: '1', __system__cmkid: 'k' } }, plain: { size: 1 } },
        opentelekomcloud_ecs_instance_v1: { s: { name: 's', system_disk_kms_id: 'k', data_disks: [{ size: 10, type: 'SSD', kms_id: 'k' }, { size: 10, type: 'SSD' }] } },
      },
    });
    expect(flagged(config, R)).toEqual(['opentelekomcloud_blockstorage_volume_v2.plain', 'opentelekomcloud_ecs_instance_v1.s', 'opentelekomcloud_evs_volume_v3.plain']);
    expect(messages(config, 'opentelekomcloud_ecs_instance_v1.s')).toMatch(/data disk #2/);
  });

  test('OVHcloud: -luks types or encryption.encrypted; customer keys through encryption.kms', () => {
    const config = tf({
      resource: {
        ovh_cloud_project_volume: {
          luks: { region_name: 'GRA9', size: 10, type: 'high-speed-gen2-luks' },
          enc: { region_name: 'EU-WEST-PAR', size: 10, type: 'classic', encryption: { encrypted: true, kms: { domain_id: 'd', service_key_id: 's' } } },
          plain: { region_name: 'GRA9', size: 10, type: 'high-speed' },
        },
        ovh_cloud_storage_block_volume: { enc: { region: 'GRA9', size: 10, encryption: { enabled: true } }, plain: { region: 'GRA9', size: 10 } },
      },
    });
    expect(flagged(config, R)).toEqual(['ovh_cloud_project_volume.plain', 'ovh_cloud_storage_block_volume.plain']);
    expect(flagged(config, R, CMK)).toEqual(['ovh_cloud_project_volume.luks', 'ovh_cloud_project_volume.plain', 'ovh_cloud_storage_block_volume.plain']);
  });

  test('STACKIT: volumes need encryption_parameters (STACKIT KMS)', () => {
    const config = tf({
      resource: {
        stackit_volume: {
          enc: { project_id: 'p', availability_zone: 'eu01-1', size: 10, encryption_parameters: { kek_key_id: '${stackit_kms_key.k.key_id}', kek_key_version: 1, kek_keyring_id: 'r', service_account: 'sa' } },
          plain: { project_id: 'p', availability_zone: 'eu01-1', size: 10 },
        },
      },
    });
    expect(flagged(config, R)).toEqual(['stackit_volume.plain']);
  });

  test('Exoscale and IONOS encrypt volumes on the platform; Scaleway documents no volume encryption', () => {
    const config = tf({
      resource: {
        exoscale_block_storage_volume: { v: { name: 'v', zone: 'de-fra-1', size: 10 } },
        ionoscloud_volume: { v: { datacenter_id: '${ionoscloud_datacenter.d.id}', name: 'v', size: 10, disk_type: 'SSD Standard' } },
        scaleway_block_volume: { v: { iops: 5000, size_in_gb: 20 } },
      },
    });
    expect(flagged(config, R)).toEqual(['scaleway_block_volume.v']);
    expect(findingsOf(config, R)[0].dependsOnUnverifiedFact).toBe(true);
  });

  test('AWS EBS: encrypted, or EBS encryption by default in the configuration; kms_key_id for CMK', () => {
    const plain = tf({ resource: { aws_ebs_volume: { v: { availability_zone: 'eu-central-1a', size: 10 } }, aws_instance: { i: { ami: 'x', instance_type: 't3.micro' } } } });
    expect(flagged(plain, R)).toEqual(['aws_ebs_volume.v', 'aws_instance.i']);
    const defaulted = tf({ resource: { aws_ebs_encryption_by_default: { d: {} }, aws_ebs_volume: { v: { availability_zone: 'eu-central-1a', size: 10 } }, aws_instance: { i: { ami: 'x', instance_type: 't3.micro' } } } });
    expect(flagged(defaulted, R)).toEqual([]);
    const explicit = tf({ resource: { aws_ebs_volume: { v: { availability_zone: 'eu-central-1a', size: 10, encrypted: true } } } });
    expect(flagged(explicit, R)).toEqual([]);
    expect(messages(explicit, 'aws_ebs_volume.v', CMK)).toMatch(/kms_key_id/);
  });
});

describe('node disks and control planes', () => {
  test('Open Telekom Cloud CCE: master disk encryption and node pool kms_id on root and data volumes', () => {
    const config = tf({
      resource: {
        opentelekomcloud_cce_cluster_v3: { enc: { name: 'a', enable_volume_encryption: true }, plain: { name: 'b' } },
        opentelekomcloud_cce_node_pool_v3: {
          enc: { cluster_id: '${opentelekomcloud_cce_cluster_v3.enc.id}', root_volume: [{ size: 40, volumetype: 'SSD', kms_id: 'k' }], data_volumes: [{ size: 100, volumetype: 'SSD', kms_id: 'k' }] },
          plain: { cluster_id: '${opentelekomcloud_cce_cluster_v3.enc.id}', root_volume: [{ size: 40, volumetype: 'SSD' }], data_volumes: [{ size: 100, volumetype: 'SSD' }] },
        },
      },
    });
    expect(flagged(config, R)).toEqual(['opentelekomcloud_cce_cluster_v3.plain', 'opentelekomcloud_cce_node_pool_v3.plain']);
    expect(findingsOf(config, R).filter((f) => f.address === 'opentelekomcloud_cce_node_pool_v3.plain')).toHaveLength(2);
    expect(messages(config, 'opentelekomcloud_cce_node_pool_v3.plain')).toMatch(/OS_KMS_ID/);
  });

  test('UpCloud: storage_encryption on the cluster is the node groups\' default; groups may override', () => {
    const config = tf({
      resource: {
        upcloud_kubernetes_cluster: {
          enc: { name: 'a', zone: 'de-fra1', network: 'n', control_plane_ip_filter: ['10.0.0.0/8'], storage_encryption: 'data-at-rest' },
          plain: { name: 'b', zone: 'de-fra1', network: 'n', control_plane_ip_filter: ['10.0.0.0/8'] },
        },
        upcloud_kubernetes_node_group: {
          inherits: { cluster: '${upcloud_kubernetes_cluster.enc.id}', name: 'g1', node_count: 1, plan: 'DEV-1xCPU-2GB' },
          optout: { cluster: '${upcloud_kubernetes_cluster.enc.id}', name: 'g2', node_count: 1, plan: 'DEV-1xCPU-2GB', storage_encryption: 'none' },
          ofplain: { cluster: '${upcloud_kubernetes_cluster.plain.id}', name: 'g3', node_count: 1, plan: 'DEV-1xCPU-2GB' },
          external: { cluster: '${var.cluster_id}', name: 'g4', node_count: 1, plan: 'DEV-1xCPU-2GB' },
        },
      },
    });
    expect(flagged(config, R)).toEqual(['upcloud_kubernetes_cluster.plain', 'upcloud_kubernetes_node_group.external', 'upcloud_kubernetes_node_group.optout']);
    expect(messages(config, 'upcloud_kubernetes_node_group.optout')).toMatch(/"none"/);
  });

  test('UpCloud: a cluster without the setting passes when every node group encrypts on its own', () => {
    const config = (groupEncryption: string) => tf({
      resource: {
        upcloud_kubernetes_cluster: { c: { name: 'c', zone: 'de-fra1', network: 'n', control_plane_ip_filter: ['10.0.0.0/8'] } },
        upcloud_kubernetes_node_group: {
          a: { cluster: '${upcloud_kubernetes_cluster.c.id}', name: 'a', node_count: 1, plan: 'DEV-1xCPU-2GB', storage_encryption: 'data-at-rest' },
          b: { cluster: '${upcloud_kubernetes_cluster.c.id}', name: 'b', node_count: 1, plan: 'DEV-1xCPU-2GB', storage_encryption: groupEncryption },
        },
      },
    });
    expect(flagged(config('data-at-rest'), R)).toEqual([]);
    expect(flagged(config('none'), R)).toEqual(['upcloud_kubernetes_cluster.c', 'upcloud_kubernetes_node_group.b']);
  });

  test('Exoscale and IONOS node pools are platform-encrypted; Scaleway, OVHcloud and STACKIT node disks are not documented as encrypted', () => {
    const config = tf({
      resource: {
        exoscale_sks_nodepool: { p: { cluster_id: '${exoscale_sks_cluster.c.id}', zone: 'de-fra-1', name: 'p', instance_type: 'standard.medium', size: 3 } },
        ionoscloud_k8s_node_pool: { p: { k8s_cluster_id: 'c', datacenter_id: 'd', name: 'p', node_count: 1 } },
        scaleway_k8s_pool: { p: { cluster_id: '${scaleway_k8s_cluster.c.id}', node_type: 'DEV1-M', size: 1 } },
        ovh_cloud_project_kube_nodepool: { p: { kube_id: '${ovh_cloud_project_kube.c.id}', flavor_name: 'b3-8', desired_nodes: 1 } },
        stackit_ske_cluster: { c: { project_id: 'p', name: 'c', node_pools: [{ name: 'np', machine_type: 'c1.2', minimum: 1, maximum: 2, availability_zones: ['eu01-1'] }] } },
      },
    });
    expect(flagged(config, R)).toEqual(['ovh_cloud_project_kube_nodepool.p', 'scaleway_k8s_pool.p', 'stackit_ske_cluster.c']);
    for (const f of findingsOf(config, R)) expect(f.dependsOnUnverifiedFact).toBe(true);
  });

  test('AWS EKS node groups: encrypted through a launch template with encrypted EBS mappings', () => {
    const config = tf({
      resource: {
        aws_launch_template: { enc: { block_device_mappings: [{ device_name: '/dev/xvda', ebs: [{ encrypted: 'true', volume_size: 20 }] }] } },
        aws_eks_node_group: {
          enc: { cluster_name: 'c', node_role_arn: 'r', subnet_ids: ['s'], launch_template: [{ id: '${aws_launch_template.enc.id}', version: '$Latest' }] },
          plain: { cluster_name: 'c', node_role_arn: 'r', subnet_ids: ['s'] },
        },
      },
    });
    expect(flagged(config, R)).toEqual(['aws_eks_node_group.plain']);
  });
});

describe('managed databases', () => {
  test('Scaleway: rdb_instance needs encryption_at_rest = true', () => {
    const config = tf({
      resource: {
        scaleway_rdb_instance: { enc: { engine: 'PostgreSQL-15', node_type: 'DB-DEV-S', encryption_at_rest: true }, plain: { engine: 'PostgreSQL-15', node_type: 'DB-DEV-S' }, off: { engine: 'PostgreSQL-15', node_type: 'DB-DEV-S', encryption_at_rest: false } },
      },
    });
    expect(flagged(config, R)).toEqual(['scaleway_rdb_instance.off', 'scaleway_rdb_instance.plain']);
    expect(messages(config, 'scaleway_rdb_instance.plain')).toMatch(/encryption_at_rest` is not set/);
  });

  test('Open Telekom Cloud: RDS volume.disk_encryption_id, DDS disk_encryption_id, CSS encryption_key', () => {
    const config = tf({
      resource: {
        opentelekomcloud_rds_instance_v3: {
          enc: { name: 'a', db: [{ type: 'PostgreSQL', version: '16' }], volume: [{ type: 'CLOUDSSD', size: 40, disk_encryption_id: '${opentelekomcloud_kms_key_v1.k.id}' }] },
          plain: { name: 'b', db: [{ type: 'PostgreSQL', version: '16' }], volume: [{ type: 'CLOUDSSD', size: 40 }] },
        },
        opentelekomcloud_dds_instance_v3: { plain: { name: 'c' } },
        opentelekomcloud_css_cluster_v1: { enc: { name: 'd', node_config: [{ flavor: 'css.medium.8', volume: [{ volume_type: 'COMMON', size: 40, encryption_key: 'k' }] }] } },
      },
    });
    expect(flagged(config, R)).toEqual(['opentelekomcloud_dds_instance_v3.plain', 'opentelekomcloud_rds_instance_v3.plain']);
  });

  test('STACKIT: Postgres Flex needs an encryption block; engines without one are flagged as unverifiable', () => {
    const config = tf({
      resource: {
        stackit_postgresflex_instance: {
          enc: { project_id: 'p', name: 'a', encryption: { kek_key_id: 'k', kek_key_version: '1', kek_keyring_id: 'r', service_account: 'sa' } },
          plain: { project_id: 'p', name: 'b' },
        },
        stackit_mariadb_instance: { m: { project_id: 'p', name: 'm', version: '10.11', plan_name: 'x' } },
      },
    });
    expect(flagged(config, R)).toEqual(['stackit_mariadb_instance.m', 'stackit_postgresflex_instance.plain']);
    expect(findingsOf(config, R).find((f) => f.address === 'stackit_mariadb_instance.m')!.dependsOnUnverifiedFact).toBe(true);
  });

  describe('STACKIT Flex instances without a key: the provider documents no default (unsetKey UNDOCUMENTED)', () => {
    const kms = { kek_key_id: 'k', kek_key_version: '1', kek_keyring_id: 'r', service_account: 'sa' };
    const config = tf({
      resource: {
        stackit_postgresflex_instance: { enc: { project_id: 'p', name: 'a', encryption: kms }, plain: { project_id: 'p', name: 'b' } },
        stackit_sqlserverflex_instance: { enc: { project_id: 'p', name: 'c', encryption: kms }, plain: { project_id: 'p', name: 'd' } },
      },
    });
    const levels = (options = {}) => findingsOf(config, R, options).map((f) => `${f.address} ${f.level} ${f.attribute}`).sort();

    test('a missing encryption block is a warning that says the default is undocumented, with the docs it was read at', () => {
      expect(levels()).toEqual([
        'stackit_postgresflex_instance.plain warning encryption',
        'stackit_sqlserverflex_instance.plain warning encryption',
      ]);
      const pg = messages(config, 'stackit_postgresflex_instance.plain');
      expect(pg).toMatch(/names no encryption key .*STACKIT documents `encryption` only as the STACKIT KMS key to use, and no default encryption at rest for a PostgreSQL Flex instance without it: whether it is encrypted at rest cannot be verified/);
      expect(pg).toContain('https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources/postgresflex_instance.md');
      expect(messages(config, 'stackit_sqlserverflex_instance.plain')).toContain('docs/resources/sqlserverflex_instance.md');
    });

    test('where the policy requires customer-managed keys, a missing key is an error; a KMS key passes either way', () => {
      expect(levels(CMK)).toEqual([
        'stackit_postgresflex_instance.plain error encryption',
        'stackit_sqlserverflex_instance.plain error encryption',
      ]);
      expect(messages(config, 'stackit_sqlserverflex_instance.plain', CMK)).toMatch(/policy requires customer-managed keys, but the SQLServer Flex instance names none/);
    });

    test('a KEY check without unsetKey keeps its verdict: an unset key means unencrypted (an error)', () => {
      const otc = tf({ resource: { opentelekomcloud_evs_volume_v3: { plain: { name: 'v', size: 10, availability_zone: 'eu-de-01', volume_type: 'SSD' } } } });
      expect(findingsOf(otc, R).map((f) => `${f.address} ${f.level}`)).toEqual(['opentelekomcloud_evs_volume_v3.plain error']);
    });
  });

  test('OVHcloud databases have no encryption flag (flagged, unverified); IONOS, Exoscale and UpCloud encrypt on the platform', () => {
    const config = tf({
      resource: {
        ovh_cloud_project_database: { d: { engine: 'postgresql', plan: 'essential', flavor: 'db1-4', version: '16', nodes: [{ region: 'GRA' }] } },
        ionoscloud_pg_cluster_v2: { d: { name: 'd', location: 'de/fra' } },
        exoscale_dbaas: { d: { name: 'd', zone: 'de-fra-1', type: 'pg', plan: 'startup-4' } },
        upcloud_managed_database_postgresql: { d: { name: 'd', plan: '1x1xCPU-2GB-25GB', zone: 'fi-hel1' } },
      },
    });
    expect(flagged(config, R)).toEqual(['ovh_cloud_project_database.d']);
    expect(flagged(config, R, CMK)).toEqual(['ovh_cloud_project_database.d']);
  });

  test('AWS RDS storage_encrypted and the CMK policy', () => {
    const config = tf({
      resource: {
        aws_db_instance: { enc: { engine: 'postgres', storage_encrypted: true, kms_key_id: '${aws_kms_key.k.arn}' }, plain: { engine: 'postgres' } },
      },
    });
    expect(flagged(config, R)).toEqual(['aws_db_instance.plain']);
    expect(flagged(config, R, CMK)).toEqual(['aws_db_instance.plain']);
  });
});

describe('Kubernetes volumes', () => {
  const pvc = (storageClass?: string, annotations?: Record<string, string>) => ({
    metadata: [{ name: 'data', namespace: 'app', ...(annotations ? { annotations } : {}) }],
    spec: [{ access_modes: ['ReadWriteOnce'], resources: [{ requests: { storage: '10Gi' } }], ...(storageClass !== undefined ? { storage_class_name: storageClass } : {}) }],
  });

  test('Scaleway: a csi.scaleway.com class needs encrypted "true" and the node-stage passphrase secret', () => {
    const config = tf({
      resource: {
        kubernetes_storage_class_v1: {
          enc: {
            metadata: [{ name: 'sbs-enc' }],
            storage_provisioner: 'csi.scaleway.com',
            parameters: { encrypted: 'true', 'csi.storage.k8s.io/node-stage-secret-name': 'luks', 'csi.storage.k8s.io/node-stage-secret-namespace': 'kube-system' },
          },
          plain: { metadata: [{ name: 'sbs-plain' }], storage_provisioner: 'csi.scaleway.com', parameters: { encrypted: 'true' } },
        },
        kubernetes_persistent_volume_claim_v1: {
          ok: pvc('sbs-enc'),
          byref: pvc('${kubernetes_storage_class_v1.enc.metadata[0].name}'),
          bad: pvc('sbs-plain'),
          catalog: pvc('sbs-default'),
        },
      },
    });
    expect(flagged(config, R)).toEqual(['kubernetes_persistent_volume_claim_v1.bad', 'kubernetes_persistent_volume_claim_v1.catalog', 'kubernetes_storage_class_v1.plain']);
    expect(messages(config, 'kubernetes_storage_class_v1.plain')).toMatch(/node-stage-secret-name/);
    expect(messages(config, 'kubernetes_persistent_volume_claim_v1.catalog')).toMatch(/Scaleway class "sbs-default" is not encrypted/);
  });

  test('Hetzner: an hcloud CSI class needs the node-publish passphrase secret', () => {
    const config = tf({
      resource: {
        kubernetes_storage_class: {
          enc: { metadata: { name: 'hcloud-enc' }, storage_provisioner: 'csi.hetzner.cloud', parameters: { 'csi.storage.k8s.io/node-publish-secret-name': 'pw', 'csi.storage.k8s.io/node-publish-secret-namespace': 'kube-system' } },
          plain: { metadata: { name: 'hcloud-plain' }, storage_provisioner: 'csi.hetzner.cloud' },
        },
      },
    });
    expect(flagged(config, R)).toEqual(['kubernetes_storage_class.plain']);
  });

  test('UpCloud: the class needs encryption "data-at-rest"; the shipped default class is unencrypted', () => {
    const config = tf({
      resource: {
        kubernetes_storage_class_v1: {
          enc: { metadata: [{ name: 'up-enc' }], storage_provisioner: 'storage.csi.upcloud.com', parameters: { tier: 'maxiops', encryption: 'data-at-rest' } },
          plain: { metadata: [{ name: 'up-plain' }], storage_provisioner: 'storage.csi.upcloud.com', parameters: { tier: 'maxiops' } },
        },
        kubernetes_persistent_volume_claim_v1: { ok: pvc('up-enc'), shipped: pvc('upcloud-block-storage-maxiops') },
      },
    });
    expect(flagged(config, R)).toEqual(['kubernetes_persistent_volume_claim_v1.shipped', 'kubernetes_storage_class_v1.plain']);
  });

  test('STACKIT: encrypted "true" needs the KMS key parameters', () => {
    const kms = { kmsKeyID: 'k', kmsKeyringID: 'r', kmsKeyVersion: '1', kmsServiceAccount: 'sa' };
    const config = tf({
      resource: {
        kubernetes_storage_class_v1: {
          enc: { metadata: [{ name: 'a' }], storage_provisioner: 'block-storage.csi.stackit.cloud', parameters: { type: 'storage_premium_perf6', encrypted: 'true', ...kms } },
          nokey: { metadata: [{ name: 'b' }], storage_provisioner: 'block-storage.csi.stackit.cloud', parameters: { type: 'storage_premium_perf6', encrypted: 'true' } },
        },
      },
    });
    expect(flagged(config, R)).toEqual(['kubernetes_storage_class_v1.nokey']);
    expect(messages(config, 'kubernetes_storage_class_v1.nokey')).toMatch(/kmsKeyID/);
  });

  test('OVHcloud: the predefined -luks classes and custom classes with a -luks type are encrypted', () => {
    const config = tf({
      resource: {
        kubernetes_storage_class_v1: { custom: { metadata: [{ name: 'my-luks' }], storage_provisioner: 'cinder.csi.openstack.org', parameters: { type: 'high-speed-luks' } } },
        kubernetes_persistent_volume_claim_v1: { luks: pvc('csi-cinder-high-speed-gen2-luks'), custom: pvc('my-luks'), plain: pvc('csi-cinder-high-speed') },
      },
    });
    expect(flagged(config, R)).toEqual(['kubernetes_persistent_volume_claim_v1.plain']);
  });

  test('Open Telekom Cloud: EVS claims are encrypted by the everest.io/crypt-key-id annotation', () => {
    const config = tf({
      resource: {
        kubernetes_persistent_volume_claim_v1: {
          enc: pvc('csi-disk', { 'everest.io/crypt-key-id': '${opentelekomcloud_kms_key_v1.k.id}', 'everest.io/disk-volume-type': 'SSD' }),
          plain: pvc('csi-disk'),
        },
      },
    });
    expect(flagged(config, R)).toEqual(['kubernetes_persistent_volume_claim_v1.plain']);
    expect(messages(config, 'kubernetes_persistent_volume_claim_v1.plain')).toMatch(/everest\.io\/crypt-key-id/);
  });

  test('Exoscale and IONOS volumes are encrypted by the platform; an unknown class cannot be verified', () => {
    const config = tf({
      resource: {
        kubernetes_storage_class_v1: { exo: { metadata: [{ name: 'exo' }], storage_provisioner: 'csi.exoscale.com' }, nfs: { metadata: [{ name: 'nfs' }], storage_provisioner: 'nfs.csi.k8s.io' } },
        kubernetes_persistent_volume_claim_v1: { exo: pvc('exo'), ionos: pvc('ionos-enterprise-ssd'), unknown: pvc('fast'), nfs: pvc('nfs'), empty: pvc('') },
      },
    });
    expect(flagged(config, R)).toEqual([
      'kubernetes_persistent_volume_claim_v1.empty', 'kubernetes_persistent_volume_claim_v1.nfs', 'kubernetes_persistent_volume_claim_v1.unknown', 'kubernetes_storage_class_v1.nfs',
    ]);
    expect(messages(config, 'kubernetes_persistent_volume_claim_v1.unknown')).toMatch(/neither defined in this configuration nor known to the catalog/);
    expect(findingsOf(config, R).find((f) => f.address === 'kubernetes_persistent_volume_claim_v1.ionos')).toBeUndefined();
  });

  test('a verdict that rests on a catalog storage class marked unverified says so', () => {
    const config = tf({
      resource: {
        kubernetes_storage_class_v1: {
          // The in-tree provisioner is known to the catalog only from the unverified AWS gp2 class.
          intree: { metadata: [{ name: 'legacy' }], storage_provisioner: 'kubernetes.io/aws-ebs', parameters: { type: 'gp2' } },
          csi: { metadata: [{ name: 'gp3' }], storage_provisioner: 'ebs.csi.aws.com', parameters: { type: 'gp3' } },
          // IONOS classes are known from third-party examples only; the platform encrypts every volume.
          ionos: { metadata: [{ name: 'ionos-fast' }], storage_provisioner: 'cloud.ionos.com' },
        },
        kubernetes_persistent_volume_claim_v1: { gp2: pvc('gp2'), ionos: pvc('ionos-enterprise-hdd'), fast: pvc('ionos-fast') },
      },
    });
    expect(flagged(config, R)).toEqual(['kubernetes_persistent_volume_claim_v1.gp2', 'kubernetes_storage_class_v1.csi', 'kubernetes_storage_class_v1.intree']);
    const unverified = Object.fromEntries(findingsOf(config, R).map((f) => [f.address, f.dependsOnUnverifiedFact]));
    expect(unverified).toEqual({
      'kubernetes_persistent_volume_claim_v1.gp2': true,
      'kubernetes_storage_class_v1.intree': true,
      'kubernetes_storage_class_v1.csi': false,
    });
    expect(messages(config, 'kubernetes_storage_class_v1.intree')).toMatch(/lack "encrypted".*\(rests on an unverified catalog fact/);
  });

  test('a claim without a class uses the configuration\'s default class, else it cannot be verified', () => {
    const withDefault = tf({
      resource: {
        kubernetes_storage_class_v1: { d: { metadata: [{ name: 'd', annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } }], storage_provisioner: 'storage.csi.upcloud.com', parameters: { encryption: 'data-at-rest' } } },
        kubernetes_persistent_volume_claim_v1: { c: pvc() },
      },
    });
    expect(flagged(withDefault, R)).toEqual([]);
    const without = tf({ resource: { kubernetes_persistent_volume_claim_v1: { c: pvc() } } });
    expect(flagged(without, R)).toEqual(['kubernetes_persistent_volume_claim_v1.c']);
  });

  test('StatefulSet volume claim templates are judged like claims', () => {
    const config = tf({
      resource: {
        kubernetes_stateful_set_v1: {
          db: { metadata: [{ name: 'db' }], spec: [{ service_name: 'db', volume_claim_template: [{ metadata: [{ name: 'data' }], spec: [{ storage_class_name: 'csi-cinder-high-speed' }] }] }] },
          ok: { metadata: [{ name: 'ok' }], spec: [{ service_name: 'ok', volume_claim_template: [{ metadata: [{ name: 'data' }], spec: [{ storage_class_name: 'csi-cinder-classic-luks' }] }] }] },
          novol: { metadata: [{ name: 'n' }], spec: [{ service_name: 'n' }] },
        },
      },
    });
    expect(flagged(config, R)).toEqual(['kubernetes_stateful_set_v1.db']);
    expect(messages(config, 'kubernetes_stateful_set_v1.db')).toMatch(/Volume claim template "data"/);
  });

  test('customer-managed keys: a passphrase secret or KMS key parameter counts, a platform key does not where a customer key is offered', () => {
    const config = tf({
      resource: {
        kubernetes_storage_class_v1: {
          aws: { metadata: [{ name: 'gp3-enc' }], storage_provisioner: 'ebs.csi.aws.com', parameters: { encrypted: 'true' } },
          awskms: { metadata: [{ name: 'gp3-kms' }], storage_provisioner: 'ebs.csi.aws.com', parameters: { encrypted: 'true', kmsKeyId: '${aws_kms_key.k.arn}' } },
          up: { metadata: [{ name: 'up' }], storage_provisioner: 'storage.csi.upcloud.com', parameters: { encryption: 'data-at-rest' } },
        },
      },
    });
    expect(flagged(config, R)).toEqual([]);
    expect(flagged(config, R, CMK)).toEqual(['kubernetes_storage_class_v1.aws']);
  });

  test('kubernetes_manifest StorageClass, PersistentVolumeClaim and StatefulSet objects are judged the same way', () => {
    const config = tf({
      resource: {
        kubernetes_manifest: {
          sc: { manifest: { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'up-enc' }, provisioner: 'storage.csi.upcloud.com', parameters: { tier: 'maxiops', encryption: 'data-at-rest' } } },
          scplain: { manifest: { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'up-plain' }, provisioner: 'storage.csi.upcloud.com', parameters: { tier: 'hdd' } } },
          pvc: { manifest: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'a', namespace: 'app' }, spec: { storageClassName: 'up-enc', accessModes: ['ReadWriteOnce'] } } },
          pvcplain: { manifest: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'b', namespace: 'app' }, spec: { storageClassName: 'up-plain' } } },
          sts: { manifest: { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db', namespace: 'app' }, spec: { volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { storageClassName: 'csi-cinder-high-speed' } }] } } },
          deploy: { manifest: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'app' }, spec: {} } },
        },
      },
    });
    expect(flagged(config, R)).toEqual(['kubernetes_manifest.pvcplain', 'kubernetes_manifest.scplain', 'kubernetes_manifest.sts']);
    expect(findingsOf(config, R).find((f) => f.address === 'kubernetes_manifest.sts')!.attribute).toBe('manifest.spec.volumeClaimTemplates.spec.storageClassName');
  });
});
