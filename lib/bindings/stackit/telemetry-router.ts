/*
 * STACKIT Telemetry Router resources (internal: not part of the jsii API). Argument names and
 * nesting from the provider documentation at v0.113.0:
 * - https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources/telemetryrouter_instance.md
 * - https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources/telemetryrouter_destination.md
 * - https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources/telemetryrouter_access_token.md
 * - https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources/telemetrylink.md
 * All nested configuration there is "Attributes" (plugin framework): plain objects (JSON
 * objects, HCL maps), not `blocks(…)`.
 */
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { BoundResource } from '../base';
import { STACKIT } from '../providers';

/** @internal */
export interface TelemetryRouterInstanceConfig {
  readonly projectId: string;
  readonly region: string;
  readonly displayName: string;
  readonly description?: string;
}

/** `stackit_telemetryrouter_instance`: `project_id`, `region`, `display_name`, `description`. @internal */
export class StackitTelemetryRouterInstance extends BoundResource<TelemetryRouterInstanceConfig> {
  constructor(scope: Construct, id: string, render: () => TelemetryRouterInstanceConfig, provider?: TerraformProvider) {
    super(scope, id, 'stackit_telemetryrouter_instance', STACKIT, render, provider);
  }

  /** The read-only `instance_id`. */
  public get instanceId(): string {
    return this.getStringAttribute('instance_id');
  }

  protected attributes(c: TelemetryRouterInstanceConfig): Record<string, unknown> {
    return { project_id: c.projectId, region: c.region, display_name: c.displayName, description: c.description };
  }
}

/** @internal */
export interface TelemetryRouterS3DestinationConfig {
  readonly projectId: string;
  readonly instanceId: string;
  readonly region: string;
  readonly displayName: string;
  readonly description?: string;
  readonly bucket: string;
  readonly endpoint: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

/**
 * `stackit_telemetryrouter_destination` of `config.config_type = "S3"`:
 * `config { config_type, s3 { bucket, endpoint, access_key { id, secret } } }`.
 * @internal
 */
export class StackitTelemetryRouterS3Destination extends BoundResource<TelemetryRouterS3DestinationConfig> {
  constructor(scope: Construct, id: string, render: () => TelemetryRouterS3DestinationConfig, provider?: TerraformProvider) {
    super(scope, id, 'stackit_telemetryrouter_destination', STACKIT, render, provider);
  }

  protected attributes(c: TelemetryRouterS3DestinationConfig): Record<string, unknown> {
    return {
      project_id: c.projectId,
      instance_id: c.instanceId,
      region: c.region,
      display_name: c.displayName,
      description: c.description,
      config: {
        config_type: 'S3',
        s3: { bucket: c.bucket, endpoint: c.endpoint, access_key: { id: c.accessKeyId, secret: c.secretAccessKey } },
      },
    };
  }
}

/** @internal */
export interface TelemetryRouterAccessTokenConfig {
  readonly projectId: string;
  readonly instanceId: string;
  readonly region: string;
  readonly displayName: string;
  readonly description?: string;
  /** Days until the token expires; undefined: never. */
  readonly ttl?: number;
}

/** `stackit_telemetryrouter_access_token`: `project_id`, `instance_id`, `region`, `display_name`, `description`, `ttl`. @internal */
export class StackitTelemetryRouterAccessToken extends BoundResource<TelemetryRouterAccessTokenConfig> {
  constructor(scope: Construct, id: string, render: () => TelemetryRouterAccessTokenConfig, provider?: TerraformProvider) {
    super(scope, id, 'stackit_telemetryrouter_access_token', STACKIT, render, provider);
  }

  /** The read-only, sensitive `access_token`. */
  public get accessToken(): string {
    return this.getStringAttribute('access_token');
  }

  protected attributes(c: TelemetryRouterAccessTokenConfig): Record<string, unknown> {
    return { project_id: c.projectId, instance_id: c.instanceId, region: c.region, display_name: c.displayName, description: c.description, ttl: c.ttl };
  }
}

/** @internal */
export interface TelemetryLinkConfig {
  /** `project`, `folder` or `organization`. */
  readonly resourceType: string;
  readonly resourceId: string;
  readonly region: string;
  readonly displayName: string;
  readonly description?: string;
  readonly telemetryRouterId: string;
  /** Written with the write-only `access_token_wo` (never in state; Terraform 1.11+). */
  readonly accessToken: string;
  readonly accessTokenVersion: number;
}

/**
 * `stackit_telemetrylink`: `resource_type`, `resource_id`, `region`, `display_name`,
 * `description`, `telemetry_router_id`, `access_token_wo`, `access_token_wo_version`.
 * @internal
 */
export class StackitTelemetryLink extends BoundResource<TelemetryLinkConfig> {
  constructor(scope: Construct, id: string, render: () => TelemetryLinkConfig, provider?: TerraformProvider) {
    super(scope, id, 'stackit_telemetrylink', STACKIT, render, provider);
  }

  protected attributes(c: TelemetryLinkConfig): Record<string, unknown> {
    return {
      resource_type: c.resourceType,
      resource_id: c.resourceId,
      region: c.region,
      display_name: c.displayName,
      description: c.description,
      telemetry_router_id: c.telemetryRouterId,
      access_token_wo: c.accessToken,
      access_token_wo_version: c.accessTokenVersion,
    };
  }
}
