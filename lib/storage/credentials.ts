import { TerraformStack, TerraformVariable } from 'cdktf';
import { IConstruct } from 'constructs';
import { invalidInput } from '../errors';

enum CredentialSource {
  VARIABLES = 'variables',
  ENVIRONMENT = 'environment',
  PROFILE = 'profile',
}

/**
 * Where the `aws` provider that talks to a European S3 endpoint gets its access key.
 * Keys never appear as literals in the synthesized `cdk.tf.json`.
 *
 * @example
 * S3Credentials.fromVariables();          // sensitive variables scaleway_fr_par_s3_access_key / _secret_key
 * S3Credentials.fromProfile('scaleway');  // a profile of ~/.aws/credentials
 */
export class S3Credentials {
  /**
   * Two sensitive Terraform variables per provider configuration, named
   * `<alias>_s3_access_key` and `<alias>_s3_secret_key` (e.g. `scaleway_fr_par_s3_access_key`);
   * supply them with `TF_VAR_…` environment variables or a `.tfvars` file kept out of version
   * control. Each European provider and region gets its own pair, so one stack can hold
   * buckets on several providers.
   */
  public static fromVariables(): S3Credentials {
    return new S3Credentials(CredentialSource.VARIABLES);
  }

  /**
   * The AWS SDK's default chain: `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` in the
   * environment (or `AWS_PROFILE`). Every provider configuration of the stack reads the
   * same variables, so use it only for stacks on one European provider.
   */
  public static fromEnvironment(): S3Credentials {
    return new S3Credentials(CredentialSource.ENVIRONMENT);
  }

  /**
   * A named profile of the shared credentials file (`~/.aws/credentials`).
   * @param profile the profile name, e.g. `scaleway-prod`
   */
  public static fromProfile(profile: string): S3Credentials {
    if (typeof profile !== 'string' || !/^[A-Za-z0-9._-]{1,64}$/.test(profile)) {
      throw invalidInput({
        code: 'INVALID_PROFILE',
        what: 'S3Credentials.fromProfile profile',
        given: profile,
        allowed: '1 to 64 letters, digits, dots, underscores or hyphens',
        fix: 'pass the name of a profile in your shared credentials file, e.g. "scaleway-prod".',
      });
    }
    return new S3Credentials(CredentialSource.PROFILE, profile);
  }

  private readonly source: CredentialSource;
  private readonly profile?: string;

  private constructor(source: CredentialSource, profile?: string) {
    this.source = source;
    this.profile = profile;
  }

  /** Identity for "same credentials" comparisons. @internal */
  public _key(): string {
    return this.source === CredentialSource.PROFILE ? `profile:${this.profile}` : this.source;
  }

  /** Human-readable form for messages. @internal */
  public _describe(): string {
    switch (this.source) {
      case CredentialSource.VARIABLES: return 'S3Credentials.fromVariables()';
      case CredentialSource.ENVIRONMENT: return 'S3Credentials.fromEnvironment()';
      default: return `S3Credentials.fromProfile("${this.profile}")`;
    }
  }

  /** The provider arguments, creating the variables in the stack when needed. @internal */
  public _bind(scope: IConstruct, alias: string): { accessKey?: string; secretKey?: string; profile?: string } {
    if (this.source === CredentialSource.ENVIRONMENT) return {};
    if (this.source === CredentialSource.PROFILE) return { profile: this.profile };
    const stack = TerraformStack.of(scope);
    const variable = (suffix: string, what: string): string => {
      const name = `${alias}_s3_${suffix}`;
      const existing = stack.node.tryFindChild(name);
      if (existing instanceof TerraformVariable) return existing.stringValue;
      const v = new TerraformVariable(stack, name, {
        type: 'string',
        sensitive: true,
        nullable: false,
        description: `${what} for the S3 endpoint of provider alias ${alias} (set TF_VAR_${name}; never commit it).`,
      });
      v.overrideLogicalId(name);
      return v.stringValue;
    };
    return { accessKey: variable('access_key', 'Access key'), secretKey: variable('secret_key', 'Secret key') };
  }
}
