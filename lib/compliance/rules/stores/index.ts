// ---------------------------------------------------------------------------------------
// Store facts: how long a bucket or log store keeps data (lifecycle expiration) and what
// locks it (object lock / WORM default retention). Shared with SOV-AUDIT-LOGGING.
// ---------------------------------------------------------------------------------------

export { auditLogSinks, isAuditLogStore } from './audit-sinks';
export { expiryRules, isoPeriodDays, lockFacts } from './facts';
export type { ExpiryRule, LockFacts, Period } from './facts';
export { resolveStore, RETENTION_STORE_TYPES, storeOf } from './registry';
export { noncurrentExpiryRules, versioningFacts } from './versions';
export type { NoncurrentRule, VersioningFacts } from './versions';
