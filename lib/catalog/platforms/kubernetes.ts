import { EncryptionCheck } from '../facts/encryption';
import { ExposureCheck } from '../facts/exposure';
import { KubernetesKind, KubernetesPlatformFacts } from '../facts/kubernetes';
import { TransitCheck } from '../facts/transit';
import { ResourceTypeFact } from '../types';

/*
 * hashicorp/kubernetes (2.38, the version @cdktf/provider-kubernetes 12 binds) and
 * hashicorp/helm: which object each resource type writes. Types marked "not in 2.38" are not
 * resources of the provider but spellings that configurations and earlier versions use; they are
 * kept so that those configurations are judged the same way.
 */

/** hashicorp/kubernetes docs at the release the constructs bind (v2.38.0). */
export const RESOURCES = 'https://github.com/hashicorp/terraform-provider-kubernetes/blob/v2.38.0/docs/resources';
/** The provider's documentation on the registry, at that release (provider configuration arguments). */
const REGISTRY = 'https://registry.terraform.io/providers/hashicorp/kubernetes/2.38.0/docs';

const TEMPLATE = 'spec.template.spec';

function workload(resourceType: string, kind: KubernetesKind, podSpecPath: string, page: string, note?: string): ResourceTypeFact {
  return { resourceType, source: `${RESOURCES}/${page}.md`, kubernetes: { kind, holdsData: true, podSpecPath }, ...(note ? { note } : {}) };
}

const NOT_IN_2_38 = 'Not a resource of hashicorp/kubernetes 2.38; recognised for configurations that use the name.';

