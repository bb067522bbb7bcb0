import { ComplianceEngine } from '../../lib/compliance/engine';
import { loadInputs } from '../../lib/compliance/input/load';
import { Pack } from '../../lib/compliance/packs';
import { Finding } from '../../lib/compliance/report/model';
import { RuleId } from '../../lib/compliance/rules/ids';
import { FindingLevel } from '../../lib/compliance/types';
import { tempFiles } from './input/temp-files';

const L = RuleId.LOCATION;
const U = RuleId.LOCATION_UNKNOWN;

/*
 * Class 11 of issue 16: a module directory with no provider configuration inherits its
 * location from its caller. On its own it says so once, at info level; run on the root module
 * that calls it, its resources are judged with the caller's providers and variables.
 */

const tmp = tempFiles('cdktf-sovereign-module-');

async function check(files: Record<string, string>, dir = ''): Promise<Finding[]> {
  const root = tmp.files(files);
  const [loaded] = await loadInputs(dir ? `${root}/${dir}` : root);
  const engine = new ComplianceEngine({ packs: [Pack.custom('t', 'location', [{ ruleId: L, level: FindingLevel.ERROR }, { ruleId: U, level: FindingLevel.ERROR }])], asOf: '2026-11-28' });
  return engine.check(loaded.configuration, loaded.name).findings.filter((f) => f.ruleId === L || f.ruleId === U);
}

const rows = (findings: Finding[]) => findings.map((f) => [f.ruleId, f.address, f.level]);

const HETZNER_MODULE = `
terraform {
  required_providers {
    hcloud = { source = "hetznercloud/hcloud" }
  }
}

variable "location" {
  type = string
}

resource "hcloud_server" "this" {
  name        = "app"
  server_type = "cx22"
  image       = "debian-12"
  location    = var.location
}

resource "hcloud_volume" "data" {
  name     = "data"
  size     = 10
  location = var.location
}
`;

describe('Hetzner: a module whose location is a required variable', () => {
  test('on its own: one info on the provider it inherits, naming the resources, and no error', async () => {
    const findings = await check({ 'main.tf': HETZNER_MODULE });
    expect(rows(findings)).toEqual([[U, 'provider.hcloud', 'info']]);
    expect(findings[0].message).toMatch(/^No provider configuration for hcloud here: this looks like a reusable module, which inherits its location from its caller/);
    expect(findings[0].message).toContain('Locations the caller decides: hcloud_server.this, hcloud_volume.data.');
  });

  test('called by a root module: judged with the caller\'s location (non-compliant in Ashburn, compliant in Falkenstein)', async () => {
    const root = `
terraform {
  required_providers {
    hcloud = { source = "hetznercloud/hcloud" }
  }
}

provider "hcloud" {}

module "eu" {
  source   = "./modules/app"
  location = "fsn1"
}

module "us" {
  source   = "./modules/app"
  location = "ash"
}
`;
    const findings = await check({ 'main.tf': root, 'modules/app/main.tf': HETZNER_MODULE });
    expect(rows(findings)).toEqual([
      [L, 'module.us.hcloud_server.this', 'error'],
      [L, 'module.us.hcloud_volume.data', 'error'],
    ]);
  });

  test('a module that hard-codes a location outside the EU is still an error on its own', async () => {
    const findings = await check({ 'main.tf': HETZNER_MODULE.replace(/var\.location/g, '"ash"') });
    expect(rows(findings)).toEqual([[L, 'hcloud_server.this', 'error'], [L, 'hcloud_volume.data', 'error']]);
  });

  test('a location from a data source is unknown wherever the module is called: still an error', async () => {
    const findings = await check({ 'main.tf': HETZNER_MODULE.replace('location    = var.location', 'location    = data.hcloud_location.l.description') + '\ndata "hcloud_location" "l" {\n  name = "fsn1"\n}\n' });
    expect(rows(findings)).toEqual([[U, 'hcloud_server.this', 'error'], [U, 'provider.hcloud', 'info']]);
  });
});

describe('Exoscale and OTC: modules without provider configuration', () => {
  test('Exoscale: zone = var.zone without default is one info', async () => {
    const module = 'terraform {\n  required_providers {\n    exoscale = { source = "exoscale/exoscale" }\n  }\n}\nvariable "zone" {\n  type = string\n}\nresource "exoscale_compute_instance" "this" {\n  zone        = var.zone\n  name        = "bastion"\n  type        = "standard.small"\n  template_id = "t"\n}\n';
    expect(rows(await check({ 'main.tf': module }))).toEqual([[U, 'provider.exoscale', 'info']]);
  });

  test('OTC: a bucket with no region at all is one info; with a provider configuration and no region it is an error', async () => {
    const module = 'terraform {\n  required_providers {\n    opentelekomcloud = { source = "opentelekomcloud/opentelekomcloud" }\n  }\n}\nresource "opentelekomcloud_obs_bucket" "this" {\n  bucket = "b"\n}\n';
    expect(rows(await check({ 'main.tf': module }))).toEqual([[U, 'provider.opentelekomcloud', 'info']]);
    const root = module + 'provider "opentelekomcloud" {}\n';
    expect(rows(await check({ 'main.tf': root }))).toEqual([[U, 'opentelekomcloud_obs_bucket.this', 'error']]);
  });
});

