terraform {
  required_providers {
    upcloud = {
      source = "UpCloudLtd/upcloud"
    }
  }
}

provider "upcloud" {}

# Public interface and the firewall explicitly off: UpCloud then filters nothing.
resource "upcloud_server" "legacy_api" {
  hostname = "legacy-api.example.org"
  zone     = "de-fra1"
  plan     = "2xCPU-4GB"
  firewall = false
  metadata = true

  template {
    storage = "Ubuntu Server 24.04 LTS (Noble Numbat)"
    size    = 50
    encrypt = true
  }

  network_interface {
    type = "public"
  }

  login {
    user = "ops"
    keys = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFp3nQ8xW2vK7tL1mR9sJ4yB6cH0dG5aE2uI9oN3kM7e ops@example.org"]
  }
}

resource "upcloud_server" "api" {
  hostname = "api.example.org"
  zone     = "de-fra1"
  plan     = "2xCPU-4GB"
  firewall = true
  metadata = true

  template {
    storage = "Ubuntu Server 24.04 LTS (Noble Numbat)"
    size    = 50
    encrypt = true
  }

  network_interface {
    type = "public"
  }

  network_interface {
    type = "utility"
  }

  login {
    user = "ops"
    keys = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFp3nQ8xW2vK7tL1mR9sJ4yB6cH0dG5aE2uI9oN3kM7e ops@example.org"]
  }
}

resource "upcloud_firewall_rules" "api" {
  server_id = upcloud_server.api.id

  firewall_rule {
    action                 = "accept"
    comment                = "HTTPS"
    destination_port_start = "443"
    destination_port_end   = "443"
    direction              = "in"
    family                 = "IPv4"
    protocol               = "tcp"
  }

  firewall_rule {
    action    = "drop"
    comment   = "default deny"
    direction = "in"
    family    = "IPv4"
  }
}

# Only the utility (account-internal) network: no public address, the firewall being off exposes nothing to the internet.
resource "upcloud_server" "worker" {
  hostname = "worker.internal"
  zone     = "de-fra1"
  plan     = "1xCPU-2GB"
  firewall = false
  metadata = true

  template {
    storage = "Ubuntu Server 24.04 LTS (Noble Numbat)"
    size    = 25
    encrypt = true
  }

  network_interface {
    type = "utility"
  }

  login {
    user = "ops"
    keys = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFp3nQ8xW2vK7tL1mR9sJ4yB6cH0dG5aE2uI9oN3kM7e ops@example.org"]
  }
}
