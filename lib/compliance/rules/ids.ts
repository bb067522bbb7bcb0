/**
 * Stable IDs of the built-in rules. Public API: a rule ID is never renamed in a
 * minor release, because suppressions and CI configurations refer to it.
 */
export enum RuleId {
  /** Every located resource, replica, backup and log sink is in the policy's jurisdiction. */
  LOCATION = 'SOV-LOCATION',
  /** Every located resource has a location the engine can determine (fail closed). */
  LOCATION_UNKNOWN = 'SOV-LOCATION-UNKNOWN',
  /** Providers are EU-controlled (headquarters and ultimate parent in the EEA). */
  PROVIDER_CONTROL = 'SOV-PROVIDER-CONTROL',
  /** Data at rest is encrypted (customer-managed keys where the policy asks for them). */
  ENCRYPTION_AT_REST = 'SOV-ENCRYPTION-AT-REST',
  /** Data in transit is encrypted (TLS on ingress, listeners, databases, endpoints). */
  ENCRYPTION_IN_TRANSIT = 'SOV-ENCRYPTION-IN-TRANSIT',
  /** Nothing is exposed to the internet that should not be. */
  PUBLIC_EXPOSURE = 'SOV-PUBLIC-EXPOSURE',
  /** Every Kubernetes namespace has default-deny ingress and egress. */
  NETWORK_ISOLATION = 'SOV-NETWORK-ISOLATION',
  /** Clusters and projects have audit logging, stored immutably in the jurisdiction. */
  AUDIT_LOGGING = 'SOV-AUDIT-LOGGING',
  /** Personal data expires; audit logs are kept long enough and not forever. */
  RETENTION = 'SOV-RETENTION',
  /** No literal secrets in the configuration. */
  SECRETS = 'SOV-SECRETS',
  /** Namespaces enforce Pod Security `restricted`; workloads run hardened. */
  POD_SECURITY = 'SOV-POD-SECURITY',
  /** Object stores of personal, confidential or audit data keep object versions. */
  VERSIONING = 'SOV-VERSIONING',
  /** Providers reach the policy's minimum SEAL level (EU Cloud Sovereignty Framework) for the data they hold. */
  SEAL = 'SOV-SEAL',
}
