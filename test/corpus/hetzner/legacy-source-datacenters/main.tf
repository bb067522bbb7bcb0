# Written for Terraform 0.13 (`terraform 0.13upgrade` wrote the legacy namespace) and never
# migrated off the deprecated `datacenter` argument.
terraform {
  required_providers {
    hcloud = {
      source  = "terraform-providers/hcloud"
      version = "~> 1.49"
    }
  }
}

variable "hcloud_token" {
  type      = string
  sensitive = true
}

provider "hcloud" {
  token = var.hcloud_token
}

resource "hcloud_firewall" "web" {
  name = "web-https"

  rule {
    direction  = "in"
    protocol   = "tcp"
    port       = "443"
    source_ips = ["0.0.0.0/0", "::/0"]
  }
}

resource "hcloud_server" "web_eu" {
  name         = "web-eu"
  image        = "debian-12"
  server_type  = "cx22"
  datacenter   = "nbg1-dc3"
  firewall_ids = [hcloud_firewall.web.id]
}

resource "hcloud_server" "web_us" {
  name         = "web-us"
  image        = "debian-12"
  server_type  = "cpx11"
  location     = "ash"
  firewall_ids = [hcloud_firewall.web.id]
}

resource "hcloud_primary_ip" "asia" {
  name          = "asia-v4"
  type          = "ipv4"
  datacenter    = "sin-dc1"
  assignee_type = "server"
  auto_delete   = false
}
