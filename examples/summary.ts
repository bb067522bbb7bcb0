import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { SovereigntyChecks } from '../lib';

/**
 * One screen after `npm run synth`: each stack, its resources and findings by level, and
 * where the reports are.
 */
export function printSummary(app: App, outdir: string): void {
  const stacks = app.node.findAll().filter((c): c is TerraformStack => TerraformStack.isStack(c));
  const rows = stacks.map((stack) => {
    const report = SovereigntyChecks.reportOf(stack);
    const s = report?.summary;
    return {
      stack: stack.node.id,
      packs: report?.context.packs.join(',') ?? '(not checked)',
      resources: s ? String(s.resources) : '-',
      errors: s ? String(s.errors) : '-',
      warnings: s ? String(s.warnings) : '-',
      suppressed: s ? String(s.suppressed) : '-',
      notEvaluated: s ? String(s.notEvaluated) : '-',
    };
  });
  const headers = { stack: 'stack', packs: 'packs', resources: 'resources', errors: 'errors', warnings: 'warnings', suppressed: 'suppressed', notEvaluated: 'not evaluated' };
  const keys = Object.keys(headers) as Array<keyof typeof headers>;
  const width = Object.fromEntries(keys.map((k) => [k, Math.max(headers[k].length, ...rows.map((r) => r[k].length))])) as Record<keyof typeof headers, number>;
  const line = (r: Record<keyof typeof headers, string>) => keys.map((k) => r[k].padEnd(width[k])).join('  ');
  const out = [
    '',
    'cdktf-sovereign examples synthesized',
    '',
    line(headers),
    line(Object.fromEntries(keys.map((k) => [k, '-'.repeat(width[k])])) as Record<keyof typeof headers, string>),
    ...rows.map(line),
    '',
    `Terraform:  ${path.join(outdir, 'stacks', '<stack>', 'cdk.tf.json')}`,
    `Reports:    ${path.join(outdir, 'stacks', '<stack>', 'sovereignty-report.{json,md,sarif,junit.xml}')}`,
    '',
  ];
  console.log(out.join('\n'));
}
