import { invalidInput, SovereignError } from '../errors';
import { Countries } from '../core/countries';
import { SovereigntyPolicy } from '../core/policy';
import { TerraformConfiguration } from './model/configuration';
import { LocationResolver } from './model/location';
import { ContextHolder, matchesType, ResourceView, RuleContext } from './model/view';
import { attachEvidence, evidenceSource } from './evidence';
import { Pack } from './packs';
import { Finding, SuppressionNote, SuppressionNoteKind } from './report/model';
import { ComplianceReport } from './report/report';
import { IRule } from './rule';
import { BUILTIN_RULES } from './rules';
import { RuleId } from './rules/ids';
import { Suppression, suppressionMatches, validateSuppression } from './suppressions';
import { CatalogFactReference, FindingLevel, RuleViolation } from './types';

/** Settings of a `ComplianceEngine`. */
export interface ComplianceEngineProps {
  /**
   * Rule packs to apply; when a rule is in several, the highest level wins.
   * @default [Pack.GDPR]
   */
  readonly packs?: Pack[];
  /**
   * The policy to check against.
   * @default - the default policy (EU jurisdiction)
   */
  readonly policy?: SovereigntyPolicy;
  /**
   * Your own rules, in addition to the built-in ones; select them in a custom pack.
   * @default - built-in rules only
   */
  readonly rules?: IRule[];
  /**
   * Suppressions that apply to every configuration checked.
   * @default - none
   */
  readonly suppressions?: Suppression[];
  /**
   * Country where Kubernetes clusters outside the configuration run.
   * @default - the policy's `clusterLocation`
   */
  readonly clusterLocation?: string;
  /**
   * Date (YYYY-MM-DD) to evaluate suppression expiry against.
   * @default - today (UTC)
   */
  readonly asOf?: string;
}

/** A configuration to check, with its name. */
export interface NamedConfiguration {
  /** Stack name or input path, shown in findings. */
  readonly name: string;
  /** The Terraform JSON configuration (a `cdk.tf.json` object). */
  readonly configuration: any;
  /**
   * Suppressions for this configuration only (e.g. from constructs of the stack).
   * @default - none
   */
  readonly suppressions?: Suppression[];
}

interface ActiveRule {
  readonly rule: IRule;
  readonly level: FindingLevel;
}

/**
 * Checks Terraform JSON configurations against rule packs. The same engine runs at
 * `cdktf synth` (through `SovereigntyChecks`) and in the `cdktf-sovereign` CLI.
 *
 * @example
 * const engine = new ComplianceEngine({ packs: [Pack.GDPR, Pack.GAIAX_L3] });
 * const report = engine.check(JSON.parse(fs.readFileSync('cdk.tf.json', 'utf8')), 'my-stack');
 * report.summary.errors;
 */
export class ComplianceEngine {
  /** The built-in rules. */
  public static builtInRules(): IRule[] {
    return [...BUILTIN_RULES];
  }

  /** The policy checked against. */
  public readonly policy: SovereigntyPolicy;
  /** The packs applied. */
  public readonly packs: Pack[];
  private readonly active: ActiveRule[];
  private readonly suppressions: Suppression[];
  private readonly clusterLocation?: string;
  private readonly clusterLocationSource: string;
  private readonly asOf: string;
  private readonly rulesByType = new Map<string, ActiveRule[]>();
  private readonly knownRuleIds: Set<string>;

  constructor(props: ComplianceEngineProps = {}) {
    this.policy = props.policy ?? new SovereigntyPolicy();
    this.packs = props.packs && props.packs.length > 0 ? [...props.packs] : [Pack.GDPR];
    this.asOf = props.asOf ?? new Date().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(this.asOf)) {
      throw invalidInput({ code: 'INVALID_DATE', what: 'ComplianceEngine asOf', given: props.asOf, allowed: 'a date as YYYY-MM-DD', fix: 'pass a date like "2026-11-28", or omit it for today.' });
    }
    if (props.clusterLocation !== undefined) {
      this.clusterLocation = Countries.normalize(props.clusterLocation);
      this.clusterLocationSource = 'declared cluster location';
    } else {
      this.clusterLocation = this.policy.clusterLocation;
      this.clusterLocationSource = 'policy clusterLocation';
    }

