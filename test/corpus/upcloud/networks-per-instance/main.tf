terraform {
  required_providers {
    upcloud = {
      source = "UpCloudLtd/upcloud"
    }
  }
}

provider "upcloud" {}

variable "sites" {
  description = "One private network per site, by zone."
  type = map(object({
    zone = string
    cidr = string
  }))
  default = {
    helsinki = { zone = "fi-hel1", cidr = "10.60.1.0/24" }
    newyork  = { zone = "us-nyc1", cidr = "10.60.2.0/24" }
  }
}

variable "gateway_zones" {
  type    = list(string)
  default = ["de-fra1", "sg-sin1"]
}

resource "upcloud_router" "sites" {
  name = "sites"
}

resource "upcloud_network" "site" {
  for_each = var.sites

  name   = "site-${each.key}"
  zone   = each.value.zone
  router = upcloud_router.sites.id

  ip_network {
    address = each.value.cidr
    dhcp    = true
    family  = "IPv4"
  }
}

resource "upcloud_gateway" "nat" {
  count = length(var.gateway_zones)

  name     = "nat-${count.index}"
  zone     = var.gateway_zones[count.index]
  features = ["nat"]

  router {
    id = upcloud_router.sites.id
  }
}
