terraform {
  required_providers {
    ionoscloud = {
      source  = "ionos-cloud/ionoscloud"
      version = ">= 6.4"
    }
  }
}

provider "ionoscloud" {}

# Everything inside a virtual data centre lives where the data centre is: Las Vegas.
resource "ionoscloud_datacenter" "shop" {
  name        = "shop-us"
  location    = "us/las"
  description = "storefront"
}

resource "ionoscloud_lan" "shop_public" {
  datacenter_id = ionoscloud_datacenter.shop.id
  public        = true
  name          = "public"
}

resource "ionoscloud_lan" "shop_private" {
  datacenter_id = ionoscloud_datacenter.shop.id
  public        = false
  name          = "backend"
}

# Its location is copied from the data centre's literal argument, known at plan time: the
# data centre is where it is fixed.
resource "ionoscloud_ipblock" "shop" {
  location = ionoscloud_datacenter.shop.location
  size     = 2
  name     = "shop-ips"
}

resource "ionoscloud_server" "web" {
  name          = "web"
  datacenter_id = ionoscloud_datacenter.shop.id
  cores         = 2
  ram           = 4096
  image_name    = "ubuntu:latest"
  ssh_keys      = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHc4mQ9xZ2vL7tR1pK8sW3yN6bF0dG5jA2eU9iO4nM1q web@example.org"]
  type          = "ENTERPRISE"

  volume {
    name      = "system"
    size      = 20
    disk_type = "SSD Standard"
  }

  nic {
    lan             = ionoscloud_lan.shop_public.id
    name            = "public"
    dhcp            = true
    ips             = [ionoscloud_ipblock.shop.ips[0]]
    firewall_active = true

    firewall {
      protocol         = "TCP"
      name             = "https"
      port_range_start = 443
      port_range_end   = 443
    }
  }
}

resource "ionoscloud_nic" "web_backend" {
  datacenter_id   = ionoscloud_datacenter.shop.id
  server_id       = ionoscloud_server.web.id
  lan             = ionoscloud_lan.shop_private.id
  name            = "backend"
  dhcp            = true
  firewall_active = true
}

resource "ionoscloud_ipfailover" "web" {
  datacenter_id = ionoscloud_datacenter.shop.id
  lan_id        = ionoscloud_lan.shop_public.id
  ip            = ionoscloud_ipblock.shop.ips[1]
  nicuuid       = ionoscloud_server.web.primary_nic
}

resource "ionoscloud_natgateway" "egress" {
  datacenter_id = ionoscloud_datacenter.shop.id
  name          = "egress"
  public_ips    = [ionoscloud_ipblock.shop.ips[1]]

  lans {
    id          = ionoscloud_lan.shop_private.id
    gateway_ips = ["10.11.2.5/24"]
  }
}
