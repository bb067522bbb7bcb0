/**
 * The two apps compared by `npm run bench:synth`: N SovereignNamespace + SecureWorkload pairs,
 * and the same resources written as raw L1 calls of @cdktf/provider-kubernetes, with the same
 * construct tree, so both synthesize the same cdk.tf.json.
 */
import { tempDir } from './tmp';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { DefaultServiceAccountV1 } from '@cdktf/provider-kubernetes/lib/default-service-account-v1';
import { DeploymentV1 } from '@cdktf/provider-kubernetes/lib/deployment-v1';
import { LimitRangeV1 } from '@cdktf/provider-kubernetes/lib/limit-range-v1';
import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import { NetworkPolicyV1 } from '@cdktf/provider-kubernetes/lib/network-policy-v1';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { ResourceQuotaV1 } from '@cdktf/provider-kubernetes/lib/resource-quota-v1';
import { ServiceV1 } from '@cdktf/provider-kubernetes/lib/service-v1';
import { SovereigntyPolicy } from '../lib/core/policy';
import { SovereignNamespace } from '../lib/kubernetes/namespace';
import { SecureWorkload } from '../lib/kubernetes/workload';

const IMAGE = `registry.example.eu/app@sha256:${'0123456789abcdef'.repeat(4)}`;
const RESOURCES = { cpuRequest: '250m', cpuLimit: '1', memoryRequest: '256Mi', memoryLimit: '512Mi' };

function base(): { app: App; stack: TerraformStack; outdir: string } {
  const outdir = tempDir('sov-bench-synth-');
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'bench');
  new SovereigntyPolicy({ clusterLocation: 'DE' }).applyTo(stack);
  new KubernetesProvider(stack, 'k8s', { configPath: '~/.kube/config' });
  return { app, stack, outdir };
}

/** N pairs through the constructs. */
export function constructApp(pairs: number): { app: App; outdir: string } {
  const { app, stack, outdir } = base();
  for (let i = 0; i < pairs; i++) {
    const namespace = new SovereignNamespace(stack, `Ns${i}`, { name: `team-${i}`, owner: `owner-${i}` });
    new SecureWorkload(stack, `App${i}`, { namespace, name: `app-${i}`, image: IMAGE, resources: RESOURCES });
  }
  return { app, outdir };
}

/** The same resources, written by hand with the L1 bindings. */
export function rawApp(pairs: number): { app: App; outdir: string } {
  const { app, stack, outdir } = base();
  for (let i = 0; i < pairs; i++) {
    const labels = {
      'cdktf-sovereign.org/data-classification': 'confidential',
      'cdktf-sovereign.org/jurisdiction': 'EU',
      'cdktf-sovereign.org/owner': `owner-${i}`,
    };
    const nsScope = new Construct(stack, `Ns${i}`);
    const ns = new NamespaceV1(nsScope, 'Resource', {
      metadata: {
        name: `team-${i}`,
        labels: {
          ...labels,
          'pod-security.kubernetes.io/enforce': 'restricted',
          'pod-security.kubernetes.io/enforce-version': 'v1.33',
          'pod-security.kubernetes.io/audit': 'restricted',
          'pod-security.kubernetes.io/audit-version': 'v1.33',
          'pod-security.kubernetes.io/warn': 'restricted',
          'pod-security.kubernetes.io/warn-version': 'v1.33',
        },
      },
      waitForDefaultServiceAccount: true,
    });
    const namespace = ns.metadata.name;
    new NetworkPolicyV1(nsScope, 'DefaultDeny', {
      metadata: { name: 'default-deny', namespace, labels },
      spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
    });
    new NetworkPolicyV1(nsScope, 'AllowClusterDns', {
      metadata: { name: 'allow-cluster-dns', namespace, labels },
      spec: {
        podSelector: {},
        policyTypes: ['Egress'],
        egress: [{
          to: [{
            namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
            podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
          }],
          ports: [{ port: '53', protocol: 'UDP' }, { port: '53', protocol: 'TCP' }],
        }],
      },
    });
    new ResourceQuotaV1(nsScope, 'Quota', {
      metadata: { name: 'default-quota', namespace, labels },
      spec: {
        hard: {
          'requests.cpu': '4', 'requests.memory': '8Gi', 'limits.cpu': '8', 'limits.memory': '16Gi', 'requests.storage': '100Gi',
          'pods': '50', 'persistentvolumeclaims': '10', 'services.loadbalancers': '0', 'services.nodeports': '0',
        },
      },
    });
    new LimitRangeV1(nsScope, 'Limits', {
      metadata: { name: 'default-limits', namespace, labels },
      spec: { limit: [{ type: 'Container', defaultRequest: { cpu: '100m', memory: '128Mi' }, default: { cpu: '500m', memory: '512Mi' } }] },
    });
    new DefaultServiceAccountV1(nsScope, 'DefaultServiceAccount', { metadata: { namespace }, automountServiceAccountToken: false });

    const appScope = new Construct(stack, `App${i}`);
    const selector = { 'app.kubernetes.io/name': `app-${i}` };
    const podLabels = { ...labels, ...selector };
    new DeploymentV1(appScope, 'Resource', {
      metadata: { name: `app-${i}`, namespace, labels: podLabels },
      spec: {
        replicas: '2',
        selector: { matchLabels: selector },
        template: {
          metadata: { labels: podLabels },
          spec: {
            automountServiceAccountToken: false,
            enableServiceLinks: false,
            securityContext: { runAsNonRoot: true, runAsUser: '65532', runAsGroup: '65532', fsGroup: '65532', seccompProfile: { type: 'RuntimeDefault' } },
            container: [{
              name: `app-${i}`,
              image: IMAGE,
              port: [{ containerPort: 8080, protocol: 'TCP' }],
              resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } },
              securityContext: {
                runAsNonRoot: true,
                allowPrivilegeEscalation: false,
                privileged: false,
                readOnlyRootFilesystem: true,
                capabilities: { drop: ['ALL'] },
                seccompProfile: { type: 'RuntimeDefault' },
              },
              volumeMount: [{ name: 'tmp', mountPath: '/tmp' }],
            }],
            volume: [{ name: 'tmp', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } }],
            topologySpreadConstraint: [{
              maxSkew: 1,
              topologyKey: 'topology.kubernetes.io/zone',
              whenUnsatisfiable: 'ScheduleAnyway',
              labelSelector: [{ matchLabels: selector }],
            }],
          },
        },
      },
    });
    new ServiceV1(appScope, 'Service', {
      metadata: { name: `app-${i}`, namespace, labels: podLabels },
      spec: { type: 'ClusterIP', selector, port: [{ name: 'tcp-8080', port: 8080, targetPort: '8080', protocol: 'TCP' }] },
    });
  }
  return { app, outdir };
}
