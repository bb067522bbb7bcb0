/** The two HTML reports the HTML tests look at: an example stack at synth, and the non-compliant HCL fixture through the CLI. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { ComplianceReport, ReportFormat, SovereigntyChecks } from '../../../lib';
import { main } from '../../../lib/cli/main';
import { HEALTH_RECORDS_PACKS, OtcHealthRecordsStack } from '../../../examples/otc-health-records/stack';

export const FIXTURE = path.resolve(__dirname, '..', '..', 'fixtures', 'hcl', 'non-compliant', 'main.tf');

export interface Page {
  readonly file: string;
  readonly html: string;
  readonly report?: ComplianceReport;
}

/** otc-health-records synthesized with ReportFormat.HTML. */
export function examplePage(): Page {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sov-html-example-'));
  const app = new App({ outdir });
  const stack = new OtcHealthRecordsStack(app, 'otc-health-records', { complianceChecks: false });
  SovereigntyChecks.apply(stack, { packs: HEALTH_RECORDS_PACKS, reportFormats: [ReportFormat.HTML] });
  app.synth();
  const file = path.join(outdir, 'stacks', 'otc-health-records', 'sovereignty-report.html');
  return { file, html: fs.readFileSync(file, 'utf8'), report: SovereigntyChecks.reportOf(stack) };
}

/** `cdktf-sovereign check <fixture> --format html,json --out <dir>`; returns the page and the JSON report. */
export async function fixturePage(): Promise<Page & { json: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sov-html-fixture-'));
  const io = { stdout: () => undefined, stderr: () => undefined };
  const code = await main(['check', FIXTURE, '--format', 'html,json', '--out', out], io);
  if (code !== 1) throw new Error(`expected exit code 1 (error findings), got ${code}`);
  const file = path.join(out, 'sovereignty-report.html');
  return { file, html: fs.readFileSync(file, 'utf8'), json: JSON.parse(fs.readFileSync(path.join(out, 'sovereignty-report.json'), 'utf8')) };
}
