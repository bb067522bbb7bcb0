/* The example at the top of docs/storage.md runs as written and synthesizes a clean stack. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as cdktf from 'cdktf';
import * as ts from 'typescript';
import { Pack } from '../../lib/compliance/packs';
import { SovereigntyChecks } from '../../lib/compliance/synth';
import { Retention } from '../../lib/core/retention';
import { EuBucket } from '../../lib/storage/eu-bucket';
import { EuStateBackend } from '../../lib/storage/state-backend';

const DOC = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'storage.md'), 'utf8');

test('the docs/storage.md example is 15 lines and synthesizes without findings', () => {
  const code = /```ts\n([\s\S]*?)```/.exec(DOC)![1];
  expect(code.trim().split('\n')).toHaveLength(15);
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-sovereign-docs-'));
  try {
    const modules: Record<string, unknown> = {
      'cdktf': { ...cdktf, App: class extends cdktf.App { constructor() { super({ outdir }); } } },
      'cdktf-sovereign': { EuBucket, EuStateBackend, Pack, Retention, SovereigntyChecks },
    };
    const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
    new Function('require', 'exports', js)((name: string) => modules[name], {});
    const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'customers', 'cdk.tf.json'), 'utf8'));
    expect(json.terraform.backend.s3.endpoints).toEqual({ s3: 'https://s3.gra.io.cloud.ovh.net' });
    expect(json.terraform.backend.s3.use_lockfile).toBe(true);
    expect(json.provider.aws[0].endpoints).toEqual([{ s3: 'https://s3.fr-par.scw.cloud' }]);
    const report = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'customers', 'sovereignty-report.json'), 'utf8'));
    expect(report.summary.errors + report.summary.warnings).toBe(0);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
});
