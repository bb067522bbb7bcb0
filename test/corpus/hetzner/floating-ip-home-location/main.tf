terraform {
  required_providers {
    hcloud = {
      source  = "hetznercloud/hcloud"
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

resource "hcloud_firewall" "frontend" {
  name = "frontend-https"

  rule {
    direction  = "in"
    protocol   = "tcp"
    port       = "443"
    source_ips = ["0.0.0.0/0", "::/0"]
  }
}

resource "hcloud_server" "frontend" {
  name         = "frontend-1"
  image        = "debian-12"
  server_type  = "cx22"
  location     = "fsn1"
  firewall_ids = [hcloud_firewall.frontend.id]
}

# A floating IP whose home is in Ashburn (US): traffic to it is routed through the US location.
resource "hcloud_floating_ip" "us_edge" {
  type          = "ipv4"
  name          = "edge-us"
  home_location = "ash"
}

resource "hcloud_floating_ip_assignment" "us_edge" {
  floating_ip_id = hcloud_floating_ip.us_edge.id
  server_id      = hcloud_server.frontend.id
}

# The primary IP is pinned through the deprecated `datacenter` argument instead of `location`.
resource "hcloud_primary_ip" "legacy_dc" {
  name          = "legacy-v4"
  type          = "ipv4"
  datacenter    = "hil-dc1"
  assignee_type = "server"
  auto_delete   = false
}

resource "hcloud_primary_ip" "eu_v6" {
  name          = "frontend-v6"
  type          = "ipv6"
  location      = "fsn1"
  assignee_type = "server"
  auto_delete   = false
}
