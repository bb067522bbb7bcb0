import { otcObsBucket, ovhStorage, s3StyleBucket, sseConfiguration } from './buckets';
import { Check, cmkRequired, flag, isSet, keyRequired, mustBeTrue, notEncryptable, platformEncrypted } from './shared';
import { storageClass } from './storage-classes';
import { manifest, persistentVolumeClaim, statefulSet } from './volume-claims';
import {
  awsEbsDefault, awsEbsVolume, awsEksNodeGroup, awsInstance, otcBlockstorageVolume, otcCceNodes, otcEcsInstance, ovhProjectVolume, upcloudServer,
  upcloudStorageEncryption,
} from './volumes';
import { AWS, AZ, EXO, GCP, HCLOUD, IONOS, K8S, OTC, OVH, SCW, STACKIT, UPC } from '../docs';

// Argument names come from each provider's docs at the release tags in ../docs.ts.

// ---------------------------------------------------------------------------------------------
// The table: resource type → check (each with the doc page it relies on)
// ---------------------------------------------------------------------------------------------

const NODE_DISK_NOTE = 'Node disks hold container images, emptyDir volumes and logs, which can contain personal data.';
const SUPPRESS_HINT = 'If the provider confirms platform encryption, suppress with that reference.';

interface Entry {
  readonly check: Check;
  /** The documentation page the check relies on. */
  readonly source: string;
}
const e = (check: Check, source: string): Entry => ({ check, source });

const STACKIT_NODE_POOLS = notEncryptable(
  `The SKE node pools' volumes have no encryption argument (volume_type only) and STACKIT documents no platform encryption for them. ${NODE_DISK_NOTE}`,
  `Keep personal data on encrypted PersistentVolumes (block-storage.csi.stackit.cloud with encrypted: "true" and a KMS key). ${SUPPRESS_HINT}`, true);

/** Azure SQL: TDE is on by default; a customer key is a child `azurerm_mssql_server_transparent_data_encryption` with `key_vault_key_id`. */
const azureMssqlServer: Check = (r, context) => {
  if (!cmkRequired(context)) return [];
  const tde = r.childrenOfType('azurerm_mssql_server_transparent_data_encryption');
  if (tde.some((t) => isSet(t.attribute('key_vault_key_id')))) return [];
  return [{
    message: 'The policy requires customer-managed keys, but Transparent Data Encryption uses the service-managed key (no azurerm_mssql_server_transparent_data_encryption with key_vault_key_id).',
    fix: 'Add azurerm_mssql_server_transparent_data_encryption { server_id, key_vault_key_id }.',
  }];
};

const GKE_DEFAULT_POOL = platformEncrypted('default node pool\'s boot disks', ['node_config.boot_disk_kms_key'], 'Set node_config { boot_disk_kms_key }.');

