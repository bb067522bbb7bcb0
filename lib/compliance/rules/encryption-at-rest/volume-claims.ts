import { Catalog } from '../../../catalog/catalog';
import { EncryptionAtRestFact } from '../../../catalog/facts/encryption';
import { KubernetesKind } from '../../../catalog/facts/kubernetes';
import { VolumeEncryptionMechanism } from '../../../catalog/types';
import { blocks, getAll, referencesIn } from '../../model/expressions';
import { ResourceView, RuleContext } from '../../model/view';
import { RuleViolation } from '../../types';
import { kubernetesKind, typeFact } from '../catalog-facts';
import { cmkRequired, isSet, literalOf, show } from './shared';
import {
  catalogClassVerdict, catalogK8s, ClassVerdict, clusterProvider, isStorageClass, k8sIndex, manifestKind, manifestOf, objectOf, pick, platformVerdict,
  storageClass, storageClassVerdict,
} from './storage-classes';

// ---------------------------------------------------------------------------------------------
// Kubernetes volumes: the StorageClass each claim uses (PVCs, StatefulSet templates, manifests)
// ---------------------------------------------------------------------------------------------

/** A PersistentVolumeClaim spec (of a PVC or a StatefulSet volume claim template). */
function claimVerdict(r: ResourceView, spec: Record<string, unknown>, annotations: Record<string, unknown>, context: RuleContext): { violation?: RuleViolation; cmk?: RuleViolation } {
  const preferred = clusterProvider(r);
  // An annotation naming a KMS key (OTC everest) encrypts the claim's volume, whatever the class.
  for (const provider of Catalog.providers()) {
    const annotation = provider.kubernetesStorage?.encryption.pvcAnnotation;
    if (annotation && isSet(annotations[annotation])) return {};
  }
  const raw = spec.storage_class_name;
  let verdict: ClassVerdict | undefined;
  let name = 'the default StorageClass';
  if (raw === undefined || raw === null) {
    const index = k8sIndex(context);
    if (index.defaults.length > 0) {
      verdict = storageClassVerdict(index.defaults[0], context);
      name = `the default class ${index.defaults[0].address}`;
    } else if (preferred?.kubernetesStorage) {
      const def = preferred.kubernetesStorage.storageClasses.find((c) => c.isDefault);
      if (def) verdict = catalogClassVerdict(preferred, def, context);
      else if (preferred.kubernetesStorage.encryption.mechanism === VolumeEncryptionMechanism.PLATFORM_DEFAULT) verdict = platformVerdict(preferred);
      if (def) name = `the default class "${def.name}" of ${preferred.name}`;
    }
    if (!verdict) {
      return { violation: { message: 'The claim sets no `storage_class_name` and the cluster\'s default StorageClass is unknown: encryption at rest cannot be verified.', attribute: 'spec.storage_class_name', fix: 'Name an encrypted StorageClass in storage_class_name.' } };
    }
  } else {
    const literal = literalOf(context, raw);
    const index = k8sIndex(context);
    let sc: ResourceView | undefined;
    if (typeof literal === 'string') {
      if (literal === '') {
        return { violation: { message: '`storage_class_name` is "" (bind to a pre-provisioned volume): encryption at rest cannot be verified.', attribute: 'spec.storage_class_name', fix: 'Use an encrypted StorageClass.' } };
      }
      sc = index.byName.get(literal);
      name = `class "${literal}"`;
    } else if (typeof raw === 'string') {
      sc = referencesIn(raw).map((ref) => context.find(ref.address)).find((v) => !!v && isStorageClass(v));
    }
    if (sc) {
      verdict = storageClassVerdict(sc, context);
      name = `class ${sc.address}`;
    } else if (typeof literal === 'string') {
      const hit = pick(catalogK8s().byClassName.get(literal), preferred);
      if (hit) verdict = catalogClassVerdict(hit.provider, hit.fact, context);
    }
    if (!verdict) {
      return {
        violation: {
          message: `\`storage_class_name\` is ${show(raw)}, a StorageClass that is neither defined in this configuration nor known to the catalog: encryption at rest cannot be verified.`,
          attribute: 'spec.storage_class_name',
          fix: 'Define the StorageClass in the configuration (with the provider\'s encryption parameters) or use a catalogued encrypted class.',
        },
      };
    }
  }
  if (verdict.perClaim) {
    return { violation: { message: `The claim uses ${name}, whose volumes are encrypted only when the claim carries the annotation "${verdict.perClaim}" (a KMS key id); it has none.`, attribute: 'metadata.annotations', fix: `Add the annotation ${verdict.perClaim}: <KMS key id> to the claim.`, dependsOnUnverifiedFact: verdict.unverified } };
  }
  if (verdict.encrypted !== true) {
    return { violation: { message: `The claim uses ${name}, whose volumes are not ${verdict.encrypted === false ? '' : 'shown to be '}encrypted at rest: ${verdict.reason}.`, attribute: 'spec.storage_class_name', fix: verdict.fix ?? 'Use an encrypted StorageClass.', dependsOnUnverifiedFact: verdict.unverified } };
  }
  if (cmkRequired(context) && verdict.customerKeyOffered && !verdict.customerKey) {
    return { cmk: { message: `The policy requires customer-managed keys, but ${name} encrypts with a provider-managed key (${verdict.reason}).`, attribute: 'spec.storage_class_name', fix: 'Use a StorageClass with a customer-managed key (KMS key parameter or passphrase secret).', dependsOnUnverifiedFact: verdict.unverified } };
  }
  return {};
}

