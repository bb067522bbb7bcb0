import { RuleId } from '../../../lib/compliance/rules/ids';
import { Catalog, FindingLevel, Retention, SovereigntyPolicy } from '../../../lib';
import { findingsOf, flagged, s3Provider, tf } from '../helpers';

const A = RuleId.AUDIT_LOGGING;
const CATALOG_TYPE = Catalog.resourceType.bind(Catalog);

describe('SOV-AUDIT-LOGGING: managed audit switches of Kubernetes clusters', () => {
  test('STACKIT SKE: audit.enabled', () => {
    const config = tf({
      variable: { audit: { type: 'bool', default: true } },
      resource: {
        stackit_ske_cluster: {
          on: { project_id: 'p', name: 'on', audit: { enabled: true } },
          viaVar: { project_id: 'p', name: 'v', audit: { enabled: '${var.audit}' } },
          off: { project_id: 'p', name: 'off' },
          computed: { project_id: 'p', name: 'c', audit: { enabled: '${local.audit}' } },
        },
      },
    });
    expect(flagged(config, A)).toEqual(['stackit_ske_cluster.computed', 'stackit_ske_cluster.off']);
    const byAddress = Object.fromEntries(findingsOf(config, A).map((f) => [f.address, f]));
    expect(byAddress['stackit_ske_cluster.off'].message).toMatch(/audit log is off \(audit.enabled is not set\)/);
    expect(byAddress['stackit_ske_cluster.off'].attribute).toBe('audit.enabled');
    expect(byAddress['stackit_ske_cluster.computed'].message).toMatch(/cannot be verified before apply/);
  });

  test('Exoscale SKS: audit { enabled, endpoint } (HCL list spelling)', () => {
    const config = tf({
      resource: {
        exoscale_sks_cluster: {
          on: { zone: 'de-fra-1', name: 'on', audit: [{ enabled: true, endpoint: 'https://audit.example.eu/hook', bearer_token: '${var.t}' }] },
          noEndpoint: { zone: 'de-fra-1', name: 'ne', audit: [{ enabled: true }] },
          off: { zone: 'de-fra-1', name: 'off', audit: [{ enabled: false }] },
        },
      },
    });
    expect(flagged(config, A)).toEqual(['exoscale_sks_cluster.noEndpoint', 'exoscale_sks_cluster.off']);
    expect(findingsOf(config, A).find((f) => f.address === 'exoscale_sks_cluster.noEndpoint')?.message).toMatch(/audit.endpoint is not set/);
  });

  test('IONOS: s3_buckets names the audit-log bucket', () => {
    const config = tf({
      resource: {
        ionoscloud_s3_bucket: { audit: { name: 'k8s-audit', region: 'eu-central-3', object_lock_enabled: true } },
        ionoscloud_k8s_cluster: {
          on: { name: 'on', s3_buckets: [{ name: '${ionoscloud_s3_bucket.audit.name}' }] },
          off: { name: 'off' },
        },
      },
    });
    expect(flagged(config, A)).toEqual(['ionoscloud_k8s_cluster.off']);
    expect(findingsOf(config, A)[0].message).toMatch(/s3_buckets is not set/);
  });

  test('OVHcloud: a log subscription of kind audit attached to the kube', () => {
    const config = tf({
      resource: {
        ovh_cloud_project_kube: { on: { service_name: 'p', name: 'on', region: 'GRA11' }, off: { service_name: 'p', name: 'off', region: 'GRA11' } },
        ovh_cloud_project_kube_log_subscription: {
          sub: { service_name: 'p', kube_id: '${ovh_cloud_project_kube.on.id}', kind: 'audit', stream_id: '${data.ovh_dbaas_logs_output_graylog_stream.s.stream_id}' },
        },
      },
    });
    expect(flagged(config, A)).toEqual(['ovh_cloud_project_kube.off']);
    expect(findingsOf(config, A)[0].message).toMatch(/No ovh_cloud_project_kube_log_subscription of kind "audit"/);
  });

  test('Open Telekom Cloud: an enabled CTS tracker records CCE API operations; a disabled tracker is flagged', () => {
    const cce = { opentelekomcloud_cce_cluster_v3: { k: { name: 'k', flavor_id: 'cce.s1.small', vpc_id: 'v', subnet_id: 's', container_network_type: 'overlay_l2' } } };
    const withTracker = (status: string) => tf({
      resource: {
        ...cce,
        opentelekomcloud_obs_bucket: { trail: { bucket: 'trail', versioning: true, worm_policy: { years: 1 } } },
        opentelekomcloud_cts_tracker_v3: { t: { status, bucket_name: '${opentelekomcloud_obs_bucket.trail.bucket}' } },
      },
    });
    expect(flagged(withTracker('enabled'), A)).toEqual([]);
    expect(flagged(withTracker('disabled'), A)).toEqual(['opentelekomcloud_cce_cluster_v3.k', 'opentelekomcloud_cts_tracker_v3.t']);
    expect(flagged(tf({ resource: cce }), A)).toEqual(['opentelekomcloud_cce_cluster_v3.k']);
    expect(findingsOf(tf({ resource: cce }), A)[0].message).toMatch(/no enabled Cloud Trace Service tracker/);
  });

  test('Scaleway: only dedicated control planes produce API audit logs', () => {
    const config = tf({
      resource: {
        scaleway_k8s_cluster: {
          dedicated: { name: 'd', type: 'kapsule-dedicated-8', version: '1.31', cni: 'cilium', delete_additional_resources: true },
          shared: { name: 's', type: 'kapsule', version: '1.31', cni: 'cilium', delete_additional_resources: true },
          implicit: { name: 'i', version: '1.31', cni: 'cilium', delete_additional_resources: true },
        },
      },
    });
    expect(flagged(config, A)).toEqual(['scaleway_k8s_cluster.implicit', 'scaleway_k8s_cluster.shared']);
    expect(findingsOf(config, A)[0].message).toMatch(/"kapsule" is a mutualized control plane/);
  });

  test('UpCloud UKS: no switch, so only an in-cluster pipeline passes', () => {
    const cluster = { upcloud_kubernetes_cluster: { k: { name: 'k', zone: 'de-fra1', network: 'n', control_plane_ip_filter: ['10.0.0.0/8'] } } };
    expect(flagged(tf({ resource: cluster }), A)).toEqual(['upcloud_kubernetes_cluster.k']);
    expect(findingsOf(tf({ resource: cluster }), A)[0].message).toMatch(/no API-server audit log that Terraform can switch on/);
    const withPipeline = tf({
      resource: {
        ...cluster,
        kubernetes_daemon_set_v1: {
          logs: {
            metadata: { name: 'fluent-bit', namespace: 'logging' },
            spec: { selector: { match_labels: { app: 'fb' } }, template: { metadata: { labels: { app: 'fb' } }, spec: { container: [{ name: 'fb', image: 'cr.fluentbit.io/fluent/fluent-bit:3.1.4' }] } } },
          },
        },
      },
    });
    expect(flagged(withPipeline, A)).toEqual([]);
  });

  test('AWS EKS: enabled_cluster_log_types must include audit', () => {
    const config = tf({
      provider: { aws: { region: 'eu-central-1' } },
      resource: {
        aws_eks_cluster: {
          on: { name: 'on', role_arn: 'r', vpc_config: { subnet_ids: ['s'] }, enabled_cluster_log_types: ['api', 'audit'] },
          api: { name: 'api', role_arn: 'r', vpc_config: { subnet_ids: ['s'] }, enabled_cluster_log_types: ['api'] },
          none: { name: 'none', role_arn: 'r', vpc_config: { subnet_ids: ['s'] } },
        },
      },
    });
    expect(flagged(config, A)).toEqual(['aws_eks_cluster.api', 'aws_eks_cluster.none']);
    expect(findingsOf(config, A)[0].message).toMatch(/enabled_cluster_log_types \(api\) does not include "audit"/);
  });

  test('Azure AKS: a diagnostic setting with kube-audit targeting the cluster', () => {
    const aks = (name: string) => ({ name, location: 'westeurope', resource_group_name: 'rg', dns_prefix: name, default_node_pool: { name: 'p', vm_size: 'Standard_D2s_v5', node_count: 1 } });
    const config = tf({
      resource: {
        azurerm_kubernetes_cluster: { on: aks('on'), metricsOnly: aks('m') },
        azurerm_monitor_diagnostic_setting: {
          on: { name: 'a', target_resource_id: '${azurerm_kubernetes_cluster.on.id}', log_analytics_workspace_id: '${azurerm_log_analytics_workspace.w.id}', enabled_log: [{ category: 'kube-audit-admin' }] },
          m: { name: 'm', target_resource_id: '${azurerm_kubernetes_cluster.metricsOnly.id}', log_analytics_workspace_id: '${azurerm_log_analytics_workspace.w.id}', enabled_metric: [{ category: 'AllMetrics' }] },
        },
      },
    });
    expect(flagged(config, A)).toEqual(['azurerm_kubernetes_cluster.metricsOnly']);
    expect(findingsOf(config, A)[0].message).toMatch(/kube-audit/);
  });

  test('Google GKE: Admin Activity audit logs are always on', () => {
    const config = tf({ resource: { google_container_cluster: { k: { name: 'k', location: 'europe-west3' } } } });
    expect(flagged(config, A)).toEqual([]);
  });
});

