import { AnnotationValueMatch, ProviderFacts } from '../types';
import { OPENSTACK_CLOUDS } from './openstack-clouds';
import { OPENSTACK_RESOURCE_TYPES, RESOURCES, TF } from './openstack-types';

/*
 * OpenStack, as reached with terraform-provider-openstack: a platform many operators run
 * (OVHcloud Public Cloud, Open Telekom Cloud, the Sovereign Cloud Stack clouds, …), not a
 * provider. A resource is hosted by the cloud its provider configuration names by `auth_url`
 * (openstack-clouds.ts), located by its `region` there; a `cloud` entry of clouds.yaml cannot be
 * resolved from the configuration, and an endpoint the catalog does not know leaves the
 * location unknown (fail closed). Facts read at tag v3.4.0.
 */

const INDEX = `${TF}/docs/index.md`;

/** The OpenStack platform. */
export const OPENSTACK: ProviderFacts = {
  id: 'openstack',
  name: 'OpenStack',
  aliases: ['sovereign-cloud-stack', 'scs'],
  hyperscaler: false,
  ownership: {
    legalEntity: 'OpenInfra Foundation (steward of the OpenStack software; it operates no cloud)',
    headquartersCountry: 'US',
    headquartersCity: 'Austin',
    ultimateParent: 'Linux Foundation (the OpenInfra Foundation joined it in 2025)',
    ultimateParentCountry: 'US',
    reasoning: 'OpenStack is a platform, not a provider: resources are judged by the operator of the cloud their provider configuration names (its deployments), never by this record. It names only the software\'s steward, so that a cloud the catalog does not know is never taken for an EU-controlled one.',
    verified: false,
    sources: ['https://board.openinfra.org/strategic-consideration/faq'],
  },
  certifications: [],
  terraformSources: ['terraform-provider-openstack/openstack'],
  resourceTypePrefixes: ['openstack_'],
  // `region`: "If omitted, the OS_REGION_NAME environment variable is used" (index.md).
  providerLocationArguments: ['region'],
  cloudSelector: {
    endpointArguments: ['auth_url'],
    namedCloudArguments: ['cloud'],
    namedCloudFile: 'clouds.yaml',
    environmentVariables: ['OS_AUTH_URL', 'OS_CLOUD'],
    source: INDEX,
  },
  deployments: OPENSTACK_CLOUDS,
  resourceTypes: OPENSTACK_RESOURCE_TYPES,
  // Every region of the clouds the catalog describes itself (operators' clouds use their catalog entries):
  // a region name alone places nothing; the cloud the auth_url names decides.
  regions: OPENSTACK_CLOUDS.flatMap((c) => c.regions ?? []),
  kubernetesLoadBalancer: {
    // Magnum clusters run the OpenStack (Octavia) cloud controller manager.
    internalAnnotations: [{ annotation: 'service.beta.kubernetes.io/openstack-internal-load-balancer', match: AnnotationValueMatch.EQUALS, value: 'true', example: '"true"' }],
    existingLoadBalancerAnnotations: ['loadbalancer.openstack.org/load-balancer-id'],
    honorsSourceRanges: true,
    verified: true,
    source: 'https://github.com/kubernetes/cloud-provider-openstack/blob/v1.36.0/docs/openstack-cloud-controller-manager/expose-applications-using-loadbalancer-type-service.md',
  },
  capabilities: {
    managedKubernetes: {
      supported: true,
      verified: true,
      source: `${RESOURCES}/containerinfra_cluster_v1.md`,
      note: 'Magnum (openstack_containerinfra_cluster_v1), where the cloud runs it; many clouds offer their own Kubernetes service instead.',
    },
    bucketSse: {
      supported: false,
      verified: false,
      source: `${RESOURCES}/objectstorage_container_v1.md`,
      note: 'Swift containers have no encryption argument; at-rest encryption of object storage is the operator\'s configuration.',
    },
    bucketSseKms: { supported: false, verified: false, source: `${RESOURCES}/objectstorage_container_v1.md` },
    objectLock: { supported: false, verified: true, source: `${RESOURCES}/objectstorage_container_v1.md`, note: 'No object-lock argument on Swift containers.' },
    publicAccessBlock: { supported: false, verified: true, source: `${RESOURCES}/objectstorage_container_v1.md`, note: 'Public read is a container ACL (container_read ".r:*").' },
    bucketVersioning: { supported: true, verified: true, source: `${RESOURCES}/objectstorage_container_v1.md`, note: '`versioning` (Swift 2.24+, where the operator allows it).' },
    bucketLifecycle: { supported: false, verified: true, source: `${RESOURCES}/objectstorage_container_v1.md`, note: 'Expiry is per object (X-Delete-After), not a container lifecycle rule.' },
    kms: { supported: true, verified: true, source: `${RESOURCES}/keymanager_secret_v1.md`, note: 'Barbican (openstack_keymanager_*), where the cloud runs it.' },
    managedAuditLogging: { supported: false, verified: true, source: `${RESOURCES}/identity_project_v3.md`, note: 'No audit-trail resource in terraform-provider-openstack.' },
    bucketEncryptedByDefault: {
      supported: false,
      verified: false,
      source: `${RESOURCES}/objectstorage_container_v1.md`,
      note: 'Not recorded per cloud: Swift encryption at rest is an operator setting.',
    },
  },
};
