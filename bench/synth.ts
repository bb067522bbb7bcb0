/**
 * Synth benchmark of the Kubernetes constructs and of a whole example stack (`npm run bench:synth`).
 *
 * Every measurement runs in a fresh child process on plain JavaScript (lib/, bench/, scripts/
 * and examples/ transpiled once, as an installed package runs); the two sides of a comparison
 * alternate, median of several runs (BENCH_RUNS, default 5). Build is construction of the app,
 * synth is `app.synth()`. Each section prints CPU time (less sensitive to other load on the
 * machine than wall time) and peak RSS next to the wall times.
 *
 * 1. Constructs against raw L1 (issue 4): N SovereignNamespace + SecureWorkload pairs
 *    (BENCH_PAIRS, default 1,000; 8 resources each) against the same resources written as raw
 *    L1 calls (bench/synth-pairs.ts). The ratio is on build + synth. It checks that both apps
 *    synthesize the same resource counts (and reports whether the JSON is identical).
 *    Target: constructs at most 1.5x the raw L1 time.
 *
 * 2. Cost of the compliance checks (issue 8): stack 1 of the examples (OtcHealthRecordsStack,
 *    examples/otc-health-records; bench/synth-stack.ts) scaled to BENCH_TENANTS tenants
 *    (default 100; each a SovereignNamespace, two SecureWorkloads, an encrypted volume claim
 *    and a TLS ingress), with the compliance checks at synth and without them. It prints the
 *    ratios (checks / no checks) of build + synth, of `app.synth()` alone, of CPU time and of
 *    peak RSS, checks that both synthesize the same resources, and prints the summary of the
 *    sovereignty-report.json the checks wrote (synth must not throw: the stack is compliant).
 *    The issue sets no target for these ratios: the figures are reported without a verdict.
 */
import { createHash } from 'crypto';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { removeOnExit } from './tmp';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 1000);
const TENANTS = Number(process.env.BENCH_TENANTS ?? 100);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET = 1.5;

type PairsMode = 'construct' | 'raw';
type StackMode = 'stack-plain' | 'stack-checks';
type Mode = PairsMode | StackMode;

/** The part of the sovereignty-report.json summary printed here. */
interface ReportSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly suppressed: number;
  readonly resources: number;
}

interface Measurement {
  readonly mode: Mode;
  readonly buildMs: number;
  readonly synthMs: number;
  readonly totalMs: number;
  /** CPU time (user + system) of build + synth: less sensitive than wall time to other load on the machine. */
  readonly cpuMs: number;
  readonly peakRssMb: number;
  readonly bytes: number;
  readonly counts: Record<string, number>;
  readonly resourceHash: string;
  /** Stack modes only: the summary of the sovereignty-report.json next to cdk.tf.json, null if none was written. */
  readonly report?: ReportSummary | null;
}

/** What a child in a stack mode prints instead of a measurement when building or synthesizing the app throws. */
interface Failure {
  readonly mode: Mode;
  readonly failure: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const isStackMode = (mode: Mode): mode is StackMode => mode === 'stack-plain' || mode === 'stack-checks';

/** The app builder of a mode, its warm-up size and the id of its stack; loads only the modules the mode needs. */
function appOf(mode: Mode): { build: (n: number) => { app: { synth(): void }; outdir: string }; warmUp: number; stackId: string } {
  /* eslint-disable @typescript-eslint/no-require-imports */
  if (isStackMode(mode)) {
    const { stackApp, STACK_ID } = require('./synth-stack') as typeof import('./synth-stack');
    return { build: (tenants) => stackApp(tenants, mode === 'stack-checks'), warmUp: 2, stackId: STACK_ID };
  }
  const { constructApp, rawApp } = require('./synth-pairs') as typeof import('./synth-pairs');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return { build: mode === 'construct' ? constructApp : rawApp, warmUp: 20, stackId: 'bench' };
}

/** `app.synth()`, removing the output directory if it throws. */
function synthOrClean(app: { synth(): void }, outdir: string): void {
  try {
    app.synth();
  } catch (e) {
    fs.rmSync(outdir, { recursive: true, force: true });
    throw e;
  }
}

/** Runs inside the child process: `n` is the number of pairs, or of tenants in the stack modes. */
function measure(mode: Mode, n: number): Measurement {
  const { build, warmUp, stackId } = appOf(mode);
  const warm = build(warmUp); // warm-up: module loading and JIT outside the timed run
  synthOrClean(warm.app, warm.outdir);
  fs.rmSync(warm.outdir, { recursive: true, force: true });
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const { app, outdir } = build(n);
  const t1 = process.hrtime.bigint();
  synthOrClean(app, outdir);
  const t2 = process.hrtime.bigint();
  const cpu = process.cpuUsage(c0);
  const stackDir = path.join(outdir, 'stacks', stackId);
  const text = fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8');
  const json = JSON.parse(text) as { resource: Record<string, Record<string, unknown>> };
  const counts: Record<string, number> = {};
  for (const [type, byName] of Object.entries(json.resource)) counts[type] = Object.keys(byName).length;
  let report: ReportSummary | null | undefined;
  if (isStackMode(mode)) {
    const file = path.join(stackDir, 'sovereignty-report.json');
    report = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { summary: ReportSummary }).summary : null;
  }
  fs.rmSync(outdir, { recursive: true, force: true });
  return {
    mode,
    buildMs: Number(t1 - t0) / 1e6,
    synthMs: Number(t2 - t1) / 1e6,
    totalMs: Number(t2 - t0) / 1e6,
    cpuMs: (cpu.user + cpu.system) / 1e3,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    bytes: text.length,
    counts,
    resourceHash: createHash('sha256').update(JSON.stringify(json.resource)).digest('hex'),
    ...(report === undefined ? {} : { report }),
  };
}

