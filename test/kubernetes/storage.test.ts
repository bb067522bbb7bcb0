import { TerraformVariable, Testing } from 'cdktf';
import { Catalog } from '../../lib/catalog/catalog';
import { CloudProvider } from '../../lib/catalog/provider';
import { VolumeEncryptionMechanism } from '../../lib/catalog/types';
import { SovereignNamespace } from '../../lib/kubernetes/namespace';
import { EncryptedStorageClass, EncryptedStorageClassProps, ReclaimPolicy } from '../../lib/kubernetes/storage-class';
import { EncryptedVolumeClaim, VolumeAccessMode } from '../../lib/kubernetes/volume-claim';
import { VolumePassphrase } from '../../lib/kubernetes/volume-key';
import { describeFindings, findings, resource, resources, synth, testStack } from './helpers';

const STACKIT_KEY = { keyId: 'key-1', keyringId: 'ring-1', keyVersion: '1', serviceAccount: 'kms@sa.stackit.cloud' };

/** A class and a claim of it, synthesized, with the engine's findings. */
function build(provider: string, props: Partial<EncryptedStorageClassProps> = {}, claimAnnotations?: Record<string, string>) {
  const t = testStack();
  const ns = new SovereignNamespace(t.stack, 'Ns', { name: 'data', owner: 'team-data' });
  const passphrase = new TerraformVariable(t.stack, 'volume_passphrase', { type: 'string', sensitive: true });
  const needsPassphrase = Catalog.provider(provider).kubernetesStorage!.encryption.mechanism === VolumeEncryptionMechanism.STORAGE_CLASS_WITH_SECRET;
  const sc = new EncryptedStorageClass(t.stack, 'Encrypted', {
    provider: Catalog.provider(provider),
    ...(needsPassphrase ? { passphrase: VolumePassphrase.fromVariable(passphrase) } : {}),
    ...props,
  });
  const claim = new EncryptedVolumeClaim(t.stack, 'Claim', { namespace: ns, storageClass: sc, name: 'data', size: '20Gi', annotations: claimAnnotations });
  const json = synth(t.stack);
  return { ...t, sc, claim, json, findings: describeFindings(findings(json, t.policy)) };
}

const classOf = (json: unknown) => resource(json, 'kubernetes_storage_class_v1');
const claimOf = (json: unknown) => resource(json, 'kubernetes_persistent_volume_claim_v1');
const classRef = (sc: EncryptedStorageClass) => `\${kubernetes_storage_class_v1.${sc.resource!.friendlyUniqueId}.metadata[0].name}`;