export function persistentVolumeClaim(r: ResourceView, context: RuleContext): RuleViolation[] {
  const spec = blocks(r.attribute('spec'))[0] ?? {};
  const annotations = r.attribute('metadata.annotations');
  const v = claimVerdict(r, spec, annotations && typeof annotations === 'object' ? annotations : {}, context);
  return [v.violation, v.cmk].filter((x): x is RuleViolation => !!x);
}

export function statefulSet(r: ResourceView, context: RuleContext): RuleViolation[] {
  const out: RuleViolation[] = [];
  const path = typeFact(r.resourceType)?.kubernetes?.claimTemplates ?? 'spec.volume_claim_template';
  const templates = blocks(r.values(path));
  templates.forEach((t, i) => {
    const spec = blocks(t.spec)[0] ?? {};
    const meta = blocks(t.metadata)[0] ?? {};
    const annotations = meta.annotations && typeof meta.annotations === 'object' ? meta.annotations as Record<string, unknown> : {};
    const v = claimVerdict(r, spec, annotations, context);
    const label = typeof meta.name === 'string' ? `"${meta.name}"` : `#${i + 1}`;
    for (const x of [v.violation, v.cmk]) {
      if (x) out.push({ ...x, message: `Volume claim template ${label}: ${x.message}`, attribute: `${path}.${x.attribute === 'metadata.annotations' ? 'metadata.annotations' : 'spec.storage_class_name'}` });
    }
  });
  return out;
}

/** Kinds of manifests the rule judges. */
export const MANIFEST_KINDS = new Set(['StorageClass', 'PersistentVolumeClaim', 'StatefulSet']);

/** Claim findings of a manifest point at its camelCase fields. */
function manifestAttribute(v: RuleViolation, prefix: string): RuleViolation {
  const attribute = v.attribute === 'metadata.annotations' ? `${prefix}metadata.annotations` : `${prefix}spec.storageClassName`;
  return { ...v, attribute };
}

/** Manifests of StorageClass, PersistentVolumeClaim and StatefulSet objects. */
export function manifest(r: ResourceView, context: RuleContext): RuleViolation[] {
  const m = manifestOf(r);
  const at = `${typeFact(r.resourceType)?.kubernetes?.manifestArgument}.`;
  switch (manifestKind(r)) {
    case 'StorageClass':
      return storageClass(r, context).map((v) => ({ ...v, attribute: `${at}parameters` }));
    case 'PersistentVolumeClaim': {
      const spec = objectOf(m.spec);
      const v = claimVerdict(r, { storage_class_name: spec.storageClassName }, objectOf(objectOf(m.metadata).annotations), context);
      return [v.violation, v.cmk].filter((x): x is RuleViolation => !!x).map((x) => manifestAttribute(x, at));
    }
    case 'StatefulSet': {
      const out: RuleViolation[] = [];
      blocks(getAll(m, 'spec.volumeClaimTemplates')).forEach((t, i) => {
        const meta = objectOf(t.metadata);
        const v = claimVerdict(r, { storage_class_name: objectOf(t.spec).storageClassName }, objectOf(meta.annotations), context);
        const label = typeof meta.name === 'string' ? `"${meta.name}"` : `#${i + 1}`;
        for (const x of [v.violation, v.cmk]) if (x) out.push(manifestAttribute({ ...x, message: `Volume claim template ${label}: ${x.message}` }, `${at}spec.volumeClaimTemplates.`));
      });
      return out;
    }
    default:
      return [];
  }
}

/** Kubernetes volumes: the StorageClass, claim, StatefulSet or manifest check, by the object the type writes. */
export function kubernetesVolumes(r: ResourceView, context: RuleContext, _fact: EncryptionAtRestFact): RuleViolation[] {
  switch (kubernetesKind(r.resourceType)) {
    case KubernetesKind.STORAGE_CLASS: return storageClass(r, context);
    case KubernetesKind.PERSISTENT_VOLUME_CLAIM: return persistentVolumeClaim(r, context);
    case KubernetesKind.STATEFUL_SET: return statefulSet(r, context);
    case KubernetesKind.MANIFEST: return manifest(r, context);
    default: return [];
  }
}

/** Whether the volume check applies: a manifest of a judged kind, or any other Kubernetes volume type. */
export function judgesKubernetesVolumes(r: ResourceView): boolean {
  return kubernetesKind(r.resourceType) !== KubernetesKind.MANIFEST || MANIFEST_KINDS.has(manifestKind(r) ?? '');
}
