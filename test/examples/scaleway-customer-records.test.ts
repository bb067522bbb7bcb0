/*
 * The scaleway-customer-records example end to end: synthesized by a real cdktf App with the
 * gdpr, gaiax-l3 and bsi-c5 packs under a France-only policy that keeps personal data at most 30
 * days, asserting zero findings and the database's security-relevant fields one by one.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { SovereigntyChecks } from '../../lib';
import { CUSTOMER_RECORDS_PACKS, ScalewayCustomerRecordsStack } from '../../examples/scaleway-customer-records/stack';
import { missingReports, resourceAt } from './helpers';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function synthesize(): { stack: ScalewayCustomerRecordsStack; dir: string } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sov-example-scaleway-'));
  const app = new App({ outdir });
  const stack = new ScalewayCustomerRecordsStack(app, 'scaleway-customer-records');
  app.synth();
  return { stack, dir: path.join(outdir, 'stacks', 'scaleway-customer-records') };
}

describe('scaleway-customer-records synthesized with the checks', () => {
  const { stack, dir } = synthesize();
  const config: Json = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8'));
  const report = SovereigntyChecks.reportOf(stack)!;
  const db = resourceAt(config, 'scaleway_rdb_instance', 'Customers/Resource');

  test('zero findings, open or suppressed, with gdpr, gaiax-l3 and bsi-c5 under a France-only policy', () => {
    expect(report.context.packs).toEqual(CUSTOMER_RECORDS_PACKS.map((p) => p.id));
    expect(report.context.policy).toEqual(expect.objectContaining({ jurisdiction: 'FR', gaiaxLabel: 'L3' }));
    expect(report.summary).toEqual(expect.objectContaining({ errors: 0, warnings: 0, infos: 0, suppressed: 0 }));
    expect(report.findings).toEqual([]);
    // random_password is local bookkeeping: no rule judges it.
    expect(report.notEvaluatedTypes).toEqual([{ resourceType: 'random_password', count: 1 }]);
    expect(missingReports(dir)).toEqual([]);
  });

  test('the database: Paris, on the Private Network only, encrypted, backups in Paris for 14 days, protected', () => {
    expect(db.region).toBe('fr-par');
    expect(db.private_network).toEqual([{ pn_id: expect.stringMatching(/^\$\{scaleway_vpc_private_network\.Network_[0-9A-F]{8}\.id\}$/), enable_ipam: true }]);
    expect(db.load_balancer).toBeUndefined();
    expect([db.encryption_at_rest, db.backup_same_region, db.backup_schedule_retention, db.disable_backup]).toEqual([true, true, 14, false]);
    expect(db.lifecycle).toEqual({ prevent_destroy: true });
    expect(db.tags).toEqual(['data-classification=personal', 'jurisdiction=FR']);
  });

  test('the password is generated; only a sensitive output carries it', () => {
    expect(db.password).toMatch(/^\$\{random_password\.Customers_AdminPassword_[0-9A-F]{8}\.result\}$/);
    const outputs = Object.entries(config.output as Record<string, Json>).filter(([, o]) => String(o.value).includes('random_password'));
    expect(outputs.map(([, o]) => o.sensitive)).toEqual([true]);
  });

  test('the API server has no public address; documents and state stay in fr-par; retention within 30 days', () => {
    const api = resourceAt(config, 'scaleway_instance_server', 'Network/Api/Resource');
    expect([api.enable_dynamic_ip, api.ip_id, api.zone]).toEqual([false, undefined, 'fr-par-1']);
    expect(config.provider.aws.map((p: Json) => p.endpoints[0].s3)).toEqual(['https://s3.fr-par.scw.cloud']);
    expect(config.terraform.backend.s3.endpoints.s3).toBe('https://s3.fr-par.scw.cloud');
    const lifecycle = Object.values(config.resource.aws_s3_bucket_lifecycle_configuration as Record<string, Json>)[0];
    expect(lifecycle.rule[0].expiration[0].days).toBe(30);
  });
});
