import { FindingLevel } from '../types';
import { LEVELS, manyConfigurations, plural, referenceLabel, sourceLabel, summaryLine, visible } from './common';
import { TOOL } from './json';
import { Finding } from './model';
import { ComplianceReport } from './report';
import type { RenderOptions } from './sarif';

/** Lines are wrapped to this many columns (a word longer than that stays whole). */
const WIDTH = 100;
/** Width of the label column (`Configuration: `). */
const LABEL = 15;
const RULE = '-'.repeat(WIDTH);

const HEADINGS: Record<FindingLevel, string> = {
  [FindingLevel.ERROR]: 'ERRORS',
  [FindingLevel.WARNING]: 'WARNINGS',
  [FindingLevel.INFO]: 'INFOS',
};

/**
 * The terminal report: unsuppressed findings grouped by level (errors, warnings, infos),
 * then suppressed findings with their reasons, remarks about suppressions, the resource
 * types no rule evaluated, and a one-line summary. Plain text without colours, so it can
 * be piped; every value from the input has its control characters made visible.
 * @internal
 */
export function renderText(report: ComplianceReport, options: RenderOptions = {}): string {
  const many = manyConfigurations(report);
  const out: string[] = [];
  const ctx = report.context;
  out.push(`${TOOL.name} ${TOOL.version} - sovereignty report`);
  out.push(...wrap(`Checked: ${ctx.configurations.join(', ') || '(nothing)'} | Packs: ${ctx.packs.join(', ')}`
    + `${ctx.policy.jurisdiction ? ` | Jurisdiction: ${ctx.policy.jurisdiction}` : ''} | As of: ${ctx.asOf}`, ''));
  if (options.settings && options.settings.length > 0) {
    section(out, 'SETTINGS');
    for (const line of options.settings) {
      // Lines of one configuration among several come indented under its name.
      const nested = line.startsWith('  ');
      out.push(...wrap(line.trim(), nested ? '      ' : '    ', nested ? '    ' : '  '));
    }
  }
  if (options.remarks && options.remarks.length > 0) {
    section(out, `REMARKS (${options.remarks.length})`);
    for (const line of options.remarks) out.push(...wrap(line, '  ', '- '));
  }

  for (const level of LEVELS) {
    const findings = report.findingsAt(level);
    if (findings.length === 0) continue;
    section(out, `${HEADINGS[level]} (${findings.length})`);
    findings.forEach((f, i) => {
      if (i > 0) out.push('');
      out.push(...findingLines(f, many, false));
    });
  }

  const suppressed = report.findings.filter((f) => f.suppressed);
  if (suppressed.length > 0) {
    section(out, `SUPPRESSED (${suppressed.length})`);
    suppressed.forEach((f, i) => {
      if (i > 0) out.push('');
      out.push(...findingLines(f, many, true));
    });
  }
  if (report.findings.length === 0) {
    out.push('', 'No findings.');
  }

  if (report.suppressionNotes.length > 0) {
    section(out, `SUPPRESSION REMARKS (${report.suppressionNotes.length})`);
    for (const note of report.suppressionNotes) {
      out.push(...wrap(`${note.kind}: ${note.message} Reason given: ${note.reason}`, '  ', '- '));
    }
  }

  if (report.notEvaluatedTypes.length > 0) {
    const total = report.notEvaluatedTypes.reduce((n, t) => n + t.count, 0);
    section(out, `NOT EVALUATED (no rule checks these types: ${plural(total, 'resource')} of ${plural(report.notEvaluatedTypes.length, 'type')})`);
    const width = Math.min(60, Math.max(...report.notEvaluatedTypes.map((t) => oneLine(t.resourceType).length)));
    for (const t of report.notEvaluatedTypes) {
      out.push(`  ${oneLine(t.resourceType).padEnd(width)}  ${String(t.count).padStart(6)}`);
    }
  }

  out.push('', RULE, summaryLine(report));
  return `${out.join('\n')}\n`;
}

function section(out: string[], title: string): void {
  out.push('', title, RULE);
}

function findingLines(f: Finding, many: boolean, suppressed: boolean): string[] {
  const lines: string[] = [];
  lines.push(`${oneLine(f.ruleId)}  ${oneLine(f.address)}${suppressed ? `  (${f.level})` : ''}`);
  const field = (label: string, value: string | undefined) => {
    if (value === undefined || value === '') return;
    lines.push(...wrap(value, ' '.repeat(LABEL + 2), `  ${`${label}:`.padEnd(LABEL)}`));
  };
  if (many) field('Configuration', f.configuration);
  field('File', sourceLabel(f));
  field('Construct', f.constructPath);
  field('Attribute', f.attribute);
  if (suppressed) field('Reason', f.suppressionReason);
  field('Message', f.message);
  if (!suppressed) field('Fix', f.remediation);
  field('References', f.references.map(referenceLabel).join(', '));
  if (f.suppressionNote) field('Note', f.suppressionNote);
  return lines;
}

/** A value on one line: line breaks shown as `\\n`. */
function oneLine(value: string): string {
  return visible(value).replace(/\n/g, '\\n');
}

/**
 * Word-wrap `text` to `WIDTH` columns: the first line starts with `first` (default:
 * `indent`), following lines with `indent`. Line breaks in the text are kept.
 */
function wrap(text: string, indent: string, first: string = indent): string[] {
  const lines: string[] = [];
  let prefix = first;
  for (const paragraph of visible(text).split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ').filter((w) => w.length > 0)) {
      if (line.length > 0 && prefix.length + line.length + 1 + word.length > WIDTH) {
        lines.push(prefix + line);
        prefix = indent;
        line = word;
      } else {
        line = line.length > 0 ? `${line} ${word}` : word;
      }
    }
    lines.push((prefix + line).trimEnd());
    prefix = indent;
  }
  return lines;
}
