/*
 * EuDatabase on UpCloud: a managed PostgreSQL or MySQL service on a private network, public
 * access off, the utility-network filter off and the IP filter holding only the network's block,
 * termination protection on, labels carrying the classification. UpCloud encrypts volumes and
 * backups (LUKS; platform, no switch).
 * https://github.com/UpCloudLtd/terraform-provider-upcloud/blob/v5.41.0/docs/resources/managed_database_postgresql.md
 */
import { UpcloudManagedDatabase, UpcloudProviderBlock } from '../../bindings/upcloud/database';
import { defaultProvider } from '../peers';
import { adminPassword, RenderContext, RenderedDatabase } from '../render';

/** @internal */
export function renderUpcloud(ctx: RenderContext): RenderedDatabase {
  const { plan, props } = ctx;
  const provider = ctx.provider ?? defaultProvider(ctx.scope, 'upcloud', (stack, id) => new UpcloudProviderBlock(stack, id));
  const password = adminPassword(ctx);
  const attachment = ctx.attachment!;
  const resource = new UpcloudManagedDatabase(ctx.scope, 'Resource', plan.engineOffering.resourceType, () => ({
    name: ctx.name,
    title: ctx.name,
    zone: plan.region.code,
    plan: props.instanceType!,
    version: plan.version,
    networkId: attachment.networkId,
    ipFilter: [attachment.ipv4Cidr!],
    adminUsername: plan.adminUsername,
    adminPassword: password,
    terminationProtection: plan.deletionProtection,
    labels: ctx.labels,
  }), provider);
  return {
    resource,
    host: resource.getStringAttribute('service_host'),
    port: resource.getStringAttribute('service_port'),
    database: 'defaultdb',
    username: plan.adminUsername,
    password,
    publicCa: false,
  };
}
