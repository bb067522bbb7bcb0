import { invalidInput } from '../errors';

/** The unit a retention period was given in. */
export enum RetentionUnit {
  /** Days. */
  DAYS = 'days',
  /** Months, counted as 30 days when converted to days. */
  MONTHS = 'months',
  /** Years, counted as 365 days when converted to days. */
  YEARS = 'years',
}

const DAYS_PER: Record<RetentionUnit, number> = {
  [RetentionUnit.DAYS]: 1,
  [RetentionUnit.MONTHS]: 30,
  [RetentionUnit.YEARS]: 365,
};

/**
 * Longest retention accepted, per unit: 100 years, the longest S3 Object Lock retention
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html) and far
 * beyond any storage-limitation argument under GDPR Art. 5(1)(e).
 */
const MAX_AMOUNT: Record<RetentionUnit, number> = {
  [RetentionUnit.DAYS]: 36500,
  [RetentionUnit.MONTHS]: 1200,
  [RetentionUnit.YEARS]: 100,
};

/**
 * How long data is kept: a lifecycle expiry, an object-lock period or a policy bound.
 *
 * Conversions to days count a month as 30 days and a year as 365 days, so that
 * `Retention.years(1)` becomes a 365-day lifecycle rule. Object-lock periods keep
 * their unit where the backend supports years.
 */
export class Retention {
  /** A period of `amount` days (a whole number from 1 to 36500). */
  public static days(amount: number): Retention {
    return new Retention(amount, RetentionUnit.DAYS);
  }

  /** A period of `amount` months (30 days each; a whole number from 1 to 1200). */
  public static months(amount: number): Retention {
    return new Retention(amount, RetentionUnit.MONTHS);
  }

  /** A period of `amount` years (365 days each; a whole number from 1 to 100). */
  public static years(amount: number): Retention {
    return new Retention(amount, RetentionUnit.YEARS);
  }

  /**
   * Parse `30d`, `6mo`, `1y` (also `30 days`, `6 months`, `1 year`) or an ISO 8601
   * duration with a single unit (`P30D`, `P6M`, `P1Y`).
   */
  public static parse(text: string): Retention {
    const value = typeof text === 'string' ? text.trim() : '';
    const iso = /^P(\d+)([DMY])$/i.exec(value);
    const short = /^(\d+)\s*(d|days?|mo|months?|y|years?)$/i.exec(value);
    const match = iso ?? short;
    if (match) {
      const amount = Number(match[1]);
      const unit = match[2].toLowerCase();
      if (unit.startsWith('d')) return Retention.days(amount);
      if (unit.startsWith('m')) return Retention.months(amount);
      return Retention.years(amount);
    }
    throw invalidInput({
      code: 'MALFORMED_RETENTION',
      what: 'Retention',
      given: text,
      allowed: 'a whole number with a unit: "30d", "6mo", "1y", "30 days", or ISO 8601 "P30D", "P6M", "P1Y"',
      fix: 'write the period as a number followed by d, mo or y.',
    });
  }

  /** The number of units. */
  public readonly amount: number;
  /** The unit. */
  public readonly unit: RetentionUnit;

  private constructor(amount: number, unit: RetentionUnit) {
    const max = MAX_AMOUNT[unit];
    if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 1 || amount > max) {
      throw invalidInput({
        code: 'INVALID_RETENTION',
        what: `Retention in ${unit}`,
        given: amount,
        allowed: `a whole number from 1 to ${max}`,
        fix: amount === 0
          ? 'a retention of zero keeps nothing; omit the retention or give a positive period.'
          : `give a whole number of ${unit} between 1 and ${max} (the maximum is 100 years).`,
      });
    }
    this.amount = amount;
    this.unit = unit;
  }

  /** The period in days (months = 30 days, years = 365 days). */
  public toDays(): number {
    return this.amount * DAYS_PER[this.unit];
  }

  /** ISO 8601 duration, e.g. `P30D`, `P6M`, `P1Y`. */
  public toIsoString(): string {
    const letter = this.unit === RetentionUnit.DAYS ? 'D' : this.unit === RetentionUnit.MONTHS ? 'M' : 'Y';
    return `P${this.amount}${letter}`;
  }

  /** `30 days`, `1 year`. */
  public toString(): string {
    const singular = this.unit.slice(0, -1);
    return `${this.amount} ${this.amount === 1 ? singular : this.unit}`;
  }

  /** Whether this period is strictly longer than `other` (compared in days). */
  public isLongerThan(other: Retention): boolean {
    return this.toDays() > other.toDays();
  }

  /** Whether this period is strictly shorter than `other` (compared in days). */
  public isShorterThan(other: Retention): boolean {
    return this.toDays() < other.toDays();
  }

  /** Whether both periods are the same number of days. */
  public isSameAs(other: Retention): boolean {
    return this.toDays() === other.toDays();
  }
}
