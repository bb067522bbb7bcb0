/**
 * Benchmark of HCL input (`npm run bench:hcl`): the CLI checking a directory of `.tf` files,
 * against `terraform fmt` on the same files, measured in the same run.
 *
 * The directory holds BENCH_HCL_RESOURCES (default 10,000) mixed resources, written as HCL by
 * `writeHcl` from the engine benchmark's generator (bench/generate.ts), in one `main.tf`. Two
 * variants: the locations as literals, and the locations as expressions (`lookup(var.zones,
 * var.region)`, `local.regions["paris"]`) that the engine evaluates.
 *
 * For each variant it prints, as medians of BENCH_HCL_RUNS fresh processes (default 3):
 * - `terraform fmt -write=false -list=false <dir>` (the baseline: Terraform's own HCL parser
 *   and printer over the same bytes);
 * - the CLI (`cdktf-sovereign check <dir> --format json`, plain JavaScript as installed);
 * - inside one process: starting hcl2json (its WebAssembly), loading the directory (read,
 *   parse, merge, variables, modules), parsing the file a second time (WebAssembly warm), and
 *   the engine (gdpr pack);
 * and a CPU profile of one CLI run: the functions where the time goes (self time).
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateConfiguration } from './generate';
import { removeOnExit, tempDir } from './tmp';

type Json = unknown;
type Body = { [key: string]: Json };

const SIZE = Number(process.env.BENCH_HCL_RESOURCES ?? 10000);
const RUNS = Number(process.env.BENCH_HCL_RUNS ?? 3);
const TERRAFORM = process.env.CDKTF_SOVEREIGN_TERRAFORM ?? 'terraform';

/** Arguments whose object values are maps (attributes); every other object is a nested block. */
const MAP_ARGUMENTS = new Set(['tags', 'labels', 'match_labels', 'limits', 'requests', 'annotations', 'default']);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function key(name: string): string {
  return /^[A-Za-z_][\w-]*$/.test(name) ? name : JSON.stringify(name);
}

/** An HCL quoted template: literal text escaped, `${…}` interpolations copied as they are. */
function quoted(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('${', i)) {
      let depth = 0;
      let j = i;
      for (; j < text.length; j++) {
        if (text[j] === '{') depth++;
        else if (text[j] === '}' && --depth === 0) break;
      }
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    out += JSON.stringify(text[i]).slice(1, -1);
    i++;
  }
  return `"${out}"`;
}

