resource "hcloud_network" "this" {
  name     = "${var.name}-net"
  ip_range = "10.50.0.0/16"
}

resource "hcloud_network_subnet" "this" {
  network_id   = hcloud_network.this.id
  type         = "cloud"
  network_zone = "eu-central"
  ip_range     = "10.50.1.0/24"
}

resource "hcloud_firewall" "this" {
  name = "${var.name}-fw"

  rule {
    direction  = "in"
    protocol   = "tcp"
    port       = "22"
    source_ips = var.admin_cidrs
  }
}

resource "hcloud_server" "this" {
  name         = var.name
  image        = "debian-12"
  server_type  = var.server_type
  location     = var.location
  firewall_ids = [hcloud_firewall.this.id]

  network {
    network_id = hcloud_network.this.id
  }

  depends_on = [hcloud_network_subnet.this]
}

resource "hcloud_primary_ip" "this" {
  name          = "${var.name}-v4"
  type          = "ipv4"
  location      = var.location
  assignee_type = "server"
  auto_delete   = false
}
