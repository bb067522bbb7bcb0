import { invalidInput, SovereignError } from '../../errors';
import { inventoryOf } from '../evidence';
import { renderInventoryCsv, renderInventoryJson, renderInventoryMarkdown } from '../evidence/render';
import { LinkOptions, renderHtml } from './html/render';
import { ReportFormat, reportFileNames } from './formats';
import { renderJson } from './json';
import { renderJunit } from './junit';
import { renderMarkdown } from './markdown';
import { ComplianceReport } from './report';
import { RenderOptions, renderSarif } from './sarif';
import { renderText } from './text';
import { GaiaxCredentialsProps } from '../../gaiax/props';
import { renderGaiaxFiles } from '../../gaiax/render';

/** Settings of the Gaia-X format. @internal */
export interface GaiaxOptions {
  /** The participant's values for the Gaia-X draft. */
  readonly gaiax?: GaiaxCredentialsProps;
}

export type { RenderOptions } from './sarif';

/**
 * Render a report in one of the formats. `options.artifactUri` and `sourceRoot` are used by
 * SARIF for physical locations; `settings` and `remarks` by the text, Markdown and JSON reports;
 * `outputDir` by the HTML report, whose source links are relative to it.
 * @internal
 */
export function renderReport(report: ComplianceReport, format: ReportFormat, options: RenderOptions & LinkOptions & GaiaxOptions = {}): string {
  switch (format) {
    case ReportFormat.GAIAX: return renderGaiaxFiles(report, options.gaiax)[0].content;
    case ReportFormat.INVENTORY: return renderInventoryJson(inventoryOrThrow(report));
    case ReportFormat.HTML: return renderHtml(report, { outputDir: options.outputDir, artifactUri: options.artifactUri });
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

/**
 * Every file of a format with its content: one for most formats, three for the inventory.
 * `outputDir` is where they are written (the HTML report links source files relative to it).
 * @internal
 */
export function renderReportFiles(report: ComplianceReport, format: ReportFormat, options: RenderOptions & LinkOptions & GaiaxOptions = {}): Array<{ name: string; content: string }> {
  if (format === ReportFormat.GAIAX) return renderGaiaxFiles(report, options.gaiax);
  if (format === ReportFormat.INVENTORY) {
    const inventory = inventoryOrThrow(report);
    const [json, md, csv] = reportFileNames(format);
    return [
      { name: json, content: renderInventoryJson(inventory) },
      { name: md, content: renderInventoryMarkdown(inventory) },
      { name: csv, content: renderInventoryCsv(inventory) },
    ];
  }
  return [{ name: reportFileNames(format)[0], content: renderReport(report, format, options) }];
}

function inventoryOrThrow(report: ComplianceReport) {
  const inventory = inventoryOf(report);
  if (inventory) return inventory;
  throw new SovereignError('NO_INVENTORY', 'This report carries no data inventory: it was not made by ComplianceEngine.check (or was rebuilt without it). Allowed: reports of ComplianceEngine or SovereigntyChecks. Fix: render the report the engine returned.');
}
