import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import { Catalog, Jurisdiction, SovereigntyPolicy } from '../../lib';

/**
 * The smallest useful stack: a Germany-only policy, the catalog telling us where a
 * STACKIT region is, and a namespace labelled with what the policy says.
 */
export class QuickstartStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const policy = new SovereigntyPolicy({ jurisdiction: Jurisdiction.countries(['DE']), clusterLocation: 'DE' });
    policy.applyTo(this);

    const region = Catalog.provider('stackit').region('eu01');
    const residency = policy.jurisdiction.check(region.country);
    if (!residency.allowed) throw new Error(residency.reason);

    new KubernetesProvider(this, 'kubernetes', { configPath: '~/.kube/config' });
    new NamespaceV1(this, 'namespace', {
      metadata: {
        name: 'quickstart',
        labels: {
          'cdktf-sovereign.org/jurisdiction': policy.jurisdiction.name,
          'cdktf-sovereign.org/region': `${region.code}.${region.country}`,
          'pod-security.kubernetes.io/enforce': 'restricted',
        },
      },
    });
    new TerraformOutput(this, 'residency', { value: residency.reason });
  }
}
