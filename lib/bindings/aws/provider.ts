/*
 * A minimal typed binding of the `hashicorp/aws` provider configuration, for the
 * S3-compatible route only (internal: not part of the jsii API).
 *
 * Why not @cdktf/provider-aws: it is hundreds of megabytes for the seven `aws_s3_*`
 * resources used here. Every argument below exists in the hashicorp/aws 5.100.0 provider
 * schema (`terraform providers schema -json`), and the real-Terraform tests in
 * test/storage check it with `terraform validate` and `terraform plan`.
 */
import { Construct } from 'constructs';
import { blocks, BoundProvider } from '../base';
import { AWS } from '../providers';

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
export class AwsS3Provider extends BoundProvider {
  private readonly config: AwsS3ProviderConfig;

  constructor(scope: Construct, id: string, config: AwsS3ProviderConfig) {
    super(scope, id, AWS, config.alias);
    this.config = config;
  }

  /** The S3 endpoint this provider configuration talks to. */
  public get s3Endpoint(): string {
    return this.config.s3Endpoint;
  }

  protected attributes(): Record<string, unknown> {
    return {
      region: this.config.region,
      access_key: this.config.accessKey,
      secret_key: this.config.secretKey,
      profile: this.config.profile,
      endpoints: blocks({ s3: this.config.s3Endpoint }),
      s3_use_path_style: this.config.usePathStyle,
      skip_credentials_validation: true,
      skip_region_validation: true,
      skip_requesting_account_id: true,
      // A string in the 5.100.0 schema.
      skip_metadata_api_check: 'true',
    };
  }
}
