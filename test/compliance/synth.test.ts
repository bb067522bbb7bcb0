import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { SovereigntyChecks } from '../../lib/compliance/synth';
import { Pack } from '../../lib/compliance/packs';
import { RuleId } from '../../lib/compliance/rules/ids';
import { FindingLevel, IRule, Retention, SovereigntyPolicy } from '../../lib';
import Ajv from 'ajv';
import SCHEMA from '../../schema/sovereignty-policy.schema.json';

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

const REPORTS = ['sovereignty-report.json', 'sovereignty-report.md', 'sovereignty-report.sarif', 'sovereignty-report.junit.xml', 'sovereignty-policy.json'];
const LOCATION_ONLY = Pack.custom('loc', 'location only', Pack.GDPR.rules.filter((r) => r.ruleId.startsWith('SOV-LOCATION')));

/** A custom rule: every namespace needs an owner label. */
const OWNER_RULE: IRule = {
  metadata: {
    id: 'ACME-OWNER', title: 'Namespaces have an owner', defaultLevel: FindingLevel.WARNING, references: [],
    rationale: 'Every namespace needs an accountable owner.', remediation: 'Add an owner label.', resourceTypes: ['kubernetes_namespace_v1'],
  },
  appliesTo: () => true,
  evaluate: (r) => (r.labels.owner ? [] : [{ message: 'No owner label.', attribute: 'metadata.labels' }]),
};

