terraform {
  required_providers {
    opentelekomcloud = {
      source = "opentelekomcloud/opentelekomcloud"
    }
  }
}

provider "opentelekomcloud" {
  auth_url    = "https://iam.eu-de.otc.t-systems.com/v3"
  tenant_name = "eu-de_network"
  domain_name = "OTC00000000001000055555"
}

variable "branch_psk" {
  description = "Pre-shared key of the branch tunnel (from the secret store)."
  type        = string
  sensitive   = true
}

variable "gateway_id" {
  type    = string
  default = "8d3f2a1b-0c9e-4d7f-a6b5-4c3d2e1f0a9b"
}

resource "opentelekomcloud_vpnaas_site_connection_v2" "datacentre" {
  name              = "to-datacentre"
  ikepolicy_id      = "b1f5c2d4-7e8a-4b9c-a0d1-e2f3a4b5c6d7"
  ipsecpolicy_id    = "c2a6d3e5-8f9b-4cad-b1e2-f3a4b5c6d7e8"
  vpnservice_id     = "d3b7e4f6-9a0c-4dbe-c2f3-a4b5c6d7e8f9"
  psk               = "Dc-Tunnel!2024#sHaRed"
  peer_address      = "198.51.100.50"
  peer_id           = "198.51.100.50"
  local_ep_group_id = "e4c8f5a7-0b1d-4ecf-d3a4-b5c6d7e8f9a0"
  peer_ep_group_id  = "f5d9a6b8-1c2e-4fd0-e4b5-c6d7e8f9a0b1"
}

resource "opentelekomcloud_enterprise_vpn_connection_v5" "branch" {
  name                = "to-branch"
  gateway_id          = var.gateway_id
  gateway_ip          = "a6e0b7c9-2d3f-4a01-f5c6-d7e8f9a0b1c2"
  customer_gateway_id = "b7f1c8d0-3e4a-4b12-a6d7-e8f9a0b1c2d3"
  peer_subnets        = ["172.20.0.0/16"]
  vpn_type            = "static"
  psk                 = var.branch_psk
}
