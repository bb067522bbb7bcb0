/*
 * The mistakes EuDatabase rules out, found by the engine in raw Terraform for the seven providers'
 * managed databases (issue 18, "The engine"): backups outside the jurisdiction, a public endpoint
 * with an open allow list, encryption switched off, TLS not required, a literal admin password and
 * backups kept longer than the personal-data bound. Each check has a compliant and a non-compliant
 * case per provider it concerns, written as HCL the way users write it.
 */
import { ComplianceEngine } from '../../../lib/compliance/engine';
import { parseHcl } from '../../../lib/compliance/input/hcl';
import { Pack } from '../../../lib/compliance/packs';
import { Finding } from '../../../lib/compliance/report/model';
import { RuleId } from '../../../lib/compliance/rules/ids';
import { FindingLevel } from '../../../lib/compliance/types';
import { Jurisdiction } from '../../../lib/core/jurisdiction';
import { SovereigntyPolicy } from '../../../lib/core/policy';
import { Retention } from '../../../lib/core/retention';

const PROVIDERS = `
terraform {
  required_providers {
    scaleway     = { source = "scaleway/scaleway" }
    ovh          = { source = "ovh/ovh" }
    stackit      = { source = "stackitcloud/stackit" }
    ionoscloud   = { source = "ionos-cloud/ionoscloud" }
    exoscale     = { source = "exoscale/exoscale" }
    upcloud      = { source = "UpCloudLtd/upcloud" }
    opentelekomcloud = { source = "opentelekomcloud/opentelekomcloud" }
    random       = { source = "hashicorp/random" }
  }
}
`;

const EU = new SovereigntyPolicy({ jurisdiction: Jurisdiction.EU });

/** Every finding of one rule (suppressed or not, any level) on the HCL, with the rule as an error. */
async function findings(hcl: string, ruleId: string, policy: SovereigntyPolicy = EU): Promise<Finding[]> {
  const config = await parseHcl('main.tf', PROVIDERS + hcl);
  const engine = new ComplianceEngine({ packs: [Pack.custom('test', 'one rule', [{ ruleId, level: FindingLevel.ERROR }])], policy, asOf: '2026-11-28' });
  return engine.check(config, 'test').findings.filter((f) => f.ruleId === ruleId);
}

/** `address level attribute` of each finding, sorted. */
async function verdicts(hcl: string, ruleId: string, policy?: SovereigntyPolicy): Promise<string[]> {
  return (await findings(hcl, ruleId, policy)).map((f) => `${f.address} ${f.level} ${f.attribute ?? '-'}`).sort();
}

const L = RuleId.LOCATION;
const FR = new SovereigntyPolicy({ jurisdiction: Jurisdiction.countries(['FR']) });
const DE = new SovereigntyPolicy({ jurisdiction: Jurisdiction.countries(['DE']) });

