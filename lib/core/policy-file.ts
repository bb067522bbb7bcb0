/**
 * The policy file, `sovereignty-policy.json` (format version 1, JSON Schema in
 * `schema/sovereignty-policy.schema.json`): one file that holds a team's policy, packs and
 * suppressions, read by `SovereigntyPolicy.fromFile`, `SovereigntyPolicyFile.load` and the
 * CLI (`--policy`, or found next to what it checks). Synth writes the same format next to
 * each stack's `cdk.tf.json`, with every setting spelled out and the suppressions resolved to
 * Terraform addresses, so the CLI judges the stack again exactly as synth did.
 *
 * This module reads the document and its `policy` section (what `core` knows); the packs,
 * custom rules and suppressions are checked by the compliance engine's reader
 * (lib/compliance/policy-file.ts).
 */
import * as fs from 'fs';
import { SealLevel } from '../catalog/sovereignty/types';
import { invalidInput, SovereignError } from '../errors';
import { DataClassification } from './classification';
import { GaiaxLabel } from './gaiax';
import { Jurisdiction } from './jurisdiction';
import type { SovereigntyPolicy, SovereigntyPolicyProps } from './policy';
import { Retention, RetentionUnit } from './retention';

/** The file name the CLI looks for next to what it checks, and synth writes next to `cdk.tf.json`. @internal */
export const POLICY_FILE_NAME = 'sovereignty-policy.json';

/** The format version this release reads and writes. @internal */
export const POLICY_FILE_VERSION = 1;

/** Where the JSON Schema of the format is published (also in the package, `schema/`). @internal */
export const POLICY_SCHEMA_URI = 'https://raw.githubusercontent.com/cdktf-sovereign/cdktf-sovereign/main/schema/sovereignty-policy.schema.json';

/** Top-level keys of the document. */
const DOCUMENT_KEYS = ['$schema', 'formatVersion', 'policy', 'packs', 'customRules', 'suppressions', 'generated'];

/** Keys of the `policy` section: the settings of `SovereigntyPolicyProps`. */
export const POLICY_KEYS = [
  'jurisdiction', 'gaiaxLabel', 'requireEuControlledProviders', 'requireCustomerManagedKeys',
  'auditLogMinRetention', 'auditLogMaxRetention', 'personalDataMinRetention', 'personalDataMaxRetention',
  'defaultDataClassification', 'clusterLocation', 'unsuppressibleRules', 'minimumSeal',
] as const;

/** One setting of the `policy` section. @internal */
export type PolicyKey = typeof POLICY_KEYS[number];

/** What synth records about the run that wrote the file. @internal */
export interface GeneratedBy {
  readonly tool: string;
  readonly version: string;
  readonly stack: string;
  readonly asOf?: string;
}

/** A policy document, read and checked as far as `core` can. @internal */
export interface PolicyDocument {
  readonly file: string;
  /** The settings the file gives (unset ones are absent). */
  readonly policy: SovereigntyPolicyProps;
  /** The document as parsed (for the compliance reader). */
  readonly raw: Record<string, unknown>;
  /** Set when synth wrote the file. */
  readonly generated?: GeneratedBy;
}

/** Read and check a policy file (synchronously: construct code runs synchronously). @internal */
export function readPolicyDocument(file: string): PolicyDocument {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String((e as Error)?.message ?? e);
    throw new SovereignError('UNREADABLE_POLICY_FILE', `Cannot read policy file ${file}: ${why}. Allowed: a ${POLICY_FILE_NAME} file (format version ${POLICY_FILE_VERSION}). Fix: check the path, or write the file as the README's "Policy file" section shows.`);
  }
  return parsePolicyDocument(file, text);
}

/** Check a policy document's text. @internal */
export function parsePolicyDocument(file: string, text: string): PolicyDocument {
  const json = parseJsonText(file, text);
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    throw invalidInput({ code: 'INVALID_POLICY_FILE', what: `Policy file ${file}`, given: Array.isArray(json) ? 'an array' : json, allowed: `a JSON object with "formatVersion": ${POLICY_FILE_VERSION} and the sections "policy", "packs", "suppressions"`, fix: 'write the file as the README\'s "Policy file" section shows.' });
  }
  const raw = json as Record<string, unknown>;
  checkKeys(file, '', raw, DOCUMENT_KEYS);
  if (raw.formatVersion !== POLICY_FILE_VERSION) {
    throw invalidInput({
      code: 'UNSUPPORTED_POLICY_VERSION',
      what: `Policy file ${file}: formatVersion`,
      given: raw.formatVersion,
      allowed: `${POLICY_FILE_VERSION} (the version this release of cdktf-sovereign reads)`,
      fix: raw.formatVersion === undefined
        ? `add "formatVersion": ${POLICY_FILE_VERSION} at the top of the file.`
        : `write the file in format version ${POLICY_FILE_VERSION}, or upgrade cdktf-sovereign to a release that reads version ${show(raw.formatVersion)}.`,
    });
  }
  const section = raw.policy ?? {};
  if (!section || typeof section !== 'object' || Array.isArray(section)) {
    throw invalidInput({ code: 'INVALID_POLICY_FILE', what: `Policy file ${file}: "policy"`, given: section, allowed: 'an object of settings (jurisdiction, gaiaxLabel, retention bounds, …)', fix: 'write the settings as an object, e.g. "policy": { "jurisdiction": "EU" }.' });
  }
  return { file, policy: policySettings(file, section as Record<string, unknown>), raw, generated: generatedBy(file, raw.generated) };
}

