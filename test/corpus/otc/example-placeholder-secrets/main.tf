terraform {
  required_providers {
    opentelekomcloud = {
      source = "opentelekomcloud/opentelekomcloud"
    }
  }
}

provider "opentelekomcloud" {
  auth_url    = "https://iam.eu-nl.otc.t-systems.com/v3"
  tenant_name = "eu-nl_vpn"
  domain_name = "OTC00000000001000077777"
}

# Documentation-style values that say they are examples: no working key is disclosed.
resource "opentelekomcloud_vpnaas_site_connection_v2" "lab_a" {
  name              = "lab-a"
  ikepolicy_id      = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
  ipsecpolicy_id    = "1b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e"
  vpnservice_id     = "2c3d4e5f-6a7b-4c8d-8e9f-1a2b3c4d5e6f"
  psk               = "example-pre-shared-key-tunnel1"
  peer_address      = "203.0.113.11"
  peer_id           = "203.0.113.11"
  local_ep_group_id = "3d4e5f6a-7b8c-4d9e-9f0a-2b3c4d5e6f7a"
  peer_ep_group_id  = "4e5f6a7b-8c9d-4e0f-8a1b-3c4d5e6f7a8b"
}

# A token prefix followed by filler.
resource "opentelekomcloud_vpnaas_site_connection_v2" "lab_b" {
  name              = "lab-b"
  ikepolicy_id      = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
  ipsecpolicy_id    = "1b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e"
  vpnservice_id     = "2c3d4e5f-6a7b-4c8d-8e9f-1a2b3c4d5e6f"
  psk               = "eyJxxxx"
  peer_address      = "203.0.113.12"
  peer_id           = "203.0.113.12"
  local_ep_group_id = "3d4e5f6a-7b8c-4d9e-9f0a-2b3c4d5e6f7a"
  peer_ep_group_id  = "5f6a7b8c-9d0e-4f1a-9b2c-4d5e6f7a8b9c"
}

# A real pre-shared key.
resource "opentelekomcloud_vpnaas_site_connection_v2" "plant" {
  name              = "plant"
  ikepolicy_id      = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
  ipsecpolicy_id    = "1b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e"
  vpnservice_id     = "2c3d4e5f-6a7b-4c8d-8e9f-1a2b3c4d5e6f"
  psk               = "Pl4nt-Tunnel#k9Vw2xQ"
  peer_address      = "203.0.113.13"
  peer_id           = "203.0.113.13"
  local_ep_group_id = "3d4e5f6a-7b8c-4d9e-9f0a-2b3c4d5e6f7a"
  peer_ep_group_id  = "6a7b8c9d-0e1f-4a2b-8c3d-5e6f7a8b9c0d"
}
