/**
 * `npm run corpus`: runs the engine on every labelled configuration of the regression corpus
 * (test/corpus, labels in test/corpus/labels.json) with the CLI's loader and the labels'
 * settings (packs gdpr,gaiax-l3, jurisdiction EU), and prints recall (labelled problems caught
 * at error level) and false alarms (labelled-clean resources with an error) per category,
 * per provider and in total.
 *
 *   npm run corpus -- [--verbose] [--only <path prefix>] [--json]
 *                     [--min-recall <0..1>] [--max-fp <n>]
 *
 * Exits 0 unless --min-recall or --max-fp is given and missed (1), or the labels are broken or
 * a configuration cannot be loaded (2).
 */
import * as path from 'path';
import { ComplianceEngine } from '../lib/compliance/engine';
import { loadInputs } from '../lib/compliance/input/load';
import { Pack } from '../lib/compliance/packs';
import { Finding } from '../lib/compliance/report/model';
import { FindingLevel } from '../lib/compliance/types';
import { Jurisdiction } from '../lib/core/jurisdiction';
import { SovereigntyPolicy } from '../lib/core/policy';
import { addressCovers, CATEGORIES, Category, ConfigurationLabel, CORPUS_DIR, Labels, PROVIDERS, readLabels, validateLabels } from '../test/corpus/corpus-labels';

/** One labelled problem and whether the engine caught it. */
export interface ProblemOutcome {
  readonly configuration: string;
  readonly provider: string;
  readonly address: string;
  readonly rules: string[];
  readonly category: Category;
  readonly caught: boolean;
  /** Error findings at the address (any rule), for the report of misses. */
  readonly errorsThere: Finding[];
}

/** One labelled-clean resource and the errors that sit on it (a false alarm when any). */
export interface CleanOutcome {
  readonly configuration: string;
  readonly provider: string;
  readonly address: string;
  readonly category: Category;
  readonly errors: Finding[];
}

export interface CorpusResult {
  readonly problems: ProblemOutcome[];
  readonly clean: CleanOutcome[];
}

/** The engine with the labels' settings, as the CLI builds it. */
export function engineFor(labels: Labels): ComplianceEngine {
  return new ComplianceEngine({
    packs: labels.settings.packs.map((id) => Pack.byId(id)),
    policy: new SovereigntyPolicy({ jurisdiction: Jurisdiction.parse(labels.settings.jurisdiction) }),
  });
}

/** The findings of one configuration directory, loaded as the CLI loads it. */
export async function findingsOf(engine: ComplianceEngine, dir: string): Promise<Finding[]> {
  return engine.checkAll(await loadInputs(dir)).findings;
}

/**
 * A clean instance label (`x.y["a"]`) is also hit by an error on the bare resource `x.y`,
 * which sits on every instance; a problem label is caught only at its own address or instances.
 */
function hitsClean(label: string, finding: string): boolean {
  if (addressCovers(label, finding)) return true;
  const base = /^(.*)\[[^\]]+\]$/.exec(label);
  return base !== null && finding === base[1];
}

/** Judge one configuration's findings against its labels: only unsuppressed errors count. */
export function judge(c: ConfigurationLabel, findings: Finding[]): CorpusResult {
  const errors = findings.filter((f) => f.level === FindingLevel.ERROR && !f.suppressed);
  const problems = c.problems.map((p): ProblemOutcome => {
    const errorsThere = errors.filter((f) => addressCovers(p.address, f.address));
    return {
      configuration: c.path, provider: c.provider, address: p.address, rules: p.rules, category: p.category,
      caught: errorsThere.some((f) => p.rules.includes(f.ruleId)), errorsThere,
    };
  });
  const clean = c.clean.map((l): CleanOutcome => ({
    configuration: c.path, provider: c.provider, address: l.address, category: l.category,
    errors: errors.filter((f) => hitsClean(l.address, f.address)),
  }));
  return { problems, clean };
}

/** Run the engine on every configuration (or those under `only`). */
export async function runCorpus(labels: Labels, only?: string, corpusDir = CORPUS_DIR): Promise<CorpusResult> {
  const engine = engineFor(labels);
  const problems: ProblemOutcome[] = [];
  const clean: CleanOutcome[] = [];
  for (const c of labels.configurations) {
    if (only !== undefined && !c.path.startsWith(only)) continue;
    const result = judge(c, await findingsOf(engine, path.join(corpusDir, c.path)));
    problems.push(...result.problems);
    clean.push(...result.clean);
  }
  return { problems, clean };
}

/** Figures of one slice of the corpus. */
export interface Tally {
  readonly problems: number;
  readonly caught: number;
  readonly clean: number;
  readonly falseAlarms: number;
}

export function tally(result: CorpusResult, keep: (o: { category: string; provider: string }) => boolean = () => true): Tally {
  const problems = result.problems.filter(keep);
  const clean = result.clean.filter(keep);
  return { problems: problems.length, caught: problems.filter((p) => p.caught).length, clean: clean.length, falseAlarms: clean.filter((c) => c.errors.length > 0).length };
}

