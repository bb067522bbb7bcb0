terraform {
  required_providers {
    upcloud = {
      source = "upcloudltd/upcloud"
    }
  }
}

provider "upcloud" {}

# var.zone is "se-sto1" from eu.auto.tfvars (which Terraform loads by itself), not the US default.
resource "upcloud_network" "app" {
  name = "app"
  zone = var.zone

  ip_network {
    address = "10.30.0.0/24"
    dhcp    = true
    family  = "IPv4"
  }
}

resource "upcloud_storage" "app_data" {
  size    = 50
  tier    = "maxiops"
  title   = "app-data"
  zone    = var.zone
  encrypt = true
}

resource "upcloud_managed_database_postgresql" "app" {
  name  = "app-db"
  plan  = "1x1xCPU-2GB-25GB"
  title = "app-db"
  zone  = var.db_zone

  properties {
    public_access = false
    ip_filter     = ["10.30.0.0/24"]
  }
}