    const byId = new Map<string, IRule>();
    for (const rule of [...BUILTIN_RULES, ...(props.rules ?? [])]) {
      const id = rule?.metadata?.id;
      if (typeof id !== 'string' || id.length === 0) {
        throw new SovereignError('INVALID_RULE', 'A custom rule has no metadata.id. Allowed: rules whose metadata names a stable ID. Fix: set metadata.id, e.g. "ACME-001".');
      }
      if (byId.has(id) && !BUILTIN_RULES.includes(rule)) {
        throw new SovereignError('DUPLICATE_RULE', `Rule ID "${id}" is defined twice. Allowed: unique rule IDs. Fix: rename the custom rule.`);
      }
      byId.set(id, rule);
    }
    this.knownRuleIds = new Set(byId.keys());

    const levels = new Map<string, FindingLevel>();
    for (const pack of this.packs) {
      for (const selected of pack.rules) {
        if (!byId.has(selected.ruleId)) {
          throw invalidInput({
            code: 'UNKNOWN_RULE',
            what: `Rule in pack "${pack.id}"`,
            given: selected.ruleId,
            allowed: [...byId.keys()].join(', '),
            fix: 'use the ID of a built-in rule or pass your custom rule in `rules`.',
            candidates: [...byId.keys()],
          });
        }
        const previous = levels.get(selected.ruleId);
        levels.set(selected.ruleId, previous ? maxLevel(previous, selected.level) : selected.level);
      }
    }
    // A policy that requires EU-controlled providers makes provider control an error,
    // whatever the packs say (Gaia-X Label Level 3 sets it by default).
    if (this.policy.requireEuControlledProviders) levels.set(RuleId.PROVIDER_CONTROL, FindingLevel.ERROR);
    // A minimum SEAL level runs SOV-SEAL; a warning unless a pack asks for more, because the
    // framework's criteria are encoded from text not yet verified at the Commission's files.
    if (this.policy.minimumSeal !== undefined && !levels.has(RuleId.SEAL)) levels.set(RuleId.SEAL, FindingLevel.WARNING);
    this.active = [...levels].map(([id, level]) => ({ rule: byId.get(id)!, level }));
    for (const id of this.policy.unsuppressibleRules) this.assertKnownRule(id, 'SovereigntyPolicy.unsuppressibleRules');
    this.suppressions = (props.suppressions ?? []).map((s) => this.checkSuppression(s, 'in the engine options'));
  }

  /** Check one configuration. */
  public check(configuration: any, name: string, suppressions?: Suppression[]): ComplianceReport {
    return this.checkAll([{ name, configuration, suppressions }]);
  }

  /** Check several configurations (e.g. every stack of an app) into one report. */
  public checkAll(configurations: NamedConfiguration[]): ComplianceReport {
    const findings: Finding[] = [];
    const notEvaluated = new Map<string, number>();
    const notes: SuppressionNote[] = [];
    let resources = 0;
    const allSuppressions = [...this.suppressions];
    const used = new Set<Suppression>();
    const evidence: Array<ReturnType<typeof evidenceSource>> = [];

    for (const input of configurations) {
      if (!input.configuration || typeof input.configuration !== 'object' || Array.isArray(input.configuration)) {
        throw invalidInput({ code: 'INVALID_CONFIGURATION', what: `Configuration "${input.name}"`, given: typeof input.configuration, allowed: 'a Terraform JSON object (the content of cdk.tf.json)', fix: 'pass the parsed JSON configuration.' });
      }
      const local = (input.suppressions ?? []).map((s) => this.checkSuppression(s, `for ${input.name}`));
      allSuppressions.push(...local);
      const suppressions = [...this.suppressions, ...local];
      // Resources are created as views directly: one object per resource.
      const holder: ContextHolder = {};
      const config = new TerraformConfiguration(input.name, input.configuration,
        (type, name, mode, body) => ResourceView._create(holder, type, name, mode, body));
      config.link();
      const resolver = new LocationResolver(config, this.clusterLocation, this.clusterLocationSource);
      const context = RuleContext._create(config, this.policy, resolver);
      holder.context = context;
      evidence.push(evidenceSource(context, input.name));

      for (let at = 0, all = config.resources; at < all.length; at++) {
        const record = all[at];
        if (record.mode !== 'managed') continue;
        resources++;
        const view = record as ResourceView;
        let evaluated = false;
        const active = this.rulesFor(view.resourceType);
        for (let i = 0; i < active.length; i++) {
          const { rule, level } = active[i];
          if (!rule.appliesTo(view, context)) continue;
          evaluated = true;
          // Indexed: most results are empty, and no iterator is made per (resource, rule).
          const result = rule.evaluate(view, context);
          const violations = Array.isArray(result) ? result : [...(result as Iterable<RuleViolation>)];
          for (let k = 0; k < violations.length; k++) {
            findings.push(this.finding(rule, level, view, violations[k], input.name, suppressions, used));
          }
        }
        if (!evaluated) notEvaluated.set(view.resourceType, (notEvaluated.get(view.resourceType) ?? 0) + 1);
      }
      // The state backend (resource type `terraform_backend`): where the state is kept, and how
      // Terraform authenticates to it.
      for (const view of context.backends()) {
        for (const { rule, level } of this.rulesFor(view.resourceType)) {
          if (!rule.appliesTo(view, context)) continue;
          for (const v of rule.evaluate(view, context)) {
            findings.push(this.finding(rule, level, view, v, input.name, suppressions, used));
          }
        }
      }
      for (const view of context.providers()) {
        for (const { rule, level } of this.rulesFor('provider')) {
          if (!rule.appliesTo(view, context)) continue;
          for (const v of rule.evaluate(view, context)) {
            findings.push(this.finding(rule, level, view, v, input.name, suppressions, used));
          }
        }
      }
    }

    for (const s of allSuppressions) {
      if (!used.has(s)) {
        notes.push({ kind: SuppressionNoteKind.UNUSED, ruleId: s.ruleId, target: describeTarget(s), reason: s.reason, message: `Suppression of ${s.ruleId} (${describeTarget(s)}) matched no finding; remove it.` });
      }
      if (s.expires && s.expires < this.asOf) {
        notes.push({ kind: SuppressionNoteKind.EXPIRED, ruleId: s.ruleId, target: describeTarget(s), reason: s.reason, message: `Suppression of ${s.ruleId} (${describeTarget(s)}) expired on ${s.expires}; its findings are reported again.` });
      }
      if (this.policy.unsuppressibleRules.includes(s.ruleId)) {
        notes.push({ kind: SuppressionNoteKind.REFUSED, ruleId: s.ruleId, target: describeTarget(s), reason: s.reason, message: `Suppression of ${s.ruleId} (${describeTarget(s)}) was refused: the policy marks the rule unsuppressible.` });
      }
    }

    return attachEvidence(new ComplianceReport(
      {
        configurations: configurations.map((c) => c.name),
        packs: this.packs.map((p) => p.id),
        policy: describePolicy(this.policy, this.clusterLocation),
        asOf: this.asOf,
      },
      findings,
      resources,
      [...notEvaluated].map(([resourceType, count]) => ({ resourceType, count })),
      notes,
      this.active.map(({ rule, level }) => ({
        id: rule.metadata.id,
        title: rule.metadata.title,
        level,
        rationale: rule.metadata.rationale,
        remediation: rule.metadata.remediation,
        references: [...rule.metadata.references],
      })),
    ), evidence, allSuppressions);
  }

  private rulesFor(resourceType: string): ActiveRule[] {
    let list = this.rulesByType.get(resourceType);
    if (!list) {
      list = this.active.filter(({ rule }) => rule.metadata.resourceTypes.some((p) => matchesType(resourceType, p)));
      this.rulesByType.set(resourceType, list);
    }
    return list;
  }

  private finding(
    rule: IRule, packLevel: FindingLevel, view: ResourceView, violation: RuleViolation,
    configuration: string, suppressions: Suppression[], used: Set<Suppression>,
  ): Finding {
    const { message, attribute, fix } = violation;
    const facts = violation.unverifiedFacts ?? [];
    const unverified = violation.dependsOnUnverifiedFact === true || facts.length > 0;
    const raised = capLevel(violation.minimumLevel ? maxLevel(packLevel, violation.minimumLevel) : packLevel, violation.maxLevel);
    // An error rests on verified facts: one that depends on an unverified fact is a warning.
    // A value a reusable module's caller supplies (a required input variable) is judged where the
    // module is called, as its location is: here it is a warning naming the inputs.
    const callerInputs = raised === FindingLevel.ERROR && attribute ? view.callerInputsAt(attribute) : undefined;
    const level = (unverified || callerInputs) && raised === FindingLevel.ERROR ? FindingLevel.WARNING : raised;
    let suppression: Suppression | undefined;
    let note: string | undefined;
    for (const s of suppressions) {
      if (s.ruleId !== rule.metadata.id || !suppressionMatches(s, view.address, view.constructPath)) continue;
      used.add(s);
      if (this.policy.unsuppressibleRules.includes(s.ruleId)) {
        note = `suppression refused: the policy marks ${s.ruleId} unsuppressible (reason given: ${s.reason})`;
        continue;
      }
      if (s.expires && s.expires < this.asOf) {
        note = `suppression expired on ${s.expires} (reason given: ${s.reason})`;
        continue;
      }
      suppression = s;
      break;
    }
    const remediation = fix ? `${fix} ${rule.metadata.remediation}` : rule.metadata.remediation;
    return {
      ruleId: rule.metadata.id,
      ruleTitle: rule.metadata.title,
      level,
      address: violation.instance === undefined ? view.address : `${view.address}${violation.instance}`,
      constructPath: view.constructPath,
      resourceType: view.resourceType,
      message: `${unverified ? `${message} (${unverifiedNote(facts)})` : message}${callerInputs ? callerNote(callerInputs) : ''}`,
      attribute,
      remediation,
      references: [...rule.metadata.references],
      suppressed: suppression !== undefined,
      suppressionReason: suppression?.reason,
      suppressionNote: suppression ? undefined : note,
      dependsOnUnverifiedFact: unverified,
      configuration,
    };
  }

  private checkSuppression(s: Suppression, where: string): Suppression {
    const valid = validateSuppression(s, where);
    this.assertKnownRule(valid.ruleId, `Suppression ${where}`);
    return valid;
  }

  private assertKnownRule(id: string, what: string): void {
    if (this.knownRuleIds.has(id)) return;
    throw invalidInput({
      code: 'UNKNOWN_RULE',
      what: `${what}: rule ID`,
      given: id,
      allowed: [...this.knownRuleIds].join(', '),
      fix: 'use the ID of a built-in rule (see the rules table in the README) or of a custom rule you pass to the engine.',
      candidates: [...this.knownRuleIds],
    });
  }
}

