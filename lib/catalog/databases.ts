/*
 * What each European provider's managed PostgreSQL and MySQL can do, as EuDatabase reads it
 * (internal; a separate file so the per-provider catalog files stay as they are): the Terraform
 * resource, where it can be, whether it attaches to a private network, how it is encrypted at
 * rest and in transit, where its backups go and how long they are kept, how deletion is
 * prevented, and who generates the admin password. Every fact carries the page it was read on
 * and whether that page is the provider's own documentation of the fact (`verified`).
 *
 * Terraform arguments are from each provider's docs at the release tags of lib/bindings/providers.ts
 * (scaleway v2.81.0, ovh v2.19.0, stackit v0.113.0, ionoscloud v6.7.34, exoscale v0.70.0,
 * upcloud v5.41.0) and opentelekomcloud v1.36.23 (the @cdktf/provider-opentelekomcloud 12.0.16
 * binding types 1.36.54, same arguments).
 */
import { LocationKind } from './types';

/** A fact with its source. @internal */
export interface DatabaseFact {
  /** What the source says, in a sentence. */
  readonly statement: string;
  /** Whether the provider's own documentation (or the Terraform provider's docs or source) states it. */
  readonly verified: boolean;
  readonly source: string;
}

/** How data at rest is encrypted. @internal */
export enum AtRest {
  /** A boolean argument switches provider-managed encryption on (Scaleway `encryption_at_rest`). */
  SWITCH = 'switch',
  /** Encryption is switched on by naming a customer-managed key (OTC KMS, STACKIT KMS). */
  CUSTOMER_KEY = 'customer-key',
  /** The platform encrypts every database; nothing to configure. */
  PLATFORM = 'platform',
  /** No argument, and the provider documents no encryption of the database volumes. */
  NOT_DOCUMENTED = 'not-documented',
}

/** How TLS is required in transit. @internal */
export enum InTransit {
  /** An argument makes the server refuse unencrypted connections (OTC RDS MySQL `ssl_enable`). */
  SWITCH = 'switch',
  /** The provider documents that connections are encrypted; nothing to configure. */
  PLATFORM = 'platform',
  /** TLS is offered (a certificate is exported) but no argument refuses plaintext and none is documented. */
  OFFERED = 'offered',
}

/** One engine on one provider. @internal */
export interface EngineOffering {
  /** Terraform resource type. */
  readonly resourceType: string;
  /** Major versions the construct accepts. */
  readonly versions: string[];
  readonly versionsFact: DatabaseFact;
}

/** What EuDatabase knows about one provider's managed databases. @internal */
export interface DatabaseOffering {
  readonly providerId: string;
  /** PostgreSQL, and MySQL where the construct supports it on this provider. */
  readonly postgresql: EngineOffering;
  readonly mysql?: EngineOffering;
  /** Why MySQL/MariaDB is not offered through EuDatabase, when it is not. */
  readonly mysqlMissing?: string;
  /** Catalog location kinds the database resource takes, and the argument. */
  readonly locationKinds: LocationKind[];
  readonly locationArgument: string;
  /**
   * Locations where the service is offered, when narrower than every catalog location of the kinds.
   * @default - every catalog location of `locationKinds`
   */
  readonly locations?: string[];
  readonly locationsFact?: DatabaseFact;
  /** Whether the database can sit on a private network without a public endpoint. */
  readonly privateNetwork: boolean;
  readonly networkFact: DatabaseFact;
  readonly atRest: AtRest;
  readonly atRestFact: DatabaseFact;
  readonly inTransit: InTransit;
  readonly inTransitFact: DatabaseFact;
  /** Where backups go, and whether an argument keeps them in the jurisdiction. */
  readonly backupLocation: 'argument' | 'same-region-switch' | 'not-configurable';
  readonly backupLocationArgument?: string;
  readonly backupFact: DatabaseFact;
  /** Backup retention: configurable within [min, max] days, fixed, or set by the plan. */
  readonly retention: { readonly configurable: boolean; readonly argument?: string; readonly minDays?: number; readonly maxDays?: number; readonly fixedDays?: number };
  readonly retentionFact: DatabaseFact;
  readonly pointInTimeRecovery: boolean;
  readonly pitrFact: DatabaseFact;
  /** The provider's deletion-protection argument; absent: Terraform `lifecycle { prevent_destroy }` only. */
  readonly deletionProtectionArgument?: string;
  readonly deletionProtectionFact: DatabaseFact;
  /** Who sets the admin password: an argument (a generated value) or the provider (read back, sensitive). */
  readonly password: 'argument' | 'provider-generated';
  readonly passwordFact: DatabaseFact;
  /** Where data classification is written: a map (`labels`, `tags`), a list of `key=value` tags, or nowhere. */
  readonly labels: 'map' | 'list' | 'none';
  readonly labelsArgument?: string;
}

