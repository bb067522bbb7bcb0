import { Construct, IConstruct } from 'constructs';
import { PersistentVolumeClaimV1 } from '@cdktf/provider-kubernetes/lib/persistent-volume-claim-v1';
import { invalidInput } from '../errors';
import { IEncryptedStorageClass } from './storage-class';
import { checkDnsLabel, checkLabels, parseQuantity } from './validate';
import { ISovereignNamespace } from './zone';

/** Access mode of a volume claim. */
export enum VolumeAccessMode {
  /** Read-write by the pods of one node. */
  READ_WRITE_ONCE = 'ReadWriteOnce',
  /** Read-write by one pod. */
  READ_WRITE_ONCE_POD = 'ReadWriteOncePod',
  /** Read-only by many nodes. */
  READ_ONLY_MANY = 'ReadOnlyMany',
  /** Read-write by many nodes (block storage usually cannot do this). */
  READ_WRITE_MANY = 'ReadWriteMany',
}

/** A volume claim whose volume is encrypted at rest (see `EncryptedVolumeClaim`). */
export interface IEncryptedVolumeClaim extends IConstruct {
  /** The claim name (a token that references the claim resource). */
  readonly claimName: string;
  /** The namespace of the claim. */
  readonly namespace: ISovereignNamespace;
  /** Its access mode. */
  readonly accessMode: VolumeAccessMode;
}

/** Settings of an `EncryptedVolumeClaim`. */
export interface EncryptedVolumeClaimProps {
  /** The namespace of the claim. */
  readonly namespace: ISovereignNamespace;
  /** The encrypted class. */
  readonly storageClass: IEncryptedStorageClass;
  /** Claim name: a DNS-1123 label. */
  readonly name: string;
  /** Requested size, e.g. `20Gi`. */
  readonly size: string;
  /**
   * Access mode.
   * @default VolumeAccessMode.READ_WRITE_ONCE
   */
  readonly accessMode?: VolumeAccessMode;
  /**
   * More annotations (e.g. `everest.io/disk-volume-type: SSD` on Open Telekom Cloud). The
   * annotations that encrypt the volume cannot be overridden.
   * @default - none
   */
  readonly annotations?: { [key: string]: string };
  /**
   * More labels.
   * @default - none
   */
  readonly labels?: { [key: string]: string };
}

/**
 * A PersistentVolumeClaim of an `EncryptedStorageClass`, carrying the annotations the provider
 * needs to encrypt it (Open Telekom Cloud: the KMS key) and the namespace's sovereignty labels.
 * It does not wait for binding, because encrypted classes bind when the first pod uses the claim.
 *
 * @example
 * const data = new EncryptedVolumeClaim(this, 'Data', { namespace: ns, storageClass: encrypted, name: 'data', size: '20Gi' });
 */
export class EncryptedVolumeClaim extends Construct implements IEncryptedVolumeClaim {
  /** The claim resource. */
  public readonly resource: PersistentVolumeClaimV1;
  /** The claim name. */
  public readonly claimName: string;
  /** The namespace of the claim. */
  public readonly namespace: ISovereignNamespace;
  /** Its access mode. */
  public readonly accessMode: VolumeAccessMode;

  constructor(scope: Construct, id: string, props: EncryptedVolumeClaimProps) {
    super(scope, id);
    const where = `EncryptedVolumeClaim "${this.node.path}"`;
    checkDnsLabel(props.name, `${where} name`);
    parseQuantity(props.size, `${where} size`, '20Gi');
    checkLabels(props.labels, `${where} labels`);
    const overridden = Object.keys(props.annotations ?? {}).filter((k) => k in props.storageClass.claimAnnotations);
    if (overridden.length > 0) {
      throw invalidInput({
        code: 'ENCRYPTION_ANNOTATION_OVERRIDE',
        what: `${where} annotations`,
        given: overridden,
        allowed: 'annotations other than the ones that encrypt the volume',
        fix: 'set the key on the EncryptedStorageClass (kmsKey) instead.',
      });
    }
    this.namespace = props.namespace;
    this.accessMode = props.accessMode ?? VolumeAccessMode.READ_WRITE_ONCE;
    const annotations = { ...props.annotations, ...props.storageClass.claimAnnotations };
    this.resource = new PersistentVolumeClaimV1(this, 'Resource', {
      metadata: {
        name: props.name,
        namespace: props.namespace.namespaceName,
        labels: { ...props.labels, ...props.namespace.sovereigntyLabels },
        ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
      },
      spec: {
        accessModes: [this.accessMode],
        storageClassName: props.storageClass.storageClassName,
        resources: { requests: { storage: props.size } },
      },
      waitUntilBound: false,
    });
    this.claimName = this.resource.metadata.name;
  }
}
