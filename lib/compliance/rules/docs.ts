/*
 * Where rule tables take their argument names from: each provider's Terraform docs at the
 * release tag that was read. One place, so a provider upgrade changes one line.
 */
/** @internal */
export const OTC = 'https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/v1.36.23/docs/resources';
/** @internal */
export const SCW = 'https://github.com/scaleway/terraform-provider-scaleway/blob/v2.81.0/docs/resources';
/** @internal */
export const OVH = 'https://github.com/ovh/terraform-provider-ovh/blob/v2.19.0/docs/resources';
/** @internal */
export const IONOS = 'https://github.com/ionos-cloud/terraform-provider-ionoscloud/blob/v6.7.34/docs/resources';
/** @internal */
export const HCLOUD = 'https://github.com/hetznercloud/terraform-provider-hcloud/blob/v1.68.0/docs/resources';
/** @internal */
export const EXO = 'https://github.com/exoscale/terraform-provider-exoscale/blob/v0.70.0/docs/resources';
/** @internal */
export const UPC = 'https://github.com/UpCloudLtd/terraform-provider-upcloud/blob/v5.41.0/docs/resources';
/** @internal */
export const STACKIT = 'https://github.com/stackitcloud/terraform-provider-stackit/blob/v0.113.0/docs/resources';
/** @internal */
export const AWS = 'https://github.com/hashicorp/terraform-provider-aws/blob/v6.0.0/website/docs/r';
/** @internal */
export const AZ = 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v5.2.0/website/docs/r';
/** @internal */
export const GCP = 'https://github.com/hashicorp/terraform-provider-google/blob/v7.45.0/website/docs/r';
/** @internal */
export const K8S = 'https://github.com/hashicorp/terraform-provider-kubernetes/blob/v2.38.0/docs/resources';
