import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  BucketEncryption,
  DataClassification,
  EuBucket,
  EuStateBackend,
  Jurisdiction,
  Pack,
  Retention,
  SovereigntyChecks,
  SovereigntyPolicy,
} from '../../lib';

/** Packs this example is checked against at synth. */
export const ANALYTICS_PACKS = [Pack.GDPR, Pack.BSI_C5];

/**
 * Product analytics across two European providers, EEA-only:
 * raw events (personal data: user ids, IP-derived regions) on Scaleway Paris, expiring after
 * 30 days; aggregates (no personal data) on Hetzner Falkenstein; Terraform state on OVHcloud
 * Gravelines. Only the hashicorp/aws provider is used (S3-compatible endpoints), so the
 * whole stack is checked with real `terraform validate` and an offline `plan` in the tests.
 */
export class MultiProviderAnalyticsStack extends TerraformStack {
  public readonly rawEvents: EuBucket;
  public readonly aggregates: EuBucket;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new SovereigntyPolicy({
      jurisdiction: Jurisdiction.EEA,
      personalDataMaxRetention: Retention.days(90),
    }).applyTo(this);

    new EuStateBackend(this, { provider: 'ovhcloud', region: 'gra', bucketName: 'acme-analytics-tfstate' });

    this.rawEvents = new EuBucket(this, 'RawEvents', {
      provider: 'scaleway',
      region: 'fr-par',
      bucketName: 'acme-analytics-raw-events',
      holdsPersonalData: true,
      retention: Retention.days(30),
    });

    // Hetzner Object Storage offers server-side encryption only with customer-provided keys
    // (SSE-C): the pipeline encrypts before upload, which the checks cannot see — so the bucket
    // says so, and the SOV-ENCRYPTION-AT-REST finding is kept, suppressed, with the reason on record.
    this.aggregates = new EuBucket(this, 'Aggregates', {
      provider: 'hetzner',
      region: 'fsn1',
      bucketName: 'acme-analytics-aggregates',
      dataClassification: DataClassification.INTERNAL,
      encryption: BucketEncryption.CLIENT_SIDE,
      clientSideEncryptionReason: 'Aggregates are encrypted client-side (SSE-C) by the export job with keys held in the EU KMS; Hetzner has no managed-key SSE',
      retention: Retention.years(2),
    });

    SovereigntyChecks.apply(this, { packs: ANALYTICS_PACKS });
  }
}
