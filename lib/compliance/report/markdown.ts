import { StandardReference } from '../references';
import { FindingLevel } from '../types';
import { LEVELS, manyConfigurations, plural, referenceLabel, reportRules, sourceLabel, visible } from './common';
import { TOOL } from './json';
import { Finding } from './model';
import { ComplianceReport } from './report';
import type { RenderOptions } from './sarif';

const HEADINGS: Record<FindingLevel, string> = {
  [FindingLevel.ERROR]: 'Errors',
  [FindingLevel.WARNING]: 'Warnings',
  [FindingLevel.INFO]: 'Infos',
};

/**
 * `sovereignty-report.md`, for humans and pull-request comments (GitHub-flavoured
 * Markdown): a summary table, the findings of each level as a table, suppressed findings
 * with their reasons, suppression remarks, the resource types no rule evaluated, the
 * policy and packs, and the rules with their references as links. Every value from the
 * input is escaped, so a `|`, a line break or markup in a message cannot break a table.
 * @internal
 */
export function renderMarkdown(report: ComplianceReport, options: RenderOptions = {}): string {
  const many = manyConfigurations(report);
  const s = report.summary;
  const ctx = report.context;
  const out: string[] = [];

  out.push('# Sovereignty report', '');
  out.push('| Result | Errors | Warnings | Infos | Suppressed | Resources | Not evaluated |');
  out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  out.push(`| ${report.hasErrors ? '**Failed**' : '**Passed**'} | ${s.errors} | ${s.warnings} | ${s.infos} | ${s.suppressed} | ${s.resources} | ${s.notEvaluated} |`);
  out.push('');
  out.push(`Checked ${ctx.configurations.map((c) => code(c, false)).join(', ') || 'nothing'} against ${ctx.packs.map((p) => code(p, false)).join(', ')}`
    + ` as of ${text(ctx.asOf)}, with ${text(TOOL.name)} ${text(TOOL.version)}.`);
  if (options.settings && options.settings.length > 0) {
    out.push('', '## Settings', '');
    for (const line of options.settings) out.push(`- ${cell(line)}`);
  }
  if (options.remarks && options.remarks.length > 0) {
    out.push('', `## Remarks (${options.remarks.length})`, '');
    for (const line of options.remarks) out.push(`- ${cell(line)}`);
  }

  for (const level of LEVELS) {
    const findings = report.findingsAt(level);
    if (findings.length === 0) continue;
    out.push('', `## ${HEADINGS[level]} (${findings.length})`, '');
    out.push('| Rule | Resource | Finding | Fix | References |', '| --- | --- | --- | --- | --- |');
    for (const f of findings) {
      const finding = f.suppressionNote ? `${cell(f.message)}<br>*${cell(f.suppressionNote)}*` : cell(f.message);
      out.push(row(ruleCell(f), resourceCell(f, many), finding, cell(f.remediation), referenceLinks(f.references)));
    }
  }
  if (report.findings.length === 0) out.push('', 'No findings.');

  const suppressed = report.findings.filter((f) => f.suppressed);
  if (suppressed.length > 0) {
    out.push('', `## Suppressed (${suppressed.length})`, '');
    out.push('| Rule | Level | Resource | Reason | Finding | References |', '| --- | --- | --- | --- | --- | --- |');
    for (const f of suppressed) {
      out.push(row(ruleCell(f), f.level, resourceCell(f, many), cell(f.suppressionReason ?? ''), cell(f.message), referenceLinks(f.references)));
    }
  }

  if (report.suppressionNotes.length > 0) {
    out.push('', `## Suppression remarks (${report.suppressionNotes.length})`, '');
    for (const note of report.suppressionNotes) {
      out.push(`- **${note.kind}**: ${cell(note.message)} Reason given: ${cell(note.reason)}`);
    }
  }

  if (report.notEvaluatedTypes.length > 0) {
    out.push('', `## Not evaluated (${plural(s.notEvaluated, 'resource')})`, '');
    out.push('No rule checks these resource types; review them by hand.', '');
    out.push('| Resource type | Resources |', '| --- | ---: |');
    for (const t of report.notEvaluatedTypes) out.push(row(code(t.resourceType), String(t.count)));
  }

  out.push('', '## Policy', '');
  out.push('| Setting | Value |', '| --- | --- |');
  out.push(row('packs', ctx.packs.map((p) => code(p)).join(', ')));
  for (const [key, value] of Object.entries(ctx.policy)) out.push(row(cell(key), cell(value)));

  const rules = reportRules(report);
  if (rules.length > 0) {
    out.push('', `<details><summary>Rules (${rules.length})</summary>`, '');
    out.push('| Rule | Level | Title | References |', '| --- | --- | --- | --- |');
    for (const r of rules) out.push(row(code(r.id), r.level, cell(r.title), referenceLinks(r.references, true)));
    out.push('', '</details>');
  }
  return `${out.join('\n')}\n`;
}

function row(...cells: string[]): string {
  return `| ${cells.map((c) => c || ' ').join(' | ')} |`;
}

function ruleCell(f: Finding): string {
  return `${code(f.ruleId)}<br>${cell(f.ruleTitle)}`;
}

function resourceCell(f: Finding, many: boolean): string {
  const parts = [code(f.address)];
  const at = sourceLabel(f);
  if (at) parts.push(`at ${code(at)}`);
  if (f.constructPath) parts.push(`construct ${code(f.constructPath)}`);
  if (f.attribute) parts.push(`argument ${code(f.attribute)}`);
  if (many) parts.push(`in ${code(f.configuration)}`);
  return parts.join('<br>');
}

/**
 * References as links (`[GDPR Art. 32](https://…)`); `detailed` adds the title (shown on
 * hover) and marks references not verified at a primary source.
 */
function referenceLinks(references: StandardReference[], detailed = false): string {
  return references.map((r) => {
    const label = cell(referenceLabel(r));
    const url = linkTarget(r.url);
    if (!detailed) return url ? `[${label}](${url})` : label;
    const linked = url ? `[${label}](${url} "${cell(r.title).replace(/"/g, '&quot;')}")` : label;
    return r.verified ? linked : `${linked} (unverified)`;
  }).join(', ');
}

/** An http(s) URL safe to put in a link destination inside a table cell, or undefined. */
function linkTarget(url: string): string | undefined {
  if (typeof url !== 'string' || !/^https?:\/\/[^\s]+$/i.test(url)) return undefined;
  return url.replace(/[()<>|"\\`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * Text for a table cell: Markdown and HTML syntax escaped, `|` escaped, line breaks as `<br>`.
 */
function cell(value: string): string {
  return text(value).replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

/** Text outside tables: Markdown and HTML syntax escaped (line breaks kept). */
function text(value: string): string {
  return visible(value)
    .replace(/[\\`*_[\]~#]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A code span (addresses, IDs, types), safe in a table cell when `inTable`. */
function code(value: string, inTable = true): string {
  let body = visible(value).replace(/\n/g, ' ');
  if (inTable) body = body.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}
