import { ComplianceReport, REPORT_FORMAT_VERSION } from './report';
import type { RenderOptions } from './sarif';

/** Tool name and version written into every report. @internal */
export const TOOL = { name: 'cdktf-sovereign', version: readVersion(), informationUri: 'https://github.com/cdktf-sovereign/cdktf-sovereign' };

function readVersion(): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('../../../package.json').version as string;
  } catch {
    return '0.0.0';
  }
}

/**
 * `sovereignty-report.json`. Stable shape (version in `formatVersion`):
 * `{ summary: { errors, warnings, suppressed, resources, notEvaluated, … }, findings: [ { ruleId,
 * level, address, constructPath, resourceType, message, source: { file, line, column } | null,
 * references, suppressed, suppressionReason, … } ], notEvaluated: [...], suppressions: [...],
 * rules: [...], settings?: [...], remarks?: [...] }` (`source` since format 1.1).
 * @internal
 */
export function renderJson(report: ComplianceReport, options: RenderOptions = {}): string {
  const body = {
    formatVersion: REPORT_FORMAT_VERSION,
    tool: { name: TOOL.name, version: TOOL.version },
    asOf: report.context.asOf,
    configurations: report.context.configurations,
    packs: report.context.packs,
    policy: report.context.policy,
    summary: report.summary,
    findings: report.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleTitle: f.ruleTitle,
      level: f.level,
      address: f.address,
      constructPath: f.constructPath ?? null,
      resourceType: f.resourceType,
      configuration: f.configuration,
      message: f.message,
      attribute: f.attribute ?? null,
      source: f.source ? { file: f.source.file.replace(/\\/g, '/'), line: f.source.line, column: f.source.column } : null,
      remediation: f.remediation,
      references: f.references.map((r) => ({ framework: r.framework, id: r.id, title: r.title, url: r.url, verified: r.verified })),
      suppressed: f.suppressed,
      suppressionReason: f.suppressionReason ?? null,
      suppressionNote: f.suppressionNote ?? null,
      dependsOnUnverifiedFact: f.dependsOnUnverifiedFact,
    })),
    notEvaluated: report.notEvaluatedTypes,
    suppressions: report.suppressionNotes,
    rules: report.rules.map((r) => ({ id: r.id, title: r.title, level: r.level, references: r.references.map((x) => `${x.framework} ${x.id}`) })),
    ...(options.settings && options.settings.length > 0 ? { settings: options.settings } : {}),
    ...(options.remarks && options.remarks.length > 0 ? { remarks: options.remarks } : {}),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
