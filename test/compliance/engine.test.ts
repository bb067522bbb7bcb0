import { ComplianceEngine } from '../../lib/compliance/engine';
import { ResourceView } from '../../lib/compliance/model/view';
import { Pack } from '../../lib/compliance/packs';
import { SuppressionNoteKind } from '../../lib/compliance/report/model';
import { IRule } from '../../lib/compliance/rule';
import { RuleId } from '../../lib/compliance/rules/ids';
import { Suppression } from '../../lib/compliance/suppressions';
import { FindingLevel, RuleViolation } from '../../lib/compliance/types';
import { SovereigntyPolicy } from '../../lib';
import { run, s3Provider, tf } from './helpers';

const usBucket = tf({
  provider: { aws: { region: 'us-east-1' } },
  resource: {
    aws_s3_bucket: { logs: { bucket: 'logs' }, data: { bucket: 'data' } },
    random_id: { r: { byte_length: 4 } },
    cloudflare_record: { dns: { name: 'www', zone_id: 'z', type: 'A', content: '1.2.3.4' } },
  },
});

describe('packs and levels', () => {
  test('the GDPR pack is the default and makes a US location an error', () => {
    const report = new ComplianceEngine({ asOf: '2026-11-28' }).check(usBucket, 'stack');
    expect(report.context.packs).toEqual(['gdpr']);
    const location = report.findings.filter((f) => f.ruleId === RuleId.LOCATION);
    expect(location.map((f) => [f.address, f.level])).toEqual([
      ['aws_s3_bucket.data', FindingLevel.ERROR],
      ['aws_s3_bucket.logs', FindingLevel.ERROR],
    ]);
    const control = report.findings.find((f) => f.ruleId === RuleId.PROVIDER_CONTROL);
    expect(control?.level).toBe(FindingLevel.WARNING);
    expect(control?.address).toBe('provider.aws');
    expect(report.hasErrors).toBe(true);
  });

  test('provider control is an error only at Gaia-X Label Level 3, and the higher level wins', () => {
    const l2 = run(usBucket, undefined, { packs: [Pack.GAIAX_L2] });
    expect(l2.findings.find((f) => f.ruleId === RuleId.PROVIDER_CONTROL)?.level).toBe(FindingLevel.WARNING);
    const both = run(usBucket, undefined, { packs: [Pack.GAIAX_L2, Pack.GAIAX_L3] });
    expect(both.findings.find((f) => f.ruleId === RuleId.PROVIDER_CONTROL)?.level).toBe(FindingLevel.ERROR);
    const sc = run(usBucket, undefined, { packs: [Pack.GAIAX_SC] });
    expect(sc.findings.some((f) => f.ruleId === RuleId.PROVIDER_CONTROL)).toBe(false);
    expect(sc.findings.find((f) => f.ruleId === RuleId.LOCATION)?.level).toBe(FindingLevel.WARNING);
  });

  test('a policy that requires EU-controlled providers makes provider control an error in any pack', () => {
    const policy = new SovereigntyPolicy({ requireEuControlledProviders: true });
    const report = run(usBucket, undefined, { packs: [Pack.GAIAX_SC], policy });
    expect(report.findings.find((f) => f.ruleId === RuleId.PROVIDER_CONTROL)?.level).toBe(FindingLevel.ERROR);
  });

  test('every built-in pack selects only known rules', () => {
    const ids = new Set(ComplianceEngine.builtInRules().map((r) => r.metadata.id));
    for (const pack of Pack.builtIn()) {
      for (const r of pack.rules) expect(ids.has(r.ruleId)).toBe(true);
    }
    expect(Pack.builtIn().map((p) => p.id)).toEqual(['gdpr', 'gaiax-sc', 'gaiax-l1', 'gaiax-l2', 'gaiax-l3', 'bsi-c5']);
  });

  test('unknown packs and rule IDs are errors with the allowed values', () => {
    expect(() => Pack.byId('gdrp')).toThrow(/Rule pack: got "gdrp". Allowed: gdpr, gaiax-sc.*Did you mean "gdpr"/);
    expect(() => new ComplianceEngine({ packs: [Pack.custom('mine', 'x', [{ ruleId: 'SOV-LOCATON', level: FindingLevel.ERROR }])] }))
      .toThrow(/Rule in pack "mine": got "SOV-LOCATON".*Did you mean "SOV-LOCATION"/);
    expect(() => Pack.custom('Bad Id', 'x', [])).toThrow(/Pack id: got "Bad Id"/);
    expect(() => Pack.custom('empty', 'x', [])).toThrow(/Pack "empty": got \[\]. Allowed: at least one rule/);
  });
});

