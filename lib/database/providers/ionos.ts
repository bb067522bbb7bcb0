/*
 * EuDatabase on IONOS: a DBaaS PostgreSQL cluster connected only to a private LAN, on SSD
 * storage (encrypted at rest, the IONOS docs say, for SSD only), backups in an object-storage
 * location of the jurisdiction named explicitly (same city, else same country, else it must be
 * given), seven days of backups with point-in-time recovery (fixed by IONOS).
 * https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources/dbaas_pgsql_cluster.md
 */
import { Fn } from 'cdktf';
import { IonosPgCluster } from '../../bindings/ionoscloud/database';
import { Catalog } from '../../catalog/catalog';
import { IONOS_PG_BACKUP_LOCATIONS } from '../../catalog/databases';
import { LocationKind } from '../../catalog/types';
import { invalidInput } from '../../errors';
import { resolveBackupLocation } from '../network';
import { adminPassword, RenderContext, RenderedDatabase } from '../render';

/** Host number of the database in the LAN's block when no address is given. */
const DEFAULT_HOST = 200;

/** @internal */
export function renderIonos(ctx: RenderContext): RenderedDatabase {
  const { plan, props } = ctx;
  const backup = props.backupLocation !== undefined
    ? resolveBackupLocation(ctx.scope, plan.offering, props.backupLocation, [LocationKind.OBJECT_STORAGE_REGION], [...IONOS_PG_BACKUP_LOCATIONS])
    : defaultBackupLocation(ctx);
  const cores = props.cores ?? 2;
  const memoryGb = props.memoryGb ?? 4;
  const storageGb = props.storageGb ?? 20;
  for (const [name, value, rule, ok] of [
    ['cores', cores, 'a whole number from 1 to 62', Number.isInteger(cores) && cores >= 1 && cores <= 62],
    ['memoryGb', memoryGb, 'a whole number of GB from 4 (ram "has to be a multiple of 1024" MB)', Number.isInteger(memoryGb) && memoryGb >= 4],
    ['storageGb', storageGb, 'an even number of GB (storage_size "has to be a multiple of 2048" MB)', Number.isInteger(storageGb) && storageGb >= 2 && storageGb % 2 === 0],
  ] as const) {
    if (!ok) throw invalidInput({ code: 'INVALID_SIZE', what: `EuDatabase ${name} on IONOS`, given: value, allowed: rule, fix: `pass a valid ${name}.` });
  }
  const attachment = ctx.attachment!;
  const cidr = attachment.privateAddress
    ?? Fn.format('%s/%s', [Fn.cidrhost(attachment.ipv4Cidr!, DEFAULT_HOST), Fn.element(Fn.split('/', attachment.ipv4Cidr!), 1)]);
  const password = adminPassword(ctx);
  const resource = new IonosPgCluster(ctx.scope, 'Resource', () => ({
    displayName: ctx.name,
    postgresVersion: plan.version,
    location: plan.region.code,
    backupLocation: backup.code,
    instances: 1,
    cores,
    ramMb: memoryGb * 1024,
    storageSizeMb: storageGb * 1024,
    // Encryption at rest is documented for SSD storage only.
    storageType: 'SSD Premium',
    datacenterId: attachment.datacenterId!,
    lanId: attachment.networkId,
    cidr,
    username: plan.adminUsername,
    password,
  }), ctx.provider);
  return {
    resource,
    host: resource.getStringAttribute('dns_name'),
    port: '5432',
    database: 'postgres',
    username: plan.adminUsername,
    password,
    publicCa: true,
  };
}

/** The backup location in the cluster's city, else its country; none there: it must be chosen. */
function defaultBackupLocation(ctx: RenderContext) {
  const provider = Catalog.provider('ionos');
  const here = ctx.plan.region;
  const candidates = IONOS_PG_BACKUP_LOCATIONS.map((c) => provider.region(c));
  const chosen = candidates.find((c) => c.country === here.country && c.city === here.city) ?? candidates.find((c) => c.country === here.country);
  if (chosen) return resolveBackupLocation(ctx.scope, ctx.plan.offering, chosen.code, [LocationKind.OBJECT_STORAGE_REGION], [...IONOS_PG_BACKUP_LOCATIONS]);
  throw invalidInput({
    code: 'BACKUP_LOCATION_REQUIRED',
    what: `EuDatabase backupLocation on IONOS ${here.code}`,
    given: undefined,
    allowed: `one of ${candidates.map((c) => `${c.code} (${c.city}, ${c.country})`).join(', ')}: none is in ${here.country}, and IONOS backs up clusters in locations without object storage to eu-central-2 unless told otherwise`,
    fix: 'pass backupLocation with a location inside your jurisdiction.',
  });
}
