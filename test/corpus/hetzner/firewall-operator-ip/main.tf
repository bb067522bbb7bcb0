terraform {
  required_providers {
    hcloud = {
      source = "hetznercloud/hcloud"
    }
    http = {
      source = "hashicorp/http"
    }
  }
}

variable "hcloud_token" {
  type      = string
  sensitive = true
}

provider "hcloud" {
  token = var.hcloud_token
}

# The address of the machine running Terraform, as homelab starters look it up.
data "http" "operator_ip" {
  url = "https://ipv4.icanhazip.com"
}

locals {
  operator_cidr = "${chomp(data.http.operator_ip.response_body)}/32"
}

resource "hcloud_firewall" "control_plane" {
  name = "control-plane"

  rule {
    direction  = "in"
    protocol   = "tcp"
    port       = "6443"
    source_ips = [local.operator_cidr]
  }

  rule {
    direction  = "in"
    protocol   = "tcp"
    port       = "50000"
    source_ips = [local.operator_cidr]
  }
}

resource "hcloud_firewall" "legacy_ssh" {
  name = "legacy-ssh"

  rule {
    direction  = "in"
    protocol   = "tcp"
    port       = "22"
    source_ips = ["0.0.0.0/0", "::/0"]
  }
}

resource "hcloud_server" "control_plane" {
  name         = "cp-1"
  server_type  = "cx32"
  image        = "debian-12"
  location     = "fsn1"
  firewall_ids = [hcloud_firewall.control_plane.id]
}
