/* The example at the top of docs/audit.md runs as written, through the real synth-time checks. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as cdktf from 'cdktf';
import * as k8s from '@cdktf/provider-kubernetes/lib/provider';
import * as ts from 'typescript';
import { AuditLogPipeline } from '../../lib/audit/pipeline/pipeline';
import { AuditLogStore } from '../../lib/audit/store';
import { Pack } from '../../lib/compliance/packs';
import { SovereigntyChecks } from '../../lib/compliance/synth';
import { SovereigntyPolicy } from '../../lib/core/policy';
import { Peer } from '../../lib/kubernetes/peer';
import { parseClassic } from './fluent-bit-parser';

const DOC = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'audit.md'), 'utf8');

test('the docs/audit.md example synthesizes with no open finding; the suppressed ones are the Pod Security exception', () => {
  const code = /```ts\n([\s\S]*?)```/.exec(DOC)![1];
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-sovereign-audit-docs-'));
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    const modules: Record<string, unknown> = {
      'cdktf': { ...cdktf, App: class extends cdktf.App { constructor() { super({ outdir }); } } },
      '@cdktf/provider-kubernetes/lib/provider': k8s,
      'cdktf-sovereign': { AuditLogPipeline, AuditLogStore, Pack, Peer, SovereigntyChecks, SovereigntyPolicy },
    };
    const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
    new Function('require', 'exports', js)((name: string) => modules[name], {});
    const dir = path.join(outdir, 'stacks', 'platform');
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'sovereignty-report.json'), 'utf8'));
    expect(report.summary.errors + report.summary.warnings + report.summary.infos).toBe(0);
    const suppressedRules = report.findings.filter((f: { suppressed: boolean }) => f.suppressed).map((f: { ruleId: string }) => f.ruleId);
    expect(suppressedRules).toEqual(['SOV-POD-SECURITY', 'SOV-POD-SECURITY', 'SOV-POD-SECURITY']);
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8'));
    const config = Object.values(json.resource.kubernetes_config_map_v1 as Record<string, { data: Record<string, string> }>)[0].data['fluent-bit.conf'];
    const output = parseClassic(config).find((s) => s.name === 'OUTPUT')!;
    expect(output.entries).toContainEqual(['endpoint', 'https://s3.fr-par.scw.cloud']);
  } finally {
    warn.mockRestore();
    log.mockRestore();
    fs.rmSync(outdir, { recursive: true, force: true });
  }
});
