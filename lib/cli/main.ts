/**
 * `cdktf-sovereign check <path>`: checks a cdktf.out directory, Terraform files or a plan
 * JSON against rule packs and prints or writes the report.
 *
 * Exit codes: 0 no unsuppressed error findings, 1 error findings, 2 bad usage or input.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { SovereignError } from '../errors';
import { Jurisdiction } from '../core/jurisdiction';
import { SovereigntyPolicy } from '../core/policy';
import { ComplianceEngine } from '../compliance/engine';
import { LoadedConfiguration, loadInputs } from '../compliance/input/load';
import { Pack } from '../compliance/packs';
import { copyEvidence } from '../compliance/evidence';
import { ReportFormat } from '../compliance/report/formats';
import { TOOL } from '../compliance/report/json';
import { NotEvaluatedType } from '../compliance/report/model';
import { ComplianceReport } from '../compliance/report/report';
import { renderReport, renderReportFiles } from '../compliance/report/render';
import { Suppression } from '../compliance/suppressions';
import { CliArgs, parseArgs, UsageError } from './args';
import { loadSuppressionsFile } from './suppressions-file';
import { writeFileAtomic } from './write';

/** Where the CLI writes; tests and embedders can capture it. @internal */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const PROCESS_IO: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Exit codes. @internal */
export const EXIT = { OK: 0, FINDINGS: 1, USAGE: 2 } as const;

const FORMATS: readonly string[] = Object.values(ReportFormat);

/** The help text. @internal */
export function helpText(): string {
  const packs = Pack.builtIn().map((p) => p.id).join(', ');
  return `Usage: ${TOOL.name} check <path> [options]

Checks Terraform configurations for data residency, GDPR, Gaia-X and BSI C5 rules.

<path> is one of:
  a cdktf.out directory (every stack), a stack directory or its cdk.tf.json,
  a *.tf.json or *.tf file, a directory of .tf / .tf.json files (one module),
  or a saved plan as JSON (terraform show -json plan > plan.json).

Options:
  --pack <ids>              rule packs, comma-separated (default: gdpr)
                            built in: ${packs}
  --jurisdiction <spec>     where data may be: EU, EEA, EEA+adequate, or country codes
                            such as DE,AT (default: EU)
  --cluster-location <cc>   country (ISO code) where Kubernetes clusters that are not in
                            the configuration run
  --format <formats>        ${FORMATS.join(', ')}; comma-separated (default: text)
  --out <dir>               write sovereignty-report.<ext> files to <dir> and print the
                            text report (inventory: sovereignty-inventory.json, .md, .csv;
                            html: one self-contained sovereignty-report.html)
  --suppressions <file>     JSON file: {"suppressions": [{"ruleId": "...", "address": "...",
                            "reason": "...", "expires": "YYYY-MM-DD"}]}
  --var-file <file>         variable values (.tfvars / .tfvars.json); repeatable. Applied
                            after terraform.tfvars and *.auto.tfvars, which a directory
                            of .tf files loads itself, as Terraform does
  --var <name>=<value>      a variable value; repeatable, in order with --var-file
  -h, --help                show this help
  --version                 print the version

Exit codes: 0 no unsuppressed errors, 1 error findings, 2 bad usage or unreadable input.
`;
}

/**
 * Run the CLI with `argv` (the arguments after the program name); resolves to the exit
 * code. Never throws for bad usage or input: those print one line to stderr and give 2.
 * @internal
 */
export async function main(argv: readonly string[], io: CliIo = PROCESS_IO): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.help) {
      io.stdout(helpText());
      return EXIT.OK;
    }
    if (args.version) {
      io.stdout(`${TOOL.version}\n`);
      return EXIT.OK;
    }
    return await check(args, io);
  } catch (e) {
    io.stderr(errorLines(e));
    return EXIT.USAGE;
  }
}

/** `cdktf-sovereign: <message>` and a pointer to --help, each on one line. @internal */
export function errorLines(e: unknown): string {
  const known = e instanceof UsageError || e instanceof SovereignError;
  const raw = e instanceof Error ? e.message : String(e);
  const message = oneLine(known ? raw : `internal error: ${raw} (please report this)`);
  return `${TOOL.name}: ${message}\nRun '${TOOL.name} --help' for usage.\n`;
}

