terraform {
  required_providers {
    stackit = {
      source = "stackitcloud/stackit"
    }
    kubernetes = {
      source = "hashicorp/kubernetes"
    }
    random = {
      source = "hashicorp/random"
    }
  }
}

provider "stackit" {
  default_region = "eu01"
}

resource "stackit_ske_cluster" "main" {
  project_id             = "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c"
  name                   = "main"
  kubernetes_version_min = "1.31"
  node_pools = [{
    name               = "default"
    machine_type       = "c2i.4"
    minimum            = 2
    maximum            = 4
    availability_zones = ["eu01-1", "eu01-2"]
  }]
}

resource "stackit_ske_kubeconfig" "main" {
  project_id   = stackit_ske_cluster.main.project_id
  cluster_name = stackit_ske_cluster.main.name
  refresh      = true
}

locals {
  kubeconfig = yamldecode(stackit_ske_kubeconfig.main.kube_config)
}

provider "kubernetes" {
  host                   = local.kubeconfig.clusters[0].cluster.server
  cluster_ca_certificate = base64decode(local.kubeconfig.clusters[0].cluster["certificate-authority-data"])
  client_certificate     = base64decode(local.kubeconfig.users[0].user["client-certificate-data"])
  client_key             = base64decode(local.kubeconfig.users[0].user["client-key-data"])
}

resource "random_password" "api_db" {
  length  = 32
  special = false
}

resource "kubernetes_namespace_v1" "crm" {
  metadata {
    name = "crm"
  }
}

resource "kubernetes_network_policy_v1" "crm_default_deny" {
  metadata {
    name      = "default-deny"
    namespace = kubernetes_namespace_v1.crm.metadata[0].name
  }
  spec {
    pod_selector {}
    policy_types = ["Ingress", "Egress"]
  }
}

# A literal password in a Secret.
resource "kubernetes_secret_v1" "crm_db_literal" {
  metadata {
    name      = "crm-db-admin"
    namespace = kubernetes_namespace_v1.crm.metadata[0].name
  }
  data = {
    username = "crm_admin"
    password = "Sup3r-Crm-Adm1n!"
  }
}

# Generated password: nothing secret is written in the configuration.
resource "kubernetes_secret_v1" "crm_db_generated" {
  metadata {
    name      = "crm-db-app"
    namespace = kubernetes_namespace_v1.crm.metadata[0].name
  }
  data = {
    username = "crm_app"
    password = random_password.api_db.result
  }
}

# Only connection coordinates, no credentials: a Secret holding non-secret values.
resource "kubernetes_secret_v1" "crm_s3_location" {
  metadata {
    name      = "crm-s3-location"
    namespace = kubernetes_namespace_v1.crm.metadata[0].name
  }
  data = {
    ENDPOINT = "https://object.storage.eu01.onstackit.cloud"
    REGION   = "eu01"
    BUCKET   = "crm-attachments"
  }
}

# A password inside a connection string in a ConfigMap.
resource "kubernetes_config_map_v1" "crm_settings" {
  metadata {
    name      = "crm-settings"
    namespace = kubernetes_namespace_v1.crm.metadata[0].name
  }
  data = {
    DATABASE_URL = "postgresql://crm_app:q7Vx2mLp9RtZ@crm-db.crm.svc:5432/crm?sslmode=require"
    CACHE_TTL    = "300"
  }
}

resource "kubernetes_config_map_v1" "crm_features" {
  metadata {
    name      = "crm-features"
    namespace = kubernetes_namespace_v1.crm.metadata[0].name
  }
  data = {
    DATABASE_HOST   = "crm-db.crm.svc"
    PASSWORD_POLICY = "min-length=12"
    RESET_PASSWORD  = "reset"
  }
}

resource "kubernetes_deployment_v1" "crm" {
  metadata {
    name      = "crm"
    namespace = kubernetes_namespace_v1.crm.metadata[0].name
  }
  spec {
    replicas = 2
    selector {
      match_labels = { app = "crm" }
    }
    template {
      metadata {
        labels = { app = "crm" }
      }
      spec {
        security_context {
          run_as_non_root = true
          run_as_user     = 10030
          seccomp_profile {
            type = "RuntimeDefault"
          }
        }
        container {
          name  = "crm"
          image = "registry.example.org/crm:3.3.0"
          security_context {
            allow_privilege_escalation = false
            read_only_root_filesystem  = true
            capabilities {
              drop = ["ALL"]
            }
          }
          env {
            name = "DB_PASSWORD"
            value_from {
              secret_key_ref {
                name = kubernetes_secret_v1.crm_db_generated.metadata[0].name
                key  = "password"
              }
            }
          }
          env {
            name  = "SMTP_PASSWORD"
            value = "m4il-Rel4y-Pw-2024"
          }
        }
        volume {
          name = "db-credentials"
          secret {
            secret_name = kubernetes_secret_v1.crm_db_generated.metadata[0].name
            items {
              key  = "password"
              path = "db-password"
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_deployment_v1" "crm_worker" {
  metadata {
    name      = "crm-worker"
    namespace = kubernetes_namespace_v1.crm.metadata[0].name
  }
  spec {
    replicas = 1
    selector {
      match_labels = { app = "crm-worker" }
    }
    template {
      metadata {
        labels = { app = "crm-worker" }
      }
      spec {
        security_context {
          run_as_non_root = true
          run_as_user     = 10031
          seccomp_profile {
            type = "RuntimeDefault"
          }
        }
        container {
          name  = "worker"
          image = "registry.example.org/crm-worker:3.3.0"
          security_context {
            allow_privilege_escalation = false
            read_only_root_filesystem  = true
            capabilities {
              drop = ["ALL"]
            }
          }
          env_from {
            secret_ref {
              name = kubernetes_secret_v1.crm_db_generated.metadata[0].name
            }
          }
          volume_mount {
            name       = "db-credentials"
            mount_path = "/run/secrets/db"
            read_only  = true
          }
        }
        volume {
          name = "db-credentials"
          secret {
            secret_name = kubernetes_secret_v1.crm_db_generated.metadata[0].name
            items {
              key  = "password"
              path = "db-password"
            }
          }
        }
      }
    }
  }
}
