import { FindingLevel } from '../types';
import { manyConfigurations, referenceLabel, reportRules } from './common';
import { TOOL } from './json';
import { Finding } from './model';
import { ComplianceReport } from './report';

interface Case {
  readonly name: string;
  readonly body: string;
  readonly failed: boolean;
  readonly skipped: boolean;
}

/**
 * `sovereignty-report.junit.xml`, for CI test reports. One `testsuite` per rule that ran;
 * one `testcase` per finding, or a single passing `<rule> — no findings` case when the
 * rule found nothing (how many resources a rule passed is not recorded). Unsuppressed
 * errors and warnings are failures (`type` = level); unsuppressed infos pass, with the
 * message as output; suppressed findings are skipped, with the reason.
 * @internal
 */
export function renderJunit(report: ComplianceReport): string {
  const many = manyConfigurations(report);
  const byRule = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = byRule.get(f.ruleId) ?? [];
    list.push(f);
    byRule.set(f.ruleId, list);
  }

  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const rule of reportRules(report)) {
    const findings = byRule.get(rule.id) ?? [];
    const names = new Map<string, number>();
    const cases: Case[] = findings.length === 0
      ? [{ name: `${rule.id} — no findings`, body: '', failed: false, skipped: false }]
      : findings.map((f) => testCase(f, uniqueName(caseName(f, many), names)));
    const suiteFailures = cases.filter((c) => c.failed).length;
    const suiteSkipped = cases.filter((c) => c.skipped).length;
    tests += cases.length;
    failures += suiteFailures;
    skipped += suiteSkipped;

    const lines = [`  <testsuite ${attrs({ name: rule.id, tests: cases.length, failures: suiteFailures, errors: 0, skipped: suiteSkipped, time: 0 })}>`];
    lines.push('    <properties>');
    lines.push(`      <property ${attrs({ name: 'title', value: rule.title })}/>`);
    lines.push(`      <property ${attrs({ name: 'level', value: rule.level })}/>`);
    lines.push(`      <property ${attrs({ name: 'references', value: rule.references.map(referenceLabel).join(', ') })}/>`);
    lines.push('    </properties>');
    for (const c of cases) {
      const open = `    <testcase ${attrs({ classname: rule.id, name: c.name, time: 0 })}`;
      lines.push(c.body ? `${open}>\n${c.body}\n    </testcase>` : `${open}/>`);
    }
    lines.push('  </testsuite>');
    suites.push(lines.join('\n'));
  }

  const root = attrs({ name: `${TOOL.name} ${TOOL.version}`, tests, failures, errors: 0, skipped, time: 0 });
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites ${root}>`, ...suites, '</testsuites>', ''].join('\n');
}

function caseName(f: Finding, many: boolean): string {
  return many ? `${f.configuration}: ${f.address}` : f.address;
}

/** Several findings of one rule on one resource get `#2`, `#3`, … so CI tools keep them apart. */
function uniqueName(name: string, seen: Map<string, number>): string {
  const n = (seen.get(name) ?? 0) + 1;
  seen.set(name, n);
  return n === 1 ? name : `${name} #${n}`;
}

function testCase(f: Finding, name: string): Case {
  const details = [
    `Message: ${f.message}`,
    ...(f.constructPath ? [`Construct: ${f.constructPath}`] : []),
    ...(f.attribute ? [`Attribute: ${f.attribute}`] : []),
    `Fix: ${f.remediation}`,
    `References: ${f.references.map(referenceLabel).join(', ')}`,
    ...(f.suppressionNote ? [`Note: ${f.suppressionNote}`] : []),
  ].join('\n');
  if (f.suppressed) {
    const reason = `Suppressed: ${f.suppressionReason ?? ''}`;
    return { name, failed: false, skipped: true, body: `      <skipped ${attrs({ message: reason })}/>\n      <system-out>${escapeXml(`${reason}\n${details}`)}</system-out>` };
  }
  if (f.level === FindingLevel.INFO) {
    return { name, failed: false, skipped: false, body: `      <system-out>${escapeXml(details)}</system-out>` };
  }
  return { name, failed: true, skipped: false, body: `      <failure ${attrs({ type: f.level, message: f.message })}>${escapeXml(details)}</failure>` };
}

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values).map(([k, v]) => `${k}="${escapeXml(String(v), true)}"`).join(' ');
}

/**
 * Escape text for XML 1.0 content or attribute values. Characters XML 1.0 cannot carry at
 * all (C0 controls other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF) are
 * written as a visible `\uXXXX`; in attributes, tab and line breaks become character
 * references so attribute-value normalization keeps them.
 * @internal
 */
export function escapeXml(value: string, attribute = false): string {
  return value.replace(
    /[&<>"'\t\n\r]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (c) => {
      switch (c) {
        case '&': return '&amp;';
        case '<': return '&lt;';
        case '>': return '&gt;';
        case '"': return '&quot;';
        case "'": return '&apos;';
        case '\t': return attribute ? '&#9;' : c;
        case '\n': return attribute ? '&#10;' : c;
        case '\r': return '&#13;';
        default: return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
      }
    },
  );
}
