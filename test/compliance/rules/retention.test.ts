import { RuleId } from '../../../lib/compliance/rules/ids';
import { Retention, SovereigntyPolicy } from '../../../lib';
import { findingsOf, flagged, s3Provider, tf } from '../helpers';

const R = RuleId.RETENTION;
const personal = { 'data-classification': 'personal' };
const maxYear = new SovereigntyPolicy({ personalDataMaxRetention: Retention.days(365) });

/**
 * Per provider: the store type, its resources with an expiry of 30 days (compliant) and without one.
 * The `ok`/`bad` stores carry the personal-data tag; attached lifecycle resources point at `ok`.
 */
const PERSONAL: Array<[string, string, Record<string, Record<string, unknown>>, Record<string, unknown>]> = [
  ['aws (S3-compatible, Exoscale endpoint)', 'aws_s3_bucket', {
    aws_s3_bucket: { ok: { bucket: 'ok', tags: personal }, bad: { bucket: 'bad', tags: personal } },
    aws_s3_bucket_lifecycle_configuration: { ok: { bucket: '${aws_s3_bucket.ok.id}', rule: [{ id: 'expire', status: 'Enabled', filter: {}, expiration: { days: 30 } }] } },
  }, { aws: s3Provider('https://sos-de-fra-1.exo.io', 'de-fra-1') }],
  ['scaleway', 'scaleway_object_bucket', {
    scaleway_object_bucket: {
      ok: { name: 'ok', tags: personal, lifecycle_rule: [{ id: 'x', enabled: true, expiration: { days: '30' } }] },
      bad: { name: 'bad', tags: personal },
    },
  }, {}],
  ['opentelekomcloud obs', 'opentelekomcloud_obs_bucket', {
    opentelekomcloud_obs_bucket: {
      ok: { bucket: 'ok', tags: personal, lifecycle_rule: [{ name: 'x', enabled: true, expiration: [{ days: 30 }] }] },
      bad: { bucket: 'bad', tags: personal },
    },
  }, {}],
  ['opentelekomcloud s3', 'opentelekomcloud_s3_bucket', {
    opentelekomcloud_s3_bucket: {
      ok: { bucket: 'ok', tags: personal, lifecycle_rule: { id: 'x', enabled: true, expiration: { days: 30 } } },
      bad: { bucket: 'bad', tags: personal },
    },
  }, {}],
  ['ionoscloud', 'ionoscloud_s3_bucket', {
    ionoscloud_s3_bucket: { ok: { name: 'ok', tags: personal }, bad: { name: 'bad', tags: personal } },
    ionoscloud_s3_bucket_lifecycle_configuration: { ok: { bucket: '${ionoscloud_s3_bucket.ok.name}', rule: [{ id: '1', status: 'Enabled', expiration: { days: 30 } }] } },
  }, {}],
  ['ovh', 'ovh_cloud_project_storage', {
    ovh_cloud_project_storage: { ok: { service_name: 'p', region_name: 'GRA', name: 'ok', tags: personal }, bad: { service_name: 'p', region_name: 'GRA', name: 'bad', tags: personal } },
    ovh_cloud_project_storage_object_bucket_lifecycle_configuration: {
      ok: { service_name: 'p', region_name: 'GRA', container_name: '${ovh_cloud_project_storage.ok.name}', rules: [{ id: 'e', status: 'enabled', expiration: { days: 30 } }] },
    },
  }, {}],
  ['stackit (lifecycle through the aws provider)', 'stackit_objectstorage_bucket', {
    stackit_objectstorage_bucket: { ok: { project_id: 'p', name: 'ok', labels: personal }, bad: { project_id: 'p', name: 'bad', labels: personal } },
    aws_s3_bucket_lifecycle_configuration: { ok: { bucket: '${stackit_objectstorage_bucket.ok.name}', rule: [{ id: 'e', status: 'Enabled', expiration: [{ days: 30 }] }] } },
  }, { aws: s3Provider('https://object.storage.eu01.onstackit.cloud', 'eu01') }],
  ['upcloud (lifecycle through the aws provider)', 'upcloud_managed_object_storage_bucket', {
    upcloud_managed_object_storage_bucket: { ok: { service_uuid: 's', name: 'ok', labels: personal }, bad: { service_uuid: 's', name: 'bad', labels: personal } },
    aws_s3_bucket_lifecycle_configuration: { ok: { bucket: 'ok', rule: [{ id: 'e', status: 'Enabled', expiration: [{ days: 30 }] }] } },
  }, {}],
  ['google', 'google_storage_bucket', {
    google_storage_bucket: {
      ok: { name: 'ok', location: 'EUROPE-WEST3', labels: personal, lifecycle_rule: [{ action: [{ type: 'Delete' }], condition: [{ age: 30 }] }] },
      bad: { name: 'bad', location: 'EUROPE-WEST3', labels: personal, lifecycle_rule: [{ action: [{ type: 'SetStorageClass', storage_class: 'COLDLINE' }], condition: [{ age: 30 }] }] },
    },
  }, {}],
  ['azurerm', 'azurerm_storage_account', {
    azurerm_storage_account: {
      ok: { name: 'ok', location: 'westeurope', resource_group_name: 'rg', account_tier: 'Standard', account_replication_type: 'LRS', tags: personal },
      bad: { name: 'bad', location: 'westeurope', resource_group_name: 'rg', account_tier: 'Standard', account_replication_type: 'LRS', tags: personal },
    },
    azurerm_storage_management_policy: {
      ok: { storage_account_id: '${azurerm_storage_account.ok.id}', rule: [{ name: 'expire', enabled: true, filters: { blob_types: ['blockBlob'] }, actions: { base_blob: { delete_after_days_since_modification_greater_than: 30 } } }] },
    },
  }, {}],
  ['aws log group', 'aws_cloudwatch_log_group', {
    aws_cloudwatch_log_group: { ok: { name: 'ok', retention_in_days: 30, tags: personal }, bad: { name: 'bad', retention_in_days: 0, tags: personal } },
  }, { aws: { region: 'eu-central-1' } }],
];

