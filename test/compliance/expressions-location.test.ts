/*
 * Locations written as expressions Terraform knows before apply (issue 16, class 10): each
 * pattern once resolving to an EU location (no finding) and once to a US location (a location
 * error on the resource), and expressions Terraform does not know before apply staying
 * unknown (an unknown-location finding, never a guess).
 */
import { RuleId } from '../../lib/compliance/rules/ids';
import { loadInputs } from '../../lib/compliance/input/load';
import { findingsOf, flagged, s3Provider, tf } from './helpers';
import { ComplianceEngine } from '../../lib/compliance/engine';
import { Pack } from '../../lib/compliance/packs';
import { FindingLevel } from '../../lib/compliance/types';
import { tempFiles } from './input/temp-files';

const L = RuleId.LOCATION;
const U = RuleId.LOCATION_UNKNOWN;

const ZONES = { default: { eu: 'fsn1', us: 'ash' } };

function server(location: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: 'web', server_type: 'cx22', image: 'debian-12', location, ...extra };
}

/** Location findings (errors) and unknown-location findings of a configuration. */
function verdict(config: Record<string, unknown>): { outside: string[]; unknown: string[] } {
  return { outside: flagged(config, L), unknown: flagged(config, U) };
}

const CLEAN = { outside: [], unknown: [] };