describe('SOV-LOCATION: backups of managed databases stay in the jurisdiction', () => {
  const scw = (name: string, extra: string) => `
resource "scaleway_rdb_instance" "${name}" {
  name      = "${name}"
  region    = "fr-par"
  node_type = "DB-DEV-S"
  engine    = "PostgreSQL-16"
${extra}
}
`;

  test('Scaleway: backups go to another region unless backup_same_region = true (or backups are disabled)', async () => {
    const hcl = scw('dflt', '') + scw('off', '  backup_same_region = false') + scw('same', '  backup_same_region = true') +
      scw('nobackup', '  disable_backup = true');
    expect(await verdicts(hcl, L, FR)).toEqual([
      'scaleway_rdb_instance.dflt error backup_same_region',
      'scaleway_rdb_instance.off error backup_same_region',
    ]);
    // One finding naming every country the backups may be in: every other Scaleway region.
    const [dflt] = await findings(scw('dflt', ''), L, FR);
    expect(dflt.message).toBe(
      'Its backup may be located in one of nl-ams, pl-waw, it-mil, determined from argument backup_same_region not set ' +
      '(a backup is "stored on an offsite backend located in a different region than your database, by default" ' +
      'https://www.scaleway.com/en/developers/api/managed-database-postgre-mysql/backups): IT (Italy) is not one of the countries the policy allows (FR). ' +
      'NL (Netherlands) is not one of the countries the policy allows (FR). PL (Poland) is not one of the countries the policy allows (FR).',
    );
    expect(dflt.dependsOnUnverifiedFact).toBe(false);
    expect(dflt.remediation).toMatch(/^Choose a location in /);
    // Every Scaleway region is in the EU: an EU policy has nothing to say.
    expect(await verdicts(hcl, L, EU)).toEqual([]);
  });

  test('Scaleway: backup_same_region written as a string or from a variable default is read as Terraform converts it', async () => {
    const hcl = 'variable "same" {\n  type    = bool\n  default = true\n}\n' + scw('string', '  backup_same_region = "true"') + scw('variable', '  backup_same_region = var.same') +
      scw('string_off', '  backup_same_region = "false"');
    expect(await verdicts(hcl, L, FR)).toEqual(['scaleway_rdb_instance.string_off error backup_same_region']);
  });

  test('Scaleway: a backup_same_region that is not known before apply may be anywhere', async () => {
    const hcl = `variable "same" { type = bool }\n` + scw('unknown', '  backup_same_region = var.same');
    const found = await findings(hcl, L, FR);
    expect(found.map((f) => f.message)).toEqual([
      expect.stringMatching(/^Its backup may be located in one of fr-par, nl-ams, pl-waw, it-mil, determined from argument backup_same_region is not known before apply .*: IT \(Italy\) .* NL \(Netherlands\) .* PL \(Poland\) is not one/),
    ]);
  });

  const ovh = (name: string, extra: string) => `
resource "ovh_cloud_project_database" "${name}" {
  service_name = "p"
  engine       = "postgresql"
  version      = "16"
  plan         = "essential"
  flavor       = "db1-4"
  nodes {
    region = "GRA"
  }
${extra}
}
`;

  test('OVHcloud: backup_regions outside the policy rests on verified facts; the default (another, undocumented region) on an unverified one', async () => {
    const hcl = ovh('canada', '  backup_regions = ["GRA", "BHS"]') + ovh('france', '  backup_regions = ["GRA", "SBG"]') + ovh('dflt', '');
    const found = await findings(hcl, L);
    expect(found.filter((f) => !f.dependsOnUnverifiedFact).map((f) => `${f.address} ${f.attribute}: ${f.message}`)).toEqual([
      expect.stringMatching(/^ovh_cloud_project_database\.canada backup_regions: Its backup is located in BHS \(CA \(Canada\)\), determined from argument backup_regions: CA \(Canada\) is outside the European Union/),
    ]);
    // The default is "another region", which OVHcloud names for US regions only: every other region is possible,
    // and the verdict says it depends on an unverified fact (so the engine may report it at most as a warning).
    const dflt = found.filter((f) => f.address === 'ovh_cloud_project_database.dflt');
    expect(dflt).toHaveLength(1);
    expect([...dflt[0].message.matchAll(/\b([A-Z]{2}) \([A-Z][a-z]/g)].map((m) => m[1])).toEqual(['AU', 'CA', 'GB', 'IN', 'SG', 'US']);
    expect(dflt[0].dependsOnUnverifiedFact && dflt[0].attribute === 'backup_regions').toBe(true);
    expect(dflt[0].message).toMatch(/^Its backup may be located in one of .*BHS.*determined from argument backup_regions not set \("Backups are first prepared on-site and then replicated to another region"; the default region is not documented for European regions/);
    expect(found.some((f) => f.address === 'ovh_cloud_project_database.france')).toBe(false);
  });

  test('IONOS: backup_location (PostgreSQL) and backup { location } (MariaDB, MongoDB) outside the policy', async () => {
    const pg = (name: string, backup: string) => `
resource "ionoscloud_pg_cluster" "${name}" {
  display_name    = "${name}"
  location        = "de/fra"
  backup_location = "${backup}"
  postgres_version = "16"
  instances       = 1
  cores           = 2
  ram             = 2048
  storage_size    = 2048
  storage_type    = "SSD Premium"
  synchronization_mode = "ASYNCHRONOUS"
  credentials {
    username = "admin"
    password = random_password.p.result
  }
}
`;
    const maria = (name: string, backup: string) => `
resource "ionoscloud_mariadb_cluster" "${name}" {
  display_name    = "${name}"
  location        = "de/txl"
  mariadb_version = "10.6"
  instances       = 1
  cores           = 2
  ram             = 4
  storage_size    = 10
  backup {
    location = "${backup}"
  }
}
`;
    const hcl = pg('spain', 'eu-south-2') + pg('germany', 'de') + maria('spain', 'eu-south-2') + maria('germany', 'eu-central-2');
    const found = await findings(hcl, L, DE);
    expect(found.map((f) => `${f.address} ${f.level} ${f.attribute}`).sort()).toEqual([
      'ionoscloud_mariadb_cluster.spain error backup.location',
      'ionoscloud_pg_cluster.spain error backup_location',
    ]);
    expect(found.find((f) => f.address === 'ionoscloud_mariadb_cluster.spain')!.message).toBe('Its backup is located in eu-south-2 (ES (Spain)), determined from argument backup.location: ES (Spain) is not one of the countries the policy allows (DE).');
  });
});

const P = RuleId.PUBLIC_EXPOSURE;

describe('SOV-PUBLIC-EXPOSURE: public endpoints with an open allow list', () => {
  test('Scaleway: a public endpoint without scaleway_rdb_acl is open to 0.0.0.0/0; a private network alone or an ACL of known ranges is not', async () => {
    const hcl = `
resource "scaleway_vpc_private_network" "pn" {
  name   = "pn"
  region = "fr-par"
}

resource "scaleway_rdb_instance" "public_default" {
  name      = "a"
  region    = "fr-par"
  node_type = "DB-DEV-S"
  engine    = "PostgreSQL-16"
}

resource "scaleway_rdb_instance" "lb" {
  name      = "b"
  region    = "fr-par"
  node_type = "DB-DEV-S"
  engine    = "PostgreSQL-16"
  private_network {
    pn_id       = scaleway_vpc_private_network.pn.id
    enable_ipam = true
  }
  load_balancer {}
}

resource "scaleway_rdb_instance" "private" {
  name      = "c"
  region    = "fr-par"
  node_type = "DB-DEV-S"
  engine    = "PostgreSQL-16"
  private_network {
    pn_id       = scaleway_vpc_private_network.pn.id
    enable_ipam = true
  }
}

resource "scaleway_rdb_instance" "restricted" {
  name      = "d"
  region    = "fr-par"
  node_type = "DB-DEV-S"
  engine    = "PostgreSQL-16"
  load_balancer {}
}

resource "scaleway_rdb_acl" "restricted" {
  instance_id = scaleway_rdb_instance.restricted.id
  acl_rules {
    ip          = "192.0.2.0/24"
    description = "office"
  }
}

resource "scaleway_rdb_instance" "open_acl" {
  name      = "e"
  region    = "fr-par"
  node_type = "DB-DEV-S"
  engine    = "PostgreSQL-16"
}

resource "scaleway_rdb_acl" "open_acl" {
  instance_id = scaleway_rdb_instance.open_acl.id
  acl_rules {
    ip = "0.0.0.0/0"
  }
}
`;
    const found = await findings(hcl, P);
    expect(found.map((f) => `${f.address} ${f.level}`).sort()).toEqual([
      'scaleway_rdb_acl.open_acl error',
      'scaleway_rdb_instance.lb error',
      'scaleway_rdb_instance.public_default error',
    ]);
    const lb = found.find((f) => f.address === 'scaleway_rdb_instance.lb')!;
    expect(lb.message).toBe(
      'The Database Instance has a public endpoint (a load_balancer block, or no private_network) and no scaleway_rdb_acl: ' +
      'Scaleway opens a new public endpoint with "full network access from anywhere (0.0.0.0/0)" ' +
      '(https://www.scaleway.com/en/docs/managed-databases/postgresql-and-mysql/concepts/).',
    );
    expect(lb.remediation).toMatch(/Attach the instance to a Private Network .* or add a scaleway_rdb_acl listing only known address ranges\./);
    expect(found.find((f) => f.address === 'scaleway_rdb_acl.open_acl')!.message).toMatch(/^acl_rules admits 0\.0\.0\.0\/0: the Database Instance accepts connections from any address/);
  });

  test('OVHcloud: ip_restrictions with 0.0.0.0/0 without a private network; known ranges or nodes on a private network pass', async () => {
    const db = (name: string, extra: string, nodes = '') => `
resource "ovh_cloud_project_database" "${name}" {
  service_name   = "p"
  engine         = "postgresql"
  version        = "16"
  plan           = "essential"
  flavor         = "db1-4"
  backup_regions = ["GRA"]
  nodes {
    region = "GRA"
${nodes}
  }
${extra}
}
`;
    const hcl = db('open', '  ip_restrictions {\n    ip = "0.0.0.0/0"\n  }') + db('office', '  ip_restrictions {\n    ip = "192.0.2.0/24"\n  }') +
      db('private', '  ip_restrictions {\n    ip = "0.0.0.0/0"\n  }', '    network_id = "net"\n    subnet_id = "sub"');
    const found = await findings(hcl, P);
    expect(found.map((f) => `${f.address} ${f.level} ${f.attribute}: ${f.message}`)).toEqual([
      'ovh_cloud_project_database.open error ip_restrictions: ip_restrictions admits 0.0.0.0/0: the database service accepts connections from any address on the internet.',
    ]);
  });

  test('STACKIT: PostgreSQL Flex acl and MariaDB sgw_acl open to ::/0 or 0.0.0.0/0; known ranges pass', async () => {
    const pg = (name: string, acl: string) => `
resource "stackit_postgresflex_instance" "${name}" {
  project_id      = "p"
  name            = "${name}"
  region          = "eu01"
  acl             = [${acl}]
  backup_schedule = "00 00 * * *"
  version         = "17"
  replicas        = 1
  flavor = {
    cpu = 2
    ram = 4
  }
  storage = {
    class = "premium-perf2-stackit"
    size  = 5
  }
}
`;
    const maria = (name: string, acl: string) => `
resource "stackit_mariadb_instance" "${name}" {
  project_id = "p"
  name       = "${name}"
  version    = "10.11"
  plan_name  = "stackit-mariadb-1.4.10-single"
  parameters = {
    sgw_acl = "${acl}"
  }
}
`;
    const hcl = pg('open', '"::/0"') + pg('office', '"192.0.2.0/24"') + maria('open', '192.0.2.0/24,0.0.0.0/0') + maria('office', '192.0.2.0/24');
    expect(await verdicts(hcl, P)).toEqual([
      'stackit_mariadb_instance.open error parameters.sgw_acl',
      'stackit_postgresflex_instance.open error acl',
    ]);
  });

  test('Exoscale: pg.ip_filter with 0.0.0.0/0; known ranges pass', async () => {
    const db = (name: string, filter: string) => `
resource "exoscale_dbaas" "${name}" {
  name = "${name}"
  zone = "ch-gva-2"
  type = "pg"
  plan = "startup-4"
  pg {
    version   = "16"
    ip_filter = [${filter}]
  }
}
`;
    expect(await verdicts(db('open', '"0.0.0.0/0"') + db('office', '"192.0.2.10/32"'), P)).toEqual(['exoscale_dbaas.open error pg.ip_filter']);
  });

  test('UpCloud: public_access = true with ip_filter 0.0.0.0/0; private access passes', async () => {
    const db = (name: string, publicAccess: boolean) => `
resource "upcloud_managed_database_mysql" "${name}" {
  name  = "${name}"
  title = "${name}"
  plan  = "1x1xCPU-2GB-25GB"
  zone  = "fi-hel1"
  properties {
    public_access = ${publicAccess}
    ip_filter     = ["0.0.0.0/0"]
  }
}
`;
    expect(await verdicts(db('open', true) + db('private', false), P)).toEqual(['upcloud_managed_database_mysql.open error properties.ip_filter']);
  });
});

const E = RuleId.ENCRYPTION_AT_REST;

describe('SOV-ENCRYPTION-AT-REST: the provider\'s encryption switched off', () => {
  test('Scaleway: encryption_at_rest = false or absent is an error; true passes', async () => {
    const db = (name: string, extra: string) => `
resource "scaleway_rdb_instance" "${name}" {
  name      = "${name}"
  region    = "fr-par"
  node_type = "DB-DEV-S"
  engine    = "PostgreSQL-16"
${extra}
}
`;
    const found = await findings(db('off', '  encryption_at_rest = false') + db('absent', '') + db('on', '  encryption_at_rest = true'), E);
    expect(found.map((f) => `${f.address} ${f.level} ${f.attribute}`).sort()).toEqual([
      'scaleway_rdb_instance.absent error encryption_at_rest',
      'scaleway_rdb_instance.off error encryption_at_rest',
    ]);
    expect(found.find((f) => f.address === 'scaleway_rdb_instance.off')!.message).toMatch(/encryption_at_rest.*false/);
  });

  test('Open Telekom Cloud: a volume without disk_encryption_id is an error; a KMS key passes', async () => {
    const db = (name: string, key: string) => `
resource "opentelekomcloud_rds_instance_v3" "${name}" {
  name              = "${name}"
  availability_zone = ["eu-de-01"]
  flavor            = "rds.pg.c2.large"
  vpc_id            = "vpc"
  subnet_id         = "subnet"
  security_group_id = "sg"
  db {
    type     = "PostgreSQL"
    version  = "16"
    password = random_password.p.result
  }
  volume {
    type = "CLOUDSSD"
    size = 40
${key}
  }
}
`;
    expect(await verdicts(db('plain', '') + db('kms', '    disk_encryption_id = opentelekomcloud_kms_key_v1.k.id'), E)).toEqual([
      'opentelekomcloud_rds_instance_v3.plain error volume.disk_encryption_id',
    ]);
  });

  test('STACKIT: PostgreSQL Flex without an encryption block is a warning (no documented default), an error when the policy requires customer keys; a KMS key passes', async () => {
    const db = (name: string, encryption: string) => `
resource "stackit_postgresflex_instance" "${name}" {
  project_id = "p"
  name       = "${name}"
  region     = "eu01"
  acl        = ["192.0.2.0/24"]
  version    = "17"
${encryption}
}
`;
    const kms = '  encryption = {\n    kek_key_id = "k"\n    kek_key_version = 1\n    kek_keyring_id = "r"\n    service_account = "sa@example.com"\n  }';
    expect(await verdicts(db('plain', '') + db('kms', kms), E)).toEqual(['stackit_postgresflex_instance.plain warning encryption']);
    expect(await verdicts(db('plain', '') + db('kms', kms), E, new SovereigntyPolicy({ requireCustomerManagedKeys: true }))).toEqual(['stackit_postgresflex_instance.plain error encryption']);
  });

  test('IONOS: a PostgreSQL cluster on HDD storage, which the SSD-only encryption statement does not cover (unverified); SSD passes', async () => {
    const db = (name: string, storage: string) => `
resource "ionoscloud_pg_cluster" "${name}" {
  display_name     = "${name}"
  location         = "de/fra"
  backup_location  = "de"
  postgres_version = "16"
  storage_type     = "${storage}"
}
`;
    const found = await findings(db('hdd', 'HDD') + db('ssd', 'SSD Premium') + db('standard', 'SSD Standard'), E);
    expect(found.map((f) => `${f.address} ${f.attribute} ${f.dependsOnUnverifiedFact}: ${f.message}`)).toEqual([
      'ionoscloud_pg_cluster.hdd storage_type true: storage_type = "HDD": IONOS documents encryption at rest for SSD storage only ("SSD now including encryption-at-rest"). ' +
      '(rests on an unverified catalog fact: ionoscloud_pg_cluster with storage_type = "HDD" is not encrypted at rest; verify it at https://docs.ionos.com/cloud/databases/postgresql/overview)',
    ]);
    expect(found[0].remediation).toMatch(/^Use storage_type = "SSD Premium" or "SSD Standard"/);
  });

  test('IONOS, Exoscale and UpCloud encrypt every database (nothing to switch); OVHcloud, which documents none for the volumes, rests on an unverified fact', async () => {
    const hcl = `
resource "exoscale_dbaas" "pg" {
  name = "pg"
  zone = "ch-gva-2"
  type = "pg"
  plan = "startup-4"
}

resource "upcloud_managed_database_postgresql" "pg" {
  name  = "pg"
  title = "pg"
  plan  = "1x1xCPU-2GB-25GB"
  zone  = "fi-hel1"
}

resource "ovh_cloud_project_database" "pg" {
  service_name   = "p"
  engine         = "postgresql"
  version        = "16"
  plan           = "essential"
  flavor         = "db1-4"
  backup_regions = ["GRA"]
  nodes {
    region = "GRA"
  }
}
`;
    const found = await findings(hcl, E);
    expect(found.map((f) => `${f.address} ${f.dependsOnUnverifiedFact}`)).toEqual(['ovh_cloud_project_database.pg true']);
  });
});

const T = RuleId.ENCRYPTION_IN_TRANSIT;

describe('SOV-ENCRYPTION-IN-TRANSIT: TLS not required', () => {
  test('Open Telekom Cloud: a MySQL instance without ssl_enable = true; true passes (PostgreSQL has no switch)', async () => {
    const db = (name: string, type: string, ssl: string) => `
resource "opentelekomcloud_rds_instance_v3" "${name}" {
  name              = "${name}"
  availability_zone = ["eu-de-01"]
  flavor            = "rds.mysql.c2.large"
  vpc_id            = "vpc"
  subnet_id         = "subnet"
  security_group_id = "sg"
${ssl}
  db {
    type     = "${type}"
    version  = "8.0"
    password = random_password.p.result
  }
  volume {
    type = "CLOUDSSD"
    size = 40
  }
}
`;
    const found = await findings(db('off', 'MySQL', '  ssl_enable = false') + db('absent', 'MySQL', '') + db('on', 'MySQL', '  ssl_enable = true') + db('pg', 'PostgreSQL', ''), T);
    expect(found.map((f) => `${f.address} ${f.level} ${f.attribute}: ${f.message}`).sort()).toEqual([
      'opentelekomcloud_rds_instance_v3.absent error ssl_enable: The MySQL instance does not enable SSL: `ssl_enable` is not set.',
      'opentelekomcloud_rds_instance_v3.off error ssl_enable: The MySQL instance does not enable SSL: `ssl_enable` is false.',
    ]);
  });

  test('UpCloud: a Valkey service with properties.valkey_ssl = false; absent (default true) or true passes', async () => {
    const db = (name: string, props: string) => `
resource "upcloud_managed_database_valkey" "${name}" {
  name  = "${name}"
  title = "${name}"
  plan  = "1x1xCPU-2GB"
  zone  = "fi-hel1"
${props}
}
`;
    const found = await findings(db('off', '  properties {\n    valkey_ssl = false\n  }') + db('dflt', '') + db('on', '  properties {\n    valkey_ssl = true\n  }'), T);
    expect(found.map((f) => `${f.address} ${f.level} ${f.attribute}: ${f.message}`)).toEqual([
      'upcloud_managed_database_valkey.off error properties.valkey_ssl: The Valkey service accepts unencrypted connections: `properties.valkey_ssl` is false.',
    ]);
    expect(found[0].remediation).toMatch(/Remove properties\.valkey_ssl or set it to true \(the default\)\./);
  });
});

const S = RuleId.SECRETS;

describe('SOV-SECRETS: literal admin passwords of managed databases', () => {
  const random = 'resource "random_password" "p" {\n  length = 32\n}\n';

  test.each([
    ['Scaleway', 'scaleway_rdb_instance', (pw: string) => `  region = "fr-par"\n  node_type = "DB-DEV-S"\n  engine = "PostgreSQL-16"\n  user_name = "admin"\n  password = ${pw}`, 'password'],
    ['Scaleway (write-only)', 'scaleway_rdb_instance', (pw: string) => `  region = "fr-par"\n  node_type = "DB-DEV-S"\n  engine = "PostgreSQL-16"\n  password_wo = ${pw}\n  password_wo_version = 1`, 'password_wo'],
    ['IONOS', 'ionoscloud_pg_cluster', (pw: string) => `  location = "de/fra"\n  credentials {\n    username = "admin"\n    password = ${pw}\n  }`, 'credentials[0].password'],
    ['IONOS MariaDB', 'ionoscloud_mariadb_cluster', (pw: string) => `  location = "de/txl"\n  credentials {\n    username = "admin"\n    password = ${pw}\n  }`, 'credentials[0].password'],
    ['Exoscale', 'exoscale_dbaas', (pw: string) => `  zone = "ch-gva-2"\n  type = "pg"\n  plan = "startup-4"\n  pg {\n    admin_username = "admin"\n    admin_password = ${pw}\n  }`, 'pg[0].admin_password'],
    ['UpCloud', 'upcloud_managed_database_postgresql', (pw: string) => `  zone = "fi-hel1"\n  plan = "1x1xCPU-2GB-25GB"\n  title = "db"\n  properties {\n    admin_username = "admin"\n    admin_password = ${pw}\n  }`, 'properties[0].admin_password'],
    ['Open Telekom Cloud', 'opentelekomcloud_rds_instance_v3', (pw: string) => `  availability_zone = ["eu-de-01"]\n  db {\n    type = "PostgreSQL"\n    version = "16"\n    password = ${pw}\n  }`, 'db[0].password'],
  ])('%s: a literal password is an error; random_password passes', async (_provider, type, body, attribute) => {
    const hcl = `${random}resource "${type}" "literal" {\n  name = "literal"\n${body('"Sup3r-s3cret!"')}\n}\nresource "${type}" "generated" {\n  name = "generated"\n${body('random_password.p.result')}\n}\n`;
    const found = await findings(hcl, S);
    expect(found.map((f) => `${f.address} ${f.level} ${f.attribute}`)).toEqual([`${type}.literal error ${attribute}`]);
    expect(found[0].message).toBe(`A secret is written into the configuration: ${attribute} is a literal value.`);
  });

  test('a sensitive variable without default passes; one with a literal default is reported where it is used', async () => {
    const hcl = `
variable "db_password" {
  type      = string
  sensitive = true
}

variable "weak" {
  type      = string
  sensitive = true
  default   = "changeme123"
}

resource "opentelekomcloud_rds_instance_v3" "ok" {
  name              = "ok"
  availability_zone = ["eu-de-01"]
  db {
    type     = "PostgreSQL"
    version  = "16"
    password = var.db_password
  }
}

resource "opentelekomcloud_rds_instance_v3" "weak" {
  name              = "weak"
  availability_zone = ["eu-de-01"]
  db {
    type     = "PostgreSQL"
    version  = "16"
    password = var.weak
  }
}
`;
    expect(await verdicts(hcl, S)).toEqual(['opentelekomcloud_rds_instance_v3.weak error db[0].password']);
  });
});

const R = RuleId.RETENTION;
const MAX30 = new SovereigntyPolicy({ jurisdiction: Jurisdiction.EU, personalDataMaxRetention: Retention.days(30) });

describe('SOV-RETENTION: backups of personal data kept longer than the policy allows', () => {
  test('Scaleway: backup_schedule_retention above the bound on an instance tagged personal; within it, backups disabled or unmarked pass', async () => {
    const db = (name: string, tags: string, extra: string) => `
resource "scaleway_rdb_instance" "${name}" {
  name      = "${name}"
  region    = "fr-par"
  node_type = "DB-DEV-S"
  engine    = "PostgreSQL-16"
  tags      = [${tags}]
${extra}
}
`;
    const personal = '"data-classification=personal", "team-a"';
    const hcl = db('long', personal, '  backup_schedule_retention = 90') + db('short', personal, '  backup_schedule_retention = 14') +
      db('disabled', personal, '  disable_backup = true\n  backup_schedule_retention = 90') + db('unmarked', '"team-a"', '  backup_schedule_retention = 90');
    const found = await findings(hcl, R, MAX30);
    expect(found.map((f) => `${f.address} ${f.level} ${f.attribute}: ${f.message}`)).toEqual([
      'scaleway_rdb_instance.long error backup_schedule_retention: It is marked as holding personal data (personal); its automated backups are kept 90 days (backup_schedule_retention), ' +
      'longer than the policy maximum of 30 days: deleted personal data lives on in the backups.',
    ]);
    expect(found[0].remediation).toMatch(/^Set backup_schedule_retention to at most 30 days\./);
    // Without a bound in the policy nothing is judged.
    expect(await verdicts(hcl, R, EU)).toEqual([]);
  });

  test('Open Telekom Cloud: backup_strategy.keep_days above the bound; within it, or 0 (backups off), passes', async () => {
    const db = (name: string, days: number) => `
resource "opentelekomcloud_rds_instance_v3" "${name}" {
  name              = "${name}"
  availability_zone = ["eu-de-01"]
  tags = {
    data-classification = "personal"
  }
  backup_strategy {
    start_time = "08:00-09:00"
    keep_days  = ${days}
  }
}
`;
    expect(await verdicts(db('long', 365) + db('short', 7) + db('off', 0), R, MAX30)).toEqual([
      'opentelekomcloud_rds_instance_v3.long error backup_strategy.keep_days',
    ]);
  });

  test('UpCloud: properties.backup_retention_days above the bound; within it passes; an unknown value cannot be verified', async () => {
    const db = (name: string, days: string) => `
resource "upcloud_managed_database_postgresql" "${name}" {
  name  = "${name}"
  title = "${name}"
  plan  = "1x1xCPU-2GB-25GB"
  zone  = "fi-hel1"
  labels = {
    data-classification = "personal"
  }
  properties {
    backup_retention_days = ${days}
  }
}
`;
    // A root module (it configures its provider): a required variable is unknown here. In a module
    // without provider configuration the caller decides it (reusable-module.test.ts).
    const hcl = 'provider "upcloud" {}\nvariable "days" { type = number }\n' + db('long', '30') + db('short', '7') + db('unknown', 'var.days');
    const found = await findings(hcl, R, new SovereigntyPolicy({ jurisdiction: Jurisdiction.EU, personalDataMaxRetention: Retention.days(14) }));
    expect(found.map((f) => `${f.address} ${f.level} ${f.attribute}`)).toEqual([
      'upcloud_managed_database_postgresql.long error properties.backup_retention_days',
      'upcloud_managed_database_postgresql.unknown error properties.backup_retention_days',
    ]);
    expect(found[1].message).toBe('It is marked as holding personal data (personal), but how long its automated backups are kept (properties.backup_retention_days) cannot be verified before apply.');
  });
});
