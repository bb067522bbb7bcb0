/**
 * How `npm run corpus` scores findings against labels (scripts/corpus.ts): a problem is caught
 * by an unsuppressed error of one of its rules at its address or an instance of it; a clean
 * resource is a false alarm when any error sits on it; warnings and infos never count.
 */
import { Finding } from '../../lib/compliance/report/model';
import { FindingLevel } from '../../lib/compliance/types';
import { judge, tally } from '../../scripts/corpus';
import { ConfigurationLabel } from './corpus-labels';

function finding(address: string, ruleId: string, level = FindingLevel.ERROR): Finding {
  return {
    ruleId, ruleTitle: ruleId, level, address, resourceType: address.split('.')[0], message: 'm', remediation: 'r',
    references: [], suppressed: false, dependsOnUnverifiedFact: false, configuration: 'c',
  };
}

const config: ConfigurationLabel = {
  path: 'hetzner/example',
  provider: 'hetzner',
  summary: 'scoring example',
  problems: [
    { address: 'hcloud_server.us', rules: ['SOV-LOCATION'], category: 'baseline', why: 'in Ashburn' },
    { address: 'hcloud_server.node["sin"]', rules: ['SOV-LOCATION', 'SOV-LOCATION-UNKNOWN'], category: 'expressions', why: 'Singapore' },
  ],
  clean: [
    { address: 'hcloud_server.node["fsn"]', category: 'expressions', why: 'Falkenstein' },
    { address: 'hcloud_firewall.web', category: 'baseline', why: 'only 443' },
    { address: 'hcloud_floating_ip.ip', category: 'fix-site', why: 'follows the server' },
  ],
};

describe('corpus scoring', () => {
  test('a problem is caught by an error of one of its rules at its address or an instance of it', () => {
    const result = judge(config, [finding('hcloud_server.us[0]', 'SOV-LOCATION'), finding('hcloud_server.node["sin"]', 'SOV-LOCATION-UNKNOWN')]);
    expect(result.problems.map((p) => p.caught)).toEqual([true, true]);
  });

  test('an error of another rule, a warning or an error elsewhere does not catch a problem', () => {
    const result = judge(config, [
      finding('hcloud_server.us', 'SOV-SECRETS'),
      finding('hcloud_server.us', 'SOV-LOCATION', FindingLevel.WARNING),
      finding('hcloud_server.node["fsn"]', 'SOV-LOCATION'),
    ]);
    expect(result.problems.map((p) => p.caught)).toEqual([false, false]);
    expect(result.problems[0].errorsThere.map((f) => f.ruleId)).toEqual(['SOV-SECRETS']);
  });

  test('a clean resource is a false alarm for an error of any rule, on itself or on the bare resource of an instance label', () => {
    const result = judge(config, [
      finding('hcloud_server.node', 'SOV-LOCATION-UNKNOWN'),
      finding('hcloud_floating_ip.ip', 'SOV-LOCATION'),
      finding('hcloud_firewall.web', 'SOV-PUBLIC-EXPOSURE', FindingLevel.WARNING),
      finding('hcloud_firewall.web', 'SOV-PUBLIC-EXPOSURE', FindingLevel.INFO),
    ]);
    expect(result.clean.map((c) => [c.address, c.errors.length])).toEqual([
      ['hcloud_server.node["fsn"]', 1],
      ['hcloud_firewall.web', 0],
      ['hcloud_floating_ip.ip', 1],
    ]);
    // The bare-resource error does not catch the instance problem: it cannot say which instance is in Singapore.
    expect(result.problems[1].caught).toBe(false);
  });

  test('suppressed errors count neither way, and tallies add up per slice', () => {
    const suppressed = { ...finding('hcloud_firewall.web', 'SOV-PUBLIC-EXPOSURE'), suppressed: true };
    const suppressedCatch = { ...finding('hcloud_server.node["sin"]', 'SOV-LOCATION'), suppressed: true };
    const result = judge(config, [finding('hcloud_server.us', 'SOV-LOCATION'), finding('hcloud_floating_ip.ip', 'SOV-LOCATION'), suppressed, suppressedCatch]);
    expect(tally(result)).toEqual({ problems: 2, caught: 1, clean: 3, falseAlarms: 1 });
    expect(tally(result, (o) => o.category === 'expressions')).toEqual({ problems: 1, caught: 0, clean: 1, falseAlarms: 0 });
    expect(tally(result, (o) => o.category === 'fix-site')).toEqual({ problems: 0, caught: 0, clean: 1, falseAlarms: 1 });
  });
});
