import { ComplianceReport } from './report';

/** Output formats of a compliance report. */
export enum ReportFormat {
  /** Readable table grouped by level, with references (terminal output). */
  TEXT = 'text',
  /** `sovereignty-report.json`: summary, findings, coverage, suppression remarks. */
  JSON = 'json',
  /** `sovereignty-report.md`: for humans and pull-request comments. */
  MARKDOWN = 'md',
  /** `sovereignty-report.sarif`: SARIF 2.1.0 for code-scanning tools. */
  SARIF = 'sarif',
  /** `sovereignty-report.junit.xml`: JUnit XML for CI test reports. */
  JUNIT = 'junit',
}

/** File name a format is written to, next to `cdk.tf.json` or in the CLI's `--out` directory. */
export function reportFileName(format: ReportFormat): string {
  switch (format) {
    case ReportFormat.JSON: return 'sovereignty-report.json';
    case ReportFormat.MARKDOWN: return 'sovereignty-report.md';
    case ReportFormat.SARIF: return 'sovereignty-report.sarif';
    case ReportFormat.JUNIT: return 'sovereignty-report.junit.xml';
    default: return 'sovereignty-report.txt';
  }
}

/** Render a report in a format. (Implemented by the renderers in this folder.) */
export type Renderer = (report: ComplianceReport) => string;