describe('SOV-RETENTION: personal data expires, per provider', () => {
  // Every row has four entries: jest reads a test function with more parameters than the row as one awaiting `done`.
  test.each(PERSONAL)('%s', (_name, type, resource, provider) => {
    const config = tf({ resource, provider });
    expect(flagged(config, R)).toEqual([`${type}.bad`]);
    const [finding] = findingsOf(config, R);
    expect(finding.message).toMatch(/marked as holding personal data \(personal\), but .*(kept forever|no enabled lifecycle rule)/);
  });

  test('the expiry must lie within the policy bounds', () => {
    const config = tf({
      resource: {
        scaleway_object_bucket: {
          short: { name: 's', tags: personal, lifecycle_rule: [{ enabled: true, expiration: [{ days: 30 }] }] },
          long: { name: 'l', tags: { DataClassification: 'special-category' }, lifecycle_rule: [{ enabled: true, expiration: [{ days: 3650 }] }] },
          unmarked: { name: 'u' },
        },
      },
    });
    expect(flagged(config, R)).toEqual([]);
    const bounded = new SovereigntyPolicy({ personalDataMinRetention: Retention.days(90), personalDataMaxRetention: Retention.years(1) });
    expect(flagged(config, R, { policy: bounded })).toEqual(['scaleway_object_bucket.long', 'scaleway_object_bucket.short']);
    const messages = findingsOf(config, R, { policy: bounded }).map((f) => f.message).join('\n');
    expect(messages).toMatch(/expires after 3650 days \(lifecycle_rule\[0\].expiration\), longer than the policy maximum of 1 year \(365 days\)/);
    expect(messages).toMatch(/expires after 30 days .*shorter than the policy minimum of 90 days/);
  });

  test('disabled, prefix-filtered and dated rules do not count; expressions cannot be verified', () => {
    const config = tf({
      variable: { days: { type: 'number', default: 30 } },
      resource: {
        aws_s3_bucket: {
          disabled: { bucket: 'a', tags: personal },
          prefixed: { bucket: 'b', tags: personal },
          fromVar: { bucket: 'c', tags: personal },
          computed: { bucket: 'd', tags: personal },
        },
        aws_s3_bucket_lifecycle_configuration: {
          disabled: { bucket: '${aws_s3_bucket.disabled.id}', rule: [{ id: 'x', status: 'Disabled', expiration: [{ days: 30 }] }] },
          prefixed: { bucket: '${aws_s3_bucket.prefixed.id}', rule: [{ id: 'x', status: 'Enabled', filter: [{ prefix: 'tmp/' }], expiration: [{ days: 30 }] }] },
          fromVar: { bucket: '${aws_s3_bucket.fromVar.id}', rule: [{ id: 'x', status: 'Enabled', expiration: [{ days: '${var.days}' }] }] },
          computed: { bucket: '${aws_s3_bucket.computed.id}', rule: [{ id: 'x', status: 'Enabled', expiration: [{ days: '${local.days}' }] }] },
        },
      },
      provider: { aws: s3Provider('https://s3.fr-par.scw.cloud', 'fr-par') },
    });
    expect(flagged(config, R, { policy: maxYear })).toEqual(['aws_s3_bucket.computed', 'aws_s3_bucket.disabled', 'aws_s3_bucket.prefixed']);
    const byAddress = Object.fromEntries(findingsOf(config, R, { policy: maxYear }).map((f) => [f.address, f.message]));
    expect(byAddress['aws_s3_bucket.prefixed']).toMatch(/apply to part of the store/);
    expect(byAddress['aws_s3_bucket.disabled']).toMatch(/no enabled lifecycle rule expires its objects/);
    expect(byAddress['aws_s3_bucket.computed']).toMatch(/cannot be verified before apply/);
  });
});

