terraform {
  required_providers {
    upcloud = {
      source = "UpCloudLtd/upcloud"
    }
    kubernetes = {
      source = "hashicorp/kubernetes"
    }
    local = {
      source = "hashicorp/local"
    }
  }
}

provider "upcloud" {}

resource "upcloud_router" "k8s" {
  name = "k8s"
}

resource "upcloud_network" "k8s" {
  name   = "k8s-nodes"
  zone   = "de-fra1"
  router = upcloud_router.k8s.id

  ip_network {
    address = "172.24.1.0/24"
    dhcp    = true
    family  = "IPv4"
  }
}

resource "upcloud_kubernetes_cluster" "apps" {
  name                    = "apps"
  network                 = upcloud_network.k8s.id
  zone                    = "de-fra1"
  control_plane_ip_filter = ["198.51.100.0/24"]
  storage_encryption      = "data-at-rest"
}

data "upcloud_kubernetes_cluster" "apps" {
  id = upcloud_kubernetes_cluster.apps.id
}

# The kubeconfig of the cluster above, written to a file the kubernetes provider reads.
resource "local_sensitive_file" "kubeconfig" {
  filename        = "${path.module}/.kubeconfig.yml"
  content         = data.upcloud_kubernetes_cluster.apps.kubeconfig
  file_permission = "0600"
}

provider "kubernetes" {
  config_path = local_sensitive_file.kubeconfig.filename
}
