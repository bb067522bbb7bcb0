terraform {
  required_providers {
    upcloud = {
      source = "UpCloudLtd/upcloud"
    }
  }
}

provider "upcloud" {}

variable "tunnel_psk" {
  type      = string
  sensitive = true
}

resource "upcloud_router" "vpn" {
  name = "vpn"
}

resource "upcloud_network" "vpn" {
  name   = "vpn"
  zone   = "fi-hel1"
  router = upcloud_router.vpn.id

  ip_network {
    address = "10.20.0.0/24"
    dhcp    = true
    family  = "IPv4"
  }
}

resource "upcloud_gateway" "vpn" {
  name     = "vpn"
  zone     = "fi-hel1"
  features = ["vpn"]
  plan     = "production"

  router {
    id = upcloud_router.vpn.id
  }
}

resource "upcloud_gateway_connection" "office" {
  gateway = upcloud_gateway.vpn.id
  name    = "office"
  type    = "ipsec"

  local_route {
    name           = "cloud"
    type           = "static"
    static_network = "10.20.0.0/24"
  }

  remote_route {
    name           = "office"
    type           = "static"
    static_network = "10.60.0.0/16"
  }
}

# Groups 2 and 14 kept "for compatibility" next to a strong one: the weak ones can still be negotiated.
resource "upcloud_gateway_connection_tunnel" "office_primary" {
  connection_id      = upcloud_gateway_connection.office.id
  name               = "office-primary"
  local_address_name = tolist(upcloud_gateway.vpn.address).0.name
  remote_address     = "198.51.100.60"

  ipsec_auth_psk {
    psk = var.tunnel_psk
  }

  ipsec_properties {
    phase1_algorithms           = ["aes256"]
    phase1_integrity_algorithms = ["sha256"]
    phase1_dh_group_numbers     = [2, 14, 20]
    phase2_algorithms           = ["aes256"]
    phase2_integrity_algorithms = ["sha256"]
    phase2_dh_group_numbers     = [20]
  }
}

resource "upcloud_gateway_connection_tunnel" "office_backup" {
  connection_id      = upcloud_gateway_connection.office.id
  name               = "office-backup"
  local_address_name = tolist(upcloud_gateway.vpn.address).0.name
  remote_address     = "198.51.100.61"

  ipsec_auth_psk {
    psk = var.tunnel_psk
  }

  ipsec_properties {
    phase1_algorithms           = ["aes256gcm16"]
    phase1_integrity_algorithms = ["sha384"]
    phase1_dh_group_numbers     = [20]
    phase2_algorithms           = ["aes256gcm16"]
    phase2_integrity_algorithms = ["sha384"]
    phase2_dh_group_numbers     = [20]
  }
}
