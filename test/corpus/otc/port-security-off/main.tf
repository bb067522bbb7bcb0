terraform {
  required_providers {
    opentelekomcloud = {
      source = "opentelekomcloud/opentelekomcloud"
    }
  }
}

provider "opentelekomcloud" {
  auth_url    = "https://iam.eu-de.otc.t-systems.com/v3"
  region      = "eu-de"
  domain_name = var.domain_name
  tenant_name = "eu-de_tools"
}

variable "domain_name" {
  type = string
}

resource "opentelekomcloud_vpc_v1" "tools" {
  name = "tools"
  cidr = "10.40.0.0/16"
}

resource "opentelekomcloud_vpc_subnet_v1" "tools" {
  name       = "tools"
  cidr       = "10.40.1.0/24"
  gateway_ip = "10.40.1.1"
  vpc_id     = opentelekomcloud_vpc_v1.tools.id
}

# Port security switched off "to make the VPN appliance work", then given a floating IP.
resource "opentelekomcloud_networking_port_v2" "appliance" {
  name                  = "appliance"
  network_id            = opentelekomcloud_vpc_subnet_v1.tools.id
  admin_state_up        = true
  port_security_enabled = false
}

resource "opentelekomcloud_networking_floatingip_associate_v2" "appliance" {
  floating_ip = "80.158.10.20"
  port_id     = opentelekomcloud_networking_port_v2.appliance.id
}

# Same switch on a port that only lives inside the VPC.
resource "opentelekomcloud_networking_port_v2" "replication" {
  name                  = "replication"
  network_id            = opentelekomcloud_vpc_subnet_v1.tools.id
  admin_state_up        = true
  port_security_enabled = false
}