describe('SovereigntyChecks at synth', () => {
  test('error findings fail synth with one line per finding, and no cdk.tf.json is written', () => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    namespaceStack(app, 'unlocated');
    SovereigntyChecks.apply(app, { packs: [Pack.GDPR] });
    // The unknown cluster is one finding at its fix site, the kubernetes provider configuration (annotated on the stack).
    expect(() => app.synth()).toThrow(/\[unlocated\] \[SOV-LOCATION-UNKNOWN\] provider\.kubernetes: The location of what this provider configuration places is unknown: .* Also affects: kubernetes_namespace_v1\.ns .* Fix: .*\(.*GDPR Art\. 30/);
    const dir = path.join(outdir, 'stacks', 'unlocated');
    expect(fs.existsSync(path.join(dir, 'cdk.tf.json'))).toBe(false);
    for (const file of REPORTS) expect(fs.existsSync(path.join(dir, file))).toBe(true);
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'sovereignty-report.json'), 'utf8'));
    expect(json.summary.errors).toBeGreaterThan(0);
    expect(json.findings[0]).toEqual(expect.objectContaining({
      ruleId: RuleId.LOCATION_UNKNOWN,
      address: 'provider.kubernetes',
      resourceType: 'provider',
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
      expect.objectContaining({ constructPath: 'warned', level: '@cdktf/warn', message: expect.stringMatching(/^\[SOV-LOCATION-UNKNOWN\] provider\.kubernetes/) }),
      expect.objectContaining({ constructPath: 'warned/ns', level: '@cdktf/warn', message: expect.stringMatching(/^\[SOV-NETWORK-ISOLATION\]/) }),
    ]));
  });

  test('a suppression with a reason at the fix site (the provider configuration) suppresses the finding', () => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    const { stack } = namespaceStack(app, 'suppressed');
    // The finding sits on the provider configuration (its fix site), whose JSON carries no construct path: suppressed by address.
    SovereigntyChecks.apply(app, {
      packs: [Pack.custom('loc', 'location only', Pack.GDPR.rules.filter((r) => r.ruleId.startsWith('SOV-LOCATION')))],
      suppressions: [{ ruleId: RuleId.LOCATION_UNKNOWN, address: 'provider.kubernetes', reason: 'Cluster location is declared in the platform inventory' }],
    });
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

describe('what synth leaves next to cdk.tf.json', () => {
  test('the stack\'s sovereignty-policy.json: the effective policy, the packs, custom rules and every suppression with its addresses', () => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    const { ns } = namespaceStack(app, 'ctx', new SovereigntyPolicy({ clusterLocation: 'DE', auditLogMinRetention: Retention.days(180), unsuppressibleRules: [RuleId.LOCATION] }));
    SovereigntyChecks.suppress(ns, 'ACME-OWNER', 'Owner is recorded in the platform inventory', { expires: '2099-12-31' });
    SovereigntyChecks.apply(app, {
      packs: [LOCATION_ONLY, Pack.custom('acme', 'ACME', [{ ruleId: 'ACME-OWNER', level: FindingLevel.ERROR }])],
      rules: [OWNER_RULE],
      suppressions: [{ ruleId: RuleId.LOCATION_UNKNOWN, address: 'kubernetes_*', reason: 'Cluster location is on record elsewhere' }],
    });
    app.synth();
    const doc = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'ctx', 'sovereignty-policy.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true }).compile(SCHEMA);
    expect(validate(doc) ? [] : validate.errors).toEqual([]);
    expect(doc.formatVersion).toBe(1);
    expect(doc.generated).toEqual(expect.objectContaining({ tool: 'cdktf-sovereign', stack: 'ctx' }));
    expect(doc.policy).toEqual({
      jurisdiction: 'EU', gaiaxLabel: 'SC', requireEuControlledProviders: false, requireCustomerManagedKeys: false,
      auditLogMinRetention: '180d', auditLogMaxRetention: '2y', defaultDataClassification: 'confidential', clusterLocation: 'DE',
      unsuppressibleRules: ['SOV-LOCATION'],
    });
    expect(doc.packs).toEqual([
      { id: 'loc', description: 'location only', rules: [{ ruleId: 'SOV-LOCATION', level: 'error' }, { ruleId: 'SOV-LOCATION-UNKNOWN', level: 'error' }] },
      { id: 'acme', description: 'ACME', rules: [{ ruleId: 'ACME-OWNER', level: 'error' }] },
    ]);
    expect(doc.customRules).toEqual([{ id: 'ACME-OWNER', title: 'Namespaces have an owner' }]);
    expect(doc.suppressions).toEqual([
      { ruleId: 'SOV-LOCATION-UNKNOWN', reason: 'Cluster location is on record elsewhere', address: 'kubernetes_*', origin: 'checks' },
      { ruleId: 'ACME-OWNER', reason: 'Owner is recorded in the platform inventory', expires: '2099-12-31', constructPath: 'ctx/ns', addresses: ['kubernetes_namespace_v1.ns'], origin: 'construct' },
    ]);
    // What the file says is what SovereigntyPolicy.fromFile reads back.
    const again = SovereigntyPolicy.fromFile(path.join(outdir, 'stacks', 'ctx', 'sovereignty-policy.json'));
    expect([again.auditLogMinRetention.toDays(), again.clusterLocation, again.unsuppressibleRules]).toEqual([180, 'DE', ['SOV-LOCATION']]);
  });

  test('reports point at the line of each resource\'s key in the written cdk.tf.json', () => {
    const outdir = tempOutdir();
    const app = new App({ outdir });
    namespaceStack(app, 'lines');
    SovereigntyChecks.apply(app, { packs: [Pack.GAIAX_SC] });
    app.synth();
    const dir = path.join(outdir, 'stacks', 'lines');
    const text = fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8');
    const keyLine = text.split('\n').findIndex((l) => /^ {6}"ns": \{$/.test(l)) + 1;
    expect(keyLine).toBeGreaterThan(1);
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'sovereignty-report.json'), 'utf8'));
    const finding = json.findings.find((f: { ruleId: string }) => f.ruleId === RuleId.NETWORK_ISOLATION);
    expect(finding.source).toEqual({ file: path.join(dir, 'cdk.tf.json'), line: keyLine, column: 7 });
    const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'sovereignty-report.sarif'), 'utf8'));
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === RuleId.NETWORK_ISOLATION);
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: keyLine, startColumn: 7 });
    expect(fs.readFileSync(path.join(dir, 'sovereignty-report.md'), 'utf8')).toContain(`cdk.tf.json:${keyLine}`);
  });

  test.each([
    ['synth stops at the error', false],
    ['synth goes on, as under `cdktf synth` (CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS)', true],
  ])('after a failed synth the stale cdk.tf.json of the stack is gone and the reports say why: %s', (_name, continueOnErrors) => {
    const outdir = tempOutdir();
    const dir = path.join(outdir, 'stacks', 'flip');
    // A first synth that passes leaves a cdk.tf.json behind.
    const first = new App({ outdir });
    namespaceStack(first, 'flip', new SovereigntyPolicy({ clusterLocation: 'DE' }));
    SovereigntyChecks.apply(first, { packs: [LOCATION_ONLY] });
    first.synth();
    expect(fs.existsSync(path.join(dir, 'cdk.tf.json'))).toBe(true);

    // The same stack without its cluster location now fails.
    const previous = process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS;
    if (continueOnErrors) process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = 'true';
    else delete process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS;
    try {
      const second = new App({ outdir });
      namespaceStack(second, 'flip');
      SovereigntyChecks.apply(second, { packs: [LOCATION_ONLY] });
      let thrown: unknown;
      try {
        second.synth();
      } catch (e) {
        thrown = e;
      }
      // Stopping at the error throws it; going on leaves it to whoever reads the manifest.
      expect(thrown === undefined ? 'no error' : String(thrown)).toMatch(continueOnErrors ? /^no error$/ : /SOV-LOCATION-UNKNOWN/);
    } finally {
      if (previous === undefined) delete process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS;
      else process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = previous;
    }
    expect(fs.existsSync(path.join(dir, 'cdk.tf.json'))).toBe(false);
    for (const file of REPORTS) expect(fs.existsSync(path.join(dir, file))).toBe(true);
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'sovereignty-report.json'), 'utf8'));
    expect(json.summary.errors).toBe(1);
    expect(json.findings[0]).toEqual(expect.objectContaining({ ruleId: RuleId.LOCATION_UNKNOWN, address: 'provider.kubernetes', suppressed: false, source: null }));
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
