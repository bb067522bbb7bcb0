terraform {
  required_providers {
    scaleway = {
      source = "scaleway/scaleway"
    }
  }
}

provider "scaleway" {
  region = "fr-par"
  zone   = "fr-par-1"
}

# A security group copied from a quick start: everything not matched is accepted.
resource "scaleway_instance_security_group" "quickstart" {
  name                    = "quickstart"
  inbound_default_policy  = "accept"
  outbound_default_policy = "accept"

  inbound_rule {
    action   = "accept"
    port     = 443
    ip_range = "0.0.0.0/0"
  }
}

resource "scaleway_instance_security_group" "web" {
  name                    = "web"
  inbound_default_policy  = "drop"
  outbound_default_policy = "accept"

  inbound_rule {
    action   = "accept"
    port     = 443
    ip_range = "0.0.0.0/0"
  }
}

resource "scaleway_vpc" "main" {
  name = "main"
}

resource "scaleway_vpc_private_network" "apps" {
  name   = "apps"
  vpc_id = scaleway_vpc.main.id

  ipv4_subnet {
    subnet = "10.10.0.0/24"
  }
}

resource "scaleway_s2s_vpn_gateway" "hq" {
  name               = "hq"
  gateway_type       = "VGW-S"
  private_network_id = scaleway_vpc_private_network.apps.id
}

resource "scaleway_s2s_vpn_customer_gateway" "hq" {
  name        = "hq-office"
  ipv4_public = "198.51.100.40"
  asn         = 65010
}

resource "scaleway_s2s_vpn_routing_policy" "hq" {
  name              = "hq"
  prefix_filter_in  = ["10.50.0.0/16"]
  prefix_filter_out = ["10.10.0.0/24"]
}

# Interoperability with an old office router: 2048-bit MODP and SHA-1 in phase 1.
resource "scaleway_s2s_vpn_connection" "legacy_office" {
  name                = "legacy-office"
  vpn_gateway_id      = scaleway_s2s_vpn_gateway.hq.id
  customer_gateway_id = scaleway_s2s_vpn_customer_gateway.hq.id
  initiation_policy   = "customer_gateway"

  ikev2_ciphers {
    encryption = "aes256"
    integrity  = "sha1"
    dh_group   = "modp2048"
  }

  esp_ciphers {
    encryption = "aes256gcm"
    dh_group   = "ecp384"
  }

  bgp_config_ipv4 {
    routing_policy_id = scaleway_s2s_vpn_routing_policy.hq.id
  }
}

resource "scaleway_s2s_vpn_connection" "office" {
  name                = "office"
  vpn_gateway_id      = scaleway_s2s_vpn_gateway.hq.id
  customer_gateway_id = scaleway_s2s_vpn_customer_gateway.hq.id
  initiation_policy   = "customer_gateway"

  ikev2_ciphers {
    encryption = "aes256gcm"
    integrity  = "sha384"
    dh_group   = "ecp384"
  }

  esp_ciphers {
    encryption = "aes256gcm"
    dh_group   = "ecp384"
  }

  bgp_config_ipv4 {
    routing_policy_id = scaleway_s2s_vpn_routing_policy.hq.id
  }
}
