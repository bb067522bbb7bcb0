import { copyEvidence } from '../evidence';
import { FindingLevel } from '../types';
import { ReportFormat } from './formats';
import { Finding, NotEvaluatedType, ReportRule, ReportSummary, SuppressionNote } from './model';
import { renderReport } from './render';

/** Version of the report format (`sovereignty-report.json`). */
export const REPORT_FORMAT_VERSION = '1.1';

/** What a report says about the run itself. */
export interface ReportContext {
  /** Checked configurations (stack names or input paths). */
  readonly configurations: string[];
  /** Pack ids. */
  readonly packs: string[];
  /** The policy in words: jurisdiction, label, retention. */
  readonly policy: { [key: string]: string };
  /** Date (YYYY-MM-DD) the checks were evaluated for (expiries, adequacy decisions). */
  readonly asOf: string;
}

/** The result of a compliance check: findings, counts, coverage and suppression remarks. */
export class ComplianceReport {
  /**
   * Combine reports (e.g. one per stack) into one.
   */
  public static merge(reports: ComplianceReport[]): ComplianceReport {
    if (reports.length === 1) return reports[0];
    const rules = new Map<string, ReportRule>();
    const notEvaluated = new Map<string, number>();
    for (const r of reports) {
      for (const rule of r.rules) rules.set(rule.id, rule);
      for (const n of r.notEvaluatedTypes) notEvaluated.set(n.resourceType, (notEvaluated.get(n.resourceType) ?? 0) + n.count);
    }
    const first = reports[0];
    const merged = new ComplianceReport(
      {
        configurations: reports.flatMap((r) => r.context.configurations),
        packs: first?.context.packs ?? [],
        policy: first?.context.policy ?? {},
        asOf: first?.context.asOf ?? new Date().toISOString().slice(0, 10),
      },
      reports.flatMap((r) => r.findings),
      reports.reduce((n, r) => n + r.resourceCount, 0),
      [...notEvaluated].map(([resourceType, count]) => ({ resourceType, count })),
      reports.flatMap((r) => r.suppressionNotes),
      [...rules.values()],
    );
    for (const r of reports) copyEvidence(r, merged);
    return merged;
  }

  /** Every finding, suppressed ones included, most severe first. */
  public readonly findings: Finding[];
  /** Remarks about suppressions (unused, expired, refused). */
  public readonly suppressionNotes: SuppressionNote[];
  /** Resource types no rule evaluated. */
  public readonly notEvaluatedTypes: NotEvaluatedType[];
  /** The rules that ran. */
  public readonly rules: ReportRule[];
  /** How the check was run. */
  public readonly context: ReportContext;
  private readonly resourceCount: number;

  /** @internal */
  constructor(
    context: ReportContext,
    findings: Finding[],
    resourceCount: number,
    notEvaluated: NotEvaluatedType[],
    suppressionNotes: SuppressionNote[],
    rules: ReportRule[],
  ) {
    this.context = context;
    this.findings = [...findings].sort(compareFindings);
    this.resourceCount = resourceCount;
    this.notEvaluatedTypes = [...notEvaluated].sort((a, b) => b.count - a.count || a.resourceType.localeCompare(b.resourceType));
    this.suppressionNotes = suppressionNotes;
    this.rules = [...rules].sort((a, b) => a.id.localeCompare(b.id));
  }

  /** Counts of unsuppressed findings by level, suppressed findings, resources, and resources not evaluated. */
  public get summary(): ReportSummary {
    const count = (level: FindingLevel) => this.findings.filter((f) => !f.suppressed && f.level === level).length;
    return {
      errors: count(FindingLevel.ERROR),
      warnings: count(FindingLevel.WARNING),
      infos: count(FindingLevel.INFO),
      suppressed: this.findings.filter((f) => f.suppressed).length,
      resources: this.resourceCount,
      notEvaluated: this.notEvaluatedTypes.reduce((n, t) => n + t.count, 0),
    };
  }

  /** Unsuppressed findings at a level. */
  public findingsAt(level: FindingLevel): Finding[] {
    return this.findings.filter((f) => !f.suppressed && f.level === level);
  }

  /**
   * The report as text, JSON, Markdown, SARIF 2.1.0, JUnit XML, the data inventory (JSON) or
   * the HTML page — the same content the synth and the CLI write.
   * @param format the format
   * @param artifactUri the checked file, for SARIF physical locations (e.g. `cdktf.out/stacks/app/cdk.tf.json`)
   */
  public render(format: ReportFormat, artifactUri?: string): string {
    return renderReport(this, format, { artifactUri });
  }

  /** Whether there are unsuppressed errors. */
  public get hasErrors(): boolean {
    return this.findings.some((f) => !f.suppressed && f.level === FindingLevel.ERROR);
  }
}

const LEVEL_ORDER: Record<FindingLevel, number> = { [FindingLevel.ERROR]: 0, [FindingLevel.WARNING]: 1, [FindingLevel.INFO]: 2 };

/** Code-unit order: deterministic across locales and much faster than localeCompare. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareFindings(a: Finding, b: Finding): number {
  return Number(a.suppressed) - Number(b.suppressed)
    || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]
    || cmp(a.ruleId, b.ruleId)
    || cmp(a.configuration, b.configuration)
    || cmp(a.address, b.address)
    || cmp(a.message, b.message);
}
