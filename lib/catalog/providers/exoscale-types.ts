import { SecondaryLocationRead, LocationArgumentShape } from '../facts/location';
import { AuditCheck } from '../facts/audit';
import { ExposureCheck, ApiAccessStep, RuleProtocol } from '../facts/exposure';
import { ListenerStep, TransitCheck } from '../facts/transit';
import { EncryptionCheck } from '../facts/encryption';
import { ResourceCategory, ResourceTypeFact } from '../types';

export const TF = 'https://github.com/exoscale/terraform-provider-exoscale/blob/v0.70.0';

export const CSI = 'https://github.com/exoscale/exoscale-csi-driver/blob/v0.34.3/deployment/0.34.3';

/** The documentation of its resources, at the release the facts were read from. */
export const RESOURCES = `${TF}/docs/resources`;

/** Resource types of Exoscale the catalog describes: what each holds, where it is and how the rules judge it. */
export const EXOSCALE_RESOURCE_TYPES: ResourceTypeFact[] = [
  {
    resourceType: 'exoscale_sks_cluster',
    category: ResourceCategory.KUBERNETES_CLUSTER,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/sks_cluster.md`, note: '`zone` (String) The Exoscale Zone name.' },
    ],
    source: `${TF}/docs/resources/sks_cluster.md`,
    note:
      '`exoscale_csi` (default false) deploys the block-storage CSI driver; `audit { enabled, endpoint, bearer_token, initial_backoff }` ' +
      'sends API-server audit events to a customer webhook (only at creation time); `service_level` pro/starter. No encryption argument.',
    publicExposure: {
      check: ExposureCheck.API_ACCESS,
      apiAccess: [
        {
          step: ApiAccessStep.ALWAYS_PUBLIC,
          message: 'The SKS control plane endpoint is public and the exoscale provider (v0.70.0) offers no API allow list.',
          fix: 'Protect the API with OIDC and short-lived credentials, and record the accepted risk in a suppression with a reason.',
        },
      ],
      verified: true,
      source: `${RESOURCES}/sks_cluster.md`,
    },
    auditLogging: {
      check: AuditCheck.FLAG,
      argument: 'audit.enabled',
      what: 'The SKS audit log',
      requires: 'audit.endpoint',
      requiresMessage: 'audit.enabled is true but audit.endpoint is not set: the API server has nowhere to send audit events.',
      message: 'The SKS cluster\'s Kubernetes API audit log is off (audit.enabled is {state}).',
      fix: 'Set audit { enabled = true, endpoint = "<your audit webhook>" } at creation or run an in-cluster audit pipeline (a DaemonSet labelled cdktf-sovereign.org/component=audit-log-pipeline).',
      verified: true,
      source: `${RESOURCES}/sks_cluster.md`,
    },
    secondaryLocations: [{ argument: 'audit.endpoint', role: 'log sink', read: SecondaryLocationRead.ENDPOINT }],
  },
  {
    resourceType: 'exoscale_sks_nodepool',
    category: ResourceCategory.NODE_POOL,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/sks_nodepool.md`, note: '`zone` (String) The Exoscale Zone name.' },
    ],
    source: `${TF}/docs/resources/sks_nodepool.md`,
    note: 'Has its own required `zone` (ForceNew). No encryption argument; node disks are encrypted by the platform (see kubernetesStorage).',
    encryptionAtRest: { check: EncryptionCheck.PLATFORM, what: 'node pool', verified: true, source: `${RESOURCES}/sks_nodepool.md` },
  },
  {
    resourceType: 'exoscale_sos_bucket_policy',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/sos_bucket_policy.md`, note: '`zone` (String) The Exoscale Zone name.' },
    ],
    source: `${TF}/docs/resources/sos_bucket_policy.md`,
    note:
      'The only SOS resource of this provider (`bucket`, `policy`, `zone`); the policy uses Exoscale\'s IAM/CEL policy format, not AWS JSON. ' +
      'Buckets and their other settings are managed with the hashicorp/aws provider pointed at https://sos-<zone>.exo.io (see docs/index.md).',
    publicExposure: {
      check: ExposureCheck.BUCKET,
      bucket: { policy: 'policy', policyDocumentTypes: ['aws_iam_policy_document'] },
      verified: true,
      source: `${RESOURCES}/sos_bucket_policy.md`,
    },
  },
  {
    resourceType: 'exoscale_private_network',
    category: ResourceCategory.NETWORK,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/private_network.md`, note: '`zone` (String) The Exoscale Zone name.' },
    ],
    source: `${TF}/docs/resources/private_network.md`,
    note: 'No separate subnet resource: `start_ip`/`end_ip`/`netmask` make it a managed (DHCP) private network.',
  },
  {
    resourceType: 'exoscale_security_group',
    category: ResourceCategory.FIREWALL,
    source: `${TF}/docs/resources/security_group.md`,
    note: 'Global (no zone argument). `external_sources` takes CIDRs.',
  },
  {
    resourceType: 'exoscale_security_group_rule',
    category: ResourceCategory.FIREWALL,
    source: `${TF}/docs/resources/security_group_rule.md`,
    note: 'Global. `type` INGRESS/EGRESS (upper case), `cidr`, `protocol`, `start_port`/`end_port`, `user_security_group_id`, `public_security_group`.',
    publicExposure: {
      check: ExposureCheck.FIREWALL,
      firewall: {
        direction: { path: 'type', words: ['ingress'], absent: false },
        peer: { cidrs: ['cidr'], absentMeansAny: false, groups: ['user_security_group_id', 'public_security_group'] },
        protocol: { arguments: ['protocol'], absent: RuleProtocol.TCP },
        ports: { min: 'start_port', max: 'end_port' },
      },
      verified: true,
      source: `${RESOURCES}/security_group_rule.md`,
    },
  },
  {
    resourceType: 'exoscale_kms_key',
    category: ResourceCategory.KMS,
    locationArguments: ['zone'],
    source: `${TF}/pkg/resources/kms/resource_kms_key.go`,
    note:
      'Registered in provider v0.70.0 but has no page in docs/ (schema read from the source): `name`, `zone`, `description`, ' +
      '`multi_zone` (replicated key), `usage` (only `encrypt-decrypt`). The KMS API is marked BETA. No other resource of the provider references a KMS key.',
  },
  {
    resourceType: 'exoscale_dbaas',
    category: ResourceCategory.DATABASE,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/dbaas.md`, note: '`zone` (String) The Exoscale Zone name.' },
    ],
    source: `${TF}/docs/resources/dbaas.md`,
    // Closed by default: https://community.exoscale.com/product/dbaas/service-specific/postgresql/operation
    note:
      '`type` kafka/mysql/opensearch/pg/valkey/grafana; per-type blocks carry `ip_filter` (CIDRs allowed to connect; ' +
      'without one the service is not reachable from the internet). No encryption argument; ' +
      'Exoscale lists encryption at rest of DBaaS volumes as its own responsibility.',
    encryptionAtRest: { check: EncryptionCheck.PLATFORM, what: 'database', verified: true, source: `${RESOURCES}/dbaas.md` },
    publicExposure: {
      check: ExposureCheck.ALLOW_LIST,
      allowList: {
        entries: [
          { values: 'pg.ip_filter', attribute: 'pg.ip_filter', what: 'the PostgreSQL service' },
          { values: 'mysql.ip_filter', attribute: 'mysql.ip_filter', what: 'the MySQL service' },
          { values: 'kafka.ip_filter', attribute: 'kafka.ip_filter', what: 'the Kafka service' },
          { values: 'opensearch.ip_filter', attribute: 'opensearch.ip_filter', what: 'the OpenSearch service' },
          { values: 'valkey.ip_filter', attribute: 'valkey.ip_filter', what: 'the Valkey service' },
          { values: 'grafana.ip_filter', attribute: 'grafana.ip_filter', what: 'the Grafana service' },
        ],
      },
      verified: true,
      source: `${RESOURCES}/dbaas.md`,
    },
  },
  {
    resourceType: 'exoscale_database',
    category: ResourceCategory.DATABASE,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/database.md`, note: '`zone` (String) The Exoscale Zone name.' },
    ],
    source: `${TF}/docs/resources/database.md`,
    note: 'Deprecated name of `exoscale_dbaas` (still registered in v0.70.0). Same arguments.',
    encryptionAtRest: { check: EncryptionCheck.PLATFORM, what: 'database', verified: true, source: `${RESOURCES}/database.md` },
    publicExposure: {
      check: ExposureCheck.ALLOW_LIST,
      allowList: {
        entries: [
          { values: 'pg.ip_filter', attribute: 'pg.ip_filter', what: 'the PostgreSQL service' },
          { values: 'mysql.ip_filter', attribute: 'mysql.ip_filter', what: 'the MySQL service' },
          { values: 'kafka.ip_filter', attribute: 'kafka.ip_filter', what: 'the Kafka service' },
          { values: 'opensearch.ip_filter', attribute: 'opensearch.ip_filter', what: 'the OpenSearch service' },
          { values: 'valkey.ip_filter', attribute: 'valkey.ip_filter', what: 'the Valkey service' },
          { values: 'grafana.ip_filter', attribute: 'grafana.ip_filter', what: 'the Grafana service' },
        ],
      },
      verified: true,
      source: `${RESOURCES}/database.md`,
    },
  },
  {
    resourceType: 'exoscale_block_storage_volume',
    category: ResourceCategory.VOLUME,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/block_storage_volume.md`, note: '`zone` (String) The Exoscale Zone name.' },
    ],
    source: `${TF}/docs/resources/block_storage_volume.md`,
    note: 'No encryption argument: every new Block Storage volume is encrypted by the platform (AES-256-XTS), cannot be disabled.',
    encryptionAtRest: { check: EncryptionCheck.PLATFORM, what: 'volume', verified: true, source: `${RESOURCES}/block_storage_volume.md` },
  },
  {
    resourceType: 'exoscale_block_storage_volume_snapshot',
    category: ResourceCategory.VOLUME,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/block_storage_volume_snapshot.md`, note: '`zone` (String) The Exoscale Zone name.' },
    ],
    source: `${TF}/docs/resources/block_storage_volume_snapshot.md`,
    note: 'Snapshots inherit the encryption key of their volume.',
  },
  {
    resourceType: 'exoscale_compute_instance',
    category: ResourceCategory.SERVER,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/compute_instance.md`, note: '`zone` (String) The Exoscale Zone name.' },
    ],
    source: `${TF}/docs/resources/compute_instance.md`,
    note: 'No encryption argument; root volumes are encrypted by the platform by default.',
  },
  {
    resourceType: 'exoscale_instance_pool',
    category: ResourceCategory.SERVER,
    locationArguments: ['zone'],
    locationShapes: [
      { path: 'zone', shape: LocationArgumentShape.STRING, verified: true, source: `${TF}/docs/resources/instance_pool.md`, note: '`zone` (String) The Exoscale Zone name.' },
    ],
    source: `${TF}/docs/resources/instance_pool.md`,
  },
  {
    resourceType: 'exoscale_nlb_service',
    source: `${RESOURCES}/nlb_service.md`,
    encryptionInTransit: {
      check: TransitCheck.LISTENER,
      listener: { protocol: 'protocol', port: 'port', what: 'NLB service', steps: [{ step: ListenerStep.PORT80_IF_PROTOCOL }] },
      verified: true,
      source: `${RESOURCES}/nlb_service.md`,
    },
  },
];
