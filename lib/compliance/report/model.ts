import { StandardReference } from '../references';
import { FindingLevel } from '../types';

/** One finding: a rule violated by one resource. */
export interface Finding {
  /** Rule ID. */
  readonly ruleId: string;
  /** Rule title. */
  readonly ruleTitle: string;
  /** Level (from the packs). */
  readonly level: FindingLevel;
  /** Terraform address of the resource (or `provider.<name>`). */
  readonly address: string;
  /**
   * Construct path from cdktf metadata.
   * @default - none (plain Terraform)
   */
  readonly constructPath?: string;
  /** Terraform resource type. */
  readonly resourceType: string;
  /** What is wrong. */
  readonly message: string;
  /**
   * The offending argument.
   * @default - the resource as a whole
   */
  readonly attribute?: string;
  /** How to fix it. */
  readonly remediation: string;
  /** Legal and standard references. */
  readonly references: StandardReference[];
  /** Whether a suppression covers it. */
  readonly suppressed: boolean;
  /**
   * The suppression's reason.
   * @default - not suppressed
   */
  readonly suppressionReason?: string;
  /**
   * Why a suppression did not apply (expired, or the rule is unsuppressible).
   * @default - none
   */
  readonly suppressionNote?: string;
  /** Whether the verdict depends on a catalog fact that is not verified. */
  readonly dependsOnUnverifiedFact: boolean;
  /** The configuration (stack name or input path) it was found in. */
  readonly configuration: string;
  /**
   * Where it is written: the block of the resource and, when the finding names an argument,
   * that argument's line.
   * @default - unknown (the configuration was judged without its file, e.g. a stack whose synth failed)
   */
  readonly source?: FindingSource;
}

/** A place in a source file. */
export interface FindingSource {
  /** The file, as the check named it (relative to where the check ran, or absolute). */
  readonly file: string;
  /** Line, from 1. */
  readonly line: number;
  /** Column, from 1 (UTF-16 code units). */
  readonly column: number;
}

/** Counts for the report header. */
export interface ReportSummary {
  /** Unsuppressed error findings. */
  readonly errors: number;
  /** Unsuppressed warning findings. */
  readonly warnings: number;
  /** Unsuppressed info findings. */
  readonly infos: number;
  /** Suppressed findings (any level). */
  readonly suppressed: number;
  /** Managed resources checked. */
  readonly resources: number;
  /** Managed resources no rule had a verdict on. */
  readonly notEvaluated: number;
}

/** A resource type no rule evaluated, and how many resources of it there are. */
export interface NotEvaluatedType {
  /** Terraform resource type. */
  readonly resourceType: string;
  /** Number of resources. */
  readonly count: number;
}

/** Kinds of remarks about suppressions. */
export enum SuppressionNoteKind {
  /** Matched no finding. */
  UNUSED = 'unused',
  /** Past its expiry date: it no longer suppresses. */
  EXPIRED = 'expired',
  /** Targets a rule the policy marks unsuppressible. */
  REFUSED = 'refused',
}

/** A remark about a suppression. */
export interface SuppressionNote {
  /** Kind of remark. */
  readonly kind: SuppressionNoteKind;
  /** Rule ID of the suppression. */
  readonly ruleId: string;
  /** What it targeted: address pattern and/or construct path. */
  readonly target: string;
  /** Its reason. */
  readonly reason: string;
  /** The remark in words. */
  readonly message: string;
}

/** The rule metadata a report carries (for SARIF and the rules table). */
export interface ReportRule {
  /** Rule ID. */
  readonly id: string;
  /** Title. */
  readonly title: string;
  /** Level in the selected packs. */
  readonly level: FindingLevel;
  /** Rationale. */
  readonly rationale: string;
  /** Remediation. */
  readonly remediation: string;
  /** References. */
  readonly references: StandardReference[];
}
