terraform {
  required_providers {
    upcloud = {
      source = "UpCloudLtd/upcloud"
    }
  }
}

resource "upcloud_network" "db" {
  name = "db-net"
  zone = "de-fra1"

  ip_network {
    address = "10.30.0.0/24"
    dhcp    = true
    family  = "IPv4"
  }
}

resource "upcloud_managed_database_postgresql" "members" {
  name                   = "members"
  title                  = "members"
  plan                   = "2x2xCPU-4GB-50GB"
  zone                   = "de-fra1"
  termination_protection = true

  network {
    family = "IPv4"
    name   = "members-net"
    type   = "private"
    uuid   = upcloud_network.db.id
  }

  properties {
    public_access = false
  }
}

# Public access with an allow list that admits everyone.
resource "upcloud_managed_database_mysql" "forum" {
  name  = "forum"
  title = "forum"
  plan  = "1x1xCPU-2GB-25GB"
  zone  = "nl-ams1"

  properties {
    public_access = true
    ip_filter     = ["0.0.0.0/0"]
  }
}

# Session cache with TLS left at its default (required).
resource "upcloud_managed_database_valkey" "sessions" {
  name  = "sessions"
  title = "sessions"
  plan  = "1x1xCPU-2GB"
  zone  = "de-fra1"
}

# TLS switched off for a cache.
resource "upcloud_managed_database_valkey" "cart" {
  name  = "cart"
  title = "cart"
  plan  = "1x1xCPU-2GB"
  zone  = "de-fra1"

  properties {
    valkey_ssl = false
  }
}
