/**
 * `cdktf-sovereign check <path>`: checks a cdktf.out directory, Terraform files or a plan
 * JSON against rule packs and prints or writes the report.
 *
 * Exit codes: 0 no unsuppressed error findings, 1 error findings, 2 bad usage or input.
 */
import { promises as fs } from 'fs';
import { readFileSync } from 'fs';
import * as path from 'path';
import { SovereignError } from '../errors';
import { Countries } from '../core/countries';
import { Jurisdiction } from '../core/jurisdiction';
import { POLICY_FILE_NAME } from '../core/policy-file';
import { ComplianceEngine, NamedConfiguration } from '../compliance/engine';
import { LoadedConfiguration, loadInputs } from '../compliance/input/load';
import { locateFindings, SourcePositions } from '../compliance/input/positions';
import { Pack } from '../compliance/packs';
import { copyEvidence } from '../compliance/evidence';
import { ReportFormat } from '../compliance/report/formats';
import { TOOL } from '../compliance/report/json';
import { NotEvaluatedType, SuppressionNote, SuppressionNoteKind } from '../compliance/report/model';
import { ComplianceReport } from '../compliance/report/report';
import { renderReport, renderReportFiles } from '../compliance/report/render';
import { Suppression } from '../compliance/suppressions';
import { sourceRootOf } from '../util/source-root';
import { GaiaxCredentialsProps } from '../gaiax/props';
import { CliArgs, parseArgs, UsageError } from './args';
import { discoverPolicyFile, explicitPolicyFile, globalSuppressions, resolveSettings, ResolvedSettings } from './settings';
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

Settings come from, highest first: the options below; --policy <file>; the
${POLICY_FILE_NAME} next to what is checked (synth writes one next to each
stack's cdk.tf.json: checking cdktf.out reproduces synth's findings); the defaults.
The text report lists each setting and where it came from.

Options:
  --policy <file>           policy file (${POLICY_FILE_NAME}, format version 1): policy,
                            packs and suppressions, as SovereigntyPolicyFile.load reads it
  --pack <ids>              rule packs, comma-separated (default: gdpr)
                            built in: ${packs}
  --jurisdiction <spec>     where data may be: EU, EEA, EEA+adequate, or country codes
                            such as DE,AT (default: EU)
  --cluster-location <cc>   country (ISO code) where Kubernetes clusters that are not in
                            the configuration run
  --format <formats>        ${FORMATS.join(', ')}; comma-separated (default: text); more
                            than one needs --out
  --out <dir>               write sovereignty-report.<ext> files to <dir> and print the
                            text report (inventory: sovereignty-inventory.json, .md, .csv;
                            html: one self-contained sovereignty-report.html)
  --source-root <dir>       directory SARIF URIs are relative to (%SRCROOT%); default:
                            the Git work tree of <path>, else the current directory
  --gaiax <file>            JSON file with the participant's values for --format gaiax
                            (offeringName, issuer, participantId, termsAndConditionsUrl,
                            termsAndConditionsHash, ...; see docs/gaiax.md)
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
  if (formats.length > 1 && args.out === undefined) {
    throw new UsageError(`--format ${formats.join(',')} without --out would print ${formats.length} documents into one stream that no tool can read. Fix: add --out <dir> to write each to its file (the text report is still printed), or choose one format.`);
  }
  for (const id of args.packs) Pack.byId(id);
  if (args.jurisdiction !== undefined) Jurisdiction.parse(args.jurisdiction);
  if (args.clusterLocation !== undefined) Countries.normalize(args.clusterLocation);
  const explicit = args.policy !== undefined ? explicitPolicyFile(args.policy) : undefined;
  const knownRuleIds = ComplianceEngine.builtInRules().map((r) => r.metadata.id);
  const extra: Suppression[] = args.suppressions ? await loadSuppressionsFile(args.suppressions, knownRuleIds) : [];

  const configurations = await loadInputs(args.path!, { variables: args.variables });
  for (const c of configurations) for (const w of c.warnings ?? []) io.stderr(`${TOOL.name}: warning: ${oneLine(w)}\n`);
  for (const line of unexpandedModuleWarnings(configurations)) io.stderr(`${TOOL.name}: warning: ${line}\n`);

  const flags = { jurisdiction: args.jurisdiction, clusterLocation: args.clusterLocation, packs: args.packs };
  const resolved = configurations.map((c) => resolveSettings(c.name, discoverPolicyFile(c.directory), explicit, flags));
  const remarks = resolved.flatMap((r) => r.remarks);
  for (const r of remarks) io.stderr(`${TOOL.name}: warning: ${oneLine(r)}\n`);

  // One engine per distinct set of settings (every stack of a cdktf.out has its own).
  const groups = new Map<string, { settings: ResolvedSettings; members: NamedConfiguration[] }>();
  configurations.forEach((c, i) => {
    const settings = resolved[i];
    let group = groups.get(settings.key);
    if (!group) groups.set(settings.key, (group = { settings, members: [] }));
    group.members.push({ name: c.name, configuration: c.configuration, suppressions: settings.localSuppressions });
  });
  const global = [...globalSuppressions(explicit), ...extra];
  const reports = [...groups.values()].map(({ settings, members }) => new ComplianceEngine({
    packs: settings.packs, policy: settings.policy, clusterLocation: settings.clusterLocation, suppressions: global,
  }).checkAll(members));
  const all = ComplianceReport.merge(reports);
  const merged = copyEvidence(all, withNotesOnce(all, global, groups.size));

  const byName = new Map(configurations.map((c) => [c.name, c]));
  const positions = new Map<string, { positions: SourcePositions; configuration: unknown }>();
  const located = copyEvidence(merged, locateFindings(withUnexpandedModules(merged, configurations), (name) => {
    let entry = positions.get(name);
    const c = byName.get(name);
    if (!entry && c) positions.set(name, (entry = { positions: new SourcePositions(c.sources), configuration: c.configuration }));
    return entry;
  }));
  const files = configurations.map((c) => c.file).filter((f): f is string => f !== undefined);
  const options = {
    artifactUri: configurations.length === 1 && files.length === 1 ? files[0] : undefined,
    sourceRoot: args.sourceRoot ?? sourceRootOf(args.path!),
    settings: settingsLines(configurations.map((c) => c.name), resolved),
    remarks,
    gaiax: args.gaiax === undefined ? undefined : readGaiaxFile(args.gaiax),
  };

  if (args.out === undefined) {
    for (const format of formats) io.stdout(ensureNewline(renderReport(located, format, options)));
  } else {
    await makeDirectory(args.out);
    const written: string[] = [];
    for (const format of formats) {
      for (const output of renderReportFiles(located, format, { ...options, outputDir: args.out })) {
        const file = path.join(args.out, output.name);
        await writeOrThrow(file, output.content);
        written.push(file);
      }
    }
    io.stdout(ensureNewline(renderReport(located, ReportFormat.TEXT, options)));
    io.stdout(`Reports written: ${written.join(', ')}\n`);
  }
  return located.hasErrors ? EXIT.FINDINGS : EXIT.OK;
}

