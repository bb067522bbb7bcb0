terraform {
  required_providers {
    upcloud = {
      source = "UpCloudLtd/upcloud"
    }
  }
}

provider "upcloud" {}

# Node groups refer to their clusters with the optional resource. prefix, as the
# provider's own acceptance tests write it.

resource "upcloud_router" "apps" {
  name = "apps-router"
}

resource "upcloud_network" "apps" {
  name   = "apps-nodes"
  zone   = "nl-ams1"
  router = resource.upcloud_router.apps.id

  ip_network {
    address            = "10.42.0.0/24"
    dhcp               = true
    family             = "IPv4"
    dhcp_default_route = true
  }
}

resource "upcloud_kubernetes_cluster" "apps" {
  name                    = "apps"
  zone                    = "nl-ams1"
  network                 = resource.upcloud_network.apps.id
  storage_encryption      = "data-at-rest"
  private_node_groups     = true
  control_plane_ip_filter = ["198.51.100.0/24"]
}

resource "upcloud_kubernetes_node_group" "apps_workers" {
  cluster    = resource.upcloud_kubernetes_cluster.apps.id
  name       = "workers"
  node_count = 3
  plan       = "K8S-2xCPU-4GB"
}

resource "upcloud_network" "reports" {
  name = "reports-nodes"
  zone = "us-sjo1"

  ip_network {
    address = "10.43.0.0/24"
    dhcp    = true
    family  = "IPv4"
  }
}

resource "upcloud_kubernetes_cluster" "reports" {
  name                    = "reports"
  zone                    = "us-sjo1"
  network                 = resource.upcloud_network.reports.id
  storage_encryption      = "data-at-rest"
  control_plane_ip_filter = ["198.51.100.0/24"]
}

resource "upcloud_kubernetes_node_group" "reports_workers" {
  cluster    = resource.upcloud_kubernetes_cluster.reports.id
  name       = "workers"
  node_count = 2
  plan       = "K8S-2xCPU-4GB"
}
