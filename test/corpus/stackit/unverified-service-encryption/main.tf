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
  project_id = "7b6a5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d"
  office     = "193.0.2.0/24"
}

# The catalog fact "STACKIT documents no encryption at rest for this service" is not verified
# at a primary source: at most a warning.
resource "stackit_mariadb_instance" "cms" {
  project_id = local.project_id
  name       = "cms"
  version    = "10.11"
  plan_name  = "stackit-mariadb-1.4.10-single"
  parameters = {
    sgw_acl = local.office
  }
}

resource "stackit_redis_instance" "sessions" {
  project_id = local.project_id
  name       = "sessions"
  version    = "7"
  plan_name  = "stackit-redis-1.4.10-single"
  parameters = {
    sgw_acl = local.office
  }
}

resource "stackit_mariadb_credential" "cms" {
  project_id  = local.project_id
  instance_id = stackit_mariadb_instance.cms.instance_id
}