const SCW = 'https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources';
const OVH = 'https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources';
const STACKIT = 'https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources';
const IONOS = 'https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources';
const EXO = 'https://github.com/exoscale/terraform-provider-exoscale/blob/v0.70.0/docs/resources';
const UPC = 'https://github.com/UpCloudLtd/terraform-provider-upcloud/blob/v5.41.0';
const OTC = 'https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources';
const LIFECYCLE = 'https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle#prevent_destroy';
const NO_DELETION_ARGUMENT = (resource: string): DatabaseFact => ({
  statement: `${resource} has no deletion-protection argument; Terraform's lifecycle { prevent_destroy = true } makes any plan that destroys it fail.`,
  verified: true,
  source: LIFECYCLE,
});
const OVH_BACKUPS = 'https://support.us.ovhcloud.com/hc/en-us/articles/20735484294547-Cloud-Databases-Automated-Backups';
const IONOS_PG = 'https://docs.ionos.com/cloud/databases/postgresql/overview';
const UPCLOUD_BACKUPS = 'https://upcloud.com/docs/products/managed-postgresql/features/backups/';
const EXOSCALE_BACKUPS = 'https://community.exoscale.com/product/dbaas/how-to/backups-restore';

/** @internal */
export const DATABASES: Readonly<Record<string, DatabaseOffering>> = {
  scaleway: {
    providerId: 'scaleway',
    postgresql: {
      resourceType: 'scaleway_rdb_instance',
      versions: ['13', '14', '15', '16', '17'],
      versionsFact: { statement: 'Engines are named PostgreSQL-<major> and MySQL-<major> (docs name PostgreSQL-14, -15, -16); the full list is served by the API per region (database-engines), not documented as a list.', verified: false, source: `${SCW}/rdb_instance.md` },
    },
    mysql: {
      resourceType: 'scaleway_rdb_instance',
      versions: ['8'],
      versionsFact: { statement: 'MySQL-8 is the MySQL engine the docs name.', verified: true, source: `${SCW}/rdb_instance.md` },
    },
    locationKinds: [LocationKind.REGION],
    locationArgument: 'region',
    locations: ['fr-par', 'nl-ams', 'pl-waw'],
    locationsFact: { statement: 'Managed Databases work with Private Networks in the default zone of fr-par, nl-ams and pl-waw (the Limitations section names fr-par-1, nl-ams-1, pl-waw-1).', verified: true, source: `${SCW}/rdb_instance.md` },
    privateNetwork: true,
    networkFact: { statement: '"A load-balancer endpoint will be set by default if no Private Network is"; with private_network { pn_id, enable_ipam } and no load_balancer block the instance has no public endpoint. A public endpoint starts with "full network access from anywhere (0.0.0.0/0)".', verified: true, source: 'https://www.scaleway.com/en/docs/managed-databases/postgresql-and-mysql/concepts/' },
    atRest: AtRest.SWITCH,
    atRestFact: { statement: '`encryption_at_rest` switches encryption on (Scaleway-managed key; it cannot be switched off again). No customer-managed key argument.', verified: true, source: `${SCW}/rdb_instance.md` },
    inTransit: InTransit.OFFERED,
    inTransitFact: { statement: 'The instance exports its TLS `certificate`; no argument refuses unencrypted connections, and the docs do not say the server does.', verified: false, source: `${SCW}/rdb_instance.md` },
    backupLocation: 'same-region-switch',
    backupLocationArgument: 'backup_same_region',
    backupFact: { statement: 'A backup is "stored on an offsite backend located in a different region than your database, by default"; `backup_same_region = true` keeps logical backups in the instance region.', verified: true, source: 'https://www.scaleway.com/en/developers/api/managed-database-postgre-mysql/backups' },
    retention: { configurable: true, argument: 'backup_schedule_retention', minDays: 1, maxDays: 365 },
    retentionFact: { statement: '`backup_schedule_retention` is the backup retention in days (the API bounds it; the docs give no range, so 1 to 365 is assumed).', verified: false, source: `${SCW}/rdb_instance.md` },
    pointInTimeRecovery: false,
    pitrFact: { statement: 'Scheduled logical backups and snapshots; no point-in-time recovery argument.', verified: true, source: `${SCW}/rdb_instance.md` },
    deletionProtectionFact: NO_DELETION_ARGUMENT('scaleway_rdb_instance'),
    password: 'argument',
    passwordFact: { statement: '`user_name` and `password` of the first user (sensitive).', verified: true, source: `${SCW}/rdb_instance.md` },
    labels: 'list',
    labelsArgument: 'tags',
  },
  ovhcloud: {
    providerId: 'ovhcloud',
    postgresql: {
      resourceType: 'ovh_cloud_project_database',
      versions: ['13', '14', '15', '16', '17'],
      versionsFact: { statement: '`version` is validated by the API; the docs link the engine list without naming PostgreSQL versions.', verified: false, source: `${OVH}/cloud_project_database.md` },
    },
    mysql: {
      resourceType: 'ovh_cloud_project_database',
      versions: ['8'],
      versionsFact: { statement: 'The MySQL example uses version "8".', verified: true, source: `${OVH}/cloud_project_database.md` },
    },
    locationKinds: [LocationKind.REGION],
    locationArgument: 'nodes.region',
    privateNetwork: true,
    networkFact: { statement: '`nodes { network_id, subnet_id }` deploys the nodes in a private network (the regional OpenStack id of the network); `ip_restrictions` lists the blocks allowed otherwise.', verified: true, source: `${OVH}/cloud_project_database.md` },
    atRest: AtRest.NOT_DOCUMENTED,
    atRestFact: { statement: 'No encryption argument; OVHcloud documents encryption of the backups ("Those backups are encrypted"), not of the database volumes.', verified: true, source: 'https://support.us.ovhcloud.com/hc/en-us/articles/20350102911251-Cloud-Databases-Security-Overview' },
    inTransit: InTransit.OFFERED,
    inTransitFact: { statement: 'Endpoints export `ssl` and `ssl_mode`; no argument refuses unencrypted connections and the docs do not say the server does.', verified: false, source: `${OVH}/cloud_project_database.md` },
    backupLocation: 'argument',
    backupLocationArgument: 'backup_regions',
    backupFact: { statement: '"Backups are first prepared on-site and then replicated to another region" by default; `backup_regions` (at most 2, one the node region) overrides the default.', verified: true, source: OVH_BACKUPS },
    retention: { configurable: false, minDays: 2, maxDays: 30 },
    retentionFact: { statement: 'Retention follows the plan: "backups are retained for a period ranging from 2 days to 1 month depending on the option"; no argument.', verified: true, source: 'https://docs.ovhcloud.com/en/guides/account-and-service-management/reversibility/07-rdb-mysql-postgre' },
    pointInTimeRecovery: true,
    pitrFact: { statement: 'PITR "within the retention period of the chosen customer plan for PostgreSQL and MySQL".', verified: true, source: OVH_BACKUPS },
    deletionProtectionArgument: 'deletion_protection',
    deletionProtectionFact: { statement: '`deletion_protection` (bool).', verified: true, source: `${OVH}/cloud_project_database.md` },
    password: 'provider-generated',
    passwordFact: { statement: 'A user resource named "avnadmin" "is mapped with already created admin user and reset his password"; its `password` is sensitive.', verified: true, source: `${OVH}/cloud_project_database_postgresql_user.md` },
    labels: 'none',
  },
  stackit: {
    providerId: 'stackit',
    postgresql: {
      resourceType: 'stackit_postgresflex_instance',
      versions: ['13', '14', '15', '16', '17'],
      versionsFact: { statement: 'The example uses version "17"; the docs list no versions.', verified: false, source: `${STACKIT}/postgresflex_instance.md` },
    },
    mysqlMissing: 'STACKIT offers MariaDB as a separate service (stackit_mariadb_instance) without an encryption argument; EuDatabase covers STACKIT PostgreSQL Flex only',
    locationKinds: [LocationKind.REGION],
    locationArgument: 'region',
    privateNetwork: false,
    networkFact: { statement: 'Reachable "only from predefined STACKIT address ranges" plus the `network.acl` CIDRs; `network.access_scope = "SNA"` is in private preview ("only permitted for enabled accounts").', verified: true, source: 'https://docs.stackit.cloud/products/databases/postgresql-flex/basics/architecture-of-postgresql-flex' },
    atRest: AtRest.CUSTOMER_KEY,
    atRestFact: { statement: '`encryption { kek_key_id, kek_key_version, kek_keyring_id, service_account }` encrypts with a STACKIT KMS key.', verified: true, source: `${STACKIT}/postgresflex_instance.md` },
    inTransit: InTransit.OFFERED,
    inTransitFact: { statement: 'No TLS argument; the docs do not say whether plaintext connections are refused.', verified: false, source: `${STACKIT}/postgresflex_instance.md` },
    backupLocation: 'not-configurable',
    backupFact: { statement: 'No backup location argument; the docs do not say where backups are stored (clones stay "in the same project").', verified: false, source: 'https://docs.stackit.cloud/products/databases/postgresql-flex/how-tos/backup-and-clone-postgresql-flex' },
    retention: { configurable: true, argument: 'retention_days', minDays: 32, maxDays: 90 },
    retentionFact: { statement: '`retention_days`: "The value can only be between 32 and 90 days."', verified: true, source: `${STACKIT}/postgresflex_instance.md` },
    pointInTimeRecovery: true,
    pitrFact: { statement: '"Point-in-time restore for all backups (WAL (Write-Ahead Log) is activated by default)".', verified: true, source: 'https://docs.stackit.cloud/products/databases/postgresql-flex/how-tos/backup-and-clone-postgresql-flex' },
    deletionProtectionFact: NO_DELETION_ARGUMENT('stackit_postgresflex_instance'),
    password: 'provider-generated',
    passwordFact: { statement: '`stackit_postgresflex_user` exports the generated `password` (sensitive).', verified: true, source: `${STACKIT}/postgresflex_user.md` },
    labels: 'none',
  },
  ionos: {
    providerId: 'ionos',
    postgresql: {
      resourceType: 'ionoscloud_pg_cluster',
      versions: ['14', '15', '16'],
      versionsFact: { statement: '"IONOS Cloud supports PostgreSQL versions 14, 15, and 16" (12 and 13 are deprecated).', verified: true, source: IONOS_PG },
    },
    mysqlMissing: 'IONOS offers MariaDB (ionoscloud_mariadb_cluster) without a storage type, so its encryption at rest is not documented; EuDatabase covers IONOS PostgreSQL only',
    locationKinds: [LocationKind.LOCATION],
    locationArgument: 'location',
    privateNetwork: true,
    networkFact: { statement: '`connections { datacenter_id, lan_id, cidr }` connects the cluster to a LAN; "DBaaS supports private LANs".', verified: true, source: `${IONOS}/dbaas_pgsql_cluster.md` },
    atRest: AtRest.PLATFORM,
    atRestFact: { statement: '"Storage options are SSD or HDD, with SSD now including encryption-at-rest": the construct sets storage_type "SSD Premium".', verified: true, source: IONOS_PG },
    inTransit: InTransit.PLATFORM,
    inTransitFact: { statement: '"Communication between clients and the cluster is encrypted using TLS certificates from Let\'s Encrypt."', verified: true, source: IONOS_PG },
    backupLocation: 'argument',
    backupLocationArgument: 'backup_location',
    backupFact: { statement: 'Backups go to "an IONOS S3 Object Storage bucket in the same region"; "regions without IONOS S3 Object Storage will be backed up to eu-central-2". `backup_location` = de | eu-south-2 | eu-central-2.', verified: true, source: 'https://docs.ionos.com/cloud/databases/postgresql/overview/backup-recovery-and-migration' },
    retention: { configurable: false, fixedDays: 7 },
    retentionFact: { statement: '"We keep backups for the last 7 days so recovery is possible for up to one week in the past."', verified: true, source: 'https://docs.ionos.com/cloud/databases/postgresql/overview/backup-recovery-and-migration' },
    pointInTimeRecovery: true,
    pitrFact: { statement: '"Base backups are carried out daily, with Point-in-Time recovery for one week."', verified: true, source: IONOS_PG },
    deletionProtectionFact: NO_DELETION_ARGUMENT('ionoscloud_pg_cluster'),
    password: 'argument',
    passwordFact: { statement: '`credentials { username, password }`.', verified: true, source: `${IONOS}/dbaas_pgsql_cluster.md` },
    labels: 'none',
  },
  exoscale: {
    providerId: 'exoscale',
    postgresql: {
      resourceType: 'exoscale_dbaas',
      versions: ['13', '14', '15', '16', '17'],
      versionsFact: { statement: '`pg.version` is the major version (`exo dbaas type show pg`); the docs list none.', verified: false, source: `${EXO}/dbaas.md` },
    },
    mysql: {
      resourceType: 'exoscale_dbaas',
      versions: ['8'],
      versionsFact: { statement: '`mysql.version` is the major version (`exo dbaas type show mysql`); the docs list none.', verified: false, source: `${EXO}/dbaas.md` },
    },
    locationKinds: [LocationKind.LOCATION],
    locationArgument: 'zone',
    privateNetwork: false,
    networkFact: { statement: 'No private network argument; per-engine `ip_filter` lists the CIDRs allowed to connect, and "By default, Exoscale DBaaS are not accessible from the whole internet".', verified: true, source: 'https://community.exoscale.com/product/dbaas/service-specific/postgresql/operation' },
    atRest: AtRest.PLATFORM,
    atRestFact: { statement: 'Exoscale is responsible for "Encryption of data at rest in managed layers (e.g., Object Storage, DBaaS volumes)".', verified: true, source: 'https://community.exoscale.com/platform/compliance/shared-responsability-model' },
    inTransit: InTransit.PLATFORM,
    inTransitFact: { statement: '"Data does not transmit in clear over the network as it is SSL encrypted by default and authenticated"; `ca_certificate` is exported.', verified: true, source: 'https://community.exoscale.com/product/dbaas/service-specific/postgresql/operation' },
    backupLocation: 'not-configurable',
    backupFact: { statement: 'DBaaS are "automatically backed up, encrypted and stored securely in Object Storage"; which zone is not stated and there is no location argument.', verified: false, source: EXOSCALE_BACKUPS },
    retention: { configurable: false },
    retentionFact: { statement: '"The frequency and retention of backups is defined in the plan" (`exo dbaas type show pg --backup-config <plan>`).', verified: true, source: EXOSCALE_BACKUPS },
    pointInTimeRecovery: true,
    pitrFact: { statement: '"Some services like pg include PITR (point in time recovery)".', verified: true, source: EXOSCALE_BACKUPS },
    deletionProtectionArgument: 'termination_protection',
    deletionProtectionFact: { statement: '`termination_protection`: "protection boolean flag against termination/power-off".', verified: true, source: `${EXO}/dbaas.md` },
    password: 'argument',
    passwordFact: { statement: '`pg.admin_password` / `mysql.admin_password` (sensitive, set at creation).', verified: true, source: `${EXO}/dbaas.md` },
    labels: 'none',
  },
  upcloud: {
    providerId: 'upcloud',
    postgresql: {
      resourceType: 'upcloud_managed_database_postgresql',
      versions: ['15', '16', '17', '18'],
      versionsFact: { statement: 'properties.version enum of the provider schema: 15, 16, 17, 18.', verified: true, source: `${UPC}/internal/service/database/properties/service_types_data.json` },
    },
    mysql: {
      resourceType: 'upcloud_managed_database_mysql',
      versions: ['8.4'],
      versionsFact: { statement: 'properties.version enum of the provider schema: 8.4.', verified: true, source: `${UPC}/internal/service/database/properties/service_types_data.json` },
    },
    locationKinds: [LocationKind.LOCATION],
    locationArgument: 'zone',
    privateNetwork: true,
    networkFact: { statement: '`network { family, name, type = "private", uuid }` attaches private networks; `properties.public_access` defaults to false.', verified: true, source: `${UPC}/docs/resources/managed_database_postgresql.md` },
    atRest: AtRest.PLATFORM,
    atRestFact: { statement: '"full-volume encryption is implemented using LUKS with a unique ephemeral key generated for each instance and volume"; backups are encrypted too (Managed PostgreSQL page).', verified: true, source: 'https://upcloud.com/docs/products/managed-postgresql/features/encryption/' },
    inTransit: InTransit.OFFERED,
    inTransitFact: { statement: 'The resource exports `sslmode`; no argument refuses plaintext and the docs read here do not say the server does.', verified: false, source: `${UPC}/docs/resources/managed_database_postgresql.md` },
    backupLocation: 'not-configurable',
    backupFact: { statement: '"All backups are encrypted and stored off-site"; where is not stated and there is no location argument.', verified: false, source: UPCLOUD_BACKUPS },
    retention: { configurable: false },
    retentionFact: { statement: '"The retention period is set to either 1, 7 or 14 days for 1, 2, and 3 node clusters respectively" (`backup_retention_days` only on ACU plans).', verified: true, source: UPCLOUD_BACKUPS },
    pointInTimeRecovery: true,
    pitrFact: { statement: 'Full daily backups plus WAL copied continuously allow point-in-time recovery within the retention.', verified: true, source: UPCLOUD_BACKUPS },
    deletionProtectionArgument: 'termination_protection',
    deletionProtectionFact: { statement: '`termination_protection`: "prevents the managed service from being powered off, or deleted".', verified: true, source: `${UPC}/docs/resources/managed_database_postgresql.md` },
    password: 'argument',
    passwordFact: { statement: '`properties.admin_password` ("Defaults to random string"; set only at creation).', verified: true, source: `${UPC}/docs/resources/managed_database_postgresql.md` },
    labels: 'map',
    labelsArgument: 'labels',
  },
  otc: {
    providerId: 'otc',
    postgresql: {
      resourceType: 'opentelekomcloud_rds_instance_v3',
      versions: ['12', '13', '14', '15', '16'],
      versionsFact: { statement: '"PostgreSQL databases support PostgreSQL 9.5 and above"; the construct accepts the majors still supported upstream.', verified: false, source: `${OTC}/rds_instance_v3.md` },
    },
    mysql: {
      resourceType: 'opentelekomcloud_rds_instance_v3',
      versions: ['5.7', '8.0'],
      versionsFact: { statement: '"MySQL databases support MySQL 5.6 and above".', verified: false, source: `${OTC}/rds_instance_v3.md` },
    },
    locationKinds: [LocationKind.REGION],
    locationArgument: 'availability_zone',
    privateNetwork: true,
    networkFact: { statement: '`vpc_id`, `subnet_id` and `security_group_id` are required; a public address exists only through `public_ips` (not set).', verified: true, source: `${OTC}/rds_instance_v3.md` },
    atRest: AtRest.CUSTOMER_KEY,
    atRestFact: { statement: '`volume.disk_encryption_id`: "the key ID for disk encryption" (KMS, forces a new instance).', verified: true, source: `${OTC}/rds_instance_v3.md` },
    inTransit: InTransit.SWITCH,
    inTransitFact: { statement: '`ssl_enable`: "whether SSL should be enabled for MySql instances"; PostgreSQL has no TLS argument.', verified: true, source: `${OTC}/rds_instance_v3.md` },
    backupLocation: 'not-configurable',
    backupFact: { statement: 'No backup location argument; automated backups are kept by the instance\'s region (cross-region backup is a separate API, not used).', verified: false, source: `${OTC}/rds_instance_v3.md` },
    retention: { configurable: true, argument: 'backup_strategy.keep_days', minDays: 1, maxDays: 732 },
    retentionFact: { statement: '`backup_strategy.keep_days`: "The value range is from 0 to 732"; 0 disables automated backups.', verified: true, source: `${OTC}/rds_instance_v3.md` },
    pointInTimeRecovery: true,
    pitrFact: { statement: '`restore_from_backup { type = "timestamp", restore_time }`: "the point-in-time restoration mode".', verified: true, source: `${OTC}/rds_instance_v3.md` },
    deletionProtectionFact: NO_DELETION_ARGUMENT('opentelekomcloud_rds_instance_v3'),
    password: 'argument',
    passwordFact: { statement: '`db.password` (8 to 32 characters with upper and lower case letters, digits and one of ~!@#%^*-_=+?).', verified: true, source: `${OTC}/rds_instance_v3.md` },
    labels: 'map',
    labelsArgument: 'tags',
  },
};

