import { IConstruct } from 'constructs';
import { SealLevel } from '../catalog/sovereignty/types';
import { invalidInput, SovereignError } from '../errors';
import { DataClassification } from './classification';
import { Countries } from './countries';
import { GaiaxLabel, labelAtLeast } from './gaiax';
import { Jurisdiction } from './jurisdiction';
import { policyFromDocument, readPolicyDocument } from './policy-file';
import { Retention } from './retention';

/** Settings of a `SovereigntyPolicy`. */
export interface SovereigntyPolicyProps {
  /**
   * Where data may be stored and processed.
   * @default Jurisdiction.EU
   */
  readonly jurisdiction?: Jurisdiction;

  /**
   * The Gaia-X label level the deployment aims for.
   * @default GaiaxLabel.SC
   */
  readonly gaiaxLabel?: GaiaxLabel;

  /**
   * Whether every provider must be EU-controlled: headquarters and ultimate parent in the
   * EEA (Gaia-X criteria P5.1.4 / P5.1.5).
   * @default - true when `gaiaxLabel` is L3, otherwise false
   */
  readonly requireEuControlledProviders?: boolean;

  /**
   * Whether encryption at rest must use customer-managed keys (KMS) where the provider offers them.
   * @default false
   */
  readonly requireCustomerManagedKeys?: boolean;

  /**
   * Shortest time audit logs are kept (and locked against deletion).
   * @default Retention.years(1)
   */
  readonly auditLogMinRetention?: Retention;

  /**
   * Longest time audit logs are kept before they expire (storage limitation, GDPR Art. 5(1)(e)).
   * @default - Retention.years(2), or the minimum when that is longer
   */
  readonly auditLogMaxRetention?: Retention;

  /**
   * Shortest time stores of personal data must keep it (e.g. a legal retention duty).
   * @default - no minimum
   */
  readonly personalDataMinRetention?: Retention;

  /**
   * Longest time stores of personal data may keep it. Every personal-data store needs an
   * expiry either way; this bounds it.
   * @default - no upper bound beyond "an expiry is set"
   */
  readonly personalDataMaxRetention?: Retention;

  /**
   * Classification assumed for data when a construct is not told otherwise.
   * @default DataClassification.CONFIDENTIAL
   */
  readonly defaultDataClassification?: DataClassification;

  /**
   * Country (ISO 3166-1 alpha-2) where Kubernetes clusters that are not part of the
   * configuration run, used to locate `kubernetes_*` resources.
   * @default - unknown: Kubernetes resources without a cluster in the configuration are reported as unlocated
   */
  readonly clusterLocation?: string;

  /**
   * Rule IDs that may not be suppressed.
   * @default - every rule may be suppressed with a reason
   */
  readonly unsuppressibleRules?: string[];

  /**
   * The lowest Sovereignty Effectiveness Assurance Level (EU Cloud Sovereignty Framework) the
   * providers may have for the data the configuration stores there, as a tender sets it. Checked
   * by rule SOV-SEAL against the level public facts allow at most (see `SovereigntyAssessment`).
   * @default - no minimum: SOV-SEAL does not run unless a pack selects it
   */
  readonly minimumSeal?: SealLevel;
}

const POLICY_KEY = Symbol.for('cdktf-sovereign.SovereigntyPolicy');
const READ_KEY = Symbol.for('cdktf-sovereign.SovereigntyPolicy.read');

type PolicyCarrier = IConstruct & { [POLICY_KEY]?: SovereigntyPolicy; [READ_KEY]?: boolean };

/**
 * The rules a deployment promises to keep: where data may live, which Gaia-X level it
 * aims for, how long audit logs and personal data are kept.
 *
 * Attach one policy to the app or to a stack; every construct below reads it with
 * `SovereigntyPolicy.of(this)`. Without an attached policy, the defaults apply
 * (EU jurisdiction, one year of audit logs).
 *
 * @example
 * const policy = new SovereigntyPolicy({ jurisdiction: Jurisdiction.countries(['DE']), gaiaxLabel: GaiaxLabel.L2 });
 * policy.applyTo(app);
 */
export class SovereigntyPolicy {
  /**
   * The policy that applies to `scope`: the one attached to the nearest ancestor
   * (or the scope itself), or the default policy when none is attached.
   */
  public static of(scope: IConstruct): SovereigntyPolicy {
    return SovereigntyPolicy.tryOf(scope) ?? SovereigntyPolicy.DEFAULT;
  }

  /** The policy attached to `scope` or its nearest ancestor, if any. */
  public static tryOf(scope: IConstruct): SovereigntyPolicy | undefined {
    for (let current: IConstruct | undefined = scope; current; current = current.node.scope) {
      const carrier = current as PolicyCarrier;
      carrier[READ_KEY] = true;
      const found = carrier[POLICY_KEY];
      if (found) return found;
    }
    return undefined;
  }

  /**
   * The policy of a policy file (`sovereignty-policy.json`, format version 1): the settings of
   * its `policy` section, defaults for the rest. The same file can hold packs and suppressions
   * (read them with `SovereigntyPolicyFile.load`) and is what the `cdktf-sovereign` CLI reads,
   * so cdktf apps and plain Terraform repositories share one policy.
   *
   * A file with unknown keys, invalid values, contradictory settings or another format version
   * throws, naming the file, what was given, what is allowed and how to fix it.
   *
   * @param file path of the policy file
   */
  public static fromFile(file: string): SovereigntyPolicy {
    return policyFromDocument(readPolicyDocument(file), (props) => new SovereigntyPolicy(props));
  }

  private static readonly DEFAULT = new SovereigntyPolicy();

