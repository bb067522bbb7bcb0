terraform {
  required_providers {
    scaleway = {
      source = "scaleway/scaleway"
    }
    kubernetes = {
      source = "hashicorp/kubernetes"
    }
  }
}

provider "scaleway" {
  region = "nl-ams"
  zone   = "nl-ams-1"
}

resource "scaleway_vpc_private_network" "k8s" {
  name = "k8s"
}

resource "scaleway_k8s_cluster" "platform" {
  name                        = "platform"
  version                     = "1.31"
  cni                         = "calico"
  private_network_id          = scaleway_vpc_private_network.k8s.id
  delete_additional_resources = false
}

provider "kubernetes" {
  host                   = scaleway_k8s_cluster.platform.kubeconfig[0].host
  token                  = scaleway_k8s_cluster.platform.kubeconfig[0].token
  cluster_ca_certificate = base64decode(scaleway_k8s_cluster.platform.kubeconfig[0].cluster_ca_certificate)
}
