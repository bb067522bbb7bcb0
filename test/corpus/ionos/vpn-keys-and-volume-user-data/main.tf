terraform {
  required_providers {
    ionoscloud = {
      source = "ionos-cloud/ionoscloud"
    }
  }
}

provider "ionoscloud" {}

variable "branch_psk" {
  description = "Pre-shared key of the branch tunnel, passed in from the secret store."
  type        = string
  sensitive   = true
}

resource "ionoscloud_datacenter" "vpn" {
  name     = "vpn"
  location = "de/fra"
}

resource "ionoscloud_lan" "vpn" {
  name          = "vpn-lan"
  public        = false
  datacenter_id = ionoscloud_datacenter.vpn.id
}

resource "ionoscloud_ipblock" "vpn" {
  name     = "vpn-ip"
  location = "de/fra"
  size     = 1
}

resource "ionoscloud_vpn_ipsec_gateway" "vpn" {
  name       = "office-gateway"
  location   = "de/fra"
  gateway_ip = ionoscloud_ipblock.vpn.ips[0]
  version    = "IKEv2"

  connections {
    datacenter_id = ionoscloud_datacenter.vpn.id
    lan_id        = ionoscloud_lan.vpn.id
    ipv4_cidr     = "192.168.40.10/24"
  }
}

# The pre-shared key is written into the configuration.
resource "ionoscloud_vpn_ipsec_tunnel" "office" {
  location    = "de/fra"
  gateway_id  = ionoscloud_vpn_ipsec_gateway.vpn.id
  name        = "office"
  remote_host = "vpn.office.example.org"

  auth {
    method  = "PSK"
    psk_key = "Qm7xT2vL9pR4wZ8kN3cF6hJ1"
  }

  ike {
    diffie_hellman_group = "20-ECP384"
    encryption_algorithm = "AES256-GCM-16"
    integrity_algorithm  = "SHA384"
  }

  esp {
    diffie_hellman_group = "20-ECP384"
    encryption_algorithm = "AES256-GCM-16"
    integrity_algorithm  = "SHA384"
  }

  cloud_network_cidrs = ["192.168.40.0/24"]
  peer_network_cidrs  = ["10.10.0.0/16"]
}

# The key comes from a sensitive variable without default.
resource "ionoscloud_vpn_ipsec_tunnel" "branch" {
  location    = "de/fra"
  gateway_id  = ionoscloud_vpn_ipsec_gateway.vpn.id
  name        = "branch"
  remote_host = "vpn.branch.example.org"

  auth {
    method  = "PSK"
    psk_key = var.branch_psk
  }

  ike {
    diffie_hellman_group = "20-ECP384"
    encryption_algorithm = "AES256-GCM-16"
    integrity_algorithm  = "SHA384"
  }

  esp {
    diffie_hellman_group = "20-ECP384"
    encryption_algorithm = "AES256-GCM-16"
    integrity_algorithm  = "SHA384"
  }

  cloud_network_cidrs = ["192.168.40.0/24"]
  peer_network_cidrs  = ["10.20.0.0/16"]
}

# A WireGuard gateway whose private key is pasted in.
resource "ionoscloud_vpn_wireguard_gateway" "remote" {
  name                = "remote-access"
  location            = "de/fra"
  private_key         = "eH3kQ9mV2xL7pT4wR8zN1cB6fJ0sD5gA2yU9iO3nM4k="
  gateway_ip          = ionoscloud_ipblock.vpn.ips[0]
  interface_ipv4_cidr = "192.168.41.1/24"

  connections {
    datacenter_id = ionoscloud_datacenter.vpn.id
    lan_id        = ionoscloud_lan.vpn.id
    ipv4_cidr     = "192.168.40.11/24"
  }
}

# cloud-init handed to the volume base64-encoded, as the provider requires, with a root password in it.
resource "ionoscloud_volume" "bastion" {
  datacenter_id = ionoscloud_datacenter.vpn.id
  name          = "bastion-boot"
  size          = 20
  disk_type     = "SSD Standard"
  image_name    = "ubuntu:latest"
  licence_type  = "LINUX"
  user_data = base64encode(<<-EOT
    #cloud-config
    chpasswd:
      expire: false
      users:
        - name: root
          password: Bast10n-R00t-2024
          type: text
  EOT
  )
}
