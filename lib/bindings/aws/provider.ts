/*
 * A minimal typed binding of the `hashicorp/aws` provider configuration, for the
 * S3-compatible route only (internal: not part of the jsii API).
 *
 * Why not @cdktf/provider-aws: it is hundreds of megabytes for the seven `aws_s3_*`
 * resources used here. Every argument below exists in the hashicorp/aws 5.100.0 provider
 * schema (`terraform providers schema -json`), and the real-Terraform tests in
 * test/storage check it with `terraform validate` and `terraform plan`.
 */
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';

/** Provider version constraint: the schema this binding was written and tested against. */
export const AWS_PROVIDER_VERSION_CONSTRAINT = '~> 5.100';

/** @internal */
export interface AwsS3ProviderConfig {
  /** Provider alias (one per European provider, region and endpoint). */
  readonly alias: string;
  /** SigV4 signing region. */
  readonly region: string;
  /** The European provider's S3 endpoint URL. */
  readonly s3Endpoint: string;
  /** Path-style addressing (`https://host/bucket`). */
  readonly usePathStyle: boolean;
  /** Access key: a `${var.…}` reference, never a literal. */
  readonly accessKey?: string;
  /** Secret key: a `${var.…}` reference, never a literal. */
  readonly secretKey?: string;
  /** Named profile of the shared credentials file. */
  readonly profile?: string;
}

/**
 * The `aws` provider pointed at a European provider's S3 endpoint, with the `skip_*` flags
 * such endpoints need: no STS credential check, no AWS region list, no account-id lookup
 * (IAM/STS calls), no EC2 metadata probe.
 * @internal
 */
export class AwsS3Provider extends TerraformProvider {
  private readonly config: AwsS3ProviderConfig;
  private providerAlias?: string;

  constructor(scope: Construct, id: string, config: AwsS3ProviderConfig) {
    super(scope, id, {
      terraformResourceType: 'aws',
      terraformGeneratorMetadata: { providerName: 'aws', providerVersionConstraint: AWS_PROVIDER_VERSION_CONSTRAINT },
      terraformProviderSource: 'hashicorp/aws',
    });
    this.config = config;
    this.providerAlias = config.alias;
  }

  public get alias(): string | undefined {
    return this.providerAlias;
  }

  public set alias(value: string | undefined) {
    this.providerAlias = value;
  }

  /** The S3 endpoint this provider configuration talks to. */
  public get s3Endpoint(): string {
    return this.config.s3Endpoint;
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return prune({
      region: this.config.region,
      access_key: this.config.accessKey,
      secret_key: this.config.secretKey,
      profile: this.config.profile,
      endpoints: [{ s3: this.config.s3Endpoint }],
      s3_use_path_style: this.config.usePathStyle,
      skip_credentials_validation: true,
      skip_region_validation: true,
      skip_requesting_account_id: true,
      // A string in the 5.100.0 schema.
      skip_metadata_api_check: 'true',
    });
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return toHclAttributes(this.synthesizeAttributes());
  }
}

/** Drop undefined values (Terraform JSON has no "unset"). @internal */
export function prune<T extends Record<string, unknown>>(attributes: T): T {
  return Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Attributes in the shape cdktf's HCL renderer expects (`{ value, isBlock, type, storageClassType }`),
 * derived from the JSON attributes: arrays of objects are blocks, objects are maps.
 * @internal
 */
export function toHclAttributes(attributes: Record<string, unknown>): { [name: string]: any } {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v))) {
      out[key] = {
        value: value.map((v) => toHclBlock(v as Record<string, unknown>)),
        isBlock: true,
        type: 'list',
        storageClassType: `${key}List`,
      };
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      out[key] = { value, isBlock: false, type: 'map', storageClassType: 'stringMap' };
    } else {
      out[key] = { value, isBlock: false, type: 'simple', storageClassType: typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string' };
    }
  }
  return out;
}

function toHclBlock(block: Record<string, unknown>): Record<string, unknown> {
  const hcl = toHclAttributes(block);
  return Object.fromEntries(Object.entries(hcl).filter(([, v]) => v !== undefined));
}
