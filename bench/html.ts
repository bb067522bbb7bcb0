/**
 * `npm run bench:html`: how long the HTML report (and the data inventory) take for a
 * 10,000-resource configuration, and how large the page is. In a fresh process per run (the
 * first page of a process draws the base maps); the ratio is to the compliance check of the
 * same configuration, measured in the same process.
 */
import { execFileSync } from 'child_process';

const SIZE = Number(process.env.BENCH_HTML_SIZE ?? 10_000);
const RUNS = 5;

interface Measurement {
  readonly checkMs: number;
  readonly firstHtmlMs: number;
  readonly firstHtmlCpuMs: number;
  readonly warmHtmlMs: number;
  readonly inventoryMs: number;
  readonly htmlBytes: number;
  readonly findings: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function ms(t: bigint): number {
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** In the child: check once, render the page (first of the process), render again on a fresh report. */
function measure(): Measurement {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { generateConfiguration } = require('./generate') as typeof import('./generate');
  const { ComplianceEngine } = require('../lib/compliance/engine') as typeof import('../lib/compliance/engine');
  const { Pack } = require('../lib/compliance/packs') as typeof import('../lib/compliance/packs');
  const { ReportFormat } = require('../lib/compliance/report/formats') as typeof import('../lib/compliance/report/formats');
  const { renderReport } = require('../lib/compliance/report/render') as typeof import('../lib/compliance/report/render');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const config = generateConfiguration(SIZE);
  const engine = new ComplianceEngine({ packs: Pack.builtIn(), asOf: '2026-11-28', clusterLocation: 'DE' });
  engine.check(JSON.parse(JSON.stringify(config)), 'warmup');
  let t = process.hrtime.bigint();
  const report = engine.check(JSON.parse(JSON.stringify(config)), 'bench');
  const checkMs = ms(t);
  const cpu = process.cpuUsage();
  t = process.hrtime.bigint();
  const html = renderReport(report, ReportFormat.HTML);
  const firstHtmlMs = ms(t);
  const used = process.cpuUsage(cpu);
  const again = engine.check(JSON.parse(JSON.stringify(config)), 'bench');
  t = process.hrtime.bigint();
  renderReport(again, ReportFormat.HTML);
  const warmHtmlMs = ms(t);
  const third = engine.check(JSON.parse(JSON.stringify(config)), 'bench');
  t = process.hrtime.bigint();
  renderReport(third, ReportFormat.INVENTORY);
  const inventoryMs = ms(t);
  return { checkMs, firstHtmlMs, firstHtmlCpuMs: (used.user + used.system) / 1000, warmHtmlMs, inventoryMs, htmlBytes: Buffer.byteLength(html), findings: report.findings.length };
}

function main(): void {
  if (process.argv[2] === '--child') {
    process.stdout.write(JSON.stringify(measure()));
    return;
  }
  const runs: Measurement[] = [];
  for (let i = 0; i < RUNS; i++) {
    const out = execFileSync(process.execPath, [...process.execArgv, __filename, '--child'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    runs.push(JSON.parse(out) as Measurement);
  }
  const m = (f: keyof Measurement) => median(runs.map((r) => r[f]));
  console.log(`HTML report of a ${SIZE.toLocaleString('en')}-resource configuration (${m('findings')} findings), median of ${RUNS} fresh processes:`);
  console.log(`  check                         ${m('checkMs').toFixed(0)} ms`);
  console.log(`  first HTML page of a process  ${m('firstHtmlMs').toFixed(0)} ms wall, ${m('firstHtmlCpuMs').toFixed(0)} ms CPU (draws the base maps, collects the inventory)  = ${(m('firstHtmlMs') / m('checkMs')).toFixed(2)}x the check`);
  console.log(`  next HTML page                ${m('warmHtmlMs').toFixed(0)} ms  = ${(m('warmHtmlMs') / m('checkMs')).toFixed(2)}x the check`);
  console.log(`  inventory JSON                ${m('inventoryMs').toFixed(0)} ms`);
  console.log(`  page size                     ${(m('htmlBytes') / 1024).toFixed(0)} KiB`);
}

main();
