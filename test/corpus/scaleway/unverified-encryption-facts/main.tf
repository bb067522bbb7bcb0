terraform {
  required_providers {
    scaleway = {
      source = "scaleway/scaleway"
    }
    random = {
      source = "hashicorp/random"
    }
  }
}

provider "scaleway" {
  region = "fr-par"
  zone   = "fr-par-1"
}

ephemeral "random_password" "mongo" {
  length  = 32
  special = true
}

resource "scaleway_vpc_private_network" "data" {
  name = "data"
}

# Scaleway documents no encryption argument for these services; the catalog fact that they are
# unencrypted is not verified at a primary source, so it cannot carry an error on its own.
resource "scaleway_mongodb_instance" "catalogue" {
  name                = "catalogue"
  version             = "7.0.12"
  node_type           = "MGDB-PRO2-XXS"
  node_number         = 1
  user_name           = "catalogue"
  password_wo         = ephemeral.random_password.mongo.result
  password_wo_version = 1
  volume_size_in_gb   = 10

  private_network {
    pn_id = scaleway_vpc_private_network.data.id
  }
}

resource "scaleway_block_volume" "scratch" {
  name       = "scratch"
  iops       = 5000
  size_in_gb = 50
}

variable "rdb_password" {
  type      = string
  sensitive = true
}

# A verified fact: Scaleway RDB encrypts at rest only when encryption_at_rest is set (off by default).
resource "scaleway_rdb_instance" "ledger" {
  name           = "ledger"
  node_type      = "DB-DEV-S"
  engine         = "PostgreSQL-16"
  is_ha_cluster  = false
  user_name      = "ledger"
  password       = var.rdb_password
  disable_backup = false

  private_network {
    pn_id = scaleway_vpc_private_network.data.id
  }
}