let built: string | undefined;

/** One measurement in a fresh process on plain JavaScript (not ts-node, whose compiler would be measured too). */
function child(mode: Mode, n: number): Measurement {
  /* eslint-disable-next-line @typescript-eslint/no-require-imports */
  built ??= removeOnExit((require('../scripts/transpile') as typeof import('../scripts/transpile')).transpileTree(['lib', 'bench', 'scripts', 'examples'], 'cdktf-sovereign-bench-synth-'));
  const out = execFileSync(process.execPath, [path.join(built, 'bench', 'synth.js'), '--child', mode, String(n)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const result = JSON.parse(out) as Measurement | Failure;
  if ('failure' in result) throw new Error(result.failure);
  return result;
}

const resourcesOf = (m: Measurement) => Object.values(m.counts).reduce((a, b) => a + b, 0);

/** Ratio of the medians of one field, `a` over `b`. */
function ratioOf(a: Measurement[], b: Measurement[], field: 'totalMs' | 'synthMs' | 'cpuMs' | 'peakRssMb'): number {
  return median(a.map((m) => m[field])) / median(b.map((m) => m[field]));
}

/** The table of a section: one row per app, medians of its runs. */
function table(rows: [label: string, list: Measurement[]][]): void {
  console.log('app        | resources | JSON MB | build ms | synth ms | total ms | CPU ms | peak RSS MB');
  console.log('-----------|-----------|---------|----------|----------|----------|--------|------------');
  for (const [label, list] of rows) {
    console.log([
      label.padEnd(10),
      String(resourcesOf(list[0])).padStart(9),
      (list[0].bytes / 1e6).toFixed(1).padStart(7),
      median(list.map((m) => m.buildMs)).toFixed(0).padStart(8),
      median(list.map((m) => m.synthMs)).toFixed(0).padStart(8),
      median(list.map((m) => m.totalMs)).toFixed(0).padStart(8),
      median(list.map((m) => m.cpuMs)).toFixed(0).padStart(6),
      median(list.map((m) => m.peakRssMb)).toFixed(0).padStart(11),
    ].join(' | '));
  }
}

/** Section 1 (issue 4): constructs against raw L1. */
function pairsSection(): void {
  const results: Record<PairsMode, Measurement[]> = { construct: [], raw: [] };
  for (let run = 0; run < RUNS; run++) {
    // Alternate, so drift of the machine affects both sides alike.
    results.raw.push(child('raw', PAIRS));
    results.construct.push(child('construct', PAIRS));
  }

  const c = results.construct[0];
  const r = results.raw[0];
  const types = [...new Set([...Object.keys(c.counts), ...Object.keys(r.counts)])].sort();
  const mismatched = types.filter((t) => c.counts[t] !== r.counts[t]);

  console.log(`Kubernetes constructs synth benchmark — ${PAIRS} SovereignNamespace + SecureWorkload pairs, median of ${RUNS} fresh processes each, Node ${process.version}`);
  console.log('');
  table([['raw L1', results.raw], ['constructs', results.construct]]);
  console.log('');
  console.log(`resource counts by type: ${types.map((t) => `${t.replace(/^kubernetes_/, '')} ${c.counts[t]}`).join(', ')}`);
  console.log(`same resource counts: ${mismatched.length === 0 ? 'yes' : `NO (${mismatched.join(', ')})`}; identical resource JSON: ${c.resourceHash === r.resourceHash ? 'yes' : 'no'}`);
  const ratio = ratioOf(results.construct, results.raw, 'totalMs');
  const synthRatio = ratioOf(results.construct, results.raw, 'synthMs');
  console.log(`constructs / raw L1 (build + synth): ${ratio.toFixed(2)}x (target ≤ ${TARGET}x) — ${ratio <= TARGET ? 'met' : 'MISSED'}`);
  const cpuRatio = ratioOf(results.construct, results.raw, 'cpuMs');
  console.log(`constructs / raw L1 (app.synth() only): ${synthRatio.toFixed(2)}x; CPU time of build + synth: ${cpuRatio.toFixed(2)}x`);
  console.log(`per-run totals, raw: ${results.raw.map((m) => m.totalMs.toFixed(0)).join(', ')} ms; constructs: ${results.construct.map((m) => m.totalMs.toFixed(0)).join(', ')} ms`);
  if (mismatched.length > 0) {
    console.error('The two apps do not synthesize the same resources; the comparison is void.');
    process.exitCode = 1;
  }
}

/** Section 2 (issue 8): stack 1 with and without the compliance checks. */
function stackSection(): void {
  console.log(`Compliance checks synth benchmark — stack 1 (examples/otc-health-records, OtcHealthRecordsStack) with ${TENANTS} tenants (${TENANTS} SovereignNamespaces, ${2 * TENANTS} SecureWorkloads), median of ${RUNS} fresh processes each`);
  console.log('');
  const results: Record<StackMode, Measurement[]> = { 'stack-plain': [], 'stack-checks': [] };
  for (let run = 0; run < RUNS; run++) {
    // Alternate, so drift of the machine affects both sides alike.
    for (const mode of ['stack-plain', 'stack-checks'] as const) {
      try {
        results[mode].push(child(mode, TENANTS));
      } catch (e) {
        const what = mode === 'stack-checks' ? 'with the compliance checks' : 'without the compliance checks';
        console.log(`FAILED: building or synthesizing the stack ${what} threw (run ${run + 1}): ${(e as Error).message}`);
        process.exitCode = 1;
        return;
      }
    }
  }

  const plain = results['stack-plain'];
  const checks = results['stack-checks'];
  const p = plain[0];
  const c = checks[0];
  const types = [...new Set([...Object.keys(c.counts), ...Object.keys(p.counts)])].sort();
  const mismatched = types.filter((t) => c.counts[t] !== p.counts[t]);
  table([['no checks', plain], ['checks', checks]]);
  console.log('');
  const k8s = types.filter((t) => t.startsWith('kubernetes_') && /namespace_v1|deployment_v1|stateful_set_v1|ingress_v1|persistent_volume_claim_v1/.test(t));
  console.log(`of which: ${k8s.map((t) => `${t.replace(/^kubernetes_/, '')} ${c.counts[t]}`).join(', ')}`);
  console.log(`same resource counts: ${mismatched.length === 0 ? 'yes' : `NO (${mismatched.join(', ')})`}; identical resource JSON: ${c.resourceHash === p.resourceHash ? 'yes' : 'no'}`);
  console.log(`checks / no checks (build + synth): ${ratioOf(checks, plain, 'totalMs').toFixed(2)}x`);
  console.log(`app.synth() only: ${ratioOf(checks, plain, 'synthMs').toFixed(2)}x`);
  console.log(`CPU: ${ratioOf(checks, plain, 'cpuMs').toFixed(2)}x`);
  console.log(`peak RSS: ${ratioOf(checks, plain, 'peakRssMb').toFixed(2)}x`);
  console.log(`per-run totals, no checks: ${plain.map((m) => m.totalMs.toFixed(0)).join(', ')} ms; checks: ${checks.map((m) => m.totalMs.toFixed(0)).join(', ')} ms`);
  const report = c.report;
  const reportWithoutChecks = plain.some((m) => m.report != null);
  if (report) {
    console.log(`sovereignty-report.json (checks): ${report.errors} errors, ${report.warnings} warnings, ${report.suppressed} suppressed, ${report.resources} resources checked; without checks: ${reportWithoutChecks ? 'a report was written (the checks did run!)' : 'no report written'}`);
  } else {
    console.log('sovereignty-report.json (checks): MISSING — the checks wrote no report');
  }
  console.log('No target for these ratios in issue 8: the figures are reported as measured, without a verdict.');
  if (mismatched.length > 0 || !report || reportWithoutChecks) {
    console.error('The stack with and without the checks do not compare as expected (resources or reports differ); the comparison is void.');
    process.exitCode = 1;
  }
}

/** Runs in a child: one measurement as JSON on stdout; in the stack modes a throw is reported as a failure. */
function childMain(mode: Mode, n: number): void {
  if (!isStackMode(mode)) {
    process.stdout.write(JSON.stringify(measure(mode, n)));
    return;
  }
  let result: Measurement | Failure;
  try {
    result = measure(mode, n);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const lines = message.split('\n');
    result = { mode, failure: lines.length > 20 ? [...lines.slice(0, 20), `… (${lines.length - 20} more lines)`].join('\n') : message };
  }
  process.stdout.write(JSON.stringify(result));
}

function main(): void {
  if (process.argv[2] === '--child') {
    childMain(process.argv[3] as Mode, Number(process.argv[4]));
    return;
  }
  try {
    pairsSection();
    console.log('');
    stackSection();
  } finally {
    if (built) fs.rmSync(built, { recursive: true, force: true });
  }
}

main();
