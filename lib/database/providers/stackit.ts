/*
 * EuDatabase on STACKIT: a PostgreSQL Flex instance reachable only from the CIDRs of the allow
 * list (STACKIT offers no private attachment in Terraform outside the private-preview SNA
 * scope), encrypted with a STACKIT KMS key, backups kept `retention_days` (32 to 90), and a
 * user whose password STACKIT generates.
 * https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources/postgresflex_instance.md
 */
import { StackitPostgresFlexInstance, StackitPostgresFlexUser, StackitProviderBlock } from '../../bindings/stackit/database';
import { defaultProvider } from '../peers';
import { RenderContext, RenderedDatabase } from '../render';

/** @internal */
export function renderStackit(ctx: RenderContext): RenderedDatabase {
  const { plan, props } = ctx;
  const key = props.encryptionKey?._stackit;
  const provider = ctx.provider ?? defaultProvider(ctx.scope, 'stackit', (stack, id) => new StackitProviderBlock(stack, id, plan.region.code));
  const resource = new StackitPostgresFlexInstance(ctx.scope, 'Resource', () => ({
    projectId: props.projectId!,
    name: ctx.name,
    region: plan.region.code,
    version: plan.version,
    flavorId: props.instanceType!,
    storageClass: props.storageClass ?? 'premium-perf2-stackit',
    storageSizeGb: props.storageGb ?? 10,
    backupSchedule: '0 2 * * *',
    retentionDays: plan.retentionDays!,
    acl: plan.allowedCidrs,
    encryption: key === undefined ? undefined : { keyId: key.keyId, keyVersion: key.keyVersion, keyRingId: key.keyRingId, serviceAccount: key.serviceAccountEmail },
  }), provider);
  const user = new StackitPostgresFlexUser(ctx.scope, 'Admin', () => ({
    projectId: props.projectId!, instanceId: resource.getStringAttribute('instance_id'), region: plan.region.code, username: plan.adminUsername, roles: ['login'],
  }), provider);
  return {
    resource,
    host: resource.getStringAttribute('connection_info.write.host'),
    port: resource.getStringAttribute('connection_info.write.port'),
    database: 'postgres',
    username: plan.adminUsername,
    password: user.getStringAttribute('password'),
    publicCa: false,
  };
}
