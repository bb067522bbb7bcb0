import { ResourceView, RuleContext } from './model/view';
import { RuleMetadata, RuleViolation } from './types';

/**
 * A compliance rule. Implement it to write your own (also from Python, Java, .NET or Go):
 * the engine calls `appliesTo` for each resource whose type matches
 * `metadata.resourceTypes`, then `evaluate` where it applies. An empty list means
 * compliant.
 */
export interface IRule {
  /** What the rule checks and why. */
  readonly metadata: RuleMetadata;

  /**
   * Whether the rule has a verdict on this resource. Resources no rule applies to are
   * counted as "not evaluated" in the report, so coverage stays visible.
   */
  appliesTo(resource: ResourceView, context: RuleContext): boolean;

  /** The violations on this resource; empty when compliant. */
  evaluate(resource: ResourceView, context: RuleContext): RuleViolation[];
}

/** The shape of a built-in rule file: metadata and two pure functions. @internal */
export interface RuleDefinition {
  readonly metadata: RuleMetadata;
  readonly appliesTo?: (resource: ResourceView, context: RuleContext) => boolean;
  readonly evaluate: (resource: ResourceView, context: RuleContext) => RuleViolation[];
}

/** Turn a rule definition into an `IRule`. @internal */
export function defineRule(definition: RuleDefinition): IRule {
  return {
    metadata: definition.metadata,
    appliesTo: definition.appliesTo ?? (() => true),
    evaluate: definition.evaluate,
  };
}

/**
 * The result of a rule with nothing to report, shared by every such call (most resources pass most
 * rules: no array per call). Frozen, so that no caller can fill it for the others. @internal
 */
export const NO_VIOLATIONS: RuleViolation[] = Object.freeze([]) as unknown as RuleViolation[];
