/*
 * Every argument EuDatabase emits, on every provider, against the provider's documentation at the
 * release tag of its table (test/bindings/<provider>/database-docs.ts, test/providers/otc/database-docs.ts):
 * documented, required ones present, blocks as lists and nested attributes as objects.
 */
import { TerraformVariable } from 'cdktf';
import { DatabaseEngine } from '../../lib/database/options';
import { BUILD, Json, stackOf, synth } from '../database/helpers';
import { RDS_INSTANCE } from '../providers/otc/database-docs';
import { problems, ProviderDocs, providerProblems, resourceProblems, typesWithPrefix } from './conformance';
import { EXOSCALE_DATABASE_DOCS } from './exoscale/database-docs';
import { IONOS_DATABASE_DOCS } from './ionoscloud/database-docs';
import { OVH_DATABASE_DOCS } from './ovh/database-docs';
import { SCALEWAY_DATABASE_DOCS } from './scaleway/database-docs';
import { STACKIT_DATABASE_DOCS } from './stackit/database-docs';
import { UPCLOUD_DATABASE_DOCS } from './upcloud/database-docs';

/** Each provider with every option that changes what is emitted, PostgreSQL and MySQL. */
function everything(provider: string): Json {
  const stack = stackOf({}, provider);
  const build = BUILD[provider];
  switch (provider) {
    case 'scaleway':
      build(stack, { storageGb: 20, tags: { team: 'care' } });
      break;
    case 'ovhcloud':
      build(stack, { storageGb: 80, servicePlan: 'business', backupLocation: 'SBG', networkOptions: { subnetId: 'subnet-1' } });
      break;
    case 'ionos':
      build(stack, { backupLocation: 'eu-central-2', cores: 4, memoryGb: 8, storageGb: 40 });
      break;
    case 'otc':
      build(stack, { zone: 'eu-de-02', storageGb: 100, engine: DatabaseEngine.MYSQL, version: '8.0', instanceType: 'rds.mysql.n1.large.2' });
      break;
    default:
      build(stack);
  }
  return synth(stack);
}

function mysql(provider: string): Json {
  const stack = stackOf({}, `${provider}-mysql`);
  const secret = new TerraformVariable(stack, 'db_password', { type: 'string', sensitive: true });
  BUILD[provider](stack, { engine: DatabaseEngine.MYSQL, version: ({ upcloud: '8.4', otc: '8.0' } as Record<string, string>)[provider] ?? '8',
    ...(provider === 'otc' ? { instanceType: 'rds.mysql.n1.large.2' } : {}), ...(provider === 'ovhcloud' ? {} : { adminPassword: secret.stringValue }) });
  return synth(stack);
}

const TABLES: Array<[string, ProviderDocs, string]> = [
  ['scaleway', SCALEWAY_DATABASE_DOCS, 'scaleway_rdb'],
  ['ovhcloud', OVH_DATABASE_DOCS, 'ovh_'],
  ['stackit', STACKIT_DATABASE_DOCS, 'stackit_'],
  ['ionos', IONOS_DATABASE_DOCS, 'ionoscloud_pg'],
  ['exoscale', EXOSCALE_DATABASE_DOCS, 'exoscale_'],
  ['upcloud', UPCLOUD_DATABASE_DOCS, 'upcloud_'],
];

describe.each(TABLES)('%s database bindings against the docs', (provider, docs, prefix) => {
  const configurations = [everything(provider), ...(['scaleway', 'ovhcloud', 'exoscale', 'upcloud'].includes(provider) ? [mysql(provider)] : [])];

  test(`every emitted argument is documented at ${docs.tag}, every required one present, nesting as documented`, () => {
    for (const json of configurations) {
      expect(resourceProblems(json, docs, (t) => t.startsWith(prefix))).toEqual([]);
      const name = provider === 'ovhcloud' ? 'ovh' : provider === 'ionos' ? 'ionoscloud' : provider;
      expect(providerProblems(json, docs, name)).toEqual([]);
    }
  });

  test('every resource of the table is emitted by some configuration', () => {
    const emitted = new Set(configurations.flatMap((json) => typesWithPrefix(json, prefix)));
    expect([...emitted].sort()).toEqual([...Object.keys(docs.resources), ...Object.keys(docs.dataSources ?? {})].sort());
  });
});

describe('Open Telekom Cloud RDS against the v1.36.23 docs', () => {
  test.each([['PostgreSQL', everything('otc')], ['MySQL defaults', mysql('otc')]])('%s', (_name, json) => {
    const all = Object.entries(json.resource.opentelekomcloud_rds_instance_v3 as Record<string, Json>).flatMap(([name, body]) => problems(body, RDS_INSTANCE, name));
    expect(all).toEqual([]);
  });

  test('the check can fail: an undocumented argument of the volume block is reported', () => {
    expect(problems({ availability_zone: ['a'], db: { password: 'p', type: 't', version: 'v' }, flavor: 'f', name: 'n', security_group_id: 's', subnet_id: 's', vpc_id: 'v', volume: { size: 40, type: 'CLOUDSSD', kms_id: 'k' } },
      RDS_INSTANCE, 'rds')).toEqual(['rds.volume[0]: "kms_id" is not documented']);
  });
});