describe('OpenStack: a module without provider configuration (its caller names the cloud)', () => {
  // Written as old OTC modules are: the openstack provider, no required_providers, volumes v2.
  const module = 'variable "size" {}\nresource "openstack_blockstorage_volume_v2" "data" {\n  name = "data"\n  size = var.size\n}\nresource "openstack_compute_instance_v2" "vm" {\n  name        = "vm"\n  flavor_name = "s3.medium.2"\n  image_name  = "Standard_Debian_12_latest"\n}\n';

  test('on its own: one info on provider.openstack, none per resource', async () => {
    expect(rows(await check({ 'main.tf': module }))).toEqual([[U, 'provider.openstack', 'info']]);
  });

  test('the volume\'s encryption, which depends on the cloud, is a warning that points at the caller', async () => {
    const root = tmp.files({ 'main.tf': module });
    const [loaded] = await loadInputs(root);
    const findings = new ComplianceEngine({ asOf: '2026-11-28' }).check(loaded.configuration, loaded.name).findings.filter((f) => f.ruleId === RuleId.ENCRYPTION_AT_REST);
    expect(findings.map((f) => [f.address, f.level])).toEqual([['openstack_blockstorage_volume_v2.data', 'warning']]);
    expect(findings[0].message).toContain('the cloud is the one the module\'s caller configures for provider openstack');
  });

  test('with a provider configuration that names no cloud: an error on each located resource', async () => {
    const findings = await check({ 'main.tf': module + 'provider "openstack" {}\n' });
    expect(rows(findings)).toEqual([[U, 'openstack_blockstorage_volume_v2.data', 'error'], [U, 'openstack_compute_instance_v2.vm', 'error']]);
  });
});

describe('Kubernetes: a module without provider configuration', () => {
  const module = 'resource "kubernetes_namespace_v1" "this" {\n  metadata {\n    name = "app"\n  }\n}\nresource "kubernetes_config_map_v1" "this" {\n  metadata {\n    name      = "settings"\n    namespace = "app"\n  }\n  data = {\n    MODE = "prod"\n  }\n}\n';

  test('on its own: one info on provider.kubernetes, none per object', async () => {
    const findings = await check({ 'main.tf': module });
    expect(rows(findings)).toEqual([[U, 'provider.kubernetes', 'info']]);
  });

  test('with a provider configuration naming a kubeconfig context: one error on the provider', async () => {
    const findings = await check({ 'main.tf': module + 'provider "kubernetes" {\n  config_path = "~/.kube/config"\n}\n' });
    expect(rows(findings)).toEqual([[U, 'provider.kubernetes', 'error']]);
  });
});

describe('secondary locations in a module without provider configuration', () => {
  test('OTC: a CTS tracker writing to the module\'s own bucket reports no log-sink location of its own', async () => {
    const module = 'terraform {\n  required_providers {\n    opentelekomcloud = {\n      source                = "opentelekomcloud/opentelekomcloud"\n      configuration_aliases = [opentelekomcloud.audit]\n    }\n  }\n}\n' +
      'resource "opentelekomcloud_obs_bucket" "trail" {\n  provider = opentelekomcloud.audit\n  bucket   = "trail"\n}\n' +
      'resource "opentelekomcloud_cts_tracker_v3" "this" {\n  provider    = opentelekomcloud.audit\n  bucket_name = opentelekomcloud_obs_bucket.trail.bucket\n  status      = "enabled"\n}\n';
    const findings = await check({ 'main.tf': module });
    expect(rows(findings)).toEqual([[U, 'provider.opentelekomcloud.audit', 'info']]);
    // In a root module without a location, the bucket carries the error, once; the tracker repeats nothing.
    const root = await check({ 'main.tf': module + 'provider "opentelekomcloud" {\n  alias = "audit"\n}\n' });
    expect(rows(root)).toEqual([[U, 'opentelekomcloud_obs_bucket.trail', 'error']]);
  });

  test('OVHcloud: a replica region from a required variable is the caller\'s to decide (info, no error)', async () => {
    const module = 'terraform {\n  required_providers {\n    ovh = { source = "ovh/ovh" }\n  }\n}\nvariable "region" {\n  type = string\n}\nvariable "backup_region" {\n  type = string\n}\n' +
      'resource "ovh_cloud_project_storage" "source" {\n  service_name = "p"\n  region_name  = var.region\n  name         = "src"\n  replication = {\n    rules = [{\n      id          = "r"\n      priority    = 1\n      status      = "enabled"\n      destination = {\n        name   = ovh_cloud_project_storage.backup.name\n        region = var.backup_region\n      }\n    }]\n  }\n}\n' +
      'resource "ovh_cloud_project_storage" "backup" {\n  service_name = "p"\n  region_name  = var.backup_region\n  name         = "dst"\n}\n';
    const findings = await check({ 'main.tf': module });
    expect(findings.filter((f) => f.level === 'error')).toEqual([]);
    // A literal non-EU replica region is still judged in the module.
    const us = await check({ 'main.tf': module.replace('region = var.backup_region', 'region = "BHS"') });
    expect(rows(us).filter((r) => r[2] === 'error')).toEqual([[L, 'ovh_cloud_project_storage.source', 'error']]);
  });
});

