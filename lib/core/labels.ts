/**
 * Label and tag keys this library writes on what it creates, and the compliance engine
 * reads on any resource (so plain Terraform can use them too).
 */
export class SovereigntyLabels {
  /** Prefix of Kubernetes labels written by this library. */
  public static readonly PREFIX = 'cdktf-sovereign.org';
  /** Kubernetes label: data classification (`DataClassification` value). */
  public static readonly DATA_CLASSIFICATION = 'cdktf-sovereign.org/data-classification';
  /** Kubernetes label: the policy's jurisdiction (`EU`, `EEA`, `DE,AT`, …; commas become `_`). */
  public static readonly JURISDICTION = 'cdktf-sovereign.org/jurisdiction';
  /** Kubernetes label: owner (team or person accountable). */
  public static readonly OWNER = 'cdktf-sovereign.org/owner';
  /** Kubernetes label: what a component is, e.g. `audit-log-pipeline`. */
  public static readonly COMPONENT = 'cdktf-sovereign.org/component';
  /** Kubernetes label: what a store is for, e.g. `audit-logs`. */
  public static readonly PURPOSE = 'cdktf-sovereign.org/purpose';
  /** Cloud tag key (buckets, volumes): data classification. Tag keys cannot contain `/` on every provider. */
  public static readonly TAG_DATA_CLASSIFICATION = 'data-classification';
  /** Cloud tag key: what a store is for (`audit-logs`). */
  public static readonly TAG_PURPOSE = 'purpose';
  /** Cloud tag key: the policy's jurisdiction. */
  public static readonly TAG_JURISDICTION = 'jurisdiction';
  /** Value of the purpose label/tag for audit-log stores. */
  public static readonly PURPOSE_AUDIT_LOGS = 'audit-logs';

  /** A jurisdiction name as a valid Kubernetes label value (`DE,AT` → `DE_AT`). */
  public static labelValue(value: string): string {
    return value.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '').slice(0, 63);
  }

  private constructor() {}
}