/** Finding levels from lowest to highest. */
const LEVEL_ORDER: readonly FindingLevel[] = [FindingLevel.INFO, FindingLevel.WARNING, FindingLevel.ERROR];

/** Why a finding on a value the module's caller supplies is a warning. */
function callerNote(inputs: string[]): string {
  return ` (${inputs.join(', ')} ${inputs.length === 1 ? 'is a required input' : 'are required inputs'} of this module, which has no provider ` +
    'configuration: the module\'s caller chooses the value, so it is judged where the module is called — run the check on the root module that calls it)';
}

/** The pack's level, lowered to the violation's `maxLevel` when it sets one. */
function capLevel(level: FindingLevel, cap: FindingLevel | undefined): FindingLevel {
  if (cap === undefined) return level;
  return LEVEL_ORDER.indexOf(cap) < LEVEL_ORDER.indexOf(level) ? cap : level;
}

/** How a finding says which unverified catalog facts it rests on, and where to verify them. */
function unverifiedNote(facts: CatalogFactReference[]): string {
  if (facts.length === 0) return 'rests on an unverified catalog fact; an error only once the fact is verified at a primary source';
  // Most findings rest on one fact: no de-duplication to do.
  const unique = facts.length === 1 ? facts : [...new Map(facts.map((f) => [`${f.fact} ${f.source}`, f])).values()];
  return `rests on an unverified catalog fact: ${unique.map((f) => `${f.fact}; verify it at ${f.source}`).join('; and on ')}`;
}

