import { ReportFormat } from '../../../lib/compliance/report/formats';
import { renderJson } from '../../../lib/compliance/report/json';
import { renderJunit } from '../../../lib/compliance/report/junit';
import { renderMarkdown } from '../../../lib/compliance/report/markdown';
import { renderReport } from '../../../lib/compliance/report/render';
import { renderSarif } from '../../../lib/compliance/report/sarif';
import { renderText } from '../../../lib/compliance/report/text';
import { mixedReport } from './reports';

const report = mixedReport();

describe('renderReport', () => {
  test('dispatches every format to its renderer', () => {
    expect(renderReport(report, ReportFormat.TEXT)).toBe(renderText(report));
    expect(renderReport(report, ReportFormat.JSON)).toBe(renderJson(report));
    expect(renderReport(report, ReportFormat.MARKDOWN)).toBe(renderMarkdown(report));
    expect(renderReport(report, ReportFormat.SARIF)).toBe(renderSarif(report));
    expect(renderReport(report, ReportFormat.JUNIT)).toBe(renderJunit(report));
    // GAIAX needs the participant's values and the engine's inventory: test/gaiax covers it.
    const formats = Object.values(ReportFormat).filter((f) => f !== ReportFormat.GAIAX);
    const outputs = formats.map((f) => renderReport(report, f));
    expect(new Set(outputs).size).toBe(formats.length);
  });

  test('passes the artifact URI to SARIF only', () => {
    const options = { artifactUri: 'cdk.tf.json' };
    expect(renderReport(report, ReportFormat.SARIF, options)).toBe(renderSarif(report, options));
    expect(renderReport(report, ReportFormat.SARIF, options)).toContain('"uri": "cdk.tf.json"');
    expect(renderReport(report, ReportFormat.TEXT, options)).toBe(renderText(report));
  });

  test('every format ends with a newline and is deterministic', () => {
    for (const format of Object.values(ReportFormat).filter((f) => f !== ReportFormat.GAIAX)) {
      const out = renderReport(report, format);
      expect(out.endsWith('\n')).toBe(true);
      expect(renderReport(mixedReport(), format)).toBe(out);
    }
  });

  test('an unknown format is an error that lists the formats', () => {
    expect(() => renderReport(report, 'pdf' as ReportFormat)).toThrow('Report format: got "pdf". Allowed: text, json, md, sarif, junit, inventory, html, gaiax.');
  });
});
