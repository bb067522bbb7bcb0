/**
 * The compliance side of the policy file (`sovereignty-policy.json`, see
 * lib/core/policy-file.ts): its packs, custom rules and suppressions, read by
 * `SovereigntyPolicyFile.load` in cdktf apps and by the CLI, and written by synth next to
 * each stack's `cdk.tf.json` as the stack's judgement context.
 */
import { invalidInput, SovereignError } from '../errors';
import {
  checkKeys, GeneratedBy, POLICY_FILE_VERSION, POLICY_SCHEMA_URI, PolicyDocument, policyFromDocument, policySection, readPolicyDocument,
} from '../core/policy-file';
import { SovereigntyPolicy } from '../core/policy';
import { TOOL } from './report/json';
import { Pack, PackRule } from './packs';
import { BUILTIN_RULES } from './rules';
import { AddressedSuppression, Suppression, validateSuppression } from './suppressions';
import { FindingLevel } from './types';

/** A rule a stack was checked with that only exists in its app's code. @internal */
export interface CustomRuleEntry {
  readonly id: string;
  readonly title?: string;
}

/** A policy file, read and checked. @internal */
export interface PolicyFileContent {
  readonly document: PolicyDocument;
  /** The packs it names; undefined when it names none. */
  readonly packs?: Pack[];
  readonly customRules: CustomRuleEntry[];
  readonly suppressions: AddressedSuppression[];
}

const PACK_KEYS = ['id', 'description', 'rules'];
const PACK_RULE_KEYS = ['ruleId', 'level'];
const CUSTOM_RULE_KEYS = ['id', 'title'];
const SUPPRESSION_KEYS = ['ruleId', 'reason', 'expires', 'address', 'addresses', 'constructPath', 'origin'];

/**
 * A policy file (`sovereignty-policy.json`, format version 1): a team's policy, rule packs and
 * suppressions in one file, shared between its cdktf apps and the `cdktf-sovereign` CLI on its
 * plain Terraform and plan JSON.
 *
 * @example
 * const file = SovereigntyPolicyFile.load('sovereignty-policy.json');
 * file.policy.applyTo(app);
 * SovereigntyChecks.apply(app, { packs: file.packs, suppressions: file.suppressions });
 */
export class SovereigntyPolicyFile {
  /**
   * Read and check a policy file. Unknown keys, invalid values (country codes, retention
   * periods, levels, rule IDs), contradictory settings and other format versions throw,
   * naming the file, what was given, what is allowed and how to fix it.
   * @param file path of the policy file
   */
  public static load(file: string): SovereigntyPolicyFile {
    const content = readPolicyFile(file);
    return new SovereigntyPolicyFile(file, policyFromDocument(content.document, (p) => new SovereigntyPolicy(p)), content);
  }

  /** The file read. */
  public readonly file: string;
  /** The policy of its `policy` section (defaults for settings it leaves out). */
  public readonly policy: SovereigntyPolicy;
  /** The packs it names; empty when it names none (the checks then apply `gdpr`). */
  public readonly packs: Pack[];
  /** Its suppressions. */
  public readonly suppressions: Suppression[];
  /** IDs of the custom rules its packs select (pass the rules themselves in `SovereigntyChecksProps.rules`). */
  public readonly customRuleIds: string[];

  private constructor(file: string, policy: SovereigntyPolicy, content: PolicyFileContent) {
    this.file = file;
    this.policy = policy;
    this.packs = [...(content.packs ?? [])];
    this.suppressions = [...content.suppressions];
    this.customRuleIds = content.customRules.map((r) => r.id);
  }
}

/** Read a policy file with its packs, custom rules and suppressions. @internal */
export function readPolicyFile(file: string): PolicyFileContent {
  return policyFileContent(readPolicyDocument(file));
}

/** Check the compliance sections of a policy document. @internal */
export function policyFileContent(document: PolicyDocument): PolicyFileContent {
  const file = document.file;
  const raw = document.raw;
  const customRules = readCustomRules(file, raw.customRules);
  const known = [...BUILTIN_RULES.map((r) => r.metadata.id), ...customRules.map((r) => r.id)];
  for (const id of document.policy.unsuppressibleRules ?? []) checkRuleId(file, 'policy.unsuppressibleRules', id, known);
  const packs = raw.packs === undefined ? undefined : readPacks(file, raw.packs, known);
  const suppressions = readSuppressions(file, raw.suppressions, known);
  return { document, packs, customRules, suppressions };
}

