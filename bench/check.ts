/**
 * Benchmark of the compliance engine (`npm run bench:check`).
 *
 * For 1,000, 10,000 and 100,000 mixed resources it measures, in one run and in a fresh
 * child process per size: JSON.parse of the configuration text (the baseline), the
 * engine on the parsed configuration, and peak RSS. It prints the engine time as a
 * ratio to JSON.parse and the scaling from one size to the next.
 *
 * Targets (issue 3): engine within 3x JSON.parse at 100,000 resources; 10x more
 * resources at most 12x more time.
 *
 * Source positions (issue 13): placing every finding on its line of the file — scanning the
 * text the way cdktf writes it (2-space indented) for each finding's block and argument — is
 * timed separately, as `locate`, against JSON.parse of that same text; so is rendering SARIF
 * with the lines. The engine itself does not change.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';
import { removeOnExit } from './tmp';

interface Measurement {
  readonly size: number;
  readonly bytes: number;
  readonly parseMs: number;
  readonly engineMs: number;
  readonly endToEndMs: number;
  readonly findings: number;
  readonly peakRssMb: number;
}

interface PositionsMeasurement {
  readonly size: number;
  /** Length of the indented text. */
  readonly prettyBytes: number;
  /** JSON.parse of the indented text (as cdktf writes cdk.tf.json). */
  readonly prettyParseMs: number;
  /** Every finding placed on its line of the indented text (a fresh scan per run). */
  readonly locateMs: number;
  /** SARIF of the located report. */
  readonly sarifMs: number;
  readonly located: number;
  readonly findings: number;
}

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs inside the child process: measure one size. */
function measure(size: number): Measurement {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { generateConfiguration } = require('./generate') as typeof import('./generate');
  const { ComplianceEngine } = require('../lib/compliance/engine') as typeof import('../lib/compliance/engine');
  const { Pack } = require('../lib/compliance/packs') as typeof import('../lib/compliance/packs');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const text = JSON.stringify(generateConfiguration(size));
  // The generated configuration runs its Kubernetes resources on an external cluster in Germany.
  const engine = new ComplianceEngine({ packs: Pack.builtIn(), asOf: '2026-11-28', clusterLocation: 'DE' });
  // warm-up (JIT, catalog indexes)
  engine.check(JSON.parse(text), 'warmup');
  const parse: number[] = [];
  const check: number[] = [];
  const endToEnd: number[] = [];
  let findings = 0;
  for (let run = 0; run < RUNS; run++) {
    let t = process.hrtime.bigint();
    const parsed = JSON.parse(text);
    parse.push(Number(process.hrtime.bigint() - t) / 1e6);
    t = process.hrtime.bigint();
    findings = engine.check(parsed, 'bench').findings.length;
    check.push(Number(process.hrtime.bigint() - t) / 1e6);
    t = process.hrtime.bigint();
    engine.check(JSON.parse(text), 'bench');
    endToEnd.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return {
    size,
    bytes: text.length,
    parseMs: median(parse),
    engineMs: median(check),
    endToEndMs: median(endToEnd),
    findings,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

/** Runs inside the child process: place every finding of one size on its line of the indented text, and render SARIF. */
function measurePositions(size: number): PositionsMeasurement {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { generateConfiguration } = require('./generate') as typeof import('./generate');
  const { ComplianceEngine } = require('../lib/compliance/engine') as typeof import('../lib/compliance/engine');
  const { Pack } = require('../lib/compliance/packs') as typeof import('../lib/compliance/packs');
  const { locateFindings, SourcePositions } = require('../lib/compliance/input/positions') as typeof import('../lib/compliance/input/positions');
  const { renderSarif } = require('../lib/compliance/report/sarif') as typeof import('../lib/compliance/report/sarif');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const pretty = JSON.stringify(generateConfiguration(size), null, 2);
  const engine = new ComplianceEngine({ packs: Pack.builtIn(), asOf: '2026-11-28', clusterLocation: 'DE' });
  const parsed = JSON.parse(pretty);
  const report = engine.check(parsed, 'bench');
  const run = () => {
    const positions = new SourcePositions([{ file: 'cdk.tf.json', text: pretty, syntax: 'json' }]);
    return locateFindings(report, () => ({ positions, configuration: parsed }));
  };
  run(); // warm-up
  const parse: number[] = [];
  const locate: number[] = [];
  const sarif: number[] = [];
  let located = 0;
  for (let i = 0; i < RUNS; i++) {
    let t = process.hrtime.bigint();
    JSON.parse(pretty);
    parse.push(Number(process.hrtime.bigint() - t) / 1e6);
    t = process.hrtime.bigint();
    const withLines = run();
    locate.push(Number(process.hrtime.bigint() - t) / 1e6);
    located = withLines.findings.filter((f) => f.source).length;
    t = process.hrtime.bigint();
    renderSarif(withLines, { sourceRoot: process.cwd() });
    sarif.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { size, prettyBytes: pretty.length, prettyParseMs: median(parse), locateMs: median(locate), sarifMs: median(sarif), located, findings: report.findings.length };
}

/** Runs inside the child process: time app.synth() of an app of `size` resources, with or without checks. */
function measureSynth(size: number, withChecks: boolean): { synthMs: number; peakRssMb: number } {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { buildApp } = require('./synth-app') as typeof import('./synth-app');
  const { SovereigntyChecks } = require('../lib/compliance/synth') as typeof import('../lib/compliance/synth');
  const { Pack } = require('../lib/compliance/packs') as typeof import('../lib/compliance/packs');
  /* eslint-enable @typescript-eslint/no-require-imports */
  buildApp(200).app.synth(); // warm-up: module loading and JIT outside the timed run
  const { app } = buildApp(size);
  if (withChecks) SovereigntyChecks.apply(app, { packs: Pack.builtIn() });
  const t = process.hrtime.bigint();
  try {
    app.synth();
  } catch {
    // error findings fail synth by design; the time until then is what we measure
  }
  return { synthMs: Number(process.hrtime.bigint() - t) / 1e6, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

let built: string | undefined;

/**
 * Run a measurement in a fresh process on plain JavaScript (lib/ and bench/ transpiled
 * once), as the installed CLI and a compiled cdktf app run — not under ts-node, whose
 * compiler and source-map hooks would be measured too.
 */
function child(args: string[]): string {
  /* eslint-disable-next-line @typescript-eslint/no-require-imports */
  built ??= removeOnExit((require('../scripts/transpile') as typeof import('../scripts/transpile')).transpileTree(['lib', 'bench', 'scripts'], 'cdktf-sovereign-bench-'));
  return execFileSync(process.execPath, [path.join(built, 'bench', 'check.js'), ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

function main(): void {
  if (process.argv[2] === '--child') {
    process.stdout.write(JSON.stringify(measure(Number(process.argv[3]))));
    return;
  }
  if (process.argv[2] === '--positions-child') {
    process.stdout.write(JSON.stringify(measurePositions(Number(process.argv[3]))));
    return;
  }
  if (process.argv[2] === '--synth-child') {
    process.stdout.write(JSON.stringify(measureSynth(Number(process.argv[3]), process.argv[4] === 'checks')));
    return;
  }
  const results: Measurement[] = [];
  for (const size of SIZES) {
    results.push(JSON.parse(child(['--child', String(size)])) as Measurement);
  }
  console.log(`Compliance engine benchmark — all built-in packs, median of ${RUNS} runs per size, fresh process per size, Node ${process.version}`);
  console.log('');
  console.log('resources |   JSON MB | JSON.parse ms | engine ms | engine/parse | parse+engine ms | (parse+engine)/parse | findings | peak RSS MB');
  console.log('----------|-----------|---------------|-----------|--------------|-----------------|----------------------|----------|------------');
  for (const r of results) {
    console.log([
      String(r.size).padStart(9),
      (r.bytes / 1e6).toFixed(1).padStart(9),
      r.parseMs.toFixed(1).padStart(13),
      r.engineMs.toFixed(1).padStart(9),
      `${(r.engineMs / r.parseMs).toFixed(2)}x`.padStart(12),
      r.endToEndMs.toFixed(1).padStart(15),
      `${(r.endToEndMs / r.parseMs).toFixed(2)}x`.padStart(20),
      String(r.findings).padStart(8),
      r.peakRssMb.toFixed(0).padStart(11),
    ].join(' | '));
  }
  console.log('');
  for (let k = 1; k < results.length; k++) {
    const a = results[k - 1];
    const b = results[k];
    console.log(`${b.size / a.size}x resources (${a.size} → ${b.size}): engine time ${(b.engineMs / a.engineMs).toFixed(2)}x (target ≤ 12x)`);
  }
  const largest = results[results.length - 1];
  console.log(`engine at ${largest.size} resources: ${(largest.engineMs / largest.parseMs).toFixed(2)}x JSON.parse (target ≤ 3x)`);

  console.log('');
  console.log('Source positions: every finding on its line of the 2-space indented file (as cdktf writes cdk.tf.json)');
  console.log('resources | indented MB | JSON.parse ms | locate ms | locate/parse | located/findings | SARIF ms');
  console.log('----------|-------------|---------------|-----------|--------------|------------------|---------');
  const placed = SIZES.map((size) => JSON.parse(child(['--positions-child', String(size)])) as PositionsMeasurement);
  for (const r of placed) {
    console.log([
      String(r.size).padStart(9),
      (r.prettyBytes / 1e6).toFixed(1).padStart(11),
      r.prettyParseMs.toFixed(1).padStart(13),
      r.locateMs.toFixed(1).padStart(9),
      `${(r.locateMs / r.prettyParseMs).toFixed(2)}x`.padStart(12),
      `${r.located}/${r.findings}`.padStart(16),
      r.sarifMs.toFixed(1).padStart(8),
    ].join(' | '));
  }
  for (let k = 1; k < placed.length; k++) {
    const a = placed[k - 1];
    const b = placed[k];
    console.log(`${b.size / a.size}x resources (${a.size} → ${b.size}): locate time ${(b.locateMs / a.locateMs).toFixed(2)}x`);
  }

  // Synth overhead: alternate plain and checked synth runs in fresh processes, compare medians.
  const synthSize = Number(process.env.BENCH_SYNTH_RESOURCES ?? 10000);
  const synthRuns = Number(process.env.BENCH_SYNTH_RUNS ?? 3);
  const plain: number[] = [];
  const checked: number[] = [];
  for (let run = 0; run < synthRuns; run++) {
    plain.push((JSON.parse(child(['--synth-child', String(synthSize), 'plain'])) as { synthMs: number }).synthMs);
    checked.push((JSON.parse(child(['--synth-child', String(synthSize), 'checks'])) as { synthMs: number }).synthMs);
  }
  const p = median(plain);
  const c = median(checked);
  console.log('');
  console.log(`app.synth() of a ${synthSize}-resource cdktf app, median of ${synthRuns} fresh processes each:`);
  console.log(`  without checks ${p.toFixed(0)} ms, with SovereigntyChecks (all packs, 4 reports) ${c.toFixed(0)} ms: ${((c / p - 1) * 100).toFixed(1)}% added (target ≤ 10%)`);
}

main();
