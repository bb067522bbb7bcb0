/*
 * What an EuDatabase will be, decided and checked before anything is created (internal): the
 * provider's offering, the location inside the jurisdiction, the engine and version, the backup
 * location and retention within the policy, the allow list of public-only providers, the
 * classification, and the admin password's origin. Every misuse throws here, with what was
 * given, what is allowed and how to fix it.
 */
import { Annotations, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { DATABASES, DatabaseOffering, EngineOffering, NO_MANAGED_DATABASE } from '../catalog/databases';
import { Catalog } from '../catalog/catalog';
import { RegionInfo } from '../catalog/types';
import { DataClassification, isPersonalData } from '../core/classification';
import { SovereigntyPolicy } from '../core/policy';
import { Retention } from '../core/retention';
import { invalidInput, listAllowed } from '../errors';
import { resolveNetworkLocation } from '../network/location';
import { isEverything, parseBlock } from '../util/addresses';
import type { EuDatabaseProps } from './eu-database';
import { DatabaseEngine } from './options';

/** The checked plan of a database. @internal */
export interface DatabasePlan {
  readonly offering: DatabaseOffering;
  readonly engine: DatabaseEngine;
  readonly engineOffering: EngineOffering;
  readonly version: string;
  readonly region: RegionInfo;
  readonly countries: string[];
  readonly classification: DataClassification;
  readonly personal: boolean;
  /** Backup retention in days where the construct sets it. */
  readonly retentionDays?: number;
  /** Public-only providers: the checked allow list. */
  readonly allowedCidrs: string[];
  readonly deletionProtection: boolean;
  readonly adminUsername: string;
  /** A sensitive variable's reference; undefined: generate (or the provider generates). */
  readonly adminPassword?: string;
  readonly policy: SovereigntyPolicy;
}

const WHAT = 'EuDatabase';

/** The offering of a provider id, or the error that says why there is none. @internal */
export function offeringOf(providerId: unknown): DatabaseOffering {
  const ids = Object.keys(DATABASES);
  const found = typeof providerId === 'string' ? Catalog.tryProvider(providerId) : undefined;
  if (found && DATABASES[found.id]) return DATABASES[found.id];
  if (found && NO_MANAGED_DATABASE[found.id]) {
    const fact = NO_MANAGED_DATABASE[found.id];
    throw invalidInput({
      code: 'NO_MANAGED_DATABASE',
      what: `${WHAT} provider`,
      given: providerId,
      allowed: `a provider with a managed database in its Terraform provider: ${ids.join(', ')}. ${found.name}: ${fact.statement} (${fact.source})`,
      fix: `run PostgreSQL yourself on ${found.name} servers in a HetznerNetwork (no public address, encrypted volumes, backups to an EuBucket), or choose one of the allowed providers.`,
    });
  }
  throw invalidInput({
    code: found?.hyperscaler ? 'NOT_A_EUROPEAN_PROVIDER' : 'UNKNOWN_PROVIDER',
    what: `${WHAT} provider`,
    given: providerId,
    allowed: ids.join(', '),
    fix: found?.hyperscaler ? `${found.name} is a US hyperscaler; EuDatabase targets European providers. Choose one of the allowed providers.` : 'use the catalog id of a European provider with managed databases.',
    candidates: ids,
  });
}

/** Check the props and decide what the provider renders. @internal */
export function planDatabase(scope: IConstruct, props: EuDatabaseProps): DatabasePlan {
  const offering = offeringOf(props.provider);
  const policy = SovereigntyPolicy.of(scope);
  const provider = Catalog.provider(offering.providerId);

  // --- engine and version ---
  const engine = props.engine ?? DatabaseEngine.POSTGRESQL;
  if (!Object.values(DatabaseEngine).includes(engine)) {
    throw invalidInput({ code: 'INVALID_CHOICE', what: `${WHAT} engine`, given: engine, allowed: Object.values(DatabaseEngine).join(', '), fix: 'use a DatabaseEngine value.' });
  }
  const engineOffering = engine === DatabaseEngine.POSTGRESQL ? offering.postgresql : offering.mysql;
  if (!engineOffering) {
    const offered = [DatabaseEngine.POSTGRESQL, ...(offering.mysql ? [DatabaseEngine.MYSQL] : [])];
    throw invalidInput({
      code: 'ENGINE_NOT_OFFERED',
      what: `${WHAT} engine on ${provider.name}`,
      given: engine,
      allowed: `${offered.join(', ')}${offering.mysqlMissing ? ` (${offering.mysqlMissing})` : ''}`,
      fix: 'use DatabaseEngine.POSTGRESQL on this provider, or a provider that offers MySQL (scaleway, ovhcloud, exoscale, upcloud, otc).',
    });
  }
  const version = props.version;
  if (typeof version !== 'string' || version.length === 0) {
    throw invalidInput({ code: 'MISSING_ARGUMENT', what: `${WHAT} version`, given: version, allowed: `a major version of ${engine} on ${provider.name}: ${engineOffering.versions.join(', ')}`, fix: `pass version: "${engineOffering.versions[engineOffering.versions.length - 1]}".` });
  }
  if (!Token.isUnresolved(version) && !engineOffering.versions.includes(version)) {
    throw invalidInput({
      code: 'VERSION_NOT_OFFERED',
      what: `${WHAT} version of ${engine} on ${provider.name}`,
      given: version,
      allowed: `${engineOffering.versions.join(', ')} (${engineOffering.versionsFact.statement} ${engineOffering.versionsFact.source}${engineOffering.versionsFact.verified ? '' : '; unverified list'})`,
      fix: `use one of the allowed versions, spelled as listed (e.g. "${engineOffering.versions[engineOffering.versions.length - 1]}").`,
      candidates: engineOffering.versions,
    });
  }

  // --- location ---
  if (typeof props.location !== 'string' || props.location.length === 0) {
    throw invalidInput({ code: 'MISSING_ARGUMENT', what: `${WHAT} location`, given: props.location, allowed: `a ${offering.locationKinds.join(' or ')} code of ${provider.name}`, fix: 'pass location, e.g. "fr-par".' });
  }
  const located = resolveNetworkLocation(scope, `${WHAT}`, offering.providerId, props.location, offering.locationKinds);
  if (offering.locations && !offering.locations.includes(located.region.code)) {
    throw invalidInput({
      code: 'DATABASE_NOT_IN_LOCATION',
      what: `${WHAT} location of ${provider.name}`,
      given: props.location,
      allowed: `${listAllowed(offering.locations)} (${offering.locationsFact?.statement ?? ''} ${offering.locationsFact?.source ?? ''})`,
      fix: 'choose a location where the managed database service is offered.',
      candidates: offering.locations,
    });
  }

  // --- classification ---
  const given = props.dataClassification;
  if (given !== undefined && !Object.values(DataClassification).includes(given)) {
    throw invalidInput({ code: 'INVALID_CHOICE', what: `${WHAT} dataClassification`, given, allowed: Object.values(DataClassification).join(', '), fix: 'use a DataClassification value.' });
  }
  if (given !== undefined && props.holdsPersonalData !== undefined && isPersonalData(given) !== props.holdsPersonalData) {
    throw invalidInput({
      code: 'CONTRADICTORY_CLASSIFICATION',
      what: `${WHAT} holdsPersonalData and dataClassification`,
      given: { holdsPersonalData: props.holdsPersonalData, dataClassification: given },
      allowed: 'holdsPersonalData true with PERSONAL or SPECIAL_CATEGORY, false with PUBLIC, INTERNAL or CONFIDENTIAL',
      fix: 'set only one of the two, or make them agree.',
    });
  }
  // A database is where personal data usually lives: personal unless told otherwise.
  let classification = given ?? (props.holdsPersonalData === false ? policy.defaultDataClassification : DataClassification.PERSONAL);
  if (props.holdsPersonalData === false && isPersonalData(classification)) classification = DataClassification.CONFIDENTIAL;
  const personal = isPersonalData(classification);

  // --- backups: retention ---
  const retentionDays = planRetention(scope, offering, provider.name, props, personal, policy);

  // --- public-only providers: the allow list ---
  const allowedCidrs = planAllowList(offering, provider.name, props);

  // --- credentials ---
  const adminUsername = props.adminUsername ?? 'dbadmin';
  if (!Token.isUnresolved(adminUsername) && !/^[a-z][a-z0-9_]{2,15}$/.test(adminUsername)) {
    throw invalidInput({ code: 'INVALID_USERNAME', what: `${WHAT} adminUsername`, given: adminUsername, allowed: '3 to 16 lower-case letters, digits and "_", starting with a letter (accepted by every provider; not "postgres", "admin" or "root")', fix: 'use a name such as "dbadmin".' });
  }
  if (['postgres', 'admin', 'root', 'standby', 'avnadmin'].includes(adminUsername)) {
    throw invalidInput({ code: 'RESERVED_USERNAME', what: `${WHAT} adminUsername`, given: adminUsername, allowed: 'a name other than postgres, admin, root, standby and avnadmin (reserved by the providers)', fix: 'use a name such as "dbadmin".' });
  }
  if (props.adminPassword !== undefined) {
    if (!Token.isUnresolved(props.adminPassword)) {
      throw invalidInput({ code: 'LITERAL_SECRET', what: `${WHAT} adminPassword`, given: '<a literal password>', allowed: 'a reference to a sensitive TerraformVariable, or nothing (a generated password)', fix: 'remove adminPassword (a random_password is generated), or pass new TerraformVariable(stack, "db_password", { sensitive: true }).stringValue.' });
    }
    if (offering.password === 'provider-generated') {
      throw invalidInput({ code: 'PASSWORD_GENERATED_BY_PROVIDER', what: `${WHAT} adminPassword on ${provider.name}`, given: '<a reference>', allowed: `nothing: ${offering.passwordFact.statement} (${offering.passwordFact.source})`, fix: 'remove adminPassword; read the generated one from the sensitive output.' });
    }
  }

  return {
    offering, engine, engineOffering, version, region: located.region, countries: located.countries, classification, personal,
    retentionDays, allowedCidrs, deletionProtection: props.deletionProtection ?? true, adminUsername, adminPassword: props.adminPassword, policy,
  };
}

/** Backup retention: within the provider's range and the policy's personal-data bound. */
function planRetention(scope: IConstruct, offering: DatabaseOffering, name: string, props: EuDatabaseProps, personal: boolean, policy: SovereigntyPolicy): number | undefined {
  const requested = props.backupRetention;
  if (requested !== undefined && !(requested instanceof Retention)) {
    throw invalidInput({ code: 'INVALID_RETENTION', what: `${WHAT} backupRetention`, given: requested, allowed: 'a Retention', fix: 'pass Retention.days(7).' });
  }
  const max = personal ? policy.personalDataMaxRetention : undefined;
  const bound = max ? ` and at most ${max.toDays()} days (SovereigntyPolicy.personalDataMaxRetention: backups hold the personal data too)` : '';
  const r = offering.retention;
  const fact = `${offering.retentionFact.statement} (${offering.retentionFact.source})`;
  if (r.configurable) {
    const min = r.minDays ?? 1;
    const top = r.maxDays ?? 3650;
    if (max && max.toDays() < min) {
      throw invalidInput({
        code: 'RETENTION_ABOVE_POLICY',
        what: `${WHAT} backup retention on ${name}`,
        given: `the provider's minimum of ${min} days`,
        allowed: `at most ${max.toDays()} days (SovereigntyPolicy.personalDataMaxRetention); ${fact}`,
        fix: `choose a provider whose backups can be kept for ${max.toDays()} days or less, or raise personalDataMaxRetention if your record of processing allows it.`,
      });
    }
    const days = requested?.toDays() ?? Math.max(min, Math.min(7, max?.toDays() ?? 7));
    if (days < min || days > top) {
      throw invalidInput({ code: 'RETENTION_NOT_OFFERED', what: `${WHAT} backupRetention on ${name}`, given: requested?.toString(), allowed: `${min} to ${top} days${bound}; ${fact}`, fix: `pass Retention.days(n) with n from ${min} to ${top}.` });
    }
    if (max && days > max.toDays()) {
      throw invalidInput({ code: 'RETENTION_ABOVE_POLICY', what: `${WHAT} backupRetention of personal data`, given: requested?.toString(), allowed: `${min} to ${top} days${bound}`, fix: `pass Retention.days(${Math.max(min, max.toDays())}) or less.` });
    }
    return days;
  }
  if (requested !== undefined && !(r.fixedDays !== undefined && requested.toDays() === r.fixedDays)) {
    throw invalidInput({
      code: 'RETENTION_NOT_CONFIGURABLE',
      what: `${WHAT} backupRetention on ${name}`,
      given: requested.toString(),
      allowed: r.fixedDays !== undefined ? `${r.fixedDays} days only: ${fact}` : `nothing: ${fact}`,
      fix: 'remove backupRetention; the provider decides it (see the docs table in docs/databases.md).',
    });
  }
  if (max && r.minDays !== undefined && max.toDays() < r.minDays) {
    throw invalidInput({
      code: 'RETENTION_ABOVE_POLICY',
      what: `${WHAT} backup retention on ${name}`,
      given: `at least ${r.minDays} days (the shortest plan)`,
      allowed: `at most ${max.toDays()} days (SovereigntyPolicy.personalDataMaxRetention); ${fact}`,
      fix: 'choose a provider whose backup retention is configurable, or raise personalDataMaxRetention if your record of processing allows it.',
    });
  }
  const known = r.fixedDays ?? upcloudPlanRetention(offering, props.instanceType);
  if (max && known !== undefined && known > max.toDays()) {
    throw invalidInput({
      code: 'RETENTION_ABOVE_POLICY',
      what: `${WHAT} backup retention on ${name}`,
      given: `${known} days (${offering.providerId === 'upcloud' ? `plan ${props.instanceType}` : 'fixed by the provider'})`,
      allowed: `at most ${max.toDays()} days (SovereigntyPolicy.personalDataMaxRetention); ${fact}`,
      fix: offering.providerId === 'upcloud' ? 'choose a plan with fewer nodes (1 node: 1 day, 2: 7 days, 3: 14 days), or another provider.' : 'choose a provider whose backup retention is configurable, or raise personalDataMaxRetention if your record of processing allows it.',
    });
  }
  if (max && known === undefined && (r.maxDays === undefined || r.maxDays > max.toDays())) {
    Annotations.of(scope).addWarning(`${WHAT} on ${name}: backup retention is set by the plan (${fact}) and cannot be checked against personalDataMaxRetention (${max.toString()}); confirm the plan's retention in your record of processing.`);
  }
  return known;
}

/** UpCloud: the plan name starts with the node count; retention is 1, 7 or 14 days for 1, 2 or 3 nodes. */
function upcloudPlanRetention(offering: DatabaseOffering, plan: string | undefined): number | undefined {
  if (offering.providerId !== 'upcloud' || typeof plan !== 'string') return undefined;
  const nodes = /^(\d)x/.exec(plan)?.[1];
  return ({ 1: 1, 2: 7, 3: 14 } as Record<string, number>)[nodes ?? ''];
}

/** The allow list of a provider that only offers a public endpoint: required, never every address. */
function planAllowList(offering: DatabaseOffering, name: string, props: EuDatabaseProps): string[] {
  const cidrs = props.allowedCidrs;
  if (offering.privateNetwork) {
    if (cidrs !== undefined) {
      throw invalidInput({
        code: 'ALLOW_LIST_ON_PRIVATE_DATABASE',
        what: `${WHAT} allowedCidrs on ${name}`,
        given: cidrs,
        allowed: `nothing: ${name} databases sit on a private network without a public endpoint (${offering.networkFact.source})`,
        fix: 'remove allowedCidrs; reach the database from the private network (network or networkId).',
      });
    }
    return [];
  }
  if (!Array.isArray(cidrs) || cidrs.length === 0) {
    throw invalidInput({
      code: 'ALLOW_LIST_REQUIRED',
      what: `${WHAT} allowedCidrs on ${name}`,
      given: cidrs,
      allowed: `the address blocks of your application servers and administrators: ${name} offers only a public endpoint (${offering.networkFact.statement} ${offering.networkFact.source})`,
      fix: 'pass allowedCidrs: ["203.0.113.0/28"] (the public addresses your servers connect from).',
    });
  }
  for (const cidr of cidrs) {
    if (Token.isUnresolved(cidr)) continue;
    const parsed = parseBlock(`${WHAT} allowedCidrs`, cidr);
    if (isEverything(parsed)) {
      throw invalidInput({
        code: 'ALLOW_LIST_OPEN_TO_INTERNET',
        what: `${WHAT} allowedCidrs on ${name}`,
        given: cidr,
        allowed: 'blocks of known servers and administrators; never every address (0.0.0.0/0 or ::/0): a database port facing the internet is attacked within minutes (GDPR Art. 32(1)(b); the engine reports SOV-PUBLIC-EXPOSURE)',
        fix: 'list the addresses your application servers connect from, e.g. "203.0.113.0/28".',
      });
    }
  }
  return [...cidrs];
}
