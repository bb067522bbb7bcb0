import { Catalog } from '../../../catalog/catalog';
import { CloudProvider } from '../../../catalog/provider';
import { KubernetesKind } from '../../../catalog/facts/kubernetes';
import { StorageClassFact, VolumeEncryptionMechanism } from '../../../catalog/types';
import { blocks, isUnresolved } from '../../model/expressions';
import { ResourceView, RuleContext } from '../../model/view';
import { RuleViolation } from '../../types';
import { kubernetesKind, kubernetesTypes, typeFact } from '../catalog-facts';
import { cmkRequired, isSet, literalOf, show } from './shared';

// ---------------------------------------------------------------------------------------------
// Kubernetes volumes: whether a StorageClass yields encrypted volumes (per the catalog)
// ---------------------------------------------------------------------------------------------

const DEFAULT_CLASS_ANNOTATION = 'storageclass.kubernetes.io/is-default-class';

/** Whether a resource is a StorageClass: a StorageClass type, or a manifest of kind StorageClass. */
export function isStorageClass(r: ResourceView): boolean {
  const kind = kubernetesKind(r.resourceType);
  return kind === KubernetesKind.STORAGE_CLASS || (kind === KubernetesKind.MANIFEST && manifestKind(r) === 'StorageClass');
}

export interface ClassVerdict {
  /** true, false, or undefined (cannot be verified / decided per PVC). */
  readonly encrypted: boolean | undefined;
  /** Why, in words. */
  readonly reason: string;
  /** Whether the key is customer-managed (passphrase secret, KMS key). */
  readonly customerKey: boolean;
  /** Whether the provider offers a customer key for such volumes at all. */
  readonly customerKeyOffered: boolean;
  /** Encryption is decided per PVC (OTC everest annotation). */
  readonly perClaim?: string;
  readonly unverified: boolean;
  readonly fix?: string;
}

interface K8sIndex {
  readonly byName: Map<string, ResourceView>;
  readonly defaults: ResourceView[];
}
const K8S_INDEX = new WeakMap<RuleContext, K8sIndex>();

export function k8sIndex(context: RuleContext): K8sIndex {
  let index = K8S_INDEX.get(context);
  if (!index) {
    const byName = new Map<string, ResourceView>();
    const defaults: ResourceView[] = [];
    const classes = kubernetesTypes(KubernetesKind.STORAGE_CLASS).flatMap((type) => context.resourcesOfType(type));
    classes.push(...kubernetesTypes(KubernetesKind.MANIFEST).flatMap((type) => context.resourcesOfType(type)).filter((m) => manifestKind(m) === 'StorageClass'));
    for (const sc of classes) {
      const { name, annotations } = classOf(sc, context);
      if (typeof name === 'string') byName.set(name, sc);
      if (String(literalOf(context, annotations[DEFAULT_CLASS_ANNOTATION]) ?? '') === 'true') defaults.push(sc);
    }
    index = { byName, defaults };
    K8S_INDEX.set(context, index);
  }
  return index;
}

/** The object of a manifest resource (camelCase Kubernetes API fields), or {} for other types. */
export function manifestOf(r: ResourceView): Record<string, unknown> {
  const argument = typeFact(r.resourceType)?.kubernetes?.manifestArgument;
  return argument ? blocks(r.attribute(argument))[0] ?? {} : {};
}

export function manifestKind(r: ResourceView): string | undefined {
  const kind = manifestOf(r).kind;
  return typeof kind === 'string' ? kind : undefined;
}

export function objectOf(value: unknown): Record<string, unknown> {
  return blocks(value)[0] ?? {};
}

/** Provisioner, parameters, name and annotations of a StorageClass resource or manifest. */
function classOf(sc: ResourceView, context: RuleContext): { provisioner: unknown; parameters: Record<string, unknown>; name: unknown; annotations: Record<string, unknown> } {
  if (kubernetesKind(sc.resourceType) === KubernetesKind.MANIFEST) {
    const m = manifestOf(sc);
    const meta = objectOf(m.metadata);
    return { provisioner: literalOf(context, m.provisioner) ?? m.provisioner, parameters: objectOf(m.parameters), name: literalOf(context, meta.name), annotations: objectOf(meta.annotations) };
  }
  return {
    provisioner: sc.literal('storage_provisioner') ?? sc.attribute('storage_provisioner'),
    parameters: objectOf(sc.attribute('parameters')),
    name: sc.literal('metadata.name'),
    annotations: objectOf(sc.attribute('metadata.annotations')),
  };
}

