/**
 * Generates Terraform JSON configurations of mixed resources across the European
 * providers, Kubernetes and S3-compatible storage, with references between them, for
 * the engine benchmark. Deterministic: the same size gives the same file.
 */

type Body = Record<string, unknown>;

export function generateConfiguration(size: number): Record<string, unknown> {
  const resource: Record<string, Record<string, Body>> = {};
  const add = (type: string, name: string, body: Body) => {
    (resource[type] ??= {})[name] = body;
  };
  let count = 0;
  let i = 0;
  const regions = ['fr-par', 'nl-ams', 'pl-waw'];
  while (count < size) {
    const n = `r${i}`;
    switch (i % 10) {
      case 0: // S3-compatible bucket with its configuration resources (4)
        add('aws_s3_bucket', n, { bucket: `bucket-${i}`, provider: 'aws.scw', tags: { 'data-classification': i % 20 === 0 ? 'personal' : 'internal' } });
        add('aws_s3_bucket_versioning', n, { bucket: `\${aws_s3_bucket.${n}.id}`, provider: 'aws.scw', versioning_configuration: { status: 'Enabled' } });
        add('aws_s3_bucket_server_side_encryption_configuration', n, { bucket: `\${aws_s3_bucket.${n}.id}`, provider: 'aws.scw', rule: [{ apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } }] });
        add('aws_s3_bucket_lifecycle_configuration', n, { bucket: `\${aws_s3_bucket.${n}.id}`, provider: 'aws.scw', rule: [{ id: 'expire', status: 'Enabled', expiration: { days: 30 } }] });
        count += 4;
        break;
      case 1: // Kubernetes namespace with a default-deny policy and a workload (3)
        add('kubernetes_namespace_v1', n, { metadata: { name: `ns-${i}`, labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } } });
        add('kubernetes_network_policy_v1', n, { metadata: { name: 'default-deny', namespace: `\${kubernetes_namespace_v1.${n}.metadata[0].name}` }, spec: { pod_selector: {}, policy_types: ['Ingress', 'Egress'] } });
        add('kubernetes_deployment_v1', n, {
          metadata: { name: 'app', namespace: `\${kubernetes_namespace_v1.${n}.metadata[0].name}` },
          spec: {
            replicas: '2',
            selector: { match_labels: { app: 'app' } },
            template: {
              metadata: { labels: { app: 'app' } },
              spec: {
                security_context: { run_as_non_root: true, seccomp_profile: { type: 'RuntimeDefault' } },
                container: [{
                  name: 'app',
                  image: 'registry.example.eu/app@sha256:0000000000000000000000000000000000000000000000000000000000000000',
                  security_context: { allow_privilege_escalation: false, read_only_root_filesystem: true, capabilities: { drop: ['ALL'] } },
                  resources: { limits: { cpu: '500m', memory: '256Mi' }, requests: { cpu: '100m', memory: '128Mi' } },
                }],
              },
            },
          },
        });
        count += 3;
        break;
      case 2:
        add('hcloud_server', n, { name: `srv-${i}`, server_type: 'cx22', image: 'debian-12', location: i % 40 === 2 ? 'ash' : 'fsn1' });
        count += 1;
        break;
      case 3:
        add('scaleway_rdb_instance', n, { name: `db-${i}`, node_type: 'DB-DEV-S', engine: 'PostgreSQL-15', region: regions[i % 3], encryption_at_rest: true, password: '${var.db_password}' });
        count += 1;
        break;
      case 4: // OVH cluster with API allow list, audit log subscription and a node pool (4)
        add('ovh_cloud_project_kube', n, { service_name: 'p', name: `k-${i}`, region: 'GRA11' });
        add('ovh_cloud_project_kube_iprestrictions', n, { service_name: 'p', kube_id: `\${ovh_cloud_project_kube.${n}.id}`, ips: ['203.0.113.0/24'] });
        add('ovh_cloud_project_kube_log_subscription', n, { service_name: 'p', kube_id: `\${ovh_cloud_project_kube.${n}.id}`, kind: 'audit', stream_id: 'stream' });
        add('ovh_cloud_project_kube_nodepool', n, { service_name: 'p', kube_id: `\${ovh_cloud_project_kube.${n}.id}`, name: 'pool', flavor_name: 'b3-8', desired_nodes: 3 });
        count += 4;
        break;
      case 5:
        add('opentelekomcloud_evs_volume_v3', n, { name: `vol-${i}`, availability_zone: 'eu-de-01', volume_type: 'SSD', size: 20, kms_id: '${opentelekomcloud_kms_key_v1.key.id}' });
        count += 1;
        break;
      case 6: // IONOS data centre + server (2)
        add('ionoscloud_datacenter', n, { name: `dc-${i}`, location: 'de/fra' });
        add('ionoscloud_server', n, { name: `s-${i}`, datacenter_id: `\${ionoscloud_datacenter.${n}.id}`, cores: 2, ram: 2048 });
        count += 2;
        break;
      case 7:
        add('upcloud_storage', n, { title: `st-${i}`, size: 10, zone: 'de-fra1', encrypt: true });
        count += 1;
        break;
      case 8:
        add('stackit_ske_cluster', n, { project_id: 'p', name: `ske${i % 1000}`, region: 'eu01', node_pools: [{ name: 'np', machine_type: 'c1.2', minimum: 1, maximum: 3, availability_zones: ['eu01-1'] }], audit: { enabled: true }, extensions: { acl: { enabled: true, allowed_cidrs: ['203.0.113.0/24'] } } });
        count += 1;
        break;
      default:
        add('random_id', n, { byte_length: 8 });
        count += 1;
    }
    i++;
  }
  return {
    terraform: {
      required_providers: {
        aws: { source: 'hashicorp/aws' },
        kubernetes: { source: 'hashicorp/kubernetes' },
        hcloud: { source: 'hetznercloud/hcloud' },
        scaleway: { source: 'scaleway/scaleway' },
        ovh: { source: 'ovh/ovh' },
        opentelekomcloud: { source: 'opentelekomcloud/opentelekomcloud' },
        ionoscloud: { source: 'ionos-cloud/ionoscloud' },
        upcloud: { source: 'UpCloudLtd/upcloud' },
        stackit: { source: 'stackitcloud/stackit' },
        random: { source: 'hashicorp/random' },
      },
    },
    provider: {
      aws: [{ alias: 'scw', region: 'fr-par', endpoints: [{ s3: 'https://s3.fr-par.scw.cloud' }], skip_credentials_validation: true }],
      kubernetes: [{ config_path: '~/.kube/config' }],
      opentelekomcloud: [{ region: 'eu-de' }],
    },
    variable: { db_password: { type: 'string', sensitive: true } },
    resource,
  };
}