describe('locations computed from variables, locals and functions', () => {
  test.each([
    ['eu', CLEAN],
    ['us', { outside: ['hcloud_server.web'], unknown: [] }],
  ])('lookup(var.zones, var.region) with region %s', (region, expected) => {
    const config = tf({
      variable: { zones: ZONES, region: { type: 'string', default: region } },
      resource: { hcloud_server: { web: server('${lookup(var.zones, var.region)}') } },
    });
    expect(verdict(config)).toEqual(expected);
  });

  test('the US location is named in the finding, with the argument that decides it', () => {
    const config = tf({
      variable: { zones: ZONES, region: { default: 'us' } },
      resource: { hcloud_server: { web: server('${lookup(var.zones, var.region)}') } },
    });
    const [finding] = findingsOf(config, L);
    expect(finding.message).toMatch(/ash \(US \(United States\)\), determined from argument location/);
    expect(finding.attribute).toBe('location');
  });

  test('a map of locals indexed by a literal key: a Scaleway bucket in Paris, a Hetzner server in Ashburn', () => {
    const config = tf({
      locals: { regions: { paris: 'fr-par', amsterdam: 'nl-ams' }, zones: { virginia: 'ash', falkenstein: 'fsn1' } },
      resource: {
        scaleway_object_bucket: { data: { name: 'data', region: '${local.regions["paris"]}' } },
        hcloud_server: { eu: server('${local.zones.falkenstein}'), us: server('${local.zones["virginia"]}') },
      },
    });
    expect(verdict(config)).toEqual({ outside: ['hcloud_server.us'], unknown: [] });
  });

  test.each([
    ['eu', 'central', CLEAN],
    ['us', 'east', { outside: ['aws_ebs_volume.disk'], unknown: [] }],
  ])('format("%%s-%%s-1", …) as a provider region: %s-%s-1', (a, b, expected) => {
    const config = tf({
      variable: { area: { default: a }, part: { default: b } },
      provider: { aws: { region: '${format("%s-%s-1", var.area, var.part)}' } },
      resource: { aws_ebs_volume: { disk: { size: 10 } } },
    });
    expect(verdict(config)).toEqual(expected);
  });

  test.each([
    [null, CLEAN],
    ['hil', { outside: ['hcloud_server.web'], unknown: [] }],
  ])('coalesce(var.location, "nbg1") with the variable %p', (value, expected) => {
    const config = tf({
      variable: { location: { type: 'string', default: value } },
      resource: { hcloud_server: { web: server('${coalesce(var.location, "nbg1")}') } },
    });
    expect(verdict(config)).toEqual(expected);
  });

  test.each([
    [{}, CLEAN],
    [{ location: 'ash' }, { outside: ['hcloud_server.web'], unknown: [] }],
  ])('try(var.settings.location, "fsn1") with settings %p', (settings, expected) => {
    const config = tf({
      variable: { settings: { default: settings } },
      resource: { hcloud_server: { web: server('${try(var.settings.location, "fsn1")}') } },
    });
    expect(verdict(config)).toEqual(expected);
  });

  test.each([
    ['prod', CLEAN],
    ['staging', { outside: ['hcloud_server.web'], unknown: [] }],
  ])('a conditional on a known variable: environment %s', (environment, expected) => {
    const config = tf({
      variable: { environment: { default: environment } },
      resource: { hcloud_server: { web: server('${var.environment == "prod" ? "fsn1" : "ash"}') } },
    });
    expect(verdict(config)).toEqual(expected);
  });

  test.each([
    ['f', CLEAN],
    ['a', { outside: ['hcloud_server.web'], unknown: [] }],
  ])('a for expression over literals, filtered by the prefix %s', (prefix, expected) => {
    const config = tf({
      variable: { prefix: { default: prefix } },
      resource: { hcloud_server: { web: server('${[for l in ["ash", "fsn1", "hil"] : l if startswith(l, var.prefix)][0]}') } },
    });
    expect(verdict(config)).toEqual(expected);
  });

  test('an object for expression over a variable, indexed by a literal key', () => {
    const config = tf({
      variable: { sites: { default: [{ name: 'main', zone: 'fsn1' }, { name: 'dr', zone: 'hil' }] } },
      resource: {
        hcloud_server: {
          main: server('${{ for s in var.sites : s.name => s.zone }["main"]}'),
          dr: server('${{ for s in var.sites : s.name => s.zone }["dr"]}'),
        },
      },
    });
    expect(verdict(config)).toEqual({ outside: ['hcloud_server.dr'], unknown: [] });
  });

  test('a template over locals builds the S3 endpoint of the provider', () => {
    const ok = tf({
      locals: { zone: 'de-fra-1' },
      provider: { aws: s3Provider('https://sos-${lower(local.zone)}.exo.io', 'de-fra-1') },
      resource: { aws_s3_bucket: { b: { bucket: 'data' } } },
    });
    expect(verdict(ok)).toEqual(CLEAN);
  });

  test('a variable of an object type with an optional attribute default', () => {
    const config = tf({
      variable: {
        server: { type: '${object({ name = string, location = optional(string, "ash") })}', default: { name: 'web' } },
      },
      resource: { hcloud_server: { web: server('${var.server.location}') } },
    });
    expect(verdict(config)).toEqual({ outside: ['hcloud_server.web'], unknown: [] });
  });

  test('an argument that evaluates to null is not set: the provider configuration decides', () => {
    const config = tf({
      variable: { region: { type: 'string', default: null } },
      provider: { scaleway: { region: 'nl-ams' } },
      resource: { scaleway_object_bucket: { b: { name: 'b', region: '${var.region}' } } },
    });
    expect(verdict(config)).toEqual(CLEAN);
    const [finding] = findingsOf(config, L, { policy: franceOnly() });
    expect(finding.message).toMatch(/nl-ams .*region of provider scaleway/);
  });
});

