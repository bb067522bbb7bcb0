terraform {
  required_providers {
    upcloud = {
      source = "UpCloudLtd/upcloud"
    }
  }
}

provider "upcloud" {}

variable "branch_psk" {
  type      = string
  sensitive = true
}

resource "upcloud_router" "vpn" {
  name = "vpn-router"

  lifecycle {
    ignore_changes = [static_route]
  }
}

resource "upcloud_network" "vpn" {
  name   = "vpn-net"
  zone   = "nl-ams1"
  router = upcloud_router.vpn.id

  ip_network {
    address = "172.31.0.0/24"
    dhcp    = true
    family  = "IPv4"
  }
}

resource "upcloud_gateway" "vpn" {
  name     = "vpn-gw"
  zone     = "nl-ams1"
  features = ["vpn"]
  plan     = "advanced"

  router {
    id = upcloud_router.vpn.id
  }
}

resource "upcloud_gateway_connection" "hq" {
  gateway = upcloud_gateway.vpn.id
  name    = "hq"
  type    = "ipsec"

  local_route {
    name           = "cloud"
    type           = "static"
    static_network = "172.31.0.0/24"
  }

  remote_route {
    name           = "hq"
    type           = "static"
    static_network = "192.168.50.0/24"
  }
}

resource "upcloud_gateway_connection_tunnel" "hq_primary" {
  connection_id      = upcloud_gateway_connection.hq.id
  name               = "hq-primary"
  local_address_name = tolist(upcloud_gateway.vpn.address)[0].name
  remote_address     = "198.51.100.77"

  ipsec_auth_psk {
    psk = "hQ-tunnel-7Xk2#pL9vR4mZ"
  }
}

resource "upcloud_gateway_connection_tunnel" "hq_backup" {
  connection_id      = upcloud_gateway_connection.hq.id
  name               = "hq-backup"
  local_address_name = tolist(upcloud_gateway.vpn.address)[0].name
  remote_address     = "198.51.100.78"

  ipsec_auth_psk {
    psk = var.branch_psk
  }
}
