import { StandardReference } from '../references';
import { FindingLevel } from '../types';
import { Finding, ReportRule } from './model';
import { ComplianceReport } from './report';

/** `GDPR Art. 32`, `BSI C5 CRY-03`: how a reference is cited in every format. @internal */
export function referenceLabel(reference: StandardReference): string {
  return `${reference.framework} ${reference.id}`;
}

/** `1 error`, `2 errors`. @internal */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The levels in report order. @internal */
export const LEVELS: FindingLevel[] = [FindingLevel.ERROR, FindingLevel.WARNING, FindingLevel.INFO];

/**
 * Control characters (C0 except tab and newline, DEL, C1) and bidirectional overrides
 * (Trojan Source) written as `\u001b`, so a resource name or value from the input cannot
 * drive a terminal or reorder what a reviewer reads.
 */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text with line breaks normalized to `\n` and invisible characters made visible. @internal */
export function visible(text: string): string {
  return String(text)
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Every rule the report knows: the rules that ran, plus (for reports merged from
 * engines with different rules) any rule that only appears in a finding.
 * @internal
 */
export function reportRules(report: ComplianceReport): ReportRule[] {
  const rules = [...report.rules];
  const known = new Set(rules.map((r) => r.id));
  for (const f of report.findings) {
    if (known.has(f.ruleId)) continue;
    known.add(f.ruleId);
    rules.push({ id: f.ruleId, title: f.ruleTitle, level: f.level, rationale: f.ruleTitle, remediation: f.remediation, references: f.references });
  }
  return rules;
}

/** Whether findings come from more than one configuration (then each names its own). @internal */
export function manyConfigurations(report: ComplianceReport): boolean {
  return new Set([...report.context.configurations, ...report.findings.map((f: Finding) => f.configuration)]).size > 1;
}

/** `FAILED: 2 errors, 1 warning, 0 infos, 1 suppressed; 4 resources checked, 1 not evaluated.` @internal */
export function summaryLine(report: ComplianceReport): string {
  const s = report.summary;
  return `${report.hasErrors ? 'FAILED' : 'PASSED'}: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, `
    + `${plural(s.infos, 'info')}, ${s.suppressed} suppressed; ${plural(s.resources, 'resource')} checked, ${s.notEvaluated} not evaluated.`;
}

/** `infra/main.tf:13`: where a finding is written, with `/` separators. @internal */
export function sourceLabel(f: Finding): string | undefined {
  return f.source ? `${f.source.file.replace(/\\/g, '/')}:${f.source.line}` : undefined;
}
