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
  region = "fr-par"
  zone   = "fr-par-1"
}

resource "scaleway_vpc_private_network" "k8s" {
  name = "k8s"
}

resource "scaleway_k8s_cluster" "apps" {
  name                        = "apps"
  version                     = "1.31"
  cni                         = "cilium"
  private_network_id          = scaleway_vpc_private_network.k8s.id
  delete_additional_resources = false
}

provider "kubernetes" {
  host                   = scaleway_k8s_cluster.apps.kubeconfig[0].host
  token                  = scaleway_k8s_cluster.apps.kubeconfig[0].token
  cluster_ca_certificate = base64decode(scaleway_k8s_cluster.apps.kubeconfig[0].cluster_ca_certificate)
}

resource "kubernetes_namespace" "tenants" {
  metadata {
    name = "tenants"
  }
}

resource "kubernetes_network_policy" "tenants_default_deny" {
  metadata {
    name      = "default-deny"
    namespace = kubernetes_namespace.tenants.metadata[0].name
  }

  spec {
    pod_selector {}
    policy_types = ["Ingress", "Egress"]
  }
}
