import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { SovereigntyChecks } from '../../lib/compliance/synth';
import { Pack } from '../../lib/compliance/packs';
import { RuleId } from '../../lib/compliance/rules/ids';
import { SovereigntyPolicy } from '../../lib';

function tempOutdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'sov-synth-'));
}

/** A stack with a Kubernetes namespace; located only if the policy declares the cluster location. */
function namespaceStack(app: App, id: string, policy?: SovereigntyPolicy): { stack: TerraformStack; ns: NamespaceV1 } {
  const stack = new TerraformStack(app, id);
  policy?.applyTo(stack);
  new KubernetesProvider(stack, 'k8s', { configPath: '~/.kube/config' });
  const ns = new NamespaceV1(stack, 'ns', { metadata: { name: 'team-a' } });
  return { stack, ns };
}

const REPORTS = ['sovereignty-report.json', 'sovereignty-report.md', 'sovereignty-report.sarif', 'sovereignty-report.junit.xml'];

describe('SovereigntyChecks at synth', () => {
  test('error findings fail synth with one line per finding, and no cdk.tf.json is written', () => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    namespaceStack(app, 'unlocated');
    SovereigntyChecks.apply(app, { packs: [Pack.GDPR] });
    expect(() => app.synth()).toThrow(/\[unlocated\/ns\] \[SOV-LOCATION-UNKNOWN\] kubernetes_namespace_v1\.ns: Its location is unknown: .* Fix: .*\(.*GDPR Art\. 30/);
    const dir = path.join(outdir, 'stacks', 'unlocated');
    expect(fs.existsSync(path.join(dir, 'cdk.tf.json'))).toBe(false);
    for (const file of REPORTS) expect(fs.existsSync(path.join(dir, file))).toBe(true);
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'sovereignty-report.json'), 'utf8'));
    expect(json.summary.errors).toBeGreaterThan(0);
    expect(json.findings[0]).toEqual(expect.objectContaining({
      ruleId: RuleId.LOCATION_UNKNOWN,
      address: 'kubernetes_namespace_v1.ns',
      constructPath: 'unlocated/ns',
      resourceType: 'kubernetes_namespace_v1',
      suppressed: false,
    }));
  });

  test('a compliant stack synthesizes, with the reports next to cdk.tf.json', () => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    const { stack } = namespaceStack(app, 'located', new SovereigntyPolicy({ clusterLocation: 'DE' }));
    SovereigntyChecks.apply(app, { packs: [Pack.custom('loc', 'location only', Pack.GDPR.rules.filter((r) => r.ruleId.startsWith('SOV-LOCATION')))] });
    app.synth();
    const dir = path.join(outdir, 'stacks', 'located');
    expect(fs.existsSync(path.join(dir, 'cdk.tf.json'))).toBe(true);
    for (const file of REPORTS) expect(fs.existsSync(path.join(dir, file))).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const report = SovereigntyChecks.reportOf(stack)!;
    expect(report.summary.errors).toBe(0);
    expect(report.summary.resources).toBe(1);
  });

  test('warnings become annotations in the manifest', () => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    namespaceStack(app, 'warned');
    SovereigntyChecks.apply(app, { packs: [Pack.GAIAX_SC] });
    app.synth();
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
    const annotations = manifest.stacks.warned.annotations as Array<{ constructPath: string; level: string; message: string }>;
    expect(annotations).toEqual(expect.arrayContaining([
      expect.objectContaining({ constructPath: 'warned/ns', level: '@cdktf/warn', message: expect.stringMatching(/^\[SOV-LOCATION-UNKNOWN\]/) }),
    ]));
  });

  test('a construct-level suppression with a reason suppresses what the construct creates', () => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    const { stack, ns } = namespaceStack(app, 'suppressed');
    SovereigntyChecks.suppress(ns, RuleId.LOCATION_UNKNOWN, 'Cluster location is declared in the platform inventory');
    SovereigntyChecks.apply(app, { packs: [Pack.custom('loc', 'location only', Pack.GDPR.rules.filter((r) => r.ruleId.startsWith('SOV-LOCATION')))] });
    app.synth();
    const finding = SovereigntyChecks.reportOf(stack)!.findings.find((f) => f.ruleId === RuleId.LOCATION_UNKNOWN)!;
    expect(finding.suppressed).toBe(true);
    expect(finding.suppressionReason).toBe('Cluster location is declared in the platform inventory');
    const md = fs.readFileSync(path.join(outdir, 'stacks', 'suppressed', 'sovereignty-report.md'), 'utf8');
    expect(md).toContain('Cluster location is declared in the platform inventory');
  });

  test('the engine sees escape-hatch overrides in the final JSON', () => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    const { stack, ns } = namespaceStack(app, 'override', new SovereigntyPolicy({ clusterLocation: 'DE' }));
    ns.addOverride('metadata.labels', { 'cdktf-sovereign.org/data-classification': 'personal' });
    SovereigntyChecks.apply(app, { packs: [Pack.custom('loc', 'location only', Pack.GDPR.rules.filter((r) => r.ruleId.startsWith('SOV-LOCATION')))] });
    app.synth();
    const written = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'override', 'cdk.tf.json'), 'utf8'));
    expect(written.resource.kubernetes_namespace_v1.ns.metadata.labels['cdktf-sovereign.org/data-classification']).toBe('personal');
    expect(SovereigntyChecks.reportOf(stack)!.summary.resources).toBe(1);
  });

  test('checking resolves the stack once: the synthesizer reuses the checked JSON', () => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    namespaceStack(app, 'once', new SovereigntyPolicy({ clusterLocation: 'DE' }));
    SovereigntyChecks.apply(app, { packs: [Pack.custom('loc', 'location only', Pack.GDPR.rules.filter((r) => r.ruleId.startsWith('SOV-LOCATION')))] });
    const spy = jest.spyOn(TerraformStack.prototype, 'toTerraform');
    try {
      app.synth();
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });

  test('misuse fails at the call: unknown rule in a suppression, short reason', () => {
    const app = new App({ outdir: tempOutdir() });
    expect(() => SovereigntyChecks.apply(app, { suppressions: [{ ruleId: 'SOV-NOPE', reason: 'long enough reason' }] }))
      .toThrow(/rule ID: got "SOV-NOPE"/);
    const { ns } = namespaceStack(app, 's');
    expect(() => SovereigntyChecks.suppress(ns, RuleId.LOCATION, 'short')).toThrow(/reason: got "short". Allowed: a reason of at least 10 characters/);
  });
});