describe('coverage', () => {
  test('resources no rule evaluates are counted as not evaluated, by type', () => {
    const report = run(usBucket);
    expect(report.summary.resources).toBe(4);
    expect(report.notEvaluatedTypes).toEqual([
      { resourceType: 'cloudflare_record', count: 1 },
      { resourceType: 'random_id', count: 1 },
    ]);
    expect(report.summary.notEvaluated).toBe(2);
  });

  test('references and unresolved values never crash the engine', () => {
    const config = tf({
      provider: { aws: { region: '${var.region}', endpoints: [{ s3: '${var.endpoint}' }] } },
      resource: {
        aws_s3_bucket: { b: { bucket: '${var.name}', tags: '${local.tags}' } },
        kubernetes_namespace_v1: { n: { metadata: '${local.meta}' } },
        hcloud_server: { s: { name: 'x', location: ['${var.a}', 3, null] } },
      },
    });
    const report = run(config, undefined, { packs: Pack.builtIn() });
    expect(report.summary.resources).toBe(3);
    expect(report.findings.filter((f) => f.ruleId === RuleId.LOCATION_UNKNOWN).map((f) => f.address).sort())
      .toEqual(['aws_s3_bucket.b', 'hcloud_server.s', 'provider.kubernetes']);
  });

  test('a configuration that is not an object is rejected', () => {
    expect(() => new ComplianceEngine().check([] as unknown, 'x')).toThrow(/Configuration "x": got "object". Allowed: a Terraform JSON object/);
  });
});

describe('suppressions', () => {
  const locationOnly = (suppressions: Suppression[], policy?: SovereigntyPolicy) =>
    run(usBucket, RuleId.LOCATION, { suppressions, policy });

  test('by address glob, with the reason kept in the report', () => {
    const report = locationOnly([{ ruleId: RuleId.LOCATION, address: 'aws_s3_bucket.log*', reason: 'Legacy US archive, migration ticket OPS-42' }]);
    const logs = report.findings.find((f) => f.address === 'aws_s3_bucket.logs')!;
    expect(logs.suppressed).toBe(true);
    expect(logs.suppressionReason).toBe('Legacy US archive, migration ticket OPS-42');
    expect(report.findings.find((f) => f.address === 'aws_s3_bucket.data')!.suppressed).toBe(false);
    expect(report.summary).toEqual(expect.objectContaining({ errors: 1, suppressed: 1 }));
  });

  test('an expired suppression no longer suppresses and says so', () => {
    const report = locationOnly([{ ruleId: RuleId.LOCATION, reason: 'Temporary until the move to fr-par', expires: '2026-01-31' }]);
    expect(report.summary.suppressed).toBe(0);
    expect(report.findings[0].suppressionNote).toMatch(/suppression expired on 2026-01-31/);
    expect(report.suppressionNotes.map((n) => n.kind)).toEqual([SuppressionNoteKind.EXPIRED]);
  });

  test('a suppression that matches nothing is reported', () => {
    const report = locationOnly([{ ruleId: RuleId.LOCATION, address: 'aws_s3_bucket.gone', reason: 'Bucket was deleted last year' }]);
    expect(report.suppressionNotes).toEqual([expect.objectContaining({ kind: SuppressionNoteKind.UNUSED, ruleId: RuleId.LOCATION })]);
  });

  test('the policy can make a rule unsuppressible', () => {
    const policy = new SovereigntyPolicy({ unsuppressibleRules: [RuleId.LOCATION] });
    const report = locationOnly([{ ruleId: RuleId.LOCATION, reason: 'We would like to keep this in the US' }], policy);
    expect(report.summary.suppressed).toBe(0);
    expect(report.findings[0].suppressionNote).toMatch(/suppression refused: the policy marks SOV-LOCATION unsuppressible/);
    expect(report.suppressionNotes.some((n) => n.kind === SuppressionNoteKind.REFUSED)).toBe(true);
  });

  test('invalid suppressions are errors: unknown rule, short reason, bad date', () => {
    expect(() => locationOnly([{ ruleId: 'SOV-LOCATOIN', reason: 'long enough reason' }])).toThrow(/rule ID: got "SOV-LOCATOIN".*Did you mean "SOV-LOCATION"/);
    expect(() => locationOnly([{ ruleId: RuleId.LOCATION, reason: 'because' }])).toThrow(/reason: got "because". Allowed: a reason of at least 10 characters/);
    expect(() => locationOnly([{ ruleId: RuleId.LOCATION, reason: 'long enough reason', expires: '31.12.2026' }])).toThrow(/expires: got "31.12.2026". Allowed: a date as YYYY-MM-DD/);
    expect(() => new ComplianceEngine({ policy: new SovereigntyPolicy({ unsuppressibleRules: ['NOPE'] }) })).toThrow(/unsuppressibleRules: rule ID: got "NOPE"/);
  });
});

