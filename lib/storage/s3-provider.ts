/*
 * One `aws` provider configuration per European provider, region and endpoint in a stack,
 * shared by every bucket there (internal).
 */
import { createHash } from 'crypto';
import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { invalidInput } from '../errors';
import { AwsS3Provider } from '../bindings/aws/provider';
import { S3Credentials } from './credentials';
import { StorageLocation } from './location';

const CREDENTIALS = Symbol.for('cdktf-sovereign.EuS3Provider.credentials');

type Tagged = AwsS3Provider & { [CREDENTIALS]?: S3Credentials };

/** Provider alias for a location: `scaleway_fr_par`; per-service endpoints add a short hash of the host. @internal */
export function providerAlias(location: StorageLocation): string {
  const base = `${location.provider.id}_${location.region.code}`.toLowerCase().replace(/[^a-z0-9]+/g, '_');
  if (!location.customEndpoint) return base;
  const hash = createHash('sha256').update(location.endpoint).digest('hex').slice(0, 8);
  return `${base}_${hash}`;
}

/** The stack's `aws` provider configuration for this location, created on first use. @internal */
export function s3ProviderFor(scope: IConstruct, location: StorageLocation, credentials: S3Credentials): AwsS3Provider {
  const stack = TerraformStack.of(scope);
  const alias = providerAlias(location);
  const id = `EuS3Provider-${alias}`;
  const existing = stack.node.tryFindChild(id) as Tagged | undefined;
  if (existing) {
    const first = existing[CREDENTIALS]!;
    if (first._key() !== credentials._key()) {
      throw invalidInput({
        code: 'CONFLICTING_CREDENTIALS',
        what: `Credentials for ${location.provider.name} ${location.region.code} in stack "${stack.node.id}"`,
        given: credentials._describe(),
        allowed: `the credentials the first bucket there chose (${first._describe()}): buckets of one provider and region share one provider configuration`,
        fix: 'pass the same S3Credentials to every bucket of this provider and region in the stack, or put the bucket in another stack.',
      });
    }
    return existing;
  }
  const provider = new AwsS3Provider(stack, id, {
    alias,
    region: location.signingRegion,
    s3Endpoint: location.endpoint,
    usePathStyle: location.pathStyle,
    ...credentials._bind(stack, alias),
  }) as Tagged;
  provider[CREDENTIALS] = credentials;
  return provider;
}