  /** Where data may be stored and processed. */
  public readonly jurisdiction: Jurisdiction;
  /** Target Gaia-X label level. */
  public readonly gaiaxLabel: GaiaxLabel;
  /** Whether providers must be EU-controlled. */
  public readonly requireEuControlledProviders: boolean;
  /** Whether encryption at rest must use customer-managed keys. */
  public readonly requireCustomerManagedKeys: boolean;
  /** Shortest audit-log retention. */
  public readonly auditLogMinRetention: Retention;
  /** Longest audit-log retention. */
  public readonly auditLogMaxRetention: Retention;
  /** Shortest personal-data retention, if any. */
  public readonly personalDataMinRetention?: Retention;
  /** Longest personal-data retention, if any. */
  public readonly personalDataMaxRetention?: Retention;
  /** Classification assumed when none is given. */
  public readonly defaultDataClassification: DataClassification;
  /** Country where external Kubernetes clusters run, if declared. */
  public readonly clusterLocation?: string;
  /** Rule IDs that may not be suppressed. */
  public readonly unsuppressibleRules: string[];
  /** Lowest SEAL level the providers may have, if set. */
  public readonly minimumSeal?: SealLevel;

  constructor(props: SovereigntyPolicyProps = {}) {
    this.jurisdiction = props.jurisdiction ?? Jurisdiction.EU;
    this.gaiaxLabel = props.gaiaxLabel ?? GaiaxLabel.SC;
    const isL3 = labelAtLeast(this.gaiaxLabel, GaiaxLabel.L3);
    if (props.requireEuControlledProviders === false && isL3) {
      throw invalidInput({
        code: 'CONTRADICTORY_POLICY',
        what: 'SovereigntyPolicy.requireEuControlledProviders',
        given: false,
        allowed: 'true (or unset) when gaiaxLabel is L3, because Label Level 3 requires EU-controlled providers (criteria P5.1.4, P5.1.5)',
        fix: 'remove requireEuControlledProviders, or aim for gaiaxLabel L2.',
      });
    }
    this.requireEuControlledProviders = props.requireEuControlledProviders ?? isL3;
    this.requireCustomerManagedKeys = props.requireCustomerManagedKeys ?? false;

    this.auditLogMinRetention = props.auditLogMinRetention ?? Retention.years(1);
    const defaultMax = Retention.years(2);
    this.auditLogMaxRetention = props.auditLogMaxRetention
      ?? (this.auditLogMinRetention.isLongerThan(defaultMax) ? this.auditLogMinRetention : defaultMax);
    assertOrdered('audit logs', 'auditLogMinRetention', this.auditLogMinRetention, 'auditLogMaxRetention', this.auditLogMaxRetention);

    this.personalDataMinRetention = props.personalDataMinRetention;
    this.personalDataMaxRetention = props.personalDataMaxRetention;
    if (this.personalDataMinRetention && this.personalDataMaxRetention) {
      assertOrdered('personal data', 'personalDataMinRetention', this.personalDataMinRetention,
        'personalDataMaxRetention', this.personalDataMaxRetention);
    }

    this.defaultDataClassification = props.defaultDataClassification ?? DataClassification.CONFIDENTIAL;

    if (props.clusterLocation !== undefined) {
      const country = Countries.normalize(props.clusterLocation);
      const check = this.jurisdiction.check(country);
      if (!check.allowed) {
        throw invalidInput({
          code: 'CLUSTER_OUTSIDE_JURISDICTION',
          what: 'SovereigntyPolicy.clusterLocation',
          given: props.clusterLocation,
          allowed: `a country within the policy's jurisdiction (${this.jurisdiction.name}): ${check.reason}`,
          fix: 'run the cluster in an allowed country, or widen the jurisdiction deliberately.',
        });
      }
      this.clusterLocation = country;
    }
    this.unsuppressibleRules = [...(props.unsuppressibleRules ?? [])];
    if (props.minimumSeal !== undefined && !(Object.values(SealLevel) as string[]).includes(props.minimumSeal)) {
      throw invalidInput({
        code: 'INVALID_SEAL_LEVEL',
        what: 'SovereigntyPolicy.minimumSeal',
        given: props.minimumSeal,
        allowed: Object.values(SealLevel).join(', '),
        fix: 'use a SealLevel value, e.g. SealLevel.SEAL_2.',
      });
    }
    this.minimumSeal = props.minimumSeal;
  }

  /**
   * Attach this policy to an app, stack or construct; everything below it reads it.
   * Attach it before creating the constructs that should follow it.
   */
  public applyTo(scope: IConstruct): void {
    const carrier = scope as PolicyCarrier;
    if (carrier[POLICY_KEY]) {
      throw new SovereignError('POLICY_ALREADY_ATTACHED',
        `A SovereigntyPolicy is already attached to "${scope.node.path || '<app>'}". ` +
        'Allowed: one policy per scope. Fix: attach the second policy to a stack below it, or merge the settings into one policy.');
    }
    if (carrier[READ_KEY] && scope.node.children.length > 0) {
      throw new SovereignError('POLICY_ATTACHED_LATE',
        `A SovereigntyPolicy was attached to "${scope.node.path || '<app>'}" after constructs below it had already read the policy in force. ` +
        'Allowed: attach the policy before creating constructs. Fix: call policy.applyTo(scope) right after creating the app or stack.');
    }
    carrier[POLICY_KEY] = this;
  }
}

function assertOrdered(subject: string, minName: string, min: Retention, maxName: string, max: Retention): void {
  if (min.isLongerThan(max)) {
    throw invalidInput({
      code: 'RETENTION_MIN_ABOVE_MAX',
      what: `SovereigntyPolicy retention for ${subject}`,
      given: { [minName]: min.toString(), [maxName]: max.toString() },
      allowed: `${minName} at most ${maxName}`,
      fix: `lower ${minName} or raise ${maxName}.`,
    });
  }
}
