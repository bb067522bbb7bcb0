import { ComplianceReport } from '../../../lib/compliance/report/report';
import { Finding } from '../../../lib/compliance/report/model';
import { renderText } from '../../../lib/compliance/report/text';
import { RuleId } from '../../../lib/compliance/rules/ids';
import { FindingLevel } from '../../../lib/compliance/types';
import { compliantReport, mixedReport, nastyReport, SUPPRESSION_REASON } from './reports';

const report = mixedReport();
const text = renderText(report);
const lines = text.split('\n');

/** The lines of one finding (from its `<rule>  <address>` line to the next blank line), whitespace collapsed. */
function block(f: Finding): string {
  const start = lines.findIndex((l) => l.startsWith(`${f.ruleId}  ${f.address}`));
  if (start < 0) throw new Error(`no block for ${f.ruleId} ${f.address}`);
  const end = lines.indexOf('', start);
  return lines.slice(start, end).join(' ').replace(/\s+/g, ' ');
}

function lineOf(heading: string): number {
  return lines.findIndex((l) => l.startsWith(heading));
}

describe('text report', () => {
  test('the engine produced the findings the assertions rely on', () => {
    expect(report.findings.map((f) => [f.ruleId, f.level, f.address, f.suppressed])).toEqual([
      [RuleId.LOCATION, FindingLevel.ERROR, 'aws_s3_bucket.data', false],
      [RuleId.LOCATION_UNKNOWN, FindingLevel.WARNING, 'hcloud_volume.apps', false],
      [RuleId.PROVIDER_CONTROL, FindingLevel.INFO, 'provider.aws', false],
      [RuleId.LOCATION, FindingLevel.ERROR, 'aws_s3_bucket.logs', true],
    ]);
  });

  test('groups findings by level: errors, warnings, infos, then suppressed, remarks, not evaluated, summary', () => {
    const order = ['ERRORS (1)', 'WARNINGS (1)', 'INFOS (1)', 'SUPPRESSED (1)', 'SUPPRESSION REMARKS (1)', 'NOT EVALUATED'].map(lineOf);
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Each finding is listed under its own heading.
    const at = (address: string) => lines.findIndex((l) => l.includes(`  ${address}`));
    expect(at('aws_s3_bucket.data')).toBeGreaterThan(order[0]);
    expect(at('aws_s3_bucket.data')).toBeLessThan(order[1]);
    expect(at('hcloud_volume.apps')).toBeGreaterThan(order[1]);
    expect(at('hcloud_volume.apps')).toBeLessThan(order[2]);
    expect(at('provider.aws')).toBeGreaterThan(order[2]);
    expect(at('provider.aws')).toBeLessThan(order[3]);
    expect(at('aws_s3_bucket.logs')).toBeGreaterThan(order[3]);
    expect(at('aws_s3_bucket.logs')).toBeLessThan(order[4]);
  });

  test('every finding shows rule, address, message and all its references; unsuppressed ones the fix', () => {
    for (const f of report.findings) {
      const b = block(f);
      expect(b).toContain(`References: ${f.references.map((r) => `${r.framework} ${r.id}`).join(', ')}`);
      expect(b).toContain(`Message: ${f.message.replace(/\s+/g, ' ')}`);
      // Suppressed findings need no fix.
      expect(b.includes(`Fix: ${f.remediation.replace(/\s+/g, ' ')}`)).toBe(!f.suppressed);
    }
    expect(block(report.findings[0])).toContain('Construct: app-stack/Data/Resource');
    expect(block(report.findings[0])).toContain('References: GDPR Art. 44, GDPR Art. 45, GDPR Art. 46, Gaia-X P5.1.1');
  });

  test('suppressed findings show their level and reason', () => {
    const logs = report.findings.find((f) => f.suppressed)!;
    const b = block(logs);
    expect(b.startsWith(`${RuleId.LOCATION} aws_s3_bucket.logs (error)`)).toBe(true);
    expect(b).toContain(`Reason: ${SUPPRESSION_REASON}`);
  });

  test('lists suppression remarks and not-evaluated types with counts', () => {
    expect(text).toContain('- unused: Suppression of SOV-LOCATION (address aws_s3_bucket.gone) matched no finding');
    expect(lines[lineOf('NOT EVALUATED') + 2]).toMatch(/^ {2}random_id +1$/);
    expect(lines[lineOf('NOT EVALUATED')]).toBe('NOT EVALUATED (no rule checks these types: 1 resource of 1 type)');
  });

  test('ends with a one-line summary', () => {
    expect(lines[lines.length - 1]).toBe('');
    expect(lines[lines.length - 2]).toBe('FAILED: 1 error, 1 warning, 1 info, 1 suppressed; 4 resources checked, 1 not evaluated.');
  });

  test('wraps long lines at 100 columns with a hanging indent and uses no colours', () => {
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
    const message = lines.findIndex((l) => l.startsWith('  Message:'));
    expect(lines[message + 1]).toMatch(/^ {17}\S/);
    expect(text).not.toMatch(/\u001b/);
  });

  test('makes control characters and bidi overrides from the input visible', () => {
    const nasty = renderText(nastyReport());
    expect(nasty).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    expect(nasty).toContain('\\u0001\\u001b[31mred\\u0007 \\u202eevil\\u202c');
    // A line break in a message starts a new, indented line.
    expect(nasty).toMatch(/\| pipe\n {17}second line tab/);
  });

  test('a clean report says so and passes', () => {
    const clean = renderText(compliantReport());
    expect(clean).toContain('\nNo findings.\n');
    expect(clean).not.toContain('ERRORS');
    expect(clean.trimEnd().split('\n').pop()).toMatch(/^PASSED: 0 errors, 0 warnings, 0 infos, 0 suppressed; 1 resource checked/);
  });
});

describe('text report: where findings are and what they were judged with', () => {
  const located = new ComplianceReport(report.context, report.findings.map((f, i) => (i === 0 ? { ...f, source: { file: 'infra/main.tf', line: 12, column: 1 } } : f)),
    report.summary.resources, report.notEvaluatedTypes, report.suppressionNotes, report.rules);
  const out = renderText(located, {
    settings: ['jurisdiction: DE (from --jurisdiction; the stack\'s policy says EU)', 'stack-a:', '  packs gdpr'],
    remarks: ['stack-a was checked with custom rules this CLI does not have: ACME-OWNER.'],
  });

  test('a located finding shows file:line, the others no File line', () => {
    expect(out).toMatch(/SOV-LOCATION {2}aws_s3_bucket\.data\n {2}File: {10}infra\/main\.tf:12\n/);
    expect(out.match(/File:/g)).toHaveLength(1);
  });

  test('settings and remarks come after the header, nested lines indented', () => {
    const all = out.split('\n');
    const settings = all.indexOf('SETTINGS');
    expect(all.slice(settings + 2, settings + 5)).toEqual([
      '  jurisdiction: DE (from --jurisdiction; the stack\'s policy says EU)',
      '  stack-a:',
      '    packs gdpr',
    ]);
    expect(out).toContain('REMARKS (1)\n');
    expect(out).toContain('- stack-a was checked with custom rules this CLI does not have: ACME-OWNER.');
    expect(settings).toBeLessThan(all.indexOf('ERRORS (1)'));
  });
});
