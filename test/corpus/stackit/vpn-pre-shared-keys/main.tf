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
  type    = string
  default = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
}

variable "tunnel2_psk" {
  type      = string
  sensitive = true
  ephemeral = true
}

resource "stackit_vpn_gateway" "hq" {
  project_id   = var.project_id
  display_name = "hq"
  plan_id      = "p500"
}

# Write-only keeps the key out of the state, but the literal is still in the repository.
resource "stackit_vpn_connection" "hq_literal" {
  project_id   = var.project_id
  gateway_id   = stackit_vpn_gateway.hq.gateway_id
  display_name = "hq-office"

  tunnel1 = {
    remote_address    = "198.51.100.20"
    pre_shared_key_wo = "9tG4#qLx2Vm8!rZp6Wc3"
    phase1 = {
      dh_groups             = ["ecp384"]
      encryption_algorithms = ["aes256"]
      integrity_algorithms  = ["sha2_384"]
    }
    phase2 = {
      dh_groups             = ["ecp384"]
      encryption_algorithms = ["aes256"]
      integrity_algorithms  = ["sha2_384"]
    }
  }
}

# The key comes from an ephemeral variable: nothing secret in the configuration.
resource "stackit_vpn_connection" "hq_ephemeral" {
  project_id   = var.project_id
  gateway_id   = stackit_vpn_gateway.hq.gateway_id
  display_name = "hq-datacentre"

  tunnel1 = {
    remote_address    = "203.0.113.20"
    pre_shared_key_wo = var.tunnel2_psk
    phase1 = {
      dh_groups             = ["ecp384"]
      encryption_algorithms = ["aes256"]
      integrity_algorithms  = ["sha2_384"]
    }
    phase2 = {
      dh_groups             = ["ecp384"]
      encryption_algorithms = ["aes256"]
      integrity_algorithms  = ["sha2_384"]
    }
  }
}
