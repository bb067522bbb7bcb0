/**
 * How sensitive the data in a store or workload is. Personal data (GDPR Art. 4(1))
 * triggers storage-limitation rules (Art. 5(1)(e)); special categories (Art. 9)
 * deserve the strictest handling.
 */
export enum DataClassification {
  /** Meant for publication. */
  PUBLIC = 'public',
  /** Internal to the organisation; no personal data. */
  INTERNAL = 'internal',
  /** Confidential business data; no personal data. */
  CONFIDENTIAL = 'confidential',
  /** Personal data under GDPR Art. 4(1). */
  PERSONAL = 'personal',
  /** Special categories of personal data under GDPR Art. 9 (health, biometric, …). */
  SPECIAL_CATEGORY = 'special-category',
}

/** Whether data of this classification is personal data under the GDPR. */
export function isPersonalData(classification: DataClassification): boolean {
  return classification === DataClassification.PERSONAL || classification === DataClassification.SPECIAL_CATEGORY;
}
