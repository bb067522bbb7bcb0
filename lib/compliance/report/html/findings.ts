/**
 * The findings and suppressions sections of the HTML report: grouped by level and rule, each
 * finding with its address, construct path, source position as a link, message, fix and
 * references; suppressions with their reasons and expiry.
 * @internal
 */
import * as path from 'path';
import { Suppression } from '../../suppressions';
import { FindingLevel } from '../../types';
import { Finding } from '../model';
import { ComplianceReport } from '../report';
import { esc } from './map';

/** Where links to source files are resolved from. @internal */
export interface LinkOptions {
  /** Directory the HTML file is written to (links are made relative to it). */
  readonly outputDir?: string;
  /** The checked file, when the findings carry no position of their own. */
  readonly artifactUri?: string;
}

interface Position {
  readonly file: string;
  readonly line?: number;
}

/** A finding's source position: its own (file and line), else the checked file. */
function positionOf(f: Finding, options: LinkOptions): Position | undefined {
  const own = (f as Finding & { source?: { file: string; line: number } }).source;
  if (own && typeof own.file === 'string') return { file: own.file, line: own.line };
  return options.artifactUri ? { file: options.artifactUri } : undefined;
}

/** A relative URL from the report's directory to a file (absolute paths become file: URLs). @internal */
export function hrefOf(file: string, options: LinkOptions): string {
  const target = path.resolve(file);
  if (options.outputDir) {
    const rel = path.relative(path.resolve(options.outputDir), target).split(path.sep).map(encodeURIComponent).join('/');
    return rel.length > 0 ? rel : encodeURIComponent(path.basename(target));
  }
  return `file://${target.split(path.sep).map(encodeURIComponent).join('/')}`;
}

function sourceLink(f: Finding, options: LinkOptions): string {
  const pos = positionOf(f, options);
  if (!pos) return '<span class="meta">no source position</span>';
  const label = `${pos.file}${pos.line !== undefined ? `:${pos.line}` : ''}`;
  const href = `${hrefOf(pos.file, options)}${pos.line !== undefined ? `#L${pos.line}` : ''}`;
  return `<a class="source" href="${esc(href)}" data-file="${esc(path.resolve(pos.file))}"${pos.line !== undefined ? ` data-line="${pos.line}"` : ''}>${esc(label)}</a>`;
}

const LEVELS: readonly FindingLevel[] = [FindingLevel.ERROR, FindingLevel.WARNING, FindingLevel.INFO];
const LEVEL_NAMES: Record<FindingLevel, string> = { [FindingLevel.ERROR]: 'Errors', [FindingLevel.WARNING]: 'Warnings', [FindingLevel.INFO]: 'Information' };

function findingItem(f: Finding, index: number, options: LinkOptions, ruleRemediation: string): string {
  const filterLevel = f.suppressed ? 'suppressed' : f.level;
  // The rule's general remediation and references are shown once per rule group, not per finding.
  const specific = f.remediation.endsWith(ruleRemediation) ? f.remediation.slice(0, f.remediation.length - ruleRemediation.length).trim() : f.remediation;
  const suppression = f.suppressed
    ? `<p><span class="badge suppressed">suppressed</span> ${esc(f.suppressionReason ?? '')}</p>`
    : f.suppressionNote ? `<p class="meta">${esc(f.suppressionNote)}</p>` : '';
  return `<li class="finding${f.suppressed ? ' suppressed' : ''}" id="finding-${index}" data-level="${f.level}" data-filter-level="${filterLevel}" data-rule="${esc(f.ruleId)}" data-address="${esc(f.address)}">`
    + `<p><span class="badge ${f.suppressed ? 'suppressed' : f.level}">${f.suppressed ? `${f.level}, suppressed` : f.level}</span> <strong><code>${esc(f.address)}</code></strong>${f.configuration ? ` <span class="meta">in ${esc(f.configuration)}</span>` : ''}</p>`
    + `<dl class="kv"><dt>Construct</dt><dd>${f.constructPath ? `<code>${esc(f.constructPath)}</code>` : '<span class="meta">none (plain Terraform)</span>'}</dd>`
    + `<dt>Source</dt><dd>${sourceLink(f, options)}</dd>`
    + `${f.attribute ? `<dt>Argument</dt><dd><code>${esc(f.attribute)}</code></dd>` : ''}`
    + `<dt>Problem</dt><dd>${esc(f.message)}</dd><dt>Fix</dt><dd>${specific ? `${esc(specific)} ` : ''}<a href="#rule-${esc(f.ruleId)}">${specific ? 'and the rule\'s fix' : 'the rule\'s fix'}</a></dd></dl>`
    + suppression
    + '</li>';
}