/** The settings of every configuration: once when they agree, per configuration when they differ. */
function settingsLines(names: readonly string[], resolved: readonly ResolvedSettings[]): string[] {
  if (new Set(resolved.map((r) => r.lines.join('\n'))).size <= 1) return resolved[0]?.lines ?? [];
  return resolved.flatMap((r, i) => [`${names[i]}:`, ...r.lines.map((l) => `  ${l}`)]);
}

/**
 * Remarks about the suppressions every engine shares (--policy, --suppressions) once: an
 * unused one only when no configuration used it, an expired or refused one once.
 */
function withNotesOnce(report: ComplianceReport, shared: readonly Suppression[], engines: number): ComplianceReport {
  if (engines <= 1 || shared.length === 0) return report;
  const counts = new Map<string, number>();
  const key = (n: SuppressionNote) => `${n.kind}|${n.ruleId}|${n.target}|${n.reason}`;
  for (const n of report.suppressionNotes) counts.set(key(n), (counts.get(key(n)) ?? 0) + 1);
  const seen = new Set<string>();
  const notes = report.suppressionNotes.filter((n) => {
    const k = key(n);
    const isShared = shared.some((s) => s.ruleId === n.ruleId && s.reason === n.reason);
    if (!isShared) return true;
    if (seen.has(k)) return false;
    seen.add(k);
    return n.kind !== SuppressionNoteKind.UNUSED || counts.get(k) === engines;
  });
  return new ComplianceReport(report.context, report.findings, report.summary.resources, report.notEvaluatedTypes, notes, report.rules);
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

/** `--gaiax <file>`: a JSON object with the GaiaxCredentialsProps fields. */
function readGaiaxFile(file: string): GaiaxCredentialsProps {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`--gaiax ${file}: not a readable JSON file (${(e as Error).message}). Fix: give a JSON object with offeringName, issuer, participantId, termsAndConditionsUrl and termsAndConditionsHash (docs/gaiax.md).`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new UsageError(`--gaiax ${file}: expected a JSON object. Fix: give an object with offeringName, issuer, participantId, termsAndConditionsUrl and termsAndConditionsHash (docs/gaiax.md).`);
  }
  return parsed as GaiaxCredentialsProps;
}