function percent(n: number, d: number): string {
  return d === 0 ? '   —' : `${((100 * n) / d).toFixed(0).padStart(3)}%`;
}

function row(name: string, t: Tally): string {
  const recall = t.problems === 0 ? '      —       ' : `${String(t.caught).padStart(3)}/${String(t.problems).padEnd(3)} ${percent(t.caught, t.problems)}`;
  const fp = t.clean === 0 ? '      —' : `${String(t.falseAlarms).padStart(3)}/${String(t.clean).padEnd(3)}`;
  return `  ${name.padEnd(20)} ${recall.padEnd(14)}  ${fp}`;
}

/** The text report: per category, per provider, totals; with `verbose`, every miss and false alarm. */
export function renderReport(result: CorpusResult, verbose: boolean): string {
  const lines: string[] = [];
  const header = `  ${''.padEnd(20)} ${'caught'.padEnd(14)}  false alarms (errors on clean resources)`;
  lines.push('By category', header);
  for (const category of Object.keys(CATEGORIES)) {
    const t = tally(result, (o) => o.category === category);
    if (t.problems + t.clean > 0) lines.push(row(category, t));
  }
  lines.push('', 'By provider', header);
  for (const provider of PROVIDERS) {
    const t = tally(result, (o) => o.provider === provider);
    if (t.problems + t.clean > 0) lines.push(row(provider, t));
  }
  const total = tally(result);
  lines.push('', row('TOTAL', total));
  lines.push(`  recall ${percent(total.caught, total.problems).trim()} (${total.caught} of ${total.problems} problems at error level); ` +
    `${total.falseAlarms} of ${total.clean} clean resources carry an error`);
  if (verbose) {
    lines.push('', 'Misses (labelled problem, no error of an expected rule at the address):');
    for (const p of result.problems.filter((x) => !x.caught)) {
      const there = p.errorsThere.length === 0 ? 'no error there' : `errors there: ${[...new Set(p.errorsThere.map((f) => f.ruleId))].join(', ')}`;
      lines.push(`  [${p.category}] ${p.configuration}  ${p.address}  expected ${p.rules.join(' | ')}; ${there}`);
    }
    lines.push('', 'False alarms (errors on labelled-clean resources):');
    for (const c of result.clean.filter((x) => x.errors.length > 0)) {
      for (const f of c.errors) lines.push(`  [${c.category}] ${c.configuration}  ${f.address}  ${f.ruleId}: ${oneLine(f.message).slice(0, 220)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface Options {
  readonly verbose: boolean;
  readonly json: boolean;
  readonly only?: string;
  readonly minRecall?: number;
  readonly maxFp?: number;
}

function parseOptions(argv: string[]): Options {
  let verbose = false;
  let json = false;
  let only: string | undefined;
  let minRecall: number | undefined;
  let maxFp: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--verbose' || a === '-v') verbose = true;
    else if (a === '--json') json = true;
    else if (a === '--only') only = value();
    else if (a === '--min-recall') minRecall = fraction(a, value());
    else if (a === '--max-fp') maxFp = count(a, value());
    else throw new Error(`unknown option "${a}". Allowed: --verbose, --json, --only <path prefix>, --min-recall <0..1>, --max-fp <n>`);
  }
  return { verbose, json, only, minRecall, maxFp };
}

function fraction(flag: string, v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new Error(`${flag} takes a fraction between 0 and 1 (e.g. 0.9), got "${v}"`);
  return n;
}

function count(flag: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} takes a whole number of false alarms (e.g. 0), got "${v}"`);
  return n;
}

async function main(argv: string[]): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(argv);
  } catch (e) {
    process.stderr.write(`corpus: ${(e as Error).message}\n`);
    return 2;
  }
  const labels = readLabels();
  const broken = validateLabels(labels);
  if (broken.length > 0) {
    process.stderr.write(`corpus: the labels are broken (fix test/corpus/labels.json):\n${broken.map((b) => `  ${b}\n`).join('')}`);
    return 2;
  }
  const result = await runCorpus(labels, options.only);
  const total = tally(result);
  if (options.json) {
    const byCategory = Object.fromEntries(Object.keys(CATEGORIES).map((k) => [k, tally(result, (o) => o.category === k)]));
    const byProvider = Object.fromEntries(PROVIDERS.map((k) => [k, tally(result, (o) => o.provider === k)]));
    process.stdout.write(`${JSON.stringify({ total, byCategory, byProvider }, null, 2)}\n`);
  } else {
    process.stdout.write(renderReport(result, options.verbose));
  }
  const recall = total.problems === 0 ? 1 : total.caught / total.problems;
  const failures: string[] = [];
  if (options.minRecall !== undefined && recall < options.minRecall) failures.push(`recall ${recall.toFixed(3)} is below --min-recall ${options.minRecall}`);
  if (options.maxFp !== undefined && total.falseAlarms > options.maxFp) failures.push(`${total.falseAlarms} false alarms exceed --max-fp ${options.maxFp}`);
  for (const f of failures) process.stderr.write(`corpus: ${f}\n`);
  return failures.length > 0 ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`corpus: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