describe('SOV-RETENTION: audit logs are kept at least the minimum and at most the maximum', () => {
  test('object lock default retention ≥ minimum and expiration ≤ maximum, per provider', () => {
    const audit = { purpose: 'audit-logs' };
    const config = tf({
      resource: {
        scaleway_object_bucket: {
          ok: { name: 'ok', object_lock_enabled: true, tags: audit, lifecycle_rule: [{ enabled: true, expiration: [{ days: 400 }] }] },
          forever: { name: 'forever', object_lock_enabled: true, tags: audit },
        },
        scaleway_object_bucket_lock_configuration: {
          ok: { bucket: '${scaleway_object_bucket.ok.name}', rule: { default_retention: { mode: 'COMPLIANCE', years: 1 } } },
          forever: { bucket: '${scaleway_object_bucket.forever.name}', rule: { default_retention: { mode: 'COMPLIANCE', days: 365 } } },
        },
        opentelekomcloud_obs_bucket: {
          short: { bucket: 'trail', versioning: true, worm_policy: { days: 30 }, lifecycle_rule: [{ name: 'e', enabled: true, expiration: [{ days: 365 }] }] },
        },
        opentelekomcloud_cts_tracker_v3: { t: { status: 'enabled', bucket_name: '${opentelekomcloud_obs_bucket.short.bucket}' } },
        stackit_objectstorage_bucket: { ok: { project_id: 'p', name: 'st', object_lock: true, labels: audit } },
        stackit_objectstorage_default_retention: { ok: { project_id: 'p', bucket_name: '${stackit_objectstorage_bucket.ok.name}', days: 365, mode: 'COMPLIANCE' } },
        aws_s3_bucket_lifecycle_configuration: { st: { bucket: 'st', rule: [{ id: 'e', status: 'Enabled', expiration: [{ days: 700 }] }] } },
        ovh_cloud_project_storage: {
          ok: { service_name: 'p', region_name: 'GRA', name: 'ovh', object_lock: { status: 'enabled', rule: { mode: 'compliance', period: 'P1Y' } }, tags: audit },
          unlocked: { service_name: 'p', region_name: 'GRA', name: 'ovh2', tags: audit },
        },
        ovh_cloud_project_storage_object_bucket_lifecycle_configuration: {
          ok: { service_name: 'p', region_name: 'GRA', container_name: 'ovh', rules: [{ id: 'e', status: 'enabled', expiration: { days: 500 } }] },
          unlocked: { service_name: 'p', region_name: 'GRA', container_name: 'ovh2', rules: [{ id: 'e', status: 'enabled', expiration: { days: 500 } }] },
        },
        google_storage_bucket: {
          long: { name: 'g', location: 'EUROPE-WEST3', labels: audit, retention_policy: { retention_period: 3 * 365 * 86400, is_locked: true }, lifecycle_rule: [{ action: { type: 'Delete' }, condition: { age: 1200 } }] },
        },
      },
    });
    expect(flagged(config, R)).toEqual([
      'google_storage_bucket.long',
      'opentelekomcloud_obs_bucket.short',
      'ovh_cloud_project_storage.unlocked',
      'scaleway_object_bucket.forever',
    ]);
    const messages = Object.fromEntries(findingsOf(config, R).map((f) => [`${f.address} ${f.message}`, f]));
    const text = Object.keys(messages).join('\n');
    expect(text).toMatch(/scaleway_object_bucket.forever It holds audit logs, but no enabled lifecycle rule expires the whole store: logs are kept beyond the policy maximum of 2 years/);
    expect(text).toMatch(/opentelekomcloud_obs_bucket.short It holds audit logs; its default lock retention is 30 days \(worm_policy\), shorter than the policy minimum of 1 year/);
    expect(text).toMatch(/ovh_cloud_project_storage.unlocked It holds audit logs, but no object lock \/ WORM default retention keeps the logs/);
    expect(text).toMatch(/google_storage_bucket.long It holds audit logs; its default lock retention is 1095 days .*longer than the policy maximum of 2 years/);
    expect(text).toMatch(/google_storage_bucket.long It holds audit logs; they expire after 1200 days/);
  });

  test('object lock without a default retention does not keep logs; unknown periods fail closed', () => {
    const config = tf({
      provider: { aws: s3Provider('https://s3.eu-central-3.ionoscloud.com', 'eu-central-3') },
      resource: {
        aws_s3_bucket: {
          noDefault: { bucket: 'a', object_lock_enabled: true, tags: { purpose: 'audit-logs' } },
          computed: { bucket: 'b', object_lock_enabled: true, tags: { purpose: 'audit-logs' } },
        },
        aws_s3_bucket_object_lock_configuration: {
          computed: { bucket: '${aws_s3_bucket.computed.id}', rule: [{ default_retention: [{ mode: 'COMPLIANCE', days: '${local.days}' }] }] },
        },
        aws_s3_bucket_lifecycle_configuration: {
          noDefault: { bucket: '${aws_s3_bucket.noDefault.id}', rule: [{ id: 'e', status: 'Enabled', expiration: [{ days: 700 }] }] },
          computed: { bucket: '${aws_s3_bucket.computed.id}', rule: [{ id: 'e', status: 'Enabled', expiration: [{ days: 700 }] }] },
        },
      },
    });
    expect(flagged(config, R)).toEqual(['aws_s3_bucket.computed', 'aws_s3_bucket.noDefault']);
    const byAddress = Object.fromEntries(findingsOf(config, R).map((f) => [f.address, f.message]));
    expect(byAddress['aws_s3_bucket.noDefault']).toMatch(/object lock is enabled \(object_lock_enabled\) but no default retention is set/);
    expect(byAddress['aws_s3_bucket.computed']).toMatch(/lock retention .* cannot be verified before apply/);
  });

  test('an IONOS cluster audit bucket is an audit-log store without a tag', () => {
    const config = tf({
      resource: {
        ionoscloud_k8s_cluster: { k: { name: 'k', s3_buckets: [{ name: 'k8s-audit' }] } },
        ionoscloud_s3_bucket: { audit: { name: 'k8s-audit', region: 'eu-central-3', object_lock_enabled: true } },
        ionoscloud_s3_bucket_object_lock_configuration: {
          audit: { bucket: '${ionoscloud_s3_bucket.audit.name}', object_lock_enabled: 'Enabled', rule: [{ default_retention: [{ mode: 'COMPLIANCE', years: 1 }] }] },
        },
      },
    });
    expect(flagged(config, R)).toEqual(['ionoscloud_s3_bucket.audit']);
    expect(findingsOf(config, R)[0].message).toMatch(/no enabled lifecycle rule expires the whole store/);
  });
});