/** Resource type → check, with the page that documents the arguments it reads. */
export const CHECKS: Record<string, Entry> = {
  // --- Buckets (S3-compatible through the aws provider, and each provider's own) ---
  aws_s3_bucket: e(s3StyleBucket, `${AWS}/s3_bucket_server_side_encryption_configuration.html.markdown`),
  aws_s3_bucket_server_side_encryption_configuration: e(sseConfiguration, `${AWS}/s3_bucket_server_side_encryption_configuration.html.markdown`),
  scaleway_object_bucket: e(s3StyleBucket, `${SCW}/object_bucket.md`),
  scaleway_object_bucket_server_side_encryption_configuration: e(sseConfiguration, `${SCW}/object_bucket_server_side_encryption_configuration.md`),
  ionoscloud_s3_bucket: e(s3StyleBucket, `${IONOS}/s3_bucket.md`),
  ionoscloud_s3_bucket_server_side_encryption_configuration: e(sseConfiguration, `${IONOS}/s3_bucket_server_side_encryption_configuration.md`),
  // "sub-resources (versioning, lifecycle, CORS, SSE, website, policy) are not currently supported for user-owned buckets"
  ionoscloud_user_object_storage_bucket: e(notEncryptable(
    'User-owned (legacy) IONOS buckets cannot carry a server-side encryption configuration in Terraform.',
    'Use a contract-owned ionoscloud_s3_bucket with an ionoscloud_s3_bucket_server_side_encryption_configuration.', false), `${IONOS}/user_object_storage_bucket.md`),
  opentelekomcloud_obs_bucket: e(otcObsBucket, `${OTC}/obs_bucket.md`),
  opentelekomcloud_s3_bucket: e(notEncryptable(
    'The legacy opentelekomcloud_s3_bucket resource cannot configure server-side encryption.',
    'Use opentelekomcloud_obs_bucket with server_side_encryption { algorithm = "kms", kms_key_id }.', false), `${OTC}/s3_bucket.md`),
  ovh_cloud_project_storage: e(ovhStorage, `${OVH}/cloud_project_storage.md`),
  stackit_objectstorage_bucket: e(platformEncrypted('bucket'), `${STACKIT}/objectstorage_bucket.md`),
  upcloud_managed_object_storage: e(platformEncrypted('object storage'), `${UPC}/managed_object_storage.md`),
  upcloud_managed_object_storage_bucket: e(platformEncrypted('bucket'), `${UPC}/managed_object_storage_bucket.md`),
  azurerm_storage_account: e(platformEncrypted('storage account', ['customer_managed_key'],
    'Add a customer_managed_key block or an azurerm_storage_account_customer_managed_key.',
    (r) => r.childrenOfType('azurerm_storage_account_customer_managed_key').length > 0), `${AZ}/storage_account.html.markdown`),
  google_storage_bucket: e(platformEncrypted('bucket', ['encryption.default_kms_key_name'], 'Set encryption { default_kms_key_name } to a Cloud KMS key.'), `${GCP}/storage_bucket.html.markdown`),

  // --- Block volumes and file storage ---
  hcloud_volume: e(notEncryptable(
    'Hetzner Cloud Volumes cannot be encrypted by the platform: hcloud_volume has no encryption argument and Hetzner documents no encryption at rest.',
    'Encrypt inside the server (LUKS/cryptsetup) or, in Kubernetes, use an hcloud CSI StorageClass with a LUKS passphrase secret; then suppress with that reason.', false), `${HCLOUD}/volume.md`),
  hcloud_storage_box: e(notEncryptable(
    'Hetzner Storage Boxes have no encryption argument and no documented encryption at rest.',
    'Encrypt data before it is written (e.g. restic/borg encrypted repositories) and suppress with that reason.', true), `${HCLOUD}/storage_box.md`),
  upcloud_storage: e(mustBeTrue({ path: 'encrypt', what: 'storage', fix: 'Set encrypt = true.' }), `${UPC}/storage.md`),
  upcloud_file_storage: e(mustBeTrue({ path: 'encrypt', what: 'file storage', fix: 'Set encrypt = true (only possible at creation).' }), `${UPC}/file_storage.md`),
  upcloud_server: e(upcloudServer, `${UPC}/server.md`),
  opentelekomcloud_evs_volume_v3: e(keyRequired('kms_id', 'EVS volume', 'Set kms_id to a KMS key id.'), `${OTC}/evs_volume_v3.md`),
  opentelekomcloud_blockstorage_volume_v2: e(otcBlockstorageVolume, `${OTC}/blockstorage_volume_v2.md`),
  opentelekomcloud_ecs_instance_v1: e(otcEcsInstance, `${OTC}/ecs_instance_v1.md`),
  opentelekomcloud_sfs_turbo_share_v1: e(keyRequired('crypt_key_id', 'SFS Turbo file system', 'Set crypt_key_id to a KMS key id.'), `${OTC}/sfs_turbo_share_v1.md`),
  ovh_cloud_project_volume: e(ovhProjectVolume, `${OVH}/cloud_project_volume.md`),
  ovh_cloud_storage_block_volume: e(mustBeTrue({ path: 'encryption.enabled', what: 'block volume', fix: 'Set encryption { enabled = true } (LUKS).' }), `${OVH}/cloud_storage_block_volume.md`),
  stackit_volume: e(keyRequired('encryption_parameters', 'volume', 'Set encryption_parameters { kek_key_id, kek_key_version, kek_keyring_id, service_account } (STACKIT KMS).'), `${STACKIT}/volume.md`),
  // Platform encryption (AES-256-XTS, always on): catalog exoscale_block_storage_volume note.
  exoscale_block_storage_volume: e(platformEncrypted('volume'), `${EXO}/block_storage_volume.md`),
  // Platform encryption (AES-XTS-256) of volumes created after the feature launch: catalog ionoscloud_volume note.
  ionoscloud_volume: e(platformEncrypted('volume'), `${IONOS}/volume.md`),
  // Platform encryption of SBS volumes is documented only for the HDS offer (catalog kubernetesStorage note).
  scaleway_block_volume: e(notEncryptable(
    'Scaleway Block Storage volumes have no encryption argument, and platform encryption at rest is not documented outside the HDS offer.',
    `Encrypt inside the instance (LUKS) or, in Kubernetes, use an encrypted csi.scaleway.com StorageClass. ${SUPPRESS_HINT}`, true), `${SCW}/block_volume.md`),
  scaleway_instance_volume: e(notEncryptable(
    'Scaleway instance volumes have no encryption argument, and platform encryption at rest is not documented outside the HDS offer.',
    `Encrypt inside the instance (LUKS). ${SUPPRESS_HINT}`, true), `${SCW}/instance_volume.md`),
  aws_ebs_volume: e(awsEbsVolume, `${AWS}/ebs_volume.html.markdown`),
  aws_ebs_encryption_by_default: e(awsEbsDefault, `${AWS}/ebs_encryption_by_default.html.markdown`),
  aws_instance: e(awsInstance, `${AWS}/instance.html.markdown`),
  azurerm_managed_disk: e(platformEncrypted('managed disk', ['disk_encryption_set_id', 'secure_vm_disk_encryption_set_id'], 'Set disk_encryption_set_id to a Disk Encryption Set with a Key Vault key.'), `${AZ}/managed_disk.html.markdown`),
  google_compute_disk: e(platformEncrypted('disk', ['disk_encryption_key.kms_key_self_link', 'disk_encryption_key.raw_key', 'disk_encryption_key.rsa_encrypted_key'], 'Set disk_encryption_key { kms_key_self_link }.'), `${GCP}/compute_disk.html.markdown`),
  google_compute_region_disk: e(platformEncrypted('disk', ['disk_encryption_key.kms_key_self_link', 'disk_encryption_key.raw_key'], 'Set disk_encryption_key { kms_key_self_link }.'), `${GCP}/compute_region_disk.html.markdown`),

  // --- Kubernetes control plane and node disks ---
  opentelekomcloud_cce_cluster_v3: e(mustBeTrue({ path: 'enable_volume_encryption', what: 'system and data disks of the CCE master nodes', fix: 'Set enable_volume_encryption = true (forces a new cluster).' }), `${OTC}/cce_cluster_v3.md`),
  opentelekomcloud_cce_node_pool_v3: e(otcCceNodes, `${OTC}/cce_node_pool_v3.md`),
  opentelekomcloud_cce_node_v3: e(otcCceNodes, `${OTC}/cce_node_v3.md`),
  upcloud_kubernetes_cluster: e(upcloudStorageEncryption, `${UPC}/kubernetes_cluster.md`),
  upcloud_kubernetes_node_group: e(upcloudStorageEncryption, `${UPC}/kubernetes_node_group.md`),
  // Root volumes are encrypted by the platform (catalog exoscale_compute_instance / kubernetesStorage notes).
  exoscale_sks_nodepool: e(platformEncrypted('node pool'), `${EXO}/sks_nodepool.md`),
  // Node volumes are IONOS block storage, encrypted by the platform (catalog ionoscloud_k8s_node_pool note).
  ionoscloud_k8s_node_pool: e(platformEncrypted('node pool'), `${IONOS}/k8s_node_pool.md`),
  scaleway_k8s_pool: e(notEncryptable(
    `The pool's node disks have no encryption argument (root_volume_type only) and Scaleway documents no platform encryption for them. ${NODE_DISK_NOTE}`,
    `Keep personal data on encrypted PersistentVolumes (csi.scaleway.com with a LUKS secret). ${SUPPRESS_HINT}`, true), `${SCW}/k8s_pool.md`),
  ovh_cloud_project_kube_nodepool: e(notEncryptable(
    `The node pool's disks have no encryption argument and OVHcloud documents no platform encryption for them. ${NODE_DISK_NOTE}`,
    `Keep personal data on encrypted PersistentVolumes (csi-cinder-*-luks classes). ${SUPPRESS_HINT}`, true), `${OVH}/cloud_project_kube_nodepool.md`),
  stackit_ske_cluster: e(STACKIT_NODE_POOLS, `${STACKIT}/ske_cluster.md`),
  aws_eks_node_group: e(awsEksNodeGroup, `${AWS}/eks_node_group.html.markdown`),
  azurerm_kubernetes_cluster: e(platformEncrypted('cluster\'s node disks', ['disk_encryption_set_id'], 'Set disk_encryption_set_id to a Disk Encryption Set.'), `${AZ}/kubernetes_cluster.html.markdown`),
  google_container_node_pool: e(platformEncrypted('node pool\'s boot disks', ['node_config.boot_disk_kms_key'], 'Set node_config { boot_disk_kms_key }.'), `${GCP}/container_node_pool.html.markdown`),
  google_container_cluster: e((r, c) => flag(r, 'remove_default_node_pool') === 'true' ? [] : GKE_DEFAULT_POOL(r, c), `${GCP}/container_cluster.html.markdown`),

  // --- Managed databases ---
  scaleway_rdb_instance: e(mustBeTrue({ path: 'encryption_at_rest', what: 'database instance', fix: 'Set encryption_at_rest = true.' }), `${SCW}/rdb_instance.md`),
  scaleway_mongodb_instance: e(notEncryptable('The MongoDB instance has no encryption argument and Scaleway documents no encryption at rest for it.', SUPPRESS_HINT, true), `${SCW}/mongodb_instance.md`),
  scaleway_redis_cluster: e(notEncryptable('The Redis cluster has no encryption-at-rest argument and Scaleway documents no encryption at rest for it.', SUPPRESS_HINT, true), `${SCW}/redis_cluster.md`),
  scaleway_sdb_sql_database: e(notEncryptable('The Serverless SQL database has no encryption argument and Scaleway documents no encryption at rest for it.', SUPPRESS_HINT, true), `${SCW}/sdb_sql_database.md`),
  opentelekomcloud_rds_instance_v3: e(keyRequired('volume.disk_encryption_id', 'RDS instance', 'Set volume { disk_encryption_id = <KMS key id> } (forces a new instance).'), `${OTC}/rds_instance_v3.md`),
  opentelekomcloud_rds_read_replica_v3: e(keyRequired('volume.disk_encryption_id', 'RDS read replica', 'Set volume { disk_encryption_id = <KMS key id> }.'), `${OTC}/rds_read_replica_v3.md`),
  opentelekomcloud_rds_instance_v1: e(notEncryptable('The legacy RDS v1 instance has no encryption argument.', 'Migrate to opentelekomcloud_rds_instance_v3 with volume.disk_encryption_id.', false), `${OTC}/rds_instance_v1.md`),
  opentelekomcloud_dds_instance_v3: e(keyRequired('disk_encryption_id', 'DDS instance', 'Set disk_encryption_id to a KMS key id.'), `${OTC}/dds_instance_v3.md`),
  opentelekomcloud_css_cluster_v1: e(keyRequired('node_config.volume.encryption_key', 'CSS cluster', 'Set node_config { volume { encryption_key = <KMS key id> } } (not a default master key).'), `${OTC}/css_cluster_v1.md`),
  stackit_postgresflex_instance: e(keyRequired('encryption', 'PostgreSQL Flex instance', 'Set encryption { kek_key_id, kek_key_version, kek_keyring_id, service_account } (STACKIT KMS).'), `${STACKIT}/postgresflex_instance.md`),
  stackit_sqlserverflex_instance: e(keyRequired('encryption', 'SQLServer Flex instance', 'Set encryption { kek_key_id, kek_key_version, kek_keyring_id, service_account } (STACKIT KMS).'), `${STACKIT}/sqlserverflex_instance.md`),
  stackit_mongodbflex_instance: e(notEncryptable('The MongoDB Flex instance has no encryption argument and STACKIT documents no encryption at rest for it.', SUPPRESS_HINT, true), `${STACKIT}/mongodbflex_instance.md`),
  stackit_mariadb_instance: e(notEncryptable('The MariaDB instance has no encryption argument and STACKIT documents no encryption at rest for it.', SUPPRESS_HINT, true), `${STACKIT}/mariadb_instance.md`),
  stackit_redis_instance: e(notEncryptable('The Redis instance has no encryption argument and STACKIT documents no encryption at rest for it.', SUPPRESS_HINT, true), `${STACKIT}/redis_instance.md`),
  stackit_opensearch_instance: e(notEncryptable('The OpenSearch instance has no encryption argument and STACKIT documents no encryption at rest for it.', SUPPRESS_HINT, true), `${STACKIT}/opensearch_instance.md`),
  ovh_cloud_project_database: e(notEncryptable('The managed database has no encryption argument and OVHcloud documents encryption only for its backups, not for the database volumes.', SUPPRESS_HINT, true), `${OVH}/cloud_project_database.md`),
  // IONOS DBaaS runs on IONOS block storage, encrypted by the platform (catalog notes). Type names per the provider's
  // utils/constant/constants.go at v6.7.34; the doc pages keep the dbaas_* file names.
  ionoscloud_pg_cluster_v2: e(platformEncrypted('database'), `${IONOS}/pg_cluster_v2.md`),
  ionoscloud_pg_cluster: e(platformEncrypted('database'), `${IONOS}/dbaas_pgsql_cluster.md`),
  ionoscloud_mongo_cluster: e(platformEncrypted('database'), `${IONOS}/dbaas_mongo_cluster.md`),
  ionoscloud_mariadb_cluster: e(platformEncrypted('database'), `${IONOS}/dbaas_mariadb_cluster.md`),
  ionoscloud_inmemorydb_cluster_v2: e(platformEncrypted('database'), `${IONOS}/inmemorydb_cluster_v2.md`),
  ionoscloud_inmemorydb_replicaset: e(platformEncrypted('database'), `${IONOS}/dbaas_inmemorydb_replica_set.md`),
  // Exoscale lists DBaaS volume encryption at rest as its own responsibility (catalog exoscale_dbaas note).
  exoscale_dbaas: e(platformEncrypted('database'), `${EXO}/dbaas.md`),
  exoscale_database: e(platformEncrypted('database'), `${EXO}/database.md`),
  // UpCloud encrypts managed database volumes (LUKS) and backups by default (catalog note).
  upcloud_managed_database_postgresql: e(platformEncrypted('database'), `${UPC}/managed_database_postgresql.md`),
  upcloud_managed_database_mysql: e(platformEncrypted('database'), `${UPC}/managed_database_mysql.md`),
  upcloud_managed_database_opensearch: e(platformEncrypted('database'), `${UPC}/managed_database_opensearch.md`),
  upcloud_managed_database_valkey: e(platformEncrypted('database'), `${UPC}/managed_database_valkey.md`),
  aws_db_instance: e(mustBeTrue({ path: 'storage_encrypted', what: 'RDS instance', fix: 'Set storage_encrypted = true.', cmkPath: 'kms_key_id', cmkFix: 'Set kms_key_id to a customer-managed KMS key.' }), `${AWS}/db_instance.html.markdown`),
  aws_rds_cluster: e(mustBeTrue({ path: 'storage_encrypted', what: 'RDS cluster', fix: 'Set storage_encrypted = true.', cmkPath: 'kms_key_id', cmkFix: 'Set kms_key_id to a customer-managed KMS key.' }), `${AWS}/rds_cluster.html.markdown`),
  azurerm_postgresql_flexible_server: e(platformEncrypted('database server', ['customer_managed_key.key_vault_key_id'], 'Add customer_managed_key { key_vault_key_id }.'), `${AZ}/postgresql_flexible_server.html.markdown`),
  azurerm_mssql_server: e(azureMssqlServer, `${AZ}/mssql_server_transparent_data_encryption.html.markdown`),
  google_sql_database_instance: e(platformEncrypted('database instance', ['encryption_key_name'], 'Set encryption_key_name to a Cloud KMS key (at creation).'), `${GCP}/sql_database_instance.html.markdown`),

  // --- Kubernetes volumes ---
  kubernetes_storage_class: e(storageClass, `${K8S}/storage_class.md`),
  kubernetes_storage_class_v1: e(storageClass, `${K8S}/storage_class_v1.md`),
  kubernetes_persistent_volume_claim: e(persistentVolumeClaim, `${K8S}/persistent_volume_claim.md`),
  kubernetes_persistent_volume_claim_v1: e(persistentVolumeClaim, `${K8S}/persistent_volume_claim_v1.md`),
  kubernetes_stateful_set: e(statefulSet, `${K8S}/stateful_set.md`),
  kubernetes_stateful_set_v1: e(statefulSet, `${K8S}/stateful_set_v1.md`),
  kubernetes_manifest: e(manifest, `${K8S}/manifest.md`),
};
