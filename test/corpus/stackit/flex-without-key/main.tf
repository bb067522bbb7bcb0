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

variable "project" {
  type    = string
  default = "0c9e8d7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f"
}

locals {
  vpn_range = "198.51.100.0/26"
  kms = {
    keyring = "5e4d3c2b-0000-4000-8000-00000000aa01"
    key     = "5e4d3c2b-0000-4000-8000-00000000aa02"
    sa      = "flex-kms@sa.stackit.cloud"
  }
}

# Reporting database without an encryption block: STACKIT documents no default for it.
resource "stackit_sqlserverflex_instance" "reporting" {
  project_id      = var.project
  name            = "reporting"
  flavor_id       = "4.16-Single"
  backup_schedule = "15 1 * * *"
  retention_days  = 30
  version         = "2022"
  network = {
    acl = [local.vpn_range]
  }
  storage = {
    class = "premium-perf12-stackit"
    size  = 40
  }
}

# Same engine with a STACKIT KMS key.
resource "stackit_sqlserverflex_instance" "billing" {
  project_id      = var.project
  name            = "billing"
  flavor_id       = "4.16-Single"
  backup_schedule = "15 1 * * *"
  retention_days  = 30
  version         = "2022"
  network = {
    acl = [local.vpn_range]
  }
  storage = {
    class = "premium-perf12-stackit"
    size  = 40
  }
  encryption = {
    kek_keyring_id  = local.kms.keyring
    kek_key_id      = local.kms.key
    kek_key_version = "1"
    service_account = local.kms.sa
  }
}

# PostgreSQL Flex without a key, reachable from the whole internet.
resource "stackit_postgresflex_instance" "analytics" {
  project_id      = var.project
  name            = "analytics"
  flavor_id       = "2.4-Single"
  backup_schedule = "0 3 * * *"
  version         = "16"
  network = {
    acl = ["0.0.0.0/0"]
  }
  storage = {
    class = "premium-perf2-stackit"
    size  = 10
  }
}
