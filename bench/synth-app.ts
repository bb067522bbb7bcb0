/**
 * A cdktf app of N resources for the synth-overhead benchmark: Kubernetes namespaces
 * with default-deny NetworkPolicies (through the typed bindings) and encrypted
 * S3-compatible buckets on Scaleway (raw resources). It is compliant, so synth
 * completes with and without checks.
 */
import { tempDir } from './tmp';
import { App, TerraformResource, TerraformStack } from 'cdktf';
import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import { NetworkPolicyV1 } from '@cdktf/provider-kubernetes/lib/network-policy-v1';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { SovereigntyPolicy } from '../lib/core/policy';

export function buildApp(resources: number): { app: App; outdir: string } {
  const outdir = tempDir('sov-bench-');
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'bench');
  new SovereigntyPolicy({ clusterLocation: 'DE' }).applyTo(stack);
  new KubernetesProvider(stack, 'k8s', { configPath: '~/.kube/config' });
  stack.addOverride('provider.aws', [{
    region: 'fr-par',
    endpoints: [{ s3: 'https://s3.fr-par.scw.cloud' }],
    skip_credentials_validation: true,
  }]);
  stack.addOverride('terraform.required_providers.aws', { source: 'hashicorp/aws', version: '5.100.0' });
  for (let i = 0, n = 0; n < resources; i++) {
    if (i % 3 === 2) {
      // An S3-compatible bucket with server-side encryption (2 resources).
      const bucket = new TerraformResource(stack, `bucket${i}`, { terraformResourceType: 'aws_s3_bucket' });
      bucket.addOverride('bucket', `bench-${i}`);
      const sse = new TerraformResource(stack, `sse${i}`, { terraformResourceType: 'aws_s3_bucket_server_side_encryption_configuration' });
      sse.addOverride('bucket', `\${aws_s3_bucket.${bucket.friendlyUniqueId}.id}`);
      sse.addOverride('rule', [{ apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } }]);
      n += 2;
      continue;
    }
    const ns = new NamespaceV1(stack, `ns${i}`, { metadata: { name: `ns-${i}`, labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } } });
    new NetworkPolicyV1(stack, `deny${i}`, {
      metadata: { name: 'default-deny', namespace: ns.metadata.name },
      spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
    });
    n += 2;
  }
  return { app, outdir };
}
