// Public API of cdktf-sovereign. Exports are explicit: internals stay internal.

// Sovereignty model
export { Countries } from './core/countries';
export { Adequacy } from './core/adequacy';
export { AdequacyDecision, AdequacyScope } from './core/adequacy-types';
export { Jurisdiction, JurisdictionCheck } from './core/jurisdiction';
export { Retention, RetentionUnit } from './core/retention';
export { DataClassification } from './core/classification';
export { GaiaxLabel } from './core/gaiax';
export { SovereigntyPolicy, SovereigntyPolicyProps } from './core/policy';

// Provider catalog
export { Catalog, EndpointMatch } from './catalog/catalog';
export { CloudProvider } from './catalog/provider';
export {
  CapabilityFact,
  Certification,
  CertificationScheme,
  CertificationStatus,
  KubernetesStorageFacts,
  LocationKind,
  ObjectStorageFacts,
  Ownership,
  ProviderCapabilities,
  ProviderFacts,
  RegionInfo,
  RegionRule,
  ResourceCategory,
  ResourceTypeFact,
  StorageClassFact,
  VolumeEncryptionFact,
  VolumeEncryptionMechanism,
} from './catalog/types';
