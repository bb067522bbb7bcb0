import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { FindingLevel, SovereigntyChecks } from '../../lib';
import { NonCompliantAnalyticsStack } from '../../examples/non-compliant/stack';

describe('the non-compliant example', () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sov-example-noncompliant-'));
  const app = new App({ outdir });
  const stack = new NonCompliantAnalyticsStack(app, 'non-compliant');
  let error: Error | undefined;
  try {
    app.synth();
  } catch (e) {
    error = e as Error;
  }
  const report = SovereigntyChecks.reportOf(stack)!;
  const open = report.findings.filter((f) => !f.suppressed);

  test('synth fails, and no cdk.tf.json is written', () => {
    expect(error?.message).toMatch(/Encountered Annotations with level "ERROR"/);
    expect(fs.existsSync(path.join(outdir, 'stacks', 'non-compliant', 'cdk.tf.json'))).toBe(false);
    expect(fs.existsSync(path.join(outdir, 'stacks', 'non-compliant', 'sovereignty-report.json'))).toBe(true);
  });

  test('with exactly the four planted findings, all errors', () => {
    expect(open.map((f) => [f.ruleId, f.constructPath, f.level]).sort()).toEqual([
      ['SOV-ENCRYPTION-AT-REST', 'non-compliant/Aggregates/Resource', FindingLevel.ERROR],
      ['SOV-LOCATION', 'non-compliant/Legacy/Archive/Resource', FindingLevel.ERROR],
      ['SOV-NETWORK-ISOLATION', 'non-compliant/Analytics/Resource', FindingLevel.ERROR],
      ['SOV-RETENTION', 'non-compliant/RawEvents/Resource', FindingLevel.ERROR],
    ]);
    expect(report.summary).toEqual(expect.objectContaining({ errors: 4, warnings: 0, suppressed: 0 }));
  });

  test.each([
    ['SOV-LOCATION', /us-central-1 \(US \(United States\)\).*outside the European Economic Area/, ['GDPR Art. 44', 'Gaia-X P5.1.2']],
    ['SOV-ENCRYPTION-AT-REST', /no server-side encryption configuration, although Scaleway supports it/, ['GDPR Art. 32', 'BSI C5 CRY-03']],
    ['SOV-RETENTION', /marked as holding personal data .* kept forever/, ['GDPR Art. 5(1)(e)']],
    ['SOV-NETWORK-ISOLATION', /no default-deny Ingress NetworkPolicy/, ['BSI C5 COS-06', 'GDPR Art. 32']],
  ])('%s says what is wrong and cites its references', (ruleId, message, references) => {
    const finding = open.find((f) => f.ruleId === ruleId)!;
    expect(finding.message).toMatch(message);
    expect(finding.remediation.length).toBeGreaterThan(20);
    const cited = finding.references.map((r) => `${r.framework} ${r.id}`);
    expect(cited).toEqual(expect.arrayContaining(references));
    expect(finding.references.every((r) => r.url.startsWith('https://'))).toBe(true);
  });

  test('the synth error lists each finding with its construct path', () => {
    for (const f of open) expect(error?.message).toContain(`[${f.constructPath}] [${f.ruleId}]`);
  });
});
