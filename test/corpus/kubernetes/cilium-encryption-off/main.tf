terraform {
  required_providers {
    scaleway = {
      source = "scaleway/scaleway"
    }
    helm = {
      source = "hashicorp/helm"
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
  cni                         = "none"
  private_network_id          = scaleway_vpc_private_network.k8s.id
  delete_additional_resources = true
}

provider "helm" {
  kubernetes {
    host                   = scaleway_k8s_cluster.apps.kubeconfig[0].host
    token                  = scaleway_k8s_cluster.apps.kubeconfig[0].token
    cluster_ca_certificate = base64decode(scaleway_k8s_cluster.apps.kubeconfig[0].cluster_ca_certificate)
  }
}

# Encryption switched off while debugging MTU problems, and never switched back on.
resource "helm_release" "cilium" {
  name       = "cilium"
  repository = "https://helm.cilium.io/"
  chart      = "cilium"
  version    = "1.20.2"
  namespace  = "kube-system"

  set {
    name  = "encryption.enabled"
    value = "false"
  }

  set {
    name  = "ipam.mode"
    value = "kubernetes"
  }
}

# WireGuard transparent encryption between nodes, written as chart values.
resource "helm_release" "cilium_wireguard" {
  name       = "cilium-wg"
  repository = "https://helm.cilium.io/"
  chart      = "cilium"
  version    = "1.20.2"
  namespace  = "kube-system"

  values = [<<-EOT
    ipam:
      mode: kubernetes
    encryption:
      enabled: true
      type: wireguard
      nodeEncryption: true
    EOT
  ]
}
