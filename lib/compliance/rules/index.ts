import { IRule } from '../rule';
import { auditLoggingRule } from './audit-logging';
import { encryptionAtRestRule } from './encryption-at-rest';
import { encryptionInTransitRule } from './encryption-in-transit';
import { locationRule } from './location';
import { locationUnknownRule } from './location-unknown';
import { networkIsolationRule } from './network-isolation';
import { podSecurityRule } from './pod-security';
import { providerControlRule } from './provider-control';
import { publicExposureRule } from './public-exposure';
import { retentionRule } from './retention';
import { sealRule } from './seal';
import { secretsRule } from './secrets';
import { versioningRule } from './versioning';

/** The built-in rules, in the order they appear in reports and the README. @internal */
export const BUILTIN_RULES: readonly IRule[] = [
  locationRule,
  locationUnknownRule,
  providerControlRule,
  encryptionAtRestRule,
  encryptionInTransitRule,
  publicExposureRule,
  networkIsolationRule,
  auditLoggingRule,
  retentionRule,
  versioningRule,
  secretsRule,
  podSecurityRule,
  sealRule,
];
