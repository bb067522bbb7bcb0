terraform {
  required_providers {
    ovh = {
      source = "ovh/ovh"
    }
  }
}

provider "ovh" {
  endpoint = "ovh-eu"
}

variable "project_id" {
  type    = string
  default = "0123456789abcdef0123456789abcdef"
}

# Backups pushed to Gravelines and Strasbourg, nodes in a private network.
resource "ovh_cloud_project_database" "crm" {
  service_name        = var.project_id
  description         = "crm"
  engine              = "postgresql"
  version             = "16"
  plan                = "business"
  flavor              = "db1-7"
  backup_regions      = ["GRA", "SBG"]
  deletion_protection = true

  nodes {
    region     = "GRA"
    network_id = "pn-crm-gra"
    subnet_id  = "subnet-crm-gra"
  }
  nodes {
    region     = "GRA"
    network_id = "pn-crm-gra"
    subnet_id  = "subnet-crm-gra"
  }
}

# Off-site copy of the backups in Beauharnois (Canada).
resource "ovh_cloud_project_database" "ledger" {
  service_name   = var.project_id
  description    = "ledger"
  engine         = "mysql"
  version        = "8"
  plan           = "essential"
  flavor         = "db1-4"
  backup_regions = ["SBG", "BHS"]

  nodes {
    region = "SBG"
  }

  ip_restrictions {
    description = "app servers"
    ip          = "10.12.0.0/24"
  }
}

# Reachable from anywhere.
resource "ovh_cloud_project_database" "events" {
  service_name   = var.project_id
  description    = "events"
  engine         = "postgresql"
  version        = "16"
  plan           = "essential"
  flavor         = "db1-4"
  backup_regions = ["GRA"]

  nodes {
    region = "GRA"
  }

  ip_restrictions {
    description = "everyone"
    ip          = "0.0.0.0/0"
  }
}