/** Where a suppression written by synth came from. @internal */
export enum SuppressionOrigin {
  /** `SovereigntyChecks.suppress(construct, …)`. */
  CONSTRUCT = 'construct',
  /** `SovereigntyChecksProps.suppressions`. */
  CHECKS = 'checks',
}

/** What synth writes next to a stack's `cdk.tf.json`. @internal */
export interface StackContext {
  readonly stack: string;
  readonly asOf: string;
  readonly policy: SovereigntyPolicy;
  readonly packs: readonly Pack[];
  readonly customRules: readonly CustomRuleEntry[];
  readonly suppressions: ReadonlyArray<{ readonly suppression: Suppression; readonly addresses?: readonly string[]; readonly origin: SuppressionOrigin }>;
}

/** The policy file of a synthesized stack: every setting spelled out, suppressions with their addresses. @internal */
export function stackContextDocument(context: StackContext): Record<string, unknown> {
  const generated: GeneratedBy = { tool: TOOL.name, version: TOOL.version, stack: context.stack, asOf: context.asOf };
  const builtIn = Pack.builtIn();
  return {
    $schema: POLICY_SCHEMA_URI,
    formatVersion: POLICY_FILE_VERSION,
    generated,
    policy: policySection(context.policy),
    packs: context.packs.map((p) => (builtIn.includes(p) ? p.id : { id: p.id, description: p.description, rules: p.rules.map((r) => ({ ruleId: r.ruleId, level: r.level })) })),
    customRules: context.customRules.map((r) => ({ id: r.id, ...(r.title ? { title: r.title } : {}) })),
    suppressions: context.suppressions.map(({ suppression: s, addresses, origin }) => ({
      ruleId: s.ruleId,
      reason: s.reason,
      ...(s.expires ? { expires: s.expires } : {}),
      ...(s.address !== undefined ? { address: s.address } : {}),
      ...(s.constructPath !== undefined ? { constructPath: s.constructPath } : {}),
      ...(addresses ? { addresses: [...addresses] } : {}),
      origin,
    })),
  };
}

function readCustomRules(file: string, value: unknown): CustomRuleEntry[] {
  if (value === undefined) return [];
  const list = array(file, 'customRules', value, 'a list of {"id", "title"?} for rules defined in code');
  const builtIn = BUILTIN_RULES.map((r) => r.metadata.id);
  return list.map((entry, i) => {
    const where = `customRules[${i}]`;
    const o = object(file, where, entry, '{"id": "ACME-OWNER", "title": "…"}');
    checkKeys(file, where, o, CUSTOM_RULE_KEYS);
    const id = nonEmpty(file, `${where}.id`, o.id, 'a rule ID such as "ACME-OWNER"');
    if (builtIn.includes(id)) {
      throw invalidInput({ code: 'INVALID_POLICY_VALUE', what: `Policy file ${file}: ${where}.id`, given: id, allowed: 'the ID of a rule defined in your code, not of a built-in rule', fix: 'remove the entry: built-in rules need no declaration.' });
    }
    return { id, title: typeof o.title === 'string' ? o.title : undefined };
  });
}

function readPacks(file: string, value: unknown, known: string[]): Pack[] {
  const list = array(file, 'packs', value, 'a list of built-in pack ids ("gdpr", "gaiax-l3", …) or custom packs {"id", "rules"}');
  return list.map((entry, i) => {
    const where = `packs[${i}]`;
    if (typeof entry === 'string') {
      try {
        return Pack.byId(entry);
      } catch (e) {
        throw prefixed(file, where, e);
      }
    }
    const o = object(file, where, entry, 'a built-in pack id, or {"id", "description"?, "rules": [{"ruleId", "level"}]}');
    checkKeys(file, where, o, PACK_KEYS);
    const rules = array(file, `${where}.rules`, o.rules, 'a non-empty list of {"ruleId", "level"}').map((r, j): PackRule => {
      const rw = `${where}.rules[${j}]`;
      const ro = object(file, rw, r, '{"ruleId": "SOV-LOCATION", "level": "error"}');
      checkKeys(file, rw, ro, PACK_RULE_KEYS);
      const ruleId = checkRuleId(file, `${rw}.ruleId`, ro.ruleId, known);
      const levels = Object.values(FindingLevel) as string[];
      if (typeof ro.level !== 'string' || !levels.includes(ro.level)) {
        throw invalidInput({ code: 'INVALID_POLICY_VALUE', what: `Policy file ${file}: ${rw}.level`, given: ro.level, allowed: levels.map((l) => JSON.stringify(l)).join(', '), fix: 'use one of the allowed levels.', candidates: levels });
      }
      return { ruleId, level: ro.level as FindingLevel };
    });
    try {
      return Pack.custom(o.id as string, typeof o.description === 'string' ? o.description : String(o.id), rules);
    } catch (e) {
      throw prefixed(file, where, e);
    }
  });
}

