# A reusable module mounting a CLI credentials file from an existing Secret: the variables name
# the Secret and the key inside it; the credentials themselves never appear here.
terraform {
  required_providers {
    kubernetes = {
      source = "hashicorp/kubernetes"
    }
  }
}

variable "credentials_secret_name" {
  type    = string
  default = "sync-agent-rc"
}

variable "credentials_secret_key" {
  type        = string
  description = "Key of the Secret entry that holds the CLI configuration file"
  default     = "cli-config"
}

variable "token_secret_key" {
  type    = string
  default = "api-token"
}

resource "kubernetes_namespace_v1" "sync" {
  metadata {
    name = "sync-agent"
    labels = {
      "pod-security.kubernetes.io/enforce" = "restricted"
    }
  }
}

resource "kubernetes_network_policy_v1" "sync_default_deny" {
  metadata {
    name      = "default-deny"
    namespace = kubernetes_namespace_v1.sync.metadata[0].name
  }
  spec {
    pod_selector {}
    policy_types = ["Ingress", "Egress"]
  }
}

resource "kubernetes_deployment_v1" "sync_agent" {
  metadata {
    name      = "sync-agent"
    namespace = kubernetes_namespace_v1.sync.metadata[0].name
  }
  spec {
    replicas = 1
    selector {
      match_labels = { app = "sync-agent" }
    }
    template {
      metadata {
        labels = { app = "sync-agent" }
      }
      spec {
        security_context {
          run_as_non_root = true
          run_as_user     = 10001
          seccomp_profile {
            type = "RuntimeDefault"
          }
        }
        container {
          name  = "agent"
          image = "registry.example.eu/sync-agent:2.4.1"
          env {
            name = "API_TOKEN"
            value_from {
              secret_key_ref {
                name = var.credentials_secret_name
                key  = var.token_secret_key
              }
            }
          }
          volume_mount {
            name       = "cli-config"
            mount_path = "/home/agent/.config"
            read_only  = true
          }
          security_context {
            allow_privilege_escalation = false
            read_only_root_filesystem  = true
            capabilities {
              drop = ["ALL"]
            }
          }
        }
        volume {
          name = "cli-config"
          secret {
            secret_name = var.credentials_secret_name
            items {
              key  = var.credentials_secret_key
              path = "cli.conf"
            }
          }
        }
      }
    }
  }
}
