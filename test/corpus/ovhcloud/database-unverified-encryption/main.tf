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

locals {
  project = "fedcba9876543210fedcba9876543210"
}

# OVHcloud's encryption of managed database volumes is not established at a primary source
# (the catalog fact is unverified): that alone cannot make an error.
resource "ovh_cloud_project_database" "orders" {
  service_name = local.project
  description  = "orders"
  engine       = "postgresql"
  version      = "16"
  plan         = "business"
  flavor       = "db1-7"

  nodes {
    region = "GRA"
  }
  nodes {
    region = "GRA"
  }

  ip_restrictions {
    description = "application subnet"
    ip          = "10.43.0.0/24"
  }
}

resource "ovh_cloud_project_database_database" "orders" {
  service_name = local.project
  engine       = ovh_cloud_project_database.orders.engine
  cluster_id   = ovh_cloud_project_database.orders.id
  name         = "orders"
}

resource "ovh_cloud_project_database_postgresql_user" "app" {
  service_name = local.project
  cluster_id   = ovh_cloud_project_database.orders.id
  name         = "orders_app"
  roles        = ["replication"]
}

# The same engine in Beauharnois (Canada): a real location problem, verified.
resource "ovh_cloud_project_database" "analytics" {
  service_name = local.project
  description  = "analytics"
  engine       = "mysql"
  version      = "8"
  plan         = "essential"
  flavor       = "db1-4"

  nodes {
    region = "BHS"
  }

  ip_restrictions {
    description = "bi tools"
    ip          = "10.43.1.0/24"
  }
}