interface CatalogIndex {
  readonly byProvisioner: Map<string, CloudProvider[]>;
  readonly byClassName: Map<string, Array<{ provider: CloudProvider; fact: StorageClassFact }>>;
  /**
   * `<provider id> <provisioner>` pairs documented by a verified fact (the encryption fact or a
   * verified class). A provisioner known only from unverified classes (IONOS `cloud.ionos.com`,
   * AWS in-tree `kubernetes.io/aws-ebs`) makes every verdict on it depend on an unverified fact.
   */
  readonly verifiedProvisioners: Set<string>;
}
let catalogIndex: CatalogIndex | undefined;

export function catalogK8s(): CatalogIndex {
  if (catalogIndex) return catalogIndex;
  const byProvisioner = new Map<string, CloudProvider[]>();
  const byClassName = new Map<string, Array<{ provider: CloudProvider; fact: StorageClassFact }>>();
  const verifiedProvisioners = new Set<string>();
  const addProvisioner = (p: string | undefined, provider: CloudProvider, verified: boolean) => {
    if (!p) return;
    const list = byProvisioner.get(p) ?? [];
    if (!list.includes(provider)) list.push(provider);
    byProvisioner.set(p, list);
    if (verified) verifiedProvisioners.add(`${provider.id} ${p}`);
  };
  for (const provider of Catalog.providers()) {
    const storage = provider.kubernetesStorage;
    if (!storage) continue;
    addProvisioner(storage.encryption.provisioner, provider, storage.encryption.verified);
    for (const fact of storage.storageClasses) {
      addProvisioner(fact.provisioner, provider, fact.verified);
      const list = byClassName.get(fact.name) ?? [];
      list.push({ provider, fact });
      byClassName.set(fact.name, list);
    }
  }
  catalogIndex = { byProvisioner, byClassName, verifiedProvisioners };
  return catalogIndex;
}

/** The catalog provider of the resource's cluster, when the location resolver found one. */
export function clusterProvider(r: ResourceView): CloudProvider | undefined {
  const id = r.location.providerId;
  return id ? Catalog.tryProvider(id) : undefined;
}

export function pick<T extends { provider: CloudProvider } | CloudProvider>(list: T[] | undefined, preferred: CloudProvider | undefined): T | undefined {
  if (!list || list.length === 0) return undefined;
  const providerOf = (x: T) => ('provider' in x ? x.provider : x) as CloudProvider;
  return list.find((x) => providerOf(x) === preferred) ?? list[0];
}

