/*
 * Client-side encryption as a named opt-out: `encryption: BucketEncryption.CLIENT_SIDE` with
 * `clientSideEncryptionReason` records the acknowledgement on the bucket, so synth with the
 * checks passes and every report keeps the SOV-ENCRYPTION-AT-REST finding, suppressed with the
 * reason; without the reason the finding fails synth, and the guide's Hetzner sample is what works.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { BucketEncryption, EuBucket, Pack, Retention, RuleId, SovereigntyChecks, SovereigntyPolicy } from '../../lib';
import { SovereignError } from '../../lib/errors';
import { errorOf } from './errors';

const REASON = 'The ingest service encrypts every object with age keys held in our EU Vault';

function hetznerApp(props: { reason?: string; unsuppressible?: boolean }): { app: App; stack: TerraformStack; outdir: string } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-sovereign-client-side-'));
  const app = new App({ outdir });
  if (props.unsuppressible) new SovereigntyPolicy({ unsuppressibleRules: [RuleId.ENCRYPTION_AT_REST] }).applyTo(app);
  const stack = new TerraformStack(app, 'archive');
  new EuBucket(stack, 'Archive', {
    provider: 'hetzner', region: 'fsn1', bucketName: 'acme-archive', holdsPersonalData: true, retention: Retention.days(30),
    encryption: BucketEncryption.CLIENT_SIDE, clientSideEncryptionReason: props.reason,
  });
  SovereigntyChecks.apply(app, { packs: [Pack.GDPR] });
  return { app, stack, outdir };
}

describe('BucketEncryption.CLIENT_SIDE with clientSideEncryptionReason', () => {
  test('synth passes; every report keeps the SOV-ENCRYPTION-AT-REST finding, suppressed with the reason', () => {
    const { app, stack, outdir } = hetznerApp({ reason: REASON });
    app.synth();
    const report = SovereigntyChecks.reportOf(stack)!;
    expect(report.summary.errors).toBe(0);
    const findings = report.findings.filter((f) => f.ruleId === 'SOV-ENCRYPTION-AT-REST');
    expect(findings).toHaveLength(1);
    expect(findings[0].address).toMatch(/^aws_s3_bucket\.Archive_[0-9A-F]{8}$/);
    expect(findings[0].suppressed).toBe(true);
    expect(findings[0].suppressionReason).toBe(`Client-side encryption (BucketEncryption.CLIENT_SIDE): ${REASON}`);
    const dir = path.join(outdir, 'stacks', 'archive');
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'sovereignty-report.json'), 'utf8')) as { findings: { ruleId: string; suppressed: boolean; suppressionReason?: string }[] };
    expect(json.findings.filter((f) => f.ruleId === 'SOV-ENCRYPTION-AT-REST').map((f) => [f.suppressed, f.suppressionReason]))
      .toEqual([[true, `Client-side encryption (BucketEncryption.CLIENT_SIDE): ${REASON}`]]);
    expect(fs.readFileSync(path.join(dir, 'sovereignty-report.md'), 'utf8')).toContain(REASON);
    expect(fs.readFileSync(path.join(dir, 'sovereignty-report.sarif'), 'utf8')).toContain(REASON);
    // Nothing else changes: still no server-side encryption configuration on the bucket.
    const tf = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8')) as { resource: Record<string, unknown> };
    expect(Object.keys(tf.resource)).not.toContain('aws_s3_bucket_server_side_encryption_configuration');
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test('without the reason the finding fails synth, and its fix names the opt-out', () => {
    const { app, outdir } = hetznerApp({});
    let message = '';
    try {
      app.synth();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('SOV-ENCRYPTION-AT-REST');
    expect(message).toContain('Hetzner Cloud object storage cannot encrypt buckets server-side by default');
    expect(message).toContain('clientSideEncryptionReason');
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test('a policy that makes SOV-ENCRYPTION-AT-REST unsuppressible still fails synth', () => {
    const { app, outdir } = hetznerApp({ reason: REASON, unsuppressible: true });
    expect(() => app.synth()).toThrow(/SOV-ENCRYPTION-AT-REST/);
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test('the reason is refused without CLIENT_SIDE, and when it says nothing', () => {
    const stack = new TerraformStack(new App(), 's');
    const e = errorOf(() => new EuBucket(stack, 'A', { provider: 'scaleway', region: 'fr-par', bucketName: 'acme-a', clientSideEncryptionReason: REASON }),
      'REASON_WITHOUT_CLIENT_SIDE_ENCRYPTION');
    expect(e.message).toContain('Fix: remove clientSideEncryptionReason, or set encryption: BucketEncryption.CLIENT_SIDE.');
    const short = errorOf(() => new EuBucket(stack, 'B', { provider: 'hetzner', region: 'fsn1', bucketName: 'acme-b', encryption: BucketEncryption.CLIENT_SIDE, clientSideEncryptionReason: 'ok' }),
      'INVALID_CLIENT_SIDE_ENCRYPTION_REASON');
    expect(short).toBeInstanceOf(SovereignError);
    expect(short.message).toContain('EuBucket clientSideEncryptionReason: got "ok"');
  });
});
