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
export { SovereigntyLabels } from './core/labels';

// Provider catalog
export { Catalog, EndpointMatch } from './catalog/catalog';
export { CloudProvider } from './catalog/provider';
export {
  AnnotationValueMatch,
  BlockStorageFacts,
  CloudDeploymentFact,
  CloudSelectorFact,
  ConfigurationRole,
  InternalLoadBalancerAnnotation,
  KubernetesLoadBalancerFacts,
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
export {
  CriterionAssessment,
  FrameworkDocument,
  KeyControl,
  ObjectiveAssessment,
  ProviderDataFacts,
  ProviderSovereigntyAssessment,
  SealLevel,
  SovereigntyAssessment,
  SovereigntyCriterion,
  SovereigntyObjective,
} from './catalog/sovereignty';
// Per-resource-type facts the rules read (catalog data, interpreted by the engine)
export {
  AuditCheck,
  AuditLoggingFact,
  AuditSinkFact,
  AuditTrailFact,
  DiagnosticSettingFact,
  TelemetryLinkFact,
} from './catalog/facts/audit';
export {
  AccountDefaultFact,
  AlgorithmBlockFact,
  BlockDeviceFact,
  CustomerKeyFact,
  EncryptionAtRestFact,
  EncryptionCheck,
  EncryptionKeyFact,
  InheritanceFact,
  LaunchTemplateFact,
  PlatformExceptionFact,
  UnsetKeyDefault,
  UnsetKeyFact,
} from './catalog/facts/encryption';
export {
  AclEntriesFact,
  AllowListEntryFact,
  AllowListFact,
  ApiAccessStep,
  ApiAccessStepFact,
  BucketExposureFact,
  DefaultPolicyFact,
  ExposureCheck,
  FirewallFact,
  GrantsFact,
  PolicyDataFact,
  Presence,
  PublicExposureFact,
  PublicFlagFact,
  PublicSwitchFact,
  PublicValueFact,
  RulePortsFact,
  RuleProtocol,
  RuleProtocolFact,
  RuleSourceFact,
  RuleSwitchFact,
  FirewallSwitchFact,
  PublicAddressFact,
  PublicAttachmentFact,
  PublicNetworkFact,
  ObjectAccessFact,
  ListenerExposureFact,
  ReferencedArgumentFact,
} from './catalog/facts/exposure';
export {
  IpsecArgumentFact,
  IpsecFact,
  IpsecSetting,
} from './catalog/facts/ipsec';
export {
  CniEncryptionFact,
  KubernetesKind,
  KubernetesPlatformFacts,
  KubernetesTypeFact,
} from './catalog/facts/kubernetes';
export {
  DefaultLocationFact,
  LocationArgumentFact,
  LocationArgumentShape,
  S3EndpointOverrideFact,
  SecondaryLocationDefault,
  SecondaryLocationDefaultFact,
  SecondaryLocationFact,
  SecondaryLocationRead,
} from './catalog/facts/location';
export { BackupRetentionFact } from './catalog/facts/backups';
export {
  BlockMatch,
  ValueTest,
  WordsFact,
} from './catalog/facts/match';
export {
  ArgumentCondition,
  SecretArgumentsFact,
} from './catalog/facts/secrets';
export {
  ActionConditionFact,
  ActionsByKindFact,
  LifecycleFact,
  LifecycleShape,
  LockArgumentFact,
  LockShape,
  StoreConfigurationFact,
  StoreFact,
  VersioningArgumentFact,
} from './catalog/facts/stores';
export {
  EncryptionInTransitFact,
  ListenerFact,
  ListenerStep,
  ListenerStepFact,
  ProtocolDefaultFact,
  RedirectFact,
  ReferencedProtocolFact,
  TransitCheck,
} from './catalog/facts/transit';

// Compliance engine
export { ComplianceEngine, ComplianceEngineProps, NamedConfiguration } from './compliance/engine';
export { SovereigntyChecks, SovereigntyChecksProps } from './compliance/synth';
export { SovereigntyPolicyFile } from './compliance/policy-file';
export { Pack, PackRule } from './compliance/packs';
export { IRule } from './compliance/rule';
export { RuleId } from './compliance/rules/ids';
export { ResourceView, RuleContext } from './compliance/model/view';
export { ResourceMode } from './compliance/model/configuration';
export { Suppression, SuppressOptions } from './compliance/suppressions';
export {
  CatalogFactReference,
  FindingLevel,
  LocationStatus,
  InstanceLocation,
  ResourceLocation,
  RuleMetadata,
  RuleViolation,
} from './compliance/types';
export { Framework, StandardReference } from './compliance/references';
export { ComplianceReport, ReportContext } from './compliance/report/report';
export { ReportFormat } from './compliance/report/formats';
export { GaiaxCipher, GaiaxCredentialsProps } from './gaiax/props';
export {
  Finding,
  FindingSource,
  NotEvaluatedType,
  ReportRule,
  ReportSummary,
  SuppressionNote,
  SuppressionNoteKind,
} from './compliance/report/model';

// Kubernetes baseline
export { SovereignNamespace, SovereignNamespaceProps, PodSecurityLevel, NamespaceQuota, ContainerDefaults } from './kubernetes/namespace';
export { SecureWorkload, SecureWorkloadProps, ContainerResources, SecretKeyReference, WorkloadVolume } from './kubernetes/workload';
export { TlsIngress, TlsIngressProps, TlsIngressRule, TlsCertificate, CertManagerOptions, IngressController } from './kubernetes/ingress';
export { EncryptedStorageClass, EncryptedStorageClassProps, IEncryptedStorageClass, ReclaimPolicy } from './kubernetes/storage-class';
export { EncryptedVolumeClaim, EncryptedVolumeClaimProps, IEncryptedVolumeClaim, VolumeAccessMode } from './kubernetes/volume-claim';
export { VolumePassphrase, PassphraseVariableOptions, KmsKey } from './kubernetes/volume-key';
export { Peer, IpBlockOptions } from './kubernetes/peer';
export { Port, NetworkProtocol, NetworkPeerConfig, INetworkPeer, INetworkZone, ISovereignNamespace, ISecureWorkload, AllowOptions } from './kubernetes/zone';

// Object storage and Terraform state
export { EuBucket, EuBucketProps, IEuBucket } from './storage/eu-bucket';
export { BucketEncryption, EuBucketBackend, ObjectLock, ObjectLockMode } from './storage/options';
export { S3Credentials } from './storage/credentials';
export { EuStateBackend, EuStateBackendProps, StateEncryption } from './storage/state-backend';

// Open Telekom Cloud foundation
export { OtcNetwork, OtcNetworkProps, IOtcNetwork } from './providers/otc/network';
export { OtcSecurityGroup, OtcSecurityGroupProps, IOtcSecurityGroup, OtcSecurityRule, OtcProtocol } from './providers/otc/security-group';
export { OtcKmsKey, OtcKmsKeyProps, IOtcKmsKey } from './providers/otc/kms-key';
export { OtcKubernetesCluster, OtcKubernetesClusterProps } from './providers/otc/cluster';
export { OtcClusterFlavor, OtcClusterResilience, OtcContainerNetwork, OtcVolumeType, OtcNodePoolOptions, OtcKubernetesConnection } from './providers/otc/cluster-options';
export { OtcCloudTrace, OtcCloudTraceProps } from './providers/otc/cloud-trace';
export { OtcSovereignFoundation, OtcSovereignFoundationProps } from './providers/otc/foundation';

// Audit logging
export { AuditLogStore, AuditLogStoreProps } from './audit/store';
export { AuditLogPipeline, AuditLogPipelineProps } from './audit/pipeline';
export { ManagedAuditLogs, ExoscaleSksAuditOptions, OvhKubeAuditLogSubscription, OvhKubeAuditLogSubscriptionProps, StackitAuditLogRouting, StackitAuditLogRoutingProps } from './audit/managed';
export { PiiRedaction, PiiRedactionProps, PiiKind, MissingKeyBehavior, OversizeBehavior, RedactionPattern } from './audit/redaction';

// Networks: one interface on every provider, encrypted between hosts and sites
export { ISovereignNetwork, PublicEntryPoint, PublicEntryPointKind } from './network/network';
export { FirewallPeer, FirewallPeerOptions } from './network/peer';
export { FirewallPort, FirewallProtocol } from './network/port';
export { WireGuardInterface, WireGuardInterfaceProps, WireGuardKey, WireGuardPeer } from './network/wireguard';
export { CiliumWireGuardEncryption, CiliumWireGuardEncryptionProps } from './network/cni';
export { IpsecProposal, IpsecProposalProps, IpsecEncryption, IpsecIntegrity, DiffieHellmanGroup, IkeVersion } from './network/ipsec';
export { HetznerNetwork, HetznerNetworkProps, HetznerGatewayOptions } from './network/hetzner/network';
export { HetznerServerOptions, IHetznerServer } from './network/hetzner/server';
export { HetznerProvider, HetznerProviderProps } from './providers/hetzner/provider';
export { ScalewayNetwork, ScalewayNetworkProps, ScalewayServerOptions, ScalewayPublicGatewayOptions, IScalewayServer } from './network/scaleway/network';
export { ScalewaySiteToSiteVpn, ScalewaySiteToSiteVpnProps } from './network/scaleway/vpn';
export { ScalewayProvider, ScalewayProviderProps } from './providers/scaleway/provider';
export { IonosNetwork, IonosNetworkProps } from './network/ionos/network';
export { IonosIpsecVpn, IonosIpsecVpnProps } from './network/ionos/vpn';
export { IonosProvider, IonosProviderProps } from './providers/ionos/provider';

// Managed databases: private, encrypted, in the jurisdiction
export { EuDatabase, EuDatabaseProps, IEuDatabase, DatabaseNetworkOptions } from './database/eu-database';
export { DatabaseEngine, DatabaseKey, StackitKmsKeyOptions } from './database/options';
export { OvhcloudNetwork, OvhcloudNetworkProps, OvhcloudGatewayOptions } from './network/ovhcloud/network';
export { OvhcloudServerOptions, IOvhcloudServer } from './network/ovhcloud/server';
export { StackitNetwork, StackitNetworkProps } from './network/stackit/network';
export { StackitServerOptions, IStackitServer } from './network/stackit/server';
export { UpcloudNetwork, UpcloudNetworkProps, UpcloudNatGatewayOptions } from './network/upcloud/network';
export { UpcloudServerOptions, IUpcloudServer } from './network/upcloud/server';
export { UpcloudGatewayVpn, UpcloudGatewayVpnProps } from './network/upcloud/vpn';
export { ExoscaleNetwork, ExoscaleNetworkProps, ExoscaleServerOptions, IExoscaleServer } from './network/exoscale/network';
export { OtcSiteToSiteVpn, OtcSiteToSiteVpnProps } from './providers/otc/vpn';
export { OvhcloudProvider, OvhcloudProviderProps } from './providers/ovhcloud/provider';
export { StackitProvider, StackitProviderProps } from './providers/stackit/provider';
export { UpcloudProvider, UpcloudProviderProps } from './providers/upcloud/provider';
export { ExoscaleProvider, ExoscaleProviderProps } from './providers/exoscale/provider';
