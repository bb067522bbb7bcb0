terraform {
  required_providers {
    ionoscloud = {
      source = "ionos-cloud/ionoscloud"
    }
  }
}

provider "ionoscloud" {}

resource "ionoscloud_datacenter" "office" {
  name     = "office-tools"
  location = "de/fra"
}

resource "ionoscloud_lan" "internet" {
  datacenter_id = ionoscloud_datacenter.office.id
  public        = true
  name          = "internet"
}

resource "ionoscloud_lan" "internal" {
  datacenter_id = ionoscloud_datacenter.office.id
  public        = false
  name          = "internal"
}

# A public NIC with the firewall switched off: every port of the server is reachable from the internet.
resource "ionoscloud_server" "wiki" {
  name          = "wiki"
  datacenter_id = ionoscloud_datacenter.office.id
  cores         = 2
  ram           = 4096
  image_name    = "debian:12"
  ssh_keys      = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDk2nR7vQ4xL9tW1pZ8sK3yM6bH0fG5jC2eA9uO4iN1r wiki@example.org"]

  volume {
    name      = "system"
    size      = 30
    disk_type = "SSD Premium"
  }

  nic {
    lan             = ionoscloud_lan.internet.id
    name            = "public"
    dhcp            = true
    firewall_active = false
  }
}

resource "ionoscloud_server" "ticketing" {
  name          = "ticketing"
  datacenter_id = ionoscloud_datacenter.office.id
  cores         = 2
  ram           = 4096
  image_name    = "debian:12"
  ssh_keys      = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDk2nR7vQ4xL9tW1pZ8sK3yM6bH0fG5jC2eA9uO4iN1r wiki@example.org"]

  volume {
    name      = "system"
    size      = 30
    disk_type = "SSD Premium"
  }

  nic {
    lan             = ionoscloud_lan.internal.id
    name            = "internal"
    dhcp            = true
    firewall_active = true
  }
}

# A second NIC on the internet LAN, also unfiltered.
resource "ionoscloud_nic" "ticketing_public" {
  datacenter_id   = ionoscloud_datacenter.office.id
  server_id       = ionoscloud_server.ticketing.id
  lan             = ionoscloud_lan.internet.id
  name            = "public"
  dhcp            = true
  firewall_active = false
}

# On the private LAN only: no internet path, the switched-off firewall is a design choice.
resource "ionoscloud_nic" "ticketing_replication" {
  datacenter_id   = ionoscloud_datacenter.office.id
  server_id       = ionoscloud_server.ticketing.id
  lan             = ionoscloud_lan.internal.id
  name            = "replication"
  dhcp            = true
  firewall_active = false
}

resource "ionoscloud_nic" "ticketing_https" {
  datacenter_id   = ionoscloud_datacenter.office.id
  server_id       = ionoscloud_server.ticketing.id
  lan             = ionoscloud_lan.internet.id
  name            = "https"
  dhcp            = true
  firewall_active = true
  firewall_type   = "INGRESS"
}

resource "ionoscloud_firewall" "ticketing_https" {
  datacenter_id    = ionoscloud_datacenter.office.id
  server_id        = ionoscloud_server.ticketing.id
  nic_id           = ionoscloud_nic.ticketing_https.id
  protocol         = "TCP"
  name             = "https"
  port_range_start = 443
  port_range_end   = 443
}