describe('SOV-AUDIT-LOGGING: in-cluster pipeline heuristic', () => {
  test('a labelled DaemonSet covers the cluster its provider connects to, not another one', () => {
    const config = tf({
      provider: { kubernetes: [{ host: '${scaleway_k8s_cluster.a.kubeconfig[0].host}' }] },
      resource: {
        scaleway_k8s_cluster: {
          a: { name: 'a', type: 'kapsule', version: '1.31', cni: 'cilium', delete_additional_resources: true, region: 'fr-par' },
          b: { name: 'b', type: 'kapsule', version: '1.31', cni: 'cilium', delete_additional_resources: true, region: 'fr-par' },
        },
        kubernetes_daemonset: {
          audit: {
            metadata: [{ name: 'audit', namespace: 'logging', labels: { 'cdktf-sovereign.org/component': 'audit-log-pipeline' } }],
            spec: [{ template: [{ spec: [{ container: [{ name: 'shipper', image: 'registry.example.eu/shipper:2' }] }] }] }],
          },
        },
      },
    });
    expect(flagged(config, A)).toEqual(['scaleway_k8s_cluster.b']);
  });

  test('a helm release of vector counts when its cluster cannot be determined', () => {
    const config = tf({
      resource: {
        scaleway_k8s_cluster: { a: { name: 'a', type: 'kapsule', version: '1.31', cni: 'cilium', delete_additional_resources: true, region: 'fr-par' } },
        helm_release: { vector: { name: 'vector', repository: 'https://helm.vector.dev', chart: 'vector' } },
      },
    });
    expect(flagged(config, A)).toEqual([]);
  });
});

