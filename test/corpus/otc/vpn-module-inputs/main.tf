# A reusable site-to-site VPN module: the caller chooses the IKE and ESP algorithms; the module
# only fixes IKEv2 and the peer.
terraform {
  required_providers {
    opentelekomcloud = {
      source = "opentelekomcloud/opentelekomcloud"
    }
  }
}

variable "ike_dh_group" {
  type        = string
  description = "IKE Diffie-Hellman group, e.g. group20"
}

variable "ike_integrity" {
  type = string
}

variable "ike_cipher" {
  type = string
}

variable "esp_cipher" {
  type = string
}

variable "esp_integrity" {
  type = string
}

variable "esp_pfs" {
  type = string
}

resource "opentelekomcloud_vpnaas_ike_policy_v2" "site" {
  name                 = "site-ike"
  ike_version          = "v2"
  pfs                  = var.ike_dh_group
  auth_algorithm       = var.ike_integrity
  encryption_algorithm = var.ike_cipher
}

resource "opentelekomcloud_vpnaas_ipsec_policy_v2" "site" {
  name                 = "site-esp"
  encryption_algorithm = var.esp_cipher
  auth_algorithm       = var.esp_integrity
  pfs                  = var.esp_pfs
}

resource "opentelekomcloud_vpnaas_ike_policy_v2" "legacy_peer" {
  name                 = "legacy-ike"
  ike_version          = "v1"
  pfs                  = "group2"
  auth_algorithm       = "sha1"
  encryption_algorithm = var.ike_cipher
}
