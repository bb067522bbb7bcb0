terraform {
  required_providers {
    upcloud = {
      source = "UpCloudLtd/upcloud"
    }
  }
}

provider "upcloud" {}

# Chicago: this argument decides where the server and everything attached to it live.
resource "upcloud_server" "analytics" {
  hostname = "analytics.example.org"
  zone     = "us-chi1"
  plan     = "4xCPU-8GB"
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

  login {
    user = "ops"
    keys = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFp3nQ8xW2vK7tL1mR9sJ4yB6cH0dG5aE2uI9oN3kM7e ops@example.org"]
  }
}

resource "upcloud_firewall_rules" "analytics" {
  server_id = upcloud_server.analytics.id

  firewall_rule {
    action                 = "accept"
    direction              = "in"
    family                 = "IPv4"
    protocol               = "tcp"
    destination_port_start = "443"
    destination_port_end   = "443"
  }

  firewall_rule {
    action    = "drop"
    direction = "in"
    family    = "IPv4"
  }
}

# Follows the server's interface: no location of its own.
resource "upcloud_floating_ip_address" "analytics" {
  mac_address = upcloud_server.analytics.network_interface[0].mac_address
}

resource "upcloud_server_group" "analytics" {
  title                = "analytics"
  anti_affinity_policy = "yes"
  members              = [upcloud_server.analytics.id]
}

# Its own zone argument, also Chicago.
resource "upcloud_storage" "analytics_data" {
  size    = 200
  tier    = "maxiops"
  title   = "analytics-data"
  zone    = "us-chi1"
  encrypt = true
}
