/* The example at the top of docs/otc.md runs as written and synthesizes a clean stack. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as cdktf from 'cdktf';
import * as ts from 'typescript';
import { Pack } from '../../../lib/compliance/packs';
import { SovereigntyChecks } from '../../../lib/compliance/synth';
import { OtcSovereignFoundation } from '../../../lib/providers/otc/foundation';

const DOC = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'docs', 'otc.md'), 'utf8');

test('the docs/otc.md example synthesizes without findings', () => {
  const code = /```ts\n([\s\S]*?)```/.exec(DOC)![1];
  expect(code.trim().split('\n')).toHaveLength(13);
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-sovereign-otc-docs-'));
  try {
    const modules: Record<string, unknown> = {
      'cdktf': { ...cdktf, App: class extends cdktf.App { constructor() { super({ outdir }); } } },
      'cdktf-sovereign': { OtcSovereignFoundation, Pack, SovereigntyChecks },
    };
    const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
    new Function('require', 'exports', js)((name: string) => modules[name], {});
    const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'foundation', 'cdk.tf.json'), 'utf8'));
    expect(Object.values(json.resource as Record<string, object>).reduce((n, byName) => n + Object.keys(byName).length, 0)).toBe(14);
    expect(json.provider.kubernetes).toHaveLength(1);
    expect(json.provider.opentelekomcloud[0].region).toBe('eu-de');
    const report = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'foundation', 'sovereignty-report.json'), 'utf8'));
    expect(report.summary.errors + report.summary.warnings).toBe(0);
    expect(report.summary.resources).toBe(14);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
});

test('docs/otc.md says terraform validate cannot run and what stands in for it', () => {
  expect(DOC).toContain('There is no opentelekomcloud provider binary in this environment, so `terraform validate`');
  expect(DOC).toContain('test/providers/otc/provider-docs.test.ts');
});
