terraform {
  required_providers {
    hcloud = {
      source = "hetznercloud/hcloud"
    }
  }
}

provider "hcloud" {}

resource "hcloud_firewall" "nodes" {
  name = "nodes"

  rule {
    direction  = "in"
    protocol   = "tcp"
    port       = "6443"
    source_ips = ["10.0.0.0/8"]
  }
}

resource "hcloud_server" "node" {
  for_each = var.nodes

  name         = each.key
  image        = "ubuntu-24.04"
  server_type  = each.value.server_type
  location     = each.value.location
  firewall_ids = [hcloud_firewall.nodes.id]
}

resource "hcloud_primary_ip" "gateway" {
  count = length(var.ip_locations)

  name          = "gateway-${count.index}"
  type          = "ipv4"
  location      = var.ip_locations[count.index]
  assignee_type = "server"
  auto_delete   = false
}