describe('SOV-AUDIT-LOGGING: cloud projects', () => {
  test('STACKIT project: the 90-day platform audit log must be routed when the policy minimum is longer (a warning naming the documented retention)', () => {
    const project = { stackit_resourcemanager_project: { p: { parent_container_id: 'org', name: 'p', owner_email: 'a@example.eu' } } };
    expect(flagged(tf({ resource: project }), A)).toEqual(['stackit_resourcemanager_project.p']);
    const [finding] = findingsOf(tf({ resource: project }), A);
    // The platform writes the log; only its retention falls short, and a route elsewhere would not show: not an error.
    expect([finding.level, finding.dependsOnUnverifiedFact]).toEqual([FindingLevel.WARNING, false]);
    expect(finding.message).toMatch(/platform audit log is on .* viewable for 90 days \(https:\/\/docs\.stackit\.cloud\/platform\/audit-log\), less than the policy minimum of 1 year/);
    const linked = tf({
      resource: {
        ...project,
        stackit_telemetrylink: { l: { resource_type: 'project', resource_id: '${stackit_resourcemanager_project.p.project_id}', display_name: 'l', telemetry_router_id: '${stackit_telemetryrouter_instance.r.instance_id}' } },
      },
    });
    expect(flagged(linked, A)).toEqual([]);
    const shortPolicy = new SovereigntyPolicy({ auditLogMinRetention: Retention.days(90) });
    expect(flagged(tf({ resource: project }), A, { policy: shortPolicy })).toEqual([]);
  });

  test('a platform retention the catalog has not verified is named in the finding as unverified', () => {
    const type = 'stackit_resourcemanager_project';
    const real = Catalog.resourceType(type)!;
    const spy = jest.spyOn(Catalog, 'resourceType').mockImplementation((t: string) => (
      t === type ? { ...real, auditLogging: { ...real.auditLogging!, verified: false } } : CATALOG_TYPE(t)));
    try {
      const [finding] = findingsOf(tf({ resource: { [type]: { p: { parent_container_id: 'org', name: 'p', owner_email: 'a@example.eu' } } } }), A);
      expect([finding.level, finding.dependsOnUnverifiedFact]).toEqual([FindingLevel.WARNING, true]);
      expect(finding.message).toMatch(/rests on an unverified catalog fact: the platform keeps the audit log of stackit_resourcemanager_project for 90 days; verify it at https:\/\/docs\.stackit\.cloud\/platform\/audit-log\)$/);
    } finally {
      spy.mockRestore();
    }
  });

  test('OTC project: needs a CTS tracker', () => {
    const project = { opentelekomcloud_identity_project_v3: { p: { name: 'eu-de_app' } } };
    expect(flagged(tf({ resource: project }), A)).toEqual(['opentelekomcloud_identity_project_v3.p']);
    const tracked = tf({ resource: { ...project, opentelekomcloud_cts_tracker_v1: { t: { bucket_name: 'external-trail' } } } });
    expect(flagged(tracked, A)).toEqual([]);
  });
});

