terraform {
  required_providers {
    stackit = {
      source = "stackitcloud/stackit"
    }
  }
}

provider "stackit" {
  default_region = "eu01"
}

variable "project_id" {
  type = string
}

variable "psk" {
  type      = string
  sensitive = true
  ephemeral = true
}

resource "stackit_vpn_gateway" "office" {
  project_id   = var.project_id
  display_name = "office"
  plan_id      = "p500"
}

# Mirrors the old firewall at the office: SHA-1 and 1024/2048-bit MODP still offered.
resource "stackit_vpn_connection" "office_legacy" {
  project_id   = var.project_id
  gateway_id   = stackit_vpn_gateway.office.gateway_id
  display_name = "office-legacy"

  tunnel1 = {
    remote_address    = "198.51.100.70"
    pre_shared_key_wo = var.psk
    phase1 = {
      dh_groups             = ["modp1024", "modp2048"]
      encryption_algorithms = ["aes256"]
      integrity_algorithms  = ["sha1", "sha2_256"]
    }
    phase2 = {
      dh_groups             = ["ecp256"]
      encryption_algorithms = ["aes256gcm16"]
      integrity_algorithms  = ["sha2_256"]
    }
  }
}

resource "stackit_vpn_connection" "office" {
  project_id   = var.project_id
  gateway_id   = stackit_vpn_gateway.office.gateway_id
  display_name = "office"

  tunnel1 = {
    remote_address    = "198.51.100.71"
    pre_shared_key_wo = var.psk
    phase1 = {
      dh_groups             = ["ecp384"]
      encryption_algorithms = ["aes256gcm16"]
      integrity_algorithms  = ["sha2_384"]
    }
    phase2 = {
      dh_groups             = ["ecp384"]
      encryption_algorithms = ["aes256gcm16"]
      integrity_algorithms  = ["sha2_384"]
    }
  }
}
