resource "kubernetes_namespace_v1" "payments" {
  metadata {
    name = "payments"
    labels = {
      "pod-security.kubernetes.io/enforce" = "restricted"
    }
  }
}

# Selects every pod, denies both directions, then allows DNS and the payment gateway.
resource "kubernetes_network_policy_v1" "payments_default" {
  metadata {
    name      = "default-deny-with-dns"
    namespace = kubernetes_namespace_v1.payments.metadata[0].name
  }

  spec {
    pod_selector {}
    policy_types = ["Ingress", "Egress"]

    egress {
      to {
        namespace_selector {
          match_labels = {
            "kubernetes.io/metadata.name" = "kube-system"
          }
        }
        pod_selector {
          match_labels = {
            "k8s-app" = "kube-dns"
          }
        }
      }
      ports {
        port     = "53"
        protocol = "UDP"
      }
      ports {
        port     = "53"
        protocol = "TCP"
      }
    }

    egress {
      to {
        ip_block {
          cidr = "203.0.113.64/28"
        }
      }
      ports {
        port     = "443"
        protocol = "TCP"
      }
    }
  }
}

resource "kubernetes_namespace_v1" "reports" {
  metadata {
    name = "reports"
    labels = {
      "pod-security.kubernetes.io/enforce" = "restricted"
    }
  }
}

# Only ingress is denied; egress stays open.
resource "kubernetes_network_policy_v1" "reports_ingress_only" {
  metadata {
    name      = "deny-ingress"
    namespace = kubernetes_namespace_v1.reports.metadata[0].name
  }

  spec {
    pod_selector {}
    policy_types = ["Ingress"]
  }
}

resource "kubernetes_namespace_v1" "batch" {
  metadata {
    name = "batch"
    labels = {
      "pod-security.kubernetes.io/enforce" = "restricted"
    }
  }
}

# Denies traffic for the pods labelled app=importer only; the other pods of the namespace are unrestricted.
resource "kubernetes_network_policy_v1" "batch_importer" {
  metadata {
    name      = "importer-isolation"
    namespace = kubernetes_namespace_v1.batch.metadata[0].name
  }

  spec {
    pod_selector {
      match_labels = {
        app = "importer"
      }
    }
    policy_types = ["Ingress", "Egress"]
  }
}

resource "kubernetes_namespace_v1" "web" {
  metadata {
    name = "web"
    labels = {
      "pod-security.kubernetes.io/enforce" = "restricted"
    }
  }
}

# Two policies that together deny everything: one for ingress, one for egress (egress rules allow DNS).
resource "kubernetes_network_policy_v1" "web_deny_ingress" {
  metadata {
    name      = "deny-all-ingress"
    namespace = kubernetes_namespace_v1.web.metadata[0].name
  }

  spec {
    pod_selector {}
    policy_types = ["Ingress"]
  }
}

resource "kubernetes_network_policy_v1" "web_deny_egress" {
  metadata {
    name      = "deny-egress-except-dns"
    namespace = kubernetes_namespace_v1.web.metadata[0].name
  }

  spec {
    pod_selector {}
    policy_types = ["Egress"]

    egress {
      ports {
        port     = "53"
        protocol = "UDP"
      }
    }
  }
}