describe('SOV-AUDIT-LOGGING: the log store is immutable', () => {
  test('buckets that receive audit logs need object lock / WORM, per provider', () => {
    const config = tf({
      resource: {
        // IONOS: cluster audit bucket by reference
        ionoscloud_k8s_cluster: { k: { name: 'k', s3_buckets: [{ name: '${ionoscloud_s3_bucket.plain.name}' }] } },
        ionoscloud_s3_bucket: { plain: { name: 'ionos-audit', region: 'eu-central-3' } },
        // OTC: CTS bucket by literal name
        opentelekomcloud_cts_tracker_v3: { t: { status: 'enabled', bucket_name: 'otc-trail' } },
        opentelekomcloud_obs_bucket: { trail: { bucket: 'otc-trail', versioning: true } },
        // tagged stores
        scaleway_object_bucket: {
          locked: { name: 'scw-locked', object_lock_enabled: true, tags: { purpose: 'audit-logs' } },
          open: { name: 'scw-open', tags: { purpose: 'audit-logs' } },
        },
        stackit_objectstorage_bucket: {
          locked: { project_id: 'p', name: 'stackit-locked', object_lock: true, labels: undefined },
        },
        ovh_cloud_project_storage: {
          locked: { service_name: 'p', region_name: 'GRA', name: 'ovh-locked', object_lock: { status: 'enabled', rule: { mode: 'compliance', period: 'P400D' } }, tags: { purpose: 'audit-logs' } },
          disabled: { service_name: 'p', region_name: 'GRA', name: 'ovh-disabled', object_lock: { status: 'disabled' }, tags: { purpose: 'audit-logs' } },
        },
        google_storage_bucket: {
          locked: { name: 'gcs-locked', location: 'EUROPE-WEST3', retention_policy: [{ retention_period: 31536000, is_locked: true }], labels: { purpose: 'audit-logs' } },
          open: { name: 'gcs-open', location: 'EUROPE-WEST3', labels: { purpose: 'audit-logs' } },
        },
        azurerm_storage_account: {
          locked: { name: 'azlocked', location: 'westeurope', resource_group_name: 'rg', account_tier: 'Standard', account_replication_type: 'LRS', immutability_policy: { state: 'Locked', period_since_creation_in_days: 365, allow_protected_append_writes: true }, tags: { purpose: 'audit-logs' } },
        },
        upcloud_managed_object_storage_bucket: { b: { service_uuid: 'x', name: 'upc-audit' } },
        aws_cloudtrail: { t: { name: 't', s3_bucket_name: '${upcloud_managed_object_storage_bucket.b.name}' } },
      },
    });
    expect(flagged(config, A)).toEqual([
      'google_storage_bucket.open',
      'ionoscloud_s3_bucket.plain',
      'opentelekomcloud_obs_bucket.trail',
      'ovh_cloud_project_storage.disabled',
      'scaleway_object_bucket.open',
      'upcloud_managed_object_storage_bucket.b',
    ]);
    const byAddress = Object.fromEntries(findingsOf(config, A).map((f) => [f.address, f]));
    expect(byAddress['ionoscloud_s3_bucket.plain'].message).toMatch(/written to by the Kubernetes API audit log of ionoscloud_k8s_cluster.k/);
    expect(byAddress['opentelekomcloud_obs_bucket.trail'].message).toMatch(/Cloud Trace Service tracker opentelekomcloud_cts_tracker_v3.t/);
    expect(byAddress['opentelekomcloud_obs_bucket.trail'].remediation).toMatch(/worm_policy/);
    expect(byAddress['scaleway_object_bucket.open'].message).toMatch(/marked purpose=audit-logs/);
    expect(byAddress['upcloud_managed_object_storage_bucket.b'].dependsOnUnverifiedFact).toBe(true);
  });

  test('S3-compatible buckets through the aws provider: object_lock_enabled or an object lock configuration', () => {
    const config = tf({
      provider: { aws: s3Provider('https://fsn1.your-objectstorage.com', 'fsn1') },
      resource: {
        aws_s3_bucket: {
          flag: { bucket: 'a', object_lock_enabled: true, tags: { Purpose: 'audit-logs' } },
          child: { bucket: 'b', tags: { purpose: 'audit-logs' } },
          none: { bucket: 'c', tags: { purpose: 'audit-logs' } },
          computed: { bucket: 'd', object_lock_enabled: '${local.lock}', tags: { purpose: 'audit-logs' } },
          untagged: { bucket: 'e' },
        },
        aws_s3_bucket_object_lock_configuration: {
          child: { bucket: '${aws_s3_bucket.child.id}', rule: { default_retention: { mode: 'COMPLIANCE', days: 365 } } },
        },
      },
    });
    expect(flagged(config, A)).toEqual(['aws_s3_bucket.computed', 'aws_s3_bucket.none']);
    const byAddress = Object.fromEntries(findingsOf(config, A).map((f) => [f.address, f]));
    expect(byAddress['aws_s3_bucket.computed'].message).toMatch(/cannot be verified before apply/);
    expect(byAddress['aws_s3_bucket.none'].message).toMatch(/is not immutable: no object lock/);
  });

  test('a STACKIT Telemetry Router OpenTelemetry receiver the catalog cannot place is flagged', () => {
    const dest = (uri: string) => ({ project_id: 'p', instance_id: 'i', display_name: 'd', config: { config_type: 'OpenTelemetry', opentelemetry: { uri } } });
    const config = tf({
      resource: {
        stackit_telemetryrouter_destination: { otel: dest('https://otel.example.com:4318'), computed: dest('${var.uri}') },
        stackit_objectstorage_bucket: { b: { project_id: 'p', name: 'router-logs', object_lock: true } },
      },
    });
    expect(flagged(config, A)).toEqual(['stackit_telemetryrouter_destination.computed', 'stackit_telemetryrouter_destination.otel']);
    expect(findingsOf(config, A).find((f) => f.address.endsWith('.otel'))?.message).toMatch(/otel.example.com:4318, whose location and immutability cannot be determined/);
  });
});