describe('instances of count and for_each', () => {
  test('every instance at the same computed location: known', () => {
    const config = tf({
      variable: { zones: ZONES },
      resource: { hcloud_server: { web: server('${var.zones["us"]}', { count: 3, name: 'web-${count.index}' }) } },
    });
    expect(verdict(config)).toEqual({ outside: ['hcloud_server.web'], unknown: [] });
  });

  test.each([
    [{ a: 'fsn1', b: 'nbg1' }, CLEAN],
    // The finding sits on the instance outside the jurisdiction (issue 16, class 10), not on the resource.
    [{ a: 'fsn1', b: 'ash' }, { outside: ['hcloud_server.web["b"]'], unknown: [] }],
  ])('instances at different locations from each.value %p: every instance is located', (servers, expected) => {
    const config = tf({
      variable: { servers: { default: servers } },
      resource: { hcloud_server: { web: server('${each.value}', { for_each: '${var.servers}' }) } },
    });
    expect(verdict(config)).toEqual(expected);
  });

  test('the finding names the instance and its own location', () => {
    const config = tf({
      resource: { hcloud_server: { web: server('${lookup({ a = "fsn1", b = "ash" }, each.key)}', { for_each: '${toset(["a", "b"])}' }) } },
    });
    const findings = findingsOf(config, L);
    expect(findings.map((f) => f.address)).toEqual(['hcloud_server.web["b"]']);
    expect(findings[0].message).toMatch(/located in ash \(US \(United States\)\), determined from argument location/);
  });

  test('an instance whose location is not known makes the resource unknown', () => {
    const config = tf({
      data: { hcloud_datacenter: { d: { name: 'x' } } },
      resource: { hcloud_server: { web: server('${each.key == "a" ? "fsn1" : data.hcloud_datacenter.d.location}', { for_each: { a: 1, b: 2 } }) } },
    });
    expect(verdict(config)).toEqual({ outside: [], unknown: ['hcloud_server.web'] });
  });

  test('instances that agree through each.value: known', () => {
    const config = tf({
      resource: { hcloud_server: { web: server('${each.value.zone}', { for_each: { a: { zone: 'nbg1' }, b: { zone: 'nbg1' } } }) } },
    });
    expect(verdict(config)).toEqual(CLEAN);
  });

  test('a count computed from a conditional switches a US server off', () => {
    const config = tf({
      variable: { dr: { type: 'bool', default: false } },
      resource: { hcloud_server: { dr: server('ash', { count: '${var.dr ? 1 : 0}' }) } },
    });
    expect(verdict(config)).toEqual(CLEAN);
    const on = tf({ variable: { dr: { type: 'bool', default: true } }, resource: (config as { resource: Record<string, Record<string, unknown>> }).resource });
    expect(verdict(on)).toEqual({ outside: ['hcloud_server.dr'], unknown: [] });
  });

  test('for_each over an empty list computed by a for expression: never created', () => {
    const config = tf({
      variable: { extra: { default: [] } },
      resource: { hcloud_server: { extra: server('ash', { for_each: '${toset([for z in var.extra : z if z != ""])}' }) } },
    });
    expect(verdict(config)).toEqual(CLEAN);
  });
});

describe('what Terraform does not know before apply stays unknown', () => {
  test.each([
    ['a data source attribute', '${data.hcloud_datacenter.d.location}'],
    ['a computed attribute of another resource', '${hcloud_primary_ip.ip.location}'],
    ['a variable without a value', '${var.location}'],
    ['timestamp()', '${substr(timestamp(), 0, 4) == "2026" ? "fsn1" : "ash"}'],
    ['uuid()', '${uuid() == "x" ? "fsn1" : "ash"}'],
    ['a file the engine does not read', '${trimspace(file("location.txt"))}'],
    ['try over an unknown', '${try(data.hcloud_datacenter.d.location, "fsn1")}'],
    ['a provider-defined function', '${provider::hcloud::location("x")}'],
  ])('%s', (_what, location) => {
    const config = tf({
      provider: { hcloud: {} },
      variable: { location: { type: 'string' } },
      data: { hcloud_datacenter: { d: { name: 'fsn1-dc14' } } },
      resource: { hcloud_primary_ip: { ip: { type: 'ipv4', assignee_type: 'server', auto_delete: true } }, hcloud_server: { web: server(location) } },
    });
    expect(flagged(config, U)).toEqual(['hcloud_server.web']);
    expect(flagged(config, L)).toEqual([]);
  });

  test('a conditional on an unknown whose branches agree is known', () => {
    const config = tf({
      data: { hcloud_datacenter: { d: { name: 'x' } } },
      resource: { hcloud_server: { web: server('${data.hcloud_datacenter.d.id == "" ? "ash" : "ash"}') } },
    });
    expect(verdict(config)).toEqual({ outside: ['hcloud_server.web'], unknown: [] });
  });
});