function readSuppressions(file: string, value: unknown, known: string[]): AddressedSuppression[] {
  if (value === undefined) return [];
  const list = array(file, 'suppressions', value, 'a list of {"ruleId", "address", "reason", "expires"?}');
  return list.map((entry, i) => {
    const where = `suppressions[${i}]`;
    const o = object(file, where, entry, '{"ruleId", "address", "reason", "expires"?}');
    checkKeys(file, where, o, SUPPRESSION_KEYS);
    for (const key of ['address', 'constructPath', 'origin'] as const) {
      if (o[key] !== undefined && typeof o[key] !== 'string') {
        throw invalidInput({ code: 'INVALID_SUPPRESSION', what: `Policy file ${file}: ${where}.${key}`, given: o[key], allowed: 'a string', fix: `write ${key} as a string.` });
      }
    }
    if (o.address === '') {
      throw invalidInput({ code: 'INVALID_SUPPRESSION', what: `Policy file ${file}: ${where}.address`, given: '', allowed: 'a Terraform address, where `*` matches any characters (e.g. "aws_s3_bucket.logs", "module.logs.*")', fix: 'name the address; use "*" to suppress the rule everywhere.' });
    }
    let addresses: string[] | undefined;
    if (o.addresses !== undefined) {
      if (!Array.isArray(o.addresses) || o.addresses.some((a) => typeof a !== 'string' || a === '')) {
        throw invalidInput({ code: 'INVALID_SUPPRESSION', what: `Policy file ${file}: ${where}.addresses`, given: o.addresses, allowed: 'a list of exact Terraform addresses', fix: 'list the addresses as strings.' });
      }
      addresses = o.addresses as string[];
    }
    if (o.address === undefined && o.constructPath === undefined && addresses === undefined) {
      throw invalidInput({ code: 'INVALID_SUPPRESSION', what: `Policy file ${file}: ${where}`, given: entry, allowed: 'a suppression with an "address" (a Terraform address, `*` matches any characters)', fix: 'add "address"; use "*" to suppress the rule everywhere.' });
    }
    const valid = validateSuppression({
      ruleId: o.ruleId as string,
      reason: o.reason as string,
      expires: o.expires as string | undefined,
      address: o.address as string | undefined,
      constructPath: o.constructPath as string | undefined,
    }, `in ${file} (${where})`);
    checkRuleId(file, `${where}.ruleId`, valid.ruleId, known);
    return {
      ...valid,
      ...(addresses ? { addresses: new Set(addresses) } : {}),
      origin: typeof o.origin === 'string' ? o.origin : `policy file ${file}`,
    };
  });
}

function checkRuleId(file: string, where: string, id: unknown, known: string[]): string {
  if (typeof id === 'string' && known.includes(id)) return id;
  throw invalidInput({
    code: 'UNKNOWN_RULE',
    what: `Policy file ${file}: ${where}`,
    given: id,
    allowed: `a built-in rule (${BUILTIN_RULES.map((r) => r.metadata.id).join(', ')}) or one declared in "customRules"`,
    fix: 'use the ID of a rule from the README\'s rules table, or declare your custom rule in "customRules".',
    candidates: known,
  });
}

function array(file: string, where: string, value: unknown, allowed: string): unknown[] {
  if (Array.isArray(value) && (where.endsWith('.rules') ? value.length > 0 : true)) return value;
  throw invalidInput({ code: 'INVALID_POLICY_VALUE', what: `Policy file ${file}: ${where}`, given: value, allowed, fix: `write "${where.split('.').pop()}" as a JSON array.` });
}

function object(file: string, where: string, value: unknown, allowed: string): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  throw invalidInput({ code: 'INVALID_POLICY_VALUE', what: `Policy file ${file}: ${where}`, given: value, allowed, fix: 'write the entry as a JSON object.' });
}

function nonEmpty(file: string, where: string, value: unknown, allowed: string): string {
  if (typeof value === 'string' && value.trim().length > 0) return value.trim();
  throw invalidInput({ code: 'INVALID_POLICY_VALUE', what: `Policy file ${file}: ${where}`, given: value, allowed, fix: 'write a non-empty string.' });
}

function prefixed(file: string, where: string, e: unknown): unknown {
  return e instanceof SovereignError ? new SovereignError(e.code, `Policy file ${file}: ${where}: ${e.message}`) : e;
}
