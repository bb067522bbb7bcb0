/**
 * Gaia-X label levels of the Gaia-X Compliance Document 24.11: Standard
 * Compliance, then Labels 1 to 3 with growing sovereignty requirements (L3 adds
 * EU/EEA-only processing and EU control of the provider, criteria P5.1.2–P5.1.6).
 * Source: https://docs.gaia-x.eu/policy-rules-committee/compliance-document/24.11/criteria_cloud_services/
 */
export enum GaiaxLabel {
  /** Gaia-X Standard Compliance. */
  SC = 'SC',
  /** Label Level 1. */
  L1 = 'L1',
  /** Label Level 2. */
  L2 = 'L2',
  /** Label Level 3. */
  L3 = 'L3',
}

const LABEL_ORDER: readonly GaiaxLabel[] = [GaiaxLabel.SC, GaiaxLabel.L1, GaiaxLabel.L2, GaiaxLabel.L3];

/** Whether `label` is at least `minimum` (SC < L1 < L2 < L3). */
export function labelAtLeast(label: GaiaxLabel, minimum: GaiaxLabel): boolean {
  return LABEL_ORDER.indexOf(label) >= LABEL_ORDER.indexOf(minimum);
}
