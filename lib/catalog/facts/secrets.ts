/*
 * Arguments whose value is a secret although their names do not say so (a secret manager's
 * payload). Arguments named like secrets (password, token, secret_key, …) are found by name.
 */

/** A condition on another argument of the resource (compared exactly). */
export interface ArgumentCondition {
  /** The argument. */
  readonly argument: string;
  /** Its literal value. */
  readonly value: string;
}

/** Arguments whose value is the secret itself. */
export interface SecretArgumentsFact {
  /** The arguments. */
  readonly arguments: string[];
  /**
   * Only when this holds (e.g. a parameter of the secure-string type).
   * @default - always
   */
  readonly onlyWhen?: ArgumentCondition;
}
