locals {
  ns = kubernetes_namespace.tenants.metadata[0].name
}

# Fully hardened: non-root, no escalation, read-only root, all capabilities dropped, RuntimeDefault seccomp.
resource "kubernetes_deployment" "api" {
  metadata {
    name      = "api"
    namespace = local.ns
  }
  spec {
    replicas = 2
    selector {
      match_labels = { app = "api" }
    }
    template {
      metadata {
        labels = { app = "api" }
      }
      spec {
        automount_service_account_token = false
        security_context {
          run_as_non_root = true
          run_as_user     = 10001
          seccomp_profile {
            type = "RuntimeDefault"
          }
        }
        container {
          name  = "api"
          image = "registry.example.org/api:1.4.2"
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

# Missing hardening only (no seccomp profile, capabilities not dropped): a warning, not an error.
resource "kubernetes_deployment" "worker" {
  metadata {
    name      = "worker"
    namespace = local.ns
  }
  spec {
    replicas = 1
    selector {
      match_labels = { app = "worker" }
    }
    template {
      metadata {
        labels = { app = "worker" }
      }
      spec {
        security_context {
          run_as_non_root = true
          run_as_user     = 10002
        }
        container {
          name  = "worker"
          image = "registry.example.org/worker:2.0.0"
          security_context {
            allow_privilege_escalation = false
          }
        }
      }
    }
  }
}

resource "kubernetes_deployment" "debug_shell" {
  metadata {
    name      = "debug-shell"
    namespace = local.ns
  }
  spec {
    replicas = 1
    selector {
      match_labels = { app = "debug-shell" }
    }
    template {
      metadata {
        labels = { app = "debug-shell" }
      }
      spec {
        container {
          name  = "shell"
          image = "docker.io/library/busybox:1.36"
          security_context {
            privileged = true
          }
        }
      }
    }
  }
}

resource "kubernetes_deployment" "legacy_cms" {
  metadata {
    name      = "legacy-cms"
    namespace = local.ns
  }
  spec {
    replicas = 1
    selector {
      match_labels = { app = "legacy-cms" }
    }
    template {
      metadata {
        labels = { app = "legacy-cms" }
      }
      spec {
        security_context {
          run_as_user = 0
        }
        container {
          name  = "cms"
          image = "registry.example.org/cms:7.1"
        }
      }
    }
  }
}

resource "kubernetes_stateful_set" "queue" {
  metadata {
    name      = "queue"
    namespace = local.ns
  }
  spec {
    service_name = "queue"
    replicas     = 1
    selector {
      match_labels = { app = "queue" }
    }
    template {
      metadata {
        labels = { app = "queue" }
      }
      spec {
        security_context {
          run_as_non_root = true
          run_as_user     = 10003
        }
        container {
          name  = "queue"
          image = "registry.example.org/queue:3.2"
          security_context {
            allow_privilege_escalation = true
          }
        }
      }
    }
  }
}

resource "kubernetes_daemon_set_v1" "node_exporter" {
  metadata {
    name      = "node-exporter"
    namespace = local.ns
  }
  spec {
    selector {
      match_labels = { app = "node-exporter" }
    }
    template {
      metadata {
        labels = { app = "node-exporter" }
      }
      spec {
        host_network = true
        host_pid     = true
        container {
          name  = "exporter"
          image = "quay.io/prometheus/node-exporter:v1.8.2"
          security_context {
            run_as_non_root            = true
            run_as_user                = 65534
            allow_privilege_escalation = false
          }
        }
      }
    }
  }
}

resource "kubernetes_pod_v1" "log_reader" {
  metadata {
    name      = "log-reader"
    namespace = local.ns
  }
  spec {
    security_context {
      run_as_non_root = true
      run_as_user     = 10004
    }
    container {
      name  = "reader"
      image = "registry.example.org/log-reader:0.9"
      security_context {
        allow_privilege_escalation = false
      }
      volume_mount {
        name       = "varlog"
        mount_path = "/host/var/log"
        read_only  = true
      }
    }
    volume {
      name = "varlog"
      host_path {
        path = "/var/log"
      }
    }
  }
}
