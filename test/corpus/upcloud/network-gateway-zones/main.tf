terraform {
  required_providers {
    upcloud = {
      source  = "UpCloudLtd/upcloud"
      version = ">= 5.0"
    }
  }
}

provider "upcloud" {}

resource "upcloud_router" "eu" {
  name = "eu-router"
}

resource "upcloud_network" "eu" {
  name   = "eu-private"
  zone   = "fi-hel1"
  router = upcloud_router.eu.id

  ip_network {
    address = "10.100.0.0/24"
    dhcp    = true
    family  = "IPv4"
  }
}

resource "upcloud_gateway" "eu" {
  name     = "eu-nat"
  zone     = "fi-hel1"
  features = ["nat"]

  router {
    id = upcloud_router.eu.id
  }
}

resource "upcloud_router" "us" {
  name = "us-router"
}

# New York: the network and its NAT gateway are created in the US.
resource "upcloud_network" "us" {
  name   = "us-private"
  zone   = "us-nyc1"
  router = upcloud_router.us.id

  ip_network {
    address = "10.200.0.0/24"
    dhcp    = true
    family  = "IPv4"
  }
}

resource "upcloud_gateway" "us" {
  name     = "us-nat"
  zone     = "us-nyc1"
  features = ["nat"]

  router {
    id = upcloud_router.us.id
  }
}
