// The example of docs/kubernetes.md (README and API docs), verbatim below the imports:
// readme-example.test.ts synthesizes it and checks that the docs show the same code.
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { Catalog } from '../../lib/catalog/catalog';
import { SovereigntyPolicy } from '../../lib/core/policy';
import { IngressController, TlsCertificate, TlsIngress } from '../../lib/kubernetes/ingress';
import { SovereignNamespace } from '../../lib/kubernetes/namespace';
import { Peer } from '../../lib/kubernetes/peer';
import { EncryptedStorageClass } from '../../lib/kubernetes/storage-class';
import { EncryptedVolumeClaim } from '../../lib/kubernetes/volume-claim';
import { VolumePassphrase } from '../../lib/kubernetes/volume-key';
import { SecureWorkload } from '../../lib/kubernetes/workload';
import { Port } from '../../lib/kubernetes/zone';

// example:start
export function shopStack(app: App, digest: string): TerraformStack {
  const stack = new TerraformStack(app, 'shop');
  new SovereigntyPolicy({ clusterLocation: 'FR' }).applyTo(stack);
  new KubernetesProvider(stack, 'k8s', { configPath: '~/.kube/config' });
  const ns = new SovereignNamespace(stack, 'Shop', { name: 'shop', owner: 'team-shop' });
  const resources = { cpuRequest: '250m', cpuLimit: '1', memoryRequest: '256Mi', memoryLimit: '512Mi' };
  const passphrase = new TerraformVariable(stack, 'volume_passphrase', { type: 'string', sensitive: true });
  const encrypted = new EncryptedStorageClass(stack, 'Encrypted', { provider: Catalog.provider('scaleway'), passphrase: VolumePassphrase.fromVariable(passphrase) });
  const orders = new EncryptedVolumeClaim(stack, 'Orders', { namespace: ns, storageClass: encrypted, name: 'orders', size: '20Gi' });
  const db = new SecureWorkload(stack, 'Db', { namespace: ns, name: 'db', image: `registry.example.eu/postgres@${digest}`, resources,
    replicas: 1, ports: [Port.tcp(5432)], volumes: [{ claim: orders, mountPath: '/var/lib/postgresql/data' }] });
  const web = new SecureWorkload(stack, 'Web', { namespace: ns, name: 'web', image: `registry.example.eu/shop@${digest}`, resources,
    secretEnv: { DB_PASSWORD: { secretName: 'db', key: 'password' } } });
  const ingress = new TlsIngress(stack, 'Ingress', { namespace: ns, name: 'shop', ingressClassName: 'nginx', controller: IngressController.NGINX,
    certificate: TlsCertificate.certManager('letsencrypt'), rules: [{ host: 'shop.example.eu', backend: web }] });
  web.allowFrom(ingress);                                                                   // controller pods → web:8080
  web.allowTo(Peer.workload(db));                                                           // web → db:5432, both policies
  web.allowTo(Peer.ipBlock('203.0.113.0/24', { country: 'DE' }), { ports: [Port.tcp(443)] }); // payment API in Germany
  return stack;
}
// example:end
