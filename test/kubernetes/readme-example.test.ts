import * as fs from 'fs';
import * as path from 'path';
import { Testing } from 'cdktf';
import { Pack } from '../../lib/compliance/packs';
import { SovereigntyChecks } from '../../lib/compliance/synth';
import { SovereigntyPolicy } from '../../lib/core/policy';
import { describeFindings, findings, PACKS, resources } from './helpers';
import { shopStack } from './readme-example';

const DOC = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'kubernetes.md'), 'utf8');
const EXAMPLE = fs.readFileSync(path.join(__dirname, 'readme-example.ts'), 'utf8');
const DIGEST = `sha256:${'c'.repeat(64)}`;

/** The lines between two markers (exclusive). */
function between(text: string, start: string, end: string): string[] {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.includes(start));
  const to = lines.findIndex((l, i) => i > from && l.includes(end));
  if (from < 0 || to < 0) throw new Error(`markers ${start} / ${end} not found`);
  return lines.slice(from + 1, to);
}

/** Names imported by `import { … } from '<from>'` statements whose module matches. */
function importedNames(code: string, from: RegExp): string[] {
  const names: string[] = [];
  for (const m of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
    if (from.test(m[2])) names.push(...m[1].split(',').map((s) => s.trim()).filter(Boolean));
  }
  return names.sort();
}

describe('docs/kubernetes.md example', () => {
  const block = between(DOC, 'kubernetes-example:start', 'kubernetes-example:end');
  const code = block.slice(1, -1); // without the ``` fences
  const body = code.slice(code.findIndex((l) => l.startsWith('export function')));

  test('the doc shows exactly the code of test/kubernetes/readme-example.ts', () => {
    expect(block[0]).toBe('```ts');
    expect(block[block.length - 1]).toBe('```');
    expect(body).toEqual(between(EXAMPLE, '// example:start', '// example:end'));
  });

  test('the example is about 20 lines', () => {
    expect(body.length).toBeLessThanOrEqual(22);
  });

  test('the doc imports from cdktf-sovereign exactly what the example imports from lib/', () => {
    expect(importedNames(code.join('\n'), /^cdktf-sovereign$/)).toEqual(importedNames(EXAMPLE, /^\.\.\/\.\.\/lib\//));
    expect(importedNames(code.join('\n'), /^cdktf$/)).toEqual(importedNames(EXAMPLE, /^cdktf$/));
  });

  test('it synthesizes: the resources of a namespace, two workloads, an encrypted volume, an ingress and the allow rules', () => {
    const app = Testing.app();
    const stack = shopStack(app, DIGEST);
    const json = JSON.parse(Testing.synth(stack));
    const count = (type: string) => resources(json, type).length;
    expect(count('kubernetes_namespace_v1')).toBe(1);
    expect(count('kubernetes_deployment_v1')).toBe(2);
    expect(count('kubernetes_service_v1')).toBe(2);
    expect(count('kubernetes_storage_class_v1')).toBe(1);
    expect(count('kubernetes_secret_v1')).toBe(1);
    expect(count('kubernetes_persistent_volume_claim_v1')).toBe(1);
    expect(count('kubernetes_ingress_v1')).toBe(1);
    expect(resources(json, 'kubernetes_network_policy_v1').map((p) => p.metadata.name).sort())
      .toEqual(['allow-cluster-dns', 'db-allow-ingress', 'default-deny', 'web-allow-egress', 'web-allow-ingress']);
  });

  test('it passes gdpr, gaiax-l3 and bsi-c5 with zero findings, also through SovereigntyChecks at synth', () => {
    const app = Testing.app();
    const stack = shopStack(app, DIGEST);
    expect(describeFindings(findings(JSON.parse(Testing.synth(stack)), SovereigntyPolicy.of(stack)))).toEqual([]);

    const app2 = Testing.app();
    const stack2 = shopStack(app2, DIGEST);
    SovereigntyChecks.apply(app2, { packs: [...PACKS, Pack.GAIAX_L2] });
    app2.synth();
    const report = SovereigntyChecks.reportOf(stack2)!;
    expect(report.summary.errors).toBe(0);
    expect(report.summary.warnings).toBe(0);
    expect(report.summary.resources).toBeGreaterThan(15);
  });
});
