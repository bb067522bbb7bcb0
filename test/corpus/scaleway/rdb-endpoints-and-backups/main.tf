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

resource "scaleway_vpc_private_network" "backend" {
  name = "backend"
}

resource "random_password" "db" {
  length  = 32
  special = true
}

# Private endpoint only, encrypted, logical backups kept in fr-par.
resource "scaleway_rdb_instance" "orders" {
  name               = "orders"
  node_type          = "DB-PRO2-XXS"
  engine             = "PostgreSQL-16"
  is_ha_cluster      = true
  user_name          = "orders_admin"
  password           = random_password.db.result
  encryption_at_rest = true
  backup_same_region = true
  tags               = ["data-classification=personal", "app=orders"]

  private_network {
    pn_id       = scaleway_vpc_private_network.backend.id
    enable_ipam = true
  }
}

# The quick-start shape: no private network, so Scaleway adds a public endpoint, and no ACL.
resource "scaleway_rdb_instance" "prototype" {
  name               = "prototype"
  node_type          = "DB-DEV-S"
  engine             = "PostgreSQL-16"
  user_name          = "proto"
  password           = random_password.db.result
  encryption_at_rest = true
}

# A public endpoint next to the private one, still without an ACL.
resource "scaleway_rdb_instance" "reporting" {
  name               = "reporting"
  node_type          = "DB-DEV-S"
  engine             = "MySQL-8"
  user_name          = "reporting"
  password           = random_password.db.result
  encryption_at_rest = true

  private_network {
    pn_id       = scaleway_vpc_private_network.backend.id
    enable_ipam = true
  }
  load_balancer {}
}

# A public endpoint restricted to the office by an ACL.
resource "scaleway_rdb_instance" "billing" {
  name               = "billing"
  node_type          = "DB-DEV-S"
  engine             = "PostgreSQL-16"
  user_name          = "billing"
  password           = random_password.db.result
  encryption_at_rest = true
  backup_same_region = true

  load_balancer {}
}

resource "scaleway_rdb_acl" "billing" {
  instance_id = scaleway_rdb_instance.billing.id

  acl_rules {
    ip          = "198.51.100.16/28"
    description = "office"
  }
}

# Encryption switched off explicitly.
resource "scaleway_rdb_instance" "archive" {
  name               = "archive"
  node_type          = "DB-DEV-S"
  engine             = "PostgreSQL-15"
  user_name          = "archive"
  password           = random_password.db.result
  encryption_at_rest = false

  private_network {
    pn_id       = scaleway_vpc_private_network.backend.id
    enable_ipam = true
  }
}

# The administrator's password written into the configuration.
resource "scaleway_rdb_instance" "staging" {
  name               = "staging"
  node_type          = "DB-DEV-S"
  engine             = "PostgreSQL-16"
  user_name          = "staging"
  password           = "Staging-Passw0rd-2024"
  encryption_at_rest = true

  private_network {
    pn_id       = scaleway_vpc_private_network.backend.id
    enable_ipam = true
  }
}
