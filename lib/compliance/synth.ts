import * as fs from 'fs';
import * as path from 'path';
import { AnnotationMetadataEntryType, App, ISynthesisSession, TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { SovereigntyPolicy } from '../core/policy';
import { POLICY_FILE_NAME } from '../core/policy-file';
import { sourceRootOf } from '../util/source-root';
import { ComplianceEngine } from './engine';
import { locateFindings, SourcePositions } from './input/positions';
import { Pack } from './packs';
import { copyEvidence } from './evidence';
import { GaiaxCredentialsProps } from '../gaiax/props';
import { ReportFormat, reportFileNames } from './report/formats';
import { Finding } from './report/model';
import { renderReportFiles } from './report/render';
import { ComplianceReport } from './report/report';
import { IRule } from './rule';
import { addConstructSuppression, collectConstructSuppressions, Suppression, SuppressOptions } from './suppressions';
import { stackPolicyDocument } from './synth-context';
import { FindingLevel } from './types';

/** Settings of `SovereigntyChecks.apply`. */
export interface SovereigntyChecksProps {
  /**
   * Rule packs to apply.
   * @default [Pack.GDPR]
   */
  readonly packs?: Pack[];
  /**
   * The policy to check against.
   * @default - the policy attached to each stack (`SovereigntyPolicy.of(stack)`)
   */
  readonly policy?: SovereigntyPolicy;
  /**
   * Your own rules (select them with `Pack.custom`).
   * @default - built-in rules only
   */
  readonly rules?: IRule[];
  /**
   * Suppressions for every stack, by address or construct path (construct-level ones are
   * added with `SovereigntyChecks.suppress`).
   * @default - none
   */
  readonly suppressions?: Suppression[];
  /**
   * Reports written next to each stack's `cdk.tf.json`. Add `ReportFormat.INVENTORY` for the
   * data inventory (`sovereignty-inventory.json`, `.md`, `.csv`) and `ReportFormat.HTML` for
   * `sovereignty-report.html`.
   * @default - JSON, Markdown, SARIF and JUnit XML
   */
  readonly reportFormats?: ReportFormat[];
  /**
   * The values only you know for the Gaia-X credential draft (`ReportFormat.GAIAX`): offering
   * name, issuer DID, participant credential id, terms-and-conditions URL and hash. A draft that
   * does not conform to the Gaia-X shapes fails synth, naming each violation.
   * @default - none (ReportFormat.GAIAX then fails synth and says what to add)
   */
  readonly gaiax?: GaiaxCredentialsProps;
}

const REPORT_KEY = Symbol.for('cdktf-sovereign.report');
const CUSTOM_SYNTHESIS = Symbol.for('cdktf/customSynthesis');
const CHECKER_ID = 'SovereigntyChecks';
const APPLIED_KEY = Symbol.for('cdktf-sovereign.checks-applied');

const ANNOTATION_TYPE: Record<FindingLevel, AnnotationMetadataEntryType> = {
  [FindingLevel.ERROR]: AnnotationMetadataEntryType.ERROR,
  [FindingLevel.WARNING]: AnnotationMetadataEntryType.WARN,
  [FindingLevel.INFO]: AnnotationMetadataEntryType.INFO,
};

const PENDING_KEY = Symbol.for('cdktf-sovereign.pending-reports');
/** Every file the checks write next to `cdk.tf.json`. */
const OUTPUT_FILES = [...Object.values(ReportFormat).filter((f) => f !== ReportFormat.TEXT).flatMap((f) => reportFileNames(f)), POLICY_FILE_NAME];

type ReportCarrier = IConstruct & { [REPORT_KEY]?: ComplianceReport; [PENDING_KEY]?: PendingReports };

/**
 * Runs the compliance engine on every stack during `app.synth()`, on the final
 * Terraform JSON (escape hatches and raw resources included). Error-level findings fail
 * synth with a message per finding; warnings and infos become annotations. Next to each
 * stack's `cdk.tf.json` it writes `sovereignty-report.json`, `.md`, `.sarif` and
 * `.junit.xml` (each finding on its line of `cdk.tf.json`), and the stack's
 * `sovereignty-policy.json`: the policy, packs and suppressions it was checked with, which
 * the `cdktf-sovereign` CLI reads to judge the stack (or its plan) exactly as synth did.
 * When synth fails, the stack's `cdk.tf.json` is removed and the reports say why.
 *
 * @example
 * SovereigntyChecks.apply(app, { packs: [Pack.GDPR, Pack.GAIAX_L3] });
 * SovereigntyChecks.suppress(pipeline, 'SOV-POD-SECURITY', 'Fluent Bit must read host log paths');
 */
export class SovereigntyChecks {
  /** Check every stack under `scope` (an app or a stack) at synth. */
  public static apply(scope: IConstruct, props: SovereigntyChecksProps = {}): void {
    // Validate packs, rules and suppressions now, so misuse fails at the call, not at synth.
    new ComplianceEngine({ packs: props.packs, policy: props.policy, rules: props.rules, suppressions: props.suppressions });
    for (const node of scope.node.findAll()) {
      if (TerraformStack.isStack(node)) attachChecker(node, props);
    }
    // cdktf invokes aspects per stack, starting at the stack, so an aspect on the app
    // would never run: stacks created after this call are picked up when the app synthesizes.
    if (App.isApp(scope)) {
      const app = scope as App & { [APPLIED_KEY]?: boolean };
      if (!app[APPLIED_KEY]) {
        app[APPLIED_KEY] = true;
        const synth = app.synth.bind(app);
        app.synth = () => {
          for (const node of app.node.findAll()) {
            if (TerraformStack.isStack(node)) attachChecker(node, props);
          }
          synth();
        };
      }
    }
  }

  /**
   * Suppress a rule for everything `scope` creates, with a reason (at least 10 characters)
   * that appears next to the finding in every report.
   */
  public static suppress(scope: IConstruct, ruleId: string, reason: string, options?: SuppressOptions): void {
    addConstructSuppression(scope, ruleId, reason, options);
  }

  /** The report of the last synth of a stack, if it was checked. */
  public static reportOf(stack: TerraformStack): ComplianceReport | undefined {
    return (stack as ReportCarrier)[REPORT_KEY];
  }

  private constructor() {}
}

/** Attach the checker to a stack once: a child construct whose custom synthesis runs the checks. */
function attachChecker(stack: TerraformStack, props: SovereigntyChecksProps): void {
  if (stack.node.tryFindChild(CHECKER_ID)) return;
  const checker = new Construct(stack, CHECKER_ID);
  Object.defineProperty(checker, CUSTOM_SYNTHESIS, {
    value: { onSynthesize: (session: ISynthesisSession) => runChecks(stack, props, session) },
    enumerable: false,
  });
  // The reports are written once the stack's synthesizer is done: then cdk.tf.json exists (and
  // findings can point at its lines), or synth failed (and the stale cdk.tf.json must go).
  const synthesizer = stack.synthesizer;
  stack.synthesizer = {
    synthesize: (session: ISynthesisSession) => {
      let failed = true;
      try {
        synthesizer.synthesize(session);
        failed = false;
      } finally {
        finishStack(stack, session, failed);
      }
    },
  };
}

/** What the checks of one synth left for `finishStack`. */
interface PendingReports {
  readonly report: ComplianceReport;
  readonly formats: ReportFormat[];
  readonly gaiax?: GaiaxCredentialsProps;
  readonly policyDocument: Record<string, unknown>;
}

/**
 * Check one stack during synthesis (before cdktf collects annotations) and annotate
 * findings on their constructs; the reports are written by `finishStack`.
 */
function runChecks(stack: TerraformStack, props: SovereigntyChecksProps, session: ISynthesisSession): void {
  // Resolve once and hand the same JSON to the synthesizer, so checking costs no second resolve.
  const json = stack.toTerraform();
  memoizeOnce(stack, json);

  const policy = props.policy ?? SovereigntyPolicy.of(stack);
  const engine = new ComplianceEngine({ packs: props.packs, policy, rules: props.rules, suppressions: props.suppressions });
  const constructSuppressions = collectConstructSuppressions(stack);
  const report = engine.check(json, stack.node.id, constructSuppressions);
  const carrier = stack as ReportCarrier;
  carrier[REPORT_KEY] = report;
  carrier[PENDING_KEY] = {
    report,
    formats: props.reportFormats ?? [ReportFormat.JSON, ReportFormat.MARKDOWN, ReportFormat.SARIF, ReportFormat.JUNIT],
    gaiax: props.gaiax,
    policyDocument: stackPolicyDocument({
      stack: stack.node.id,
      asOf: report.context.asOf,
      policy,
      packs: engine.packs,
      rules: props.rules ?? [],
      checksSuppressions: props.suppressions ?? [],
      constructSuppressions,
    }, json),
  };
  fs.mkdirSync(path.join(session.outdir, session.manifest.forStack(stack).workingDirectory), { recursive: true });

  const byPath = new Map<string, IConstruct>();
  for (const c of stack.node.findAll()) byPath.set(c.node.path, c);
  for (const finding of report.findings) {
    if (finding.suppressed) continue;
    const target = (finding.constructPath && byPath.get(finding.constructPath)) || stack;
    // Same metadata as Annotations.of(x).addError/addWarning/addInfo, but without capturing a stack
    // trace per finding: the trace would point here, and capturing thousands costs seconds.
    target.node.addMetadata(ANNOTATION_TYPE[finding.level], annotationText(finding));
  }
  for (const note of report.suppressionNotes) {
    stack.node.addMetadata(AnnotationMetadataEntryType.WARN, `[cdktf-sovereign] ${note.message}`);
  }
}

/**
 * After the stack's synthesizer: write the reports and the stack's policy file next to
 * `cdk.tf.json`, with every finding on its line there. When synth failed, or the stack has
 * error annotations (cdktf's CLI synthesizes on and reports them itself), the stack's
 * `cdk.tf.json` is removed, so that nothing in the output looks like a successful synth;
 * the reports stay, to say why.
 */
function finishStack(stack: TerraformStack, session: ISynthesisSession, failed: boolean): void {
  const carrier = stack as ReportCarrier;
  const pending = carrier[PENDING_KEY];
  delete carrier[PENDING_KEY];
  const stackManifest = session.manifest.forStack(stack);
  const dir = path.join(session.outdir, stackManifest.workingDirectory);
  const file = path.join(session.outdir, stackManifest.synthesizedStackPath);
  const errors = failed || (pending?.report.hasErrors ?? false)
    || (stackManifest.annotations ?? []).some((a) => a.level === AnnotationMetadataEntryType.ERROR);
  if (errors) fs.rmSync(file, { force: true });
  if (!pending) {
    // The checks never ran (synth failed before): reports of an earlier run would look current.
    for (const name of [...OUTPUT_FILES]) fs.rmSync(path.join(dir, name), { force: true });
    return;
  }
  let report = pending.report;
  let artifactUri: string | undefined;
  if (!errors && fs.existsSync(file)) {
    artifactUri = file;
    if (report.findings.length > 0) {
      const positions = new SourcePositions([{ file, text: fs.readFileSync(file, 'utf8'), syntax: 'json' }]);
      report = copyEvidence(report, locateFindings(report, () => ({ positions, configuration: undefined })));
      carrier[REPORT_KEY] = report;
    }
  }
  fs.mkdirSync(dir, { recursive: true });
  const sourceRoot = sourceRootOf(dir);
  const outputs: Array<{ name: string; content: string }> = [];
  try {
    for (const format of pending.formats) outputs.push(...renderReportFiles(report, format, { artifactUri, sourceRoot, outputDir: dir, gaiax: pending.gaiax }));
  } catch (e) {
    // A Gaia-X draft that does not conform fails synth: nothing may look like a successful one.
    fs.rmSync(file, { force: true });
    for (const name of reportFileNames(ReportFormat.GAIAX)) fs.rmSync(path.join(dir, name), { force: true });
    throw e;
  }
  for (const output of outputs) writeAtomically(path.join(dir, output.name), output.content);
  writeAtomically(path.join(dir, POLICY_FILE_NAME), `${JSON.stringify(pending.policyDocument, null, 2)}\n`);
}

/** One line per finding: rule, address, message, fix, references. */
function annotationText(f: Finding): string {
  const refs = f.references.map((r) => `${r.framework} ${r.id}`).join('; ');
  const note = f.suppressionNote ? ` [${f.suppressionNote}]` : '';
  return `[${f.ruleId}] ${f.address}: ${f.message} Fix: ${f.remediation} (${refs})${note}`;
}

/** Make the next `stack.toTerraform()` return `json` without resolving again. */
function memoizeOnce(stack: TerraformStack, json: any): void {
  const instance = stack as TerraformStack & { toTerraform: () => any };
  instance.toTerraform = () => {
    delete (instance as { toTerraform?: unknown }).toTerraform; // back to the prototype's method
    return json;
  };
}

/** Write via a temporary file and rename, so a failed run never leaves half a report. */
function writeAtomically(file: string, content: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}