/** Build the policy a document describes; errors name the file. @internal */
export function policyFromDocument(doc: PolicyDocument, create: (props: SovereigntyPolicyProps) => SovereigntyPolicy): SovereigntyPolicy {
  try {
    return create(doc.policy);
  } catch (e) {
    if (e instanceof SovereignError) throw new SovereignError(e.code, `Policy file ${doc.file}: ${e.message}`);
    throw e;
  }
}

/** The policy's settings, every one spelled out, as the `policy` section of a file. @internal */
export function policySection(policy: SovereigntyPolicy): Record<string, unknown> {
  const out: Record<string, unknown> = {
    jurisdiction: jurisdictionJson(policy.jurisdiction),
    gaiaxLabel: policy.gaiaxLabel,
    requireEuControlledProviders: policy.requireEuControlledProviders,
    requireCustomerManagedKeys: policy.requireCustomerManagedKeys,
    auditLogMinRetention: retentionText(policy.auditLogMinRetention),
    auditLogMaxRetention: retentionText(policy.auditLogMaxRetention),
  };
  if (policy.personalDataMinRetention) out.personalDataMinRetention = retentionText(policy.personalDataMinRetention);
  if (policy.personalDataMaxRetention) out.personalDataMaxRetention = retentionText(policy.personalDataMaxRetention);
  out.defaultDataClassification = policy.defaultDataClassification;
  if (policy.clusterLocation) out.clusterLocation = policy.clusterLocation;
  out.unsuppressibleRules = [...policy.unsuppressibleRules];
  if (policy.minimumSeal) out.minimumSeal = policy.minimumSeal;
  return out;
}

/** A setting's value as the file writes it (for reports that say where a setting came from). @internal */
export function settingText(key: PolicyKey, policy: SovereigntyPolicy): string {
  const value = policySection(policy)[key];
  if (value === undefined) return 'not set';
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : 'none';
  return String(value);
}

/** `EU`, `EEA`, `EEA+adequate`, or the list of country codes. @internal */
export function jurisdictionJson(j: Jurisdiction): string | string[] {
  return j.name === 'EU' || j.name === 'EEA' || j.name === 'EEA+adequate' ? j.name : j.name.split(',');
}

/** `30d`, `6mo`, `1y`: what `Retention.parse` reads back. @internal */
export function retentionText(r: Retention): string {
  const unit = r.unit === RetentionUnit.DAYS ? 'd' : r.unit === RetentionUnit.MONTHS ? 'mo' : 'y';
  return `${r.amount}${unit}`;
}

/** Reject keys the format does not know, with the allowed ones and the closest match. @internal */
export function checkKeys(file: string, where: string, object: Record<string, unknown>, allowed: readonly string[]): void {
  for (const key of Object.keys(object)) {
    if (allowed.includes(key)) continue;
    throw invalidInput({
      code: 'UNKNOWN_POLICY_KEY',
      what: `Policy file ${file}: key ${JSON.stringify(where ? `${where}.${key}` : key)}`,
      given: key,
      allowed: `${where ? `in "${where}": ` : 'at the top level: '}${allowed.join(', ')}`,
      fix: 'correct the spelling or remove the key (see schema/sovereignty-policy.schema.json).',
      candidates: allowed,
    });
  }
}

