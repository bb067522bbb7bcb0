terraform {
  required_providers {
    kubernetes = {
      source = "hashicorp/kubernetes"
    }
    helm = {
      source = "hashicorp/helm"
    }
  }
}

# The cluster is not part of this configuration: its location is unknown, and this block is where to fix that.
provider "kubernetes" {
  config_path    = "~/.kube/config"
  config_context = "prod"
}

resource "kubernetes_namespace_v1" "shop" {
  metadata {
    name = "shop"
  }
}

resource "kubernetes_network_policy_v1" "shop_default_deny" {
  metadata {
    name      = "default-deny"
    namespace = kubernetes_namespace_v1.shop.metadata[0].name
  }
  spec {
    pod_selector {}
    policy_types = ["Ingress", "Egress"]
  }
}

resource "kubernetes_config_map_v1" "shop_settings" {
  metadata {
    name      = "settings"
    namespace = kubernetes_namespace_v1.shop.metadata[0].name
  }
  data = {
    FEATURE_FLAGS = "checkout-v2,search-v3"
    LOG_LEVEL     = "info"
  }
}

resource "kubernetes_service_v1" "shop" {
  metadata {
    name      = "shop"
    namespace = kubernetes_namespace_v1.shop.metadata[0].name
  }
  spec {
    selector = { app = "shop" }
    port {
      port        = 8080
      target_port = 8080
    }
    type = "ClusterIP"
  }
}

resource "kubernetes_deployment_v1" "shop" {
  metadata {
    name      = "shop"
    namespace = kubernetes_namespace_v1.shop.metadata[0].name
  }
  spec {
    replicas = 2
    selector {
      match_labels = { app = "shop" }
    }
    template {
      metadata {
        labels = { app = "shop" }
      }
      spec {
        security_context {
          run_as_non_root = true
          run_as_user     = 10010
          seccomp_profile {
            type = "RuntimeDefault"
          }
        }
        container {
          name  = "shop"
          image = "registry.example.org/shop:5.0.1"
          security_context {
            allow_privilege_escalation = false
            read_only_root_filesystem  = true
            capabilities {
              drop = ["ALL"]
            }
          }
        }
      }
    }
  }
}

provider "helm" {
  kubernetes {
    config_path    = "~/.kube/config"
    config_context = "prod"
  }
}

resource "helm_release" "ingress" {
  name             = "ingress-nginx"
  repository       = "https://kubernetes.github.io/ingress-nginx"
  chart            = "ingress-nginx"
  version          = "4.11.3"
  namespace        = "ingress"
  create_namespace = true
}