describe('plain .tf read by the CLI loader', () => {
  const tmp = tempFiles('cdktf-sovereign-expr-');

  async function check(files: Record<string, string>): Promise<{ outside: string[]; unknown: string[] }> {
    const [loaded] = await loadInputs(tmp.files(files));
    const engine = new ComplianceEngine({ packs: [Pack.custom('t', 'location', [{ ruleId: L, level: FindingLevel.ERROR }, { ruleId: U, level: FindingLevel.ERROR }])], asOf: '2026-11-28' });
    const findings = engine.check(loaded.configuration, loaded.name).findings;
    const of = (id: string) => [...new Set(findings.filter((f) => f.ruleId === id).map((f) => f.address))].sort();
    return { outside: of(L), unknown: of(U) };
  }

  const MAIN = `
terraform {
  required_providers {
    hcloud   = { source = "hetznercloud/hcloud" }
    scaleway = { source = "scaleway/scaleway" }
  }
}
variable "region" {
  type    = string
  default = "eu"
}
variable "zones" {
  type = map(string)
  default = {
    eu = "fsn1"
    us = "ash"
  }
}
locals {
  regions = { paris = "fr-par", amsterdam = "nl-ams" }
  name    = format("%s-%s", "web", var.region)
}
resource "hcloud_server" "web" {
  name        = local.name
  server_type = "cx22"
  image       = "debian-12"
  location    = lookup(var.zones, var.region)
}
resource "scaleway_object_bucket" "data" {
  name   = "data"
  region = local.regions["paris"]
}
`;

  test('EU by default', async () => {
    expect(await check({ 'main.tf': MAIN })).toEqual(CLEAN);
  });

  test('a terraform.tfvars moves the server to the US', async () => {
    expect(await check({ 'main.tf': MAIN, 'terraform.tfvars': 'region = "us"\n' })).toEqual({ outside: ['hcloud_server.web'], unknown: [] });
  });

  describe('TF_VAR_<name> environment variables, as Terraform reads them', () => {
    const saved = { ...process.env };
    afterEach(() => {
      for (const key of Object.keys(process.env)) if (key.startsWith('TF_VAR_') && !(key in saved)) delete process.env[key];
    });

    test('TF_VAR_region moves the server to the US', async () => {
      process.env.TF_VAR_region = 'us';
      expect(await check({ 'main.tf': MAIN })).toEqual({ outside: ['hcloud_server.web'], unknown: [] });
    });

    test('a terraform.tfvars outranks the environment', async () => {
      process.env.TF_VAR_region = 'us';
      expect(await check({ 'main.tf': MAIN, 'terraform.tfvars': 'region = "eu"\n' })).toEqual(CLEAN);
    });

    test('a map value is parsed as HCL; undeclared TF_VAR_ variables are ignored', async () => {
      process.env.TF_VAR_zones = '{ eu = "hil", us = "ash" }';
      process.env.TF_VAR_not_declared = 'x';
      expect(await check({ 'main.tf': MAIN })).toEqual({ outside: ['hcloud_server.web'], unknown: [] });
    });

    test('a variable without a default takes its value from the environment', async () => {
      process.env.TF_VAR_location = 'ash';
      const main = 'provider "hcloud" {}\nvariable "location" {\n  type = string\n}\nresource "hcloud_server" "web" {\n  name = "web"\n  server_type = "cx22"\n  image = "debian-12"\n  location = var.location\n}\n';
      expect(await check({ 'main.tf': main })).toEqual({ outside: ['hcloud_server.web'], unknown: [] });
      delete process.env.TF_VAR_location;
      expect(await check({ 'main.tf': main })).toEqual({ outside: [], unknown: ['hcloud_server.web'] });
    });

    test('a secret given in the environment is not reported as written in the configuration', async () => {
      process.env.TF_VAR_db_password = "Hunter2-from-the-vault";
      const main = 'variable "db_password" {\n  type = string\n  sensitive = true\n}\nresource "scaleway_rdb_instance" "db" {\n  name = "db"\n  node_type = "DB-DEV-S"\n  engine = "PostgreSQL-15"\n  region = "fr-par"\n  password = var.db_password\n}\n';
      const [loaded] = await loadInputs(tmp.files({ 'main.tf': main }));
      const engine = new ComplianceEngine({ packs: [Pack.custom('t', 'secrets', [{ ruleId: RuleId.SECRETS, level: FindingLevel.ERROR }])], asOf: '2026-11-28' });
      expect(engine.check(loaded.configuration, loaded.name).findings.map((f) => f.message)).toEqual([]);
    });
  });
});

function franceOnly() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Jurisdiction, SovereigntyPolicy } = require('../../lib') as typeof import('../../lib');
  return new SovereigntyPolicy({ jurisdiction: Jurisdiction.countries(['FR']) });
}