function policySettings(file: string, section: Record<string, unknown>): SovereigntyPolicyProps {
  checkKeys(file, 'policy', section, POLICY_KEYS);
  const at = (key: string) => `Policy file ${file}: policy.${key}`;
  const wrap = <T>(key: string, read: () => T): T => {
    try {
      return read();
    } catch (e) {
      if (e instanceof SovereignError) throw new SovereignError(e.code, `${at(key)}: ${e.message}`);
      throw e;
    }
  };
  const props: { -readonly [K in keyof SovereigntyPolicyProps]: SovereigntyPolicyProps[K] } = {};
  const s = section;
  if (s.jurisdiction !== undefined) props.jurisdiction = wrap('jurisdiction', () => readJurisdiction(at('jurisdiction'), s.jurisdiction));
  if (s.gaiaxLabel !== undefined) props.gaiaxLabel = oneOf(at('gaiaxLabel'), s.gaiaxLabel, Object.values(GaiaxLabel)) as GaiaxLabel;
  if (s.requireEuControlledProviders !== undefined) props.requireEuControlledProviders = bool(at('requireEuControlledProviders'), s.requireEuControlledProviders);
  if (s.requireCustomerManagedKeys !== undefined) props.requireCustomerManagedKeys = bool(at('requireCustomerManagedKeys'), s.requireCustomerManagedKeys);
  for (const key of ['auditLogMinRetention', 'auditLogMaxRetention', 'personalDataMinRetention', 'personalDataMaxRetention'] as const) {
    if (s[key] !== undefined) props[key] = wrap(key, () => readRetention(at(key), s[key]));
  }
  if (s.defaultDataClassification !== undefined) {
    props.defaultDataClassification = oneOf(at('defaultDataClassification'), s.defaultDataClassification, Object.values(DataClassification)) as DataClassification;
  }
  if (s.clusterLocation !== undefined) {
    if (typeof s.clusterLocation !== 'string') {
      throw invalidInput({ code: 'INVALID_POLICY_VALUE', what: at('clusterLocation'), given: s.clusterLocation, allowed: 'an ISO 3166-1 alpha-2 country code such as "DE"', fix: 'write the country code as a string.' });
    }
    props.clusterLocation = s.clusterLocation;
  }
  if (s.unsuppressibleRules !== undefined) {
    if (!Array.isArray(s.unsuppressibleRules) || s.unsuppressibleRules.some((r) => typeof r !== 'string' || r.trim() === '')) {
      throw invalidInput({ code: 'INVALID_POLICY_VALUE', what: at('unsuppressibleRules'), given: s.unsuppressibleRules, allowed: 'a list of rule IDs such as ["SOV-LOCATION"]', fix: 'list the rule IDs as strings.' });
    }
    props.unsuppressibleRules = (s.unsuppressibleRules as string[]).map((r) => r.trim());
  }
  if (s.minimumSeal !== undefined) props.minimumSeal = oneOf(at('minimumSeal'), s.minimumSeal, Object.values(SealLevel)) as SealLevel;
  return props;
}

function readJurisdiction(what: string, value: unknown): Jurisdiction {
  if (typeof value === 'string') return Jurisdiction.parse(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return Jurisdiction.countries(value as string[]);
  throw invalidInput({ code: 'INVALID_POLICY_VALUE', what, given: value, allowed: '"EU", "EEA", "EEA+adequate", or a list of ISO 3166-1 alpha-2 codes such as ["DE", "AT"]', fix: 'write the jurisdiction as one of the allowed forms.' });
}

function readRetention(what: string, value: unknown): Retention {
  if (typeof value === 'string') return Retention.parse(value);
  throw invalidInput({ code: 'INVALID_POLICY_VALUE', what, given: value, allowed: 'a period as a string: "30d", "6mo", "1y" or ISO 8601 "P30D"', fix: 'write the period as a string with its unit, e.g. "180d".' });
}

function bool(what: string, value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  throw invalidInput({ code: 'INVALID_POLICY_VALUE', what, given: value, allowed: 'true or false', fix: 'write the value without quotes.' });
}

function oneOf(what: string, value: unknown, allowed: readonly string[]): string {
  if (typeof value === 'string' && allowed.includes(value)) return value;
  throw invalidInput({ code: 'INVALID_POLICY_VALUE', what, given: value, allowed: allowed.map((a) => JSON.stringify(a)).join(', '), fix: 'use one of the allowed values.', candidates: allowed });
}

function generatedBy(file: string, value: unknown): GeneratedBy | undefined {
  if (value === undefined) return undefined;
  const g = value as Record<string, unknown> | null;
  if (!g || typeof g !== 'object' || Array.isArray(g) || typeof g.tool !== 'string' || typeof g.version !== 'string' || typeof g.stack !== 'string') {
    throw invalidInput({ code: 'INVALID_POLICY_FILE', what: `Policy file ${file}: "generated"`, given: value, allowed: 'the record synth writes: {"tool", "version", "stack", "asOf"}', fix: 'remove "generated" from a file you write yourself; synth writes it.' });
  }
  checkKeys(file, 'generated', g, ['tool', 'version', 'stack', 'asOf']);
  return { tool: g.tool, version: g.version, stack: g.stack, asOf: typeof g.asOf === 'string' ? g.asOf : undefined };
}

/** JSON with the line and column of a syntax error (same reader as the CLI's inputs). */
function parseJsonText(file: string, text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (e) {
    const m = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    let where = '';
    if (m) {
      const before = body.slice(0, Number(m[1]));
      const line = before.split('\n').length;
      where = ` at line ${line}, column ${Number(m[1]) - before.lastIndexOf('\n')}`;
    }
    throw new SovereignError('INVALID_JSON', `Invalid JSON in policy file ${file}${where}: ${(e as Error).message}. Fix: correct the file (a JSON object with "formatVersion": ${POLICY_FILE_VERSION}).`);
  }
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