describe('custom rules through the behavioural interface', () => {
  class TagOwnerRule implements IRule {
    public readonly metadata = {
      id: 'ACME-OWNER',
      title: 'Buckets have an owner tag',
      defaultLevel: FindingLevel.WARNING,
      references: [],
      rationale: 'Every store needs an accountable owner.',
      remediation: 'Add an owner tag.',
      resourceTypes: ['aws_s3_bucket'],
    };
    public appliesTo(): boolean {
      return true;
    }
    public evaluate(resource: ResourceView): RuleViolation[] {
      return resource.labels.owner ? [] : [{ message: `${resource.address} has no owner tag`, attribute: 'tags' }];
    }
  }

  test('a custom rule in a custom pack runs beside the built-in ones', () => {
    const engine = new ComplianceEngine({
      rules: [new TagOwnerRule()],
      packs: [Pack.GDPR, Pack.custom('acme', 'ACME baseline', [{ ruleId: 'ACME-OWNER', level: FindingLevel.WARNING }])],
      asOf: '2026-11-28',
    });
    const config = tf({
      provider: { aws: s3Provider('https://s3.fr-par.scw.cloud', 'fr-par') },
      resource: { aws_s3_bucket: { a: { bucket: 'a', tags: { owner: 'team-a' } }, b: { bucket: 'b' } } },
    });
    const custom = engine.check(config, 's').findings.filter((f) => f.ruleId === 'ACME-OWNER');
    expect(custom.map((f) => [f.address, f.level, f.attribute])).toEqual([['aws_s3_bucket.b', FindingLevel.WARNING, 'tags']]);
  });

  test('a custom rule without an ID, or with a built-in ID, is rejected', () => {
    const withId = (id: string): IRule => {
      const rule = new TagOwnerRule();
      return { metadata: { ...rule.metadata, id }, appliesTo: () => rule.appliesTo(), evaluate: (r) => rule.evaluate(r) };
    };
    const noId = withId('');
    expect(() => new ComplianceEngine({ rules: [noId] })).toThrow(/has no metadata.id/);
    const clash = withId(RuleId.LOCATION);
    expect(() => new ComplianceEngine({ rules: [clash] })).toThrow(/Rule ID "SOV-LOCATION" is defined twice/);
  });
});
