/* EuDatabase misuse: each error says what was given, what is allowed and how to fix it. */
import { TerraformVariable } from 'cdktf';
import { DataClassification } from '../../lib/core/classification';
import { EuDatabase } from '../../lib/database/eu-database';
import { DatabaseEngine } from '../../lib/database/options';
import { ScalewayNetwork } from '../../lib/network/scaleway/network';
import { OtcNetwork } from '../../lib/providers/otc/network';
import { BUILD, expectError, only, stackOf, synth } from './helpers';

describe('EuDatabase: providers', () => {
  test('Hetzner has no managed database, and the error says so with the hcloud docs', () => {
    const e = expectError(() => new EuDatabase(stackOf(), 'Db', { provider: 'hetzner', location: 'fsn1', version: '16', instanceType: 'cx22' }), 'NO_MANAGED_DATABASE');
    expect(e.message).toContain('EuDatabase provider: got "hetzner".');
    expect(e.message).toContain('The hcloud provider has no managed database resource');
    expect(e.message).toContain('https://github.com/hetznercloud/terraform-provider-hcloud/tree/v1.68.0/docs/resources');
    expect(e.message).toContain('Allowed: a provider with a managed database in its Terraform provider: scaleway, ovhcloud, stackit, ionos, exoscale, upcloud, otc.');
    expect(e.message).toMatch(/Fix: run PostgreSQL yourself on Hetzner/);
  });

  test('a US hyperscaler and an unknown provider throw, with candidates', () => {
    expectError(() => new EuDatabase(stackOf(), 'Db', { provider: 'aws', location: 'eu-central-1', version: '16', instanceType: 'db.t3.micro' }), 'NOT_A_EUROPEAN_PROVIDER');
    const e = expectError(() => new EuDatabase(stackOf(), 'Db', { provider: 'scalway', location: 'fr-par', version: '16' }), 'UNKNOWN_PROVIDER');
    expect(e.message).toContain('Did you mean "scaleway"?');
  });
});

describe('EuDatabase: location, engine and version', () => {
  test('a non-EU region throws with the allowed ones', () => {
    const e = expectError(() => BUILD.ovhcloud(stackOf(), { location: 'BHS' }), 'REGION_OUTSIDE_JURISDICTION');
    expect(e.message).toContain('EuDatabase location of OVHcloud: got "BHS".');
    expect(e.message).toMatch(/Allowed: a location within the policy's jurisdiction \(EU\): .*GRA/);
  });

  test('an engine or version the provider does not offer', () => {
    const e = expectError(() => BUILD.scaleway(stackOf(), { version: '9.6' }), 'VERSION_NOT_OFFERED');
    expect(e.message).toContain('EuDatabase version of postgresql on Scaleway: got "9.6". Allowed: 13, 14, 15, 16, 17');
    expectError(() => BUILD.scaleway(stackOf(), { engine: DatabaseEngine.MYSQL, version: '16' }), 'VERSION_NOT_OFFERED');
    expectError(() => BUILD.scaleway(stackOf(), { engine: 'oracle' as DatabaseEngine }), 'INVALID_CHOICE');
    const ionos = expectError(() => BUILD.ionos(stackOf(), { engine: DatabaseEngine.MYSQL, version: '8' }), 'ENGINE_NOT_OFFERED');
    expect(ionos.message).toContain('IONOS offers MariaDB (ionoscloud_mariadb_cluster)');
  });
});

describe('EuDatabase: network', () => {
  test('a network of another provider or in another region throws', () => {
    const stack = stackOf();
    const otc = new OtcNetwork(stack, 'Otc', { region: 'eu-de' });
    expectError(() => new EuDatabase(stack, 'Db', { provider: 'scaleway', location: 'fr-par', version: '16', instanceType: 'DB-DEV-S', network: otc }), 'NETWORK_PROVIDER_MISMATCH');
    const ams = new ScalewayNetwork(stack, 'Ams', { region: 'nl-ams' });
    const e = expectError(() => new EuDatabase(stack, 'Db2', { provider: 'scaleway', location: 'fr-par', version: '16', instanceType: 'DB-DEV-S', network: ams }), 'NETWORK_ELSEWHERE');
    expect(e.message).toContain('got "db/Ams in nl-ams"');
  });

  test('no network on a private-network provider, or both network and networkId, throw', () => {
    expectError(() => new EuDatabase(stackOf(), 'Db', { provider: 'scaleway', location: 'fr-par', version: '16', instanceType: 'DB-DEV-S' }), 'NETWORK_REQUIRED');
    expectError(() => BUILD.scaleway(stackOf(), { networkId: 'pn' }), 'CONTRADICTORY_NETWORK');
    expectError(() => new EuDatabase(stackOf(), 'Db', { provider: 'otc', location: 'eu-de', version: '16', instanceType: 'rds.pg.n1.large.2', networkId: 'vpc' }), 'MISSING_NETWORK_ID');
  });
});

describe('EuDatabase: credentials, classification, names and props', () => {
  test('a literal password throws; a sensitive variable is used as it is, without random_password', () => {
    const e = expectError(() => BUILD.scaleway(stackOf(), { adminPassword: 'hunter2hunter2' }), 'LITERAL_SECRET');
    expect(e.message).not.toContain('hunter2');
    const stack = stackOf();
    const secret = new TerraformVariable(stack, 'db_password', { type: 'string', sensitive: true });
    BUILD.scaleway(stack, { adminPassword: secret.stringValue });
    const json = synth(stack);
    expect(only(json, 'scaleway_rdb_instance').password).toBe('${var.db_password}');
    expect(json.resource.random_password).toBeUndefined();
    expect(json.provider.random).toBeUndefined();
    expectError(() => BUILD.stackit(stackOf(), { adminPassword: secret.stringValue }), 'PASSWORD_GENERATED_BY_PROVIDER');
  });

  test('reserved and invalid user names, contradictory classification, reserved tags and foreign props throw', () => {
    expectError(() => BUILD.scaleway(stackOf(), { adminUsername: 'postgres' }), 'RESERVED_USERNAME');
    expectError(() => BUILD.scaleway(stackOf(), { adminUsername: 'Admin!' }), 'INVALID_USERNAME');
    expectError(() => BUILD.scaleway(stackOf(), { holdsPersonalData: false, dataClassification: DataClassification.PERSONAL }), 'CONTRADICTORY_CLASSIFICATION');
    expectError(() => BUILD.scaleway(stackOf(), { tags: { 'data-classification': 'public' } }), 'RESERVED_TAG');
    expectError(() => BUILD.scaleway(stackOf(), { cores: 4 }), 'PROP_NOT_FOR_PROVIDER');
    expectError(() => BUILD.exoscale(stackOf(), { tags: { team: 'a' } }), 'PROP_NOT_FOR_PROVIDER');
    expectError(() => BUILD.scaleway(stackOf(), { name: 'X' }), 'INVALID_DATABASE_NAME');
    expectError(() => BUILD.scaleway(stackOf(), { instanceType: undefined }), 'MISSING_ARGUMENT');
    expectError(() => new EuDatabase(stackOf(), 'Db', undefined as never), 'MISSING_PROPS');
  });

  test('holdsPersonalData: false takes the policy default and lifts the retention bound', () => {
    const stack = stackOf();
    const db = BUILD.scaleway(stack, { holdsPersonalData: false });
    expect([db.dataClassification, db.holdsPersonalData]).toEqual([DataClassification.CONFIDENTIAL, false]);
    expect(only(synth(stack), 'scaleway_rdb_instance').tags).toEqual(['data-classification=confidential', 'jurisdiction=EU']);
  });
});
