import { ComplianceReport, ReportFormat } from '../../../lib';
import { csvCell } from '../../../lib/compliance/evidence/render';
import { renderReportFiles } from '../../../lib/compliance/report/render';
import { run, tf } from '../helpers';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const inventoryOf = (config: Record<string, unknown>): Json => JSON.parse(run(config).render(ReportFormat.INVENTORY));
const personal = { 'data-classification': 'personal' };

describe('data inventory', () => {
  test('a configuration without personal data gets an inventory that says so, and lists the unclassified stores', () => {
    const inv = inventoryOf(tf({
      provider: { scaleway: { region: 'fr-par' } },
      resource: { scaleway_object_bucket: { assets: { name: 'assets' }, public: { name: 'public', tags: { 'data-classification': 'public' } } } },
    }));
    expect(inv.rows).toEqual([]);
    expect(inv.summary.personalData).toBe(false);
    expect(inv.summary.statement).toBe('No store in test is marked as holding personal data (label data-classification = personal or special-category). 1 store(s) carry no classification: the controller must confirm they hold no personal data.');
    expect(inv.unclassifiedStores).toEqual(['scaleway_object_bucket.assets']);
    expect(inv.summary.seal).toBeUndefined();
    expect(Object.values(inv.controllerFields)).toContain('to be completed by the controller');
  });

  test('transfers outside the EEA: a US store without a safeguard, an adequate country, and an egress peer with its stated reason', () => {
    const inv = inventoryOf(tf({
      provider: { aws: { region: 'us-east-1' }, exoscale: {} },
      resource: {
        aws_s3_bucket: { crm: { bucket: 'crm', tags: personal } },
        exoscale_block_storage_volume: { backup: { name: 'backup', zone: 'ch-gva-2', size: 10, labels: personal } },
        kubernetes_network_policy_v1: {
          egress: {
            metadata: [{ name: 'egress', namespace: 'crm', annotations: { 'cdktf-sovereign.org/egress-destinations': '203.0.113.0/24=US (outside EU: SCCs 2021/914 module 3 with the payment processor); 198.51.100.0/24=DE' } }],
            spec: [{ pod_selector: [{}], policy_types: ['Egress'] }],
          },
        },
      },
    }));
    const transfers = inv.summary.transfersOutsideEea.map((t: Json) => [t.country, t.what, t.address, t.safeguard.replace(/:.*$/, '')]);
    expect(transfers).toEqual(expect.arrayContaining([
      ['US', 'the store', 'aws_s3_bucket.crm', 'none stated in the configuration (to be completed by the controller'],
      ['US', 'egress to 203.0.113.0/24', 'kubernetes_network_policy_v1.egress', 'stated transfer reason'],
    ]));
    const ch = inv.summary.transfersOutsideEea.find((t: Json) => t.country === 'CH');
    expect(ch.safeguard).toMatch(/^adequacy decision: /);
    expect(inv.summary.transfersOutsideEea.find((t: Json) => t.what === 'egress to 203.0.113.0/24').safeguard).toBe('stated transfer reason: SCCs 2021/914 module 3 with the payment processor');
    expect(inv.summary.transfersOutsideEea.some((t: Json) => t.country === 'DE')).toBe(false);
    expect(inv.summary.storesByCountry).toEqual({ US: ['aws_s3_bucket.crm'], CH: ['exoscale_block_storage_volume.backup'] });
  });

  test('an unknown location stays unknown: no country is guessed', () => {
    const inv = inventoryOf(tf({
      variable: { region: {} },
      provider: { scaleway: { region: '${var.region}' } },
      resource: { scaleway_object_bucket: { crm: { name: 'crm', tags: personal } } },
    }));
    const [row] = inv.rows;
    expect(row.location.status).toBe('unknown');
    expect(row.location.countries).toEqual([]);
    expect(inv.summary.countries).toEqual([]);
    expect(inv.summary.unknownLocations).toEqual(['scaleway_object_bucket.crm']);
    expect(inv.summary.statement).toMatch(/, 1 with an unknown location\.$/);
  });

  test('open findings are joined to their store', () => {
    const inv = inventoryOf(tf({ provider: { aws: { region: 'us-east-1' } }, resource: { aws_s3_bucket: { crm: { bucket: 'crm', tags: personal } } } }));
    expect(inv.rows[0].openFindings.map((f: Json) => f.ruleId)).toEqual(expect.arrayContaining(['SOV-LOCATION']));
  });

  test('the CSV quotes separators and defuses spreadsheet formulas', () => {
    const report = run(tf({
      provider: { aws: { region: 'eu-central-1' } },
      resource: { aws_s3_bucket: { crm: { bucket: 'crm', tags: personal } } },
    }));
    const files = renderReportFiles(report, ReportFormat.INVENTORY);
    expect(files.map((f) => f.name)).toEqual(['sovereignty-inventory.json', 'sovereignty-inventory.md', 'sovereignty-inventory.csv']);
    const csv = files[2].content;
    const line = csv.split('\r\n')[1];
    expect(line.startsWith('test,aws_s3_bucket.crm,,object-storage bucket,')).toBe(true);
    expect(line).toContain('"data-classification label ""personal"""');
    expect([csvCell('=HYPERLINK("x")'), csvCell('+1'), csvCell('plain'), csvCell('a;b')]).toEqual(['"\'=HYPERLINK(""x"")"', '"\'+1"', 'plain', '"a;b"']);
  });

  test('a report not made by the engine has no inventory: a clear error, not an empty file', () => {
    const bare = new ComplianceReport({ configurations: ['x'], packs: [], policy: {}, asOf: '2026-01-01' }, [], 0, [], [], []);
    expect(() => bare.render(ReportFormat.INVENTORY)).toThrow(/carries no data inventory.*Fix: render the report the engine returned/);
    expect(() => bare.render(ReportFormat.HTML)).not.toThrow();
  });

  test('merged reports keep the inventories of every configuration', () => {
    const a = run(tf({ provider: { aws: { region: 'eu-central-1' } }, resource: { aws_s3_bucket: { a: { bucket: 'a', tags: personal } } } }));
    const b = run(tf({ provider: { aws: { region: 'eu-west-1' } }, resource: { aws_s3_bucket: { b: { bucket: 'b', tags: personal } } } }));
    const inv = JSON.parse(ComplianceReport.merge([a, b]).render(ReportFormat.INVENTORY));
    expect(inv.rows.map((r: Json) => r.address)).toEqual(['aws_s3_bucket.a', 'aws_s3_bucket.b']);
    expect(inv.summary.countries).toEqual(['DE', 'IE']);
  });
});
