terraform {
  required_providers {
    hcloud = {
      source = "hetznercloud/hcloud"
    }
  }
}

provider "hcloud" {}

resource "hcloud_network" "main" {
  name     = "main"
  ip_range = "10.40.0.0/16"
}

# Subnets in the EU and in the US network zones.
resource "hcloud_network_subnet" "eu" {
  network_id   = hcloud_network.main.id
  type         = "cloud"
  network_zone = "eu-central"
  ip_range     = "10.40.1.0/24"
}

resource "hcloud_network_subnet" "us" {
  network_id   = hcloud_network.main.id
  type         = "cloud"
  network_zone = "us-west"
  ip_range     = "10.40.2.0/24"
}

# A load balancer placed only by its network zone: us-east is Ashburn.
resource "hcloud_load_balancer" "us" {
  name               = "edge-us"
  load_balancer_type = "lb11"
  network_zone       = "us-east"
}

resource "hcloud_load_balancer" "eu" {
  name               = "edge-eu"
  load_balancer_type = "lb11"
  location           = "nbg1"
}
