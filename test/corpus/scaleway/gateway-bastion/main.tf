terraform {
  required_providers {
    scaleway = {
      source = "scaleway/scaleway"
    }
  }
}

provider "scaleway" {
  zone   = "pl-waw-1"
  region = "pl-waw"
}

resource "scaleway_vpc" "lab" {
  name = "lab"
}

resource "scaleway_vpc_private_network" "lab" {
  name   = "lab"
  vpc_id = scaleway_vpc.lab.id
}

resource "scaleway_vpc_public_gateway_ip" "lab" {}

# SSH bastion switched on, no allowed ranges: the gateway keeps 0.0.0.0/0.
resource "scaleway_vpc_public_gateway" "lab" {
  name            = "lab-gw"
  type            = "VPC-GW-S"
  ip_id           = scaleway_vpc_public_gateway_ip.lab.id
  bastion_enabled = true
  bastion_port    = 61000
}

resource "scaleway_vpc_gateway_network" "lab" {
  gateway_id         = scaleway_vpc_public_gateway.lab.id
  private_network_id = scaleway_vpc_private_network.lab.id
  enable_masquerade  = true
  ipam_config {
    push_default_route = true
  }
}

resource "scaleway_vpc_private_network" "ops" {
  name = "ops"
}

# Bastion restricted to the office range.
resource "scaleway_vpc_public_gateway" "ops" {
  name              = "ops-gw"
  type              = "VPC-GW-S"
  bastion_enabled   = true
  allowed_ip_ranges = ["198.51.100.32/28"]
}

resource "scaleway_vpc_gateway_network" "ops" {
  gateway_id         = scaleway_vpc_public_gateway.ops.id
  private_network_id = scaleway_vpc_private_network.ops.id
  ipam_config {
    push_default_route = true
  }
}

# NAT only: no bastion.
resource "scaleway_vpc_public_gateway" "egress" {
  name = "egress-gw"
  type = "VPC-GW-S"
}
