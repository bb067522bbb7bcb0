/*
 * EuDatabase on Exoscale: a DBaaS service whose only endpoint is public, so the allow list is
 * required (never every address), termination protection on, an admin password generated here.
 * Exoscale encrypts DBaaS volumes and the connection (platform, no switch).
 * https://github.com/exoscale/terraform-provider-exoscale/blob/v0.70.0/docs/resources/dbaas.md
 */
import { ExoscaleDatabaseUri, ExoscaleDbaas, ExoscaleProviderBlock } from '../../bindings/exoscale/database';
import { DatabaseEngine } from '../options';
import { defaultProvider } from '../peers';
import { adminPassword, RenderContext, RenderedDatabase } from '../render';

/** @internal */
export function renderExoscale(ctx: RenderContext): RenderedDatabase {
  const { plan, props } = ctx;
  const type = plan.engine === DatabaseEngine.POSTGRESQL ? 'pg' : 'mysql';
  const provider = ctx.provider ?? defaultProvider(ctx.scope, 'exoscale', (stack, id) => new ExoscaleProviderBlock(stack, id));
  const password = adminPassword(ctx);
  const resource = new ExoscaleDbaas(ctx.scope, 'Resource', () => ({
    name: ctx.name,
    zone: plan.region.code,
    plan: props.instanceType!,
    type,
    version: plan.version,
    adminUsername: plan.adminUsername,
    adminPassword: password,
    ipFilter: plan.allowedCidrs,
    terminationProtection: plan.deletionProtection,
  }), provider);
  // The resource exports no host: read it once the service exists.
  const uri = new ExoscaleDatabaseUri(ctx.scope, 'Uri', { name: ctx.name, type, zone: plan.region.code }, provider, [resource]);
  return {
    resource,
    host: uri.getStringAttribute('host'),
    port: uri.getStringAttribute('port'),
    database: uri.getStringAttribute('db_name'),
    username: plan.adminUsername,
    password,
    caCertificate: resource.getStringAttribute('ca_certificate'),
    caCertificateSensitive: true,
    publicCa: false,
  };
}