/** Whether a StorageClass (provisioner + parameters) yields encrypted volumes, per the catalog. */
function classVerdict(provisioner: unknown, parameters: Record<string, unknown>, preferred: CloudProvider | undefined, context: RuleContext): ClassVerdict {
  if (typeof provisioner !== 'string') {
    return { encrypted: undefined, reason: `its provisioner is ${show(provisioner)}, not known before apply`, customerKey: false, customerKeyOffered: false, unverified: false };
  }
  const provider = pick(catalogK8s().byProvisioner.get(provisioner), preferred);
  if (!provider?.kubernetesStorage) {
    return {
      encrypted: undefined,
      reason: `its provisioner "${provisioner}" belongs to no provider in the catalog, so its encryption cannot be verified`,
      customerKey: false,
      customerKeyOffered: false,
      unverified: false,
      fix: 'Use the CSI driver of a catalogued provider with its encryption parameters.',
    };
  }
  const enc = provider.kubernetesStorage.encryption;
  const param = (k: string): unknown => literalOf(context, parameters[k]) ?? (isUnresolved(parameters[k]) ? parameters[k] : undefined);
  const has = (k: string) => isSet(parameters[k]);
  const fixed = Object.entries(enc.parameters ?? {});
  const mismatched = fixed.filter(([k, v]) => String(param(k) ?? '') !== v);
  const kmsOffered = (enc.kmsParameters ?? []).length > 0 || enc.customerManagedKey;
  const base = { customerKeyOffered: kmsOffered, unverified: !enc.verified || !catalogK8s().verifiedProvisioners.has(`${provider.id} ${provisioner}`) };
  const fixedText = fixed.map(([k, v]) => `${k}: "${v}"`).join(', ');
  const unresolved = fixed.map(([k]) => k).filter((k) => isUnresolved(parameters[k]) && literalOf(context, parameters[k]) === undefined);
  if (unresolved.length > 0) {
    return { ...base, encrypted: undefined, reason: `parameter ${unresolved.map((k) => `"${k}"`).join(', ')} is an expression whose value is not known before apply`, customerKey: false, fix: `Set ${fixedText} literally.` };
  }
  switch (enc.mechanism) {
    case VolumeEncryptionMechanism.PLATFORM_DEFAULT:
      return { ...base, encrypted: true, reason: `${provider.name} encrypts every volume of "${provisioner}"`, customerKey: false };
    case VolumeEncryptionMechanism.NONE:
      return { ...base, encrypted: false, reason: `${provider.name} offers no encryption for "${provisioner}" volumes`, customerKey: false };
    case VolumeEncryptionMechanism.PVC_ANNOTATION:
      return { ...base, encrypted: undefined, reason: `${provider.name} encrypts "${provisioner}" volumes per claim`, customerKey: true, perClaim: enc.pvcAnnotation };
    case VolumeEncryptionMechanism.STORAGE_CLASS_PARAMETER:
      return mismatched.length === 0
        ? { ...base, encrypted: true, reason: `parameters ${fixedText}`, customerKey: enc.customerManagedKey }
        : { ...base, encrypted: false, reason: `its parameters lack ${mismatched.map(([k, v]) => `${k}: "${v}"`).join(', ')}`, customerKey: false, fix: `Add parameters ${fixedText}.` };
    case VolumeEncryptionMechanism.STORAGE_CLASS_WITH_SECRET: {
      // The first listed secret parameter is the one that opens LUKS (node-stage / node-publish);
      // node-expand is only needed for expansion.
      const secret = enc.secretNameParameters?.[0];
      const missing = [...mismatched.map(([k]) => k)];
      if (secret) {
        if (!has(secret)) missing.push(secret);
        const ns = secret.replace(/-name$/, '-namespace');
        if (!has(ns)) missing.push(ns);
      }
      return missing.length === 0
        ? { ...base, encrypted: true, reason: `LUKS with the passphrase secret named in ${secret}`, customerKey: true }
        : {
          ...base,
          encrypted: false,
          reason: `its parameters lack ${missing.map((k) => `"${k}"`).join(', ')} (LUKS encryption with a passphrase secret, key "${enc.secretKey}")`,
          customerKey: false,
          fix: `Add ${[fixedText, secret ? `${secret} and ${secret.replace(/-name$/, '-namespace')}` : ''].filter(Boolean).join(', ')} to the StorageClass parameters.`,
        };
    }
    case VolumeEncryptionMechanism.STORAGE_CLASS_WITH_KMS: {
      const kmsSet = (enc.kmsParameters ?? []).some(has);
      if (fixed.length === 0) {
        // No switch: the platform encrypts (Azure, Google) when the catalog says its classes are encrypted.
        const classes = provider.kubernetesStorage.storageClasses.filter((c) => c.provisioner === provisioner);
        const platform = classes.length > 0 && classes.every((c) => c.encrypted);
        return {
          ...base,
          encrypted: platform ? true : undefined,
          reason: platform ? `${provider.name} encrypts every "${provisioner}" volume` : `the catalog does not say whether "${provisioner}" volumes are encrypted`,
          customerKey: kmsSet,
          unverified: base.unverified || classes.some((c) => !c.verified),
        };
      }
      // Catalog `requiredKmsParameters` (STACKIT: key, keyring, key version and service account).
      const required = enc.requiredKmsParameters ?? [];
      const missing = [...mismatched.map(([k]) => k), ...required.filter((k) => !has(k))];
      return missing.length === 0
        ? { ...base, encrypted: true, reason: `parameters ${fixedText}${kmsSet ? ' with a KMS key' : ''}`, customerKey: kmsSet }
        : { ...base, encrypted: false, reason: `its parameters lack ${missing.map((k) => `"${k}"`).join(', ')}`, customerKey: false, fix: `Add ${fixedText}${required.length ? ` and ${required.join(', ')}` : ''} to the StorageClass parameters.` };
    }
    case VolumeEncryptionMechanism.PREDEFINED_CLASS: {
      // A custom class is encrypted when it carries the parameters of a predefined encrypted class,
      // or an encrypted volume type (catalog `encryptedTypeParameter`, `encryptedTypeSuffix`).
      const encryptedClasses = provider.kubernetesStorage.storageClasses.filter((c) => c.encrypted && c.provisioner === provisioner && c.parameters && Object.keys(c.parameters).length > 0);
      const same = encryptedClasses.some((c) => Object.entries(c.parameters!).every(([k, v]) => String(param(k) ?? '') === v));
      const typeParameter = enc.encryptedTypeParameter ?? 'type';
      const type = param(typeParameter);
      const suffix = enc.encryptedTypeSuffix;
      if (same || (suffix !== undefined && typeof type === 'string' && type.endsWith(suffix))) {
        return { ...base, encrypted: true, reason: `parameters.${typeParameter} "${String(type)}"`, customerKey: enc.customerManagedKey };
      }
      return {
        ...base,
        encrypted: false,
        reason: `it is not an encrypted class of ${provider.name} (parameters.${typeParameter} is ${type === undefined ? 'not set' : show(type)})`,
        customerKey: false,
        fix: suffix !== undefined
          ? `Use the predefined class "${enc.storageClassName}" or set parameters.${typeParameter} to a ${suffix} volume type.`
          : `Use the predefined class "${enc.storageClassName}".`,
      };
    }
    default:
      return { ...base, encrypted: undefined, reason: `the catalog mechanism "${String(enc.mechanism)}" is not understood`, customerKey: false };
  }
}

