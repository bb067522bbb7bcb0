terraform {
  required_providers {
    upcloud = {
      source = "UpCloudLtd/upcloud"
    }
  }
}

# Defaults that ask for the real value: nothing secret is written here.
variable "upcloud_username" {
  type    = string
  default = "api_username_here"
}

variable "upcloud_password" {
  type      = string
  sensitive = true
  default   = "api_password_value_here"
}

provider "upcloud" {
  username = var.upcloud_username
  password = var.upcloud_password
}

# Copied from documentation with the PEM bodies cut short: no working key is disclosed.
resource "upcloud_loadbalancer_manual_certificate_bundle" "docs" {
  name        = "portal-cert"
  certificate = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0t..."
  private_key = "LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0t..."
}

resource "upcloud_router" "office" {
  name = "office-router"
}

resource "upcloud_network" "office" {
  name   = "office-net"
  zone   = "de-fra1"
  router = upcloud_router.office.id

  ip_network {
    address = "10.40.0.0/24"
    dhcp    = true
    family  = "IPv4"
  }
}

resource "upcloud_gateway" "office" {
  name     = "office-gw"
  zone     = "de-fra1"
  features = ["vpn"]

  router {
    id = upcloud_router.office.id
  }
}

resource "upcloud_gateway_connection" "office" {
  gateway = upcloud_gateway.office.id
  name    = "office"
  type    = "ipsec"
}

# The pre-shared key asks to be replaced.
resource "upcloud_gateway_connection_tunnel" "branch_a" {
  connection_id      = upcloud_gateway_connection.office.id
  name               = "branch-a"
  local_address_name = "public-ip-1"
  remote_address     = "198.51.100.21"

  ipsec_auth_psk {
    psk = "put_the_branch_psk_here"
  }
}

# A real pre-shared key written into the configuration.
resource "upcloud_gateway_connection_tunnel" "branch_b" {
  connection_id      = upcloud_gateway_connection.office.id
  name               = "branch-b"
  local_address_name = "public-ip-1"
  remote_address     = "198.51.100.22"

  ipsec_auth_psk {
    psk = "q9Lr-7vTz2Kx!mW4pB8n"
  }
}
