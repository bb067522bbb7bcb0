/**
 * Synth benchmark of the Kubernetes constructs (`npm run bench:synth`).
 *
 * From one run: N SovereignNamespace + SecureWorkload pairs (default 1,000; 8 resources each)
 * against the same resources written as raw L1 calls (bench/synth-pairs.ts), each measured in
 * a fresh child process on plain JavaScript (lib/, bench/ and scripts/ transpiled once, as an
 * installed package runs), alternating, median of several runs. Build is construction of the
 * app, synth is `app.synth()`; the ratio is on build + synth. It checks that both apps
 * synthesize the same resource counts (and reports whether the JSON is identical), and prints
 * CPU time (less sensitive to other load on the machine than wall time) and peak RSS.
 *
 * Target (issue 4): constructs at most 1.5x the raw L1 time.
 */
import { createHash } from 'crypto';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET = 1.5;

type Mode = 'construct' | 'raw';

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
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs inside the child process. */
function measure(mode: Mode, pairs: number): Measurement {
  /* eslint-disable-next-line @typescript-eslint/no-require-imports */
  const { constructApp, rawApp } = require('./synth-pairs') as typeof import('./synth-pairs');
  const build = mode === 'construct' ? constructApp : rawApp;
  const warm = build(20); // warm-up: module loading and JIT outside the timed run
  warm.app.synth();
  fs.rmSync(warm.outdir, { recursive: true, force: true });
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const { app, outdir } = build(pairs);
  const t1 = process.hrtime.bigint();
  app.synth();
  const t2 = process.hrtime.bigint();
  const cpu = process.cpuUsage(c0);
  const text = fs.readFileSync(path.join(outdir, 'stacks', 'bench', 'cdk.tf.json'), 'utf8');
  const json = JSON.parse(text) as { resource: Record<string, Record<string, unknown>> };
  const counts: Record<string, number> = {};
  for (const [type, byName] of Object.entries(json.resource)) counts[type] = Object.keys(byName).length;
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
  };
}

let built: string | undefined;

/** One measurement in a fresh process on plain JavaScript (not ts-node, whose compiler would be measured too). */
function child(mode: Mode): Measurement {
  /* eslint-disable-next-line @typescript-eslint/no-require-imports */
  built ??= (require('../scripts/transpile') as typeof import('../scripts/transpile')).transpileTree(['lib', 'bench', 'scripts'], 'cdktf-sovereign-bench-synth-');
  const out = execFileSync(process.execPath, [path.join(built, 'bench', 'synth.js'), '--child', mode, String(PAIRS)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as Measurement;
}

function main(): void {
  if (process.argv[2] === '--child') {
    process.stdout.write(JSON.stringify(measure(process.argv[3] as Mode, Number(process.argv[4]))));
    return;
  }
  const results: Record<Mode, Measurement[]> = { construct: [], raw: [] };
  for (let run = 0; run < RUNS; run++) {
    // Alternate, so drift of the machine affects both sides alike.
    results.raw.push(child('raw'));
    results.construct.push(child('construct'));
  }
  if (built) fs.rmSync(built, { recursive: true, force: true });

  const c = results.construct[0];
  const r = results.raw[0];
  const types = [...new Set([...Object.keys(c.counts), ...Object.keys(r.counts)])].sort();
  const mismatched = types.filter((t) => c.counts[t] !== r.counts[t]);
  const resourcesOf = (m: Measurement) => Object.values(m.counts).reduce((a, b) => a + b, 0);

  console.log(`Kubernetes constructs synth benchmark — ${PAIRS} SovereignNamespace + SecureWorkload pairs, median of ${RUNS} fresh processes each, Node ${process.version}`);
  console.log('');
  console.log('app        | resources | JSON MB | build ms | synth ms | total ms | CPU ms | peak RSS MB');
  console.log('-----------|-----------|---------|----------|----------|----------|--------|------------');
  const row = (label: string, list: Measurement[]) => {
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
  };
  row('raw L1', results.raw);
  row('constructs', results.construct);
  console.log('');
  console.log(`resource counts by type: ${types.map((t) => `${t.replace(/^kubernetes_/, '')} ${c.counts[t]}`).join(', ')}`);
  console.log(`same resource counts: ${mismatched.length === 0 ? 'yes' : `NO (${mismatched.join(', ')})`}; identical resource JSON: ${c.resourceHash === r.resourceHash ? 'yes' : 'no'}`);
  const ratio = median(results.construct.map((m) => m.totalMs)) / median(results.raw.map((m) => m.totalMs));
  const synthRatio = median(results.construct.map((m) => m.synthMs)) / median(results.raw.map((m) => m.synthMs));
  console.log(`constructs / raw L1 (build + synth): ${ratio.toFixed(2)}x (target ≤ ${TARGET}x) — ${ratio <= TARGET ? 'met' : 'MISSED'}`);
  const cpuRatio = median(results.construct.map((m) => m.cpuMs)) / median(results.raw.map((m) => m.cpuMs));
  console.log(`constructs / raw L1 (app.synth() only): ${synthRatio.toFixed(2)}x; CPU time of build + synth: ${cpuRatio.toFixed(2)}x`);
  console.log(`per-run totals, raw: ${results.raw.map((m) => m.totalMs.toFixed(0)).join(', ')} ms; constructs: ${results.construct.map((m) => m.totalMs.toFixed(0)).join(', ')} ms`);
  if (mismatched.length > 0) {
    console.error('The two apps do not synthesize the same resources; the comparison is void.');
    process.exitCode = 1;
  }
}

main();
