import { OpentelekomcloudProvider } from '@cdktf/provider-opentelekomcloud/lib/provider';
import { Retention } from '../../../lib/core/retention';
import { OtcKmsKey } from '../../../lib/providers/otc/kms-key';
import { check, errorOf, findingLines, resourceOf, stackOf, synth } from './helpers';

describe('OtcKmsKey', () => {
  test('rotation on (yearly), 30-day deletion wait, enabled, tagged; located by the provider region', () => {
    const { stack } = stackOf();
    const key = new OtcKmsKey(stack, 'Key', { region: 'eu-de' });
    const json = synth(stack);
    const body = resourceOf(json, 'opentelekomcloud_kms_key_v1', 'Key');
    expect(body.key_alias).toBe('otc-key');
    expect(body.key_description).toBe('Managed by cdktf-sovereign');
    expect(body.is_enabled).toBe(true);
    expect(body.rotation_enabled).toBe(true);
    expect(body.rotation_interval).toBe(365);
    // A string in the provider schema (kms_key_v1 doc, "must be between 7 and 1096 days").
    expect(body.pending_days).toBe('30');
    expect(body.tags).toEqual({ jurisdiction: 'EU' });
    expect(body.realm).toBeUndefined();
    expect(body.allow_cancel_deletion).toBeUndefined();
    expect(key.keyId).toMatch(/^\$\{TfToken\[TOKEN\.\d+\]\}$/);
    expect(key.region).toBe('eu-de');
    expect(key.rotation).toBe(true);
  });

  test('custom alias, interval and waiting period', () => {
    const { stack } = stackOf();
    new OtcKmsKey(stack, 'Key', { region: 'eu-nl', alias: 'acme/cce', rotationInterval: Retention.days(90), deletionWaitingPeriod: Retention.years(1) });
    const body = resourceOf(synth(stack), 'opentelekomcloud_kms_key_v1');
    expect([body.key_alias, body.rotation_interval, body.pending_days]).toEqual(['acme/cce', 90, '365']);
  });

  test('opting out of rotation is explicit and emits no interval', () => {
    const { stack } = stackOf();
    new OtcKmsKey(stack, 'Key', { region: 'eu-de', rotation: false });
    const body = resourceOf(synth(stack), 'opentelekomcloud_kms_key_v1');
    expect(body.rotation_enabled).toBe(false);
    expect(body.rotation_interval).toBeUndefined();
  });

  test('the engine places the key with the provider region', () => {
    const bare = stackOf();
    new OtcKmsKey(bare.stack, 'Key', { region: 'eu-de' });
    // Without a provider block the key (KMS category) has no location: fail closed.
    expect(check(synth(bare.stack)).findings.map((f) => f.ruleId)).toEqual(['SOV-LOCATION-UNKNOWN']);

    const { stack } = stackOf();
    new OpentelekomcloudProvider(stack, 'otc', { region: 'eu-de' });
    new OtcKmsKey(stack, 'Key', { region: 'eu-de' });
    expect(findingLines(check(synth(stack)))).toEqual([]);
  });
});

describe('OtcKmsKey bad input', () => {
  const build = (props: Record<string, unknown>) => () => new OtcKmsKey(stackOf().stack, 'Key', { region: 'eu-de', ...props } as never);

  test('a rotation interval above 365 days', () => {
    const e = errorOf(build({ rotationInterval: Retention.years(2) }), 'PERIOD_OUT_OF_RANGE');
    expect(e.message).toBe('OtcKmsKey rotationInterval: got "2 years (730 days)". Allowed: 30 to 365 days (kms_key_v1 doc). Fix: choose a period from 30 to 365 days.');
  });

  test('a rotation interval below 30 days', () => {
    const e = errorOf(build({ rotationInterval: Retention.days(7) }), 'PERIOD_OUT_OF_RANGE');
    expect(e.message).toContain('got "7 days (7 days)"');
  });

  test('a waiting period below 7 days', () => {
    const e = errorOf(build({ deletionWaitingPeriod: Retention.days(1) }), 'PERIOD_OUT_OF_RANGE');
    expect(e.message).toContain('Allowed: 7 to 1096 days');
  });

  test('an interval with rotation off', () => {
    const e = errorOf(build({ rotation: false, rotationInterval: Retention.days(90) }), 'INTERVAL_WITHOUT_ROTATION');
    expect(e.message).toContain('remove rotation: false, or remove rotationInterval');
  });

  test('not a Retention', () => {
    const e = errorOf(build({ rotationInterval: 90 }), 'INVALID_RETENTION');
    expect(e.message).toContain('pass Retention.days(n)');
  });

  test('an invalid alias', () => {
    const e = errorOf(build({ alias: 'my key' }), 'INVALID_KMS_ALIAS');
    expect(e.message).toContain('got "my key"');
  });

  test('a region outside the policy', () => {
    const e = errorOf(build({ region: 'eu-ch2' }), 'REGION_OUTSIDE_JURISDICTION');
    expect(e.message).toContain('OtcKmsKey region: got "eu-ch2"');
  });
});
