/*
 * exoscale/exoscale DBaaS and the provider block (internal: not part of the jsii API).
 * Arguments and nesting from the provider documentation at v0.70.0:
 *   https://github.com/exoscale/terraform-provider-exoscale/blob/v0.70.0/docs/resources/dbaas.md
 *   …/docs/data-sources/database_uri.md, …/docs/index.md
 * Plugin-framework resource: the per-engine `pg` / `mysql` arguments are nested attributes (objects).
 */
import { ITerraformDependable, TerraformDataSource, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { BoundProvider, BoundResource, toHcl, toJson } from '../base';
import { EXOSCALE } from '../providers';

/** The `exoscale` provider block, without arguments (key and secret from EXOSCALE_API_KEY / EXOSCALE_API_SECRET). @internal */
export class ExoscaleProviderBlock extends BoundProvider {
  constructor(scope: Construct, id: string) {
    super(scope, id, EXOSCALE);
  }

  protected attributes(): Record<string, unknown> {
    return {};
  }
}

/** @internal */
export interface ExoscaleDbaasConfig {
  readonly name: string;
  readonly zone: string;
  readonly plan: string;
  /** `pg` or `mysql`: also the name of the engine's nested attribute. */
  readonly type: string;
  readonly version: string;
  readonly adminUsername: string;
  readonly adminPassword: string;
  readonly ipFilter: string[];
  readonly terminationProtection: boolean;
}

/**
 * `exoscale_dbaas`: `name`, `zone`, `plan`, `type`, `termination_protection`, and the engine's
 * nested attribute (`pg` or `mysql`) with `version`, `admin_username`, `admin_password`,
 * `ip_filter` (the CIDRs allowed to connect; the service has no private attachment).
 * @internal
 */
export class ExoscaleDbaas extends BoundResource<ExoscaleDbaasConfig> {
  constructor(scope: Construct, id: string, render: () => ExoscaleDbaasConfig, provider?: TerraformProvider) {
    super(scope, id, 'exoscale_dbaas', EXOSCALE, render, provider);
  }

  protected attributes(c: ExoscaleDbaasConfig): Record<string, unknown> {
    return {
      name: c.name,
      zone: c.zone,
      plan: c.plan,
      type: c.type,
      termination_protection: c.terminationProtection,
      [c.type]: { version: c.version, admin_username: c.adminUsername, admin_password: c.adminPassword, ip_filter: c.ipFilter },
    };
  }
}

/**
 * Data source `exoscale_database_uri`: `name`, `type`, `zone`; read-only `host`, `port`,
 * `db_name` (the resource itself exports no host).
 * @internal
 */
export class ExoscaleDatabaseUri extends TerraformDataSource {
  constructor(scope: Construct, id: string, private readonly args: { name: string; type: string; zone: string }, provider?: TerraformProvider, dependsOn?: ITerraformDependable[]) {
    super(scope, id, { terraformResourceType: 'exoscale_database_uri', terraformGeneratorMetadata: { providerName: EXOSCALE.name }, provider, dependsOn });
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return toJson({ ...this.args });
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return toHcl({ ...this.args });
  }
}