export function storageClassVerdict(sc: ResourceView, context: RuleContext): ClassVerdict {
  const { provisioner, parameters } = classOf(sc, context);
  return classVerdict(provisioner, parameters, clusterProvider(sc), context);
}

export function storageClass(r: ResourceView, context: RuleContext): RuleViolation[] {
  const v = storageClassVerdict(r, context);
  if (v.perClaim) return []; // judged on each claim
  if (v.encrypted !== true) {
    return [{
      message: `Volumes of this StorageClass are not ${v.encrypted === false ? '' : 'shown to be '}encrypted at rest: ${v.reason}.`,
      attribute: 'parameters',
      fix: v.fix,
      dependsOnUnverifiedFact: v.unverified,
    }];
  }
  if (cmkRequired(context) && v.customerKeyOffered && !v.customerKey) {
    return [{ message: `The policy requires customer-managed keys, but the StorageClass uses a provider-managed key (${v.reason}).`, attribute: 'parameters', fix: v.fix ?? 'Add the provider\'s KMS key parameter to the StorageClass.', dependsOnUnverifiedFact: v.unverified }];
  }
  return [];
}

export function platformVerdict(provider: CloudProvider): ClassVerdict {
  const enc = provider.kubernetesStorage!.encryption;
  return { encrypted: true, reason: `${provider.name} encrypts every volume`, customerKey: false, customerKeyOffered: enc.customerManagedKey, unverified: !enc.verified };
}

export function catalogClassVerdict(provider: CloudProvider, fact: StorageClassFact, context: RuleContext): ClassVerdict {
  const enc = provider.kubernetesStorage!.encryption;
  if (enc.mechanism === VolumeEncryptionMechanism.PVC_ANNOTATION && fact.provisioner === enc.provisioner) {
    return { encrypted: undefined, reason: 'encrypted per claim', customerKey: true, customerKeyOffered: true, perClaim: enc.pvcAnnotation, unverified: !enc.verified || !fact.verified };
  }
  if (fact.parameters && Object.keys(fact.parameters).length > 0 && !fact.encrypted) {
    // A documented class with parameters: judge them like a class in the configuration.
    const v = classVerdict(fact.provisioner, fact.parameters, provider, context);
    return { ...v, reason: `catalog class "${fact.name}": ${v.reason}`, unverified: v.unverified || !fact.verified };
  }
  return {
    encrypted: fact.encrypted,
    reason: fact.encrypted ? `${provider.name} class "${fact.name}" is encrypted` : `${provider.name} class "${fact.name}" is not encrypted`,
    customerKey: false,
    customerKeyOffered: enc.customerManagedKey || (enc.kmsParameters ?? []).length > 0,
    unverified: !fact.verified,
    fix: enc.storageClassName ? `Use an encrypted class such as "${enc.storageClassName}".` : undefined,
  };
}
