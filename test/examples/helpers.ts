/** What the example tests share: finding a resource by construct path, and the reports on disk. */
import * as fs from 'fs';
import * as path from 'path';
import { ComplianceReport } from '../../lib';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The four report files `SovereigntyChecks` writes next to cdk.tf.json. */
export const REPORT_FILES = ['sovereignty-report.json', 'sovereignty-report.md', 'sovereignty-report.sarif', 'sovereignty-report.junit.xml'];

/** The one resource of `type` whose construct path ends with `suffix`. */
export function resourceAt(config: Json, type: string, suffix: string): Json {
  const matches = Object.values((config.resource[type] ?? {}) as Record<string, Json>)
    .filter((r) => (r['//'].metadata.path as string).endsWith(suffix));
  if (matches.length !== 1) throw new Error(`expected one ${type} at …${suffix}, found ${matches.length}`);
  return matches[0];
}

/** The report files that are missing from a stack directory. */
export function missingReports(dir: string): string[] {
  return REPORT_FILES.filter((file) => !fs.existsSync(path.join(dir, file)));
}

/** The suppressed findings, as [rule, construct path, reason]. */
export function suppressedFindings(report: ComplianceReport): Array<[string, string | undefined, string | undefined]> {
  return report.findings.filter((f) => f.suppressed).map((f) => [f.ruleId, f.constructPath, f.suppressionReason]);
}