describe('EncryptedStorageClass: one mechanism per provider', () => {
  test('Scaleway: encrypted "true", node-stage and node-expand secret parameters, Secret from a sensitive variable (write-only)', () => {
    const { json, sc, claim, findings: found } = build('scaleway');
    const cls = classOf(json);
    const secret = resource(json, 'kubernetes_secret_v1');
    const secretRef = '${kubernetes_secret_v1.Encrypted_Passphrase_AEE65D57.metadata[0].name}';
    expect(cls.storage_provisioner).toBe('csi.scaleway.com');
    expect(cls.parameters).toEqual({
      'encrypted': 'true',
      'csi.storage.k8s.io/node-stage-secret-name': secretRef,
      'csi.storage.k8s.io/node-stage-secret-namespace': 'kube-system',
      'csi.storage.k8s.io/node-expand-secret-name': secretRef,
      'csi.storage.k8s.io/node-expand-secret-namespace': 'kube-system',
    });
    expect(cls.reclaim_policy).toBe('Retain');
    expect(cls.volume_binding_mode).toBe('WaitForFirstConsumer');
    expect(cls.allow_volume_expansion).toBe(true);
    expect(cls.metadata.name).toBe('scaleway-encrypted');
    expect(cls.metadata.annotations['cdktf-sovereign.org/volume-encryption']).toBe('scaleway: storage-class-with-secret');
    expect(secret.metadata).toEqual({ name: 'scaleway-encrypted-passphrase', namespace: 'kube-system', labels: { 'cdktf-sovereign.org/jurisdiction': 'EU' } });
    expect(secret.data_wo).toEqual({ encryptionPassphrase: '${var.volume_passphrase}' });
    expect(secret.data_wo_revision).toBe(1);
    expect(secret.data).toBeUndefined();
    expect(sc.customerManagedKey).toBe(true);
    expect(claimOf(json).spec.storage_class_name).toBe(classRef(sc));
    expect(claim.accessMode).toBe(VolumeAccessMode.READ_WRITE_ONCE);
    expect(found).toEqual([]);
  });

  test('the passphrase never appears as a literal: the variable has no default and is sensitive', () => {
    const { json } = build('scaleway');
    expect(json.variable.volume_passphrase).toEqual({ type: 'string', sensitive: true });
    expect(JSON.stringify(json)).not.toMatch(/"encryptionPassphrase":"(?!\$\{var\.)/);
  });

  test('Scaleway with an existing Secret creates no Secret', () => {
    const { json } = build('scaleway', { passphrase: VolumePassphrase.fromSecret('luks', 'storage') });
    expect(resources(json, 'kubernetes_secret_v1')).toEqual([]);
    expect(classOf(json).parameters['csi.storage.k8s.io/node-stage-secret-name']).toBe('luks');
    expect(classOf(json).parameters['csi.storage.k8s.io/node-stage-secret-namespace']).toBe('storage');
  });

  test('the passphrase can be kept in state for tools without write-only attributes', () => {
    const t = testStack();
    const v = new TerraformVariable(t.stack, 'p', { type: 'string', sensitive: true });
    new EncryptedStorageClass(t.stack, 'Sc', { provider: Catalog.provider('hetzner'), passphrase: VolumePassphrase.fromVariable(v, { keepOutOfState: false, secretNamespace: 'csi' }) });
    const secret = resource(synth(t.stack), 'kubernetes_secret_v1');
    expect(secret.data).toEqual({ 'encryption-passphrase': '${var.p}' });
    expect(secret.data_wo).toBeUndefined();
    expect(secret.metadata.namespace).toBe('csi');
  });

  test('Hetzner: node-publish secret parameters, key encryption-passphrase, no "encrypted" parameter', () => {
    const { json, findings: found } = build('hetzner');
    const cls = classOf(json);
    expect(cls.storage_provisioner).toBe('csi.hetzner.cloud');
    expect(Object.keys(cls.parameters).sort()).toEqual(['csi.storage.k8s.io/node-publish-secret-name', 'csi.storage.k8s.io/node-publish-secret-namespace']);
    expect(cls.parameters['csi.storage.k8s.io/node-publish-secret-namespace']).toBe('kube-system');
    expect(resource(json, 'kubernetes_secret_v1').data_wo).toEqual({ 'encryption-passphrase': '${var.volume_passphrase}' });
    expect(found).toEqual([]);
  });

  test('UpCloud: encryption data-at-rest on the documented class parameters (tier maxiops)', () => {
    const { json, sc, findings: found } = build('upcloud');
    const cls = classOf(json);
    expect(cls.storage_provisioner).toBe('storage.csi.upcloud.com');
    expect(cls.parameters).toEqual({ tier: 'maxiops', encryption: 'data-at-rest' });
    expect(resources(json, 'kubernetes_secret_v1')).toEqual([]);
    expect(sc.customerManagedKey).toBe(false);
    expect(found).toEqual([]);
  });

  test('UpCloud: more parameters are merged, the encryption switch cannot be overridden', () => {
    expect(classOf(build('upcloud', { parameters: { tier: 'standard' } }).json).parameters).toEqual({ tier: 'standard', encryption: 'data-at-rest' });
    expect(() => build('upcloud', { parameters: { encryption: 'none' } }))
      .toThrow(/parameters: got \{"encryption":"none"\}\. Allowed: parameters other than the ones that switch encryption on \(encryption\)\. Fix: remove encryption/);
  });

  test('STACKIT: encrypted "true", type, and the four required KMS parameters', () => {
    const { json, sc, findings: found } = build('stackit', { kmsKey: { ...STACKIT_KEY, projectId: 'p-2' } });
    const cls = classOf(json);
    expect(cls.storage_provisioner).toBe('block-storage.csi.stackit.cloud');
    expect(cls.parameters).toEqual({
      type: 'storage_premium_perf6',
      encrypted: 'true',
      kmsKeyID: 'key-1',
      kmsKeyringID: 'ring-1',
      kmsKeyVersion: '1',
      kmsServiceAccount: 'kms@sa.stackit.cloud',
      kmsProjectID: 'p-2',
    });
    expect(sc.customerManagedKey).toBe(true);
    expect(found).toEqual([]);
  });

  test('Open Telekom Cloud: no class; the claim on csi-disk carries everest.io/crypt-key-id', () => {
    const { json, sc, findings: found } = build('otc', { kmsKey: { keyId: '37f202db-a970-4ac1-a506-e5c4f2d7ce69' } }, { 'everest.io/disk-volume-type': 'SSD' });
    expect(resources(json, 'kubernetes_storage_class_v1')).toEqual([]);
    expect(sc.resource).toBeUndefined();
    expect(sc.claimAnnotations).toEqual({ 'everest.io/crypt-key-id': '37f202db-a970-4ac1-a506-e5c4f2d7ce69' });
    const claim = claimOf(json);
    expect(claim.spec.storage_class_name).toBe('csi-disk');
    expect(claim.metadata.annotations).toEqual({ 'everest.io/disk-volume-type': 'SSD', 'everest.io/crypt-key-id': '37f202db-a970-4ac1-a506-e5c4f2d7ce69' });
    expect(found).toEqual([]);
  });

  test('OVHcloud: no class; the claim uses the predefined LUKS class', () => {
    const { json, sc, findings: found } = build('ovhcloud');
    expect(resources(json, 'kubernetes_storage_class_v1')).toEqual([]);
    expect(sc.storageClassName).toBe('csi-cinder-high-speed-gen2-luks');
    expect(claimOf(json).spec.storage_class_name).toBe('csi-cinder-high-speed-gen2-luks');
    expect(found).toEqual([]);
    expect(build('ovhcloud', { name: 'csi-cinder-classic-luks' }).sc.storageClassName).toBe('csi-cinder-classic-luks');
  });

  test('IONOS: platform encryption; no class, the claim uses the documented default class', () => {
    const { json, sc, findings: found } = build('ionos');
    expect(resources(json, 'kubernetes_storage_class_v1')).toEqual([]);
    expect(sc.mechanism).toBe(VolumeEncryptionMechanism.PLATFORM_DEFAULT);
    expect(sc.customerManagedKey).toBe(false);
    expect(claimOf(json).spec.storage_class_name).toBe('ionos-enterprise-hdd');
    expect(found).toEqual([]);
  });

  test('Exoscale: platform encryption of every Block Storage volume; a class on csi.exoscale.com without parameters', () => {
    const { json, sc, findings: found } = build('exoscale');
    const cls = classOf(json);
    expect(cls.storage_provisioner).toBe('csi.exoscale.com');
    expect(cls.parameters).toEqual({});
    expect(cls.metadata.annotations['cdktf-sovereign.org/volume-encryption']).toBe('exoscale: platform-default');
    expect(sc.customerManagedKey).toBe(false);
    expect(found).toEqual([]);
  });

  test('reclaim policy and expansion can be chosen', () => {
    const cls = classOf(build('upcloud', { reclaimPolicy: ReclaimPolicy.DELETE, allowVolumeExpansion: false, name: 'fast-encrypted' }).json);
    expect(cls.reclaim_policy).toBe('Delete');
    expect(cls.allow_volume_expansion).toBe(false);
    expect(cls.metadata.name).toBe('fast-encrypted');
  });
});

describe('EncryptedVolumeClaim', () => {
  test('fields: size, access mode, class reference, sovereignty labels, no waiting for binding', () => {
    const { json, sc } = build('upcloud');
    const claim = claimOf(json);
    expect(claim.metadata.name).toBe('data');
    expect(claim.metadata.namespace).toMatch(/kubernetes_namespace_v1\.Ns_/);
    expect(claim.metadata.labels).toEqual({
      'cdktf-sovereign.org/data-classification': 'confidential',
      'cdktf-sovereign.org/jurisdiction': 'EU',
      'cdktf-sovereign.org/owner': 'team-data',
    });
    expect(claim.spec.access_modes).toEqual(['ReadWriteOnce']);
    expect(claim.spec.resources).toEqual({ requests: { storage: '20Gi' } });
    expect(claim.spec.storage_class_name).toBe(classRef(sc));
    expect(claim.wait_until_bound).toBe(false);
  });

  test('bad input: name, size, overriding the encryption annotation', () => {
    const t = testStack();
    const ns = new SovereignNamespace(t.stack, 'Ns', { name: 'data', owner: 'me' });
    const otc = new EncryptedStorageClass(t.stack, 'Otc', { provider: Catalog.provider('otc'), kmsKey: { keyId: 'k' } });
    expect(() => new EncryptedVolumeClaim(t.stack, 'C1', { namespace: ns, storageClass: otc, name: 'Data', size: '1Gi' })).toThrow(/name: got "Data"/);
    expect(() => new EncryptedVolumeClaim(t.stack, 'C2', { namespace: ns, storageClass: otc, name: 'd', size: '20 GB' }))
      .toThrow(/size: got "20 GB"\. Allowed: a positive Kubernetes quantity.*Fix: write it like "20Gi"/);
    expect(() => new EncryptedVolumeClaim(t.stack, 'C3', { namespace: ns, storageClass: otc, name: 'd', size: '1Gi', annotations: { 'everest.io/crypt-key-id': 'evs/default' } }))
      .toThrow(/annotations: got \["everest\.io\/crypt-key-id"\]\. Allowed: annotations other than the ones that encrypt the volume/);
  });
});

describe('EncryptedStorageClass: bad input and opt-outs', () => {
  const withStack = (fn: (t: ReturnType<typeof testStack>) => unknown) => () => fn(testStack());

  test('a passphrase provider without passphrase', () => {
    expect(withStack((t) => new EncryptedStorageClass(t.stack, 'Sc', { provider: Catalog.provider('scaleway') })))
      .toThrow(/EncryptedStorageClass "test\/Sc" passphrase: got undefined\. Allowed: Scaleway encrypts volumes with LUKS and a passphrase from a Secret, so passphrase is required\. Fix: pass passphrase: VolumePassphrase\.fromVariable/);
  });

  test('a KMS provider without (a complete) key', () => {
    expect(withStack((t) => new EncryptedStorageClass(t.stack, 'Sc', { provider: Catalog.provider('stackit') })))
      .toThrow(/kmsKey: got undefined\. Allowed: STACKIT encrypts volumes with a key of its key-management service.*Fix: pass kmsKey: \{ keyId: '…', keyringId: '…', keyVersion: '…', serviceAccount: '…' \}/);
    expect(withStack((t) => new EncryptedStorageClass(t.stack, 'Sc', { provider: Catalog.provider('stackit'), kmsKey: { keyId: 'k' } })))
      .toThrow(/kmsKey: got \{"keyId":"k"\}\. Allowed: a key with keyId, keyringId, keyVersion, serviceAccount for STACKIT.*Fix: add keyringId, keyVersion, serviceAccount/);
    expect(withStack((t) => new EncryptedStorageClass(t.stack, 'Sc', { provider: Catalog.provider('otc') })))
      .toThrow(/kmsKey: got undefined\. Allowed: Open Telekom Cloud encrypts volumes with a key/);
    expect(withStack((t) => new EncryptedStorageClass(t.stack, 'Sc', { provider: Catalog.provider('otc'), kmsKey: { keyId: 'k', keyringId: 'r' } })))
      .toThrow(/kmsKey: got \{"keyId":"k","keyringId":"r"\}\. Allowed: only keyId for Open Telekom Cloud\. Fix: remove keyringId/);
  });

  test('props that do not apply to the provider are refused', () => {
    expect(withStack((t) => new EncryptedStorageClass(t.stack, 'Sc', { provider: Catalog.provider('exoscale'), kmsKey: { keyId: 'k' } })))
      .toThrow(/kmsKey: got "a kmsKey"\. Allowed: no kmsKey for Exoscale: the platform encrypts every volume with its own keys\. Fix: remove kmsKey/);
    expect(withStack((t) => new EncryptedStorageClass(t.stack, 'Sc', { provider: Catalog.provider('ovhcloud'), parameters: { type: 'classic' } })))
      .toThrow(/parameters: got \{"type":"classic"\}\. Allowed: no parameters for OVHcloud: the encrypted class is predefined/);
    expect(withStack((t) => new EncryptedStorageClass(t.stack, 'Sc', { provider: Catalog.provider('upcloud'), passphrase: VolumePassphrase.fromSecret('s', 'kube-system') })))
      .toThrow(/passphrase: got "a passphrase"\. Allowed: no passphrase for UpCloud/);
    expect(withStack((t) => new EncryptedStorageClass(t.stack, 'Sc', { provider: Catalog.provider('upcloud'), unencryptedReason: 'because we can' })))
      .toThrow(/unencryptedReason: got "because we can"\. Allowed: no unencryptedReason for UpCloud: it encrypts volumes at rest/);
  });

  test('a predefined class name must be one of the provider\'s encrypted classes', () => {
    expect(withStack((t) => new EncryptedStorageClass(t.stack, 'Sc', { provider: Catalog.provider('ovhcloud'), name: 'csi-cinder-high-speed' })))
      .toThrow(/name: got "csi-cinder-high-speed"\. Allowed: an encrypted class of OVHcloud: csi-cinder-high-speed-gen2-luks, csi-cinder-high-speed-luks, csi-cinder-classic-luks\. Did you mean "csi-cinder-high-speed-gen2-luks" or "csi-cinder-high-speed-luks"\? Fix: use one of those classes/);
  });

  test('the passphrase variable must be sensitive, without default, a string', () => {
    const t = testStack();
    const plain = new TerraformVariable(t.stack, 'plain', { type: 'string' });
    const withDefault = new TerraformVariable(t.stack, 'withDefault', { type: 'string', sensitive: true, default: 'correct horse battery staple' });
    const number = new TerraformVariable(t.stack, 'number', { type: 'number', sensitive: true });
    expect(() => VolumePassphrase.fromVariable(plain)).toThrow(/VolumePassphrase\.fromVariable\(test\/plain\): got "sensitive: undefined"\. Allowed: a variable with sensitive: true/);
    expect(() => VolumePassphrase.fromVariable(withDefault)).toThrow(/got "a default value"\. Allowed: a variable without default: a default is written into cdk\.tf\.json as a literal/);
    expect(() => VolumePassphrase.fromVariable(number)).toThrow(/got "number"\. Allowed: type "string"/);
    expect(() => VolumePassphrase.fromSecret('luks', 'Kube System')).toThrow(/secretNamespace: got "Kube System"/);
  });

  test('a provider without Kubernetes storage facts', () => {
    const bare = CloudProvider._fromFacts({ ...factsOf('exoscale'), id: 'bare', kubernetesStorage: undefined });
    expect(withStack((t) => new EncryptedStorageClass(t.stack, 'Sc', { provider: bare })))
      .toThrow(/provider: got "bare"\. Allowed: a catalog provider with Kubernetes storage facts/);
  });

  test('a provider without encryption is an error; acknowledged with a reason, the class is reported by SOV-ENCRYPTION-AT-REST', () => {
    const facts = factsOf('hetzner');
    const plain = CloudProvider._fromFacts({
      ...facts,
      id: 'plaincloud',
      name: 'Plain Cloud',
      kubernetesStorage: {
        storageClasses: [{ name: 'plain', provisioner: 'csi.plain.example', encrypted: false, isDefault: true, verified: true, source: 'https://example.com' }],
        encryption: { mechanism: VolumeEncryptionMechanism.NONE, customerManagedKey: false, note: 'no volume encryption', verified: true, source: 'https://example.com' },
      },
    });
    expect(withStack((t) => new EncryptedStorageClass(t.stack, 'Sc', { provider: plain })))
      .toThrow(/provider: got "plaincloud"\. Allowed: a provider that encrypts Kubernetes volumes at rest; Plain Cloud offers none \(no volume encryption\)\. Fix: run the cluster on a provider with volume encryption.*unencryptedReason/);
    expect(withStack((t) => new EncryptedStorageClass(t.stack, 'Sc', { provider: plain, unencryptedReason: 'short' })))
      .toThrow(/unencryptedReason: got "short"\. Allowed: a reason of at least 10 characters/);

    const t = testStack();
    const sc = new EncryptedStorageClass(t.stack, 'Sc', { provider: plain, unencryptedReason: 'Scratch data only, recreated on every run' });
    const json = synth(t.stack);
    const cls = classOf(json);
    expect(sc.resource).toBeDefined();
    expect(cls.metadata.name).toBe('plaincloud-unencrypted');
    expect(cls.storage_provisioner).toBe('csi.plain.example');
    expect(cls.metadata.annotations['cdktf-sovereign.org/volume-encryption']).toBe('plaincloud: none (Scratch data only, recreated on every run)');
    const found = findings(json, t.policy);
    expect(found.map((f) => f.ruleId)).toEqual(['SOV-ENCRYPTION-AT-REST']);
    expect(found[0].message).toMatch(/not shown to be encrypted at rest/);
  });

  test('Testing.synth holds no passphrase value anywhere', () => {
    const t = testStack();
    const v = new TerraformVariable(t.stack, 'volume_passphrase', { type: 'string', sensitive: true });
    new EncryptedStorageClass(t.stack, 'Sc', { provider: Catalog.provider('scaleway'), passphrase: VolumePassphrase.fromVariable(v) });
    const text = Testing.synth(t.stack);
    expect(text).toContain('"encryptionPassphrase": "${var.volume_passphrase}"');
    expect(describeFindings(findings(JSON.parse(text), t.policy))).toEqual([]);
  });
});

/** The catalog facts of a provider, to derive test providers from. */
function factsOf(id: string) {
  const p = Catalog.provider(id);
  return {
    id: p.id,
    name: p.name,
    aliases: p.aliases,
    hyperscaler: p.hyperscaler,
    ownership: p.ownership,
    certifications: p.certifications,
    terraformSources: p.terraformSources,
    resourceTypePrefixes: p.resourceTypePrefixes,
    resourceTypes: p.resourceTypes,
    regions: p.regions,
    capabilities: p.capabilities,
    kubernetesStorage: p.kubernetesStorage,
  };
}