/** The rule's fix and references, once per group. */
function ruleHeader(report: ComplianceReport, f: Finding): string {
  const rule = report.rules.find((r) => r.id === f.ruleId);
  const remediation = rule?.remediation ?? '';
  const refs = f.references.map((r) => `<li><a href="${esc(r.url)}">${esc(`${r.framework} ${r.id}`)}</a>: ${esc(r.title)}${r.verified ? '' : ' <span class="meta">(unverified)</span>'}</li>`).join('');
  return `<div class="rule-info"><p><strong>Fix:</strong> ${esc(remediation)}</p>${refs ? `<details><summary>References (${f.references.length})</summary><ul>${refs}</ul></details>` : ''}</div>`;
}

/** Findings grouped by level, then rule, with the filter form. @internal */
export function findingsSection(report: ComplianceReport, options: LinkOptions): string {
  const all = report.findings;
  const ruleIds = [...new Set(all.map((f) => f.ruleId))].sort();
  const count = (level: string) => all.filter((f) => (f.suppressed ? 'suppressed' : f.level) === level).length;
  const out: string[] = ['<section id="findings" aria-labelledby="findings-h"><h2 id="findings-h">Findings</h2>'];
  if (all.length === 0) {
    out.push('<p>No findings: every rule that ran passed.</p></section>');
    return out.join('');
  }
  out.push('<form class="filters" id="filters" aria-label="Filter findings"><fieldset><legend>Level</legend>');
  for (const level of [...LEVELS, 'suppressed']) {
    out.push(`<label><input type="checkbox" name="level" value="${level}" checked> ${level} (${count(level)})</label>`);
  }
  out.push('</fieldset><label>Rule <select name="rule"><option value="">all rules</option>');
  for (const id of ruleIds) out.push(`<option value="${esc(id)}">${esc(id)} (${all.filter((f) => f.ruleId === id).length})</option>`);
  out.push('</select></label><label>Text <input type="search" name="q" placeholder="address, message…"></label><button type="reset">Show all</button>');
  out.push(`<p id="filter-status" role="status" aria-live="polite">Showing ${all.length} of ${all.length} findings</p></form>`);

  let index = 0;
  const anchored = new Set<string>();
  const groups: Array<[string, Finding[]]> = [
    ...LEVELS.map((level): [string, Finding[]] => [LEVEL_NAMES[level], all.filter((f) => !f.suppressed && f.level === level)]),
    ['Suppressed', all.filter((f) => f.suppressed)],
  ];
  for (const [name, findings] of groups) {
    if (findings.length === 0) continue;
    out.push(`<section class="level-group" aria-label="${esc(name)}"><h3>${esc(name)} (${findings.length})</h3>`);
    const byRule = new Map<string, Finding[]>();
    for (const f of findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
    for (const [id, mine] of byRule) {
      const anchor = anchored.has(id) ? '' : ` id="rule-${esc(id)}"`;
      anchored.add(id);
      const remediation = report.rules.find((r) => r.id === id)?.remediation ?? '';
      out.push(`<section class="rule-group" data-rule="${esc(id)}"${anchor}><h4>${esc(id)}: ${esc(mine[0].ruleTitle)} (${mine.length})</h4>${ruleHeader(report, mine[0])}<ol class="findings">`);
      for (const f of mine) out.push(findingItem(f, index++, options, remediation));
      out.push('</ol></section>');
    }
    out.push('</section>');
  }
  out.push('</section>');
  return out.join('');
}

/** Suppressions: every one the engine applied, with reason and expiry, and the remarks about them. @internal */
export function suppressionsSection(report: ComplianceReport, suppressions: Suppression[]): string {
  const out: string[] = ['<section id="suppressions" aria-labelledby="suppressions-h"><h2 id="suppressions-h">Suppressions</h2>'];
  if (suppressions.length === 0 && report.suppressionNotes.length === 0) {
    out.push('<p>No suppressions.</p></section>');
    return out.join('');
  }
  if (suppressions.length > 0) {
    out.push('<table><caption class="meta">Suppressions in force for this check</caption><thead><tr><th scope="col">Rule</th><th scope="col">Target</th><th scope="col">Reason</th><th scope="col">Expires</th><th scope="col">Findings suppressed</th></tr></thead><tbody>');
    for (const s of suppressions) {
      const target = [s.address !== undefined ? `address ${s.address}` : '', s.constructPath !== undefined ? `construct ${s.constructPath || '<app>'}` : ''].filter(Boolean).join(', ') || 'everywhere';
      const n = report.findings.filter((f) => f.suppressed && f.ruleId === s.ruleId && f.suppressionReason === s.reason).length;
      out.push(`<tr><td><code>${esc(s.ruleId)}</code></td><td>${esc(target)}</td><td>${esc(s.reason)}</td><td>${esc(s.expires ?? 'never')}</td><td>${n}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  if (report.suppressionNotes.length > 0) {
    out.push('<h3>Remarks</h3><ul>');
    for (const n of report.suppressionNotes) out.push(`<li><span class="badge warning">${esc(n.kind)}</span> ${esc(n.message)}</li>`);
    out.push('</ul>');
  }
  out.push('</section>');
  return out.join('');
}