/**
 * Per provider: a versioned store of personal data that expires current objects after 30 days;
 * `ok` also expires noncurrent versions after 30 days, `bad` does not.
 */
const VERSIONED: Array<[string, string, Record<string, Record<string, unknown>>, Record<string, unknown>]> = [
  ['aws (S3-compatible, Scaleway endpoint; HCL list spelling)', 'aws_s3_bucket', {
    aws_s3_bucket: { ok: { bucket: 'ok', tags: personal }, bad: { bucket: 'bad', tags: personal } },
    aws_s3_bucket_versioning: {
      ok: { bucket: '${aws_s3_bucket.ok.id}', versioning_configuration: [{ status: 'Enabled' }] },
      bad: { bucket: '${aws_s3_bucket.bad.id}', versioning_configuration: [{ status: 'Enabled' }] },
    },
    aws_s3_bucket_lifecycle_configuration: {
      ok: { bucket: '${aws_s3_bucket.ok.id}', rule: [{ id: 'e', status: 'Enabled', filter: [{}], expiration: [{ days: 30 }], noncurrent_version_expiration: [{ noncurrent_days: 30 }] }] },
      bad: { bucket: '${aws_s3_bucket.bad.id}', rule: [{ id: 'e', status: 'Enabled', filter: [{}], expiration: [{ days: 30 }] }] },
    },
  }, { aws: s3Provider('https://s3.fr-par.scw.cloud', 'fr-par') }],
  ['scaleway', 'scaleway_object_bucket', {
    scaleway_object_bucket: {
      ok: { name: 'ok', tags: personal, versioning: { enabled: true }, lifecycle_rule: [{ enabled: true, expiration: { days: 30 }, noncurrent_version_expiration: { noncurrent_days: 30 } }] },
      bad: { name: 'bad', tags: personal, versioning: { enabled: true }, lifecycle_rule: [{ enabled: true, expiration: { days: 30 } }] },
    },
  }, {}],
  ['opentelekomcloud obs (versioning = true)', 'opentelekomcloud_obs_bucket', {
    opentelekomcloud_obs_bucket: {
      ok: { bucket: 'ok', tags: personal, versioning: true, lifecycle_rule: [{ name: 'x', enabled: true, expiration: [{ days: 30 }], noncurrent_version_expiration: [{ days: 30 }] }] },
      bad: { bucket: 'bad', tags: personal, versioning: true, lifecycle_rule: [{ name: 'x', enabled: true, expiration: [{ days: 30 }] }] },
    },
  }, {}],
  ['opentelekomcloud s3', 'opentelekomcloud_s3_bucket', {
    opentelekomcloud_s3_bucket: {
      ok: { bucket: 'ok', tags: personal, versioning: { enabled: true }, lifecycle_rule: { id: 'x', enabled: true, expiration: { days: 30 }, noncurrent_version_expiration: { days: 30 } } },
      bad: { bucket: 'bad', tags: personal, versioning: { enabled: true }, lifecycle_rule: { id: 'x', enabled: true, expiration: { days: 30 } } },
    },
  }, {}],
  ['ionoscloud', 'ionoscloud_s3_bucket', {
    ionoscloud_s3_bucket: { ok: { name: 'ok', tags: personal }, bad: { name: 'bad', tags: personal } },
    ionoscloud_s3_bucket_versioning: {
      ok: { bucket: '${ionoscloud_s3_bucket.ok.name}', versioning_configuration: { status: 'Enabled' } },
      bad: { bucket: '${ionoscloud_s3_bucket.bad.name}', versioning_configuration: { status: 'Enabled' } },
    },
    ionoscloud_s3_bucket_lifecycle_configuration: {
      ok: {
        bucket: '${ionoscloud_s3_bucket.ok.name}',
        rule: [{ id: '1', status: 'Enabled', expiration: { days: 30 } }, { id: '2', status: 'Enabled', noncurrent_version_expiration: { noncurrent_days: 30 } }],
      },
      bad: { bucket: '${ionoscloud_s3_bucket.bad.name}', rule: [{ id: '1', status: 'Enabled', expiration: { days: 30 } }] },
    },
  }, {}],
  ['ovh', 'ovh_cloud_project_storage', {
    ovh_cloud_project_storage: {
      ok: { service_name: 'p', region_name: 'GRA', name: 'ok', tags: personal, versioning: { status: 'enabled' } },
      bad: { service_name: 'p', region_name: 'GRA', name: 'bad', tags: personal, versioning: { status: 'enabled' } },
    },
    ovh_cloud_project_storage_object_bucket_lifecycle_configuration: {
      ok: {
        service_name: 'p', region_name: 'GRA', container_name: '${ovh_cloud_project_storage.ok.name}',
        rules: [{ id: 'e', status: 'enabled', expiration: { days: 30 }, noncurrent_version_expiration: { noncurrent_days: 30 } }],
      },
      bad: { service_name: 'p', region_name: 'GRA', container_name: '${ovh_cloud_project_storage.bad.name}', rules: [{ id: 'e', status: 'enabled', expiration: { days: 30 } }] },
    },
  }, {}],
  ['stackit (versioning and lifecycle through the aws provider, by bucket name)', 'stackit_objectstorage_bucket', {
    stackit_objectstorage_bucket: { ok: { project_id: 'p', name: 'ok', labels: personal }, bad: { project_id: 'p', name: 'bad', labels: personal } },
    aws_s3_bucket_versioning: { ok: { bucket: 'ok', versioning_configuration: { status: 'Enabled' } }, bad: { bucket: 'bad', versioning_configuration: { status: 'Enabled' } } },
    aws_s3_bucket_lifecycle_configuration: {
      ok: { bucket: 'ok', rule: [{ id: 'e', status: 'Enabled', expiration: { days: 30 }, noncurrent_version_expiration: { noncurrent_days: 30 } }] },
      bad: { bucket: 'bad', rule: [{ id: 'e', status: 'Enabled', expiration: { days: 30 } }] },
    },
  }, { aws: s3Provider('https://object.storage.eu01.onstackit.cloud', 'eu01') }],
  ['google (an age rule without with_state also deletes noncurrent versions)', 'google_storage_bucket', {
    google_storage_bucket: {
      ok: { name: 'ok', location: 'EUROPE-WEST3', labels: personal, versioning: { enabled: true }, lifecycle_rule: [{ action: { type: 'Delete' }, condition: { age: 30 } }] },
      bad: { name: 'bad', location: 'EUROPE-WEST3', labels: personal, versioning: [{ enabled: true }], lifecycle_rule: [{ action: [{ type: 'Delete' }], condition: [{ age: 30, with_state: 'LIVE' }] }] },
    },
  }, {}],
  ['azurerm', 'azurerm_storage_account', {
    azurerm_storage_account: {
      ok: { name: 'ok', location: 'westeurope', resource_group_name: 'rg', account_tier: 'Standard', account_replication_type: 'LRS', tags: personal, blob_properties: { versioning_enabled: true } },
      bad: { name: 'bad', location: 'westeurope', resource_group_name: 'rg', account_tier: 'Standard', account_replication_type: 'LRS', tags: personal, blob_properties: [{ versioning_enabled: true }] },
    },
    azurerm_storage_management_policy: {
      ok: {
        storage_account_id: '${azurerm_storage_account.ok.id}',
        rule: [{ name: 'expire', enabled: true, filters: { blob_types: ['blockBlob'] }, actions: { base_blob: { delete_after_days_since_modification_greater_than: 30 }, version: { delete_after_days_since_creation: 30 } } }],
      },
      bad: {
        storage_account_id: '${azurerm_storage_account.bad.id}',
        rule: [{ name: 'expire', enabled: true, filters: { blob_types: ['blockBlob'] }, actions: { base_blob: { delete_after_days_since_modification_greater_than: 30 }, version: { delete_after_days_since_creation: -1 } } }],
      },
    },
  }, {}],
];

