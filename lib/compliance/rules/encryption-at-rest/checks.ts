import { EncryptionAtRestFact, EncryptionCheck, UnsetKeyDefault } from '../../../catalog/facts/encryption';
import { ResourceView, RuleContext } from '../../model/view';
import { FindingLevel, RuleViolation } from '../../types';
import { restsOn } from '../catalog-facts';
import { algorithmBlock, s3Bucket, s3Configuration, value } from './buckets';
import { Check, cmkRequired, flag, isSet, unknownFlag } from './shared';
import { kubernetesVolumes } from './volume-claims';
import { blockDevices, flagCheck, inheritedValue, keys, launchTemplate, typeOrFlag, volumeType } from './volumes';

/*
 * The check kinds of SOV-ENCRYPTION-AT-REST. Which kind judges a resource type, and with which
 * arguments and texts, is a catalog fact (`ResourceTypeFact.encryptionAtRest`).
 */

/**
 * Encryption is switched on by naming a key (KMS key id, encryption block): it must be set. Where
 * the provider documents no default for a resource without a key (`unsetKey`), its absence proves
 * only that no customer-managed key is named: an error where the policy requires one, otherwise a
 * warning that says encryption at rest cannot be verified.
 */
function key(r: ResourceView, context: RuleContext, f: EncryptionAtRestFact): RuleViolation[] {
  const path = f.argument!;
  if (isSet(r.attribute(path))) return [];
  const what = f.what ?? 'resource';
  if (f.unsetKey?.means === UnsetKeyDefault.UNDOCUMENTED) {
    if (cmkRequired(context)) {
      return [{ message: `The policy requires customer-managed keys, but the ${what} names none: \`${path}\` (the customer-managed key) is not set.`, attribute: path, fix: f.fix }];
    }
    return [{
      message: `The ${what} names no encryption key (\`${path}\` is not set), and ${f.unsetKey.documentation}: whether it is encrypted at rest cannot be verified (${f.unsetKey.source}).`,
      attribute: path,
      fix: f.fix,
      maxLevel: FindingLevel.WARNING,
    }];
  }
  return [{
    message: `The ${what} is not encrypted at rest: \`${path}\` (the encryption key) is not set.`,
    attribute: path,
    fix: f.fix,
  }];
}

/** The platform encrypts it and nothing can be configured; a customer key only where the catalog names how. */
function platform(r: ResourceView, context: RuleContext, f: EncryptionAtRestFact): RuleViolation[] {
  if (f.skippedWhenTrue && flag(r, f.skippedWhenTrue) === 'true') return [];
  const except = f.notCovered;
  if (except) {
    const v = r.literal(except.argument);
    if (typeof v === 'string' && except.values.some((x) => x.toLowerCase() === v.toLowerCase())) {
      return [{
        message: except.message.replace('{value}', v), attribute: except.argument, fix: except.fix,
        ...restsOn({ verified: except.verified, fact: `${r.resourceType} with ${except.argument} = "${v}" is not encrypted at rest`, source: except.source }),
      }];
    }
  }
  const key = f.customerKey;
  if (!key || !cmkRequired(context)) return [];
  const args = key.arguments ?? [];
  if (args.length === 0 && !key.childType) return [];
  if (args.some((p) => isSet(r.attribute(p)))) return [];
  if (key.childType && r.childrenOfType(key.childType).some((c) => !key.childKeyArgument || isSet(c.attribute(key.childKeyArgument)))) return [];
  return [{
    message: key.message ?? `The policy requires customer-managed keys, but the ${f.what ?? 'resource'} uses the provider's platform-managed key (none of ${args.map((p) => `\`${p}\``).join(', ')} is set).`,
    attribute: key.attribute ?? args[0],
    fix: key.fix,
  }];
}

/** The provider offers no encryption for it (and documents none by the platform). */
function notEncryptable(r: ResourceView, _c: RuleContext, f: EncryptionAtRestFact): RuleViolation[] {
  return [{ message: f.message!, fix: f.fix!, ...restsOn({ verified: f.verified, fact: `the provider documents no encryption at rest for ${r.resourceType}`, source: f.source }) }];
}

type FactCheck = (resource: ResourceView, context: RuleContext, fact: EncryptionAtRestFact) => RuleViolation[];

const CHECKS: Record<EncryptionCheck, FactCheck> = {
  [EncryptionCheck.S3_BUCKET]: s3Bucket,
  [EncryptionCheck.S3_CONFIGURATION]: s3Configuration,
  [EncryptionCheck.FLAG]: flagCheck,
  [EncryptionCheck.KEY]: key,
  [EncryptionCheck.KEYS]: keys,
  [EncryptionCheck.PLATFORM]: platform,
  [EncryptionCheck.NOT_ENCRYPTABLE]: notEncryptable,
  [EncryptionCheck.ALGORITHM_BLOCK]: algorithmBlock,
  [EncryptionCheck.VALUE]: value,
  [EncryptionCheck.TYPE_OR_FLAG]: typeOrFlag,
  [EncryptionCheck.INHERITED_VALUE]: inheritedValue,
  [EncryptionCheck.BLOCK_DEVICES]: blockDevices,
  [EncryptionCheck.LAUNCH_TEMPLATE]: launchTemplate,
  [EncryptionCheck.KUBERNETES_VOLUMES]: kubernetesVolumes,
  [EncryptionCheck.VOLUME_TYPE]: volumeType,
};

/** The check of a catalog fact. @internal */
export function checkOf(fact: EncryptionAtRestFact): Check {
  const check = CHECKS[fact.check];
  return check ? (r, c) => check(r, c, fact) : () => [unknownCheck(fact)];
}

function unknownCheck(fact: EncryptionAtRestFact): RuleViolation {
  return { message: `The catalog names an encryption check "${String(fact.check)}" the engine does not know.`, dependsOnUnverifiedFact: true };
}

export { unknownFlag };