function maxLevel(a: FindingLevel, b: FindingLevel): FindingLevel {
  return LEVEL_ORDER.indexOf(a) >= LEVEL_ORDER.indexOf(b) ? a : b;
}

function describeTarget(s: Suppression): string {
  const parts: string[] = [];
  if (s.address !== undefined) parts.push(`address ${s.address}`);
  if (s.constructPath !== undefined) parts.push(`construct ${s.constructPath || '<app>'}`);
  return parts.length > 0 ? parts.join(', ') : 'everywhere';
}

function describePolicy(policy: SovereigntyPolicy, clusterLocation?: string): { [key: string]: string } {
  const out: Record<string, string> = {
    jurisdiction: policy.jurisdiction.name,
    gaiaxLabel: policy.gaiaxLabel,
    requireEuControlledProviders: String(policy.requireEuControlledProviders),
    requireCustomerManagedKeys: String(policy.requireCustomerManagedKeys),
    auditLogMinRetention: policy.auditLogMinRetention.toString(),
    auditLogMaxRetention: policy.auditLogMaxRetention.toString(),
  };
  if (policy.personalDataMinRetention) out.personalDataMinRetention = policy.personalDataMinRetention.toString();
  if (policy.personalDataMaxRetention) out.personalDataMaxRetention = policy.personalDataMaxRetention.toString();
  if (clusterLocation) out.clusterLocation = clusterLocation;
  if (policy.minimumSeal) out.minimumSeal = policy.minimumSeal;
  return out;
}