describe('values the caller of a module supplies', () => {
  async function checkAll(files: Record<string, string>): Promise<Finding[]> {
    const root = tmp.files(files);
    const [loaded] = await loadInputs(root);
    const engine = new ComplianceEngine({ packs: [Pack.GDPR], asOf: '2026-11-28' });
    return engine.check(loaded.configuration, loaded.name).findings.filter((f) => f.ruleId === RuleId.ENCRYPTION_IN_TRANSIT);
  }
  const VPN = (defaults: boolean) => 'terraform {\n  required_providers {\n    opentelekomcloud = { source = "opentelekomcloud/opentelekomcloud" }\n  }\n}\n' +
    `variable "ike_encryption" {\n  type = string\n${defaults ? '  default = "3des"\n' : ''}}\n` +
    'resource "opentelekomcloud_vpnaas_ike_policy_v2" "this" {\n  name                 = "ike"\n  ike_version          = "v2"\n  auth_algorithm       = "sha2-256"\n  encryption_algorithm = var.ike_encryption\n  pfs                  = "group20"\n}\n';

  test('an IPsec algorithm from a required variable of a module without provider configuration is a warning, not an error', async () => {
    const findings = await checkAll({ 'main.tf': VPN(false) });
    expect(findings.map((f) => [f.address, f.attribute, f.level])).toEqual([['opentelekomcloud_vpnaas_ike_policy_v2.this', 'encryption_algorithm', 'warning']]);
    expect(findings[0].message).toMatch(/var\.ike_encryption .*the module's caller/);
  });

  test('a weak default, or the same variable in a root module with a provider configuration, is still an error', async () => {
    const weak = await checkAll({ 'main.tf': VPN(true) });
    expect(weak.map((f) => [f.attribute, f.level])).toEqual([['encryption_algorithm', 'error']]);
    const root = await checkAll({ 'main.tf': VPN(false) + 'provider "opentelekomcloud" {\n  auth_url = "https://iam.eu-de.otc.t-systems.com/v3"\n}\n' });
    expect(root.map((f) => [f.attribute, f.level])).toEqual([['encryption_algorithm', 'error']]);
  });
});

describe('values the caller of a module supplies through for_each', () => {
  async function checkAll(files: Record<string, string>): Promise<Finding[]> {
    const root = tmp.files(files);
    const [loaded] = await loadInputs(root);
    const engine = new ComplianceEngine({ packs: [Pack.GDPR], asOf: '2026-11-28' });
    return engine.check(loaded.configuration, loaded.name).findings.filter((f) => f.ruleId === RuleId.ENCRYPTION_AT_REST || f.ruleId === RuleId.PUBLIC_EXPOSURE);
  }
  const MODULE = (defaults: boolean) => 'terraform {\n  required_providers {\n    scaleway = { source = "scaleway/scaleway" }\n  }\n}\n' +
    `variable "instances" {\n  type = list(any)\n${defaults ? '  default = [{ name = "a", encryption_at_rest = false, ip = "0.0.0.0/0" }]\n' : ''}}\n` +
    'resource "scaleway_rdb_instance" "this" {\n  for_each           = { for i in var.instances : i.name => i }\n  name               = each.key\n  engine             = "PostgreSQL-16"\n  node_type          = "DB-DEV-S"\n  encryption_at_rest = each.value.encryption_at_rest\n}\n' +
    'resource "scaleway_rdb_acl" "this" {\n  for_each    = { for i in var.instances : i.name => i }\n  instance_id = scaleway_rdb_instance.this[each.key].id\n  acl_rules {\n    ip          = lookup(each.value, "ip")\n    description = "from the caller"\n  }\n}\n';

  test('each.value of a for_each over a required input: warnings naming the input, not errors', async () => {
    const findings = await checkAll({ 'main.tf': MODULE(false) });
    expect(findings.map((f) => [f.ruleId, f.address, f.attribute, f.level])).toEqual([
      [RuleId.ENCRYPTION_AT_REST, 'scaleway_rdb_instance.this', 'encryption_at_rest', 'warning'],
      [RuleId.PUBLIC_EXPOSURE, 'scaleway_rdb_acl.this', 'acl_rules', 'warning'],
    ]);
    expect(findings[1].message).toMatch(/var\.instances .*the module's caller/);
  });

  test('a for_each over a default is judged on its values: errors', async () => {
    const findings = await checkAll({ 'main.tf': MODULE(true) });
    expect(findings.filter((f) => f.level === 'error').map((f) => [f.ruleId, f.attribute])).toEqual([
      [RuleId.ENCRYPTION_AT_REST, 'encryption_at_rest'],
      [RuleId.PUBLIC_EXPOSURE, 'acl_rules'],
    ]);
  });
});
