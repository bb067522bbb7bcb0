/**
 * The Gaia-X criteria self-assessment of a checked stack: for every Gaia-X criterion a rule of
 * the selected packs cites, met or not met with the findings that decide it; criteria the
 * engine has no rule for are organisational (or not evidenced by infrastructure) and are out
 * of scope — never "passed". The input a participant needs before asking a Clearing House for
 * a label.
 * @internal
 */
import { Framework, REFERENCES } from '../compliance/references';
import { ComplianceReport } from '../compliance/report/report';

/** The verdict on one criterion. @internal */
export enum CriterionStatus {
  MET = 'met',
  NOT_MET = 'not met',
  OUT_OF_SCOPE = 'out of scope',
}

/** One criterion. @internal */
export interface CriterionAssessment {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly status: CriterionStatus;
  /** The rules of the selected packs that evidence it. */
  readonly rules: string[];
  /** Open findings that make it not met: `RULE address: message`. */
  readonly findings: string[];
  /** Suppressed findings (met only because of a suppression, with its reason). */
  readonly suppressed: string[];
  readonly note: string;
}

/** Assess the Gaia-X criteria of the catalog of references against a report. @internal */
export function assessCriteria(report: ComplianceReport): CriterionAssessment[] {
  const out: CriterionAssessment[] = [];
  for (const ref of Object.values(REFERENCES)) {
    if (ref.framework !== Framework.GAIA_X) continue;
    const rules = report.rules.filter((r) => r.references.some((x) => x.framework === Framework.GAIA_X && x.id === ref.id)).map((r) => r.id).sort();
    const base = { id: ref.id, title: ref.title, url: ref.url, rules };
    if (rules.length === 0) {
      out.push({ ...base, status: CriterionStatus.OUT_OF_SCOPE, findings: [], suppressed: [],
        note: 'No rule of the selected packs evidences this criterion from infrastructure: it is organisational or needs another pack; declare or certify it yourself.' });
      continue;
    }
    const decisive = report.findings.filter((f) => rules.includes(f.ruleId));
    const open = decisive.filter((f) => !f.suppressed).map((f) => `${f.ruleId} ${f.address}: ${f.message}`);
    const suppressed = decisive.filter((f) => f.suppressed).map((f) => `${f.ruleId} ${f.address}: suppressed (${f.suppressionReason ?? 'no reason'})`);
    out.push({
      ...base,
      status: open.length > 0 ? CriterionStatus.NOT_MET : CriterionStatus.MET,
      findings: open,
      suppressed,
      note: open.length > 0
        ? `${open.length} open finding(s) of ${rules.join(', ')}.`
        : `No open finding of ${rules.join(', ')} on this stack${suppressed.length ? `; ${suppressed.length} suppressed with a reason` : ''}. This covers the infrastructure part only; the criterion's declaration or certification is still yours.`,
    });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}