/**
 * OVHcloud PostgreSQL and MySQL plans and their node counts: the `nodes` list must have one
 * entry per node ("all node should be identical"). Business and Enterprise "offer high
 * availability with multiple nodes" (reversibility policy); 1, 2 and 3 nodes is the split of
 * the OVHcloud plan pages, not restated in the Terraform docs (unverified).
 * @internal
 */
export const OVH_PLAN_NODES: Readonly<Record<string, number>> = { essential: 1, business: 2, enterprise: 3 };

/**
 * IONOS `ionoscloud_pg_cluster.backup_location` values (dbaas_pgsql_cluster.md: "de, eu-south-2,
 * eu-central-2"); the catalog places them (de: Frankfurt, eu-central-2: Berlin, eu-south-2: Logroño).
 * @internal
 */
export const IONOS_PG_BACKUP_LOCATIONS: readonly string[] = ['de', 'eu-central-2', 'eu-south-2'];

/** Providers in the catalog without a managed database in their Terraform provider. @internal */
export const NO_MANAGED_DATABASE: Readonly<Record<string, DatabaseFact>> = {
  hetzner: {
    statement: 'The hcloud provider has no managed database resource (its resources are certificates, firewalls, floating and primary IPs, load balancers, networks, placement groups, servers, snapshots, SSH keys, storage boxes, volumes and DNS zones).',
    verified: true,
    source: 'https://github.com/hetznercloud/terraform-provider-hcloud/tree/v1.68.0/docs/resources',
  },
};
