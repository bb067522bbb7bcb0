# Ingress allowed only from the ingress controller's namespace on 8080, egress only to the
# cluster DNS: a default deny with exceptions in both directions.
resource "kubernetes_namespace_v1" "shop" {
  metadata {
    name = "shop"
    labels = {
      "pod-security.kubernetes.io/enforce" = "restricted"
    }
  }
}

resource "kubernetes_network_policy_v1" "shop_default" {
  metadata {
    name      = "default-deny-with-exceptions"
    namespace = kubernetes_namespace_v1.shop.metadata[0].name
  }

  spec {
    pod_selector {
      match_labels = {}
    }
    policy_types = ["Ingress", "Egress"]

    ingress {
      from {
        namespace_selector {
          match_labels = {
            "kubernetes.io/metadata.name" = "ingress-nginx"
          }
        }
      }
      ports {
        port     = "8080"
        protocol = "TCP"
      }
    }

    egress {
      to {
        namespace_selector {}
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
    }
  }
}

# A raw manifest without policyTypes: Kubernetes reads Ingress (always) and Egress (it has
# egress rules), so both directions are denied except DNS on port 53.
resource "kubernetes_namespace_v1" "jobs" {
  metadata {
    name = "jobs"
    labels = {
      "pod-security.kubernetes.io/enforce" = "restricted"
    }
  }
}

resource "kubernetes_manifest" "jobs_default" {
  manifest = {
    apiVersion = "networking.k8s.io/v1"
    kind       = "NetworkPolicy"
    metadata = {
      name      = "default-deny"
      namespace = "jobs"
    }
    spec = {
      podSelector = {}
      egress = [{
        ports = [{ protocol = "UDP", port = 53 }]
      }]
    }
  }
}

# Looks like a default deny, but its egress rule admits 0.0.0.0/0 on every port: egress is open.
resource "kubernetes_namespace_v1" "crawler" {
  metadata {
    name = "crawler"
    labels = {
      "pod-security.kubernetes.io/enforce" = "restricted"
    }
  }
}

resource "kubernetes_network_policy" "crawler_default" {
  metadata {
    name      = "default-deny"
    namespace = kubernetes_namespace_v1.crawler.metadata[0].name
  }

  spec {
    pod_selector {}
    policy_types = ["Ingress", "Egress"]

    egress {
      to {
        ip_block {
          cidr   = "0.0.0.0/0"
          except = ["169.254.169.254/32"]
        }
      }
    }
  }
}

# Only policy_types = ["Egress"] with a DNS exception: ingress stays open.
resource "kubernetes_namespace_v1" "reports" {
  metadata {
    name = "reports"
    labels = {
      "pod-security.kubernetes.io/enforce" = "restricted"
    }
  }
}

resource "kubernetes_network_policy_v1" "reports_egress" {
  metadata {
    name      = "deny-egress-except-dns"
    namespace = kubernetes_namespace_v1.reports.metadata[0].name
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
