import { ResourceCategory, ResourceTypeFact } from '../types';

/** The documentation of its resources, at the release the facts were read from. */
export const RESOURCES = 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r';

/** Resource types of Microsoft Azure the catalog describes: what each holds, where it is and how the rules judge it. */
export const AZURE_RESOURCE_TYPES: ResourceTypeFact[] = [
  {
    resourceType: 'azurerm_kubernetes_cluster',
    category: ResourceCategory.KUBERNETES_CLUSTER,
    locationArguments: ['location'],
    source: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/kubernetes_cluster.html.markdown',
    note: '`default_node_pool { zones, host_encryption_enabled }`, `disk_encryption_set_id` (CMK for OS/data disks), `key_management_service { key_vault_key_id }` (etcd secrets), `oms_agent { log_analytics_workspace_id }`. Control-plane audit logs (kube-audit) need an azurerm_monitor_diagnostic_setting.',
  },
  {
    resourceType: 'azurerm_kubernetes_cluster_node_pool',
    category: ResourceCategory.NODE_POOL,
    source: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/kubernetes_cluster_node_pool.html.markdown',
    note: 'No location argument: inherits the cluster location via `kubernetes_cluster_id`. `zones` are availability-zone numbers ("1","2","3"), not location codes. `host_encryption_enabled`.',
  },
  {
    resourceType: 'azurerm_storage_account',
    category: ResourceCategory.BUCKET,
    locationArguments: ['location'],
    source: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/storage_account.html.markdown',
    note: 'Holds the blob containers. Encryption at rest is always on (Microsoft-managed keys); `customer_managed_key` block or azurerm_storage_account_customer_managed_key for CMK; `infrastructure_encryption_enabled` (double encryption, forces new). `min_tls_version`, `https_traffic_only_enabled`, `allow_nested_items_to_be_public` (default false), `public_network_access_enabled`, `shared_access_key_enabled`, `blob_properties { versioning_enabled, delete_retention_policy, container_delete_retention_policy }`, `immutability_policy`, `account_replication_type` (GRS/RA-GRS/GZRS replicate to the paired region, which may be in another country).',
  },
  {
    resourceType: 'azurerm_storage_container',
    category: ResourceCategory.BUCKET,
    source: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/storage_container.html.markdown',
    note: 'No location: inherits the storage account (`storage_account_id`). `container_access_type` = "private" | "blob" | "container" (public read), `default_encryption_scope`.',
  },
  {
    resourceType: 'azurerm_storage_account_customer_managed_key',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/storage_account_customer_managed_key.html.markdown',
    note: 'CMK from Key Vault / managed HSM for a storage account (`storage_account_id`, `key_vault_id`, `key_name`).',
  },
  {
    resourceType: 'azurerm_storage_management_policy',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/storage_management_policy.html.markdown',
    note: 'Lifecycle rules (tiering / delete) for a storage account.',
  },
  {
    resourceType: 'azurerm_storage_account_network_rules',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/storage_account_network_rules.html.markdown',
    note: '`default_action` = "Allow" | "Deny", `ip_rules`, `virtual_network_subnet_ids`.',
  },
  {
    resourceType: 'azurerm_storage_encryption_scope',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/storage_encryption_scope.html.markdown',
    note: '`source` = "Microsoft.Storage" | "Microsoft.KeyVault", `key_vault_key_id`.',
  },
  {
    resourceType: 'azurerm_storage_container_immutability_policy',
    category: ResourceCategory.BUCKET_CONFIGURATION,
    source: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/storage_container_immutability_policy.html.markdown',
    note: 'WORM retention for a container (`immutability_period_in_days`, `locked`).',
  },
  {
    resourceType: 'azurerm_virtual_network',
    category: ResourceCategory.NETWORK,
    locationArguments: ['location'],
    source: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/virtual_network.html.markdown',
  },
  {
    resourceType: 'azurerm_subnet',
    category: ResourceCategory.SUBNET,
    source: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/subnet.html.markdown',
    note: 'No location: inherits the virtual network.',
  },
  {
    resourceType: 'azurerm_network_security_group',
    category: ResourceCategory.FIREWALL,
    locationArguments: ['location'],
    source: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/network_security_group.html.markdown',
    note: 'Inline `security_rule` blocks.',
  },
  {
    resourceType: 'azurerm_network_security_rule',
    category: ResourceCategory.FIREWALL,
    source: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/network_security_rule.html.markdown',
    note: '`direction`, `access`, `source_address_prefix` ("*" / "Internet" = open).',
  },
  {
    resourceType: 'azurerm_subnet_network_security_group_association',
    category: ResourceCategory.FIREWALL,
    source: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/subnet_network_security_group_association.html.markdown',
  },
  {
    resourceType: 'azurerm_key_vault',
    category: ResourceCategory.KMS,
    locationArguments: ['location'],
    source: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/key_vault.html.markdown',
    note: '`purge_protection_enabled`, `soft_delete_retention_days`, `public_network_access_enabled`, `sku_name` ("standard" | "premium" = HSM-backed keys).',
  },
  {
    resourceType: 'azurerm_key_vault_key',
    category: ResourceCategory.KMS,
    source: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/key_vault_key.html.markdown',
    note: 'Located in its vault (`key_vault_id`). `key_type` (RSA, RSA-HSM, EC, EC-HSM), `rotation_policy`.',
  },
  {
    resourceType: 'azurerm_key_vault_managed_hardware_security_module',
    category: ResourceCategory.KMS,
    locationArguments: ['location'],
    source: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/key_vault_managed_hardware_security_module.html.markdown',
  },
  {
    resourceType: 'azurerm_disk_encryption_set',
    category: ResourceCategory.KMS,
    locationArguments: ['location'],
    source: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/disk_encryption_set.html.markdown',
    note: 'Binds a Key Vault key to managed disks / AKS (`key_vault_key_id`, `encryption_type`).',
  },
  {
    resourceType: 'azurerm_monitor_diagnostic_setting',
    category: ResourceCategory.AUDIT_LOGGING,
    source: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/monitor_diagnostic_setting.html.markdown',
    note: 'No location. Sends resource logs (e.g. AKS kube-audit, Key Vault AuditEvent) or the subscription Activity Log to `log_analytics_workspace_id` / `storage_account_id` / `eventhub_authorization_rule_id`; the destination location matters.',
  },
  {
    resourceType: 'azurerm_monitor_aad_diagnostic_setting',
    category: ResourceCategory.AUDIT_LOGGING,
    source: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/monitor_aad_diagnostic_setting.html.markdown',
    note: 'Entra ID (AAD) sign-in/audit logs export.',
  },
  {
    resourceType: 'azurerm_log_analytics_workspace',
    category: ResourceCategory.AUDIT_LOGGING,
    locationArguments: ['location'],
    source: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/log_analytics_workspace.html.markdown',
    note: '`retention_in_days`.',
  },
  {
    resourceType: 'azurerm_postgresql_flexible_server',
    category: ResourceCategory.DATABASE,
    locationArguments: ['location', 'zone'],
    source: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/postgresql_flexible_server.html.markdown',
    note: 'Storage always encrypted with Microsoft-managed keys; `customer_managed_key` block for CMK. `public_network_access_enabled`, `backup_retention_days`, `geo_redundant_backup_enabled`, `high_availability { standby_availability_zone }`.',
  },
  {
    resourceType: 'azurerm_mssql_server',
    category: ResourceCategory.DATABASE,
    locationArguments: ['location'],
    source: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/mssql_server.html.markdown',
    note: 'TDE on by default; `azurerm_mssql_server_transparent_data_encryption` for CMK.',
  },
  {
    resourceType: 'azurerm_managed_disk',
    category: ResourceCategory.VOLUME,
    locationArguments: ['location', 'zone'],
    source: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/managed_disk.html.markdown',
    note: 'Server-side encryption with platform-managed keys by default; `disk_encryption_set_id` for CMK; `encryption_settings` for Azure Disk Encryption.',
  },
  {
    resourceType: 'azurerm_linux_virtual_machine',
    category: ResourceCategory.SERVER,
    locationArguments: ['location', 'zone'],
    source: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/linux_virtual_machine.html.markdown',
    note: '`encryption_at_host_enabled`, `os_disk { disk_encryption_set_id }`.',
  },
  {
    resourceType: 'azurerm_windows_virtual_machine',
    category: ResourceCategory.SERVER,
    locationArguments: ['location', 'zone'],
    source: 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r/windows_virtual_machine.html.markdown',
    note: '`encryption_at_host_enabled`, `os_disk { disk_encryption_set_id }`.',
  },
];
