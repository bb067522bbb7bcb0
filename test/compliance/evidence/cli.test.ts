import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../../lib/cli/main';
import { FIXTURE } from '../report/html-pages';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err };
}

describe('cdktf-sovereign check --format inventory,html', () => {
  test('--out writes the three inventory files and the page, atomically, and lists them', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sov-cli-evidence-'));
    const c = capture();
    expect(await main(['check', FIXTURE, '--format', 'inventory,html', '--out', dir], c.io)).toBe(1);
    expect(fs.readdirSync(dir).sort()).toEqual(['sovereignty-inventory.csv', 'sovereignty-inventory.json', 'sovereignty-inventory.md', 'sovereignty-report.html']);
    expect(c.out.join('')).toMatch(/Reports written: .*sovereignty-inventory\.json, .*sovereignty-inventory\.md, .*sovereignty-inventory\.csv, .*sovereignty-report\.html/);
    const inv = JSON.parse(fs.readFileSync(path.join(dir, 'sovereignty-inventory.json'), 'utf8'));
    expect(inv.rows.map((r: { address: string }) => r.address)).toEqual(['aws_s3_bucket.customers', 'aws_s3_bucket.replica', 'hcloud_volume.database', 'scaleway_object_bucket.invoices']);
    expect(inv.summary.transfersOutsideEea.map((t: { country: string; address: string }) => `${t.country} ${t.address}`).sort()).toEqual(['SG aws_s3_bucket.customers', 'SG aws_s3_bucket.replica', 'US aws_s3_bucket.customers']);
  });

  test('without --out, the inventory JSON goes to stdout', async () => {
    const c = capture();
    expect(await main(['check', FIXTURE, '--format', 'inventory'], c.io)).toBe(1);
    const inv = JSON.parse(c.out.join(''));
    expect(inv.formatVersion).toBe('1.0');
    expect(inv.summary.countries).toEqual(['FR', 'SG', 'US']);
  });
});