const KUBERNETES_RESOURCE_TYPES: ResourceTypeFact[] = [
  { resourceType: 'kubernetes_namespace', source: `${RESOURCES}/namespace.md`, kubernetes: { kind: KubernetesKind.NAMESPACE, holdsData: true } },
  { resourceType: 'kubernetes_namespace_v1', source: `${RESOURCES}/namespace_v1.md`, kubernetes: { kind: KubernetesKind.NAMESPACE, holdsData: true } },
  workload('kubernetes_pod', KubernetesKind.POD, 'spec', 'pod'),
  workload('kubernetes_pod_v1', KubernetesKind.POD, 'spec', 'pod_v1'),
  workload('kubernetes_deployment', KubernetesKind.DEPLOYMENT, TEMPLATE, 'deployment'),
  workload('kubernetes_deployment_v1', KubernetesKind.DEPLOYMENT, TEMPLATE, 'deployment_v1'),
  workload('kubernetes_daemonset', KubernetesKind.DAEMON_SET, TEMPLATE, 'daemonset'),
  workload('kubernetes_daemon_set_v1', KubernetesKind.DAEMON_SET, TEMPLATE, 'daemon_set_v1'),
  { resourceType: 'kubernetes_daemon_set', source: `${RESOURCES}/daemon_set_v1.md`, kubernetes: { kind: KubernetesKind.DAEMON_SET, holdsData: true }, note: NOT_IN_2_38 },
  workload('kubernetes_job', KubernetesKind.JOB, TEMPLATE, 'job'),
  workload('kubernetes_job_v1', KubernetesKind.JOB, TEMPLATE, 'job_v1'),
  workload('kubernetes_cron_job', KubernetesKind.CRON_JOB, 'spec.job_template.spec.template.spec', 'cron_job'),
  workload('kubernetes_cron_job_v1', KubernetesKind.CRON_JOB, 'spec.job_template.spec.template.spec', 'cron_job_v1'),
  workload('kubernetes_replication_controller', KubernetesKind.REPLICATION_CONTROLLER, TEMPLATE, 'replication_controller'),
  workload('kubernetes_replication_controller_v1', KubernetesKind.REPLICATION_CONTROLLER, TEMPLATE, 'replication_controller_v1'),
  workload('kubernetes_replica_set', KubernetesKind.REPLICA_SET, TEMPLATE, 'deployment', NOT_IN_2_38),
  workload('kubernetes_replica_set_v1', KubernetesKind.REPLICA_SET, TEMPLATE, 'deployment_v1', NOT_IN_2_38),
  { resourceType: 'kubernetes_persistent_volume', source: `${RESOURCES}/persistent_volume.md`, kubernetes: { kind: KubernetesKind.PERSISTENT_VOLUME, holdsData: true } },
  { resourceType: 'kubernetes_persistent_volume_v1', source: `${RESOURCES}/persistent_volume_v1.md`, kubernetes: { kind: KubernetesKind.PERSISTENT_VOLUME, holdsData: true } },
  { resourceType: 'kubernetes_secret', source: `${RESOURCES}/secret.md`, kubernetes: { kind: KubernetesKind.SECRET, holdsData: true, secretDataArguments: ['data', 'string_data', 'binary_data'] } },
  { resourceType: 'kubernetes_secret_v1', source: `${RESOURCES}/secret_v1.md`, kubernetes: { kind: KubernetesKind.SECRET, holdsData: true, secretDataArguments: ['data', 'string_data', 'binary_data'] } },
  {
    resourceType: 'kubernetes_secret_v1_data',
    source: `${RESOURCES}/secret_v1_data.md`,
    kubernetes: { kind: KubernetesKind.SECRET, holdsData: false, secretDataArguments: ['data', 'string_data', 'binary_data'] },
    note: 'Adds data to a secret created elsewhere; the secret itself is the data-holding object.',
  },
  { resourceType: 'kubernetes_config_map', source: `${RESOURCES}/config_map.md`, kubernetes: { kind: KubernetesKind.CONFIG_MAP, holdsData: true } },
  { resourceType: 'kubernetes_config_map_v1', source: `${RESOURCES}/config_map_v1.md`, kubernetes: { kind: KubernetesKind.CONFIG_MAP, holdsData: true } },
  { resourceType: 'kubernetes_network_policy', source: `${RESOURCES}/network_policy.md`, kubernetes: { kind: KubernetesKind.NETWORK_POLICY, holdsData: false } },
  { resourceType: 'kubernetes_network_policy_v1', source: `${RESOURCES}/network_policy_v1.md`, kubernetes: { kind: KubernetesKind.NETWORK_POLICY, holdsData: false } },
  {
    resourceType: 'kubernetes_service',
    source: `${RESOURCES}/service.md`,
    kubernetes: { kind: KubernetesKind.SERVICE, holdsData: false },
    // metadata { annotations }, spec { type, load_balancer_source_ranges }; checked against @cdktf/provider-kubernetes 12
    publicExposure: { check: ExposureCheck.KUBERNETES_SERVICE, verified: true, source: `${RESOURCES}/service.md` },
  },
  {
    resourceType: 'kubernetes_service_v1',
    source: `${RESOURCES}/service_v1.md`,
    kubernetes: { kind: KubernetesKind.SERVICE, holdsData: false },
    // metadata { annotations }, spec { type, load_balancer_source_ranges }; checked against @cdktf/provider-kubernetes 12
    publicExposure: { check: ExposureCheck.KUBERNETES_SERVICE, verified: true, source: `${RESOURCES}/service_v1.md` },
  },
  {
    resourceType: 'kubernetes_ingress',
    source: `${RESOURCES}/ingress.md`,
    kubernetes: { kind: KubernetesKind.INGRESS, holdsData: false },
    encryptionInTransit: { check: TransitCheck.KUBERNETES_INGRESS, verified: true, source: `${RESOURCES}/ingress.md` },
  },
  {
    resourceType: 'kubernetes_ingress_v1',
    source: `${RESOURCES}/ingress_v1.md`,
    kubernetes: { kind: KubernetesKind.INGRESS, holdsData: false },
    encryptionInTransit: { check: TransitCheck.KUBERNETES_INGRESS, verified: true, source: `${RESOURCES}/ingress_v1.md` },
  },
  {
    resourceType: 'kubernetes_storage_class',
    source: `${RESOURCES}/storage_class.md`,
    kubernetes: { kind: KubernetesKind.STORAGE_CLASS, holdsData: false },
    encryptionAtRest: { check: EncryptionCheck.KUBERNETES_VOLUMES, verified: true, source: `${RESOURCES}/storage_class.md` },
  },
  {
    resourceType: 'kubernetes_storage_class_v1',
    source: `${RESOURCES}/storage_class_v1.md`,
    kubernetes: { kind: KubernetesKind.STORAGE_CLASS, holdsData: false },
    encryptionAtRest: { check: EncryptionCheck.KUBERNETES_VOLUMES, verified: true, source: `${RESOURCES}/storage_class_v1.md` },
  },
  {
    resourceType: 'kubernetes_persistent_volume_claim',
    source: `${RESOURCES}/persistent_volume_claim.md`,
    kubernetes: { kind: KubernetesKind.PERSISTENT_VOLUME_CLAIM, holdsData: true },
    encryptionAtRest: { check: EncryptionCheck.KUBERNETES_VOLUMES, verified: true, source: `${RESOURCES}/persistent_volume_claim.md` },
  },
  {
    resourceType: 'kubernetes_persistent_volume_claim_v1',
    source: `${RESOURCES}/persistent_volume_claim_v1.md`,
    kubernetes: { kind: KubernetesKind.PERSISTENT_VOLUME_CLAIM, holdsData: true },
    encryptionAtRest: { check: EncryptionCheck.KUBERNETES_VOLUMES, verified: true, source: `${RESOURCES}/persistent_volume_claim_v1.md` },
  },
  {
    resourceType: 'kubernetes_stateful_set',
    source: `${RESOURCES}/stateful_set.md`,
    kubernetes: { kind: KubernetesKind.STATEFUL_SET, holdsData: true, podSpecPath: TEMPLATE, claimTemplates: 'spec.volume_claim_template' },
    encryptionAtRest: { check: EncryptionCheck.KUBERNETES_VOLUMES, judgedWhenSet: 'spec.volume_claim_template', verified: true, source: `${RESOURCES}/stateful_set.md` },
  },
  {
    resourceType: 'kubernetes_stateful_set_v1',
    source: `${RESOURCES}/stateful_set_v1.md`,
    kubernetes: { kind: KubernetesKind.STATEFUL_SET, holdsData: true, podSpecPath: TEMPLATE, claimTemplates: 'spec.volume_claim_template' },
    encryptionAtRest: { check: EncryptionCheck.KUBERNETES_VOLUMES, judgedWhenSet: 'spec.volume_claim_template', verified: true, source: `${RESOURCES}/stateful_set_v1.md` },
  },
  {
    resourceType: 'kubernetes_manifest',
    source: `${RESOURCES}/manifest.md`,
    kubernetes: { kind: KubernetesKind.MANIFEST, holdsData: false, manifestArgument: 'manifest' },
    note: 'Any Kubernetes object, in the API\'s camelCase fields under `manifest`; the rules judge it by its `kind`.',
    encryptionAtRest: { check: EncryptionCheck.KUBERNETES_VOLUMES, verified: true, source: `${RESOURCES}/manifest.md` },
    encryptionInTransit: { check: TransitCheck.KUBERNETES_INGRESS, verified: true, source: `${RESOURCES}/manifest.md` },
  },
  {
    resourceType: 'helm_release',
    // chart, set_sensitive { name, value }, values: read at this commit of the provider's docs.
    source: 'https://github.com/hashicorp/terraform-provider-helm/blob/0213f35e4094b507c923925413a827960c952050/docs/resources/release.md',
    kubernetes: {
      kind: KubernetesKind.HELM_RELEASE, holdsData: true, chartArgument: 'chart', sensitiveValueBlocks: 'set_sensitive', chartValues: 'values', valueBlocks: 'set',
      // Cilium's `encryption.enabled` (default false) switches transparent encryption (IPsec or WireGuard) of pod traffic between nodes.
      cniEncryption: [{
        charts: ['cilium'],
        what: 'Cilium',
        enabledValue: 'encryption.enabled',
        enabledByDefault: false,
        source: 'https://github.com/cilium/cilium/blob/v1.20.2/install/kubernetes/cilium/values.yaml',
      }],
    },
    note: 'A chart installs workloads (often a database) on the cluster: it is located where the cluster is.',
  },
];

/** The Kubernetes and Helm providers. */
export const KUBERNETES_PLATFORM: KubernetesPlatformFacts = {
  id: 'kubernetes',
  name: 'Kubernetes (hashicorp/kubernetes, hashicorp/helm)',
  terraformSources: ['hashicorp/kubernetes', 'hashicorp/helm'],
  resourceTypePrefixes: ['kubernetes_', 'helm_'],
  // client_key (and token, password, which the generic secret names catch): provider configuration at 2.38.
  providerCredentialArguments: ['client_key'],
  resourceTypes: KUBERNETES_RESOURCE_TYPES,
  source: REGISTRY,
};
