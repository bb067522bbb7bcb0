/*
 * The providers bound by hand in lib/bindings/, each with the release whose documentation
 * its bindings follow (internal). The docs-conformance tables under test/bindings/ name the
 * same release.
 */
import { ProviderBinding } from './base';

/**
 * hashicorp/aws, for the S3-compatible route only. Its arguments follow the 5.100.0 provider
 * schema (`terraform providers schema -json`); the real-Terraform tests in test/storage run
 * `terraform validate` and `plan` on them. Every resource is bound to an `AwsS3Provider`,
 * which declares the source and version.
 * @internal
 */
export const AWS: ProviderBinding = {
  name: 'aws', source: 'hashicorp/aws', documentedVersion: '5.100.0', versionConstraint: '~> 5.100', resourcesDeclareSource: false,
};

/** stackitcloud/stackit: https://github.com/stackitcloud/terraform-provider-stackit/tree/v0.113.0/docs @internal */
export const STACKIT: ProviderBinding = { name: 'stackit', source: 'stackitcloud/stackit', documentedVersion: '0.113.0', resourcesDeclareSource: true };

/** ovh/ovh: https://github.com/ovh/terraform-provider-ovh/tree/v2.19.0/docs @internal */
export const OVH: ProviderBinding = { name: 'ovh', source: 'ovh/ovh', documentedVersion: '2.19.0', resourcesDeclareSource: true };

/** hetznercloud/hcloud: https://github.com/hetznercloud/terraform-provider-hcloud/tree/v1.68.0/docs @internal */
export const HCLOUD: ProviderBinding = { name: 'hcloud', source: 'hetznercloud/hcloud', documentedVersion: '1.68.0', versionConstraint: '~> 1.68', resourcesDeclareSource: true };

/** scaleway/scaleway: https://github.com/scaleway/terraform-provider-scaleway/tree/v2.81.0/docs @internal */
export const SCALEWAY: ProviderBinding = { name: 'scaleway', source: 'scaleway/scaleway', documentedVersion: '2.81.0', versionConstraint: '~> 2.81', resourcesDeclareSource: true };

/** ionos-cloud/ionoscloud: https://github.com/ionos-cloud/terraform-provider-ionoscloud/tree/v6.7.34/docs @internal */
export const IONOSCLOUD: ProviderBinding = { name: 'ionoscloud', source: 'ionos-cloud/ionoscloud', documentedVersion: '6.7.34', versionConstraint: '~> 6.7', resourcesDeclareSource: true };

/** exoscale/exoscale: https://github.com/exoscale/terraform-provider-exoscale/tree/v0.70.0/docs @internal */
export const EXOSCALE: ProviderBinding = { name: 'exoscale', source: 'exoscale/exoscale', documentedVersion: '0.70.0', versionConstraint: '~> 0.70', resourcesDeclareSource: true };

/** UpCloudLtd/upcloud: https://github.com/UpCloudLtd/terraform-provider-upcloud/tree/v5.41.0/docs @internal */
export const UPCLOUD: ProviderBinding = { name: 'upcloud', source: 'UpCloudLtd/upcloud', documentedVersion: '5.41.0', versionConstraint: '~> 5.41', resourcesDeclareSource: true };
