import { Testing, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { DataClassification, GaiaxLabel, Jurisdiction, Retention, SovereigntyPolicy } from '../../lib';

describe('SovereigntyPolicy', () => {
  test('defaults: EU, Standard Compliance, one to two years of audit logs', () => {
    const policy = new SovereigntyPolicy();
    expect(policy.jurisdiction).toBe(Jurisdiction.EU);
    expect(policy.gaiaxLabel).toBe(GaiaxLabel.SC);
    expect(policy.requireEuControlledProviders).toBe(false);
    expect(policy.requireCustomerManagedKeys).toBe(false);
    expect(policy.auditLogMinRetention.toDays()).toBe(365);
    expect(policy.auditLogMaxRetention.toDays()).toBe(730);
    expect(policy.personalDataMaxRetention).toBeUndefined();
    expect(policy.defaultDataClassification).toBe(DataClassification.CONFIDENTIAL);
    expect(policy.clusterLocation).toBeUndefined();
    expect(policy.unsuppressibleRules).toEqual([]);
  });

  test('Label Level 3 requires EU-controlled providers', () => {
    expect(new SovereigntyPolicy({ gaiaxLabel: GaiaxLabel.L3 }).requireEuControlledProviders).toBe(true);
    expect(new SovereigntyPolicy({ gaiaxLabel: GaiaxLabel.L2 }).requireEuControlledProviders).toBe(false);
    expect(() => new SovereigntyPolicy({ gaiaxLabel: GaiaxLabel.L3, requireEuControlledProviders: false }))
      .toThrow(/requireEuControlledProviders: got false.*P5.1.4.*Fix:/);
  });

  test('a longer audit minimum raises the default maximum with it', () => {
    const policy = new SovereigntyPolicy({ auditLogMinRetention: Retention.years(3) });
    expect(policy.auditLogMaxRetention.toDays()).toBe(3 * 365);
  });

  test('minimum retention above maximum is an error, for audit logs and personal data', () => {
    expect(() => new SovereigntyPolicy({ auditLogMinRetention: Retention.years(2), auditLogMaxRetention: Retention.months(6) }))
      .toThrow(/retention for audit logs: got \{"auditLogMinRetention":"2 years","auditLogMaxRetention":"6 months"\}.*Fix: lower auditLogMinRetention/);
    expect(() => new SovereigntyPolicy({ personalDataMinRetention: Retention.days(90), personalDataMaxRetention: Retention.days(30) }))
      .toThrow(/retention for personal data/);
  });

  test('the cluster location must be a valid country inside the jurisdiction', () => {
    expect(new SovereigntyPolicy({ clusterLocation: 'de' }).clusterLocation).toBe('DE');
    expect(() => new SovereigntyPolicy({ clusterLocation: 'US' })).toThrow(/clusterLocation: got "US".*outside the European Union/);
    expect(() => new SovereigntyPolicy({ clusterLocation: 'Germany' })).toThrow(/Country code: got "Germany"/);
  });

  test('of() finds the nearest attached policy, or the default', () => {
    const app = Testing.app();
    const appPolicy = new SovereigntyPolicy({ jurisdiction: Jurisdiction.EEA });
    appPolicy.applyTo(app);
    const a = new TerraformStack(app, 'a');
    const b = new TerraformStack(app, 'b');
    const bPolicy = new SovereigntyPolicy({ jurisdiction: Jurisdiction.countries(['DE']) });
    bPolicy.applyTo(b);
    expect(SovereigntyPolicy.of(new Construct(a, 'x'))).toBe(appPolicy);
    expect(SovereigntyPolicy.of(new Construct(b, 'y')).jurisdiction.name).toBe('DE');
    const lonely = Testing.app();
    expect(SovereigntyPolicy.tryOf(lonely)).toBeUndefined();
    expect(SovereigntyPolicy.of(lonely).jurisdiction).toBe(Jurisdiction.EU);
  });

  test('attaching twice, or after constructs read the policy, is an error', () => {
    const app = Testing.app();
    new SovereigntyPolicy().applyTo(app);
    expect(() => new SovereigntyPolicy().applyTo(app)).toThrow(/already attached to "<app>"/);

    const app2 = Testing.app();
    const stack = new TerraformStack(app2, 's');
    SovereigntyPolicy.of(new Construct(stack, 'early'));
    expect(() => new SovereigntyPolicy().applyTo(stack)).toThrow(/after constructs below it had already read the policy/);
  });
});
