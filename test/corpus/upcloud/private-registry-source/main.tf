terraform {
  required_providers {
    # Installed from a registry host other than registry.terraform.io.
    upcloud = {
      source  = "registry.upcloud.com/upcloud/upcloud"
      version = "~> 5.0"
    }
  }
}

provider "upcloud" {}

variable "zone" {
  type    = string
  default = "de-fra1"
}

resource "upcloud_network" "backend" {
  name = "backend"
  zone = var.zone

  ip_network {
    address = "10.20.0.0/24"
    dhcp    = true
    family  = "IPv4"
  }
}

resource "upcloud_storage" "uploads" {
  title   = "uploads"
  size    = 50
  tier    = "maxiops"
  zone    = var.zone
  encrypt = true
}

# A build runner someone placed in New York.
resource "upcloud_server" "runner" {
  hostname = "runner.example.org"
  zone     = "us-nyc1"
  plan     = "2xCPU-4GB"
  firewall = true

  template {
    storage = "Debian GNU/Linux 12 (Bookworm)"
    size    = 40
    encrypt = true
  }

  network_interface {
    type = "utility"
  }
}