describe('SOV-RETENTION: versioned stores of personal data expire noncurrent versions, per provider', () => {
  test.each(VERSIONED)('%s', (_name, type, resource, provider) => {
    const config = tf({ resource, provider });
    expect(flagged(config, R, { policy: maxYear })).toEqual([`${type}.bad`]);
    const [finding] = findingsOf(config, R, { policy: maxYear });
    expect(finding.message).toMatch(/marked as holding personal data \(personal\) and keeps object versions \(.+\), but no enabled lifecycle rule expires noncurrent versions: personal data that is deleted or overwritten stays in old versions forever/);
    expect(finding.message).not.toMatch(/longer than|shorter than/);
    expect(finding.remediation).toMatch(/noncurrent|version/);
    expect(finding.remediation).toMatch(/at most 365 days/);
  });

  test('a versioned store without any expiration gets one finding that covers current objects and old versions', () => {
    const config = tf({
      resource: {
        scaleway_object_bucket: { both: { name: 'b', tags: personal, versioning: { enabled: true } } },
      },
    });
    const findings = findingsOf(config, R, { policy: maxYear });
    expect(findings.map((f) => f.address)).toEqual(['scaleway_object_bucket.both']);
    expect(findings[0].message).toMatch(/no lifecycle rule expires its objects, so personal data is kept forever\. It also keeps object versions \(versioning.enabled\), and no enabled lifecycle rule expires noncurrent versions/);
    expect(findings[0].remediation).toMatch(/expiration \{ days = N \}.*noncurrent_version_expiration \{ noncurrent_days = N \}/);
  });

  test('noncurrent versions must expire within the policy maximum', () => {
    const config = tf({
      resource: {
        scaleway_object_bucket: {
          long: { name: 'l', tags: personal, versioning: [{ enabled: true }], lifecycle_rule: [{ enabled: true, expiration: [{ days: 30 }], noncurrent_version_expiration: [{ noncurrent_days: 400 }] }] },
          short: { name: 's', tags: personal, versioning: [{ enabled: true }], lifecycle_rule: [{ enabled: true, expiration: [{ days: 30 }], noncurrent_version_expiration: [{ noncurrent_days: 7 }] }] },
        },
      },
    });
    expect(flagged(config, R, { policy: maxYear })).toEqual(['scaleway_object_bucket.long']);
    expect(findingsOf(config, R, { policy: maxYear })[0].message)
      .toMatch(/keeps object versions \(versioning.enabled\); its noncurrent versions expire after 400 days \(lifecycle_rule\[0\].noncurrent_version_expiration\), longer than the policy maximum of 365 days \(365 days\)/);
    // Without a policy maximum any noncurrent expiration bounds the versions.
    expect(flagged(config, R)).toEqual([]);
  });

  test('newer_noncurrent_versions keeps versions without a time limit; a prefix filter covers part of the store', () => {
    const config = tf({
      provider: { aws: s3Provider('https://s3.gra.io.cloud.ovh.net', 'gra') },
      resource: {
        aws_s3_bucket: { keeps: { bucket: 'k', tags: personal }, prefixed: { bucket: 'p', tags: personal } },
        aws_s3_bucket_versioning: {
          keeps: { bucket: '${aws_s3_bucket.keeps.id}', versioning_configuration: { status: 'Enabled' } },
          prefixed: { bucket: '${aws_s3_bucket.prefixed.id}', versioning_configuration: { status: 'Enabled' } },
        },
        aws_s3_bucket_lifecycle_configuration: {
          keeps: { bucket: '${aws_s3_bucket.keeps.id}', rule: [{ id: 'e', status: 'Enabled', expiration: { days: 30 }, noncurrent_version_expiration: { noncurrent_days: 30, newer_noncurrent_versions: 3 } }] },
          prefixed: {
            bucket: '${aws_s3_bucket.prefixed.id}',
            rule: [{ id: 'e', status: 'Enabled', expiration: { days: 30 } }, { id: 'n', status: 'Enabled', filter: { prefix: 'tmp/' }, noncurrent_version_expiration: { noncurrent_days: 30 } }],
          },
        },
      },
    });
    expect(flagged(config, R, { policy: maxYear })).toEqual(['aws_s3_bucket.keeps', 'aws_s3_bucket.prefixed']);
    const byAddress = Object.fromEntries(findingsOf(config, R, { policy: maxYear }).map((f) => [f.address, f]));
    expect(byAddress['aws_s3_bucket.keeps'].message).toMatch(/rule "e" noncurrent_version_expiration keeps the 3 newest\) keeps the newest noncurrent versions of every object without a time limit/);
    expect(byAddress['aws_s3_bucket.keeps'].remediation).toMatch(/no newer_noncurrent_versions/);
    expect(byAddress['aws_s3_bucket.prefixed'].message).toMatch(/only enabled noncurrent-version expiration rules .*rule "n".* apply to part of the store/);
  });

  test('suspended or absent versioning needs no noncurrent expiration; an unknown status fails closed', () => {
    const config = tf({
      variable: { on: { type: 'string', default: 'Enabled' }, off: { type: 'string', default: 'Suspended' } },
      provider: { aws: s3Provider('https://s3.eu-central-3.ionoscloud.com', 'eu-central-3') },
      resource: {
        aws_s3_bucket: {
          suspended: { bucket: 'a', tags: personal },
          unversioned: { bucket: 'b', tags: personal, versioning: [{ enabled: false }] },
          fromVar: { bucket: 'c', tags: personal },
          fromVarOff: { bucket: 'd', tags: personal },
          computed: { bucket: 'e', tags: personal },
        },
        aws_s3_bucket_versioning: {
          suspended: { bucket: '${aws_s3_bucket.suspended.id}', versioning_configuration: { status: 'Suspended' } },
          fromVar: { bucket: '${aws_s3_bucket.fromVar.id}', versioning_configuration: { status: '${var.on}' } },
          fromVarOff: { bucket: '${aws_s3_bucket.fromVarOff.id}', versioning_configuration: { status: '${var.off}' } },
          computed: { bucket: '${aws_s3_bucket.computed.id}', versioning_configuration: { status: '${local.status}' } },
        },
        aws_s3_bucket_lifecycle_configuration: Object.fromEntries(['suspended', 'unversioned', 'fromVar', 'fromVarOff', 'computed'].map((n) => [n, {
          bucket: `\${aws_s3_bucket.${n}.id}`, rule: [{ id: 'e', status: 'Enabled', expiration: { days: 30 } }],
        }])),
      },
    });
    expect(flagged(config, R, { policy: maxYear })).toEqual(['aws_s3_bucket.computed', 'aws_s3_bucket.fromVar']);
    const byAddress = Object.fromEntries(findingsOf(config, R, { policy: maxYear }).map((f) => [f.address, f]));
    expect(byAddress['aws_s3_bucket.fromVar'].message).toMatch(/keeps object versions \(aws_s3_bucket_versioning.fromVar status Enabled\)/);
    expect(byAddress['aws_s3_bucket.computed'].message).toMatch(/whether it keeps object versions cannot be verified before apply \(aws_s3_bucket_versioning.computed status \$\{local.status\}\)/);
    expect(byAddress['aws_s3_bucket.computed'].remediation).toMatch(/write the versioning setting as a literal/);
  });

  test('noncurrent expiration days from an expression cannot be verified', () => {
    const config = tf({
      resource: {
        opentelekomcloud_obs_bucket: {
          computed: { bucket: 'c', tags: personal, versioning: true, lifecycle_rule: [{ name: 'x', enabled: true, expiration: [{ days: 30 }], noncurrent_version_expiration: [{ days: '${local.days}' }] }] },
        },
      },
    });
    expect(flagged(config, R, { policy: maxYear })).toEqual(['opentelekomcloud_obs_bucket.computed']);
    expect(findingsOf(config, R, { policy: maxYear })[0].message).toMatch(/noncurrent-version expiration \(lifecycle_rule\[0\].noncurrent_version_expiration\) cannot be verified before apply/);
  });

  test('Google: days_since_noncurrent_time expires noncurrent versions; a noncurrent-only rule does not expire current objects', () => {
    const config = tf({
      resource: {
        google_storage_bucket: {
          split: {
            name: 's', location: 'EUROPE-WEST3', labels: personal, versioning: { enabled: true },
            lifecycle_rule: [
              { action: { type: 'Delete' }, condition: { age: 30, with_state: 'LIVE' } },
              { action: { type: 'Delete' }, condition: { days_since_noncurrent_time: 7 } },
            ],
          },
          archivedOnly: { name: 'a', location: 'EUROPE-WEST3', labels: personal, versioning: { enabled: true }, lifecycle_rule: [{ action: { type: 'Delete' }, condition: { age: 30, with_state: 'ARCHIVED' } }] },
          newerOnly: { name: 'n', location: 'EUROPE-WEST3', labels: personal, versioning: { enabled: true }, lifecycle_rule: [{ action: { type: 'Delete' }, condition: { age: 30, num_newer_versions: 3 } }] },
        },
      },
    });
    expect(flagged(config, R, { policy: maxYear })).toEqual(['google_storage_bucket.archivedOnly', 'google_storage_bucket.newerOnly']);
    const messages = findingsOf(config, R, { policy: maxYear }).map((f) => `${f.address} ${f.message}`).join('\n');
    expect(messages).toMatch(/archivedOnly .*no enabled lifecycle rule expires its objects \(lifecycle_rule\[0\] \(Delete, noncurrent versions only\)\)/);
    expect(messages).toMatch(/newerOnly .*keeps the 2 newest\) keeps the newest noncurrent versions of every object without a time limit/);
    expect(messages).toMatch(/newerOnly .*no enabled lifecycle rule expires its objects/);
  });
});
