terraform {
  required_providers {
    hcloud = {
      source = "hetznercloud/hcloud"
    }
  }
}

provider "hcloud" {}

resource "hcloud_ssh_key" "ops" {
  name       = "ops-laptop"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq1c9Rk0m2vT6wJxP4b8yqzE3Lr5nV0sH7dQ2aF9KcM ops@example.org"
}

resource "hcloud_firewall" "admin" {
  name = "admin-anywhere"

  rule {
    direction  = "in"
    protocol   = "tcp"
    port       = "22"
    source_ips = ["0.0.0.0/0", "::/0"]
  }

  rule {
    direction  = "in"
    protocol   = "icmp"
    source_ips = ["0.0.0.0/0", "::/0"]
  }
}

# No location and no datacenter: the Hetzner API picks one, and Hetzner also runs US and Singapore locations.
resource "hcloud_server" "scratch" {
  name         = "scratch"
  image        = "debian-12"
  server_type  = "cx22"
  ssh_keys     = [hcloud_ssh_key.ops.id]
  firewall_ids = [hcloud_firewall.admin.id]
}
