terraform {
  required_providers {
    opentelekomcloud = {
      source = "opentelekomcloud/opentelekomcloud"
    }
  }
}

provider "opentelekomcloud" {
  auth_url    = "https://iam.eu-de.otc.t-systems.com/v3"
  region      = "eu-de"
  domain_name = var.domain_name
  tenant_name = "eu-de_shop"
}

variable "domain_name" {
  type = string
}

variable "site_psk" {
  type      = string
  sensitive = true
}

# Only a name: the provider's documented defaults are IKEv1, SHA-1 and DH group 5.
resource "opentelekomcloud_vpnaas_ike_policy_v2" "branch" {
  name = "branch-ike"
}

# Written out, but with 3DES, MD5 and PFS switched off.
resource "opentelekomcloud_vpnaas_ipsec_policy_v2" "branch" {
  name                 = "branch-ipsec"
  encryption_algorithm = "3des"
  auth_algorithm       = "md5"
  pfs                  = "disable"
}

resource "opentelekomcloud_vpnaas_ike_policy_v2" "datacentre" {
  name                 = "dc-ike"
  ike_version          = "v2"
  auth_algorithm       = "sha2-384"
  encryption_algorithm = "aes-256"
  pfs                  = "group20"
}

resource "opentelekomcloud_vpnaas_ipsec_policy_v2" "datacentre" {
  name                 = "dc-ipsec"
  auth_algorithm       = "sha2-256"
  encryption_algorithm = "aes-256"
  pfs                  = "group16"
}
