import { RuleId } from '../../lib/compliance/rules/ids';
import { findingsOf, flagged, tf } from './helpers';

/*
 * Issue 16, class 10: a location that differs per `for_each` / `count` instance is judged per
 * instance, and the finding sits on the instance whose value is outside the jurisdiction
 * (`hcloud_server.node["worker-sin"]`), not on the resource as a whole.
 */

const L = RuleId.LOCATION;

describe('per-instance locations', () => {
  test('for_each over a map: only the Singapore instance is a finding', () => {
    const config = tf({
      variable: {
        nodes: { type: 'map(object({ location = string }))', default: { 'worker-fsn': { location: 'fsn1' }, 'worker-sin': { location: 'sin' } } },
      },
      resource: { hcloud_server: { node: { for_each: '${var.nodes}', name: '${each.key}', server_type: 'cx32', image: 'ubuntu-24.04', location: '${each.value.location}' } } },
    });
    const findings = findingsOf(config, L);
    expect(findings.map((f) => f.address)).toEqual(['hcloud_server.node["worker-sin"]']);
    expect(findings[0].attribute).toBe('location');
    expect(findings[0].message).toMatch(/sin \(SG \(Singapore\)\), determined from argument location/);
  });

  test('count over a list: the instance index names the US instance; all-EU instances give nothing', () => {
    const config = tf({
      variable: { eu: { type: 'list(string)', default: ['nbg1', 'hel1'] }, mixed: { type: 'list(string)', default: ['nbg1', 'ash'] } },
      resource: {
        hcloud_primary_ip: {
          eu: { count: '${length(var.eu)}', name: 'eu-${count.index}', type: 'ipv4', assignee_type: 'server', auto_delete: false, location: '${var.eu[count.index]}' },
          mixed: { count: '${length(var.mixed)}', name: 'm-${count.index}', type: 'ipv4', assignee_type: 'server', auto_delete: false, location: '${var.mixed[count.index]}' },
        },
      },
    });
    expect(flagged(config, L)).toEqual(['hcloud_primary_ip.mixed[1]']);
  });

  test('instances that share one location are judged once, on the resource', () => {
    const config = tf({
      resource: { hcloud_server: { same: { count: 2, name: 's-${count.index}', server_type: 'cx22', image: 'debian-12', location: 'ash' } } },
    });
    expect(flagged(config, L)).toEqual(['hcloud_server.same']);
  });
});

describe('policy documents built by jsonencode() with values unknown before apply', () => {
  const P = RuleId.PUBLIC_EXPOSURE;
  const policy = (effect: string, principal: string) => '${jsonencode({ Statement = [{ Sid = "S", Effect = ' + effect + ', Principal = { ID = [' + principal + '] }, Action = ["*"], Resource = ["${var.bucket_name}/*"] }] })}';

  test('OTC: a Deny with a wildcard principal is not public although the bucket name is unknown; an Allow is', () => {
    const config = tf({
      variable: { bucket_name: { type: 'string' } },
      provider: { opentelekomcloud: { auth_url: 'https://iam.eu-de.otc.t-systems.com/v3' } },
      resource: {
        opentelekomcloud_obs_bucket_policy: {
          deny: { bucket: '${var.bucket_name}', policy: policy('"Deny"', '"*"') },
          allow: { bucket: '${var.bucket_name}', policy: policy('"Allow"', '"*"') },
        },
      },
    });
    expect(flagged(config, P)).toEqual(['opentelekomcloud_obs_bucket_policy.allow']);
    expect(findingsOf(config, P)[0].message).toMatch(/makes the bucket public: statement "S" allows Principal "\*"/);
  });

  test('an Effect or a principal that is itself unknown stays unverifiable', () => {
    const config = tf({
      variable: { bucket_name: { type: 'string' }, effect: { type: 'string' }, who: { type: 'string' } },
      resource: {
        opentelekomcloud_obs_bucket_policy: {
          effect: { bucket: 'b', policy: policy('var.effect', '"*"') },
          who: { bucket: 'b', policy: policy('"Allow"', 'var.who') },
        },
      },
    });
    const messages = findingsOf(config, P).map((f) => `${f.address}: ${f.message}`).sort();
    expect(messages).toEqual([
      expect.stringMatching(/^opentelekomcloud_obs_bucket_policy.effect: policy cannot be verified before apply \(statement "S" has an Effect unknown before apply\)/),
      expect.stringMatching(/^opentelekomcloud_obs_bucket_policy.who: policy cannot be verified before apply \(statement "S" has a principal built from an expression\)/),
    ]);
  });
});
