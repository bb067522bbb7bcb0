/*
 * What a provider's object storage can do, read from the catalog, and the errors when a
 * requested feature is not there (internal).
 */
import { CloudProvider } from '../catalog/provider';
import { CapabilityFact } from '../catalog/types';
import { invalidInput } from '../errors';

/** Capabilities EuBucket asks about. @internal */
export type BucketFeature =
  | 'bucketSseKms' | 'objectLock' | 'bucketVersioning' | 'bucketLifecycle' | 'bucketAccessLogging' | 'bucketTagging';

const FEATURE_NAMES: Record<BucketFeature, string> = {
  bucketSseKms: 'server-side encryption with a customer-managed KMS key (SSE-KMS)',
  objectLock: 'object lock / WORM',
  bucketVersioning: 'versioning',
  bucketLifecycle: 'lifecycle expiration',
  bucketAccessLogging: 'server access logging',
  bucketTagging: 'bucket tags',
};

/** The catalog fact for a feature; unrecorded optional facts count as unsupported and unverified. @internal */
export function capabilityOf(provider: CloudProvider, feature: BucketFeature): CapabilityFact {
  const caps = provider.capabilities as unknown as Record<string, CapabilityFact | undefined>;
  return caps[feature] ?? {
    supported: false,
    verified: false,
    source: provider.objectStorage?.source ?? 'https://github.com/cdktf-sovereign/cdktf-sovereign',
    note: 'not recorded in the catalog',
  };
}

/** Throw unless the provider's object storage supports `feature`. @internal */
export function requireFeature(what: string, provider: CloudProvider, feature: BucketFeature, given: unknown, fix: string): void {
  const fact = capabilityOf(provider, feature);
  if (fact.supported) return;
  throw unsupported(what, provider, feature, given, fix, fact);
}

/** The error for a feature the provider does not offer, with the catalog's evidence. @internal */
export function unsupported(what: string, provider: CloudProvider, feature: BucketFeature, given: unknown, fix: string, fact = capabilityOf(provider, feature)) {
  const evidence = `${fact.note ? `${fact.note} ` : ''}(catalog: ${fact.verified ? 'verified' : 'unverified'}, ${fact.source})`;
  return invalidInput({
    code: 'FEATURE_UNSUPPORTED',
    what,
    given,
    allowed: `features ${provider.name}'s object storage supports; ${FEATURE_NAMES[feature]} is not one of them: ${evidence}`,
    fix,
  });
}
