import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { SovereigntyChecks } from '../lib';

interface Annotation {
  readonly constructPath: string;
  readonly level: string;
  readonly message: string;
}

const LEVELS: Record<string, string> = { '@cdktf/info': 'INFO', '@cdktf/warn': 'WARN', '@cdktf/error': 'ERROR' };

/**
 * Print every stack's annotations from `manifest.json` as `cdktf synth` does
 * (`WARN [construct path]: message`); returns the number of errors.
 */
export function printAnnotations(outdir: string): number {
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8')) as { stacks: Record<string, { annotations?: Annotation[] }> };
  let errors = 0;
  for (const stack of Object.values(manifest.stacks)) {
    for (const a of stack.annotations ?? []) {
      const level = LEVELS[a.level] ?? a.level;
      if (level === 'ERROR') errors++;
      (level === 'INFO' ? console.log : console.error)(`${level} [${a.constructPath}]: ${a.message}`);
    }
  }
  return errors;
}

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
    `Policy:     ${path.join(outdir, 'stacks', '<stack>', 'sovereignty-policy.json')} (what the stack was checked with; \`cdktf-sovereign check ${outdir}\` reads it)`,
    '',
  ];
  console.log(out.join('\n'));
}
