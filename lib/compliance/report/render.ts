import { invalidInput } from '../../errors';
import { ReportFormat } from './formats';
import { renderJson } from './json';
import { renderJunit } from './junit';
import { renderMarkdown } from './markdown';
import { ComplianceReport } from './report';
import { RenderOptions, renderSarif } from './sarif';
import { renderText } from './text';

export type { RenderOptions } from './sarif';

/**
 * Render a report in one of the formats. `options.artifactUri` and `sourceRoot` are used by
 * SARIF for physical locations; `settings` and `remarks` by the text, Markdown and JSON reports.
 * @internal
 */
export function renderReport(report: ComplianceReport, format: ReportFormat, options: RenderOptions = {}): string {
  switch (format) {
    case ReportFormat.TEXT: return renderText(report, options);
    case ReportFormat.JSON: return renderJson(report, options);
    case ReportFormat.MARKDOWN: return renderMarkdown(report, options);
    case ReportFormat.SARIF: return renderSarif(report, options);
    case ReportFormat.JUNIT: return renderJunit(report);
    default:
      throw invalidInput({
        code: 'UNKNOWN_REPORT_FORMAT',
        what: 'Report format',
        given: format,
        allowed: Object.values(ReportFormat).join(', '),
        fix: 'use one of the ReportFormat values.',
        candidates: Object.values(ReportFormat),
      });
  }
}