async function check(args: CliArgs, io: CliIo): Promise<number> {
  const formats = parseFormats(args.formats);
  const packs = (args.packs.length > 0 ? args.packs : ['gdpr']).map((id) => Pack.byId(id));
  const jurisdiction = Jurisdiction.parse(args.jurisdiction ?? 'EU');
  const policy = new SovereigntyPolicy({ jurisdiction });
  const knownRuleIds = ComplianceEngine.builtInRules().map((r) => r.metadata.id);
  const suppressions: Suppression[] = args.suppressions ? await loadSuppressionsFile(args.suppressions, knownRuleIds) : [];
  const engine = new ComplianceEngine({ packs, policy, clusterLocation: args.clusterLocation, suppressions });

  const configurations = await loadInputs(args.path!, { variables: args.variables });
  for (const c of configurations) for (const w of c.warnings ?? []) io.stderr(`${TOOL.name}: warning: ${oneLine(w)}\n`);
  for (const line of unexpandedModuleWarnings(configurations)) io.stderr(`${TOOL.name}: warning: ${line}\n`);
  const report = withUnexpandedModules(engine.checkAll(configurations), configurations);
  const files = configurations.map((c) => c.file).filter((f): f is string => f !== undefined);
  const artifactUri = configurations.length === 1 && files.length === 1 ? files[0] : undefined;

  if (args.out === undefined) {
    for (const format of formats) io.stdout(ensureNewline(renderReport(report, format, { artifactUri })));
  } else {
    await makeDirectory(args.out);
    const written: string[] = [];
    for (const format of formats) {
      for (const output of renderReportFiles(report, format, { artifactUri, outputDir: args.out })) {
        const file = path.join(args.out, output.name);
        await writeOrThrow(file, output.content);
        written.push(file);
      }
    }
    io.stdout(ensureNewline(renderReport(report, ReportFormat.TEXT)));
    io.stdout(`Reports written: ${written.join(', ')}\n`);
  }
  return report.hasErrors ? EXIT.FINDINGS : EXIT.OK;
}

/** Which module calls were not checked, why, and what to do instead (one line each). */
function unexpandedModuleWarnings(configurations: readonly LoadedConfiguration[]): string[] {
  const out: string[] = [];
  for (const c of configurations) {
    for (const m of c.unexpandedModules ?? []) {
      const where = configurations.length > 1 ? ` of ${c.name}` : '';
      out.push(oneLine(`${m.address}${where} (source "${m.source}") was not checked: ${m.reason}. Its resources and arguments are in no finding. Fix: run \`terraform init\` where the configuration is and check again, or check the plan JSON, which holds the module's resources (terraform plan -out plan && terraform show -json plan > plan.json).`));
    }
  }
  return out;
}

/**
 * The report with one not-evaluated entry per unexpanded module call, as type
 * `module:<source>`: the report formats list and count them like resource types no rule
 * checks, so no output claims a clean result for code it never saw.
 */
function withUnexpandedModules(report: ComplianceReport, configurations: readonly LoadedConfiguration[]): ComplianceReport {
  const calls = new Map<string, number>();
  for (const c of configurations) for (const m of c.unexpandedModules ?? []) calls.set(`module:${m.source}`, (calls.get(`module:${m.source}`) ?? 0) + 1);
  if (calls.size === 0) return report;
  const notEvaluated: NotEvaluatedType[] = [...report.notEvaluatedTypes];
  for (const [resourceType, count] of calls) notEvaluated.push({ resourceType, count });
  return copyEvidence(report, new ComplianceReport(report.context, report.findings, report.summary.resources, notEvaluated, report.suppressionNotes, report.rules));
}

function parseFormats(values: string[]): ReportFormat[] {
  const out: ReportFormat[] = [];
  for (const value of values.length > 0 ? values : ['text']) {
    const v = value.toLowerCase() === 'markdown' ? 'md' : value.toLowerCase();
    if (!FORMATS.includes(v)) throw new UsageError(`unknown format "${value}". Allowed: ${FORMATS.join(', ')}.`);
    if (!out.includes(v as ReportFormat)) out.push(v as ReportFormat);
  }
  return out;
}

async function makeDirectory(dir: string): Promise<void> {
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (e) {
    throw new SovereignError('UNWRITABLE_OUTPUT', `Cannot create the --out directory ${dir}: ${(e as Error).message}.`);
  }
}

async function writeOrThrow(file: string, contents: string): Promise<void> {
  try {
    await writeFileAtomic(file, contents);
  } catch (e) {
    throw new SovereignError('UNWRITABLE_OUTPUT', `Cannot write ${file}: ${(e as Error).message}.`);
  }
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
