import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import {
  BucketEncryption,
  DataClassification,
  EuBucket,
  EuStateBackend,
  Jurisdiction,
  Pack,
  Retention,
  SovereignNamespace,
  SovereigntyChecks,
  SovereigntyPolicy,
} from '../../lib';

/** Packs the non-compliant example is checked against (network isolation is an error in BSI C5). */
export const NON_COMPLIANT_PACKS = [Pack.GDPR, Pack.BSI_C5];

/**
 * The analytics stack gone wrong — four mistakes of the kind that reach production, each
 * through a door a real team opens: a local policy override, an explicit opt-out, an escape
 * hatch, and a disabled default. `npm run synth` does not build it; its test asserts that
 * synth fails with exactly these four findings:
 *
 * 1. SOV-LOCATION — a "legacy archive" bucket in IONOS `us-central-1` (USA), allowed by a policy
 *    someone attached to a sub-tree, while the stack's policy is EEA-only.
 * 2. SOV-ENCRYPTION-AT-REST — aggregates on Scaleway with encryption switched off
 *    (`BucketEncryption.CLIENT_SIDE`, the explicit opt-out) and no suppression.
 * 3. SOV-RETENTION — raw events re-tagged as personal data through an escape hatch, on a bucket
 *    created without retention.
 * 4. SOV-NETWORK-ISOLATION — an analytics namespace with `defaultDeny: false`.
 */
export class NonCompliantAnalyticsStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new SovereigntyPolicy({ jurisdiction: Jurisdiction.EEA, clusterLocation: 'FR' }).applyTo(this);
    new EuStateBackend(this, { provider: 'ovhcloud', region: 'gra', bucketName: 'acme-analytics-tfstate' });

    // 1. A sub-tree with its own, wider policy: the constructs accept the US region…
    const legacy = new Construct(this, 'Legacy');
    new SovereigntyPolicy({ jurisdiction: Jurisdiction.countries(['US']) }).applyTo(legacy);
    new EuBucket(legacy, 'Archive', { provider: 'ionos', region: 'us-central-1', bucketName: 'acme-analytics-archive' });

    // 2. Server-side encryption switched off where the provider offers it.
    new EuBucket(this, 'Aggregates', {
      provider: 'scaleway',
      region: 'fr-par',
      bucketName: 'acme-analytics-aggregates',
      dataClassification: DataClassification.INTERNAL,
      encryption: BucketEncryption.CLIENT_SIDE,
      retention: Retention.years(2),
    });

    // 3. Created as internal data without retention, re-tagged as personal data afterwards.
    const raw = new EuBucket(this, 'RawEvents', {
      provider: 'scaleway',
      region: 'fr-par',
      bucketName: 'acme-analytics-raw-events',
      dataClassification: DataClassification.INTERNAL,
    });
    raw.resource.addOverride('tags.data-classification', 'personal');

    // 4. A namespace whose default deny was switched off.
    new KubernetesProvider(this, 'kubernetes', { configPath: '~/.kube/config' });
    new SovereignNamespace(this, 'Analytics', { name: 'analytics', owner: 'team-data', defaultDeny: false });

    // …but the checks judge the final JSON against the stack's EEA policy.
    SovereigntyChecks.apply(this, { packs: NON_COMPLIANT_PACKS });
  }
}
