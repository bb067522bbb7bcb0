terraform {
  required_providers {
    hcloud = {
      source = "hetznercloud/hcloud"
    }
  }
}

provider "hcloud" {}

resource "hcloud_network" "backplane" {
  name     = "backplane"
  ip_range = "10.20.0.0/16"
}

resource "hcloud_network_subnet" "backplane_eu" {
  network_id   = hcloud_network.backplane.id
  type         = "cloud"
  network_zone = "eu-central"
  ip_range     = "10.20.1.0/24"
}

resource "hcloud_firewall" "reporting" {
  name = "reporting-internal"

  rule {
    direction  = "in"
    protocol   = "tcp"
    port       = "5432"
    source_ips = ["10.20.0.0/16"]
  }
}

# The one decision that puts data in the US: this server's location.
resource "hcloud_server" "reporting" {
  name         = "reporting-db"
  image        = "ubuntu-24.04"
  server_type  = "cpx31"
  location     = "ash"
  firewall_ids = [hcloud_firewall.reporting.id]
}

resource "hcloud_server_network" "reporting" {
  server_id  = hcloud_server.reporting.id
  network_id = hcloud_network.backplane.id
  ip         = "10.20.1.10"
}

resource "hcloud_floating_ip" "reporting" {
  type      = "ipv4"
  server_id = hcloud_server.reporting.id
}

resource "hcloud_floating_ip_assignment" "reporting" {
  floating_ip_id = hcloud_floating_ip.reporting.id
  server_id      = hcloud_server.reporting.id
}

resource "hcloud_rdns" "reporting" {
  server_id  = hcloud_server.reporting.id
  ip_address = hcloud_server.reporting.ipv4_address
  dns_ptr    = "reporting.example.org"
}

resource "hcloud_volume" "reporting_data" {
  name     = "reporting-data"
  size     = 100
  location = "ash"
  format   = "ext4"
}

resource "hcloud_volume_attachment" "reporting_data" {
  volume_id = hcloud_volume.reporting_data.id
  server_id = hcloud_server.reporting.id
  automount = true
}
