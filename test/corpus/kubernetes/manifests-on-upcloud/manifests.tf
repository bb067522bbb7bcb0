resource "kubernetes_namespace_v1" "ingest" {
  metadata {
    name = "ingest"
    labels = {
      "pod-security.kubernetes.io/enforce" = "baseline"
    }
  }
}

# A raw NetworkPolicy manifest: every pod, both directions, DNS allowed out.
resource "kubernetes_manifest" "ingest_default_deny" {
  manifest = {
    apiVersion = "networking.k8s.io/v1"
    kind       = "NetworkPolicy"
    metadata = {
      name      = "default-deny"
      namespace = kubernetes_namespace_v1.ingest.metadata[0].name
    }
    spec = {
      podSelector = {}
      policyTypes = ["Ingress", "Egress"]
      egress = [{
        ports = [
          { protocol = "UDP", port = 53 },
          { protocol = "TCP", port = 53 },
        ]
      }]
    }
  }
}

# A raw Deployment manifest whose container shares the node's PID namespace and runs privileged.
resource "kubernetes_manifest" "ingest_agent" {
  manifest = {
    apiVersion = "apps/v1"
    kind       = "Deployment"
    metadata = {
      name      = "ingest-agent"
      namespace = kubernetes_namespace_v1.ingest.metadata[0].name
    }
    spec = {
      replicas = 1
      selector = { matchLabels = { app = "ingest-agent" } }
      template = {
        metadata = { labels = { app = "ingest-agent" } }
        spec = {
          hostPID = true
          containers = [{
            name            = "agent"
            image           = "registry.example.org/ingest-agent:1.2.0"
            securityContext = { privileged = true }
          }]
        }
      }
    }
  }
}

resource "kubernetes_manifest" "ingest_api" {
  manifest = {
    apiVersion = "apps/v1"
    kind       = "Deployment"
    metadata = {
      name      = "ingest-api"
      namespace = kubernetes_namespace_v1.ingest.metadata[0].name
    }
    spec = {
      replicas = 2
      selector = { matchLabels = { app = "ingest-api" } }
      template = {
        metadata = { labels = { app = "ingest-api" } }
        spec = {
          securityContext = {
            runAsNonRoot   = true
            runAsUser      = 10100
            seccompProfile = { type = "RuntimeDefault" }
          }
          containers = [{
            name  = "api"
            image = "registry.example.org/ingest-api:4.0.3"
            securityContext = {
              allowPrivilegeEscalation = false
              readOnlyRootFilesystem   = true
              capabilities             = { drop = ["ALL"] }
            }
          }]
        }
      }
    }
  }
}
