/*
 * How long a managed database keeps its automated backups, as data: the retention argument in
 * the provider's own terms and what switches automated backups off. The engine judges it against
 * the policy's personal-data bound (lib/compliance/rules/retention.ts).
 */

/** How long a database keeps its automated backups, and how that is written. */
export interface BackupRetentionFact {
  /** Dotted path of the retention argument, in days (`backup_schedule_retention`, `backup_strategy.keep_days`). */
  readonly argument: string;
  /**
   * A boolean argument that, when true, means there are no automated backups (`disable_backup`).
   * @default - none
   */
  readonly disabledWhenTrue?: string;
  /**
   * A value of the retention argument that switches automated backups off (`keep_days = 0`).
   * @default - none
   */
  readonly disabledValue?: number;
  /**
   * Days the provider keeps backups when the argument is absent.
   * @default - not documented: an absent argument is not judged
   */
  readonly defaultDays?: number;
  /**
   * The fix, in the provider's terms (`{days}` is the policy bound).
   * @default - lower the argument to the bound
   */
  readonly fix?: string;
  /** Whether the provider's documentation states the argument and its unit. */
  readonly verified: boolean;
  /** https URL of the documentation page it was read from. */
  readonly source: string;
}
