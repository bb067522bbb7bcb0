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
  /**
   * `sovereignty-inventory.json`, `.md` and `.csv`: the data inventory (technical part of the
   * GDPR Art. 30 record) and the sovereignty assessment of the providers that hold the data.
   */
  INVENTORY = 'inventory',
  /** `sovereignty-report.html`: one self-contained page with the residency map, findings, inventory and assessment. */
  HTML = 'html',
  /**
   * `gaiax-credential.json` (an unsigned Gaia-X gx:ServiceOffering credential, validated against
   * the vendored Gaia-X shapes), `gaiax-assessment.json` and `.md` (claims with their sources, what
   * is to be supplied, the criteria self-assessment). Needs `SovereigntyChecksProps.gaiax`; see docs/gaiax.md.
   */
  GAIAX = 'gaiax',
}

/** File name a format is written to, next to `cdk.tf.json` or in the CLI's `--out` directory. */
export function reportFileName(format: ReportFormat): string {
  switch (format) {
    case ReportFormat.JSON: return 'sovereignty-report.json';
    case ReportFormat.MARKDOWN: return 'sovereignty-report.md';
    case ReportFormat.SARIF: return 'sovereignty-report.sarif';
    case ReportFormat.JUNIT: return 'sovereignty-report.junit.xml';
    case ReportFormat.INVENTORY: return 'sovereignty-inventory.json';
    case ReportFormat.HTML: return 'sovereignty-report.html';
    case ReportFormat.GAIAX: return 'gaiax-credential.json';
    default: return 'sovereignty-report.txt';
  }
}

/** Every file a format is written to (the inventory is three: JSON, Markdown, CSV). */
export function reportFileNames(format: ReportFormat): string[] {
  if (format === ReportFormat.INVENTORY) return ['sovereignty-inventory.json', 'sovereignty-inventory.md', 'sovereignty-inventory.csv'];
  if (format === ReportFormat.GAIAX) return ['gaiax-credential.json', 'gaiax-assessment.json', 'gaiax-assessment.md'];
  return [reportFileName(format)];
}

/** Render a report in a format. (Implemented by the renderers in this folder.) */
export type Renderer = (report: ComplianceReport) => string;