function value(v: Json, indent: string): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return quoted(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map((e) => value(e, indent)).join(', ')}]`;
  const inner = `${indent}  `;
  return `{\n${Object.entries(v as Body).map(([k, e]) => `${inner}${key(k)} = ${value(e, inner)}`).join('\n')}\n${indent}}`;
}

/** A body as HCL: objects and lists of objects as nested blocks, except map arguments. */
function body(b: Body, indent: string): string {
  const lines: string[] = [];
  for (const [k, v] of Object.entries(b)) {
    const objects = Array.isArray(v) && v.length > 0 && v.every((e) => e !== null && typeof e === 'object' && !Array.isArray(e));
    if (!MAP_ARGUMENTS.has(k) && (objects || (v !== null && typeof v === 'object' && !Array.isArray(v)))) {
      for (const block of objects ? (v as Body[]) : [v as Body]) lines.push(`${indent}${k} {\n${body(block, `${indent}  `)}\n${indent}}`);
    } else {
      lines.push(`${indent}${key(k)} = ${value(v, indent)}`);
    }
  }
  return lines.join('\n');
}

/** A generated Terraform JSON configuration as one HCL file. */
export function writeHcl(config: Body): string {
  const out: string[] = [];
  const required = ((config.terraform as Body).required_providers ?? {}) as Body;
  out.push(`terraform {\n  required_providers {\n${Object.entries(required).map(([k, v]) => `    ${k} = ${value(v, '    ')}`).join('\n')}\n  }\n}`);
  for (const [name, blocks] of Object.entries((config.provider ?? {}) as Body)) {
    for (const b of blocks as Body[]) out.push(`provider "${name}" {\n${body(b, '  ')}\n}`);
  }
  for (const [name, b] of Object.entries((config.variable ?? {}) as Body)) out.push(`variable "${name}" {\n${body(b as Body, '  ')}\n}`);
  if (config.locals) out.push(`locals {\n${Object.entries(config.locals as Body).map(([k, v]) => `  ${key(k)} = ${value(v, '  ')}`).join('\n')}\n}`);
  for (const [type, byName] of Object.entries(config.resource as Body)) {
    for (const [name, b] of Object.entries(byName as Body)) out.push(`resource "${type}" "${name}" {\n${body(b as Body, '  ')}\n}`);
  }
  return `${out.join('\n\n')}\n`;
}

/** The generated configuration with its locations written as expressions the engine evaluates. */
export function withExpressions(config: Body): Body {
  const resource = config.resource as { [type: string]: { [name: string]: Body } };
  for (const b of Object.values(resource.hcloud_server ?? {})) b.location = b.location === 'ash' ? '${lookup(var.zones, "us")}' : '${lookup(var.zones, var.region)}';
  for (const b of Object.values(resource.scaleway_rdb_instance ?? {})) b.region = `\${local.regions[${JSON.stringify(b.region === 'fr-par' ? 'paris' : b.region === 'nl-ams' ? 'amsterdam' : 'warsaw')}]}`;
  return {
    ...config,
    variable: { ...(config.variable as Body), zones: { default: { eu: 'fsn1', us: 'ash' } }, region: { type: 'string', default: 'eu' } },
    locals: { regions: { paris: 'fr-par', amsterdam: 'nl-ams', warsaw: 'pl-waw' } },
  };
}

interface Phases {
  readonly startMs: number;
  readonly parseMs: number;
  readonly loadMs: number;
  readonly engineMs: number;
  readonly findings: number;
}

/** Runs inside a child process: the phases of checking `dir` in one process. */
async function measurePhases(dir: string): Promise<Phases> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { parseHcl } = require('../lib/compliance/input/hcl') as typeof import('../lib/compliance/input/hcl');
  const { loadInputs } = require('../lib/compliance/input/load') as typeof import('../lib/compliance/input/load');
  const { ComplianceEngine } = require('../lib/compliance/engine') as typeof import('../lib/compliance/engine');
  const { Pack } = require('../lib/compliance/packs') as typeof import('../lib/compliance/packs');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const file = path.join(dir, 'main.tf');
  const text = fs.readFileSync(file, 'utf8');
  let t = process.hrtime.bigint();
  // Loading hcl2json (decompressing and instantiating its WebAssembly) happens once per process.
  await parseHcl('warmup.tf', 'locals {}\n');
  const startMs = Number(process.hrtime.bigint() - t) / 1e6;
  t = process.hrtime.bigint();
  const [loaded] = await loadInputs(dir);
  const loadMs = Number(process.hrtime.bigint() - t) / 1e6;
  // The same parse again, with the WebAssembly compiled by now.
  t = process.hrtime.bigint();
  await parseHcl(file, text);
  const parseMs = Number(process.hrtime.bigint() - t) / 1e6;
  const engine = new ComplianceEngine({ packs: [Pack.GDPR], asOf: '2026-11-28' });
  t = process.hrtime.bigint();
  const findings = engine.check(loaded.configuration, loaded.name).findings.length;
  const engineMs = Number(process.hrtime.bigint() - t) / 1e6;
  return { startMs, parseMs, loadMs, engineMs, findings };
}

function wall(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): number {
  const t = process.hrtime.bigint();
  const r = spawnSync(command, args, { ...options, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.error) throw r.error;
  // The CLI exits 1 when it finds errors; terraform fmt exits 3 on unformatted files.
  if (r.status === 2) throw new Error(`${command} ${args.join(' ')} failed:\n${r.stderr}`);
  return ms;
}

/** Self time by function, from a V8 CPU profile of one CLI run. */
function profile(node: string, cli: string, dir: string): Array<[string, number]> {
  const out = tempDir('cdktf-sovereign-prof-');
  spawnSync(node, ['--cpu-prof', `--cpu-prof-dir=${out}`, cli, 'check', dir, '--format', 'json'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const file = fs.readdirSync(out).find((f) => f.endsWith('.cpuprofile'));
  if (!file) return [];
  const prof = JSON.parse(fs.readFileSync(path.join(out, file), 'utf8')) as {
    nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
    samples: number[];
    timeDeltas: number[];
  };
  fs.rmSync(out, { recursive: true, force: true });
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  prof.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const where = frame.url.includes('.wasm') || frame.functionName.startsWith('wasm-function') ? 'hcl2json (WebAssembly)' : frame.url ? path.basename(frame.url) : '(native)';
    const name = `${frame.functionName || '(anonymous)'} ${where}`;
    self.set(name, (self.get(name) ?? 0) + prof.timeDeltas[i] / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, 12);
}

async function main(): Promise<void> {
  if (process.argv[2] === '--phases') {
    process.stdout.write(JSON.stringify(await measurePhases(process.argv[3])));
    return;
  }
  const version = spawnSync(TERRAFORM, ['version', '-json'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    console.error(`bench:hcl needs terraform (for \`terraform fmt\`, the baseline): not runnable as "${TERRAFORM}". Set CDKTF_SOVEREIGN_TERRAFORM.`);
    process.exitCode = 1;
    return;
  }
  /* eslint-disable-next-line @typescript-eslint/no-require-imports */
  const built = removeOnExit((require('../scripts/transpile') as typeof import('../scripts/transpile')).transpileTree(['lib', 'bench', 'scripts'], 'cdktf-sovereign-bench-'));
  const cli = path.join(built, 'lib', 'cli', 'bin.js');
  const env = { PATH: process.env.PATH, HOME: os.tmpdir(), CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null' };
  const variants: Array<[string, Body]> = [
    ['locations as literals', generateConfiguration(SIZE) as Body],
    ['locations as expressions', withExpressions(generateConfiguration(SIZE) as Body)],
  ];
  console.log(`HCL input benchmark — ${SIZE} resources in one main.tf, median of ${RUNS} fresh processes, Node ${process.version}, terraform ${(JSON.parse(version.stdout) as { terraform_version: string }).terraform_version}`);
  let first = true;
  for (const [label, config] of variants) {
    const dir = tempDir('cdktf-sovereign-bench-hcl-');
    const text = writeHcl(config);
    fs.writeFileSync(path.join(dir, 'main.tf'), text);
    const fmt: number[] = [];
    const check: number[] = [];
    const phases: Phases[] = [];
    for (let run = 0; run < RUNS; run++) {
      fmt.push(wall(TERRAFORM, ['fmt', '-write=false', '-list=false', dir], { env }));
      check.push(wall(process.execPath, [cli, 'check', dir, '--format', 'json'], { env }));
      phases.push(JSON.parse(execFileSync(process.execPath, [path.join(built, 'bench', 'hcl.js'), '--phases', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as Phases);
    }
    const f = median(fmt);
    const c = median(check);
    const p = (k: keyof Phases) => median(phases.map((x) => x[k]));
    console.log('');
    console.log(`${label}: ${(text.length / 1e6).toFixed(1)} MB of HCL`);
    console.log(`  terraform fmt                 ${f.toFixed(0).padStart(6)} ms`);
    console.log(`  cdktf-sovereign check (CLI)   ${c.toFixed(0).padStart(6)} ms   ${(c / f).toFixed(2)}x terraform fmt`);
    console.log(`  in one process: starting hcl2json ${p('startMs').toFixed(0)} ms; loading ${p('loadMs').toFixed(0)} ms (its first parse included; a second parse of the same file takes ${p('parseMs').toFixed(0)} ms); engine (gdpr) ${p('engineMs').toFixed(0)} ms; ${p('findings')} findings`);
    if (first) {
      console.log('  CPU profile of one CLI run, self time:');
      for (const [name, ms] of profile(process.execPath, cli, dir)) console.log(`    ${ms.toFixed(0).padStart(6)} ms  ${name}`);
      first = false;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.rmSync(built, { recursive: true, force: true });
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
