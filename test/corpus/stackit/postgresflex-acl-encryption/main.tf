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

locals {
  project_id = "4d6f1a2b-1c3d-4e5f-8a9b-0c1d2e3f4a5b"
}

resource "stackit_postgresflex_instance" "customers" {
  project_id      = local.project_id
  name            = "customers"
  acl             = ["203.0.113.32/28"]
  backup_schedule = "30 2 * * *"
  version         = "17"
  replicas        = 3
  flavor = {
    cpu = 2
    ram = 4
  }
  storage = {
    class = "premium-perf6-stackit"
    size  = 20
  }
  encryption = {
    kek_key_id      = "b8f1c2d3-0000-4000-8000-000000000001"
    kek_key_version = 1
    kek_keyring_id  = "b8f1c2d3-0000-4000-8000-000000000002"
    service_account = "db-kms@sa.stackit.cloud"
  }
}

# Open to the whole IPv4 internet.
resource "stackit_postgresflex_instance" "public" {
  project_id      = local.project_id
  name            = "public"
  acl             = ["0.0.0.0/0"]
  backup_schedule = "30 2 * * *"
  version         = "17"
  replicas        = 1
  flavor = {
    cpu = 2
    ram = 4
  }
  storage = {
    class = "premium-perf6-stackit"
    size  = 5
  }
  encryption = {
    kek_key_id      = "b8f1c2d3-0000-4000-8000-000000000001"
    kek_key_version = 1
    kek_keyring_id  = "b8f1c2d3-0000-4000-8000-000000000002"
    service_account = "db-kms@sa.stackit.cloud"
  }
}

# No customer-managed key.
resource "stackit_postgresflex_instance" "scratch" {
  project_id      = local.project_id
  name            = "scratch"
  acl             = ["203.0.113.32/28"]
  backup_schedule = "30 2 * * *"
  version         = "16"
  replicas        = 1
  flavor = {
    cpu = 2
    ram = 4
  }
  storage = {
    class = "premium-perf6-stackit"
    size  = 5
  }
}
