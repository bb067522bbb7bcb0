/*
 * EuDatabase on Scaleway: a Managed Database Instance on a Private Network only (no
 * load_balancer block, so no public endpoint), encrypted at rest, logical backups kept in the
 * instance's region, retention within the policy.
 * https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources/rdb_instance.md
 */
import { ScalewayRdbInstance } from '../../bindings/scaleway/database';
import { invalidInput } from '../../errors';
import { DatabaseEngine } from '../options';
import { adminPassword, labelList, RenderContext, RenderedDatabase } from '../render';

/** @internal */
export function renderScaleway(ctx: RenderContext, encrypted: boolean): RenderedDatabase {
  const { plan, props } = ctx;
  const engine = `${plan.engine === DatabaseEngine.POSTGRESQL ? 'PostgreSQL' : 'MySQL'}-${plan.version}`;
  const password = adminPassword(ctx);
  const storage = props.storageGb;
  if (storage !== undefined && (!Number.isInteger(storage) || storage < 5 || storage % 5 !== 0)) {
    throw invalidInput({ code: 'INVALID_SIZE', what: 'EuDatabase storageGb on Scaleway', given: storage, allowed: 'a multiple of 5 GB (volume_size_in_gb is validated as divisible by 5)', fix: 'round storageGb to a multiple of 5, or omit it for local SSD (lssd).' });
  }
  const resource = new ScalewayRdbInstance(ctx.scope, 'Resource', () => ({
    name: ctx.name,
    nodeType: props.instanceType!,
    engine,
    region: plan.region.code,
    userName: plan.adminUsername,
    password,
    encryptionAtRest: encrypted,
    privateNetworkId: ctx.attachment!.networkId,
    backupRetentionDays: plan.retentionDays!,
    // Local SSD takes no size; a size asks for Block Storage (volume_size_in_gb "Cannot be used when volume_type is set to lssd").
    volumeType: storage === undefined ? 'lssd' : 'sbs_5k',
    volumeSizeGb: storage,
    tags: labelList(ctx.labels),
  }), ctx.provider);
  return {
    resource,
    host: resource.getStringAttribute('private_network[0].hostname'),
    port: resource.getStringAttribute('private_network[0].port'),
    database: 'rdb',
    username: plan.adminUsername,
    password,
    caCertificate: resource.getStringAttribute('certificate'),
    publicCa: false,
  };
}
