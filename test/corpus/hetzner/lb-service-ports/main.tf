terraform {
  required_providers {
    hcloud = {
      source = "hetznercloud/hcloud"
    }
  }
}

provider "hcloud" {}

resource "hcloud_network" "private" {
  name     = "private"
  ip_range = "10.20.0.0/16"
}

resource "hcloud_load_balancer" "public" {
  name               = "public"
  load_balancer_type = "lb11"
  location           = "nbg1"
}

# PostgreSQL of the servers behind it, on the load balancer's public IPv4.
resource "hcloud_load_balancer_service" "postgres" {
  load_balancer_id = hcloud_load_balancer.public.id
  protocol         = "tcp"
  listen_port      = 5432
  destination_port = 5432
}

resource "hcloud_load_balancer_service" "https" {
  load_balancer_id = hcloud_load_balancer.public.id
  protocol         = "https"
  http {
    certificates  = [hcloud_managed_certificate.shop.id]
    redirect_http = true
  }
}

resource "hcloud_managed_certificate" "shop" {
  name         = "shop"
  domain_names = ["shop.example.eu"]
}

# An internal load balancer: its public interface is switched off.
resource "hcloud_load_balancer" "internal" {
  name               = "internal"
  load_balancer_type = "lb11"
  location           = "nbg1"
}

resource "hcloud_load_balancer_network" "internal" {
  load_balancer_id        = hcloud_load_balancer.internal.id
  network_id              = hcloud_network.private.id
  enable_public_interface = false
}

resource "hcloud_load_balancer_service" "internal_ssh" {
  load_balancer_id = hcloud_load_balancer.internal.id
  protocol         = "tcp"
  listen_port      = 22
  destination_port = 22
}
